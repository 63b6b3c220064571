"""The production site (the container's gunicorn command, production settings)
survives its components failing, and keeps every callback request.

One visitor works through an afternoon of bad luck: Redis hangs, then dies,
then the database goes away too, then everything comes back. Pages stay fast
while Redis is out, every request sent is stored or kept on disk with the
visitor's reference, and the scheduled command stores the kept ones once the
database answers. Everything is real: a redis-server process that is paused
and killed; PostgreSQL reached through a TCP relay that is cut (or, on
SQLite, the database file held locked by another connection).
"""

import contextlib
import http.client
import re
import shutil
import sqlite3
import sys
import time
import urllib.parse
from http.cookies import SimpleCookie
from pathlib import Path

from django.db import connection

import pytest

from conftest import seed
from hotline.models import CallbackRequest
from tests.outages import RedisServer, TcpRelay
from tests.test_production import (
    PRODUCTION_ENV,
    Server,
    clean_env,
    database_url,
    manage,
)

pytestmark = pytest.mark.skipif(
    shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None, reason="no gunicorn"
)

# A page must come back well within this while Redis hangs (each cache read
# would otherwise wait a second; a page reads the cache several times).
FAST = 4.0


class Visitor:
    """One browser with its cookies, speaking to the server as if through the TLS proxy."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None):
        conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=60)
        headers = {
            "X-Forwarded-Proto": "https",
            "Host": f"127.0.0.1:{self.port}",
            "Origin": f"https://127.0.0.1:{self.port}",
            "Referer": f"https://127.0.0.1:{self.port}{path}",
        }
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{key}={value}" for key, value in self.cookies.items())
        body = None
        if fields is not None:
            body = urllib.parse.urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = time.monotonic()
        conn.request(method, path, body=body, headers=headers)
        response = conn.getresponse()
        text = response.read().decode()
        took = time.monotonic() - start
        conn.close()
        for header in response.headers.get_all("Set-Cookie") or []:
            self.cookies.update({key: morsel.value for key, morsel in SimpleCookie(header).items()})
        return response.status, text, took

    def open_form(self, path="/ru/callback/"):
        status, html, took = self.request("GET", path)
        assert status == 200, status
        return html, took

    def send_form(self, html, phone, path="/ru/callback/", **answers):
        fields = {
            "csrfmiddlewaretoken": hidden(html, "csrfmiddlewaretoken"),
            "rendered_at": hidden(html, "rendered_at"),
            "name": "",
            "phone": phone,
            "channel": "phone",
            "safe_to_call": "yes",
            "may_leave_message": "yes",
            "time_window": "any",
            "country_now": "PL",
            "topic": "working",
            "consent": "on",
            "website": "",
            **answers,
        }
        return self.request("POST", path, fields)


def hidden(html, name):
    return re.search(rf'name="{name}" value="([^"]*)"', html).group(1)


class Database:
    """The test database as the server reaches it, with a switch to take it away."""

    def __init__(self):
        self.url = database_url()
        self.relay = None
        self.lock = None
        if connection.vendor == "postgresql":
            db = connection.settings_dict
            self.relay = TcpRelay(db["HOST"] or "127.0.0.1", int(db["PORT"] or 5432))
            parts = urllib.parse.urlsplit(self.url)
            self.server_url = parts._replace(netloc=f"{parts.username}@127.0.0.1:{self.relay.port}").geturl()
        else:
            self.server_url = self.url

    @contextlib.contextmanager
    def down(self):
        if self.relay:
            self.relay.cut()  # every open connection dropped, new ones refused
        else:
            # Another process holds the file: every query waits, then "database is locked".
            self.lock = sqlite3.connect(connection.settings_dict["NAME"], timeout=1)
            self.lock.execute("BEGIN EXCLUSIVE")
        try:
            yield
        finally:
            if self.relay:
                self.relay.restore()
            else:
                self.lock.rollback()
                self.lock.close()

    def close(self):
        if self.relay:
            self.relay.close()


@pytest.fixture
def stack(transactional_db, collected_static, tmp_path):
    seed("--no-admin", "--no-content")
    redis = RedisServer(tmp_path)
    database = Database()
    env = {
        **PRODUCTION_ENV,
        "DATABASE_URL": database.server_url,
        "REDIS_URL": redis.url,
        "STATIC_ROOT": str(collected_static),
        "HOTLINE_SPOOL_DIR": str(tmp_path / "spool"),
        "HOTLINE_MIN_FILL_SECONDS": "0",
        "GUNICORN_ACCESS_LOG": "0",
        "TASKS_BACKEND": "immediate",
    }
    server = Server(env)
    yield server, redis, database, {**env, "DATABASE_URL": database.url}
    server.stop()
    redis.kill()
    database.close()


def test_callback_requests_survive_redis_hanging_and_dying_and_the_database_going_away(stack):
    server, redis, database, env = stack
    visitor = Visitor(server.port)
    form, _took = visitor.open_form()

    # Redis hangs: pages still come back quickly, and a request is stored as usual.
    redis.hang()
    for path in ("/ru/", "/en/", "/ru/callback/"):
        status, _html, took = visitor.request("GET", path)
        assert status == 200 and took < FAST, (path, status, took)
    status, _html, took = visitor.send_form(form, "+48600100001")
    assert status == 303 and took < FAST, (status, took)
    assert CallbackRequest.objects.filter(phone="+48600100001").exists()

    # Redis dies.
    redis.kill()
    form, took = visitor.open_form()
    assert took < FAST
    status, _html, _took = visitor.send_form(form, "+48600100002")
    assert status == 303
    assert CallbackRequest.objects.filter(phone="+48600100002").exists()

    # The database goes away as well, while the visitor fills in the form.
    form, _took = visitor.open_form()
    with database.down():
        offline_form, _took = visitor.open_form()  # still there, without the database
        assert 'name="rendered_at"' in offline_form
        status, html, _took = visitor.send_form(form, "+48600100003", topic="exploitation")
        assert status == 202, html
        reference = re.search(r"<strong>([A-Z0-9]{4}-[A-Z0-9]{4})</strong>", html).group(1)
        assert len(list(Path(env["HOTLINE_SPOOL_DIR"]).iterdir())) == 1

    # Everything is back; the scheduled command stores the kept request and tells the operators.
    assert not CallbackRequest.objects.filter(phone="+48600100003").exists()
    result = manage("retry_callback_notifications", env=clean_env(**env))
    assert result.returncode == 0, result.stderr
    assert "Stored 1 request(s) kept on disk" in result.stdout
    assert reference in result.stdout  # the operators' e-mail (console backend here)
    kept = CallbackRequest.objects.get(phone="+48600100003")
    assert kept.display_reference == reference
    assert kept.urgent
    assert kept.notified_at is not None
    assert CallbackRequest.objects.count() == 3
