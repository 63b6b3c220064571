"""Views outside the page tree: the friendly CSRF failure page and the operators' report."""

import datetime
import statistics
from collections import Counter

from django.conf import settings
from django.core.exceptions import PermissionDenied
from django.shortcuts import render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from core.countries import country_name

from .models import CallbackRequest, Status, Topic


def csrf_failure(request, reason=""):
    """Django's CSRF_FAILURE_VIEW: a translated page instead of the technical one."""
    return render(request, "hotline/403_csrf.html", {}, status=403)


def month_bounds(value, now=None):
    """(start, end, label) of the month ``value`` ("2026-11"); the current month if invalid."""
    now = timezone.localtime(now or timezone.now())
    year, month = now.year, now.month
    try:
        y, m = (int(part) for part in (value or "").split("-", 1))
        if 2000 <= y <= 2100 and 1 <= m <= 12:
            year, month = y, m
    except ValueError:
        pass
    start = timezone.make_aware(datetime.datetime(year, month, 1))
    end = timezone.make_aware(datetime.datetime(year + (month == 12), month % 12 + 1, 1))
    return start, end, f"{year:04d}-{month:02d}"


def counted(rows, labels):
    counts = Counter(rows)
    return [(labels(key), count) for key, count in counts.most_common()]


@never_cache
def monthly_report(request):
    if not request.user.has_perm("hotline.view_callbackrequest"):
        raise PermissionDenied
    start, end, month = month_bounds(request.GET.get("month"))
    rows = list(
        CallbackRequest.objects.filter(created_at__gte=start, created_at__lt=end).values(
            "topic", "country_now", "language", "status", "urgent", "created_at", "first_call_at"
        )
    )
    delays = [(row["first_call_at"] - row["created_at"]).total_seconds() / 3600 for row in rows if row["first_call_at"]]
    median_hours = round(statistics.median(delays), 1) if delays else None
    languages = dict(settings.LANGUAGES)
    context = {
        "month": month,
        "previous_month": month_bounds(None, start - datetime.timedelta(days=1))[2],
        "next_month": month_bounds(None, end + datetime.timedelta(days=1))[2],
        "total": len(rows),
        "urgent": sum(1 for row in rows if row["urgent"]),
        "tables": [
            (_("By topic"), counted((row["topic"] for row in rows), lambda key: Topic(key).label)),
            (
                _("By country the person was in"),
                counted((row["country_now"] for row in rows), lambda key: country_name(key) or key),
            ),
            (
                _("By language"),
                counted((row["language"] for row in rows), lambda key: languages.get(key, key)),
            ),
            (_("By outcome"), counted((row["status"] for row in rows), lambda key: Status(key).label)),
        ],
        "median_hours": median_hours,
        "called": len(delays),
        "page_title": _("Callback requests: monthly report"),
        "header_title": _("Callback requests: monthly report"),
    }
    return render(request, "hotline/admin/report.html", context)
