from django.contrib.auth.models import Group
from django.core import mail
from django.test import TestCase

from wagtail.models import Locale

import pytest

from core.models import Topic
from translations.models import SourceChange
from translations.status import MISSING, OUTDATED, PARTIAL, SYNCED, Row, compute, source_rows, target_locales

from .helpers import edit_and_publish, make_page, sync, translate


def states(instance):
    row = Row("page" if hasattr(instance, "path") else "snippet", "", "", instance.translation_key, None, "", "")
    compute([row], target_locales())
    return {cell.locale.language_code: (cell.state, cell.percent) for cell in row.cells}


@pytest.fixture
def translator(django_user_model):
    user = django_user_model.objects.create_user("tina", email="tina@example.org", password="x")
    user.groups.add(Group.objects.get(name="Translators"))
    return user


@pytest.mark.django_db
def test_states_through_translate_edit_and_sync(demo_site, translator):
    page = make_page("Работа в Польше", "work-pl", intro="Как проверить работодателя")
    assert states(page) == {"be": (MISSING, None), "en": (MISSING, None)}

    translate(page, "be")
    assert states(page)["be"] == (SYNCED, 100)
    assert states(page)["en"] == (MISSING, None)

    # Publishing the source without changing its text changes nothing and tells nobody.
    edit_and_publish(page)
    assert states(page)["be"] == (SYNCED, 100)
    assert mail.outbox == []

    # New text: the Belarusian translation is out of date since the publish, translators are told.
    page = edit_and_publish(page, intro="Как проверить работодателя и договор")
    change = SourceChange.objects.get(translation_key=page.translation_key)
    state, _percent = states(page)["be"]
    assert state == OUTDATED
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["tina@example.org"]
    be_page = page.get_translation(Locale.objects.get(language_code="be"))
    assert f"http://testserver/admin/pages/{be_page.pk}/edit/" in message.body
    assert "Работа в Польше" in message.subject

    # Sync: the target is rewritten; the new segment is not translated yet.
    sync(page)
    state, percent = states(page)["be"]
    assert state == PARTIAL and 0 < percent < 100
    assert SourceChange.objects.get(pk=change.pk).changed_at == change.changed_at

    # Translating the new segment completes it.
    translate(page, "be")
    assert states(page)["be"] == (SYNCED, 100)


@pytest.mark.django_db
def test_partly_translated_shows_percent(demo_site):
    page = make_page("Документы", "docs", intro="Паспорт держите при себе")
    translate(page, "en", only={"Документы"})
    state, percent = states(page)["en"]
    assert state == PARTIAL
    assert 0 < percent < 100


@pytest.mark.django_db
def test_snippet_edit_marks_its_translations_out_of_date(demo_site, translator):
    topic = Topic.objects.create(locale=Locale.get_default(), slug="contracts", name="Договоры")
    translate(topic, "be")
    assert states(topic)["be"] == (SYNCED, 100)
    topic.name = "Трудовые договоры"
    with TestCase.captureOnCommitCallbacks(execute=True):
        topic.save()
    assert states(topic)["be"][0] == OUTDATED
    assert len(mail.outbox) == 1
    assert "/admin/snippets/core/topic/edit/" in mail.outbox[0].body


@pytest.mark.django_db
def test_no_mail_without_translations(demo_site, translator):
    page = make_page("Черновик", "draft-only")
    edit_and_publish(page, intro="Другой текст")
    assert mail.outbox == []
    assert not SourceChange.objects.exists()


@pytest.mark.django_db
def test_source_rows_list_pages_and_snippets(demo_site):
    page = make_page("Работа в Литве", "work-lt")
    Topic.objects.create(locale=Locale.get_default(), slug="safety", name="Безопасность")
    rows = source_rows()
    titles = {row.title: row for row in rows}
    assert titles["Работа в Литве"].type_key == "home.standardpage"
    assert titles["Безопасность"].type_key == "core.topic"
    assert titles["Работа в Литве"].translate_url.endswith(f"/submit/page/{page.pk}/")
    assert all(row.title != "Root" for row in rows)
