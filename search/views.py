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

from django.conf import settings
from django.core.paginator import Paginator
from django.db import DatabaseError, transaction
from django.shortcuts import render
from django.urls import reverse
from django.utils.html import strip_tags
from django.utils.text import Truncator
from django.utils.translation import get_language
from django.utils.translation import gettext as _

from wagtail.contrib.search_promotions.models import Query, SearchPromotion
from wagtail.models import Locale, Page, Site
from wagtail.search.backends import get_search_backend
from wagtail.search.utils import normalise_query_string

from core.seo import page_description
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
    guides = CountryGuidePage.objects.live().public().filter(locale=locale).defer_streamfields()
    return [
        _result(guide, guide.get_url(request), page_description(guide))
        for guide in guides
        if guide_matches(query, guide.search_names)
    ]


def _backend_results(query, locale, request):
    """(score, result) for pages and FAQ items found by the search backend."""
    query = backend_query(query)
    if not query:
        return []
    pages = Page.objects.live().public().filter(locale=locale, depth__gt=1)
    found = list(pages.search(query).annotate_score("_score")[:MAX_RESULTS_PER_KIND])
    scores = {page.id: page._score or 0 for page in found}
    specific = {
        page.id: page
        for page in Page.objects.filter(id__in=scores).specific().defer_streamfields().select_related("locale")
    }
    scored = []
    for page_id, score in scores.items():
        page = specific.get(page_id)
        url = page.get_url(request) if page is not None else None
        if url:
            scored.append((score, _result(page, url, page_description(page))))

    faq_index = FAQIndexPage.objects.live().public().filter(locale=locale).first()
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
    guides = CountryGuidePage.objects.live().public().filter(locale=locale).only("id", "title", "url_path")
    language = locale.language_code
    return [
        (guide.title, guide.get_url(request)) for guide in sorted(guides, key=lambda g: sort_key(g.title, language))
    ]


def search(request):
    language = (get_language() or settings.LANGUAGE_CODE).split("-")[0]
    locale = Locale.objects.filter(language_code=language).first()
    site = Site.find_for_request(request)
    home = site.root_page.get_translation_or_none(locale) if site and locale else None
    if home is not None and not home.live:
        home = None

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
                    Query.get(query).add_hit()
        except DatabaseError:  # counting is a nicety; never fail a search for it
            logger.warning("search query not recorded", exc_info=True)

    search_url = reverse("search:search")
    breadcrumbs = []
    if home is not None:
        breadcrumbs = [(home.title, home.get_url(request)), (_("Search"), search_url)]
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
    return render(request, "search/search.html", context)
