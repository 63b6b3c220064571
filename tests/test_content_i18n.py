"""The seeded site in three languages: every page type renders, every link
works, and missing translations never lead to a 404."""

import re

from django.test import TestCase

from wagtail.models import Page

import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import load_demo_content
from core.models import Topic
from countries.models import CountryGuidePage, CountryIndexPage, GuidanceUpdate
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage, StandardPage

LANGUAGES = ("ru", "be", "en")
PAGE_TYPES = [
    HomePage,
    StandardPage,
    CountryIndexPage,
    CountryGuidePage,
    FAQIndexPage,
    ArticleIndexPage,
    ArticlePage,
]


@pytest.mark.usefixtures("demo_content_snapshot")
class SeededSiteTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)

    def test_demo_content_is_complete_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                guides = CountryGuidePage.objects.live().filter(locale__language_code=language)
                self.assertGreaterEqual(guides.count(), 8)
                self.assertGreaterEqual(FAQItem.objects.filter(locale__language_code=language).count(), 24)
                self.assertGreaterEqual(Topic.objects.filter(locale__language_code=language).count(), 5)
                self.assertGreaterEqual(ArticlePage.objects.live().filter(locale__language_code=language).count(), 12)
                slugs = set(
                    StandardPage.objects.live().filter(locale__language_code=language).values_list("slug", flat=True)
                )
                self.assertTrue({"about", "privacy", "safety"} <= {slug.split("-")[0] for slug in slugs}, slugs)

    def test_each_guide_has_sections_contacts_and_a_major_update_in_each_language(self):
        for guide in CountryGuidePage.objects.live():
            with self.subTest(guide=guide.url_path):
                self.assertGreaterEqual(len(guide.sections), 6)
                self.assertGreaterEqual(len(guide.contacts), 3)
                self.assertTrue(GuidanceUpdate.objects.filter(page=guide).exists())

    def test_every_page_type_renders_in_every_language(self):
        for model in PAGE_TYPES:
            for language in LANGUAGES:
                with self.subTest(model=model.__name__, language=language):
                    page = model.objects.live().filter(locale__language_code=language).first()
                    self.assertIsNotNone(page, f"no {model.__name__} in {language}")
                    response = self.client.get(page.url)
                    self.assertEqual(response.status_code, 200)
                    html = response.content.decode()
                    self.assertIn(f'<html lang="{language}">', html)
                    self.assertIn(page.title, html)

    def test_translated_pages_are_in_their_language(self):
        ru = CountryGuidePage.objects.get(locale__language_code="ru", country_code="PL")
        be = CountryGuidePage.objects.get(locale__language_code="be", country_code="PL")
        en = CountryGuidePage.objects.get(locale__language_code="en", country_code="PL")
        self.assertEqual(len({ru.title, be.title, en.title}), 3)
        self.assertEqual(ru.translation_key, be.translation_key)
        self.assertEqual(be.synonyms, ru.synonyms)
        self.assertEqual(list(be.contacts[0].value["phones"]), list(ru.contacts[0].value["phones"]))
        be_html = self.client.get(be.url).content.decode()
        self.assertIn(be.summary, be_html)
        self.assertNotIn(ru.summary, be_html)

    def test_no_internal_link_is_broken_in_any_language(self):
        seen, broken = set(), []
        for language in LANGUAGES:
            for page in Page.objects.live().filter(locale__language_code=language, depth__gt=1).specific():
                html = self.client.get(page.url).content.decode()
                for href in re.findall(r'href="(/[^"#]*)', html):
                    if href.startswith(("/static/", "/media/", "/documents/")) or href in seen:
                        continue
                    seen.add(href)
                    status = self.client.get(href).status_code
                    if status not in (200, 302):
                        broken.append((page.url, href, status))
        self.assertEqual(broken, [])
        self.assertGreater(len(seen), 60)

    def test_switcher_falls_back_to_the_home_page_when_a_translation_is_missing(self):
        guide_be = CountryGuidePage.objects.get(locale__language_code="be", country_code="DE")
        guide_be.unpublish()
        guide_ru = CountryGuidePage.objects.get(locale__language_code="ru", country_code="DE")
        html = self.client.get(guide_ru.url).content.decode()
        switcher = html.split('class="language-switcher"', 1)[1].split("</nav>", 1)[0]
        be_home = HomePage.objects.get(locale__language_code="be")
        self.assertIn(f'href="{be_home.url}?from={guide_ru.id}" lang="be"', switcher)
        self.assertNotIn('hreflang="be" href="http://testserver/be/countries', html)
        self.assertEqual(self.client.get(be_home.url).status_code, 200)

    def test_country_filter_finds_poland_by_every_name_in_every_language(self):
        for language in LANGUAGES:
            index = CountryIndexPage.objects.get(locale__language_code=language)
            poland = CountryGuidePage.objects.get(locale__language_code=language, country_code="PL")
            for query in ("Польша", "Польшча", "Poland", "Polsha"):
                with self.subTest(language=language, query=query):
                    guides = self.client.get(index.url, {"q": query}).context["guides"]
                    self.assertIn(poland.id, [guide.id for guide in guides])
                    self.assertEqual(len(guides), 1)
