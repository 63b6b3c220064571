"""The seeded content in Chromium: every page type passes WCAG 2.2 AA checks
in every language, the country filter narrows as the visitor types, and a
link to a question opens it."""

import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import load_demo_content
from countries.models import CountryGuidePage, CountryIndexPage
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage, StandardPage
from tests.test_browser import ARTIFACTS, assert_no_axe_violations

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_TYPES = [
    HomePage,
    StandardPage,
    CountryIndexPage,
    CountryGuidePage,
    FAQIndexPage,
    ArticleIndexPage,
    ArticlePage,
]


@pytest.fixture
def site_url(live_server, demo_content_snapshot):
    load_demo_content()
    return live_server.url


def test_seeded_site_in_chromium(browser, browser_page, site_url):
    """One seed of the demo content (slow on PostgreSQL) serves every check."""
    check_every_page_type_passes_axe_in_every_language(browser, site_url)
    check_country_filter_narrows_the_list_as_the_visitor_types(browser_page, site_url)
    check_a_link_to_a_question_opens_it(browser_page, site_url)
    check_a_guide_prints_with_its_contacts(browser_page, site_url)


def check_every_page_type_passes_axe_in_every_language(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    ARTIFACTS.mkdir(exist_ok=True)
    for language in ("ru", "be", "en"):
        for model in PAGE_TYPES:
            target = model.objects.live().filter(locale__language_code=language).first()
            response = page.goto(f"{site_url}{target.url}")
            assert response.status == 200, target.url
            page.screenshot(path=str(ARTIFACTS / f"{model.__name__}-{language}.png"), full_page=True)
            assert_no_axe_violations(page)
    context.close()


def check_country_filter_narrows_the_list_as_the_visitor_types(browser_page, site_url):
    index = CountryIndexPage.objects.get(locale__language_code="be")
    page = browser_page
    page.goto(f"{site_url}{index.url}")
    cards = page.locator("[data-search]")
    total = cards.count()
    assert total >= 8
    page.fill("#country-filter", "Polsha")
    visible = [card.inner_text() for card in cards.all() if card.is_visible()]
    assert len(visible) == 1 and "Польшча" in visible[0]
    page.fill("#country-filter", "zzzz")
    assert not any(card.is_visible() for card in cards.all())
    assert page.locator("[data-country-status]").inner_text().strip() != ""
    page.fill("#country-filter", "")
    assert sum(card.is_visible() for card in cards.all()) == total


def check_a_link_to_a_question_opens_it(browser_page, site_url):
    faq_index = FAQIndexPage.objects.get(locale__language_code="en")
    item = FAQItem.objects.filter(locale__language_code="en").last()
    page = browser_page
    page.goto(f"{site_url}{faq_index.url}#{item.anchor}")
    assert page.locator(f"details#{item.anchor}").evaluate("el => el.open")
    first = FAQItem.objects.filter(locale__language_code="en").first()
    assert first != item
    assert not page.locator(f"details#{first.anchor}").evaluate("el => el.open")


def check_a_guide_prints_with_its_contacts(browser_page, site_url):
    guide = CountryGuidePage.objects.get(locale__language_code="ru", country_code="AE")
    page = browser_page
    page.goto(f"{site_url}{guide.url}")
    page.emulate_media(media="print")
    assert page.locator(".contacts").is_visible()
    assert not page.locator(".site-header").is_visible()
