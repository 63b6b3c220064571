"""Site search in a real browser, in each language, with WCAG 2.2 AA checks."""

import pytest

from conftest import load_demo_content
from tests.test_browser import ARTIFACTS, assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

SEARCH = {
    "ru": ("Поиск", "Что вы ищете?", "паспорт", "Польша"),
    "be": ("Пошук", "Што вы шукаеце?", "пашпарт", "Польшча"),
    "en": ("Search", "What are you looking for?", "passport", "Poland"),
}


def test_visitor_searches_in_each_language_and_the_pages_pass_wcag_checks(browser, live_server, demo_content_snapshot):
    load_demo_content()
    context = browser.new_context(viewport={"width": 360, "height": 800})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))
    ARTIFACTS.mkdir(exist_ok=True)
    for language, (button, label, word, poland) in SEARCH.items():
        page.goto(f"{live_server.url}/{language}/")
        # The header form takes people to the search page of their language.
        page.get_by_role("search").first.get_by_role("searchbox").fill("Polsha")
        page.get_by_role("search").first.get_by_role("button", name=button).click()
        page.wait_for_url(f"{live_server.url}/{language}/search/?q=Polsha")
        first = page.locator(".search-result__title a").first
        assert first.inner_text() == poland
        assert_no_axe_violations(page)

        page.get_by_label(label).fill(word)
        page.get_by_label(label).press("Enter")
        page.wait_for_url(f"**/{language}/search/?q=*")
        assert page.locator(".search-result").count() > 0
        assert all(
            href.startswith(f"/{language}/")
            for href in page.locator(".search-result__title a").evaluate_all(
                "links => links.map(link => link.getAttribute('href'))"
            )
        )
        page.screenshot(path=str(ARTIFACTS / f"search-{language}-360.png"), full_page=True)
        assert_no_axe_violations(page)

        page.goto(f"{live_server.url}/{language}/search/?q=qwxzvbnm&page=abc")
        assert page.locator(".search-empty a[href^='tel:']").count() > 0
        assert_no_axe_violations(page)
    assert all(url.startswith(live_server.url) for url in requests), requests
    context.close()
