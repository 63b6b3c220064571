"""Factories for tests: small trees of each page type without demo content."""

from datetime import date, timedelta

from wagtail.models import Locale, Page, Site

import factory
import wagtail_factories

from articles.models import ArticleCountry, ArticleIndexPage, ArticlePage, ArticleTopic
from core.models import Topic
from countries.models import CountryGuidePage, CountryIndexPage
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage, StandardPage


def site_with_home(language="ru"):
    """A default site whose root is a fresh, published home page in ``language``."""
    locale, _created = Locale.objects.get_or_create(language_code=language)
    root = Page.get_first_root_node() or Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    home = HomePage(title="Главная", slug=f"home-{Page.objects.count()}", locale=locale)
    root.add_child(instance=home)
    home.save_revision().publish()
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    else:
        site.root_page = home
        site.save()
    return home


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = Topic

    name = factory.Sequence(lambda n: f"Тема {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class FAQItemFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = FAQItem

    question = factory.Sequence(lambda n: f"Вопрос номер {n}?")
    answer = "<p>Ответ.</p>"
    topic = factory.SubFactory(TopicFactory)
    locale = factory.LazyFunction(Locale.get_default)


class StandardPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = StandardPage

    title = factory.Sequence(lambda n: f"Страница {n}")
    intro = "Вступление"


class CountryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CountryIndexPage

    title = "Страны"
    slug = "countries"


class CountryGuidePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = CountryGuidePage

    title = factory.Sequence(lambda n: f"Страна {n}")
    country_code = "PL"
    summary = "Кратко о стране."
    last_reviewed = factory.LazyFunction(lambda: date.today() - timedelta(days=10))
    body = factory.LazyFunction(
        lambda: [
            (
                "section",
                {"title": "Перед отъездом", "content": [("paragraph", "<p>Проверьте агентство.</p>")]},
            )
        ]
    )
    contacts = factory.LazyFunction(
        lambda: [
            (
                "contact",
                {
                    "kind": "embassy",
                    "name": "Посольство",
                    "phones": ["+48 22 000 00 01"],
                    "address": "Варшава",
                    "hours": "9–17",
                    "website": "https://example.org/",
                    "email": "",
                },
            )
        ]
    )


class FAQIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = FAQIndexPage

    title = "Вопросы"
    slug = "faq"


class ArticleIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticleIndexPage

    title = "Новости"
    slug = "news"


class ArticlePageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = ArticlePage

    title = factory.Sequence(lambda n: f"Новость {n}")
    intro = "Коротко о новости."
    hero_image = factory.SubFactory(wagtail_factories.ImageFactory)
    hero_alt = "Иллюстрация"


def add_article(index, topic=None, country=None, **kwargs):
    kwargs.setdefault("hero_image", wagtail_factories.ImageFactory())
    article = ArticlePageFactory.build(**kwargs)
    if topic is not None:
        article.article_topics.add(ArticleTopic(topic=topic, locale=index.locale))
    if country:
        article.article_countries.add(ArticleCountry(country_code=country))
    index.add_child(instance=article)
    article.save_revision().publish()
    return article
