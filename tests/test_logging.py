"""Production logs: one JSON object per line, each with the request id the response
carried, and no personal data (addresses, phone numbers, query strings, user agents)."""

import json
import logging
import re
import shutil
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

from django.conf import settings
from django.test import RequestFactory

import pytest

from conftest import seed
from core.logging import JsonFormatter, StripQueryStringFilter
from core.request_id import RequestIdMiddleware
from tests.test_production import (
    PRODUCTION_ENV,
    Server,
    clean_env,
    database_url,
    free_port,
)

BASE_DIR = Path(settings.BASE_DIR)
PHONE = "+375 29 123-45-67"
PROXY_ADDRESS = "203.0.113.77"
USER_AGENT = "OpsTestBrowser/9.9 (personal device)"
HOST = "www.example.org"
IPV4 = re.compile(r"\b\d{1,3}(?:\.\d{1,3}){3}\b")


def request(server, path, data=None, **headers):
    """GET, or POST ``data``; returns status, headers and text. Every request comes through our "proxy"."""
    body = urllib.parse.urlencode(data).encode() if data is not None else None
    request = urllib.request.Request(
        f"http://127.0.0.1:{server.port}{path}",
        data=body,
        headers={
            "Host": HOST,
            "X-Forwarded-Proto": "https",
            "X-Forwarded-For": PROXY_ADDRESS,
            "User-Agent": USER_AGENT,
            **headers,
        },
    )
    try:
        with urllib.request.urlopen(request, timeout=60) as response:
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.mark.skipif(shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None, reason="no gunicorn")
def test_production_logs_are_json_with_request_ids_and_no_personal_data(transactional_db, collected_static):
    seed("--no-admin", "--no-content")
    env = {
        **PRODUCTION_ENV,
        "ALLOWED_HOSTS": ".example.org",  # not 127.0.0.1: the health check must send an allowed Host
        "DATABASE_URL": database_url(),
        "STATIC_ROOT": str(collected_static),
    }
    server = Server(env)
    responses = []
    try:
        # A safe id from the proxy is kept; an unsafe one is replaced.
        status, headers, _ = request(server, "/ru/", **{"X-Request-ID": "proxy-0123456789abcdef"})
        assert status == 200
        assert headers["X-Request-ID"] == "proxy-0123456789abcdef"
        responses.append(("GET", "/ru/", status, headers["X-Request-ID"]))

        # The container health check (Dockerfile, docker-compose.yml) passes, and fails where nothing listens.
        check = [sys.executable, str(BASE_DIR / "deploy/healthcheck.py")]
        assert subprocess.run(check, env=clean_env(**env, PORT=str(server.port)), timeout=30).returncode == 0
        assert subprocess.run(check, env=clean_env(**env, PORT=str(free_port())), timeout=30).returncode == 1
        responses.append(("GET", "/healthz/", 200, None))

        # (Its status is the search feature's business; whatever it is, the log must not hold the query.)
        status, headers, _ = request(server, "/ru/search/?q=%2B375291234567", **{"X-Request-ID": "bad id\u00e9<x>"})
        assert re.fullmatch(r"[0-9a-f]{32}", headers["X-Request-ID"])
        responses.append(("GET", "/ru/search/", status, headers["X-Request-ID"]))

        # An invalid callback request (no consent) with a name and a phone number.
        status, headers, html = request(server, "/ru/callback/")
        assert status == 200
        responses.append(("GET", "/ru/callback/", status, headers["X-Request-ID"]))
        cookie = re.search(r"csrftoken=([^;]+)", headers["Set-Cookie"]).group(1)
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        rendered_at = re.search(r'name="rendered_at" value="([^"]+)"', html).group(1)
        form = {
            "csrfmiddlewaretoken": token,
            "rendered_at": rendered_at,
            "name": "Ольга Петрова",
            "phone": PHONE,
            "channel": "phone",
            "message": "Забрали паспорт",
        }
        status, headers, html = request(
            server,
            "/ru/callback/",
            data=form,
            Cookie=f"csrftoken={cookie}",
            Referer=f"https://{HOST}/ru/callback/",
        )
        assert status == 400, html[:500]  # the form's own validation, past CSRF
        responses.append(("POST", "/ru/callback/", status, headers["X-Request-ID"]))

        # A host we do not serve: Django logs an error (with the request attached) and answers 400.
        status, headers, _ = request(server, "/ru/search/?q=%2B375291234567", Host="evil.example.net")
        assert status == 400
        responses.append(("GET", "/ru/search/", status, headers["X-Request-ID"]))
    finally:
        server.stop()
    output = server.process.stdout.read()

    records = []
    for line in output.splitlines():
        if line.strip():
            record = json.loads(line)  # every line is one JSON object
            assert "request_id" in record, line
            records.append(record)
    request_lines = [record for record in records if record["logger"] == "campaign.requests"]
    health_id = request_lines[1]["request_id"]  # the health check sent none: a fresh one
    responses[1] = (*responses[1][:3], health_id)
    assert re.fullmatch(r"[0-9a-f]{32}", health_id)
    assert [
        (record["method"], record["path"], record["status"], record["request_id"]) for record in request_lines
    ] == responses
    error = next(record for record in records if record["logger"] == "django.security.DisallowedHost")
    assert error["request_id"] == responses[-1][3]
    for record in request_lines:
        assert isinstance(record["duration_ms"], float)
    # Records written while handling a request carry that request's id.
    response_ids = {request_id for *_, request_id in responses}
    assert {record["request_id"] for record in records} <= response_ids | {"-"}

    for personal in ("375291234567", "123-45-67", "?q=", PROXY_ADDRESS, "OpsTestBrowser", "Ольга", cookie):
        assert personal not in output
    for record in records:
        if not record["message"].startswith("Listening at:"):  # gunicorn's own bind address
            assert not IPV4.search(json.dumps(record, ensure_ascii=False)), record


def test_request_id_middleware_accepts_only_safe_ids():
    seen = {}

    def view(request):
        seen["id"] = request.request_id
        logging.getLogger("ops.test").warning("inside")
        from django.http import HttpResponse

        return HttpResponse("ok")

    middleware = RequestIdMiddleware(view)
    factory = RequestFactory()
    for incoming, kept in [
        ("abcdefgh", True),
        ("A1.b2_c3-d4" * 5, True),
        ("short", False),
        ("x" * 65, False),
        ("has space-123", False),
        ("new\nline-1234", False),
        ("", False),
    ]:
        response = middleware(factory.get("/ru/", HTTP_X_REQUEST_ID=incoming))
        assert response["X-Request-ID"] == seen["id"]
        if kept:
            assert seen["id"] == incoming
        else:
            assert re.fullmatch(r"[0-9a-f]{32}", seen["id"]), incoming


def test_json_formatter_adds_request_id_and_strips_query_strings():
    record = logging.LogRecord(
        "gunicorn.error",
        logging.ERROR,
        __file__,
        1,
        "Error handling request %s",
        ("/ru/search/?q=+375291234567",),
        None,
    )
    StripQueryStringFilter().filter(record)
    data = json.loads(JsonFormatter().format(record))
    assert data["message"] == "Error handling request /ru/search/"
    assert data["request_id"] == "-"
    assert data["level"] == "ERROR" and data["logger"] == "gunicorn.error"
    assert data["time"].endswith("+00:00")
