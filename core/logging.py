"""Log formats: one JSON object per line in production, plain text elsewhere.

Used by Django's LOGGING (campaign_site/settings/base.py) and by gunicorn's
own logs (gunicorn.conf.py), so every line a container writes is JSON with a
``request_id`` (``"-"`` outside a request). Nothing here adds addresses, user
agents or query strings; keep it that way (docs/operations.md, personal data).
"""

import logging
import re

from pythonjsonlogger.json import JsonFormatter as BaseJsonFormatter

from core.request_id import current_request_id

TEXT_FORMAT = "%(asctime)s %(levelname)s %(name)s [%(request_id)s] %(message)s"
# A URL path followed by a query string, e.g. in gunicorn's "Error handling request /ru/search/?q=...".
QUERY_STRING = re.compile(r"(/[^\s?]*)\?\S*")


class JsonFormatter(BaseJsonFormatter):
    """``{"time" (UTC, ISO 8601), "level", "logger", "message", "request_id", ...extra fields}``."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("fmt", "%(levelname)s %(name)s %(message)s")
        kwargs.setdefault("rename_fields", {"levelname": "level", "name": "logger"})
        kwargs.setdefault("timestamp", "time")
        kwargs.setdefault("json_ensure_ascii", False)
        super().__init__(*args, **kwargs)

    def add_fields(self, log_record, record, message_dict):
        super().add_fields(log_record, record, message_dict)
        # Django's request loggers pass the request object, whose repr has the query string.
        log_record.pop("request", None)
        log_record["request_id"] = getattr(record, "request_id", None) or current_request_id()


class StripQueryStringFilter(logging.Filter):
    """Cuts query strings out of URLs passed as log arguments: search queries may hold personal text."""

    def filter(self, record):
        if isinstance(record.args, tuple):
            record.args = tuple(QUERY_STRING.sub(r"\1", arg) if isinstance(arg, str) else arg for arg in record.args)
        return True


def logging_config(log_format, root_level="WARNING"):
    """Django's LOGGING for ``log_format`` "json" or "text"."""
    if log_format not in ("json", "text"):
        raise ValueError(f"LOG_FORMAT must be json or text, not {log_format!r}")
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.request_id.RequestIdFilter"},
            "no_query_string": {"()": "core.logging.StripQueryStringFilter"},
        },
        "formatters": {
            "json": {"()": "core.logging.JsonFormatter"},
            "text": {"format": TEXT_FORMAT},
        },
        "handlers": {
            "console": {
                "class": "logging.StreamHandler",
                "filters": ["request_id", "no_query_string"],
                "formatter": log_format,
            },
        },
        "root": {"handlers": ["console"], "level": root_level},
        "loggers": {
            # Django's request logs carry full URLs; keep them to errors. Our own
            # request line (core.request_id) has the path without the query string.
            "django.request": {"level": "ERROR"},
            "django.server": {"level": "WARNING"},
            "campaign.requests": {"level": "INFO"},
            # The worker's start and stop (task failures come through "django_tasks" as errors).
            "django_tasks_db": {"level": "INFO"},
        },
    }


def gunicorn_logconfig(log_format, access_log=False):
    """gunicorn's ``logconfig_dict``: its own lines (start, workers, errors) in the same format.

    The access log is off unless asked for: the application's request line
    (core.request_id) already covers every request, without the query string.
    """
    formatter = {"()": "core.logging.JsonFormatter"} if log_format == "json" else {"format": TEXT_FORMAT}
    handler = {
        "class": "logging.StreamHandler",
        "formatter": "default",
        "filters": ["request_id", "no_query_string"],
        "stream": "ext://sys.stderr",
    }
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "filters": {
            "request_id": {"()": "core.request_id.RequestIdFilter"},
            "no_query_string": {"()": "core.logging.StripQueryStringFilter"},
        },
        "formatters": {"default": formatter},
        "handlers": {"console": dict(handler), "error_console": dict(handler)},
        "root": {"level": "WARNING", "handlers": ["console"]},
        "loggers": {
            "gunicorn.error": {"level": "INFO", "handlers": ["error_console"], "propagate": False},
            "gunicorn.access": {
                "level": "INFO" if access_log else "CRITICAL",
                "handlers": ["console"] if access_log else [],
                "propagate": False,
            },
        },
    }
