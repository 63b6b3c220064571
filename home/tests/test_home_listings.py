import pytest

from conftest import count_queries
from core.factories import (
    ArticleIndexPageFactory,
    CountryGuidePageFactory,
    CountryIndexPageFactory,
    FAQIndexPageFactory,
    FAQItemFactory,
    StandardPageFactory,
    TopicFactory,
    add_article,
    site_with_home,
)

pytestmark = pytest.mark.django_db


@pytest.fixture
def home():
    home = site_with_home()
    home.hotline_heading = "Позвоните нам"
    home.countries_heading = "Куда вы едете?"
    home.save_revision().publish()
    return home


def fill(home, count, state):
    topic = state.setdefault("topic", TopicFactory())
    for _ in range(count):
        add_article(state["news"], topic=topic, country="PL")
        FAQItemFactory(topic=topic, featured=True)
        CountryGuidePageFactory(parent=state["countries"])


def test_home_shows_its_sections_with_a_constant_number_of_queries(client, home):
    state = {
        "news": ArticleIndexPageFactory(parent=home),
        "countries": CountryIndexPageFactory(parent=home),
        "faq": FAQIndexPageFactory(parent=home),
    }
    fill(home, 5, state)
    html = client.get(home.url).content.decode()
    assert "Позвоните нам" in html
    assert "Куда вы едете?" in html
    assert html.count('class="article-card"') == 3
    assert html.count('class="chip"') == 5
    assert f'href="{state["faq"].url}#' in html
    five = count_queries(client, home.url)

    fill(home, 45, state)
    assert count_queries(client, home.url) == five


def test_home_without_sections_still_renders(client, home):
    response = client.get(home.url)
    assert response.status_code == 200
    assert "article-card" not in response.content.decode()


def test_standard_page_renders_its_body_blocks(client, home):
    page = StandardPageFactory(
        parent=home,
        title="Безопасность",
        body=[
            ("heading", {"text": "Если за вами следят", "level": "h2"}),
            ("checklist", {"title": "", "items": ["Очистите историю", "Используйте чужой телефон"]}),
            ("warning", {"title": "", "text": "<p>Звонки видны в журнале.</p>"}),
            ("video", {"url": "https://youtu.be/dQw4w9WgXcQ", "title": "Видео", "transcript": "Текст"}),
        ],
    )
    html = client.get(page.url).content.decode()
    assert "<h2>Если за вами следят</h2>" in html
    assert "<li>Очистите историю</li>" in html
    assert 'class="block-warning"' in html
    # The video loads nothing until clicked: no iframe, only a link and the embed address for the script.
    assert "<iframe" not in html
    assert 'data-video="https://www.youtube-nocookie.com/embed/dQw4w9WgXcQ?autoplay=1"' in html
