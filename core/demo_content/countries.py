"""Sample country guides: six sections each (before you go; visas, permits and contracts; rights at work;
health and insurance; if things go wrong; coming home) and contact cards. Phone numbers and addresses
are fictional placeholders, except public emergency numbers."""

COUNTRIES = [
    {
        "code": "PL",
        "slug": "poland",
        "title": (
            "Польша",
            "Польшча",
            "Poland",
        ),
        "synonyms": [
            "Польша",
            "Польшча",
            "Poland",
            "Polska",
            "Polsha",
            "Polshcha",
            "Pol'sha",
            "Rzeczpospolita Polska",
            "Республика Польша",
        ],
        "summary": (
            (
                "Как законно работать в Польше: визы и разрешения, права работника, страховка, помощь в "
                "трудной ситуации и возвращение домой."
            ),
            (
                "Як законна працаваць у Польшчы: візы і дазволы, правы работніка, страхоўка, дапамога ў "
                "цяжкай сітуацыі і вяртанне дадому."
            ),
            (
                "How to work legally in Poland: visas and permits, your rights as a worker, insurance, "
                "getting help when things go wrong, and coming home."
            ),
        ),
        "alert_level": "none",
        "alert_text": None,
        "latest_update": (
            ("Октябрь 2026: обновлён раздел о сезонной работе и о проверке работодателя перед сбором урожая."),
            ("Кастрычнік 2026: абноўлены раздзел пра сезонную працу і праверку працадаўцы перад зборам ураджаю."),
            (
                "October 2026: we updated the section on seasonal work and on checking an employer before "
                "the harvest season."
            ),
        ),
        "last_reviewed": "2026-10-14",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Большинство вакансий для иностранцев в Польше — в строительстве, "
                                "логистике, на складах, производстве и в сельском хозяйстве. Прежде чем "
                                "соглашаться, узнайте название и адрес работодателя и проверьте, что "
                                "агентство в Беларуси имеет специальное разрешение (лицензию) на "
                                "трудоустройство за границей."
                            ),
                            (
                                "Большасць вакансій для замежнікаў у Польшчы — у будаўніцтве, лагістыцы, "
                                "на складах, вытворчасці і ў сельскай гаспадарцы. Перш чым пагаджацца, "
                                "даведайцеся назву і адрас працадаўцы і праверце, ці мае агенцтва ў "
                                "Беларусі спецыяльны дазвол (ліцэнзію) на працаўладкаванне за мяжой."
                            ),
                            (
                                "Most jobs for foreign workers in Poland are in construction, logistics, "
                                "warehouses, manufacturing and agriculture. Before you agree to anything, "
                                "find out the employer's name and address and check that the Belarusian "
                                "agency holds a special permit (licence) to recruit for work abroad."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Проверьте агентство в списке лицензированных на сайте МВД.",
                                "Праверце агенцтва ў спісе ліцэнзаваных на сайце МУС.",
                                "Check the agency on the Ministry of Interior's list of licensed agencies.",
                            ),
                            (
                                "Попросите проект договора заранее и прочитайте его дома.",
                                "Папрасіце праект дагавора загадзя і прачытайце яго дома.",
                                "Ask for a draft contract in advance and read it at home.",
                            ),
                            (
                                "Сделайте копии паспорта и визы, храните их отдельно от оригиналов.",
                                "Зрабіце копіі пашпарта і візы, захоўвайце іх асобна ад арыгіналаў.",
                                ("Make copies of your passport and visa and keep them separately from the originals."),
                            ),
                            (
                                "Оставьте близким адрес работы и контакты работодателя.",
                                "Пакіньце блізкім адрас працы і кантакты працадаўцы.",
                                "Leave the work address and the employer's contacts with your family.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Не платите частным лицам «за гарантированную визу» и не отдавайте "
                                "паспорт посредникам: законные агентства заключают письменный договор и "
                                "выдают квитанции."
                            ),
                            (
                                "Не плаціце прыватным асобам «за гарантаваную візу» і не аддавайце "
                                "пашпарт пасрэднікам: законныя агенцтвы заключаюць пісьмовы дагавор і "
                                "выдаюць квітанцыі."
                            ),
                            (
                                "Do not pay private individuals for a 'guaranteed visa' and do not hand "
                                "your passport to middlemen: legitimate agencies sign a written contract "
                                "with you and issue receipts."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Для работы в Польше гражданину Беларуси обычно нужна национальная виза "
                                "типа D с целью работы или вид на жительство, а работодатель должен "
                                "получить разрешение на работу или зарегистрировать заявление о поручении "
                                "работы в повятовом управлении труда. Для сезонных работ существует "
                                "отдельное сезонное разрешение. Требования меняются, поэтому проверяйте "
                                "актуальные правила перед подачей документов."
                            ),
                            (
                                "Каб працаваць у Польшчы, грамадзяніну Беларусі звычайна патрэбна "
                                "нацыянальная віза тыпу D з мэтай працы або від на жыхарства, а "
                                "працадаўца павінен атрымаць дазвол на працу або зарэгістраваць заяву аб "
                                "даручэнні працы ў павятовым упраўленні працы. Для сезонных работ ёсць "
                                "асобны сезонны дазвол. Патрабаванні мяняюцца, таму правярайце актуальныя "
                                "правілы перад падачай дакументаў."
                            ),
                            (
                                "To work in Poland, a Belarusian citizen usually needs a national D-type "
                                "visa issued for work, or a residence permit, and the employer must "
                                "obtain a work permit or register a declaration of entrusting work with "
                                "the district labour office. Seasonal jobs have a separate seasonal work "
                                "permit. The requirements change, so check the current rules before you "
                                "apply."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Цель визы должна совпадать с тем, что вы будете делать: "
                                    "туристическая виза не даёт права работать."
                                ),
                                (
                                    "Мэта візы павінна супадаць з тым, што вы будзеце рабіць: турыстычная "
                                    "віза не дае права працаваць."
                                ),
                                (
                                    "The purpose of your visa must match what you will do: a tourist visa "
                                    "does not allow you to work."
                                ),
                            ),
                            (
                                (
                                    "Уточните, какой у вас договор: трудовой (umowa o pracę) или "
                                    "гражданско-правовой (umowa zlecenie) — от этого зависят ваши права."
                                ),
                                (
                                    "Удакладніце, які ў вас дагавор: працоўны (umowa o pracę) ці "
                                    "грамадзянска-прававы (umowa zlecenie) — ад гэтага залежаць вашы "
                                    "правы."
                                ),
                                (
                                    "Find out which contract you have: an employment contract (umowa o "
                                    "pracę) or a civil-law contract (umowa zlecenie) — your rights depend "
                                    "on it."
                                ),
                            ),
                            (
                                (
                                    "Договор должен быть на понятном вам языке или с переводом, с "
                                    "указанием ставки, часов и места работы."
                                ),
                                (
                                    "Дагавор павінен быць на зразумелай вам мове або з перакладам, з "
                                    "пазначэннем стаўкі, гадзін і месца працы."
                                ),
                                (
                                    "The contract must be in a language you understand, or come with a "
                                    "translation, and state your pay rate, hours and place of work."
                                ),
                            ),
                            (
                                "Сохраните копию разрешения или заявления, по которому вы работаете.",
                                "Захавайце копію дазволу або заявы, паводле якіх вы працуеце.",
                                "Keep a copy of the permit or declaration that allows you to work.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Если вам предлагают приехать по туристической визе, а «документы сделать "
                                "на месте», это риск незаконной работы: штраф, выдворение и запрет въезда "
                                "в Шенгенскую зону грозят прежде всего вам."
                            ),
                            (
                                "Калі вам прапануюць прыехаць па турыстычнай візе, а «дакументы зрабіць "
                                "на месцы», гэта рызыка незаконнай працы: штраф, высылка і забарона ўезду "
                                "ў Шэнгенскую зону пагражаюць перш за ўсё вам."
                            ),
                            (
                                "If you are told to come on a tourist visa and 'sort out the papers on "
                                "the spot', you risk working illegally: a fine, removal and a ban on "
                                "entering the Schengen area would fall mainly on you."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Польше действуют минимальная заработная плата и минимальная почасовая "
                                "ставка, которые пересматриваются каждый год. Иностранный работник имеет "
                                "те же трудовые права, что и поляк: оплату сверхурочной работы, "
                                "ежедневный и еженедельный отдых и безопасные условия труда."
                            ),
                            (
                                "У Польшчы дзейнічаюць мінімальная заработная плата і мінімальная "
                                "пагадзінная стаўка, якія перагледжваюцца кожны год. Замежны работнік мае "
                                "тыя ж працоўныя правы, што і паляк: аплату звышурочнай працы, штодзённы "
                                "і штотыднёвы адпачынак і бяспечныя ўмовы працы."
                            ),
                            (
                                "Poland has a statutory minimum wage and a minimum hourly rate, both "
                                "reviewed every year. A foreign worker has the same employment rights as "
                                "a Polish worker: overtime pay, daily and weekly rest, and safe working "
                                "conditions."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Записывайте свои рабочие часы каждый день.",
                                "Запісвайце свае працоўныя гадзіны кожны дзень.",
                                "Write down your working hours every day.",
                            ),
                            (
                                "Просите зарплату на банковский счёт, а не наличными без подписи.",
                                "Прасіце заробак на банкаўскі рахунак, а не наяўнымі без подпісу.",
                                ("Ask to be paid into a bank account rather than in cash without a signed record."),
                            ),
                            (
                                "Вычеты за жильё и транспорт должны быть согласованы письменно.",
                                "Вылічэнні за жыллё і транспарт павінны быць узгоднены пісьмова.",
                                "Deductions for housing and transport must be agreed in writing.",
                            ),
                            (
                                (
                                    "Жалобы на нарушения принимает Государственная инспекция труда, в том "
                                    "числе от иностранцев."
                                ),
                                ("Скаргі на парушэнні прымае Дзяржаўная інспекцыя працы, у тым ліку ад замежнікаў."),
                                (
                                    "The State Labour Inspectorate accepts complaints about violations, "
                                    "including from foreign workers."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если вы работаете по трудовому договору, работодатель регистрирует вас в "
                                "системе социального страхования (ZUS), и вы получаете доступ к "
                                "государственному здравоохранению (NFZ). На время поездки и до начала "
                                "работы нужна медицинская страховка, которую требуют для визы."
                            ),
                            (
                                "Калі вы працуеце па працоўным дагаворы, працадаўца рэгіструе вас у "
                                "сістэме сацыяльнага страхавання (ZUS), і вы атрымліваеце доступ да "
                                "дзяржаўнай аховы здароўя (NFZ). На час паездкі і да пачатку працы "
                                "патрэбна медыцынская страхоўка, якую патрабуюць для візы."
                            ),
                            (
                                "If you work under an employment contract, your employer registers you "
                                "with the social insurance system (ZUS) and you get access to public "
                                "health care (NFZ). For the journey and until your job starts, you need "
                                "the medical insurance required for the visa."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                ("Спросите работодателя, зарегистрировал ли он вас в ZUS, и попросите подтверждение."),
                                ("Спытайце ў працадаўцы, ці зарэгістраваў ён вас у ZUS, і папрасіце пацверджанне."),
                                ("Ask your employer whether you have been registered with ZUS and request proof."),
                            ),
                            (
                                "При несчастном случае на работе требуйте составить протокол.",
                                "Пры няшчасным выпадку на працы патрабуйце скласці пратакол.",
                                ("If you have an accident at work, insist that an accident report is drawn up."),
                            ),
                            (
                                "Храните чеки и справки от врача.",
                                "Захоўвайце чэкі і даведкі ад лекара.",
                                "Keep receipts and doctors' notes.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если у вас забрали паспорт, не платят зарплату или не выпускают с места "
                                "работы, позвоните на горячую линию по номеру для звонков из-за границы "
                                "или в посольство Беларуси в Варшаве. В опасной ситуации звоните 112."
                            ),
                            (
                                "Калі ў вас забралі пашпарт, не плацяць заробак або не выпускаюць з месца "
                                "працы, патэлефануйце на гарачую лінію па нумары для званкоў з-за мяжы "
                                "або ў пасольства Беларусі ў Варшаве. У небяспечнай сітуацыі тэлефануйце "
                                "112."
                            ),
                            (
                                "If your passport has been taken, your wages are not paid or you are not "
                                "allowed to leave your workplace, call the hotline on its from-abroad "
                                "number or the Belarusian embassy in Warsaw. If you are in danger, call "
                                "112."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Сфотографируйте договор, пропуск, график и адрес места работы.",
                                "Сфатаграфуйце дагавор, пропуск, графік і адрас месца працы.",
                                "Take photos of your contract, pass, schedule and workplace address.",
                            ),
                            (
                                "Сохраните переписку с работодателем и посредником.",
                                "Захавайце перапіску з працадаўцам і пасрэднікам.",
                                "Keep your messages with the employer and the middleman.",
                            ),
                            (
                                ("Обратитесь в инспекцию труда или в организацию помощи мигрантам — это бесплатно."),
                                ("Звярніцеся ў інспекцыю працы або ў арганізацыю дапамогі мігрантам — гэта бясплатна."),
                                (
                                    "Contact the labour inspectorate or a migrant support organisation — "
                                    "it is free of charge."
                                ),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Работодатель не имеет права забирать ваш паспорт «на хранение». Не "
                                "подписывайте бумаги на польском языке, пока вам их не перевели."
                            ),
                            (
                                "Працадаўца не мае права забіраць ваш пашпарт «на захоўванне». Не "
                                "падпісвайце паперы на польскай мове, пакуль вам іх не пераклалі."
                            ),
                            (
                                "Your employer has no right to take your passport 'for safekeeping'. Do "
                                "not sign papers in Polish until they have been translated for you."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Перед отъездом получите окончательный расчёт и документы о работе, а при "
                                "трудовом договоре — свидетельство о работе (świadectwo pracy). Узнайте в "
                                "органах социальной защиты, можно ли учесть польский стаж для пенсии."
                            ),
                            (
                                "Перад ад’ездам атрымайце канчатковы разлік і дакументы пра працу, а пры "
                                "працоўным дагаворы — пасведчанне аб працы (świadectwo pracy). "
                                "Даведайцеся ў органах сацыяльнай абароны, ці можна ўлічыць польскі стаж "
                                "для пенсіі."
                            ),
                            (
                                "Before you leave, get your final pay and your employment documents, "
                                "including the certificate of employment (świadectwo pracy) if you had an "
                                "employment contract. Ask the social protection office at home whether "
                                "your Polish work periods can count towards your pension."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Получите последнюю зарплату и компенсацию за неиспользованный отпуск.",
                                "Атрымайце апошні заробак і кампенсацыю за нявыкарыстаны адпачынак.",
                                "Get your last wages and pay for any unused leave.",
                            ),
                            (
                                (
                                    "Попросите работодателя прислать налоговую справку PIT-11 за год — "
                                    "она нужна для налоговой декларации."
                                ),
                                (
                                    "Папрасіце працадаўцу даслаць падатковую даведку PIT-11 за год — яна "
                                    "патрэбна для падатковай дэкларацыі."
                                ),
                                (
                                    "Ask your employer to send you the annual PIT-11 tax statement — you "
                                    "need it for your tax return."
                                ),
                            ),
                            (
                                "Оставьте работодателю адрес или электронную почту для связи.",
                                "Пакіньце працадаўцу адрас або электронную пошту для сувязі.",
                                "Leave the employer an address or e-mail for any later correspondence.",
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в Польше (консульский отдел)",
                    "Пасольства Рэспублікі Беларусь у Польшчы (консульскі аддзел)",
                    "Embassy of the Republic of Belarus in Poland (consular section)",
                ),
                "phones": ["+48 22 000 00 01"],
                "address": (
                    "ul. Przykładowa 1, Варшава",
                    "ul. Przykładowa 1, Варшава",
                    "ul. Przykładowa 1, Warsaw",
                ),
                "hours": (
                    "Пн–Пт 9:00–13:00; в экстренных случаях — круглосуточно по телефону",
                    "Пн–Пт 9:00–13:00; у экстранных выпадках — кругласутачна па тэлефоне",
                    "Mon–Fri 9:00–13:00; emergencies by phone 24/7",
                ),
                "website": "https://example.org/by-embassy-pl",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы Польши",
                    "Экстранныя службы Польшчы",
                    "Emergency services in Poland",
                ),
                "phones": ["112", "997", "999"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Центр поддержки трудовых мигрантов (Варшава)",
                    "Цэнтр падтрымкі працоўных мігрантаў (Варшава)",
                    "Migrant Workers' Support Centre (Warsaw)",
                ),
                "phones": ["+48 22 000 00 02"],
                "address": (
                    "ul. Przykładowa 15, Варшава",
                    "ul. Przykładowa 15, Варшава",
                    "ul. Przykładowa 15, Warsaw",
                ),
                "hours": (
                    "Пн–Пт 10:00–18:00, консультации на русском и польском языках",
                    "Пн–Пт 10:00–18:00, кансультацыі на рускай і польскай мовах",
                    "Mon–Fri 10:00–18:00; advice in Russian and Polish",
                ),
                "website": "https://example.org/migrant-support-pl",
            },
            {
                "kind": "ngo",
                "name": (
                    "Профсоюз работников сельского хозяйства — линия для сезонных работников",
                    "Прафсаюз работнікаў сельскай гаспадаркі — лінія для сезонных работнікаў",
                    "Agricultural Workers' Union — seasonal workers' line",
                ),
                "phones": ["+48 22 000 00 03"],
                "address": (
                    "ul. Przykładowa 40, Люблин",
                    "ul. Przykładowa 40, Люблін",
                    "ul. Przykładowa 40, Lublin",
                ),
                "hours": (
                    "Ежедневно в сезон сбора урожая, 8:00–20:00",
                    "Штодня ў сезон збору ўраджаю, 8:00–20:00",
                    "Daily during the harvest season, 8:00–20:00",
                ),
                "website": "https://example.org/seasonal-union-pl",
            },
        ],
    },
    {
        "code": "LT",
        "slug": "lithuania",
        "title": (
            "Литва",
            "Літва",
            "Lithuania",
        ),
        "synonyms": [
            "Литва",
            "Літва",
            "Lithuania",
            "Lietuva",
            "Litva",
            "Lietuvos Respublika",
            "Литовская Республика",
        ],
        "summary": (
            (
                "Что нужно знать гражданам Беларуси о работе в Литве: визы и разрешения, дополнительные "
                "проверки, трудовые права, страховка и помощь."
            ),
            (
                "Што трэба ведаць грамадзянам Беларусі пра працу ў Літве: візы і дазволы, дадатковыя "
                "праверкі, працоўныя правы, страхоўка і дапамога."
            ),
            (
                "What Belarusian citizens should know about working in Lithuania: visas and permits, "
                "additional checks, employment rights, insurance and where to get help."
            ),
        ),
        "alert_level": "none",
        "alert_text": None,
        "latest_update": (
            ("Ноябрь 2026: уточнён раздел о дополнительных проверках для граждан Беларуси при оформлении документов."),
            (
                "Лістапад 2026: удакладнены раздзел пра дадатковыя праверкі для грамадзян Беларусі пры "
                "афармленні дакументаў."
            ),
            (
                "November 2026: we clarified the section on additional checks for Belarusian citizens "
                "applying for documents."
            ),
        ),
        "last_reviewed": "2026-11-03",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Литве иностранцев чаще всего нанимают водителями международных "
                                "перевозок, в строительство и на производство. Узнайте заранее название "
                                "компании и проверьте её в открытых реестрах: настоящий работодатель "
                                "зарегистрирован и нанимает официально."
                            ),
                            (
                                "У Літве замежнікаў часцей за ўсё наймаюць вадзіцелямі міжнародных "
                                "перавозак, у будаўніцтва і на вытворчасць. Даведайцеся загадзя назву "
                                "кампаніі і праверце яе ў адкрытых рэестрах: сапраўдны працадаўца "
                                "зарэгістраваны і наймае афіцыйна."
                            ),
                            (
                                "In Lithuania foreign workers are most often hired as international truck "
                                "drivers, in construction and in manufacturing. Find out the company's "
                                "name in advance and check it in the public registers: a real employer is "
                                "registered and hires officially."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Узнайте точное название и код компании-работодателя.",
                                "Даведайцеся дакладную назву і код кампаніі-працадаўцы.",
                                "Get the exact name and registration code of the employing company.",
                            ),
                            (
                                (
                                    "Водителям: уточните, в каких странах вы будете ездить и как "
                                    "оплачиваются командировочные."
                                ),
                                (
                                    "Вадзіцелям: удакладніце, у якіх краінах вы будзеце ездзіць і як "
                                    "аплачваюцца камандзіровачныя."
                                ),
                                ("Drivers: ask which countries you will drive in and how daily allowances are paid."),
                            ),
                            (
                                ("Проверьте, признаются ли в Литве ваши водительские категории и квалификация."),
                                ("Праверце, ці прызнаюцца ў Літве вашы вадзіцельскія катэгорыі і кваліфікацыя."),
                                (
                                    "Check whether your driving licence categories and qualifications are "
                                    "recognised in Lithuania."
                                ),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Остерегайтесь объявлений, где за деньги обещают «литовский ВНЖ за две "
                                "недели»: такие услуги часто оказываются обманом."
                            ),
                            (
                                "Асцерагайцеся аб’яў, дзе за грошы абяцаюць «літоўскі від на жыхарства за "
                                "два тыдні»: такія паслугі часта аказваюцца падманам."
                            ),
                            (
                                "Beware of adverts promising a 'Lithuanian residence permit in two weeks' "
                                "for a fee: such services often turn out to be a scam."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Для работы гражданину Беларуси обычно нужны национальная виза D или "
                                "временный вид на жительство, а также разрешение на работу или решение о "
                                "соответствии работы потребностям рынка труда, которое выдаёт Служба "
                                "занятости. В последние годы Литва ввела для граждан Беларуси "
                                "дополнительные проверки, поэтому оформление может занять больше времени, "
                                "чем обещает посредник."
                            ),
                            (
                                "Каб працаваць, грамадзяніну Беларусі звычайна патрэбныя нацыянальная "
                                "віза D або часовы від на жыхарства, а таксама дазвол на працу або "
                                "рашэнне аб адпаведнасці працы патрэбам рынку працы, якое выдае Служба "
                                "занятасці. У апошнія гады Літва ўвяла для грамадзян Беларусі дадатковыя "
                                "праверкі, таму афармленне можа заняць больш часу, чым абяцае пасрэднік."
                            ),
                            (
                                "To work, a Belarusian citizen usually needs a national D visa or a "
                                "temporary residence permit, plus a work permit or a decision that the "
                                "job meets labour market needs, issued by the Employment Service. In "
                                "recent years Lithuania has introduced additional checks for Belarusian "
                                "citizens, so processing may take longer than a middleman promises."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Трудовой договор в Литве заключается письменно до начала работы.",
                                "Працоўны дагавор у Літве заключаецца пісьмова да пачатку працы.",
                                ("In Lithuania an employment contract is signed in writing before work starts."),
                            ),
                            (
                                "Попросите перевод договора, если он только на литовском языке.",
                                "Папрасіце пераклад дагавора, калі ён толькі на літоўскай мове.",
                                "Ask for a translation if the contract is only in Lithuanian.",
                            ),
                            (
                                "Следите за сроком действия визы или ВНЖ и подавайте на продление заранее.",
                                (
                                    "Сачыце за тэрмінам дзеяння візы або віду на жыхарства і падавайце на "
                                    "падаўжэнне загадзя."
                                ),
                                (
                                    "Keep track of when your visa or residence permit expires and apply "
                                    "to extend it in good time."
                                ),
                            ),
                            (
                                (
                                    "Смена работодателя обычно требует новых документов — уточните "
                                    "правила до увольнения."
                                ),
                                (
                                    "Змена працадаўцы звычайна патрабуе новых дакументаў — удакладніце "
                                    "правілы да звальнення."
                                ),
                                ("Changing employer usually requires new documents — check the rules before you quit."),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Иностранные работники в Литве имеют право на минимальную зарплату, "
                                "оплачиваемый отпуск и оплату сверхурочной работы наравне с местными. "
                                "Нарушения можно обжаловать в Государственной инспекции труда; при ней "
                                "работают комиссии по трудовым спорам, куда можно обратиться без адвоката."
                            ),
                            (
                                "Замежныя работнікі ў Літве маюць права на мінімальны заробак, аплачваны "
                                "адпачынак і аплату звышурочнай працы нароўні з мясцовымі. Парушэнні "
                                "можна абскардзіць у Дзяржаўнай інспекцыі працы; пры ёй працуюць камісіі "
                                "па працоўных спрэчках, куды можна звярнуцца без адваката."
                            ),
                            (
                                "Foreign workers in Lithuania are entitled to the minimum wage, paid "
                                "annual leave and overtime pay on the same terms as local workers. You "
                                "can complain about violations to the State Labour Inspectorate, which "
                                "also runs labour dispute commissions that you can approach without a "
                                "lawyer."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Водителям: сохраняйте данные тахографа и путевые листы.",
                                "Вадзіцелям: захоўвайце даныя тахографа і падарожныя лісты.",
                                "Drivers: keep your tachograph data and trip sheets.",
                            ),
                            (
                                "Требуйте расчётный листок с разбивкой зарплаты и удержаний.",
                                "Патрабуйце разліковы лісток з разбіўкай заробку і ўтрыманняў.",
                                "Ask for a payslip showing your pay and deductions.",
                            ),
                            (
                                "Отдых между рейсами и сменами — ваше право, а не милость работодателя.",
                                "Адпачынак паміж рэйсамі і зменамі — ваша права, а не ласка працадаўцы.",
                                ("Rest between trips and shifts is your right, not a favour from the employer."),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Если вас заставляют подписать задним числом документы о штрафах за "
                                "повреждение груза или машины, не подписывайте их и обратитесь за "
                                "консультацией."
                            ),
                            (
                                "Калі вас прымушаюць падпісаць заднім чыслом дакументы пра штрафы за "
                                "пашкоджанне грузу або машыны, не падпісвайце іх і звярніцеся па "
                                "кансультацыю."
                            ),
                            (
                                "If you are pressed to sign backdated documents about fines for damage to "
                                "cargo or a vehicle, do not sign them and get advice."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Работник по трудовому договору в Литве застрахован в системе "
                                "обязательного медицинского страхования, взносы удерживает работодатель. "
                                "Пока документы оформляются, а также для визы нужна частная медицинская "
                                "страховка; уточните, покрывает ли она несчастные случаи на работе."
                            ),
                            (
                                "Работнік па працоўным дагаворы ў Літве застрахаваны ў сістэме "
                                "абавязковага медыцынскага страхавання, унёскі ўтрымлівае працадаўца. "
                                "Пакуль дакументы афармляюцца, а таксама для візы патрэбная прыватная "
                                "медыцынская страхоўка; удакладніце, ці пакрывае яна няшчасныя выпадкі на "
                                "працы."
                            ),
                            (
                                "An employee with an employment contract in Lithuania is covered by "
                                "compulsory health insurance, with contributions deducted by the "
                                "employer. While your documents are being processed, and for the visa, "
                                "you need private medical insurance; check whether it covers accidents at "
                                "work."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Зарегистрируйтесь у семейного врача в поликлинике по месту жительства.",
                                "Зарэгіструйцеся ў сямейнага лекара ў паліклініцы па месцы жыхарства.",
                                "Register with a family doctor at your local health centre.",
                            ),
                            (
                                "Экстренную помощь по номеру 112 оказывают всем.",
                                "Экстранную дапамогу па нумары 112 аказваюць усім.",
                                "Emergency help on 112 is given to everyone.",
                            ),
                            (
                                "Сохраняйте больничные листы и медицинские заключения.",
                                "Захоўвайце бальнічныя лісты і медыцынскія заключэнні.",
                                "Keep your sick notes and medical reports.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если работодатель не платит, удерживает документы или угрожает, "
                                "обратитесь в Государственную инспекцию труда, в полицию по номеру 112 "
                                "или в посольство Беларуси в Вильнюсе. Горячая линия подскажет, куда "
                                "обратиться в вашем городе."
                            ),
                            (
                                "Калі працадаўца не плаціць, утрымлівае дакументы або пагражае, "
                                "звярніцеся ў Дзяржаўную інспекцыю працы, у паліцыю па нумары 112 або ў "
                                "пасольства Беларусі ў Вільнюсе. Гарачая лінія падкажа, куды звярнуцца ў "
                                "вашым горадзе."
                            ),
                            (
                                "If your employer does not pay you, keeps your documents or threatens "
                                "you, contact the State Labour Inspectorate, the police on 112, or the "
                                "Belarusian embassy in Vilnius. The hotline can tell you where to go in "
                                "your town."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Записывайте даты, суммы и имена людей, с которыми вы говорили.",
                                "Запісвайце даты, сумы і імёны людзей, з якімі вы размаўлялі.",
                                "Write down dates, amounts and the names of people you spoke to.",
                            ),
                            (
                                "Не отдавайте оригиналы документов, показывайте копии.",
                                "Не аддавайце арыгіналы дакументаў, паказвайце копіі.",
                                "Do not hand over original documents; show copies.",
                            ),
                            (
                                (
                                    "Если вы водитель и вас бросили в рейсе, сообщите близким и на "
                                    "горячую линию, где вы находитесь."
                                ),
                                (
                                    "Калі вы вадзіцель і вас кінулі ў рэйсе, паведаміце блізкім і на "
                                    "гарачую лінію, дзе вы знаходзіцеся."
                                ),
                                (
                                    "If you are a driver and have been abandoned on a trip, tell your "
                                    "family and the hotline where you are."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Перед возвращением попросите у работодателя справку о работе и заработке "
                                "и убедитесь, что последний расчёт получен. Если вы уезжаете насовсем, "
                                "уточните, что делать с литовским видом на жительство и банковским счётом."
                            ),
                            (
                                "Перад вяртаннем папрасіце ў працадаўцы даведку пра працу і заробак і "
                                "пераканайцеся, што апошні разлік атрыманы. Калі вы з’язджаеце назаўсёды, "
                                "удакладніце, што рабіць з літоўскім відам на жыхарства і банкаўскім "
                                "рахункам."
                            ),
                            (
                                "Before you return, ask your employer for a statement of your employment "
                                "and earnings and make sure you have received your final pay. If you are "
                                "leaving for good, find out what to do with your Lithuanian residence "
                                "permit and bank account."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                ("Сохраните договоры и расчётные листки: они понадобятся, чтобы подтвердить стаж."),
                                ("Захавайце дагаворы і разліковыя лісткі: яны спатрэбяцца, каб пацвердзіць стаж."),
                                ("Keep your contracts and payslips: you will need them to prove your work record."),
                            ),
                            (
                                ("Узнайте в органах социальной защиты, как работа за границей учитывается для пенсии."),
                                ("Даведайцеся ў органах сацыяльнай абароны, як праца за мяжой улічваецца для пенсіі."),
                                ("Ask the social protection office how work abroad counts towards your pension."),
                            ),
                            (
                                "Если нужна помощь с дорогой домой, позвоните на горячую линию заранее.",
                                ("Калі патрэбна дапамога з дарогай дадому, патэлефануйце на гарачую лінію загадзя."),
                                "If you need help getting home, call the hotline in advance.",
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в Литве",
                    "Пасольства Рэспублікі Беларусь у Літве",
                    "Embassy of the Republic of Belarus in Lithuania",
                ),
                "phones": ["+370 5 000 0001"],
                "address": (
                    "Pavyzdžio g. 1, Вильнюс",
                    "Pavyzdžio g. 1, Вільнюс",
                    "Pavyzdžio g. 1, Vilnius",
                ),
                "hours": (
                    "Пн–Пт 9:00–13:00, по предварительной записи",
                    "Пн–Пт 9:00–13:00, па папярэднім запісе",
                    "Mon–Fri 9:00–13:00, by appointment",
                ),
                "website": "https://example.org/by-embassy-lt",
            },
            {
                "kind": "emergency",
                "name": (
                    "Единый номер экстренных служб Литвы",
                    "Адзіны нумар экстранных службаў Літвы",
                    "Lithuania's single emergency number",
                ),
                "phones": ["112"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Центр консультаций для трудовых мигрантов (Вильнюс)",
                    "Цэнтр кансультацый для працоўных мігрантаў (Вільнюс)",
                    "Migrant Workers' Advice Centre (Vilnius)",
                ),
                "phones": ["+370 5 000 0002"],
                "address": (
                    "Pavyzdžio g. 20, Вильнюс",
                    "Pavyzdžio g. 20, Вільнюс",
                    "Pavyzdžio g. 20, Vilnius",
                ),
                "hours": (
                    "Пн–Пт 10:00–17:00",
                    "Пн–Пт 10:00–17:00",
                    "Mon–Fri 10:00–17:00",
                ),
                "website": "https://example.org/migrant-advice-lt",
            },
            {
                "kind": "ngo",
                "name": (
                    "Профсоюз водителей международных перевозок — линия помощи",
                    "Прафсаюз вадзіцеляў міжнародных перавозак — лінія дапамогі",
                    "International Drivers' Trade Union — help line",
                ),
                "phones": ["+370 5 000 0003"],
                "address": (
                    "Pavyzdžio g. 45, Каунас",
                    "Pavyzdžio g. 45, Каўнас",
                    "Pavyzdžio g. 45, Kaunas",
                ),
                "hours": (
                    "Ежедневно 8:00–20:00",
                    "Штодня 8:00–20:00",
                    "Daily 8:00–20:00",
                ),
                "website": "https://example.org/drivers-union-lt",
            },
        ],
    },
    {
        "code": "RU",
        "slug": "russia",
        "title": (
            "Россия",
            "Расія",
            "Russia",
        ),
        "synonyms": [
            "Россия",
            "Расія",
            "Russia",
            "Rossiya",
            "Rasija",
            "Российская Федерация",
            "Расійская Федэрацыя",
            "Russian Federation",
            "РФ",
        ],
        "summary": (
            (
                "Работа в России для граждан Беларуси: без разрешения на работу, но с обязательной "
                "регистрацией по месту пребывания, письменным договором и вниманием к условиям труда."
            ),
            (
                "Праца ў Расіі для грамадзян Беларусі: без дазволу на працу, але з абавязковай "
                "рэгістрацыяй па месцы знаходжання, пісьмовым дагаворам і ўвагай да ўмоў працы."
            ),
            (
                "Working in Russia as a Belarusian citizen: no work permit is needed, but you must "
                "register where you stay, have a written contract and keep an eye on your working "
                "conditions."
            ),
        ),
        "alert_level": "caution",
        "alert_text": (
            (
                "Участились предложения вахтовой работы с очень высокой оплатой и размытыми "
                "обязанностями, а также платные «услуги по регистрации» с поддельными документами. "
                "Проверяйте каждое предложение на горячей линии."
            ),
            (
                "Пачасціліся прапановы вахтавай працы з вельмі высокай аплатай і размытымі абавязкамі, а "
                "таксама платныя «паслугі па рэгістрацыі» з падробленымі дакументамі. Правярайце кожную "
                "прапанову на гарачай лініі."
            ),
            (
                "We are seeing more offers of rotation work with very high pay and vague duties, and paid "
                "'registration services' that supply forged documents. Check any offer with the hotline."
            ),
        ),
        "latest_update": (
            (
                "Сентябрь 2026: раздел о регистрации по месту пребывания дополнен напоминанием о сроках и "
                "о том, кто подаёт уведомление."
            ),
            (
                "Верасень 2026: раздзел пра рэгістрацыю па месцы знаходжання дапоўнены напамінам пра "
                "тэрміны і пра тое, хто падае паведамленне."
            ),
            (
                "September 2026: the section on registering where you stay now includes a reminder about "
                "deadlines and who files the notification."
            ),
        ),
        "last_reviewed": "2026-09-17",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Граждане Беларуси работают в России в основном на тех же условиях, что и "
                                "граждане России, но это не защищает от недобросовестных работодателей. "
                                "Особенно внимательно проверяйте вахтовую работу: кто платит за дорогу и "
                                "жильё, где вы будете жить и как выплачивается зарплата."
                            ),
                            (
                                "Грамадзяне Беларусі працуюць у Расіі ў асноўным на тых жа ўмовах, што і "
                                "грамадзяне Расіі, але гэта не абараняе ад несумленных працадаўцаў. "
                                "Асабліва ўважліва правярайце вахтавую працу: хто плаціць за дарогу і "
                                "жыллё, дзе вы будзеце жыць і як выплачваецца заробак."
                            ),
                            (
                                "Belarusian citizens work in Russia largely on the same terms as Russian "
                                "citizens, but that does not protect you from dishonest employers. Be "
                                "especially careful with rotation (fly-in, fly-out) jobs: who pays for "
                                "travel and housing, where you will live and how your wages are paid."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Проверьте работодателя по ИНН в открытых реестрах.",
                                "Праверце працадаўцу па ІНН у адкрытых рэестрах.",
                                "Check the employer's tax number (INN) in the public registers.",
                            ),
                            (
                                "Узнайте адрес объекта и место проживания до выезда.",
                                "Даведайцеся адрас аб’екта і месца пражывання да ад’езду.",
                                "Find out the site address and where you will live before you leave.",
                            ),
                            (
                                "Не соглашайтесь «отрабатывать» билет и жильё без письменных условий.",
                                "Не пагаджайцеся «адпрацоўваць» білет і жыллё без пісьмовых умоў.",
                                "Do not agree to 'work off' your ticket and housing without written terms.",
                            ),
                            (
                                "Договоритесь с близкими о времени регулярной связи.",
                                "Дамоўцеся з блізкімі пра час рэгулярнай сувязі.",
                                "Agree on regular times to get in touch with your family.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Работа «без оформления» лишает вас защиты: при травме или невыплате "
                                "доказать, что вы работали, будет очень трудно."
                            ),
                            (
                                "Праца «без афармлення» пазбаўляе вас абароны: пры траўме або нявыплаце "
                                "даказаць, што вы працавалі, будзе вельмі цяжка."
                            ),
                            (
                                "Working 'off the books' leaves you unprotected: if you are injured or "
                                "not paid, it will be very hard to prove that you worked there."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Благодаря правилам Евразийского экономического союза и Союзного "
                                "государства гражданам Беларуси не нужны разрешение на работу или патент. "
                                "Однако нужно встать на миграционный учёт по месту пребывания в "
                                "установленный срок, а работодатель, как правило, уведомляет миграционные "
                                "органы о найме иностранного гражданина. Правила меняются, поэтому "
                                "проверяйте их перед поездкой."
                            ),
                            (
                                "Дзякуючы правілам Еўразійскага эканамічнага саюза і Саюзнай дзяржавы "
                                "грамадзянам Беларусі не патрэбныя дазвол на працу або патэнт. Аднак "
                                "трэба стаць на міграцыйны ўлік па месцы знаходжання ў вызначаны тэрмін, "
                                "а працадаўца, як правіла, паведамляе міграцыйным органам пра наём "
                                "замежнага грамадзяніна. Правілы мяняюцца, таму правярайце іх перад "
                                "паездкай."
                            ),
                            (
                                "Under the rules of the Eurasian Economic Union and the Union State, "
                                "Belarusian citizens do not need a work permit or a patent. You must, "
                                "however, register with the migration authorities where you stay within "
                                "the set deadline, and the employer usually notifies the migration "
                                "authorities that it has hired a foreign national. The rules change, so "
                                "check them before you travel."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Уведомление о прибытии подаёт принимающая сторона — владелец жилья "
                                    "или работодатель; сохраните отрывную часть бланка."
                                ),
                                (
                                    "Паведамленне пра прыбыццё падае прымаючы бок — уладальнік жылля або "
                                    "працадаўца; захавайце адрыўную частку бланка."
                                ),
                                (
                                    "The notice of arrival is filed by your host — the landlord or the "
                                    "employer; keep the tear-off slip."
                                ),
                            ),
                            (
                                ("Трудовой договор заключается в письменной форме, один экземпляр остаётся у вас."),
                                ("Працоўны дагавор заключаецца ў пісьмовай форме, адзін асобнік застаецца ў вас."),
                                "An employment contract is made in writing, and one copy stays with you.",
                            ),
                            (
                                (
                                    "Гражданско-правовой договор не даёт права на отпуск и больничный — "
                                    "уточните, какой договор вам предлагают."
                                ),
                                (
                                    "Грамадзянска-прававы дагавор не дае права на адпачынак і бальнічны — "
                                    "удакладніце, які дагавор вам прапануюць."
                                ),
                                (
                                    "A civil-law contract does not give you paid leave or sick pay — find "
                                    "out which kind of contract you are being offered."
                                ),
                            ),
                            (
                                (
                                    "Не покупайте «регистрацию» у посредников: учёт по адресу, где вы не "
                                    "живёте, незаконен."
                                ),
                                (
                                    "Не купляйце «рэгістрацыю» ў пасрэднікаў: улік па адрасе, дзе вы не "
                                    "жывяце, незаконны."
                                ),
                                (
                                    "Do not buy 'registration' from middlemen: registering at an address "
                                    "where you do not live is illegal."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Трудовой кодекс России гарантирует официально трудоустроенным работникам "
                                "минимальный размер оплаты труда, оплачиваемый отпуск, оплату "
                                "сверхурочной работы и больничный. Зарплата выплачивается не реже двух "
                                "раз в месяц, а задержку можно обжаловать в Государственной инспекции "
                                "труда или в суде."
                            ),
                            (
                                "Працоўны кодэкс Расіі гарантуе афіцыйна працаўладкаваным работнікам "
                                "мінімальны памер аплаты працы, аплачваны адпачынак, аплату звышурочнай "
                                "працы і бальнічны. Заробак выплачваецца не радзей за два разы на месяц, "
                                "а затрымку можна абскардзіць у Дзяржаўнай інспекцыі працы або ў судзе."
                            ),
                            (
                                "Russia's Labour Code guarantees formally employed workers a minimum "
                                "wage, paid leave, overtime pay and sick pay. Wages must be paid at least "
                                "twice a month, and you can complain about late payment to the State "
                                "Labour Inspectorate or to a court."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Требуйте расчётный листок при каждой выплате.",
                                "Патрабуйце разліковы лісток пры кожнай выплаце.",
                                "Ask for a payslip with every payment.",
                            ),
                            (
                                "Сохраняйте пропуск, фото табеля и переписку в рабочих чатах.",
                                "Захоўвайце пропуск, фота табеля і перапіску ў працоўных чатах.",
                                "Keep your pass, photos of the timesheet and messages in work chats.",
                            ),
                            (
                                "На вахте уточните, как оплачиваются дни в дороге и отдых между вахтами.",
                                ("На вахце ўдакладніце, як аплачваюцца дні ў дарозе і адпачынак паміж вахтамі."),
                                ("On rotation work, ask how travel days and rest between rotations are paid."),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Никто, кроме уполномоченных государственных органов, не вправе забирать "
                                "ваш паспорт. Работодатель может попросить его только для того, чтобы "
                                "снять копию."
                            ),
                            (
                                "Ніхто, акрамя ўпаўнаважаных дзяржаўных органаў, не мае права забіраць "
                                "ваш пашпарт. Працадаўца можа папрасіць яго толькі для таго, каб зрабіць "
                                "копію."
                            ),
                            (
                                "No one except authorised state bodies has the right to take your "
                                "passport. An employer may ask for it only to make a copy."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Граждане Беларуси, работающие в России по трудовому договору, получают "
                                "полис обязательного медицинского страхования и могут лечиться в "
                                "государственных клиниках. Скорая и неотложная помощь оказывается "
                                "бесплатно; для остального, пока полис не оформлен, понадобится "
                                "добровольная страховка."
                            ),
                            (
                                "Грамадзяне Беларусі, якія працуюць у Расіі па працоўным дагаворы, "
                                "атрымліваюць поліс абавязковага медыцынскага страхавання і могуць "
                                "лячыцца ў дзяржаўных клініках. Хуткая і неадкладная дапамога аказваецца "
                                "бясплатна; для астатняга, пакуль поліс не аформлены, спатрэбіцца "
                                "добраахвотная страхоўка."
                            ),
                            (
                                "Belarusian citizens working in Russia under an employment contract "
                                "receive a compulsory medical insurance (OMS) policy and can be treated "
                                "at public clinics. Emergency and urgent care is free; for anything else "
                                "you will need voluntary insurance until your policy is issued."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Оформите полис ОМС сразу после трудоустройства.",
                                ("Аформіце поліс абавязковага медыцынскага страхавання адразу пасля працаўладкавання."),
                                "Get your OMS health insurance policy as soon as you are employed.",
                            ),
                            (
                                ("Несчастный случай на производстве должен быть расследован и оформлен актом."),
                                ("Няшчасны выпадак на вытворчасці павінен быць расследаваны і аформлены актам."),
                                ("An accident at work must be investigated and recorded in an official report."),
                            ),
                            (
                                "Не соглашайтесь скрывать травму ради премии или «чтобы не было проблем».",
                                "Не пагаджайцеся хаваць траўму дзеля прэміі або «каб не было праблем».",
                                "Do not agree to hide an injury for a bonus or 'to avoid trouble'.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если зарплату задерживают, документы отобрали или вас не отпускают с "
                                "объекта, позвоните в полицию по номеру 112 или 102, в посольство "
                                "Беларуси в Москве или ближайшее консульство, а также на горячую линию. "
                                "Жалобу на работодателя можно подать в инспекцию труда и в прокуратуру."
                            ),
                            (
                                "Калі заробак затрымліваюць, дакументы адабралі або вас не адпускаюць з "
                                "аб’екта, патэлефануйце ў паліцыю па нумары 112 або 102, у пасольства "
                                "Беларусі ў Маскве або бліжэйшае консульства, а таксама на гарачую лінію. "
                                "Скаргу на працадаўцу можна падаць у інспекцыю працы і ў пракуратуру."
                            ),
                            (
                                "If your wages are late, your documents have been taken or you are not "
                                "allowed to leave the site, call the police on 112 or 102, the Belarusian "
                                "embassy in Moscow or the nearest consulate, and the hotline. You can "
                                "file a complaint against the employer with the labour inspectorate and "
                                "the prosecutor's office."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Запомните или запишите точный адрес, где вы находитесь.",
                                "Запомніце або запішыце дакладны адрас, дзе вы знаходзіцеся.",
                                "Memorise or write down the exact address where you are.",
                            ),
                            (
                                "Свяжитесь с другими работниками: коллективная жалоба весомее.",
                                "Звяжыцеся з іншымі работнікамі: калектыўная скарга больш важкая.",
                                "Get in touch with other workers: a joint complaint carries more weight.",
                            ),
                            (
                                (
                                    "Если паспорт утерян, консульство выдаст свидетельство на возвращение "
                                    "в Республику Беларусь."
                                ),
                                (
                                    "Калі пашпарт страчаны, консульства выдасць пасведчанне на вяртанне ў "
                                    "Рэспубліку Беларусь."
                                ),
                                (
                                    "If your passport is lost, the consulate can issue a certificate of "
                                    "return to the Republic of Belarus."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "По возвращении сохраните трудовой договор, справки о доходах и сведения "
                                "о трудовой деятельности: стаж работы в России учитывается для пенсии по "
                                "правилам международных соглашений. Уточните порядок в органах социальной "
                                "защиты."
                            ),
                            (
                                "Пасля вяртання захавайце працоўны дагавор, даведкі пра даходы і звесткі "
                                "пра працоўную дзейнасць: стаж працы ў Расіі ўлічваецца для пенсіі "
                                "паводле правілаў міжнародных пагадненняў. Удакладніце парадак у органах "
                                "сацыяльнай абароны."
                            ),
                            (
                                "When you come back, keep your employment contract, income statements and "
                                "records of your work history: periods of work in Russia count towards "
                                "your pension under international agreements. Ask the social protection "
                                "office how it works."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "При увольнении попросите у работодателя сведения о трудовой деятельности.",
                                "Пры звальненні папрасіце ў працадаўцы звесткі пра працоўную дзейнасць.",
                                "When you leave, ask your employer for your employment record.",
                            ),
                            (
                                "Получите окончательный расчёт в день увольнения.",
                                "Атрымайце канчатковы разлік у дзень звальнення.",
                                "Get your final pay on your last working day.",
                            ),
                            (
                                "Возьмите справку о доходах и удержанных налогах.",
                                "Вазьміце даведку пра даходы і ўтрыманыя падаткі.",
                                "Get a statement of your income and the taxes withheld.",
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в России (консульский отдел)",
                    "Пасольства Рэспублікі Беларусь у Расіі (консульскі аддзел)",
                    "Embassy of the Republic of Belarus in Russia (consular section)",
                ),
                "phones": ["+7 495 000-00-01"],
                "address": (
                    "Москва, ул. Примерная, 1",
                    "Масква, вул. Прыкладная, 1",
                    "1 Primernaya St, Moscow",
                ),
                "hours": (
                    "Пн–Пт 9:00–17:00, приём по предварительной записи",
                    "Пн–Пт 9:00–17:00, прыём па папярэднім запісе",
                    "Mon–Fri 9:00–17:00, by appointment",
                ),
                "website": "https://example.org/by-embassy-ru",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы России",
                    "Экстранныя службы Расіі",
                    "Emergency services in Russia",
                ),
                "phones": ["112", "102", "103"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Консультационный центр для трудовых мигрантов (Москва)",
                    "Кансультацыйны цэнтр для працоўных мігрантаў (Масква)",
                    "Migrant Workers' Advice Centre (Moscow)",
                ),
                "phones": ["+7 495 000-00-02"],
                "address": (
                    "Москва, ул. Примерная, 25",
                    "Масква, вул. Прыкладная, 25",
                    "25 Primernaya St, Moscow",
                ),
                "hours": (
                    "Пн–Сб 10:00–19:00",
                    "Пн–Сб 10:00–19:00",
                    "Mon–Sat 10:00–19:00",
                ),
                "website": "https://example.org/migrant-advice-ru",
            },
            {
                "kind": "ngo",
                "name": (
                    "Профсоюз работников строительства — приёмная для мигрантов",
                    "Прафсаюз работнікаў будаўніцтва — прыёмная для мігрантаў",
                    "Construction Workers' Union — migrant desk",
                ),
                "phones": ["+7 495 000-00-03"],
                "address": (
                    "Москва, пер. Образцовый, 3",
                    "Масква, зав. Узорны, 3",
                    "3 Obraztsovy Lane, Moscow",
                ),
                "hours": (
                    "Вт и Чт 12:00–18:00",
                    "Аўт і Чц 12:00–18:00",
                    "Tue and Thu 12:00–18:00",
                ),
                "website": "https://example.org/builders-union-ru",
            },
        ],
    },
    {
        "code": "CZ",
        "slug": "czechia",
        "title": (
            "Чехия",
            "Чэхія",
            "Czechia",
        ),
        "synonyms": [
            "Чехия",
            "Чэхія",
            "Czechia",
            "Czech Republic",
            "Česko",
            "Cesko",
            "Česká republika",
            "Chekhiya",
            "Чешская Республика",
        ],
        "summary": (
            (
                "Работа в Чехии: карта сотрудника и визы, работа через кадровые агентства, права "
                "работника, обязательная страховка и помощь."
            ),
            (
                "Праца ў Чэхіі: картка супрацоўніка і візы, праца праз кадравыя агенцтвы, правы "
                "работніка, абавязковая страхоўка і дапамога."
            ),
            (
                "Working in Czechia: the employee card and visas, working through staffing agencies, your "
                "rights at work, compulsory insurance and where to get help."
            ),
        ),
        "alert_level": "none",
        "alert_text": None,
        "latest_update": (
            ("Август 2026: добавлены советы о работе через кадровые агентства и о проверке страхового полиса."),
            ("Жнівень 2026: дададзены парады пра працу праз кадравыя агенцтвы і пра праверку страхавога поліса."),
            (
                "August 2026: we added advice on working through staffing agencies and on checking your "
                "insurance policy."
            ),
        ),
        "last_reviewed": "2026-08-19",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Чехии иностранцев нанимают на заводы, склады, в строительство и "
                                "гостиничный бизнес, часто через кадровые агентства. Гражданам Беларуси "
                                "подать документы можно не во всех консульствах, а запись может быть "
                                "ограничена, поэтому заранее узнайте актуальный порядок на официальном "
                                "сайте МВД Чехии."
                            ),
                            (
                                "У Чэхіі замежнікаў наймаюць на заводы, склады, у будаўніцтва і "
                                "гасцінічны бізнес, часта праз кадравыя агенцтвы. Грамадзянам Беларусі "
                                "падаць дакументы можна не ва ўсіх консульствах, а запіс можа быць "
                                "абмежаваны, таму загадзя даведайцеся актуальны парадак на афіцыйным "
                                "сайце МУС Чэхіі."
                            ),
                            (
                                "In Czechia foreign workers are hired in factories, warehouses, "
                                "construction and hotels, often through staffing agencies. Belarusian "
                                "citizens may not be able to apply at every consulate and appointments "
                                "may be limited, so check the current procedure on the official website "
                                "of the Czech Ministry of the Interior in advance."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Узнайте, кто будет вашим работодателем: само предприятие или агентство.",
                                "Даведайцеся, хто будзе вашым працадаўцам: само прадпрыемства ці агенцтва.",
                                "Find out who will employ you: the company itself or an agency.",
                            ),
                            (
                                (
                                    "Проверьте, есть ли у агентства чешская лицензия на посредничество в "
                                    "трудоустройстве."
                                ),
                                ("Праверце, ці мае агенцтва чэшскую ліцэнзію на пасрэдніцтва ў працаўладкаванні."),
                                ("Check that the agency holds a Czech licence to provide employment services."),
                            ),
                            (
                                "Попросите фото и адрес общежития и узнайте стоимость проживания.",
                                "Папрасіце фота і адрас інтэрната і даведайцеся кошт пражывання.",
                                ("Ask for photos and the address of the hostel and find out what accommodation costs."),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Не соглашайтесь ехать по визе, выданной для другого работодателя или "
                                "другой цели: работа по «чужим» документам лишает вас защиты."
                            ),
                            (
                                "Не пагаджайцеся ехаць па візе, выдадзенай для іншага працадаўцы або "
                                "іншай мэты: праца па «чужых» дакументах пазбаўляе вас абароны."
                            ),
                            (
                                "Do not agree to travel on a visa issued for another employer or another "
                                "purpose: working on the 'wrong' papers leaves you unprotected."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Для работы дольше нескольких месяцев обычно оформляется карта сотрудника "
                                "(zaměstnanecká karta), которая одновременно даёт право на проживание и "
                                "на работу на конкретной должности. Для сезонной работы существует "
                                "отдельная виза. Договор должен быть письменным; если он только на "
                                "чешском, попросите перевод до подписания."
                            ),
                            (
                                "Для працы даўжэй за некалькі месяцаў звычайна афармляецца картка "
                                "супрацоўніка (zaměstnanecká karta), якая адначасова дае права на "
                                "пражыванне і на працу на пэўнай пасадзе. Для сезоннай працы існуе "
                                "асобная віза. Дагавор павінен быць пісьмовым; калі ён толькі на чэшскай "
                                "мове, папрасіце пераклад да падпісання."
                            ),
                            (
                                "For work longer than a few months you usually get an employee card "
                                "(zaměstnanecká karta), which is both a residence permit and a permit to "
                                "work in a specific job. Seasonal work has a separate visa. The contract "
                                "must be in writing; if it is only in Czech, ask for a translation before "
                                "you sign."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Карта сотрудника привязана к должности: о смене работы нужно заранее "
                                    "сообщить в МВД Чехии."
                                ),
                                (
                                    "Картка супрацоўніка прывязана да пасады: пра змену працы трэба "
                                    "загадзя паведаміць у МУС Чэхіі."
                                ),
                                (
                                    "The employee card is tied to a job: a change of job must be reported "
                                    "to the Czech Ministry of the Interior in advance."
                                ),
                            ),
                            (
                                ("Сравните договор с заявлением на карту: должность, зарплата, место работы."),
                                "Параўнайце дагавор з заявай на картку: пасада, заробак, месца працы.",
                                ("Compare your contract with the card application: job title, pay and place of work."),
                            ),
                            (
                                (
                                    "«Соглашения» DPP и DPČ дают меньше защиты, чем трудовой договор; "
                                    "уточните, что именно вы подписываете."
                                ),
                                (
                                    "«Пагадненні» DPP і DPČ даюць менш абароны, чым працоўны дагавор; "
                                    "удакладніце, што менавіта вы падпісваеце."
                                ),
                                (
                                    "DPP and DPČ 'agreements' give less protection than an employment "
                                    "contract; check exactly what you are signing."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Чехии действует минимальная зарплата, а работник агентства должен "
                                "получать не меньше, чем сопоставимый сотрудник предприятия, где он "
                                "фактически работает. Зарплата выплачивается раз в месяц с расчётным "
                                "листком; за сверхурочную работу полагается доплата или отгул."
                            ),
                            (
                                "У Чэхіі дзейнічае мінімальны заробак, а работнік агенцтва павінен "
                                "атрымліваць не менш, чым супастаўны супрацоўнік прадпрыемства, дзе ён "
                                "фактычна працуе. Заробак выплачваецца раз на месяц з разліковым лістком; "
                                "за звышурочную працу належыць даплата або дадатковы выхадны."
                            ),
                            (
                                "Czechia has a minimum wage, and an agency worker must be paid no less "
                                "than a comparable employee of the company where they actually work. "
                                "Wages are paid monthly with a payslip, and overtime earns extra pay or "
                                "time off in lieu."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Ведите собственный учёт смен и часов.",
                                "Вядзіце ўласны ўлік змен і гадзін.",
                                "Keep your own record of shifts and hours.",
                            ),
                            (
                                "Проверяйте удержания за общежитие и транспорт в каждом расчётном листке.",
                                "Правярайце ўтрыманні за інтэрнат і транспарт у кожным разліковым лістку.",
                                "Check the deductions for housing and transport on every payslip.",
                            ),
                            (
                                "Жалобы принимает Государственная инспекция труда, в том числе анонимные.",
                                "Скаргі прымае Дзяржаўная інспекцыя працы, у тым ліку ананімныя.",
                                ("The State Labour Inspection Office accepts complaints, including anonymous ones."),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Иностранцам, которые не входят в государственную систему, для визы и "
                                "карты нужна коммерческая медицинская страховка с полным покрытием. Если "
                                "вы работаете по трудовому договору у чешского работодателя, вы обычно "
                                "входите в государственную систему страхования — уточните это у "
                                "работодателя."
                            ),
                            (
                                "Замежнікам, якія не ўваходзяць у дзяржаўную сістэму, для візы і карткі "
                                "патрэбная камерцыйная медыцынская страхоўка з поўным пакрыццём. Калі вы "
                                "працуеце па працоўным дагаворы ў чэшскага працадаўцы, вы звычайна "
                                "ўваходзіце ў дзяржаўную сістэму страхавання — удакладніце гэта ў "
                                "працадаўцы."
                            ),
                            (
                                "Foreigners who are not covered by the public system need comprehensive "
                                "commercial health insurance for a visa or card. If you work under an "
                                "employment contract for a Czech employer, you are usually covered by "
                                "public health insurance — check this with your employer."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Уточните, какая страховая компания вас обслуживает, и носите "
                                    "карточку застрахованного с собой."
                                ),
                                (
                                    "Удакладніце, якая страхавая кампанія вас абслугоўвае, і насіце "
                                    "картку застрахаванага з сабой."
                                ),
                                "Find out which insurer covers you and carry your insurance card with you.",
                            ),
                            (
                                "Не отказывайтесь от лечения из страха потерять работу.",
                                "Не адмаўляйцеся ад лячэння са страху страціць працу.",
                                "Do not refuse treatment out of fear of losing your job.",
                            ),
                            (
                                (
                                    "О травме на работе сразу сообщите руководителю и попросите записать "
                                    "её в журнал несчастных случаев."
                                ),
                                (
                                    "Пра траўму на працы адразу паведаміце кіраўніку і папрасіце запісаць "
                                    "яе ў журнал няшчасных выпадкаў."
                                ),
                                (
                                    "Report an injury at work to your supervisor immediately and ask for "
                                    "it to be entered in the accident log."
                                ),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            ("Дешёвые полисы «только для визы» часто не покрывают реальное лечение — читайте условия."),
                            ("Танныя полісы «толькі для візы» часта не пакрываюць рэальнае лячэнне — чытайце ўмовы."),
                            ("Cheap 'visa-only' policies often do not cover real treatment — read the terms."),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если агентство не платит, отобрало документы или угрожает выселением из "
                                "общежития, обратитесь в инспекцию труда, в полицию по номеру 158 или 112 "
                                "и в посольство Беларуси в Праге. Горячая линия поможет составить жалобу "
                                "и найдёт организацию, которая поможет на месте."
                            ),
                            (
                                "Калі агенцтва не плаціць, адабрала дакументы або пагражае высяленнем з "
                                "інтэрната, звярніцеся ў інспекцыю працы, у паліцыю па нумары 158 або 112 "
                                "і ў пасольства Беларусі ў Празе. Гарачая лінія дапаможа скласці скаргу і "
                                "знойдзе арганізацыю, якая дапаможа на месцы."
                            ),
                            (
                                "If the agency does not pay you, has taken your documents or threatens to "
                                "evict you from the hostel, contact the labour inspectorate, the police "
                                "on 158 or 112, and the Belarusian embassy in Prague. The hotline can "
                                "help you write a complaint and find an organisation that can help "
                                "locally."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Сохраните расчётные листки и банковские выписки.",
                                "Захавайце разліковыя лісткі і банкаўскія выпіскі.",
                                "Keep your payslips and bank statements.",
                            ),
                            (
                                "Запишите имена и телефоны координаторов агентства.",
                                "Запішыце імёны і тэлефоны каардынатараў агенцтва.",
                                "Write down the names and phone numbers of agency coordinators.",
                            ),
                            (
                                (
                                    "Потеря работы не всегда означает немедленную потерю права на "
                                    "пребывание — уточните, сколько времени есть на поиск нового места."
                                ),
                                (
                                    "Страта працы не заўсёды азначае неадкладную страту права на "
                                    "знаходжанне — удакладніце, колькі часу ёсць на пошук новага месца."
                                ),
                                (
                                    "Losing your job does not always mean losing your right to stay "
                                    "straight away — find out how long you have to find a new one."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Перед отъездом получите окончательный расчёт и подтверждение о занятости "
                                "(potvrzení o zaměstnání). Если уезжаете насовсем, уточните в МВД Чехии, "
                                "нужно ли сдать карту, и попросите справку об уплаченных налогах: "
                                "переплату иногда можно вернуть."
                            ),
                            (
                                "Перад ад’ездам атрымайце канчатковы разлік і пацверджанне аб занятасці "
                                "(potvrzení o zaměstnání). Калі з’язджаеце назаўсёды, удакладніце ў МУС "
                                "Чэхіі, ці трэба здаць картку, і папрасіце даведку пра заплачаныя "
                                "падаткі: пераплату часам можна вярнуць."
                            ),
                            (
                                "Before you leave, get your final pay and a certificate of employment "
                                "(potvrzení o zaměstnání). If you are leaving for good, ask the Czech "
                                "Ministry of the Interior whether you need to hand in your card, and "
                                "request a statement of taxes paid: overpaid tax can sometimes be "
                                "refunded."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Расторгните договор аренды и заберите залог.",
                                "Скасуйце дагавор арэнды і забярыце заклад.",
                                "End your tenancy and get your deposit back.",
                            ),
                            (
                                "Сохраните все документы о работе в электронном виде.",
                                "Захавайце ўсе дакументы пра працу ў электронным выглядзе.",
                                "Keep electronic copies of all your employment documents.",
                            ),
                            (
                                "Дома обратитесь в службу занятости, если ищете работу.",
                                "Дома звярніцеся ў службу занятасці, калі шукаеце працу.",
                                "Back home, contact the employment service if you are looking for work.",
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в Чехии",
                    "Пасольства Рэспублікі Беларусь у Чэхіі",
                    "Embassy of the Republic of Belarus in Czechia",
                ),
                "phones": ["+420 200 000 001"],
                "address": (
                    "Vzorová 1, Прага",
                    "Vzorová 1, Прага",
                    "Vzorová 1, Prague",
                ),
                "hours": (
                    "Пн–Пт 9:00–12:00, по предварительной записи",
                    "Пн–Пт 9:00–12:00, па папярэднім запісе",
                    "Mon–Fri 9:00–12:00, by appointment",
                ),
                "website": "https://example.org/by-embassy-cz",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы Чехии",
                    "Экстранныя службы Чэхіі",
                    "Emergency services in Czechia",
                ),
                "phones": ["112", "158", "155"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Консультационный центр для иностранцев (Прага)",
                    "Кансультацыйны цэнтр для замежнікаў (Прага)",
                    "Advice Centre for Foreigners (Prague)",
                ),
                "phones": ["+420 200 000 002"],
                "address": (
                    "Vzorová 30, Прага",
                    "Vzorová 30, Прага",
                    "Vzorová 30, Prague",
                ),
                "hours": (
                    "Пн–Чт 9:00–17:00, консультации на русском языке",
                    "Пн–Чц 9:00–17:00, кансультацыі на рускай мове",
                    "Mon–Thu 9:00–17:00; advice in Russian",
                ),
                "website": "https://example.org/foreigners-advice-cz",
            },
        ],
    },
    {
        "code": "DE",
        "slug": "germany",
        "title": (
            "Германия",
            "Германія",
            "Germany",
        ),
        "synonyms": [
            "Германия",
            "Германія",
            "Нямеччына",
            "Germany",
            "Deutschland",
            "Germaniya",
            "Hiermanija",
            "ФРГ",
            "Bundesrepublik Deutschland",
        ],
        "summary": (
            (
                "Работа в Германии для граждан Беларуси: национальная виза, признание квалификации, права "
                "работника, страховка и помощь в трудной ситуации."
            ),
            (
                "Праца ў Германіі для грамадзян Беларусі: нацыянальная віза, прызнанне кваліфікацыі, "
                "правы работніка, страхоўка і дапамога ў цяжкай сітуацыі."
            ),
            (
                "Working in Germany as a Belarusian citizen: national visas, recognition of "
                "qualifications, your rights at work, insurance and getting help."
            ),
        ),
        "alert_level": "none",
        "alert_text": None,
        "latest_update": (
            "Октябрь 2026: добавлено предупреждение о «лёгкой работе на складе» без национальной визы.",
            "Кастрычнік 2026: дададзена папярэджанне пра «лёгкую працу на складзе» без нацыянальнай візы.",
            "October 2026: we added a warning about 'easy warehouse jobs' offered without a national visa.",
        ),
        "last_reviewed": "2026-10-29",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Германия ищет прежде всего квалифицированных специалистов: медиков, "
                                "инженеров, электриков, водителей, специалистов в сфере ИТ. Узнайте "
                                "заранее, признаётся ли ваш диплом или профессиональная квалификация, и "
                                "оцените свой уровень немецкого языка — от него зависят и виза, и "
                                "зарплата."
                            ),
                            (
                                "Германія шукае перш за ўсё кваліфікаваных спецыялістаў: медыкаў, "
                                "інжынераў, электрыкаў, вадзіцеляў, спецыялістаў у сферы ІТ. Даведайцеся "
                                "загадзя, ці прызнаецца ваш дыплом або прафесійная кваліфікацыя, і "
                                "ацаніце свой узровень нямецкай мовы — ад яго залежаць і віза, і заробак."
                            ),
                            (
                                "Germany mainly looks for skilled workers: health professionals, "
                                "engineers, electricians, drivers and IT specialists. Find out in advance "
                                "whether your diploma or vocational qualification is recognised, and "
                                "assess your German: both your visa and your pay depend on it."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Проверьте, нужна ли для вашей профессии процедура признания квалификации.",
                                ("Праверце, ці патрэбная для вашай прафесіі працэдура прызнання кваліфікацыі."),
                                (
                                    "Check whether your profession requires your qualification to be "
                                    "formally recognised."
                                ),
                            ),
                            (
                                "Подготовьте переводы дипломов и документов о стаже.",
                                "Падрыхтуйце пераклады дыпломаў і дакументаў пра стаж.",
                                "Prepare translations of your diplomas and proof of work experience.",
                            ),
                            (
                                (
                                    "Проверьте работодателя: у настоящей компании есть адрес, "
                                    "регистрационный номер и официальный сайт."
                                ),
                                (
                                    "Праверце працадаўцу: у сапраўднай кампаніі ёсць адрас, рэгістрацыйны "
                                    "нумар і афіцыйны сайт."
                                ),
                                (
                                    "Check the employer: a real company has an address, a registration "
                                    "number and an official website."
                                ),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Предложения «работа на складе без языка, виза не нужна» — признак "
                                "мошенничества: без национальной визы или вида на жительство работать в "
                                "Германии нельзя."
                            ),
                            (
                                "Прапановы «праца на складзе без мовы, віза не патрэбна» — прыкмета "
                                "махлярства: без нацыянальнай візы або віду на жыхарства працаваць у "
                                "Германіі нельга."
                            ),
                            (
                                "Offers of 'warehouse work, no German needed, no visa required' are a "
                                "sign of fraud: you cannot work in Germany without a national visa or a "
                                "residence permit."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Гражданину Беларуси для работы нужна национальная виза с целью "
                                "трудоустройства, которую оформляют в немецком представительстве до "
                                "выезда; затем в Германии выдаётся вид на жительство. Обычно требуются "
                                "трудовой договор или конкретное предложение работы, согласие "
                                "Федерального агентства по труду и признанная квалификация. Есть и другие "
                                "пути, например карта возможностей для поиска работы, — проверяйте "
                                "актуальные условия на официальных сайтах."
                            ),
                            (
                                "Каб працаваць, грамадзяніну Беларусі патрэбная нацыянальная віза з мэтай "
                                "працаўладкавання, якую афармляюць у нямецкім прадстаўніцтве да ад’езду; "
                                "потым у Германіі выдаецца від на жыхарства. Звычайна патрабуюцца "
                                "працоўны дагавор або канкрэтная прапанова працы, згода Федэральнага "
                                "агенцтва па працы і прызнаная кваліфікацыя. Ёсць і іншыя шляхі, "
                                "напрыклад карта магчымасцей для пошуку працы, — правярайце актуальныя "
                                "ўмовы на афіцыйных сайтах."
                            ),
                            (
                                "To work there, a Belarusian citizen needs a national visa for "
                                "employment, obtained from a German mission before departure; a residence "
                                "permit is then issued in Germany. You usually need an employment "
                                "contract or a concrete job offer, approval from the Federal Employment "
                                "Agency and a recognised qualification. There are other routes too, such "
                                "as the Opportunity Card for job seekers — check the current conditions "
                                "on official websites."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Шенгенская виза другой страны не даёт права работать в Германии.",
                                "Шэнгенская віза іншай краіны не дае права працаваць у Германіі.",
                                (
                                    "A Schengen visa issued by another country does not give you the "
                                    "right to work in Germany."
                                ),
                            ),
                            (
                                ("После приезда зарегистрируйте место жительства в местном ведомстве (Anmeldung)."),
                                ("Пасля прыезду зарэгіструйце месца жыхарства ў мясцовай установе (Anmeldung)."),
                                ("After arriving, register your address with the local authority (Anmeldung)."),
                            ),
                            (
                                ("В договоре должны быть указаны зарплата, рабочее время, отпуск и срок действия."),
                                (
                                    "У дагаворы павінны быць пазначаны заробак, працоўны час, адпачынак і "
                                    "тэрмін дзеяння."
                                ),
                                "The contract must state your pay, working hours, holidays and duration.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Германии действует общенациональная минимальная зарплата, а во многих "
                                "отраслях — ещё и отраслевые минимумы по коллективным договорам. Работник "
                                "имеет право на оплачиваемый отпуск, сохранение зарплаты во время болезни "
                                "и защиту от увольнения; бесплатно проконсультироваться на родном языке "
                                "можно в специальных консультационных службах для мигрантов."
                            ),
                            (
                                "У Германіі дзейнічае агульнанацыянальны мінімальны заробак, а ў многіх "
                                "галінах — яшчэ і галіновыя мінімумы паводле калектыўных дагавораў. "
                                "Работнік мае права на аплачваны адпачынак, захаванне заробку падчас "
                                "хваробы і абарону ад звальнення; бясплатна пракансультавацца на роднай "
                                "мове можна ў спецыяльных кансультацыйных службах для мігрантаў."
                            ),
                            (
                                "Germany has a national minimum wage, and many sectors also have higher "
                                "minimums set by collective agreements. Employees are entitled to paid "
                                "holidays, continued pay during sickness and protection against "
                                "dismissal; specialised advice services for migrants offer free "
                                "counselling in your own language."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Записывайте часы работы: это поможет доказать неоплаченные переработки.",
                                ("Запісвайце гадзіны працы: гэта дапаможа даказаць неаплачаныя перапрацоўкі."),
                                "Record your hours: it helps prove unpaid overtime.",
                            ),
                            (
                                ("Каждый месяц вы получаете расчётный лист (Lohnabrechnung) — проверяйте его."),
                                ("Кожны месяц вы атрымліваеце разліковы ліст (Lohnabrechnung) — правярайце яго."),
                                "You receive a payslip (Lohnabrechnung) every month — check it.",
                            ),
                            (
                                "Вступить в профсоюз могут и иностранцы.",
                                "Уступіць у прафсаюз могуць і замежнікі.",
                                "Foreign workers can join a trade union too.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Медицинское страхование в Германии обязательно: при трудоустройстве вы "
                                "становитесь членом государственной больничной кассы, а взносы делятся "
                                "между вами и работодателем. Для визы может понадобиться отдельная "
                                "страховка на первые дни до начала работы."
                            ),
                            (
                                "Медыцынскае страхаванне ў Германіі абавязковае: пры працаўладкаванні вы "
                                "становіцеся членам дзяржаўнай бальнічнай касы, а ўнёскі дзеляцца паміж "
                                "вамі і працадаўцам. Для візы можа спатрэбіцца асобная страхоўка на "
                                "першыя дні да пачатку працы."
                            ),
                            (
                                "Health insurance is compulsory in Germany: when you start work you join "
                                "a statutory health insurance fund, and contributions are shared between "
                                "you and your employer. For the visa, you may need separate insurance for "
                                "the first days before your job starts."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Несчастные случаи на работе покрывает отраслевое страхование "
                                    "(Berufsgenossenschaft) — сообщайте о них сразу."
                                ),
                                (
                                    "Няшчасныя выпадкі на працы пакрывае галіновае страхаванне "
                                    "(Berufsgenossenschaft) — паведамляйце пра іх адразу."
                                ),
                                (
                                    "Accidents at work are covered by statutory accident insurance "
                                    "(Berufsgenossenschaft) — report them straight away."
                                ),
                            ),
                            (
                                "Уточните у работодателя, с какого дня болезни нужна справка от врача.",
                                "Удакладніце ў працадаўцы, з якога дня хваробы патрэбна даведка ад лекара.",
                                "Ask your employer from which day of illness you need a doctor's note.",
                            ),
                            (
                                "Экстренная помощь — по номеру 112.",
                                "Экстранная дапамога — па нумары 112.",
                                "For emergency help, call 112.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если вам не платят, угрожают или удерживают ваши документы, обратитесь в "
                                "консультационную службу для работников-мигрантов, в полицию (110) или в "
                                "посольство Беларуси в Берлине. Нелегальную занятость проверяет "
                                "таможенная служба, а пострадавшие от эксплуатации имеют право на защиту "
                                "и помощь специализированных организаций."
                            ),
                            (
                                "Калі вам не плацяць, пагражаюць або ўтрымліваюць вашы дакументы, "
                                "звярніцеся ў кансультацыйную службу для работнікаў-мігрантаў, у паліцыю "
                                "(110) або ў пасольства Беларусі ў Берліне. Нелегальную занятасць "
                                "правярае мытная служба, а пацярпелыя ад эксплуатацыі маюць права на "
                                "абарону і дапамогу спецыялізаваных арганізацый."
                            ),
                            (
                                "If you are not paid, are threatened or your documents are being held, "
                                "contact an advice service for migrant workers, the police (110) or the "
                                "Belarusian embassy in Berlin. Customs checks for undeclared work, and "
                                "victims of exploitation are entitled to protection and help from "
                                "specialised organisations."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                ("Требования о выплате зарплаты ограничены сроками — не откладывайте обращение."),
                                ("Патрабаванні аб выплаце заробку абмежаваныя тэрмінамі — не адкладвайце зварот."),
                                "Wage claims have time limits — do not delay.",
                            ),
                            (
                                "Сохраните переписку, фото места работы и имена свидетелей.",
                                "Захавайце перапіску, фота месца працы і імёны сведак.",
                                "Keep messages, photos of your workplace and the names of witnesses.",
                            ),
                            (
                                (
                                    "Не подписывайте под давлением соглашение о расторжении договора "
                                    "(Aufhebungsvertrag)."
                                ),
                                ("Не падпісвайце пад ціскам пагадненне аб скасаванні дагавора (Aufhebungsvertrag)."),
                                "Do not sign a termination agreement (Aufhebungsvertrag) under pressure.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Перед возвращением снимитесь с регистрации по месту жительства "
                                "(Abmeldung), получите последнюю зарплату и справку о работе. Взносы в "
                                "немецкую пенсионную систему не пропадают: узнайте, сможете ли вы "
                                "получать пенсию или вернуть часть взносов."
                            ),
                            (
                                "Перад вяртаннем зніміцеся з рэгістрацыі па месцы жыхарства (Abmeldung), "
                                "атрымайце апошні заробак і даведку пра працу. Унёскі ў нямецкую "
                                "пенсійную сістэму не знікаюць: даведайцеся, ці зможаце вы атрымліваць "
                                "пенсію або вярнуць частку ўнёскаў."
                            ),
                            (
                                "Before you return, deregister your address (Abmeldung) and get your last "
                                "wages and a certificate of employment. Contributions to the German "
                                "pension system are not lost: find out whether you will be able to draw a "
                                "pension or have part of them refunded."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Сохраните номер социального страхования и налоговый идентификатор.",
                                "Захавайце нумар сацыяльнага страхавання і падатковы ідэнтыфікатар.",
                                "Keep your social insurance number and tax ID.",
                            ),
                            (
                                ("Подайте налоговую декларацию за последний год — нередко она приносит возврат."),
                                ("Падайце падатковую дэкларацыю за апошні год — нярэдка яна дае вяртанне грошай."),
                                "File a tax return for your last year — it often results in a refund.",
                            ),
                            (
                                "Расторгните договоры на телефон и жильё, чтобы не накопились долги.",
                                "Скасуйце дагаворы на тэлефон і жыллё, каб не назбіраліся даўгі.",
                                "Cancel your phone and rental contracts so that no debts build up.",
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в Германии",
                    "Пасольства Рэспублікі Беларусь у Германіі",
                    "Embassy of the Republic of Belarus in Germany",
                ),
                "phones": ["+49 30 0000 0001"],
                "address": (
                    "Musterstraße 1, 10000 Берлин",
                    "Musterstraße 1, 10000 Берлін",
                    "Musterstraße 1, 10000 Berlin",
                ),
                "hours": (
                    "Пн–Пт 9:00–13:00, по предварительной записи",
                    "Пн–Пт 9:00–13:00, па папярэднім запісе",
                    "Mon–Fri 9:00–13:00, by appointment",
                ),
                "website": "https://example.org/by-embassy-de",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы Германии",
                    "Экстранныя службы Германіі",
                    "Emergency services in Germany",
                ),
                "phones": ["112", "110"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Консультационная служба «Справедливый труд» (Берлин)",
                    "Кансультацыйная служба «Справядлівая праца» (Берлін)",
                    "Fair Work Advice Service (Berlin)",
                ),
                "phones": ["+49 30 0000 0002"],
                "address": (
                    "Musterstraße 20, 10000 Берлин",
                    "Musterstraße 20, 10000 Берлін",
                    "Musterstraße 20, 10000 Berlin",
                ),
                "hours": (
                    "Пн–Пт 9:00–17:00, консультации на русском языке",
                    "Пн–Пт 9:00–17:00, кансультацыі на рускай мове",
                    "Mon–Fri 9:00–17:00; advice in Russian",
                ),
                "website": "https://example.org/fair-work-de",
            },
            {
                "kind": "ngo",
                "name": (
                    "Центр помощи пострадавшим от торговли людьми",
                    "Цэнтр дапамогі пацярпелым ад гандлю людзьмі",
                    "Counselling Centre for Victims of Trafficking",
                ),
                "phones": ["+49 30 0000 0003"],
                "address": (
                    "Адрес сообщается по телефону",
                    "Адрас паведамляецца па тэлефоне",
                    "Address given by phone",
                ),
                "hours": (
                    "Пн–Пт 9:00–17:00, в остальное время — автоответчик",
                    "Пн–Пт 9:00–17:00, у астатні час — аўтаадказчык",
                    "Mon–Fri 9:00–17:00; answerphone at other times",
                ),
                "website": "https://example.org/trafficking-help-de",
            },
        ],
    },
    {
        "code": "KZ",
        "slug": "kazakhstan",
        "title": (
            "Казахстан",
            "Казахстан",
            "Kazakhstan",
        ),
        "synonyms": [
            "Казахстан",
            "Kazakhstan",
            "Qazaqstan",
            "Қазақстан",
            "Kazakstan",
            "Республика Казахстан",
            "Рэспубліка Казахстан",
            "Qazaqstan Respublikasy",
        ],
        "summary": (
            (
                "Работа в Казахстане для граждан Беларуси: правила ЕАЭС, регистрация по месту пребывания, "
                "трудовой договор, медицинская помощь и пенсионные права."
            ),
            (
                "Праца ў Казахстане для грамадзян Беларусі: правілы ЕАЭС, рэгістрацыя па месцы "
                "знаходжання, працоўны дагавор, медыцынская дапамога і пенсійныя правы."
            ),
            (
                "Working in Kazakhstan as a Belarusian citizen: EAEU rules, registering where you stay, "
                "the employment contract, medical care and pension rights."
            ),
        ),
        "alert_level": "none",
        "alert_text": None,
        "latest_update": (
            "Март 2026: добавлены сведения о пенсионном соглашении ЕАЭС.",
            "Сакавік 2026: дададзены звесткі пра пенсійнае пагадненне ЕАЭС.",
            "March 2026: we added information about the EAEU pension agreement.",
        ),
        "last_reviewed": "2026-03-18",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В Казахстане граждан Беларуси чаще всего приглашают на вахтовую работу в "
                                "нефтегазовой отрасли, в строительство и сферу услуг. Вахтовые объекты "
                                "бывают далеко от городов, поэтому заранее выясните условия проживания, "
                                "питания и дороги."
                            ),
                            (
                                "У Казахстане грамадзян Беларусі часцей за ўсё запрашаюць на вахтавую "
                                "працу ў нафтагазавай галіне, у будаўніцтва і сферу паслуг. Вахтавыя "
                                "аб’екты бываюць далёка ад гарадоў, таму загадзя высветліце ўмовы "
                                "пражывання, харчавання і дарогі."
                            ),
                            (
                                "In Kazakhstan, Belarusian citizens are most often offered rotation work "
                                "in the oil and gas industry, construction and services. Rotation sites "
                                "can be far from towns, so find out about accommodation, meals and travel "
                                "in advance."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Узнайте юридическое название работодателя и его БИН.",
                                "Даведайцеся юрыдычную назву працадаўцы і яго БІН.",
                                "Get the employer's legal name and business identification number (BIN).",
                            ),
                            (
                                "Уточните, кто оплачивает дорогу до вахты и обратно.",
                                "Удакладніце, хто аплачвае дарогу да вахты і назад.",
                                "Ask who pays for travel to the site and back.",
                            ),
                            (
                                "Возьмите с собой запас лекарств, которые вы принимаете постоянно.",
                                "Вазьміце з сабой запас лекаў, якія вы прымаеце пастаянна.",
                                "Take a supply of any medicines you take regularly.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Как гражданам государства — члена ЕАЭС, белорусам не нужно разрешение на "
                                "работу в Казахстане. После въезда нужно зарегистрироваться по месту "
                                "пребывания в установленный срок, обычно это делает принимающая сторона; "
                                "трудовой договор заключается письменно на казахском или русском языке."
                            ),
                            (
                                "Як грамадзянам дзяржавы — члена ЕАЭС, беларусам не патрэбны дазвол на "
                                "працу ў Казахстане. Пасля ўезду трэба зарэгістравацца па месцы "
                                "знаходжання ў вызначаны тэрмін, звычайна гэта робіць прымаючы бок; "
                                "працоўны дагавор заключаецца пісьмова на казахскай або рускай мове."
                            ),
                            (
                                "As citizens of an EAEU member state, Belarusians do not need a work "
                                "permit in Kazakhstan. After arrival you must register where you stay "
                                "within the set deadline, usually through your host; the employment "
                                "contract is made in writing in Kazakh or Russian."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Храните подтверждение регистрации вместе с паспортом.",
                                "Захоўвайце пацверджанне рэгістрацыі разам з пашпартам.",
                                "Keep proof of registration with your passport.",
                            ),
                            (
                                "Проверьте, что в договоре указаны зарплата, режим вахты и место работы.",
                                "Праверце, што ў дагаворы пазначаны заробак, рэжым вахты і месца працы.",
                                ("Check that the contract states your pay, rotation schedule and place of work."),
                            ),
                            (
                                "Продлевайте регистрацию, если остаётесь дольше, чем планировали.",
                                "Падаўжайце рэгістрацыю, калі застаяцеся даўжэй, чым планавалі.",
                                "Extend your registration if you stay longer than planned.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Если вместо трудового договора вам предлагают на вахту «договор "
                                "подряда», вы можете остаться без оплаты больничного и без защиты при "
                                "травме."
                            ),
                            (
                                "Калі замест працоўнага дагавора вам прапануюць на вахту «дагавор "
                                "падраду», вы можаце застацца без аплаты бальнічнага і без абароны пры "
                                "траўме."
                            ),
                            (
                                "If you are offered a 'service contract' instead of an employment "
                                "contract for rotation work, you may be left without sick pay or "
                                "protection if you are injured."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Трудовые права работника из ЕАЭС в Казахстане такие же, как у местных: "
                                "минимальная зарплата, отпуск, оплата сверхурочных и вахтовая надбавка, "
                                "если она предусмотрена договором. Жалобы на нарушения рассматривает "
                                "государственная инспекция труда."
                            ),
                            (
                                "Працоўныя правы работніка з ЕАЭС у Казахстане такія ж, як у мясцовых: "
                                "мінімальны заробак, адпачынак, аплата звышурочных і вахтавая надбаўка, "
                                "калі яна прадугледжана дагаворам. Скаргі на парушэнні разглядае "
                                "дзяржаўная інспекцыя працы."
                            ),
                            (
                                "A worker from the EAEU has the same employment rights in Kazakhstan as "
                                "local workers: the minimum wage, paid leave, overtime pay and a rotation "
                                "allowance where the contract provides for one. Complaints are handled by "
                                "the state labour inspectorate."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Ведите учёт отработанных дней и смен.",
                                "Вядзіце ўлік адпрацаваных дзён і змен.",
                                "Keep track of the days and shifts you work.",
                            ),
                            (
                                "Требуйте выплату зарплаты на карту или под подпись.",
                                "Патрабуйце выплату заробку на картку або пад подпіс.",
                                "Insist on being paid to a card or against your signature.",
                            ),
                            (
                                "Не оставляйте паспорт на хранение бригадиру или коменданту общежития.",
                                "Не пакідайце пашпарт на захоўванне брыгадзіру або каменданту інтэрната.",
                                "Do not leave your passport with a foreman or a hostel manager.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Граждане ЕАЭС, работающие в Казахстане, и члены их семей имеют право на "
                                "медицинскую помощь в системе обязательного социального медицинского "
                                "страхования при уплате взносов. Скорая помощь оказывается бесплатно; "
                                "уточните у работодателя, как прикрепиться к поликлинике."
                            ),
                            (
                                "Грамадзяне ЕАЭС, якія працуюць у Казахстане, і члены іх сем’яў маюць "
                                "права на медыцынскую дапамогу ў сістэме абавязковага сацыяльнага "
                                "медыцынскага страхавання пры ўплаце ўнёскаў. Хуткая дапамога аказваецца "
                                "бясплатна; удакладніце ў працадаўцы, як прымацавацца да паліклінікі."
                            ),
                            (
                                "EAEU citizens working in Kazakhstan and their families are entitled to "
                                "care under compulsory social health insurance once contributions are "
                                "paid. Ambulance care is free; ask your employer how to register with a "
                                "clinic."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "На удалённых объектах узнайте, где ближайший медпункт.",
                                "На аддаленых аб’ектах даведайцеся, дзе бліжэйшы медпункт.",
                                "At remote sites, find out where the nearest first-aid post is.",
                            ),
                            (
                                "Несчастный случай на производстве оформляется актом — попросите копию.",
                                "Няшчасны выпадак на вытворчасці афармляецца актам — папрасіце копію.",
                                "An accident at work is recorded in an official report — ask for a copy.",
                            ),
                            (
                                ("Летом и зимой климат бывает экстремальным: требуйте спецодежду и средства защиты."),
                                ("Улетку і ўзімку клімат бывае экстрэмальным: патрабуйце спецвопратку і сродкі аховы."),
                                (
                                    "Summers and winters can be extreme: insist on proper workwear and "
                                    "protective equipment."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "При невыплате зарплаты, угрозах или удержании документов звоните в "
                                "полицию по номеру 102 или 112, в посольство Беларуси в Астане и на "
                                "горячую линию. Инспекция труда и прокуратура принимают жалобы от "
                                "иностранных работников."
                            ),
                            (
                                "Пры нявыплаце заробку, пагрозах або ўтрыманні дакументаў тэлефануйце ў "
                                "паліцыю па нумары 102 або 112, у пасольства Беларусі ў Астане і на "
                                "гарачую лінію. Інспекцыя працы і пракуратура прымаюць скаргі ад замежных "
                                "работнікаў."
                            ),
                            (
                                "If you are not paid, are threatened or your documents are held, call the "
                                "police on 102 or 112, the Belarusian embassy in Astana, and the hotline. "
                                "The labour inspectorate and the prosecutor's office accept complaints "
                                "from foreign workers."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Сообщите близким название объекта и ближайший населённый пункт.",
                                "Паведаміце блізкім назву аб’екта і бліжэйшы населены пункт.",
                                "Tell your family the name of the site and the nearest town or village.",
                            ),
                            (
                                "Храните фото договора и пропуска в телефоне и в облаке.",
                                "Захоўвайце фота дагавора і пропуска ў тэлефоне і ў воблаку.",
                                "Keep photos of your contract and pass on your phone and in cloud storage.",
                            ),
                            (
                                ("Если вы потеряли паспорт, обратитесь в посольство за свидетельством на возвращение."),
                                ("Калі вы страцілі пашпарт, звярніцеся ў пасольства па пасведчанне на вяртанне."),
                                ("If you have lost your passport, ask the embassy for a certificate of return."),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "По пенсионному соглашению ЕАЭС стаж работы в Казахстане учитывается при "
                                "назначении пенсии. Перед отъездом получите справку о работе и выписку о "
                                "пенсионных взносах и уточните, как распорядиться накоплениями в "
                                "казахстанском пенсионном фонде."
                            ),
                            (
                                "Паводле пенсійнага пагаднення ЕАЭС стаж працы ў Казахстане ўлічваецца "
                                "пры прызначэнні пенсіі. Перад ад’ездам атрымайце даведку пра працу і "
                                "выпіску пра пенсійныя ўнёскі і ўдакладніце, як распарадзіцца "
                                "зберажэннямі ў казахстанскім пенсійным фондзе."
                            ),
                            (
                                "Under the EAEU pension agreement, your work record in Kazakhstan counts "
                                "when your pension is calculated. Before you leave, get a certificate of "
                                "employment and a statement of your pension contributions, and find out "
                                "what to do with your savings in the Kazakh pension fund."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Получите окончательный расчёт до отъезда с вахты.",
                                "Атрымайце канчатковы разлік да ад’езду з вахты.",
                                "Get your final pay before you leave the site.",
                            ),
                            (
                                "Сохраните договоры и расчётные листки.",
                                "Захавайце дагаворы і разліковыя лісткі.",
                                "Keep your contracts and payslips.",
                            ),
                            (
                                "Дома обратитесь в органы социальной защиты, чтобы учесть стаж.",
                                "Дома звярніцеся ў органы сацыяльнай абароны, каб улічыць стаж.",
                                ("Back home, contact the social protection office to have your work record counted."),
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в Казахстане",
                    "Пасольства Рэспублікі Беларусь у Казахстане",
                    "Embassy of the Republic of Belarus in Kazakhstan",
                ),
                "phones": ["+7 7172 00-00-01"],
                "address": (
                    "Астана, ул. Примерная, 1",
                    "Астана, вул. Прыкладная, 1",
                    "1 Primernaya St, Astana",
                ),
                "hours": (
                    "Пн–Пт 9:00–13:00 и 14:00–18:00",
                    "Пн–Пт 9:00–13:00 і 14:00–18:00",
                    "Mon–Fri 9:00–13:00 and 14:00–18:00",
                ),
                "website": "https://example.org/by-embassy-kz",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы Казахстана",
                    "Экстранныя службы Казахстана",
                    "Emergency services in Kazakhstan",
                ),
                "phones": ["112", "102", "103"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Центр правовой помощи трудовым мигрантам (Алматы)",
                    "Цэнтр прававой дапамогі працоўным мігрантам (Алматы)",
                    "Legal Aid Centre for Migrant Workers (Almaty)",
                ),
                "phones": ["+7 727 000-00-02"],
                "address": (
                    "Алматы, ул. Примерная, 12",
                    "Алматы, вул. Прыкладная, 12",
                    "12 Primernaya St, Almaty",
                ),
                "hours": (
                    "Пн–Пт 9:00–18:00",
                    "Пн–Пт 9:00–18:00",
                    "Mon–Fri 9:00–18:00",
                ),
                "website": "https://example.org/migrant-legal-aid-kz",
            },
        ],
    },
    {
        "code": "AE",
        "slug": "united-arab-emirates",
        "title": (
            "Объединённые Арабские Эмираты",
            "Аб’яднаныя Арабскія Эміраты",
            "United Arab Emirates",
        ),
        "synonyms": [
            "ОАЭ",
            "ААЭ",
            "UAE",
            "United Arab Emirates",
            "Эмираты",
            "Эміраты",
            "Emirates",
            "Дубай",
            "Dubai",
            "Abu Dhabi",
        ],
        "summary": (
            (
                "Работа в ОАЭ: виза и разрешение через работодателя-спонсора, контракт, запрет на изъятие "
                "паспорта, медицинская страховка и помощь в трудной ситуации."
            ),
            (
                "Праца ў ААЭ: віза і дазвол праз працадаўцу-спонсара, кантракт, забарона адбіраць "
                "пашпарт, медыцынская страхоўка і дапамога ў цяжкай сітуацыі."
            ),
            (
                "Working in the UAE: visas and permits through a sponsoring employer, your contract, the "
                "ban on taking workers' passports, health insurance and getting help."
            ),
        ),
        "alert_level": "serious",
        "alert_text": (
            (
                "Распространяются объявления о работе «хостес», «моделью» или «в отеле» в Дубае с "
                "оплаченным билетом и туристической визой. За такими предложениями часто стоят "
                "вербовщики, которые отбирают паспорт и заставляют отрабатывать «долг»: не соглашайтесь, "
                "не проверив предложение на горячей линии."
            ),
            (
                "Распаўсюджваюцца аб’явы пра працу «хостэс», «мадэллю» або «ў гатэлі» ў Дубаі з аплачаным "
                "білетам і турыстычнай візай. За такімі прапановамі часта стаяць вярбоўшчыкі, якія "
                "адбіраюць пашпарт і прымушаюць адпрацоўваць «доўг»: не пагаджайцеся, не праверыўшы "
                "прапанову на гарачай лініі."
            ),
            (
                "Adverts are circulating for 'hostess', 'model' or 'hotel' jobs in Dubai with a paid "
                "ticket and a tourist visa. Such offers often come from recruiters who take your passport "
                "and force you to work off a 'debt': do not accept without checking the offer with the "
                "hotline."
            ),
        ),
        "latest_update": (
            "Ноябрь 2026: добавлено предупреждение о вакансиях «хостес» и «моделей» в Дубае.",
            "Лістапад 2026: дададзена папярэджанне пра вакансіі «хостэс» і «мадэляў» у Дубаі.",
            "November 2026: we added a warning about 'hostess' and 'model' vacancies in Dubai.",
        ),
        "last_reviewed": "2026-11-12",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Работодатели в ОАЭ нанимают иностранцев в гостиничный бизнес, торговлю, "
                                "строительство, логистику и для работы по дому. Законная работа обычно "
                                "оформляется через работодателя, который выступает вашим спонсором, "
                                "поэтому приглашение «приехать туристом и найти работу на месте» — риск "
                                "остаться без денег и статуса."
                            ),
                            (
                                "Працадаўцы ў ААЭ наймаюць замежнікаў у гасцінічны бізнес, гандаль, "
                                "будаўніцтва, лагістыку і для працы па доме. Законная праца звычайна "
                                "афармляецца праз працадаўцу, які выступае вашым спонсарам, таму "
                                "запрашэнне «прыехаць турыстам і знайсці працу на месцы» — рызыка "
                                "застацца без грошай і статусу."
                            ),
                            (
                                "Employers in the UAE hire foreign workers in hotels, retail, "
                                "construction, logistics and domestic work. Legal work is usually "
                                "arranged through an employer who acts as your sponsor, so an invitation "
                                "to 'come as a tourist and find a job there' risks leaving you without "
                                "money or legal status."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Попросите предложение о работе (offer letter) с указанием зарплаты, "
                                    "жилья и рабочих часов."
                                ),
                                (
                                    "Папрасіце прапанову працы (offer letter) з пазначэннем заробку, "
                                    "жылля і гадзін працы."
                                ),
                                "Ask for an offer letter stating your pay, housing and working hours.",
                            ),
                            (
                                (
                                    "Узнайте, кто оплачивает визу, медосмотр и билеты: по правилам ОАЭ "
                                    "это обычно обязанность работодателя."
                                ),
                                (
                                    "Даведайцеся, хто аплачвае візу, медагляд і білеты: паводле правілаў "
                                    "ААЭ гэта звычайна абавязак працадаўцы."
                                ),
                                (
                                    "Find out who pays for the visa, medical check and tickets: under UAE "
                                    "rules this is usually the employer's responsibility."
                                ),
                            ),
                            (
                                (
                                    "Изучите местные законы о поведении в общественных местах, алкоголе и "
                                    "публикациях в соцсетях."
                                ),
                                (
                                    "Азнаёмцеся з мясцовымі законамі пра паводзіны ў грамадскіх месцах, "
                                    "алкаголь і публікацыі ў сацсетках."
                                ),
                                ("Learn the local laws on behaviour in public, alcohol and social media posts."),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Не платите посредникам «за визу» или «за место»: в ОАЭ агентствам "
                                "запрещено брать с работников плату за трудоустройство."
                            ),
                            (
                                "Не плаціце пасрэднікам «за візу» або «за месца»: у ААЭ агенцтвам "
                                "забаронена браць з работнікаў плату за працаўладкаванне."
                            ),
                            (
                                "Do not pay middlemen 'for a visa' or 'for a place': in the UAE, "
                                "recruitment agencies are not allowed to charge workers recruitment fees."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Для законной работы нужны разрешение на работу от Министерства людских "
                                "ресурсов и эмиратизации (MOHRE) и рабочая виза, которые оформляет "
                                "работодатель, а затем — Emirates ID. Трудовой контракт регистрируется в "
                                "министерстве и обычно составляется на арабском и ещё одном языке: "
                                "попросите версию, которую вы понимаете, и сравните её с предложением о "
                                "работе."
                            ),
                            (
                                "Для законнай працы патрэбныя дазвол на працу ад Міністэрства людскіх "
                                "рэсурсаў і эміратызацыі (MOHRE) і працоўная віза, якія афармляе "
                                "працадаўца, а потым — Emirates ID. Працоўны кантракт рэгіструецца ў "
                                "міністэрстве і звычайна складаецца на арабскай і яшчэ адной мове: "
                                "папрасіце версію, якую вы разумееце, і параўнайце яе з прапановай працы."
                            ),
                            (
                                "To work legally you need a work permit from the Ministry of Human "
                                "Resources and Emiratisation (MOHRE) and a work visa, both arranged by "
                                "the employer, followed by an Emirates ID. The employment contract is "
                                "registered with the ministry and is usually in Arabic and one other "
                                "language: ask for a version you understand and compare it with your "
                                "offer letter."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Работа по туристической визе в ОАЭ незаконна.",
                                "Праца па турыстычнай візе ў ААЭ незаконная.",
                                "Working on a tourist visa in the UAE is illegal.",
                            ),
                            (
                                ("Домашних работников нанимают по отдельным правилам — уточните их до выезда."),
                                ("Хатніх работнікаў наймаюць паводле асобных правілаў — удакладніце іх да ад’езду."),
                                ("Domestic workers are hired under separate rules — check them before you leave."),
                            ),
                            (
                                ("Проверьте статус разрешения на работу в официальном приложении или на сайте MOHRE."),
                                "Праверце статус дазволу на працу ў афіцыйнай праграме або на сайце MOHRE.",
                                ("Check the status of your work permit in the official MOHRE app or on its website."),
                            ),
                            (
                                ("Сменить работодателя можно, но по официальной процедуре — не уходите «в никуда»."),
                                (
                                    "Змяніць працадаўцу можна, але паводле афіцыйнай працэдуры — не "
                                    "сыходзьце «ў нікуды»."
                                ),
                                (
                                    "You can change employer, but only through the official procedure — "
                                    "do not just walk out."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Закон ОАЭ запрещает работодателю удерживать паспорт работника, требует "
                                "вовремя выплачивать зарплату через систему защиты заработной платы (WPS) "
                                "и гарантирует отпуск и выходные дни. На практике нарушения случаются, "
                                "поэтому знайте, куда жаловаться: в MOHRE можно обратиться через горячую "
                                "линию, приложение или сервисный центр."
                            ),
                            (
                                "Закон ААЭ забараняе працадаўцу ўтрымліваць пашпарт работніка, патрабуе "
                                "своечасова выплачваць заробак праз сістэму абароны заработнай платы "
                                "(WPS) і гарантуе адпачынак і выхадныя дні. На практыцы парушэнні "
                                "здараюцца, таму ведайце, куды скардзіцца: у MOHRE можна звярнуцца праз "
                                "гарачую лінію, праграму або сэрвісны цэнтр."
                            ),
                            (
                                "UAE law forbids employers to keep a worker's passport, requires wages to "
                                "be paid on time through the Wage Protection System (WPS) and guarantees "
                                "paid leave and rest days. Violations still happen in practice, so know "
                                "where to complain: you can contact MOHRE through its hotline, app or a "
                                "service centre."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Зарплата должна приходить на банковский счёт или карту через систему WPS.",
                                ("Заробак павінен прыходзіць на банкаўскі рахунак або картку праз сістэму WPS."),
                                ("Your wages should arrive in a bank account or on a card through the WPS system."),
                            ),
                            (
                                ("Жара опасна: летом в полуденные часы работа под открытым небом обычно ограничена."),
                                (
                                    "Спякота небяспечная: улетку ў паўдзённыя гадзіны праца пад адкрытым "
                                    "небам звычайна абмежаваная."
                                ),
                                ("Heat is dangerous: in summer, outdoor work around midday is usually restricted."),
                            ),
                            (
                                "Храните копии контракта и Emirates ID в телефоне.",
                                "Захоўвайце копіі кантракта і Emirates ID у тэлефоне.",
                                "Keep copies of your contract and Emirates ID on your phone.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Если ваш паспорт «хранится у компании», вы вправе потребовать его "
                                "обратно; отказ — повод обратиться в MOHRE и в посольство."
                            ),
                            (
                                "Калі ваш пашпарт «захоўваецца ў кампаніі», вы маеце права патрабаваць "
                                "яго назад; адмова — падстава звярнуцца ў MOHRE і ў пасольства."
                            ),
                            (
                                "If your passport is 'kept by the company', you have the right to demand "
                                "it back; a refusal is a reason to contact MOHRE and the embassy."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В ОАЭ медицинская страховка для работников обязательна, и, как правило, "
                                "её оплачивает работодатель. Перед выдачей визы проходят медосмотр; "
                                "проверьте, что полис оформлен на вас и действует, и узнайте, какие "
                                "клиники в него входят."
                            ),
                            (
                                "У ААЭ медыцынская страхоўка для работнікаў абавязковая, і, як правіла, "
                                "яе аплачвае працадаўца. Перад выдачай візы праходзяць медагляд; "
                                "праверце, што поліс аформлены на вас і дзейнічае, і даведайцеся, якія "
                                "клінікі ў яго ўваходзяць."
                            ),
                            (
                                "Health insurance for workers is compulsory in the UAE and is usually "
                                "paid for by the employer. You will have a medical check before your visa "
                                "is issued; make sure the policy is in your name and valid, and find out "
                                "which clinics it covers."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Пейте много воды и требуйте перерывы в тени при работе в жару.",
                                "Піце шмат вады і патрабуйце перапынкі ў цені пры працы ў спякоту.",
                                ("Drink plenty of water and insist on breaks in the shade when working in the heat."),
                            ),
                            (
                                "Ввоз некоторых лекарств в ОАЭ ограничен — проверьте список заранее.",
                                "Увоз некаторых лекаў у ААЭ абмежаваны — праверце спіс загадзя.",
                                ("Some medicines are restricted in the UAE — check the list before you travel."),
                            ),
                            (
                                ("При травме на работе требуйте медицинское заключение: оно нужно для компенсации."),
                                (
                                    "Пры траўме на працы патрабуйце медыцынскае заключэнне: яно патрэбна "
                                    "для кампенсацыі."
                                ),
                                (
                                    "If you are injured at work, ask for a medical report: you need it to "
                                    "claim compensation."
                                ),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Если у вас забрали паспорт, не платят или не выпускают из жилья, звоните "
                                "в полицию (999), в посольство Беларуси в Абу-Даби и на горячую линию. "
                                "Жалобу на работодателя можно подать в MOHRE; в ОАЭ есть и "
                                "государственные службы защиты пострадавших от торговли людьми."
                            ),
                            (
                                "Калі ў вас забралі пашпарт, не плацяць або не выпускаюць з жылля, "
                                "тэлефануйце ў паліцыю (999), у пасольства Беларусі ў Абу-Дабі і на "
                                "гарачую лінію. Скаргу на працадаўцу можна падаць у MOHRE; у ААЭ ёсць і "
                                "дзяржаўныя службы абароны пацярпелых ад гандлю людзьмі."
                            ),
                            (
                                "If your passport has been taken, you are not paid or not allowed to "
                                "leave your accommodation, call the police (999), the Belarusian embassy "
                                "in Abu Dhabi and the hotline. You can file a complaint against the "
                                "employer with MOHRE; the UAE also has state services that protect "
                                "victims of trafficking."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Не уходите от работодателя, не посоветовавшись: формальное обвинение "
                                    "в «побеге» могут использовать против вас."
                                ),
                                (
                                    "Не сыходзьце ад працадаўцы, не параіўшыся: фармальнае абвінавачванне "
                                    "ва «ўцёках» могуць выкарыстаць супраць вас."
                                ),
                                (
                                    "Do not leave your employer without getting advice first: an "
                                    "'absconding' report could be used against you."
                                ),
                            ),
                            (
                                "Держите при себе копию паспорта и визы.",
                                "Трымайце пры сабе копію пашпарта і візы.",
                                "Carry copies of your passport and visa.",
                            ),
                            (
                                "Запомните номер посольства или сохраните его под нейтральным именем.",
                                "Запомніце нумар пасольства або захавайце яго пад нейтральным імем.",
                                "Memorise the embassy number or save it under a neutral name.",
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Не подписывайте документы на арабском языке без перевода, особенно в "
                                "полиции или при увольнении."
                            ),
                            (
                                "Не падпісвайце дакументы на арабскай мове без перакладу, асабліва ў "
                                "паліцыі або пры звальненні."
                            ),
                            (
                                "Do not sign documents in Arabic without a translation, especially at a "
                                "police station or when leaving a job."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Перед отъездом работодатель должен аннулировать рабочую визу и выплатить "
                                "окончательный расчёт, включая выплату за выслугу (end-of-service "
                                "gratuity), если она вам положена. Убедитесь, что на вас нет неоплаченных "
                                "штрафов или жалоб, иначе на выезде могут возникнуть проблемы."
                            ),
                            (
                                "Перад ад’ездам працадаўца павінен ануляваць працоўную візу і выплаціць "
                                "канчатковы разлік, у тым ліку выплату за выслугу (end-of-service "
                                "gratuity), калі яна вам належыць. Пераканайцеся, што на вас няма "
                                "неаплачаных штрафаў або скаргаў, інакш на выездзе могуць узнікнуць "
                                "праблемы."
                            ),
                            (
                                "Before you leave, the employer must cancel your work visa and pay your "
                                "final settlement, including the end-of-service gratuity if you are "
                                "entitled to it. Make sure there are no unpaid fines or complaints "
                                "against you, or you may have problems leaving the country."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Попросите письменное подтверждение окончательного расчёта.",
                                "Папрасіце пісьмовае пацверджанне канчатковага разліку.",
                                "Ask for written confirmation of your final settlement.",
                            ),
                            (
                                "Закройте банковский счёт и кредитные карты, чтобы не осталось долгов.",
                                "Закрыйце банкаўскі рахунак і крэдытныя карткі, каб не засталося даўгоў.",
                                "Close your bank account and credit cards so that no debts remain.",
                            ),
                            (
                                (
                                    "Если нет денег на билет, посольство и горячая линия подскажут, какие "
                                    "есть программы помощи."
                                ),
                                (
                                    "Калі няма грошай на білет, пасольства і гарачая лінія падкажуць, "
                                    "якія ёсць праграмы дапамогі."
                                ),
                                (
                                    "If you cannot afford a ticket, the embassy and the hotline can tell "
                                    "you about assistance programmes."
                                ),
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в ОАЭ",
                    "Пасольства Рэспублікі Беларусь у ААЭ",
                    "Embassy of the Republic of Belarus in the UAE",
                ),
                "phones": ["+971 2 000 0001"],
                "address": (
                    "Example Street 1, Абу-Даби",
                    "Example Street 1, Абу-Дабі",
                    "1 Example Street, Abu Dhabi",
                ),
                "hours": (
                    "Пн–Пт 9:00–15:00; в экстренных случаях — круглосуточно по телефону",
                    "Пн–Пт 9:00–15:00; у экстранных выпадках — кругласутачна па тэлефоне",
                    "Mon–Fri 9:00–15:00; emergencies by phone 24/7",
                ),
                "website": "https://example.org/by-embassy-ae",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренные службы ОАЭ: полиция, скорая помощь, пожарные",
                    "Экстранныя службы ААЭ: паліцыя, хуткая дапамога, пажарныя",
                    "UAE emergency services: police, ambulance, fire",
                ),
                "phones": ["999", "998", "997"],
                "address": None,
                "hours": (
                    "Круглосуточно",
                    "Кругласутачна",
                    "24/7",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Центр поддержки иностранных работников (Дубай)",
                    "Цэнтр падтрымкі замежных работнікаў (Дубай)",
                    "Foreign Workers' Support Centre (Dubai)",
                ),
                "phones": ["+971 4 000 0002"],
                "address": (
                    "Example Road 10, Дубай",
                    "Example Road 10, Дубай",
                    "10 Example Road, Dubai",
                ),
                "hours": (
                    "Пн–Сб 9:00–18:00",
                    "Пн–Сб 9:00–18:00",
                    "Mon–Sat 9:00–18:00",
                ),
                "website": "https://example.org/workers-support-ae",
            },
            {
                "kind": "ngo",
                "name": (
                    "Приют для пострадавших от торговли людьми — телефон доверия",
                    "Прытулак для пацярпелых ад гандлю людзьмі — тэлефон даверу",
                    "Shelter for victims of trafficking — helpline",
                ),
                "phones": ["+971 4 000 0003"],
                "address": (
                    "Адрес сообщается по телефону",
                    "Адрас паведамляецца па тэлефоне",
                    "Address given by phone",
                ),
                "hours": (
                    "Круглосуточно",
                    "Кругласутачна",
                    "24/7",
                ),
                "website": "https://example.org/shelter-ae",
            },
        ],
    },
    {
        "code": "US",
        "slug": "united-states",
        "title": (
            "США",
            "ЗША",
            "United States",
        ),
        "synonyms": [
            "США",
            "ЗША",
            "USA",
            "United States",
            "United States of America",
            "Америка",
            "Амерыка",
            "America",
            "Соединённые Штаты",
            "Злучаныя Штаты",
        ],
        "summary": (
            (
                "Работа в США: визы H-2A и H-2B, программы обмена J-1, как отличить настоящее предложение "
                "от мошенничества, права работника и медицинская страховка."
            ),
            (
                "Праца ў ЗША: візы H-2A і H-2B, праграмы абмену J-1, як адрозніць сапраўдную прапанову ад "
                "махлярства, правы работніка і медыцынская страхоўка."
            ),
            (
                "Working in the United States: H-2A and H-2B visas, J-1 exchange programmes, telling a "
                "real offer from a scam, your rights at work and health insurance."
            ),
        ),
        "alert_level": "caution",
        "alert_text": (
            (
                "Мошенники продают «гарантированные» рабочие визы и места в программах J-1 за крупные "
                "суммы. Настоящую визу выдаёт только консульство США после собеседования, а законные "
                "работодатели H-2A и H-2B не вправе брать с работников плату за найм."
            ),
            (
                "Махляры прадаюць «гарантаваныя» працоўныя візы і месцы ў праграмах J-1 за вялікія грошы. "
                "Сапраўдную візу выдае толькі консульства ЗША пасля сумоўя, а законныя працадаўцы H-2A і "
                "H-2B не маюць права браць з работнікаў плату за наём."
            ),
            (
                "Scammers sell 'guaranteed' work visas and J-1 programme places for large sums. Only a US "
                "consulate can issue a real visa, after an interview, and legitimate H-2A and H-2B "
                "employers may not charge workers recruitment fees."
            ),
        ),
        "latest_update": (
            ("Апрель 2026: обновлены сведения о том, где гражданам Беларуси проходить собеседование на визу."),
            "Красавік 2026: абноўлены звесткі пра тое, дзе грамадзянам Беларусі праходзіць сумоўе на візу.",
            "April 2026: we updated the information on where Belarusian citizens attend visa interviews.",
        ),
        "last_reviewed": "2026-04-07",
        "sections": [
            {
                "title": (
                    "Перед отъездом",
                    "Перад ад’ездам",
                    "Before you go",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Законных путей временной работы в США немного: сезонные визы H-2A для "
                                "сельского хозяйства, H-2B для других сезонных работ и программы обмена "
                                "J-1 через назначенных спонсоров. Проверьте, входит ли Беларусь в текущий "
                                "список стран, граждане которых могут получать визы H-2A и H-2B, и "
                                "помните: без одобренного ходатайства работодателя или документа от "
                                "спонсора визу не выдадут."
                            ),
                            (
                                "Законных шляхоў часовай працы ў ЗША няшмат: сезонныя візы H-2A для "
                                "сельскай гаспадаркі, H-2B для іншых сезонных работ і праграмы абмену J-1 "
                                "праз прызначаных спонсараў. Праверце, ці ўваходзіць Беларусь у бягучы "
                                "спіс краін, грамадзяне якіх могуць атрымліваць візы H-2A і H-2B, і "
                                "памятайце: без ухваленага хадайніцтва працадаўцы або дакумента ад "
                                "спонсара візу не выдадуць."
                            ),
                            (
                                "There are few legal routes to temporary work in the United States: H-2A "
                                "seasonal visas for agriculture, H-2B visas for other seasonal work, and "
                                "J-1 exchange programmes run by designated sponsors. Check whether "
                                "Belarus is on the current list of countries whose citizens can receive "
                                "H-2A and H-2B visas, and remember that no visa is issued without an "
                                "approved employer petition or a sponsor's document."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Проверьте спонсора J-1 в официальном списке Госдепартамента США.",
                                "Праверце спонсара J-1 у афіцыйным спісе Дзярждэпартамента ЗША.",
                                "Check the J-1 sponsor on the US State Department's official list.",
                            ),
                            (
                                "Не верьте обещаниям «грин-карты через работу» за деньги.",
                                "Не верце абяцанням «грын-карты праз працу» за грошы.",
                                "Do not believe promises of a 'green card through a job' for money.",
                            ),
                            (
                                ("Участие в лотерее Diversity Visa бесплатное; платные «регистрации» — мошенничество."),
                                ("Удзел у латарэі Diversity Visa бясплатны; платныя «рэгістрацыі» — махлярства."),
                                (
                                    "Entering the Diversity Visa lottery is free; paid 'registration' "
                                    "services are a scam."
                                ),
                            ),
                        ],
                    ),
                    (
                        "warning",
                        (
                            (
                                "Въезд по гостевой визе B-1/B-2 с целью работы незаконен и может привести "
                                "к высылке и запрету на въезд."
                            ),
                            (
                                "Уезд па гасцявой візе B-1/B-2 з мэтай працы незаконны і можа прывесці да "
                                "высылкі і забароны на ўезд."
                            ),
                            (
                                "Entering on a B-1/B-2 visitor visa in order to work is illegal and can "
                                "lead to removal and a ban on re-entry."
                            ),
                        ),
                    ),
                ],
            },
            {
                "title": (
                    "Визы, разрешения на работу и договоры",
                    "Візы, дазволы на працу і дагаворы",
                    "Visas, work permits and contracts",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Посольство США в Минске не оказывает визовых услуг, поэтому граждане "
                                "Беларуси обычно проходят собеседование в посольствах США в других "
                                "странах — уточните актуальный порядок на официальном сайте. К "
                                "собеседованию у вас должен быть документ, подтверждающий одобренное "
                                "ходатайство (для H-2), или форма DS-2019 от спонсора (для J-1)."
                            ),
                            (
                                "Пасольства ЗША ў Мінску не аказвае візавых паслуг, таму грамадзяне "
                                "Беларусі звычайна праходзяць сумоўе ў пасольствах ЗША ў іншых краінах — "
                                "удакладніце актуальны парадак на афіцыйным сайце. Да сумоўя ў вас "
                                "павінен быць дакумент, які пацвярджае ўхваленае хадайніцтва (для H-2), "
                                "або форма DS-2019 ад спонсара (для J-1)."
                            ),
                            (
                                "The US embassy in Minsk does not provide visa services, so Belarusian "
                                "citizens usually attend interviews at US embassies in other countries — "
                                "check the current procedure on the official website. For the interview "
                                "you must have proof of an approved petition (for H-2) or a DS-2019 form "
                                "from your sponsor (for J-1)."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                (
                                    "Работодатель H-2A или H-2B обязан дать вам копию договора или "
                                    "описания работы с условиями."
                                ),
                                (
                                    "Працадаўца H-2A або H-2B абавязаны даць вам копію дагавора або "
                                    "апісання працы з умовамі."
                                ),
                                (
                                    "H-2A and H-2B employers must give you a copy of your contract or job "
                                    "order setting out the terms of work."
                                ),
                            ),
                            (
                                ("Визовый сбор платится официально, по квитанции, а не посреднику наличными."),
                                "Візавы збор плаціцца афіцыйна, па квітанцыі, а не пасрэдніку наяўнымі.",
                                ("The visa fee is paid officially against a receipt, not in cash to a middleman."),
                            ),
                            (
                                ("По визе H-2 можно работать только у работодателя, указанного в ходатайстве."),
                                "Па візе H-2 можна працаваць толькі ў працадаўцы, названага ў хадайніцтве.",
                                "On an H-2 visa you may only work for the employer named in the petition.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Ваши права на работе",
                    "Вашы правы на працы",
                    "Your rights at work",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Работники по визам H-2A и H-2B имеют право на зарплату не ниже ставки, "
                                "установленной для их профессии, на безопасные условия труда и, по "
                                "правилам программы, на возмещение части расходов на дорогу. Нарушения "
                                "можно обжаловать в федеральном ведомстве по труду, которое принимает "
                                "жалобы независимо от иммиграционного статуса."
                            ),
                            (
                                "Работнікі па візах H-2A і H-2B маюць права на заробак не ніжэйшы за "
                                "стаўку, вызначаную для іх прафесіі, на бяспечныя ўмовы працы і, паводле "
                                "правілаў праграмы, на кампенсацыю часткі выдаткаў на дарогу. Парушэнні "
                                "можна абскардзіць у федэральным ведамстве па працы, якое прымае скаргі "
                                "незалежна ад іміграцыйнага статусу."
                            ),
                            (
                                "Workers on H-2A and H-2B visas are entitled to at least the wage rate "
                                "set for their job, to safe working conditions and, under programme "
                                "rules, to reimbursement of part of their travel costs. You can complain "
                                "about violations to the federal labour department, which accepts "
                                "complaints regardless of immigration status."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                ("Записывайте отработанные часы и сохраняйте расчётные квитанции (pay stubs)."),
                                ("Запісвайце адпрацаваныя гадзіны і захоўвайце разліковыя квіткі (pay stubs)."),
                                "Record your hours and keep your pay stubs.",
                            ),
                            (
                                "Работодатель не имеет права забирать ваш паспорт или визу.",
                                "Працадаўца не мае права забіраць ваш пашпарт або візу.",
                                "Your employer has no right to take your passport or visa.",
                            ),
                            (
                                (
                                    "Участники J-1 могут обратиться к своему спонсору, если работа не "
                                    "соответствует программе."
                                ),
                                (
                                    "Удзельнікі J-1 могуць звярнуцца да свайго спонсара, калі праца не "
                                    "адпавядае праграме."
                                ),
                                ("J-1 participants can turn to their sponsor if the job does not match the programme."),
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Здоровье и страховка",
                    "Здароўе і страхоўка",
                    "Health and insurance",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Лечение в США очень дорогое, поэтому страховка необходима: участникам "
                                "J-1 её требует спонсор, а работникам H-2 стоит уточнить, что "
                                "предоставляет работодатель. При травме на работе действует страхование "
                                "работников (workers' compensation) — сообщите о травме сразу и письменно."
                            ),
                            (
                                "Лячэнне ў ЗША вельмі дарагое, таму страхоўка неабходная: удзельнікам J-1 "
                                "яе патрабуе спонсар, а работнікам H-2 варта ўдакладніць, што дае "
                                "працадаўца. Пры траўме на працы дзейнічае страхаванне работнікаў "
                                "(workers' compensation) — паведаміце пра траўму адразу і пісьмова."
                            ),
                            (
                                "Medical care in the US is very expensive, so insurance is essential: J-1 "
                                "sponsors require it, and H-2 workers should check what their employer "
                                "provides. Injuries at work are covered by workers' compensation — report "
                                "an injury immediately and in writing."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Узнайте, в какую клинику обращаться и как работает ваш полис.",
                                "Даведайцеся, у якую клініку звяртацца і як працуе ваш поліс.",
                                "Find out which clinic to use and how your policy works.",
                            ),
                            (
                                "Работа в жару и с пестицидами требует защиты и обучения — требуйте их.",
                                ("Праца ў спякоту і з пестыцыдамі патрабуе аховы і навучання — патрабуйце іх."),
                                (
                                    "Working in heat or with pesticides requires protective equipment and "
                                    "training — insist on both."
                                ),
                            ),
                            (
                                "Сохраняйте все медицинские счета и документы.",
                                "Захоўвайце ўсе медыцынскія рахункі і дакументы.",
                                "Keep all medical bills and records.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Если что-то пошло не так",
                    "Калі нешта пайшло не так",
                    "If things go wrong",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "В опасной ситуации звоните 911. Если у вас забрали документы, не платят "
                                "или заставляют работать под угрозой, обратитесь в посольство Беларуси в "
                                "Вашингтоне, на горячую линию и в организацию помощи пострадавшим от "
                                "торговли людьми: закон США защищает таких людей, в том числе особым "
                                "иммиграционным статусом."
                            ),
                            (
                                "У небяспечнай сітуацыі тэлефануйце 911. Калі ў вас забралі дакументы, не "
                                "плацяць або прымушаюць працаваць пад пагрозай, звярніцеся ў пасольства "
                                "Беларусі ў Вашынгтоне, на гарачую лінію і ў арганізацыю дапамогі "
                                "пацярпелым ад гандлю людзьмі: закон ЗША абараняе такіх людзей, у тым "
                                "ліку асаблівым іміграцыйным статусам."
                            ),
                            (
                                "If you are in danger, call 911. If your documents have been taken, you "
                                "are not paid or are forced to work under threat, contact the Belarusian "
                                "embassy in Washington, the hotline and an organisation that helps "
                                "victims of trafficking: US law protects such people, including through a "
                                "special immigration status."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Запишите адрес фермы или предприятия и имена руководителей.",
                                "Запішыце адрас фермы або прадпрыемства і імёны кіраўнікоў.",
                                ("Write down the address of the farm or business and the names of supervisors."),
                            ),
                            (
                                "Не подписывайте под давлением заявление о «добровольном» уходе.",
                                "Не падпісвайце пад ціскам заяву пра «добраахвотнае» звальненне.",
                                "Do not sign a 'voluntary' resignation under pressure.",
                            ),
                            (
                                (
                                    "Бесплатную юридическую помощь мигрантам оказывают многие "
                                    "некоммерческие организации."
                                ),
                                ("Бясплатную юрыдычную дапамогу мігрантам аказваюць многія некамерцыйныя арганізацыі."),
                                "Many non-profit organisations offer free legal help to migrants.",
                            ),
                        ],
                    ),
                ],
            },
            {
                "title": (
                    "Возвращение домой",
                    "Вяртанне дадому",
                    "Coming home",
                ),
                "blocks": [
                    (
                        "paragraph",
                        (
                            (
                                "Выезжайте до окончания разрешённого срока пребывания: его нарушение "
                                "может закрыть въезд в США на годы. Сохраните формы W-2 и расчётные "
                                "квитанции — по ним подаётся налоговая декларация и можно вернуть "
                                "переплаченный налог."
                            ),
                            (
                                "З’язджайце да заканчэння дазволенага тэрміну знаходжання: яго парушэнне "
                                "можа закрыць уезд у ЗША на гады. Захавайце формы W-2 і разліковыя квіткі "
                                "— па іх падаецца падатковая дэкларацыя і можна вярнуць пераплачаны "
                                "падатак."
                            ),
                            (
                                "Leave before your authorised stay ends: overstaying can bar you from the "
                                "United States for years. Keep your W-2 forms and pay stubs — you need "
                                "them to file a tax return and reclaim any overpaid tax."
                            ),
                        ),
                    ),
                    (
                        "checklist",
                        [
                            (
                                "Участники J-1 должны сообщить спонсору о завершении программы.",
                                "Удзельнікі J-1 павінны паведаміць спонсару пра завяршэнне праграмы.",
                                "J-1 participants must tell their sponsor that the programme has ended.",
                            ),
                            (
                                (
                                    "Работникам H-2 обычно положена оплата обратной дороги, если контракт "
                                    "отработан полностью."
                                ),
                                (
                                    "Работнікам H-2 звычайна належыць аплата зваротнай дарогі, калі "
                                    "кантракт адпрацаваны цалкам."
                                ),
                                (
                                    "H-2 workers are usually entitled to return travel costs if they "
                                    "complete the contract."
                                ),
                            ),
                            (
                                (
                                    "Закройте банковский счёт или сохраните к нему доступ, чтобы получить "
                                    "возврат налога."
                                ),
                                (
                                    "Закрыйце банкаўскі рахунак або захавайце да яго доступ, каб атрымаць "
                                    "вяртанне падатку."
                                ),
                                (
                                    "Close your US bank account, or keep access to it so that you can "
                                    "receive a tax refund."
                                ),
                            ),
                        ],
                    ),
                ],
            },
        ],
        "contacts": [
            {
                "kind": "embassy",
                "name": (
                    "Посольство Республики Беларусь в США",
                    "Пасольства Рэспублікі Беларусь у ЗША",
                    "Embassy of the Republic of Belarus in the United States",
                ),
                "phones": ["+1 202 000 0001"],
                "address": (
                    "1 Example Street NW, Вашингтон, округ Колумбия",
                    "1 Example Street NW, Вашынгтон, акруга Калумбія",
                    "1 Example Street NW, Washington, DC",
                ),
                "hours": (
                    "Пн–Пт 9:30–12:30, по предварительной записи",
                    "Пн–Пт 9:30–12:30, па папярэднім запісе",
                    "Mon–Fri 9:30–12:30, by appointment",
                ),
                "website": "https://example.org/by-embassy-us",
            },
            {
                "kind": "emergency",
                "name": (
                    "Экстренная служба США",
                    "Экстранная служба ЗША",
                    "US emergency number",
                ),
                "phones": ["911"],
                "address": None,
                "hours": (
                    "Круглосуточно, бесплатно",
                    "Кругласутачна, бясплатна",
                    "24/7, free of charge",
                ),
                "website": None,
            },
            {
                "kind": "ngo",
                "name": (
                    "Юридическая клиника для работников-мигрантов",
                    "Юрыдычная клініка для работнікаў-мігрантаў",
                    "Migrant Workers' Legal Clinic",
                ),
                "phones": ["+1 212 000 0002"],
                "address": (
                    "100 Sample Avenue, Нью-Йорк",
                    "100 Sample Avenue, Нью-Ёрк",
                    "100 Sample Avenue, New York, NY",
                ),
                "hours": (
                    "Пн–Пт 9:00–17:00 (восточное время)",
                    "Пн–Пт 9:00–17:00 (усходні час)",
                    "Mon–Fri 9:00–17:00 (Eastern Time)",
                ),
                "website": "https://example.org/migrant-legal-clinic-us",
            },
            {
                "kind": "ngo",
                "name": (
                    "Сеть помощи сезонным работникам",
                    "Сетка дапамогі сезонным работнікам",
                    "Seasonal Workers' Assistance Network",
                ),
                "phones": ["+1 202 000 0003"],
                "address": (
                    "200 Sample Road, Вашингтон, округ Колумбия",
                    "200 Sample Road, Вашынгтон, акруга Калумбія",
                    "200 Sample Road, Washington, DC",
                ),
                "hours": (
                    "Ежедневно 8:00–20:00, сообщения — круглосуточно",
                    "Штодня 8:00–20:00, паведамленні — кругласутачна",
                    "Daily 8:00–20:00; messages 24/7",
                ),
                "website": "https://example.org/seasonal-workers-us",
            },
        ],
    },
]
