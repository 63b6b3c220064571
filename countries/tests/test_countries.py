from datetime import date, timedelta

from django.contrib.auth.models import Group, User

from wagtail.models import Page
from wagtail.test.utils.form_data import nested_form_data, streamfield

import pytest

from conftest import count_queries
from core.factories import CountryGuidePageFactory, CountryIndexPageFactory, site_with_home
from countries.models import CountryGuidePage, CountryIndexPage, GuidanceUpdate
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def index():
    home = site_with_home()
    return CountryIndexPageFactory(parent=home)


@pytest.fixture
def poland(index):
    return CountryGuidePageFactory(
        parent=index,
        title="Польша",
        slug="poland",
        country_code="PL",
        synonyms="Польша, Польшча, Poland, Polsha, Polska",
        alert_level="caution",
        alert_text="Остерегайтесь объявлений в мессенджерах.",
        update_note="Новые правила для сезонных работников.",
    )


def test_filter_finds_a_country_by_any_name_without_javascript(client, index, poland):
    CountryGuidePageFactory(parent=index, title="Литва", slug="lithuania", country_code="LT", synonyms="Lithuania")
    for query in ("Польша", "польшча", "Poland", "Polsha", "polsh", "ПОЛЬ"):
        html = client.get(index.url, {"q": query}).content.decode()
        assert ">Польша<" in html, query
        assert ">Литва<" not in html, query
    response = client.get(index.url, {"q": "Атлантида"})
    assert response.context["guides"] == []
    assert 'class="empty-state"' in response.content.decode()


@pytest.mark.parametrize("query", ["<script>alert(1)</script>", "x" * 10000, "%00", "' OR 1=1 --"])
def test_filter_survives_any_query(client, index, poland, query):
    response = client.get(index.url, {"q": query})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_index_groups_guides_by_first_letter_in_alphabetical_order(client, index):
    for title, code in [("Чехия", "CZ"), ("Германия", "DE"), ("Литва", "LT"), ("Ёлкино", "PL")]:
        CountryGuidePageFactory(parent=index, title=title, country_code=code)
    context = client.get(index.url).context
    assert [letter for letter, _guides in context["letter_groups"]] == ["Г", "Ё", "Л", "Ч"]


def test_guide_shows_alert_update_contents_and_contacts(client, poland):
    html = client.get(poland.url).content.decode()
    assert 'class="alert-banner alert-banner--caution"' in html
    assert "Остерегайтесь объявлений в мессенджерах." in html
    assert "Новые правила для сезонных работников." in html
    assert 'href="#pered-otezdom"' in html and 'id="pered-otezdom"' in html
    assert 'href="tel:+48220000001"' in html
    assert "https://example.org/" in html


def test_major_update_is_recorded_once_per_note_and_minor_edits_are_not(poland):
    assert GuidanceUpdate.objects.filter(page=poland).count() == 0  # factory default: minor

    poland.update_kind = CountryGuidePage.UPDATE_MAJOR
    poland.save_revision().publish()
    assert GuidanceUpdate.objects.filter(page=poland).count() == 1
    first = GuidanceUpdate.objects.get(page=poland)

    poland.save_revision().publish()  # published again without a new note
    assert GuidanceUpdate.objects.filter(page=poland).count() == 1

    poland.update_kind = CountryGuidePage.UPDATE_MINOR
    poland.update_note = "Исправлена опечатка."
    poland.save_revision().publish()
    assert GuidanceUpdate.objects.filter(page=poland).count() == 1

    poland.update_kind = CountryGuidePage.UPDATE_MAJOR
    poland.update_note = "Изменились требования к страховке."
    poland.save_revision().publish()
    updates = list(GuidanceUpdate.objects.filter(page=poland).order_by("published_at"))
    assert len(updates) == 2 and updates[0] == first
    assert updates[1].uuid != first.uuid
    assert CountryGuidePage.objects.get(id=poland.id).updated_on == updates[1].published_at


def test_alert_needs_text_and_country_code_must_exist(index):
    from django.core.exceptions import ValidationError

    guide = CountryGuidePage(title="X", slug="x", country_code="ZZ", summary="s", alert_level="serious")
    with pytest.raises(ValidationError) as error:
        guide.clean()
    assert "country_code" in error.value.message_dict

    guide.country_code = "pl"
    with pytest.raises(ValidationError) as error:
        guide.clean()
    assert list(error.value.message_dict) == ["alert_text"]
    assert guide.country_code == "PL"


def test_index_query_count_does_not_grow_with_guides(client, index):
    for _ in range(5):
        CountryGuidePageFactory(parent=index)
    five = count_queries(client, index.url)
    for _ in range(45):
        CountryGuidePageFactory(parent=index)
    assert count_queries(client, index.url) == five
    assert count_queries(client, index.url, {"q": "Страна"}) == five


def test_review_due_report_lists_old_guides_oldest_first(admin_client, index):
    CountryGuidePageFactory(parent=index, title="Свежая", last_reviewed=date.today())
    CountryGuidePageFactory(parent=index, title="Старая", last_reviewed=date.today() - timedelta(days=400))
    CountryGuidePageFactory(parent=index, title="Древняя", last_reviewed=date.today() - timedelta(days=900))
    response = admin_client.get("/admin/reports/review-due/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "Свежая" not in html
    assert html.index("Древняя") < html.index("Старая")


def test_review_due_report_is_open_to_editors(client, index):
    editor = User.objects.create_user("editor", password="pw")
    editor.groups.add(Group.objects.get(name="Editors"))
    client.force_login(editor)
    assert client.get("/admin/reports/review-due/").status_code == 200


class TestPageTree:
    def test_rules(self):
        assert CountryIndexPage.allowed_parent_page_models() == [HomePage]
        assert CountryGuidePage.allowed_parent_page_models() == [CountryIndexPage]
        assert CountryGuidePage.allowed_subpage_models() == []

    def test_editor_creates_a_guide_in_the_index_but_not_elsewhere(self, admin_client, index):
        data = nested_form_data(
            {
                "title": "Германия",
                "slug": "germany",
                "country_code": "DE",
                "synonyms": "Germany, Германія",
                "summary": "Коротко",
                "alert_level": "none",
                "alert_text": "",
                "last_reviewed": "2026-11-01",
                "update_kind": "minor",
                "update_note": "",
                "body": streamfield([]),
                "contacts": streamfield([]),
                "action-publish": "publish",
            }
        )
        url = f"/admin/pages/add/countries/countryguidepage/{index.id}/"
        response = admin_client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:2000]
        assert CountryGuidePage.objects.get(slug="germany").live

        home = Page.objects.type(HomePage).first()
        assert not CountryGuidePage.can_create_at(home)
        response = admin_client.get(f"/admin/pages/add/countries/countryguidepage/{home.id}/")
        assert response.status_code in (302, 403)
        assert 'name="country_code"' not in response.content.decode()
