"""Demo hotline: fictional numbers, opening hours, wording and a callback page in ru/be/en.

Called by ``seed_demo``. Like the rest of the demo it only adds what is
missing: settings an editor has filled in and pages that exist are kept.
The numbers are obviously fictional (all zeros after the codes).
"""

import datetime

from django.db import transaction

from wagtail.models import Page

from home.models import StandardPage

from .groups import ensure_operators_group
from .models import CallbackPage, HotlineSettings, HotlineText, OpeningHours

SETTINGS = {
    "national_number": "8 801 000-00-00",
    "international_number": "+375170000000",
    "email": "hotline@example.org",
    "notification_emails": "operators@example.org",
    "callback_enabled": True,
    "callback_promise_hours": 24,
    "retention_days": 30,
    "open_limit_days": 90,
}
HOURS = [
    ("mon-fri", datetime.time(8, 0), datetime.time(20, 0)),
    ("sat", datetime.time(9, 0), datetime.time(15, 0)),
]

# Each text is (ru, be, en); Russian is the source language.
TEXT = {
    "callback_promise": (
        "Мы перезвоним вам в течение одного рабочего дня.",
        "Мы ператэлефануем вам на працягу аднаго працоўнага дня.",
        "We will call you back within one working day.",
    ),
    "hours_note": (
        "Звонки по Беларуси бесплатные. Номера на этом демонстрационном сайте вымышленные.",
        "Званкі па Беларусі бясплатныя. Нумары на гэтым дэманстрацыйным сайце выдуманыя.",
        "Calls within Belarus are free. The numbers on this demo site are fictional.",
    ),
    "emergency_text": (
        "Если вам угрожает опасность, звоните в местную службу экстренной помощи: "
        "112 в странах Евросоюза и во многих других странах.",
        "Калі вам пагражае небяспека, тэлефануйце ў мясцовую службу экстранай дапамогі: "
        "112 у краінах Еўрасаюза і ў многіх іншых краінах.",
        "If you are in danger, call the local emergency number: 112 in the European Union and many other countries.",
    ),
}
EMERGENCY_EXTRA = (
    "Милиция в Беларуси: 102.",
    "Міліцыя ў Беларусі: 102.",
    "Police in Belarus: 102.",
)

PAGE = {
    "title": (
        "Заказать обратный звонок",
        "Замовіць зваротны званок",
        "Ask us to call you back",
    ),
    "intro": (
        "Оставьте номер, и оператор горячей линии перезвонит вам бесплатно. "
        "Мы никогда не передаём ваши данные работодателям или агентствам.",
        "Пакіньце нумар, і аператар гарачай лініі ператэлефануе вам бясплатна. "
        "Мы ніколі не перадаём вашы даныя працадаўцам або агенцтвам.",
        "Leave your number and a hotline operator will call you back free of charge. "
        "We never pass your details to employers or agencies.",
    ),
    "privacy": (
        "Мы храним ваш номер и ответы только для того, чтобы перезвонить, "
        "и удаляем их через 30 дней после закрытия обращения. Видят их только операторы горячей линии.",
        "Мы захоўваем ваш нумар і адказы толькі для таго, каб ператэлефанаваць, "
        "і выдаляем іх праз 30 дзён пасля закрыцця звароту. Бачаць іх толькі аператары гарачай лініі.",
        "We keep your number and answers only to call you back, and delete them 30 days "
        "after your request is closed. Only hotline operators can see them.",
    ),
    "thanks": (
        "Если вопрос не терпит отлагательства, позвоните на горячую линию прямо сейчас.",
        "Калі пытанне не можа чакаць, патэлефануйце на гарачую лінію проста зараз.",
        "If your question cannot wait, call the hotline right now.",
    ),
}
LANGUAGE_INDEX = {"ru": 0, "be": 1, "en": 2}


def strings_for(code):
    index = LANGUAGE_INDEX[code]
    segments = [*TEXT.values(), EMERGENCY_EXTRA, *PAGE.values()]
    strings = {segment[0]: segment[index] for segment in segments}
    # wagtail-localize exports a multi-line text as one segment, lines joined by <br/>.
    strings[emergency_text(0).replace("\n", "<br/>")] = emergency_text(index).replace("\n", "<br/>")
    return strings


def emergency_text(index):
    return f"{TEXT['emergency_text'][index]}\n{EMERGENCY_EXTRA[index]}"


def seed_hotline(command, home, locales):
    """Create what is missing of the demo hotline; ``command`` is the running seed_demo."""
    source_locale = home.locale
    ensure_operators_group()
    ensure_settings(command, home)
    ensure_text(command, source_locale, locales)
    ensure_page(command, home, locales)


def ensure_settings(command, home):
    from wagtail.models import Site

    site = Site.objects.filter(root_page=home).first() or Site.objects.filter(is_default_site=True).first()
    hotline, _created = HotlineSettings.objects.get_or_create(site=site)
    if hotline.national_number or hotline.international_number:
        command.step("hotline settings: present")
        return
    for field, value in SETTINGS.items():
        setattr(hotline, field, value)
    hotline.save()
    if not hotline.hours.exists():
        for order, (days, opens, closes) in enumerate(HOURS):
            OpeningHours.objects.create(setting=hotline, sort_order=order, days=days, opens=opens, closes=closes)
    command.step("hotline settings: fictional numbers and opening hours set")


def ensure_text(command, source_locale, locales):
    source = HotlineText.objects.filter(locale=source_locale).first()
    if source is None:
        index = LANGUAGE_INDEX[source_locale.language_code]
        source = HotlineText.objects.create(
            locale=source_locale,
            callback_promise=TEXT["callback_promise"][index],
            hours_note=TEXT["hours_note"][index],
            emergency_text=emergency_text(index),
        )
        command.step(f"hotline wording in {source_locale.language_code}: created")
    for code, locale in locales.items():
        if locale == source_locale:
            continue
        if HotlineText.objects.filter(locale=locale).exists():
            command.step(f"hotline wording in {code}: present")
            continue
        command.translate(source, locale, strings_for(code))
        command.step(f"hotline wording in {code}: translated")


def ensure_page(command, home, locales):
    page = CallbackPage.objects.child_of(home).first()
    if page is None:
        index = LANGUAGE_INDEX[home.locale.language_code]
        privacy = StandardPage.objects.child_of(home).filter(slug__in=["privacy", "konfidentsialnost"]).first()
        page = CallbackPage(
            title=PAGE["title"][index],
            slug="callback",
            intro=PAGE["intro"][index],
            privacy_text=f"<p>{PAGE['privacy'][index]}</p>",
            thank_you_text=f"<p>{PAGE['thanks'][index]}</p>",
            privacy_page=privacy,
            locale=home.locale,
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        command.step("callback page: created and published")
    else:
        command.step("callback page: present")
    for code, locale in locales.items():
        if locale == page.locale:
            continue
        if Page.objects.filter(translation_key=page.translation_key, locale=locale).exists():
            command.step(f"callback page in {code}: present")
            continue
        command.translate(page, locale, strings_for(code))
        command.step(f"callback page in {code}: translated and published")
    parent_ids = list(Page.objects.filter(translation_key=home.translation_key).values_list("pk", flat=True))
    transaction.on_commit(lambda: repair_child_counts(parent_ids))


def repair_child_counts(page_ids):
    """Set the tree's child counts of ``page_ids`` from their actual children.

    wagtail-localize publishes a translated page on commit from a revision
    made before its children were added; that save writes back the old child
    count, and the children then cannot be routed to (404). This runs after
    those publishes because it is registered later.
    """
    for parent in Page.objects.filter(pk__in=page_ids):
        count = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).count()
        if parent.numchild != count:
            Page.objects.filter(pk=parent.pk).update(numchild=count)
