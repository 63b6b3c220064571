"""Many people send the form at the same moment: every request is stored exactly once.

Runs the container's own command (gunicorn, production settings) against the
test database, SQLite file or PostgreSQL, and fires simultaneous submissions
from threads, each with its own CSRF cookie, token and form timestamp.
"""

import http.client
import re
import shutil
import sys
import threading
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

import pytest

from hotline.models import CallbackRequest
from hotline.tests.helpers import ensure_root_collection, seed_without_editorial_content
from tests.test_production import PRODUCTION_ENV, Server, database_url

SUBMISSIONS = 40

pytestmark = pytest.mark.skipif(
    shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None, reason="no gunicorn"
)


class Visitor:
    """One browser: keeps its cookies, speaks HTTP to the server as if through the TLS proxy."""

    def __init__(self, port, timeout=60):
        self.port = port
        self.timeout = timeout
        self.cookies = {}

    def request(self, method, path, body=None):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=self.timeout)
        headers = {
            "X-Forwarded-Proto": "https",
            "Host": f"127.0.0.1:{self.port}",
            "Origin": f"https://127.0.0.1:{self.port}",
            "Referer": f"https://127.0.0.1:{self.port}{path}",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        for header in response.headers.get_all("Set-Cookie") or []:
            cookie = SimpleCookie(header)
            self.cookies.update({key: morsel.value for key, morsel in cookie.items()})
        text = response.read().decode()
        connection.close()
        return response.status, response.headers, text


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


def callback_form(html, phone, **fields):
    """The body of a valid submission of the callback form in ``html`` (its CSRF token and hidden token)."""
    return urllib.parse.urlencode(
        {
            "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"),
            "rendered_at": hidden(html, "rendered_at"),
            "name": "Посетитель",
            "phone": phone,
            "channel": "phone",
            "safe_to_call": "yes",
            "may_leave_message": "yes",
            "time_window": "any",
            "country_now": "PL",
            "topic": "working",
            "consent": "on",
            "website": "",
            **fields,
        }
    )


def start_hotline_server(collected_static, **env):
    """gunicorn with production settings on the test database, the form's timing and rate limits relaxed."""
    ensure_root_collection()
    seed_without_editorial_content()
    return Server(
        {
            **PRODUCTION_ENV,
            "DATABASE_URL": database_url(),
            "STATIC_ROOT": str(collected_static),
            "HOTLINE_MIN_FILL_SECONDS": "0",
            "HOTLINE_RATE_LIMIT_ADDRESS": "1000/3600",
            "HOTLINE_RATE_LIMIT_PHONE": "5/86400",
            "GUNICORN_ACCESS_LOG": "0",
            "GUNICORN_THREADS": "4",
            **env,
        }
    )


@pytest.fixture
def hotline_server(transactional_db, collected_static):
    server = start_hotline_server(collected_static)
    yield server
    server.stop()


def test_simultaneous_submissions_are_all_stored_once_with_unique_references(hotline_server):
    barrier = threading.Barrier(SUBMISSIONS, timeout=60)
    results = [None] * SUBMISSIONS
    errors = []

    def submit(number):
        try:
            visitor = Visitor(hotline_server.port)
            status, _headers, html = visitor.request("GET", "/ru/callback/")
            assert status == 200, status
            phone = f"+48600{number:06d}"
            body = callback_form(html, phone, name=f"Посетитель {number}")
            barrier.wait()
            status, headers, _html = visitor.request("POST", "/ru/callback/", body)
            assert status == 303, status
            status, _headers, thanks = visitor.request("GET", urllib.parse.urlsplit(headers["Location"]).path)
            assert status == 200, status
            reference = re.search(r"<strong>([A-Z0-9]{4}-[A-Z0-9]{4})</strong>", thanks).group(1)
            results[number] = (phone, reference.replace("-", ""))
        except Exception as error:  # collected and reported below
            errors.append(f"{number}: {error!r}")
            barrier.abort()

    threads = [threading.Thread(target=submit, args=(n,)) for n in range(SUBMISSIONS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)

    assert not errors, errors
    stored = dict(CallbackRequest.objects.values_list("phone", "reference"))
    assert CallbackRequest.objects.count() == SUBMISSIONS
    assert len(set(stored.values())) == SUBMISSIONS
    # Each visitor was shown the reference of their own request.
    assert dict(results) == stored
