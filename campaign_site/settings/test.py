"""Settings for the test suite: fast hashing, plain static files, immediate tasks.

The database still comes from DATABASE_URL, so the same suite runs on SQLite
and on PostgreSQL.
"""

import os

from .base import *  # noqa: F403
from .base import BASE_DIR

DEBUG = False
SECRET_KEY = "test-only-key"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
MEDIA_ROOT = BASE_DIR / ".test-media"
WAGTAILADMIN_BASE_URL = "http://testserver"

if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # A file rather than memory, so a server started by a test (gunicorn in a
    # subprocess) sees the same test database.
    DATABASES["default"]["TEST"] = {  # noqa: F405
        "NAME": str(BASE_DIR / f".test-db-{os.getpid()}.sqlite3")
    }

# The page cache stays off unless a test switches it on; the gunicorn processes
# some tests start read the same key prefix, so the test process's content
# version changes reach them, and parallel workers never share entries.
PAGE_CACHE_SECONDS = 0
CACHE_KEY_PREFIX = f"campaign-test-{os.environ.get('PYTEST_XDIST_WORKER', 'main')}"
os.environ["CACHE_KEY_PREFIX"] = CACHE_KEY_PREFIX
if "KEY_PREFIX" in CACHES["default"]:  # noqa: F405
    CACHES["default"]["KEY_PREFIX"] = CACHE_KEY_PREFIX  # noqa: F405

# Parallel workers (pytest-xdist) each get their own Redis database, so one
# worker's cache.clear() never empties the other's cache mid-test.
_worker = os.environ.get("PYTEST_XDIST_WORKER", "")
if REDIS_URL and _worker.startswith("gw"):  # noqa: F405
    from urllib.parse import urlsplit

    _parts = urlsplit(REDIS_URL)  # noqa: F405
    _db = (int(_parts.path.strip("/") or 0) - int(_worker[2:])) % 16
    REDIS_URL = _parts._replace(path=f"/{_db}").geturl()
    os.environ["REDIS_URL"] = REDIS_URL
    for _cache in CACHES.values():  # noqa: F405
        if "redis" in _cache["BACKEND"].lower() or "Redis" in _cache["BACKEND"]:
            _cache["LOCATION"] = REDIS_URL
