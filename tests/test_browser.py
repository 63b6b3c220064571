"""The site in a real browser: language switching and WCAG 2.2 AA checks.

Runs Debian's Chromium through Playwright (no browser download). Screenshots
of each language land in test-artifacts/ for a human to look at.
"""

from pathlib import Path

from django.conf import settings

import pytest
from axe_playwright_python.sync_playwright import Axe

from conftest import seed

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]


@pytest.fixture
def site_url(live_server):
    seed("--no-admin", "--no-content")
    return live_server.url


def assert_no_axe_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    summary = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    assert not violations, "\n".join(summary)


def test_visitor_changes_language_through_the_switcher(browser_page, site_url):
    page = browser_page
    page.goto(f"{site_url}/ru/")
    assert page.locator("html").get_attribute("lang") == "ru"
    assert page.locator("h1").inner_text() == "Безопасная трудовая миграция"

    page.get_by_role("navigation", name="Выбор языка").get_by_role("link", name="Беларуская").click()
    page.wait_for_url(f"{site_url}/be/")
    assert page.locator("html").get_attribute("lang") == "be"
    assert page.locator("h1").inner_text() == "Бяспечная працоўная міграцыя"

    page.get_by_role("navigation", name="Выбар мовы").get_by_role("link", name="English").click()
    page.wait_for_url(f"{site_url}/en/")
    assert page.locator("html").get_attribute("lang") == "en"
    assert page.get_by_role("link", name="English").get_attribute("aria-current") == "page"


def test_root_sends_the_browser_to_its_language(browser, site_url):
    context = browser.new_context(locale="be-BY", extra_http_headers={"Accept-Language": "be-BY,be;q=0.9"})
    page = context.new_page()
    page.goto(f"{site_url}/")
    assert page.url == f"{site_url}/be/"
    context.close()


def test_skip_link_moves_focus_to_the_main_content(browser_page, site_url):
    page = browser_page
    page.goto(f"{site_url}/en/")
    page.keyboard.press("Tab")
    skip = page.get_by_role("link", name="Skip to main content")
    assert skip.evaluate("el => el === document.activeElement")
    page.keyboard.press("Enter")
    assert page.evaluate("location.hash") == "#main"


@pytest.mark.parametrize("language", ["ru", "be", "en"])
@pytest.mark.parametrize("width", [360, 1280])
def test_pages_pass_wcag_22_aa_checks(browser, site_url, language, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    page.goto(f"{site_url}/{language}/")
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"home-{language}-{width}.png"), full_page=True)
    assert_no_axe_violations(page)
    # No third-party requests: everything comes from our own server.
    assert all(url.startswith(site_url) for url in requests), requests
    context.close()


def test_not_found_page_passes_wcag_checks(browser_page, site_url):
    page = browser_page
    response = page.goto(f"{site_url}/be/no-such-page/")
    assert response.status == 404
    assert_no_axe_violations(page)
