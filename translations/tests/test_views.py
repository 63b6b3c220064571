import re

from django.contrib.auth.models import Group
from django.urls import reverse

from wagtail.models import Locale, Page
from wagtail.users.models import UserProfile

import pytest

from conftest import count_queries

from .helpers import edit_and_publish, make_page, translate


@pytest.fixture
def translator(django_user_model, client):
    user = django_user_model.objects.create_user("tina", email="tina@example.org", password="x")
    user.groups.add(Group.objects.get(name="Translators"))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = "be"
    profile.save()
    client.force_login(user)
    return user


def cells(html, language):
    return re.findall(rf'data-language="{language}" data-state="(\w+)"', html)


@pytest.mark.django_db
def test_status_view_lists_states_and_links_into_the_editor(client, demo_site, translator):
    page = make_page("Работа в Польше", "work-pl")
    translate(page, "be")
    make_page("Только по-русски", "only-ru")
    be_page = page.get_translation(Locale.objects.get(language_code="be"))

    html = client.get("/admin/translations/", {"type": "home.standardpage"}).content.decode()
    assert cells(html, "be") == ["synced", "missing"]
    assert f'href="/admin/pages/{be_page.pk}/edit/"' in html
    missing = Page.objects.get(slug="only-ru")
    assert f'href="{reverse("wagtail_localize:submit_page_translation", args=[missing.pk])}"' in html

    edit_and_publish(page, intro="Новый текст")
    html = client.get("/admin/translations/", {"language": "be", "state": "outdated"}).content.decode()
    assert cells(html, "be") == ["outdated"]
    assert cells(html, "en") == []
    assert "Работа в Польше" in html and "Только по-русски" not in html

    # Bad page numbers do not crash.
    assert client.get("/admin/translations/", {"p": "abc"}).status_code == 200
    assert client.get("/admin/translations/", {"p": "999"}).status_code == 200


@pytest.mark.django_db
def test_status_view_is_for_the_editorial_team_only(client, demo_site, django_user_model):
    user = django_user_model.objects.create_user("op", password="x")
    user.groups.add(Group.objects.get(name="Hotline operators"))
    client.force_login(user)
    assert client.get("/admin/translations/").status_code in (302, 403)


@pytest.mark.django_db
def test_status_view_query_count_is_constant(client, demo_site, translator):
    for number in range(5):
        translate(make_page(f"Страница {number}", f"page-{number}"), "be")
    five = count_queries(client, "/admin/translations/")
    for number in range(5, 50):
        make_page(f"Страница {number}", f"page-{number}")
    assert count_queries(client, "/admin/translations/") == five


@pytest.mark.django_db
def test_translator_dashboard_shows_what_waits_in_their_language(client, demo_site, translator):
    page = make_page("Работа в Польше", "work-pl")
    translate(page, "be")
    edit_and_publish(page, intro="Новый текст")
    make_page("Только по-русски", "only-ru")
    html = client.get("/admin/").content.decode()
    panel = html.split('id="translations-panel-title"', 1)[1].split("</section>", 1)[0]
    assert "Беларуская" in panel or "беларуская" in panel.lower()
    assert "English" not in panel
    assert "?language=be&amp;state=outdated" in panel
    assert re.search(r"1\s+\S+", panel)


@pytest.mark.django_db
def test_out_of_date_notice_is_shown_and_cleared(client, demo_site):
    page = make_page("Работа в Польше", "work-pl")
    translate(page, "be", fill=lambda msgid: {"Работа в Польше": "Праца ў Польшчы"}.get(msgid, msgid))
    be_page = page.get_translation(Locale.objects.get(language_code="be"))
    assert "translation-notice" not in client.get(be_page.url).content.decode()

    edit_and_publish(page, intro="Новый текст")
    html = client.get(be_page.url).content.decode()
    notice = html.split('class="notice translation-notice', 1)[1].split("</p>", 1)[0]
    assert "Старонка абноўлена па-руску" in notice
    assert "беларуская версія можа быць састарэлай" in notice
    assert 'href="/ru/work-pl/"' in notice
    # The Russian page itself shows nothing.
    assert "translation-notice" not in client.get("/ru/work-pl/").content.decode()

    translate(page, "be", fill=lambda msgid: msgid)
    assert "translation-notice" not in client.get(be_page.url).content.decode()


@pytest.mark.django_db
def test_switcher_to_a_missing_translation_explains_on_the_home_page(client, demo_site):
    page = make_page("Только по-русски", "only-ru")
    switcher = client.get("/ru/only-ru/").content.decode().split('class="language-switcher"', 1)[1]
    assert f'href="/be/?from={page.id}" lang="be" hreflang="be" rel="nofollow"' in switcher

    html = client.get(f"/be/?from={page.id}").content.decode()
    notice = html.split('class="notice translation-notice', 1)[1].split("</p>", 1)[0]
    assert "Только по-русски" in notice and 'href="/ru/only-ru/"' in notice and 'lang="ru"' in notice
    # Canonical and hreflang addresses stay free of the parameter.
    assert '<link rel="canonical" href="http://testserver/be/">' in html
    assert "from=" not in html.split("</head>", 1)[0]
    # The Referer no longer counts: the note depends on the address only, so a page cache can keep it.
    assert "translation-notice" not in client.get("/be/", HTTP_REFERER="http://testserver/ru/only-ru/").content.decode()
    assert "translation-notice" not in client.get("/be/").content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "value",
    ["", "abc", "0", "-1", "1.5", "99999999999999999999", "١٢", "%00", "1 OR 1=1", "origin"],
)
def test_a_bad_origin_parameter_is_ignored(client, demo_site, value):
    response = client.get("/be/", {"from": value})
    assert response.status_code == 200
    assert "translation-notice" not in response.content.decode()


@pytest.mark.django_db
def test_origin_must_be_a_live_untranslated_page_of_another_language(client, demo_site):
    page = make_page("Работа в Польше", "work-pl")
    translate(page, "be", fill=lambda msgid: msgid)
    draft = make_page("Черновик", "draft-only")
    draft.unpublish()
    home_ru = demo_site.root_page
    be_home = home_ru.get_translation(Locale.objects.get(language_code="be"))
    for origin in (page, draft, home_ru, be_home):  # translated, not live, a home, the same language
        html = client.get("/be/", {"from": origin.id}).content.decode()
        assert "translation-notice" not in html, origin
    # Only home pages carry the note.
    lonely = make_page("Только по-русски", "only-ru")
    assert "translation-notice" not in client.get(f"/be/{page.slug}/?from={lonely.id}").content.decode()
