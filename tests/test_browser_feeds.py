"""A person who opens a feed in Chromium sees a readable page, not raw XML."""

import pytest

from conftest import load_demo_content
from tests.test_browser import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_opening_a_feed_in_the_browser_shows_the_styled_page(browser_page, live_server, demo_content_snapshot):
    load_demo_content()
    page = browser_page
    response = page.goto(f"{live_server.url}/be/feeds/news.rss")
    assert response.status == 200
    heading = page.locator("h1")
    assert heading.count() == 1
    assert page.locator(".notice").inner_text().strip()
    assert page.locator(".link-list li").count() >= 10
    assert page.locator("html").get_attribute("lang") == "be"
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "feed-be.png"), full_page=True)
