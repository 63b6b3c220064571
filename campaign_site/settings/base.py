"""Settings shared by every environment.

Everything that differs between a laptop, CI and production comes from
environment variables (see README.md and .env.example). Nothing secret lives
here: production.py refuses to start without its secrets.
"""

import os
from pathlib import Path

from django.utils.translation import gettext_lazy as _

import dj_database_url

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
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
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
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
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
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": os.environ.get("CACHE_KEY_PREFIX", "campaign"),
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                # A cache outage must not take pages down: misses instead of errors.
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}

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

# Background work: immediate by default; production may switch backends.
TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": os.environ.get("LOG_LEVEL", "WARNING")},
    "loggers": {
        # Request logs carry URLs and addresses; keep them to warnings.
        "django.request": {"level": "ERROR"},
        "django.server": {"level": "WARNING"},
    },
}


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
