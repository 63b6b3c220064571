"""Demo content in Russian (the source language) with its Belarusian and
English translations, segment by segment.

``seed_demo`` builds the Russian pages from the ``ru`` texts and translates
them through wagtail-localize's PO import, the same path a translator's file
takes, so the demo trees are real translations and not unrelated copies.
"""

# Each text is one translatable segment: (ru, be, en).
HOME_TITLE = (
    "Безопасная трудовая миграция",
    "Бяспечная працоўная міграцыя",
    "Safe labour migration",
)
HOME_INTRO = (
    "Собираетесь работать за границей, уже работаете там или возвращаетесь домой? "
    "Горячая линия бесплатно и конфиденциально поможет проверить работодателя, "
    "договор и визу.",
    "Збіраецеся працаваць за мяжой, ужо працуеце там або вяртаецеся дадому? "
    "Гарачая лінія бясплатна і канфідэнцыйна дапаможа праверыць працадаўцу, "
    "дагавор і візу.",
    "Planning to work abroad, working abroad now, or coming home? "
    "The hotline helps you check an employer, a contract and a visa, "
    "free of charge and in confidence.",
)
HOME_BODY_HEADING = ("Чем мы поможем", "Чым мы дапаможам", "How we can help")
HOME_BODY_ITEMS = [
    (
        "Проверим, законно ли работает агентство по трудоустройству.",
        "Праверым, ці законна працуе агенцтва па працаўладкаванні.",
        "We check whether a recruitment agency is licensed and legal.",
    ),
    (
        "Расскажем, какие документы нужны для работы в стране назначения.",
        "Раскажам, якія дакументы патрэбныя для працы ў краіне прызначэння.",
        "We explain which documents you need to work in your destination country.",
    ),
    (
        "Подскажем, куда обратиться, если у вас забрали паспорт или не платят зарплату.",
        "Падкажам, куды звярнуцца, калі ў вас забралі пашпарт або не плацяць заробак.",
        "We tell you where to turn if your passport has been taken or your wages are not paid.",
    ),
]

LANGUAGE_INDEX = {"ru": 0, "be": 1, "en": 2}


def home_body(index=0):
    heading = HOME_BODY_HEADING[index]
    items = "".join(f"<li>{item[index]}</li>" for item in HOME_BODY_ITEMS)
    return f"<h2>{heading}</h2><ul>{items}</ul>"


def translations_for(language_code):
    """Map each Russian segment to its translation in ``language_code``."""
    index = LANGUAGE_INDEX[language_code]
    segments = [HOME_TITLE, HOME_INTRO, HOME_BODY_HEADING, *HOME_BODY_ITEMS]
    return {segment[0]: segment[index] for segment in segments}
