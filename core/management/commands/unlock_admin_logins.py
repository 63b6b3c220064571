"""Lift every admin sign-in lockout at once.

django-axes keys its counts by a hash of username and address, so its own
``axes_reset`` and ``axes_reset_username`` cannot find them in the cache. The
counts live in a cache alias of their own (``AXES_CACHE``), which this clears
without touching anything else in a shared Redis.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = "Lift all admin sign-in lockouts (clears django-axes' failure counts)."

    def handle(self, *args, **options):
        cache = caches[settings.AXES_CACHE]
        if hasattr(cache, "delete_pattern"):  # django-redis: only this alias's prefix
            count = cache.delete_pattern("*")
            self.stdout.write(f"Admin sign-in lockouts lifted ({count} counters removed).")
        else:
            cache.clear()
            self.stdout.write("Admin sign-in lockouts lifted.")
