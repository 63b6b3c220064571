"""Security of the admin and of uploads: sign-in lockout (django-axes), cookies
in production, upload limits and documents served as downloads.

Everything goes through the real Wagtail admin with the test client, on the
real cache of the run (Redis when REDIS_URL is set).
"""

import copy
import datetime
import io
import json
import logging
import socket
import time
import uuid

from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.management import call_command

from wagtail.documents.models import Document
from wagtail.images.models import Image
from wagtail.models import Collection
from wagtail.users.models import UserProfile

import pytest
from PIL import Image as PILImage

from tests.test_production import PRODUCTION_ENV, clean_env, manage

LOGIN = "/admin/login/"
PASSWORD = "correct horse battery staple"
LOCKED_RU = "Вход временно приостановлен"


# -- sign-in lockout ------------------------------------------------------------


@pytest.fixture
def axes_cache(settings):
    """The run's real axes cache under a key prefix of this test only (parallel runs share Redis)."""
    setting = copy.deepcopy(settings.CACHES)
    alias = setting[settings.AXES_CACHE]
    alias["KEY_PREFIX"] = f"test-axes-{uuid.uuid4().hex}"
    if alias["BACKEND"].endswith("LocMemCache"):
        alias["LOCATION"] = alias["KEY_PREFIX"]
    settings.CACHES = setting
    yield caches[settings.AXES_CACHE]
    call_command("unlock_admin_logins", stdout=io.StringIO())


@pytest.fixture
def staff(django_user_model):
    return django_user_model.objects.create_superuser(f"admin-{uuid.uuid4().hex[:8]}", password=PASSWORD)


def sign_in(client, username, password, address="198.51.100.7", **extra):
    return client.post(
        LOGIN,
        {"username": username, "password": password, "next": "/admin/"},
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE="ru",
        **extra,
    )


def signed_in(client):
    return "_auth_user_id" in client.session


def fail_until_locked(client, username, limit=5, **kwargs):
    for attempt in range(1, limit):
        response = sign_in(client, username, "wrong", **kwargs)
        assert response.status_code == 200, attempt  # the login form again, with its error
    return sign_in(client, username, "wrong", **kwargs)


def test_lockout_after_the_failure_limit_refuses_even_the_right_password(client, staff, axes_cache):
    response = fail_until_locked(client, staff.username)
    assert response.status_code == 429
    html = response.content.decode()
    assert LOCKED_RU in html
    assert "wagtailadmin/css/core.css" in html  # dressed as the Wagtail login
    assert 'href="/admin/login/"' in html
    assert int(response["Retry-After"]) == 15 * 60

    response = sign_in(client, staff.username, PASSWORD)
    assert response.status_code == 429
    assert not signed_in(client)


def test_lockout_is_per_username_and_address(client, staff, axes_cache):
    assert fail_until_locked(client, staff.username).status_code == 429
    # The same person from another address, and the same address for another account, are not locked.
    assert sign_in(client, staff.username, PASSWORD, address="198.51.100.8").status_code == 302
    client.logout()
    other = type(staff).objects.create_user(f"editor-{uuid.uuid4().hex[:8]}", password=PASSWORD, is_staff=True)
    assert sign_in(client, other.username, "wrong").status_code == 200


def test_a_successful_sign_in_resets_the_count(client, staff, axes_cache):
    for _attempt in range(4):
        sign_in(client, staff.username, "wrong")
    assert sign_in(client, staff.username, PASSWORD).status_code == 302
    client.logout()
    for _attempt in range(4):
        assert sign_in(client, staff.username, "wrong").status_code == 200


def test_the_lockout_ends_after_the_cool_off(client, staff, axes_cache, settings):
    for _attempt in range(4):
        sign_in(client, staff.username, "wrong")
    settings.AXES_COOLOFF_TIME = datetime.timedelta(seconds=2)  # the locking failure sets the wait
    assert sign_in(client, staff.username, "wrong").status_code == 429
    assert sign_in(client, staff.username, PASSWORD).status_code == 429
    time.sleep(2.5)
    response = sign_in(client, staff.username, PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_unlock_command_lifts_the_lockout(client, staff, axes_cache):
    assert fail_until_locked(client, staff.username).status_code == 429
    out = io.StringIO()
    call_command("unlock_admin_logins", stdout=out)
    assert "lifted" in out.getvalue()
    assert sign_in(client, staff.username, PASSWORD).status_code == 302


def test_axes_reset_ip_username_lifts_one_lockout(client, staff, axes_cache):
    assert fail_until_locked(client, staff.username).status_code == 429
    call_command("axes_reset_ip_username", "198.51.100.7", staff.username, stdout=io.StringIO())
    assert sign_in(client, staff.username, PASSWORD).status_code == 302


def test_the_client_address_comes_from_the_trusted_proxy_header(client, staff, axes_cache, settings):
    """Behind our proxy every request has the proxy's REMOTE_ADDR; the header's last entry is the client."""
    settings.HOTLINE_TRUSTED_PROXY_HEADER = "HTTP_X_FORWARDED_FOR"
    proxy = {"address": "10.0.0.2"}
    # A guesser cannot escape by forging earlier entries of the header...
    for attempt in range(5):
        response = sign_in(
            client, staff.username, "wrong", HTTP_X_FORWARDED_FOR=f"1.2.3.{attempt}, 203.0.113.5", **proxy
        )
    assert response.status_code == 429
    # ...and the account's owner, signing in from another address through the same proxy, is not locked out.
    assert sign_in(client, staff.username, PASSWORD, HTTP_X_FORWARDED_FOR="203.0.113.9", **proxy).status_code == 302


def test_logs_carry_neither_username_nor_address(client, staff, axes_cache, caplog):
    with caplog.at_level(logging.INFO):
        fail_until_locked(client, staff.username, address="203.0.113.77")
    text = "\n".join(record.getMessage() for record in caplog.records)
    assert "AXES" in text  # the lockout is logged...
    assert staff.username not in text  # ...without the personal details
    assert "203.0.113.77" not in text


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_sign_in_still_works_while_redis_is_down(client, staff, settings):
    """Failures cannot be counted then, but the admin does not go down with the cache."""
    setting = copy.deepcopy(settings.CACHES)
    default_backend = setting["default"]["BACKEND"]
    setting[settings.AXES_CACHE] = {
        # The run's own Redis backend when it has one (REDIS_URL), else plain django-redis.
        "BACKEND": default_backend if "Redis" in default_backend else "django_redis.cache.RedisCache",
        "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
        "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 1, "SOCKET_TIMEOUT": 1, "IGNORE_EXCEPTIONS": True},
    }
    settings.CACHES = setting
    assert sign_in(client, staff.username, "wrong").status_code == 200
    assert sign_in(client, staff.username, PASSWORD).status_code == 302


# -- production settings ---------------------------------------------------------

PRINT_SETTINGS = """
import json
from django.conf import settings
axes = settings.CACHES["axes"]
print(json.dumps({
    "session_secure": settings.SESSION_COOKIE_SECURE,
    "session_httponly": settings.SESSION_COOKIE_HTTPONLY,
    "csrf_secure": settings.CSRF_COOKIE_SECURE,
    "samesite": settings.SESSION_COOKIE_SAMESITE,
    "axes_backend": axes["BACKEND"],
    "shares_redis": axes["BACKEND"] == settings.CACHES["default"]["BACKEND"] and axes["LOCATION"] == "redis://127.0.0.1:6379/14",
    "axes_prefix": axes["KEY_PREFIX"],
    "axes_ignores_outage": axes["OPTIONS"]["IGNORE_EXCEPTIONS"],
    "failure_limit": settings.AXES_FAILURE_LIMIT,
    "cool_off": settings.AXES_COOLOFF_TIME.total_seconds(),
    "image_types": settings.WAGTAILIMAGES_EXTENSIONS,
    "image_bytes": settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE,
    "image_pixels": settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
    "document_bytes": settings.DOCUMENT_MAX_UPLOAD_SIZE,
    "document_types": settings.WAGTAILDOCS_EXTENSIONS,
    "backends": settings.AUTHENTICATION_BACKENDS,
    "last_middleware": settings.MIDDLEWARE[-1],
}))
"""


def test_production_cookies_lockout_and_upload_limits_from_the_environment():
    env = clean_env(
        **PRODUCTION_ENV,
        REDIS_URL="redis://127.0.0.1:6379/14",
        CACHE_KEY_PREFIX="site",
        AXES_FAILURE_LIMIT="3",
        AXES_COOLOFF_MINUTES="30",
        UPLOAD_IMAGE_EXTENSIONS="jpg,png",
        UPLOAD_IMAGE_MAX_MB="2",
        UPLOAD_IMAGE_MAX_PIXELS="1000000",
        UPLOAD_DOCUMENT_MAX_MB="5",
        UPLOAD_DOCUMENT_EXTENSIONS="pdf",
    )
    result = manage("shell", "--no-startup", "-c", PRINT_SETTINGS, env=env)
    assert result.returncode == 0, result.stderr
    values = json.loads(result.stdout.strip().splitlines()[-1])
    assert "Redis" in values.pop("axes_backend")
    assert values == {
        "session_secure": True,
        "session_httponly": True,
        "csrf_secure": True,
        "samesite": "Lax",
        "shares_redis": True,
        "axes_prefix": "site-axes",
        "axes_ignores_outage": True,
        "failure_limit": 3,
        "cool_off": 1800.0,
        "image_types": ["jpg", "png"],
        "image_bytes": 2 * 1024 * 1024,
        "image_pixels": 1_000_000,
        "document_bytes": 5 * 1024 * 1024,
        "document_types": ["pdf"],
        "backends": ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"],
        "last_middleware": "axes.middleware.AxesMiddleware",
    }


# -- uploads ---------------------------------------------------------------------


@pytest.fixture
def media(settings, tmp_path):
    settings.MEDIA_ROOT = tmp_path
    return tmp_path


@pytest.fixture
def english_admin(admin_client, admin_user):
    """The admin in English, so that Wagtail's own messages can be matched."""
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "en"
    profile.save()
    return admin_client


def png_bytes(size=(40, 30)):
    buffer = io.BytesIO()
    PILImage.new("RGB", size, (200, 30, 30)).save(buffer, "PNG")
    return buffer.getvalue()


def upload(client, url, name, content, title="Upload"):
    file = io.BytesIO(content)
    file.name = name
    return client.post(url, {"title": title, "file": file, "collection": Collection.get_first_root_node().pk})


def test_image_uploads_are_limited_in_type_and_size(english_admin, media, settings):
    url = "/admin/images/add/"
    svg = b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'
    response = upload(english_admin, url, "logo.svg", svg)
    assert response.status_code == 200
    assert "Not a supported image format" in response.content.decode()

    response = upload(english_admin, url, "animation.gif", b"GIF89a" + b"\0" * 64)
    assert "Not a supported image format" in response.content.decode()

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 200
    response = upload(english_admin, url, "big.png", png_bytes((200, 200)))
    assert "This file is too big" in response.content.decode()

    settings.WAGTAILIMAGES_MAX_UPLOAD_SIZE = 10 * 1024 * 1024
    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 100
    response = upload(english_admin, url, "wide.png", png_bytes((20, 20)))
    assert "too many pixels" in response.content.decode()
    assert not Image.objects.exists()

    settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS = 40_000_000
    response = upload(english_admin, url, "poster.png", png_bytes(), title="Poster")
    assert response.status_code == 302
    assert Image.objects.get().title == "Poster"


def test_document_uploads_are_limited_in_type_and_size(english_admin, admin_user, media, settings):
    url = "/admin/documents/add/"
    response = upload(english_admin, url, "page.html", b"<script>alert(1)</script>")
    assert response.status_code == 200
    assert "File extension “html” is not allowed" in response.content.decode()

    settings.DOCUMENT_MAX_UPLOAD_SIZE = 100
    response = upload(english_admin, url, "leaflet.pdf", b"%PDF-1.4\n" + b"x" * 200, title="Leaflet")
    assert response.status_code == 200
    assert "This file is too big (209\xa0bytes). The largest document you can upload is 100\xa0bytes." in (
        response.content.decode()
    )
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "ru"
    profile.save()
    response = upload(english_admin, url, "leaflet.pdf", b"%PDF-1.4\n" + b"x" * 200, title="Leaflet")
    assert "Файл слишком большой (209" in response.content.decode()
    assert not Document.objects.exists()

    settings.DOCUMENT_MAX_UPLOAD_SIZE = 1024
    response = upload(english_admin, url, "leaflet.pdf", b"%PDF-1.4\n" + b"x" * 200, title="Leaflet")
    assert response.status_code == 302
    assert Document.objects.get().title == "Leaflet"


def test_multiple_upload_also_checks_the_document_size(admin_client, media, settings):
    settings.DOCUMENT_MAX_UPLOAD_SIZE = 100
    file = io.BytesIO(b"x" * 500)
    file.name = "notes.txt"
    response = admin_client.post(
        "/admin/documents/multiple/add/",
        {"files[]": file, "collection": Collection.get_first_root_node().pk},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    data = response.json()
    assert data["success"] is False
    assert not Document.objects.exists()


@pytest.mark.parametrize(
    ("name", "content", "content_type"),
    [("leaflet.pdf", b"%PDF-1.4\n%%EOF\n", "application/pdf"), ("notes.txt", b"<b>hello</b>", "text/plain")],
)
def test_documents_are_served_as_downloads(client, db, media, name, content, content_type):
    document = Document.objects.create(title="Handout", file=ContentFile(content, name=name))
    response = client.get(document.url)
    assert response.status_code == 200
    assert response["Content-Type"].startswith(content_type)
    assert response["Content-Disposition"].startswith("attachment;")
    assert name in response["Content-Disposition"]
    assert response["X-Content-Type-Options"] == "nosniff"
    assert b"".join(response.streaming_content) == content
