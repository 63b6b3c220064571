"""The callback form keeps working while the database is down.

Every public page needs the database, even to find out which page an address
is. When it fails, the site shows the 500 page (with the hotline numbers the
cache remembers), but a person asking for a call back must not lose their
request. ``CallbackRescueMiddleware`` steps in for a database error on:

- a POST of the callback form, recognised by its signed ``rendered_at``
  token (nothing else can produce one). The form is checked exactly as the
  callback page checks it (``antiabuse.screen``: rate limits, honeypot,
  timing, every field); a
  valid request is kept in the spool (``hotline.spool``) and the visitor gets
  their reference at once. ``retry_callback_notifications`` moves it into the
  database when it answers again and tells the operators. Invalid input gets
  the form back with its errors and everything typed kept.
- a GET of an address where the callback page was seen working before
  (remembered in the cache): the form, without the database.

Its pages use no database: no page tree, no settings, no session. If even the
disk fails, the visitor is told, with status 503, to call the hotline.
"""

import contextlib
import logging

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.core.cache import cache
from django.db import DatabaseError
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.views.decorators.debug import sensitive_variables

from . import antiabuse, spool
from .models.pages import SENSITIVE_FIELDS
from .models.requests import new_reference

logger = logging.getLogger(__name__)

FORM_PATHS_KEY = "hotline:callback-form-paths:v1"
FORM_PATHS_TIMEOUT = 60 * 60 * 24 * 30
TEMPLATE = "hotline/callback_offline.html"

_form_paths_seen = set()  # this process: saves a cache round trip per form view


class CallbackRescueMiddleware:
    """Keep callback requests (and the form) working through a database outage. Put it last but for axes."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_template_response(self, request, response):
        if request.method == "GET" and response.status_code == 200 and is_callback_form(response):
            remember_form_path(request.path)
        return response

    def process_exception(self, request, exception):
        if not isinstance(exception, DatabaseError):
            return None
        if request.method == "POST":
            return rescue_submission(request)
        if request.method in ("GET", "HEAD") and is_form_path(request.path):
            logger.warning("hotline: database unavailable; showing the callback form without it")
            return offline_page(request, "form", form=callback_form())
        return None


def is_callback_form(response):
    from .models import CallbackPage

    context = getattr(response, "context_data", None) or {}
    return isinstance(context.get("page"), CallbackPage) and context.get("form") is not None


def remember_form_path(path):
    if path in _form_paths_seen:
        return
    with contextlib.suppress(Exception):  # only the outage fallback is lost
        paths = cache.get(FORM_PATHS_KEY) or set()
        if path not in paths:
            cache.set(FORM_PATHS_KEY, {*paths, path}, FORM_PATHS_TIMEOUT)
        _form_paths_seen.add(path)


def is_form_path(path):
    if path in _form_paths_seen:
        return True
    try:
        return path in (cache.get(FORM_PATHS_KEY) or ())
    except Exception:
        return False


def callback_form(data=None):
    from .forms import CallbackForm

    return CallbackForm(data)


@sensitive_variables("form", "callback", "data")
def rescue_submission(request):
    request.sensitive_post_parameters = SENSITIVE_FIELDS
    try:
        token = request.POST.get("rendered_at", "")
    except Exception:  # an unreadable body is not ours to rescue
        return None
    if "phone" not in request.POST or antiabuse.timestamp_problem(token) == "invalid":
        return None  # not the callback form: no valid token means it did not come from this site
    logger.warning("hotline: database unavailable while a callback form was sent; using the spool")
    form = callback_form(request.POST)
    earlier = spool.kept(form.submission_key, token)
    if earlier is not None:  # the same form sent again: thank, do not keep (or count) it twice
        return received(request, earlier)
    refused = antiabuse.screen(request, form)
    if refused:
        form.fresh_timestamp()
        status, problem = refused
        return offline_page(request, "form", status=status, form=form, problem=problem)

    now = timezone.now()
    # The page's revision cannot be read: the form's wording version, marked as kept offline.
    callback = form.build_request(
        f"{settings.HOTLINE_CONSENT_VERSION}/spooled", reference=new_reference(), created_at=now, consent_at=now
    )
    try:
        callback = spool.keep(callback, token)
    except OSError:
        logger.error("hotline: the database and the spool both failed; a callback request could not be kept")
        return offline_page(request, "failed", status=503)
    logger.warning("hotline: callback request %s kept in the spool until the database answers", callback.reference)
    return received(request, callback)


def received(request, callback):
    return offline_page(request, "received", status=202, reference=callback.display_reference, urgent=callback.urgent)


def offline_page(request, state, status=200, **context):
    """A page of the callback form's own, rendered without the database."""
    # Nothing after this may load the visitor's session (a database read): the
    # security headers middleware looks at request.user.
    request.user = AnonymousUser()
    context.update(
        {
            "state": state,
            "csrf_token": get_token(request),
            "action": request.path,
            "exit_url": settings.SAFETY_EXIT_URL,
        }
    )
    response = HttpResponse(render_to_string(TEMPLATE, context), status=status)
    add_never_cache_headers(response)
    return response
