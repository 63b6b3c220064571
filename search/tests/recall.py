"""Recall of site search on the demo content, per language and per PostgreSQL
text-search configuration; the figures are recorded in docs/search.md.

A query "recalls" when the item it was written for is among the first ten
results. Topic queries use other word forms than the content (plural, other
case) so that stemming matters; country queries use other languages and
Latin letters, which only the name matching in search/matching.py can know.
On SQLite the configuration does not apply and one row is measured. The
check runs in ``test_search.SearchTests`` so the demo content is seeded once;
run it with ``-s -k recall`` to see the table.
"""

import io
import json
from pathlib import Path

from django.conf import settings
from django.core.management import call_command
from django.db import connection
from django.test import RequestFactory, override_settings
from django.utils import translation

from wagtail.models import Locale, Page

from articles.models import ArticlePage
from countries.models import CountryGuidePage
from faq.models import FAQIndexPage, FAQItem
from search.views import _backend_results, run_search

TOP = 10
CONFIGS = ("simple", "russian", "english")

# (query, expected item): ("faq", start of the Russian question), ("article", slug), ("guide", ISO code).
TOPIC_QUERIES = {
    "ru": [
        ("работодатель забрал паспорт", ("faq", "Работодатель забрал мой паспорт")),
        ("не платят зарплату", ("faq", "Мне не платят зарплату")),
        ("фальшивые вакансии", ("faq", "Как распознать фальшивую вакансию")),
        ("страховку", ("faq", "Какая страховка нужна")),
        ("торговля людьми", ("faq", "Как понять, что я или мой знакомый")),
        ("сезонную работу", ("article", "seasonal-work-in-poland-what-to-check")),
        ("регистрация в России", ("article", "reminder-registration-in-russia")),
        ("потеряли паспорт", ("faq", "Я потерял паспорт")),
        ("туристическая виза", ("faq", "Можно ли работать по туристической визе")),
        ("пенсия", ("faq", "Учтут ли работу за границей для моей пенсии")),
        ("увольнение без предупреждения", ("faq", "Меня уволили без предупреждения")),
        ("травмы на работе", ("faq", "Я получил травму на работе")),
    ],
    "be": [
        ("працадаўца забраў пашпарт", ("faq", "Работодатель забрал мой паспорт")),
        ("не плацяць заробак", ("faq", "Мне не платят зарплату")),
        ("фальшывыя вакансіі", ("faq", "Как распознать фальшивую вакансию")),
        ("страхоўку", ("faq", "Какая страховка нужна")),
        ("гандаль людзьмі", ("faq", "Как понять, что я или мой знакомый")),
        ("сезонную працу", ("article", "seasonal-work-in-poland-what-to-check")),
        ("рэгістрацыя ў Расіі", ("article", "reminder-registration-in-russia")),
        ("страцілі пашпарт", ("faq", "Я потерял паспорт")),
        ("турыстычная віза", ("faq", "Можно ли работать по туристической визе")),
        ("пенсія", ("faq", "Учтут ли работу за границей для моей пенсии")),
        ("звальненне без папярэджання", ("faq", "Меня уволили без предупреждения")),
        ("траўмы на працы", ("faq", "Я получил травму на работе")),
    ],
    "en": [
        ("employer took my passport", ("faq", "Работодатель забрал мой паспорт")),
        ("unpaid wages", ("article", "more-calls-about-unpaid-wages")),
        ("fake job offers", ("faq", "Как распознать фальшивую вакансию")),
        ("insurance", ("faq", "Какая страховка нужна")),
        ("trafficking", ("faq", "Как понять, что я или мой знакомый")),
        ("seasonal work", ("article", "seasonal-work-in-poland-what-to-check")),
        ("registering in Russia", ("article", "reminder-registration-in-russia")),
        ("lost passport", ("faq", "Я потерял паспорт")),
        ("tourist visas", ("faq", "Можно ли работать по туристической визе")),
        ("pensions", ("faq", "Учтут ли работу за границей для моей пенсии")),
        ("dismissal without notice", ("faq", "Меня уволили без предупреждения")),
        ("injuries at work", ("faq", "Я получил травму на работе")),
    ],
}
COUNTRY_QUERIES = [
    ("Polsha", ("guide", "PL")),
    ("Польшча", ("guide", "PL")),
    ("Германии", ("guide", "DE")),
    ("Літве", ("guide", "LT")),
    ("Эмиратах", ("guide", "AE")),
    ("Czech Republic", ("guide", "CZ")),
]


class RecallChecks:
    """Mixed into a TestCase whose class data is the whole demo content."""

    def expected_url(self, item, locale):
        kind, key = item
        if kind == "guide":
            return CountryGuidePage.objects.get(country_code=key, locale=locale).url
        if kind == "article":
            source = ArticlePage.objects.get(slug=key, locale__language_code="ru")
            return source.get_translation(locale).url
        source = FAQItem.objects.get(question__startswith=key, locale__language_code="ru")
        index = FAQIndexPage.objects.get(locale=locale)
        return f"{index.url}#{source.get_translation(locale).anchor}"

    def recall(self, language, queries, search):
        locale = Locale.objects.get(language_code=language)
        request = RequestFactory().get("/")
        found = []
        with translation.override(language):
            for query, item in queries:
                urls = [result["url"] for result in search(query, locale, request)[:TOP]]
                found.append(self.expected_url(item, locale) in urls)
        return sum(found), len(found)

    def measure(self):
        """{language: {"topics": (hits, total), "countries": ..., "countries_with_names": ...}}."""
        return {
            language: {
                "topics": self.recall(language, TOPIC_QUERIES[language], _backend_results),
                "countries": self.recall(language, COUNTRY_QUERIES, _backend_results),
                "countries_with_names": self.recall(language, COUNTRY_QUERIES, run_search),
            }
            for language in TOPIC_QUERIES
        }

    def report(self, table):
        lines = ["config      | lang | topics (backend) | countries (backend) | countries (site search)"]
        for config, rows in table.items():
            for language, row in rows.items():
                cells = [f"{hits}/{total} ({100 * hits // total}%)" for hits, total in row.values()]
                lines.append(f"{config:<11} | {language:<4} | " + " | ".join(f"{cell:<16}" for cell in cells))
        print("\n" + "\n".join(lines))
        artifacts = Path(settings.BASE_DIR) / "test-artifacts"
        artifacts.mkdir(exist_ok=True)
        (artifacts / f"search-recall-{connection.vendor}.json").write_text(json.dumps(table, indent=1))

    def test_recall_per_language_and_configuration(self):
        configured = settings.WAGTAILSEARCH_BACKENDS["default"].get("SEARCH_CONFIG")
        if connection.vendor == "postgresql":
            table = {}
            for config in CONFIGS:
                backends = {"default": {**settings.WAGTAILSEARCH_BACKENDS["default"], "SEARCH_CONFIG": config}}
                with override_settings(WAGTAILSEARCH_BACKENDS=backends):
                    call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
                    table[config] = self.measure()
            # Leave the index as the rest of the suite expects it.
            call_command("update_index", stdout=io.StringIO(), stderr=io.StringIO())
        else:
            table = {connection.vendor: self.measure()}
        self.report(table)

        def total(rows):
            return sum(row["topics"][0] for row in rows.values())

        if connection.vendor == "postgresql":
            # The configured one is the best of those measured (see docs/search.md).
            self.assertEqual(total(table[configured]), max(total(rows) for rows in table.values()), table)
        for rows in table.values():
            for language, row in rows.items():
                with self.subTest(language=language):
                    # Name matching finds every country in every language, whatever the backend does.
                    self.assertEqual(row["countries_with_names"][0], row["countries_with_names"][1])
        chosen = table[configured] if connection.vendor == "postgresql" else next(iter(table.values()))
        for language, row in chosen.items():
            with self.subTest(language=language):
                hits, count = row["topics"]
                self.assertGreaterEqual(hits / count, 0.5, (language, row))
        self.assertTrue(Page.objects.live().exists())
