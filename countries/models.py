"""Country guides: what to know before, during and after working in one country."""

import uuid

from django.conf import settings
from django.core.validators import RegexValidator
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel, HelpPanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from anyascii import anyascii
from wagtail_localize.fields import SynchronizedField

from core.countries import country_name, is_country_code
from core.models import BaseIndexPage, BasePage, public
from core.text import first_letter, matches, sort_key

from .blocks import ContactCardBlock, SectionBlock

MAX_QUERY_LENGTH = 100


class CountryIndexPage(BaseIndexPage):
    """All guides from A to Z, with a filter that works with and without JavaScript."""

    subpage_types = ["countries.CountryGuidePage"]

    class Meta:
        verbose_name = _("country index page")
        verbose_name_plural = _("country index pages")

    def guides(self):
        return public(CountryGuidePage.objects.child_of(self).live()).only(
            "id", "title", "url_path", "slug", "country_code", "synonyms", "alert_level", "summary"
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        query = request.GET.get("q", "")
        query = query.strip()[:MAX_QUERY_LENGTH] if isinstance(query, str) else ""
        language = self.locale.language_code
        guides = sorted(self.guides(), key=lambda guide: sort_key(guide.title, language))
        if query:
            guides = [guide for guide in guides if matches(query, guide.search_names)]
        groups = {}
        for guide in guides:
            groups.setdefault(first_letter(guide.title), []).append(guide)
        context.update({"query": query, "guides": guides, "letter_groups": list(groups.items())})
        return context


class CountryGuidePage(BasePage):
    """Guidance for one destination country, with its alerts and contacts."""

    ALERT_NONE = "none"
    ALERT_CAUTION = "caution"
    ALERT_SERIOUS = "serious"
    ALERT_CHOICES = [
        (ALERT_NONE, _("No alert")),
        (ALERT_CAUTION, _("Caution")),
        (ALERT_SERIOUS, _("Serious risk")),
    ]
    UPDATE_MINOR = "minor"
    UPDATE_MAJOR = "major"
    UPDATE_CHOICES = [
        (UPDATE_MINOR, _("Minor edit: no announcement")),
        (UPDATE_MAJOR, _("Major update: new date, announced in the guidance-updates feed")),
    ]

    country_code = models.CharField(
        _("country code"),
        max_length=2,
        validators=[RegexValidator(r"^[A-Z]{2}$", _("Two capital letters, e.g. PL."))],
        help_text=_("ISO 3166 two-letter code, e.g. PL for Poland."),
    )
    synonyms = models.TextField(
        _("other names"),
        blank=True,
        help_text=_(
            "Other names and spellings people may type, separated by commas: "
            "in Russian, Belarusian, English and transliterated, e.g. Польша, Польшча, Poland, Polsha."
        ),
    )
    summary = models.TextField(_("summary"), help_text=_("Two or three sentences shown in lists and search."))
    alert_level = models.CharField(_("alert level"), max_length=10, choices=ALERT_CHOICES, default=ALERT_NONE)
    alert_text = models.TextField(_("alert text"), blank=True)
    body = StreamField([("section", SectionBlock())], verbose_name=_("guide"), blank=True)
    contacts = StreamField([("contact", ContactCardBlock())], verbose_name=_("contacts"), blank=True)
    last_reviewed = models.DateField(_("last reviewed"), default=timezone.localdate)
    update_note = models.TextField(
        _("latest update"),
        blank=True,
        help_text=_("What changed recently, shown near the top. Write a new note for each major update."),
    )
    update_kind = models.CharField(_("kind of change"), max_length=10, choices=UPDATE_CHOICES, default=UPDATE_MINOR)

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [
                FieldRowPanel([FieldPanel("country_code"), FieldPanel("last_reviewed")]),
                FieldPanel("synonyms"),
            ],
            heading=_("Country"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel(
            [FieldPanel("alert_level"), FieldPanel("alert_text")],
            heading=_("Alert banner"),
        ),
        MultiFieldPanel(
            [
                HelpPanel(
                    content=_(
                        "A major update changes the guide's update date and is announced to subscribers; "
                        "a minor edit (typos, wording) does neither."
                    )
                ),
                FieldPanel("update_kind"),
                FieldPanel("update_note"),
            ],
            heading=_("Latest update"),
        ),
        FieldPanel("body"),
        FieldPanel("contacts"),
    ]

    search_fields = BasePage.search_fields + [
        index.SearchField("synonyms"),
        index.SearchField("summary"),
        index.SearchField("body"),
        index.FilterField("country_code"),
    ]

    override_translatable_fields = [
        SynchronizedField("country_code"),
        SynchronizedField("synonyms"),
        SynchronizedField("alert_level"),
        SynchronizedField("last_reviewed"),
        SynchronizedField("update_kind"),
    ]

    parent_page_types = ["countries.CountryIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("country guide")
        verbose_name_plural = _("country guides")

    def clean(self):
        super().clean()
        from django.core.exceptions import ValidationError

        self.country_code = (self.country_code or "").upper()
        if not is_country_code(self.country_code):
            raise ValidationError({"country_code": _("Not an ISO 3166 country code.")})
        if self.alert_level != self.ALERT_NONE and not self.alert_text.strip():
            raise ValidationError({"alert_text": _("Say what the alert is about.")})

    @property
    def country_name(self):
        return country_name(self.country_code, self.locale.language_code)

    @property
    def search_names(self):
        names = [self.title, self.country_code]
        names += [name.strip() for name in self.synonyms.replace("\n", ",").split(",") if name.strip()]
        return names

    @property
    def search_data(self):
        """Everything the filter matches on, for the script that narrows the list."""
        return " | ".join(self.search_names)

    @cached_property
    def sections(self):
        """(anchor, title, block) for each section, for the contents list."""
        result, seen = [], set()
        for number, block in enumerate(self.body, start=1):
            anchor = slugify(anyascii(block.value["title"]))[:60] or f"section-{number}"
            if anchor in seen:
                anchor = f"{anchor}-{number}"
            seen.add(anchor)
            result.append((anchor, block.value["title"], block))
        return result

    @cached_property
    def latest_major_update(self):
        return self.guidance_updates.order_by("-published_at").first()

    @property
    def updated_on(self):
        update = self.latest_major_update
        return update.published_at if update else self.first_published_at

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        from articles.models import ArticlePage
        from faq.models import FAQItem

        context["faqs"] = FAQItem.objects.for_country(self.country_code, self.locale)
        context["faq_index"] = self.get_faq_index()
        context["articles"] = ArticlePage.objects.latest_for(self.locale, country=self.country_code, tags=False)[:3]
        return context

    def get_faq_index(self):
        from faq.models import FAQIndexPage

        return FAQIndexPage.objects.live().filter(locale=self.locale).first()

    def check_major_update(self):
        """Record a major update when this guide is published with a new major note."""
        note = self.update_note.strip()
        if self.update_kind != self.UPDATE_MAJOR or not note:
            return None
        latest = self.guidance_updates.order_by("-published_at").first()
        if latest and latest.note == note:
            return None
        return GuidanceUpdate.objects.create(page=self, note=note, published_at=timezone.now())


class GuidanceUpdate(models.Model):
    """One major update of a country guide in one language: an entry of the
    guidance-updates feed. Its ``uuid`` is the entry's stable feed id."""

    page = models.ForeignKey(CountryGuidePage, on_delete=models.CASCADE, related_name="guidance_updates")
    note = models.TextField(_("note"))
    published_at = models.DateTimeField(_("published"), db_index=True)
    uuid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)

    class Meta:
        verbose_name = _("guidance update")
        verbose_name_plural = _("guidance updates")
        ordering = ["-published_at"]

    def __str__(self):
        return f"{self.page.title}: {self.published_at:%Y-%m-%d}"


def review_due_before():
    months = getattr(settings, "COUNTRY_REVIEW_DUE_MONTHS", 6)
    today = timezone.localdate()
    month_index = today.year * 12 + today.month - 1 - months
    year, month = divmod(month_index, 12)
    day = min(today.day, 28)
    return today.replace(year=year, month=month + 1, day=day)
