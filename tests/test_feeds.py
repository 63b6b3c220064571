"""Feeds for partner media: every rule of the feeds issue, checked with feedparser."""

from urllib.parse import urlparse

from django.core.cache import cache
from django.test import TestCase, override_settings

import feedparser
import pytest

from articles.models import ArticlePage
from conftest import count_queries, load_demo_content
from core.factories import (
    ArticleIndexPageFactory,
    CountryGuidePageFactory,
    CountryIndexPageFactory,
    TopicFactory,
    add_article,
    site_with_home,
)
from countries.models import CountryGuidePage, GuidanceUpdate

FEEDS = [
    "/{lang}/feeds/news.rss",
    "/{lang}/feeds/news.atom",
    "/{lang}/feeds/guidance.rss",
    "/{lang}/feeds/guidance.atom",
    "/{lang}/feeds/guidance/PL.rss",
    "/{lang}/feeds/news/topic/exploitation.rss",
    "/{lang}/feeds/news/country/PL.atom",
]


def absolute_urls_only(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for tag in soup.find_all(True):
        for attribute in ("href", "src"):
            if tag.has_attr(attribute):
                assert urlparse(tag[attribute]).scheme in ("http", "https", "mailto", "tel"), tag
        if tag.has_attr("srcset"):
            for candidate in tag["srcset"].split(","):
                assert candidate.strip().startswith("http"), tag


@pytest.mark.usefixtures("demo_content_snapshot")
class SeededFeedTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)

    def setUp(self):
        cache.clear()

    def parse(self, url, **headers):
        response = self.client.get(url, **headers)
        self.assertEqual(response.status_code, 200, url)
        feed = feedparser.parse(response.content)
        self.assertFalse(feed.bozo, f"{url}: {feed.get('bozo_exception')}")
        return response, feed

    def test_every_feed_parses_and_follows_the_rules(self):
        for language in ("ru", "be", "en"):
            for pattern in FEEDS:
                url = pattern.format(lang=language)
                with self.subTest(url=url):
                    response, feed = self.parse(url)
                    self.assertLess(len(response.content), 1_000_000)
                    self.assertTrue(feed.feed.title)
                    self.assertTrue(feed.feed.get("subtitle") or feed.feed.get("description"))
                    self.assertTrue(feed.feed.get("language", language).startswith(language))
                    self.assertIn("http://testserver/", feed.feed.link)
                    self_links = [link for link in feed.feed.links if link.rel == "self"]
                    self.assertEqual(self_links[0].href, f"http://testserver{url}")
                    self.assertTrue(feed.feed.get("image") or feed.feed.get("logo"))
                    self.assertGreater(len(feed.entries), 0)
                    self.assertLessEqual(len(feed.entries), 50)
                    newest = max(entry.updated_parsed or entry.published_parsed for entry in feed.entries)
                    self.assertEqual(feed.feed.updated_parsed, newest)
                    for entry in feed.entries:
                        self.assertTrue(entry.link.startswith("http://testserver/"))
                        self.assertTrue(entry.id)
                        self.assertTrue(entry.get("published_parsed") or entry.get("updated_parsed"))
                        self.assertTrue(entry.content[0].value)
                        absolute_urls_only(entry.content[0].value)
                        self.assertTrue(entry.summary)
                        self.assertTrue(entry.get("author"))

    def test_news_items_carry_one_enclosure_media_credit_and_categories(self):
        response, feed = self.parse("/ru/feeds/news.rss")
        xml = response.content.decode()
        self.assertEqual(xml.count("<enclosure "), len(feed.entries))
        for entry in feed.entries:
            enclosures = [link for link in entry.links if link.rel == "enclosure"]
            self.assertEqual(len(enclosures), 1)
            self.assertEqual(enclosures[0].type, "image/jpeg")
            self.assertGreater(int(enclosures[0].length), 0)
            self.assertTrue(enclosures[0].href.startswith("http://testserver/"))
            self.assertTrue(entry.media_content[0]["url"].startswith("http://testserver/"))
            self.assertTrue(entry.get("media_credit"))
            self.assertTrue(entry.tags)
        atom_response, atom = self.parse("/ru/feeds/news.atom")
        self.assertTrue(all(len([link for link in e.links if link.rel == "enclosure"]) == 1 for e in atom.entries))

    def test_feeds_are_in_their_language(self):
        _response, ru = self.parse("/ru/feeds/news.rss")
        _response, en = self.parse("/en/feeds/news.rss")
        self.assertEqual(ru.feed.language, "ru")
        self.assertEqual(en.feed.language, "en")
        self.assertNotEqual(ru.entries[0].title, en.entries[0].title)
        self.assertIn("/en/", en.entries[0].link)

    def test_filtered_feeds_hold_only_their_topic_or_country(self):
        _response, feed = self.parse("/en/feeds/news/country/PL.atom")
        polish = ArticlePage.objects.live().filter(locale__language_code="en", article_countries__country_code="PL")
        self.assertEqual(len(feed.entries), polish.count())
        self.assertEqual(self.client.get("/en/feeds/news/topic/no-such-topic.rss").status_code, 404)
        self.assertEqual(self.client.get("/en/feeds/news/country/ZZ.rss").status_code, 404)
        self.assertEqual(self.client.get("/en/feeds/guidance/ZZ.rss").status_code, 404)

    def test_every_page_links_its_languages_feeds_for_autodiscovery(self):
        html = self.client.get("/be/").content.decode()
        self.assertIn('<link rel="alternate" type="application/rss+xml"', html)
        self.assertIn('href="/be/feeds/news.rss"', html)
        self.assertIn('href="/be/feeds/guidance.atom"', html)
        news = self.client.get("/be/news/", {"topic": "rights"}).content.decode()
        self.assertIn('href="/be/feeds/news/topic/rights.rss"', news)

    def test_conditional_get_returns_304_with_an_empty_body(self):
        first = self.client.get("/ru/feeds/news.rss")
        self.assertIn("max-age=", first["Cache-Control"])
        by_etag = self.client.get("/ru/feeds/news.rss", HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(by_etag.status_code, 304)
        self.assertEqual(by_etag.content, b"")
        by_date = self.client.get("/ru/feeds/news.rss", HTTP_IF_MODIFIED_SINCE=first["Last-Modified"])
        self.assertEqual(by_date.status_code, 304)
        self.assertEqual(by_date.content, b"")
        other_language = self.client.get("/en/feeds/news.rss", HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(other_language.status_code, 200)

    def test_an_edit_keeps_the_guid_and_changes_the_etag(self):
        first = self.client.get("/ru/feeds/news.rss")
        before = feedparser.parse(first.content).entries[0]
        article = ArticlePage.objects.get(locale__language_code="ru", title=before.title)
        article.intro = "Обновлённое вступление."
        article.save_revision().publish()
        second = self.client.get("/ru/feeds/news.rss", HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(second.status_code, 200)
        after = next(e for e in feedparser.parse(second.content).entries if e.link == before.link)
        self.assertEqual(after.id, before.id)
        self.assertEqual(after.summary, "Обновлённое вступление.")

    def test_major_guidance_update_gets_a_new_id_and_a_minor_one_does_not(self):
        guide = CountryGuidePage.objects.get(locale__language_code="ru", country_code="PL")
        _response, before = self.parse("/ru/feeds/guidance/PL.rss")
        ids = {entry.id for entry in before.entries}
        self.assertIn(guide.title, before.entries[0].title)

        guide.update_kind = CountryGuidePage.UPDATE_MINOR
        guide.update_note = "Исправлены опечатки."
        guide.save_revision().publish()
        _response, minor = self.parse("/ru/feeds/guidance/PL.rss")
        self.assertEqual({entry.id for entry in minor.entries}, ids)

        guide.update_kind = CountryGuidePage.UPDATE_MAJOR
        guide.update_note = "Изменились правила регистрации."
        guide.save_revision().publish()
        _response, major = self.parse("/ru/feeds/guidance/PL.rss")
        self.assertEqual(len(major.entries), len(before.entries) + 1)
        self.assertNotIn(major.entries[0].id, ids)
        self.assertIn("Изменились правила регистрации.", major.entries[0].summary)
        self.assertEqual(GuidanceUpdate.objects.filter(page=guide).count(), len(major.entries))

    def test_feed_stylesheet_is_linked_and_translated(self):
        xml = self.client.get("/be/feeds/news.rss").content.decode()
        stylesheet = xml.split("<?xml-stylesheet ", 1)[1].split("?>", 1)[0]
        self.assertIn('href="/be/feeds/stylesheet.xsl"', stylesheet)
        self.assertIn('type="text/xsl"', stylesheet)
        xsl = self.client.get("/be/feeds/stylesheet.xsl")
        self.assertEqual(xsl["Content-Type"], "text/xsl; charset=utf-8")
        self.assertIn('lang="be"', xsl.content.decode())

    def test_partners_page_lists_every_feed_with_a_working_address_and_materials(self):
        from home.models import PartnersPage

        for language in ("ru", "be", "en"):
            page = PartnersPage.objects.get(locale__language_code=language)
            response = self.client.get(page.url)
            html = response.content.decode()
            addresses = set(response.context["main_feeds"][0].values()) | {
                feed["rss"] for feed in response.context["topic_feeds"] + response.context["country_feeds"]
            }
            feed_urls = sorted(url for url in addresses if url.startswith("http://testserver/"))
            self.assertGreaterEqual(len(feed_urls), 2 + 6 + 8)
            for url in feed_urls:
                self.assertIn(
                    f'value="{url}"' if "/topic/" in url or url.endswith(("news.rss", "news.atom")) else url, html
                )
                status = self.client.get(url.removeprefix("http://testserver")).status_code
                self.assertEqual(status, 200, url)
            self.assertIn("campaign-poster", html)
            self.assertIn(f'href="{page.url}"', self.client.get(f"/{language}/").content.decode())

    def test_materials_are_downloadable(self):
        from wagtail.documents import get_document_model

        for document in get_document_model().objects.all():
            response = self.client.get(document.url)
            self.assertEqual(response.status_code, 200)


@pytest.mark.django_db
@override_settings(CACHES={"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}})
def test_feed_query_count_does_not_grow_with_items(client):
    """Generation itself (no output cache) runs the same queries for 5 and 50 items."""
    home = site_with_home()
    news = ArticleIndexPageFactory(parent=home)
    topic = TopicFactory()
    index = CountryIndexPageFactory(parent=home)
    guide = CountryGuidePageFactory(parent=index, update_kind="major")
    for number in range(5):
        add_article(news, topic=topic, country="PL")
        guide.update_note = f"Обновление {number}"
        guide.save_revision().publish()
    news_five = count_queries(client, "/ru/feeds/news.rss")
    guidance_five = count_queries(client, "/ru/feeds/guidance.rss")
    for number in range(45):
        add_article(news, topic=topic, country="PL")
        guide.update_note = f"Ещё обновление {number}"
        guide.save_revision().publish()
    assert count_queries(client, "/ru/feeds/news.rss") == news_five
    assert count_queries(client, "/ru/feeds/guidance.rss") == guidance_five
