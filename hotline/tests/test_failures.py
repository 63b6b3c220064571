"""No callback request is lost while the database is down.

The database really is unreachable here (see tests/outages.py): the site's
connection fails the way it fails in production. A valid request is kept on
disk, the visitor gets their reference, and ``retry_callback_notifications``
stores it and tells the operators once the database answers again.
"""

import io
import re
import tempfile
from pathlib import Path

from django.core import mail, signing
from django.core.management import CommandError, call_command
from django.test import Client, TestCase
from django.utils import timezone

import pytest

from hotline import spool
from hotline.models import CallbackRequest
from hotline.models.requests import new_reference
from tests.outages import database_unreachable

from .helpers import form_data, seed_without_editorial_content

URL = "/ru/callback/"


@pytest.fixture
def outage_site(transactional_db, settings, tmp_path):
    settings.HOTLINE_MIN_FILL_SECONDS = 0
    settings.HOTLINE_SPOOL_DIR = tmp_path / "spool"
    seed_without_editorial_content()
    return settings.HOTLINE_SPOOL_DIR


def rendered_form(client, url=URL):
    """GET the callback page as a visitor does; returns the form's signed token."""
    response = client.get(url)
    assert response.status_code == 200
    return re.search(r'name="rendered_at" value="([^"]+)"', response.content.decode()).group(1)


def answers(token, **overrides):
    values = {"name": "Ганна", "phone": "+48 600 123 456", "message": "Забралі пашпарт", **overrides}
    return form_data(rendered_at=token, **values)


def test_a_request_sent_while_the_database_is_down_is_kept_and_stored_when_it_is_back(outage_site):
    client = Client()
    token = rendered_form(client)

    with database_unreachable():
        response = client.post(URL, answers(token, topic="exploitation"))
        assert response.status_code == 202
        html = response.content.decode()
        reference = re.search(r"<strong>([A-Z0-9]{4}-[A-Z0-9]{4})</strong>", html).group(1)
        assert "Спасибо, ваша заявка принята" in html
        assert "Если вам угрожает опасность" in html  # urgent: the emergency numbers come first
        assert "no-store" in response["Cache-Control"]
        # The same form sent again (no answer seen, a double click) is kept once, with the same
        # reference, and does not count against the rate limit of three a day per number.
        for _attempt in range(3):
            again = client.post(URL, answers(token, topic="exploitation"))
            assert again.status_code == 202
            assert reference in again.content.decode()
        files = spool.pending()
        assert len(files) == 1
        assert files[0].stat().st_mode & 0o077 == 0  # only the site's own user can read it
        assert "Ганна" not in files[0].read_text()  # compressed and signed, not plain text

        # The scheduled command cannot store it yet: it says so and keeps the file.
        with pytest.raises(CommandError, match="spooled requests stay on disk"):
            call_command("retry_callback_notifications", stdout=io.StringIO())
        assert spool.pending() == files

    assert CallbackRequest.objects.count() == 0
    out = io.StringIO()
    call_command("retry_callback_notifications", stdout=out)
    assert "Stored 1 request(s) kept on disk" in out.getvalue()
    assert "Queued 1 notification(s); 0 failed" in out.getvalue()
    assert spool.pending() == []

    callback = CallbackRequest.objects.get()
    assert callback.display_reference == reference
    assert (callback.name, callback.phone, callback.message) == ("Ганна", "+48600123456", "Забралі пашпарт")
    assert (callback.language, callback.topic, callback.country_now) == ("ru", "exploitation", "PL")
    assert callback.urgent
    assert callback.consent_version == "2026-11/spooled"
    assert callback.created_at <= callback.notified_at
    assert len(mail.outbox) == 1
    assert reference in mail.outbox[0].subject

    # Back to normal: the same form sent once more is recognised, not stored twice.
    response = client.post(URL, answers(token, topic="exploitation"))
    assert response.status_code == 303
    assert CallbackRequest.objects.count() == 1
    # And nothing is stored or sent twice by the next run.
    call_command("retry_callback_notifications", stdout=io.StringIO())
    assert CallbackRequest.objects.count() == 1
    assert len(mail.outbox) == 1


def test_during_an_outage_the_form_still_opens_and_bad_input_gets_it_back_with_errors(outage_site, settings):
    client = Client()
    token = rendered_form(client)
    english_token = rendered_form(client, "/en/callback/")
    client.raise_request_exception = False

    with database_unreachable():
        # The callback page's address, seen working before, shows the form without the database.
        page = client.get(URL)
        assert page.status_code == 200
        html = page.content.decode()
        assert '<html lang="ru">' in html
        assert 'name="csrfmiddlewaretoken"' in html
        assert 'name="rendered_at"' in html
        assert 'action="/ru/callback/"' in html
        assert "Быстро уйти со страницы" in html  # the exit control, as on the real page

        # Invalid answers: the errors, and everything typed kept.
        response = client.post(URL, answers(token, phone="12", message="Мне не платят"))
        assert response.status_code == 400
        html = response.content.decode()
        assert "<title>Ошибка:" in html
        assert "Введите номер телефона, по которому мы сможем позвонить" in html
        assert "Мне не платят" in html
        assert 'value="Ганна"' in html
        # The honeypot and the signed timestamp still apply.
        assert client.post(URL, answers(token, website="http://spam.example")).status_code == 400
        # Another page, or a POST that is not the callback form: the "temporarily unavailable" page.
        assert client.get("/ru/").status_code == 503
        assert client.post("/ru/search/", {"phone": "1", "rendered_at": "forged"}).status_code == 503
        assert spool.pending() == []

        # The disk fails too: the visitor is told so, and given the numbers the cache remembered.
        blocker = outage_site.parent / "not-a-folder"
        blocker.write_text("")
        settings.HOTLINE_SPOOL_DIR = blocker / "spool"
        response = client.post("/en/callback/", answers(english_token))
        assert response.status_code == 503
        html = response.content.decode()
        assert "Your request could not be sent" in html
        assert 'href="tel:' in html


class SpoolImportTests(TestCase):
    """Reading the spool back: never twice, never silently dropped."""

    def setUp(self):
        folder = Path(self.enterContext(tempfile.TemporaryDirectory())) / "spool"
        self.enterContext(self.settings(HOTLINE_SPOOL_DIR=folder))

    def kept_request(self, key="k" * 22):
        now = timezone.now()
        callback = CallbackRequest(
            reference=new_reference(),
            submission_key=key,
            created_at=now,
            consent_at=now,
            consent_version="2026-11/spooled",
            language="be",
            phone="+375297654321",
            channel="phone",
            safe_to_call=True,
            may_leave_message=False,
            time_window="any",
            country_now="PL",
            topic="working",
        )
        return spool.keep(callback, token="unused")

    def test_a_file_that_outlived_its_commit_is_not_stored_twice(self):
        kept = self.kept_request()
        copy = spool.pending()[0].read_text()
        stored, duplicates, unreadable = spool.import_pending()
        self.assertEqual(([c.reference for c in stored], duplicates, unreadable), ([kept.reference], 0, []))
        # A crash between the commit and the deletion leaves the file behind.
        (spool.directory() / spool.file_name(kept.submission_key, "unused")).write_text(copy)
        self.assertEqual(spool.import_pending(), ([], 1, []))
        self.assertEqual(CallbackRequest.objects.count(), 1)
        self.assertEqual(spool.pending(), [])

    def test_a_file_that_cannot_be_read_is_left_in_place_and_reported(self):
        self.kept_request()
        path = spool.pending()[0]
        path.write_text(signing.dumps({"reference": "ABCDEFGH"}, salt="somebody else"))
        err = io.StringIO()
        call_command("retry_callback_notifications", stdout=io.StringIO(), stderr=err)
        self.assertIn("1 spooled file(s)", err.getvalue())
        self.assertIn(path.name, err.getvalue())
        self.assertTrue(path.exists())
        self.assertEqual(CallbackRequest.objects.count(), 0)
