"""Production operations: the task queue and its worker, media storage chosen by the
environment, and the compose stack (validated as data: there is no Docker engine in CI)."""

import json
import logging
import re
import signal
from pathlib import Path

from django.conf import settings
from django.core import mail
from django.core.management import call_command
from django.test import override_settings

import pytest
import yaml
from django_tasks import TaskResultStatus
from django_tasks_db.models import DBTaskResult

from conftest import seed
from hotline.models import CallbackRequest
from hotline.tests.helpers import form_data
from tests.test_production import PRODUCTION_ENV, clean_env, manage

BASE_DIR = Path(settings.BASE_DIR)
DATABASE_TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}


@pytest.fixture
def worker_side_effects():
    """db_worker installs signal handlers and sets its loggers' levels; put them back afterwards."""
    handlers = {number: signal.getsignal(number) for number in (signal.SIGINT, signal.SIGTERM, signal.SIGQUIT)}
    loggers = {name: logging.getLogger(name).level for name in ("django_tasks", "django_tasks_db")}
    yield
    for number, handler in handlers.items():
        signal.signal(number, handler)
    for name, level in loggers.items():
        logging.getLogger(name).setLevel(level)


@override_settings(TASKS=DATABASE_TASKS, HOTLINE_MIN_FILL_SECONDS=0)
def test_database_backend_queues_the_operator_email_and_the_worker_sends_it(
    transactional_db, client, worker_side_effects
):
    seed("--no-admin", "--no-content")
    DBTaskResult.objects.all().delete()  # the seed's own background work

    # The request is saved and its notification queued on commit, not sent in the request.
    response = client.post("/ru/callback/", form_data())
    assert response.status_code == 303
    callback = CallbackRequest.objects.get()
    queued = DBTaskResult.objects.get(task_path="hotline.tasks.notify_operators")
    assert queued.status == TaskResultStatus.READY
    assert queued.args_kwargs == {"args": [callback.pk, queued.args_kwargs["args"][1]], "kwargs": {}}
    assert mail.outbox == []
    assert callback.notified_at is None

    # One pass of the worker (as in the compose "worker" service, minus the loop).
    call_command("db_worker", "--batch", "--no-startup-delay", "--interval", "0", verbosity=0)

    queued.refresh_from_db()
    assert queued.status == TaskResultStatus.SUCCESSFUL
    assert queued.return_value == "sent"
    assert len(mail.outbox) == 1
    assert callback.display_reference in mail.outbox[0].subject
    callback.refresh_from_db()
    assert callback.notified_at is not None
    assert not DBTaskResult.objects.ready().exists()


SHOW_SETTINGS = """
import json
from django.conf import settings
from django.core.files.storage import storages
storage = storages["default"]
info = {
    "storage": f"{type(storage).__module__}.{type(storage).__qualname__}",
    "tasks": settings.TASKS["default"]["BACKEND"],
    "log_format": settings.LOGGING["handlers"]["console"]["formatter"],
}
if hasattr(storage, "bucket_name"):
    info.update(
        bucket=storage.bucket_name,
        endpoint=storage.endpoint_url,
        region=storage.region_name,
        querystring_auth=storage.querystring_auth,
        file_overwrite=storage.file_overwrite,
        url=storage.url("images/a b.png"),
    )
else:
    info.update(location=str(storage.location), url=storage.url("images/a.png"))
print("SETTINGS " + json.dumps(info))
"""


def production_settings(**env):
    result = manage("shell", "-c", SHOW_SETTINGS, env=clean_env(**PRODUCTION_ENV, **env))
    assert result.returncode == 0, result.stderr
    return json.loads(re.search(r"^SETTINGS (.*)$", result.stdout, re.M).group(1))


def test_media_tasks_and_log_format_follow_the_environment(tmp_path):
    # Defaults: media on the shared MEDIA_ROOT volume, tasks run in the request, JSON logs.
    plain = production_settings(MEDIA_ROOT=str(tmp_path))
    assert plain == {
        "storage": "django.core.files.storage.filesystem.FileSystemStorage",
        "tasks": "django_tasks.backends.immediate.ImmediateBackend",
        "log_format": "json",
        "location": str(tmp_path),
        "url": "/media/images/a.png",
    }

    # S3-compatible bucket, public URLs without signatures; the compose worker's queue; text logs.
    s3 = production_settings(
        AWS_STORAGE_BUCKET_NAME="campaign-media",
        AWS_S3_ENDPOINT_URL="https://s3.example.net",
        AWS_S3_REGION_NAME="eu-central-1",
        AWS_ACCESS_KEY_ID="test-key-id",
        AWS_SECRET_ACCESS_KEY="test-secret",
        AWS_S3_CUSTOM_DOMAIN="media.example.org",
        TASKS_BACKEND="database",
        LOG_FORMAT="text",
    )
    assert s3 == {
        "storage": "storages.backends.s3.S3Storage",
        "tasks": "django_tasks_db.DatabaseBackend",
        "log_format": "text",
        "bucket": "campaign-media",
        "endpoint": "https://s3.example.net",
        "region": "eu-central-1",
        "querystring_auth": False,
        "file_overwrite": False,
        "url": "https://media.example.org/images/a%20b.png",
    }

    wrong = manage("check", env=clean_env(**PRODUCTION_ENV, TASKS_BACKEND="celery"))
    assert wrong.returncode != 0
    assert "TASKS_BACKEND must be one of immediate, database" in wrong.stderr


# -- docker-compose.yml ------------------------------------------------------------


@pytest.fixture(scope="module")
def compose():
    return yaml.safe_load((BASE_DIR / "docker-compose.yml").read_text())


LONG_RUNNING = ("proxy", "web", "worker", "db", "redis")


def test_compose_has_the_production_services_each_with_a_health_check(compose):
    services = compose["services"]
    assert {*LONG_RUNNING, "migrate"} <= set(services)
    for name in LONG_RUNNING:
        assert services[name]["healthcheck"]["test"], name
        assert services[name]["restart"] == "unless-stopped", name
    assert services["db"]["image"].startswith("postgres:15")
    assert services["migrate"]["command"] == ["python", "manage.py", "migrate", "--noinput"]
    assert services["migrate"]["restart"] == "no"
    assert services["worker"]["command"][:3] == ["python", "manage.py", "db_worker"]
    assert "--batch" not in services["worker"]["command"]


def test_compose_web_is_scalable_and_shares_image_and_environment_with_the_worker(compose):
    services = compose["services"]
    web, worker = services["web"], services["worker"]
    # Scalable: no published port, no fixed container name, no state of its own but the shared media.
    assert "ports" not in web and "container_name" not in web
    assert [name for name, service in services.items() if service.get("ports")] == ["proxy"]
    for key in ("image", "build", "env_file", "environment", "volumes"):
        assert web[key] == worker[key] == services["migrate"][key], key
    assert web["environment"]["TASKS_BACKEND"] == "database"
    assert re.match(r"postgres://campaign:.*@db:5432/campaign$", web["environment"]["DATABASE_URL"])
    assert web["environment"]["REDIS_URL"].startswith("redis://redis:")
    assert web["volumes"] == ["media:/app/media", "hotline-spool:/app/spool"]
    assert {"media", "hotline-spool"} <= set(compose["volumes"])
    # Without a command of their own, web runs the image's CMD (gunicorn with production settings).
    assert "command" not in web
    # The text shares one anchor, so the two can't drift apart.
    text = (BASE_DIR / "docker-compose.yml").read_text()
    assert re.search(r"^  web:\n    <<: \*app$", text, re.M) and re.search(r"^  worker:\n    <<: \*app$", text, re.M)


def test_compose_order_of_start_and_proxy_configuration(compose):
    services = compose["services"]
    proxy = services["proxy"]
    assert proxy["image"].startswith("nginx:")
    assert proxy["depends_on"]["web"]["condition"] == "service_healthy"
    assert services["web"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["worker"]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    assert services["migrate"]["depends_on"]["db"]["condition"] == "service_healthy"

    # Every file the proxy mounts exists, for both the HTTP and the TLS variant.
    mounts = [re.fullmatch(r"(.+?):(/[^:]+)(:ro)?", volume).group(1) for volume in proxy["volumes"]]
    for variant in ("http", "tls"):
        site = mounts[0].replace("${NGINX_SITE:-http}", variant)
        assert (BASE_DIR / site).is_file(), site
    assert (BASE_DIR / mounts[1]).is_dir()

    nginx = "\n".join(path.read_text() for path in sorted((BASE_DIR / "deploy/nginx").rglob("*.conf")))
    # Replicas found by Docker DNS, re-resolved as they come and go.
    assert "resolver 127.0.0.11" in nginx and re.search(r"server web:8000 resolve", nginx)
    for header in ("X-Forwarded-For $remote_addr", "X-Forwarded-Proto $scheme", "X-Request-ID $request_id"):
        assert f"proxy_set_header {header};" in nginx
    # No page cache in the proxy: it could not be purged on publish (the app's Redis cache is).
    assert "proxy_cache " not in nginx and "proxy_cache_path" not in nginx
    # The proxy's own log has no client address, user agent or query string.
    log_format = re.search(r"log_format campaign.*?;", nginx, re.S).group(0)
    for leak in ("$remote_addr", "$http_user_agent", "$request_uri", "$args", "$http_cookie", "$http_referer"):
        assert leak not in log_format
