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


@pytest.fixture
def seed_output(db):
    """Run the demo-content command for the home pages and hotline only (fast)
    and return what it printed. Suites that need the whole demo content call
    ``seed("--no-admin")`` once per class."""
    return seed("--no-admin", "--no-content")


@pytest.fixture
def demo_site(seed_output):
    """The demo site: locales ru/be/en and a published home page in each."""
    from wagtail.models import Site

    return Site.objects.get(is_default_site=True)


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
