"""Template tags shared by every page: language switcher and hreflang links."""

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_info

from wagtail.models import Page, Site

register = template.Library()


def _language_name(code):
    return get_language_info(code)["name_local"][:1].upper() + get_language_info(code)["name_local"][1:]


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
            p.locale.language_code: p
            for p in page.get_translations(inclusive=True).live().select_related("locale")
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
