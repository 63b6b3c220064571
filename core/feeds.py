"""What every RSS/Atom feed of the site shares.

Django's syndication framework does the writing; these classes add what
partner newsrooms need and plain Django lacks: full content
(``content:encoded`` / Atom ``content``), ``media:content`` with the image
credit, a channel logo, a stylesheet so a browser shows a readable page,
conditional GET (ETag and Last-Modified, 304) and a cache of the output
keyed by language, filter and version.
"""

import copy
import hashlib
from datetime import UTC, datetime
from urllib.parse import urljoin

from django.contrib.syndication.views import Feed
from django.core.cache import cache
from django.http import HttpResponse, HttpResponseNotModified
from django.templatetags.static import static
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed, Stylesheet
from django.utils.http import http_date, parse_etags, parse_http_date_safe, quote_etag
from django.utils.translation import get_language

from bs4 import BeautifulSoup

MEDIA_NS = "http://search.yahoo.com/mrss/"
CONTENT_NS = "http://purl.org/rss/1.0/modules/content/"
MAX_ITEMS = 50
EPOCH = datetime(2000, 1, 1, tzinfo=UTC)

URL_ATTRIBUTES = ("href", "src", "poster", "data-video")


def absolutise_html(html, base_url):
    """Every link and image in ``html`` made absolute against ``base_url``;
    scripts, forms and event handlers removed so the HTML is safe to republish."""
    soup = BeautifulSoup(html or "", "html.parser")
    for tag in soup.find_all(["script", "style", "form", "iframe", "button", "input"]):
        tag.decompose()
    for tag in soup.find_all(True):
        for attribute in list(tag.attrs):
            if attribute.startswith("on"):
                del tag.attrs[attribute]
        for attribute in URL_ATTRIBUTES:
            if tag.has_attr(attribute):
                tag[attribute] = urljoin(base_url, tag[attribute])
        if tag.has_attr("srcset"):
            candidates = []
            for candidate in tag["srcset"].split(","):
                parts = candidate.strip().split()
                if parts:
                    parts[0] = urljoin(base_url, parts[0])
                    candidates.append(" ".join(parts))
            tag["srcset"] = ", ".join(candidates)
    return str(soup)


class CampaignFeedMixin:
    """Channel logo, full content and media:content for both formats."""

    def latest_post_date(self):
        # The newest item's date, never "now": an unchanged feed stays unchanged.
        return super().latest_post_date() if self.items else self.feed.get("empty_date") or EPOCH

    def media_elements(self, handler, item):
        media = item.get("media")
        if not media:
            return
        handler.startElement(
            "media:content",
            {
                "url": media["url"],
                "type": media["type"],
                "medium": "image",
                "width": str(media["width"]),
                "height": str(media["height"]),
                "fileSize": str(media["length"]),
            },
        )
        if media.get("description"):
            handler.addQuickElement("media:description", media["description"])
        if media.get("credit"):
            handler.addQuickElement("media:credit", media["credit"])
        handler.endElement("media:content")


class CampaignRssFeed(CampaignFeedMixin, Rss201rev2Feed):
    # application/xml lets a browser apply the stylesheet; feed readers accept it.
    content_type = "application/xml; charset=utf-8"

    def rss_attributes(self):
        attributes = super().rss_attributes()
        attributes.update({"xmlns:content": CONTENT_NS, "xmlns:media": MEDIA_NS})
        return attributes

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("image_url"):
            handler.startElement("image", {})
            handler.addQuickElement("url", self.feed["image_url"])
            handler.addQuickElement("title", self.feed["title"])
            handler.addQuickElement("link", self.feed["link"])
            handler.endElement("image")

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("updateddate"):
            handler.addQuickElement("atom:updated", item["updateddate"].isoformat())
        if item.get("content_html"):
            handler.addQuickElement("content:encoded", item["content_html"])
        self.media_elements(handler, item)


class CampaignAtomFeed(CampaignFeedMixin, Atom1Feed):
    content_type = "application/xml; charset=utf-8"

    def root_attributes(self):
        attributes = super().root_attributes()
        attributes["xmlns:media"] = MEDIA_NS
        return attributes

    def add_root_elements(self, handler):
        super().add_root_elements(handler)
        if self.feed.get("image_url"):
            handler.addQuickElement("logo", self.feed["image_url"])
            handler.addQuickElement("icon", self.feed["image_url"])

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("content_html"):
            handler.addQuickElement("content", item["content_html"], {"type": "html"})
        self.media_elements(handler, item)


class CampaignFeed(Feed):
    """A feed in the active language with conditional GET and a keyed cache."""

    feed_type = CampaignRssFeed
    cache_seconds = 900
    item_guid_is_permalink = False

    def __call__(self, request, *args, **kwargs):
        # One instance serves every request (it lives in the URLconf); work on
        # a copy so per-request state never leaks between requests or threads.
        feed = copy.copy(self)
        feed.request = request
        return feed.respond(request, *args, **kwargs)

    def respond(self, request, *args, **kwargs):
        obj = self.get_object(request, *args, **kwargs)
        version = self.version(obj)
        last_modified = version["last_modified"]
        etag = quote_etag(
            hashlib.sha256(
                "|".join(
                    [
                        self.cache_key(obj),
                        str(version["count"]),
                        last_modified.isoformat(),
                        request.build_absolute_uri("/"),
                    ]
                ).encode()
            ).hexdigest()[:32]
        )
        if self.not_modified(request, etag, last_modified):
            response = HttpResponseNotModified()
        else:
            key = f"feed:{self.cache_key(obj)}:{etag}"
            cached = cache.get(key)
            if cached is None:
                response = super().__call__(request, *args, **kwargs)
                cache.set(key, (response.content, response["Content-Type"]), self.cache_seconds)
            else:
                content, content_type = cached
                response = HttpResponse(content, content_type=content_type)
        response["ETag"] = etag
        response["Last-Modified"] = http_date(last_modified.timestamp())
        response["Cache-Control"] = f"public, max-age={self.cache_seconds}"
        response["Vary"] = "Accept-Encoding"
        response["X-Content-Type-Options"] = "nosniff"
        return response

    @staticmethod
    def not_modified(request, etag, last_modified):
        if_none_match = request.headers.get("If-None-Match")
        if if_none_match:
            return etag in parse_etags(if_none_match) or if_none_match.strip() == "*"
        since = parse_http_date_safe(request.headers.get("If-Modified-Since", ""))
        return since is not None and int(last_modified.timestamp()) <= since

    def get_object(self, request, *args, **kwargs):
        # Django asks twice per request; load once.
        if not hasattr(self, "_object"):
            self._object = self.load_object(request, *args, **kwargs)
        return self._object

    # What a subclass provides.
    def load_object(self, request, *args, **kwargs):
        """The feed's subject (language, filter) from the URL; Http404 when unknown."""
        raise NotImplementedError

    def cache_key(self, obj):
        """A string naming this feed: language, kind, format and filter."""
        raise NotImplementedError

    def version(self, obj):
        """{"count": ..., "last_modified": datetime} from one cheap query."""
        raise NotImplementedError

    # Shared channel elements.
    @property
    def language(self):
        return get_language()

    def feed_url(self, obj):
        return self.request.build_absolute_uri(self.request.path)

    def feed_extra_kwargs(self, obj):
        return {
            "image_url": self.request.build_absolute_uri(static("img/logo.png")),
            "empty_date": self.version(obj)["last_modified"],
        }

    def get_feed(self, obj, request):
        feed = super().get_feed(obj, request)
        feed.feed["stylesheets"] = [Stylesheet(reverse("feed_stylesheet"), mimetype="text/xsl", media="screen")]
        return feed

    def absolute(self, url):
        return urljoin(self.request.build_absolute_uri("/"), url)


def feed_stylesheet(request):
    """The XSL stylesheet that turns a feed into a readable page, in the active language."""
    from django.template.loader import render_to_string

    body = render_to_string("feeds/stylesheet.xsl", {"LANGUAGE_CODE": get_language()}, request=request)
    response = HttpResponse(body, content_type="text/xsl; charset=utf-8")
    response["Cache-Control"] = "public, max-age=3600"
    return response
