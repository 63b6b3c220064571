"""Sample news articles, newest first."""

ARTICLES = [
    {
        "slug": "fake-job-offers-in-messengers",
        "date": "2026-11-20",
        "title": (
            "Вакансии в мессенджерах: как не попасть в ловушку вербовщиков",
            "Вакансіі ў месенджарах: як не трапіць у пастку вярбоўшчыкаў",
            "Job offers in messengers: how to avoid recruiters' traps",
        ),
        "intro": (
            (
                "Всё больше обращений на горячую линию связано с вакансиями, которые рассылают в "
                "мессенджерах и группах в соцсетях. Рассказываем, какие признаки должны насторожить."
            ),
            (
                "Усё больш зваротаў на гарачую лінію звязана з вакансіямі, якія рассылаюць у месенджарах "
                "і групах у сацсетках. Расказваем, якія прыкметы павінны насцярожыць."
            ),
            (
                "A growing number of calls to the hotline concern job offers sent through messengers and "
                "social media groups. Here are the signs that should make you wary."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Типичная схема выглядит так: в общий чат приходит сообщение о работе за границей "
                        "на складе, стройке или в отеле с зарплатой намного выше средней. Собеседования "
                        "нет, контракт «пришлют потом», а за визу и дорогу просят заплатить сразу или "
                        "обещают «вычесть из первой зарплаты»."
                    ),
                    (
                        "Тыповая схема выглядае так: у агульны чат прыходзіць паведамленне пра працу за "
                        "мяжой на складзе, будоўлі або ў гатэлі з заробкам значна вышэйшым за сярэдні. "
                        "Сумоўя няма, кантракт «дашлюць потым», а за візу і дарогу просяць заплаціць "
                        "адразу або абяцаюць «вылічыць з першага заробку»."
                    ),
                    (
                        "A typical scheme looks like this: a group chat receives a message about a job "
                        "abroad in a warehouse, on a building site or in a hotel, paying far above "
                        "average. There is no interview, the contract 'will be sent later', and you are "
                        "asked to pay for the visa and travel up front or told it will be 'deducted from "
                        "your first wages'."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Признаки мошеннической вакансии",
                    "Прыкметы махлярскай вакансіі",
                    "Signs of a fraudulent job offer",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Работодатель не назван, или его невозможно найти.",
                        "Працадаўца не названы, або яго немагчыма знайсці.",
                        "The employer is not named or cannot be found.",
                    ),
                    (
                        "Вас торопят: «места заканчиваются сегодня».",
                        "Вас прыспешваюць: «месцы сканчваюцца сёння».",
                        "You are rushed: 'places run out today'.",
                    ),
                    (
                        "Деньги просят перевести на карту частного лица.",
                        "Грошы просяць перавесці на картку прыватнай асобы.",
                        "You are asked to pay onto a private person's card.",
                    ),
                    (
                        "Ехать предлагают по туристической визе.",
                        "Ехаць прапануюць па турыстычнай візе.",
                        "You are told to travel on a tourist visa.",
                    ),
                    (
                        "Просят прислать фото паспорта или личные фотографии.",
                        "Просяць даслаць фота пашпарта або асабістыя фотаздымкі.",
                        "You are asked to send a photo of your passport or personal photos.",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Фото паспорта, отправленное незнакомцам, могут использовать для оформления "
                        "кредитов или поддельных документов. Прежде чем что-то отправлять, проверьте "
                        "агентство в списке лицензированных на сайте МВД и позвоните на горячую линию."
                    ),
                    (
                        "Фота пашпарта, адпраўленае незнаёмым, могуць выкарыстаць для афармлення крэдытаў "
                        "або падробленых дакументаў. Перш чым нешта дасылаць, праверце агенцтва ў спісе "
                        "ліцэнзаваных на сайце МУС і патэлефануйце на гарачую лінію."
                    ),
                    (
                        "A passport photo sent to strangers can be used to take out loans or forge "
                        "documents. Before sending anything, check the agency on the Ministry of "
                        "Interior's list of licensed agencies and call the hotline."
                    ),
                ),
            ),
            (
                "quote",
                (
                    (
                        "«Мне обещали работу в отеле, а когда я попросила договор, перестали отвечать. "
                        "Хорошо, что я не успела перевести деньги». — из обращения на горячую линию"
                    ),
                    (
                        "«Мне абяцалі працу ў гатэлі, а калі я папрасіла дагавор, перасталі адказваць. "
                        "Добра, што я не паспела перавесці грошы». — са звароту на гарачую лінію"
                    ),
                    (
                        "'I was promised a hotel job, but when I asked for a contract they stopped "
                        "replying. I'm glad I hadn't sent them any money yet.' — from a call to the "
                        "hotline"
                    ),
                ),
            ),
            (
                "warning",
                (
                    (
                        "Никогда не пересылайте коды из SMS и не переходите по ссылкам «для оформления "
                        "визы» из сообщений незнакомцев."
                    ),
                    (
                        "Ніколі не перасылайце коды з SMS і не пераходзьце па спасылках «для афармлення "
                        "візы» з паведамленняў незнаёмых людзей."
                    ),
                    "Never forward SMS codes or follow links 'to process your visa' sent by strangers.",
                ),
            ),
        ],
        "topics": ["exploitation", "planning"],
        "countries": [],
        "image": {
            "colour": "#7a2e39",
            "alt": (
                "Иллюстрация: смартфон с сообщением о вакансии и предупреждающий знак",
                "Ілюстрацыя: смартфон з паведамленнем пра вакансію і знак папярэджання",
                "Illustration: a smartphone showing a job message next to a warning sign",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "more-calls-about-unpaid-wages",
        "date": "2026-11-05",
        "title": (
            "Горячая линия: больше звонков о невыплаченной зарплате",
            "Гарачая лінія: больш званкоў пра нявыплачаны заробак",
            "Hotline: more calls about unpaid wages",
        ),
        "intro": (
            (
                "После летнего сезона операторы отмечают рост обращений от работников, которым не "
                "заплатили за последние недели работы. Больше всего звонков — из Польши и России."
            ),
            (
                "Пасля летняга сезона аператары адзначаюць рост зваротаў ад работнікаў, якім не заплацілі "
                "за апошнія тыдні працы. Найбольш званкоў — з Польшчы і Расіі."
            ),
            (
                "After the summer season, operators are seeing more calls from workers who were not paid "
                "for their last weeks of work. Most of the calls come from Poland and Russia."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Чаще всего речь идёт о сезонной работе в сельском хозяйстве и на стройках: "
                        "работника отпускают домой с обещанием перевести деньги позже, после чего "
                        "работодатель перестаёт отвечать. Ещё одна частая причина — неожиданные удержания "
                        "за жильё и транспорт."
                    ),
                    (
                        "Часцей за ўсё гаворка ідзе пра сезонную працу ў сельскай гаспадарцы і на "
                        "будоўлях: работніка адпускаюць дадому з абяцаннем перавесці грошы пазней, пасля "
                        "чаго працадаўца перастае адказваць. Яшчэ адна частая прычына — нечаканыя "
                        "ўтрыманні за жыллё і транспарт."
                    ),
                    (
                        "Most cases involve seasonal farm and construction work: the worker is sent home "
                        "with a promise that the money will be transferred later, and then the employer "
                        "stops answering. Another common problem is unexpected deductions for housing and "
                        "transport."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Как защитить свою зарплату",
                    "Як абараніць свой заробак",
                    "How to protect your wages",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Не уезжайте, не получив окончательный расчёт или письменное подтверждение долга.",
                        ("Не з’язджайце, не атрымаўшы канчатковага разліку або пісьмовага пацверджання доўгу."),
                        ("Do not leave without your final pay or a written acknowledgement of what you are owed."),
                    ),
                    (
                        "Ведите записи о рабочих часах и сохраняйте расчётные листки.",
                        "Вядзіце запісы пра працоўныя гадзіны і захоўвайце разліковыя лісткі.",
                        "Keep records of your hours and keep your payslips.",
                    ),
                    (
                        "Сохраняйте контакты коллег — они могут подтвердить ваши слова.",
                        "Захоўвайце кантакты калег — яны могуць пацвердзіць вашы словы.",
                        "Keep your colleagues' contacts — they can back up what you say.",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Даже если вы уже вернулись, требовать оплату ещё можно: операторы объяснят, как "
                        "подать жалобу в инспекцию труда страны, где вы работали, и какие организации "
                        "помогут сделать это на расстоянии."
                    ),
                    (
                        "Нават калі вы ўжо вярнуліся, патрабаваць аплату яшчэ можна: аператары "
                        "растлумачаць, як падаць скаргу ў інспекцыю працы краіны, дзе вы працавалі, і "
                        "якія арганізацыі дапамогуць зрабіць гэта на адлегласці."
                    ),
                    (
                        "Even if you are already home, you can still claim your wages: operators will "
                        "explain how to complain to the labour inspectorate in the country where you "
                        "worked and which organisations can help you do it remotely."
                    ),
                ),
            ),
            (
                "quote",
                (
                    (
                        "«Многие думают, что после возвращения уже ничего не сделать. Это не так, но "
                        "время работает против вас». — оператор горячей линии"
                    ),
                    (
                        "«Многія думаюць, што пасля вяртання ўжо нічога не зрабіць. Гэта не так, але час "
                        "працуе супраць вас». — аператар гарачай лініі"
                    ),
                    (
                        "'Many people think nothing can be done once they are home. That's not true, but "
                        "time is against you.' — a hotline operator"
                    ),
                ),
            ),
        ],
        "topics": ["rights"],
        "countries": ["PL", "RU"],
        "image": {
            "colour": "#1d5c8c",
            "alt": (
                "Иллюстрация: конверт с зарплатой и календарь",
                "Ілюстрацыя: канверт з заробкам і каляндар",
                "Illustration: a pay envelope and a calendar",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "radio-series-on-safe-migration",
        "date": "2026-10-22",
        "title": (
            "На региональном радио стартовала серия передач о безопасной миграции",
            "На рэгіянальным радыё стартавала серыя перадач пра бяспечную міграцыю",
            "Regional radio series on safe migration goes on air",
        ),
        "intro": (
            (
                "Всю осень региональные радиостанции будут рассказывать, как безопасно работать за "
                "границей и куда звонить, если что-то пошло не так."
            ),
            (
                "Усю восень рэгіянальныя радыёстанцыі будуць расказваць, як бяспечна працаваць за мяжой і "
                "куды тэлефанаваць, калі нешта пайшло не так."
            ),
            (
                "Throughout the autumn, regional radio stations will explain how to work abroad safely "
                "and whom to call if something goes wrong."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Каждая передача посвящена одной теме: проверке агентства, договору, визам, "
                        "правам на работе и возвращению домой. На вопросы слушателей отвечают специалисты "
                        "по миграции и операторы горячей линии."
                    ),
                    (
                        "Кожная перадача прысвечана адной тэме: праверцы агенцтва, дагавору, візам, "
                        "правам на працы і вяртанню дадому. На пытанні слухачоў адказваюць спецыялісты па "
                        "міграцыі і аператары гарачай лініі."
                    ),
                    (
                        "Each programme covers one topic: checking an agency, the contract, visas, rights "
                        "at work and coming home. Migration specialists and hotline operators answer "
                        "listeners' questions."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Почему радио",
                    "Чаму радыё",
                    "Why radio",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Радио слушают в дороге, на работе и в небольших городах, где о рисках трудовой "
                        "миграции знают меньше всего. Именно из таких мест многие уезжают на сезонную и "
                        "вахтовую работу."
                    ),
                    (
                        "Радыё слухаюць у дарозе, на працы і ў невялікіх гарадах, дзе пра рызыкі "
                        "працоўнай міграцыі ведаюць найменш. Менавіта з такіх месцаў многія едуць на "
                        "сезонную і вахтавую працу."
                    ),
                    (
                        "People listen to the radio while travelling, at work and in small towns, where "
                        "awareness of labour migration risks is lowest. These are exactly the places many "
                        "people leave for seasonal and rotation work."
                    ),
                ),
            ),
            (
                "quote",
                (
                    (
                        "«Если передача убедит хотя бы одного человека проверить агентство до отъезда, "
                        "она того стоила». — координатор кампании"
                    ),
                    (
                        "«Калі перадача пераканае хоць бы аднаго чалавека праверыць агенцтва да ад’езду, "
                        "яна была таго вартая». — каардынатар кампаніі"
                    ),
                    (
                        "'If a programme convinces even one person to check an agency before leaving, it "
                        "was worth it.' — campaign coordinator"
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Записи передач будут опубликованы на этом сайте в разделе новостей. Если вы "
                        "хотите, чтобы к кампании присоединилась радиостанция вашего района, напишите нам."
                    ),
                    (
                        "Запісы перадач будуць апублікаваны на гэтым сайце ў раздзеле навін. Калі вы "
                        "хочаце, каб да кампаніі далучылася радыёстанцыя вашага раёна, напішыце нам."
                    ),
                    (
                        "Recordings will be published in the news section of this site. If you would like "
                        "your local radio station to join the campaign, write to us."
                    ),
                ),
            ),
        ],
        "topics": ["planning"],
        "countries": [],
        "image": {
            "colour": "#5b3f8c",
            "alt": (
                "Иллюстрация: радиоприёмник и звуковые волны",
                "Ілюстрацыя: радыёпрыёмнік і гукавыя хвалі",
                "Illustration: a radio set and sound waves",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "partner-advisers-trained-to-identify-trafficking",
        "date": "2026-10-08",
        "title": (
            "Консультанты партнёрских организаций прошли обучение по выявлению торговли людьми",
            "Кансультанты партнёрскіх арганізацый прайшлі навучанне па выяўленні гандлю людзьмі",
            "Partner organisation advisers trained to identify trafficking",
        ),
        "intro": (
            (
                "Двухдневный семинар для консультантов общественных организаций, социальных работников и "
                "операторов горячей линии прошёл при поддержке международной организации по миграции."
            ),
            (
                "Двухдзённы семінар для кансультантаў грамадскіх арганізацый, сацыяльных работнікаў і "
                "аператараў гарачай лініі прайшоў пры падтрымцы міжнароднай арганізацыі па міграцыі."
            ),
            (
                "A two-day seminar for advisers from civil society organisations, social workers and "
                "hotline operators was held with support from an international migration organisation."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Участники разбирали реальные обезличенные случаи: как по телефону распознать, "
                        "что человека удерживают, какие вопросы задавать, чтобы не навредить, и как "
                        "передать случай партнёрам за границей."
                    ),
                    (
                        "Удзельнікі разбіралі рэальныя абязлічаныя выпадкі: як па тэлефоне распазнаць, "
                        "што чалавека ўтрымліваюць, якія пытанні задаваць, каб не нашкодзіць, і як "
                        "перадаць выпадак партнёрам за мяжой."
                    ),
                    (
                        "Participants worked through real, anonymised cases: how to tell on the phone "
                        "that a person is being held, what to ask without causing harm, and how to refer "
                        "a case to partners abroad."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Чему учились",
                    "Чаму вучыліся",
                    "What the training covered",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Признаки принудительного труда и долговой кабалы.",
                        "Прыкметы прымусовай працы і даўгавой кабалы.",
                        "Signs of forced labour and debt bondage.",
                    ),
                    (
                        "Безопасный разговор с человеком, за которым могут следить.",
                        "Бяспечная размова з чалавекам, за якім могуць сачыць.",
                        "Talking safely with someone who may be watched.",
                    ),
                    (
                        "Перенаправление к юристам, психологам и в приюты.",
                        "Перанакіраванне да юрыстаў, псіхолагаў і ў прытулкі.",
                        "Referring people to lawyers, psychologists and shelters.",
                    ),
                    (
                        "Защита персональных данных пострадавших.",
                        "Абарона персанальных даных пацярпелых.",
                        "Protecting victims' personal data.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "«Главное, чему мы научились, — не торопить человека и не требовать от него "
                        "доказательств. Наша задача — чтобы он был в безопасности». — участница семинара"
                    ),
                    (
                        "«Галоўнае, чаму мы навучыліся, — не прыспешваць чалавека і не патрабаваць ад яго "
                        "доказаў. Наша задача — каб ён быў у бяспецы». — удзельніца семінара"
                    ),
                    (
                        "'The main thing we learned is not to rush people or demand proof. Our job is to "
                        "make sure they are safe.' — a seminar participant"
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Следующие семинары запланированы для специалистов служб занятости и социальных "
                        "центров в областных городах."
                    ),
                    (
                        "Наступныя семінары запланаваны для спецыялістаў службаў занятасці і сацыяльных "
                        "цэнтраў у абласных гарадах."
                    ),
                    (
                        "Further seminars are planned for staff of employment services and social centres "
                        "in regional cities."
                    ),
                ),
            ),
        ],
        "topics": ["exploitation"],
        "countries": [],
        "image": {
            "colour": "#27593f",
            "alt": (
                "Иллюстрация: люди за круглым столом с блокнотами",
                "Ілюстрацыя: людзі за круглым сталом з нататнікамі",
                "Illustration: people around a table with notebooks",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "i-thought-it-was-my-fault-a-story-of-coming-home",
        "date": "2026-09-24",
        "title": (
            "«Я думал, что сам виноват»: история возвращения",
            "«Я думаў, што сам вінаваты»: гісторыя вяртання",
            "'I thought it was my fault': a story of coming home",
        ),
        "intro": (
            (
                "Сергей (имя изменено) полгода работал на стройке без договора и без денег. Он рассказал, "
                "как выбрался и что посоветовал бы тем, кто собирается уехать."
            ),
            (
                "Сяргей (імя змененае) паўгода працаваў на будоўлі без дагавора і без грошай. Ён "
                "расказаў, як выбраўся і што параіў бы тым, хто збіраецца ехаць."
            ),
            (
                "Siarhei (not his real name) spent six months working on a building site with no contract "
                "and no pay. He told us how he got out and what he would advise anyone planning to go."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Работу Сергею предложил знакомый знакомого: стройка, жильё, хорошие деньги раз в "
                        "месяц. На месте паспорта у всей бригады «забрали на регистрацию», а зарплату "
                        "каждый месяц обещали «в следующий раз», выдавая деньги только на еду."
                    ),
                    (
                        "Працу Сяргею прапанаваў знаёмы знаёмага: будоўля, жыллё, добрыя грошы раз на "
                        "месяц. На месцы пашпарты ва ўсёй брыгады «забралі на рэгістрацыю», а заробак "
                        "кожны месяц абяцалі «ў наступны раз», выдаючы грошы толькі на ежу."
                    ),
                    (
                        "The job came through a friend of a friend: a building site, housing and good "
                        "money once a month. On arrival the whole crew's passports were 'taken for "
                        "registration', and every month wages were promised 'next time', with only food "
                        "money handed out."
                    ),
                ),
            ),
            (
                "quote",
                (
                    (
                        "«Я думал, что сам виноват: поехал без договора — значит, терпи. Позвонить "
                        "решился, только когда сестра нашла номер горячей линии». — Сергей"
                    ),
                    (
                        "«Я думаў, што сам вінаваты: паехаў без дагавора — значыць, цярпі. Патэлефанаваць "
                        "наважыўся, толькі калі сястра знайшла нумар гарачай лініі». — Сяргей"
                    ),
                    (
                        "'I thought it was my own fault: I'd gone without a contract, so I had to put up "
                        "with it. I only dared to call when my sister found the hotline number.' — Siarhei"
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Оператор помог Сергею связаться с консульством и полицией. Паспорта работникам "
                        "вернули, а консульство помогло с дорогой домой. Сейчас Сергей работает дома и "
                        "добивается выплаты долга через организацию, которая помогает мигрантам."
                    ),
                    (
                        "Аператар дапамог Сяргею звязацца з консульствам і паліцыяй. Пашпарты работнікам "
                        "вярнулі, а консульства дапамагло з дарогай дадому. Цяпер Сяргей працуе дома і "
                        "дамагаецца выплаты доўгу праз арганізацыю, якая дапамагае мігрантам."
                    ),
                    (
                        "An operator helped Siarhei contact the consulate and the police. The workers got "
                        "their passports back, and the consulate helped with the journey home. Siarhei "
                        "now works back home and is pursuing his unpaid wages through a migrant support "
                        "organisation."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Что советует Сергей",
                    "Што раіць Сяргей",
                    "Siarhei's advice",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Не уезжайте без письменного договора.",
                        "Не з’язджайце без пісьмовага дагавора.",
                        "Do not leave without a written contract.",
                    ),
                    (
                        "Никому не отдавайте паспорт «на регистрацию» надолго.",
                        "Нікому не аддавайце пашпарт «на рэгістрацыю» надоўга.",
                        "Never hand over your passport 'for registration' for long.",
                    ),
                    (
                        "Звоните на горячую линию сразу, а не через полгода.",
                        "Тэлефануйце на гарачую лінію адразу, а не праз паўгода.",
                        "Call the hotline straight away, not six months later.",
                    ),
                ],
            ),
        ],
        "topics": ["returning", "exploitation"],
        "countries": ["RU"],
        "image": {
            "colour": "#8a4b14",
            "alt": (
                "Иллюстрация: мужчина с рюкзаком на пути домой",
                "Ілюстрацыя: мужчына з заплечнікам на шляху дадому",
                "Illustration: a man with a backpack on his way home",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "seasonal-work-in-poland-what-to-check",
        "date": "2026-09-10",
        "title": (
            "Сезонная работа в Польше: что проверить перед поездкой",
            "Сезонная праца ў Польшчы: што праверыць перад паездкай",
            "Seasonal work in Poland: what to check before you go",
        ),
        "intro": (
            (
                "Осенний сбор урожая — время, когда многие едут на сезонную работу в Польшу. Напоминаем, "
                "какие документы нужны и на что смотреть в договоре."
            ),
            (
                "Восеньскі збор ураджаю — час, калі многія едуць на сезонную працу ў Польшчу. Нагадваем, "
                "якія дакументы патрэбныя і на што глядзець у дагаворы."
            ),
            (
                "The autumn harvest is when many people go to Poland for seasonal work. Here is a "
                "reminder of the documents you need and what to look for in your contract."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Для сезонной работы работодатель оформляет сезонное разрешение или другой "
                        "документ, дающий право на работу, а вы получаете национальную визу с "
                        "соответствующей целью. Проверьте, что работодатель, указанный в документах, — "
                        "это тот, на чьей ферме или предприятии вы будете работать."
                    ),
                    (
                        "Для сезоннай працы працадаўца афармляе сезонны дазвол або іншы дакумент, які дае "
                        "права на працу, а вы атрымліваеце нацыянальную візу з адпаведнай мэтай. "
                        "Праверце, каб працадаўца, названы ў дакументах, быў тым, на чыёй ферме або "
                        "прадпрыемстве вы будзеце працаваць."
                    ),
                    (
                        "For seasonal work, the employer obtains a seasonal work permit or another "
                        "document giving the right to work, and you get a national visa for that purpose. "
                        "Check that the employer named in your documents is the one whose farm or "
                        "business you will actually work for."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Проверьте в договоре",
                    "Праверце ў дагаворы",
                    "Check in your contract",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Ставку за час или за норму и то, как учитывается выработка.",
                        "Стаўку за гадзіну або за норму і тое, як улічваецца выпрацоўка.",
                        "The hourly or piece rate and how output is counted.",
                    ),
                    (
                        "Стоимость жилья и питания и то, как она удерживается.",
                        "Кошт жылля і харчавання і тое, як ён утрымліваецца.",
                        "The cost of housing and meals and how it is deducted.",
                    ),
                    (
                        "Кто оплачивает дорогу и страховку.",
                        "Хто аплачвае дарогу і страхоўку.",
                        "Who pays for travel and insurance.",
                    ),
                    (
                        "Срок работы и порядок выплаты зарплаты.",
                        "Тэрмін працы і парадак выплаты заробку.",
                        "How long the job lasts and how wages are paid.",
                    ),
                ],
            ),
            (
                "warning",
                (
                    (
                        "Оплата «по выработке» не должна опускать ваш заработок ниже минимальной "
                        "почасовой ставки, действующей в Польше."
                    ),
                    (
                        "Аплата «па выпрацоўцы» не павінна апускаць ваш заробак ніжэй за мінімальную "
                        "пагадзінную стаўку, якая дзейнічае ў Польшчы."
                    ),
                    (
                        "Piece-rate pay must not leave your earnings below the minimum hourly rate that "
                        "applies in Poland."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Подробнее о работе в Польше — в нашем путеводителе по стране. Если сомневаетесь "
                        "в предложении, позвоните на горячую линию до отъезда."
                    ),
                    (
                        "Падрабязней пра працу ў Польшчы — у нашым даведніку па краіне. Калі сумняваецеся "
                        "ў прапанове, патэлефануйце на гарачую лінію да ад’езду."
                    ),
                    (
                        "For more on working in Poland, see our country guide. If you are unsure about an "
                        "offer, call the hotline before you leave."
                    ),
                ),
            ),
        ],
        "topics": ["planning", "documents"],
        "countries": ["PL"],
        "image": {
            "colour": "#245a3a",
            "alt": (
                "Иллюстрация: ящики с яблоками и рабочие перчатки",
                "Ілюстрацыя: скрыні з яблыкамі і працоўныя пальчаткі",
                "Illustration: crates of apples and work gloves",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "warning-hostess-and-model-jobs-in-the-uae",
        "date": "2026-08-27",
        "title": (
            "Предупреждение: вакансии «хостес» и «моделей» в ОАЭ",
            "Папярэджанне: вакансіі «хостэс» і «мадэляў» у ААЭ",
            "Warning: 'hostess' and 'model' jobs in the UAE",
        ),
        "intro": (
            (
                "На горячую линию обратились несколько девушек, которым предлагали работу в Дубае с "
                "оплаченным перелётом. Рассказываем, почему такие предложения опасны."
            ),
            (
                "На гарачую лінію звярнуліся некалькі дзяўчат, якім прапаноўвалі працу ў Дубаі з "
                "аплачаным пералётам. Расказваем, чаму такія прапановы небяспечныя."
            ),
            (
                "Several young women have contacted the hotline after being offered jobs in Dubai with "
                "paid flights. Here is why such offers are dangerous."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Вакансии обещают работу хостес в ресторанах, моделью или администратором в отеле "
                        "с высокой зарплатой и бесплатным жильём. Ехать предлагают по туристической визе, "
                        "а контракт обещают оформить на месте."
                    ),
                    (
                        "Вакансіі абяцаюць працу хостэс у рэстаранах, мадэллю або адміністратарам у "
                        "гатэлі з высокім заробкам і бясплатным жыллём. Ехаць прапануюць па турыстычнай "
                        "візе, а кантракт абяцаюць аформіць на месцы."
                    ),
                    (
                        "The adverts promise work as a restaurant hostess, a model or a hotel "
                        "receptionist with high pay and free accommodation. You are told to travel on a "
                        "tourist visa and that the contract will be arranged on arrival."
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "По опыту партнёрских организаций, в таких схемах после прилёта у женщин забирают "
                        "паспорт, объявляют им «долг» за билет и визу и принуждают к работе, о которой не "
                        "договаривались, в том числе к сексуальной эксплуатации."
                    ),
                    (
                        "Паводле досведу партнёрскіх арганізацый, у такіх схемах пасля прылёту ў жанчын "
                        "забіраюць пашпарт, аб’яўляюць ім «доўг» за білет і візу і прымушаюць да працы, "
                        "пра якую не дамаўляліся, у тым ліку да сексуальнай эксплуатацыі."
                    ),
                    (
                        "In the experience of partner organisations, in such schemes women have their "
                        "passports taken on arrival, are told they owe a 'debt' for the ticket and visa "
                        "and are forced into work they never agreed to, including sexual exploitation."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Как отличить законную работу",
                    "Як адрозніць законную працу",
                    "How to recognise a legal job",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Работодатель оформляет рабочую визу и разрешение MOHRE до вашего выезда.",
                        "Працадаўца афармляе працоўную візу і дазвол MOHRE да вашага ад’езду.",
                        "The employer arranges a work visa and MOHRE permit before you leave.",
                    ),
                    (
                        "У вас есть контракт на понятном вам языке.",
                        "У вас ёсць кантракт на зразумелай вам мове.",
                        "You have a contract in a language you understand.",
                    ),
                    (
                        "С вас не берут денег за трудоустройство.",
                        "З вас не бяруць грошай за працаўладкаванне.",
                        "You are not charged for being recruited.",
                    ),
                ],
            ),
            (
                "warning",
                (
                    (
                        "Если вы уже в ОАЭ и у вас забрали паспорт, звоните в полицию по номеру 999 и на "
                        "горячую линию по номеру для звонков из-за границы."
                    ),
                    (
                        "Калі вы ўжо ў ААЭ і ў вас забралі пашпарт, тэлефануйце ў паліцыю па нумары 999 і "
                        "на гарачую лінію па нумары для званкоў з-за мяжы."
                    ),
                    (
                        "If you are already in the UAE and your passport has been taken, call the police "
                        "on 999 and the hotline on its from-abroad number."
                    ),
                ),
            ),
        ],
        "topics": ["exploitation"],
        "countries": ["AE"],
        "image": {
            "colour": "#9c3b2f",
            "alt": (
                "Иллюстрация: чемодан и авиабилет под знаком «стоп»",
                "Ілюстрацыя: валізка і авіябілет пад знакам «стоп»",
                "Illustration: a suitcase and a plane ticket under a stop sign",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "request-a-callback-on-the-website",
        "date": "2026-08-12",
        "title": (
            "Теперь можно заказать обратный звонок на сайте",
            "Цяпер можна заказаць зваротны званок на сайце",
            "You can now request a callback on the website",
        ),
        "intro": (
            ("Если звонить неудобно или дорого, оставьте номер телефона — оператор горячей линии перезвонит вам сам."),
            (
                "Калі тэлефанаваць нязручна або дорага, пакіньце нумар тэлефона — аператар гарачай лініі "
                "сам вам перазвоніць."
            ),
            (
                "If calling is inconvenient or expensive, leave your phone number and a hotline operator "
                "will call you back."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Форма обратного звонка доступна на каждой странице сайта. Достаточно указать "
                        "номер; имя, тему и короткое сообщение можно добавить по желанию."
                    ),
                    (
                        "Форма зваротнага званка даступная на кожнай старонцы сайта. Дастаткова пазначыць "
                        "нумар; імя, тэму і кароткае паведамленне можна дадаць па жаданні."
                    ),
                    (
                        "The callback form is available on every page of the site. Your phone number is "
                        "enough; you can add your name, a topic and a short message if you wish."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Безопасность и конфиденциальность",
                    "Бяспека і канфідэнцыйнасць",
                    "Safety and privacy",
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Заявки видят только операторы горячей линии, IP-адреса не сохраняются, а данные "
                        "удаляются по истечении срока хранения. Если ваш телефон могут проверять, укажите "
                        "удобное время звонка или номер человека, которому вы доверяете."
                    ),
                    (
                        "Заяўкі бачаць толькі аператары гарачай лініі, IP-адрасы не захоўваюцца, а даныя "
                        "выдаляюцца пасля заканчэння тэрміну захоўвання. Калі ваш тэлефон могуць "
                        "правяраць, пазначце зручны час званка або нумар чалавека, якому вы давяраеце."
                    ),
                    (
                        "Only hotline operators see requests, IP addresses are not stored, and the data "
                        "is deleted when the retention period ends. If someone may check your phone, give "
                        "a convenient time to call or the number of someone you trust."
                    ),
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Укажите номер с кодом страны.",
                        "Пазначце нумар з кодам краіны.",
                        "Give your number with the country code.",
                    ),
                    (
                        "Напишите, на каком языке вам удобнее говорить.",
                        "Напішыце, на якой мове вам зручней размаўляць.",
                        "Say which language you prefer to speak.",
                    ),
                    (
                        "В экстренной ситуации не ждите звонка — звоните в местные экстренные службы.",
                        ("У экстраннай сітуацыі не чакайце званка — тэлефануйце ў мясцовыя экстранныя службы."),
                        "In an emergency, do not wait for a callback — call the local emergency services.",
                    ),
                ],
            ),
        ],
        "topics": ["planning"],
        "countries": [],
        "image": {
            "colour": "#0f5e63",
            "alt": (
                "Иллюстрация: телефон с входящим звонком",
                "Ілюстрацыя: тэлефон з уваходным званком",
                "Illustration: a phone with an incoming call",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "reminder-registration-in-russia",
        "date": "2026-07-29",
        "title": (
            "Напоминание: не забудьте о регистрации в России",
            "Нагадванне: не забудзьцеся пра рэгістрацыю ў Расіі",
            "Reminder: don't forget to register in Russia",
        ),
        "intro": (
            (
                "Граждане Беларуси работают в России без разрешения на работу, но правила миграционного "
                "учёта действуют и для них. Летом операторы получают об этом много вопросов."
            ),
            (
                "Грамадзяне Беларусі працуюць у Расіі без дазволу на працу, але правілы міграцыйнага "
                "ўліку дзейнічаюць і для іх. Улетку аператары атрымліваюць шмат пытанняў пра гэта."
            ),
            (
                "Belarusian citizens work in Russia without a work permit, but migration registration "
                "rules still apply to them. Operators get many questions about this in summer."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Регистрацию по месту пребывания оформляет принимающая сторона: владелец жилья, "
                        "гостиница или работодатель. Для граждан Беларуси установлен более длительный "
                        "срок, чем для многих иностранцев, но за опоздание возможен штраф."
                    ),
                    (
                        "Рэгістрацыю па месцы знаходжання афармляе прымаючы бок: уладальнік жылля, "
                        "гасцініца або працадаўца. Для грамадзян Беларусі ўстаноўлены большы тэрмін, чым "
                        "для многіх замежнікаў, але за спазненне магчымы штраф."
                    ),
                    (
                        "Registration where you stay is done by your host: the landlord, hotel or "
                        "employer. Belarusian citizens have a longer deadline than many foreigners, but "
                        "late registration can be fined."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Что важно помнить",
                    "Што важна памятаць",
                    "What to remember",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Сохраните отрывную часть уведомления о прибытии.",
                        "Захавайце адрыўную частку паведамлення пра прыбыццё.",
                        "Keep the tear-off slip of the arrival notice.",
                    ),
                    (
                        "При переезде на новый адрес регистрацию нужно оформить заново.",
                        "Пры пераездзе на новы адрас рэгістрацыю трэба аформіць нанова.",
                        "When you move to a new address, you need to register again.",
                    ),
                    (
                        "«Регистрация» по чужому адресу за деньги незаконна.",
                        "«Рэгістрацыя» па чужым адрасе за грошы незаконная.",
                        "Paid 'registration' at an address where you don't live is illegal.",
                    ),
                ],
            ),
            (
                "warning",
                (
                    (
                        "Правила для иностранных граждан в России в последние годы часто менялись. Перед "
                        "поездкой проверьте актуальные требования на официальных сайтах или на горячей "
                        "линии."
                    ),
                    (
                        "Правілы для замежных грамадзян у Расіі ў апошнія гады часта мяняліся. Перад "
                        "паездкай праверце актуальныя патрабаванні на афіцыйных сайтах або на гарачай "
                        "лініі."
                    ),
                    (
                        "Rules for foreign nationals in Russia have changed often in recent years. Before "
                        "you travel, check the current requirements on official websites or with the "
                        "hotline."
                    ),
                ),
            ),
        ],
        "topics": ["documents"],
        "countries": ["RU"],
        "image": {
            "colour": "#3d4a5c",
            "alt": (
                "Иллюстрация: бланк уведомления и ключи от квартиры",
                "Ілюстрацыя: бланк паведамлення і ключы ад кватэры",
                "Illustration: a notification form and apartment keys",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "why-a-cheap-insurance-policy-can-cost-you-dearly",
        "date": "2026-07-15",
        "title": (
            "Страховка перед поездкой: почему дешёвый полис может дорого обойтись",
            "Страхоўка перад паездкай: чаму танны поліс можа дорага абысціся",
            "Insurance before you go: why a cheap policy can cost you dearly",
        ),
        "intro": (
            (
                "Многие покупают самую дешёвую страховку «для визы» и узнают о её ограничениях только в "
                "больнице. Объясняем, на что смотреть при выборе полиса."
            ),
            (
                "Многія купляюць самую танную страхоўку «для візы» і даведваюцца пра яе абмежаванні "
                "толькі ў бальніцы. Тлумачым, на што глядзець пры выбары поліса."
            ),
            (
                "Many people buy the cheapest 'visa' insurance and only learn its limits in hospital. "
                "Here is what to look for when choosing a policy."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Например, в Чехии иностранцам, которые не входят в государственную систему, "
                        "нужна коммерческая страховка с полным покрытием, а в Германии после "
                        "трудоустройства вы становитесь членом больничной кассы. Но между приездом и "
                        "началом работы часто остаётся период, когда вас защищает только ваш собственный "
                        "полис."
                    ),
                    (
                        "Напрыклад, у Чэхіі замежнікам, якія не ўваходзяць у дзяржаўную сістэму, "
                        "патрэбная камерцыйная страхоўка з поўным пакрыццём, а ў Германіі пасля "
                        "працаўладкавання вы становіцеся членам бальнічнай касы. Але паміж прыездам і "
                        "пачаткам працы часта застаецца перыяд, калі вас абараняе толькі ваш уласны поліс."
                    ),
                    (
                        "In Czechia, for example, foreigners outside the public system need comprehensive "
                        "commercial insurance, while in Germany you join a health insurance fund once you "
                        "are employed. But there is often a gap between arrival and the first day of work "
                        "when only your own policy protects you."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Проверьте в полисе",
                    "Праверце ў полісе",
                    "Check in the policy",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Покрывает ли он несчастные случаи на работе.",
                        "Ці пакрывае ён няшчасныя выпадкі на працы.",
                        "Whether it covers accidents at work.",
                    ),
                    (
                        "Есть ли лимит на госпитализацию и операции.",
                        "Ці ёсць ліміт на шпіталізацыю і аперацыі.",
                        "Whether there is a limit on hospital stays and surgery.",
                    ),
                    (
                        "Оплачивается ли перевозка домой по медицинским показаниям.",
                        "Ці аплачваецца перавозка дадому па медыцынскіх паказаннях.",
                        "Whether medical transport home is paid for.",
                    ),
                    (
                        "Куда звонить при страховом случае.",
                        "Куды тэлефанаваць пры страхавым выпадку.",
                        "Whom to call when you need to make a claim.",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Храните номер полиса и телефон страховой компании в телефоне и на бумаге. Если "
                        "вы не уверены, что вашей страховки достаточно для выбранной страны, спросите на "
                        "горячей линии."
                    ),
                    (
                        "Захоўвайце нумар поліса і тэлефон страхавой кампаніі ў тэлефоне і на паперы. "
                        "Калі вы не ўпэўненыя, што вашай страхоўкі дастаткова для абранай краіны, "
                        "спытайце на гарачай лініі."
                    ),
                    (
                        "Keep your policy number and the insurer's phone number on your phone and on "
                        "paper. If you are not sure your insurance is enough for your destination, ask "
                        "the hotline."
                    ),
                ),
            ),
        ],
        "topics": ["health"],
        "countries": ["CZ", "DE"],
        "image": {
            "colour": "#1f4e79",
            "alt": (
                "Иллюстрация: медицинская аптечка и страховой полис",
                "Ілюстрацыя: медыцынская аптэчка і страхавы поліс",
                "Illustration: a first-aid kit and an insurance policy",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "summer-work-in-the-us-how-to-spot-fake-programmes",
        "date": "2026-06-25",
        "title": (
            "Летняя работа в США: как распознать поддельные программы",
            "Летняя праца ў ЗША: як распазнаць падробленыя праграмы",
            "Summer work in the US: how to spot fake programmes",
        ),
        "intro": (
            (
                "Студентов приглашают «на лето в Америку» через посредников, которые обещают визу и "
                "работу за крупную сумму. Рассказываем, как устроены настоящие программы обмена."
            ),
            (
                "Студэнтаў запрашаюць «на лета ў Амерыку» праз пасрэднікаў, якія абяцаюць візу і працу за "
                "вялікую суму. Расказваем, як уладкаваныя сапраўдныя праграмы абмену."
            ),
            (
                "Students are being invited to spend 'a summer in America' through middlemen who promise "
                "a visa and a job for a large fee. Here is how genuine exchange programmes work."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Программы J-1 проводят только спонсоры, назначенные Государственным "
                        "департаментом США, и их список открыт. Спонсор выдаёт форму DS-2019, с которой "
                        "вы идёте на собеседование в консульство; без неё визу J-1 не получить."
                    ),
                    (
                        "Праграмы J-1 праводзяць толькі спонсары, прызначаныя Дзяржаўным дэпартаментам "
                        "ЗША, і іх спіс адкрыты. Спонсар выдае форму DS-2019, з якой вы ідзяце на сумоўе "
                        "ў консульства; без яе візу J-1 не атрымаць."
                    ),
                    (
                        "J-1 programmes are run only by sponsors designated by the US Department of "
                        "State, and the list of sponsors is public. The sponsor issues a DS-2019 form, "
                        "which you take to your consular interview; without it you cannot get a J-1 visa."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Тревожные сигналы",
                    "Трывожныя сігналы",
                    "Red flags",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Посредник не может назвать спонсора программы.",
                        "Пасрэднік не можа назваць спонсара праграмы.",
                        "The middleman cannot name the programme sponsor.",
                    ),
                    (
                        "Вам «гарантируют» визу.",
                        "Вам «гарантуюць» візу.",
                        "You are 'guaranteed' a visa.",
                    ),
                    (
                        "Оплату просят наличными или переводом частному лицу.",
                        "Аплату просяць наяўнымі або пераводам прыватнай асобе.",
                        "You are asked to pay in cash or by transfer to a private person.",
                    ),
                    (
                        "Работу предлагают не по программе, а по принципу «на месте разберёмся».",
                        "Працу прапануюць не па праграме, а па прынцыпе «на месцы разбярэмся».",
                        "The job isn't part of the programme — 'we'll sort it out when you get there'.",
                    ),
                ],
            ),
            (
                "paragraph",
                (
                    (
                        "Помните, что программы J-1 и визы H-2 дают только временный статус. Обещания "
                        "«остаться навсегда» или получить грин-карту через такую работу — повод "
                        "насторожиться."
                    ),
                    (
                        "Памятайце, што праграмы J-1 і візы H-2 даюць толькі часовы статус. Абяцанні "
                        "«застацца назаўсёды» або атрымаць грын-карту праз такую працу — падстава "
                        "насцярожыцца."
                    ),
                    (
                        "Remember that J-1 programmes and H-2 visas give only temporary status. Promises "
                        "that you can 'stay for good' or get a green card through such a job are a reason "
                        "for suspicion."
                    ),
                ),
            ),
            (
                "warning",
                (
                    (
                        "Если вы уже в США и условия работы не совпадают с программой, сообщите спонсору "
                        "и позвоните на горячую линию."
                    ),
                    (
                        "Калі вы ўжо ў ЗША і ўмовы працы не супадаюць з праграмай, паведаміце спонсару і "
                        "патэлефануйце на гарачую лінію."
                    ),
                    (
                        "If you are already in the US and the job does not match the programme, tell your "
                        "sponsor and call the hotline."
                    ),
                ),
            ),
        ],
        "topics": ["documents", "exploitation"],
        "countries": ["US"],
        "image": {
            "colour": "#4a3d78",
            "alt": (
                "Иллюстрация: студенческий рюкзак и паспорт с визой",
                "Ілюстрацыя: студэнцкі заплечнік і пашпарт з візай",
                "Illustration: a student's backpack and a passport with a visa",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
    {
        "slug": "safe-labour-migration-campaign-launched",
        "date": "2026-06-03",
        "title": (
            "Стартовала кампания «Безопасная трудовая миграция»",
            "Стартавала кампанія «Бяспечная працоўная міграцыя»",
            "Safe Labour Migration campaign launched",
        ),
        "intro": (
            (
                "Миграционная служба МВД при поддержке международной организации по миграции начинает "
                "общенациональную информационную кампанию для тех, кто работает или собирается работать "
                "за границей."
            ),
            (
                "Міграцыйная служба МУС пры падтрымцы міжнароднай арганізацыі па міграцыі пачынае "
                "агульнанацыянальную інфармацыйную кампанію для тых, хто працуе або збіраецца працаваць "
                "за мяжой."
            ),
            (
                "The migration department of the Ministry of Interior, supported by an international "
                "migration organisation, is launching a nationwide information campaign for people who "
                "work abroad or plan to."
            ),
        ),
        "body": [
            (
                "paragraph",
                (
                    (
                        "Кампания объединяет горячую линию, этот сайт, публикации в региональных СМИ и "
                        "встречи в службах занятости. Её цель — чтобы каждый, кто уезжает на работу за "
                        "границу, знал свои права и мог быстро получить помощь."
                    ),
                    (
                        "Кампанія аб’ядноўвае гарачую лінію, гэты сайт, публікацыі ў рэгіянальных СМІ і "
                        "сустрэчы ў службах занятасці. Яе мэта — каб кожны, хто едзе на працу за мяжу, "
                        "ведаў свае правы і мог хутка атрымаць дапамогу."
                    ),
                    (
                        "The campaign brings together the hotline, this website, articles in regional "
                        "media and meetings at employment offices. Its aim is for everyone who goes "
                        "abroad to work to know their rights and be able to get help quickly."
                    ),
                ),
            ),
            (
                "heading",
                (
                    "Что есть на сайте",
                    "Што ёсць на сайце",
                    "What you'll find on the site",
                ),
            ),
            (
                "checklist",
                [
                    (
                        "Путеводители по странам, куда чаще всего едут работать.",
                        "Даведнікі па краінах, куды часцей за ўсё едуць працаваць.",
                        "Guides to the countries people most often go to for work.",
                    ),
                    (
                        "Ответы на частые вопросы.",
                        "Адказы на частыя пытанні.",
                        "Answers to frequently asked questions.",
                    ),
                    (
                        "Номер горячей линии и форма обратного звонка.",
                        "Нумар гарачай лініі і форма зваротнага званка.",
                        "The hotline number and a callback form.",
                    ),
                    (
                        "Новости и предупреждения о новых схемах обмана.",
                        "Навіны і папярэджанні пра новыя схемы падману.",
                        "News and warnings about new scams.",
                    ),
                ],
            ),
            (
                "quote",
                (
                    (
                        "«Мы не отговариваем людей от работы за границей. Мы хотим, чтобы они уезжали "
                        "подготовленными и возвращались домой с заработанными деньгами». — руководитель "
                        "проекта"
                    ),
                    (
                        "«Мы не адгаворваем людзей ад працы за мяжой. Мы хочам, каб яны ехалі "
                        "падрыхтаванымі і вярталіся дадому з заробленымі грашыма». — кіраўнік праекта"
                    ),
                    (
                        "'We are not trying to talk people out of working abroad. We want them to leave "
                        "well prepared and come home with the money they earned.' — project manager"
                    ),
                ),
            ),
            (
                "paragraph",
                (
                    (
                        "Сайт доступен на русском, белорусском и английском языках. Все консультации "
                        "горячей линии бесплатны и конфиденциальны."
                    ),
                    (
                        "Сайт даступны на рускай, беларускай і англійскай мовах. Усе кансультацыі гарачай "
                        "лініі бясплатныя і канфідэнцыйныя."
                    ),
                    (
                        "The site is available in Russian, Belarusian and English. All hotline advice is "
                        "free and confidential."
                    ),
                ),
            ),
        ],
        "topics": ["planning"],
        "countries": [],
        "image": {
            "colour": "#6b4226",
            "alt": (
                "Иллюстрация: карта с маршрутами и телефонная трубка",
                "Ілюстрацыя: карта з маршрутамі і тэлефонная трубка",
                "Illustration: a map with routes and a telephone handset",
            ),
            "credit": (
                "Иллюстрация: кампания «Безопасная миграция»",
                "Ілюстрацыя: кампанія «Бяспечная міграцыя»",
                "Illustration: Safe Migration campaign",
            ),
        },
    },
]
