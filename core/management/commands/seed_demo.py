"""Create or complete the demo content: locales, site, home pages, an admin.

Safe to run again: it only adds what is missing and never overwrites what an
editor has changed. The admin's password is generated and printed once (or
taken from DEMO_ADMIN_PASSWORD); it is never a fixed, published password.
"""

import html
import os
import secrets
from xml.sax.saxutils import escape as xml_escape

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction

from wagtail.models import DraftStateMixin, Locale, Page, Site

from wagtail_localize.models import Translation, TranslationSource

from articles.models import ArticleCountry, ArticleIndexPage, ArticlePage, ArticleTopic
from core import demo, seeding
from core.models import Topic
from countries.models import CountryGuidePage, CountryIndexPage
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage, PartnersPage, StandardPage


class Command(BaseCommand):
    help = "Create or complete the demo content in Russian, Belarusian and English."

    def add_arguments(self, parser):
        parser.add_argument("--no-admin", action="store_true", help="Do not create the local admin user.")
        parser.add_argument(
            "--no-content",
            action="store_true",
            help="Only locales, site, home pages and hotline; no guides, FAQs, news or standard pages.",
        )

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
        from hotline.demo import seed_hotline  # numbers, hours, wording, callback page

        seed_hotline(self, home, locales)
        if not options["no_content"]:
            self.seed_content(home, locales)
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
            hotline_heading=demo.HOME_HOTLINE["heading"][0],
            hotline_text=demo.HOME_HOTLINE["text"][0],
            countries_heading=demo.HOME_HOTLINE["countries_heading"][0],
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
        unescaped = {html.unescape(source): target for source, target in strings.items()}
        missing = []
        for entry in po:
            if entry.msgid in strings:
                entry.msgstr = strings[entry.msgid]
            elif html.unescape(entry.msgid) in unescaped:
                # Rich text segments arrive HTML-escaped; escape the translation alike.
                entry.msgstr = xml_escape(unescaped[html.unescape(entry.msgid)])
            elif (
                entry.msgctxt
                and entry.msgctxt.split(".")[-1] == "slug"
                or not entry.msgid.strip()
                or entry.msgid.startswith(("http://", "https://", "tel:", "mailto:"))
            ):
                entry.msgstr = entry.msgid
            else:
                missing.append(entry.msgid)
        if missing:
            raise CommandError(f"No {locale.language_code} translation in the demo content for: {missing}")
        translation.import_po(po, tool_name="seed_demo")
        draftable = isinstance(instance, DraftStateMixin)
        # wagtail-localize publishes pages when the transaction commits; the
        # whole seed is one transaction, and a deferred publish would restore a
        # stale copy of a parent page over its new children. Publish now instead.
        translation.save_target(publish=not draftable)
        target = source.get_translated_instance(locale)
        if draftable:
            target.get_latest_revision().publish()
            target.refresh_from_db()
        return target

    def seed_content(self, home, locales):
        """Topics, FAQs, country guides, news and standard pages in three languages."""
        from core.demo_content import articles, countries, faqs, pages, topics

        source = locales[settings.LANGUAGE_CODE]
        others = [locale for code, locale in locales.items() if code != settings.LANGUAGE_CODE]

        topic_objects = {}
        for number, data in enumerate(topics.TOPICS):
            topic = Topic.objects.filter(locale=source, slug=data["slug"]).first()
            if topic is None:
                topic = Topic.objects.create(locale=source, slug=data["slug"], name=data["name"][0], sort_order=number)
            topic_objects[data["slug"]] = topic
            self.translate_missing(topic, others, data)
        self.step(f"topics: {len(topic_objects)} in every language")

        for number, data in enumerate(faqs.FAQS):
            item = FAQItem.objects.filter(locale=source, anchor=data["slug"]).first()
            if item is None:
                item = FAQItem.objects.create(
                    locale=source,
                    anchor=data["slug"],
                    question=data["question"][0],
                    answer="".join(seeding.paragraph(text) for text in data["answer"]),
                    topic=topic_objects[data["topic"]],
                    countries=", ".join(data["countries"]),
                    featured=data["featured"],
                    sort_order=number,
                )
            self.translate_missing(item, others, data)
        self.step(f"FAQ items: {len(faqs.FAQS)} in every language")

        for data in pages.STANDARD_PAGES:
            page, _created = seeding.add_child(
                home,
                StandardPage(
                    title=data["title"][0],
                    slug=data["slug"],
                    intro=data["intro"][0],
                    body=seeding.stream(data["body"]),
                    show_in_menus=data["slug"] in seeding.MENU_SLUGS,
                    locale=source,
                ),
            )
            self.translate_missing(page, others, data)
        self.step(f"standard pages: {len(pages.STANDARD_PAGES)} in every language")

        self.index_page(home, FAQIndexPage, demo.FAQ_INDEX, others)

        country_index = self.index_page(home, CountryIndexPage, demo.COUNTRY_INDEX, others)
        for data in countries.COUNTRIES:
            sections = [{"title": section["title"], "blocks": list(section["blocks"])} for section in data["sections"]]
            sections[0]["blocks"].insert(0, ("warning", seeding.SAMPLE_NOTICE))
            page, _created = seeding.add_child(
                country_index,
                CountryGuidePage(
                    title=data["title"][0],
                    slug=data["slug"],
                    country_code=data["code"],
                    synonyms=", ".join(data["synonyms"]),
                    summary=data["summary"][0],
                    search_description=data["summary"][0],
                    alert_level=data["alert_level"],
                    alert_text=data["alert_text"][0] if data["alert_text"] else "",
                    last_reviewed=seeding.parse_date(data["last_reviewed"]),
                    update_note=data["latest_update"][0],
                    update_kind=CountryGuidePage.UPDATE_MAJOR,
                    body=[
                        (
                            "section",
                            {"title": section["title"][0], "content": seeding.stream(section["blocks"])},
                        )
                        for section in sections
                    ],
                    contacts=[("contact", self.contact_card(card)) for card in data["contacts"]],
                    locale=source,
                ),
            )
            self.translate_missing(page, others, {**data, "sections": sections, "notice": seeding.SAMPLE_NOTICE})
        self.step(f"country guides: {len(countries.COUNTRIES)} in every language")

        news_index = self.index_page(home, ArticleIndexPage, demo.NEWS_INDEX, others)
        for data in articles.ARTICLES:
            existing = news_index.get_children().filter(slug=data["slug"]).first()
            if existing is None:
                image = seeding.demo_image(data["slug"], data["title"][2], data["image"]["colour"])
                article = ArticlePage(
                    title=data["title"][0],
                    slug=data["slug"],
                    date=seeding.parse_date(data["date"]),
                    intro=data["intro"][0],
                    search_description=data["intro"][0],
                    hero_image=image,
                    hero_alt=data["image"]["alt"][0],
                    hero_credit=data["image"]["credit"][0],
                    body=seeding.stream(data["body"]),
                    locale=source,
                )
                for slug in data["topics"]:
                    article.article_topics.add(ArticleTopic(topic=topic_objects[slug], locale=source))
                for code in data["countries"]:
                    article.article_countries.add(ArticleCountry(country_code=code))
                article, _created = seeding.add_child(news_index, article)
            else:
                article = existing.specific
            self.translate_missing(article, others, data)
        self.step(f"news articles: {len(articles.ARTICLES)} in every language")

        data = demo.PARTNERS_PAGE
        poster = seeding.demo_document(data["poster"][2], "campaign-poster.pdf", seeding.poster_pdf)
        logo = seeding.demo_document(data["logo"][2], "campaign-logo.png", seeding.logo_png)
        partners, _created = seeding.add_child(
            home,
            PartnersPage(
                title=data["title"][0],
                slug=data["slug"],
                intro=data["intro"][0],
                terms=seeding.paragraph(data["terms"]),
                body=[
                    ("document", {"document": poster, "title": data["poster"][0]}),
                    ("document", {"document": logo, "title": data["logo"][0]}),
                ],
                show_in_menus=True,
                locale=source,
            ),
        )
        self.translate_missing(partners, others, data)
        self.step("partners and media page: in every language")

    def index_page(self, home, model, data, others):
        """A section front (countries, FAQ, news) under ``home``, translated."""
        page, _created = seeding.add_child(
            home,
            model(title=data["title"][0], slug=data["slug"], intro=data["intro"][0], locale=home.locale),
        )
        self.translate_missing(page, others, data)
        return page

    @staticmethod
    def contact_card(card, index=0):
        return {
            "kind": card["kind"],
            "name": card["name"][index],
            "phones": list(card["phones"]),
            "address": card["address"][index] if card.get("address") else "",
            "hours": card["hours"][index] if card.get("hours") else "",
            "website": card.get("website") or "",
            "email": card.get("email") or "",
        }

    def translate_missing(self, instance, locales, data):
        """Translate ``instance`` into each of ``locales`` that lacks it."""
        for locale in locales:
            if not instance.get_translations().filter(locale=locale).exists():
                self.translate(instance, locale, seeding.strings_for(locale.language_code, data))

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
                    f"  admin: created. Sign in at /admin/ as 'admin' with password {password} (shown only this once)."
                )
            )
