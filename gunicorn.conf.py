"""gunicorn configuration used by the container (see Dockerfile CMD).

Logs: one JSON object per line on stderr by default (LOG_FORMAT=json|text),
in the same format as the application's own logs (core/logging.py). The
application writes one line per request with a request id and no client
address or query string, so gunicorn's access log is off by default; with
GUNICORN_ACCESS_LOG=1 it logs method, path (no query string), status,
duration and the request id, never the address: people who contact the
hotline may be at risk, and we keep no record of who visited.
"""

import os

from core.logging import gunicorn_logconfig

# bandit: all interfaces by design, inside the container behind the proxy.
bind = f"{os.environ.get('HOST', '0.0.0.0')}:{os.environ.get('PORT', '8000')}"  # nosec B104
workers = int(os.environ.get("WEB_CONCURRENCY", "3"))
threads = int(os.environ.get("GUNICORN_THREADS", "2"))
timeout = int(os.environ.get("GUNICORN_TIMEOUT", "30"))
graceful_timeout = 20
keepalive = 5
max_requests = 2000
max_requests_jitter = 200
worker_tmp_dir = os.environ.get("GUNICORN_WORKER_TMP_DIR") or None
access_log = os.environ.get("GUNICORN_ACCESS_LOG", "0") == "1"
accesslog = "-" if access_log else None
access_log_format = "%(m)s %(U)s %(s)s %(M)sms %({x-request-id}o)s"
errorlog = "-"
logconfig_dict = gunicorn_logconfig(os.environ.get("LOG_FORMAT", "json"), access_log=access_log)
forwarded_allow_ips = os.environ.get("FORWARDED_ALLOW_IPS", "127.0.0.1")
