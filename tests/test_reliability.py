"""Nothing accepted is lost, nothing is stored twice, while gunicorn's workers restart.

Concurrent visitors send the callback form to the real gunicorn (production
settings, the test database) while the workers are reloaded (SIGHUP to the
master) and stopped (SIGTERM) or killed (SIGKILL) under them. A visitor whose
connection breaks, or who gets a 5xx, sends the same form again: the same
CSRF token and hidden fields, as a browser's retry would. The form's
submission key makes that safe: every request that got the thank-you
redirect is stored exactly once.

RELIABILITY_SUBMISSIONS sets the number of visitors (60 by default; the load
benchmark runs 600).
"""

import collections
import http.client
import itertools
import os
import random
import re
import signal
import threading
import time
import urllib.parse
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

from django.core.cache import cache
from django.db import connection
from django.test import Client

import pytest

from hotline.forms import signed_form_token, submission_key
from hotline.models import CallbackRequest
from hotline.models.requests import DuplicateSubmission
from hotline.tests.helpers import form_data
from hotline.tests.test_concurrency import Visitor, callback_form, start_hotline_server
from hotline.tests.test_concurrency import pytestmark as needs_gunicorn

SUBMISSIONS = int(os.environ.get("RELIABILITY_SUBMISSIONS", "60"))
CONCURRENCY = 16
DEADLINE_SECONDS = 180 + 3 * SUBMISSIONS  # a busy 2-core machine stores about one a second
REFERENCE_RE = re.compile(r"<strong>([A-Z0-9]{4}-[A-Z0-9]{4})</strong>")


# -- the same form twice, through Django's test client --------------------


@pytest.fixture(autouse=True)
def clean_cache():
    """Rate-limit counters left in a shared Redis by earlier runs must not refuse these forms."""
    cache.clear()
    yield
    cache.clear()


def signed_form_token_with_key(key, age=60):
    """A form token as the page renders it, but rendered ``age`` seconds ago (past the "too fast" check)."""
    from django.core import signing

    from hotline.antiabuse import TIMESTAMP_SALT

    return signing.dumps({"t": round(time.time() - age, 3), "n": key}, salt=TIMESTAMP_SALT)


@pytest.mark.django_db(transaction=True)  # with the gunicorn test: one xdist scope, run last
def test_every_rendered_form_carries_its_own_submission_key(client, demo_site):
    keys = set()
    for _attempt in range(3):
        html = client.get("/ru/callback/").content.decode()
        keys.add(submission_key(re.search(r'name="rendered_at" value="([^"]*)"', html).group(1)))
    assert None not in keys
    assert len(keys) == 3
    # Forged, unsigned or keyless tokens carry no key.
    assert submission_key("garbage") is None
    assert submission_key(signed_form_token()[:-2] + "xx") is None


@pytest.mark.django_db(transaction=True)  # with the gunicorn test: one xdist scope, run last
def test_the_same_form_sent_again_is_stored_once_and_reveals_nothing_new(client, demo_site):
    stranger = Client()  # another browser (or the same one without its session) sending the very same form
    key = submission_key(signed_form_token())
    data = form_data(rendered_at=signed_form_token_with_key(key))
    first = client.post("/ru/callback/", data)
    second = stranger.post("/ru/callback/", data)
    assert (first.status_code, second.status_code) == (303, 303)
    assert second["Location"] == first["Location"] == "/ru/callback/thanks/"
    stored = CallbackRequest.objects.get()
    assert stored.submission_key == key

    # The browser that sent it first keeps seeing its reference.
    own = client.get(first["Location"]).content.decode()
    assert REFERENCE_RE.search(own).group(1) == stored.display_reference
    # The repeated form gets the thanks, but not the reference it did not carry.
    html = stranger.get(second["Location"]).content.decode()
    assert "callback-thanks" in html
    assert stored.reference[:4] not in html
    assert not REFERENCE_RE.search(html)

    # Sent again from the first browser: still one request, still its reference.
    assert client.post("/ru/callback/", data).status_code == 303
    assert REFERENCE_RE.search(client.get("/ru/callback/thanks/").content.decode())
    assert CallbackRequest.objects.count() == 1


@pytest.mark.django_db(transaction=True)  # with the gunicorn test: one xdist scope, run last
def test_a_repeated_urgent_form_still_shows_the_emergency_numbers(client, demo_site):
    stranger = Client()
    key = submission_key(signed_form_token())
    data = form_data(rendered_at=signed_form_token_with_key(key), topic="exploitation")
    assert client.post("/en/callback/", data).status_code == 303
    assert stranger.post("/en/callback/", data).status_code == 303
    html = stranger.get("/en/callback/thanks/").content.decode()
    assert 'id="emergency-title"' in html
    assert CallbackRequest.objects.filter(urgent=True).count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_key_stored_by_a_concurrent_request_is_reported_as_a_duplicate(demo_site):
    """Both requests passed the "already stored?" check; the database's unique key decides."""
    key = submission_key(signed_form_token())

    def request_with_key():
        return CallbackRequest(
            language="ru",
            phone="+375291234567",
            channel="phone",
            safe_to_call=True,
            may_leave_message=False,
            time_window="any",
            country_now="PL",
            topic="working",
            consent_at="2026-11-01T10:00:00Z",
            consent_version="test",
            submission_key=key,
        )

    request_with_key().save_with_new_reference()
    with pytest.raises(DuplicateSubmission):
        request_with_key().save_with_new_reference()
    assert CallbackRequest.objects.filter(submission_key=key).count() == 1
    # Forms rendered before the key existed (no key) are all stored.
    for _number in range(2):
        request = request_with_key()
        request.submission_key = None
        request.save_with_new_reference()
    assert CallbackRequest.objects.count() == 3


# -- through gunicorn, while its workers restart --------------------------


def child_pids(pid):
    """Processes whose parent is ``pid``: the gunicorn master's workers."""
    children = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:  # it exited meanwhile
            continue
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            children.append(int(entry.name))
    return children


class Progress:
    """Answers the visitors got: the restarts keep pace with the server, however slow the machine."""

    def __init__(self):
        self.answers = 0
        self.changed = threading.Condition()

    def answered(self):
        with self.changed:
            self.answers += 1
            self.changed.notify_all()

    def wait_for(self, count, stop):
        with self.changed:
            self.changed.wait_for(lambda: self.answers >= count or stop.is_set())


class Chaos(threading.Thread):
    """Reload the workers (SIGHUP), stop one (SIGTERM), kill one (SIGKILL), in turn, until told to stop.

    After each action, wait for a few answers and a short, seeded random time,
    so that the workers restart all along the run whatever the machine's speed.
    """

    ACTIONS = ("reload", "stop", "kill")

    def __init__(self, master_pid, progress, answers_between=4, interval=0.5):
        super().__init__(daemon=True)
        self.master_pid = master_pid
        self.progress = progress
        self.answers_between = answers_between
        self.interval = interval
        self.done = threading.Event()
        self.counts = collections.Counter()
        self.signalled = set()
        self.random = random.Random(9)

    def run(self):
        for action in itertools.cycle(self.ACTIONS):
            self.progress.wait_for(self.progress.answers + self.answers_between, self.done)
            if self.done.wait(self.interval * self.random.uniform(0.5, 1.5)):
                return
            if action == "reload":
                os.kill(self.master_pid, signal.SIGHUP)
                self.counts[action] += 1
                continue
            workers = child_pids(self.master_pid)
            if not workers:
                continue
            pid = self.random.choice(workers)
            try:
                os.kill(pid, signal.SIGTERM if action == "stop" else signal.SIGKILL)
            except ProcessLookupError:
                continue
            self.signalled.add(pid)
            self.counts[action] += 1

    def stop(self):
        self.done.set()
        with self.progress.changed:
            self.progress.changed.notify_all()
        self.join(timeout=10)


def drain(stream, lines):
    """Read the server's output as it comes, so that gunicorn never blocks on a full pipe."""
    for line in stream:
        lines.append(line)


class Retrying:
    """A visitor who sends the same request again after a broken connection or a 5xx."""

    def __init__(self, port, deadline, progress):
        self.visitor = Visitor(port, timeout=15)
        self.deadline = deadline
        self.progress = progress
        self.failures = collections.Counter()

    def request(self, method, path, body=None):
        for attempt in itertools.count(1):
            try:
                status, headers, text = self.visitor.request(method, path, body)
            except (OSError, http.client.HTTPException) as error:
                self.failures[type(error).__name__] += 1
            else:
                if status < 500:
                    self.progress.answered()
                    return status, headers, text
                self.failures[status] += 1
            if time.monotonic() > self.deadline:
                raise AssertionError(f"{method} {path}: no answer before the deadline ({dict(self.failures)})")
            time.sleep(min(0.05 * attempt, 1))


@pytest.fixture
def restarting_server(transactional_db, collected_static):
    server = start_hotline_server(
        collected_static,
        GUNICORN_THREADS="4",
        GUNICORN_TIMEOUT="20",
        HOTLINE_RATE_LIMIT_ADDRESS="0/3600",
        HOTLINE_RATE_LIMIT_PHONE="0/86400",
        LOG_LEVEL="ERROR",
    )
    output = []
    reader = threading.Thread(target=drain, args=(server.process.stdout, output), daemon=True)
    reader.start()
    yield server, output
    server.stop()
    reader.join(timeout=10)


@needs_gunicorn
def test_accepted_requests_are_stored_exactly_once_while_workers_restart(restarting_server):
    if connection.vendor == "sqlite" and SUBMISSIONS > 100:
        pytest.skip("SQLite serialises every write; the large run needs PostgreSQL")
    server, output = restarting_server
    run = f"reliability-{os.getpid()}-{time.time_ns()}"
    deadline = time.monotonic() + DEADLINE_SECONDS
    progress = Progress()
    chaos = Chaos(server.process.pid, progress)
    outcomes = {}

    def visit(number):
        visitor = Retrying(server.port, deadline, progress)
        status, _headers, html = visitor.request("GET", "/ru/callback/")
        assert status == 200, status
        marker = f"{run} #{number}."
        body = callback_form(html, f"+48600{number:06d}", message=marker)
        status, headers, _text = visitor.request("POST", "/ru/callback/", body)
        assert status == 303, (number, status)
        thanks = urllib.parse.urlsplit(headers["Location"]).path
        status, _headers, page = visitor.request("GET", thanks)
        assert status == 200, status
        shown = REFERENCE_RE.search(page)
        repeated = None
        if number % 4 == 0:
            # As if the answer had been lost: the very same form again, from a browser without the session.
            stranger = Retrying(server.port, deadline, progress)
            stranger.visitor.cookies = {"csrftoken": visitor.visitor.cookies["csrftoken"]}
            status, headers, _text = stranger.request("POST", "/ru/callback/", body)
            assert status == 303, (number, status)
            status, _headers, repeated = stranger.request("GET", urllib.parse.urlsplit(headers["Location"]).path)
            assert status == 200, status
            visitor.failures.update(stranger.failures)
        outcomes[number] = {
            "marker": marker,
            "reference": shown.group(1).replace("-", "") if shown else None,
            "repeat_page": repeated,
            "failures": visitor.failures,
        }

    chaos.start()
    try:
        with ThreadPoolExecutor(max_workers=min(CONCURRENCY, SUBMISSIONS)) as pool:
            list(pool.map(visit, range(SUBMISSIONS)))
    except AssertionError as error:
        said = "".join(output)[-3000:]
        raise AssertionError(f"{error}; restarts {dict(chaos.counts)}; server said: {said}") from None
    finally:
        chaos.stop()

    stored = collections.defaultdict(list)
    for message, reference, key in CallbackRequest.objects.filter(message__startswith=run).values_list(
        "message", "reference", "submission_key"
    ):
        stored[message].append((reference, key))
    failures = sum((outcome["failures"] for outcome in outcomes.values()), collections.Counter())
    summary = f"restarts {dict(chaos.counts)}, failed attempts {dict(failures)}"
    print(f"\n{SUBMISSIONS} submissions: {summary}")

    # Every visitor was accepted (the thread pool re-raises any assertion).
    assert len(outcomes) == SUBMISSIONS
    # ... and each accepted form is stored once: none lost, none twice.
    for outcome in outcomes.values():
        rows = stored.get(outcome["marker"], [])
        assert len(rows) == 1, (outcome["marker"], rows, summary)
        reference, key = rows[0]
        assert key, "stored without its submission key"
        if outcome["reference"]:  # the thank-you page named this very request
            assert outcome["reference"] == reference
        if outcome["repeat_page"] is not None:
            assert reference[:4] not in outcome["repeat_page"]
            assert not REFERENCE_RE.search(outcome["repeat_page"])
    assert sum(len(rows) for rows in stored.values()) == SUBMISSIONS
    # The workers really did restart under the visitors.
    assert chaos.counts["reload"] and chaos.counts["kill"] and chaos.counts["stop"], summary
    assert chaos.signalled - set(child_pids(server.process.pid)), summary
    text = "".join(output)
    assert "Traceback" not in text, text[-4000:]
