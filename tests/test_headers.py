"""Security headers and cookies, as a visitor's browser receives them.

Public pages get a strict Content-Security-Policy (no inline or eval'd code),
cannot be framed, and set no cookie for an anonymous visitor except the CSRF
cookie on a page with a form. The Wagtail admin runs under its own policy.
"""

import pytest

pytestmark = pytest.mark.django_db


def _csp(response):
    return dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))


def test_public_pages_send_strict_security_headers(client, demo_site):
    for url in ["/ru/", "/en/", "/en/callback/", "/en/search/?q=visa", "/ru/missing-page/"]:
        response = client.get(url)
        assert response.status_code in (200, 404), url
        csp = _csp(response)
        assert csp["script-src"] == "'self'", url
        assert csp["style-src"] == "'self'", url
        assert csp["frame-ancestors"] == "'none'", url
        assert csp["object-src"] == "'none'", url
        assert "unsafe" not in response["Content-Security-Policy"], url
        assert response["X-Content-Type-Options"] == "nosniff"
        assert response["Referrer-Policy"] == "same-origin"
        assert "camera=()" in response["Permissions-Policy"]
        assert "geolocation=()" in response["Permissions-Policy"]
        assert response["X-Frame-Options"] == "DENY"


def test_public_pages_have_no_inline_scripts_or_styles(client, demo_site):
    """Inline code would be blocked by the policy; JSON-LD blocks are data and allowed."""
    import re

    for url in ["/ru/", "/be/", "/en/callback/", "/en/search/?q=visa"]:
        html = client.get(url).content.decode()
        scripts = re.findall(r"<script(?![^>]*\bsrc=)(?![^>]*application/ld\+json)[^>]*>", html)
        assert not scripts, (url, scripts)
        assert "<style" not in html, url
        assert not re.search(r"\sstyle=\"", html), url
        assert not re.search(r"\son[a-z]+=\"", html), url


def test_admin_keeps_working_under_its_own_policy(demo_site, admin_client, client):
    login = client.get("/admin/login/")
    assert login.status_code == 200
    assert "'unsafe-inline'" in login["Content-Security-Policy"]
    assert _csp(login)["frame-ancestors"] == "'self'"
    assert admin_client.get("/admin/").status_code == 200
    assert admin_client.get("/admin/pages/").status_code == 200


def test_anonymous_visitors_get_no_cookies_except_csrf_on_forms(client, demo_site):
    for url in ["/", "/ru/", "/be/", "/en/", "/en/search/?q=visa", "/en/search/"]:
        response = client.get(url, follow=True)
        assert response.status_code == 200, url
        assert not response.cookies, (url, list(response.cookies))
        assert not client.cookies, (url, list(client.cookies))
    response = client.get("/en/callback/")
    assert response.status_code == 200
    assert set(response.cookies) <= {"csrftoken"}
    assert "sessionid" not in client.cookies
    assert "django_language" not in client.cookies


def test_exit_control_only_where_a_person_may_be_at_risk(client, demo_site, settings):
    settings.SAFETY_EXIT_URL = "https://weather.example/"
    callback = client.get("/en/callback/").content.decode()
    assert 'href="https://weather.example/"' in callback
    assert "data-exit-page-link" in callback
    home = client.get("/en/").content.decode()
    assert "data-exit-page-link" not in home
