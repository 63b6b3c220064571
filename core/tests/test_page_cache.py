"""The page cache: anonymous pages come from the shared cache, and every content change refreshes them.

Runs on the suite's cache: process memory on SQLite runs, Redis on the
PostgreSQL run (REDIS_URL). Each test starts a new content version, so
nothing cached by an earlier test (whose database changes were rolled back)
is served.
"""

import html
import re
import threading
from http.server import BaseHTTPRequestHandler, HTTPServer

from django.test import Client, TestCase, override_settings

from wagtail.models import Locale, Page

import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import load_demo_content, seed
from core import pagecache
from core.factories import StandardPageFactory
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage, StandardPage
from hotline.models import HotlineSettings
from hotline.tests.helpers import form_data

CACHED = override_settings(PAGE_CACHE_SECONDS=600, PAGE_CACHE_MAX_AGE=60, PAGE_CACHE_SHARED_MAX_AGE=120)


def hidden_inputs(text):
    return dict(re.findall(r'<input type="hidden" name="([^"]+)" value="([^"]*)"', text))


@CACHED
@pytest.mark.usefixtures("demo_content_snapshot")
class PageCacheTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)
        cls.locales = {locale.language_code: locale for locale in Locale.objects.all()}
        cls.article = ArticlePage.objects.live().filter(locale=cls.locales["ru"]).order_by("-date", "pk").first()
        cls.news = ArticleIndexPage.objects.get(locale=cls.locales["ru"])
        cls.faq = FAQIndexPage.objects.get(locale=cls.locales["ru"])

    def setUp(self):
        pagecache.bump()

    def get(self, url, client=None, **extra):
        response = (client or self.client).get(url, **extra)
        self.assertEqual(response.status_code, 200, url)
        return response

    def url(self, page):
        return page.get_url()

    def assert_fresh_then_cached(self, url):
        first = self.get(url)
        self.assertEqual(first["X-Page-Cache"], "miss")
        with self.assertNumQueries(0):
            second = self.get(url)
        self.assertEqual(second["X-Page-Cache"], "hit")
        self.assertEqual(first.content, second.content)
        return second.content.decode()

    # -- serving ------------------------------------------------------------

    def test_second_anonymous_visit_is_served_from_the_cache_without_queries(self):
        for url in ("/ru/", "/be/", "/en/", self.url(self.article), self.url(self.faq), "/ru/feeds/news.rss"):
            with self.subTest(url=url):
                self.assert_fresh_then_cached(url)

    def test_public_pages_tell_browsers_and_cdns_how_long_to_keep_them(self):
        for response in (self.get("/ru/"), self.get("/ru/")):  # a miss, then a hit
            control = response["Cache-Control"]
            self.assertIn("public", control)
            self.assertIn("max-age=60", control)
            self.assertIn("s-maxage=120", control)
            vary = {part.strip().lower() for part in response.get("Vary", "").split(",")}
            self.assertNotIn("accept-language", vary)  # the language is in the address
            self.assertNotIn("Set-Cookie", response)

    def test_query_strings_are_part_of_the_key(self):
        page_one = self.assert_fresh_then_cached(self.url(self.news))
        page_two = self.get(self.url(self.news) + "?page=2")
        self.assertEqual(page_two["X-Page-Cache"], "miss")
        self.assertNotEqual(page_one, page_two.content.decode())
        self.assertEqual(self.get(self.url(self.news) + "?page=2")["X-Page-Cache"], "hit")

    def test_a_cached_feed_still_answers_conditional_requests(self):
        first = self.get("/ru/feeds/news.atom")
        self.get("/ru/feeds/news.atom")
        response = self.client.get("/ru/feeds/news.atom", HTTP_IF_NONE_MATCH=first["ETag"])
        self.assertEqual(response.status_code, 304)
        self.assertEqual(response["X-Page-Cache"], "hit")

    def test_head_requests_are_answered_from_the_cache_without_a_body(self):
        self.get("/ru/")
        response = self.client.head("/ru/")
        self.assertEqual(response.status_code, 200)
        self.assertEqual(response["X-Page-Cache"], "hit")
        self.assertEqual(response.content, b"")

    def test_search_results_are_never_cached(self):
        for _attempt in range(2):
            response = self.get("/ru/search/", data={"q": "Польша"})
            self.assertNotIn("X-Page-Cache", response)
            self.assertIn("no-store", response["Cache-Control"])
        self.assertIn("private", response["Cache-Control"])

    # -- invalidation ---------------------------------------------------------

    def test_publishing_a_change_refreshes_the_page_and_every_listing_of_it(self):
        article_url = self.url(self.article)
        for url in (article_url, self.url(self.news), "/ru/", "/ru/feeds/news.rss"):
            self.assert_fresh_then_cached(url)

        self.article.title = "Новый заголовок статьи"
        self.article.save_revision().publish()

        for url in (article_url, self.url(self.news), "/ru/", "/ru/feeds/news.rss"):
            with self.subTest(url=url):
                response = self.get(url)
                self.assertEqual(response["X-Page-Cache"], "miss")
                self.assertIn("Новый заголовок статьи", html.unescape(response.content.decode()))

    def test_unpublishing_removes_the_page_and_its_links(self):
        article_url = self.url(self.article)
        self.assert_fresh_then_cached(article_url)
        self.assertIn(article_url, self.assert_fresh_then_cached(self.url(self.news)))

        self.article.unpublish()

        self.assertEqual(self.client.get(article_url).status_code, 404)
        self.assertNotIn(article_url, self.get(self.url(self.news)).content.decode())

    def test_moving_a_page_refreshes_both_addresses(self):
        about = StandardPage.objects.live().filter(locale=self.locales["ru"]).first()
        old_url = self.url(about)
        self.assert_fresh_then_cached(old_url)

        about.move(self.faq, pos="last-child")
        moved = Page.objects.get(pk=about.pk)

        self.assertNotEqual(moved.get_url(), old_url)
        # Wagtail leaves a redirect at the old address instead of the cached page.
        old = self.client.get(old_url)
        self.assertEqual(old.status_code, 301)
        self.assertTrue(old["Location"].endswith(moved.get_url()))
        self.get(moved.get_url())

    def test_translating_a_page_updates_the_language_links_in_every_language(self):
        home = HomePage.objects.get(locale=self.locales["ru"])
        page = home.add_child(instance=StandardPageFactory.build(title="Только по-русски", slug="only-ru"))
        page.save_revision().publish()
        url = self.url(page)
        before = self.assert_fresh_then_cached(url)
        self.assertNotIn('hreflang="be" href', before)

        be_page = page.copy_for_translation(self.locales["be"], copy_parents=False)
        be_page.title = "Толькі па-беларуску"
        be_page.save_revision().publish()

        after = self.get(url)
        self.assertEqual(after["X-Page-Cache"], "miss")
        self.assertIn(be_page.get_url(), after.content.decode())
        self.assertIn("Толькі па-беларуску", html.unescape(self.get(be_page.get_url()).content.decode()))

    def test_editing_a_snippet_refreshes_the_pages_that_show_it(self):
        item = FAQItem.objects.filter(locale=self.locales["ru"]).first()
        faq_url = self.url(self.faq)
        self.assertIn(html.escape(item.question), self.assert_fresh_then_cached(faq_url))

        item.question = "Совсем новый вопрос о визе?"
        item.save()

        self.assertIn("Совсем новый вопрос о визе?", html.unescape(self.get(faq_url).content.decode()))

    def test_changing_the_hotline_settings_refreshes_every_page_in_every_language(self):
        urls = ["/ru/", "/be/", "/en/", self.url(self.article)]
        for url in urls:
            self.assert_fresh_then_cached(url)

        hotline = HotlineSettings.objects.get()
        hotline.national_number = "8 801 999-99-99"
        hotline.save()

        for url in urls:
            with self.subTest(url=url):
                self.assertIn("999-99-99", self.get(url).content.decode())

    # -- who is never served from the cache ----------------------------------

    def test_signed_in_editors_always_see_fresh_pages(self):
        self.assert_fresh_then_cached("/ru/")
        # A change that sends no signal: anonymous visitors keep the cached page for now ...
        HomePage.objects.filter(locale=self.locales["ru"]).update(title="Заголовок без сигнала")
        self.assertEqual(self.get("/ru/")["X-Page-Cache"], "hit")

        # ... but an editor always gets a fresh page, which is never stored.
        from django.contrib.auth import get_user_model

        editor = get_user_model().objects.create_superuser("editor", "editor@example.org", "x")
        editors = Client()
        editors.force_login(editor)
        for _attempt in range(2):
            response = self.get("/ru/", client=editors)
            self.assertNotIn("X-Page-Cache", response)
            self.assertIn("private", response["Cache-Control"])
            self.assertIn("Заголовок без сигнала", response.content.decode())

    @override_settings(HOTLINE_MIN_FILL_SECONDS=0)
    def test_the_callback_form_keeps_a_valid_csrf_token_for_every_visitor(self):
        from hotline.models import CallbackPage, CallbackRequest

        url = CallbackPage.objects.get(locale=self.locales["ru"]).get_url()
        tokens = []
        for visitor in range(2):
            client = Client(enforce_csrf_checks=True)
            form = self.get(url, client=client)
            self.assertNotIn("X-Page-Cache", form)
            self.assertIn("no-store", form["Cache-Control"])
            fields = hidden_inputs(form.content.decode())
            tokens.append(fields["csrfmiddlewaretoken"])
            data = {**form_data(message=f"Посетитель {visitor}"), **fields}
            response = client.post(url, data)
            self.assertEqual(response.status_code, 303, response.content.decode()[:500])
        self.assertNotEqual(tokens[0], tokens[1])
        self.assertEqual(CallbackRequest.objects.filter(message__startswith="Посетитель").count(), 2)


class PurgeRecorder(BaseHTTPRequestHandler):
    seen = []

    def do_PURGE(self):  # noqa: N802 (the HTTP method's name)
        PurgeRecorder.seen.append((self.headers.get("Host"), self.path))
        self.send_response(200)
        self.end_headers()

    def log_message(self, *args):
        pass


class FrontendCachePurgeTests(TestCase):
    """wagtail.contrib.frontend_cache purges a CDN or proxy when a page is published."""

    @classmethod
    def setUpTestData(cls):
        seed("--no-admin", "--no-content")

    def test_publishing_a_page_purges_it_from_the_configured_proxy(self):
        server = HTTPServer(("127.0.0.1", 0), PurgeRecorder)
        thread = threading.Thread(target=server.serve_forever, daemon=True)
        thread.start()
        PurgeRecorder.seen.clear()
        location = f"http://127.0.0.1:{server.server_port}"
        try:
            with override_settings(
                WAGTAILFRONTENDCACHE={
                    "proxy": {"BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend", "LOCATION": location}
                }
            ):
                home = HomePage.objects.get(locale__language_code="ru")
                page = home.add_child(instance=StandardPageFactory.build(title="Новости кампании", slug="campaign"))
                page.save_revision().publish()
        finally:
            server.shutdown()
            server.server_close()
        paths = [path for _host, path in PurgeRecorder.seen]
        self.assertIn("/ru/campaign/", paths)
