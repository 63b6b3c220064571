import pytest

from articles.models import ArticleIndexPage, ArticlePage
from conftest import count_queries, jsonld_of_type
from core.factories import ArticleIndexPageFactory, TopicFactory, add_article, site_with_home
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def news():
    return ArticleIndexPageFactory(parent=site_with_home())


def titles(response):
    return [article.title for article in response.context["articles"]]


def test_index_lists_newest_first_ten_per_page(client, news):
    for day in range(1, 13):
        add_article(news, title=f"День {day:02d}", date=f"2026-10-{day:02d}")
    first = client.get(news.url)
    assert titles(first)[0] == "День 12" and len(titles(first)) == 10
    second = client.get(news.url, {"page": 2})
    assert titles(second) == ["День 02", "День 01"]
    assert 'rel="prev"' in second.content.decode()


@pytest.mark.parametrize("page", ["999", "abc", "-1", "0", "1.5", "", "9" * 50])
def test_bad_page_numbers_are_handled_gracefully(client, news, page):
    for day in range(1, 13):
        add_article(news, date=f"2026-10-{day:02d}")
    response = client.get(news.url, {"page": page})
    assert response.status_code == 200
    assert len(titles(response)) in (10, 2)


def test_filters_by_topic_and_country_and_explain_unknown_values(client, news):
    rights = TopicFactory(slug="rights", name="Права")
    add_article(news, title="Про права в Польше", topic=rights, country="PL")
    add_article(news, title="Про Литву", country="LT")

    assert titles(client.get(news.url, {"topic": "rights"})) == ["Про права в Польше"]
    assert titles(client.get(news.url, {"country": "lt"})) == ["Про Литву"]
    assert titles(client.get(news.url, {"topic": "rights", "country": "LT"})) == []

    unknown = client.get(news.url, {"topic": "<b>nope</b>", "country": "ZZ"})
    assert unknown.status_code == 200
    assert len(titles(unknown)) == 2
    assert len(unknown.context["filter_errors"]) == 2
    assert "<b>nope</b>" not in unknown.content.decode()


def test_empty_filter_result_offers_all_news(client, news):
    add_article(news, country="PL")
    html = client.get(news.url, {"country": "DE"}).content.decode()
    assert f'href="{news.url}"' in html


def test_article_page_shows_hero_with_alt_credit_topics_and_json_ld(client, news):
    topic = TopicFactory(slug="exploitation", name="Эксплуатация")
    article = add_article(
        news, title="Осторожно: фальшивые вакансии", topic=topic, country="PL", hero_credit="Фото: кампания"
    )
    related = add_article(news, title="Похожая новость", topic=topic)
    add_article(news, title="Другая тема")

    response = client.get(article.url)
    html = response.content.decode()
    assert 'alt="Иллюстрация"' in html
    assert "Фото: кампания" in html
    assert f'href="{news.url}?topic=exploitation"' in html
    assert f'href="{news.url}?country=PL"' in html
    assert [a.title for a in response.context["related_articles"]] == [related.title]
    data = jsonld_of_type(html, "NewsArticle")
    assert data["@type"] == "NewsArticle"
    assert data["headline"] == "Осторожно: фальшивые вакансии"
    assert data["image"].startswith("http")


def test_index_query_count_does_not_grow_with_articles(client, news):
    topic = TopicFactory()
    for _ in range(5):
        add_article(news, topic=topic, country="PL")
    five = count_queries(client, news.url)
    five_filtered = count_queries(client, news.url, {"topic": topic.slug})
    for _ in range(45):
        add_article(news, topic=topic, country="PL")
    assert count_queries(client, news.url) == five
    assert count_queries(client, news.url, {"topic": topic.slug}) == five_filtered


def test_page_tree_rules():
    assert ArticleIndexPage.allowed_parent_page_models() == [HomePage]
    assert ArticlePage.allowed_parent_page_models() == [ArticleIndexPage]
    assert ArticlePage.allowed_subpage_models() == []
    assert not ArticlePage.can_create_at(HomePage())
