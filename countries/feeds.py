"""Guidance-updates feeds: one entry per major update of a country guide."""

from django.db.models import Count, Max
from django.http import Http404
from django.utils.translation import gettext as _

from wagtail.models import Locale

from core.feeds import MAX_ITEMS, CampaignAtomFeed, CampaignFeed

from .models import CountryGuidePage, CountryIndexPage, GuidanceUpdate


class GuidanceFeed(CampaignFeed):
    """RSS 2.0: /<lang>/feeds/guidance.rss and /<lang>/feeds/guidance/<code>.rss."""

    format_name = "rss"

    def load_object(self, request, country=None):
        locale = Locale.get_active()
        index = CountryIndexPage.objects.live().filter(locale=locale).first()
        if index is None:
            raise Http404("No country guides in this language")
        guide = None
        if country is not None:
            guide = CountryGuidePage.objects.live().filter(locale=locale, country_code=country.upper()).first()
            if guide is None:
                raise Http404("No guide for this country")
        return {"locale": locale, "index": index, "guide": guide}

    def updates(self, obj):
        updates = GuidanceUpdate.objects.filter(
            page__locale=obj["locale"], page__live=True, page__view_restrictions__isnull=True
        )
        if obj["guide"] is not None:
            updates = updates.filter(page=obj["guide"])
        return updates

    def cache_key(self, obj):
        country = obj["guide"].country_code if obj["guide"] else ""
        return f"guidance:{obj['locale'].language_code}:{self.format_name}:country={country}"

    def version(self, obj):
        if not hasattr(self, "_version"):
            stats = self.updates(obj).order_by().aggregate(count=Count("id"), latest=Max("published_at"))
            fallback = (obj["guide"] or obj["index"]).last_published_at
            self._version = {"count": stats["count"], "last_modified": stats["latest"] or fallback}
        return self._version

    def title(self, obj):
        if obj["guide"] is not None:
            return _("Guidance updates: %(country)s") % {"country": obj["guide"].title}
        return _("Safe labour migration: guidance updates")

    def description(self, obj):
        return _(
            "Major updates of the country guides of the safe labour migration campaign: "
            "new rules, new risks, new contacts."
        )

    def link(self, obj):
        return self.absolute((obj["guide"] or obj["index"]).get_url(self.request))

    def items(self, obj):
        return list(self.updates(obj).select_related("page").order_by("-published_at")[:MAX_ITEMS])

    def item_title(self, item):
        return _("%(country)s: guidance updated") % {"country": item.page.title}

    def item_link(self, item):
        return self.absolute(item.page.get_url(self.request))

    def item_guid(self, item):
        # A new id for each major update, so readers see it as new.
        return f"urn:uuid:{item.uuid}"

    def item_description(self, item):
        return item.note

    def item_pubdate(self, item):
        return item.published_at

    def item_updateddate(self, item):
        return item.published_at

    def item_author_name(self, item):
        return _("Safe labour migration campaign")

    def item_categories(self, item):
        return [item.page.title]

    def item_extra_kwargs(self, item):
        link = self.absolute(item.page.get_url(self.request))
        return {"content_html": f'<p>{_escape(item.note)}</p><p><a href="{link}">{_escape(item.page.title)}</a></p>'}


class GuidanceAtomFeed(GuidanceFeed):
    feed_type = CampaignAtomFeed
    format_name = "atom"

    def subtitle(self, obj):
        return self.description(obj)


def _escape(text):
    from django.utils.html import escape

    return escape(text)
