"""Sample standard pages: about, privacy notice and safe use of the site."""

STANDARD_PAGES = [
    {
        "slug": "about",
        "title": (
            "О кампании",
            "Пра кампанію",
            "About the campaign",
        ),
        "intro": (
            (
                "Кампания «Безопасная трудовая миграция» помогает людям, которые работают или собираются "
                "работать за границей, делать это законно и безопасно."
            ),
            (
                "Кампанія «Бяспечная працоўная міграцыя» дапамагае людзям, якія працуюць або збіраюцца "
                "працаваць за мяжой, рабіць гэта законна і бяспечна."
            ),
            ("The Safe Labour Migration campaign helps people who work abroad, or plan to, do so legally and safely."),
        ),
        "body": [
            (
                "heading",
                (
                    "Кто мы",
                    "Хто мы",
                    "Who we are",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Кампанию проводит миграционная служба Министерства внутренних дел при поддержке "
                        "международной организации по миграции. Мы рассказываем о рисках трудовой "
                        "миграции, о правах работников и о том, куда обращаться за помощью."
                    ),
                    (
                        "Кампанію праводзіць міграцыйная служба Міністэрства ўнутраных спраў пры "
                        "падтрымцы міжнароднай арганізацыі па міграцыі. Мы расказваем пра рызыкі "
                        "працоўнай міграцыі, пра правы работнікаў і пра тое, куды звяртацца па дапамогу."
                    ),
                    (
                        "The campaign is run by the migration department of the Ministry of Interior with "
                        "support from an international migration organisation. We explain the risks of "
                        "labour migration, workers' rights and where to turn for help."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Горячая линия",
                    "Гарачая лінія",
                    "The hotline",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Операторы горячей линии бесплатно и конфиденциально консультируют по вопросам "
                        "работы за границей: проверяют агентства и работодателей, объясняют правила "
                        "въезда и работы, помогают в трудных ситуациях и при возвращении домой. Номер для "
                        "звонков внутри страны и номер для звонков из-за границы указаны на каждой "
                        "странице сайта."
                    ),
                    (
                        "Аператары гарачай лініі бясплатна і канфідэнцыйна кансультуюць па пытаннях працы "
                        "за мяжой: правяраюць агенцтвы і працадаўцаў, тлумачаць правілы ўезду і працы, "
                        "дапамагаюць у цяжкіх сітуацыях і пры вяртанні дадому. Нумар для званкоў унутры "
                        "краіны і нумар для званкоў з-за мяжы пазначаны на кожнай старонцы сайта."
                    ),
                    (
                        "Hotline operators give free, confidential advice on working abroad: they check "
                        "agencies and employers, explain the rules on entry and work, and help in "
                        "difficult situations and when you come home. The number for calls within the "
                        "country and the number for calls from abroad are shown on every page of the site."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Проверка агентств и предложений о работе.",
                        "Праверка агенцтваў і прапаноў працы.",
                        "Checking agencies and job offers.",
                    ),
                    (
                        "Консультации о визах, разрешениях и договорах.",
                        "Кансультацыі пра візы, дазволы і дагаворы.",
                        "Advice on visas, permits and contracts.",
                    ),
                    (
                        "Помощь людям, пострадавшим от эксплуатации и торговли людьми.",
                        "Дапамога людзям, якія пацярпелі ад эксплуатацыі і гандлю людзьмі.",
                        "Help for people affected by exploitation and trafficking.",
                    ),
                    (
                        "Поддержка при возвращении домой.",
                        "Падтрымка пры вяртанні дадому.",
                        "Support when coming home.",
                    ),
                ],
            ),
            (
                "heading",
                (
                    "Партнёры",
                    "Партнёры",
                    "Partners",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Мы работаем с общественными организациями, профсоюзами, службами занятости, "
                        "региональными СМИ и организациями помощи мигрантам в странах назначения. "
                        "Партнёры помогают распространять информацию и поддерживают людей, которым нужна "
                        "помощь на месте."
                    ),
                    (
                        "Мы працуем з грамадскімі арганізацыямі, прафсаюзамі, службамі занятасці, "
                        "рэгіянальнымі СМІ і арганізацыямі дапамогі мігрантам у краінах прызначэння. "
                        "Партнёры дапамагаюць распаўсюджваць інфармацыю і падтрымліваюць людзей, якім "
                        "патрэбна дапамога на месцы."
                    ),
                    (
                        "We work with civil society organisations, trade unions, employment services, "
                        "regional media and migrant support organisations in destination countries. "
                        "Partners help spread information and support people who need help locally."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Как с нами сотрудничать",
                    "Як з намі супрацоўнічаць",
                    "Working with us",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "СМИ могут бесплатно перепечатывать новости и материалы сайта со ссылкой на "
                        "источник и подписаться на ленты новостей. Организации, которые хотят провести "
                        "обучение или распространять материалы кампании, могут написать нам на "
                        "partners@example.org."
                    ),
                    (
                        "СМІ могуць бясплатна перадрукоўваць навіны і матэрыялы сайта са спасылкай на "
                        "крыніцу і падпісацца на стужкі навін. Арганізацыі, якія хочуць правесці "
                        "навучанне або распаўсюджваць матэрыялы кампаніі, могуць напісаць нам на "
                        "partners@example.org."
                    ),
                    (
                        "Media outlets may republish news and site content free of charge with a link to "
                        "the source, and can subscribe to our news feeds. Organisations that would like "
                        "to hold training or share campaign materials can write to us at "
                        "partners@example.org."
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "privacy",
        "title": (
            "Уведомление о конфиденциальности",
            "Паведамленне аб канфідэнцыйнасці",
            "Privacy notice",
        ),
        "intro": (
            (
                "Здесь объясняется, какие данные мы собираем, когда вы просите горячую линию перезвонить "
                "вам, и что с ними происходит."
            ),
            (
                "Тут тлумачыцца, якія даныя мы збіраем, калі вы просіце гарачую лінію перазваніць вам, і "
                "што з імі адбываецца."
            ),
            (
                "This notice explains what data we collect when you ask the hotline to call you back and "
                "what happens to it."
            ),
        ),
        "body": [
            (
                "heading",
                (
                    "Что мы собираем",
                    "Што мы збіраем",
                    "What we collect",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Номер телефона — обязательно.",
                        "Нумар тэлефона — абавязкова.",
                        "Your phone number (required).",
                    ),
                    (
                        "Имя — по желанию, можно вымышленное.",
                        "Імя — па жаданні, можна выдуманае.",
                        "Your name (optional; it can be made up).",
                    ),
                    (
                        "Тема обращения и страны, о которых вы спрашиваете.",
                        "Тэма звароту і краіны, пра якія вы пытаецеся.",
                        "The topic of your request and the countries you are asking about.",
                    ),
                    (
                        "Короткое сообщение — по желанию.",
                        "Кароткае паведамленне — па жаданні.",
                        "A short message (optional).",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Мы не сохраняем IP-адрес, с которого отправлена заявка. Не пишите в сообщении "
                        "лишних подробностей — оператор уточнит всё необходимое во время звонка."
                    ),
                    (
                        "Мы не захоўваем IP-адрас, з якога адпраўлена заяўка. Не пішыце ў паведамленні "
                        "лішніх падрабязнасцей — аператар удакладніць усё неабходнае падчас званка."
                    ),
                    (
                        "We do not store the IP address from which a request is sent. Please leave out "
                        "unnecessary details from your message — the operator will ask what is needed "
                        "during the call."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Зачем нужны данные и кто их видит",
                    "Навошта патрэбныя даныя і хто іх бачыць",
                    "Why we collect it and who sees it",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Данные нужны только для того, чтобы перезвонить вам и подготовиться к разговору. "
                        "Заявки видят только операторы горячей линии; мы не передаём их работодателям, "
                        "агентствам или другим третьим лицам, кроме случаев, прямо предусмотренных "
                        "законом, и не используем их для рассылок. В отчётах используются только "
                        "обезличенные итоговые цифры."
                    ),
                    (
                        "Даныя патрэбныя толькі для таго, каб перазваніць вам і падрыхтавацца да размовы. "
                        "Заяўкі бачаць толькі аператары гарачай лініі; мы не перадаём іх працадаўцам, "
                        "агенцтвам або іншым трэцім асобам, акрамя выпадкаў, прама прадугледжаных "
                        "законам, і не выкарыстоўваем іх для рассылак. У справаздачах выкарыстоўваюцца "
                        "толькі абязлічаныя выніковыя лічбы."
                    ),
                    (
                        "We use the data only to call you back and prepare for the conversation. Only "
                        "hotline operators see requests; we do not pass them to employers, agencies or "
                        "other third parties, except where the law expressly requires it, and we do not "
                        "use them for mailings. Reports use only anonymised totals."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Как долго мы храним данные",
                    "Як доўга мы захоўваем даныя",
                    "How long we keep it",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Заявка хранится, пока оператор работает с ней, а затем автоматически удаляется "
                        "по истечении установленного срока хранения. После удаления восстановить её "
                        "невозможно."
                    ),
                    (
                        "Заяўка захоўваецца, пакуль аператар працуе з ёй, а потым аўтаматычна выдаляецца "
                        "пасля заканчэння ўстаноўленага тэрміну захоўвання. Пасля выдалення аднавіць яе "
                        "немагчыма."
                    ),
                    (
                        "A request is kept while an operator is dealing with it and is then deleted "
                        "automatically when the set retention period ends. Once deleted, it cannot be "
                        "recovered."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Ваши права",
                    "Вашы правы",
                    "Your rights",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Вы можете узнать, какие данные о вас хранятся, попросить исправить или удалить "
                        "их, а также отозвать согласие на их обработку. Напишите на privacy@example.org "
                        "или скажите об этом оператору во время звонка."
                    ),
                    (
                        "Вы можаце даведацца, якія даныя пра вас захоўваюцца, папрасіць выправіць або "
                        "выдаліць іх, а таксама адклікаць згоду на іх апрацоўку. Напішыце на "
                        "privacy@example.org або скажыце пра гэта аператару падчас званка."
                    ),
                    (
                        "You can find out what data we hold about you, ask us to correct or delete it, "
                        "and withdraw your consent to its processing. Write to privacy@example.org or "
                        "tell the operator during the call."
                    ),
                ),
            ),
        ],
    },
    {
        "slug": "safety",
        "title": (
            "Как безопасно пользоваться сайтом",
            "Як бяспечна карыстацца сайтам",
            "Using this site safely",
        ),
        "intro": (
            ("Если кто-то может проверять ваш телефон или компьютер, эти советы помогут скрыть, что вы искали помощь."),
            (
                "Калі хтосьці можа правяраць ваш тэлефон або камп’ютар, гэтыя парады дапамогуць схаваць, "
                "што вы шукалі дапамогу."
            ),
            (
                "If someone may check your phone or computer, these tips can help you hide that you have "
                "been looking for help."
            ),
        ),
        "body": [
            (
                "heading",
                (
                    "Браузер",
                    "Браўзер",
                    "Your browser",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Открывайте сайт в режиме инкогнито или приватного просмотра: тогда история "
                        "посещений не сохраняется. Если вы уже заходили в обычном режиме, удалите "
                        "страницы этого сайта из истории браузера."
                    ),
                    (
                        "Адкрывайце сайт у рэжыме інкогніта або прыватнага прагляду: тады гісторыя "
                        "наведванняў не захоўваецца. Калі вы ўжо заходзілі ў звычайным рэжыме, выдаліце "
                        "старонкі гэтага сайта з гісторыі браўзера."
                    ),
                    (
                        "Open the site in an incognito or private browsing window so that your visit is "
                        "not saved in your history. If you have already visited in a normal window, "
                        "delete this site's pages from your browser history."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Быстрый выход",
                    "Хуткі выхад",
                    "Quick exit",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Кнопка быстрого выхода сразу переводит вас на нейтральный сайт. Она не стирает "
                        "историю, поэтому пользуйтесь приватным режимом и очищайте историю после "
                        "посещения."
                    ),
                    (
                        "Кнопка хуткага выхаду адразу пераводзіць вас на нейтральны сайт. Яна не сцірае "
                        "гісторыю, таму карыстайцеся прыватным рэжымам і ачышчайце гісторыю пасля "
                        "наведвання."
                    ),
                    (
                        "The quick exit button takes you straight to a neutral website. It does not erase "
                        "your history, so use private browsing and clear your history afterwards."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Звонки и сообщения",
                    "Званкі і паведамленні",
                    "Calls and messages",
                ),
            ),
            (
                "checklist",
                [
                    (
                        ("Звонок на горячую линию остаётся в журнале вызовов — удалите его, если это безопасно."),
                        ("Званок на гарачую лінію застаецца ў журнале выклікаў — выдаліце яго, калі гэта бяспечна."),
                        ("A call to the hotline appears in your call log — delete it if it is safe to do so."),
                    ),
                    (
                        ("Если за вашим телефоном следят, позвоните с телефона человека, которому доверяете."),
                        ("Калі за вашым тэлефонам сочаць, патэлефануйце з тэлефона чалавека, якому давяраеце."),
                        "If your phone is being watched, call from the phone of someone you trust.",
                    ),
                    (
                        "Сохраните номер горячей линии под нейтральным именем.",
                        "Захавайце нумар гарачай лініі пад нейтральным імем.",
                        "Save the hotline number under a neutral name.",
                    ),
                    (
                        "В заявке на обратный звонок укажите время, когда вы сможете говорить свободно.",
                        "У заяўцы на зваротны званок пазначце час, калі вы зможаце свабодна размаўляць.",
                        "In your callback request, give a time when you can talk freely.",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Помните: внезапное удаление всей истории тоже может вызвать подозрения, и иногда "
                        "безопаснее удалить только отдельные страницы. Если вам угрожает непосредственная "
                        "опасность, звоните в полицию по местному экстренному номеру."
                    ),
                    (
                        "Памятайце: раптоўнае выдаленне ўсёй гісторыі таксама можа выклікаць падазрэнні, "
                        "і часам бяспечней выдаліць толькі асобныя старонкі. Калі вам пагражае "
                        "непасрэдная небяспека, тэлефануйце ў паліцыю па мясцовым экстранным нумары."
                    ),
                    (
                        "Remember that suddenly clearing your whole history can also raise suspicion; "
                        "sometimes it is safer to delete only particular pages. If you are in immediate "
                        "danger, call the police on the local emergency number."
                    ),
                ),
            ),
        ],
    },
]
