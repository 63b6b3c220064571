"""Store the callback requests kept on disk during a database outage, and queue
again the operator e-mails that could not be sent.

A request sent while the database was down waits in the spool
(hotline/spool.py); a request whose notification failed keeps ``notified_at``
empty. Run this every few minutes (see docs/operations.md); it is safe to run
at any time, and from any container that shares the spool volume.
"""

import datetime

from django.core.management.base import BaseCommand, CommandError
from django.db import DatabaseError
from django.utils import timezone

from hotline import spool
from hotline.models import CallbackRequest
from hotline.tasks import notify_operators


class Command(BaseCommand):
    help = (
        "Store the callback requests kept on disk while the database was down, and queue again "
        "the notifications of requests that were not announced."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=60, help="Only requests at least this many seconds old (60)."
        )

    def handle(self, *args, older_than=60, **options):
        try:
            stored, duplicates, unreadable = spool.import_pending()
        except DatabaseError as error:
            raise CommandError(
                f"The database is not answering ({type(error).__name__}); spooled requests stay on disk."
            ) from None
        if stored or duplicates or unreadable:
            self.stdout.write(
                f"Stored {len(stored)} request(s) kept on disk during a database outage ({duplicates} already stored)."
            )
        if unreadable:
            self.stderr.write(
                f"{len(unreadable)} spooled file(s) in {spool.directory()} cannot be read and were left there: "
                + ", ".join(unreadable)
            )

        pending = CallbackRequest.objects.filter(
            notified_at__isnull=True,
            anonymised_at__isnull=True,
            created_at__lte=timezone.now() - datetime.timedelta(seconds=older_than),
        ).order_by("created_at")
        pks = list(dict.fromkeys([callback.pk for callback in stored] + list(pending.values_list("pk", flat=True))))
        queued = failed = 0
        for pk in pks:
            result = notify_operators.enqueue(pk)
            queued += 1
            if getattr(result, "status", None) == "FAILED":
                failed += 1
        self.stdout.write(f"Queued {queued} notification(s); {failed} failed again at once.")
