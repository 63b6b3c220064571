"""Template tags for the hotline number, hours and JSON-LD on every page."""

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import gettext

from ..info import hotline_info as load_hotline_info
from ..info import organization_jsonld

register = template.Library()


@register.simple_tag(takes_context=True)
def hotline_info(context):
    """``{% hotline_info as hotline %}``: numbers, hours, wording and ``open_now``."""
    return load_hotline_info(context.get("request"))


@register.simple_tag(takes_context=True)
def hotline_jsonld(context):
    request = context.get("request")
    info = load_hotline_info(request)
    if not info.get("configured"):
        return ""
    url = ""
    if request is not None:
        url = request.build_absolute_uri("/")
    data = organization_jsonld(info, request, name=gettext("Safe labour migration"), url=url)
    # bandit: a false positive, organization_jsonld escapes <, > and & in the JSON.
    return mark_safe(f'<script type="application/ld+json">{data}</script>')  # noqa: S308  # nosec B308 B703
