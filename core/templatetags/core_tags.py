"""Template tags shared by every page: language switcher and hreflang links."""

import json

from django import template
from django.conf import settings
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

register = template.Library()


def _language_name(code):
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language, for the switcher and hreflang links.

    Each entry links to the same page in that language when a live translation
    exists; otherwise to that language's home page (``translated`` is then
    False, so no hreflang is emitted for it). Views that are not pages link to
    the same path under the other prefix.
    """
    request = context.get("request")
    if request is None:
        return []
    cache_key = "_language_links"
    if hasattr(request, cache_key):
        return getattr(request, cache_key)

    current = get_language()
    page = context.get("page")
    links = []
    if isinstance(page, Page) and page.id:
        translations = {
            p.locale.language_code: p for p in page.get_translations(inclusive=True).live().select_related("locale")
        }
        homes = {}
        missing = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code not in translations]
        if missing:
            site = Site.find_for_request(request)
            if site is not None:
                homes = {
                    p.locale.language_code: p
                    for p in site.root_page.get_translations(inclusive=True)
                    .live()
                    .select_related("locale")
                    .filter(locale__language_code__in=missing)
                }
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            target = translations.get(code) or homes.get(code)
            url = target.get_url(request) if target else f"/{code}/"
            links.append(
                {
                    "code": code,
                    "name": _language_name(code),
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url),
                    "current": code == current,
                    "translated": code in translations,
                }
            )
    else:
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            url = translate_url(request.path, code)
            links.append(
                {
                    "code": code,
                    "name": _language_name(code),
                    "url": url,
                    "absolute_url": request.build_absolute_uri(url),
                    "current": code == current,
                    "translated": url != request.path or code == current,
                }
            )
    setattr(request, cache_key, links)
    return links


@register.simple_tag(takes_context=True)
def x_default_url(context):
    """The address search engines should offer a visitor whose language we lack."""
    for link in language_links(context):
        if link["code"] == settings.LANGUAGE_CODE and link["translated"]:
            return link["absolute_url"]
    return ""


_JSON_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def jsonld(data):
    """Render ``data`` as a JSON-LD script element, safe inside HTML."""
    text = json.dumps(data, ensure_ascii=False, cls=DjangoJSONEncoder).translate(_JSON_ESCAPES)
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))


@register.simple_tag(takes_context=True)
def query_url(context, **changes):
    """The current address with some query parameters changed (None removes one)."""
    request = context["request"]
    params = request.GET.copy()
    for key, value in changes.items():
        if value in (None, ""):
            params.pop(key, None)
        else:
            params[key] = value
    encoded = params.urlencode()
    return f"{request.path}?{encoded}" if encoded else request.path


@register.filter
def tel_href(number):
    """A phone number as written for people, turned into what a tel: link needs."""
    number = str(number or "")
    return ("+" if number.strip().startswith("+") else "") + "".join(ch for ch in number if ch.isdigit())


@register.simple_tag(takes_context=True)
def feed_links(context):
    """The feeds of the active language, for autodiscovery.

    A filtered news index puts the feed of its filter first.
    """
    from django.urls import reverse
    from django.utils.translation import gettext

    return [
        *(context.get("filtered_feeds") or []),
        {"title": gettext("News (RSS)"), "type": "application/rss+xml", "url": reverse("articles:news_rss")},
        {"title": gettext("News (Atom)"), "type": "application/atom+xml", "url": reverse("articles:news_atom")},
        {
            "title": gettext("Guidance updates (RSS)"),
            "type": "application/rss+xml",
            "url": reverse("countries:guidance_rss"),
        },
        {
            "title": gettext("Guidance updates (Atom)"),
            "type": "application/atom+xml",
            "url": reverse("countries:guidance_atom"),
        },
    ]


@register.simple_tag(takes_context=True)
def footer_pages(context):
    """The home page's children marked "show in menus", in the active language."""
    request = context.get("request")
    if request is None:
        return []
    page = context.get("page")
    if isinstance(page, Page) and page.depth == 2:
        home = page  # a home page: no need to look it up
    else:
        site = Site.find_for_request(request)
        if site is None:
            return []
        home = site.root_page.localized
    return list(home.get_children().live().in_menu().public().only("id", "title", "url_path"))
