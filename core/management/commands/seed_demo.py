"""Create or complete the demo content: locales, site, home pages, an admin.

Safe to run again: it only adds what is missing and never overwrites what an
editor has changed. The admin's password is generated and printed once (or
taken from DEMO_ADMIN_PASSWORD); it is never a fixed, published password.
"""

import os
import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import Locale, Page, Site

from wagtail_localize.models import Translation, TranslationSource

from core import demo
from home.models import HomePage


class Command(BaseCommand):
    help = "Create or complete the demo content in Russian, Belarusian and English."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the local admin user.")

    def step(self, message):
        self.stdout.write(f"  {message}")

    @transaction.atomic
    def handle(self, *args, **options):
        self.stdout.write("Seeding demo content…")
        locales = self.ensure_locales()
        home = self.ensure_home(locales[settings.LANGUAGE_CODE])
        self.ensure_site(home)
        for code, locale in locales.items():
            if code != settings.LANGUAGE_CODE:
                self.ensure_translation(home, locale)
        if not options["no_admin"]:
            self.ensure_admin()
        self.stdout.write(self.style.SUCCESS("Demo content ready."))

    def ensure_locales(self):
        locales = {}
        for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
            locale, created = Locale.objects.get_or_create(language_code=code)
            locales[code] = locale
            self.step(f"locale {code}: {'created' if created else 'present'}")
        return locales

    def ensure_home(self, locale):
        site = Site.objects.filter(is_default_site=True).select_related("root_page").first()
        if site and isinstance(site.root_page.specific, HomePage):
            self.step("home page: present")
            return site.root_page.specific
        root = Page.get_first_root_node()
        if root is None:
            # Wagtail's migrations make the root; a flushed database has none.
            root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
            self.step("page tree root: created")
        # Wagtail's initial "Welcome" page holds the slug "home"; free it.
        for welcome in root.get_children().filter(slug="home", locale=locale).type(Page).exact_type(Page):
            welcome.slug = f"welcome-{welcome.id}"
            welcome.save(update_fields=["slug"])
        home = HomePage(
            title=demo.HOME_TITLE[0],
            slug="home",
            intro=demo.HOME_INTRO[0],
            body=demo.home_body(0),
            locale=locale,
        )
        root.add_child(instance=home)
        home.save_revision().publish()
        self.step("home page: created and published")
        return home

    def ensure_site(self, home):
        site = Site.objects.filter(is_default_site=True).first()
        if site is None:
            site = Site(hostname="localhost", port=80, is_default_site=True)
        if site.root_page_id != home.id:
            previous = site.root_page if site.pk else None
            site.root_page = home
            site.site_name = demo.HOME_TITLE[0]
            site.save()
            # Wagtail's initial "Welcome" page is replaced by the real home page.
            if (
                previous is not None
                and previous.id != home.id
                and type(previous.specific) is Page
                and not previous.get_children().exists()
            ):
                previous.delete()
            self.step("site: points at the home page")
        else:
            self.step("site: present")

    def ensure_translation(self, page, locale):
        code = locale.language_code
        if page.get_translations().filter(locale=locale).exists():
            self.step(f"home page in {code}: present")
            return
        self.translate(page, locale, demo.translations_for(code))
        self.step(f"home page in {code}: translated and published")

    def translate(self, instance, locale, strings):
        """Translate a page or snippet into ``locale`` through wagtail-localize.

        ``strings`` maps each source segment to its translation. The PO file
        that wagtail-localize exports is filled from it and imported back, as
        an outside translator's file would be; the target is then published.
        Returns the translated instance.
        """
        source, _created = TranslationSource.update_or_create_from_instance(instance)
        translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
        po = translation.export_po()
        missing = []
        for entry in po:
            if entry.msgid in strings:
                entry.msgstr = strings[entry.msgid]
            elif entry.msgctxt and entry.msgctxt.split(".")[-1] == "slug":
                entry.msgstr = entry.msgid
            elif not entry.msgid.strip() or entry.msgid.startswith(("http://", "https://", "tel:", "mailto:")):
                entry.msgstr = entry.msgid
            else:
                missing.append(entry.msgid)
        if missing:
            raise CommandError(f"No {locale.language_code} translation in the demo content for: {missing}")
        translation.import_po(po, tool_name="seed_demo")
        translation.save_target(publish=True)
        return source.get_translated_instance(locale)

    def ensure_admin(self):
        User = get_user_model()
        if User.objects.filter(is_superuser=True).exists():
            self.step("admin: a superuser exists already, password unchanged")
            return
        password = os.environ.get("DEMO_ADMIN_PASSWORD") or secrets.token_urlsafe(12)
        User.objects.create_superuser("admin", email="admin@localhost", password=password)
        if os.environ.get("DEMO_ADMIN_PASSWORD"):
            self.step("admin: created as 'admin' with the password from DEMO_ADMIN_PASSWORD")
        else:
            self.stdout.write(
                self.style.WARNING(
                    f"  admin: created. Sign in at /admin/ as 'admin' with password {password} "
                    "(shown only this once)."
                )
            )
