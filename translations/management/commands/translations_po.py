"""Export and import PO files for a whole set of pages and snippets, for outside translators.

    manage.py translations_po export --language be --out po/be/ [--under <page id>] [--snippets]
    manage.py translations_po import --language be po/be/ [--publish]

Export writes one PO file per source object (Russian) through wagtail-localize,
starting its translation into that language where there is none yet; each file
carries wagtail-localize's translation id, so import knows where it belongs.
Import loads the filled files back (wrong language or unknown files are
refused) and, with ``--publish``, writes and publishes the translated pages.
"""

import pathlib

from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import DraftStateMixin, Locale, Page

import polib
from wagtail_localize.models import Translation, TranslationSource

from translations.status import translatable_snippet_models


class Command(BaseCommand):
    help = "Export or import PO files of every page (and snippet) for one target language."

    def add_arguments(self, parser):
        sub = parser.add_subparsers(dest="action", required=True)
        export = sub.add_parser("export")
        export.add_argument("--language", required=True)
        export.add_argument("--out", required=True)
        export.add_argument("--under", type=int, help="only this source page and its descendants")
        export.add_argument("--snippets", action="store_true", help="also translatable snippets")
        export.add_argument("--all", action="store_true", help="also objects already fully translated")
        imp = sub.add_parser("import")
        imp.add_argument("--language", required=True)
        imp.add_argument("directory")
        imp.add_argument("--publish", action="store_true", help="write and publish the translated objects")

    def handle(self, *args, action, language, **options):
        locale = Locale.objects.filter(language_code=language).exclude(pk=Locale.get_default().pk).first()
        if locale is None:
            raise CommandError(f"'{language}' is not a target language")
        if action == "export":
            self.export(locale, pathlib.Path(options["out"]), options["under"], options["snippets"], options["all"])
        else:
            self.import_(locale, pathlib.Path(options["directory"]), options["publish"])

    def sources(self, under, snippets):
        pages = Page.objects.filter(locale=Locale.get_default(), depth__gt=1)
        if under:
            pages = pages.descendant_of(Page.objects.get(pk=under), inclusive=True)
        yield from pages.specific().order_by("path")
        if snippets:
            for model in translatable_snippet_models():
                yield from model.objects.filter(locale=Locale.get_default())

    def export(self, locale, out, under, snippets, everything):
        out.mkdir(parents=True, exist_ok=True)
        written = 0
        for instance in self.sources(under, snippets):
            source, _created = TranslationSource.get_or_create_from_instance(instance)
            translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
            total, done = translation.get_progress()
            if done >= total and not everything:
                continue
            name = f"{instance._meta.model_name}-{instance.pk}-{locale.language_code}.po"
            translation.export_po().save(str(out / name))
            written += 1
        self.stdout.write(f"{written} PO files written to {out}")

    @transaction.atomic
    def import_(self, locale, directory, publish):
        files = sorted(directory.glob("*.po"))
        if not files:
            raise CommandError(f"no .po files in {directory}")
        for path in files:
            po = polib.pofile(str(path))
            translation = Translation.objects.filter(
                uuid=po.metadata.get("X-WagtailLocalize-TranslationID", "") or None
            ).first()
            if translation is None or translation.target_locale_id != locale.pk:
                raise CommandError(f"{path.name}: not a {locale.language_code} translation of this site")
            warnings = translation.import_po(po, tool_name="translations_po")
            for warning in warnings:
                self.stderr.write(f"{path.name}: {warning}")
            if publish:
                instance = translation.source.get_source_instance()
                draftable = isinstance(instance, DraftStateMixin)
                # As seed_demo does: publish now rather than on commit, so a parent
                # page's deferred publish cannot overwrite its new children.
                translation.save_target(publish=not draftable)
                if draftable:
                    target = translation.source.get_translated_instance(locale)
                    target.get_latest_revision().publish()
        self.stdout.write(f"{len(files)} PO files imported" + (" and published" if publish else ""))
