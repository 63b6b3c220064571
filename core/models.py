"""Models shared by several apps: the Topic snippet and the base page fields.

``BasePage`` also keeps the SQL of serving a page constant and small (issue 9):
it routes a whole address in one query instead of two per level, checks view
restrictions in one query instead of two, and takes its locale from a cached
table instead of one query per page.
"""

import contextlib

from django.core.cache import cache
from django.db import models
from django.db.models import Exists, OuterRef, Q, Subquery
from django.db.models.functions import Length, Substr
from django.http import Http404
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page, PageViewRestriction, TranslatableMixin
from wagtail.search import index
from wagtail.url_routing import RouteResult

from wagtail_localize.fields import SynchronizedField

LOCALES_CACHE_SECONDS = 60 * 60


def public(queryset):
    """``queryset.public()`` without its extra query: private sections are excluded in a subquery.

    Wagtail's ``public()`` first lists every view restriction (one query per
    listing); this asks the database the same question inside the listing's own query.
    """
    restricted = PageViewRestriction.objects.filter(page__path=Substr(OuterRef("path"), 1, Length("page__path")))
    return queryset.filter(~Exists(restricted))


def cached_locales():
    """{id: Locale} of every locale, from the cache (locales change about never)."""
    from core.pagecache import content_version

    key = f"core:locales:{content_version()}"
    locales = None
    with contextlib.suppress(Exception):
        locales = cache.get(key)
    if locales is None:
        locales = {locale.pk: locale for locale in Locale.objects.all()}
        with contextlib.suppress(Exception):
            cache.set(key, locales, LOCALES_CACHE_SECONDS)
    return locales


def prime_locale(page):
    """Give ``page`` its locale from ``cached_locales`` so that ``page.locale`` costs no query."""
    field = Page._meta.get_field("locale")
    if page is None or field.is_cached(page) or not page.locale_id:
        return
    locale = cached_locales().get(page.locale_id)
    if locale is not None:
        field.set_cached_value(page, locale)


def _plain_route(page):
    """True when ``page``'s class routes like ``Page`` (no sub-routes of its own)."""
    model = page.specific_class
    return model is not None and getattr(model, "route", None) in (Page.route, BasePage.route)


class Topic(TranslatableMixin, index.Indexed, models.Model):
    """A subject shared by news, FAQs and feeds, e.g. "Rights at work"."""

    name = models.CharField(_("name"), max_length=80)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_("Used in addresses, e.g. ?topic=rights. The same in every language."),
    )
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("sort_order")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale")]
    override_translatable_fields = [SynchronizedField("slug"), SynchronizedField("sort_order")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["sort_order", "name"]
        unique_together = [("translation_key", "locale"), ("slug", "locale")]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        if not self.slug:
            self.slug = slugify(self.name)[:80] or "topic"
        super().save(*args, **kwargs)


class BasePage(Page):
    """Fields every public page has for search engines and sharing."""

    social_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("social image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown when the page is shared in messengers; the site default is used when empty."),
    )

    promote_panels = Page.promote_panels + [FieldPanel("social_image")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        """Find the page at ``path_components`` below this one with one query for the whole path.

        Wagtail's ``Page.route`` costs two queries per level (the child, then its
        specific row). Here every page along the path comes from one query by
        ``url_path``; a page with its own sub-routes (``RoutablePageMixin``) on
        the way gets the rest of the path, and a path that matches no page
        falls back to Wagtail's routing (which raises the 404). The pages on the
        way are kept for the breadcrumbs.
        """
        if not path_components:
            if not self.live:
                raise Http404
            prime_locale(self)
            return RouteResult(self)
        prefixes = [self.url_path + "/".join(path_components[:n]) + "/" for n in range(1, len(path_components) + 1)]
        on_the_way = Q(url_path__in=prefixes, path__startswith=self.path, depth__lte=self.depth + len(path_components))
        target = Page.objects.filter(url_path=prefixes[-1], path__startswith=self.path).values("translation_key")
        rows = list(Page.objects.filter(on_the_way | Q(translation_key__in=Subquery(target))))
        found = {page.url_path: page for page in rows if page.path.startswith(self.path)}
        trail = [self]
        current = self
        for index_, prefix in enumerate(prefixes):
            child = found.get(prefix)
            if child is None or child.depth != current.depth + 1 or not child.path.startswith(current.path):
                remaining = path_components[index_:]
                if current is self:
                    return super().route(request, remaining)
                if _plain_route(current):
                    return Page.route(current, request, remaining)
                return current.specific.route(request, remaining)
            child._cached_parent_obj = current
            current = child
            trail.append(child)
            if index_ + 1 < len(prefixes) and not _plain_route(child):
                return child.specific.route(request, path_components[index_ + 1 :])
        page = current.specific
        page._route_ancestors = trail[:-1]
        page._route_translations = [p for p in rows if p.translation_key == page.translation_key and p.live]
        for translation in page._route_translations:
            prime_locale(translation)
        if not _plain_route(page):
            return page.route(request, [])
        if not page.live:
            raise Http404
        prime_locale(page)
        return RouteResult(page)

    def get_view_restrictions(self):
        """The view restrictions of this page and its ancestors, in one query (Wagtail needs two).

        As in Wagtail, an alias (or an alias among the ancestors) counts with
        the restrictions of the page it is an alias of.
        """
        paths = [self.path[0:pos] for pos in range(self.steplen, len(self.path), self.steplen)]
        aliased = Page.objects.filter(path__in=paths, alias_of__isnull=False).values("alias_of_id")
        condition = Q(page__path__in=paths, page__alias_of__isnull=True) | Q(page_id__in=aliased)
        condition |= Q(page_id=self.alias_of_id) if self.alias_of_id else Q(page_id=self.pk)
        return PageViewRestriction.objects.filter(condition)

    def get_context(self, request, *args, **kwargs):
        prime_locale(self)
        return super().get_context(request, *args, **kwargs)


class BaseIndexPage(BasePage):
    """A section front under a home page (countries, FAQ, news): one per language."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    max_count_per_parent = 1

    class Meta:
        abstract = True
