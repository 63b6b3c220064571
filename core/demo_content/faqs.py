"""Sample FAQ items; ``countries`` lists country codes when a question is country-specific."""

FAQS = [
    {
        "topic": "planning",
        "slug": "how-to-check-an-agency",
        "featured": True,
        "countries": [],
        "question": (
            "Как проверить, что агентство по трудоустройству за границей работает законно?",
            "Як праверыць, ці законна працуе агенцтва па працаўладкаванні за мяжой?",
            "How can I check that a recruitment agency for work abroad is legal?",
        ),
        "answer": [
            (
                (
                    "В Беларуси трудоустройством за границей могут заниматься только организации со "
                    "специальным разрешением (лицензией) МВД. Список таких организаций опубликован на "
                    "официальном сайте МВД: сравните название, УНП и адрес агентства с данными из списка."
                ),
                (
                    "У Беларусі працаўладкаваннем за мяжой могуць займацца толькі арганізацыі са "
                    "спецыяльным дазволам (ліцэнзіяй) МУС. Спіс такіх арганізацый апублікаваны на "
                    "афіцыйным сайце МУС: параўнайце назву, УНП і адрас агенцтва з данымі са спіса."
                ),
                (
                    "In Belarus only organisations holding a special permit (licence) from the Ministry "
                    "of Interior may recruit people for work abroad. The list of these organisations is "
                    "published on the Ministry's official website: compare the agency's name, taxpayer "
                    "number (UNP) and address with the entry on the list."
                ),
            ),
            (
                (
                    "Если агентства нет в списке, оно работает в обход закона. Позвоните на горячую "
                    "линию: операторы проверят агентство и расскажут, на что обратить внимание в договоре."
                ),
                (
                    "Калі агенцтва няма ў спісе, яно працуе ў абыход закона. Патэлефануйце на гарачую "
                    "лінію: аператары правераць агенцтва і раскажуць, на што звярнуць увагу ў дагаворы."
                ),
                (
                    "If the agency is not on the list, it is operating outside the law. Call the hotline: "
                    "operators can check the agency for you and explain what to look out for in the "
                    "contract."
                ),
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "is-it-legal-to-pay-an-agency",
        "featured": False,
        "countries": [],
        "question": (
            "Законно ли платить агентству за трудоустройство за границей?",
            "Ці законна плаціць агенцтву за працаўладкаванне за мяжой?",
            "Is it legal to pay an agency to find me a job abroad?",
        ),
        "answer": [
            (
                (
                    "Лицензированное агентство в Беларуси может брать плату за свои услуги, но только по "
                    "письменному договору, где перечислены услуги и их стоимость, и с выдачей квитанции "
                    "или чека. Платить наличными частным лицам «за визу», «за место» или «за приглашение» "
                    "опасно: такие деньги почти невозможно вернуть."
                ),
                (
                    "Ліцэнзаванае агенцтва ў Беларусі можа браць плату за свае паслугі, але толькі па "
                    "пісьмовым дагаворы, дзе пералічаны паслугі і іх кошт, і з выдачай квітанцыі або "
                    "чэка. Плаціць наяўнымі прыватным асобам «за візу», «за месца» або «за запрашэнне» "
                    "небяспечна: такія грошы амаль немагчыма вярнуць."
                ),
                (
                    "A licensed agency in Belarus may charge for its services, but only under a written "
                    "contract listing the services and their price, and it must give you a receipt. "
                    "Paying cash to private individuals 'for a visa', 'for a place' or 'for an "
                    "invitation' is risky: such money is almost impossible to get back."
                ),
            ),
            (
                (
                    "В некоторых странах назначения, например в ОАЭ, а также в программах H-2 в США брать "
                    "с работника плату за найм запрещено. Если с вас требуют крупную сумму до выезда, "
                    "проверьте предложение на горячей линии."
                ),
                (
                    "У некаторых краінах прызначэння, напрыклад у ААЭ, а таксама ў праграмах H-2 у ЗША "
                    "браць з работніка плату за наём забаронена. Калі з вас патрабуюць вялікую суму да "
                    "ад’езду, праверце прапанову на гарачай лініі."
                ),
                (
                    "In some destination countries, such as the UAE, and in the US H-2 programmes, "
                    "charging workers recruitment fees is prohibited. If you are asked for a large sum "
                    "before you leave, check the offer with the hotline."
                ),
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "signs-of-a-fake-job-offer",
        "featured": False,
        "countries": [],
        "question": (
            "Как распознать фальшивую вакансию за границей?",
            "Як распазнаць фальшывую вакансію за мяжой?",
            "How can I spot a fake job offer abroad?",
        ),
        "answer": [
            (
                (
                    "Насторожитесь, если обещают высокую зарплату без опыта и знания языка, торопят с "
                    "решением, пишут только в мессенджере, не называют работодателя и просят деньги или "
                    "паспорт заранее. Ещё один признак — предложение ехать по туристической визе и "
                    "«оформиться на месте»."
                ),
                (
                    "Насцярожцеся, калі абяцаюць высокі заробак без досведу і ведання мовы, прыспешваюць "
                    "з рашэннем, пішуць толькі ў месенджары, не называюць працадаўцу і просяць грошы або "
                    "пашпарт загадзя. Яшчэ адна прыкмета — прапанова ехаць па турыстычнай візе і "
                    "«аформіцца на месцы»."
                ),
                (
                    "Be wary if you are promised high pay with no experience or language skills, rushed "
                    "into a decision, contacted only through a messenger app, not told who the employer "
                    "is, or asked for money or your passport up front. Another warning sign is being told "
                    "to travel on a tourist visa and 'get the paperwork sorted there'."
                ),
            ),
            (
                (
                    "Сохраните объявление и переписку и позвоните на горячую линию: мы проверим "
                    "работодателя и агентство."
                ),
                ("Захавайце аб’яву і перапіску і патэлефануйце на гарачую лінію: мы праверым працадаўцу і агенцтва."),
                ("Save the advert and your messages and call the hotline: we will check the employer and the agency."),
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "what-to-do-before-leaving",
        "featured": False,
        "countries": [],
        "question": (
            "Что сделать перед отъездом на работу за границу?",
            "Што зрабіць перад ад’ездам на працу за мяжу?",
            "What should I do before leaving to work abroad?",
        ),
        "answer": [
            (
                (
                    "Проверьте агентство и работодателя, получите договор на понятном вам языке и визу, "
                    "которая разрешает работать. Сделайте копии паспорта, визы и договора, сохраните их в "
                    "телефоне и оставьте у близких."
                ),
                (
                    "Праверце агенцтва і працадаўцу, атрымайце дагавор на зразумелай вам мове і візу, "
                    "якая дазваляе працаваць. Зрабіце копіі пашпарта, візы і дагавора, захавайце іх у "
                    "тэлефоне і пакіньце ў блізкіх."
                ),
                (
                    "Check the agency and the employer, get a contract in a language you understand and a "
                    "visa that allows you to work. Make copies of your passport, visa and contract, save "
                    "them on your phone and leave copies with your family."
                ),
            ),
            (
                (
                    "Запишите номер горячей линии для звонков из-за границы, телефоны посольства Беларуси "
                    "и местных экстренных служб. Договоритесь с близкими о кодовом слове, которое будет "
                    "означать, что вам нужна помощь."
                ),
                (
                    "Запішыце нумар гарачай лініі для званкоў з-за мяжы, тэлефоны пасольства Беларусі і "
                    "мясцовых экстранных службаў. Дамоўцеся з блізкімі пра кодавае слова, якое будзе "
                    "азначаць, што вам патрэбна дапамога."
                ),
                (
                    "Write down the hotline's from-abroad number and the phone numbers of the Belarusian "
                    "embassy and local emergency services. Agree a code word with your family that means "
                    "you need help."
                ),
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "how-to-call-the-hotline-from-abroad",
        "featured": True,
        "countries": [],
        "question": (
            "Как позвонить на горячую линию из-за границы?",
            "Як патэлефанаваць на гарачую лінію з-за мяжы?",
            "How do I call the hotline from abroad?",
        ),
        "answer": [
            (
                (
                    "Используйте номер для звонков из-за границы, который указан на каждой странице этого "
                    "сайта. Звонок оплачивается по тарифам вашего оператора связи; если денег на счёте "
                    "мало, оставьте заявку на обратный звонок, и оператор горячей линии вам перезвонит."
                ),
                (
                    "Карыстайцеся нумарам для званкоў з-за мяжы, які пазначаны на кожнай старонцы гэтага "
                    "сайта. Званок аплачваецца па тарыфах вашага аператара сувязі; калі грошай на рахунку "
                    "мала, пакіньце заяўку на зваротны званок, і аператар гарачай лініі вам перазвоніць."
                ),
                (
                    "Use the from-abroad number shown on every page of this site. The call is charged at "
                    "your mobile operator's rates; if you are low on credit, request a callback and a "
                    "hotline operator will call you back."
                ),
            ),
            (
                (
                    "Если вам небезопасно говорить, напишите в заявке, в какое время удобно позвонить, "
                    "или укажите номер человека, которому вы доверяете."
                ),
                (
                    "Калі вам небяспечна размаўляць, напішыце ў заяўцы, у які час зручна патэлефанаваць, "
                    "або пазначце нумар чалавека, якому вы давяраеце."
                ),
                (
                    "If it is not safe for you to talk, say in your request when it is convenient to "
                    "call, or give the number of someone you trust."
                ),
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "what-happens-to-my-data",
        "featured": False,
        "countries": [],
        "question": (
            "Что происходит с моими данными, когда я прошу перезвонить?",
            "Што адбываецца з маімі данымі, калі я прашу перазваніць?",
            "What happens to my data when I ask for a callback?",
        ),
        "answer": [
            (
                (
                    "Мы сохраняем только то, что нужно для звонка: номер телефона, имя (если вы его "
                    "указали), тему, страны и ваше сообщение. Заявки видят только операторы горячей "
                    "линии, а по истечении срока хранения они удаляются."
                ),
                (
                    "Мы захоўваем толькі тое, што патрэбна для званка: нумар тэлефона, імя (калі вы яго "
                    "пазначылі), тэму, краіны і ваша паведамленне. Заяўкі бачаць толькі аператары гарачай "
                    "лініі, а пасля заканчэння тэрміну захоўвання яны выдаляюцца."
                ),
                (
                    "We keep only what is needed to call you: your phone number, your name if you gave "
                    "it, the topic, the countries and your message. Only hotline operators see requests, "
                    "and they are deleted when the retention period ends."
                ),
            ),
            (
                "Мы не храним IP-адреса. Подробнее — в уведомлении о конфиденциальности.",
                "Мы не захоўваем IP-адрасы. Падрабязней — у паведамленні аб канфідэнцыйнасці.",
                "We do not store IP addresses. See the privacy notice for details.",
            ),
        ],
    },
    {
        "topic": "planning",
        "slug": "paid-offer-of-a-us-work-visa",
        "featured": False,
        "countries": ["US"],
        "question": (
            "Мне предлагают рабочую визу в США за деньги. Это реально?",
            "Мне прапануюць працоўную візу ў ЗША за грошы. Гэта рэальна?",
            "Someone is offering me a US work visa for a fee. Is it real?",
        ),
        "answer": [
            (
                (
                    "Почти наверняка нет. Визу выдаёт только консульство США после собеседования, а для "
                    "работы нужно одобренное ходатайство американского работодателя или документы "
                    "спонсора программы J-1. Законным работодателям H-2A и H-2B запрещено брать с "
                    "работников плату за найм."
                ),
                (
                    "Амаль напэўна не. Візу выдае толькі консульства ЗША пасля сумоўя, а для працы "
                    "патрэбна ўхваленае хадайніцтва амерыканскага працадаўцы або дакументы спонсара "
                    "праграмы J-1. Законным працадаўцам H-2A і H-2B забаронена браць з работнікаў плату "
                    "за наём."
                ),
                (
                    "Almost certainly not. Only a US consulate can issue a visa, after an interview, and "
                    "working requires an approved petition from a US employer or documents from a J-1 "
                    "programme sponsor. Legitimate H-2A and H-2B employers are not allowed to charge "
                    "workers recruitment fees."
                ),
            ),
            (
                (
                    "Проверьте спонсора J-1 в официальном списке Госдепартамента США и позвоните на "
                    "горячую линию, прежде чем платить."
                ),
                (
                    "Праверце спонсара J-1 у афіцыйным спісе Дзярждэпартамента ЗША і патэлефануйце на "
                    "гарачую лінію, перш чым плаціць."
                ),
                (
                    "Check the J-1 sponsor on the US State Department's official list and call the "
                    "hotline before you pay anything."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "contract-in-a-language-i-dont-understand",
        "featured": False,
        "countries": [],
        "question": (
            "Мне дали договор на языке, которого я не понимаю. Подписывать?",
            "Мне далі дагавор на мове, якой я не разумею. Падпісваць?",
            "I have been given a contract in a language I don't understand. Should I sign it?",
        ),
        "answer": [
            (
                (
                    "Не подписывайте, пока не поймёте каждый пункт. Попросите перевод на русский или "
                    "белорусский язык или двуязычный договор; серьёзный работодатель обычно к этому готов."
                ),
                (
                    "Не падпісвайце, пакуль не зразумееце кожны пункт. Папрасіце пераклад на рускую або "
                    "беларускую мову ці двухмоўны дагавор; сумленны працадаўца звычайна да гэтага гатовы."
                ),
                (
                    "Do not sign until you understand every clause. Ask for a translation into Russian or "
                    "Belarusian, or a bilingual contract; a serious employer is usually prepared for this."
                ),
            ),
            (
                (
                    "Перевести текст можно с помощью знакомых или онлайн-переводчика, а непонятные пункты "
                    "обсудить с оператором горячей линии. Особое внимание обратите на зарплату, удержания "
                    "за жильё, рабочие часы, срок договора и условия расторжения."
                ),
                (
                    "Перакласці тэкст можна з дапамогай знаёмых або анлайн-перакладчыка, а незразумелыя "
                    "пункты абмеркаваць з аператарам гарачай лініі. Асаблівую ўвагу звярніце на заробак, "
                    "утрыманні за жыллё, працоўныя гадзіны, тэрмін дагавора і ўмовы скасавання."
                ),
                (
                    "You can get the text translated with the help of friends or an online translator and "
                    "go through unclear clauses with a hotline operator. Pay special attention to pay, "
                    "deductions for housing, working hours, the length of the contract and the terms for "
                    "ending it."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "can-i-work-on-a-tourist-visa",
        "featured": True,
        "countries": [],
        "question": (
            "Можно ли работать по туристической визе?",
            "Ці можна працаваць па турыстычнай візе?",
            "Can I work on a tourist visa?",
        ),
        "answer": [
            (
                (
                    "Нет. Туристическая или гостевая виза не даёт права работать ни в Шенгенской зоне, ни "
                    "в ОАЭ, ни в США. Если вас поймают на работе без разрешения, вам грозят штраф, "
                    "выдворение и запрет въезда, а работодатель может не заплатить, зная, что вы не "
                    "пожалуетесь."
                ),
                (
                    "Не. Турыстычная або гасцявая віза не дае права працаваць ні ў Шэнгенскай зоне, ні ў "
                    "ААЭ, ні ў ЗША. Калі вас зловяць на працы без дазволу, вам пагражаюць штраф, высылка "
                    "і забарона ўезду, а працадаўца можа не заплаціць, ведаючы, што вы не паскардзіцеся."
                ),
                (
                    "No. A tourist or visitor visa does not allow you to work in the Schengen area, the "
                    "UAE or the United States. If you are caught working without a permit, you face a "
                    "fine, removal and an entry ban, and an employer may not pay you, knowing you will "
                    "not complain."
                ),
            ),
            (
                (
                    "Для работы в России и Казахстане гражданам Беларуси виза не нужна, но регистрация и "
                    "трудовой договор обязательны."
                ),
                (
                    "Для працы ў Расіі і Казахстане грамадзянам Беларусі віза не патрэбна, але "
                    "рэгістрацыя і працоўны дагавор абавязковыя."
                ),
                (
                    "Belarusian citizens do not need a visa to work in Russia or Kazakhstan, but "
                    "registration and an employment contract are required."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "how-to-register-in-russia",
        "featured": False,
        "countries": ["RU"],
        "question": (
            "Как встать на миграционный учёт в России?",
            "Як стаць на міграцыйны ўлік у Расіі?",
            "How do I register with the migration authorities in Russia?",
        ),
        "answer": [
            (
                (
                    "Уведомление о прибытии подаёт принимающая сторона — владелец жилья, гостиница или "
                    "работодатель — через МФЦ, почту или подразделение по вопросам миграции. Гражданам "
                    "Беларуси даётся больше времени на регистрацию, чем многим другим иностранцам, но "
                    "срок всё равно есть: уточните его перед поездкой."
                ),
                (
                    "Паведамленне пра прыбыццё падае прымаючы бок — уладальнік жылля, гасцініца або "
                    "працадаўца — праз МФЦ, пошту або падраздзяленне па пытаннях міграцыі. Грамадзянам "
                    "Беларусі даецца больш часу на рэгістрацыю, чым многім іншым замежнікам, але тэрмін "
                    "усё роўна ёсць: удакладніце яго перад паездкай."
                ),
                (
                    "The notice of arrival is filed by your host — the landlord, hotel or employer — at a "
                    "public service centre (MFC), a post office or the migration office. Belarusian "
                    "citizens get more time to register than many other foreigners, but there is still a "
                    "deadline: check it before you travel."
                ),
            ),
            (
                (
                    "Сохраните отрывную часть уведомления: это ваше подтверждение. Регистрация по адресу, "
                    "где вы фактически не живёте, незаконна, даже если её «продают» посредники."
                ),
                (
                    "Захавайце адрыўную частку паведамлення: гэта ваша пацверджанне. Рэгістрацыя па "
                    "адрасе, дзе вы фактычна не жывяце, незаконная, нават калі яе «прадаюць» пасрэднікі."
                ),
                (
                    "Keep the tear-off slip of the notice: it is your proof. Registering at an address "
                    "where you do not actually live is illegal, even if middlemen 'sell' it."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "do-i-need-a-work-permit-in-poland",
        "featured": False,
        "countries": ["PL"],
        "question": (
            "Нужно ли разрешение на работу в Польше?",
            "Ці патрэбны дазвол на працу ў Польшчы?",
            "Do I need a work permit in Poland?",
        ),
        "answer": [
            (
                (
                    "Да, гражданину Беларуси нужен документ, дающий право на работу: разрешение на "
                    "работу, сезонное разрешение или зарегистрированное заявление работодателя о "
                    "поручении работы. Оформляет его работодатель, а вам для въезда нужна соответствующая "
                    "виза или вид на жительство."
                ),
                (
                    "Так, грамадзяніну Беларусі патрэбны дакумент, які дае права на працу: дазвол на "
                    "працу, сезонны дазвол або зарэгістраваная заява працадаўцы аб даручэнні працы. "
                    "Афармляе яго працадаўца, а вам для ўезду патрэбна адпаведная віза або від на "
                    "жыхарства."
                ),
                (
                    "Yes. A Belarusian citizen needs a document that gives the right to work: a work "
                    "permit, a seasonal work permit or the employer's registered declaration of "
                    "entrusting work. The employer obtains it, and you need a matching visa or residence "
                    "permit to enter."
                ),
            ),
            (
                (
                    "Попросите копию этого документа и проверьте, что в нём указаны ваше имя, должность и "
                    "работодатель, у которого вы фактически работаете."
                ),
                (
                    "Папрасіце копію гэтага дакумента і праверце, што ў ім пазначаны ваша імя, пасада і "
                    "працадаўца, у якога вы фактычна працуеце."
                ),
                (
                    "Ask for a copy of that document and check that it shows your name, your job and the "
                    "employer you actually work for."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "registration-in-kazakhstan",
        "featured": False,
        "countries": ["KZ"],
        "question": (
            "Нужно ли регистрироваться в Казахстане, если я приехал работать?",
            "Ці трэба рэгістравацца ў Казахстане, калі я прыехаў працаваць?",
            "Do I need to register in Kazakhstan if I have come to work?",
        ),
        "answer": [
            (
                (
                    "Да. Разрешение на работу гражданам Беларуси не нужно, но регистрация по месту "
                    "пребывания обязательна, если вы остаётесь дольше установленного срока. Обычно её "
                    "оформляет принимающая сторона — работодатель или владелец жилья."
                ),
                (
                    "Так. Дазвол на працу грамадзянам Беларусі не патрэбны, але рэгістрацыя па месцы "
                    "знаходжання абавязковая, калі вы застаяцеся даўжэй за вызначаны тэрмін. Звычайна яе "
                    "афармляе прымаючы бок — працадаўца або ўладальнік жылля."
                ),
                (
                    "Yes. Belarusian citizens do not need a work permit, but you must register where you "
                    "stay if you remain longer than the set period. Usually your host — the employer or "
                    "the landlord — arranges it."
                ),
            ),
            (
                (
                    "Срок и порядок регистрации уточните перед поездкой на официальных сайтах или на "
                    "горячей линии: за опоздание назначают штраф."
                ),
                (
                    "Тэрмін і парадак рэгістрацыі ўдакладніце перад паездкай на афіцыйных сайтах або на "
                    "гарачай лініі: за спазненне прызначаюць штраф."
                ),
                (
                    "Check the deadline and procedure before you travel, on official websites or with the "
                    "hotline: late registration is fined."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "working-in-another-schengen-country",
        "featured": False,
        "countries": ["PL", "LT", "CZ", "DE"],
        "question": (
            "У меня польская рабочая виза. Можно ли работать в Германии или Чехии?",
            "У мяне польская працоўная віза. Ці можна працаваць у Германіі або Чэхіі?",
            "I have a Polish work visa. Can I work in Germany or Czechia?",
        ),
        "answer": [
            (
                (
                    "Нет. Национальная рабочая виза и разрешение на работу действуют только в стране, "
                    "которая их выдала, и обычно только у конкретного работодателя. С такой визой можно "
                    "ненадолго съездить в другие страны Шенгенской зоны как турист, но не работать там."
                ),
                (
                    "Не. Нацыянальная працоўная віза і дазвол на працу дзейнічаюць толькі ў краіне, якая "
                    "іх выдала, і звычайна толькі ў пэўнага працадаўцы. З такой візай можна ненадоўга "
                    "з’ездзіць у іншыя краіны Шэнгенскай зоны як турыст, але не працаваць там."
                ),
                (
                    "No. A national work visa and a work permit are valid only in the country that issued "
                    "them, and usually only with a specific employer. With such a visa you can make short "
                    "trips to other Schengen countries as a tourist, but you cannot work there."
                ),
            ),
            (
                (
                    "Если вам предлагают «перевести» вас на работу в другую страну по тем же документам, "
                    "это нарушение, и рисковать будете вы. Проверьте такое предложение на горячей линии."
                ),
                (
                    "Калі вам прапануюць «перавесці» вас на працу ў іншую краіну па тых жа дакументах, "
                    "гэта парушэнне, і рызыкаваць будзеце вы. Праверце такую прапанову на гарачай лініі."
                ),
                (
                    "If you are offered a 'transfer' to work in another country on the same documents, "
                    "that is a violation and you are the one taking the risk. Check any such offer with "
                    "the hotline."
                ),
            ),
        ],
    },
    {
        "topic": "documents",
        "slug": "lost-passport-abroad",
        "featured": False,
        "countries": [],
        "question": (
            "Я потерял паспорт за границей. Что делать?",
            "Я страціў пашпарт за мяжой. Што рабіць?",
            "I have lost my passport abroad. What should I do?",
        ),
        "answer": [
            (
                (
                    "Заявите о потере или краже в местную полицию и получите подтверждение. Затем "
                    "обратитесь в посольство или консульство Беларуси: вам выдадут свидетельство на "
                    "возвращение в Республику Беларусь, с которым можно вернуться домой."
                ),
                (
                    "Заявіце пра страту або крадзеж у мясцовую паліцыю і атрымайце пацверджанне. Потым "
                    "звярніцеся ў пасольства або консульства Беларусі: вам выдадуць пасведчанне на "
                    "вяртанне ў Рэспубліку Беларусь, з якім можна вярнуцца дадому."
                ),
                (
                    "Report the loss or theft to the local police and get a confirmation. Then contact "
                    "the Belarusian embassy or consulate: they can issue a certificate of return to the "
                    "Republic of Belarus, which lets you travel home."
                ),
            ),
            (
                (
                    "Если паспорт не потерян, а его удерживает работодатель, скажите об этом и в полиции, "
                    "и в посольстве: это не утеря, а нарушение ваших прав."
                ),
                (
                    "Калі пашпарт не страчаны, а яго ўтрымлівае працадаўца, скажыце пра гэта і ў паліцыі, "
                    "і ў пасольстве: гэта не страта, а парушэнне вашых правоў."
                ),
                (
                    "If your passport is not lost but is being held by your employer, tell both the "
                    "police and the embassy: this is not a loss, it is a violation of your rights."
                ),
            ),
        ],
    },
    {
        "topic": "rights",
        "slug": "i-am-not-being-paid",
        "featured": True,
        "countries": [],
        "question": (
            "Мне не платят зарплату. Куда обращаться?",
            "Мне не плацяць заробак. Куды звяртацца?",
            "I am not being paid. Where can I turn?",
        ),
        "answer": [
            (
                (
                    "Сначала соберите доказательства: договор, записи о рабочих часах, переписку, "
                    "расчётные листки, банковские выписки, фото на рабочем месте. Затем письменно "
                    "потребуйте оплату у работодателя и сохраните копию требования."
                ),
                (
                    "Спачатку збярыце доказы: дагавор, запісы пра працоўныя гадзіны, перапіску, "
                    "разліковыя лісткі, банкаўскія выпіскі, фота на працоўным месцы. Потым пісьмова "
                    "запатрабуйце аплату ў працадаўцы і захавайце копію патрабавання."
                ),
                (
                    "First gather evidence: your contract, records of your hours, messages, payslips, "
                    "bank statements and photos taken at work. Then ask your employer for payment in "
                    "writing and keep a copy."
                ),
            ),
            (
                (
                    "Если денег всё равно нет, обратитесь в инспекцию труда страны, где вы работаете, в "
                    "профсоюз или в организацию помощи мигрантам. Горячая линия подскажет, куда "
                    "жаловаться в стране пребывания, и поможет составить обращение."
                ),
                (
                    "Калі грошай усё роўна няма, звярніцеся ў інспекцыю працы краіны, дзе вы працуеце, у "
                    "прафсаюз або ў арганізацыю дапамогі мігрантам. Гарачая лінія падкажа, куды "
                    "скардзіцца ў краіне знаходжання, і дапаможа скласці зварот."
                ),
                (
                    "If you still are not paid, contact the labour inspectorate of the country where you "
                    "work, a trade union or a migrant support organisation. The hotline can tell you "
                    "where to complain in that country and help you write the complaint."
                ),
            ),
        ],
    },
    {
        "topic": "rights",
        "slug": "working-hours-and-overtime",
        "featured": False,
        "countries": [],
        "question": (
            "Сколько часов я обязан работать и платят ли за переработку?",
            "Колькі гадзін я абавязаны працаваць і ці плацяць за перапрацоўку?",
            "How many hours do I have to work, and is overtime paid?",
        ),
        "answer": [
            (
                (
                    "Рабочее время и оплату сверхурочной работы определяют закон страны и ваш договор. "
                    "Почти везде сверхурочная работа ограничена и оплачивается выше обычной ставки или "
                    "компенсируется отдыхом."
                ),
                (
                    "Працоўны час і аплату звышурочнай працы вызначаюць закон краіны і ваш дагавор. Амаль "
                    "усюды звышурочная праца абмежаваная і аплачваецца вышэй за звычайную стаўку або "
                    "кампенсуецца адпачынкам."
                ),
                (
                    "Working hours and overtime pay are set by the country's law and your contract. "
                    "Almost everywhere overtime is limited and is paid above the normal rate or "
                    "compensated with time off."
                ),
            ),
            (
                (
                    "Записывайте, когда вы начали и закончили работу каждый день: такие записи помогут "
                    "доказать неоплаченные часы."
                ),
                (
                    "Запісвайце, калі вы пачалі і скончылі працу кожны дзень: такія запісы дапамогуць "
                    "даказаць неаплачаныя гадзіны."
                ),
                "Write down when you start and finish work each day: such records help prove unpaid hours.",
            ),
        ],
    },
    {
        "topic": "rights",
        "slug": "deductions-for-housing",
        "featured": False,
        "countries": [],
        "question": (
            "Может ли работодатель удерживать из зарплаты деньги за жильё?",
            "Ці можа працадаўца ўтрымліваць з заробку грошы за жыллё?",
            "Can my employer deduct housing costs from my wages?",
        ),
        "answer": [
            (
                (
                    "Обычно да, если это прописано в договоре или отдельном соглашении и сумма разумна. "
                    "Незаконны удержания, о которых вы не договаривались, а также «штрафы», не "
                    "предусмотренные законом."
                ),
                (
                    "Звычайна так, калі гэта прапісана ў дагаворы або асобным пагадненні і сума разумная. "
                    "Незаконныя ўтрыманні, пра якія вы не дамаўляліся, а таксама «штрафы», не "
                    "прадугледжаныя законам."
                ),
                (
                    "Usually yes, if it is set out in your contract or a separate agreement and the "
                    "amount is reasonable. Deductions you never agreed to, and 'fines' not provided for "
                    "by law, are unlawful."
                ),
            ),
            (
                (
                    "Если после удержаний у вас почти не остаётся денег, это может быть признаком "
                    "долговой кабалы — позвоните на горячую линию."
                ),
                (
                    "Калі пасля ўтрыманняў у вас амаль не застаецца грошай, гэта можа быць прыкметай "
                    "даўгавой кабалы — патэлефануйце на гарачую лінію."
                ),
                ("If almost nothing is left after deductions, it may be a sign of debt bondage — call the hotline."),
            ),
        ],
    },
    {
        "topic": "rights",
        "slug": "dismissed-without-notice",
        "featured": False,
        "countries": [],
        "question": (
            "Меня уволили без предупреждения. Это законно?",
            "Мяне звольнілі без папярэджання. Гэта законна?",
            "I was dismissed without notice. Is that legal?",
        ),
        "answer": [
            (
                (
                    "Это зависит от закона страны и вида договора, но во многих странах работника по "
                    "трудовому договору нельзя уволить без основания и без соблюдения срока "
                    "предупреждения. Попросите письменное решение об увольнении с указанием причины и "
                    "получите окончательный расчёт."
                ),
                (
                    "Гэта залежыць ад закона краіны і віду дагавора, але ў многіх краінах работніка па "
                    "працоўным дагаворы нельга звольніць без падставы і без захавання тэрміну "
                    "папярэджання. Папрасіце пісьмовае рашэнне аб звальненні з пазначэннем прычыны і "
                    "атрымайце канчатковы разлік."
                ),
                (
                    "It depends on the country's law and the type of contract, but in many countries an "
                    "employee with an employment contract cannot be dismissed without a reason and proper "
                    "notice. Ask for the dismissal decision in writing, with the reason, and get your "
                    "final pay."
                ),
            ),
            (
                (
                    "Помните, что в некоторых странах от работы зависит ваше право на пребывание. "
                    "Узнайте, сколько времени у вас есть, чтобы найти нового работодателя или выехать."
                ),
                (
                    "Памятайце, што ў некаторых краінах ад працы залежыць ваша права на знаходжанне. "
                    "Даведайцеся, колькі часу ў вас ёсць, каб знайсці новага працадаўцу або выехаць."
                ),
                (
                    "Remember that in some countries your right to stay depends on your job. Find out how "
                    "much time you have to find a new employer or leave."
                ),
            ),
        ],
    },
    {
        "topic": "rights",
        "slug": "changing-employer-in-the-uae",
        "featured": False,
        "countries": ["AE"],
        "question": (
            "Можно ли сменить работодателя в ОАЭ?",
            "Ці можна змяніць працадаўцу ў ААЭ?",
            "Can I change employer in the UAE?",
        ),
        "answer": [
            (
                (
                    "Да, правила ОАЭ позволяют сменить работодателя, но только по официальной процедуре "
                    "через MOHRE: для новой работы нужно новое разрешение, а старое должно быть закрыто. "
                    "Условия зависят от вашего контракта и ситуации, поэтому уточните их до увольнения."
                ),
                (
                    "Так, правілы ААЭ дазваляюць змяніць працадаўцу, але толькі паводле афіцыйнай "
                    "працэдуры праз MOHRE: для новай працы патрэбны новы дазвол, а стары павінен быць "
                    "закрыты. Умовы залежаць ад вашага кантракта і сітуацыі, таму ўдакладніце іх да "
                    "звальнення."
                ),
                (
                    "Yes, UAE rules allow you to change employer, but only through the official MOHRE "
                    "procedure: a new job needs a new permit, and the old one must be cancelled. The "
                    "conditions depend on your contract and circumstances, so check them before you "
                    "resign."
                ),
            ),
            (
                (
                    "Если работодатель нарушает контракт, не платит или удерживает паспорт, подайте "
                    "жалобу в MOHRE: в таких случаях сменить работодателя обычно проще."
                ),
                (
                    "Калі працадаўца парушае кантракт, не плаціць або ўтрымлівае пашпарт, падайце скаргу "
                    "ў MOHRE: у такіх выпадках змяніць працадаўцу звычайна прасцей."
                ),
                (
                    "If your employer breaches the contract, does not pay you or keeps your passport, "
                    "file a complaint with MOHRE: in such cases changing employer is usually easier."
                ),
            ),
        ],
    },
    {
        "topic": "exploitation",
        "slug": "employer-took-my-passport",
        "featured": True,
        "countries": [],
        "question": (
            "Работодатель забрал мой паспорт. Что делать?",
            "Працадаўца забраў мой пашпарт. Што рабіць?",
            "My employer has taken my passport. What should I do?",
        ),
        "answer": [
            (
                (
                    "Работодатель не имеет права удерживать ваш паспорт — ни «на хранение», ни «для "
                    "оформления документов» дольше, чем это действительно нужно. Спокойно, лучше "
                    "письменно, попросите вернуть его и сохраните переписку."
                ),
                (
                    "Працадаўца не мае права ўтрымліваць ваш пашпарт — ні «на захоўванне», ні «для "
                    "афармлення дакументаў» даўжэй, чым гэта сапраўды трэба. Спакойна, лепш пісьмова, "
                    "папрасіце вярнуць яго і захавайце перапіску."
                ),
                (
                    "Your employer has no right to hold on to your passport — not 'for safekeeping', and "
                    "not 'for paperwork' any longer than genuinely needed. Calmly ask for it back, "
                    "preferably in writing, and keep the messages."
                ),
            ),
            (
                (
                    "Если паспорт не возвращают, позвоните на горячую линию по номеру для звонков из-за "
                    "границы и в посольство Беларуси. Изъятие паспорта — один из признаков "
                    "принудительного труда и торговли людьми; в опасной ситуации звоните в полицию по "
                    "местному экстренному номеру."
                ),
                (
                    "Калі пашпарт не вяртаюць, патэлефануйце на гарачую лінію па нумары для званкоў з-за "
                    "мяжы і ў пасольства Беларусі. Адабранне пашпарта — адна з прыкмет прымусовай працы і "
                    "гандлю людзьмі; у небяспечнай сітуацыі тэлефануйце ў паліцыю па мясцовым экстранным "
                    "нумары."
                ),
                (
                    "If your passport is not returned, call the hotline on its from-abroad number and the "
                    "Belarusian embassy. Taking someone's passport is one of the signs of forced labour "
                    "and trafficking; if you are in danger, call the police on the local emergency number."
                ),
            ),
        ],
    },
    {
        "topic": "exploitation",
        "slug": "how-to-recognise-trafficking",
        "featured": True,
        "countries": [],
        "question": (
            "Как понять, что я или мой знакомый стали жертвой торговли людьми?",
            "Як зразумець, што я або мой знаёмы сталі ахвярай гандлю людзьмі?",
            "How can I tell if I or someone I know is a victim of trafficking?",
        ),
        "answer": [
            (
                (
                    "Тревожные признаки — если у вас забрали документы, требуют «отработать долг», "
                    "который только растёт, не платят или платят намного меньше обещанного, не выпускают "
                    "одного, следят за телефоном, угрожают вам или семье."
                ),
                (
                    "Трывожныя прыкметы — калі ў вас забралі дакументы, патрабуюць «адпрацаваць доўг», "
                    "які толькі расце, не плацяць або плацяць значна менш, чым абяцалі, не выпускаюць "
                    "аднаго, сочаць за тэлефонам, пагражаюць вам або сям’і."
                ),
                (
                    "Warning signs: your documents have been taken; you are told to 'work off a debt' "
                    "that only grows; you are not paid or are paid far less than promised; you are not "
                    "allowed out alone; your phone is watched; you or your family are threatened."
                ),
            ),
            (
                (
                    "Торговля людьми — преступление, и пострадавший не виноват, даже если сам согласился "
                    "на поездку или работал без документов. Позвоните на горячую линию: разговор "
                    "конфиденциален, и мы поможем найти безопасный выход."
                ),
                (
                    "Гандаль людзьмі — злачынства, і пацярпелы не вінаваты, нават калі сам пагадзіўся на "
                    "паездку або працаваў без дакументаў. Патэлефануйце на гарачую лінію: размова "
                    "канфідэнцыйная, і мы дапаможам знайсці бяспечны выхад."
                ),
                (
                    "Trafficking is a crime, and the victim is not to blame, even if they agreed to the "
                    "trip or worked without papers. Call the hotline: the conversation is confidential "
                    "and we will help you find a safe way out."
                ),
            ),
        ],
    },
    {
        "topic": "exploitation",
        "slug": "relative-abroad-stopped-getting-in-touch",
        "featured": False,
        "countries": [],
        "question": (
            "Мой родственник за границей перестал выходить на связь. Чем вы можете помочь?",
            "Мой сваяк за мяжой перастаў выходзіць на сувязь. Чым вы можаце дапамагчы?",
            "A relative working abroad has stopped getting in touch. How can you help?",
        ),
        "answer": [
            (
                (
                    "Позвоните на горячую линию и расскажите всё, что знаете: страну, город, название "
                    "работодателя или агентства, последние сообщения. Операторы подскажут, как обратиться "
                    "в посольство и полицию, и при необходимости подключат партнёрские организации."
                ),
                (
                    "Патэлефануйце на гарачую лінію і раскажыце ўсё, што ведаеце: краіну, горад, назву "
                    "працадаўцы або агенцтва, апошнія паведамленні. Аператары падкажуць, як звярнуцца ў "
                    "пасольства і паліцыю, і пры неабходнасці падключаць партнёрскія арганізацыі."
                ),
                (
                    "Call the hotline and tell us everything you know: the country, the town, the name of "
                    "the employer or agency, and the last messages you received. Operators will explain "
                    "how to contact the embassy and the police and, if needed, involve partner "
                    "organisations."
                ),
            ),
            (
                "Если вы считаете, что человеку грозит опасность, сразу сообщите в милицию по номеру 102.",
                ("Калі вы лічыце, што чалавеку пагражае небяспека, адразу паведаміце ў міліцыю па нумары 102."),
                ("If you believe the person is in danger, report it to the police in Belarus straight away on 102."),
            ),
        ],
    },
    {
        "topic": "exploitation",
        "slug": "worked-without-papers-will-i-be-punished",
        "featured": False,
        "countries": [],
        "question": (
            "Я работал без документов. Меня накажут, если я обращусь за помощью?",
            "Я працаваў без дакументаў. Ці пакараюць мяне, калі я звярнуся па дапамогу?",
            "I worked without papers. Will I be punished if I ask for help?",
        ),
        "answer": [
            (
                (
                    "Звонок на горячую линию конфиденциален: мы не спрашиваем больше, чем нужно, и "
                    "сначала объясним ваши варианты и риски. Нарушение миграционных правил может повлечь "
                    "штраф или выдворение в стране пребывания, но пострадавшим от торговли людьми и "
                    "эксплуатации во многих странах предоставляется защита."
                ),
                (
                    "Званок на гарачую лінію канфідэнцыйны: мы не пытаемся больш, чым трэба, і спачатку "
                    "растлумачым вашы варыянты і рызыкі. Парушэнне міграцыйных правілаў можа пацягнуць "
                    "штраф або высылку ў краіне знаходжання, але пацярпелым ад гандлю людзьмі і "
                    "эксплуатацыі ў многіх краінах даецца абарона."
                ),
                (
                    "Calls to the hotline are confidential: we ask no more than we need to and will first "
                    "explain your options and risks. Breaking migration rules can lead to a fine or "
                    "removal in the host country, but in many countries victims of trafficking and "
                    "exploitation are given protection."
                ),
            ),
            (
                ("Не откладывайте обращение из-за страха: чем раньше вы попросите помощи, тем больше вариантов."),
                "Не адкладвайце зварот праз страх: чым раней вы папросіце дапамогі, тым больш варыянтаў.",
                ("Do not put off asking for help out of fear: the sooner you ask, the more options you have."),
            ),
        ],
    },
    {
        "topic": "exploitation",
        "slug": "hostess-job-offer-in-dubai",
        "featured": False,
        "countries": ["AE"],
        "question": (
            "Мне предлагают работу хостес в Дубае с оплаченным билетом. Стоит ли соглашаться?",
            "Мне прапануюць працу хостэс у Дубаі з аплачаным білетам. Ці варта пагаджацца?",
            "I've been offered a hostess job in Dubai with a paid ticket. Should I accept?",
        ),
        "answer": [
            (
                (
                    "Будьте очень осторожны. Такие предложения часто используют для вербовки в "
                    "сексуальную эксплуатацию: на месте у женщин забирают паспорт и требуют «вернуть "
                    "расходы» на билет и визу."
                ),
                (
                    "Будзьце вельмі асцярожныя. Такія прапановы часта выкарыстоўваюць для вярбоўкі ў "
                    "сексуальную эксплуатацыю: на месцы ў жанчын забіраюць пашпарт і патрабуюць «вярнуць "
                    "выдаткі» на білет і візу."
                ),
                (
                    "Be very careful. Such offers are often used to recruit people into sexual "
                    "exploitation: on arrival, women have their passports taken and are told to 'repay' "
                    "the cost of the ticket and visa."
                ),
            ),
            (
                (
                    "Законная работа в ОАЭ оформляется по рабочей визе через работодателя, с контрактом, "
                    "зарегистрированным в MOHRE. Если вам предлагают ехать по туристической визе, не "
                    "называют компанию или просят прислать фото, откажитесь и позвоните на горячую линию."
                ),
                (
                    "Законная праца ў ААЭ афармляецца па працоўнай візе праз працадаўцу, з кантрактам, "
                    "зарэгістраваным у MOHRE. Калі вам прапануюць ехаць па турыстычнай візе, не называюць "
                    "кампанію або просяць даслаць фота, адмоўцеся і патэлефануйце на гарачую лінію."
                ),
                (
                    "Legal work in the UAE is arranged on a work visa through the employer, with a "
                    "contract registered with MOHRE. If you are asked to travel on a tourist visa, the "
                    "company is not named or you are asked to send photos of yourself, say no and call "
                    "the hotline."
                ),
            ),
        ],
    },
    {
        "topic": "health",
        "slug": "what-insurance-do-i-need",
        "featured": False,
        "countries": [],
        "question": (
            "Какая страховка нужна для работы за границей?",
            "Якая страхоўка патрэбна для працы за мяжой?",
            "What insurance do I need to work abroad?",
        ),
        "answer": [
            (
                (
                    "Для визы обычно требуется медицинская страховка на весь срок поездки. После "
                    "трудоустройства во многих странах вы попадаете в государственную систему страхования "
                    "через работодателя, но это нужно проверить: попросите подтверждение регистрации."
                ),
                (
                    "Для візы звычайна патрабуецца медыцынская страхоўка на ўвесь тэрмін паездкі. Пасля "
                    "працаўладкавання ў многіх краінах вы трапляеце ў дзяржаўную сістэму страхавання праз "
                    "працадаўцу, але гэта трэба праверыць: папрасіце пацверджанне рэгістрацыі."
                ),
                (
                    "A visa usually requires medical insurance for the whole trip. Once employed, in many "
                    "countries you join the public insurance system through your employer, but check "
                    "this: ask for proof that you have been registered."
                ),
            ),
            (
                (
                    "Читайте условия полиса: покрывает ли он несчастные случаи на работе, госпитализацию "
                    "и перевозку домой. Дешёвые полисы «только для визы» часто не покрывают реального "
                    "лечения."
                ),
                (
                    "Чытайце ўмовы поліса: ці пакрывае ён няшчасныя выпадкі на працы, шпіталізацыю і "
                    "перавозку дадому. Танныя полісы «толькі для візы» часта не пакрываюць рэальнага "
                    "лячэння."
                ),
                (
                    "Read the policy terms: does it cover accidents at work, hospital stays and transport "
                    "home? Cheap 'visa-only' policies often do not cover real treatment."
                ),
            ),
        ],
    },
    {
        "topic": "health",
        "slug": "injured-at-work",
        "featured": False,
        "countries": [],
        "question": (
            "Я получил травму на работе. Что делать?",
            "Я атрымаў траўму на працы. Што рабіць?",
            "I have been injured at work. What should I do?",
        ),
        "answer": [
            (
                (
                    "Сначала получите медицинскую помощь. В серьёзных случаях вызовите скорую по местному "
                    "экстренному номеру. Сразу сообщите о травме руководителю и потребуйте официально "
                    "оформить несчастный случай: акт или протокол нужен для компенсации."
                ),
                (
                    "Спачатку атрымайце медыцынскую дапамогу. У сур’ёзных выпадках выклічце хуткую па "
                    "мясцовым экстранным нумары. Адразу паведаміце пра траўму кіраўніку і запатрабуйце "
                    "афіцыйна аформіць няшчасны выпадак: акт або пратакол патрэбны для кампенсацыі."
                ),
                (
                    "First get medical help. In serious cases call an ambulance on the local emergency "
                    "number. Report the injury to your supervisor straight away and insist that the "
                    "accident is officially recorded: you need the report to claim compensation."
                ),
            ),
            (
                (
                    "Не соглашайтесь скрывать травму или оформлять её как бытовую. Сохраните медицинские "
                    "документы, фото места происшествия и контакты свидетелей и позвоните на горячую "
                    "линию."
                ),
                (
                    "Не пагаджайцеся хаваць траўму або афармляць яе як бытавую. Захавайце медыцынскія "
                    "дакументы, фота месца здарэння і кантакты сведак і патэлефануйце на гарачую лінію."
                ),
                (
                    "Do not agree to hide the injury or record it as having happened outside work. Keep "
                    "your medical records, photos of the scene and witnesses' contacts, and call the "
                    "hotline."
                ),
            ),
        ],
    },
    {
        "topic": "health",
        "slug": "medical-care-in-russia-and-kazakhstan",
        "featured": False,
        "countries": ["RU", "KZ"],
        "question": (
            "Смогу ли я лечиться бесплатно в России или Казахстане?",
            "Ці змагу я лячыцца бясплатна ў Расіі або Казахстане?",
            "Can I get free medical care in Russia or Kazakhstan?",
        ),
        "answer": [
            (
                (
                    "Скорая и неотложная помощь оказывается бесплатно. Если вы работаете официально, в "
                    "России вы можете получить полис обязательного медицинского страхования, а в "
                    "Казахстане — помощь в системе обязательного социального медицинского страхования при "
                    "уплате взносов."
                ),
                (
                    "Хуткая і неадкладная дапамога аказваецца бясплатна. Калі вы працуеце афіцыйна, у "
                    "Расіі вы можаце атрымаць поліс абавязковага медыцынскага страхавання, а ў Казахстане "
                    "— дапамогу ў сістэме абавязковага сацыяльнага медыцынскага страхавання пры ўплаце "
                    "ўнёскаў."
                ),
                (
                    "Emergency and urgent care is free. If you work officially, in Russia you can get a "
                    "compulsory medical insurance policy, and in Kazakhstan care under compulsory social "
                    "health insurance once contributions are paid."
                ),
            ),
            (
                (
                    "При работе без договора вы теряете эту защиту, поэтому на время поиска работы и "
                    "оформления документов купите добровольную страховку."
                ),
                (
                    "Пры працы без дагавора вы губляеце гэтую абарону, таму на час пошуку працы і "
                    "афармлення дакументаў купіце добраахвотную страхоўку."
                ),
                (
                    "If you work without a contract you lose this protection, so take out voluntary "
                    "insurance while you look for work and your documents are processed."
                ),
            ),
        ],
    },
    {
        "topic": "health",
        "slug": "ill-can-i-be-dismissed",
        "featured": False,
        "countries": [],
        "question": (
            "Я заболел. Могут ли меня уволить?",
            "Я захварэў. Ці могуць мяне звольніць?",
            "I am ill. Can I be dismissed?",
        ),
        "answer": [
            (
                (
                    "Во многих странах при работе по трудовому договору у вас есть право на больничный, а "
                    "увольнение из-за болезни ограничено законом. Получите у врача официальный больничный "
                    "лист и сразу сообщите работодателю."
                ),
                (
                    "У многіх краінах пры працы па працоўным дагаворы вы маеце права на бальнічны, а "
                    "звальненне праз хваробу абмежавана законам. Атрымайце ў лекара афіцыйны бальнічны "
                    "ліст і адразу паведаміце працадаўцу."
                ),
                (
                    "In many countries an employee with an employment contract is entitled to sick leave, "
                    "and dismissal because of illness is restricted by law. Get an official sick note "
                    "from a doctor and tell your employer straight away."
                ),
            ),
            (
                (
                    "Если вас увольняют во время болезни или не оплачивают больничный, позвоните на "
                    "горячую линию: мы подскажем, куда обратиться в стране пребывания."
                ),
                (
                    "Калі вас звальняюць падчас хваробы або не аплачваюць бальнічны, патэлефануйце на "
                    "гарачую лінію: мы падкажам, куды звярнуцца ў краіне знаходжання."
                ),
                (
                    "If you are dismissed while ill or not given sick pay, call the hotline: we will tell "
                    "you where to turn in the country where you are."
                ),
            ),
        ],
    },
    {
        "topic": "returning",
        "slug": "help-returning-home",
        "featured": False,
        "countries": [],
        "question": (
            "Как получить помощь, чтобы вернуться домой?",
            "Як атрымаць дапамогу, каб вярнуцца дадому?",
            "How can I get help to return home?",
        ),
        "answer": [
            (
                (
                    "Позвоните на горячую линию или обратитесь в посольство Беларуси. Если у вас нет "
                    "документов, консульство выдаст свидетельство на возвращение; если нет денег на "
                    "дорогу, мы расскажем о программах добровольного возвращения, которые поддерживают "
                    "международные и общественные организации."
                ),
                (
                    "Патэлефануйце на гарачую лінію або звярніцеся ў пасольства Беларусі. Калі ў вас няма "
                    "дакументаў, консульства выдасць пасведчанне на вяртанне; калі няма грошай на дарогу, "
                    "мы раскажам пра праграмы добраахвотнага вяртання, якія падтрымліваюць міжнародныя і "
                    "грамадскія арганізацыі."
                ),
                (
                    "Call the hotline or contact the Belarusian embassy. If you have no documents, the "
                    "consulate can issue a certificate of return; if you cannot pay for the journey, we "
                    "will tell you about voluntary return programmes supported by international and civil "
                    "society organisations."
                ),
            ),
            (
                (
                    "Пострадавшим от торговли людьми помогают с дорогой, временным жильём, медицинской и "
                    "психологической помощью после возвращения."
                ),
                (
                    "Пацярпелым ад гандлю людзьмі дапамагаюць з дарогай, часовым жыллём, медыцынскай і "
                    "псіхалагічнай дапамогай пасля вяртання."
                ),
                (
                    "Victims of trafficking can get help with travel, temporary accommodation, and "
                    "medical and psychological support after they return."
                ),
            ),
        ],
    },
    {
        "topic": "returning",
        "slug": "does-work-abroad-count-for-my-pension",
        "featured": False,
        "countries": [],
        "question": (
            "Учтут ли работу за границей для моей пенсии?",
            "Ці ўлічаць працу за мяжой для маёй пенсіі?",
            "Will my work abroad count towards my pension?",
        ),
        "answer": [
            (
                (
                    "Это зависит от страны. С государствами ЕАЭС, в том числе с Россией и Казахстаном, "
                    "действуют пенсионные соглашения; с некоторыми другими странами у Беларуси есть "
                    "двусторонние договоры о социальном обеспечении."
                ),
                (
                    "Гэта залежыць ад краіны. З дзяржавамі ЕАЭС, у тым ліку з Расіяй і Казахстанам, "
                    "дзейнічаюць пенсійныя пагадненні; з некаторымі іншымі краінамі ў Беларусі ёсць "
                    "двухбаковыя дагаворы аб сацыяльным забеспячэнні."
                ),
                (
                    "It depends on the country. There are pension agreements with the EAEU states, "
                    "including Russia and Kazakhstan, and Belarus has bilateral social security "
                    "agreements with some other countries."
                ),
            ),
            (
                (
                    "В любом случае сохраните договоры, справки о заработке и документы об уплате взносов "
                    "и обратитесь в органы по труду, занятости и социальной защите по месту жительства."
                ),
                (
                    "У любым выпадку захавайце дагаворы, даведкі пра заробак і дакументы пра ўплату "
                    "ўнёскаў і звярніцеся ў органы па працы, занятасці і сацыяльнай абароне па месцы "
                    "жыхарства."
                ),
                (
                    "Either way, keep your contracts, statements of earnings and proof of contributions, "
                    "and contact your local labour, employment and social protection office."
                ),
            ),
        ],
    },
    {
        "topic": "returning",
        "slug": "tax-on-income-earned-abroad",
        "featured": False,
        "countries": [],
        "question": (
            "Нужно ли платить налоги в Беларуси с заработка за границей?",
            "Ці трэба плаціць падаткі ў Беларусі з заробку за мяжой?",
            "Do I have to pay tax in Belarus on money I earned abroad?",
        ),
        "answer": [
            (
                (
                    "Это зависит от того, являетесь ли вы налоговым резидентом Беларуси, и от соглашения "
                    "об избежании двойного налогообложения с той страной. Налог, уплаченный за границей, "
                    "часто засчитывается, но подать декларацию всё равно может понадобиться."
                ),
                (
                    "Гэта залежыць ад таго, ці з’яўляецеся вы падатковым рэзідэнтам Беларусі, і ад "
                    "пагаднення аб пазбяганні падвойнага падаткаабкладання з той краінай. Падатак, "
                    "заплачаны за мяжой, часта залічваецца, але падаць дэкларацыю ўсё роўна можа "
                    "спатрэбіцца."
                ),
                (
                    "It depends on whether you are a Belarusian tax resident and on the double taxation "
                    "agreement with that country. Tax paid abroad is often credited, but you may still "
                    "need to file a return."
                ),
            ),
            (
                (
                    "Сохраните справки об уплаченных налогах и уточните порядок в налоговой инспекции по "
                    "месту жительства."
                ),
                (
                    "Захавайце даведкі пра заплачаныя падаткі і ўдакладніце парадак у падатковай "
                    "інспекцыі па месцы жыхарства."
                ),
                "Keep statements of the tax you paid and check the procedure with your local tax office.",
            ),
        ],
    },
    {
        "topic": "returning",
        "slug": "finding-work-after-coming-home",
        "featured": False,
        "countries": [],
        "question": (
            "Я вернулся домой. Где искать работу и поддержку?",
            "Я вярнуўся дадому. Дзе шукаць працу і падтрымку?",
            "I have come home. Where can I look for work and support?",
        ),
        "answer": [
            (
                (
                    "Обратитесь в службу занятости по месту жительства: там помогут с поиском вакансий, "
                    "обучением и переобучением. Опыт, полученный за границей, — ваше преимущество, "
                    "поэтому сохраните рекомендации и документы о квалификации."
                ),
                (
                    "Звярніцеся ў службу занятасці па месцы жыхарства: там дапамогуць з пошукам вакансій, "
                    "навучаннем і перанавучаннем. Досвед, атрыманы за мяжой, — ваша перавага, таму "
                    "захавайце рэкамендацыі і дакументы пра кваліфікацыю."
                ),
                (
                    "Contact your local employment service: they can help you find vacancies, training "
                    "and retraining. Experience gained abroad is an asset, so keep references and proof "
                    "of your qualifications."
                ),
            ),
            (
                (
                    "Если за границей вы пережили эксплуатацию, горячая линия подскажет, где получить "
                    "бесплатную психологическую и юридическую помощь."
                ),
                (
                    "Калі за мяжой вы перажылі эксплуатацыю, гарачая лінія падкажа, дзе атрымаць "
                    "бясплатную псіхалагічную і юрыдычную дапамогу."
                ),
                (
                    "If you experienced exploitation abroad, the hotline can tell you where to get free "
                    "psychological and legal help."
                ),
            ),
        ],
    },
    {
        "topic": "returning",
        "slug": "unpaid-wages-after-coming-home",
        "featured": False,
        "countries": [],
        "question": (
            "Я уже дома, а работодатель так и не заплатил. Можно ли ещё что-то сделать?",
            "Я ўжо дома, а працадаўца так і не заплаціў. Ці можна яшчэ нешта зрабіць?",
            "I'm already home and my employer never paid me. Can I still do anything?",
        ),
        "answer": [
            (
                (
                    "Иногда да. Во многих странах жалобу в инспекцию труда или иск в суд можно подать и "
                    "из-за границы, в том числе через профсоюз, организацию помощи мигрантам или "
                    "представителя. Важно не затягивать: для таких требований действуют сроки."
                ),
                (
                    "Часам так. У многіх краінах скаргу ў інспекцыю працы або іск у суд можна падаць і "
                    "з-за мяжы, у тым ліку праз прафсаюз, арганізацыю дапамогі мігрантам або "
                    "прадстаўніка. Важна не зацягваць: для такіх патрабаванняў дзейнічаюць тэрміны."
                ),
                (
                    "Sometimes, yes. In many countries you can file a complaint with the labour "
                    "inspectorate or a claim in court from abroad, including through a trade union, a "
                    "migrant support organisation or a representative. Do not delay: such claims have "
                    "time limits."
                ),
            ),
            (
                (
                    "Соберите всё, что подтверждает работу и долг: договор, переписку, расчётные листки, "
                    "фото, контакты коллег, — и позвоните на горячую линию."
                ),
                (
                    "Збярыце ўсё, што пацвярджае працу і доўг: дагавор, перапіску, разліковыя лісткі, "
                    "фота, кантакты калег, — і патэлефануйце на гарачую лінію."
                ),
                (
                    "Gather everything that proves your work and the debt — your contract, messages, "
                    "payslips, photos and colleagues' contacts — and call the hotline."
                ),
            ),
        ],
    },
]
