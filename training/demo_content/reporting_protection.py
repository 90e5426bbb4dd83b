"""Demo training module: reporting corruption and protection."""

MODULE = {
    "slug": "reporting-corruption",
    "topic": "reporting_protection",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 3,
    "title": {
        "kk": "Сыбайлас жемқорлық туралы хабарлау: арналар және қорғау",
        "ru": "Сообщение о коррупции: каналы и защита",
        "en": "Reporting corruption: channels and protection",
    },
    "summary": {
        "kk": (
            "Сыбайлас жемқорлық туралы қашан хабарлау керек, қандай ресми арналарды қалай "
            "пайдалану қажет және адал ниетпен хабарлаған адамдар қудалаудан қалай қорғалады."
        ),
        "ru": (
            "Когда нужно сообщать о коррупции, какими официальными каналами и как пользоваться "
            "и как защищены от преследования те, кто сообщает добросовестно."
        ),
        "en": (
            "When you must report corruption, which official channels to use and how, and how "
            "people who report in good faith are protected from retaliation."
        ),
    },
    "lessons": [
        {
            "title": {
                "kk": "Қашан және не туралы хабарлау керек",
                "ru": "Когда и о чём сообщать",
                "en": "When and what to report",
            },
            "body": {
                "kk": (
                    "## Хабарлау неліктен маңызды\n\n"
                    "Сыбайлас жемқорлық үнсіздіктің арқасында өмір сүреді. Көптеген жағдайлар "
                    "әріптес немесе азамат үндемей қалмағандықтан ғана белгілі болады. "
                    "Сыбайлас жемқорлық туралы хабарлау — «әріптестерді сату» емес, бюджет "
                    "қаражатын, әділ шешімдерді және адал қызметкерлерді қорғау.\n\n"
                    "## Қашан хабарлауға міндеттісіз\n\n"
                    "Мемлекеттік қызметші ретінде сіз мыналар туралы хабарлауға міндеттісіз:\n"
                    "- сізді сыбайлас жемқорлық құқық бұзушылық жасауға **көндіруге** "
                    "бағытталған кез келген әрекет — мысалы, пара ұсыну, шешім үшін сыйлық "
                    "беру немесе біреуге заңсыз «көмектесуді» өтіну;\n"
                    "- жұмысыңызға байланысты **өзіңізге белгілі болған** сыбайлас жемқорлық "
                    "құқық бұзушылықтар.\n\n"
                    "Бұл міндет Қазақстанның сыбайлас жемқорлыққа қарсы іс-қимыл туралы "
                    "заңнамасында бекітілген және халықаралық стандарттарға сәйкес келеді.\n\n"
                    "## Не туралы хабарлау керек\n\n"
                    "**Фактілерді** барынша нақты сипаттаңыз:\n"
                    "- **не** болды;\n"
                    "- **қашан** және **қайда**;\n"
                    "- өзіңізге белгілі болғанша, оған **кім** қатысты;\n"
                    "- мұны қайдан білесіз, сондай-ақ қолыңызда заңды түрде **бар** құжаттар "
                    "немесе хабарламалар.\n\n"
                    "Фактілерді болжамдардан ажыратыңыз: біреудің жеке өмірі туралы өсекті "
                    "емес, «мен көрдім» немесе «маған пәленше айтты» деп жазыңыз.\n\n"
                    "## Не істемеу керек\n\n"
                    "- Өз бетіңізше тергеу жүргізбеңіз: өкілеттігіңіз болмаса, басқалардың "
                    "файлдарын көшірмеңіз, қақпан құрмаңыз және адамдарды заңды бұзып жазып "
                    "алмаңыз. Бұл — құзыретті органдардың жұмысы.\n"
                    "- Оған қатысы бар адамға ескертпеңіз.\n"
                    "- «Толық дәлелді» күтпеңіз — хабарлау үшін фактілерге негізделген күдік "
                    "жеткілікті.\n\n"
                    "## Адал ниет\n\n"
                    "Егер сіз адал ниетпен хабарласаңыз, ал тексеру фактілерді растамаса, сіз "
                    "ештеңе бұзған жоқсыз. Тек **көрінеу жалған** хабарламалар үшін ғана жаза "
                    "қолданылады."
                ),
                "ru": (
                    "## Почему важно сообщать\n\n"
                    "Коррупция живёт за счёт молчания. Многие случаи становятся известны "
                    "только потому, что коллега или гражданин не промолчал. Сообщение о "
                    "коррупции — это не «донос на коллег», а защита бюджетных средств, "
                    "справедливых решений и честных работников.\n\n"
                    "## Когда вы обязаны сообщить\n\n"
                    "Как государственный служащий вы обязаны сообщать:\n"
                    "- о любой попытке **склонить вас** к совершению коррупционного "
                    "правонарушения — например, о предложении взятки, подарка за решение или "
                    "просьбе незаконно кому-то «помочь»;\n"
                    "- о коррупционных правонарушениях, **ставших вам известными** в связи с "
                    "работой.\n\n"
                    "Эта обязанность закреплена в законодательстве Казахстана о "
                    "противодействии коррупции и соответствует международным стандартам.\n\n"
                    "## Что сообщать\n\n"
                    "Опишите **факты** как можно точнее:\n"
                    "- **что** произошло;\n"
                    "- **когда** и **где**;\n"
                    "- **кто** участвовал, насколько вам известно;\n"
                    "- откуда вам это известно, а также документы или сообщения, которые **уже "
                    "есть** у вас на законных основаниях.\n\n"
                    "Отделяйте факты от предположений: пишите «я видел» или «мне сообщил "
                    "такой-то», а не слухи о чьей-то личной жизни.\n\n"
                    "## Чего не делать\n\n"
                    "- Не проводите собственное расследование: не копируйте чужие файлы без "
                    "полномочий, не устраивайте ловушек и не записывайте людей в нарушение "
                    "закона. Это работа компетентных органов.\n"
                    "- Не предупреждайте причастного человека.\n"
                    "- Не ждите «полных доказательств» — для сообщения достаточно подозрения, "
                    "основанного на фактах.\n\n"
                    "## Добросовестность\n\n"
                    "Если вы сообщили честно, а проверка не подтвердила факты, вы ничего не "
                    "нарушили. Наказуемы только **заведомо ложные** сообщения."
                ),
                "en": (
                    "## Why reporting matters\n\n"
                    "Corruption survives on silence. Many cases come to light only because a "
                    'colleague or a citizen spoke up. Reporting corruption is not "informing '
                    'on colleagues" — it protects public money, fair decisions and honest '
                    "employees.\n\n"
                    "## When you must report\n\n"
                    "As a civil servant, you have a duty to report:\n"
                    "- any attempt to **draw you into** a corruption offence — for example, an "
                    "offer of a bribe, a gift in exchange for a decision, or a request to "
                    '"help" someone unlawfully;\n'
                    "- corruption offences that **become known to you** in connection with "
                    "your work.\n\n"
                    "This duty is set out in the law of Kazakhstan on combating corruption and "
                    "is in line with international standards.\n\n"
                    "## What to report\n\n"
                    "Describe the **facts** as precisely as you can:\n"
                    "- **what** happened;\n"
                    "- **when** and **where**;\n"
                    "- **who** was involved, as far as you know;\n"
                    "- how you know it, and any documents or messages you **already hold** "
                    "lawfully.\n\n"
                    'Separate facts from assumptions: write "I saw" or "I was told by", '
                    "not rumours about someone's private life.\n\n"
                    "## What not to do\n\n"
                    "- Do not run your own investigation: do not copy other people's files "
                    "without authority, set traps or record people in breach of the law. This "
                    "is the job of the competent authorities.\n"
                    "- Do not warn the person involved.\n"
                    '- Do not wait for "complete proof" — a suspicion based on facts is '
                    "enough to report.\n\n"
                    "## Good faith\n\n"
                    "If you report honestly and the review does not confirm the facts, you "
                    "have done nothing wrong. Only **knowingly false** reports are punishable."
                ),
            },
        },
        {
            "title": {
                "kk": "Қайда және қалай хабарлау керек",
                "ru": "Куда и как сообщать",
                "en": "Where and how to report",
            },
            "body": {
                "kk": (
                    "## Қайда хабарлау керек\n\n"
                    "Өз жағдайыңызға қауіпсіз әрі орынды арнаны таңдаңыз. Хабарлау үшін "
                    "ешкімнің рұқсаты қажет емес.\n\n"
                    "## Ұйымның ішінде\n\n"
                    "- **Тікелей басшыңыз** — егер оның іске қатысы болмаса.\n"
                    "- **Жоғары тұрған басшы** — егер тікелей басшыңыздың өзі қатысты болса "
                    "немесе ол шара қолданбаса.\n"
                    "- Ұйымыңызда болса, **этика жөніндегі уәкіл** немесе **сыбайлас "
                    "жемқорлыққа қарсы комплаенс-офицер**. Олар сіз шешім қабылдағанға дейін "
                    "құпия түрде кеңес бере алады.\n\n"
                    "## Ұйымнан тыс\n\n"
                    "- **Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл "
                    "агенттігі** — ресми сенім телефоны, сайты арқылы немесе жеке қабылдауда. "
                    "Алдымен басшыңызға хабарламай-ақ, тікелей жүгінуге болады.\n"
                    "- **Прокуратура органдары** және басқа да құқық қорғау органдары.\n"
                    "- Мемлекеттік органдарға өтініш берудің ресми электрондық арналары.\n\n"
                    "Тек мемлекеттік органдардың сайттарында жарияланған ресми байланыс "
                    "деректерін пайдаланыңыз.\n\n"
                    "## Хабарламаны қалай беру керек\n\n"
                    "- Мүмкіндігінше **жазбаша**: фактілерді баяндап, күнін қойып, қол қойыңыз "
                    "немесе ресми онлайн-нысанды пайдаланыңыз.\n"
                    "- Хабарламаның **көшірмесін** және тіркеу нөмірін немесе қабылданғаны "
                    "туралы растауды сақтап қойыңыз.\n"
                    "- Жеке деректеріңіздің **құпиялылығын** сақтауды сұрай аласыз. Кейбір "
                    "арналар анонимді хабарламаларды да қабылдайды, бірақ байланыс деректері "
                    "көрсетілген хабарламаны тексеру және соңына дейін жеткізу оңайырақ.\n\n"
                    "## Алғашқы қадам ретінде не істемеген жөн\n\n"
                    "Әріптестің атын атап, әлеуметтік желілерде немесе чаттарда жазба жариялау "
                    "— хабарлау арнасы емес. Мұндай жазба оған қатысы барларды сақтандырып, "
                    "дәлелдердің жойылуына әкелуі және мүлде кінәсіз болуы мүмкін адамдарға "
                    "зиян келтіруі мүмкін. Алдымен ресми арналар арқылы хабарлаңыз.\n\n"
                    "## Хабарламадан кейін\n\n"
                    "Хабарламаңыз тіркеліп, қаралуға тиіс. Өтінішіңізді қарау нәтижелері "
                    "туралы жауап алуға құқығыңыз бар."
                ),
                "ru": (
                    "## Куда сообщать\n\n"
                    "Выберите канал, который безопасен и уместен в вашей ситуации. Для "
                    "сообщения не нужно ничьё разрешение.\n\n"
                    "## Внутри организации\n\n"
                    "- **Непосредственный руководитель** — если он не причастен.\n"
                    "- **Вышестоящий руководитель** — если причастен ваш непосредственный "
                    "руководитель или он не принимает мер.\n"
                    "- **Уполномоченный по этике** или **антикоррупционный комплаенс-офицер**, "
                    "если они есть в вашей организации. Они могут конфиденциально "
                    "проконсультировать вас ещё до того, как вы примете решение.\n\n"
                    "## Вне организации\n\n"
                    "- **Агентство Республики Казахстан по противодействию коррупции** — через "
                    "официальный телефон доверия, сайт или на личном приёме. Можно обратиться "
                    "напрямую, не сообщая сначала руководителю.\n"
                    "- **Органы прокуратуры** и другие правоохранительные органы.\n"
                    "- Официальные электронные каналы подачи обращений в государственные "
                    "органы.\n\n"
                    "Пользуйтесь только официальными контактами, опубликованными на сайтах "
                    "государственных органов.\n\n"
                    "## Как подать сообщение\n\n"
                    "- По возможности **письменно**: изложите факты, поставьте дату и подпись "
                    "или воспользуйтесь официальной онлайн-формой.\n"
                    "- Сохраните **копию** сообщения и регистрационный номер или подтверждение "
                    "получения.\n"
                    "- Вы можете попросить сохранить **конфиденциальность** ваших данных. "
                    "Некоторые каналы принимают и анонимные сообщения, но сообщение с "
                    "контактными данными проще проверить и довести до результата.\n\n"
                    "## Что не стоит делать первым шагом\n\n"
                    "Публикации в соцсетях и чатах с именем коллеги — не канал для сообщений. "
                    "Они могут предупредить причастных, привести к уничтожению доказательств и "
                    "навредить людям, которые, возможно, ни в чём не виноваты. Сначала "
                    "сообщите по официальным каналам.\n\n"
                    "## После подачи\n\n"
                    "Ваше сообщение должно быть зарегистрировано и рассмотрено. Вы вправе "
                    "получить ответ о результатах рассмотрения вашего обращения."
                ),
                "en": (
                    "## Where to report\n\n"
                    "Choose the channel that is safe and appropriate in your situation. You do "
                    "not need anyone's permission to report.\n\n"
                    "## Inside your organisation\n\n"
                    "- **Your immediate supervisor** — if he or she is not involved.\n"
                    "- **A higher manager** — if your immediate supervisor is involved or does "
                    "not take action.\n"
                    "- **The ethics commissioner** or the **anti-corruption compliance "
                    "officer**, where your organisation has one. They can give you "
                    "confidential advice even before you decide what to do.\n\n"
                    "## Outside your organisation\n\n"
                    "- **The Anti-Corruption Agency of the Republic of Kazakhstan** — through "
                    "its official hotline, its website or in person. You may contact it "
                    "directly, without informing your supervisor first.\n"
                    "- **The prosecutor's office** and other law enforcement bodies.\n"
                    "- Official electronic channels for submitting appeals to state bodies.\n\n"
                    "Use only official contact details published on the websites of state "
                    "bodies.\n\n"
                    "## How to submit a report\n\n"
                    "- In **writing** where possible: set out the facts, date and sign it, or "
                    "use the official online form.\n"
                    "- Keep a **copy** of the report and its registration number or "
                    "confirmation of receipt.\n"
                    "- You can ask for your identity to be kept **confidential**. Some "
                    "channels also accept anonymous reports, but a report with contact details "
                    "is easier to check and follow through.\n\n"
                    "## What not to do as a first step\n\n"
                    "Posts on social media or in chat groups naming a colleague are not a "
                    "reporting channel. They can alert those involved, lead to evidence being "
                    "destroyed and harm people who may be innocent. Report through official "
                    "channels first.\n\n"
                    "## After you report\n\n"
                    "Your report must be registered and reviewed. You have the right to "
                    "receive a reply on the outcome of the review of your appeal."
                ),
            },
        },
        {
            "title": {
                "kk": "Хабарлаған адамдарды қорғау",
                "ru": "Защита тех, кто сообщает",
                "en": "Protection for those who report",
            },
            "body": {
                "kk": (
                    "## Хабарлаған адамдарды қорғау\n\n"
                    "Сыбайлас жемқорлық туралы адал ниетпен хабарлаған адамдар **мемлекеттің "
                    "қорғауында** болады. Мұндай қорғауды Қазақстанның сыбайлас жемқорлыққа "
                    "қарсы іс-қимыл туралы заңнамасы да, халықаралық стандарттар да (мысалы, "
                    "БҰҰ-ның Сыбайлас жемқорлыққа қарсы конвенциясы) көздейді.\n\n"
                    "## Құпиялылық\n\n"
                    "Сыбайлас жемқорлық туралы хабарлаған адам туралы мәліметтер **құпия** "
                    "болып табылады. Хабарламаны қарайтындар оны кімнің бергенін заңды "
                    "негізсіз жария етуге құқылы емес. Басшылар кімнің хабарлағанын анықтауға "
                    "тырыспауы керек.\n\n"
                    "## Қудалау қандай болады\n\n"
                    "Қудалау — адамның сыбайлас жемқорлық туралы хабарлағаны **үшін** жасалған "
                    "кез келген жағымсыз әрекет. Мысалы:\n"
                    "- негізсіз жұмыстан шығару, лауазымын төмендету немесе басқа жұмысқа "
                    "ауыстыру;\n"
                    "- негізсіз тәртіптік жаза, сыйлықақыдан айыру немесе жүктемені азайту;\n"
                    "- жұмыстан шеттету, қорқыту, қысым көрсету немесе жұрт алдында қорлау;\n"
                    "- адам туралы «жанжалқой» деген өсек тарату.\n\n"
                    "Қудалауға жол берілмейді, ал кінәлілер жауапкершілікке тартылуы "
                    "мүмкін.\n\n"
                    "## Егер сізді қудаласа\n\n"
                    "1. **Барлығын жазып отырыңыз**: күндерді, бұйрықтарды, хабарламаларды, "
                    "куәгерлерді.\n"
                    "2. Өзіңіз жүгінген органға, жоғары тұрған басшыға немесе Сыбайлас "
                    "жемқорлыққа қарсы іс-қимыл агенттігіне хабарламаңыз үшін сізге қысым "
                    "көрсетіліп жатқанын **хабарлаңыз**.\n"
                    "3. Заңсыз шешімдерге белгіленген тәртіппен, соның ішінде сотқа "
                    "**шағымданыңыз**.\n"
                    "4. Кек қайтармаңыз және басқалардың дербес деректерін жарияламаңыз — бұл "
                    "өз жағдайыңызға зиян келтіруі мүмкін.\n\n"
                    "## Егер сіз басшы болсаңыз\n\n"
                    "- Әрбір хабарламаға байыппен қарап, оны тиісті жерге жіберіңіз.\n"
                    "- Кімнің хабарлағанын анықтауға тырыспаңыз және ешкімге қысым "
                    "көрсетілуіне жол бермеңіз.\n"
                    "- Тексеруге жәрдемдесіңіз және оның мән-жайын жария етпеңіз.\n"
                    "- Есіңізде болсын: адамдар ашық сөйлеуден қорықпайтын ұжым сыбайлас "
                    "жемқорлықтан жақсырақ қорғалған."
                ),
                "ru": (
                    "## Защита тех, кто сообщает\n\n"
                    "Лица, добросовестно сообщившие о коррупции, **находятся под защитой "
                    "государства**. Такую защиту предусматривают и законодательство Казахстана "
                    "о противодействии коррупции, и международные стандарты (например, "
                    "Конвенция ООН против коррупции).\n\n"
                    "## Конфиденциальность\n\n"
                    "Сведения о человеке, сообщившем о коррупции, **конфиденциальны**. Те, кто "
                    "рассматривает сообщение, не вправе без законных оснований раскрывать, кто "
                    "его подал. Руководители не должны выяснять, кто сообщил.\n\n"
                    "## Как выглядит преследование\n\n"
                    "Преследование — это любые негативные действия, предпринятые **из-за "
                    "того**, что человек сообщил о коррупции. Например:\n"
                    "- увольнение, понижение в должности или перевод без веских причин;\n"
                    "- необоснованные дисциплинарные взыскания, лишение премий или сокращение "
                    "нагрузки;\n"
                    "- отстранение от работы, угрозы, давление или публичное унижение;\n"
                    "- распространение слухов, что человек — «склочник».\n\n"
                    "Преследование недопустимо, и виновные могут быть привлечены к "
                    "ответственности.\n\n"
                    "## Если вас преследуют\n\n"
                    "1. **Записывайте всё**: даты, приказы, сообщения, свидетелей.\n"
                    "2. **Сообщите** органу, в который вы обращались, вышестоящему "
                    "руководителю или в Агентство по противодействию коррупции, что на вас "
                    "оказывают давление из-за вашего сообщения.\n"
                    "3. **Обжалуйте** незаконные решения в установленном порядке, в том числе "
                    "в суде.\n"
                    "4. Не отвечайте местью и не публикуйте чужие персональные данные — это "
                    "может навредить вашей собственной позиции.\n\n"
                    "## Если вы руководитель\n\n"
                    "- Относитесь серьёзно к каждому сообщению и передавайте его по "
                    "назначению.\n"
                    "- Не пытайтесь установить, кто сообщил, и не допускайте давления ни на "
                    "кого.\n"
                    "- Содействуйте проверке и не разглашайте её подробности.\n"
                    "- Помните: коллектив, где люди не боятся говорить открыто, лучше защищён "
                    "от коррупции."
                ),
                "en": (
                    "## Protection for those who report\n\n"
                    "People who report corruption in good faith are **protected by the "
                    "state**. Both the law of Kazakhstan on combating corruption and "
                    "international standards (for example, the UN Convention against "
                    "Corruption) provide for this protection.\n\n"
                    "## Confidentiality\n\n"
                    "Information about the person who reported corruption is **confidential**. "
                    "Those who review a report must not reveal who made it without a legal "
                    "basis. Managers must not try to find out who reported.\n\n"
                    "## What retaliation looks like\n\n"
                    "Retaliation is any negative action taken **because** a person reported "
                    "corruption. For example:\n"
                    "- dismissal, demotion or transfer without good reason;\n"
                    "- unjustified disciplinary sanctions, loss of bonuses or reduced "
                    "workload;\n"
                    "- exclusion from work, threats, pressure or public humiliation;\n"
                    '- spreading rumours that the person is a "troublemaker".\n\n'
                    "Retaliation is not allowed, and those responsible can be held liable.\n\n"
                    "## If you face retaliation\n\n"
                    "1. **Write everything down**: dates, orders, messages, witnesses.\n"
                    "2. **Inform** the body you reported to, a higher manager or the "
                    "Anti-Corruption Agency that you are under pressure because of your "
                    "report.\n"
                    "3. **Challenge** unlawful decisions under the established procedure, "
                    "including in court.\n"
                    "4. Do not take revenge and do not publish other people's personal data — "
                    "it can damage your own position.\n\n"
                    "## If you are a manager\n\n"
                    "- Take every report seriously and pass it on to the right place.\n"
                    "- Do not try to identify the reporter, and do not allow pressure on "
                    "anyone.\n"
                    "- Cooperate with the review and keep its details confidential.\n"
                    "- Remember: a team in which people are not afraid to speak up is better "
                    "protected against corruption."
                ),
            },
        },
    ],
    "categories": [
        {
            "code": "duty",
            "title": {
                "kk": "Хабарлау міндеті",
                "ru": "Обязанность сообщать",
                "en": "The duty to report",
            },
            "draw": 2,
        },
        {
            "code": "channels",
            "title": {
                "kk": "Қайда және қалай хабарлау керек",
                "ru": "Куда и как сообщать",
                "en": "Where and how to report",
            },
            "draw": 2,
        },
        {
            "code": "protection",
            "title": {
                "kk": "Қудалаудан қорғау",
                "ru": "Защита от преследования",
                "en": "Protection from retaliation",
            },
            "draw": 2,
        },
    ],
    "questions": [
        {
            "category": "duty",
            "kind": "single",
            "text": {
                "kk": (
                    "Келуші жетіспейтін анықтамасыз құжаттарын қабылдасаңыз, «жақсылап алғыс "
                    "айтатынын» меңзейді. Сіз не істеуге міндеттісіз?"
                ),
                "ru": (
                    "Посетитель намекает, что «щедро отблагодарит», если вы примете его "
                    "документы без недостающей справки. Что вы обязаны сделать?"
                ),
                "en": (
                    'A visitor hints that he will "thank you generously" if you accept his '
                    "documents without a missing certificate. What must you do?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Бас тартып, бұл туралы ұмыту, өйткені ештеңе болған жоқ.",
                        "ru": "Отказаться и забыть об этом, ведь ничего не произошло.",
                        "en": "Refuse and forget about it, since nothing actually happened.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қызметшіні сыбайлас жемқорлық құқық бұзушылыққа көндіру әрекеті "
                            "сәтсіз болса да, ол туралы хабарлау керек."
                        ),
                        "ru": (
                            "О попытке склонить служащего к коррупционному правонарушению "
                            "нужно сообщить, даже если она не удалась."
                        ),
                        "en": (
                            "An attempt to draw an official into a corruption offence must be "
                            "reported even if it failed."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бас тартып, бұл әрекет туралы басшыңызға немесе құзыретті органға "
                            "хабарлау."
                        ),
                        "ru": (
                            "Отказаться и сообщить о попытке руководителю или в компетентный орган."
                        ),
                        "en": (
                            "Refuse, and report the attempt to your supervisor or a competent "
                            "authority."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бас тарту сізді қорғайды, ал хабарлау арқылы міндетіңізді "
                            "орындап, мұндай тәжірибенің жолын кесуге көмектесесіз."
                        ),
                        "ru": (
                            "Отказ защищает вас, а сообщив, вы исполняете свою обязанность и "
                            "помогаете пресечь такую практику."
                        ),
                        "en": (
                            "Refusing protects you, and by reporting you fulfil your duty and "
                            "help stop the practice."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Дәлел жинау үшін өз бетіңізше келіскен болып көріну.",
                        "ru": (
                            "Сделать вид, что согласны, чтобы самостоятельно собрать "
                            "доказательства."
                        ),
                        "en": "Pretend to agree in order to collect evidence yourself.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тергеу — құзыретті органдардың ісі; өз бетіңізше әрекет ету сізге "
                            "қауіп төндіріп, іске зиян келтіруі мүмкін."
                        ),
                        "ru": (
                            "Расследование — дело компетентных органов; самостоятельные "
                            "действия подвергают вас риску и могут навредить делу."
                        ),
                        "en": (
                            "Investigating is the job of the competent authorities; acting "
                            "alone puts you at risk and can harm the case."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Алдымен әріптестеріңізбен талқылап, хабарлау керек пе, жоқ па, "
                            "бірге шешу."
                        ),
                        "ru": (
                            "Сначала обсудить это с коллегами и вместе решить, стоит ли сообщать."
                        ),
                        "en": (
                            "Discuss it with colleagues first and decide together whether it "
                            "is worth reporting."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлау міндеті сізге жүктелген, ал ұжымда талқылау оған қатысы "
                            "барларды сақтандырып қоюы мүмкін."
                        ),
                        "ru": (
                            "Обязанность сообщить лежит на вас, а обсуждение в коллективе "
                            "может предупредить причастных."
                        ),
                        "en": (
                            "The duty to report is yours, and discussing it around the office "
                            "can warn those involved."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Сізді сыбайлас жемқорлық құқық бұзушылыққа көндіру әрекетінен бас тартып, "
                    "ол сәтсіз болса да, басшыңызға немесе құзыретті органға хабарлаңыз."
                ),
                "ru": (
                    "Откажитесь от любой попытки склонить вас к коррупционному правонарушению "
                    "и сообщите о ней руководителю или в компетентный орган, даже если она не "
                    "удалась."
                ),
                "en": (
                    "Refuse any attempt to draw you into a corruption offence and report it to "
                    "your supervisor or a competent authority, even if it did not succeed."
                ),
            },
        },
        {
            "category": "duty",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Болжамды сыбайлас жемқорлық туралы хабарламада нені көрсеткен пайдалы? "
                    "Барлық дұрыс жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Что полезно указать в сообщении о предполагаемой коррупции? Выберите все "
                    "подходящие варианты."
                ),
                "en": (
                    "What is useful to include in a report about suspected corruption? Select "
                    "all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Не болғанын — фактілер түрінде.",
                        "ru": "Что произошло — в виде фактов.",
                        "en": "What happened, described as facts.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Нақты фактілер — кез келген тексерудің негізі.",
                        "ru": "Чёткие факты — основа любой проверки.",
                        "en": "Clear facts are the basis of any review.",
                    },
                },
                {
                    "text": {
                        "kk": "Оған қатысы бар адамдардың жеке өмірі туралы өсек.",
                        "ru": "Слухи о личной жизни причастных людей.",
                        "en": "Rumours about the private lives of the people involved.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Өсек тексеруге көмектеспейді және адамдарға әділетсіз зиян "
                            "келтіруі мүмкін; іске қатысты фактілерді ғана жазыңыз."
                        ),
                        "ru": (
                            "Слухи не помогают проверке и могут несправедливо навредить людям; "
                            "придерживайтесь фактов, относящихся к делу."
                        ),
                        "en": (
                            "Rumours do not help the review and may harm people unfairly; "
                            "stick to facts relevant to the case."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оның қашан және қайда болғанын, өзіңізге белгілі болғанша оған "
                            "кімнің қатысқанын."
                        ),
                        "ru": (
                            "Когда и где это произошло и кто участвовал, насколько вам известно."
                        ),
                        "en": (
                            "When and where it happened, and who was involved as far as you know."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Уақыты, орны және қатысушылары құзыретті органға фактілерді "
                            "тексеруге көмектеседі."
                        ),
                        "ru": (
                            "Время, место и участники помогают компетентному органу проверить "
                            "факты."
                        ),
                        "en": (
                            "Time, place and participants help the competent authority to "
                            "check the facts."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Қолыңызда заңды түрде бар құжаттарды немесе хабарламаларды.",
                        "ru": (
                            "Документы или сообщения, которые уже есть у вас на законных "
                            "основаниях."
                        ),
                        "en": "Documents or messages that you already hold lawfully.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Заңды түрде бар материалдар өз бетіңізше тергеу жүргізбей-ақ "
                            "хабарламаңызды нығайтады."
                        ),
                        "ru": (
                            "Законно имеющиеся у вас материалы подкрепляют сообщение без "
                            "самостоятельного расследования."
                        ),
                        "en": (
                            "Material you hold lawfully supports your report without you "
                            "having to investigate."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әріптесіңіздің компьютерінен рұқсатсыз көшірілген файлдарды.",
                        "ru": "Файлы, без разрешения скопированные с компьютера коллеги.",
                        "en": "Files copied without permission from a colleague's computer.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Материалдарды заңсыз жинау заңды бұзуы және іске зиян келтіруі "
                            "мүмкін; мұны құзыретті органдарға қалдырыңыз."
                        ),
                        "ru": (
                            "Незаконный сбор материалов может нарушать закон и навредить делу; "
                            "оставьте это компетентным органам."
                        ),
                        "en": (
                            "Collecting material unlawfully can break the law and harm the "
                            "case; leave this to the competent authorities."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Жақсы хабарламада фактілер — не, қашан, қайда және кім — және заңды түрде "
                    "бар материалдар көрсетіледі; онда өсек немесе заңсыз алынған дәлелдер "
                    "болмайды."
                ),
                "ru": (
                    "Хорошее сообщение излагает факты — что, когда, где и кто — и законно "
                    "имеющиеся материалы; в нём нет слухов и незаконно добытых доказательств."
                ),
                "en": (
                    "A good report sets out the facts — what, when, where and who — and any "
                    "material held lawfully; it does not rely on rumours or unlawfully "
                    "obtained evidence."
                ),
            },
        },
        {
            "category": "duty",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Сыбайлас жемқорлық туралы хабарлама сіз алдымен толық дәлелдерді өзіңіз "
                    "жинасаңыз ғана қабылданады."
                ),
                "ru": (
                    "Сообщение о коррупции примут, только если вы сами заранее соберёте полные "
                    "доказательства."
                ),
                "en": (
                    "A report of corruption will only be accepted if you have first gathered "
                    "complete proof yourself."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Дұрыс",
                        "ru": "Верно",
                        "en": "True",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Дәлел жинау — құзыретті органдардың міндеті; хабарлау үшін "
                            "фактілерге негізделген күдік жеткілікті."
                        ),
                        "ru": (
                            "Сбор доказательств — задача компетентных органов; для сообщения "
                            "достаточно подозрения, основанного на фактах."
                        ),
                        "en": (
                            "Gathering proof is the task of the competent authorities; a "
                            "suspicion based on facts is enough to report."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұрыс",
                        "ru": "Неверно",
                        "en": "False",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Өзіңізге белгілі фактілерді сипаттау жеткілікті; оларды тексеру — "
                            "құзыретті органдардың жұмысы."
                        ),
                        "ru": (
                            "Достаточно описать известные вам факты; проверять их — работа "
                            "компетентных органов."
                        ),
                        "en": (
                            "It is enough to describe the facts you know; checking them is the "
                            "job of the competent authorities."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Өзіңізге белгілі жайтты адал ниетпен хабарлаңыз; толық дәлел қажет емес, "
                    "ал өз бетіңізше тергеу жүргізбеген жөн."
                ),
                "ru": (
                    "Сообщайте добросовестно о том, что вам известно; полные доказательства не "
                    "нужны, а самостоятельно расследовать не следует."
                ),
                "en": (
                    "Report what you know in good faith; you do not need complete proof, and "
                    "you should not investigate on your own."
                ),
            },
        },
        {
            "category": "duty",
            "kind": "scenario",
            "text": {
                "kk": "Әселдің қалай әрекет еткені дұрыс?",
                "ru": "Как Асель лучше всего поступить?",
                "en": "What is the best course of action for Asel?",
            },
            "scenario": {
                "kk": (
                    "Әсел — аудан әкімдігінің мемлекеттік сатып алу бөлімінің маманы. Ол сатып "
                    "алудың техникалық ерекшелігі тек бір белгілі компания ғана сәйкес "
                    "келетіндей етіп жазылғанын үшінші рет байқап отыр. Ол бөлім басшысының "
                    "осы компанияның иесін «ескі досым» деп атағанын естіген. Әсел мұның "
                    "бұзушылық екеніне сенімді емес және қарым-қатынасты бұзып алудан қорқады."
                ),
                "ru": (
                    "Асель — специалист отдела государственных закупок районного акимата. Уже "
                    "в третий раз она замечает, что техническая спецификация закупки "
                    "составлена так, что ей может соответствовать только одна определённая "
                    "компания. Она слышала, как начальник отдела называл владельца этой "
                    "компании «старым другом». Асель не уверена, что это нарушение, и боится "
                    "испортить отношения."
                ),
                "en": (
                    "Asel is a specialist in the public procurement unit of a district akimat. "
                    "For the third time, she notices that the technical specification for a "
                    "purchase is written so that only one particular company can meet it. She "
                    "has heard the head of her unit call the company's owner \"an old "
                    'friend". Asel is not sure whether this is a violation and is afraid of '
                    "spoiling relations."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Бірдеңе айтпас бұрын дәлел жинау үшін бөлім басшысының "
                            "электрондық поштасын жасырын көшіріп алу."
                        ),
                        "ru": (
                            "Тайно скопировать почту начальника отдела, чтобы собрать "
                            "доказательства, прежде чем что-то говорить."
                        ),
                        "en": (
                            "Secretly copy her head's e-mails to collect proof before saying "
                            "anything."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Басқаның хат-хабарына рұқсатсыз кіру заңды бұзуы және іске зиян "
                            "келтіруі мүмкін."
                        ),
                        "ru": (
                            "Несанкционированный доступ к чужой переписке может нарушать закон "
                            "и навредить делу."
                        ),
                        "en": (
                            "Unauthorised access to other people's correspondence may break "
                            "the law and harm the case."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Мұның бұзушылық екеніне толық көз жеткізгенше үндемеу.",
                        "ru": "Молчать, пока не будет полностью уверена, что это нарушение.",
                        "en": "Say nothing until she is completely sure it is a violation.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Толық сенімділік қажет емес; қайталанып отырған фактілерге "
                            "негізделген күдік хабарлау үшін жеткілікті."
                        ),
                        "ru": (
                            "Полная уверенность не нужна; для сообщения достаточно подозрения, "
                            "основанного на повторяющихся фактах."
                        ),
                        "en": (
                            "She does not need certainty; a suspicion based on repeated facts "
                            "is enough to report."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Байқаған фактілері туралы бөлім басшысын айналып өтетін ресми "
                            "арна арқылы, мысалы, этика жөніндегі уәкілге немесе Сыбайлас "
                            "жемқорлыққа қарсы іс-қимыл агенттігіне хабарлау."
                        ),
                        "ru": (
                            "Сообщить о замеченных фактах по официальному каналу в обход "
                            "начальника отдела, например уполномоченному по этике или в "
                            "Агентство по противодействию коррупции."
                        ),
                        "en": (
                            "Report the facts she has observed through an official channel "
                            "that bypasses her head, such as the ethics commissioner or the "
                            "Anti-Corruption Agency."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бөлім басшысының өзі қатысты болуы мүмкін болғандықтан, бөлімнен "
                            "тыс арна — қауіпсіз таңдау, ал оның хабарламасы құпия сақталады."
                        ),
                        "ru": (
                            "Поскольку начальник может быть причастен, безопаснее канал вне "
                            "отдела, а её сообщение остаётся конфиденциальным."
                        ),
                        "en": (
                            "Because her head may be involved, a channel outside the unit is "
                            "the safe choice, and her report stays confidential."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Келесі жиналыста мәселені бөлім басшысына барлығының көзінше көтеру."
                        ),
                        "ru": ("Поднять вопрос перед начальником при всех на ближайшей планёрке."),
                        "en": (
                            "Raise the issue with her head in front of everyone at the next "
                            "staff meeting."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жұрт алдында бетпе-бет шығу оған қатысы барларды сақтандырады "
                            "және Әселді қысымға ұшыратады, бірақ тәуелсіз тексеруді "
                            "қамтамасыз етпейді."
                        ),
                        "ru": (
                            "Публичная конфронтация предупреждает причастных и подвергает "
                            "Асель давлению, не обеспечивая независимой проверки."
                        ),
                        "en": (
                            "A public confrontation warns those involved and exposes Asel to "
                            "pressure without ensuring an independent review."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Басшыңыздың өзі қатысты болуы мүмкін болса, фактілер туралы басқа ресми "
                    "арна арқылы — жоғары тұрған басшыға, этика жөніндегі уәкілге немесе "
                    "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне хабарлаңыз."
                ),
                "ru": (
                    "Если ваш руководитель может быть причастен, сообщите о фактах по другому "
                    "официальному каналу — вышестоящему руководителю, уполномоченному по этике "
                    "или в Агентство по противодействию коррупции."
                ),
                "en": (
                    "When your supervisor may be involved, report the facts through another "
                    "official channel — a higher manager, the ethics commissioner or the "
                    "Anti-Corruption Agency."
                ),
            },
        },
        {
            "category": "channels",
            "kind": "single",
            "text": {
                "kk": (
                    "Тікелей басшыңыз заңсыз сыйақы («откат») алып жүр деп күдіктенесіз. Қай "
                    "арна ең орынды?"
                ),
                "ru": (
                    "Вы подозреваете, что ваш непосредственный руководитель получает «откаты». "
                    "Какой канал наиболее уместен?"
                ),
                "en": (
                    "You suspect that your immediate supervisor is taking kickbacks. Which "
                    "channel is the most appropriate?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Басшының өзі, оған түсініктеме беруге мүмкіндік беру үшін.",
                        "ru": "Сам руководитель, чтобы дать ему возможность объясниться.",
                        "en": "Your supervisor, to give him a chance to explain.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Оған қатысы бар адамның өзіне хабарлау дәлелдердің жойылуына және "
                            "сізге қысым көрсетілуіне әкелуі мүмкін."
                        ),
                        "ru": (
                            "Сообщение самому причастному может привести к уничтожению "
                            "доказательств и давлению на вас."
                        ),
                        "en": (
                            "Reporting to the person involved can lead to evidence being "
                            "destroyed and pressure on you."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оның атын атап, әлеуметтік желіде жазба жариялау.",
                        "ru": "Публикация в социальной сети с его именем.",
                        "en": "A post on social media naming him.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Әлеуметтік желі — хабарлау арнасы емес: жазба оған қатысы "
                            "барларды сақтандырып, кез келген тексеруге дейін адамдарға зиян "
                            "келтіруі мүмкін."
                        ),
                        "ru": (
                            "Соцсети — не канал для сообщений: публикация может предупредить "
                            "причастных и навредить людям ещё до проверки."
                        ),
                        "en": (
                            "Social media is not a reporting channel: a post can warn those "
                            "involved and harm people before any review."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әріптестерді ескерту үшін ұжымның ортақ чаты.",
                        "ru": "Общий чат коллектива, чтобы предупредить коллег.",
                        "en": "The staff group chat, so that colleagues are warned.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Чаттағы жазба ресми хабарлама емес, әрі ол оған қатысы бар адамды "
                            "сақтандырып қоюы мүмкін."
                        ),
                        "ru": (
                            "Сообщение в чате — не официальное обращение, и оно может "
                            "предупредить причастного."
                        ),
                        "en": (
                            "A chat message is not an official report, and it may alert the "
                            "person involved."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жоғары тұрған басшы, этика жөніндегі уәкіл немесе тікелей "
                            "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігі."
                        ),
                        "ru": (
                            "Вышестоящий руководитель, уполномоченный по этике или "
                            "непосредственно Агентство по противодействию коррупции."
                        ),
                        "en": (
                            "A higher manager, the ethics commissioner, or the Anti-Corruption "
                            "Agency directly."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бұл арналар оған қатысы бар адамға тәуелді емес және "
                            "хабарламаңыздың құпиялылығын қамтамасыз етеді."
                        ),
                        "ru": (
                            "Эти каналы не зависят от причастного лица и обеспечивают "
                            "конфиденциальность вашего сообщения."
                        ),
                        "en": (
                            "These channels are independent of the person involved and keep "
                            "your report confidential."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Басшыңыздың өзі қатысты болуы мүмкін болса, оны айналып өтіңіз: жоғары "
                    "тұрған басшыға, этика жөніндегі уәкілге немесе тікелей Сыбайлас "
                    "жемқорлыққа қарсы іс-қимыл агенттігіне хабарлаңыз."
                ),
                "ru": (
                    "Если ваш руководитель может быть причастен, обойдите его: сообщите "
                    "вышестоящему руководителю, уполномоченному по этике или напрямую в "
                    "Агентство по противодействию коррупции."
                ),
                "en": (
                    "If your supervisor may be involved, bypass them: report to a higher "
                    "manager, the ethics commissioner or directly to the Anti-Corruption "
                    "Agency."
                ),
            },
        },
        {
            "category": "channels",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Сыбайлас жемқорлық туралы алдымен басшыңызға хабарламай-ақ, тікелей "
                    "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне хабарлауға болады."
                ),
                "ru": (
                    "О коррупции можно сообщить напрямую в Агентство по противодействию "
                    "коррупции, не уведомляя сначала руководителя."
                ),
                "en": (
                    "You may report corruption directly to the Anti-Corruption Agency without "
                    "first informing your supervisor."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Дұрыс",
                        "ru": "Верно",
                        "en": "True",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Хабарлау үшін ешкімнің рұқсаты қажет емес; өз жағдайыңызға "
                            "қауіпсіз арнаны таңдай аласыз."
                        ),
                        "ru": (
                            "Для сообщения ничьё разрешение не нужно; вы можете выбрать канал, "
                            "безопасный в вашей ситуации."
                        ),
                        "en": (
                            "No one's permission is needed to report; you may choose the "
                            "channel that is safe in your situation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұрыс",
                        "ru": "Неверно",
                        "en": "False",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлау үшін басшының келісімі талап етілмейді; Агенттікке "
                            "тікелей жүгінуге болады."
                        ),
                        "ru": (
                            "Для сообщения не требуется согласие руководителя; в Агентство "
                            "можно обратиться напрямую."
                        ),
                        "en": (
                            "Reporting does not require your supervisor's consent; the Agency "
                            "can be contacted directly."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ішкі немесе сыртқы арналар арқылы, соның ішінде тікелей Сыбайлас "
                    "жемқорлыққа қарсы іс-қимыл агенттігіне хабарлауға болады; ешкімнің "
                    "рұқсаты қажет емес."
                ),
                "ru": (
                    "Сообщать можно по внутренним или внешним каналам, в том числе напрямую в "
                    "Агентство по противодействию коррупции; ничьё разрешение не требуется."
                ),
                "en": (
                    "You can report through internal or external channels, including directly "
                    "to the Anti-Corruption Agency; no one's permission is required."
                ),
            },
        },
        {
            "category": "channels",
            "kind": "scenario",
            "text": {
                "kk": "Марат қалай әрекет етуі керек?",
                "ru": "Как следует поступить Марату?",
                "en": "What should Marat do?",
            },
            "scenario": {
                "kk": (
                    "Халыққа қызмет көрсету орталығы басшысының орынбасары Маратқа бір әйел "
                    "келеді. Ол оператордың өтінішін ақыға «тездетіп беруді» ұсынғанын, ақшаны "
                    "сыртта күтіп тұрған «көмекшіге» қолма-қол беру керек екенін айтады. Әйел "
                    "қорқып отыр, атын айтқысы да, ештеңе жазғысы да келмейді. Марат ол "
                    "көрсетіп отырған терезеде қай оператор жұмыс істейтінін біледі."
                ),
                "ru": (
                    "К Марату, заместителю руководителя центра обслуживания населения, "
                    "обращается женщина. Она рассказывает, что оператор предложил «ускорить» "
                    "оформление её заявления за плату, которую нужно отдать наличными "
                    "«помощнику», ожидающему на улице. Она напугана и не хочет ни называть "
                    "своё имя, ни что-либо писать. Марат знает, какой оператор работает в "
                    "окне, на которое она указывает."
                ),
                "en": (
                    "A woman approaches Marat, a deputy head of a public service centre. She "
                    'says that an operator offered to "speed up" her application for a fee, '
                    'to be paid in cash to an "assistant" waiting outside. She is frightened '
                    "and does not want to give her name or write anything down. Marat knows "
                    "which operator works at the window she points to."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Әйел атын айтпағандықтан, назар аудармау.",
                        "ru": "Не реагировать, раз женщина не называет своего имени.",
                        "en": "Ignore it, because the woman will not give her name.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Азаматтың аты айтылмаса да, сыбайлас жемқорлық туралы мәліметтің "
                            "маңызы зор; Маратқа белгілі болған жайт туралы хабарлау — оның өз "
                            "міндеті."
                        ),
                        "ru": (
                            "Сведения о коррупции важны и без имени гражданки; у Марата есть "
                            "собственная обязанность сообщить о том, что ему стало известно."
                        ),
                        "en": (
                            "Information about corruption matters even without the citizen's "
                            "name; Marat has his own duty to report what he has learned."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оператордың терезесіне барып, кезектегілердің көзінше онымен "
                            "бетпе-бет сөйлесу."
                        ),
                        "ru": "Подойти к окну оператора и выяснить отношения при всей очереди.",
                        "en": (
                            "Go to the operator's window and confront him in front of the queue."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жұрт алдында мәселе көтеру оған қатысы барларды, соның ішінде "
                            "«көмекшіні» сақтандырады және әйелді одан сайын қорқытады."
                        ),
                        "ru": (
                            "Публичное выяснение предупредит причастных, включая «помощника», "
                            "и ещё больше напугает женщину."
                        ),
                        "en": (
                            "A public confrontation warns those involved, including the "
                            '"assistant", and frightens the woman even more.'
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әйел айтқан фактілерді жазып алып, оның құпия түрде хабарлай "
                            "алатынын түсіндіру және ақпаратты ресми арна арқылы, мысалы, "
                            "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне жеткізу."
                        ),
                        "ru": (
                            "Записать сообщённые ею факты, объяснить, что она может сообщить "
                            "конфиденциально, и передать информацию по официальному каналу, "
                            "например в Агентство по противодействию коррупции."
                        ),
                        "en": (
                            "Write down the facts she gives, explain that she can report "
                            "confidentially, and pass the information on through an official "
                            "channel such as the Anti-Corruption Agency."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Осылайша фактілер тіркеледі, азаматшаның алаңдаушылығы "
                            "ескеріледі, ал құзыретті орган шара қолдана алады."
                        ),
                        "ru": (
                            "Так факты зафиксированы, опасения гражданки учтены, а "
                            "компетентный орган может принять меры."
                        ),
                        "en": (
                            "This records the facts, respects the citizen's fears and allows "
                            "the competent authority to act."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оператормен оңаша сөйлесіп, мұны доғаруын айту.",
                        "ru": "Тихо поговорить с оператором и велеть ему прекратить.",
                        "en": "Have a quiet word with the operator and tell him to stop.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Оңаша ескерту ықтимал құқық бұзушылықты жасырады және ол туралы "
                            "хабарлаудың орнына оған қатысы барларды сақтандырады."
                        ),
                        "ru": (
                            "Частное предупреждение скрывает возможное правонарушение и вместо "
                            "сообщения о нём предупреждает причастных."
                        ),
                        "en": (
                            "A private warning hides a possible offence and tips off those "
                            "involved instead of reporting it."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Азаматтардан алынған сыбайлас жемқорлық туралы мәліметтер, тіпті азамат "
                    "атын айтпаса да, тіркеліп, ресми арналар арқылы жеткізілуге тиіс."
                ),
                "ru": (
                    "Сведения о коррупции, полученные от граждан, нужно зафиксировать и "
                    "передать по официальным каналам, даже если гражданин не хочет называть "
                    "себя."
                ),
                "en": (
                    "Information about corruption received from citizens must be recorded and "
                    "passed on through official channels, even if the citizen wishes to stay "
                    "anonymous."
                ),
            },
        },
        {
            "category": "channels",
            "kind": "single",
            "text": {
                "kk": (
                    "Сіз болжамды сыбайлас жемқорлық туралы жазбаша хабарлама бердіңіз. Нені "
                    "сақтап қойған жөн?"
                ),
                "ru": (
                    "Вы подали письменное сообщение о предполагаемой коррупции. Что следует "
                    "сохранить?"
                ),
                "en": (
                    "You have submitted a written report about suspected corruption. What "
                    "should you keep?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Хабарламаның көшірмесін және оның тіркеу нөмірін немесе "
                            "қабылданғаны туралы растауды."
                        ),
                        "ru": (
                            "Копию сообщения и его регистрационный номер или подтверждение "
                            "получения."
                        ),
                        "en": (
                            "A copy of the report and its registration number or confirmation "
                            "of receipt."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Олар қашан және қайда хабарлағаныңызды растайды, қаралу барысын "
                            "қадағалауға және өзіңізді қорғауға көмектеседі."
                        ),
                        "ru": (
                            "Они подтверждают, когда и куда вы сообщили, и помогают следить за "
                            "рассмотрением и защищать себя."
                        ),
                        "en": (
                            "They show when and where you reported and help you follow up and "
                            "protect yourself."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ештеңе де, ешкім сіздің хабарлағаныңызды білмеуі үшін.",
                        "ru": "Ничего, чтобы никто не узнал, что вы сообщили.",
                        "en": "Nothing, so that no one finds out you reported.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлама онсыз да құпия; көшірмесі болмаса, оны қадағалау және "
                            "жүгінгеніңізді дәлелдеу қиынырақ."
                        ),
                        "ru": (
                            "Сообщение и так конфиденциально; без копии сложнее следить за ним "
                            "и доказать, что вы обращались."
                        ),
                        "en": (
                            "Your report is confidential anyway; without a copy it is harder "
                            "to follow up or prove that you reported."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әріптестер чатына салынған көшірмені.",
                        "ru": "Копию, размещённую в чате коллег.",
                        "en": "A copy posted in your colleagues' group chat.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарламаны тарату оның құпиялылығын бұзады және оған қатысы "
                            "барларды сақтандырып қоюы мүмкін."
                        ),
                        "ru": (
                            "Распространение сообщения нарушает его конфиденциальность и может "
                            "предупредить причастных."
                        ),
                        "en": (
                            "Sharing the report breaks its confidentiality and may warn those "
                            "involved."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": ("Сақтау үшін үйге алып кеткен қызметтік құжаттардың түпнұсқаларын."),
                        "ru": ("Оригиналы служебных документов, унесённые домой для сохранности."),
                        "en": "The original official documents, taken home for safekeeping.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қызметтік құжаттарды алып кетудің өзі бұзушылық болуы мүмкін; "
                            "оның орнына құжаттардың қайда екенін органға хабарлаңыз."
                        ),
                        "ru": (
                            "Вынос служебных документов сам может быть нарушением; лучше "
                            "сообщите органу, где находятся документы."
                        ),
                        "en": (
                            "Taking official documents home can itself be a violation; tell "
                            "the authority where the documents are instead."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Хабарламаның көшірмесін және оның тіркелгенін растайтын құжатты сақтаңыз: "
                    "олар қаралу барысын қадағалауға және қысым көрсетілсе, өзіңізді қорғауға "
                    "көмектеседі."
                ),
                "ru": (
                    "Сохраняйте копию сообщения и подтверждение его регистрации: они помогают "
                    "следить за рассмотрением и защищают вас, если на вас станут давить."
                ),
                "en": (
                    "Keep a copy of your report and proof of its registration; they help you "
                    "follow up and protect you if you come under pressure."
                ),
            },
        },
        {
            "category": "channels",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы сыбайлас жемқорлық туралы хабарлаудың ресми "
                    "арналары болып табылады? Барлық дұрыс жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Какие из перечисленных каналов являются официальными каналами для "
                    "сообщения о коррупции? Выберите все подходящие варианты."
                ),
                "en": (
                    "Which of the following are official channels for reporting corruption? "
                    "Select all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігінің ресми сенім "
                            "телефоны, сайты немесе жеке қабылдауы."
                        ),
                        "ru": (
                            "Официальный телефон доверия, сайт или личный приём Агентства по "
                            "противодействию коррупции."
                        ),
                        "en": (
                            "The Anti-Corruption Agency's official hotline, website or "
                            "in-person reception."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Агенттік — сыбайлас жемқорлыққа қарсы іс-қимыл жөніндегі "
                            "мамандандырылған мемлекеттік орган."
                        ),
                        "ru": (
                            "Агентство — специализированный государственный орган по "
                            "противодействию коррупции."
                        ),
                        "en": (
                            "The Agency is the specialised state body for combating corruption."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ұйымыңыздағы этика жөніндегі уәкіл немесе сыбайлас жемқорлыққа "
                            "қарсы комплаенс-офицер."
                        ),
                        "ru": (
                            "Уполномоченный по этике или антикоррупционный комплаенс-офицер "
                            "вашей организации."
                        ),
                        "en": (
                            "Your organisation's ethics commissioner or anti-corruption "
                            "compliance officer."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": ("Ішкі мамандар хабарламаны қабылдап, құпия түрде кеңес бере алады."),
                        "ru": (
                            "Внутренние специалисты могут принять сообщение и конфиденциально "
                            "проконсультировать."
                        ),
                        "en": (
                            "Internal specialists can receive reports and advise you "
                            "confidentially."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әлеуметтік желідегі жергілікті топта әріптестің атын атап "
                            "жарияланған анонимді жазба."
                        ),
                        "ru": "Анонимный пост в местной группе в соцсетях с именем коллеги.",
                        "en": (
                            "An anonymous post in a local social media group naming the colleague."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл хабарлау арнасы емес: оны ешкім қарауға міндетті емес, ал "
                            "кінәсіз адамға зиян келтіруі мүмкін."
                        ),
                        "ru": (
                            "Это не канал для сообщений: рассматривать пост никто не обязан, а "
                            "невиновному человеку он может навредить."
                        ),
                        "en": (
                            "This is not a reporting channel: no one is obliged to review it, "
                            "and it may harm an innocent person."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Прокуратура органдары немесе басқа да құқық қорғау органдары.",
                        "ru": "Органы прокуратуры или другие правоохранительные органы.",
                        "en": "The prosecutor's office or other law enforcement bodies.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Құқық қорғау органдары құқық бұзушылық туралы хабарламаларды "
                            "тіркеуге және қарауға міндетті."
                        ),
                        "ru": (
                            "Правоохранительные органы обязаны регистрировать и рассматривать "
                            "сообщения о правонарушениях."
                        ),
                        "en": (
                            "Law enforcement bodies are required to register and review "
                            "reports of offences."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оған қатысы бар адаммен мұны доғаруы туралы жеке келісім.",
                        "ru": (
                            "Частная договорённость с причастным лицом о том, что он это прекратит."
                        ),
                        "en": ("A private agreement with the person involved that they will stop."),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жеке келісім құқық бұзушылық туралы хабарлаудың орнына оны жасырады."
                        ),
                        "ru": (
                            "Частная договорённость скрывает правонарушение вместо того, чтобы "
                            "сообщить о нём."
                        ),
                        "en": "A private deal hides the offence instead of reporting it.",
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми арналарға ішкі арналар (басшы, жоғары тұрған басшы, этика жөніндегі "
                    "уәкіл, комплаенс-офицер) және сыртқы арналар (Сыбайлас жемқорлыққа қарсы "
                    "іс-қимыл агенттігі, прокуратура және басқа да құқық қорғау органдары) "
                    "жатады."
                ),
                "ru": (
                    "К официальным каналам относятся внутренние (руководитель, вышестоящий "
                    "руководитель, уполномоченный по этике, комплаенс-офицер) и внешние "
                    "(Агентство по противодействию коррупции, прокуратура и другие "
                    "правоохранительные органы)."
                ),
                "en": (
                    "Official channels include internal ones (supervisor, higher manager, "
                    "ethics commissioner, compliance officer) and external ones (the "
                    "Anti-Corruption Agency, the prosecutor's office and other law enforcement "
                    "bodies)."
                ),
            },
        },
        {
            "category": "protection",
            "kind": "single",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы сыбайлас жемқорлық туралы хабарлаған адамды "
                    "қудалаудың мысалы болып табылады?"
                ),
                "ru": (
                    "Что из перечисленного является примером преследования человека, "
                    "сообщившего о коррупции?"
                ),
                "en": (
                    "Which of the following is an example of retaliation against a person who "
                    "reported corruption?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Хабарламаның тіркелгені туралы растау алу.",
                        "ru": "Получение подтверждения о регистрации сообщения.",
                        "en": "Receiving confirmation that the report has been registered.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қабылданғаны туралы растау — хабарламамен жұмыстың қалыпты бөлігі."
                        ),
                        "ru": "Подтверждение получения — обычная часть работы с сообщением.",
                        "en": "Confirmation of receipt is a normal part of handling a report.",
                    },
                },
                {
                    "text": {
                        "kk": "Тексеру жүргізетін органның қосымша ақпарат сұрауы.",
                        "ru": ("Запрос дополнительной информации от органа, проводящего проверку."),
                        "en": (
                            "A request for additional information from the body conducting the "
                            "review."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тексеруші органның сұрақтары — қысым емес, фактілерді тексерудің "
                            "бөлігі."
                        ),
                        "ru": (
                            "Вопросы проверяющего органа — часть проверки фактов, а не давление."
                        ),
                        "en": (
                            "Questions from the reviewing body are part of checking the facts, "
                            "not pressure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тексеру нәтижелері туралы хабардар ету.",
                        "ru": "Информирование о результатах проверки.",
                        "en": "Being informed of the outcome of the review.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Нәтижелер туралы хабардар ету — үдерістің қалыпты бөлігі.",
                        "ru": "Информирование о результатах — обычная часть процесса.",
                        "en": "Being told the outcome is a normal part of the process.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Хабарламадан кейін көп ұзамай негізсіз тәртіптік жаза қолданып, "
                            "сыйлықақыдан айыру."
                        ),
                        "ru": (
                            "Необоснованное дисциплинарное взыскание и лишение премии вскоре "
                            "после сообщения."
                        ),
                        "en": (
                            "An unjustified disciplinary sanction and loss of bonus soon after "
                            "the report."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Хабарламадан кейін негізсіз қолданылған жағымсыз шаралар — "
                            "қудалаудың тән белгілері, ал қудалауға тыйым салынған."
                        ),
                        "ru": (
                            "Негативные меры без веских причин после сообщения — типичные "
                            "признаки преследования, а оно запрещено."
                        ),
                        "en": (
                            "Negative measures without good reason after a report are typical "
                            "signs of retaliation, which is prohibited."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Қудалау — адамның хабарлағаны үшін қолданылған кез келген жағымсыз "
                    "әрекет: негізсіз жазалар, сыйлықақыдан айыру, лауазымын төмендету немесе "
                    "қысым көрсету; оған тыйым салынған."
                ),
                "ru": (
                    "Преследование — любые негативные действия из-за того, что человек сообщил "
                    "о коррупции: необоснованные взыскания, лишение премий, понижение в "
                    "должности или давление; оно запрещено."
                ),
                "en": (
                    "Retaliation is any negative action taken because a person reported, such "
                    "as unjustified sanctions, lost bonuses, demotion or pressure; it is "
                    "prohibited."
                ),
            },
        },
        {
            "category": "protection",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Адал ниетпен берілген хабарлама тексеру барысында расталмаса, хабарлаған "
                    "адам жазалануға тиіс."
                ),
                "ru": (
                    "Если добросовестное сообщение не подтвердилось в ходе проверки, "
                    "сообщившего следует наказать."
                ),
                "en": (
                    "If a report made in good faith is not confirmed by the review, the person "
                    "who made it should be punished."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Дұрыс",
                        "ru": "Верно",
                        "en": "True",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тек көрінеу жалған хабарламалар үшін жаза қолданылады; адал "
                            "қателік жазаланбайды."
                        ),
                        "ru": (
                            "Наказуемы только заведомо ложные сообщения; честная ошибка не "
                            "наказывается."
                        ),
                        "en": (
                            "Only knowingly false reports are punishable; an honest mistake is not."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұрыс",
                        "ru": "Неверно",
                        "en": "False",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Адал ниетпен хабарлаған адам фактілер расталмаса да қорғалады; "
                            "тек көрінеу жалған хабарламалар үшін жаза қолданылады."
                        ),
                        "ru": (
                            "Добросовестно сообщивший защищён, даже если факты не "
                            "подтвердились; наказуемы только заведомо ложные сообщения."
                        ),
                        "en": (
                            "A person who reports honestly is protected even if the facts are "
                            "not confirmed; only knowingly false reports are punishable."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Адал ниетпен хабарлау тексеру нәтижесіне қарамастан қорғалады; тек "
                    "көрінеу жалған хабарламалар үшін жаза қолданылады."
                ),
                "ru": (
                    "Добросовестное сообщение защищено независимо от результатов проверки; "
                    "наказуемы только заведомо ложные сообщения."
                ),
                "en": (
                    "Good-faith reporting is protected whatever the outcome of the review; "
                    "only knowingly false reports are punishable."
                ),
            },
        },
        {
            "category": "protection",
            "kind": "scenario",
            "text": {
                "kk": "Гүлнар не істеуі керек?",
                "ru": "Что следует сделать Гульнар?",
                "en": "What should Gulnar do?",
            },
            "scenario": {
                "kk": (
                    "Мемлекеттік мектептің мұғалімі Гүлнар аудандық білім бөліміне мектеп "
                    "басшылығы бюджеттен ақысы төленіп қойған жөндеу үшін ата-аналардан "
                    "«ерікті» түрде қолма-қол ақша жинап жатқанын хабарлады. Екі аптадан кейін "
                    "директордың орынбасары ешқандай түсініктеме бермей, оның сабақ жүктемесін "
                    "қысқартты. Сонымен қатар ол әріптестеріне Гүлнарды «сенуге болмайтын "
                    "жанжалқой» деп айта бастады."
                ),
                "ru": (
                    "Гульнар, учитель государственной школы, сообщила в районный отдел "
                    "образования, что руководство школы собирает с родителей «добровольные» "
                    "наличные на ремонт, уже оплаченный из бюджета. Через две недели "
                    "заместитель директора без объяснений сократил ей учебную нагрузку. Кроме "
                    "того, он стал говорить коллегам, что она «склочница, которой нельзя "
                    "доверять»."
                ),
                "en": (
                    "Gulnar, a teacher at a state school, reported to the district education "
                    'department that the school management was collecting "voluntary" cash '
                    "from parents for repairs already paid for from the budget. Two weeks "
                    "later, the deputy director cut her teaching hours without explanation. He "
                    'also began telling colleagues that she is "a troublemaker who cannot be '
                    'trusted".'
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Ұжымдағы жақсы қарым-қатынасты қалпына келтіру үшін хабарламасын "
                            "кері қайтарып алу."
                        ),
                        "ru": (
                            "Отозвать своё сообщение, чтобы восстановить хорошие отношения в "
                            "коллективе."
                        ),
                        "en": "Withdraw her report to restore good relations at work.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарламаны кері алу оны қорғамайды, әрі бұзушылық та, қудалау да "
                            "назардан тыс қалады."
                        ),
                        "ru": (
                            "Отзыв сообщения её не защитит и оставит без внимания и нарушение, "
                            "и преследование."
                        ),
                        "en": (
                            "Withdrawing would not protect her and would leave both the "
                            "violation and the retaliation unchecked."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Фактілерді (күндерді, бұйрықтарды, хабарламаларды, куәгерлерді) "
                            "жазып алып, білім бөлімі мен Сыбайлас жемқорлыққа қарсы іс-қимыл "
                            "агенттігіне қысым туралы хабарлау және заңсыз шешімдерге "
                            "белгіленген тәртіппен шағымдану."
                        ),
                        "ru": (
                            "Зафиксировать факты (даты, приказы, сообщения, свидетелей), "
                            "сообщить отделу образования и в Агентство по противодействию "
                            "коррупции о давлении и обжаловать незаконные решения в "
                            "установленном порядке."
                        ),
                        "en": (
                            "Record the facts (dates, orders, messages, witnesses), inform the "
                            "education department and the Anti-Corruption Agency about the "
                            "pressure, and challenge unlawful decisions under the established "
                            "procedure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сыбайлас жемқорлық туралы хабарлағандар мемлекеттің қорғауында, "
                            "ал тіркелген фактілер қудалауды тоқтатуға мүмкіндік береді."
                        ),
                        "ru": (
                            "Сообщившие о коррупции находятся под защитой государства, а "
                            "зафиксированные факты позволяют пресечь преследование."
                        ),
                        "en": (
                            "People who report corruption are protected by the state, and "
                            "documented facts make it possible to stop the retaliation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Директор орынбасарының телефон нөмірі мен үй мекенжайын "
                            "интернетте жариялау."
                        ),
                        "ru": (
                            "Опубликовать в интернете телефон и домашний адрес заместителя "
                            "директора."
                        ),
                        "en": (
                            "Publish the deputy director's phone number and home address online."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Дербес деректерді жариялау заңсыз және оның өз ұстанымын әлсіретеді."
                        ),
                        "ru": (
                            "Публикация персональных данных незаконна и ослабит её собственную "
                            "позицию."
                        ),
                        "en": (
                            "Publishing personal data is unlawful and would weaken her own "
                            "position."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ештеңе істеуге болмайтындықтан, үнсіз жұмыстан кету.",
                        "ru": "Тихо уволиться, ведь ничего не поделаешь.",
                        "en": "Quietly resign, since nothing can be done.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қудалауға тыйым салынған және оған шағымдануға болады; Гүлнарға "
                            "жұмыстан кетудің қажеті жоқ."
                        ),
                        "ru": (
                            "Преследование запрещено, и его можно обжаловать; Гульнар не нужно "
                            "отказываться от работы."
                        ),
                        "en": (
                            "Retaliation is prohibited and can be challenged; Gulnar does not "
                            "have to give up her job."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Хабарлағаннан кейін қудалауға ұшырасаңыз, бәрін құжатпен тіркеп, өзіңіз "
                    "жүгінген органға немесе Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне "
                    "хабарлаңыз және заңсыз шешімдерге шағымданыңыз; өзіңіз кек қайтармаңыз."
                ),
                "ru": (
                    "Если после сообщения вас преследуют, документируйте всё, сообщите органу, "
                    "в который обращались, или в Агентство по противодействию коррупции и "
                    "обжалуйте незаконные решения; сами не мстите."
                ),
                "en": (
                    "If you face retaliation after reporting, document everything, inform the "
                    "body you reported to or the Anti-Corruption Agency, and challenge "
                    "unlawful decisions; do not retaliate yourself."
                ),
            },
        },
        {
            "category": "protection",
            "kind": "scenario",
            "text": {
                "kk": "Серік қалай әрекет етуі керек?",
                "ru": "Как следует поступить Серику?",
                "en": "What should Serik do?",
            },
            "scenario": {
                "kk": (
                    "Серік облыс әкімдігінің басқармасын басқарады. Ол біреудің Сыбайлас "
                    "жемқорлыққа қарсы іс-қимыл агенттігіне оның басқармасында заңсыз сыйақы "
                    "(«откат») схемасы бар деген күдік туралы хабарлағанын біледі. Ашуланған "
                    "Серік мұны кімнің істегенін анықтап, сол адаммен «байыпты әңгімелескісі» "
                    "келеді. Жақында тексеру басталады."
                ),
                "ru": (
                    "Серик руководит управлением областного акимата. Он узнаёт, что кто-то "
                    "сообщил в Агентство по противодействию коррупции о подозрении на схему "
                    "«откатов» в его управлении. Расстроенный, он хочет выяснить, кто это "
                    "сделал, и «серьёзно поговорить» с этим человеком. Вот-вот начнётся "
                    "проверка."
                ),
                "en": (
                    "Serik heads a department of a regional akimat. He learns that someone has "
                    "reported a suspected kickback scheme in his department to the "
                    'Anti-Corruption Agency. Upset, he wants to find out who did it and "have '
                    'a serious talk" with that person. A review is about to begin.'
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Тексеруге жәрдемдесу, кімнің хабарлағанын анықтауға тырыспау және "
                            "басқармада ешкімге қысым көрсетілуіне жол бермеу."
                        ),
                        "ru": (
                            "Содействовать проверке, не пытаться установить, кто сообщил, и не "
                            "допускать давления на кого-либо в управлении."
                        ),
                        "en": (
                            "Cooperate with the review, make no attempt to identify the "
                            "reporter and make sure no one in the department is put under "
                            "pressure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Басшы құпиялылықты сақтап, қудалауға жол бермеуге тиіс; тексеруге "
                            "жәрдемдесу Сериктің өзінің де мүддесіне сай."
                        ),
                        "ru": (
                            "Руководитель обязан охранять конфиденциальность и не допускать "
                            "преследования; содействие проверке — и в интересах самого Серика."
                        ),
                        "en": (
                            "A manager must protect confidentiality and prevent retaliation; "
                            "cooperating with the review is also in Serik's own interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әрбір қызметкерден Агенттікке жүгінген-жүгінбегені туралы "
                            "түсініктеме жазуды талап ету."
                        ),
                        "ru": (
                            "Потребовать от каждого сотрудника объяснительную о том, обращался "
                            "ли он в Агентство."
                        ),
                        "en": (
                            "Require every employee to write an explanation of whether they "
                            "contacted the Agency."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлаған адамды анықтау әрекеті құпиялылықты бұзады және өзі "
                            "қысым көрсетудің бір түрі болып табылады."
                        ),
                        "ru": (
                            "Попытка установить, кто сообщил, нарушает конфиденциальность и "
                            "сама по себе является давлением."
                        ),
                        "en": (
                            "Trying to identify the reporter breaks confidentiality and is "
                            "itself a form of pressure."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Хабарлаған адамды табу үшін қызметкерлердің жұмыс телефондары мен "
                            "поштасын тексеру."
                        ),
                        "ru": (
                            "Проверить рабочие телефоны и почту сотрудников, чтобы найти "
                            "сообщившего."
                        ),
                        "en": "Check employees' work phones and e-mail to find the reporter.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлаған адамды іздеу — жол берілмейтін қысым, әрі ол дербес "
                            "деректерді қорғау ережелерін де бұзуы мүмкін."
                        ),
                        "ru": (
                            "Поиск сообщившего — недопустимое давление, которое к тому же "
                            "может нарушать правила защиты персональных данных."
                        ),
                        "en": (
                            "Searching for the reporter is prohibited pressure and may also "
                            "break the rules on personal data protection."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ең көп күдіктенетін қызметкерін «қалай болғанда да» басқа "
                            "лауазымға ауыстыру."
                        ),
                        "ru": (
                            "На всякий случай перевести на другую должность сотрудника, "
                            "которого он больше всех подозревает."
                        ),
                        "en": (
                            'Transfer the employee he suspects most to another post "just in case".'
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлады деген күдікпен басқа қызметке ауыстыру — қудалау, ал "
                            "кінәлілер жауапкершілікке тартылуы мүмкін."
                        ),
                        "ru": (
                            "Перевод из-за подозрения в том, что человек сообщил, — это "
                            "преследование, и виновные могут быть привлечены к ответственности."
                        ),
                        "en": (
                            "A transfer because someone is suspected of reporting is "
                            "retaliation, and those responsible can be held liable."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Басшы хабарлаған адамды іздемеуге және оған қысым көрсетпеуге тиіс; дұрыс "
                    "жол — тексеруге жәрдемдесу және оның құпиялылығын сақтау."
                ),
                "ru": (
                    "Руководитель не должен искать сообщившего и давить на него; правильный "
                    "путь — содействовать проверке и сохранять её конфиденциальность."
                ),
                "en": (
                    "A manager must not search for or pressure the person who reported; the "
                    "right response is to cooperate with the review and keep it confidential."
                ),
            },
        },
    ],
}
