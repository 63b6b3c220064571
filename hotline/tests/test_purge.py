"""Retention: closed requests are deleted after the retention period; stale open ones are anonymised."""

import datetime
import io

from django.core.management import call_command
from django.utils import timezone

from wagtail.models import Site

import pytest

from hotline.models import CallbackRequest, CallbackStatusChange, HotlineSettings, Status

pytestmark = pytest.mark.django_db


def make(reference, days_old, status=Status.NEW, closed_days_ago=None):
    now = timezone.now()
    return CallbackRequest.objects.create(
        reference=reference,
        created_at=now - datetime.timedelta(days=days_old),
        language="ru",
        name="Имя",
        phone="+375291234567",
        channel="phone",
        safe_to_call=True,
        may_leave_message=False,
        time_window="any",
        country_now="PL",
        topic="working",
        message="Сообщение",
        notes="Заметка оператора",
        consent_at=now,
        consent_version="test",
        status=status,
        closed_at=None if closed_days_ago is None else now - datetime.timedelta(days=closed_days_ago),
    )


@pytest.fixture
def hotline_settings(db):
    site = Site.objects.get(is_default_site=True)
    return HotlineSettings.objects.create(site=site, retention_days=30, open_limit_days=90)


def test_purge_deletes_old_closed_and_anonymises_stale_open_requests(hotline_settings):
    make("OLDCLOSE", 100, Status.CLOSED, closed_days_ago=31)
    make("NEWCLOSE", 100, Status.CLOSED, closed_days_ago=5)
    make("STALEOPN", 91, Status.IN_PROGRESS)
    make("FRESHOPN", 10, Status.NEW)

    out = io.StringIO()
    call_command("purge_callback_requests", stdout=out)
    output = out.getvalue()

    assert "1 to delete" in output and "1 to anonymise" in output
    assert "Done: 1 deleted, 1 anonymised." in output
    remaining = set(CallbackRequest.objects.values_list("reference", flat=True))
    assert remaining == {"NEWCLOSE", "STALEOPN", "FRESHOPN"}

    stale = CallbackRequest.objects.get(reference="STALEOPN")
    assert (stale.name, stale.phone, stale.message, stale.notes) == ("", "", "", "")
    assert stale.status == Status.CLOSED and stale.anonymised_at and stale.closed_at
    # What the monthly report counts is kept.
    assert (stale.topic, stale.country_now, stale.language) == ("working", "PL", "ru")
    change = CallbackStatusChange.objects.get(request=stale)
    assert change.changed_by is None and change.to_status == Status.CLOSED

    fresh = CallbackRequest.objects.get(reference="FRESHOPN")
    assert fresh.phone == "+375291234567"


def test_anonymised_requests_are_deleted_after_the_retention_period(hotline_settings):
    make("STALEOPN", 200, Status.NEW)
    call_command("purge_callback_requests", stdout=io.StringIO())
    assert CallbackRequest.objects.filter(reference="STALEOPN").exists()
    CallbackRequest.objects.update(closed_at=timezone.now() - datetime.timedelta(days=31))
    call_command("purge_callback_requests", stdout=io.StringIO())
    assert not CallbackRequest.objects.exists()


def test_dry_run_changes_nothing(hotline_settings):
    make("OLDCLOSE", 100, Status.CLOSED, closed_days_ago=31)
    make("STALEOPN", 91)
    out = io.StringIO()
    call_command("purge_callback_requests", "--dry-run", stdout=out)
    assert "Dry run" in out.getvalue()
    assert CallbackRequest.objects.count() == 2
    assert CallbackRequest.objects.get(reference="STALEOPN").phone


def test_periods_come_from_the_settings(hotline_settings):
    hotline_settings.retention_days = 7
    hotline_settings.save()
    make("WEEKOLD1", 30, Status.CLOSED, closed_days_ago=8)
    call_command("purge_callback_requests", stdout=io.StringIO())
    assert not CallbackRequest.objects.exists()
