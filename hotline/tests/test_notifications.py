"""Operators hear of every new request by e-mail, without personal data; failed sends are retried."""

import io

from django.core import mail
from django.core.cache import cache
from django.core.management import call_command
from django.test import TestCase, override_settings

from hotline.models import CallbackRequest

from .helpers import form_data, seed_without_editorial_content
from .smtp_sink import SmtpSink, free_port

FAILING = "hotline.tests.failing_backend.FailingBackend"


@override_settings(HOTLINE_MIN_FILL_SECONDS=0)
class NotificationTests(TestCase):
    @classmethod
    def setUpTestData(cls):
        seed_without_editorial_content()

    def setUp(self):
        cache.clear()

    def submit(self, **overrides):
        with self.captureOnCommitCallbacks(execute=True):
            response = self.client.post(
                "/be/callback/",
                form_data(name="Ганна", phone="+375 29 765-43-21", message="Забралі пашпарт", **overrides),
            )
        self.assertEqual(response.status_code, 303)
        return CallbackRequest.objects.latest("created_at")

    def test_new_request_sends_reference_urgency_and_link_but_no_personal_data(self):
        callback = self.submit(topic="exploitation")
        self.assertEqual(len(mail.outbox), 1)
        message = mail.outbox[0]
        self.assertEqual(message.to, ["operators@example.org"])
        self.assertIn(callback.display_reference, message.subject)
        self.assertIn("СРОЧНО", message.subject)
        self.assertIn(f"http://testserver/admin/callbackrequest/inspect/{callback.pk}/", message.body)
        everything = message.subject + message.body
        for personal in ("Ганна", "765", "4321", "пашпарт", "PL", "Польш"):
            self.assertNotIn(personal, everything)
        callback.refresh_from_db()
        self.assertIsNotNone(callback.notified_at)

    def test_failed_send_keeps_the_request_and_the_retry_command_sends_it_later(self):
        with self.settings(EMAIL_BACKEND=FAILING):
            callback = self.submit()
        callback.refresh_from_db()
        self.assertIsNone(callback.notified_at)
        self.assertEqual(callback.notify_attempts, 1)
        self.assertEqual(len(mail.outbox), 0)

        # Still failing: the retry counts another attempt and keeps the request.
        with self.settings(EMAIL_BACKEND=FAILING):
            out = io.StringIO()
            call_command("retry_callback_notifications", "--older-than", "0", stdout=out)
        self.assertIn("1 failed again", out.getvalue())
        callback.refresh_from_db()
        self.assertEqual(callback.notify_attempts, 2)

        # The mail server is back.
        out = io.StringIO()
        call_command("retry_callback_notifications", "--older-than", "0", stdout=out)
        self.assertIn("Queued 1 notification(s); 0 failed", out.getvalue())
        callback.refresh_from_db()
        self.assertIsNotNone(callback.notified_at)
        self.assertEqual(len(mail.outbox), 1)
        self.assertIn(callback.display_reference, mail.outbox[0].subject)

        # Nothing is sent twice.
        call_command("retry_callback_notifications", "--older-than", "0", stdout=io.StringIO())
        self.assertEqual(len(mail.outbox), 1)

    def test_with_a_real_smtp_server_down_then_up_the_request_is_kept_and_announced_once(self):
        port = free_port()  # nothing listens there yet: the mail server is down
        smtp = {
            "EMAIL_BACKEND": "django.core.mail.backends.smtp.EmailBackend",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": port,
            "EMAIL_USE_TLS": False,
            "EMAIL_TIMEOUT": 3,
        }
        with self.settings(**smtp):
            callback = self.submit()  # accepted (303) and stored although the mail server is down
            callback.refresh_from_db()
            self.assertIsNone(callback.notified_at)
            self.assertEqual(callback.notify_attempts, 1)

            with SmtpSink(port) as sink:  # the mail server comes back
                out = io.StringIO()
                call_command("retry_callback_notifications", "--older-than", "0", stdout=out)
                call_command("retry_callback_notifications", "--older-than", "0", stdout=io.StringIO())
        self.assertIn("Queued 1 notification(s); 0 failed", out.getvalue())
        callback.refresh_from_db()
        self.assertIsNotNone(callback.notified_at)
        self.assertEqual(len(sink.messages), 1)  # once, not again on the second run
        self.assertIn(callback.display_reference, sink.messages[0])
        self.assertNotIn("765-43-21", sink.messages[0])  # no personal data in the e-mail

    def test_retry_waits_for_fresh_requests(self):
        with self.settings(EMAIL_BACKEND=FAILING):
            self.submit()
        out = io.StringIO()
        call_command("retry_callback_notifications", stdout=out)
        self.assertIn("Queued 0", out.getvalue())
