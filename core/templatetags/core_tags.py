"""Template tags shared by every page: language switcher, hreflang links, footer menu."""

import contextlib
import json

from django import template
from django.conf import settings
from django.core.cache import cache
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import translate_url
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

from core.models import public

register = template.Library()

FRAGMENT_SECONDS = 60 * 60
# The query parameter of a switcher link to a home page: the page that has no translation.
ORIGIN_PARAMETER = "from"


def _language_name(code):
    name = get_language_info(code)["name_local"]
    return name[:1].upper() + name[1:]


def _fragment(request, name, build):
    """A value shared by every page of the site on this host, cached until content changes.

    The key carries the content version (``core.pagecache``), so publishing
    anything makes it stale at once on every replica; a cache outage only
    costs the queries.
    """
    from core.pagecache import content_version

    key = f"core:{name}:{request.get_host()}:{get_language()}:{content_version(request)}"
    value = None
    with contextlib.suppress(Exception):
        value = cache.get(key)
    if value is None:
        value = build()
        with contextlib.suppress(Exception):
            cache.set(key, value, FRAGMENT_SECONDS)
    return value


def home_pages(request):
    """{language code: {"title", "url"}} of the site's live home pages (cached: no query on most pages)."""

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return {}
        homes = site.root_page.get_translations(inclusive=True).live().select_related("locale")
        return {home.locale.language_code: {"title": home.title, "url": home.get_url(request)} for home in homes}

    return _fragment(request, "homes", build)


def home_urls(request):
    """{language code: address} of the site's live home pages."""
    return {code: home["url"] for code, home in home_pages(request).items()}


@register.simple_tag(takes_context=True)
def language_links(context):
    """One entry per content language, for the switcher and hreflang links.

    Each entry links to the same page in that language when a live translation
    exists; otherwise to that language's home page (``translated`` is then
    False, so no hreflang is emitted for it) with ``?from=<page id>`` so that
    the home page can say the page is not translated yet
    (``translations.notices``). Views that are not pages link to the same path
    under the other prefix. A home page's translations are the cached home
    pages, so the switcher of a home page costs no query.
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
        homes = home_urls(request)
        if page.depth == 2 and page.url_path and homes.get(current) == page.get_url(request):
            translated = homes
        else:
            translations = getattr(page, "_route_translations", None)  # found by BasePage.route
            if translations is None:
                translations = page.get_translations(inclusive=True).live().select_related("locale")
            translated = {p.locale.language_code: p.get_url(request) for p in translations}
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            url = translated.get(code)
            fallback = url is None
            if fallback:
                url = homes.get(code) or f"/{code}/"
            links.append(
                {
                    "code": code,
                    "name": _language_name(code),
                    "url": f"{url}?{ORIGIN_PARAMETER}={page.id}" if fallback else url,
                    "absolute_url": request.build_absolute_uri(url),
                    "current": code == current,
                    "translated": not fallback,
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
    # bandit: a false positive, the JSON has <, > and & escaped above.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # nosec B308 B703


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
    """[{title, url}] of the home page's children marked "show in menus", in the active language (cached)."""
    request = context.get("request")
    if request is None:
        return []

    def build():
        site = Site.find_for_request(request)
        if site is None:
            return []
        home = site.root_page.localized
        children = public(home.get_children().live().in_menu()).only("id", "title", "url_path", "path", "depth")
        return [{"title": child.title, "url": child.get_url(request)} for child in children]

    return _fragment(request, "footer", build)
