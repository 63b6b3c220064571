from django.contrib.auth import get_user_model

from wagtail.models import Locale, Page, Site

import pytest
from wagtail_localize.models import Translation

from conftest import load_demo_content, seed
from core.models import Topic
from faq.models import FAQItem
from home.models import HomePage

pytestmark = pytest.mark.django_db


def run_seed(*args):
    return seed(*args)


def test_creates_three_locales_and_a_published_home_page_in_each(demo_site):
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"ru", "be", "en"}
    homes = {page.locale.language_code: page for page in HomePage.objects.live().select_related("locale")}
    assert set(homes) == {"ru", "be", "en"}
    assert demo_site.root_page_id == homes["ru"].id
    assert homes["be"].title == "Бяспечная працоўная міграцыя"
    assert homes["en"].title == "Safe labour migration"
    # One translation key: the three pages are translations of one another.
    assert len({page.translation_key for page in homes.values()}) == 1


def test_translations_are_real_wagtail_localize_translations(demo_site):
    targets = set(Translation.objects.values_list("target_locale__language_code", flat=True))
    assert targets == {"be", "en"}
    for translation in Translation.objects.all():
        total, translated = translation.get_progress()
        assert total > 0 and total == translated


def test_running_twice_adds_nothing_and_keeps_editor_changes(demo_content_snapshot):
    load_demo_content()  # what the first run made (seeded once per test process)
    home = HomePage.objects.get(locale__language_code="ru")
    home.intro = "Changed by an editor"
    home.save_revision().publish()
    pages_before = Page.objects.count()
    snippets_before = (Topic.objects.count(), FAQItem.objects.count())

    second = run_seed("--no-admin")

    assert Page.objects.count() == pages_before
    assert (Topic.objects.count(), FAQItem.objects.count()) == snippets_before
    assert Site.objects.count() == 1
    assert HomePage.objects.get(locale__language_code="ru").intro == "Changed by an editor"
    assert "created" not in second and "translated" not in second


def test_initial_welcome_page_is_replaced(demo_site):
    assert not Page.objects.filter(title__startswith="Welcome to your new Wagtail site").exists()


def test_admin_password_is_generated_printed_once_and_never_fixed(monkeypatch):
    monkeypatch.delenv("DEMO_ADMIN_PASSWORD", raising=False)
    first = run_seed("--no-content")
    user = get_user_model().objects.get(username="admin")
    password = first.split("password ", 1)[1].split(" ", 1)[0]
    assert len(password) >= 12
    assert user.check_password(password)

    second = run_seed("--no-content")
    assert password not in second
    assert "password unchanged" in second

    user.delete()
    third = run_seed("--no-content")
    assert third.split("password ", 1)[1].split(" ", 1)[0] != password


def test_admin_password_can_come_from_the_environment(monkeypatch):
    monkeypatch.setenv("DEMO_ADMIN_PASSWORD", "a-long-local-password")
    output = run_seed("--no-content")
    assert "a-long-local-password" not in output
    assert get_user_model().objects.get(username="admin").check_password("a-long-local-password")
