"""The "Translations" admin view: every page and snippet, one column per language."""

from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.translation import gettext as _

from .status import STATES, compute, page_types, source_rows, target_locales

PER_PAGE = 50
TEAM_GROUPS = ("Editors", "Moderators", "Translators")


def can_view(user):
    return user.is_active and (user.is_superuser or user.groups.filter(name__in=TEAM_GROUPS).exists())


def translator_locale(user, locales):
    """The language a translator works in: their admin language if it is a target language."""
    profile = getattr(user, "wagtail_userprofile", None)
    code = getattr(profile, "preferred_language", "") or ""
    return next((locale for locale in locales if locale.language_code == code), None)


def status_view(request):
    if not can_view(request.user):
        raise PermissionDenied
    locales = target_locales()
    language = request.GET.get("language", "")
    state = request.GET.get("state", "")
    kind = request.GET.get("type", "")
    shown = [locale for locale in locales if locale.language_code == language] or locales

    rows = source_rows(kind=kind) if kind in ("", "page", "snippet") else source_rows(page_type=kind)
    compute(rows, shown)
    if state in dict(STATES):
        rows = [row for row in rows if any(cell.state == state for cell in row.cells)]

    paginator = Paginator(rows, PER_PAGE)
    page_obj = paginator.get_page(request.GET.get("p"))
    counts = {code: 0 for code, _label in STATES}
    for row in rows:
        for cell in row.cells:
            counts[cell.state] += 1
    return render(
        request,
        "translations/admin/status.html",
        {
            "page_title": _("Translations"),
            "header_icon": "wagtail-localize-language",
            "locales": shown,
            "all_locales": locales,
            "states": STATES,
            "page_obj": page_obj,
            "rows": page_obj.object_list,
            "language": language,
            "state": state,
            "kind": kind,
            "state_choices": [(code, label, counts[code]) for code, label in STATES],
            "page_types": page_types(),
            "query": request.GET.copy(),
        },
    )
