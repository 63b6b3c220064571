"""Editors can create every page type where it belongs, and nowhere else."""

from django.contrib.auth import get_user_model

from wagtail.images import get_image_model
from wagtail.images.tests.utils import get_test_image_file
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import inline_formset, nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage, ArticlePage
from core.factories import ArticleIndexPageFactory, CountryIndexPageFactory, TopicFactory, site_with_home
from countries.models import CountryGuidePage, CountryIndexPage
from faq.models import FAQIndexPage
from home.models import HomePage, StandardPage


def list_block(values):
    """Form data for a ListBlock, in the shape nested_form_data flattens."""
    data = {"count": len(values)}
    for index, value in enumerate(values):
        data[str(index)] = {"value": value, "deleted": "", "order": str(index), "id": ""}
    return data


class PageCreationTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        cls.home = site_with_home()

    def setUp(self):
        # Wagtail's login() uses client.login(), which the django-axes backend refuses without a request.
        self.client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "x"))

    def test_index_pages_are_created_under_the_home_page_only(self):
        for model, slug in (
            (CountryIndexPage, "countries"),
            (FAQIndexPage, "faq"),
            (ArticleIndexPage, "news"),
        ):
            with self.subTest(model=model.__name__):
                self.assertCanCreateAt(HomePage, model)
                self.assertCanNotCreateAt(StandardPage, model)
                self.assertCanCreate(self.home, model, nested_form_data({"title": slug, "slug": slug, "intro": ""}))

    def test_an_article_is_created_in_the_news_index(self):
        news = ArticleIndexPageFactory(parent=self.home)
        topic = TopicFactory()
        image = get_image_model().objects.create(title="Фото", file=get_test_image_file())
        self.assertCanNotCreateAt(HomePage, ArticlePage)
        self.assertCanCreate(
            news,
            ArticlePage,
            nested_form_data(
                {
                    "title": "Новость",
                    "slug": "news-1",
                    "date": "2026-11-01",
                    "intro": "Коротко",
                    "hero_image": image.id,
                    "hero_alt": "Фото",
                    "hero_credit": "",
                    "body": streamfield(
                        [
                            ("paragraph", rich_text("<p>Текст</p>")),
                            ("checklist", {"title": "", "items": list_block(["Паспорт"])}),
                        ]
                    ),
                    "article_topics": inline_formset([{"topic": topic.id}]),
                    "article_countries": inline_formset([{"country_code": "PL"}]),
                }
            ),
        )
        article = ArticlePage.objects.get(slug="news-1")
        self.assertEqual(article.topics, [topic])
        self.assertEqual(article.country_codes, ["PL"])

    def test_a_country_guide_is_created_in_the_country_index_only(self):
        index = CountryIndexPageFactory(parent=self.home)
        self.assertCanNotCreateAt(HomePage, CountryGuidePage)
        self.assertCanNotCreateAt(StandardPage, CountryGuidePage)
        self.assertCanCreate(
            index,
            CountryGuidePage,
            nested_form_data(
                {
                    "title": "Чехия",
                    "slug": "czechia",
                    "country_code": "CZ",
                    "synonyms": "Чэхія, Czechia, Chekhiya",
                    "summary": "Кратко",
                    "alert_level": "caution",
                    "alert_text": "Осторожно",
                    "last_reviewed": "2026-11-01",
                    "update_kind": "major",
                    "update_note": "Первая версия",
                    "body": streamfield(
                        [
                            (
                                "section",
                                {
                                    "title": "Перед отъездом",
                                    "content": streamfield([("paragraph", rich_text("<p>Текст</p>"))]),
                                },
                            )
                        ]
                    ),
                    "contacts": streamfield(
                        [
                            (
                                "contact",
                                {
                                    "kind": "embassy",
                                    "name": "Посольство",
                                    "phones": list_block(["+420 000 000 000"]),
                                    "address": "Прага",
                                    "hours": "9–17",
                                    "website": "https://example.org/",
                                    "email": "",
                                },
                            )
                        ]
                    ),
                }
            ),
        )
        guide = CountryGuidePage.objects.get(slug="czechia")
        self.assertEqual(guide.sections[0][1], "Перед отъездом")
        self.assertEqual(list(guide.contacts[0].value["phones"]), ["+420 000 000 000"])
