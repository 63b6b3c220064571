"""Spam and abuse defences for the callback form, with no third-party service.

- a signed render timestamp: a form sent faster than a person can fill it in,
  or long after it was rendered, is refused;
- rate limits per client address and per phone number, counted in the shared
  cache (Redis in production). Only salted hashes of the address and number
  ever reach the cache; neither is stored anywhere else.

If the cache is down, the limits fail *open*: a genuine request from someone
who may be at risk matters more than a few extra spam entries, and the
honeypot, the timestamp and CSRF still apply. A warning (without the address
or the number) is logged.
"""

import hashlib
import hmac
import logging
import time

from django.conf import settings
from django.core import signing
from django.core.cache import cache

logger = logging.getLogger(__name__)

TIMESTAMP_SALT = "hotline.callback-form.rendered"


def signed_timestamp(now=None):
    return signing.dumps({"t": round(now if now is not None else time.time(), 3)}, salt=TIMESTAMP_SALT)


def timestamp_problem(value, now=None):
    """None if the form's render timestamp is acceptable, else "too_fast", "expired" or "invalid"."""
    now = now if now is not None else time.time()
    try:
        data = signing.loads(value or "", salt=TIMESTAMP_SALT, max_age=settings.HOTLINE_FORM_MAX_AGE)
        rendered = float(data["t"])
    except signing.SignatureExpired:
        return "expired"
    except (signing.BadSignature, KeyError, TypeError, ValueError):
        return "invalid"
    if now - rendered > settings.HOTLINE_FORM_MAX_AGE:
        return "expired"
    if now - rendered < settings.HOTLINE_MIN_FILL_SECONDS:
        return "too_fast"
    return None


def client_address(request):
    """The visitor's address: REMOTE_ADDR, or the configured proxy header.

    HOTLINE_TRUSTED_PROXY_HEADER names a request.META key (for example
    HTTP_X_FORWARDED_FOR) that only our own proxy can set. For a list, the
    last entry is the one our proxy appended; earlier entries could be forged.
    """
    header = settings.HOTLINE_TRUSTED_PROXY_HEADER
    if header:
        value = request.META.get(header, "")
        parts = [part.strip() for part in value.split(",") if part.strip()]
        if parts:
            return parts[-1][:64]
    return request.META.get("REMOTE_ADDR", "")[:64]


def _digest(kind, value):
    key = f"hotline-rate-limit:{settings.SECRET_KEY}".encode()
    return hmac.new(key, f"{kind}:{value}".encode(), hashlib.sha256).hexdigest()[:32]


def hit(kind, value, limit, window):
    """Count one attempt for ``value``; False once it is over ``limit`` per ``window`` seconds.

    A fixed window per key: ``add`` starts the window, ``incr`` counts
    atomically in Redis (and within one process for the local cache).
    """
    if limit <= 0:
        return True
    bucket = int(time.time() // window)
    key = f"hotline:rl:{kind}:{_digest(kind, value)}:{bucket}"
    try:
        cache.add(key, 0, timeout=window + 5)
        count = cache.incr(key)
    except ValueError:
        # The key expired between add and incr: this is the first attempt of a new window.
        count = 1
    except Exception:  # any cache failure: fail open, see the module docstring
        logger.warning("hotline: rate-limit cache unavailable; allowing the request")
        return True
    if count is None:  # django-redis with IGNORE_EXCEPTIONS answers None when Redis is down
        logger.warning("hotline: rate-limit cache unavailable; allowing the request")
        return True
    return count <= limit


def address_allowed(request):
    limit, window = settings.HOTLINE_RATE_LIMIT_ADDRESS
    return hit("addr", client_address(request), limit, window)


def phone_allowed(phone):
    limit, window = settings.HOTLINE_RATE_LIMIT_PHONE
    return hit("phone", phone, limit, window)


def screen(request, form):
    """Every defence of the callback form, in order, on a bound ``form``.

    Returns None when the request may be stored, else (status, problem) for
    the first defence that refuses it; problem None means invalid answers
    (``form.errors`` says which). Used by the callback page and, while the
    database is down, by hotline.middleware.
    """
    if not address_allowed(request):
        form.is_valid()
        return 429, "rate_limited"
    if form.is_bot:
        return 400, "honeypot"
    timing = timestamp_problem(form.data.get("rendered_at"))
    if timing:
        form.is_valid()
        return 400, timing
    if not form.is_valid():
        return 400, None
    if not phone_allowed(form.cleaned_data["phone"]):
        return 429, "rate_limited"
    return None
