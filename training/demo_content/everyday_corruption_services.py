"""Demo training module: everyday corruption in public services (kk, ru, en)."""

MODULE = {
    "slug": "everyday-corruption-in-public-services",
    "topic": "everyday_corruption_services",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 3,
    "title": {
        "kk": "Мемлекеттік қызмет көрсетудегі тұрмыстық сыбайлас жемқорлық",
        "ru": "Бытовая коррупция в сфере государственных услуг",
        "en": "Everyday corruption in public services",
    },
    "summary": {
        "kk": (
            "Бұл модуль мемлекеттік қызмет көрсету кезіндегі бейресми төлемдерді, «жылдамдату "
            "ақысын» және делдалдарды тануды, олардан бас тартуды және олар туралы хабарлауды "
            "үйретеді. Сондай-ақ ашықтық пен электрондық үкімет тәуекелді қалай азайтатынын "
            "түсіндіреді."
        ),
        "ru": (
            "Модуль учит распознавать неформальные платежи, «плату за ускорение» и посредников при "
            "оказании государственных услуг, отказываться от них и сообщать о них. Он также "
            "объясняет, как прозрачность и электронное правительство снижают риски."
        ),
        "en": (
            "This module shows how to recognise informal payments, “speeding up” fees and "
            "intermediaries in public services, and how to refuse and report them. It also "
            "explains how transparency and e-government reduce the risks."
        ),
    },
    "lessons": [
        {
            "title": {
                "kk": "Тұрмыстық сыбайлас жемқорлық қандай болады",
                "ru": "Как выглядит бытовая коррупция",
                "en": "What everyday corruption looks like",
            },
            "body": {
                "kk": (
                    "## Шағын сома — үлкен зиян\n"
                    "\n"
                    "Тұрмыстық сыбайлас жемқорлық азамат мемлекетпен бетпе-бет келетін жерде "
                    "кездеседі: халыққа қызмет көрсету орталығында (ХҚКО), әкімдіктің қабылдау "
                    "бөлмесінде, мектепте, емханада, лицензиялау немесе жер қатынастары бөлімінде. "
                    "Сомалар шағын болып көрінуі мүмкін, бірақ зияны нақты: төлей алмайтын немесе "
                    "төлегісі келмейтін адамдар кезектің соңына ысырылады, адал қызметкерлердің "
                    "беделі түседі, ал мемлекетке деген сенім әлсірейді.\n"
                    "\n"
                    "## Жиі кездесетін түрлері\n"
                    "\n"
                    "- **Бейресми төлемдер** — тегін немесе ресми ақысы белгіленген қызмет үшін "
                    "берілетін ақша не «сыйлық».\n"
                    "- **«Жылдамдату ақысы»** — анықтаманы, балабақша кезегіндегі орынды немесе "
                    "рұқсатты ресми мерзімнен «тезірек» алу үшін төленетін ақша.\n"
                    "- **Делдалдар** — ақы алып, мекемедегі «өз адамы» арқылы «мәселені шешіп "
                    "беруге» уәде ететін адамдар.\n"
                    "- **Жасанды кедергілер** — ресми тізбеде жоқ құжаттарды талап ету, өтінішті "
                    "«жоғалту», себепсіз созбалаңға салу. Мұның мақсаты — азаматты «айналма жол» "
                    "іздеуге итермелеу.\n"
                    "- **Шешімнен кейінгі «алғыс»** — шешім қабылданғаннан кейін берілетін ақша "
                    "немесе сыйлық. Ол да келесі жолы бір нәрсе күтуге жол ашады.\n"
                    "\n"
                    "## Бұл сіз үшін неге маңызды\n"
                    "\n"
                    "Заң бойынша пара алу, пара беру және парақорлыққа делдал болу — құқық "
                    "бұзушылық. Мемлекеттік қызметші үшін тіпті шағын ақшалай «алғыс» та мансабын "
                    "құртуы мүмкін.\n"
                    "\n"
                    "Есіңізде болсын: әр мемлекеттік қызмет көрсетудің **ресми қағидалары** "
                    "құжаттар тізбесін, ақы мөлшерін (егер ол болса) және мерзімін белгілейді. Осы "
                    "шеңберден шығатын кез келген нәрсе — қауіп белгісі."
                ),
                "ru": (
                    "## Маленькие суммы — большой вред\n"
                    "\n"
                    "Бытовая коррупция возникает там, где гражданин встречается с государством: в "
                    "центре обслуживания населения (ЦОН), в приёмной акимата, в школе, в "
                    "поликлинике, в отделе лицензирования или земельных отношений. Суммы могут "
                    "казаться небольшими, но вред реален: тех, кто не может или не хочет платить, "
                    "отодвигают в конец очереди, честные сотрудники теряют репутацию, а доверие к "
                    "государству падает.\n"
                    "\n"
                    "## Типичные формы\n"
                    "\n"
                    "- **Неформальные платежи** — деньги или «подарок» за услугу, которая "
                    "бесплатна или имеет официальную плату.\n"
                    "- **«Плата за ускорение»** — платёж, чтобы получить справку, место в очереди "
                    "в детский сад или разрешение «быстрее» официального срока.\n"
                    "- **Посредники** — люди, которые за вознаграждение обещают «решить вопрос» "
                    "через «своего человека» в учреждении.\n"
                    "- **Искусственные препятствия** — требование документов, которых нет в "
                    "официальном перечне, «потерянные» заявления, затягивание без причины. Цель — "
                    "заставить гражданина искать «обходной путь».\n"
                    "- **«Благодарность» после решения** — деньги или подарок после того, как "
                    "решение принято. Это всё равно создаёт ожидание на будущее.\n"
                    "\n"
                    "## Почему это важно для вас\n"
                    "\n"
                    "По закону получение взятки, дача взятки и посредничество во взяточничестве "
                    "являются правонарушениями. Для государственного служащего даже небольшая "
                    "«благодарность» деньгами может стоить карьеры.\n"
                    "\n"
                    "Помните: **официальные правила** оказания каждой государственной услуги "
                    "определяют перечень документов, размер платы (если она есть) и срок. Всё, что "
                    "выходит за эти рамки, — тревожный сигнал."
                ),
                "en": (
                    "## Small amounts, big harm\n"
                    "\n"
                    "Everyday corruption happens where citizens meet the state: a public service "
                    "centre, an akimat reception office, a school, a clinic, a licensing or land "
                    "department. The amounts may look small, but the harm is real: people who "
                    "cannot or will not pay are pushed to the back of the queue, honest staff lose "
                    "their good name, and trust in the state falls.\n"
                    "\n"
                    "## Common forms\n"
                    "\n"
                    "- **Informal payments** — money or a “gift” for a service that is free or has "
                    "an official fee.\n"
                    "- **“Speeding up” fees** — a payment to get a certificate, a kindergarten "
                    "place or a permit “faster” than the official deadline.\n"
                    "- **Intermediaries** — people who promise, for a fee, to “solve the question” "
                    "through “their person” in the office.\n"
                    "- **Artificial obstacles** — asking for documents that are not on the "
                    "official list, “losing” applications, delaying without reason. The aim is to "
                    "push the citizen to look for a “way around”.\n"
                    "- **“Gratitude” after the decision** — money or a present given after a "
                    "decision has been made. It still creates an expectation for next time.\n"
                    "\n"
                    "## Why it matters for you\n"
                    "\n"
                    "Under the law, taking a bribe, giving a bribe and acting as an intermediary "
                    "in bribery are all offences. For a civil servant, even a small “thank you” in "
                    "cash can end a career.\n"
                    "\n"
                    "Remember: the **official rules** for each public service set the list of "
                    "documents, the fee (if any) and the deadline. Anything beyond those rules is "
                    "a warning sign."
                ),
            },
        },
        {
            "title": {
                "kk": "Ұсынса немесе сұраса: бас тартыңыз және хабарлаңыз",
                "ru": "Если предлагают или просят: откажитесь и сообщите",
                "en": "If you are offered or asked: refuse and report",
            },
            "body": {
                "kk": (
                    "## Азамат сізге ақша немесе «сыйлық» ұсынса\n"
                    "\n"
                    "1. **Анық әрі сыпайы түрде бас тартыңыз.** Мысалы: «Бұл қызмет ресми "
                    "қағидалар бойынша көрсетіледі. Мен ештеңе ала алмаймын».\n"
                    "2. **Ресми тәртіпті түсіндіріңіз**: қандай құжаттар керек, ақысы (егер "
                    "болса), мерзімі және өтініштің барысын қалай қадағалауға болады.\n"
                    "3. **Конвертке қол тигізбеңіз.** Оны «қарап көру үшін» алмаңыз және үстел "
                    "үстінде қалдырмаңыз. Егер бәрібір қалдырып кетсе, куәлардың көзінше "
                    "қайтарыңыз.\n"
                    "4. **Фактілерді жазып алыңыз**: күні, уақыты, не айтылды, кім қатысты.\n"
                    "5. **Хабарлаңыз.** Заң бойынша мемлекеттік қызметшілер өздерін сыбайлас "
                    "жемқорлық құқық бұзушылықтар жасауға көндіру әрекеттері туралы хабарлауға "
                    "міндетті. Белгіленген тәртіппен басшыңызға, органыңыздың сыбайлас жемқорлыққа "
                    "қарсы комплаенс қызметіне немесе әдеп жөніндегі уәкілге жүгініңіз.\n"
                    "\n"
                    "## Делдалды немесе «мәселе шешетін» әріптесті байқасаңыз\n"
                    "\n"
                    "Ғимарат маңында жүріп, «ақыға көмек» ұсынатын адам немесе азаматтарға "
                    "«келісуге болатынын» меңзейтін әріптес — қауіп белгілері. Олар туралы ресми "
                    "арналар арқылы хабарлаңыз: басшыңызға, комплаенс қызметіне немесе Қазақстан "
                    "Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне (сенім "
                    "телефоны немесе ресми онлайн арналар арқылы). Ол адаммен өзіңіз дауласпаңыз "
                    "және өз бетіңізше тергемеңіз — бұл уәкілетті органдардың міндеті.\n"
                    "\n"
                    "## Сізден азамат ретінде ақы сұраса\n"
                    "\n"
                    "- Төлемнің қандай негізде талап етілетінін сұраңыз және ресми түбіртек беруді "
                    "өтініңіз.\n"
                    "- Тек ресми арналар арқылы төлеңіз: банк, төлем терминалы немесе eGov "
                    "порталы.\n"
                    "- «Жылдамдату үшін» ақы төлемеңіз және мұндай өтініш туралы хабарлаңыз.\n"
                    "\n"
                    "## Есіңізде болсын\n"
                    "\n"
                    "Құпия түрде хабарлауға болады, ал адал ниетпен хабарлаған адамдарды заң "
                    "қудалаудан қорғайды. Хабарлау — «әріптесті жамандау» емес: ол адал "
                    "қызметкерлерді және кезекте тұрған әрбір азаматты қорғайды."
                ),
                "ru": (
                    "## Если гражданин предлагает вам деньги или «подарок»\n"
                    "\n"
                    "1. **Откажитесь чётко и вежливо.** Например: «Эта услуга оказывается по "
                    "официальным правилам. Я ничего не могу принять».\n"
                    "2. **Объясните официальный порядок**: какие нужны документы, плата (если она "
                    "есть), срок и как отслеживать заявление.\n"
                    "3. **Не прикасайтесь к конверту.** Не берите его «посмотреть» и не оставляйте "
                    "на столе. Если его всё же оставили, верните при свидетелях.\n"
                    "4. **Запишите факты**: дату, время, что было сказано, кто присутствовал.\n"
                    "5. **Сообщите.** По закону государственные служащие обязаны сообщать о "
                    "попытках склонить их к совершению коррупционных правонарушений. Обратитесь в "
                    "установленном порядке к руководителю, в антикоррупционную комплаенс-службу "
                    "вашего органа или к уполномоченному по этике.\n"
                    "\n"
                    "## Если вы замечаете посредника или коллегу, который «решает вопросы»\n"
                    "\n"
                    "Человек, который дежурит у здания и предлагает «помощь за вознаграждение», "
                    "или коллега, намекающий гражданам, что «можно договориться», — тревожные "
                    "признаки. Сообщите о них по официальным каналам: руководителю, в "
                    "комплаенс-службу или в Агентство Республики Казахстан по противодействию "
                    "коррупции (через телефон доверия или официальные онлайн-каналы). Не выясняйте "
                    "отношения с этим человеком и не расследуйте сами — это задача компетентных "
                    "органов.\n"
                    "\n"
                    "## Если платить просят вас как гражданина\n"
                    "\n"
                    "- Спросите, на каком основании требуется оплата, и попросите официальную "
                    "квитанцию.\n"
                    "- Платите только по официальным каналам: через банк, платёжный терминал или "
                    "портал eGov.\n"
                    "- Не платите «за ускорение» и сообщите о такой просьбе.\n"
                    "\n"
                    "## Помните\n"
                    "\n"
                    "Сообщить можно конфиденциально, а тех, кто сообщает добросовестно, закон "
                    "защищает от преследования. Сообщение — это не «донос на коллег»: оно защищает "
                    "честных сотрудников и каждого гражданина в очереди."
                ),
                "en": (
                    "## If a citizen offers you money or a “gift”\n"
                    "\n"
                    "1. **Refuse clearly and politely.** For example: “This service is provided "
                    "under the official rules. I cannot accept anything.”\n"
                    "2. **Explain the official procedure**: which documents are needed, the fee "
                    "(if any), the deadline and how to track the application.\n"
                    "3. **Do not touch the envelope.** Do not take it “to have a look” and do not "
                    "leave it on your desk. If it is left behind anyway, return it in front of "
                    "witnesses.\n"
                    "4. **Write down the facts**: the date, the time, what was said and who was "
                    "present.\n"
                    "5. **Report.** By law, civil servants must report attempts to involve them in "
                    "corruption offences. Following the internal procedure, tell your manager, "
                    "your body's anti-corruption compliance unit or the ethics commissioner.\n"
                    "\n"
                    "## If you notice an intermediary or a colleague who “arranges things”\n"
                    "\n"
                    "A person hanging around the building offering “help for a fee”, or a "
                    "colleague hinting to citizens that things “can be agreed”, are warning signs. "
                    "Report them through official channels: your manager, the compliance unit, or "
                    "the Anti-Corruption Agency of the Republic of Kazakhstan (through its hotline "
                    "or official online channels). Do not confront the person or investigate on "
                    "your own — that is the job of the competent bodies.\n"
                    "\n"
                    "## If you are asked to pay as a citizen\n"
                    "\n"
                    "- Ask on what basis the payment is required, and ask for an official "
                    "receipt.\n"
                    "- Pay only through official channels: a bank, a payment terminal or the eGov "
                    "portal.\n"
                    "- Do not pay “to speed things up”, and report the request.\n"
                    "\n"
                    "## Remember\n"
                    "\n"
                    "You can report confidentially, and the law protects people who report in good "
                    "faith from retaliation. Reporting is not “informing on colleagues”: it "
                    "protects honest staff and every citizen in the queue."
                ),
            },
        },
        {
            "title": {
                "kk": "Ашықтық және электрондық үкімет: байланыс аз — тәуекел аз",
                "ru": "Прозрачность и электронное правительство: меньше контактов — меньше рисков",
                "en": "Transparency and e-government: fewer contacts, fewer risks",
            },
            "body": {
                "kk": (
                    "## Ашықтық неге нәтиже береді\n"
                    "\n"
                    "Сыбайлас жемқорлық үш жағдай тоғысқан жерде өршиді: **монополия** (шешімді "
                    "бір ғана шенеунік қабылдайды), **өз қалауынша шешім қабылдау** (қағидалар "
                    "бұлыңғыр) және **жабықтық** (кезеңдерді ешкім көрмейді). Ашықтық пен "
                    "электрондық үкімет осы үшеуін де азайтады.\n"
                    "\n"
                    "## Тәуекелді азайтатын құралдар\n"
                    "\n"
                    "- **Онлайн қызметтер.** Көптеген анықтамалар мен өтініштерді eGov порталы "
                    "немесе оның мобильді қосымшасы арқылы жеке бармай-ақ алуға болады.\n"
                    "- **Электрондық кезектер** (мысалы, балабақшаға орын алу кезегі немесе "
                    "ХҚКО-дағы кезек) әр өтініш берушіге оның орнын көрсетеді, сондықтан кез "
                    "келген өзгерісті байқап, оған дау айтуға болады.\n"
                    "- **Жарияланған қағидалар.** Әр мемлекеттік қызмет бойынша құжаттар тізбесі, "
                    "ақы мөлшері және мерзімі барлығына қолжетімді.\n"
                    "- **Тек ресми төлем** — банк, терминал немесе онлайн арқылы, түбіртекпен.\n"
                    "- **Мәртебені қадағалау және хабарламалар.** Өтініш беруші өтінішінің қай "
                    "кезеңде екенін және оған кім жауапты екенін көреді.\n"
                    "- **Кері байланыс.** Азаматтар қызметті бағалап, онлайн шағым бере алады.\n"
                    "\n"
                    "## Мемлекеттік қызметші ретінде сіз не істей аласыз\n"
                    "\n"
                    "- Онлайн арна болса, азаматтарды соған бағыттаңыз және оны пайдалануға "
                    "көмектесіңіз.\n"
                    "- Ресми тізбеде жоқ немесе мемлекет өз ақпараттық жүйелерінен ала алатын "
                    "құжаттарды талап етпеңіз.\n"
                    "- Бас тарту себептерін жазбаша көрсетіп, шағымдану тәртібін түсіндіріңіз.\n"
                    "- Тек жүйенің ішінде жұмыс істеңіз: құжаттарды «жанама жолмен» қабылдамаңыз, "
                    "«таныстардың қоңырауына» жол бермеңіз.\n"
                    "- Егер рәсім үнемі кептеліс, ұзын кезек немесе қайта-қайта «нақтылау» "
                    "тудырса, басшыңызға айтыңыз — сыбайлас жемқорлық тәуекелі дәл сол жерде "
                    "өседі.\n"
                    "\n"
                    "## Есіңізде болсын\n"
                    "\n"
                    "Онлайн қызметтің адалдығы оның артында тұрған адамдардың адалдығына "
                    "байланысты. Онлайн өтінішті ақшаға «жылдамдатуды» ұсыну да — сыбайлас "
                    "жемқорлық: бас тартып, хабарлаңыз."
                ),
                "ru": (
                    "## Почему прозрачность работает\n"
                    "\n"
                    "Коррупция растёт там, где сходятся три условия: **монополия** (решает только "
                    "один чиновник), **усмотрение** (правила размыты) и **закрытость** (никто не "
                    "видит этапов). Прозрачность и электронное правительство уменьшают все три.\n"
                    "\n"
                    "## Инструменты, снижающие риск\n"
                    "\n"
                    "- **Онлайн-услуги.** Многие справки и заявления можно получить через портал "
                    "eGov или его мобильное приложение без личного визита.\n"
                    "- **Электронные очереди** (например, в детские сады или в ЦОНе) показывают "
                    "каждому заявителю его место, поэтому любое изменение можно заметить и "
                    "оспорить.\n"
                    "- **Опубликованные правила.** Перечень документов, размер платы и срок по "
                    "каждой государственной услуге доступны всем.\n"
                    "- **Только официальная оплата** — через банк, терминал или онлайн, с "
                    "квитанцией.\n"
                    "- **Отслеживание статуса и уведомления.** Заявитель видит, на каком этапе его "
                    "заявление и кто за него отвечает.\n"
                    "- **Обратная связь.** Граждане могут оценить услугу и подать жалобу онлайн.\n"
                    "\n"
                    "## Что можете сделать вы как государственный служащий\n"
                    "\n"
                    "- Направляйте граждан к онлайн-каналу, если он есть, и помогайте им в этом.\n"
                    "- Не требуйте документов, которых нет в официальном перечне или которые "
                    "государство может получить из своих информационных систем.\n"
                    "- Указывайте причины отказа письменно и разъясняйте порядок обжалования.\n"
                    "- Работайте только внутри системы: никакого приёма документов «сбоку» и "
                    "никаких «звонков от знакомых».\n"
                    "- Если процедура регулярно создаёт «узкие места», длинные очереди или "
                    "повторные «уточнения», сообщите руководителю — именно там растут "
                    "коррупционные риски.\n"
                    "\n"
                    "## Помните\n"
                    "\n"
                    "Онлайн-услуга честна настолько, насколько честны люди, которые за ней стоят. "
                    "Предложение «ускорить» онлайн-заявку за деньги — тоже коррупция: откажитесь и "
                    "сообщите."
                ),
                "en": (
                    "## Why transparency works\n"
                    "\n"
                    "Corruption grows where three things meet: **monopoly** (only one official "
                    "decides), **discretion** (the rules are vague) and **secrecy** (nobody sees "
                    "the steps). Transparency and e-government reduce all three.\n"
                    "\n"
                    "## Tools that reduce risk\n"
                    "\n"
                    "- **Online services.** Many certificates and applications can be obtained "
                    "through the eGov portal or its mobile app without a personal visit.\n"
                    "- **Electronic queues** (for example, for kindergarten places or at a public "
                    "service centre) show each applicant their place, so any change can be noticed "
                    "and challenged.\n"
                    "- **Published rules.** The list of documents, the fee and the deadline for "
                    "each public service are available to everyone.\n"
                    "- **Official payments only** — through a bank, a terminal or online, with a "
                    "receipt.\n"
                    "- **Status tracking and notifications.** The applicant can see at which stage "
                    "the application is and who is responsible for it.\n"
                    "- **Feedback.** Citizens can rate a service and file a complaint online.\n"
                    "\n"
                    "## What you can do as a civil servant\n"
                    "\n"
                    "- Refer citizens to the online channel when there is one, and help them use "
                    "it.\n"
                    "- Do not ask for documents that are not on the official list or that the "
                    "state can obtain from its own information systems.\n"
                    "- Give the reasons for a refusal in writing and explain how to appeal.\n"
                    "- Work only inside the system: no documents accepted “on the side” and no "
                    "“calls from acquaintances”.\n"
                    "- If a procedure regularly causes bottlenecks, long queues or repeated "
                    "“clarifications”, tell your manager — that is where corruption risks grow.\n"
                    "\n"
                    "## Remember\n"
                    "\n"
                    "An online service is only as honest as the people behind it. An offer to "
                    "“speed up” an online application for money is also corruption: refuse and "
                    "report it."
                ),
            },
        },
    ],
    "categories": [
        {
            "code": "forms",
            "title": {
                "kk": "Тұрмыстық сыбайлас жемқорлықты тану",
                "ru": "Распознавание бытовой коррупции",
                "en": "Recognising everyday corruption",
            },
            "draw": 2,
        },
        {
            "code": "response",
            "title": {
                "kk": "Бас тарту және хабарлау",
                "ru": "Отказ и сообщение",
                "en": "Refusing and reporting",
            },
            "draw": 2,
        },
        {
            "code": "transparency",
            "title": {
                "kk": "Ашықтық және электрондық қызметтер",
                "ru": "Прозрачность и электронные услуги",
                "en": "Transparency and e-services",
            },
            "draw": 2,
        },
    ],
    "questions": [
        {
            "category": "forms",
            "kind": "single",
            "text": {
                "kk": "Төмендегілердің қайсысы бейресми төлем болып табылады?",
                "ru": "Что из перечисленного является неформальным платежом?",
                "en": "Which of the following is an informal payment?",
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Лицензия үшін ресми мемлекеттік алымды банк арқылы төлеп, түбіртек "
                            "алу."
                        ),
                        "ru": (
                            "Оплата официального государственного сбора за лицензию через банк с "
                            "получением квитанции."
                        ),
                        "en": (
                            "Paying the official state fee for a licence through a bank and "
                            "receiving a receipt."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — ресми төлем: сомасы қағидалармен белгіленген, ресми арна арқылы "
                            "түбіртекпен төленеді."
                        ),
                        "ru": (
                            "Это официальный платёж: сумма установлена правилами, оплата проходит "
                            "по официальному каналу с квитанцией."
                        ),
                        "en": (
                            "This is an official payment: the amount is set by the rules and it is "
                            "paid through an official channel with a receipt."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Анықтаманы «бес күннен кейін емес, бүгін» беру үшін маманға ақша беру."
                        ),
                        "ru": (
                            "Передача специалисту денег, чтобы справку выдали «сегодня, а не через "
                            "пять дней»."
                        ),
                        "en": (
                            "Giving a specialist money so that a certificate is issued “today "
                            "instead of in five days”."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Жұмысты ресми мерзімнен тезірек орындағаны үшін берілген ақша "
                            "— әдеттегі бейресми «жылдамдату ақысы», яғни пара."
                        ),
                        "ru": (
                            "Верно. Деньги за выполнение работы быстрее официального срока — "
                            "типичная неформальная «плата за ускорение», то есть взятка."
                        ),
                        "en": (
                            "Correct. Money for doing a job faster than the official deadline is a "
                            "typical informal “speeding up” payment — in other words, a bribe."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Халыққа қызмет көрсету орталығының пікірлер кітабына алғыс жазып "
                            "қалдыру."
                        ),
                        "ru": (
                            "Письменная благодарность в книге отзывов центра обслуживания "
                            "населения."
                        ),
                        "en": (
                            "Writing a thank-you note in the public service centre's feedback book."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ресми кері байланыс арнасы арқылы айтылған алғыстың материалдық құны "
                            "жоқ, ол тек құпталады."
                        ),
                        "ru": (
                            "Слова благодарности в официальном канале обратной связи не имеют "
                            "материальной ценности и только приветствуются."
                        ),
                        "en": (
                            "Words of thanks in an official feedback channel have no material "
                            "value and are welcome."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мемлекеттік қызмет үшін ресми ақыдан тыс берілетін кез келген ақша немесе "
                    "сыйлық — қызметті алу, оны тезірек алу немесе «алғыс» ретінде болсын — "
                    "бейресми төлем болып табылады."
                ),
                "ru": (
                    "Любые деньги или подарки за государственную услугу сверх официальной платы — "
                    "чтобы получить её, получить быстрее или «в благодарность» — являются "
                    "неформальным платежом."
                ),
                "en": (
                    "Any money or gift given for a public service beyond the official fee — to get "
                    "it at all, to get it faster or as “thanks” — is an informal payment."
                ),
            },
        },
        {
            "category": "forms",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Егер азамат мемлекеттік қызметшіге қызмет көрсетілгеннен кейін ғана «алғыс» "
                    "ретінде ақша берсе, бұл сыбайлас жемқорлық емес, өйткені шешім қабылданып "
                    "қойған."
                ),
                "ru": (
                    "Если гражданин передаёт государственному служащему деньги в качестве "
                    "«благодарности» уже после оказания услуги, это не коррупция, поскольку "
                    "решение уже принято."
                ),
                "en": (
                    "If a citizen gives a civil servant money as “gratitude” only after the "
                    "service has been provided, it is not corruption, because the decision has "
                    "already been made."
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
                            "Олай емес. Шешімнен кейінгі төлем де — қызметтік әрекет үшін берілген "
                            "сыйақы, ол келесі жолы да «алғыс» күтуге жол ашады."
                        ),
                        "ru": (
                            "Это не так. Оплата после решения — всё равно вознаграждение за "
                            "служебные действия, и она создаёт ожидание «благодарности» в "
                            "следующий раз."
                        ),
                        "en": (
                            "Not so. A payment after the decision is still a reward for official "
                            "actions, and it creates an expectation of “gratitude” next time."
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
                            "Дұрыс. Қызметтік әрекет үшін берілетін ақшаға тыйым салынған, ол "
                            "әрекеттен бұрын берілді ме, кейін бе — бәрібір."
                        ),
                        "ru": (
                            "Верно. Деньги за служебные действия запрещены независимо от того, "
                            "переданы они до или после этих действий."
                        ),
                        "en": (
                            "Correct. Money for official actions is prohibited whether it is given "
                            "before or after them."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Қызметтік әрекет үшін сыйақыға ол қашан берілгеніне қарамастан тыйым "
                    "салынған; шешімнен кейінгі «алғыс» — тұрмыстық сыбайлас жемқорлықтың бір түрі."
                ),
                "ru": (
                    "Вознаграждение за служебные действия запрещено независимо от того, когда оно "
                    "передано; «благодарность» после решения — форма бытовой коррупции."
                ),
                "en": (
                    "A reward for official actions is prohibited whenever it is given; “gratitude” "
                    "after the decision is a form of everyday corruption."
                ),
            },
        },
        {
            "category": "forms",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы тұрмыстық сыбайлас жемқорлықтың қауіп белгілері болып "
                    "табылады? Барлық сәйкес жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Что из перечисленного является тревожными признаками бытовой коррупции? "
                    "Выберите все подходящие варианты."
                ),
                "en": (
                    "Which of the following are warning signs of everyday corruption? Select all "
                    "that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Маман ресми тізбеде жоқ құжатты талап етіп, ақы төлесе «онсыз да "
                            "болатынын» меңзейді."
                        ),
                        "ru": (
                            "Специалист требует документ, которого нет в официальном перечне, и "
                            "намекает, что за плату «можно и без него»."
                        ),
                        "en": (
                            "A specialist asks for a document that is not on the official list and "
                            "hints that for a fee “it can be done without it”."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қауіп белгісі: жасанды кедергі мен ақылы «айналма жол» ұсынысы қатар "
                            "жүр."
                        ),
                        "ru": (
                            "Тревожный признак: искусственное препятствие в сочетании с "
                            "предложением платного «обходного пути»."
                        ),
                        "en": (
                            "A warning sign: an artificial obstacle combined with an offer of a "
                            "paid “way around”."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ғимарат маңындағы біреу «ішіндегі таныс» арқылы өтінішіңізді кезекте "
                            "алға жылжытып беруді ұсынады."
                        ),
                        "ru": (
                            "Человек у входа в здание предлагает продвинуть ваше заявление в "
                            "очереди через «знакомого внутри»."
                        ),
                        "en": (
                            "A person near the building offers to move your application up the "
                            "queue through “a contact inside”."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Қауіп белгісі: бұл — делдалдың әдеттегі ұсынысы.",
                        "ru": "Тревожный признак: это типичное предложение посредника.",
                        "en": "A warning sign: this is a typical intermediary offer.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызмет жарияланған мерзімде көрсетілді, өтініш беруші оның мәртебесін "
                            "онлайн көре алады."
                        ),
                        "ru": (
                            "Услуга оказана в опубликованный срок, и заявитель видит её статус "
                            "онлайн."
                        ),
                        "en": (
                            "The service is provided within the published deadline, and the "
                            "applicant can see its status online."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Ашық қызмет дәл осылай жұмыс істеуі тиіс; бұл қауіп белгісі емес.",
                        "ru": "Так и должна работать прозрачная услуга; это не тревожный признак.",
                        "en": (
                            "This is how a transparent service should work; it is not a warning "
                            "sign."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Өтініш бірнеше рет түсініксіз «жоғалып», өтініш берушіге «жеке келіп "
                            "сөйлесуді» ұсынады."
                        ),
                        "ru": (
                            "Заявление несколько раз «теряется» без объяснений, а заявителю "
                            "предлагают «подойти и поговорить лично»."
                        ),
                        "en": (
                            "An application is “lost” several times without explanation, and the "
                            "applicant is told to “come and talk in person”."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қауіп белгісі: түсініксіз кідірістер мен жеке кездесуге шақыру көбіне "
                            "ақша талап етудің алдында болады."
                        ),
                        "ru": (
                            "Тревожный признак: необъяснимые задержки и просьбы о личной встрече "
                            "часто предшествуют требованию денег."
                        ),
                        "en": (
                            "A warning sign: unexplained delays and requests for a private meeting "
                            "often come before a demand for money."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ресми ақы банк аударымы арқылы төленіп, түбіртек берілді.",
                        "ru": "Официальная плата внесена банковским переводом, выдана квитанция.",
                        "en": "The official fee is paid by bank transfer, and a receipt is issued.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Ресми ақыны ресми арна арқылы түбіртекпен төлеу — дұрыс тәжірибе.",
                        "ru": (
                            "Оплата официальной платы по официальному каналу с квитанцией — "
                            "правильная практика."
                        ),
                        "en": (
                            "Paying the official fee through an official channel with a receipt is "
                            "the correct practice."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Жасанды кедергілер, делдалдар және түсініксіз кідірістер — классикалық қауіп "
                    "белгілері; жарияланған мерзімдер, көрінетін мәртебе және ресми төлемдер "
                    "тәуекелді азайтады."
                ),
                "ru": (
                    "Искусственные препятствия, посредники и необъяснимые задержки — классические "
                    "тревожные признаки; опубликованные сроки, видимый статус и официальные "
                    "платежи снижают риск."
                ),
                "en": (
                    "Artificial obstacles, intermediaries and unexplained delays are classic "
                    "warning signs; published deadlines, visible status and official payments "
                    "reduce the risk."
                ),
            },
        },
        {
            "category": "forms",
            "kind": "scenario",
            "text": {
                "kk": "Әйгерімге қалай әрекет еткен дұрыс?",
                "ru": "Как лучше всего поступить Айгерим?",
                "en": "What is the best course of action for Aigerim?",
            },
            "scenario": {
                "kk": (
                    "Әйгерім ұлына балабақшадан орын алу үшін электрондық кезекте тұр. Бір танысы "
                    "оған «білім бөліміндегі бір адам» ақы алып, баланы кезектің басына шығарып "
                    "бере алатынын және «бәрі солай істейтінін» айтады. Әйгерімнің өзі аудандық "
                    "әкімдікте мемлекеттік қызметші болып істейді. Жақында жұмысқа шығуы керек "
                    "болғандықтан, ол келісуге бейім."
                ),
                "ru": (
                    "Айгерим ждёт место в детском саду для сына через электронную очередь. "
                    "Знакомая говорит ей, что «человек в отделе образования» может за плату "
                    "поднять ребёнка в начало очереди и что «все так делают». Айгерим сама "
                    "работает государственным служащим в районном акимате. Ей хочется согласиться, "
                    "потому что скоро нужно выходить на работу."
                ),
                "en": (
                    "Aigerim is waiting for a kindergarten place for her son through the "
                    "electronic queue. An acquaintance tells her that “a person in the education "
                    "department” can move the child to the top of the queue for a fee, and that "
                    "“everyone does it”. Aigerim herself is a civil servant at the district "
                    "akimat. She is tempted, because she has to go back to work soon."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Төлеу: ақшаны шенеунік емес, делдал алады, демек бұл пара емес.",
                        "ru": (
                            "Заплатить: деньги получает посредник, а не чиновник, значит, это не "
                            "взятка."
                        ),
                        "en": (
                            "Pay, because the money goes to an intermediary rather than to an "
                            "official, so it is not a bribe."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Делдал арқылы төлеу де — пара беру, ал парақорлыққа делдал "
                            "болудың өзі құқық бұзушылық."
                        ),
                        "ru": (
                            "Неверно. Оплата через посредника — всё равно дача взятки, а "
                            "посредничество во взяточничестве тоже является правонарушением."
                        ),
                        "en": (
                            "Wrong. Paying through an intermediary is still giving a bribe, and "
                            "acting as an intermediary in bribery is an offence too."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Делдал қолхат беруге келіссе ғана төлеу.",
                        "ru": "Заплатить, только если посредник согласится выдать расписку.",
                        "en": "Pay only if the intermediary agrees to give her a written receipt.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Қолхат бейресми төлемді заңды етпейді; кезектен ақы төлеп "
                            "озудың заңды жолы жоқ."
                        ),
                        "ru": (
                            "Неверно. Расписка не делает неофициальный платёж законным; законного "
                            "платного способа обойти очередь не существует."
                        ),
                        "en": (
                            "Wrong. A receipt does not make an unofficial payment legal; there is "
                            "no lawful paid way to jump the queue."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бас тартып, ұлының кезектегі орнын тек ресми электрондық кезек арқылы "
                            "тексеру және бұл ұсыныс туралы Сыбайлас жемқорлыққа қарсы іс-қимыл "
                            "агенттігіне немесе өз органының ресми арналары арқылы хабарлау."
                        ),
                        "ru": (
                            "Отказаться, проверять место сына только через официальную электронную "
                            "очередь и сообщить о предложении в Агентство по противодействию "
                            "коррупции или по официальным каналам своего органа."
                        ),
                        "en": (
                            "Refuse, check her son's place only through the official electronic "
                            "queue, and report the offer to the Anti-Corruption Agency or through "
                            "her body's official channels."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Ол бас тартады, ресми рәсімге сүйенеді және басқа отбасыларға "
                            "да зиян келтіруі мүмкін схеманы уәкілетті органдардың тексеруіне "
                            "мүмкіндік береді."
                        ),
                        "ru": (
                            "Верно. Она отказывается, опирается на официальную процедуру и даёт "
                            "компетентным органам проверить схему, которая может вредить и другим "
                            "семьям."
                        ),
                        "en": (
                            "Correct. She refuses, relies on the official procedure and lets the "
                            "competent bodies check a scheme that may be harming other families "
                            "too."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бас тарту, бірақ ешкімге айтпау: танысы жай ғана мақтанып жүрген "
                            "болуы мүмкін."
                        ),
                        "ru": (
                            "Отказаться, но никому ничего не говорить: знакомая, возможно, просто "
                            "хвастается."
                        ),
                        "en": (
                            "Refuse but say nothing, because the acquaintance may just be boasting."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бас тарту дұрыс, бірақ жеткіліксіз. Ұсыныстың шын-өтірігін тексеру — "
                            "уәкілетті органдардың міндеті, ал Әйгерім мемлекеттік қызметші "
                            "ретінде өзін сыбайлас жемқорлыққа тартуға жасалған әрекеттер туралы "
                            "хабарлауы керек."
                        ),
                        "ru": (
                            "Отказаться правильно, но недостаточно. Проверять, реально ли "
                            "предложение, — задача компетентных органов, а Айгерим как "
                            "государственный служащий должна сообщать о попытках вовлечь её в "
                            "коррупцию."
                        ),
                        "en": (
                            "Refusing is right but not enough. Checking whether the offer is real "
                            "is the job of the competent bodies, and as a civil servant Aigerim "
                            "should report attempts to involve her in corruption."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Электрондық кезекте ақылы «жылдамдатудың» заңды жолы болмайды. Делдал арқылы "
                    "төлеу де — пара; дұрыс әрекет — бас тарту және хабарлау."
                ),
                "ru": (
                    "В электронной очереди не бывает законного платного «ускорения». Оплата через "
                    "посредника — тоже взятка; правильная реакция — отказаться и сообщить."
                ),
                "en": (
                    "There is no lawful paid shortcut in an electronic queue. Paying through an "
                    "intermediary is still bribery; the right response is to refuse and report."
                ),
            },
        },
        {
            "category": "forms",
            "kind": "single",
            "text": {
                "kk": (
                    "Өтініш берушіден ресми тізбеде жоқ құжаттарды талап ету неліктен сыбайлас "
                    "жемқорлық тәуекелі болып табылады?"
                ),
                "ru": (
                    "Почему требование от заявителя документов, которых нет в официальном перечне, "
                    "является коррупционным риском?"
                ),
                "en": (
                    "Why is asking an applicant for documents that are not on the official list a "
                    "corruption risk?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Бұл өтініш берушіні «айналма жол» іздеуге, соның ішінде бейресми "
                            "төлемге итермелейтін жасанды кедергі тудырады."
                        ),
                        "ru": (
                            "Это создаёт искусственное препятствие, которое подталкивает заявителя "
                            "искать «обходной путь», в том числе через неформальные платежи."
                        ),
                        "en": (
                            "It creates an artificial obstacle that pushes the applicant to look "
                            "for a “way around”, including informal payments."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": "Дұрыс. Артық талаптар қысым туғызып, «келісімге» жол ашады.",
                        "ru": (
                            "Верно. Лишние требования создают давление и почву для "
                            "«договорённостей»."
                        ),
                        "en": (
                            "Correct. Unnecessary requirements create pressure and room for "
                            "“agreements”."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұл тәуекел емес: қосымша құжаттар шешімді тек сенімдірек етеді.",
                        "ru": (
                            "Это не риск: дополнительные документы только делают решение надёжнее."
                        ),
                        "en": (
                            "It is not a risk: extra documents only make the decision more "
                            "reliable."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Құжаттар тізбесі ресми қағидалармен белгіленген; одан артығын "
                            "талап етуге болмайды, бұл кедергі тудырады."
                        ),
                        "ru": (
                            "Неверно. Перечень документов установлен официальными правилами; "
                            "требовать больше нельзя, это создаёт препятствие."
                        ),
                        "en": (
                            "Wrong. The list of documents is set by the official rules; asking for "
                            "more is not allowed and creates an obstacle."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бұл өтініш беруші заңды тұлға болған жағдайда ғана тәуекел.",
                        "ru": "Это риск, только если заявитель — юридическое лицо.",
                        "en": "It is a risk only if the applicant is a legal entity.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Артық талаптар азаматтар үшін де, бизнес үшін де бірдей тәуекел "
                            "тудырады."
                        ),
                        "ru": (
                            "Неверно. Лишние требования создают одинаковый риск и для граждан, и "
                            "для бизнеса."
                        ),
                        "en": (
                            "Wrong. Unnecessary demands create the same risk for individuals and "
                            "for businesses."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми қағидалардан тыс талаптар — жасанды кедергілер, тұрмыстық сыбайлас "
                    "жемқорлықтың басты көздерінің бірі."
                ),
                "ru": (
                    "Требования сверх официальных правил — искусственные препятствия, один из "
                    "главных источников бытовой коррупции."
                ),
                "en": (
                    "Requirements beyond the official rules are artificial obstacles — one of the "
                    "main sources of everyday corruption."
                ),
            },
        },
        {
            "category": "response",
            "kind": "scenario",
            "text": {
                "kk": "Данияр не істеуі керек?",
                "ru": "Что следует сделать Данияру?",
                "en": "What should Daniyar do?",
            },
            "scenario": {
                "kk": (
                    "Данияр халыққа қызмет көрсету орталығында (ХҚКО) оператор болып жұмыс "
                    "істейді. Егде жастағы өтініш беруші құжаттарының тез қабылданғанына риза "
                    "болды. Ол үстелге ақша салынған конвертті «шайға» деп қойып, шығуға беттейді. "
                    "Мұны кезектегі басқа адамдар көріп тұр. Ол жүгінген қызмет тегін."
                ),
                "ru": (
                    "Данияр работает оператором в центре обслуживания населения (ЦОН). Пожилая "
                    "заявительница довольна, что её документы быстро приняли. Она кладёт на стол "
                    "конверт с деньгами «на чай» и направляется к выходу. Это видят другие люди в "
                    "очереди. Услуга, за которой она обратилась, бесплатная."
                ),
                "en": (
                    "Daniyar is an operator at a public service centre. An elderly applicant is "
                    "pleased that her documents were accepted quickly. She puts an envelope with "
                    "money on his desk “for tea” and heads for the exit. Other people in the queue "
                    "see this. The service she applied for is free."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Қабылдау: сомасы аз, қызмет көрсетіліп қойды.",
                        "ru": "Принять: сумма небольшая, а услуга уже оказана.",
                        "en": (
                            "Accept it: the amount is small and the service has already been "
                            "provided."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Қызметтік әрекет үшін ақша алуға сомасына да, берілген уақытына "
                            "да қарамастан тыйым салынған."
                        ),
                        "ru": (
                            "Неверно. Деньги за служебные действия запрещены независимо от суммы и "
                            "времени передачи."
                        ),
                        "en": (
                            "Wrong. Money for official actions is prohibited whatever the amount "
                            "and whenever it is given."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Конвертті үстел тартпасына салып қойып, ол қайтып келсе, қайтару.",
                        "ru": "Убрать конверт в ящик стола и вернуть, если она за ним придёт.",
                        "en": (
                            "Put the envelope in a drawer and return it if she comes back for it."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Конвертті өзінде қалдыру — оны іс жүзінде қабылдау, оның үстіне "
                            "бұл еш жерде тіркелмейді."
                        ),
                        "ru": (
                            "Неверно. Оставить конверт у себя — фактически принять его, к тому же "
                            "это нигде не зафиксировано."
                        ),
                        "en": (
                            "Wrong. Keeping the envelope means, in effect, accepting it, and "
                            "nothing is recorded."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ақшаны алып қалып, кейін қайырымдылыққа беру.",
                        "ru": "Оставить деньги себе и потом передать их на благотворительность.",
                        "en": "Keep the money and give it to charity later.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Ниеті жақсы болғанымен, ол жұмысы үшін ақша алған болып шығады."
                        ),
                        "ru": (
                            "Неверно. Благие намерения не меняют того, что он принял деньги за "
                            "свою работу."
                        ),
                        "en": (
                            "Wrong. Good intentions do not change the fact that he accepted money "
                            "for his work."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Оны сыпайы түрде тоқтатып, конвертті куәлардың көзінше қайтару, "
                            "қызметтің тегін екенін және ештеңе ала алмайтынын түсіндіру, "
                            "сондай-ақ ішкі тәртіп бойынша басшысына хабарлау."
                        ),
                        "ru": (
                            "Вежливо остановить её, вернуть конверт при свидетелях, объяснить, что "
                            "услуга бесплатна и он ничего не может принять, и сообщить "
                            "руководителю в порядке, установленном внутренними правилами."
                        ),
                        "en": (
                            "Politely stop her, return the envelope in front of witnesses, explain "
                            "that the service is free and that he cannot accept anything, and "
                            "inform his manager under the internal procedure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Дереу әрі ашық бас тарту Даниярды да, орталықтың беделін де "
                            "қорғайды, ал басшыға хабарлау оқиғаны тіркеуге мүмкіндік береді."
                        ),
                        "ru": (
                            "Верно. Немедленный и открытый отказ защищает и Данияра, и репутацию "
                            "центра, а сообщение руководителю фиксирует случай."
                        ),
                        "en": (
                            "Correct. An immediate, visible refusal protects both Daniyar and the "
                            "centre's reputation, and informing the manager puts the case on "
                            "record."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мемлекеттік қызмет үшін ұсынылған ақшаны дереу әрі ашық түрде қайтарып, бұл "
                    "жағдай туралы белгіленген тәртіппен хабарлау керек."
                ),
                "ru": (
                    "Деньги, предложенные за государственную услугу, нужно сразу и открыто "
                    "вернуть, а о случае — сообщить в установленном порядке."
                ),
                "en": (
                    "Money offered for a public service must be returned at once and openly, and "
                    "the case reported under the established procedure."
                ),
            },
        },
        {
            "category": "response",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Заң бойынша мемлекеттік қызметшілер өздерін сыбайлас жемқорлық құқық "
                    "бұзушылықтар жасауға көндіру әрекеттері туралы хабарлауға міндетті."
                ),
                "ru": (
                    "По закону государственные служащие обязаны сообщать о случаях, когда их "
                    "пытаются склонить к совершению коррупционных правонарушений."
                ),
                "en": (
                    "By law, civil servants must report cases in which someone tries to involve "
                    "them in committing corruption offences."
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
                            "Дұрыс. Мұндай әрекеттер туралы хабарлау — жай ғана жақсы тәжірибе "
                            "емес, заңдағы міндет."
                        ),
                        "ru": (
                            "Верно. Сообщать о таких попытках — обязанность по закону, а не просто "
                            "хорошая практика."
                        ),
                        "en": (
                            "Correct. Reporting such attempts is a legal duty, not just good "
                            "practice."
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
                            "Олай емес. Мемлекеттік қызметшілер мұндай әрекеттер туралы хабарлауға "
                            "міндетті; үндемей қалу — міндетті бұзу."
                        ),
                        "ru": (
                            "Это не так. Госслужащие обязаны сообщать о таких попытках; молчание — "
                            "нарушение обязанностей."
                        ),
                        "en": (
                            "Not so. Civil servants must report such attempts; staying silent is a "
                            "breach of duty."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Пара ұсынылған немесе сыбайлас жемқорлыққа қатысуға шақырылған мемлекеттік "
                    "қызметші бас тартып, бұл туралы ресми арналар арқылы хабарлауы тиіс."
                ),
                "ru": (
                    "Государственный служащий, которому предлагают взятку или участие в коррупции, "
                    "должен отказаться и сообщить об этом по официальным каналам."
                ),
                "en": (
                    "A civil servant who is offered a bribe or asked to take part in corruption "
                    "must refuse and report it through official channels."
                ),
            },
        },
        {
            "category": "response",
            "kind": "single",
            "text": {
                "kk": (
                    "Азамат рұқсатты «тезірек» беру үшін сізге ақша ұсынады. Ең дұрыс алғашқы "
                    "әрекет қандай?"
                ),
                "ru": (
                    "Гражданин предлагает вам деньги, чтобы «ускорить» выдачу разрешения. Какая "
                    "первая реакция будет наилучшей?"
                ),
                "en": (
                    "A citizen offers you money to “speed up” a permit. What is the best first "
                    "response?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Дәлел жинау үшін келіскен болып көріну.",
                        "ru": (
                            "Сделать вид, что согласны, чтобы самостоятельно собрать "
                            "доказательства."
                        ),
                        "en": "Pretend to agree so that you can collect evidence yourself.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Өз бетіңізше тергеу жүргізбеңіз: келіскен болып көрінуіңіз пара "
                            "алуға дайындық ретінде қабылдануы мүмкін. Фактілерді уәкілетті "
                            "органдарға беріңіз."
                        ),
                        "ru": (
                            "Неверно. Не проводите собственное расследование: мнимое согласие "
                            "может быть воспринято как готовность взять взятку. Передайте факты "
                            "компетентным органам."
                        ),
                        "en": (
                            "Wrong. Do not run your own investigation: pretending to agree can "
                            "look like willingness to take a bribe. Hand the facts to the "
                            "competent bodies."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ұсынысты елемей, ештеңе болмағандай жұмысты жалғастыру.",
                        "ru": (
                            "Проигнорировать предложение и продолжить работу, как будто ничего не "
                            "произошло."
                        ),
                        "en": "Ignore the offer and carry on as if nothing had happened.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Үндемеу азаматты қағидалардан бейхабар қалдырады, ал бұл әрекет "
                            "тіркелмей қалады; анық бас тартып, хабарлау керек."
                        ),
                        "ru": (
                            "Неверно. Молчание оставляет гражданина в неведении о правилах, а "
                            "попытку — незафиксированной; нужно чётко отказать и сообщить."
                        ),
                        "en": (
                            "Wrong. Silence leaves the citizen unaware of the rules and the "
                            "attempt unrecorded; you must refuse clearly and report it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Мерзімді өзіңіз қысқарта алмайтыныңызды, бірақ әріптесіңіз көмектесуі "
                            "мүмкін екенін айту."
                        ),
                        "ru": (
                            "Сказать, что сами вы срок сократить не можете, но, возможно, поможет "
                            "коллега."
                        ),
                        "en": (
                            "Say that you cannot shorten the deadline yourself, but a colleague "
                            "might be able to help."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Бұлай айту азаматты басқа сыбайлас жемқорлық келісіміне "
                            "бағыттайды."
                        ),
                        "ru": (
                            "Неверно. Так вы направляете гражданина к другой коррупционной сделке."
                        ),
                        "en": "Wrong. This points the citizen towards another corrupt deal.",
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Анық бас тартып, ресми мерзімді және өтініштің барысын қалай "
                            "қадағалауға болатынын түсіндіру, содан кейін фактілерді жазып алып, "
                            "хабарлау."
                        ),
                        "ru": (
                            "Чётко отказаться, объяснить официальный срок и как отслеживать "
                            "заявление, затем записать факты и сообщить о них."
                        ),
                        "en": (
                            "Refuse clearly, explain the official deadline and how to track the "
                            "application, then write down the facts and report them."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Анық бас тарту мен ресми рәсім туралы ақпарат ақша төлеудің "
                            "мәнін жояды, ал хабарлама жағдайды тексеруге мүмкіндік береді."
                        ),
                        "ru": (
                            "Верно. Чёткий отказ и информация об официальной процедуре лишают "
                            "смысла платить, а сообщение позволяет проверить случай."
                        ),
                        "en": (
                            "Correct. A clear refusal and information about the official procedure "
                            "remove any reason to pay, and the report allows the case to be "
                            "checked."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Бас тартыңыз, ресми рәсімді түсіндіріңіз, фактілерді тіркеп, хабарлаңыз — өз "
                    "бетіңізше тергемеңіз."
                ),
                "ru": (
                    "Откажитесь, объясните официальную процедуру, зафиксируйте факты и сообщите — "
                    "не расследуйте сами."
                ),
                "en": (
                    "Refuse, explain the official procedure, record the facts and report them — do "
                    "not investigate on your own."
                ),
            },
        },
        {
            "category": "response",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Мекемеңізде пара талап етілуі мүмкін деген күдік туралы хабарлау үшін қандай "
                    "арналар қолайлы? Барлық сәйкес жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Какие каналы подходят, чтобы сообщить о подозрении, что в вашем учреждении "
                    "вымогают взятки? Выберите все подходящие варианты."
                ),
                "en": (
                    "Which channels are appropriate for reporting a suspected bribe demand in your "
                    "office? Select all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Тікелей басшыңыз немесе органның басшысы.",
                        "ru": "Непосредственный руководитель или руководитель органа.",
                        "en": "Your direct manager or the head of your body.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қолайлы ішкі арна (егер басшының өзі қатысты болса, басқа арнаны "
                            "пайдаланыңыз)."
                        ),
                        "ru": (
                            "Подходящий внутренний канал (если причастен сам руководитель, "
                            "используйте другой канал)."
                        ),
                        "en": (
                            "An appropriate internal channel (if the manager is involved, use "
                            "another channel)."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Органыңыздың сыбайлас жемқорлыққа қарсы комплаенс қызметі немесе әдеп "
                            "жөніндегі уәкіл."
                        ),
                        "ru": (
                            "Антикоррупционная комплаенс-служба или уполномоченный по этике вашего "
                            "органа."
                        ),
                        "en": "Your body's anti-corruption compliance unit or ethics commissioner.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қолайлы арна: олар дәл осындай хабарламаларды қабылдап, қарау үшін "
                            "бар."
                        ),
                        "ru": (
                            "Подходящий канал: они для того и существуют, чтобы принимать и "
                            "рассматривать такие сообщения."
                        ),
                        "en": (
                            "An appropriate channel: they exist to receive and deal with exactly "
                            "this kind of report."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қазақстан Республикасының Сыбайлас жемқорлыққа қарсы іс-қимыл "
                            "агенттігі — сенім телефоны немесе ресми онлайн арналар арқылы."
                        ),
                        "ru": (
                            "Агентство Республики Казахстан по противодействию коррупции — через "
                            "телефон доверия или официальные онлайн-каналы."
                        ),
                        "en": (
                            "The Anti-Corruption Agency of the Republic of Kazakhstan, through its "
                            "hotline or official online channels."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қолайлы сыртқы арна; әсіресе ішкі арналарға сенуге болмайтын жағдайда "
                            "пайдалы."
                        ),
                        "ru": (
                            "Подходящий внешний канал; особенно полезен, если внутренним каналам "
                            "нельзя доверять."
                        ),
                        "en": (
                            "An appropriate external channel, especially useful if internal "
                            "channels cannot be trusted."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Фактілер тексерілмей тұрып, әріптестің атын атап, әлеуметтік желіде "
                            "жазба жариялау."
                        ),
                        "ru": (
                            "Пост в социальных сетях с именем коллеги до какой-либо проверки "
                            "фактов."
                        ),
                        "en": (
                            "A social media post naming the colleague before any facts have been "
                            "checked."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қолайсыз: бұл жазықсыз адамға зиян келтіріп, фактілер тексерілгенше "
                            "қатысы барларға ескерту болуы мүмкін."
                        ),
                        "ru": (
                            "Не подходит: это может навредить невиновному и предупредить "
                            "причастных до проверки фактов."
                        ),
                        "en": (
                            "Not appropriate: it can harm an innocent person and warn those "
                            "involved before the facts are checked."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Күдікті әріптеспен оңаша сөйлесіп, оны ескерту.",
                        "ru": "Личный разговор с подозреваемым коллегой, чтобы его предупредить.",
                        "en": "A private talk with the suspected colleague to warn him.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қолайсыз: күдіктіні ескерту дәлелдерді жасыруға көмектесуі мүмкін, ал "
                            "сіз қысымға ұшырайсыз."
                        ),
                        "ru": (
                            "Не подходит: предупреждение подозреваемого может помочь скрыть "
                            "доказательства и подвергает вас давлению."
                        ),
                        "en": (
                            "Not appropriate: warning a suspect can help hide evidence and exposes "
                            "you to pressure."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми арналар арқылы хабарлаңыз: басшыңызға, комплаенс қызметіне немесе әдеп "
                    "жөніндегі уәкілге, Сыбайлас жемқорлыққа қарсы іс-қимыл агенттігіне. Хабарлама "
                    "құпия болуы мүмкін, ал адал ниетпен хабарлаған адамдар қудалаудан қорғалады."
                ),
                "ru": (
                    "Сообщайте по официальным каналам: руководителю, в комплаенс-службу или "
                    "уполномоченному по этике, в Агентство по противодействию коррупции. Сообщения "
                    "могут быть конфиденциальными, а добросовестно сообщивших защищают от "
                    "преследования."
                ),
                "en": (
                    "Report through official channels: your manager, the compliance unit or ethics "
                    "commissioner, or the Anti-Corruption Agency. Reports can be confidential, and "
                    "people who report in good faith are protected from retaliation."
                ),
            },
        },
        {
            "category": "response",
            "kind": "scenario",
            "text": {
                "kk": "Серік қалай әрекет етуі керек?",
                "ru": "Как следует поступить Серику?",
                "en": "What should Serik do?",
            },
            "scenario": {
                "kk": (
                    "Серік — аудандық әкімдіктің жер қатынастары бөлімінің маманы. Оған бейтаныс "
                    "ер адам бірнеше рет қоңырау шалады. Ол жер учаскесіне өтініш берген адамның "
                    "«өкілі» екенін айтып, өтініш басқалардан бұрын мақұлданса, Серікке «алғыс "
                    "білдіретінін» айтады. Өтініш әлі қаралған жоқ."
                ),
                "ru": (
                    "Серик — специалист отдела земельных отношений районного акимата. Ему "
                    "несколько раз звонит незнакомый мужчина. Он говорит, что «представляет» "
                    "заявителя на земельный участок, и обещает «отблагодарить» Серика, если "
                    "заявление одобрят раньше других. Заявление ещё не рассматривалось."
                ),
                "en": (
                    "Serik is a specialist in the land relations department of a district akimat. "
                    "A man he does not know calls him several times. He says he “represents” an "
                    "applicant for a land plot and promises to “thank” Serik if the application is "
                    "approved ahead of others. The application has not been reviewed yet."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Қоңырау шалушыға өтініштің әдеттегі тәртіппен қаралатынын айтып, кез "
                            "келген «алғыстан» бас тарту, қоңыраулардың күні мен мазмұнын жазып "
                            "алу және бұл туралы басшысына әрі сыбайлас жемқорлыққа қарсы "
                            "органдарға хабарлау."
                        ),
                        "ru": (
                            "Сказать звонящему, что заявление будет рассмотрено в обычном порядке, "
                            "отказаться от любой «благодарности», записать даты и содержание "
                            "звонков и сообщить о них руководителю и в антикоррупционные органы."
                        ),
                        "en": (
                            "Tell the caller that the application will be reviewed under the "
                            "normal procedure, refuse any “thanks”, note the dates and content of "
                            "the calls, and report them to his manager and the anti-corruption "
                            "bodies."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Ол бас тартады, рәсімді сақтайды және уәкілетті органдар шара "
                            "қолдана алуы үшін фактілерді тіркейді."
                        ),
                        "ru": (
                            "Верно. Он отказывается, соблюдает процедуру и фиксирует факты, чтобы "
                            "компетентные органы могли принять меры."
                        ),
                        "en": (
                            "Correct. He refuses, keeps to the procedure and records the facts so "
                            "that the competent bodies can act."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бас тарту, бірақ өтініш берушінің шағымдануына себеп қалмауы үшін бұл "
                            "өтінішті әдеттегіден тезірек қарау."
                        ),
                        "ru": (
                            "Отказаться, но рассмотреть это заявление быстрее обычного, чтобы у "
                            "заявителя не было повода жаловаться."
                        ),
                        "en": (
                            "Refuse, but review this application faster than usual so that the "
                            "applicant has no reason to complain."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Тездету де басқа өтініш берушілерге деген теңсіз көзқарас болып "
                            "табылады, ал ұсыныс туралы ешкім білмей қалады."
                        ),
                        "ru": (
                            "Неверно. Ускорение — это то же неравное отношение к другим "
                            "заявителям, а о предложении никто не узнает."
                        ),
                        "en": (
                            "Wrong. Speeding it up is still unequal treatment of the other "
                            "applicants, and the offer goes unreported."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Себебін түсіндірмей, өтінішті үнсіз әріптесіне беру.",
                        "ru": "Молча передать заявление коллеге, не объясняя причин.",
                        "en": "Quietly pass the application to a colleague without explaining why.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Хабарламай шетке шығу схеманы сол күйінде қалдырады; делдал "
                            "енді әріптесіне жүгінуі мүмкін."
                        ),
                        "ru": (
                            "Неверно. Самоустранение без сообщения оставляет схему нетронутой; "
                            "посредник может просто обратиться к коллеге."
                        ),
                        "en": (
                            "Wrong. Stepping aside without reporting leaves the scheme untouched; "
                            "the intermediary may simply approach the colleague."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ұсынысы үшін жазалау мақсатында өтінішті қабылдамау.",
                        "ru": (
                            "Отказать в удовлетворении заявления, чтобы наказать заявителя за это "
                            "предложение."
                        ),
                        "en": "Reject the application to punish the applicant for the offer.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Шешім тек қағидалар мен құжаттар негізінде қабылдануы тиіс; "
                            "өтініш беруші делдал туралы тіпті білмеуі де мүмкін."
                        ),
                        "ru": (
                            "Неверно. Решение должно приниматься только на основании правил и "
                            "документов; заявитель может даже не знать о посреднике."
                        ),
                        "en": (
                            "Wrong. The decision must be based only on the rules and documents; "
                            "the applicant may not even know about the intermediary."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Бас тартыңыз, рәсімді қатаң сақтаңыз, фактілерді тіркеп, хабарлаңыз; ұсынысқа "
                    "бола шешімді ешбір жаққа өзгертпеңіз."
                ),
                "ru": (
                    "Откажитесь, строго соблюдайте процедуру, зафиксируйте факты и сообщите; не "
                    "меняйте решение ни в ту, ни в другую сторону из-за предложения."
                ),
                "en": (
                    "Refuse, keep strictly to the procedure, record the facts and report them; do "
                    "not change the decision in either direction because of the offer."
                ),
            },
        },
        {
            "category": "transparency",
            "kind": "single",
            "text": {
                "kk": "Электрондық үкімет тұрмыстық сыбайлас жемқорлық тәуекелін қалай азайтады?",
                "ru": "Как электронное правительство снижает риск бытовой коррупции?",
                "en": "How does e-government reduce the risk of everyday corruption?",
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Мемлекеттік қызметшілерді қажетсіз етеді, сондықтан пара беретін адам "
                            "болмайды."
                        ),
                        "ru": (
                            "Оно делает государственных служащих ненужными, поэтому взятку давать "
                            "некому."
                        ),
                        "en": "It makes civil servants unnecessary, so there is nobody to bribe.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Шешімдерді әлі де адамдар қабылдайды және тексереді; "
                            "электрондық үкімет тәуекелді азайтады, бірақ толық жоймайды."
                        ),
                        "ru": (
                            "Неверно. Люди по-прежнему принимают и проверяют решения; электронное "
                            "правительство снижает риски, но не устраняет их."
                        ),
                        "en": (
                            "Wrong. People still make and check decisions; e-government reduces "
                            "risks but does not remove them."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Өтініш берушіге шешімді қай шенеуніктің қабылдайтынын таңдауға "
                            "мүмкіндік береді."
                        ),
                        "ru": "Оно позволяет заявителю выбрать, какой чиновник примет решение.",
                        "en": "It lets the applicant choose which official will decide the case.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. «Өз» шенеунігін таңдау мүмкіндігі тәуекелді азайтпай, керісінше "
                            "арттырар еді."
                        ),
                        "ru": (
                            "Неверно. Возможность выбрать «своего» чиновника увеличила бы риски, а "
                            "не снизила."
                        ),
                        "en": (
                            "Wrong. Being able to choose “your own” official would increase the "
                            "risks, not reduce them."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ол бетпе-бет байланыс пен өз қалауынша шешім қабылдау мүмкіндігін "
                            "азайтады, әр қадамды тіркейді, мерзім мен мәртебені көрінетін етеді."
                        ),
                        "ru": (
                            "Оно сокращает личные контакты и усмотрение, фиксирует каждый шаг и "
                            "делает сроки и статус видимыми."
                        ),
                        "en": (
                            "It reduces face-to-face contact and discretion, records every step "
                            "and makes deadlines and status visible."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Жеке байланыстың азаюы, әр қадамның тіркелуі және мерзімдердің "
                            "көрінуі «келісімге» орын қалдырмайды."
                        ),
                        "ru": (
                            "Верно. Меньше личных контактов, зафиксированные шаги и видимые сроки "
                            "оставляют мало места для «договорённостей»."
                        ),
                        "en": (
                            "Correct. Fewer personal contacts, recorded steps and visible "
                            "deadlines leave little room for “agreements”."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Өтінішті оны кім қарағаны туралы ешқандай із қалдырмай өңдеуге "
                            "мүмкіндік береді."
                        ),
                        "ru": (
                            "Оно позволяет обработать заявление, не оставляя следа о том, кто его "
                            "рассматривал."
                        ),
                        "en": (
                            "It allows an application to be processed without any record of who "
                            "handled it."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Керісінше: электрондық үкімет кім не істегенін және қашан "
                            "істегенін тіркейді, сондықтан теріс пайдалануды анықтау жеңілдейді."
                        ),
                        "ru": (
                            "Неверно. Наоборот: электронное правительство фиксирует, кто и когда "
                            "что сделал, поэтому злоупотребления легче выявить."
                        ),
                        "en": (
                            "Wrong. The opposite is true: e-government records who did what and "
                            "when, which makes abuse easier to detect."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Электрондық үкімет жеке байланыс пен өз қалауынша шешім қабылдауды шектеп, әр "
                    "қадамның ізін қалдырады, бұл бейресми төлемдерді қиындатады."
                ),
                "ru": (
                    "Электронное правительство ограничивает личные контакты и усмотрение и "
                    "оставляет след каждого шага, что затрудняет неформальные платежи."
                ),
                "en": (
                    "E-government limits personal contact and discretion and leaves a record of "
                    "every step, which makes informal payments harder."
                ),
            },
        },
        {
            "category": "transparency",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Егер қызмет онлайн көрсетілсе, онлайн өтінішті «жылдамдату» үшін біреуге ақы "
                    "төлеуге болады, өйткені бетпе-бет байланыс жоқ."
                ),
                "ru": (
                    "Если услуга оказывается онлайн, заплатить кому-то за «ускорение» "
                    "онлайн-заявки допустимо, ведь личного контакта нет."
                ),
                "en": (
                    "If a service is provided online, it is acceptable to pay someone to “speed "
                    "up” the online application, because there is no face-to-face contact."
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
                            "Олай емес. Тезірек қарау үшін төленетін ақы арнасына қарамастан "
                            "бейресми төлем болып табылады."
                        ),
                        "ru": (
                            "Это не так. Плата за ускоренное рассмотрение — неформальный платёж "
                            "независимо от канала."
                        ),
                        "en": (
                            "Not so. A payment for faster handling is an informal payment whatever "
                            "the channel."
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
                            "Дұрыс. Онлайн қызметтің адалдығы оның артында тұрған адамдардың "
                            "адалдығына байланысты; мұндай ұсыныстардан бас тартып, олар туралы "
                            "хабарлау керек."
                        ),
                        "ru": (
                            "Верно. Онлайн-услуга честна настолько, насколько честны люди, которые "
                            "за ней стоят; от таких предложений нужно отказываться и сообщать о "
                            "них."
                        ),
                        "en": (
                            "Correct. An online service is only as honest as the people behind it; "
                            "such offers should be refused and reported."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми ақыдан тыс кез келген төлем — онлайн болсын, офлайн болсын — бейресми "
                    "төлем."
                ),
                "ru": (
                    "Любая плата сверх официальной — онлайн или офлайн — это неформальный платёж."
                ),
                "en": (
                    "Any payment beyond the official fee, online or offline, is an informal "
                    "payment."
                ),
            },
        },
        {
            "category": "transparency",
            "kind": "scenario",
            "text": {
                "kk": "Мадинаға қалай әрекет еткен дұрыс?",
                "ru": "Как лучше всего поступить Мадине?",
                "en": "What is the best course of action for Madina?",
            },
            "scenario": {
                "kk": (
                    "Мадина лицензиялау бөлімін басқарады. Ол өтініш берушілердің құжаттарын "
                    "«нақтылау» үшін жиі жеке келетінін, ал ерекше тез мақұлданған көптеген "
                    "істерде бір ғана консалтингтік фирманың аты жүретінін байқайды. Басқа "
                    "өтініштер керісінше ұзақ қаралады. Қызметтің басым бөлігін онлайн көрсетуге "
                    "болады, бірақ қызметкерлер әлі де қағаз көшірмелерді әкелуді сұрайды."
                ),
                "ru": (
                    "Мадина руководит отделом лицензирования. Она замечает, что заявители часто "
                    "приходят лично, чтобы «уточнить» документы, а во многих делах, одобренных "
                    "необычно быстро, фигурирует одна и та же консалтинговая фирма. Другие "
                    "заявления, наоборот, рассматриваются долго. Большую часть услуги можно "
                    "оказать онлайн, но сотрудники по-прежнему просят приносить бумажные копии."
                ),
                "en": (
                    "Madina heads a licensing unit. She notices that applicants often come in "
                    "person to “clarify” their documents, and that the same consulting firm "
                    "appears in many files that were approved unusually quickly. Other "
                    "applications, by contrast, take a long time. Most of the service could be "
                    "provided online, but staff still ask applicants to bring paper copies."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Ештеңе істемеу: тез мақұлдау бөлімнің тиімді жұмыс істейтінін "
                            "көрсетеді."
                        ),
                        "ru": (
                            "Ничего не делать: быстрые одобрения говорят об эффективной работе "
                            "отдела."
                        ),
                        "en": "Do nothing: fast approvals show that the unit works efficiently.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Біреулерге — жылдамдық, басқаларға — кідіріс, оған қоса "
                            "қайталанатын делдал — бұл қауіпті белгілер жиынтығы."
                        ),
                        "ru": (
                            "Неверно. Скорость для одних и задержки для других в сочетании с "
                            "повторяющимся посредником — тревожная картина."
                        ),
                        "en": (
                            "Wrong. Speed for some and delays for others, combined with the same "
                            "intermediary again and again, is a warning pattern."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өз бетінше консалтингтік фирманың ғимаратқа кіруіне тыйым салу.",
                        "ru": (
                            "Своим решением запретить представителям консалтинговой фирмы "
                            "появляться в здании."
                        ),
                        "en": "Ban the consulting firm from the building on her own authority.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Бұл оның өкілеттігінен тыс және қызметкерлер арасындағы ықтимал "
                            "мәселелерді шешпейді."
                        ),
                        "ru": (
                            "Неверно. Это выходит за пределы её полномочий и не решает возможных "
                            "проблем среди сотрудников."
                        ),
                        "en": (
                            "Wrong. This is beyond her powers and does not deal with possible "
                            "problems among the staff."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Фирмадан мақұлдауды қалай тез алатынын тікелей сұрау.",
                        "ru": (
                            "Напрямую спросить фирму, как ей удаётся так быстро получать одобрения."
                        ),
                        "en": "Ask the firm directly how it manages to get approvals so quickly.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Бұл қатысы барларға ескерту болуы мүмкін; тексеру — уәкілетті "
                            "органдардың міндеті."
                        ),
                        "ru": (
                            "Неверно. Это может предупредить причастных; проверка — задача "
                            "компетентных органов."
                        ),
                        "en": (
                            "Wrong. This may warn those involved; checking is the job of the "
                            "competent bodies."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Байқалған заңдылық туралы тексеру үшін ресми арналар арқылы хабарлау, "
                            "қызметкерлерге тек ресми тізбедегі құжаттарды талап етуге болатынын "
                            "еске салу және қызметті толығымен онлайн форматқа көшіруді ұсыну."
                        ),
                        "ru": (
                            "Сообщить о выявленной закономерности по официальным каналам для "
                            "проверки, напомнить сотрудникам, что требовать можно только документы "
                            "из официального перечня, и предложить полностью перевести услугу в "
                            "онлайн."
                        ),
                        "en": (
                            "Report the pattern through official channels so that it can be "
                            "checked, remind staff that only documents on the official list may be "
                            "requested, and propose moving the service fully online."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Ол тәуекел туралы хабарлайды, жасанды кедергіні жояды және "
                            "жеке байланысты азайтады — бұл ең тиімді үш қадам."
                        ),
                        "ru": (
                            "Верно. Она сообщает о риске, убирает искусственное препятствие и "
                            "сокращает личные контакты — три самых действенных шага."
                        ),
                        "en": (
                            "Correct. She reports the risk, removes the artificial obstacle and "
                            "reduces personal contact — the three most effective steps."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Басшылар күдікті заңдылықтар туралы хабарлап, артық талаптарды жойып, "
                    "байланыс пен өз қалауынша шешім қабылдауды азайту үшін электрондық "
                    "қызметтерді пайдалануы тиіс."
                ),
                "ru": (
                    "Руководители должны сообщать о подозрительных закономерностях, устранять "
                    "лишние требования и использовать электронные услуги, чтобы сократить контакты "
                    "и усмотрение."
                ),
                "en": (
                    "Managers should report suspicious patterns, remove unnecessary requirements "
                    "and use e-services to reduce contact and discretion."
                ),
            },
        },
        {
            "category": "transparency",
            "kind": "single",
            "text": {
                "kk": (
                    "Мемлекеттік қызметшінің қандай тәжірибесі мемлекеттік қызметтердің ашықтығын "
                    "барынша қамтамасыз етеді?"
                ),
                "ru": (
                    "Какая практика государственного служащего лучше всего обеспечивает "
                    "прозрачность государственных услуг?"
                ),
                "en": (
                    "Which practice of a civil servant best supports transparency in public "
                    "services?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Уақыт үнемдеу үшін шешімдерді тек ауызша түсіндіру.",
                        "ru": "Объяснять решения только устно, чтобы сэкономить время.",
                        "en": "Explaining decisions only orally, to save time.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Ауызша түсіндіру із қалдырмайды, оны тексеру немесе оған "
                            "шағымдану қиын."
                        ),
                        "ru": (
                            "Неверно. Устное объяснение не оставляет следа, его трудно проверить "
                            "или обжаловать."
                        ),
                        "en": (
                            "Wrong. An oral explanation leaves no record and is hard to check or "
                            "appeal."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бас тарту себептерін жазбаша көрсету және шағымдану тәртібін "
                            "түсіндіру."
                        ),
                        "ru": (
                            "Письменно указывать причины отказа и разъяснять порядок обжалования."
                        ),
                        "en": (
                            "Giving the reasons for a refusal in writing and explaining how to "
                            "appeal."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Дұрыс. Жазбаша негіздеме шешімді тексеруге мүмкіндік береді және "
                            "өтініш берушінің құқықтарын қорғайды."
                        ),
                        "ru": (
                            "Верно. Письменное обоснование делает решение проверяемым и защищает "
                            "права заявителя."
                        ),
                        "en": (
                            "Correct. Written reasons make the decision checkable and protect the "
                            "applicant's rights."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Тұрақты келушілерден құжаттарды жүйені айналып өтіп, «таныстықпен» "
                            "қабылдау."
                        ),
                        "ru": (
                            "Принимать у постоянных посетителей документы в обход системы, «по "
                            "знакомству»."
                        ),
                        "en": (
                            "Accepting documents from regular visitors outside the system, “as a "
                            "favour”."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Жүйеден тыс жұмыс із қалдырмайды және таныс-тамырлыққа жол "
                            "ашады."
                        ),
                        "ru": (
                            "Неверно. Работа в обход системы не оставляет следа и порождает "
                            "фаворитизм."
                        ),
                        "en": (
                            "Wrong. Working outside the system leaves no record and leads to "
                            "favouritism."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Талап етілетін құжаттар тізбесін тез өзгерте алу үшін оны тек ішкі "
                            "пайдалануда ұстау."
                        ),
                        "ru": (
                            "Держать перечень требуемых документов только для внутреннего "
                            "пользования, чтобы его можно было быстро менять."
                        ),
                        "en": (
                            "Keeping the list of required documents for internal use only, so that "
                            "it can be changed quickly."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қате. Өтініш берушілер ресми талаптарды көре алуы керек; жасырын "
                            "қағидалар теріс пайдалануға жол ашады."
                        ),
                        "ru": (
                            "Неверно. Заявители должны видеть официальные требования; скрытые "
                            "правила провоцируют злоупотребления."
                        ),
                        "en": (
                            "Wrong. Applicants must be able to see the official requirements; "
                            "hidden rules invite abuse."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ашық қызмет дегеніміз — жарияланған талаптар, тіркелген қадамдар және "
                    "шағымдануға болатын жазбаша, негізделген шешімдер."
                ),
                "ru": (
                    "Прозрачная услуга — это опубликованные требования, зафиксированные шаги и "
                    "письменные обоснованные решения, которые можно обжаловать."
                ),
                "en": (
                    "A transparent service means published requirements, recorded steps and "
                    "written, reasoned decisions that can be appealed."
                ),
            },
        },
        {
            "category": "transparency",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Ресми алымдарды банк, төлем терминалы немесе eGov порталы арқылы төлеп, "
                    "түбіртекті сақтау бейресми төлемдердің алдын алуға көмектеседі."
                ),
                "ru": (
                    "Оплата официальных сборов через банк, платёжный терминал или портал eGov с "
                    "сохранением квитанции помогает предотвращать неформальные платежи."
                ),
                "en": (
                    "Paying official fees through a bank, a payment terminal or the eGov portal "
                    "and keeping the receipt helps to prevent informal payments."
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
                            "Дұрыс. Ресми төлем арналары із қалдырады және қабылдау терезесінде "
                            "қолма-қол ақшаға орын қалдырмайды."
                        ),
                        "ru": (
                            "Верно. Официальные каналы оплаты оставляют след и не оставляют места "
                            "для наличных у окна приёма."
                        ),
                        "en": (
                            "Correct. Official payment channels leave a record and leave no place "
                            "for cash at the service counter."
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
                            "Олай емес. Ресми арналар арқылы түбіртекпен төлеу — бейресми "
                            "төлемдерден қорғаудың ең қарапайым тәсілдерінің бірі."
                        ),
                        "ru": (
                            "Это не так. Оплата по официальным каналам с квитанцией — одна из "
                            "простейших мер защиты от неформальных платежей."
                        ),
                        "en": (
                            "Not so. Paying through official channels with a receipt is one of the "
                            "simplest safeguards against informal payments."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми төлемдер тек ресми арналар арқылы түбіртекпен төленеді; шенеунікке "
                    "қолма-қол берілген ақша — қауіп белгісі."
                ),
                "ru": (
                    "Официальные платежи вносятся только по официальным каналам с квитанцией; "
                    "наличные, переданные чиновнику, — тревожный признак."
                ),
                "en": (
                    "Official fees are paid only through official channels with a receipt; cash "
                    "handed to an official is a warning sign."
                ),
            },
        },
    ],
}
