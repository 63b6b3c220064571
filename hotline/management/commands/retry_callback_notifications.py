"""Queue again the operator e-mails that could not be sent.

A request whose notification failed keeps ``notified_at`` empty. Run this
every few minutes (see docs/operations.md); it is safe to run at any time.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from hotline.models import CallbackRequest
from hotline.tasks import notify_operators


class Command(BaseCommand):
    help = "Queue again the notifications of callback requests that were not announced."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=60, help="Only requests at least this many seconds old (60)."
        )

    def handle(self, *args, older_than=60, **options):
        pending = CallbackRequest.objects.filter(
            notified_at__isnull=True,
            anonymised_at__isnull=True,
            created_at__lte=timezone.now() - datetime.timedelta(seconds=older_than),
        ).order_by("created_at")
        queued = failed = 0
        for pk in pending.values_list("pk", flat=True):
            result = notify_operators.enqueue(pk)
            queued += 1
            if getattr(result, "status", None) == "FAILED":
                failed += 1
        self.stdout.write(f"Queued {queued} notification(s); {failed} failed again at once.")
