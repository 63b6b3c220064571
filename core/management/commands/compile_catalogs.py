"""Compile locale/*/LC_MESSAGES/*.po into .mo files without GNU gettext.

Django's ``compilemessages`` needs the ``msgfmt`` program, which a fresh
machine with only Python may lack; polib (already installed as a dependency
of wagtail-localize) writes the same binary catalogs.
"""

from pathlib import Path

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

import polib


class Command(BaseCommand):
    help = "Compile the project's gettext catalogs (.po) into .mo files."

    def handle(self, *args, **options):
        catalogs = sorted(po for path in settings.LOCALE_PATHS for po in Path(path).glob("*/LC_MESSAGES/*.po"))
        if not catalogs:
            raise CommandError("No .po catalogs found in LOCALE_PATHS.")
        for po_path in catalogs:
            mo_path = po_path.with_suffix(".mo")
            if mo_path.exists() and mo_path.stat().st_mtime >= po_path.stat().st_mtime:
                continue
            try:
                catalog = polib.pofile(str(po_path))
            except (OSError, ValueError) as error:
                raise CommandError(f"{po_path}: {error}") from error
            catalog.save_as_mofile(str(mo_path))
            self.stdout.write(f"compiled {po_path.relative_to(settings.BASE_DIR)}")
        self.stdout.write(self.style.SUCCESS(f"{len(catalogs)} catalog(s) up to date."))
