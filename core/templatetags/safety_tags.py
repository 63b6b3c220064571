"""The "Exit this page" control: which pages carry it, and where it goes."""

from django import template
from django.conf import settings

register = template.Library()

EXPLOITATION_TOPIC = "exploitation"
SAFETY_SLUG_PREFIX = "safety"


def needs_exit_control(page):
    """True on pages a person at risk may be caught reading.

    The callback page, the safety page (a standard page whose slug starts with
    "safety"), the FAQ and every article about exploitation.
    """
    from articles.models import ArticlePage
    from faq.models import FAQIndexPage
    from home.models import StandardPage
    from hotline.models.pages import CallbackPage

    if isinstance(page, CallbackPage | FAQIndexPage):
        return True
    if isinstance(page, StandardPage):
        return page.slug.startswith(SAFETY_SLUG_PREFIX)
    if isinstance(page, ArticlePage):
        return any(topic.slug == EXPLOITATION_TOPIC for topic in page.topics)
    return False


@register.inclusion_tag("components/exit_page.html", takes_context=True)
def exit_page(context):
    page = context.get("page")
    return {"show": page is not None and needs_exit_control(page), "exit_url": settings.SAFETY_EXIT_URL}
