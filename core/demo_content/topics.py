"""Topics that group FAQs and news (name as a (ru, be, en) tuple)."""

TOPICS = [
    {
        "slug": "planning",
        "name": (
            "Планирование работы за границей",
            "Планаванне працы за мяжой",
            "Planning to work abroad",
        ),
    },
    {
        "slug": "documents",
        "name": (
            "Визы, разрешения и договоры",
            "Візы, дазволы і дагаворы",
            "Visas, permits and contracts",
        ),
    },
    {
        "slug": "rights",
        "name": (
            "Права на работе",
            "Правы на працы",
            "Rights at work",
        ),
    },
    {
        "slug": "exploitation",
        "name": (
            "Эксплуатация и торговля людьми",
            "Эксплуатацыя і гандаль людзьмі",
            "Exploitation and trafficking",
        ),
    },
    {
        "slug": "health",
        "name": (
            "Здоровье и страховка",
            "Здароўе і страхоўка",
            "Health and insurance",
        ),
    },
    {
        "slug": "returning",
        "name": (
            "Возвращение домой",
            "Вяртанне дадому",
            "Coming home",
        ),
    },
]
