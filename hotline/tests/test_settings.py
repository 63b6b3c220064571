"""Hotline settings are validated on save, in the model and in the admin."""

import datetime

from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.test import TestCase

from wagtail.models import Site

from hotline.models import HotlineSettings, HotlineText, OpeningHours


class HotlineSettingsValidationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        cls.site = Site.objects.get(is_default_site=True)

    def settings_with(self, **fields):
        return HotlineSettings(site=self.site, **fields)

    def test_international_number_is_validated_and_stored_in_e164(self):
        hotline = self.settings_with(international_number="+375 (17) 000-00-00")
        hotline.full_clean()
        self.assertEqual(hotline.international_number, "+375170000000")
        for bad in ("8 017 000 00 00", "+375 00", "call us", "+999 123"):
            with self.subTest(bad=bad), self.assertRaises(ValidationError) as caught:
                self.settings_with(international_number=bad).full_clean()
            self.assertIn("international_number", caught.exception.message_dict)

    def test_national_number_allows_only_dialling_characters(self):
        self.settings_with(national_number="8 801 000-00-00").full_clean()
        for bad in ("12", "<b>113</b>", "8 801 CALL NOW"):
            with self.subTest(bad=bad), self.assertRaises(ValidationError):
                self.settings_with(national_number=bad).full_clean()

    def test_notification_addresses_are_a_validated_list(self):
        hotline = self.settings_with(notification_emails="a@example.org,\nb@example.org; c@example.org")
        hotline.full_clean()
        self.assertEqual(hotline.notification_recipients, ["a@example.org", "b@example.org", "c@example.org"])
        with self.assertRaises(ValidationError) as caught:
            self.settings_with(notification_emails="a@example.org, not-an-address").full_clean()
        self.assertIn("not-an-address", str(caught.exception))

    def test_messenger_links_must_point_at_the_messenger(self):
        self.settings_with(telegram_url="https://t.me/hotline").full_clean()
        with self.assertRaises(ValidationError):
            self.settings_with(telegram_url="https://evil.example/t.me/").full_clean()

    def test_hours_must_close_after_they_open(self):
        hotline = HotlineSettings.objects.create(site=self.site)
        row = OpeningHours(setting=hotline, days="mon-fri", opens=datetime.time(18), closes=datetime.time(9))
        with self.assertRaises(ValidationError) as caught:
            row.full_clean()
        self.assertIn("closes", caught.exception.message_dict)
        OpeningHours(setting=hotline, days="sat", opens=datetime.time(9), closes=datetime.time(15)).full_clean()

    def test_admin_form_saves_hours_rows_and_reports_errors(self):
        admin = get_user_model().objects.create_superuser("boss", password="x")
        self.client.force_login(admin)
        url = f"/admin/settings/hotline/hotlinesettings/{self.site.pk}/"
        self.assertEqual(self.client.get(url).status_code, 200)
        data = {
            "national_number": "8 801 000-00-00",
            "international_number": "+375 17 000 00 00",
            "email": "",
            "viber_url": "",
            "telegram_url": "",
            "whatsapp_url": "",
            "callback_enabled": "on",
            "notification_emails": "ops@example.org",
            "callback_promise_hours": "24",
            "retention_days": "30",
            "open_limit_days": "90",
            "hours-TOTAL_FORMS": "1",
            "hours-INITIAL_FORMS": "0",
            "hours-MIN_NUM_FORMS": "0",
            "hours-MAX_NUM_FORMS": "1000",
            "hours-0-days": "mon-fri",
            "hours-0-opens": "20:00",
            "hours-0-closes": "08:00",
            "hours-0-ORDER": "1",
            "hours-0-DELETE": "",
        }
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 200)  # shown again with the error
        self.assertFalse(OpeningHours.objects.exists())
        data.update({"hours-0-opens": "08:00", "hours-0-closes": "20:00"})
        response = self.client.post(url, data)
        self.assertEqual(response.status_code, 302)
        hotline = HotlineSettings.objects.get(site=self.site)
        self.assertEqual(hotline.international_number, "+375170000000")
        self.assertEqual(list(hotline.hours.values_list("days", flat=True)), ["mon-fri"])

    def test_one_wording_per_language(self):
        from wagtail.models import Locale

        locale = Locale.get_default()
        HotlineText.objects.create(locale=locale, callback_promise="Перезвоним")
        with self.assertRaises(ValidationError):
            HotlineText(locale=locale, callback_promise="Ещё одна").full_clean()
