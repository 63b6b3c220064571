"""What search engines and messengers see on every page: canonical address,
description, Open Graph and Twitter tags with an absolute image, breadcrumbs
(visible and as BreadcrumbList JSON-LD) and the hotline's Organization JSON-LD."""

import json
import re
from html.parser import HTMLParser

from django.test import TestCase

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.models import Locale

from conftest import jsonld_of_type, seed
from core.factories import ArticleIndexPageFactory, StandardPageFactory, add_article
from home.models import HomePage


class HeadParser(HTMLParser):
    """Collects <meta> and <link rel=canonical> of a page."""

    def __init__(self):
        super().__init__()
        self.meta, self.canonical, self.description = {}, [], []

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "meta" and "property" in attrs:
            self.meta.setdefault(attrs["property"], []).append(attrs.get("content"))
        elif tag == "meta" and attrs.get("name", "").startswith("twitter:"):
            self.meta.setdefault(attrs["name"], []).append(attrs.get("content"))
        elif tag == "meta" and attrs.get("name") == "description":
            self.description.append(attrs.get("content"))
        elif tag == "link" and attrs.get("rel") == "canonical":
            self.canonical.append(attrs.get("href"))


def head_of(html):
    parser = HeadParser()
    parser.feed(html)
    return parser


def all_jsonld(html):
    return [json.loads(text) for text in re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)]


class SeoTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed("--no-admin", "--no-content")
        cls.home = HomePage.objects.get(locale__language_code="ru")
        cls.about = StandardPageFactory(
            parent=cls.home, title="О проекте", slug="about-seo", intro="Кто мы и зачем эта кампания."
        )
        cls.about.search_description = "Описание для поисковиков."
        cls.about.save_revision().publish()
        cls.about_en = cls.about.copy_for_translation(Locale.objects.get(language_code="en"), copy_parents=False)
        cls.about_en.save_revision().publish()
        cls.child = StandardPageFactory(parent=cls.about, title="Команда", slug="team", intro="Люди проекта.")
        cls.child.save_revision().publish()
        cls.news = ArticleIndexPageFactory(parent=cls.home)
        cls.article = add_article(cls.news, title="Сезонная работа", intro="Что проверить перед отъездом.")
        cls.shared = StandardPageFactory(parent=cls.home, title="С картинкой", slug="with-image", intro="")
        cls.shared.social_image = get_image_model().objects.create(title="Соцсети", file=get_test_image_file())
        cls.shared.save_revision().publish()

    def get(self, page):
        response = self.client.get(page.url)
        self.assertEqual(response.status_code, 200)
        return response.content.decode()

    def test_every_page_has_canonical_description_open_graph_and_twitter_tags(self):
        for page in (self.home, self.about, self.child, self.news, self.article, self.shared):
            with self.subTest(page=page.url):
                head = head_of(self.get(page))
                url = f"http://testserver{page.url}"
                self.assertEqual(head.canonical, [url])
                self.assertEqual(len(head.description), 1)
                self.assertTrue(head.description[0])
                self.assertEqual(head.meta["og:url"], [url])
                self.assertEqual(head.meta["og:title"], [page.title])
                self.assertEqual(head.meta["og:description"], head.description)
                self.assertEqual(head.meta["og:locale"], ["ru_RU"])
                self.assertIn(head.meta["og:type"][0], {"website", "article"})
                self.assertTrue(head.meta["og:image"][0].startswith("http://testserver/"))
                self.assertEqual(head.meta["twitter:card"], ["summary_large_image"])
                self.assertEqual(head.meta["twitter:image"], head.meta["og:image"])
                self.assertEqual(head.meta["twitter:title"], [page.title])

    def test_description_comes_from_the_search_description_then_the_intro_then_a_default(self):
        self.assertEqual(head_of(self.get(self.about)).description, ["Описание для поисковиков."])
        self.assertEqual(head_of(self.get(self.child)).description, ["Люди проекта."])
        default = head_of(self.get(self.shared)).description[0]
        self.assertIn("горячая линия", default)

    def test_social_image_is_the_page_image_else_the_article_image_else_the_default(self):
        shared = head_of(self.get(self.shared)).meta
        self.assertRegex(shared["og:image"][0], r"^http://testserver/.+\.fill-1200x630")
        # The test image is 640×480: cropped to the 1.91:1 shape, never enlarged.
        self.assertEqual((shared["og:image:width"], shared["og:image:height"]), (["640"], ["336"]))
        article = head_of(self.get(self.article)).meta
        self.assertRegex(article["og:image"][0], r"^http://testserver/.+\.fill-1200x630")
        self.assertEqual(article["og:image:alt"], ["Иллюстрация"])
        plain = head_of(self.get(self.about)).meta
        self.assertEqual(plain["og:image"], ["http://testserver/static/img/social-default.png"])
        self.assertEqual((plain["og:image:width"], plain["og:image:height"]), (["1200"], ["630"]))
        response = self.client.get("/static/img/social-default.png")
        self.assertIn(response.status_code, {200, 404})  # served by WhiteNoise in production

    def test_translated_pages_announce_their_other_locales(self):
        self.assertEqual(head_of(self.get(self.about)).meta["og:locale:alternate"], ["en_GB"])
        head = head_of(self.get(self.about_en))
        self.assertEqual(head.meta["og:locale"], ["en_GB"])
        self.assertEqual(head.meta["og:locale:alternate"], ["ru_RU"])

    def test_inner_pages_have_breadcrumbs_visible_and_as_json_ld(self):
        html = self.get(self.child)
        nav = re.search(r'<nav class="breadcrumbs" aria-label="([^"]+)">(.*?)</nav>', html, re.S)
        self.assertIsNotNone(nav)
        self.assertEqual(nav.group(1), "Навигационная цепочка")
        links = re.findall(r'<a href="([^"]+)"( aria-current="page")?>([^<]+)</a>', nav.group(2))
        self.assertEqual(
            [(href, title) for href, _current, title in links],
            [(self.home.url, self.home.title), (self.about.url, "О проекте"), (self.child.url, "Команда")],
        )
        self.assertEqual([bool(current) for _href, current, _title in links], [False, False, True])
        self.assertIn("<ol>", nav.group(2))
        data = jsonld_of_type(html, "BreadcrumbList")
        self.assertEqual([item["position"] for item in data["itemListElement"]], [1, 2, 3])
        self.assertEqual(data["itemListElement"][2]["item"], f"http://testserver{self.child.url}")
        self.assertEqual(data["itemListElement"][0]["name"], self.home.title)

    def test_home_page_has_no_breadcrumbs(self):
        html = self.get(self.home)
        self.assertNotIn('class="breadcrumbs"', html)
        self.assertIsNone(jsonld_of_type(html, "BreadcrumbList"))

    def test_organization_json_ld_is_on_every_page_once_and_parses(self):
        for page in (self.home, self.about, self.article):
            with self.subTest(page=page.url):
                types = [data.get("@type") for data in all_jsonld(self.get(page))]
                self.assertEqual(types.count("Organization"), 1)
        search = self.client.get("/be/search/").content.decode()
        self.assertEqual([data.get("@type") for data in all_jsonld(search)].count("Organization"), 1)

    def test_search_page_has_its_own_tags_and_breadcrumbs(self):
        html = self.client.get("/en/search/", {"q": "work"}).content.decode()
        head = head_of(html)
        self.assertEqual(head.canonical, ["http://testserver/en/search/"])
        self.assertEqual(head.meta["og:title"], ["Search"])
        data = jsonld_of_type(html, "BreadcrumbList")
        self.assertEqual([item["name"] for item in data["itemListElement"]][-1], "Search")
