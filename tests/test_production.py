"""Production configuration: refuses to start without secrets, passes
`check --deploy`, and the container's own command serves the site."""

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

from django.conf import settings
from django.db import connection

import pytest

from conftest import seed

BASE_DIR = Path(settings.BASE_DIR)
PRODUCTION_ENV = {
    "DJANGO_SETTINGS_MODULE": "campaign_site.settings.production",
    "SECRET_KEY": "x" * 20 + "-production-test-key-" + "y" * 20,
    "ALLOWED_HOSTS": "127.0.0.1,localhost",
}


def clean_env(**extra):
    env = {key: value for key, value in os.environ.items() if not key.startswith(("DJANGO_", "PYTEST"))}
    env.update(extra)
    return env


def manage(*args, env):
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS"])
def test_production_refuses_to_start_without_its_secrets(missing):
    env = clean_env(**PRODUCTION_ENV)
    env.pop(missing)
    result = manage("check", env=env)
    assert result.returncode != 0
    assert f"The environment variable {missing} must be set in production" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = manage("check", "--deploy", "--fail-level", "WARNING", env=clean_env(**PRODUCTION_ENV))
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


@pytest.mark.django_db(transaction=True)  # with the gunicorn tests: one xdist scope, run last
def test_no_outgoing_requests_from_the_admin(demo_site, admin_client):
    """No Wagtail release check and no Gravatar: the admin makes no third-party requests."""
    assert settings.WAGTAIL_ENABLE_UPDATE_CHECK is False
    assert settings.WAGTAIL_GRAVATAR_PROVIDER_URL is None
    html = admin_client.get("/admin/").content.decode()
    assert "gravatar" not in html.lower()
    assert "releases.wagtail.io" not in html
    assert "data-w-upgrade" not in html


def container_command():
    """The CMD of the Dockerfile, so the test runs exactly what the image runs."""
    for line in (BASE_DIR / "Dockerfile").read_text().splitlines():
        if line.startswith("CMD "):
            return json.loads(line[4:])
    raise AssertionError("Dockerfile has no CMD")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def database_url():
    db = connection.settings_dict
    if db["ENGINE"] == "django.db.backends.sqlite3":
        return f"sqlite:///{db['NAME']}"
    user = db["USER"] or ""
    password = f":{db['PASSWORD']}" if db["PASSWORD"] else ""
    auth = f"{user}{password}@" if user else ""
    return f"postgres://{auth}{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"


class Server:
    def __init__(self, env):
        self.port = free_port()
        self.process = subprocess.Popen(
            container_command(),
            cwd=BASE_DIR,
            env=clean_env(
                **env,
                HOST="127.0.0.1",
                PORT=str(self.port),
                WEB_CONCURRENCY="2",
                PATH=f"{Path(sys.executable).parent}:{os.environ['PATH']}",
            ),
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            start_new_session=True,
        )
        self.wait_until_listening()

    def wait_until_listening(self, timeout=30):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise AssertionError(f"gunicorn exited: {self.process.stdout.read()}")
            try:
                with socket.create_connection(("127.0.0.1", self.port), timeout=0.5):
                    return
            except OSError:
                time.sleep(0.2)
        raise AssertionError("gunicorn did not start listening")

    def get(self, path, **headers):
        request = urllib.request.Request(
            f"http://127.0.0.1:{self.port}{path}", headers={"X-Forwarded-Proto": "https", **headers}
        )
        try:
            with urllib.request.urlopen(request, timeout=15) as response:
                return response.status, dict(response.headers), self.text(response)
        except urllib.error.HTTPError as error:
            return error.code, dict(error.headers), self.text(error)

    @staticmethod
    def text(response):
        body = response.read()
        return body if response.headers.get("Content-Encoding") else body.decode()

    def stop(self):
        os.killpg(self.process.pid, signal.SIGTERM)
        try:
            self.process.wait(timeout=5)  # a test server need not finish its graceful shutdown
        except subprocess.TimeoutExpired:
            os.killpg(self.process.pid, signal.SIGKILL)


@pytest.fixture
def production_server(transactional_db, collected_static):
    seed("--no-admin", "--no-content")
    server = Server({**PRODUCTION_ENV, "DATABASE_URL": database_url(), "STATIC_ROOT": str(collected_static)})
    yield server
    server.stop()


@pytest.mark.skipif(shutil.which("gunicorn", path=str(Path(sys.executable).parent)) is None, reason="no gunicorn")
def test_container_command_serves_the_site_with_production_settings(production_server, collected_static):
    status, _headers, body = production_server.get("/healthz/")
    assert (status, json.loads(body)) == (200, {"status": "ok", "database": True})

    for language in ("ru", "be", "en"):
        status, headers, body = production_server.get(f"/{language}/")
        assert status == 200
        assert f'<html lang="{language}">' in body
        assert "Strict-Transport-Security" in headers

    # Static files come hashed and compressed through WhiteNoise.
    css = next(collected_static.glob("css/site.*.css")).name
    status, headers, _body = production_server.get(f"/static/css/{css}", **{"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip"
    assert "immutable" in headers["Cache-Control"]


UNAVAILABLE = {
    "ru": "Сайт временно недоступен",
    "be": "Сайт часова недаступны",
    "en": "The site is temporarily unavailable",
}


def test_without_the_database_healthz_and_every_page_say_503_in_the_visitors_language(collected_static):
    from django.core.cache import cache

    from core.templatetags.seo_tags import _error_page_key

    remembered = bool(os.environ.get("REDIS_URL"))  # the server shares the suite's Redis, not its memory
    if remembered:
        numbers = {"national_number": "8 801 100-11-22", "national_tel": "+375801001122"}
        for language in UNAVAILABLE:
            cache.set(_error_page_key(language), numbers, 60)
    port = free_port()  # nothing listens there
    server = Server(
        {
            **PRODUCTION_ENV,
            "DATABASE_URL": f"postgres://nobody@127.0.0.1:{port}/nothing",
            "STATIC_ROOT": str(collected_static),
        }
    )
    try:
        status, headers, body = server.get("/healthz/")
        pages = {language: server.get(f"/{language}/some/page/") for language in UNAVAILABLE}
        home = server.get("/ru/")
    finally:
        server.stop()
    assert status == 503
    assert json.loads(body) == {"status": "unavailable", "database": False}
    assert "no-cache" in headers["Cache-Control"]
    for language, (status, headers, html) in [*pages.items(), ("ru", home)]:
        assert status == 503, (language, html[:300])
        assert headers["Retry-After"] == "120"
        assert "no-store" in headers["Cache-Control"]
        assert f'<html lang="{language}">' in html
        assert UNAVAILABLE[language] in html
        assert "Traceback" not in html
        if remembered:
            assert 'href="tel:+375801001122"' in html
