"""The translation workflow in Chromium: status view, translator dashboard and reader notice.

Also takes the screenshots of docs/translations.md: into test-artifacts/ on every run,
and over docs/img/translations-*.png when UPDATE_DOCS_SCREENSHOTS=1 (so a test run
never changes tracked files by itself).
"""

import os
from pathlib import Path

from django.conf import settings
from django.contrib.auth.models import Group, Permission

from wagtail.models import Locale
from wagtail.users.models import UserProfile

import pytest

from conftest import seed
from tests.test_browser import ARTIFACTS, assert_no_axe_violations

from .helpers import edit_and_publish, make_page, translate

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

DOCS_IMG = Path(settings.BASE_DIR) / "docs" / "img"
SCREENSHOTS = DOCS_IMG if os.environ.get("UPDATE_DOCS_SCREENSHOTS") == "1" else ARTIFACTS
BE_TEXT = {
    "Работа в Польше": "Праца ў Польшчы",
    "Перед отъездом проверьте работодателя и договор.": "Перад ад'ездам праверце працадаўцу і дагавор.",
}


def shot(page, name):
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)
    page.screenshot(path=str(SCREENSHOTS / f"translations-{name}.png"))


def test_translator_sees_status_and_reader_sees_notice(browser, live_server, django_user_model):
    seed("--no-admin", "--no-content")
    page = make_page("Работа в Польше", "work-pl", intro="Перед отъездом проверьте работодателя и договор.")
    translate(page, "be", fill=lambda msgid: BE_TEXT.get(msgid, msgid))
    translate(page, "en", fill=lambda msgid: msgid, only={"Работа в Польше"})
    make_page("Возвращение домой", "coming-home", intro="Что сделать после возвращения.")
    edit_and_publish(page, intro="Перед отъездом проверьте работодателя, договор и визу.")

    user = django_user_model.objects.create_user("tina", email="tina@example.org", password="correct horse 1")
    # A transactional test before this one may have flushed the groups the migrations made.
    group, _created = Group.objects.get_or_create(name="Translators")
    group.permissions.add(Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin"))
    user.groups.add(group)
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "be"
    profile.save()

    context = browser.new_context(viewport={"width": 1280, "height": 800}, locale="be-BY")
    tab = context.new_page()
    tab.goto(f"{live_server.url}/admin/login/")
    tab.fill("input[name=username]", "tina")
    tab.fill("input[name=password]", "correct horse 1")
    tab.locator("form button[type=submit]").first.click()
    tab.wait_for_url(f"{live_server.url}/admin/")
    panel = tab.locator("section[aria-labelledby=translations-panel-title]")
    assert panel.is_visible()
    panel.scroll_into_view_if_needed()
    shot(tab, "dashboard")

    tab.goto(f"{live_server.url}/admin/translations/?type=home.standardpage")
    cells = tab.locator("td[data-language=be]")
    assert cells.evaluate_all("cells => cells.map(c => c.dataset.state)") == ["outdated", "missing"]
    shot(tab, "status")

    be_page = page.get_translation(Locale.objects.get(language_code="be"))
    public = context.new_page()
    public.goto(f"{live_server.url}{be_page.url}")
    notice = public.locator(".translation-notice")
    assert "беларуская версія можа быць састарэлай" in notice.inner_text()
    assert_no_axe_violations(public)
    shot(public, "notice")

    notice.get_by_role("link").click()
    public.wait_for_url(f"{live_server.url}/ru/work-pl/")
    context.close()
    for path in SCREENSHOTS.glob("translations-*.png"):
        assert path.stat().st_size < 150_000, path
