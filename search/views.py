"""Site search in the visitor's language: pages of every type and FAQ items.

Results come in this order: results editors promoted for the query, country
guides whose name or synonym matches (in any script, see matching.py), then
everything the search backend found, best first. Each search is counted for
the admin report without anything about who searched.
"""

import html
import logging
import re
import unicodedata
from types import SimpleNamespace

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.db.models import F, OuterRef, Subquery, TextField
from django.db.models.functions import Coalesce
from django.shortcuts import render
from django.urls import reverse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, QueryDailyHits, SearchPromotion
from wagtail.models import Page, get_page_models
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.models import cached_locales, public
from core.seo import SUMMARY_FIELDS, page_description
from core.templatetags.core_tags import home_pages
from core.text import sort_key
from countries.models import CountryGuidePage
from faq.models import FAQIndexPage, FAQItem

from .matching import guide_matches
from .models import SearchQueryStat

logger = logging.getLogger(__name__)

# Enough for anyone to read; keeps the work per search bounded.
MAX_RESULTS_PER_KIND = 100
SUMMARY_WORDS = 35


def type_label(obj):
    """What kind of result this is, in the visitor's words."""
    obj = getattr(obj, "specific_class", None) or obj
    labels = {
        "countries.countryguidepage": _("Country guide"),
        "articles.articlepage": _("News"),
        "faq.faqitem": _("Question and answer"),
    }
    return labels.get(obj._meta.label_lower, _("Page"))


def clean_query(raw):
    """The query without control characters and repeated spaces."""
    if not isinstance(raw, str):
        return ""
    text = "".join(" " if unicodedata.category(char).startswith("C") else char for char in raw)
    return " ".join(text.split())


def backend_query(query):
    """Only words for the full-text engine: quotes, brackets and the like are query
    syntax to some engines (SQLite FTS5) and mean nothing to people."""
    return " ".join(re.sub(r"[^\w'’ʼ-]+|(?<!\w)['’ʼ-]+|['’ʼ-]+(?!\w)", " ", query).split())


def _result(obj, url, summary, promoted=False):
    return {
        "title": obj.title if isinstance(obj, Page) else str(obj),
        "url": url,
        "summary": Truncator(summary).words(SUMMARY_WORDS),
        "label": type_label(obj),
        "promoted": promoted,
    }


def _promoted(query, locale, request):
    results = []
    promotions = (
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page", "page__locale")
        .order_by("sort_order")
    )
    for promotion in promotions:
        if promotion.page_id:
            page = promotion.page
            if page.locale_id != locale.id:
                page = page.get_translation_or_none(locale)
            if page is None or not page.live:
                continue
            page = page.specific
            url = page.get_url(request)
            if url:
                description = promotion.description or page_description(page)
                results.append(_result(page, url, description, promoted=True))
        elif promotion.external_link_url:
            results.append(
                {
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "url": promotion.external_link_url,
                    "summary": promotion.description,
                    "label": _("Recommended"),
                    "promoted": True,
                }
            )
    return results


def _matching_guides(query, locale, request):
    guides = public(CountryGuidePage.objects.live()).filter(locale=locale).defer_streamfields()
    return [
        _result(guide, guide.get_url(request), page_description(guide))
        for guide in guides
        if guide_matches(query, guide.search_names)
    ]


def with_summaries(pages):
    """Base ``pages`` with the fields ``page_description`` reads, from every page type, in the one query.

    ``.specific()`` would cost one more query per page type among the results.
    """
    annotations = {}
    for field in SUMMARY_FIELDS:
        sources = [
            Subquery(model.objects.filter(pk=OuterRef("pk")).values(field)[:1])
            for model in get_page_models()
            if model is not Page and field in {f.name for f in model._meta.local_concrete_fields}
        ]
        if field in {f.name for f in Page._meta.concrete_fields}:
            sources.insert(0, F(field))
        if len(sources) == 1:
            annotations[f"_summary_{field}"] = sources[0]
        elif sources:
            annotations[f"_summary_{field}"] = Coalesce(*sources, output_field=TextField())
    return pages.annotate(**annotations)


def _backend_results(query, locale, request):
    """(score, result) for pages and FAQ items found by the search backend."""
    query = backend_query(query)
    if not query:
        return []
    pages = Page.objects.live().filter(locale=locale, depth__gt=1)
    found = list(pages.search(query).annotate_score("_score")[:MAX_RESULTS_PER_KIND])
    scores = {page.id: page._score or 0 for page in found}
    # One query whatever the pages' types; private sections are left out here (search backends
    # cannot filter on a subquery).
    described = {page.id: page for page in with_summaries(public(Page.objects.filter(id__in=scores)))}
    scored = []
    for page_id, score in scores.items():
        page = described.get(page_id)
        url = page.get_url(request) if page is not None else None
        if url:
            summary = page_description(
                SimpleNamespace(**{field: getattr(page, f"_summary_{field}", "") or "" for field in SUMMARY_FIELDS})
            )
            scored.append((score, _result(page, url, summary)))

    faq_index = public(FAQIndexPage.objects.live()).filter(locale=locale).first()
    if faq_index is not None:
        index_url = faq_index.get_url(request)
        items = get_search_backend().search(query, FAQItem.objects.filter(locale=locale)).annotate_score("_score")
        for item in items[:MAX_RESULTS_PER_KIND]:
            summary = html.unescape(strip_tags(item.answer))
            scored.append((item._score or 0, _result(item, f"{index_url}#{item.anchor}", summary)))
    # Stable sort: equal scores keep the backend's order, pages before questions.
    scored.sort(key=lambda pair: -pair[0])
    return [result for _score, result in scored]


def run_search(query, locale, request):
    results, seen = [], set()
    groups = (
        _promoted(query, locale, request),
        _matching_guides(query, locale, request),
        _backend_results(query, locale, request),
    )
    for group in groups:
        for result in group:
            if result["url"] not in seen:
                seen.add(result["url"])
                results.append(result)
    return results


def popular_guides(locale, request):
    guides = public(CountryGuidePage.objects.live()).filter(locale=locale).only("id", "title", "url_path")
    language = locale.language_code
    return [
        (guide.title, guide.get_url(request)) for guide in sorted(guides, key=lambda g: sort_key(g.title, language))
    ]


def _count_promotion_query(query):
    """Wagtail's ``Query.get(query).add_hit()``, in one UPDATE when the day's row exists (three queries otherwise)."""
    updated = QueryDailyHits.objects.filter(
        query__query_string=normalise_query_string(query), date=timezone.now().date()
    ).update(hits=F("hits") + 1)
    if not updated:
        Query.get(query).add_hit()


def search(request):
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    # Both from caches (core.models, core_tags): a search costs no query for them.
    locale = next((locale for locale in cached_locales().values() if locale.language_code == language), None)
    home = home_pages(request).get(language)

    notices = []
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    limit = settings.SEARCH_MAX_QUERY_LENGTH
    if len(query) > limit:
        query = query[:limit].rstrip()
        notices.append(
            _("Your search was too long, so we used only its first %(limit)s characters.") % {"limit": limit}
        )

    results = []
    failed = False
    if query and locale is not None:
        try:
            with transaction.atomic():
                results = run_search(query, locale, request)
        except DatabaseError:
            # A query the search engine cannot parse must not become an error page.
            logger.warning("search failed", exc_info=True)
            failed = True
            notices.append(_("We could not search for that. Please try other words."))

    paginator = Paginator(results, settings.SEARCH_RESULTS_PER_PAGE)
    page_number = request.GET.get("page", "1")
    page_obj = paginator.get_page(page_number)
    if results and str(page_number) != str(page_obj.number):
        notices.append(_("That page of results does not exist; showing page %(number)s.") % {"number": page_obj.number})

    if query and not failed and "page" not in request.GET:
        try:
            with transaction.atomic():
                if SearchQueryStat.record(query, language, len(results)):
                    # Wagtail's own counter feeds the "popular queries" of the promotions admin.
                    _count_promotion_query(query)
        except DatabaseError:  # counting is a nicety; never fail a search for it
            logger.warning("search query not recorded", exc_info=True)

    search_url = reverse("search:search")
    breadcrumbs = []
    if home is not None:
        breadcrumbs = [(home["title"], home["url"]), (_("Search"), search_url)]
    context = {
        "query": query,
        "results": page_obj,
        "paginator": paginator,
        "notices": notices,
        "max_length": limit,
        "search_url": search_url,
        "home": home,
        "popular_guides": popular_guides(locale, request) if locale and not results else [],
        "breadcrumbs": breadcrumbs,
        "seo_title": _("Search"),
        "seo_description": _("Search the guides, questions and news of the safe labour migration campaign."),
    }
    response = render(request, "search/search.html", context)
    if raw:
        # Results are counted for the query report and may hold personal words:
        # never kept by the page cache, a CDN or a shared browser cache.
        add_never_cache_headers(response)
    return response
