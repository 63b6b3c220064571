"""Security headers for every response.

Public pages get a strict Content-Security-Policy: scripts and styles only from
our own origin (no inline code, no eval), no framing, no plugins. JSON-LD blocks
are data, not script, so browsers do not check them against ``script-src``.
The Wagtail and Django admin (and public pages seen by a signed-in editor, who
gets the Wagtail userbar) run under a looser policy of their own, because the
admin's bundled scripts and styles use inline code.
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import get_conditional_response, patch_cache_control
from django.utils.http import parse_http_date_safe

from . import pagecache

logger = logging.getLogger(__name__)


def _policy(directives):
    return "; ".join(f"{name} {' '.join(values)}" for name, values in directives.items())


VIDEO_FRAME_SOURCES = ("https://www.youtube-nocookie.com", "https://player.vimeo.com")

PUBLIC_POLICY = _policy(
    {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": list(VIDEO_FRAME_SOURCES),
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    }
)

ADMIN_POLICY = _policy(
    {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", "https:"],
        "font-src": ["'self'", "data:"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'", *VIDEO_FRAME_SOURCES],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'self'"],
    }
)

PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()" for feature in ("camera", "microphone", "geolocation", "payment", "usb", "browsing-topics")
)

ADMIN_PREFIXES = ("/admin/", "/django-admin/")


class SecurityHeadersMiddleware:
    """Adds CSP, Permissions-Policy, Referrer-Policy and nosniff to every response."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        user = getattr(request, "user", None)
        relaxed = request.path.startswith(ADMIN_PREFIXES) or bool(user and user.is_authenticated)
        response.headers.setdefault("Content-Security-Policy", ADMIN_POLICY if relaxed else PUBLIC_POLICY)
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        response.headers.setdefault(
            "Referrer-Policy", getattr(settings, "SECURE_REFERRER_POLICY", None) or "same-origin"
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        return response


class PageCacheMiddleware:
    """Serves anonymous GET requests for public pages from the shared cache.

    A response is stored when it is a plain 200 for a visitor without a session:
    no cookie set, no ``private``/``no-store``/``no-cache`` from the view (the
    callback form and search results opt out that way), no ``Vary`` on anything
    but ``Cookie`` and ``Accept-Encoding``. Each entry remembers the content
    version it was rendered at (``core.pagecache``); one cache round trip reads
    both, and an entry from an older version is a miss. Signed-in editors, who
    carry the session cookie, always get a fresh page marked ``private``.

    Public responses get ``Cache-Control: public, max-age, s-maxage`` so a CDN or
    reverse proxy can keep them too (see docs/deploy.md, "CDN and the page cache").
    ``X-Page-Cache`` says ``hit`` or ``miss``.
    """

    SKIP_PREFIXES = ("/admin/", "/django-admin/", "/healthz/", "/documents/", "/static/", "/media/")
    ALLOWED_VARY = {"cookie", "accept-encoding"}
    MAX_QUERY_LENGTH = 256

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        seconds = getattr(settings, "PAGE_CACHE_SECONDS", 0)
        if seconds <= 0 or not self.cacheable_request(request):
            response = self.get_response(request)
            if settings.SESSION_COOKIE_NAME in request.COOKIES and not response.has_header("Cache-Control"):
                # Editors see drafts' effects and the userbar: never keep their pages.
                patch_cache_control(response, private=True, no_cache=True)
            return response

        key = self.cache_key(request)
        entry, version = self.lookup(request, key)
        if entry is not None:
            return self.replay(request, entry)

        response = self.get_response(request)
        if self.cacheable_response(response):
            self.set_public_headers(response)
            self.store(key, response, version, seconds)
            response["X-Page-Cache"] = "miss"
        return response

    # -- which requests and responses -------------------------------------

    def cacheable_request(self, request):
        if request.method not in ("GET", "HEAD"):
            return False
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return False
        if len(request.META.get("QUERY_STRING", "")) > self.MAX_QUERY_LENGTH:
            return False
        return not request.path.startswith(self.SKIP_PREFIXES)

    def cacheable_response(self, response):
        if response.status_code != 200 or response.streaming or response.cookies:
            return False
        control = response.get("Cache-Control", "").lower()
        if any(word in control for word in ("private", "no-store", "no-cache", "max-age=0")):
            return False
        vary = {part.strip().lower() for part in response.get("Vary", "").split(",") if part.strip()}
        return vary <= self.ALLOWED_VARY

    def set_public_headers(self, response):
        if not response.has_header("Cache-Control"):
            patch_cache_control(
                response,
                public=True,
                max_age=settings.PAGE_CACHE_MAX_AGE,
                s_maxage=settings.PAGE_CACHE_SHARED_MAX_AGE,
            )

    # -- storage ----------------------------------------------------------

    @staticmethod
    def cache_key(request):
        query = sorted(request.GET.lists())
        raw = f"{request.scheme}://{request.get_host()}{request.path}?{query!r}"
        return "page:" + hashlib.sha256(raw.encode()).hexdigest()

    @staticmethod
    def lookup(request, key):
        """(entry or None, current content version) in one round trip to the cache."""
        try:
            found = cache.get_many([pagecache.VERSION_KEY, key])
        except Exception:
            found = {}
        version = found.get(pagecache.VERSION_KEY) or pagecache.content_version()
        setattr(request, pagecache.REQUEST_ATTRIBUTE, version)
        entry = found.get(key)
        if entry is None or entry.get("version") != version:
            return None, version
        return entry, version

    @staticmethod
    def store(key, response, version, seconds):
        headers = [(name, value) for name, value in response.items() if name.lower() != "x-page-cache"]
        entry = {"version": version, "content": response.content, "headers": headers}
        try:
            cache.set(key, entry, seconds)
        except Exception:
            logger.warning("page cache: could not store a page")

    @staticmethod
    def replay(request, entry):
        response = HttpResponse(entry["content"])
        for name, value in entry["headers"]:
            response[name] = value
        response["X-Page-Cache"] = "hit"
        conditional = get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )
        conditional["X-Page-Cache"] = "hit"
        if request.method == "HEAD":
            conditional.content = b""
        return conditional
