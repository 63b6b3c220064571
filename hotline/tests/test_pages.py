"""The hotline on every page: number in the header, hours and open-now in the footer, JSON-LD."""

import datetime
import json
import re

from django.core.cache import cache
from django.test import RequestFactory
from django.utils import translation

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase

import pytest

from conftest import load_demo_content
from home.models import HomePage
from hotline.info import MINSK, hotline_info, is_open
from hotline.models import CallbackPage, HotlineSettings, HotlineText

HEADER_RE = re.compile(r'<header class="site-header">.*?</header>', re.S)
FOOTER_RE = re.compile(r'<footer class="site-footer">.*?</footer>', re.S)
OPEN_NOW = {"ru": "Линия сейчас работает.", "be": "Лінія зараз працуе.", "en": "The line is open now."}
CLOSED_NOW = {
    "ru": "Линия сейчас не работает.",
    "be": "Лінія зараз не працуе.",
    "en": "The line is closed now.",
}


@pytest.mark.usefixtures("demo_content_snapshot")
class HotlineOnEveryPageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)

    def setUp(self):
        cache.clear()

    def test_every_live_page_in_every_language_has_the_number_in_the_header(self):
        pages = Page.objects.live().filter(depth__gt=1).specific()
        languages = set()
        types = set()
        for page in pages:
            with self.subTest(page=page.url_path, language=page.locale.language_code):
                response = self.client.get(page.url)
                self.assertEqual(response.status_code, 200)
                html = response.content.decode()
                header = HEADER_RE.search(html).group(0)
                self.assertIn('href="tel:88010000000"', header)
                self.assertIn("8 801 000-00-00", header)
                footer = FOOTER_RE.search(html).group(0)
                self.assertIn('href="tel:+375170000000"', footer)
                self.assertIn("+375 17 000-00-00", footer)
                languages.add(page.locale.language_code)
                types.add(type(page))
        self.assertEqual(languages, {"ru", "be", "en"})
        self.assertTrue({HomePage, CallbackPage} <= types)

    def test_footer_states_hours_and_whether_open_in_minsk_time(self):
        for language in ("ru", "be", "en"):
            with self.subTest(language=language):
                html = self.client.get(f"/{language}/").content.decode()
                footer = FOOTER_RE.search(html).group(0)
                self.assertIn("08:00–20:00", footer)
                self.assertIn("09:00–15:00", footer)
                self.assertTrue(OPEN_NOW[language] in footer or CLOSED_NOW[language] in footer)

    def test_organization_json_ld_has_a_contact_point(self):
        html = self.client.get("/en/").content.decode()
        raw = re.search(r'<script type="application/ld\+json">(.*?)</script>', html, re.S).group(1)
        data = json.loads(raw)
        self.assertEqual(data["@type"], "Organization")
        contact = data["contactPoint"]
        self.assertEqual(contact["@type"], "ContactPoint")
        self.assertEqual(contact["telephone"], "+375170000000")
        self.assertEqual(contact["hoursAvailable"][0]["dayOfWeek"][0], "Monday")

    def test_hotline_facts_cost_no_queries_on_a_warm_cache(self):
        site = Site.objects.get(is_default_site=True)
        with translation.override("be"):
            first = RequestFactory().get("/be/")
            first._wagtail_site = site
            hotline_info(first)  # a cold cache reads the settings, hours, wording and page
            second = RequestFactory().get("/be/")
            second._wagtail_site = site
            with self.assertNumQueries(0):
                info = hotline_info(second)
        self.assertEqual(info["national_number"], "8 801 000-00-00")
        self.assertEqual(info["callback_url"], "/be/callback/")

    def test_changing_the_settings_shows_at_once(self):
        self.client.get("/ru/")
        hotline = HotlineSettings.objects.get()
        hotline.national_number = "8 801 111-11-11"
        hotline.save()
        self.assertContains(self.client.get("/ru/"), 'href="tel:88011111111"')

    def test_missing_wording_in_a_language_falls_back_to_the_interface_text(self):
        HotlineText.objects.filter(locale__language_code="en").delete()
        response = self.client.get("/en/callback/")
        self.assertEqual(response.status_code, 200)
        self.assertContains(response, "8 801 000-00-00")

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(CallbackPage, {HomePage})
        self.assertAllowedSubpageTypes(CallbackPage, set())
        self.assertCanCreateAt(HomePage, CallbackPage)

    def test_callback_page_renders_in_each_language(self):
        for page in CallbackPage.objects.live():
            with self.subTest(language=page.locale.language_code):
                self.assertPageIsRenderable(page)
                html = self.client.get(page.url).content.decode()
                self.assertIn(f'<html lang="{page.locale.language_code}">', html)
                self.assertIn("novalidate", html)
                self.assertIn('autocomplete="tel"', html)
                self.assertIn(page.title, html)


def test_open_now_follows_the_rows_in_minsk_time():
    hours = [
        {"days": "mon-fri", "opens": "08:00", "closes": "20:00"},
        {"days": "sat", "opens": "09:00", "closes": "15:00"},
    ]
    monday = datetime.datetime(2026, 11, 23, tzinfo=MINSK)
    assert is_open(hours, monday.replace(hour=8))
    assert is_open(hours, monday.replace(hour=19, minute=59))
    assert not is_open(hours, monday.replace(hour=20))
    assert not is_open(hours, monday.replace(hour=7, minute=59))
    saturday = monday + datetime.timedelta(days=5)
    assert is_open(hours, saturday.replace(hour=10))
    assert not is_open(hours, saturday.replace(hour=16))
    assert not is_open(hours, (monday + datetime.timedelta(days=6)).replace(hour=10))


def test_open_now_uses_minsk_time_whatever_the_server_clock_zone(db):
    # 06:30 UTC on a Monday is 09:30 in Minsk.
    info = hotline_info(now=datetime.datetime(2026, 11, 23, 6, 30, tzinfo=datetime.UTC))
    assert info["minsk_time"] == "09:30"
