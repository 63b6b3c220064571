"""The home page of each language and the plain standard page."""

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from core.blocks import BaseStreamBlock
from core.models import BasePage, public
from core.text import sort_key


class HomePage(BasePage):
    """Root of one language's tree: the site's front door."""

    intro = models.TextField(
        _("key message"),
        blank=True,
        help_text=_("One or two short sentences shown in large type at the top."),
    )
    hotline_heading = models.CharField(
        _("hotline heading"), max_length=120, blank=True, help_text=_("For example “Call the hotline first”.")
    )
    hotline_text = models.TextField(_("hotline text"), blank=True)
    countries_heading = models.CharField(
        _("country picker heading"),
        max_length=120,
        blank=True,
        help_text=_("For example “Where are you going?”"),
    )
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        MultiFieldPanel([FieldPanel("hotline_heading"), FieldPanel("hotline_text")], heading=_("Hotline")),
        FieldPanel("countries_heading"),
        FieldPanel("body"),
    ]

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = [
        "home.StandardPage",
        "countries.CountryIndexPage",
        "faq.FAQIndexPage",
        "articles.ArticleIndexPage",
        "hotline.CallbackPage",
        "home.PartnersPage",
    ]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def sections(self):
        """The live, public child pages of this home page, one query for all."""
        if not hasattr(self, "_sections"):
            self._sections = list(public(self.get_children().live()))
        return self._sections

    def section(self, model):
        """The first live child page of type ``model`` (a plain Page; enough for links)."""
        content_type = ContentType.objects.get_for_model(model)
        return next((page for page in self.sections() if page.content_type_id == content_type.id), None)

    def get_context(self, request, *args, **kwargs):
        from articles.models import ArticleIndexPage, ArticlePage
        from countries.models import CountryGuidePage, CountryIndexPage
        from faq.models import FAQIndexPage, FAQItem

        context = super().get_context(request, *args, **kwargs)
        country_index = self.section(CountryIndexPage)
        context["country_index"] = country_index
        guides = (
            public(CountryGuidePage.objects.child_of(country_index).live()).only("id", "title", "url_path")
            if country_index
            else []
        )
        language = self.locale.language_code
        context["country_guides"] = sorted(guides, key=lambda guide: sort_key(guide.title, language))
        context["news_index"] = self.section(ArticleIndexPage)
        context["latest_news"] = ArticlePage.objects.latest_for(self.locale, tags=False)[:3]
        context["faq_index"] = self.section(FAQIndexPage)
        context["top_questions"] = FAQItem.objects.filter(locale_id=self.locale_id, featured=True)[:6]
        if apps.is_installed("hotline"):
            context["callback_page"] = self.section(apps.get_model("hotline", "CallbackPage"))
        return context


class StandardPage(BasePage):
    """A plain page of text: about the project, privacy notice, safety advice."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("body"),
    ]

    parent_page_types = ["home.HomePage", "home.StandardPage"]
    subpage_types = ["home.StandardPage"]

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class PartnersPage(BasePage):
    """For partners and media: every feed with its address, republishing terms, materials."""

    intro = models.TextField(_("introduction"), blank=True)
    terms = RichTextField(_("terms for republishing"), blank=True, features=["bold", "italic", "link", "ol", "ul"])
    body = StreamField(
        BaseStreamBlock(),
        verbose_name=_("materials"),
        blank=True,
        help_text=_("Leaflets, posters and logos to download: use “Document download” blocks."),
    )

    content_panels = Page.content_panels + [FieldPanel("intro"), FieldPanel("terms"), FieldPanel("body")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("partners and media page")
        verbose_name_plural = _("partners and media pages")

    def get_context(self, request, *args, **kwargs):
        from django.urls import reverse
        from django.utils.translation import gettext

        from core.models import Topic
        from countries.models import CountryGuidePage

        context = super().get_context(request, *args, **kwargs)
        absolute = request.build_absolute_uri
        groups = [
            {
                "id": "news",
                "title": gettext("All news"),
                "rss": absolute(reverse("articles:news_rss")),
                "atom": absolute(reverse("articles:news_atom")),
            },
            {
                "id": "guidance",
                "title": gettext("All guidance updates"),
                "rss": absolute(reverse("countries:guidance_rss")),
                "atom": absolute(reverse("countries:guidance_atom")),
            },
        ]
        topics = [
            {
                "id": f"topic-{topic.slug}",
                "title": topic.name,
                "rss": absolute(reverse("articles:news_topic_rss", kwargs={"topic": topic.slug})),
                "atom": absolute(reverse("articles:news_topic_atom", kwargs={"topic": topic.slug})),
            }
            for topic in Topic.objects.filter(locale=self.locale)
        ]
        guides = public(CountryGuidePage.objects.live()).filter(locale=self.locale).only("title", "country_code")
        language = self.locale.language_code
        countries = [
            {
                "title": guide.title,
                "rss": absolute(reverse("countries:guidance_country_rss", kwargs={"country": guide.country_code})),
                "atom": absolute(reverse("countries:guidance_country_atom", kwargs={"country": guide.country_code})),
                "news_rss": absolute(reverse("articles:news_country_rss", kwargs={"country": guide.country_code})),
            }
            for guide in sorted(guides, key=lambda guide: sort_key(guide.title, language))
        ]
        context.update({"main_feeds": groups, "topic_feeds": topics, "country_feeds": countries})
        return context
