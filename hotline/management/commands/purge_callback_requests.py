"""Delete closed callback requests after the retention period; anonymise stale open ones.

Run daily (see docs/operations.md). Periods come from the hotline settings of
the default site: "keep closed requests (days)" and "anonymise open requests
after (days)".
"""

import datetime

from django.core.management.base import BaseCommand
from django.db import transaction
from django.utils import timezone

from wagtail.models import Site

from hotline.models import OPEN_STATUSES, CallbackRequest, HotlineSettings, Status

BATCH = 500


class Command(BaseCommand):
    help = "Delete closed callback requests past the retention period and anonymise stale open ones."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="Only count what would change.")

    def handle(self, *args, dry_run=False, **options):
        site = Site.objects.filter(is_default_site=True).first()
        hotline = HotlineSettings.objects.filter(site=site).first() if site else None
        retention_days = hotline.retention_days if hotline else 30
        limit_days = hotline.open_limit_days if hotline else 90
        now = timezone.now()

        closed = CallbackRequest.objects.filter(
            status=Status.CLOSED, closed_at__lt=now - datetime.timedelta(days=retention_days)
        )
        stale = CallbackRequest.objects.filter(
            status__in=OPEN_STATUSES,
            anonymised_at__isnull=True,
            created_at__lt=now - datetime.timedelta(days=limit_days),
        )
        to_delete, to_anonymise = closed.count(), stale.count()
        self.stdout.write(
            f"Closed more than {retention_days} days ago: {to_delete} to delete. "
            f"Open for more than {limit_days} days: {to_anonymise} to anonymise."
        )
        if dry_run:
            self.stdout.write("Dry run: nothing changed.")
            return

        deleted = 0
        while True:
            ids = list(closed.values_list("pk", flat=True)[:BATCH])
            if not ids:
                break
            with transaction.atomic():
                CallbackRequest.objects.filter(pk__in=ids).delete()
            deleted += len(ids)
            self.stdout.write(f"  deleted {deleted}/{to_delete}")

        anonymised = 0
        while True:
            batch = list(stale[:BATCH])
            if not batch:
                break
            with transaction.atomic():
                for callback in batch:
                    anonymise(callback, now)
            anonymised += len(batch)
            self.stdout.write(f"  anonymised {anonymised}/{to_anonymise}")

        self.stdout.write(self.style.SUCCESS(f"Done: {deleted} deleted, {anonymised} anonymised."))


def anonymise(callback, now):
    """Drop everything that identifies the person; keep what the monthly report counts."""
    callback.name = ""
    callback.phone = ""
    callback.message = ""
    callback.notes = ""
    callback.anonymised_at = now
    callback.record_status(Status.CLOSED, user=None, now=now)
    callback.save()
