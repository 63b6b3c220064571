"""Fixtures shared by every app's tests and the cross-cutting suites."""

import io
import os
import shutil

from django.core.management import call_command

import pytest

CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def browser_available():
    return os.path.exists(CHROMIUM) or shutil.which(CHROMIUM) is not None


def skip_browser_tests_without_chromium(items):
    """Skip browser tests, loudly, where there is no Chromium; fail them under REQUIRE_BROWSER=1."""
    if browser_available():
        return
    if os.environ.get("REQUIRE_BROWSER") == "1":
        return  # the browser fixture fails with a clear message instead
    skip = pytest.mark.skip(reason=f"browser tests skipped: no Chromium at {CHROMIUM} (set CHROMIUM=...)")
    for item in items:
        if "browser" in item.keywords:
            item.add_marker(skip)


def pytest_collection_modifyitems(config, items):
    skip_browser_tests_without_chromium(items)


def pytest_terminal_summary(terminalreporter):
    if not browser_available() and os.environ.get("REQUIRE_BROWSER") != "1":
        terminalreporter.write_sep(
            "!", f"NOTICE: browser tests were skipped, Chromium not found at {CHROMIUM}", yellow=True
        )


def seed(*args):
    """Run seed_demo and return what it printed.

    wagtail-localize publishes translations on commit; tests run inside a
    transaction that never commits, so the callbacks are run here.
    """
    from django.test import TestCase

    out = io.StringIO()
    with TestCase.captureOnCommitCallbacks(execute=True):
        call_command("seed_demo", *args, stdout=out)
    return out.getvalue()


@pytest.fixture(autouse=True)
def empty_caches():
    """Every test starts with empty caches: rate-limit counts, cached pages and
    fragments never carry over from one test to the next (each parallel worker
    has a cache of its own, see the test settings)."""
    from django.core.cache import caches

    for cache in caches.all():
        cache.clear()


@pytest.fixture(scope="session")
def base_content_snapshot(django_db_setup, django_db_blocker):
    """Locales, site, home pages and hotline (``seed_demo --no-admin --no-content``), once per test process."""
    from tests.db_snapshot import Snapshot

    with django_db_blocker.unblock():
        return Snapshot.seeded("base", lambda: seed("--no-admin", "--no-content"))


_DEMO_SNAPSHOT = None


def restore_snapshot(snapshot):
    """Restore ``snapshot``, which replaces every table: refuse when a fixture has
    already signed a user in, whom the restore would silently remove."""
    from django.contrib.auth import get_user_model

    if get_user_model().objects.exists():
        raise RuntimeError(
            "The demo content replaces every table, users included: ask for demo_site, seed_output or "
            "demo_content_snapshot before admin_client and other fixtures that add rows."
        )
    snapshot.restore()


@pytest.fixture(scope="session")
def demo_content_snapshot(django_db_setup, django_db_blocker):
    """The full demo content (``seed_demo --no-admin``), once per test process."""
    global _DEMO_SNAPSHOT
    from tests.db_snapshot import Snapshot

    with django_db_blocker.unblock():
        _DEMO_SNAPSHOT = Snapshot.seeded("demo", lambda: seed("--no-admin"))
    yield _DEMO_SNAPSHOT
    _DEMO_SNAPSHOT = None


def load_demo_content(test_class=None):
    """Put the full demo content (``seed_demo --no-admin``) into the database, from
    the snapshot: ``load_demo_content(cls)`` in ``setUpTestData`` of a class marked
    ``@pytest.mark.usefixtures("demo_content_snapshot")``, or ``load_demo_content()``
    in a test or fixture that asks for ``demo_content_snapshot``."""
    from tests.db_snapshot import forget_cached_rows

    if _DEMO_SNAPSHOT is None:
        raise RuntimeError('load_demo_content() needs the "demo_content_snapshot" fixture')
    restore_snapshot(_DEMO_SNAPSHOT)
    if test_class is not None:
        # The class's rollback puts other rows back; nothing remembered of these may outlive it.
        test_class.addClassCleanup(forget_cached_rows)


@pytest.fixture
def seed_output(db, base_content_snapshot):
    """The home pages and hotline of the demo content (restored from a snapshot of
    ``seed_demo --no-admin --no-content``) and what that command printed.
    Suites that need the whole demo content use ``load_demo_content``."""
    restore_snapshot(base_content_snapshot)
    return base_content_snapshot.output


@pytest.fixture
def demo_site(seed_output):
    """The demo site: locales ru/be/en and a published home page in each."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


@pytest.fixture(scope="session")
def collected_static(tmp_path_factory):
    """Static files collected once per test process with production settings
    (hashed names, compressed copies), for the suites that start gunicorn."""
    from tests.test_production import PRODUCTION_ENV, clean_env, manage

    root = tmp_path_factory.mktemp("static")
    env = clean_env(**PRODUCTION_ENV, STATIC_ROOT=str(root))
    result = manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    assert result.returncode == 0, result.stderr
    return root


@pytest.fixture(scope="session")
def browser():
    if not browser_available():
        pytest.fail(f"REQUIRE_BROWSER=1 but no Chromium at {CHROMIUM}")
    # Playwright's sync API runs an event loop in this thread; the Django ORM
    # calls that tests make alongside it are still synchronous.
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield instance
        instance.close()


@pytest.fixture
def browser_page(browser):
    context = browser.new_context(locale="ru-RU")
    page = context.new_page()
    yield page
    context.close()


def count_queries(client, url, data=None):
    """SQL queries for one GET of ``url``, after a warm-up request fills per-process caches."""
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    assert client.get(url, data).status_code == 200
    with CaptureQueriesContext(connection) as queries:
        response = client.get(url, data)
    assert response.status_code == 200
    return len(queries)


def jsonld_of_type(html, type_name):
    """The JSON-LD object of ``@type`` ``type_name`` in a page, or None."""
    import json
    import re

    for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S):
        data = json.loads(text)
        if data.get("@type") == type_name:
            return data
    return None
