"""News feeds (RSS 2.0 and Atom 1.0) per language, all news or by topic or country."""

import logging
from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.db.models import Count, Max
from django.http import Http404
from django.template.loader import render_to_string
from django.utils.feedgenerator import Enclosure
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.countries import country_name, is_country_code
from core.feeds import MAX_ITEMS, CampaignAtomFeed, CampaignFeed, absolutise_html
from core.models import Topic

from .models import ArticleIndexPage, ArticlePage

logger = logging.getLogger(__name__)

ENCLOSURE_RENDITION = "fill-1200x675|format-jpeg|jpegquality-80"


class NewsFeed(CampaignFeed):
    """RSS 2.0: /<lang>/feeds/news.rss, …/news/topic/<slug>.rss, …/news/country/<code>.rss."""

    format_name = "rss"

    def load_object(self, request, topic=None, country=None):
        locale = Locale.get_active()
        index = ArticleIndexPage.objects.live().filter(locale=locale).first()
        if index is None:
            raise Http404("No news in this language")
        topic_object = None
        if topic is not None:
            topic_object = Topic.objects.filter(locale=locale, slug=topic).first()
            if topic_object is None:
                raise Http404("No such topic")
        if country is not None:
            country = country.upper()
            if not is_country_code(country):
                raise Http404("No such country")
        return {"locale": locale, "index": index, "topic": topic_object, "country": country}

    def articles(self, obj):
        return ArticlePage.objects.latest_for(obj["locale"], topic=obj["topic"], country=obj["country"])

    def cache_key(self, obj):
        topic = obj["topic"].slug if obj["topic"] else ""
        return f"news:{obj['locale'].language_code}:{self.format_name}:topic={topic}:country={obj['country'] or ''}"

    def version(self, obj):
        if not hasattr(self, "_version"):
            stats = self.articles(obj).order_by().aggregate(count=Count("id"), latest=Max("last_published_at"))
            self._version = {
                "count": stats["count"],
                "last_modified": stats["latest"]
                or obj["index"].last_published_at
                or obj["index"].latest_revision_created_at,
            }
        return self._version

    def title(self, obj):
        name = _("Safe labour migration: news")
        if obj["topic"]:
            return f"{name} — {obj['topic'].name}"
        if obj["country"]:
            return f"{name} — {country_name(obj['country'])}"
        return name

    def description(self, obj):
        return _(
            "News of the national safe labour migration campaign: warnings about scams, "
            "changes in the rules and stories of people the hotline has helped."
        )

    def link(self, obj):
        return self.absolute(obj["index"].get_url(self.request))

    def feed_copyright(self, obj):
        return _("Republishing is welcome with a link to the original article.")

    def items(self, obj):
        return ArticlePage.objects.latest_for(
            obj["locale"], topic=obj["topic"], country=obj["country"], with_body=True, rendition=ENCLOSURE_RENDITION
        )[:MAX_ITEMS]

    def item_title(self, item):
        return item.title

    def item_link(self, item):
        return self.absolute(item.get_url(self.request))

    def item_guid(self, item):
        # Stable across edits and moves: the page id never changes.
        return f"tag:{self.request.get_host().split(':')[0]},2026:news:{item.id}"

    def item_description(self, item):
        return item.intro

    def item_pubdate(self, item):
        return datetime.combine(item.date, time(9, 0), tzinfo=ZoneInfo(settings.TIME_ZONE))

    def item_updateddate(self, item):
        return item.last_published_at

    def item_author_name(self, item):
        return _("Safe labour migration campaign")

    def item_categories(self, item):
        return [topic.name for topic in item.topics] + [country_name(code) for code in item.country_codes]

    def rendition(self, item):
        """The enclosure image, or None when the article has none or its file is missing from storage."""
        if not item.hero_image:
            return None
        try:
            rendition = item.hero_image.get_rendition(ENCLOSURE_RENDITION)
            rendition.byte_size = rendition.file.size
        except OSError:  # includes Wagtail's SourceImageIOError
            # A lost media file costs the feed its picture, never the whole feed.
            logger.warning("feed: image file of article %s is missing", item.pk)
            return None
        return rendition

    def item_enclosures(self, item):
        rendition = self.rendition(item)
        if rendition is None:
            return []
        return [Enclosure(self.absolute(rendition.url), str(rendition.byte_size), "image/jpeg")]

    def item_extra_kwargs(self, item):
        body = render_to_string("articles/feed_content.html", {"page": item, "request": self.request})
        extra = {"content_html": absolutise_html(body, self.absolute(item.get_url(self.request)))}
        rendition = self.rendition(item)
        if rendition is not None:
            extra["media"] = {
                "url": self.absolute(rendition.url),
                "type": "image/jpeg",
                "width": rendition.width,
                "height": rendition.height,
                "length": rendition.byte_size,
                "description": item.hero_alt,
                "credit": item.hero_credit,
            }
        return extra


class NewsAtomFeed(NewsFeed):
    feed_type = CampaignAtomFeed
    format_name = "atom"

    def subtitle(self, obj):
        return self.description(obj)
