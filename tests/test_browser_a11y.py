"""Accessibility checks that axe cannot make: the keyboard, text resized to 200%
and reflow at 320 px wide, and language attributes. Screenshots of the reflowed
pages land in test-artifacts/ for a human to look at.
"""

import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import load_demo_content
from countries.models import CountryGuidePage, CountryIndexPage
from faq.models import FAQIndexPage
from home.models import HomePage, StandardPage
from hotline.models import CallbackPage
from tests.test_browser import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PAGE_TYPES = [
    HomePage,
    StandardPage,
    CountryIndexPage,
    CountryGuidePage,
    FAQIndexPage,
    ArticleIndexPage,
    ArticlePage,
    CallbackPage,
]

FOCUS_INDICATOR = """el => {
    const style = getComputedStyle(el);
    const outline = style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0;
    return outline || (style.boxShadow && style.boxShadow !== "none");
}"""

HORIZONTAL_OVERFLOW = "() => document.documentElement.scrollWidth - document.documentElement.clientWidth"


@pytest.fixture
def site_url(live_server, demo_content_snapshot):
    load_demo_content()
    return live_server.url


def test_accessibility_beyond_axe(browser, site_url):
    """One seed of the demo content (slow on PostgreSQL) serves every check."""
    check_every_focusable_element_on_the_home_page_shows_focus(browser, site_url)
    check_accordion_and_language_switcher_work_by_keyboard(browser, site_url)
    check_pages_reflow_at_320px_and_200_percent_text(browser, site_url)
    check_lang_attributes(browser, site_url)


def check_every_focusable_element_on_the_home_page_shows_focus(browser, site_url):
    context = browser.new_context(viewport={"width": 1280, "height": 800})
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    focusable = page.locator("a[href], button, input, select, textarea, summary, [tabindex='0']").count()
    seen = []
    for _ in range(focusable + 2):
        page.keyboard.press("Tab")
        active = page.evaluate_handle("document.activeElement")
        description = active.evaluate("el => el.tagName + ' ' + (el.textContent || el.name || '').trim().slice(0, 40)")
        if active.evaluate("el => el === document.body"):
            break
        seen.append(description)
        assert active.evaluate(FOCUS_INDICATOR), f"no visible focus indicator on {description}"
        assert active.evaluate("el => el.getBoundingClientRect().width > 0"), (
            f"{description} is focusable but not shown"
        )
    assert len(seen) >= 5, seen
    context.close()


def check_accordion_and_language_switcher_work_by_keyboard(browser, site_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    faq = FAQIndexPage.objects.live().get(locale__language_code="en")
    page.goto(f"{site_url}{faq.url}")
    details = page.locator("details.faq").first
    summary = details.locator("summary")
    summary.focus()
    assert not details.evaluate("el => el.open")
    page.keyboard.press("Enter")
    assert details.evaluate("el => el.open")
    page.keyboard.press("Space")
    assert not details.evaluate("el => el.open")

    page.goto(f"{site_url}/en/")
    for _ in range(40):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.getAttribute('hreflang')") == "be":
            break
    else:
        pytest.fail("the Belarusian link in the language switcher is not reachable by Tab")
    page.keyboard.press("Enter")
    page.wait_for_url(f"{site_url}/be/")
    assert page.locator("html").get_attribute("lang") == "be"
    context.close()


def check_pages_reflow_at_320px_and_200_percent_text(browser, site_url):
    ARTIFACTS.mkdir(exist_ok=True)
    narrow = browser.new_context(viewport={"width": 320, "height": 640})
    wide = browser.new_context(viewport={"width": 1280, "height": 800})
    for model in PAGE_TYPES:
        target = model.objects.live().filter(locale__language_code="ru").first()
        name = model.__name__
        page = narrow.new_page()
        page.goto(f"{site_url}{target.url}")
        page.screenshot(path=str(ARTIFACTS / f"reflow-320-{name}.png"), full_page=True)
        assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0, f"{name} scrolls sideways at 320 px"
        page.close()
        page = wide.new_page()
        page.goto(f"{site_url}{target.url}")
        page.evaluate("document.documentElement.style.fontSize = '200%'")
        page.screenshot(path=str(ARTIFACTS / f"text-200-{name}.png"), full_page=True)
        assert page.evaluate(HORIZONTAL_OVERFLOW) <= 0, f"{name} scrolls sideways with text at 200%"
        page.close()
    narrow.close()
    wide.close()


def check_lang_attributes(browser, site_url):
    context = browser.new_context()
    page = context.new_page()
    for language in ("ru", "be", "en"):
        page.goto(f"{site_url}/{language}/")
        assert page.locator("html").get_attribute("lang") == language
        # Each language's own name in the switcher is marked up in that language.
        for code in ("ru", "be", "en"):
            assert page.locator(f".language-switcher a[hreflang='{code}']").get_attribute("lang") == code
    context.close()
