"""A request id for every request, in the response and in every log record.

The proxy (deploy/nginx) sends ``X-Request-ID``; a value that looks safe is
kept so the proxy's log and ours can be joined, anything else is replaced by
a fresh random id. The id is put in the ``X-Request-ID`` response header and
in a context variable that ``RequestIdFilter`` (and the JSON formatter in
``core.logging``) copy into each log record.

The middleware also writes the one application log line per request: method,
path without the query string (search queries may hold personal text),
status and duration. Never an address, user agent, cookie or user.
"""

import contextvars
import logging
import re
import time
import uuid

HEADER = "X-Request-ID"
SAFE_REQUEST_ID = re.compile(r"[A-Za-z0-9._-]{8,64}")
NO_REQUEST = "-"

_request_id = contextvars.ContextVar("request_id", default=NO_REQUEST)
request_logger = logging.getLogger("campaign.requests")


def current_request_id():
    """The id of the request being handled in this thread, or "-" outside a request."""
    return _request_id.get()


def safe_request_id(value):
    """The incoming id when it is safe to log and echo, otherwise a new uuid4 hex."""
    if value and SAFE_REQUEST_ID.fullmatch(value):
        return value
    return uuid.uuid4().hex


class RequestIdFilter(logging.Filter):
    """Adds ``record.request_id`` so formatters can print it."""

    def filter(self, record):
        if not getattr(record, "request_id", None):
            record.request_id = current_request_id()
        return True


class RequestIdMiddleware:
    """First in MIDDLEWARE, so it sees every response, errors and redirects included."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        request_id = safe_request_id(request.META.get("HTTP_X_REQUEST_ID", ""))
        request.request_id = request_id
        token = _request_id.set(request_id)
        started = time.monotonic()
        try:
            response = self.get_response(request)
            response[HEADER] = request_id
            duration_ms = round((time.monotonic() - started) * 1000, 1)
            method = request.method[:16]
            path = request.path[:300]
            request_logger.info(
                "%s %s %s %sms",
                method,
                path,
                response.status_code,
                duration_ms,
                extra={"method": method, "path": path, "status": response.status_code, "duration_ms": duration_ms},
            )
            return response
        finally:
            _request_id.reset(token)
