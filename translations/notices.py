"""What a reader is told about the translation they are reading.

Two notices, both in the visitor's language:

- the page is a translation whose Russian source changed after the translation
  was last written (``status.OUTDATED``): "updated in Russian on <date>" with a
  link to the source;
- the visitor came from the language switcher of a page that has no
  translation in this language (the switcher falls back to the home page with
  ``?from=<page id>``): a note with a link to the page in the language it
  exists in.
"""

import re

from django.conf import settings
from django.core.cache import cache
from django.db.models import Exists, Max, OuterRef
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext as _

from wagtail.models import Page

from core.models import public
from core.templatetags.core_tags import ORIGIN_PARAMETER

from .models import SourceChange

# A page id: digits only, small enough for any database's integer column.
ORIGIN_PATTERN = re.compile(r"[1-9][0-9]{0,8}")

LATEST_CHANGE_KEY = "translations:latest-source-change"
CACHE_SECONDS = 60


def untranslated_origin(request, page):
    """The page in another language the visitor came from, when it has no translation here.

    The language switcher of such a page links to this language's home page
    with ``?from=<page id>`` (``core_tags.language_links``). The address, not
    the Referer, carries the origin, so a shared page cache keeps the plain
    home page and the home page with the note apart. The parameter is trusted
    for nothing: anything but the id of a live, public page in another
    language without a live translation in this one is ignored. One query,
    and only when the parameter is there.
    """
    if page.depth != 2:
        return None
    raw = request.GET.get(ORIGIN_PARAMETER, "")
    if not isinstance(raw, str) or not ORIGIN_PATTERN.fullmatch(raw):
        return None
    translated_here = Page.objects.live().filter(translation_key=OuterRef("translation_key"), locale_id=page.locale_id)
    return (
        public(Page.objects.live())
        .filter(pk=int(raw), depth__gt=2)
        .exclude(locale_id=page.locale_id)
        .filter(~Exists(translated_here))
        .select_related("locale")
        .first()
    )


def latest_change():
    """The time of the most recent source change anywhere, cached (``None`` when there is none).

    Lets the notice cost no query on pages published after it, which is most pages.
    The cache entry is refreshed by ``signals.record_change`` and expires after
    ``CACHE_SECONDS`` so that processes with their own local cache catch up.
    """
    value = cache.get(LATEST_CHANGE_KEY)
    if value is None:
        value = SourceChange.objects.aggregate(latest=Max("changed_at"))["latest"] or ""
        cache.set(LATEST_CHANGE_KEY, value, CACHE_SECONDS)
    return value or None


def outdated_since(page):
    """When the source of translated ``page`` changed after ``page`` was last published, else None.

    The same rule as ``status.OUTDATED`` for pages.
    """
    latest = latest_change()
    if latest is None or (page.last_published_at and page.last_published_at >= latest):
        return None
    changed_at = (
        SourceChange.objects.filter(translation_key=page.translation_key).values_list("changed_at", flat=True).first()
    )
    if changed_at is None or (page.last_published_at and page.last_published_at >= changed_at):
        return None
    return changed_at


def _outdated_message(page_language, date):
    messages = {
        "be": _("This page was updated in Russian on %(date)s; the Belarusian version may be out of date."),
        "en": _("This page was updated in Russian on %(date)s; the English version may be out of date."),
    }
    message = messages.get(page_language) or _(
        "This page was updated in Russian on %(date)s; this translation may be out of date."
    )
    return message % {"date": date}


def notice_for(request, page):
    """A dict for ``components/translation_notice.html``, or None when there is nothing to say."""
    if request is None or not isinstance(page, Page) or not page.pk:
        return None
    default_language = settings.LANGUAGE_CODE
    other = untranslated_origin(request, page)
    if other is not None:
        return {
            "kind": "untranslated",
            "text": _(
                "The page you came from is not available in this language yet. You can read it in another language:"
            ),
            "link_text": other.title,
            "link_url": other.get_url(request),
            "link_lang": other.locale.language_code,
        }
    if page.locale.language_code == default_language:
        return None
    since = outdated_since(page)
    if since is None:
        return None
    source = page.get_translations().live().filter(locale__language_code=default_language).first()
    if source is None:
        return None
    return {
        "kind": "outdated",
        "text": _outdated_message(page.locale.language_code, date_format(timezone.localtime(since), "DATE_FORMAT")),
        "link_text": _("Read the current version in Russian"),
        "link_url": source.get_url(request),
        "link_lang": default_language,
    }
