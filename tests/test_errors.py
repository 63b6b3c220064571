"""Error pages: the 404 in every language, in the site's design, with search,
the hotline number and a way home; the 500 page without any database."""

from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

import pytest

LANGUAGES = {
    "ru": ("Страница не найдена", "Поиск по сайту", "Перейти на главную страницу"),
    "be": ("Старонка не знойдзена", "Пошук па сайце", "Перайсці на галоўную старонку"),
    "en": ("Page not found", "Search the site", "Go to the home page"),
}


@pytest.mark.django_db
@pytest.mark.parametrize("language", LANGUAGES)
def test_not_found_page_is_translated_and_offers_search_hotline_and_home(client, demo_site, language):
    response = client.get(f"/{language}/no-such-page/")
    assert response.status_code == 404
    html = response.content.decode()
    heading, search_label, home_link = LANGUAGES[language]
    assert f'<html lang="{language}">' in html
    assert f"<h1>{heading}</h1>" in html
    assert search_label in html
    assert f'action="/{language}/search/"' in html
    assert f'href="/{language}/"' in html
    assert home_link in html
    assert 'href="tel:' in html
    assert '<meta name="robots" content="noindex">' in html
    assert 'rel="canonical"' not in html
    assert 'class="site-header"' in html


def render_server_error(language):
    request = RequestFactory().get(f"/{language}/broken/")
    with translation.override(language):
        return server_error(request)


def test_server_error_page_needs_no_database():
    # No django_db mark: any database access here raises.
    for language, (home_label,) in {
        "ru": ("Перейти на главную страницу",),
        "be": ("Перайсці на галоўную старонку",),
        "en": ("Go to the home page",),
    }.items():
        response = render_server_error(language)
        assert response.status_code == 500
        html = response.content.decode()
        assert f'<html lang="{language}">' in html
        assert f'action="/{language}/search/"' in html
        assert home_label in html
        assert 'href="/static/css/site.css"' in html


@pytest.mark.django_db
def test_server_error_page_shows_the_hotline_numbers_remembered_from_normal_pages(
    client, demo_site, django_assert_num_queries
):
    from django.core.cache import cache

    cache.clear()
    assert client.get("/be/").status_code == 200
    with django_assert_num_queries(0):
        html = render_server_error("be").content.decode()
    assert "<h1>Нешта пайшло не так</h1>" in html
    assert 'href="tel:' in html
    # Redis lost as well: this process still remembers the numbers it showed.
    cache.clear()
    with django_assert_num_queries(0):
        html = render_server_error("be").content.decode()
    assert 'href="tel:' in html
    # A process that never showed a page: the page says where to find the number.
    from core.templatetags import seo_tags

    seo_tags._REMEMBERED.clear()
    with django_assert_num_queries(0):
        html = render_server_error("be").content.decode()
    assert 'href="tel:' not in html
    assert "гарачую лінію" in html


@pytest.mark.django_db
def test_a_crash_in_a_view_shows_the_translated_error_page(client, demo_site, monkeypatch):
    def boom(*args, **kwargs):
        raise RuntimeError("boom")

    monkeypatch.setattr("search.views.run_search", boom)
    client.raise_request_exception = False
    response = client.get("/en/search/", {"q": "work"})
    assert response.status_code == 500
    assert "Something went wrong" in response.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    ("language", "heading"),
    [
        ("ru", "Сайт временно недоступен"),
        ("be", "Сайт часова недаступны"),
        ("en", "The site is temporarily unavailable"),
    ],
)
def test_a_lost_database_connection_gives_the_translated_503_page(client, demo_site, monkeypatch, language, heading):
    from django.db import OperationalError

    def lost(*args, **kwargs):
        raise OperationalError("server closed the connection unexpectedly")

    monkeypatch.setattr("wagtail.models.Site.find_for_request", staticmethod(lost))
    client.raise_request_exception = False
    response = client.get(f"/{language}/")
    assert response.status_code == 503
    assert response["Retry-After"] == "120"
    html = response.content.decode()
    assert f"<h1>{heading}</h1>" in html
    assert f'<html lang="{language}">' in html
