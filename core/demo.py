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
    """The home page body as StreamField data: a heading and a checklist."""
    return [
        ("heading", {"text": HOME_BODY_HEADING[index], "level": "h2"}),
        ("checklist", {"title": "", "items": [item[index] for item in HOME_BODY_ITEMS]}),
    ]


def translations_for(language_code):
    """Map each Russian segment of the home page to its translation in ``language_code``."""
    index = LANGUAGE_INDEX[language_code]
    segments = [
        HOME_TITLE,
        HOME_INTRO,
        HOME_BODY_HEADING,
        *HOME_BODY_ITEMS,
        HOME_HOTLINE["heading"],
        HOME_HOTLINE["text"],
        HOME_HOTLINE["countries_heading"],
    ]
    return {segment[0]: segment[index] for segment in segments}


# Section pages under each home page: (ru, be, en) texts.
COUNTRY_INDEX = {
    "slug": "countries",
    "title": ("Страны", "Краіны", "Countries"),
    "intro": (
        "Руководства по странам, куда чаще всего едут работать: визы и разрешения, права "
        "работника, страховка и куда звонить, если что-то пошло не так.",
        "Даведнікі па краінах, куды найчасцей едуць працаваць: візы і дазволы, правы "
        "работніка, страхоўка і куды тэлефанаваць, калі нешта пайшло не так.",
        "Guides to the countries people most often go to for work: visas and permits, "
        "workers' rights, insurance, and who to call if something goes wrong.",
    ),
}
FAQ_INDEX = {
    "slug": "faq",
    "title": ("Вопросы и ответы", "Пытанні і адказы", "Questions and answers"),
    "intro": (
        "Ответы на вопросы, которые чаще всего задают на горячую линию. Это пример содержания: "
        "перед публикацией ответы проверяют специалисты.",
        "Адказы на пытанні, якія найчасцей задаюць на гарачую лінію. Гэта прыклад зместу: "
        "перад публікацыяй адказы правяраюць спецыялісты.",
        "Answers to the questions the hotline hears most often. This is sample content: "
        "specialists check the answers before publishing.",
    ),
}
NEWS_INDEX = {
    "slug": "news",
    "title": ("Новости", "Навіны", "News"),
    "intro": (
        "Новости кампании, предупреждения о мошенничестве и истории людей, которым помогла горячая линия.",
        "Навіны кампаніі, папярэджанні пра махлярства і гісторыі людзей, якім дапамагла гарачая лінія.",
        "Campaign news, warnings about scams, and stories of people the hotline has helped.",
    ),
}
HOME_HOTLINE = {
    "heading": (
        "Сначала позвоните на горячую линию",
        "Спачатку патэлефануйце на гарачую лінію",
        "Call the hotline first",
    ),
    "text": (
        "Прежде чем подписать договор или отдать деньги агентству, проверьте предложение у нас. "
        "Звонок бесплатный, мы не спрашиваем вашего имени.",
        "Перш чым падпісаць дагавор або аддаць грошы агенцтву, праверце прапанову ў нас. "
        "Званок бясплатны, мы не пытаемся вашага імя.",
        "Before you sign a contract or pay an agency, check the offer with us. "
        "The call is free and we do not ask your name.",
    ),
    "countries_heading": ("Куда вы едете?", "Куды вы едзеце?", "Where are you going?"),
}

PARTNERS_PAGE = {
    "slug": "partners",
    "title": ("Партнёрам и СМИ", "Партнёрам і СМІ", "For partners and media"),
    "intro": (
        "Публикуйте новости и обновления руководств по странам на своих сайтах: все материалы доступны "
        "в лентах RSS и Atom на трёх языках.",
        "Публікуйце навіны і абнаўленні даведнікаў па краінах на сваіх сайтах: усе матэрыялы даступныя "
        "ў стужках RSS і Atom на трох мовах.",
        "Republish our news and country guide updates on your site: everything is available as RSS and "
        "Atom feeds in three languages.",
    ),
    "terms": (
        "Материалы можно перепечатывать бесплатно и без изменений по смыслу, со ссылкой на исходную "
        "страницу и с номером горячей линии.",
        "Матэрыялы можна перадрукоўваць бясплатна і без змен па сэнсе, са спасылкай на зыходную "
        "старонку і з нумарам гарачай лініі.",
        "You may republish our materials free of charge without changing their meaning, with a link "
        "to the original page and the hotline number.",
    ),
    "poster": ("Плакат кампании (PDF)", "Плакат кампаніі (PDF)", "Campaign poster (PDF)"),
    "logo": ("Логотип кампании (PNG)", "Лагатып кампаніі (PNG)", "Campaign logo (PNG)"),
}
