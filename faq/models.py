"""Frequently asked questions: a translatable snippet and the page that lists them."""

from django.core.exceptions import ValidationError
from django.db import models
from django.utils.html import strip_tags
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, FieldRowPanel
from wagtail.fields import RichTextField
from wagtail.models import TranslatableMixin
from wagtail.search import index

from anyascii import anyascii
from wagtail_localize.fields import SynchronizedField

from core.countries import is_country_code
from core.models import BaseIndexPage


def parse_country_codes(value):
    return [code.strip().upper() for code in (value or "").replace(";", ",").split(",") if code.strip()]


class FAQItemQuerySet(models.QuerySet):
    def for_locale(self, locale):
        return self.filter(locale=locale).select_related("topic")

    def for_country(self, code, locale):
        """Questions about one country; matched on the comma-separated codes."""
        items = self.for_locale(locale).filter(countries__icontains=code)
        return [item for item in items if code in item.country_codes]


class FAQItem(TranslatableMixin, index.Indexed, models.Model):
    """One question and its answer. The anchor keeps links to it stable."""

    question = models.CharField(_("question"), max_length=255)
    answer = RichTextField(_("answer"), features=["bold", "italic", "link", "document-link", "ol", "ul"])
    topic = models.ForeignKey(
        "core.Topic",
        verbose_name=_("topic"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    countries = models.CharField(
        _("countries"),
        max_length=200,
        blank=True,
        help_text=_("ISO codes of the countries this question is about, separated by commas, e.g. PL, LT."),
    )
    featured = models.BooleanField(_("most asked"), default=False, help_text=_("Shown on the home page."))
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)
    anchor = models.SlugField(
        _("anchor"),
        max_length=80,
        blank=True,
        help_text=_("The #address of this question; made from the question when empty and never changed after."),
    )

    objects = FAQItemQuerySet.as_manager()

    panels = [
        FieldPanel("question"),
        FieldPanel("answer"),
        FieldPanel("topic"),
        FieldRowPanel([FieldPanel("countries"), FieldPanel("sort_order"), FieldPanel("featured")]),
        FieldPanel("anchor"),
    ]
    search_fields = [
        index.SearchField("question", boost=2),
        index.AutocompleteField("question"),
        index.SearchField("answer"),
        index.FilterField("locale"),
        index.FilterField("featured"),
    ]
    override_translatable_fields = [
        SynchronizedField("countries"),
        SynchronizedField("featured"),
        SynchronizedField("sort_order"),
        SynchronizedField("anchor"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("FAQ item")
        verbose_name_plural = _("FAQ items")
        ordering = ["sort_order", "id"]

    def __str__(self):
        return self.question

    def save(self, *args, **kwargs):
        if not self.anchor:
            self.anchor = slugify(anyascii(self.question))[:70] or "question"
            siblings = FAQItem.objects.exclude(translation_key=self.translation_key)
            base, number = self.anchor, 2
            while siblings.filter(anchor=self.anchor).exists():
                self.anchor = f"{base}-{number}"
                number += 1
        super().save(*args, **kwargs)

    @property
    def country_codes(self):
        return parse_country_codes(self.countries)

    def clean(self):
        super().clean()
        codes = self.country_codes
        unknown = [code for code in codes if not is_country_code(code)]
        if unknown:
            raise ValidationError({"countries": _("Unknown country codes: %s") % ", ".join(unknown)})
        self.countries = ", ".join(codes)


class FAQIndexPage(BaseIndexPage):
    """All questions of one language, grouped by topic, with FAQPage JSON-LD."""

    subpage_types = []

    class Meta:
        verbose_name = _("FAQ page")
        verbose_name_plural = _("FAQ pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        items = list(FAQItem.objects.for_locale(self.locale).order_by("sort_order", "id"))
        groups = {}
        for item in items:
            groups.setdefault(item.topic, []).append(item)
        ordered = sorted(groups.items(), key=lambda pair: (pair[0] is None, pair[0].sort_order if pair[0] else 0))
        context["topic_groups"] = ordered
        context["faq_items"] = items
        context["faq_jsonld"] = {
            "@context": "https://schema.org",
            "@type": "FAQPage",
            "inLanguage": self.locale.language_code,
            "mainEntity": [
                {
                    "@type": "Question",
                    "name": item.question,
                    "url": f"{self.get_full_url(request)}#{item.anchor}",
                    "acceptedAnswer": {"@type": "Answer", "text": strip_tags(item.answer).strip()},
                }
                for item in items
            ],
        }
        return context
