"""SQL queries per public page, uncached: each page type is pinned, all stay at 12 or fewer, and
none grows with the content (issue 9).

Counts are of the second request of a page, after a warm-up has filled what every
page shares (site root paths, locales, footer menu, home pages, hotline facts);
the page cache is off so that the page is really rendered. SAVEPOINT statements
are left out: only the search page opens transactions, and they are savepoints
here only because each test runs inside a transaction (in production they are
the transaction itself).
"""

from django.db import connection
from django.test import TestCase, override_settings
from django.test.utils import CaptureQueriesContext

from wagtail.models import Locale, Page, PageViewRestriction

import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import load_demo_content
from core.factories import CountryGuidePageFactory, FAQItemFactory, StandardPageFactory, TopicFactory, add_article
from core.models import Topic, public
from countries.models import CountryGuidePage, CountryIndexPage
from home.models import HomePage
from hotline.models import CallbackPage

MAX_QUERIES = 12
LANGUAGES = ("ru", "be", "en")

# Page type -> queries in Russian; a page in another language costs one more
# (Wagtail looks up the translation of the site's root page to route it).
EXPECTED = {
    "home": 9,
    "standard page": 6,
    "partners page": 9,
    "country index": 7,
    "country index, filtered": 7,
    "country guide": 11,
    "FAQ index": 7,
    "news index": 11,
    "news index, page 2": 11,
    "news index, by topic": 11,
    "news index, by country": 11,
    "article": 11,
    "callback form": 9,
    "callback thanks": 10,
    "search": 9,
    "news feed": 3,
    "guidance feed": 3,
    "topic feed": 4,
    "country feed": 4,
}
# Not under a language prefix, or not routed through a translated root page.
EXPECTED_SITE_WIDE = {"sitemap": 6, "robots.txt": 0, "not found": 6}
SAME_IN_EVERY_LANGUAGE = {"search", "news feed", "guidance feed", "topic feed", "country feed"}


def queries(client, url, status=200):
    """The SQL of one GET of ``url`` after a warm-up request, without savepoints."""
    assert client.get(url).status_code == status, url
    with CaptureQueriesContext(connection) as captured:
        response = client.get(url)
    assert response.status_code == status, url
    return [q["sql"] for q in captured.captured_queries if "SAVEPOINT" not in q["sql"]]


def count(client, url, status=200):
    return len(queries(client, url, status))


def page_urls(language):
    """{page type: address} of the demo content in ``language``."""
    locale = Locale.objects.get(language_code=language)
    home = HomePage.objects.get(locale=locale)
    countries = CountryIndexPage.objects.get(locale=locale)
    news = ArticleIndexPage.objects.get(locale=locale)
    topic = Topic.objects.filter(locale=locale).first()
    callback = CallbackPage.objects.get(locale=locale)
    return {
        "home": home.url,
        "standard page": home.get_children().get(slug="about").url,
        "partners page": home.get_children().get(slug="partners").url,
        "country index": countries.url,
        "country index, filtered": countries.url + "?q=pol",
        "country guide": CountryGuidePage.objects.get(locale=locale, country_code="PL").url,
        "FAQ index": home.get_children().get(slug="faq").url,
        "news index": news.url,
        "news index, page 2": news.url + "?page=2",
        "news index, by topic": f"{news.url}?topic={topic.slug}",
        "news index, by country": news.url + "?country=PL",
        "article": ArticlePage.objects.live().filter(locale=locale).first().url,
        "callback form": callback.url,
        "callback thanks": callback.url + "thanks/",
        "search": f"/{language}/search/?q=work",
        "news feed": f"/{language}/feeds/news.rss",
        "guidance feed": f"/{language}/feeds/guidance.atom",
        "topic feed": f"/{language}/feeds/news/topic/{topic.slug}.rss",
        "country feed": f"/{language}/feeds/guidance/PL.rss",
    }


def expected(language):
    extra = 0 if language == "ru" else 1
    return {kind: n + (0 if kind in SAME_IN_EVERY_LANGUAGE else extra) for kind, n in EXPECTED.items()}


@override_settings(PAGE_CACHE_SECONDS=0)
@pytest.mark.usefixtures("demo_content_snapshot")
class QueryCountTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)

    def measure(self, language):
        return {kind: count(self.client, url) for kind, url in page_urls(language).items()}

    def test_every_page_type_has_its_pinned_count_in_every_language(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                counts = self.measure(language)
                self.assertEqual(counts, expected(language))
                self.assertLessEqual(max(counts.values()), MAX_QUERIES)
        site_wide = {
            "sitemap": count(self.client, "/sitemap.xml"),
            "robots.txt": count(self.client, "/robots.txt"),
            "not found": count(self.client, "/ru/no-such-page/", status=404),
        }
        self.assertEqual(site_wide, EXPECTED_SITE_WIDE)

    def test_counts_stay_the_same_as_content_grows(self):
        before = self.measure("ru")
        sitemap = count(self.client, "/sitemap.xml")
        ru = Locale.objects.get(language_code="ru")
        home = HomePage.objects.get(locale=ru)
        news = ArticleIndexPage.objects.get(locale=ru)
        countries = CountryIndexPage.objects.get(locale=ru)
        topic = Topic.objects.get(locale=ru, slug=page_urls("ru")["news index, by topic"].rsplit("=", 1)[1])
        for n in range(12):
            add_article(news, topic=topic, country="PL", title=f"Ещё новость {n}")
            FAQItemFactory(featured=True, countries="PL", topic=topic)
        for code in ("LT", "LV", "CZ"):
            guide = CountryGuidePageFactory.build(title=f"Страна {code}", slug=f"country-{code.lower()}")
            guide.country_code = code
            countries.add_child(instance=guide)
            guide.save_revision().publish()
        TopicFactory()
        for n in range(3):
            page = StandardPageFactory.build(slug=f"extra-{n}", show_in_menus=True)
            home.add_child(instance=page)
            page.save_revision().publish()

        self.assertEqual(self.measure("ru"), before)
        self.assertEqual(count(self.client, "/sitemap.xml"), sitemap)

    def test_shared_fragments_follow_content_changes(self):
        """The cached footer menu and home pages are never stale: the content version is in their keys."""
        ru = Locale.objects.get(language_code="ru")
        home = HomePage.objects.get(locale=ru)
        self.assertNotIn("Новая страница в меню", self.client.get("/ru/").content.decode())
        page = StandardPageFactory.build(title="Новая страница в меню", slug="new-in-menu", show_in_menus=True)
        home.add_child(instance=page)
        page.save_revision().publish()
        footer = self.client.get("/ru/about/").content.decode().split('class="footer-nav"', 1)[1]
        self.assertIn('href="/ru/new-in-menu/">Новая страница в меню<', footer)

        home.title = "Главная страница (новая)"
        home.save_revision().publish()
        html = self.client.get("/ru/search/?q=x").content.decode()
        self.assertIn("Главная страница (новая)", html.split('class="breadcrumbs', 1)[1])


@pytest.mark.django_db
@override_settings(PAGE_CACHE_SECONDS=0)
def test_private_sections_stay_private_with_the_cheaper_checks(client, demo_site):
    """The one-query view-restriction check and the subquery that replaces ``public()``."""
    home = demo_site.root_page.specific
    private = StandardPageFactory.build(title="Закрытый раздел", slug="private", show_in_menus=True)
    home.add_child(instance=private)
    private.save_revision().publish()
    child = StandardPageFactory.build(title="Внутри раздела", slug="inside")
    private.add_child(instance=child)
    child.save_revision().publish()
    assert 'href="/ru/private/">Закрытый раздел<' in client.get("/ru/").content.decode()

    PageViewRestriction.objects.create(page=private, restriction_type=PageViewRestriction.PASSWORD, password="x")
    for url in ("/ru/private/", "/ru/private/inside/"):
        html = client.get(url).content.decode()
        assert "Внутри раздела" not in html and 'name="password"' in html, url
    assert "Закрытый раздел" not in client.get("/ru/").content.decode()
    assert public(Page.objects.filter(pk__in=[private.pk, child.pk, home.pk])).get() == home.page_ptr
