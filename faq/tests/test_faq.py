import pytest

from conftest import count_queries, jsonld_of_type
from core.factories import FAQIndexPageFactory, FAQItemFactory, TopicFactory, site_with_home
from faq.models import FAQIndexPage, FAQItem
from home.models import HomePage

pytestmark = pytest.mark.django_db


@pytest.fixture
def faq_index():
    return FAQIndexPageFactory(parent=site_with_home())


def test_anchor_is_made_from_the_question_unique_and_kept_after_edits(faq_index):
    first = FAQItemFactory(question="Что делать, если забрали паспорт?")
    second = FAQItemFactory(question="Что делать, если забрали паспорт?")
    assert first.anchor == "chto-delat-esli-zabrali-pasport"
    assert second.anchor == "chto-delat-esli-zabrali-pasport-2"
    first.question = "Работодатель забрал паспорт: что делать?"
    first.save()
    first.refresh_from_db()
    assert first.anchor == "chto-delat-esli-zabrali-pasport"


def test_index_groups_questions_by_topic_as_details_with_anchors_and_json_ld(client, faq_index):
    rights = TopicFactory(name="Права", sort_order=1)
    documents = TopicFactory(name="Документы", sort_order=0)
    FAQItemFactory(question="Сколько часов можно работать?", topic=rights, anchor="hours")
    FAQItemFactory(question="Нужна ли виза?", topic=documents, anchor="visa", answer="<p>Да, <b>нужна</b>.</p>")
    FAQItemFactory(question="Без темы?", topic=None, anchor="no-topic")

    html = client.get(faq_index.url).content.decode()

    assert html.index('id="topic-topic-') < html.index('id="topic-other"')
    assert html.index(">Документы</h2>") < html.index(">Права</h2>") < html.index('id="topic-other"')
    assert '<details class="faq" id="visa">' in html
    assert '<a href="#visa">' in html
    data = jsonld_of_type(html, "FAQPage")
    assert data["@type"] == "FAQPage"
    questions = {entry["name"]: entry for entry in data["mainEntity"]}
    assert questions["Нужна ли виза?"]["acceptedAnswer"]["text"] == "Да, нужна."
    assert questions["Нужна ли виза?"]["url"].endswith(f"{faq_index.url}#visa")


def test_json_ld_cannot_break_out_of_its_script(client, faq_index):
    FAQItemFactory(question="</script><script>alert(1)</script>", anchor="evil")
    html = client.get(faq_index.url).content.decode()
    assert "</script><script>alert(1)" not in html


def test_countries_must_be_iso_codes(faq_index):
    from django.core.exceptions import ValidationError

    item = FAQItemFactory.build(countries="pl, xx")
    with pytest.raises(ValidationError):
        item.clean()
    item.countries = "pl; lt"
    item.clean()
    assert item.countries == "PL, LT"


def test_index_query_count_does_not_grow_with_questions(client, faq_index):
    topics = [TopicFactory() for _ in range(3)]
    for number in range(5):
        FAQItemFactory(topic=topics[number % 3])
    five = count_queries(client, faq_index.url)
    for number in range(45):
        FAQItemFactory(topic=topics[number % 3])
    assert count_queries(client, faq_index.url) == five


def test_page_tree_rules():
    assert FAQIndexPage.allowed_parent_page_models() == [HomePage]
    assert FAQIndexPage.allowed_subpage_models() == []


def test_editor_can_create_an_faq_item_in_the_admin(admin_client, faq_index):
    from wagtail.test.utils.form_data import rich_text

    topic = TopicFactory()
    response = admin_client.post(
        "/admin/snippets/faq/faqitem/add/",
        {
            "question": "Можно ли работать по туристической визе?",
            "answer": rich_text("<p>Нет.</p>"),
            "topic": topic.id,
            "countries": "pl",
            "sort_order": 1,
            "anchor": "",
        },
    )
    assert response.status_code == 302, response.content.decode()[:3000]
    item = FAQItem.objects.get(question__startswith="Можно ли")
    assert item.countries == "PL"
    assert item.anchor == "mozhno-li-rabotat-po-turisticheskoy-vize"
