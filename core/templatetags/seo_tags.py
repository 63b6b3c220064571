"""Template tags for the meta, Open Graph and Twitter tags and the breadcrumbs of every page.

A view that is not a Wagtail page can set ``seo_title``, ``seo_description``
and ``breadcrumbs`` (a list of ``(title, url)``) in its context.
"""

import contextlib

from django import template
from django.apps import apps
from django.core.cache import cache
from django.utils.translation import get_language

from wagtail.models import Page

from core.seo import (
    OG_LOCALES,
    absolute_url,
    breadcrumb_jsonld,
    breadcrumb_trail,
    default_description,
    page_description,
    social_image,
)

from .core_tags import language_links

register = template.Library()

ERROR_PAGE_HOTLINE_KEYS = (
    "national_number",
    "national_tel",
    "international_number",
    "international_display",
    "international_tel",
    "emergency_lines",
)
ERROR_PAGE_HOTLINE_TIMEOUT = 60 * 60


def _trail(context):
    request = context.get("request")
    if request is None:
        return []
    if context.get("breadcrumbs") is not None:
        return context["breadcrumbs"]
    if not hasattr(request, "_breadcrumb_trail"):
        request._breadcrumb_trail = breadcrumb_trail(context.get("page"), request)
    return request._breadcrumb_trail


@register.inclusion_tag("components/seo/head.html", takes_context=True)
def seo_head(context):
    request = context.get("request")
    if request is None:
        return {}
    page = context.get("page")
    is_page = isinstance(page, Page) and bool(page.id)
    if is_page:
        title = page.seo_title or page.title
        canonical = absolute_url(page, request)
        description = page_description(page)
        og_type = "website" if page.depth <= 2 else "article"
    else:
        title = context.get("seo_title", "")
        canonical = request.build_absolute_uri(request.path)
        description = context.get("seo_description", "")
        og_type = "website"
    image_url, image_width, image_height, image_alt = social_image(page if is_page else None, request)
    language = (get_language() or "").split("-")[0]
    alternates = [
        OG_LOCALES.get(link["code"], link["code"])
        for link in language_links(context)
        if link["translated"] and link["code"] != language
    ]
    trail = _trail(context)
    return {
        "request": request,
        "title": title,
        "description": description or default_description(),
        "canonical": canonical,
        "og_type": og_type,
        "og_locale": OG_LOCALES.get(language, language),
        "og_locale_alternates": alternates,
        "image_url": image_url,
        "image_width": image_width,
        "image_height": image_height,
        "image_alt": image_alt,
        "breadcrumb_jsonld": breadcrumb_jsonld(trail, request) if len(trail) > 1 else None,
    }


@register.inclusion_tag("components/seo/breadcrumbs.html", takes_context=True)
def seo_breadcrumbs(context):
    trail = _trail(context)
    return {"trail": trail if len(trail) > 1 else []}


# The last numbers this process showed, per language: error pages use them when the cache is unreachable too.
_REMEMBERED = {}


def _error_page_key(language):
    return f"errors:hotline:v2:{language}"


@register.simple_tag(takes_context=True)
def remember_hotline_for_errors(context):
    """Keep the hotline numbers in the cache so the 500 page can show them without the database."""
    request = context.get("request")
    if request is None or not apps.is_installed("hotline"):
        return ""
    from hotline.info import hotline_info

    info = hotline_info(request)
    data = {key: info.get(key, "") for key in ERROR_PAGE_HOTLINE_KEYS}
    if data["national_number"] or data["international_number"]:
        _REMEMBERED[get_language()] = data  # for when Redis is down as well as the database
        with contextlib.suppress(Exception):  # a cache outage only costs the numbers on error pages
            cache.add(_error_page_key(get_language()), data, ERROR_PAGE_HOTLINE_TIMEOUT)
    return ""


@register.simple_tag
def error_page_hotline():
    """The hotline numbers for an error page, from the cache only (never the database)."""
    try:
        remembered = cache.get(_error_page_key(get_language()))
    except Exception:
        remembered = None
    return remembered or _REMEMBERED.get(get_language()) or {}
