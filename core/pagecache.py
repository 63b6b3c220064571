"""The site's content version: one token that changes whenever published content changes.

Every cache of rendered output (whole pages in ``core.middleware.PageCacheMiddleware``,
fragments such as the language switcher or the footer menu) puts this token in
its key, so one change makes all of them stale at once, in every language and on
every replica: publishing, unpublishing, moving, deleting or translating a page,
and saving any snippet, setting or image (see ``core.signals``).

The token lives in the shared cache (Redis in production). When the cache is
unreachable every call returns a fresh token, so nothing stale is ever served:
caches simply miss.
"""

import logging
import uuid

from django.core.cache import cache

logger = logging.getLogger(__name__)

VERSION_KEY = "content-version"
REQUEST_ATTRIBUTE = "_content_version"


def _new_token():
    return uuid.uuid4().hex[:16]


def content_version(request=None):
    """The current content version; read once per request when ``request`` is given."""
    if request is not None:
        remembered = getattr(request, REQUEST_ATTRIBUTE, None)
        if remembered is not None:
            return remembered
    try:
        version = cache.get(VERSION_KEY)
        if version is None:
            cache.add(VERSION_KEY, _new_token(), timeout=None)
            version = cache.get(VERSION_KEY)
    except Exception:  # a cache outage: a token that matches nothing stored
        logger.warning("content version: cache unavailable")
        version = None
    version = version or _new_token()
    if request is not None:
        setattr(request, REQUEST_ATTRIBUTE, version)
    return version


def bump():
    """Start a new content version: every cached page and fragment becomes stale."""
    try:
        cache.set(VERSION_KEY, _new_token(), timeout=None)
    except Exception:
        logger.warning("content version: cache unavailable, could not invalidate")
