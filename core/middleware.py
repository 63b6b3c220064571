"""Security headers for every response.

Public pages get a strict Content-Security-Policy: scripts and styles only from
our own origin (no inline code, no eval), no framing, no plugins. JSON-LD blocks
are data, not script, so browsers do not check them against ``script-src``.
The Wagtail and Django admin (and public pages seen by a signed-in editor, who
gets the Wagtail userbar) run under a looser policy of their own, because the
admin's bundled scripts and styles use inline code.
"""

from django.conf import settings


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
