"""Safety in Chromium: the Content-Security-Policy blocks nothing the site itself
needs, and "Exit this page" leaves for a neutral site by button and by pressing
Shift three times, without leaving the page in the back history.

The neutral site is intercepted with ``page.route``: no test reaches the internet.
"""

import pytest

from articles.models import ArticlePage
from conftest import load_demo_content
from countries.models import CountryGuidePage
from faq.models import FAQIndexPage
from home.models import HomePage, StandardPage
from hotline.models import CallbackPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEUTRAL = "https://neutral.example/weather"

# Records CSP violations; init scripts are injected by the browser, not blocked by the page's policy.
RECORD_VIOLATIONS = """
window.__cspViolations = [];
document.addEventListener("securitypolicyviolation", function (event) {
    window.__cspViolations.push(event.violatedDirective + " " + event.blockedURI);
});
"""


@pytest.fixture
def site_url(live_server, settings, demo_content_snapshot):
    settings.SAFETY_EXIT_URL = NEUTRAL
    load_demo_content()
    return live_server.url


def open_context(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    context.add_init_script(RECORD_VIOLATIONS)
    left_for = []

    def neutral_site(route):
        left_for.append(route.request.url)
        route.fulfill(status=200, content_type="text/html", body="<title>Weather</title><p>Weather</p>")

    context.route("https://neutral.example/**", neutral_site)
    # Anything else off this machine would be a third-party request: fail loudly instead.
    context.route(
        lambda url: not url.startswith(("http://localhost", "http://127.0.0.1")) and "neutral.example" not in url,
        lambda route: route.abort(),
    )
    return context, left_for


def exploitation_article(language):
    return next(
        page
        for page in ArticlePage.objects.live()
        .filter(locale__language_code=language)
        .prefetch_related("article_topics__topic")
        if any(topic.slug == "exploitation" for topic in page.topics)
    )


def test_safety_features_in_chromium(browser, site_url):
    """One seed serves every check (the full demo content is slow on PostgreSQL)."""
    check_no_csp_violation_on_key_pages(browser, site_url)
    check_exit_button_leaves_and_drops_the_page_from_history(browser, site_url)
    check_shift_three_times_leaves(browser, site_url)


def check_no_csp_violation_on_key_pages(browser, site_url):
    context, _left_for = open_context(browser)
    page = context.new_page()
    console = []
    page.on("console", lambda message: console.append(message.text))
    offsite = []
    page.on("requestfailed", lambda request: offsite.append(request.url))
    targets = [
        (HomePage, False),
        (CountryGuidePage, False),
        (FAQIndexPage, True),
        (CallbackPage, True),
    ]
    for language in ("ru", "be", "en"):
        urls = [
            (
                model.objects.live().get(locale__language_code=language).url
                if model in (HomePage, FAQIndexPage, CallbackPage)
                else model.objects.live().filter(locale__language_code=language).first().url,
                exit_control,
            )
            for model, exit_control in targets
        ]
        safety = StandardPage.objects.live().get(locale__language_code=language, slug__startswith="safety")
        urls += [(safety.url, True), (exploitation_article(language).url, True), (f"/{language}/search/?q=visa", False)]
        for url, exit_control in urls:
            response = page.goto(f"{site_url}{url}")
            assert response.status == 200, url
            assert response.headers["content-security-policy"].startswith("default-src 'self'"), url
            assert page.evaluate("window.__cspViolations") == [], url
            assert page.locator("[data-exit-page-link]").count() == (1 if exit_control else 0), url
            if exit_control:
                assert page.locator("[data-exit-page-link]").is_visible(), url
    # The accordion, country filter and video scripts ran without being blocked either.
    assert not [text for text in console if "Content Security Policy" in text], console
    assert not offsite, offsite
    context.close()


def check_exit_button_leaves_and_drops_the_page_from_history(browser, site_url):
    context, left_for = open_context(browser)
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    page.goto(f"{site_url}/en/callback/")
    page.get_by_role("link", name="Exit this page").click()
    page.wait_for_url(NEUTRAL)
    assert left_for == [NEUTRAL]
    page.go_back()
    assert page.url == f"{site_url}/en/", "the callback page stayed in the back history"
    context.close()

    # Without JavaScript the button is a plain link to the same place.
    context = browser.new_context(java_script_enabled=False)
    context.route("https://neutral.example/**", lambda route: route.fulfill(status=200, body="Weather"))
    page = context.new_page()
    page.goto(f"{site_url}/ru/callback/")
    page.locator("[data-exit-page-link]").click()
    page.wait_for_url(NEUTRAL)
    context.close()


def check_shift_three_times_leaves(browser, site_url):
    context, left_for = open_context(browser)
    page = context.new_page()
    faq = FAQIndexPage.objects.live().get(locale__language_code="be")
    page.goto(f"{site_url}{faq.url}")
    page.keyboard.press("Shift")
    page.keyboard.press("Shift")
    assert page.url == f"{site_url}{faq.url}"
    page.keyboard.press("Shift")
    page.wait_for_url(NEUTRAL)
    assert left_for == [NEUTRAL]
    context.close()
