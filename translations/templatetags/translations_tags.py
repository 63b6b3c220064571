"""Reader notices about translations (see translations/notices.py)."""

from django import template

from ..notices import notice_for

register = template.Library()


@register.simple_tag(takes_context=True)
def translation_notice(context):
    return notice_for(context.get("request"), context.get("page"))
