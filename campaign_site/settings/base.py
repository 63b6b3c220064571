"""Settings shared by every environment.

Everything that differs between a laptop, CI and production comes from
environment variables (see README.md and .env.example). Nothing secret lives
here: production.py refuses to start without its secrets.
"""

import datetime
import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

from core.logging import logging_config

BASE_DIR = Path(__file__).resolve().parent.parent.parent
PROJECT_DIR = BASE_DIR / "campaign_site"


def env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


INSTALLED_APPS = [
    "core",
    "home",
    "hotline",
    "countries",
    "faq",
    "articles",
    "search",
    "translations",
    # Operations: the task queue's database backend (see "Background work" below).
    "django_tasks",
    "django_tasks_db",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.frontend_cache",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
]

MIDDLEWARE = [
    # Operations: first, so every response and log record carries the request id.
    "core.request_id.RequestIdMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.PageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Failures: the callback form keeps working while the database is down (hotline/middleware.py).
    "hotline.middleware.CallbackRescueMiddleware",
    # Security: keep last; turns a locked-out admin sign-in into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "campaign_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [PROJECT_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

WSGI_APPLICATION = "campaign_site.wsgi.application"

# Database: DATABASE_URL (for example postgres://user@host:5432/name); without
# it, an SQLite file next to manage.py so a laptop needs no server.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DATABASE_CONN_MAX_AGE", "60")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # Fail fast when the server is unreachable instead of hanging a worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)

# Cache: Redis when REDIS_URL is set, otherwise memory of the one process.
REDIS_URL = os.environ.get("REDIS_URL", "")
if REDIS_URL:
    CACHES = {
        "default": {
            # Failures: django-redis plus a circuit breaker, so a hung Redis costs one
            # timeout per DOWN_SECONDS per process, not one per cache read (core/cache_backend.py).
            "BACKEND": "core.cache_backend.ResilientRedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "campaign"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # A cache outage must not take pages down: misses instead of errors.
                "IGNORE_EXCEPTIONS": True,
                "DOWN_SECONDS": 15,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

# Page cache (core.middleware.PageCacheMiddleware): whole pages for anonymous
# visitors, kept in the shared cache and dropped on every content change. It
# needs a cache that every process shares, so without REDIS_URL it is off.
PAGE_CACHE_SECONDS = int(os.environ.get("PAGE_CACHE_SECONDS", "600" if REDIS_URL else "0"))
# Cache-Control for public pages: browsers (max-age) and CDNs/proxies (s-maxage).
PAGE_CACHE_MAX_AGE = int(os.environ.get("PAGE_CACHE_MAX_AGE", "60"))
PAGE_CACHE_SHARED_MAX_AGE = int(os.environ.get("PAGE_CACHE_SHARED_MAX_AGE", "60"))

# A CDN or caching proxy in front of the site, purged by Wagtail when a page is
# published or unpublished (wagtail.contrib.frontend_cache); off when unset.
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
if FRONTEND_CACHE_BACKEND == "http":
    WAGTAILFRONTENDCACHE = {
        f"proxy{index}": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
        for index, location in enumerate(env_list("FRONTEND_CACHE_LOCATION"))
    }
elif FRONTEND_CACHE_BACKEND == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cloudflare": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "cloudfront": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured("FRONTEND_CACHE_BACKEND must be http, cloudflare or cloudfront.")

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Languages. Russian is the source language; Belarusian and English are
# translations made with wagtail-localize. Every public URL carries a prefix.
LANGUAGE_CODE = "ru"
LANGUAGES = [
    ("ru", _("Russian")),
    ("be", _("Belarusian")),
    ("en", _("English")),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
FORMAT_MODULE_PATH = ["campaign_site.formats"]
TIME_ZONE = "Europe/Minsk"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", BASE_DIR / "staticfiles"))
STATICFILES_DIRS = [PROJECT_DIR / "static"]
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", BASE_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

# Operations: media storage. With AWS_STORAGE_BUCKET_NAME, uploads go to an
# S3-compatible bucket (django-storages); otherwise to MEDIA_ROOT, which every
# web replica must share (a volume). Media is public: plain URLs, no signatures,
# and an upload never replaces an existing file of the same name.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": AWS_STORAGE_BUCKET_NAME,
            "endpoint_url": os.environ.get("AWS_S3_ENDPOINT_URL") or None,
            "region_name": os.environ.get("AWS_S3_REGION_NAME") or None,
            "access_key": os.environ.get("AWS_ACCESS_KEY_ID") or None,
            "secret_key": os.environ.get("AWS_SECRET_ACCESS_KEY") or None,
            "custom_domain": os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None,
            "location": os.environ.get("AWS_LOCATION", ""),
            "querystring_auth": False,
            "file_overwrite": False,
            "default_acl": None,
        },
    }

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# E-mail: console by default; SMTP when EMAIL_HOST is set.
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
if EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "587"))
    EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
    EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
    EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", True)
    EMAIL_TIMEOUT = 10
else:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@localhost")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS")

# Security headers
# CSP, Permissions-Policy and the rest come from core.middleware.SecurityHeadersMiddleware.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
# Where "Exit this page" sends a person: a neutral site. Only a link target; never fetched by us.
SAFETY_EXIT_URL = os.environ.get("SAFETY_EXIT_URL", "https://www.google.com/search?q=weather")

# Wagtail
WAGTAIL_SITE_NAME = "Safe labour migration"
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "wagtail.search.backends.database"}}
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "key", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip"]
# No outgoing requests: no release check from the dashboard, no Gravatar.
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAILEMBEDS_FINDERS = []

# Country guides older than this many months show in the "Review due" report.
COUNTRY_REVIEW_DUE_MONTHS = int(os.environ.get("COUNTRY_REVIEW_DUE_MONTHS", "6"))

# Operations: background work (operator and translator e-mails). TASKS_BACKEND:
# "immediate" runs a task inside the request (dev, test); "database" queues it
# in the database for `manage.py db_worker` (production, the compose worker).
TASK_BACKENDS = {
    "immediate": "django_tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS_BACKEND = os.environ.get("TASKS_BACKEND", "immediate").strip().lower()
if TASKS_BACKEND not in TASK_BACKENDS:
    from django.core.exceptions import ImproperlyConfigured

    raise ImproperlyConfigured(f"TASKS_BACKEND must be one of {', '.join(TASK_BACKENDS)}, not {TASKS_BACKEND!r}.")
TASKS = {"default": {"BACKEND": TASK_BACKENDS[TASKS_BACKEND]}}

# Operations: logs on stderr, LOG_FORMAT "text" (default here) or "json" (the
# default in production), every record with the request id (core/request_id.py).
# One line per request with method, path, status and duration; never addresses,
# user agents, cookies or query strings.
LOG_FORMAT = os.environ.get("LOG_FORMAT", "text")
LOGGING = logging_config(LOG_FORMAT, root_level=os.environ.get("LOG_LEVEL", "WARNING"))


# Hotline
# Callback form defences and data rules; see hotline/antiabuse.py and docs/operations.md.
def _rate_limit(name, default):
    """Parse "count/seconds", e.g. "20/3600"; a count of 0 switches the limit off."""
    count, _sep, seconds = os.environ.get(name, default).partition("/")
    return int(count), int(seconds or 3600)


HOTLINE_MIN_FILL_SECONDS = float(os.environ.get("HOTLINE_MIN_FILL_SECONDS", "3"))
HOTLINE_FORM_MAX_AGE = int(os.environ.get("HOTLINE_FORM_MAX_AGE", str(60 * 60 * 24)))
HOTLINE_RATE_LIMIT_ADDRESS = _rate_limit("HOTLINE_RATE_LIMIT_ADDRESS", "20/3600")
HOTLINE_RATE_LIMIT_PHONE = _rate_limit("HOTLINE_RATE_LIMIT_PHONE", "3/86400")
# A request.META key set only by our own proxy, e.g. HTTP_X_FORWARDED_FOR; empty: REMOTE_ADDR.
HOTLINE_TRUSTED_PROXY_HEADER = os.environ.get("HOTLINE_TRUSTED_PROXY_HEADER", "")
# Bump when the consent wording of the callback form changes; stored with each request.
HOTLINE_CONSENT_VERSION = "2026-11"
CSRF_FAILURE_VIEW = "hotline.views.csrf_failure"
# Failures: callback requests sent while the database is down wait here (hotline/spool.py)
# until `retry_callback_notifications` stores them. Must survive restarts and be shared by
# every web replica and by the container that runs the scheduled commands: a volume.
HOTLINE_SPOOL_DIR = Path(os.environ.get("HOTLINE_SPOOL_DIR", BASE_DIR / "spool"))


# Search
# One PostgreSQL text-search configuration for the whole index (see docs/search.md
# for the recall measured per language); ignored on SQLite. Changing it needs
# `manage.py update_index`.
WAGTAILSEARCH_BACKENDS["default"]["SEARCH_CONFIG"] = os.environ.get("SEARCH_CONFIG", "russian")
# Longer queries are cut to this many characters (with a message).
SEARCH_MAX_QUERY_LENGTH = int(os.environ.get("SEARCH_MAX_QUERY_LENGTH", "100"))
SEARCH_RESULTS_PER_PAGE = 10
# Days of query statistics shown in the admin report and kept in the database.
SEARCH_REPORT_DAYS = int(os.environ.get("SEARCH_REPORT_DAYS", "90"))


# Translations
# Members of this group get an e-mail (through the task queue) when a Russian
# source page is published with changed text; see docs/translations.md.
TRANSLATIONS_NOTIFY_GROUP = "Translators"


# Security
# Admin sign-in is guarded by django-axes: after AXES_FAILURE_LIMIT failures for
# one username from one client address, that pair is refused for the cool-off
# (every further attempt restarts it). Counts live in the cache (Redis in
# production), never in the database; logs show neither username nor address.
# Unlocking: docs/operations.md.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_HANDLER = "core.security.CacheHandler"  # axes' cache handler, surviving a Redis outage
AXES_CACHE = "axes"  # its own alias and key prefix, so `manage.py unlock_admin_logins` can clear it
if REDIS_URL:
    CACHES["axes"] = {**CACHES["default"], "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "campaign") + "-axes"}
else:
    # One process (laptop, tests): memory is enough. Several workers need REDIS_URL.
    CACHES["axes"] = {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "axes"}
AXES_FAILURE_LIMIT = int(os.environ.get("AXES_FAILURE_LIMIT", "5"))
AXES_COOLOFF_TIME = datetime.timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "15")))
# Username and address together: a guesser is stopped without letting anyone
# lock a colleague out from elsewhere, or lock a whole office behind one NAT.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_CLIENT_IP_CALLABLE = "hotline.antiabuse.client_address"  # honours HOTLINE_TRUSTED_PROXY_HEADER
AXES_LOCKOUT_CALLABLE = "core.security.lockout_response"
AXES_VERBOSE = False  # log lines mask username and address
AXES_DISABLE_ACCESS_LOG = True

# Uploads: image types and sizes are checked by Wagtail; documents by core.uploads.
WAGTAILIMAGES_EXTENSIONS = env_list("UPLOAD_IMAGE_EXTENSIONS", "jpg,jpeg,png,webp")
WAGTAILIMAGES_MAX_UPLOAD_SIZE = int(float(os.environ.get("UPLOAD_IMAGE_MAX_MB", "10")) * 1024 * 1024)
WAGTAILIMAGES_MAX_IMAGE_PIXELS = int(os.environ.get("UPLOAD_IMAGE_MAX_PIXELS", str(40_000_000)))
WAGTAILDOCS_EXTENSIONS = env_list("UPLOAD_DOCUMENT_EXTENSIONS", ",".join(WAGTAILDOCS_EXTENSIONS))
DOCUMENT_MAX_UPLOAD_SIZE = int(float(os.environ.get("UPLOAD_DOCUMENT_MAX_MB", "20")) * 1024 * 1024)
WAGTAILDOCS_DOCUMENT_FORM_BASE = "core.uploads.DocumentForm"
# Documents always download (never render in our origin), through Wagtail's view
# that adds nosniff and a "default-src 'none'" CSP, whatever the storage.
WAGTAILDOCS_SERVE_METHOD = "serve_view"
WAGTAILDOCS_INLINE_CONTENT_TYPES = []
