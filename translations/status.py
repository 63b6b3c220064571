"""Translation status of every translatable page and snippet, computed in bulk.

For each source object (in the default language) and each other language the
status is one of:

- ``missing``: there is no object in that language;
- ``outdated``: the source's translatable text changed (``SourceChange.changed_at``,
  recorded on publish of a page or save of a snippet) after the translation was
  last written: for a page, after the translated page was last published (by
  wagtail-localize's editor, a sync, or by hand); for a snippet, which has no
  publishing, after the source was last synced (``TranslationSource.last_updated_at``).
  wagtail-localize 1.14 does not maintain ``Translation.destination_last_updated_at``,
  so it cannot be used;
- ``partial``: up to date, but not every segment is translated (percent shown);
- ``synced``: up to date and every segment translated (or translated by hand,
  outside wagtail-localize).

All rows of a listing cost a constant number of queries: a handful per
language and per snippet model, whatever the number of pages.
"""

from dataclasses import dataclass, field
from datetime import datetime

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db.models import Case, Count, Exists, IntegerField, OuterRef, Sum, Value, When
from django.urls import NoReverseMatch, reverse
from django.utils.translation import gettext_lazy as _

from wagtail.models import Locale, Page, TranslatableMixin
from wagtail.snippets.models import get_snippet_models

from wagtail_localize.models import StringSegment, StringTranslation, Translation, TranslationSource

from .models import SourceChange

MISSING, OUTDATED, PARTIAL, SYNCED = "missing", "outdated", "partial", "synced"
STATES = [
    (MISSING, _("Missing")),
    (OUTDATED, _("Out of date")),
    (PARTIAL, _("Partly translated")),
    (SYNCED, _("In sync")),
]


@dataclass
class Cell:
    locale: Locale
    state: str
    percent: int | None = None
    since: datetime | None = None
    edit_url: str = ""

    @property
    def label(self):
        return dict(STATES)[self.state]


@dataclass
class Row:
    kind: str  # "page" or the snippet model's verbose name
    type_key: str  # "app_label.model" of the specific class, for filtering
    title: str
    translation_key: object
    source_id: object
    source_edit_url: str
    translate_url: str
    cells: list = field(default_factory=list)

    def cell(self, language_code):
        return next((c for c in self.cells if c.locale.language_code == language_code), None)


def target_locales():
    return list(Locale.objects.exclude(language_code=settings.LANGUAGE_CODE).order_by("language_code"))


def translatable_snippet_models():
    return [m for m in get_snippet_models() if issubclass(m, TranslatableMixin)]


def _progress(source_ids, locale):
    """{source_id: (total, translated)} for one target locale, in one query."""
    translated = Exists(
        StringTranslation.objects.filter(
            translation_of_id=OuterRef("string_id"),
            context_id=OuterRef("context_id"),
            locale_id=locale.pk,
            has_error=False,
        )
    )
    rows = (
        StringSegment.objects.filter(source_id__in=source_ids)
        .values("source_id")
        .annotate(
            total=Count("pk"),
            done=Sum(Case(When(translated, then=Value(1)), default=Value(0), output_field=IntegerField())),
        )
    )
    return {r["source_id"]: (r["total"], r["done"] or 0) for r in rows}


def _snippet_urls(model, pk):
    opts = model._meta
    try:
        edit = reverse(f"wagtailsnippets_{opts.app_label}_{opts.model_name}:edit", args=[pk])
    except NoReverseMatch:
        edit = ""
    translate = reverse("wagtail_localize:submit_snippet_translation", args=[opts.app_label, opts.model_name, pk])
    return edit, translate


def page_types():
    """(``app_label.model``, verbose name) of every page type used in the default language."""
    used = Page.objects.filter(locale=Locale.get_default(), depth__gt=1).values("content_type_id")
    types = []
    for ct in ContentType.objects.filter(pk__in=used):
        model = ct.model_class()
        if model is not None:
            types.append((f"{ct.app_label}.{ct.model}", str(model._meta.verbose_name)))
    return sorted(types, key=lambda item: item[1])


def source_rows(page_type=None, kind=None):
    """Rows (without cells) for every source page and snippet, in a constant number of queries."""
    default = Locale.get_default()
    rows = []
    if kind in (None, "", "page"):
        pages = Page.objects.filter(locale=default, depth__gt=1).order_by("path")
        if page_type:
            app_label, _sep, model = page_type.partition(".")
            pages = pages.filter(content_type__app_label=app_label, content_type__model=model)
        types = {ct.pk: ct for ct in ContentType.objects.filter(pk__in=pages.values("content_type_id"))}
        for pk, title, key, ct_id in pages.values_list("pk", "title", "translation_key", "content_type_id"):
            ct = types.get(ct_id)
            rows.append(
                Row(
                    kind="page",
                    type_key=f"{ct.app_label}.{ct.model}" if ct else "",
                    title=title,
                    translation_key=key,
                    source_id=pk,
                    source_edit_url=reverse("wagtailadmin_pages:edit", args=[pk]),
                    translate_url=reverse("wagtail_localize:submit_page_translation", args=[pk]),
                )
            )
    if kind in (None, "", "snippet") and not page_type:
        for model in translatable_snippet_models():
            for obj in model.objects.filter(locale=default):
                edit, translate = _snippet_urls(model, obj.pk)
                rows.append(
                    Row(
                        kind=str(model._meta.verbose_name),
                        type_key=model._meta.label_lower,
                        title=str(obj),
                        translation_key=obj.translation_key,
                        source_id=obj.pk,
                        source_edit_url=edit,
                        translate_url=translate,
                    )
                )
    return rows


def _targets(rows, locales):
    """{(translation_key, locale_id): (edit_url, last_published_at or None)} of existing translations."""
    keys = [r.translation_key for r in rows if r.kind == "page"]
    targets = {}
    if keys:
        for pk, key, locale_id, published in Page.objects.filter(
            translation_key__in=keys, locale__in=locales
        ).values_list("pk", "translation_key", "locale_id", "last_published_at"):
            targets[(key, locale_id)] = (reverse("wagtailadmin_pages:edit", args=[pk]), published)
    snippet_keys = {r.translation_key for r in rows if r.kind != "page"}
    if snippet_keys:
        for model in translatable_snippet_models():
            for pk, key, locale_id in model.objects.filter(
                translation_key__in=snippet_keys, locale__in=locales
            ).values_list("pk", "translation_key", "locale_id"):
                targets[(key, locale_id)] = (_snippet_urls(model, pk)[0], None)
    return targets


def compute(rows, locales=None):
    """Fill ``cells`` of each row, one per target locale. Returns the rows."""
    locales = target_locales() if locales is None else locales
    if not rows:
        return rows
    keys = [r.translation_key for r in rows]
    targets = _targets(rows, locales)
    sources = {
        s.object_id: s
        for s in TranslationSource.objects.filter(object_id__in=keys).only("pk", "object_id", "last_updated_at")
    }
    translations = {
        (t.source_id, t.target_locale_id): t
        for t in Translation.objects.filter(source__in=sources.values(), target_locale__in=locales).only(
            "pk", "source_id", "target_locale_id"
        )
    }
    changes = dict(SourceChange.objects.filter(translation_key__in=keys).values_list("translation_key", "changed_at"))
    source_ids = [s.pk for s in sources.values()]
    progress = {locale.pk: _progress(source_ids, locale) for locale in locales}
    for row in rows:
        source = sources.get(row.translation_key)
        changed_at = changes.get(row.translation_key)
        row.cells = []
        for locale in locales:
            target = targets.get((row.translation_key, locale.pk))
            if target is None:
                row.cells.append(Cell(locale, MISSING, edit_url=row.translate_url))
                continue
            edit_url, published_at = target
            translation = translations.get((source.pk, locale.pk)) if source else None
            written_at = published_at or (source.last_updated_at if source else None)
            if changed_at and (written_at is None or changed_at > written_at):
                row.cells.append(Cell(locale, OUTDATED, since=changed_at, edit_url=edit_url))
                continue
            total, done = progress[locale.pk].get(source.pk, (0, 0)) if source and translation else (0, 0)
            percent = round(100 * done / total) if total else 100
            state = SYNCED if percent >= 100 else PARTIAL
            row.cells.append(Cell(locale, state, percent=percent, edit_url=edit_url))
    return rows
