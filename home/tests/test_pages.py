from django.contrib.auth import get_user_model

from wagtail.models import Page, Site
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from articles.models import ArticleIndexPage
from conftest import seed
from countries.models import CountryIndexPage
from faq.models import FAQIndexPage
from home.models import HomePage, PartnersPage, StandardPage
from hotline.models import CallbackPage


class HomePageTests(WagtailPageTestCase):
    @classmethod
    def setUpTestData(cls):
        seed("--no-admin", "--no-content")
        cls.home = Site.objects.get(is_default_site=True).root_page.specific

    def test_page_tree_rules(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})
        self.assertAllowedSubpageTypes(
            HomePage, {StandardPage, CountryIndexPage, FAQIndexPage, ArticleIndexPage, CallbackPage, PartnersPage}
        )
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertCanCreateAt(HomePage, StandardPage)

    def test_home_page_renders_in_each_language(self):
        for page in HomePage.objects.live():
            with self.subTest(language=page.locale.language_code):
                self.assertPageIsRenderable(page)
                response = self.client.get(page.url)
                self.assertContains(response, f'<html lang="{page.locale.language_code}">')
                self.assertContains(response, page.title)
                self.assertContains(response, page.intro)

    def test_editor_can_create_a_standard_page_in_the_admin(self):
        # Wagtail's login() uses client.login(), which the django-axes backend refuses without a request.
        self.client.force_login(get_user_model().objects.create_superuser("editor", "editor@example.org", "x"))
        self.assertCanCreate(
            self.home,
            StandardPage,
            nested_form_data(
                {
                    "title": "О проекте",
                    "slug": "about",
                    "intro": "Кто мы",
                    "body": streamfield([("paragraph", rich_text("<p>Текст</p>"))]),
                }
            ),
        )
        page = StandardPage.objects.get(slug="about")
        self.assertEqual(page.locale.language_code, "ru")
