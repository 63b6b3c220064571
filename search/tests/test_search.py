"""Site search on the demo content: one language at a time, country names in any
script, FAQ answers, promoted results, bad input and the anonymous query report.

Runs on SQLite (Wagtail's SQLite full-text backend) and on PostgreSQL
(full-text search with the configured SEARCH_CONFIG) alike.
"""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import connection
from django.test import TestCase
from django.test.utils import CaptureQueriesContext

from wagtail.contrib.search_promotions.models import Query, SearchPromotion

import pytest

from conftest import load_demo_content
from countries.models import CountryGuidePage
from faq.models import FAQItem
from home.models import StandardPage
from search.models import SearchQueryStat

from .recall import RecallChecks

LANGUAGES = ("ru", "be", "en")


@pytest.mark.usefixtures("demo_content_snapshot")
class SearchTests(RecallChecks, TestCase):
    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)
        cls.poland = {
            page.locale.language_code: page
            for page in CountryGuidePage.objects.filter(country_code="PL").select_related("locale")
        }

    def search(self, language, **params):
        response = self.client.get(f"/{language}/search/", params)
        self.assertEqual(response.status_code, 200)
        return response

    def result_urls(self, response):
        return [result["url"] for result in response.context["results"].object_list]

    def test_each_language_finds_only_its_own_pages_and_questions(self):
        for language, word in (("ru", "агентство"), ("be", "агенцтва"), ("en", "agency")):
            with self.subTest(language=language):
                response = self.search(language, q=word)
                urls = self.result_urls(response)
                self.assertTrue(urls, f"nothing found for {word!r} in {language}")
                self.assertTrue(all(url.startswith(f"/{language}/") for url in urls), urls)
                labels = {result["label"] for result in response.context["results"].object_list}
                self.assertGreater(len(labels), 1, labels)

    def test_words_of_one_language_find_nothing_in_another(self):
        # "работодатель" only appears in Russian content, "employer" only in English.
        self.assertEqual(self.search("en", q="работодателя").context["paginator"].count, 0)
        self.assertEqual(self.search("ru", q="employer").context["paginator"].count, 0)
        self.assertGreater(self.search("ru", q="работодателя").context["paginator"].count, 0)
        self.assertGreater(self.search("en", q="employer").context["paginator"].count, 0)

    def test_country_names_synonyms_and_transliterations_find_the_guide_first(self):
        for language in LANGUAGES:
            for query in ("Polsha", "Польшча", "Польша", "Poland", "polska", "Польше", "Польшчы"):
                with self.subTest(language=language, query=query):
                    urls = self.result_urls(self.search(language, q=query))
                    self.assertTrue(urls, query)
                    self.assertEqual(urls[0], self.poland[language].url)

    def test_results_show_type_labels_and_faq_answers_link_to_their_anchor(self):
        item = FAQItem.objects.get(locale__language_code="en", question__startswith="How do I call the hotline")
        response = self.search("en", q="call the hotline from abroad")
        html = response.content.decode()
        self.assertIn(f"#{item.anchor}", html)
        self.assertIn("Question and answer", html)
        response = self.search("ru", q="Литва")
        self.assertContains(response, "Страновой справочник")
        self.assertContains(response, self.poland["ru"].get_parent().get_children().get(slug="lithuania").url)

    def test_results_are_paginated_and_bad_page_numbers_show_a_message(self):
        response = self.search("en", q="work")
        paginator = response.context["paginator"]
        self.assertGreater(paginator.num_pages, 1)
        self.assertContains(response, 'aria-label="Pages of search results"')
        second = self.search("en", q="work", page="2")
        self.assertEqual(second.context["results"].number, 2)
        for bad in ("abc", "999", "-1", "0", "1.5"):
            with self.subTest(page=bad):
                response = self.search("en", q="work", page=bad)
                self.assertContains(response, "That page of results does not exist")

    def test_huge_and_odd_queries_never_fail(self):
        response = self.search("ru", q="Польша " * 2000)
        self.assertContains(response, "Ваш запрос слишком длинный")
        self.assertLessEqual(len(response.context["query"]), 100)
        for query in ('"', "'; DROP TABLE x;--", "a AND OR NOT", "*:()&|!<>\\", "\x00\x01", "日本", "NEAR(a b)"):
            with self.subTest(query=query):
                self.search("en", q=query)
        self.search("en", q=["one", "two"])

    def test_empty_search_offers_the_hotline_and_the_country_guides(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.search(language, q="qwxzvbnm")
                html = response.content.decode()
                self.assertIn('class="empty-state search-empty"', html)
                self.assertIn('href="tel:', html)
                self.assertIn(self.poland[language].url, html)
        self.assertContains(self.search("en"), "Type a word or two")

    def test_promoted_results_come_first_in_every_language(self):
        about = StandardPage.objects.get(locale__language_code="ru", slug__startswith="about")
        SearchPromotion.objects.create(query=Query.get("Help"), page=about, sort_order=0, description="")
        response = self.search("ru", q="help")
        first = response.context["results"].object_list[0]
        self.assertEqual(first["url"], about.url)
        self.assertTrue(first["promoted"])
        self.assertContains(response, "Рекомендуем")
        en_about = about.get_translation(self.poland["en"].locale)
        self.assertEqual(self.result_urls(self.search("en", q="HELP"))[0], en_about.url)

    def test_searches_are_counted_per_language_without_personal_data(self):
        self.search("be", q="Nowhereland")
        self.search("be", q="nowhereland ")
        self.search("be", q="nowhereland", page="2")  # paging is not a new search
        self.search("en", q="Poland")
        self.search("en", q="+375 29 123 45 67")
        self.search("en", q="me@example.org")
        stat = SearchQueryStat.objects.get(language="be", query="nowhereland")
        self.assertEqual((stat.hits, stat.zero_result_hits), (2, 2))
        stat = SearchQueryStat.objects.get(language="en", query="poland")
        self.assertEqual((stat.hits, stat.zero_result_hits), (1, 0))
        self.assertFalse(SearchQueryStat.objects.filter(query__contains="375").exists())
        self.assertFalse(SearchQueryStat.objects.filter(query__contains="@").exists())
        self.assertFalse(Query.objects.filter(query_string__contains="@").exists())
        field_names = {field.name for field in SearchQueryStat._meta.get_fields()}
        self.assertEqual(field_names, {"id", "date", "language", "query", "hits", "zero_result_hits"})

    def test_admin_report_lists_frequent_and_fruitless_queries_by_language(self):
        self.search("be", q="Nowhereland")
        self.search("ru", q="Польша")
        self.search("ru", q="Польша")
        user = get_user_model().objects.create_superuser("boss", "boss@example.org", "x")
        self.client.force_login(user)
        response = self.client.get("/admin/reports/searches/")
        self.assertEqual(response.status_code, 200)
        html = response.content.decode()
        self.assertIn("nowhereland", html)
        self.assertLess(html.index("польша"), html.index("nowhereland"))
        zero = self.client.get("/admin/reports/searches/", {"zero_results": "true"}).content.decode()
        self.assertIn("nowhereland", zero)
        self.assertNotIn("польша", zero)
        be_only = self.client.get("/admin/reports/searches/", {"language": "be"}).content.decode()
        self.assertNotIn("польша", be_only)
        menu = self.client.get("/admin/").content.decode()
        self.assertIn("/admin/reports/searches/", menu)

    def test_editors_see_the_report_and_hotline_operators_do_not(self):
        users = get_user_model().objects
        editor = users.create_user("editor", "editor@example.org", "x")
        editor.groups.add(Group.objects.get(name="Editors"))
        operator = users.create_user("operator", "operator@example.org", "x")
        operator.groups.add(Group.objects.get(name="Hotline operators"))
        self.client.force_login(editor)
        self.assertEqual(self.client.get("/admin/reports/searches/").status_code, 200)
        self.assertIn("/admin/reports/searches/", self.client.get("/admin/").content.decode())
        self.client.force_login(operator)
        self.assertNotEqual(self.client.get("/admin/reports/searches/").status_code, 200)
        self.assertNotIn("/admin/reports/searches/", self.client.get("/admin/").content.decode())

    def test_search_costs_a_bounded_number_of_queries(self):
        self.search("ru", q="Польша")
        with CaptureQueriesContext(connection) as captured:
            self.search("ru", q="работа")
        queries = [query["sql"] for query in captured if "SAVEPOINT" not in query["sql"]]
        # Promotions, name matches, pages, their specific types, questions, counting.
        self.assertLess(len(queries), 30, [sql[:80] for sql in queries])
