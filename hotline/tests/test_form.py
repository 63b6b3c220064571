"""The callback form: valid requests are stored once; every bad input gets a clear, translated answer."""

import logging
import time
from unittest import mock

from django.core.cache import cache
from django.test import Client, TestCase, override_settings

from hotline.antiabuse import signed_timestamp
from hotline.models import CallbackRequest, HotlineSettings, Status

from .helpers import form_data, seed_without_editorial_content

URL = {"ru": "/ru/callback/", "be": "/be/callback/", "en": "/en/callback/"}
ERROR_TITLE = {"ru": "<title>Ошибка:", "be": "<title>Памылка:", "en": "<title>Error:"}


@override_settings(
    HOTLINE_MIN_FILL_SECONDS=0, HOTLINE_RATE_LIMIT_ADDRESS=(100, 3600), HOTLINE_RATE_LIMIT_PHONE=(100, 86400)
)
class CallbackFormTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed_without_editorial_content()

    def setUp(self):
        cache.clear()

    def post(self, language="ru", client=None, **overrides):
        return (client or self.client).post(URL[language], form_data(**overrides), REMOTE_ADDR="203.0.113.7")

    # -- the good path ---------------------------------------------------

    def test_form_shows_every_question_with_accessible_markup(self):
        html = self.client.get(URL["ru"]).content.decode()
        for name in ("name", "phone", "channel", "safe_to_call", "may_leave_message", "time_window"):
            self.assertIn(f'name="{name}"', html)
        for name in ("country_now", "destination_country", "topic", "message", "consent", "rendered_at"):
            self.assertIn(f'name="{name}"', html)
        self.assertIn('type="tel"', html)
        self.assertIn('autocomplete="tel"', html)
        self.assertIn("<legend", html)
        self.assertIn('value="PL"', html)
        self.assertIn(">Польша<", html)

    def test_valid_request_is_stored_with_a_normalised_phone_and_redirects_to_thanks(self):
        response = self.post()
        self.assertEqual(response.status_code, 303)
        self.assertEqual(response["Location"], "/ru/callback/thanks/")
        callback = CallbackRequest.objects.get()
        self.assertEqual(callback.phone, "+375291234567")
        self.assertEqual(callback.language, "ru")
        self.assertEqual(callback.country_now, "PL")
        self.assertEqual(callback.status, Status.NEW)
        self.assertFalse(callback.urgent)
        self.assertTrue(callback.consent_version.startswith("2026-11/page-"))
        self.assertIsNotNone(callback.consent_at)
        self.assertRegex(callback.reference, r"^[A-HJ-NP-Z2-9]{8}$")

        thanks = self.client.get(response["Location"])
        html = thanks.content.decode()
        self.assertIn(callback.display_reference, html)
        self.assertIn("Мы перезвоним вам в течение одного рабочего дня.", html)
        self.assertNotIn("Если вам угрожает опасность", html)
        # The address reveals nothing about the request.
        self.assertNotIn(callback.reference, response["Location"])

    def test_reference_is_not_shown_to_another_browser(self):
        self.post()
        other = Client()
        html = other.get("/ru/callback/thanks/").content.decode()
        reference = CallbackRequest.objects.get().display_reference
        self.assertNotIn(reference, html)

    def test_phone_from_abroad_is_stored_in_e164(self):
        self.post(phone="+48 600 123 456")
        self.assertEqual(CallbackRequest.objects.get().phone, "+48600123456")

    def test_exploitation_topic_is_urgent_and_thanks_shows_emergency_numbers_first(self):
        response = self.post(language="en", topic="exploitation")
        callback = CallbackRequest.objects.get()
        self.assertTrue(callback.urgent)
        html = self.client.get(response["Location"]).content.decode()
        emergency = html.index("If you are in danger now")
        self.assertLess(emergency, html.index("<h1>"))
        self.assertIn("112", html)
        self.assertIn("102", html)
        self.assertIn('href="tel:+375170000000"', html)

    def test_not_safe_to_call_is_urgent(self):
        self.post(safe_to_call="no")
        self.assertTrue(CallbackRequest.objects.get().urgent)

    def test_references_are_random_and_a_collision_is_drawn_again(self):
        first = self.post(phone="+375291234567")
        self.assertEqual(first.status_code, 303)
        taken = CallbackRequest.objects.get().reference
        with mock.patch("hotline.models.requests.new_reference", side_effect=[taken, "ABCDEFGH"]):
            self.assertEqual(self.post(phone="+375291234568").status_code, 303)
        self.assertEqual(set(CallbackRequest.objects.values_list("reference", flat=True)), {taken, "ABCDEFGH"})

    def test_personal_data_is_never_logged(self):
        with self.assertLogs(level=logging.DEBUG) as logs:
            logging.getLogger("hotline").info("start")
            self.post(name="Ольга Секретная", phone="+375291112233", message="Мой паспорт забрали")
        text = "\n".join(logs.output)
        for secret in ("Секретная", "291112233", "паспорт"):
            self.assertNotIn(secret, text)

    # -- bad input ---------------------------------------------------------

    def assert_rejected(self, response, language, message, status=400):
        self.assertEqual(response.status_code, status)
        html = response.content.decode()
        self.assertIn(ERROR_TITLE[language], html)
        self.assertIn('class="error-summary"', html)
        self.assertIn(message, html)
        self.assertEqual(CallbackRequest.objects.count(), 0)
        return html

    def test_every_invalid_input_gets_a_translated_error_and_keeps_what_was_typed(self):
        cases = [
            ("ru", {"phone": "12345"}, "Введите номер телефона, по которому мы сможем позвонить"),
            ("be", {"phone": "not a phone"}, "Увядзіце нумар тэлефона, па якім мы зможам патэлефанаваць"),
            ("en", {"phone": ""}, "Enter the phone number we should call."),
            ("en", {"phone": "+" + "1" * 40}, "This is too long for a phone number."),
            ("ru", {"consent": None}, "Чтобы заказать звонок, согласитесь на обработку ваших данных."),
            ("be", {"consent": None}, "Каб замовіць званок, пагадзіцеся на апрацоўку вашых даных."),
            ("en", {"message": "x" * 1001}, "Keep the message to 1000 characters or fewer (it has 1001)."),
            ("ru", {"message": "<script>alert(1)</script>"}, "Пожалуйста, пишите простым текстом"),
            ("be", {"name": '<img src=x onerror="alert(1)">'}, "Калі ласка, пішыце простым тэкстам"),
            ("en", {"name": "n" * 101}, "Keep the name to 100 characters or fewer (it has 101)."),
            ("en", {"channel": "carrier-pigeon"}, "Choose one of the ways to contact you."),
            ("en", {"safe_to_call": "maybe"}, "Choose Yes or No."),
            ("en", {"may_leave_message": None}, "Tell us whether we may leave a message."),
            ("en", {"country_now": "XX"}, "Choose a country from the list."),
            ("en", {"country_now": ""}, "Choose the country you are in now."),
            ("en", {"destination_country": "ZZZ"}, "Choose a country from the list."),
            ("en", {"topic": "<b>"}, "Choose one of the topics offered."),
            ("en", {"time_window": "midnight"}, "Choose one of the times offered."),
        ]
        for language, overrides, message in cases:
            with self.subTest(language=language, overrides=str(overrides)[:60]):
                cache.clear()
                response = self.post(language=language, **overrides)
                html = self.assert_rejected(response, language, message)
                # What the person typed is still there.
                if overrides.get("phone") and len(overrides["phone"]) < 30:
                    self.assertIn(f'value="{overrides["phone"]}"', html)
                self.assertIn('value="Ольга"' if "name" not in overrides else 'name="name"', html)
                # The summary links to the field and the field says what is wrong.
                self.assertIn('href="#id_', html)
                self.assertIn('aria-invalid="true"', html)

    def test_wrong_types_never_give_a_500(self):
        bad_values = [["a", "b"], "\x00", "𝕏" * 5000, "' OR 1=1 --"]
        for field in (
            "name",
            "phone",
            "channel",
            "safe_to_call",
            "country_now",
            "topic",
            "rendered_at",
            "consent",
        ):
            for value in bad_values:
                with self.subTest(field=field, value=str(value)[:20]):
                    cache.clear()
                    data = form_data()
                    data[field] = value
                    response = self.client.post(URL["en"], data)
                    self.assertIn(response.status_code, (303, 400))

    def test_honeypot_is_refused(self):
        response = self.post(language="en", website="http://spam.example")
        self.assert_rejected(response, "en", "has text in it")

    @override_settings(HOTLINE_MIN_FILL_SECONDS=5)
    def test_too_fast_submission_is_refused_and_can_be_sent_again(self):
        response = self.post(language="be", rendered_at=signed_timestamp(time.time()))
        html = self.assert_rejected(response, "be", "Форма адпраўлена хутчэй")
        # A fresh timestamp is in the re-rendered form; sent later, it goes through.
        fresh = html.split('name="rendered_at" value="', 1)[1].split('"', 1)[0]
        with mock.patch("hotline.antiabuse.time.time", return_value=time.time() + 10):
            self.assertEqual(self.post(language="be", rendered_at=fresh).status_code, 303)

    def test_forged_or_missing_timestamp_is_refused(self):
        for value in ("forged", "", None):
            with self.subTest(value=value):
                response = self.post(language="en", rendered_at=value)
                self.assert_rejected(response, "en", "The form could not be checked.")

    def test_expired_form_is_refused(self):
        response = self.post(language="en", rendered_at=signed_timestamp(time.time() - 3 * 24 * 3600))
        self.assert_rejected(response, "en", "has expired")

    def test_get_never_submits(self):
        response = self.client.get(URL["ru"], form_data())
        self.assertEqual(response.status_code, 200)
        self.assertEqual(CallbackRequest.objects.count(), 0)
        self.assertNotIn('class="error-summary"', response.content.decode())

    def test_other_methods_are_not_allowed(self):
        self.assertEqual(self.client.put(URL["ru"]).status_code, 405)
        self.assertEqual(self.client.delete(URL["ru"]).status_code, 405)
        self.assertEqual(self.client.post("/ru/callback/thanks/").status_code, 405)
        self.assertEqual(self.client.get("/ru/callback/thanks/ABCDEFGH/").status_code, 404)
        self.assertEqual(self.client.get("/ru/callback/anything/").status_code, 404)

    def test_missing_csrf_token_gives_a_translated_403(self):
        client = Client(enforce_csrf_checks=True)
        response = client.post(URL["be"], form_data())
        self.assertEqual(response.status_code, 403)
        self.assertContains(response, "Форму не ўдалося адправіць", status_code=403)
        self.assertEqual(CallbackRequest.objects.count(), 0)

    def test_with_a_csrf_token_the_protected_form_works(self):
        client = Client(enforce_csrf_checks=True)
        html = client.get(URL["ru"]).content.decode()
        token = html.split('name="csrfmiddlewaretoken" value="', 1)[1].split('"', 1)[0]
        response = client.post(URL["ru"], {**form_data(), "csrfmiddlewaretoken": token})
        self.assertEqual(response.status_code, 303)

    def test_paused_callbacks_show_the_numbers_and_store_nothing(self):
        HotlineSettings.objects.update(callback_enabled=False)
        cache.clear()
        self.assertContains(self.client.get(URL["en"]), "not taking callback requests")
        self.assertEqual(self.post(language="en").status_code, 503)
        self.assertEqual(CallbackRequest.objects.count(), 0)


class RateLimitTests(TestCase):
    """Against the configured cache: Redis when REDIS_URL is set, else local memory."""

    @classmethod
    def setUpTestData(cls):
        seed_without_editorial_content()

    def setUp(self):
        cache.clear()

    @override_settings(HOTLINE_MIN_FILL_SECONDS=0, HOTLINE_RATE_LIMIT_ADDRESS=(2, 3600))
    def test_too_many_requests_from_one_address_get_429_with_a_translated_message(self):
        for number in ("+375291234561", "+375291234562"):
            self.assertEqual(
                self.client.post(URL["ru"], form_data(phone=number), REMOTE_ADDR="198.51.100.1").status_code,
                303,
            )
        response = self.client.post(URL["ru"], form_data(phone="+375291234563"), REMOTE_ADDR="198.51.100.1")
        self.assertEqual(response.status_code, 429)
        self.assertContains(response, "несколько запросов", status_code=429)
        self.assertContains(response, 'value="+375291234563"', status_code=429)
        self.assertContains(response, "8 801 000-00-00", status_code=429)
        # Another address is not affected.
        other = self.client.post(URL["ru"], form_data(phone="+375291234564"), REMOTE_ADDR="198.51.100.2")
        self.assertEqual(other.status_code, 303)
        self.assertEqual(CallbackRequest.objects.count(), 3)

    @override_settings(HOTLINE_MIN_FILL_SECONDS=0, HOTLINE_RATE_LIMIT_PHONE=(1, 86400))
    def test_one_phone_number_is_limited_across_addresses(self):
        first = self.client.post(URL["en"], form_data(), REMOTE_ADDR="198.51.100.1")
        self.assertEqual(first.status_code, 303)
        again = self.client.post(URL["en"], form_data(phone="+375 29 123 45 67"), REMOTE_ADDR="198.51.100.9")
        self.assertEqual(again.status_code, 429)
        self.assertContains(again, "several requests from you", status_code=429)

    @override_settings(HOTLINE_MIN_FILL_SECONDS=0, HOTLINE_RATE_LIMIT_ADDRESS=(1, 3600))
    def test_proxy_header_counts_only_when_configured(self):
        # Not configured: a forged header does not give a fresh bucket.
        self.client.post(URL["en"], form_data(phone="+375291234561"), HTTP_X_FORWARDED_FOR="192.0.2.1")
        response = self.client.post(URL["en"], form_data(phone="+375291234562"), HTTP_X_FORWARDED_FOR="192.0.2.2")
        self.assertEqual(response.status_code, 429)
        cache.clear()
        with self.settings(HOTLINE_TRUSTED_PROXY_HEADER="HTTP_X_FORWARDED_FOR"):
            for number, chain in (
                ("+375291234563", "10.0.0.1, 192.0.2.1"),
                ("+375291234564", "10.0.0.1, 192.0.2.2"),
            ):
                response = self.client.post(URL["en"], form_data(phone=number), HTTP_X_FORWARDED_FOR=chain)
                self.assertEqual(response.status_code, 303)

    @override_settings(HOTLINE_MIN_FILL_SECONDS=0, HOTLINE_RATE_LIMIT_ADDRESS=(1, 3600))
    def test_a_broken_cache_lets_requests_through(self):
        with mock.patch("hotline.antiabuse.cache.incr", side_effect=ConnectionError("cache down")):
            for number in ("+375291234561", "+375291234562"):
                self.assertEqual(self.client.post(URL["en"], form_data(phone=number)).status_code, 303)

    def test_only_hashes_reach_the_cache(self):
        from hotline import antiabuse

        with mock.patch.object(antiabuse.cache, "add", wraps=antiabuse.cache.add) as add:
            antiabuse.hit("phone", "+375291234567", 5, 60)
        key = add.call_args.args[0]
        self.assertNotIn("375291234567", key)
