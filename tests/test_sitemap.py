"""/sitemap.xml and /robots.txt: every live page of every language, with its
translations as hreflang alternates, and crawlers kept out of admin and search."""

import xml.etree.ElementTree as ET

from django.db import connection
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page

import pytest

from core.factories import StandardPageFactory
from home.models import HomePage

NS = {"sm": "http://www.sitemaps.org/schemas/sitemap/0.9", "xhtml": "http://www.w3.org/1999/xhtml"}

pytestmark = pytest.mark.django_db


def parse(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    root = ET.fromstring(response.content)  # valid XML or this raises
    entries = {}
    for url in root.findall("sm:url", NS):
        loc = url.find("sm:loc", NS).text
        alternates = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("xhtml:link", NS)
            if link.get("rel") == "alternate"
        }
        lastmod = url.find("sm:lastmod", NS)
        entries[loc] = {"alternates": alternates, "lastmod": lastmod.text if lastmod is not None else None}
    return entries


@pytest.fixture
def pages(demo_site):
    """A page translated into every language and one that exists only in Russian."""
    ru_home = HomePage.objects.get(locale__language_code="ru")
    about = StandardPageFactory(parent=ru_home, title="О проекте", slug="about-test")
    about.save_revision().publish()
    for code in ("be", "en"):
        about.copy_for_translation(Locale.objects.get(language_code=code), copy_parents=False).save_revision().publish()
    only_ru = StandardPageFactory(parent=ru_home, title="Только по-русски", slug="only-ru")
    only_ru.save_revision().publish()
    draft = StandardPageFactory(parent=ru_home, title="Черновик", slug="draft", live=False)
    return {"about": about, "only_ru": only_ru, "draft": draft}


def test_sitemap_lists_every_live_page_of_every_language_with_alternates(client, pages):
    entries = parse(client)
    live = Page.objects.live().filter(depth__gt=1)
    expected = {f"http://testserver{page.url}" for page in live}
    assert expected == set(entries)
    assert f"http://testserver{pages['draft'].url}" not in entries

    for code in ("ru", "be", "en"):
        about = pages["about"].get_translation(Locale.objects.get(language_code=code))
        entry = entries[f"http://testserver{about.url}"]
        assert set(entry["alternates"]) == {"ru", "be", "en", "x-default"}
        assert entry["alternates"]["x-default"] == f"http://testserver{pages['about'].url}"
        assert entry["alternates"][code] == f"http://testserver{about.url}"
        assert entry["lastmod"]

    home_entry = entries["http://testserver/en/"]
    assert home_entry["alternates"]["ru"] == "http://testserver/ru/"
    # No translations: no alternates to announce.
    assert entries[f"http://testserver{pages['only_ru'].url}"]["alternates"] == {}


def test_sitemap_costs_the_same_queries_however_many_pages(client, pages):
    client.get("/sitemap.xml")
    with CaptureQueriesContext(connection) as before:
        client.get("/sitemap.xml")
    ru_home = HomePage.objects.get(locale__language_code="ru")
    for number in range(5):
        page = StandardPageFactory(parent=ru_home, title=f"Ещё {number}", slug=f"more-{number}")
        page.save_revision().publish()
        page.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=False).save_revision().publish()
    with CaptureQueriesContext(connection) as after:
        entries = parse(client)
    assert len(after) == len(before) <= 10
    assert len(entries) >= 15


def test_robots_txt_points_to_the_sitemap_and_keeps_crawlers_out_of_admin_and_search(client, demo_site):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    assert "User-agent: *" in lines
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    for path in ("/admin/", "/ru/search/", "/be/search/", "/en/search/"):
        assert f"Disallow: {path}" in lines
    assert "Disallow: /" not in lines
