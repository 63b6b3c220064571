"""seed_demo sets up the hotline: fictional numbers, wording and callback pages as real translations."""

from django.test import TestCase

from wagtail.models import Page

from wagtail_localize.models import Translation

from hotline.models import CallbackPage, HotlineSettings, HotlineText

from .helpers import seed_without_editorial_content


class SeedDemoHotlineTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.first_output = seed_without_editorial_content()

    def test_settings_wording_and_pages_in_three_languages(self):
        hotline = HotlineSettings.objects.get()
        self.assertEqual(hotline.national_number, "8 801 000-00-00")
        self.assertEqual(hotline.international_number, "+375170000000")
        self.assertEqual(hotline.hours.count(), 2)
        texts = {text.locale.language_code: text for text in HotlineText.objects.select_related("locale")}
        self.assertEqual(set(texts), {"ru", "be", "en"})
        self.assertEqual(texts["be"].callback_promise, "Мы ператэлефануем вам на працягу аднаго працоўнага дня.")
        self.assertEqual(len(texts["en"].emergency_lines), 2)
        pages = {page.locale.language_code: page for page in CallbackPage.objects.live().select_related("locale")}
        self.assertEqual(set(pages), {"ru", "be", "en"})
        self.assertEqual(len({page.translation_key for page in pages.values()}), 1)
        self.assertEqual(pages["en"].title, "Ask us to call you back")
        self.assertTrue(
            Translation.objects.filter(
                source__object_id=pages["ru"].translation_key, target_locale__language_code="be"
            ).exists()
        )

    def test_running_again_adds_nothing_and_keeps_editor_changes(self):
        hotline = HotlineSettings.objects.get()
        hotline.national_number = "8 801 222-22-22"
        hotline.save()
        pages_before = Page.objects.count()
        output = seed_without_editorial_content()
        self.assertIn("hotline settings: present", output)
        self.assertIn("callback page: present", output)
        self.assertEqual(Page.objects.count(), pages_before)
        self.assertEqual(HotlineText.objects.count(), 3)
        self.assertEqual(HotlineSettings.objects.get().national_number, "8 801 222-22-22")
