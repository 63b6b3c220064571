"""No input makes a 500: fuzzed query strings, paths, headers, form posts and
oversized bodies against every public URL.

The demo content is seeded once; the URLs come from the live pages of every
language plus the feeds, search, sitemap, robots.txt, health check, the
callback page and its thank-you page, and paths that do not exist. Each URL
gets a corpus of known-nasty values, then hypothesis (derandomized, so CI is
reproducible) mixes keys, values and headers. Any status of 500 or more, any
exception reaching Django's handler, or any error logged by ``django.request``
fails the test. A few oversized requests also go through the real gunicorn.
"""

import contextlib
import itertools
import logging
import socket
import time
import urllib.parse

from django.conf import settings
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import got_request_exception
from django.test import Client
from django.utils import translation
from django.utils.translation import gettext

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from hypothesis.extra.django import TestCase

from conftest import load_demo_content, seed
from hotline.forms import REQUEST_FIELDS, signed_form_token
from hotline.tests.helpers import form_data
from tests.test_production import PRODUCTION_ENV, Server, database_url

LANGUAGES = [code for code, _name in settings.LANGUAGES]
FORM_TYPE = "application/x-www-form-urlencoded"

FUZZ = hypothesis_settings(
    derandomize=True,
    deadline=None,
    max_examples=25,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)

HUGE = "я" * 10_000
# Values that broke sites before: control characters, lone surrogates
# (sent as their UTF-8-ish bytes), broken %-escapes, numbers out of range,
# markup, path tricks, huge strings.
NASTY_VALUES = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\ud800",
    "\udfff\ud800",
    "%",
    "%zz",
    "%00",
    "%ED%A0%80",
    "%FF%FE",
    "-1",
    "0",
    "abc",
    "1e309",
    "NaN",
    str(10**30),
    "-" + str(10**30),
    "9" * 400,
    "1.5",
    "ZZ",
    "xx",
    "ЯЯ",
    "../../etc/passwd",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    '"',
    "\\",
    "*",
    "()[]{}",
    "NOT AND OR",
    "+-~*\"'",
    "\u202e\u200b\ufeff",
    "\U0001f600" * 50,
    "ǅ" * 300,
    HUGE,
    "x" * 100_000,
]
QUERY_KEYS = ["q", "page", "p", "topic", "country", "month", "language", "state", "type", "format", "utm_source"]
FIXED_QUERIES = [
    "page=-1",
    "page=abc",
    f"page={10**30}",
    "page=0",
    "page=1&page=2&page=abc",
    "q=" + "x" * 10_000,
    "q=" + urllib.parse.quote(HUGE),
    "q=%00%01%02",
    "q=%ED%A0%80",
    "q=%",
    "q",
    "&&&==&",
    "country=ZZ",
    "country=XYZ&topic=no-such-topic",
    "country=%00&topic=%00",
    "topic=" + "a" * 5000,
    ";;;",
    "a=" + "&a=".join(["1"] * 500),
    "%FF=%FF",
]
HEADER_VALUES = {
    "HTTP_ACCEPT_LANGUAGE": ["*", "zz", "ru;q=abc", ",,,;;;", "en-US,en;q=0.9,*;q=", "be-tarask", "a" * 5000, "ÿþ"],
    "HTTP_COOKIE": [
        "sessionid=garbage",
        "csrftoken=" + "x" * 5000,
        "a=b; a=c; =; ;=",
        "sessionid=\x00",
        "django_language=xx",
        "sessionid=" + "z" * 40 + "; csrftoken=short",
        '"quoted"=val; x="unterminated',
    ],
    "HTTP_IF_NONE_MATCH": ["*", '"abc"', "W/", '"' * 100, "garbage, , ,", "W/" + '"x"' * 1000],
    "HTTP_IF_MODIFIED_SINCE": [
        "yesterday",
        "Mon, 32 Foo 99999 99:99:99 GMT",
        "0",
        "-1",
        "Sun, 06 Nov 1994 08:49:37 GMT",
        "Fri, 31 Dec 9999 23:59:59 GMT",
        "9" * 300,
    ],
    "HTTP_IF_UNMODIFIED_SINCE": ["garbage", "Thu, 01 Jan 1970 00:00:00 GMT"],
    "HTTP_IF_MATCH": ["*", "garbage"],
    "HTTP_RANGE": ["bytes=0-0", "bytes=999999999-", "bytes=-0", "bytes=abc", "bytes=1-0,2-1", "lines=1-2"],
    "HTTP_X_FORWARDED_PROTO": ["https,http", "", "\x00", "HTTPS", "ftp"],
    "HTTP_X_FORWARDED_FOR": ["1.2.3.4, garbage", "::::", "x" * 1000, ", , ,"],
    "HTTP_X_FORWARDED_HOST": ["evil.example", "a b"],
    "HTTP_REFERER": ["http://", "javascript:alert(1)", "https://example.com/%ff", "/ru/../", "http://[::1", "\x00"],
    "HTTP_ORIGIN": ["null", "http://", "https://evil.example"],
    "HTTP_USER_AGENT": ["", "x" * 5000, "\x00"],
    "HTTP_ACCEPT": ["*/*;q=abc", "application/xml;;", "", "text/html;level=" + "1" * 100],
    "HTTP_ACCEPT_ENCODING": ["gzip;q=abc", "br, *", "identity;q=0"],
    "HTTP_X_REQUESTED_WITH": ["XMLHttpRequest"],
    "HTTP_HOST": ["", "a b", "[::1", "evil.example:99999", "localhost:abc", "-.-", "x" * 300],
}
FORM_FIELDS = [
    *REQUEST_FIELDS,
    "consent",
    "website",
    "rendered_at",
    "csrfmiddlewaretoken",
]
VALID_FORM = form_data(rendered_at=None)  # every answer valid; each post adds its own form token


def wsgi(text):
    """A WSGI environ string (bytes as latin-1) for any text, lone surrogates included."""
    return text.encode("utf-8", "surrogatepass").decode("latin-1")


def quote(text):
    return urllib.parse.quote_from_bytes(text.encode("utf-8", "surrogatepass"), safe="")


def query_string(pairs, raw=False):
    encode = wsgi if raw else quote
    return "&".join(f"{encode(key)}={encode(value)}" for key, value in pairs)


def zip_cycled(first, second):
    """Pairs until both lists are used up, starting the shorter one again."""
    length = max(len(first), len(second))
    return zip(*(itertools.islice(itertools.cycle(items), length) for items in (first, second)), strict=True)


def public_paths():
    """Every public address of the seeded site, plus feeds and paths that do not exist."""
    from wagtail.models import Page

    from core.models import Topic
    from countries.models import CountryGuidePage
    from hotline.models import CallbackPage

    paths = {"/", "/robots.txt", "/sitemap.xml", "/healthz/", "/favicon.ico", "/ru", "/xx/", "/admin-no/"}
    paths |= {"/static/css/site.css", "/static/no-such.css", "/media/original_images/none.jpg", "/documents/1/x.pdf"}
    for page in Page.objects.live().public().filter(depth__gt=1).specific():
        url = page.get_url()
        if url:
            paths.add(url)
            if isinstance(page, CallbackPage):
                paths.add(url + "thanks/")
                paths.add(url + "thanks/extra/")
    # Two real filters of each kind and unknown ones: the feeds share their code.
    topics = set(Topic.objects.order_by("slug").values_list("slug", flat=True)[:2]) | {"no-such-topic"}
    guides = CountryGuidePage.objects.live().order_by("country_code").values_list("country_code", flat=True)
    countries = set(guides[:2]) | {"ZZ", "xx", "TOOLONG"}
    for language in LANGUAGES:
        prefix = f"/{language}"
        paths |= {f"{prefix}/", f"{prefix}/search/", f"{prefix}/no-such-page/", f"{prefix}/feeds/stylesheet.xsl"}
        for kind in ("rss", "atom"):
            paths |= {f"{prefix}/feeds/news.{kind}", f"{prefix}/feeds/guidance.{kind}"}
            paths |= {f"{prefix}/feeds/news/topic/{slug}.{kind}" for slug in topics}
            paths |= {f"{prefix}/feeds/news/country/{code}.{kind}" for code in countries}
            paths |= {f"{prefix}/feeds/guidance/{code}.{kind}" for code in countries}
    return sorted(paths)


class BadInputTestCase(TestCase):
    """Shared machinery: one seeded site, a client that returns 500s instead of raising.

    hypothesis' TestCase runs each example in its own transaction; the parts
    below are mixins of one concrete class so that the site is seeded once.
    """

    @classmethod
    def setUpTestData(cls):
        load_demo_content(cls)
        cls.paths = public_paths()
        cls.callback_paths = [path for path in cls.paths if path.endswith("/callback/")]

    def setUp(self):
        self.client = Client(raise_request_exception=False)
        self.strict_client = Client(raise_request_exception=False, enforce_csrf_checks=True)
        self.exceptions = []
        self.logged = []
        got_request_exception.connect(self.record_exception)
        self.addCleanup(got_request_exception.disconnect, self.record_exception)
        handler = logging.Handler(level=logging.ERROR)
        handler.emit = self.logged.append
        logger = logging.getLogger("django.request")
        logger.addHandler(handler)
        self.addCleanup(logger.removeHandler, handler)

    def record_exception(self, sender, request=None, **kwargs):
        import sys

        self.exceptions.append(repr(sys.exc_info()[1]))

    def check(self, response, what):
        """No 500, no exception, nothing logged as an error for this request."""
        label = repr(what)[:300]
        self.assertLess(response.status_code, 500, label)
        self.assertEqual(self.exceptions, [], label)
        self.assertEqual([record.getMessage() for record in self.logged], [], label)
        return response

    def get(self, path, query="", client=None, **extra):
        client = client or self.client
        response = client.generic("GET", path, QUERY_STRING=query, **extra)
        return self.check(response, ("GET", path, query, extra))

    def post(self, path, data, client=None, **kwargs):
        client = client or self.client
        return self.check(client.post(path, data, **kwargs), ("POST", path, str(data)[:200], kwargs))


class QueryStringTests:
    def test_every_public_url_answers(self):
        statuses = {path: self.get(path).status_code for path in self.paths}
        # The list is real: the seeded pages in all three languages answer 200.
        ok = [path for path, status in statuses.items() if status == 200]
        for language in LANGUAGES:
            self.assertGreater(len([path for path in ok if path.startswith(f"/{language}/")]), 10, language)
        self.assertEqual(statuses["/ru/no-such-page/"], 404)

    def test_corpus_of_query_strings_on_every_url(self):
        keys = itertools.cycle(QUERY_KEYS)
        queries = (
            FIXED_QUERIES
            + [query_string([(next(keys), value), (next(keys), value)]) for value in NASTY_VALUES]
            + [query_string([(value, value)], raw=True) for value in NASTY_VALUES]
        )
        # Every URL gets one, every corpus entry meets at least one URL.
        for path, query in zip_cycled(self.paths, queries):
            self.get(path, query)
        # Search takes the query text seriously: every nasty value as q, in turn per language.
        for language, value in zip(itertools.cycle(LANGUAGES), NASTY_VALUES):
            self.get(f"/{language}/search/", query_string([("q", value), ("page", value)]))

    @FUZZ
    @given(data=st.data())
    def test_fuzzed_query_strings(self, data):
        path = data.draw(st.sampled_from(self.paths), label="path")
        keys = st.one_of(st.sampled_from(QUERY_KEYS), st.text(max_size=20))
        values = st.one_of(st.sampled_from(NASTY_VALUES[:-2]), st.text(max_size=200), st.integers().map(str))
        pairs = data.draw(st.lists(st.tuples(keys, values), max_size=6), label="query")
        raw = data.draw(st.booleans(), label="raw")
        self.get(path, query_string(pairs, raw=raw))

    @FUZZ
    @given(segment=st.text(max_size=60), language=st.sampled_from(LANGUAGES + ["", "xx", "static", "media"]))
    def test_fuzzed_paths(self, segment, language):
        self.get(f"/{language}/{wsgi(segment)}/" if language else f"/{wsgi(segment)}")


class HeaderTests:
    def test_corpus_of_headers_on_every_url(self):
        headers = [(name, value) for name, values in HEADER_VALUES.items() for value in values]
        for path, (name, value) in zip_cycled(self.paths[::2], headers):
            self.get(path, **{name: wsgi(value)})
        # Conditional requests on the feeds, which answer them (ETag, Last-Modified).
        feeds = [path for path in self.paths if "/feeds/" in path and path.endswith((".rss", ".atom"))]
        conditional = [
            (name, value)
            for name in ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_RANGE")
            for value in HEADER_VALUES[name]
        ]
        for path, (name, value) in zip_cycled(feeds[:4], conditional):
            self.get(path, **{name: wsgi(value)})

    def test_bad_host_is_refused_with_400(self):
        response = self.get("/ru/", HTTP_HOST="a b")
        self.assertEqual(response.status_code, 400)

    @FUZZ
    @given(data=st.data())
    def test_fuzzed_headers(self, data):
        path = data.draw(st.sampled_from(self.paths), label="path")
        names = st.sampled_from(sorted(HEADER_VALUES))
        values = st.one_of(st.sampled_from(NASTY_VALUES[:-2]), st.text(max_size=300))
        headers = data.draw(st.dictionaries(names, values, max_size=5), label="headers")
        self.get(path, **{name: wsgi(value) for name, value in headers.items()})


class FormPostTests:
    def test_post_without_csrf_token_gets_the_translated_403(self):
        for language in LANGUAGES:
            with self.subTest(language=language):
                response = self.post(f"/{language}/callback/", VALID_FORM, client=self.strict_client)
                self.assertEqual(response.status_code, 403)
                html = response.content.decode()
                self.assertIn(f'<html lang="{language}">', html)
                with translation.override(language):
                    self.assertIn(gettext("The form could not be sent"), html)

    def test_post_and_other_methods_to_every_url(self):
        for path in self.paths:
            self.post(path, {"q": "x", "csrfmiddlewaretoken": "garbage"})
            self.post(path, {"q": "x"}, client=self.strict_client)
        methods = ["PUT", "PATCH", "DELETE", "OPTIONS", "TRACE", "HEAD"] * 4
        for path, method in zip(itertools.cycle(self.paths), methods):
            response = self.client.generic(method, path, "a=b", content_type=FORM_TYPE)
            self.check(response, (method, path))

    def test_corpus_of_callback_form_values(self):
        token = signed_form_token(time.time() - 60)
        for field, value in zip_cycled(FORM_FIELDS, NASTY_VALUES):
            data = {**VALID_FORM, "rendered_at": token, field: wsgi(value)}
            self.post(self.callback_paths[len(value) % len(self.callback_paths)], data)
        # Lists where one value is expected, files where text is expected, JSON, no body.
        path = "/en/callback/"
        self.post(path, {**VALID_FORM, "rendered_at": token, "phone": ["+48600123456", "1"], "topic": ["a", "b"]})
        upload = SimpleUploadedFile("phone.txt", b"\x00\xff" * 100, content_type="application/octet-stream")
        self.post(path, {**VALID_FORM, "rendered_at": token, "phone": upload, "message": upload})
        self.post(path, '{"phone": 1}', content_type="application/json")
        self.post(path, b"\xff\xfe\x00garbage", content_type=FORM_TYPE)
        self.post(path, "--x\r\n\r\n", content_type="multipart/form-data; boundary=x")
        self.post(path, "", content_type="multipart/form-data")
        for content_type in ("text/plain", FORM_TYPE, "multipart/form-data; boundary=x"):
            # generic(): the test client's post() would itself choke on the unknown charset.
            response = self.client.generic("POST", path, b"a=b", content_type=f"{content_type}; charset=no-such")
            self.check(response, ("POST", path, content_type))

    @FUZZ
    @given(data=st.data())
    def test_fuzzed_callback_posts(self, data):
        path = data.draw(st.sampled_from(self.callback_paths), label="path")
        keys = st.one_of(st.sampled_from(FORM_FIELDS), st.text(max_size=20))
        values = st.one_of(st.sampled_from(NASTY_VALUES[:-2]), st.text(max_size=300), st.sampled_from(["yes", "no"]))
        fields = data.draw(st.dictionaries(keys, values, max_size=14), label="fields")
        if data.draw(st.booleans(), label="start from a valid form"):
            fields = {**VALID_FORM, "rendered_at": signed_form_token(time.time() - 60), **fields}
        body = query_string(fields.items())
        response = self.client.generic("POST", path, body, content_type=FORM_TYPE)
        self.check(response, ("POST", path, body[:300]))


class OversizedRequestTests:
    def test_bodies_over_the_upload_limit_get_400(self):
        body = "x=" + "a" * (settings.DATA_UPLOAD_MAX_MEMORY_SIZE + 1)
        # Pages that read no body may answer normally; none may fail.
        for path in ("/en/search/", "/be/", "/ru/feeds/news.rss", "/healthz/"):
            for client in (self.client, self.strict_client):
                self.post(path, body, client=client, content_type=FORM_TYPE)
        for language in LANGUAGES:
            response = self.post(f"/{language}/callback/", body, content_type=FORM_TYPE)
            self.assertEqual(response.status_code, 400)
            response = self.post(f"/{language}/callback/", body, client=self.strict_client, content_type=FORM_TYPE)
            self.assertIn(response.status_code, (400, 403))

    def test_too_many_fields_or_files_get_400(self):
        fields = "&".join(f"f{number}=1" for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FIELDS + 1))
        response = self.post("/ru/callback/", fields, content_type=FORM_TYPE)
        self.assertEqual(response.status_code, 400)
        self.post("/ru/callback/", fields, client=self.strict_client, content_type=FORM_TYPE)
        files = {
            f"file{number}": SimpleUploadedFile(f"{number}.txt", b"x")
            for number in range(settings.DATA_UPLOAD_MAX_NUMBER_FILES + 1)
        }
        response = self.post("/en/callback/", {**VALID_FORM, **files})
        self.assertEqual(response.status_code, 400)

    def test_huge_multipart_upload(self):
        upload = SimpleUploadedFile("big.bin", b"\x00" * (3 * 1024 * 1024))
        self.post("/ru/callback/", {**VALID_FORM, "message": upload})


@pytest.mark.usefixtures("demo_content_snapshot")
class BadInputTests(QueryStringTests, HeaderTests, FormPostTests, OversizedRequestTests, BadInputTestCase):
    """Every bad-input check against one seeded site."""


def raw_request(port, request_bytes, timeout=15):
    """Send bytes as they are; the status code of the answer (0 if the server only closed)."""
    with socket.create_connection(("127.0.0.1", port), timeout=timeout) as sock:
        with contextlib.suppress(OSError):  # the server may answer and close before reading a huge body
            sock.sendall(request_bytes)
        answer = b""
        try:
            while b"\r\n" not in answer:
                chunk = sock.recv(4096)
                if not chunk:
                    break
                answer += chunk
        except OSError:
            pass
    status_line = answer.split(b"\r\n", 1)[0].split()
    return int(status_line[1]) if len(status_line) > 1 and status_line[1].isdigit() else 0


def http_request(port, method, path, headers=(), body=b""):
    lines = [f"{method} {path} HTTP/1.1", f"Host: 127.0.0.1:{port}", "X-Forwarded-Proto: https", "Connection: close"]
    lines += list(headers)
    if body:
        lines += ["Content-Type: application/x-www-form-urlencoded", f"Content-Length: {len(body)}"]
    return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


@pytest.mark.django_db(transaction=True)
def test_oversized_and_garbage_requests_through_gunicorn(collected_static):
    from hotline.tests.helpers import ensure_root_collection

    ensure_root_collection()
    seed("--no-admin", "--no-content")
    server = Server(
        {
            **PRODUCTION_ENV,
            "DATABASE_URL": database_url(),
            "STATIC_ROOT": str(collected_static),
            "GUNICORN_ACCESS_LOG": "0",
        }
    )
    port = server.port
    css = "/static/" + next(collected_static.glob("css/site.*.css")).relative_to(collected_static).as_posix()
    cookie = "csrftoken=" + "a" * 32
    origin = f"Origin: https://127.0.0.1:{port}"
    big = b"x=" + b"a" * (3 * 1024 * 1024)
    many = "&".join(f"f{number}=1" for number in range(1500)).encode()
    cases = [
        ("big body", http_request(port, "POST", "/ru/callback/", [f"Cookie: {cookie}", origin], big), {400, 403}),
        ("many fields", http_request(port, "POST", "/ru/callback/", [f"Cookie: {cookie}", origin], many), {400, 403}),
        ("no csrf", http_request(port, "POST", "/en/callback/", [], b"phone=1"), {403}),
        ("bad host", http_request(port, "GET", "/ru/").replace(b"Host: 127.0.0.1", b"Host: evil.example"), {400}),
        ("big cookie", http_request(port, "GET", "/ru/", [f"Cookie: sessionid={'z' * 7000}"]), {200}),
        ("huge header", http_request(port, "GET", "/ru/", [f"X-Junk: {'j' * 20000}"]), {400, 431}),
        ("garbage langs", http_request(port, "GET", "/", ["Accept-Language: ;;q=x,*,zz-ZZ;q=2"]), {302}),
        ("feed dates", http_request(port, "GET", "/ru/feeds/news.rss", ["If-Modified-Since: 99 Foo"]), {200, 404}),
        ("range", http_request(port, "GET", css, ["Range: bytes=999999999-"]), {206, 416, 200}),
        ("bad query", http_request(port, "GET", "/ru/search/?q=%ED%A0%80&page=" + "9" * 40), {200}),
        ("bad escapes", http_request(port, "GET", "/ru/%FF%00/"), {400, 404}),
    ]
    try:
        statuses = {name: raw_request(port, request) for name, request, _expected in cases}
    finally:
        server.stop()
    output = server.process.stdout.read()
    for name, _request, expected in cases:
        assert statuses[name] in expected, (name, statuses[name])
    assert "Internal Server Error" not in output
    # Django logs a refused oversized body (a 400) with its traceback; a 500 is logged by django.request.
    errors = [line for line in output.splitlines() if '"django.request"' in line and '"ERROR"' in line]
    assert not errors, errors[:3]
