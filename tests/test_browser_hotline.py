"""The hotline in a real browser: the callback form, its errors and the thank-you page
pass WCAG 2.2 AA checks in every language on a phone and a desktop screen; the
operators' views render. Screenshots land in test-artifacts/.
"""

from pathlib import Path

from django.conf import settings

import pytest
from axe_playwright_python.sync_playwright import Axe

from hotline.tests.helpers import ensure_root_collection, seed_without_editorial_content

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

ARTIFACTS = Path(settings.BASE_DIR) / "test-artifacts"
WCAG_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"]
ERROR_PREFIX = {"ru": "Ошибка:", "be": "Памылка:", "en": "Error:"}
SEND = {"ru": "Заказать звонок", "be": "Замовіць званок", "en": "Ask for a call back"}
PHONE = {"ru": "Номер телефона", "be": "Нумар тэлефона", "en": "Phone number"}
CONSENT_ERROR = {
    "ru": "Чтобы заказать звонок, согласитесь на обработку ваших данных.",
    "be": "Каб замовіць званок, пагадзіцеся на апрацоўку вашых даных.",
    "en": "To ask for a call back, agree to the processing of your data.",
}


@pytest.fixture
def site_url(live_server, settings):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_RATE_LIMIT_ADDRESS = (1000, 3600)
    settings.HOTLINE_RATE_LIMIT_PHONE = (1000, 86400)
    ensure_root_collection()
    seed_without_editorial_content()
    ARTIFACTS.mkdir(exist_ok=True)
    return live_server.url


def assert_no_axe_violations(page):
    results = Axe().run(page, options={"runOnly": {"type": "tag", "values": WCAG_TAGS}})
    violations = results.response["violations"]
    summary = [f"{v['id']} ({v['impact']}): {v['help']} at {[n['target'] for n in v['nodes']][:3]}" for v in violations]
    assert not violations, "\n".join(summary)


@pytest.mark.parametrize("language", ["ru", "be", "en"])
@pytest.mark.parametrize("width", [360, 1280])
def test_callback_form_errors_and_thanks_pass_wcag_22_aa(browser, site_url, language, width):
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    requests = []
    page.on("request", lambda request: requests.append(request.url))

    page.goto(f"{site_url}/{language}/callback/")
    header_number = page.locator(".site-header a[href^='tel:']")
    assert header_number.is_visible()
    page.screenshot(path=str(ARTIFACTS / f"callback-{language}-{width}.png"), full_page=True)
    assert_no_axe_violations(page)

    # Send with a bad number and no consent: the error summary takes the focus.
    page.get_by_label(PHONE[language]).fill("12345")
    page.get_by_role("button", name=SEND[language]).click()
    page.wait_for_load_state()
    assert page.title().startswith(ERROR_PREFIX[language])
    summary = page.locator("[data-error-summary]")
    summary.wait_for()
    assert summary.evaluate("el => el === document.activeElement")
    assert page.get_by_label(PHONE[language]).input_value() == "12345"
    summary.get_by_role("link", name=CONSENT_ERROR[language]).click()
    assert page.evaluate("location.hash") == "#id_consent"
    page.screenshot(path=str(ARTIFACTS / f"callback-errors-{language}-{width}.png"), full_page=True)
    assert_no_axe_violations(page)

    # Correct it and send: the thank-you page shows the reference.
    page.get_by_label(PHONE[language]).fill("+48 600 123 456")
    page.locator("#id_channel_0").check()
    page.locator("#id_safe_to_call_0").check()
    page.locator("#id_may_leave_message_1").check()
    page.locator("#id_country_now").select_option("PL")
    page.locator("#id_topic_3").check()
    page.locator("#id_consent").check()
    page.get_by_role("button", name=SEND[language]).click()
    page.wait_for_url(f"{site_url}/{language}/callback/thanks/")
    assert page.locator(".callback-thanks__reference strong").inner_text()
    assert page.locator(".emergency").is_visible()  # the exploitation topic is urgent
    page.screenshot(path=str(ARTIFACTS / f"callback-thanks-{language}-{width}.png"), full_page=True)
    assert_no_axe_violations(page)

    assert all(url.startswith(site_url) for url in requests), requests
    context.close()


@pytest.mark.parametrize(("language", "width"), [("ru", 360), ("be", 360), ("en", 360), ("ru", 1280)])
def test_operator_views_render(browser, site_url, language, width):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group

    from hotline.models import CallbackRequest

    operator = get_user_model().objects.create_user("operator", password="a-long-test-password")
    operator.groups.add(Group.objects.get(name="Hotline operators"))
    context = browser.new_context(
        viewport={"width": width, "height": 900}, extra_http_headers={"Accept-Language": language}
    )
    page = context.new_page()
    page.goto(f"{site_url}/en/callback/")
    page.get_by_label("Phone number").fill("+48 600 123 457")
    page.locator("#id_channel_0").check()
    page.locator("#id_safe_to_call_1").check()
    page.locator("#id_may_leave_message_0").check()
    page.locator("#id_country_now").select_option("DE")
    page.locator("#id_topic_1").check()
    page.locator("#id_consent").check()
    page.get_by_role("button", name="Ask for a call back").click()
    page.wait_for_url(f"{site_url}/en/callback/thanks/")
    callback = CallbackRequest.objects.get(phone="+48600123457")

    page.goto(f"{site_url}/admin/login/")
    page.locator("#id_username").fill("operator")
    page.locator("#id_password").fill("a-long-test-password")
    page.locator("button[type=submit]").click()
    page.wait_for_url(f"{site_url}/admin/")
    page.goto(f"{site_url}/admin/callbackrequest/")
    assert page.get_by_text(callback.display_reference).first.is_visible()
    assert page.locator("html").get_attribute("lang") == language
    page.screenshot(path=str(ARTIFACTS / f"operator-list-{language}-{width}.png"), full_page=True)
    page.goto(f"{site_url}/admin/callbackrequest/inspect/{callback.pk}/")
    assert page.get_by_text("+48600123457").first.is_visible()
    page.screenshot(path=str(ARTIFACTS / f"operator-request-{language}-{width}.png"), full_page=True)
    context.close()


def test_opening_hours_are_also_shown_in_the_visitors_own_time(browser, site_url):
    # Dubai is UTC+4 all year, one hour ahead of Minsk.
    context = browser.new_context(timezone_id="Asia/Dubai", viewport={"width": 360, "height": 800})
    page = context.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto(f"{site_url}/en/")
    footer = page.locator(".site-footer")
    assert "Monday to Friday: 08:00–20:00 (your time 09:00–21:00)" in footer.inner_text()
    assert footer.locator("[data-hotline-local-time]").is_visible()
    assert not errors, errors
    context.close()

    # In Minsk's own zone nothing is added.
    context = browser.new_context(timezone_id="Europe/Minsk")
    page = context.new_page()
    page.goto(f"{site_url}/en/")
    assert "your time" not in page.locator(".site-footer").inner_text()
    context.close()
