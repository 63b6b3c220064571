"""Counts of what people search for, so editors see which content is missing.

One row per day, language and normalised query with the number of searches
and how many of them found nothing. Nothing about who searched is kept (no
address, no user, no time of day), and queries that look like a phone number
or an e-mail address are not recorded at all.
"""

import datetime
import re

from django.conf import settings
from django.db import IntegrityError, models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.search.utils import normalise_query_string

# Seven or more digits (a phone number, a passport or card number) or an e-mail address.
PERSONAL_DATA = re.compile(r"\d(?:[\s().+-]*\d){6,}|\S+@\S+")


def looks_personal(query):
    return bool(PERSONAL_DATA.search(query))


class SearchQueryStat(models.Model):
    date = models.DateField(_("date"), db_index=True)
    language = models.CharField(_("language"), max_length=8)
    query = models.CharField(_("query"), max_length=255)
    hits = models.PositiveIntegerField(_("searches"), default=0)
    zero_result_hits = models.PositiveIntegerField(_("searches without results"), default=0)

    class Meta:
        verbose_name = _("search query statistic")
        verbose_name_plural = _("search query statistics")
        constraints = [
            models.UniqueConstraint(fields=["date", "language", "query"], name="unique_search_query_per_day")
        ]

    def __str__(self):
        return self.query

    @classmethod
    def record(cls, query, language, result_count, today=None):
        """Count one search; returns False when the query was not recorded."""
        query = normalise_query_string(query)
        if not query or looks_personal(query):
            return False
        today = today or timezone.localdate()
        key = {"date": today, "language": language, "query": query}
        zero = 1 if result_count == 0 else 0
        with transaction.atomic():
            updated = cls.objects.filter(**key).update(
                hits=models.F("hits") + 1, zero_result_hits=models.F("zero_result_hits") + zero
            )
            if not updated:
                try:
                    with transaction.atomic():
                        cls.objects.create(**key, hits=1, zero_result_hits=zero)
                except IntegrityError:  # another request created it a moment ago
                    cls.objects.filter(**key).update(
                        hits=models.F("hits") + 1, zero_result_hits=models.F("zero_result_hits") + zero
                    )
                # A new row per query and day: a good moment to forget old ones.
                cls.objects.filter(date__lt=today - datetime.timedelta(days=settings.SEARCH_REPORT_DAYS)).delete()
        return True
