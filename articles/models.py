"""News: the campaign's articles and the paginated, filterable index."""

from django.core.paginator import Paginator
from django.db import models
from django.db.models import Prefetch
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, PageManager, PageQuerySet, TranslatableMixin
from wagtail.search import index

from wagtail_localize.fields import SynchronizedField

from core.blocks import BaseStreamBlock
from core.countries import country_choices, country_name, is_country_code
from core.models import BaseIndexPage, BasePage, Topic, public

CARD_RENDITION = "fill-640x360|format-webp"
HERO_RENDITION = "fill-1200x675|format-webp"
PAGE_SIZE = 10


class ArticlePageQuerySet(PageQuerySet):
    def latest_for(self, locale, topic=None, country=None, with_body=False, rendition=CARD_RENDITION, tags=True):
        """Live news of one language, newest first, ready for listing cards
        (or, ``with_body``, for feeds that carry the whole article).

        The image comes in the same query and its renditions in one more;
        ``tags=False`` (cards show no topics or countries) saves the two
        queries of the topics and countries.
        """
        renditions = get_image_model().get_rendition_model().objects.filter(filter_spec=rendition)
        queryset = public(self.live()).filter(locale=locale)
        if not with_body:
            queryset = queryset.defer_streamfields()
        queryset = (
            queryset.select_related("locale", "hero_image")
            .prefetch_related(Prefetch("hero_image__renditions", queryset=renditions, to_attr="prefetched_renditions"))
            .order_by("-date", "-id")
        )
        if tags:
            queryset = queryset.prefetch_related(
                Prefetch("article_topics", queryset=ArticleTopic.objects.select_related("topic")),
                "article_countries",
            )
        if topic is not None:
            queryset = queryset.filter(article_topics__topic=topic)
        if country:
            queryset = queryset.filter(article_countries__country_code=country)
        return queryset.distinct() if (topic is not None or country) else queryset


ArticlePageManager = PageManager.from_queryset(ArticlePageQuerySet)


class ArticleIndexPage(BaseIndexPage):
    subpage_types = ["articles.ArticlePage"]

    class Meta:
        verbose_name = _("news index page")
        verbose_name_plural = _("news index pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        topics = list(Topic.objects.filter(locale=self.locale))
        topic_slug = request.GET.get("topic", "")
        country = request.GET.get("country", "").upper()[:2]
        topic = next((t for t in topics if t.slug == topic_slug), None) if topic_slug else None
        filter_errors = []
        if topic_slug and topic is None:
            filter_errors.append(_("There is no such topic; showing news on all topics."))
        if country and not is_country_code(country):
            filter_errors.append(_("There is no such country; showing news about all countries."))
            country = ""
        articles = ArticlePage.objects.latest_for(self.locale, topic=topic, country=country, tags=False)
        paginator = Paginator(articles, PAGE_SIZE)
        page_number = request.GET.get("page", "1")
        page_obj = paginator.get_page(page_number)
        if str(page_number) not in {"", str(page_obj.number)}:
            filter_errors.append(
                _("That page of results does not exist; showing page %(number)s.") % {"number": page_obj.number}
            )
        used_countries = sorted(
            set(
                ArticleCountry.objects.filter(page__locale=self.locale, page__live=True).values_list(
                    "country_code", flat=True
                )
            )
        )
        filtered_feeds = []
        if topic is not None:
            filtered_feeds = [
                {
                    "title": _("News on “%(topic)s” (RSS)") % {"topic": topic.name},
                    "type": "application/rss+xml",
                    "url": reverse("articles:news_topic_rss", kwargs={"topic": topic.slug}),
                }
            ]
        elif country:
            filtered_feeds = [
                {
                    "title": _("News about %(country)s (RSS)") % {"country": country_name(country)},
                    "type": "application/rss+xml",
                    "url": reverse("articles:news_country_rss", kwargs={"country": country}),
                }
            ]
        context.update(
            {
                "filtered_feeds": filtered_feeds,
                "articles": page_obj,
                "paginator": paginator,
                "topics": topics,
                "active_topic": topic,
                "active_country": country,
                "country_options": [(code, country_name(code, self.locale.language_code)) for code in used_countries],
                "filter_errors": filter_errors,
            }
        )
        return context


class ArticlePage(BasePage):
    date = models.DateField(_("date"), default=timezone.localdate)
    intro = models.TextField(_("introduction"), help_text=_("One or two sentences shown in lists and feeds."))
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("main image"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    hero_alt = models.CharField(
        _("image description"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows, for screen readers."),
    )
    hero_credit = models.CharField(_("image credit"), max_length=120, blank=True)
    body = StreamField(BaseStreamBlock(), verbose_name=_("body"), blank=True)

    objects = ArticlePageManager()

    content_panels = BasePage.content_panels + [
        FieldPanel("date"),
        FieldPanel("intro"),
        MultiFieldPanel(
            [FieldPanel("hero_image"), FieldPanel("hero_alt"), FieldPanel("hero_credit")],
            heading=_("Main image"),
        ),
        FieldPanel("body"),
        InlinePanel("article_topics", label=_("Topics")),
        InlinePanel("article_countries", label=_("Countries")),
    ]
    search_fields = BasePage.search_fields + [
        index.SearchField("intro"),
        index.SearchField("body"),
        index.FilterField("date"),
    ]
    override_translatable_fields = [SynchronizedField("date"), SynchronizedField("hero_image")]

    parent_page_types = ["articles.ArticleIndexPage"]
    subpage_types = []

    class Meta:
        verbose_name = _("news article")
        verbose_name_plural = _("news articles")

    def _topic_links(self):
        """The article's topic links with their topics, read once (prefetched on listings)."""
        if "_topic_links_cache" not in self.__dict__:
            links = self.article_topics.all()
            prefetched = getattr(self, "_prefetched_objects_cache", {})
            if self.pk and "article_topics" not in prefetched and hasattr(links, "select_related"):
                links = links.select_related("topic")
            self._topic_links_cache = list(links)
        return self._topic_links_cache

    @property
    def topics(self):
        return [link.topic for link in self._topic_links() if link.topic_id]

    @property
    def country_codes(self):
        return [link.country_code for link in self.article_countries.all()]

    def related_articles(self):
        topic_ids = [link.topic_id for link in self._topic_links()]
        queryset = ArticlePage.objects.latest_for(self.locale, tags=False).exclude(id=self.id)
        if topic_ids:
            queryset = queryset.filter(article_topics__topic_id__in=topic_ids).distinct()
        return queryset[:3]

    def news_jsonld(self):
        data = {
            "@context": "https://schema.org",
            "@type": "NewsArticle",
            "headline": self.title,
            "description": self.intro,
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "url": self.get_full_url(),
            "publisher": {"@type": "Organization", "name": str(_("Safe labour migration"))},
        }
        if self.last_published_at:
            data["dateModified"] = self.last_published_at.isoformat()
        if self.hero_image:
            data["image"] = self.hero_image.get_rendition(HERO_RENDITION).full_url
        return data

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["related_articles"] = self.related_articles()
        context["countries"] = [(code, country_name(code, self.locale.language_code)) for code in self.country_codes]
        return context


class ArticleTopic(TranslatableMixin, Orderable):
    """A topic of an article; translated with the article to the topic's translation."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_topics")
    topic = models.ForeignKey(Topic, verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("topic")]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("article topic")


class ArticleCountry(Orderable):
    """A country an article is about; the same in every language."""

    page = ParentalKey(ArticlePage, on_delete=models.CASCADE, related_name="article_countries")
    country_code = models.CharField(_("country"), max_length=2, choices=country_choices)

    panels = [FieldPanel("country_code")]

    class Meta(Orderable.Meta):
        verbose_name = _("article country")
