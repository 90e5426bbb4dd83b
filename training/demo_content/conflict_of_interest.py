"""Demo training module: conflict of interest."""

MODULE = {
    "slug": "conflict-of-interest",
    "topic": "conflict_of_interest",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 3,
    "title": {
        "kk": "Мүдделер қақтығысы: тану, хабарлау, реттеу",
        "ru": "Конфликт интересов: распознать, сообщить, урегулировать",
        "en": "Conflict of interest: recognise, declare, resolve",
    },
    "summary": {
        "kk": (
            "Мүдделер қақтығысы деген не, оның нақты, көрінетін және ықтимал түрлері қалай "
            "ажыратылады және не істеу керек: ол туралы жазбаша хабарлап, шешімнен шеттелу."
        ),
        "ru": (
            "Что такое конфликт интересов, чем отличаются реальный, кажущийся и потенциальный "
            "конфликты и как действовать: письменно сообщить о нём и устраниться от решения."
        ),
        "en": (
            "What a conflict of interest is, how actual, apparent and potential conflicts "
            "differ, and what to do: declare it in writing and step aside from the decision."
        ),
    },
    "lessons": [
        {
            "title": {
                "kk": "Мүдделер қақтығысы дегеніміз не",
                "ru": "Что такое конфликт интересов",
                "en": "What a conflict of interest is",
            },
            "body": {
                "kk": (
                    "## Мүдделер қақтығысы дегеніміз не?\n\n"
                    "**Мүдделер қақтығысы** — сіздің **жеке мүдделілігіңіз** қызметтік "
                    "міндеттеріңізді бейтарап атқаруыңызға әсер ететін немесе әсер етуі мүмкін "
                    "жағдай.\n\n"
                    "Жеке мүдделілік — мына адамдарға тиетін кез келген пайда (ақша, мүлік, "
                    "жұмыс орны, қызмет не жеңілдік):\n"
                    "- өзіңізге;\n"
                    "- жақын туыстарыңызға, жұбайыңызға (зайыбыңызға) және жекжаттарыңызға;\n"
                    "- сізбен қаржылық, іскерлік немесе өзге де тығыз байланысы бар адамдар "
                    "мен ұйымдарға.\n\n"
                    "## Бұл неліктен маңызды\n\n"
                    "Азаматтар мемлекеттік шешімдер мәні бойынша және барлығына бірдей "
                    "ережемен қабылданады деп сенеді. Егер қызметші өзі жеке мүдделі мәселені "
                    "шешсе, шешім формалды түрде дұрыс болса да, бұл сенімге нұқсан келеді.\n\n"
                    "## Қақтығыстың өзі бұзушылық емес, оны жасыру — бұзушылық\n\n"
                    "Мүдделер қақтығысы — өмірдегі қалыпты құбылыс: әркімнің туыстары, достары "
                    "және бұрынғы әріптестері бар, ал шағын қалада олар өтініш берушілердің "
                    "арасында болуы әбден мүмкін. Мәселе жағдайдың өзінде емес, сіздің қалай "
                    "әрекет ететініңізде. Бұзушылық қызметші мына жағдайларда орын алады:\n"
                    "- өзі білетін қақтығыс туралы **хабарламаса**;\n"
                    "- шешім қабылдауға **қатысуын жалғастырса**;\n"
                    "- лауазымын өзіне немесе жақындарына **пайда** табу үшін пайдаланса.\n\n"
                    "## Есіңізде болсын\n\n"
                    "Халықаралық стандарттар да (мысалы, БҰҰ-ның Сыбайлас жемқорлыққа қарсы "
                    "конвенциясы мен ЭЫДҰ ұсынымдары), Қазақстанның сыбайлас жемқорлыққа қарсы "
                    "іс-қимыл туралы заңнамасы да қызметшілерден мүдделер қақтығысының **алдын "
                    "алуды** және ол туралы уақтылы **хабарлауды** талап етеді. Күмәндансаңыз, "
                    "өзіңізге сұрақ қойыңыз: *«Сырттан қараған адам менің жеке мүддем шешіміме "
                    "әсер етуі мүмкін деп ойлар ма еді?»* Жауап «иә» болса, мұны қақтығыс деп "
                    "есептеп, әрекет етіңіз."
                ),
                "ru": (
                    "## Что такое конфликт интересов?\n\n"
                    "**Конфликт интересов** — это ситуация, в которой ваша **личная "
                    "заинтересованность** влияет или может повлиять на беспристрастное "
                    "исполнение служебных обязанностей.\n\n"
                    "Личная заинтересованность — это любая выгода (деньги, имущество, работа, "
                    "услуга или льгота) для:\n"
                    "- вас самих;\n"
                    "- ваших близких родственников, супруга (супруги) и свойственников;\n"
                    "- людей и организаций, с которыми вас связывают финансовые, деловые или "
                    "иные тесные отношения.\n\n"
                    "## Почему это важно\n\n"
                    "Граждане рассчитывают, что государственные решения принимаются по "
                    "существу и по единым для всех правилам. Если служащий решает вопрос, в "
                    "котором лично заинтересован, доверие подрывается, даже когда решение "
                    "формально правильное.\n\n"
                    "## Сам конфликт — не нарушение, нарушение — его скрывать\n\n"
                    "Конфликт интересов — обычная часть жизни: у всех есть родственники, "
                    "друзья и бывшие коллеги, а в небольшом городе они вполне могут оказаться "
                    "среди заявителей. Проблема не в самой ситуации, а в том, как вы "
                    "поступаете. Нарушение возникает, когда служащий:\n"
                    "- **не сообщает** о конфликте, о котором знает;\n"
                    "- **продолжает участвовать** в принятии решения;\n"
                    "- использует должность для **выгоды** себе или близким.\n\n"
                    "## Запомните\n\n"
                    "И международные стандарты (например, Конвенция ООН против коррупции и "
                    "рекомендации ОЭСР), и законодательство Казахстана о противодействии "
                    "коррупции требуют от служащих **предотвращать** конфликт интересов и "
                    "своевременно **сообщать** о нём. Если сомневаетесь, спросите себя: "
                    "*«Решил бы сторонний наблюдатель, что моя личная заинтересованность может "
                    "на меня повлиять?»* Если да — считайте это конфликтом и действуйте."
                ),
                "en": (
                    "## What is a conflict of interest?\n\n"
                    "A **conflict of interest** is a situation in which your **personal "
                    "interest** affects, or may affect, how impartially you perform your "
                    "official duties.\n\n"
                    "A personal interest is any benefit (money, property, a job, a service or "
                    "a privilege) for:\n"
                    "- yourself;\n"
                    "- your close relatives, your spouse and your in-laws;\n"
                    "- people or organisations you have financial, business or other close "
                    "ties with.\n\n"
                    "## Why it matters\n\n"
                    "Citizens trust that the state makes decisions on the merits and under the "
                    "same rules for everyone. When an official decides a matter in which he or "
                    "she has a personal stake, that trust is damaged, even if the decision is "
                    "formally correct.\n\n"
                    "## Having a conflict is not a violation — hiding it is\n\n"
                    "Conflicts of interest are a normal part of life: everyone has relatives, "
                    "friends and former colleagues, and in a small town they may well be among "
                    "the applicants. The problem is not the situation itself but what you do "
                    "about it. A violation occurs when an official:\n"
                    "- **does not declare** a conflict they know about;\n"
                    "- **keeps taking part** in the decision;\n"
                    "- uses the position to **benefit** themselves or people close to them.\n\n"
                    "## Remember\n\n"
                    "Both international standards (for example, the UN Convention against "
                    "Corruption and OECD guidance) and the law of Kazakhstan on combating "
                    "corruption require officials to **prevent** conflicts of interest and to "
                    '**report** them promptly. When in doubt, ask yourself: *"Would an '
                    "outside observer think that my personal interest could influence my "
                    'decision?"* If the answer is yes, treat it as a conflict and act.'
                ),
            },
        },
        {
            "title": {
                "kk": "Нақты, көрінетін және ықтимал қақтығыс",
                "ru": "Реальный, кажущийся и потенциальный конфликт",
                "en": "Actual, apparent and potential conflicts",
            },
            "body": {
                "kk": (
                    "## Мүдделер қақтығысының үш түрі\n\n"
                    "Халықаралық тәжірибеде (мысалы, ЭЫДҰ ұсынымдарында) мүдделер қақтығысының "
                    "үш түрі ажыратылады. Үшеуіне де байыппен қарау қажет.\n\n"
                    "## 1. Нақты қақтығыс\n\n"
                    "Сіздің қызметтік міндеттеріңіз **дәл қазір** өзіңіз жеке мүдделі мәселеге "
                    "қатысты.\n\n"
                    "*Мысал:* сіз мемлекеттік сатып алу жөніндегі комиссияның мүшесісіз, ал "
                    "әлеуетті өнім берушілердің бірі — ағаңыз немесе ініңіз басқаратын "
                    "компания.\n\n"
                    "## 2. Көрінетін қақтығыс\n\n"
                    "Шын мәнінде олай болмаса да, өзгелерге сіздің жеке мүддеңіз шешіміңізге "
                    "әсер етіп жатқандай **негізді түрде көрінуі мүмкін**.\n\n"
                    "*Мысал:* сіз директоры жақын досыңыз болып табылатын компанияның "
                    "құжаттарын тексересіз. Сіз талапшыл әрі әділсіз, бірақ бәсекелестер мен "
                    "азаматтар мұны көрмейді — олар тек достықты көреді.\n\n"
                    "Көрінетін қақтығыс та нақты қақтығыс сияқты сенімге нұқсан келтіреді, "
                    "сондықтан онымен де солай әрекет етіледі: ол туралы хабарлау керек.\n\n"
                    "## 3. Ықтимал (әлеуетті) қақтығыс\n\n"
                    "Сізде белгілі бір міндеттер жүктелген жағдайда болашақта қақтығысқа "
                    "**айналуы мүмкін** жеке мүдде бар.\n\n"
                    "*Мысал:* жұбайыңыз құрылыс компаниясын ашты. Сіз әкімдіктің сәулет "
                    "бөлімінде жұмыс істейсіз, бірақ әзірге бұл компанияның өтініштерін "
                    "қарамайсыз. Егер мұндай өтініш сізге тапсырылса, қақтығыс нақтыға "
                    "айналады.\n\n"
                    "## Оларды қалай ажыратуға болады\n\n"
                    "Өзіңізге үш сұрақ қойыңыз:\n"
                    "- Мен немесе жақындарым мүдделі мәселені қазір шешіп жатырмын ба (не оған "
                    "ықпал ете аламын ба)? — **нақты**.\n"
                    "- Ешқандай ықпал болмаса да, сырттан қараған адам солай ойлауы мүмкін бе? "
                    "— **көрінетін**.\n"
                    "- Міндеттерім өзгерсе, бұл болашақта орын алуы мүмкін бе? — "
                    "**ықтимал**.\n\n"
                    "Ықтимал қақтығыс туралы **алдын ала** хабарлаған дұрыс: сонда басшы "
                    "тапсырмаларды оны болдырмайтындай етіп бөле алады."
                ),
                "ru": (
                    "## Три вида конфликта интересов\n\n"
                    "Международная практика (например, рекомендации ОЭСР) различает три вида "
                    "конфликта интересов. Ко всем трём нужно относиться серьёзно.\n\n"
                    "## 1. Реальный (фактический)\n\n"
                    "Ваши служебные обязанности **прямо сейчас** касаются вопроса, в котором "
                    "вы лично заинтересованы.\n\n"
                    "*Пример:* вы входите в комиссию по государственным закупкам, а среди "
                    "потенциальных поставщиков — компания, которой руководит ваш брат.\n\n"
                    "## 2. Кажущийся (видимый)\n\n"
                    "Другим людям **обоснованно может показаться**, что личная "
                    "заинтересованность на вас влияет, даже если на самом деле это не так.\n\n"
                    "*Пример:* вы проверяете документы компании, директор которой — ваш "
                    "близкий друг. Вы строги и справедливы, но конкуренты и граждане этого не "
                    "видят — они видят только дружбу.\n\n"
                    "Кажущийся конфликт подрывает доверие так же, как реальный, поэтому и "
                    "действовать нужно так же: сообщить о нём.\n\n"
                    "## 3. Потенциальный\n\n"
                    "У вас есть личная заинтересованность, которая **может стать** конфликтом "
                    "в будущем, если вам поручат определённые обязанности.\n\n"
                    "*Пример:* ваш(а) супруг(а) открыл(а) строительную компанию. Вы работаете "
                    "в отделе архитектуры акимата, но её заявки пока не рассматриваете. Если "
                    "такая заявка будет передана вам, конфликт станет реальным.\n\n"
                    "## Как их различить\n\n"
                    "Задайте себе три вопроса:\n"
                    "- Решаю ли я сейчас вопрос (или могу ли на него повлиять), в котором "
                    "заинтересован я или мои близкие? — **реальный**.\n"
                    "- Может ли сторонний наблюдатель так подумать, даже если влияния нет? — "
                    "**кажущийся**.\n"
                    "- Может ли это случиться в будущем, если мои задачи изменятся? — "
                    "**потенциальный**.\n\n"
                    "О потенциальном конфликте лучше сообщить **заранее**: тогда руководитель "
                    "сможет распределить задачи так, чтобы его избежать."
                ),
                "en": (
                    "## Three types of conflict of interest\n\n"
                    "International practice (for example, OECD guidance) distinguishes three "
                    "types of conflict of interest. All three must be taken seriously.\n\n"
                    "## 1. Actual\n\n"
                    "Your official duties **right now** involve a matter in which you have a "
                    "personal interest.\n\n"
                    "*Example:* you are a member of a public procurement commission, and one "
                    "of the potential suppliers is a company run by your brother.\n\n"
                    "## 2. Apparent\n\n"
                    "It may **reasonably seem** to others that your personal interest "
                    "influences you, even if in fact it does not.\n\n"
                    "*Example:* you check the documents of a company whose director is your "
                    "close friend. You are strict and fair, but competitors and citizens "
                    "cannot see that — they see only the friendship.\n\n"
                    "An apparent conflict damages trust just as an actual one does, so it is "
                    "handled the same way: declare it.\n\n"
                    "## 3. Potential\n\n"
                    "You have a personal interest that **could become** a conflict in the "
                    "future if you are given certain duties.\n\n"
                    "*Example:* your spouse has opened a construction company. You work in the "
                    "akimat's architecture department but do not handle its applications yet. "
                    "If such an application is assigned to you, the conflict becomes "
                    "actual.\n\n"
                    "## How to tell them apart\n\n"
                    "Ask yourself three questions:\n"
                    "- Am I now deciding (or able to influence) a matter in which I or people "
                    "close to me have an interest? — **actual**.\n"
                    "- Could an outside observer think so, even if there is no influence? — "
                    "**apparent**.\n"
                    "- Could this happen in the future if my tasks change? — **potential**.\n\n"
                    "A potential conflict is best declared **in advance**: then your manager "
                    "can plan tasks so that it never arises."
                ),
            },
        },
        {
            "title": {
                "kk": "Хабарлау және шешімнен шеттелу",
                "ru": "Уведомление и самоотвод",
                "en": "Declaring and stepping aside",
            },
            "body": {
                "kk": (
                    "## Мүдделер қақтығысы туындаса, не істеу керек\n\n"
                    "Үш қарапайым қадам сізді де, шешімді де қорғайды.\n\n"
                    "## 1-қадам. Уақтылы байқаңыз\n\n"
                    "Әрбір жаңа тапсырманы, өтінішті немесе комиссия отырысын тексеріңіз: ол "
                    "сізге, туыстарыңызға, достарыңызға немесе сізбен байланысты ұйымдарға "
                    "қатысты емес пе? Неғұрлым ерте байқасаңыз, жағдайды реттеу соғұрлым оңай "
                    "болады.\n\n"
                    "## 2-қадам. Жазбаша хабарлаңыз\n\n"
                    "Қақтығыс туралы білген бойда, мәселе бойынша қандай да бір әрекет жасамас "
                    "бұрын, **тікелей басшыңызға жазбаша хабарлаңыз**. Фактілерді қысқаша "
                    "сипаттаңыз: мәселе неде және сіздің жеке мүдделілігіңіз неде. Көшірмесін "
                    "сақтап қойыңыз. Ұйымыңызда этика жөніндегі уәкіл немесе комплаенс-офицер "
                    "болса, олардан кеңес сұрауға болады.\n\n"
                    "## 3-қадам. Шешімнен шеттеліңіз (өздігінен бас тарту)\n\n"
                    "Шешімді дайындауға, талқылауға және дауыс беруге қатыспаңыз. "
                    "Әріптестеріңізге бейресми түрде ықпал етуге тырыспаңыз және «өз» "
                    "ісіңіздің қалай жүріп жатқанын сұрамаңыз.\n\n"
                    "## Басшы не істей алады\n\n"
                    "Хабарламаны алған соң басшы қақтығысты реттеу бойынша шаралар қабылдайды, "
                    "мысалы:\n"
                    "- сізді нақты шешім қабылдаудан немесе функцияны орындаудан шеттетеді;\n"
                    "- тапсырманы басқа қызметкерге береді;\n"
                    "- міндеттеріңізді өзгертеді.\n\n"
                    "Егер қақтығыс қаржылық мүддеге (мысалы, компаниядағы үлеске немесе "
                    "акцияларға) байланысты болса, заңға сәйкес бұл мүддені сенімгерлік "
                    "басқаруға беру немесе одан бас тарту қажет болуы мүмкін.\n\n"
                    "## Жиі кездесетін қателіктер\n\n"
                    "- *«Мен адалмын, сондықтан бұл маңызды емес».* — Адалдық тек әділ болу "
                    "ғана емес, әділ екеніңіздің өзгелерге көрініп тұруы да.\n"
                    "- *«Папканы әріптесіме үнсіз бере саламын».* — Жазбаша хабарлама болмаса, "
                    "ештеңе тіркелмейді, ал сіз қорғалмаған күйде қаласыз.\n"
                    "- *«Қала шағын, бәрі бір-біріне туыс».* — Дәл сондықтан нақты хабарлау "
                    "сізді қорғайды.\n\n"
                    "Мүдделер қақтығысы туралы хабарлау — кінәні мойындау емес, кәсібилік "
                    "белгісі."
                ),
                "ru": (
                    "## Что делать, если у вас конфликт интересов\n\n"
                    "Три простых шага защищают и вас, и решение.\n\n"
                    "## Шаг 1. Заметьте вовремя\n\n"
                    "Проверяйте каждую новую задачу, заявку или заседание комиссии: не "
                    "касается ли это вас, ваших родственников, друзей или связанных с вами "
                    "организаций? Чем раньше вы это заметите, тем проще урегулировать "
                    "ситуацию.\n\n"
                    "## Шаг 2. Сообщите письменно\n\n"
                    "**Письменно уведомите непосредственного руководителя**, как только узнали "
                    "о конфликте, — до того, как совершать какие-либо действия по вопросу. "
                    "Кратко опишите факты: о каком вопросе речь и в чём ваша личная "
                    "заинтересованность. Сохраните копию. Если в вашей организации есть "
                    "уполномоченный по этике или комплаенс-офицер, можно обратиться к нему за "
                    "советом.\n\n"
                    "## Шаг 3. Устранитесь от решения (самоотвод)\n\n"
                    "Не участвуйте в подготовке, обсуждении и голосовании по решению. Не "
                    "пытайтесь неформально влиять на коллег и не спрашивайте, как продвигается "
                    "«ваше» дело.\n\n"
                    "## Что может сделать руководитель\n\n"
                    "Получив уведомление, руководитель принимает меры по урегулированию "
                    "конфликта, например:\n"
                    "- отстраняет вас от принятия конкретного решения или исполнения функции;\n"
                    "- поручает задачу другому работнику;\n"
                    "- изменяет ваши обязанности.\n\n"
                    "Если конфликт связан с финансовым интересом (например, с долей или "
                    "акциями в компании), в соответствии с законом этот интерес может "
                    "потребоваться передать в доверительное управление или от него "
                    "отказаться.\n\n"
                    "## Типичные ошибки\n\n"
                    "- *«Я честный, значит, это неважно».* — Добросовестность — это не только "
                    "быть справедливым, но и чтобы это было видно со стороны.\n"
                    "- *«Я просто тихо передам папку коллеге».* — Без письменного уведомления "
                    "ничего не зафиксировано, и вы остаётесь незащищённым.\n"
                    "- *«Город маленький, все друг другу родственники».* — Именно поэтому "
                    "чёткое уведомление вас и защищает.\n\n"
                    "Сообщить о конфликте интересов — признак профессионализма, а не признание "
                    "вины."
                ),
                "en": (
                    "## What to do if you have a conflict of interest\n\n"
                    "Three simple steps protect both you and the decision.\n\n"
                    "## Step 1. Notice it early\n\n"
                    "Check every new task, application or commission meeting: does it concern "
                    "you, your relatives, your friends or organisations you are linked to? The "
                    "earlier you notice, the easier it is to resolve the situation.\n\n"
                    "## Step 2. Declare it in writing\n\n"
                    "**Notify your immediate supervisor in writing** as soon as you become "
                    "aware of the conflict — before you take any action on the matter. "
                    "Describe the facts briefly: what the matter is and what your personal "
                    "interest is. Keep a copy. If your organisation has an ethics commissioner "
                    "or a compliance officer, you can ask them for advice.\n\n"
                    "## Step 3. Step aside (recusal)\n\n"
                    "Do not take part in preparing, discussing or voting on the decision. Do "
                    'not try to influence colleagues informally, and do not ask how "your" '
                    "case is going.\n\n"
                    "## What your supervisor can do\n\n"
                    "Having received your notice, the supervisor takes measures to settle the "
                    "conflict, for example:\n"
                    "- removes you from the particular decision or function;\n"
                    "- reassigns the task to another employee;\n"
                    "- changes your duties.\n\n"
                    "If the conflict comes from a financial interest (for example, a stake or "
                    "shares in a company), the law may require that interest to be placed in "
                    "trust management or given up.\n\n"
                    "## Common mistakes\n\n"
                    '- *"I am honest, so it does not matter."* — Integrity means not only '
                    "being fair but also being seen to be fair.\n"
                    '- *"I will just pass the file to a colleague quietly."* — Without a '
                    "written notice nothing is recorded, and you remain unprotected.\n"
                    '- *"It is a small town; everyone is related."* — That is exactly why a '
                    "clear declaration protects you.\n\n"
                    "Declaring a conflict of interest is a sign of professionalism, not an "
                    "admission of guilt."
                ),
            },
        },
    ],
    "categories": [
        {
            "code": "principles",
            "title": {
                "kk": "Мүдделер қақтығысы дегеніміз не",
                "ru": "Что такое конфликт интересов",
                "en": "What a conflict of interest is",
            },
            "draw": 2,
        },
        {
            "code": "types",
            "title": {
                "kk": "Қақтығыс түрлері",
                "ru": "Виды конфликта",
                "en": "Types of conflict",
            },
            "draw": 2,
        },
        {
            "code": "managing",
            "title": {
                "kk": "Хабарлау және шешімнен шеттелу",
                "ru": "Уведомление и самоотвод",
                "en": "Declaring and stepping aside",
            },
            "draw": 2,
        },
    ],
    "questions": [
        {
            "category": "principles",
            "kind": "single",
            "text": {
                "kk": "Мүдделер қақтығысын қай тұжырым дәлірек сипаттайды?",
                "ru": "Какое утверждение лучше всего описывает конфликт интересов?",
                "en": "Which statement best describes a conflict of interest?",
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Тапсырманы қалай орындау туралы әріптестер арасындағы келіспеушілік."
                        ),
                        "ru": "Разногласие между коллегами о том, как выполнить задачу.",
                        "en": ("A disagreement between colleagues about how to carry out a task."),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жұмыс барысындағы келіспеушілік — қалыпты жағдай, оның жеке "
                            "мүдделілікке қатысы жоқ."
                        ),
                        "ru": (
                            "Рабочие разногласия — нормальное явление и не связаны с личной "
                            "заинтересованностью."
                        ),
                        "en": (
                            "Disagreements at work are normal and have nothing to do with "
                            "personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметшінің жеке мүдделілігі оның міндеттерін бейтарап атқаруына "
                            "әсер ететін немесе әсер етуі мүмкін жағдай."
                        ),
                        "ru": (
                            "Ситуация, когда личная заинтересованность служащего влияет или "
                            "может повлиять на беспристрастное исполнение его обязанностей."
                        ),
                        "en": (
                            "A situation where an official's personal interest affects or may "
                            "affect the impartial performance of their duties."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Негізгі белгілері — жеке мүдделілік және оның ықпалы тиюі мүмкін "
                            "қызметтік міндеттер."
                        ),
                        "ru": (
                            "Ключевые элементы — личная заинтересованность и служебные "
                            "обязанности, на которые она может повлиять."
                        ),
                        "en": (
                            "The key elements are a personal interest and the official duties "
                            "it may influence."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Екі мемлекеттік органның мәселеге қайсысы жауапты екені туралы дауы."
                        ),
                        "ru": (
                            "Спор двух государственных органов о том, кто из них отвечает за "
                            "вопрос."
                        ),
                        "en": (
                            "A dispute between two state bodies over which of them is "
                            "responsible for an issue."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бұл — органдар арасындағы өкілеттік туралы дау, қызметшінің жеке "
                            "мүдделілігі емес."
                        ),
                        "ru": (
                            "Это спор о полномочиях между органами, а не личная "
                            "заинтересованность служащего."
                        ),
                        "en": (
                            "This is a dispute over powers between institutions, not an "
                            "official's personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Азаматтың мемлекеттік орган шешіміне наразылығы.",
                        "ru": "Недовольство гражданина решением государственного органа.",
                        "en": "A citizen's dissatisfaction with a decision of a state body.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Шағым негізді болуы да, болмауы да мүмкін, бірақ ол өз алдына "
                            "қызметшінің жеке мүдделілігін көрсетпейді."
                        ),
                        "ru": (
                            "Жалоба может быть обоснованной или нет, но сама по себе она не "
                            "говорит о личной заинтересованности служащего."
                        ),
                        "en": (
                            "A complaint may or may not be justified, but by itself it does "
                            "not show that the official has a personal interest."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүдделер қақтығысы қызметшінің жеке мүдделілігі қызметтік міндеттерді "
                    "бейтарап атқаруға әсер еткенде немесе әсер етуі мүмкін болғанда туындайды."
                ),
                "ru": (
                    "Конфликт интересов возникает, когда личная заинтересованность служащего "
                    "влияет или может повлиять на беспристрастное исполнение служебных "
                    "обязанностей."
                ),
                "en": (
                    "A conflict of interest arises when an official's personal interest "
                    "affects or may affect the impartial performance of official duties."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Мүдделер қақтығысының болуы, тіпті ол туралы уақтылы хабарлап, шешімнен "
                    "шеттелсеңіз де, өз алдына бұзушылық болып табылады."
                ),
                "ru": (
                    "Наличие конфликта интересов само по себе является нарушением, даже если "
                    "вы своевременно сообщили о нём и устранились от решения."
                ),
                "en": (
                    "Having a conflict of interest is in itself a violation, even if you "
                    "declare it promptly and step aside from the decision."
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
                            "Олай емес: қақтығыс кез келген адамда болуы мүмкін; бұзушылық — "
                            "оны жасыру немесе сол жағдайда әрекет етуді жалғастыру."
                        ),
                        "ru": (
                            "Это не так: конфликт может возникнуть у любого; нарушение — "
                            "скрывать его или продолжать действовать в этой ситуации."
                        ),
                        "en": (
                            "Not so: anyone can have a conflict; the violation is hiding it or "
                            "continuing to act in the matter."
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
                            "Хабарланған және тиісінше реттелген қақтығыс бұзушылық болып "
                            "саналмайды."
                        ),
                        "ru": (
                            "Конфликт, о котором сообщено и который должным образом "
                            "урегулирован, нарушением не является."
                        ),
                        "en": (
                            "A conflict that has been declared and properly managed is not a "
                            "violation."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүдделер қақтығысы — өз алдына құқық бұзушылық емес, реттелуге тиіс "
                    "жағдай. Бұзушылық — ол туралы хабарламау немесе шешім қабылдауға қатыса "
                    "беру."
                ),
                "ru": (
                    "Конфликт интересов — это ситуация, которую нужно урегулировать, а не "
                    "правонарушение само по себе. Нарушение — не сообщить о нём или продолжать "
                    "участвовать в решении."
                ),
                "en": (
                    "A conflict of interest is a situation to be managed, not an offence in "
                    "itself. The violation is failing to declare it or continuing to take part "
                    "in the decision."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы қызметшінің жеке мүдделілігін туғызуы мүмкін? "
                    "Барлық дұрыс жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Что из перечисленного может создавать личную заинтересованность "
                    "служащего? Выберите все подходящие варианты."
                ),
                "en": (
                    "Which of the following can create a personal interest for an official? "
                    "Select all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Қызметшінің өзіне тиетін ықтимал материалдық пайда.",
                        "ru": "Возможная материальная выгода для самого служащего.",
                        "en": "A possible financial gain for the official personally.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Өзіңізге тиетін кез келген пайда — жеке мүдделіліктің ең тікелей түрі."
                        ),
                        "ru": (
                            "Любая выгода для вас лично — самая прямая форма личной "
                            "заинтересованности."
                        ),
                        "en": (
                            "Any gain for yourself is the most direct form of personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметшінің жақын туыстарына, жұбайына немесе жекжаттарына тиетін "
                            "пайда."
                        ),
                        "ru": (
                            "Выгода для близких родственников, супруга (супруги) или "
                            "свойственников служащего."
                        ),
                        "en": ("A benefit for the official's close relatives, spouse or in-laws."),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Жақын туыстарға, жұбайға немесе жекжаттарға тиетін пайда да жеке "
                            "мүдделілік болып саналады."
                        ),
                        "ru": (
                            "Выгода для близких родственников, супруга или свойственников "
                            "также считается личной заинтересованностью."
                        ),
                        "en": (
                            "Benefits for close relatives, a spouse or in-laws also count as "
                            "the official's personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Мемлекеттік орган қызмет ететін қоғамдық мүдде.",
                        "ru": "Общественный интерес, которому служит государственный орган.",
                        "en": "The public interest that the official's state body serves.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қоғамдық мүддеге қызмет ету — жұмыстың мақсаты, жеке мүдделілік емес."
                        ),
                        "ru": (
                            "Служение общественному интересу — цель работы, а не личная "
                            "заинтересованность."
                        ),
                        "en": (
                            "Serving the public interest is the purpose of the job, not a "
                            "personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметшінің бөліміне өтініш беретін компанияда үлесінің болуы "
                            "немесе сонда жұмыс істеуі."
                        ),
                        "ru": (
                            "Доля в компании или работа в ней, если эта компания обращается в "
                            "подразделение служащего."
                        ),
                        "en": (
                            "A stake in, or a job with, a company that applies to the "
                            "official's department."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Өтініш берушімен қаржылық немесе іскерлік байланыс жеке "
                            "мүдделілік туғызады."
                        ),
                        "ru": (
                            "Финансовая или деловая связь с заявителем создаёт личную "
                            "заинтересованность."
                        ),
                        "en": (
                            "A financial or business link with an applicant creates a personal "
                            "interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Бөлімшеге белгіленген ресми нысаналы көрсеткіштер.",
                        "ru": ("Официальные целевые показатели, установленные для подразделения."),
                        "en": "The official performance targets set for the official's unit.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Ресми көрсеткіштер — жұмыстың бөлігі, жеке пайда емес.",
                        "ru": "Официальные показатели — часть работы, а не частная выгода.",
                        "en": "Official targets are part of the job, not a private benefit.",
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Жеке мүдделілік өзіңізге, жақын туыстарыңызға, жұбайыңызға және "
                    "жекжаттарыңызға, сондай-ақ сізбен қаржылық не өзге тығыз байланысы бар "
                    "адамдар мен ұйымдарға тиетін пайданы қамтиды."
                ),
                "ru": (
                    "Личная заинтересованность охватывает выгоду для вас, ваших близких "
                    "родственников, супруга и свойственников, а также для людей и организаций, "
                    "с которыми вы связаны финансово или иными тесными отношениями."
                ),
                "en": (
                    "Personal interest covers benefits for you, your close relatives, spouse "
                    "and in-laws, and for people or organisations with which you have "
                    "financial or other close ties."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "scenario",
            "text": {
                "kk": "Бауыржан қалай әрекет етуі керек?",
                "ru": "Как следует поступить Бауыржану?",
                "en": "What should Bauyrzhan do?",
            },
            "scenario": {
                "kk": (
                    "Бауыржан аудан әкімдігінің тұрғын үй қатынастары бөлімін басқарады және "
                    "мемлекеттік қызметке қабылдау жөніндегі конкурстық комиссияның құрамына "
                    "кіреді. Әкімдіктің өзіне бағынбайтын қаржы бөлімінде бос орын ашылды. "
                    "Оған Бауыржанның біліктілігі жақсы жиені құжат тапсырды. Комиссия "
                    "үміткерлермен әңгімелесуді келесі аптада өткізеді."
                ),
                "ru": (
                    "Бауыржан руководит отделом жилищных отношений районного акимата и входит "
                    "в конкурсную комиссию по приёму на государственную службу. В отделе "
                    "финансов акимата, который ему не подчиняется, открылась вакансия. На неё "
                    "подал документы его племянник, у которого хорошая квалификация. "
                    "Собеседование с кандидатами комиссия проведёт на следующей неделе."
                ),
                "en": (
                    "Bauyrzhan heads the housing department of a district akimat and sits on "
                    "the competition commission for civil service posts. A vacancy has opened "
                    "in the akimat's finance department, which does not report to him. His "
                    "nephew, who is well qualified, has applied for it. The commission will "
                    "interview the candidates next week."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": ("Әңгімелесуге қатысып, бейтарап болу үшін жиеніне орташа балл қою."),
                        "ru": (
                            "Участвовать в собеседовании, но поставить племяннику средний "
                            "балл, чтобы остаться нейтральным."
                        ),
                        "en": (
                            "Take part in the interviews but give his nephew an average score "
                            "to stay neutral."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ол жиеніне қандай балл қойса да, оған туыстық әсер етеді; бұл "
                            "үміткерді мүлде бағаламауы керек."
                        ),
                        "ru": (
                            "Любую оценку племяннику он ставил бы с оглядкой на родство; ему "
                            "вообще не следует оценивать этого кандидата."
                        ),
                        "en": (
                            "Any score he gives his own nephew is shaped by the family tie; he "
                            "should not assess this candidate at all."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": ("Үндемеу, өйткені жиені білікті, ал бос орын оның бөлімінде емес."),
                        "ru": (
                            "Промолчать, ведь племянник квалифицирован, а вакансия не в его отделе."
                        ),
                        "en": (
                            "Say nothing, because his nephew is qualified and the vacancy is "
                            "not in his department."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Біліктілік қақтығысты жоймайды: ол бәрібір туысын басқа "
                            "үміткерлермен салыстыра бағалайтын болады."
                        ),
                        "ru": (
                            "Квалификация не устраняет конфликт: он всё равно оценивал бы "
                            "родственника в сравнении с другими кандидатами."
                        ),
                        "en": (
                            "Qualifications do not remove the conflict: he would still be "
                            "judging a relative against other candidates."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әңгімелесуге дейін басшысына жазбаша хабарлап, осы конкурс "
                            "бойынша комиссия жұмысынан өздігінен бас тарту."
                        ),
                        "ru": (
                            "До собеседования письменно уведомить руководителя и взять "
                            "самоотвод от работы комиссии по этому конкурсу."
                        ),
                        "en": (
                            "Notify his supervisor in writing before the interviews and "
                            "withdraw from the commission's work on this competition."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Жазбаша хабарлама мен өздігінен бас тарту конкурстың әділдігін "
                            "сақтайды әрі өзін де, жиенін де қорғайды."
                        ),
                        "ru": (
                            "Письменное уведомление и самоотвод сохраняют честность конкурса и "
                            "защищают и его самого, и племянника."
                        ),
                        "en": (
                            "A written notice and recusal keep the competition fair and "
                            "protect both him and his nephew."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": ("Сұрақ туындамас үшін жиенінен өтінішін кері қайтарып алуын сұрау."),
                        "ru": ("Попросить племянника отозвать заявление, чтобы избежать вопросов."),
                        "en": (
                            "Ask his nephew to withdraw the application to avoid any questions."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жиенінің конкурсқа қатысуға құқығы бар; мәселе өтініште емес, "
                            "Бауыржанның комиссиядағы рөлінде."
                        ),
                        "ru": (
                            "Племянник вправе участвовать в конкурсе; проблема в роли "
                            "Бауыржана в комиссии, а не в заявлении."
                        ),
                        "en": (
                            "The nephew has the right to compete; the problem is Bauyrzhan's "
                            "role on the commission, not the application."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Туысыңыз үміткер немесе өтініш беруші болса, қақтығыс туралы жазбаша "
                    "хабарлап, шешімнен шеттеліңіз; туысыңыз жалпы негізде бәсекелесу құқығын "
                    "сақтайды."
                ),
                "ru": (
                    "Если родственник — кандидат или заявитель, письменно сообщите о конфликте "
                    "и устранитесь от решения; родственник сохраняет право участвовать на "
                    "общих основаниях."
                ),
                "en": (
                    "When a relative is a candidate or applicant, declare the conflict in "
                    "writing and step aside from the decision; the relative keeps the right to "
                    "compete on equal terms."
                ),
            },
        },
        {
            "category": "types",
            "kind": "single",
            "text": {
                "kk": "Көрінетін мүдделер қақтығысы дегеніміз не?",
                "ru": "Что такое кажущийся конфликт интересов?",
                "en": "What is an apparent conflict of interest?",
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Шын мәнінде әсер болмаса да, жеке мүдделілік қызметшіге әсер етіп "
                            "тұрғандай негізді түрде көрінуі мүмкін жағдай."
                        ),
                        "ru": (
                            "Ситуация, когда обоснованно может показаться, что личная "
                            "заинтересованность влияет на служащего, даже если на самом деле "
                            "это не так."
                        ),
                        "en": (
                            "A situation where it could reasonably seem that a personal "
                            "interest influences the official, even if in fact it does not."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қоғам сенімі шешімдердің қалай қабылданатынына ғана емес, сырттан "
                            "қалай көрінетініне де байланысты."
                        ),
                        "ru": (
                            "Доверие общества зависит не только от того, как принимаются "
                            "решения, но и от того, как они выглядят со стороны."
                        ),
                        "en": (
                            "Public trust depends not only on how decisions are made but also "
                            "on how they look from the outside."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Хабарланып, реттеліп қойған қақтығыс.",
                        "ru": "Конфликт, о котором уже сообщено и который урегулирован.",
                        "en": "A conflict that has already been declared and resolved.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарланған әрі реттелген қақтығыс — түріне қарамастан, жай ғана "
                            "реттелген қақтығыс."
                        ),
                        "ru": (
                            "Конфликт, о котором сообщено и который урегулирован, — это просто "
                            "урегулированный конфликт любого вида."
                        ),
                        "en": (
                            "A declared and resolved conflict is simply a managed conflict, "
                            "whatever its type."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметшінің міндеттері өзгерсе, болашақта пайда болуы мүмкін қақтығыс."
                        ),
                        "ru": (
                            "Конфликт, который может появиться в будущем при изменении "
                            "обязанностей служащего."
                        ),
                        "en": (
                            "A conflict that may arise in the future if the official's duties "
                            "change."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Бұл — ықтимал мүдделер қақтығысының сипаттамасы.",
                        "ru": "Это описание потенциального конфликта интересов.",
                        "en": "That describes a potential conflict of interest.",
                    },
                },
                {
                    "text": {
                        "kk": "Журналист жазған кез келген қақтығыс.",
                        "ru": "Любой конфликт, о котором написал журналист.",
                        "en": "Any conflict that a journalist has written about.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қақтығыстың түрі БАҚ назарына қарай анықталмайды; жағдайдың "
                            "сырттан негізді түрде қалай көрінетіні маңызды."
                        ),
                        "ru": (
                            "Вид конфликта не определяется вниманием СМИ; важно, как ситуация "
                            "может обоснованно выглядеть со стороны."
                        ),
                        "en": (
                            "Media attention does not define the type; what matters is how the "
                            "situation may reasonably look from outside."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Сырттан қараған адам жеке мүдделілік сізге әсер етеді деп негізді түрде "
                    "ойлай алса, бұл — көрінетін қақтығыс; ол нақты қақтығыс сияқты "
                    "хабарланып, реттеледі."
                ),
                "ru": (
                    "Кажущийся конфликт есть, когда сторонний наблюдатель может обоснованно "
                    "подумать, что на вас влияет личная заинтересованность; о нём сообщают и "
                    "его урегулируют так же, как реальный."
                ),
                "en": (
                    "An apparent conflict exists when an outside observer could reasonably "
                    "think that a personal interest influences you; it is declared and managed "
                    "just like an actual one."
                ),
            },
        },
        {
            "category": "types",
            "kind": "single",
            "text": {
                "kk": (
                    "Әлия әкімдіктің сәулет бөлімінде жұмыс істейді, бірақ құрылысқа рұқсат "
                    "беру туралы өтініштерді қарамайды. Жақында күйеуі құрылыс компаниясын "
                    "ашты. Бұл мүдделер қақтығысының қай түрі?"
                ),
                "ru": (
                    "Алия работает в отделе архитектуры акимата, но не рассматривает заявления "
                    "о выдаче разрешений на строительство. Недавно её муж открыл строительную "
                    "компанию. Какой это вид конфликта интересов?"
                ),
                "en": (
                    "Aliya works in the akimat's architecture department but does not review "
                    "applications for construction permits. Her husband has recently opened a "
                    "construction company. What type of conflict of interest is this?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Нақты.",
                        "ru": "Реальный.",
                        "en": "Actual.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Егер ол қазір компанияның өтініштерін қарап не оларға ықпал етіп "
                            "жүрсе, бұл нақты қақтығыс болар еді."
                        ),
                        "ru": (
                            "Реальным он был бы, если бы она сейчас рассматривала заявки "
                            "компании или влияла на них."
                        ),
                        "en": (
                            "It would be actual only if she were handling or influencing the "
                            "company's applications now."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Мүдделер қақтығысы жоқ, бұл туралы ойлаудың қажеті жоқ.",
                        "ru": "Конфликта интересов нет, и думать об этом не нужно.",
                        "en": "There is no conflict of interest and nothing to think about.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мүдделілік бар, әрі компания оның бөлімі айналысатын салада жұмыс "
                            "істейді, сондықтан мұны ескеру қажет."
                        ),
                        "ru": (
                            "Заинтересованность уже есть, и компания работает в той же сфере, "
                            "что и её отдел, поэтому это нужно учитывать."
                        ),
                        "en": (
                            "The interest already exists, and the company works in the same "
                            "field as her department, so it must be kept in mind."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ықтимал.",
                        "ru": "Потенциальный.",
                        "en": "Potential.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Оған мұндай өтініштер тапсырылса, мүдделілік қақтығысқа айналуы "
                            "мүмкін, сондықтан басшыға алдын ала хабарлаған жөн."
                        ),
                        "ru": (
                            "Заинтересованность может перерасти в конфликт, если ей поручат "
                            "такие заявки, поэтому разумно заранее сообщить руководителю."
                        ),
                        "en": (
                            "The interest could become a conflict if such applications are "
                            "assigned to her, so it is wise to inform her supervisor in "
                            "advance."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ықтимал қақтығыс — міндеттеріңіз өзгерсе, нақты қақтығысқа айналуы мүмкін "
                    "жеке мүдде; ол туралы ерте хабарлау басшыға оның алдын алуға көмектеседі."
                ),
                "ru": (
                    "Потенциальный конфликт — это личная заинтересованность, которая может "
                    "перерасти в реальный конфликт при изменении обязанностей; раннее "
                    "уведомление помогает руководителю его предотвратить."
                ),
                "en": (
                    "A potential conflict is a personal interest that may turn into an actual "
                    "conflict if your duties change; declaring it early helps your manager "
                    "prevent it."
                ),
            },
        },
        {
            "category": "types",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Тіпті өзіңізге ешнәрсе ықпал етпейтініне сенімді болсаңыз да, көрінетін "
                    "мүдделер қақтығысы туралы нақты қақтығыс сияқты хабарлау керек."
                ),
                "ru": (
                    "О кажущемся конфликте интересов нужно сообщать так же, как о реальном, "
                    "даже если вы уверены, что на вас ничто не влияет."
                ),
                "en": (
                    "An apparent conflict of interest should be declared in the same way as an "
                    "actual one, even if you are sure nothing influences you."
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
                            "Көрінетін қақтығыс та нақты қақтығыс сияқты сенімге нұқсан "
                            "келтіреді, сондықтан ол туралы хабарлау сізді де, қоғам сенімін "
                            "де қорғайды."
                        ),
                        "ru": (
                            "Кажущийся конфликт подрывает доверие так же, как реальный, "
                            "поэтому сообщение о нём защищает и вас, и доверие общества."
                        ),
                        "en": (
                            "An apparent conflict damages trust just as an actual one does, so "
                            "declaring it protects both you and public trust."
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
                            "Сіздің сенімділігіңіз жеткіліксіз: өзгелер сіздің ішкі ниетіңізді "
                            "көрмейді, тек жағдайды көреді, сондықтан ол туралы хабарлау керек."
                        ),
                        "ru": (
                            "Вашей уверенности недостаточно: другие не видят ваших намерений, "
                            "они видят только ситуацию, поэтому о ней нужно сообщить."
                        ),
                        "en": (
                            "Your own confidence is not enough: others cannot see your "
                            "intentions, only the situation, so it must be declared."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Көрінетін қақтығыс нақты қақтығыс сияқты хабарланып, реттеледі, өйткені "
                    "шешімдердің азаматтарға қалай көрінетіні де маңызды."
                ),
                "ru": (
                    "О кажущемся конфликте сообщают и его урегулируют так же, как реальный, "
                    "потому что важно и то, как решения выглядят в глазах граждан."
                ),
                "en": (
                    "Apparent conflicts are declared and managed in the same way as actual "
                    "ones, because how decisions look to citizens matters too."
                ),
            },
        },
        {
            "category": "types",
            "kind": "scenario",
            "text": {
                "kk": "Сәуледе мүдделер қақтығысының қай түрі бар?",
                "ru": "Какой вид конфликта интересов у Сауле?",
                "en": "What type of conflict of interest does Saule have?",
            },
            "scenario": {
                "kk": (
                    "Сәуле — қалалық емхананың сатып алу жөніндегі комиссиясының мүшесі. "
                    "Комиссия медициналық шығыс материалдарын жеткізетін өнім берушіні таңдап "
                    "жатыр. Өтінімдердің арасынан ол інісі басқаратын компанияның өтінімін "
                    "көрді. Өтінімдер ертең таңертең қаралады, ал Сәуле өзінің бейтарап бола "
                    "алатынына сенімді."
                ),
                "ru": (
                    "Сауле — член комиссии по закупкам городской поликлиники. Комиссия "
                    "выбирает поставщика медицинских расходных материалов. Среди заявок она "
                    "видит заявку компании, которой руководит её младший брат. Заявки будут "
                    "рассматривать завтра утром, и Сауле уверена, что сможет остаться "
                    "объективной."
                ),
                "en": (
                    "Saule is a member of the procurement commission of a city polyclinic. The "
                    "commission is choosing a supplier of medical consumables. Among the bids "
                    "she finds one from a company run by her younger brother. The bids will be "
                    "evaluated tomorrow morning, and Saule is sure she can stay objective."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Ықтимал, өйткені комиссия әлі шешім қабылдаған жоқ.",
                        "ru": "Потенциальный, потому что комиссия ещё не приняла решение.",
                        "en": "Potential, because the commission has not yet made a decision.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Шешім қабылдау қазірдің өзінде оның міндетіне кіреді және ертеңге "
                            "белгіленген; қақтығыстың нақты болуы үшін дауыс беруді күту шарт "
                            "емес."
                        ),
                        "ru": (
                            "Решение уже входит в её обязанности и назначено на завтра; чтобы "
                            "конфликт стал реальным, не нужно дожидаться голосования."
                        ),
                        "en": (
                            "The decision is already part of her duties and is set for "
                            "tomorrow; a conflict does not need a vote to become actual."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Нақты, өйткені ол қазір інісінің компаниясына тікелей қатысты "
                            "шешімге жауапты."
                        ),
                        "ru": (
                            "Реальный, потому что она сейчас отвечает за решение, которое "
                            "напрямую касается компании её брата."
                        ),
                        "en": (
                            "Actual, because she is currently responsible for a decision that "
                            "directly affects her brother's company."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қызметтік міндеті мен жеке мүдделілігі бір шешімде тоғысып тұр, "
                            "сондықтан ол өтінімдер қаралғанға дейін жазбаша хабарлап, "
                            "шешімнен шеттелуі керек."
                        ),
                        "ru": (
                            "Служебная обязанность и личная заинтересованность сходятся в "
                            "одном решении, поэтому ей нужно письменно сообщить об этом и "
                            "устраниться до рассмотрения заявок."
                        ),
                        "en": (
                            "Her official duty and her personal interest meet in the same "
                            "decision, so she must declare it in writing and step aside before "
                            "the bids are evaluated."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тек көрінетін, өйткені ол өзінің бейтараптығына сенімді.",
                        "ru": "Лишь кажущийся, потому что она уверена в своей объективности.",
                        "en": "Only apparent, because she is confident she will be objective.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Оның сенімділігі фактілерді өзгертпейді: ол інісінің өтінімін "
                            "бағалайтын болады, ал бұл — нақты қақтығыс."
                        ),
                        "ru": (
                            "Её уверенность не меняет фактов: она оценивала бы заявку брата, а "
                            "это реальный конфликт."
                        ),
                        "en": (
                            "Her confidence does not change the facts: she would be judging "
                            "her brother's bid, which is an actual conflict."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Қақтығыс жоқ, өйткені інісі — өз бизнесі бар ересек адам.",
                        "ru": (
                            "Конфликта нет, потому что брат — взрослый человек со своим бизнесом."
                        ),
                        "en": (
                            "There is no conflict, because her brother is an adult with his "
                            "own business."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жақын туыс жасына қарамастан жақын туыс болып қала береді; оның "
                            "мүддесі Сәуленің жеке мүдделілігі болып саналады."
                        ),
                        "ru": (
                            "Близкий родственник остаётся близким родственником независимо от "
                            "возраста; его интерес считается личной заинтересованностью Сауле."
                        ),
                        "en": (
                            "A close relative remains a close relative whatever their age; his "
                            "interest counts as Saule's personal interest."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ағымдағы міндеттеріңізге өзіңіз не жақын туыстарыңыз мүдделі шешім кірсе, "
                    "қақтығыс нақты болып саналады; әрекет етпес бұрын ол туралы хабарлап, "
                    "шешімнен шеттеліңіз."
                ),
                "ru": (
                    "Конфликт реальный, если ваши текущие обязанности включают решение, в "
                    "котором заинтересованы вы или ваши близкие родственники; прежде чем "
                    "действовать, сообщите о нём и устранитесь."
                ),
                "en": (
                    "A conflict is actual when your current duties include a decision in which "
                    "you or your close relatives have an interest; declare it and step aside "
                    "before you act."
                ),
            },
        },
        {
            "category": "managing",
            "kind": "single",
            "text": {
                "kk": (
                    "Сізге тапсырылған өтінішті жақын досыңыз бергенін байқадыңыз. Алдымен не "
                    "істеу керек?"
                ),
                "ru": (
                    "Вы заметили, что порученное вам заявление подал ваш близкий друг. Что "
                    "нужно сделать в первую очередь?"
                ),
                "en": (
                    "You notice that an application assigned to you was submitted by a close "
                    "friend. What should you do first?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Ешкім байқамай тұрғанда, оны тез қарап шығу.",
                        "ru": "Быстро рассмотреть его, пока никто не заметил.",
                        "en": "Process it quickly before anyone notices.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Дәл осындай мәселе бойынша әрекет ету бұзушылыққа әкеледі; "
                            "жылдамдық көмектеспейді."
                        ),
                        "ru": (
                            "Именно действия по такому вопросу и создают нарушение; скорость "
                            "здесь не поможет."
                        ),
                        "en": (
                            "Acting on the matter is exactly what creates the violation; speed "
                            "does not help."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Біреу бұл мәселені көтерер ме екен деп күту.",
                        "ru": "Подождать, не поднимет ли кто-нибудь этот вопрос.",
                        "en": "Wait and see whether anyone raises the question.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Хабарлау міндеті сізге жүктеледі және қақтығыс туралы білген "
                            "сәттен бастап туындайды."
                        ),
                        "ru": (
                            "Обязанность сообщить лежит на вас и возникает сразу, как только "
                            "вы узнали о конфликте."
                        ),
                        "en": (
                            "The duty to declare is yours, and it arises as soon as you become "
                            "aware of the conflict."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Әріптесіңізге ауызша айтып, істі бейресми түрде алуын өтіну.",
                        "ru": "Устно сказать коллеге и неформально попросить его взять дело.",
                        "en": ("Tell a colleague orally and ask them to take the file informally."),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бейресми түрде беру ешқандай із қалдырмайды және қақтығысты қалай "
                            "реттеуді шешуге тиіс басшыны айналып өтеді."
                        ),
                        "ru": (
                            "Неформальная передача не оставляет следа и проходит мимо "
                            "руководителя, который должен решить, как урегулировать конфликт."
                        ),
                        "en": (
                            "An informal handover leaves no record and bypasses your "
                            "supervisor, who must decide how to settle the conflict."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Тікелей басшыңызға жазбаша хабарлап, ол шешім қабылдағанға дейін "
                            "өтініш бойынша ешқандай әрекет жасамау."
                        ),
                        "ru": (
                            "Письменно уведомить непосредственного руководителя и ничего не "
                            "предпринимать по заявлению, пока он не примет решение."
                        ),
                        "en": (
                            "Notify your immediate supervisor in writing and take no action on "
                            "the application until they decide."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Уақтылы жазбаша хабарлау — алғашқы әрі ең маңызды қадам; содан "
                            "кейін басшы қақтығысты қалай реттеуді шешеді."
                        ),
                        "ru": (
                            "Своевременное письменное уведомление — первый и главный шаг; "
                            "затем руководитель решает, как урегулировать конфликт."
                        ),
                        "en": (
                            "A prompt written notice is the first and most important step; "
                            "your supervisor then decides how to settle the conflict."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүдделер қақтығысы туралы білген бойда тікелей басшыңызға жазбаша "
                    "хабарлаңыз және сол мәселе бойынша әрекет жасаудан тартыныңыз."
                ),
                "ru": (
                    "Как только вы узнали о конфликте интересов, письменно уведомите "
                    "непосредственного руководителя и воздержитесь от действий по этому "
                    "вопросу."
                ),
                "en": (
                    "As soon as you become aware of a conflict of interest, notify your "
                    "immediate supervisor in writing and refrain from acting on the matter."
                ),
            },
        },
        {
            "category": "managing",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Қызметкердің мүдделер қақтығысын реттеу үшін басшы қандай шаралар "
                    "қабылдай алады? Барлық дұрыс жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Какие меры может принять руководитель для урегулирования конфликта "
                    "интересов работника? Выберите все подходящие варианты."
                ),
                "en": (
                    "Which measures can a supervisor take to settle an employee's conflict of "
                    "interest? Select all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Қызметкерге істі қалдырып, бұл жағдай туралы ешкімге айтпауын сұрау."
                        ),
                        "ru": (
                            "Оставить дело у работника, но попросить его никому не "
                            "рассказывать о ситуации."
                        ),
                        "en": (
                            "Let the employee keep the case, but ask them to tell no one about "
                            "the situation."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жағдайды жасыру қақтығысты реттемейді, керісінше оны бүркемелейді."
                        ),
                        "ru": (
                            "Сохранение ситуации в тайне не урегулирует конфликт, а скрывает его."
                        ),
                        "en": (
                            "Keeping the situation secret does not settle the conflict; it "
                            "hides it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Қызметкерді нақты шешімнен немесе функциядан шеттету.",
                        "ru": "Отстранить работника от конкретного решения или функции.",
                        "en": "Remove the employee from the specific decision or function.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Шешімнен шеттету — қақтығысты реттеудің ең жиі қолданылатын тәсілі."
                        ),
                        "ru": (
                            "Отстранение от решения — самый распространённый способ урегулирования."
                        ),
                        "en": (
                            "Removal from the decision is the most common way to settle a conflict."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Тапсырманы басқа қызметкерге беру.",
                        "ru": "Поручить задачу другому работнику.",
                        "en": "Reassign the task to another employee.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Тапсырманы басқаға беру шешімді жеке мүддесі жоқ адамның "
                            "қабылдауын қамтамасыз етеді."
                        ),
                        "ru": (
                            "Передача задачи гарантирует, что решение примет человек без "
                            "личной заинтересованности."
                        ),
                        "en": (
                            "Reassigning the task ensures that the decision is made by someone "
                            "without a personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметкер жұмысын жалғастыра беруі үшін оның туысынан өтінішін "
                            "кері алуын сұрау."
                        ),
                        "ru": (
                            "Попросить родственника работника отозвать заявление, чтобы "
                            "работник мог продолжить работу."
                        ),
                        "en": (
                            "Ask the employee's relative to withdraw the application so that "
                            "the employee can carry on."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Азаматтың өтініш беру құқығы сақталады; қақтығыс өтініш берушіні "
                            "шектеу арқылы емес, қызметшінің рөлін өзгерту арқылы реттеледі."
                        ),
                        "ru": (
                            "Гражданин сохраняет право на обращение; конфликт урегулируют, "
                            "меняя роль служащего, а не ограничивая заявителя."
                        ),
                        "en": (
                            "Citizens keep their right to apply; a conflict is settled by "
                            "changing the official's role, not by restricting the applicant."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Қызметкер мұндай мәселелермен бұдан былай айналыспайтындай етіп, "
                            "оның міндеттерін өзгерту."
                        ),
                        "ru": (
                            "Изменить обязанности работника так, чтобы он больше не занимался "
                            "такими вопросами."
                        ),
                        "en": (
                            "Change the employee's duties so that they no longer handle such "
                            "matters."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Қақтығыс қайталануы мүмкін болса, міндеттерді өзгерту оның алдын "
                            "ұзақ мерзімге алады."
                        ),
                        "ru": (
                            "Если конфликт может повторяться, изменение обязанностей "
                            "предотвращает его надолго."
                        ),
                        "en": (
                            "Where a conflict is likely to recur, changing duties prevents it "
                            "in a lasting way."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Қақтығыс қызметшінің рөлін өзгерту арқылы реттеледі: шешімнен шеттету, "
                    "тапсырманы басқаға беру немесе міндеттерді өзгерту. Оны жасыруға болмайды."
                ),
                "ru": (
                    "Конфликт урегулируют, меняя роль служащего: отстранением от решения, "
                    "передачей задачи другому или изменением обязанностей. Замалчивать его "
                    "нельзя."
                ),
                "en": (
                    "A conflict is settled by changing the official's role: removal from the "
                    "decision, reassignment of the task or a change of duties. It must never "
                    "be kept quiet."
                ),
            },
        },
        {
            "category": "managing",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Шешімнен шеттелгеннен кейін істі оны қабылдаған әріптеспен бейресми түрде "
                    "талқылауға болады."
                ),
                "ru": (
                    "После самоотвода допустимо неформально обсуждать дело с коллегой, который "
                    "его принял."
                ),
                "en": (
                    "After you have stepped aside, it is acceptable to discuss the case "
                    "informally with the colleague who took it over."
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
                            "Бейресми әңгімелер әріптесіңізге ықпал етіп, өздігінен бас "
                            "тартудың мәнін жоюы мүмкін."
                        ),
                        "ru": (
                            "Неформальные обсуждения могут повлиять на коллегу и свести "
                            "самоотвод на нет."
                        ),
                        "en": (
                            "Informal discussions can influence your colleague and undo the "
                            "effect of the recusal."
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
                            "Өздігінен бас тарту — іске мүлде қатыспау, соның ішінде бейресми "
                            "әңгімелер мен «достық кеңестерге» де жол бермеу."
                        ),
                        "ru": (
                            "Самоотвод означает полное неучастие, включая неформальные "
                            "разговоры и «дружеские советы»."
                        ),
                        "en": (
                            "Stepping aside means no involvement at all, including informal "
                            'conversations and "friendly advice".'
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Өздігінен бас тарту іске ешбір түрде қатыспауды білдіреді: дайындамау, "
                    "талқыламау, дауыс бермеу және бейресми ықпал етпеу."
                ),
                "ru": (
                    "Самоотвод означает никакого участия: ни подготовки, ни обсуждения, ни "
                    "голосования, ни неформального влияния."
                ),
                "en": (
                    "Recusal means no involvement of any kind: no preparing, discussing, "
                    "voting or informal influence."
                ),
            },
        },
        {
            "category": "managing",
            "kind": "scenario",
            "text": {
                "kk": "Данияр не істеуі керек?",
                "ru": "Что следует сделать Данияру?",
                "en": "What should Daniyar do?",
            },
            "scenario": {
                "kk": (
                    "Данияр — облыстық лицензиялау басқармасының маманы. Басшысы оған "
                    "дәріханалар желісінің лицензия алу туралы өтінішін тапсырды. Құжаттарды "
                    "қарап отырып, Данияр әйелінің компания құрылтайшыларының бірі екенін "
                    "көрді. Шешім қабылдау мерзімі жақындап қалды."
                ),
                "ru": (
                    "Данияр — специалист областного управления по лицензированию. Руководитель "
                    "поручает ему заявку аптечной сети на получение лицензии. Изучая "
                    "документы, Данияр видит, что его жена — одна из учредителей компании. "
                    "Срок принятия решения приближается."
                ),
                "en": (
                    "Daniyar is a specialist in the regional licensing department. His "
                    "supervisor assigns him a pharmacy chain's application for a licence. "
                    "While reading the file, Daniyar sees that his wife is one of the "
                    "company's co-founders. The deadline for a decision is approaching."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Өтінішті қағидаларға қатаң сәйкес қарап, әріптесінен жұмысын "
                            "қайта тексеруін сұрау."
                        ),
                        "ru": (
                            "Рассмотреть заявку строго по правилам и попросить коллегу "
                            "перепроверить его работу."
                        ),
                        "en": (
                            "Process the application strictly by the rules and ask a colleague "
                            "to double-check his work."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қайта тексеру оның жеке мүдделілігін жоймайды; ол бұл өтінішпен "
                            "мүлде айналыспауы керек."
                        ),
                        "ru": (
                            "Перепроверка не устраняет его личную заинтересованность; ему "
                            "вообще не следует заниматься этой заявкой."
                        ),
                        "en": (
                            "A second check does not remove his personal interest; he should "
                            "not handle the application at all."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Басшысына қақтығыс туралы дереу жазбаша хабарлап, өтінішті "
                            "қараудан шеттетуді сұрау."
                        ),
                        "ru": (
                            "Немедленно письменно уведомить руководителя о конфликте и "
                            "попросить отстранить его от рассмотрения заявки."
                        ),
                        "en": (
                            "Immediately notify his supervisor in writing about the conflict "
                            "and ask to be removed from the application."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сонда басшы өтінішті басқа маманға уақытында бере алады, ал шешім "
                            "жеке мүдделіліктен таза болады."
                        ),
                        "ru": (
                            "Так руководитель успеет передать заявку другому специалисту, а "
                            "решение будет свободно от личной заинтересованности."
                        ),
                        "en": (
                            "This lets the supervisor reassign the file in time and keeps the "
                            "decision free from personal interest."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Ештеңе істемей, шешім оның атынан шықпауы үшін мерзімнің өтуін күту."
                        ),
                        "ru": (
                            "Ничего не делать и дождаться истечения срока, чтобы решение "
                            "исходило не от него."
                        ),
                        "en": (
                            "Do nothing and let the deadline pass, so that the decision does "
                            "not come from him."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Әдейі әрекетсіздік те нәтижеге ықпал етудің бір тәсілі және "
                            "міндеттерді бұзу болып табылады; қақтығыс туралы хабарлау керек."
                        ),
                        "ru": (
                            "Намеренное бездействие — тоже способ повлиять на результат и "
                            "нарушение обязанностей; о конфликте нужно сообщить."
                        ),
                        "en": (
                            "Deliberate inaction is also a way of influencing the outcome and "
                            "a breach of duty; the conflict must be declared."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Басшыға айтпай, әріптесімен істі үнсіз алмастыру.",
                        "ru": ("Тихо поменяться делом с коллегой, ничего не сказав руководителю."),
                        "en": (
                            "Quietly swap the file with a colleague without telling the supervisor."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мұндай алмасу басшыны айналып өтеді және қақтығыс туралы "
                            "хабарланғанын растайтын ешқандай із қалдырмайды."
                        ),
                        "ru": (
                            "Такой обмен проходит мимо руководителя и не оставляет "
                            "подтверждения того, что о конфликте было сообщено."
                        ),
                        "en": (
                            "Such a swap bypasses the supervisor and leaves no record that the "
                            "conflict was declared."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Өзіңізге тапсырылған істе жеке мүдделілікті байқасаңыз, басшыға дереу "
                    "жазбаша хабарлап, шеттетуді сұраңыз; әрекет етпеңіз, істі әдейі созбаңыз "
                    "және оны бейресми түрде алмастырмаңыз."
                ),
                "ru": (
                    "Обнаружив личную заинтересованность в порученном деле, сразу письменно "
                    "сообщите руководителю и попросите отстранить вас; не действуйте, не "
                    "затягивайте намеренно и не меняйтесь делами неформально."
                ),
                "en": (
                    "When you find a personal interest in a case assigned to you, notify your "
                    "supervisor in writing at once and ask to be removed; do not act, "
                    "deliberately delay or swap cases informally."
                ),
            },
        },
        {
            "category": "managing",
            "kind": "scenario",
            "text": {
                "kk": "Ерланның қалай әрекет еткені дұрыс?",
                "ru": "Как Ерлану лучше всего поступить?",
                "en": "What is the best way for Yerlan to respond?",
            },
            "scenario": {
                "kk": (
                    "Ерлан — халыққа қызмет көрсету орталығының операторы. Онымен бірге "
                    "мектепте оқыған көршісі электрондық кезек талонынсыз терезесіне келіп, "
                    "өзін дереу қабылдауын өтінеді: «Саған екі-ақ минуттық шаруа ғой, біз туыс "
                    "сияқтымыз». Залда ұзын кезек тұр."
                ),
                "ru": (
                    "Ерлан — оператор центра обслуживания населения. Его сосед, с которым он "
                    "учился в школе, подходит к его окну без талона электронной очереди и "
                    "просит обслужить его сразу: «Тебе же на две минуты, мы почти родные». В "
                    "зале длинная очередь."
                ),
                "en": (
                    "Yerlan is an operator at a public service centre. His neighbour, who went "
                    "to school with him, comes to his window without an electronic queue "
                    "ticket and asks to be served right away: \"It'll take you two minutes, "
                    "we're practically family.\" There is a long queue in the hall."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Көршісінен сыпайы түрде талон алуын сұрап, оны барлығына ортақ "
                            "ережемен кезек бойынша қабылдау."
                        ),
                        "ru": (
                            "Вежливо попросить соседа взять талон и обслужить его в порядке "
                            "очереди по тем же правилам, что и всех."
                        ),
                        "en": (
                            "Politely ask the neighbour to take a ticket and serve him in turn "
                            "under the same rules as everyone else."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Барлығына бірдей қарау артықшылық берілгендей көрінуді "
                            "болдырмайды, ал көршісі қызметті тиісті тәртіппен алады."
                        ),
                        "ru": (
                            "Равное отношение исключает любую видимость предпочтения, а сосед "
                            "получает услугу в обычном порядке."
                        ),
                        "en": (
                            "Equal treatment removes any appearance of favouritism, and the "
                            "neighbour still receives the service properly."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Екі-ақ минут алатындықтан, оны бірден қабылдау.",
                        "ru": "Обслужить его сразу, ведь это займёт всего две минуты.",
                        "en": "Serve him right away, since it will only take two minutes.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Танысты кезексіз қабылдау — артықшылық беру; кезекте тұрғандар "
                            "жеке мүдденің әсерін көреді."
                        ),
                        "ru": (
                            "Обслуживание знакомого без очереди — это фаворитизм; люди в "
                            "очереди видят, что действует личный интерес."
                        ),
                        "en": (
                            "Serving an acquaintance out of turn is favouritism; the people in "
                            "the queue see a personal interest at work."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Құжаттарын алып, жұмыстан кейін достық ретінде рәсімдеп беру.",
                        "ru": "Взять его документы и по-дружески оформить их после работы.",
                        "en": (
                            "Take his documents and process them after working hours as a favour."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Құжаттарды ресми тәртіптен тыс рәсімдеу мүдделер қақтығысын да, "
                            "теріс пайдалану қаупін де туғызады."
                        ),
                        "ru": (
                            "Оформление документов вне официального порядка создаёт и конфликт "
                            "интересов, и риск злоупотребления."
                        ),
                        "en": (
                            "Handling documents outside the official procedure creates both a "
                            "conflict of interest and a risk of abuse."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Күдік тумас үшін көршісіне мүлде қызмет көрсетуден бас тарту.",
                        "ru": ("Вообще отказаться обслуживать соседа, чтобы избежать подозрений."),
                        "en": "Refuse to serve his neighbour at all, to avoid any suspicion.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Көршінің де қызмет алуға басқалармен тең құқығы бар; мақсат — бас "
                            "тарту емес, барлығына бірдей қарау."
                        ),
                        "ru": (
                            "У соседа такое же право на услугу, как у всех; цель — равное "
                            "отношение, а не отказ."
                        ),
                        "en": (
                            "The neighbour has the same right to the service as anyone else; "
                            "the aim is equal treatment, not refusal."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Достарыңыз бен туыстарыңызға басқалармен бірдей ережемен және бірдей "
                    "кезекпен қызмет көрсетіледі; тең қарау артықшылық берудің сырттай "
                    "көрінуіне де жол бермейді."
                ),
                "ru": (
                    "Друзей и родственников обслуживают по тем же правилам и в той же очереди, "
                    "что и всех; равное отношение не допускает даже видимости предпочтения."
                ),
                "en": (
                    "Friends and relatives are served under the same rules and in the same "
                    "queue as everyone else; equal treatment prevents even the appearance of "
                    "favouritism."
                ),
            },
        },
    ],
}
