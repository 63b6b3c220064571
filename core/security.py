"""Admin sign-in protection: the page django-axes shows a locked-out person,
and a cache handler that keeps sign-in working while the cache is away.

Settings live in the "Security" section of campaign_site/settings/base.py;
unlocking is described in docs/operations.md.
"""

import logging

from django.conf import settings
from django.shortcuts import render
from django.utils import timezone

from axes.handlers.cache import AxesCacheHandler
from axes.helpers import get_cache, get_cool_off

logger = logging.getLogger(__name__)


def lockout_response(request, original_response=None, credentials=None):
    """The Wagtail-styled "signing in is paused" page, status 429, saying when to try again.

    Every attempt during the lockout restarts the cool-off, so "now + cool-off"
    is exactly when the next attempt will be let through.
    """
    cool_off = get_cool_off(request)
    context = {"minutes": int(cool_off.total_seconds() // 60) if cool_off else None}
    if cool_off:
        context["retry_at"] = timezone.localtime(timezone.now() + cool_off)
    response = render(request, "core/admin/login_locked.html", context, status=settings.AXES_HTTP_RESPONSE_CODE)
    if cool_off:
        response["Retry-After"] = str(int(cool_off.total_seconds()))
    return response


class CacheHandler(AxesCacheHandler):
    """Axes' cache handler, failing open when the cache is unreachable.

    With django-redis ignoring connection errors, reads give 0, ``incr`` gives
    None and ``touch`` raises, and axes' own handler crashes. During a Redis
    outage failures are not counted (the password is still checked) rather than
    every wrong password becoming a server error.
    """

    def __init__(self):
        pass  # no cache held: looked up on each use, per thread, following settings changes

    @property
    def cache(self):
        return get_cache()

    def user_login_failed(self, sender, credentials, request=None, **kwargs):
        try:
            super().user_login_failed(sender, credentials, request=request, **kwargs)
        except Exception as error:  # the cache's own errors differ per backend and per call
            logger.error(
                "Admin sign-in failures are not being counted: the cache did not answer (%s).", type(error).__name__
            )
