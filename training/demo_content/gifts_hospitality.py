"""Demo training module: gifts and hospitality."""

MODULE = {
    "slug": "gifts-and-hospitality",
    "topic": "gifts_hospitality",
    "minutes": 15,
    "pass_mark": 80,
    "max_attempts": 3,
    "title": {
        "kk": "Сыйлықтар мен қонақасы: қашан «жоқ» деу керек",
        "ru": "Подарки и угощения: когда нужно сказать «нет»",
        "en": "Gifts and hospitality: when to say no",
    },
    "summary": {
        "kk": (
            "Сыйлықтар мен қонақасы неліктен қауіпті, олардан қалай сыпайы түрде бас тартуға "
            "болады және бас тарту мүмкін болмаса не істеу керек: хабарлау, тапсыру, тіркеу."
        ),
        "ru": (
            "Почему подарки и угощения опасны, как вежливо от них отказаться и что делать, "
            "если отказаться невозможно: сообщить, сдать, зарегистрировать."
        ),
        "en": (
            "Why gifts and hospitality are risky, how to refuse them politely, and what to do "
            "when refusing is impossible: declare, hand over, register."
        ),
    },
    "lessons": [
        {
            "title": {
                "kk": "Сыйлықтар неліктен қауіпті",
                "ru": "Почему подарки — это риск",
                "en": "Why gifts are a risk",
            },
            "body": {
                "kk": (
                    "## Сыйлықтар неліктен қауіпті\n\n"
                    "Сыйлық зиянсыз болып көрінеді: бір қорап кәмпит, кәдесый, «кішкентай "
                    "алғыс». Бірақ сыйлық алған адам өзін **қарыздар** сезінеді. Қызметшіге "
                    "сыйлық жасайтындар көбіне одан бір нәрсе күтеді — жылдам қызмет "
                    "көрсетуді, өзіне тиімді шешімді, заң бұзушылыққа көз жұма қарауды. Ешкім "
                    "ештеңе күтпесе де, сырттай басқаша көрінуі мүмкін.\n\n"
                    "## Негізгі ереже\n\n"
                    "Қызметтік міндеттеріңізді атқаруға байланысты сыйлықтарды, қызметтерді "
                    "және өзге де пайданы **қабылдамаңыз**. Бұл ереже Қазақстанның сыбайлас "
                    "жемқорлыққа қарсы іс-қимыл туралы заңнамасында да, мемлекеттік қызмет "
                    "этикасының халықаралық стандарттарында да бекітілген.\n\n"
                    "Әсіресе **мүддесі сіздің шешіміңізге байланысты** адамдар мен ұйымдардан "
                    "— өтініш берушілерден, сатып алуға қатысушылардан, сіз тексеретін немесе "
                    "лицензия беретін компаниялардан және олардың өкілдерінен — **ешқашан** "
                    "ештеңе алмау маңызды.\n\n"
                    "## Бағасы — басты өлшем емес\n\n"
                    "Құнына қарап шешім қабылдамаңыз. Сіздің шешіміңізді күтіп отырған өтініш "
                    "берушінің арзан сыйлығы да қабылданбайды. Ақша және оның баламалары — "
                    "сыйлық карталары, сертификаттар, ваучерлер, аударымдар — **ешқашан** "
                    "қабылданбайды.\n\n"
                    "## Отбасы мүшелері де осы ережеге жатады\n\n"
                    "Сіздің **лауазымыңызға байланысты** жұбайыңызға, балаларыңызға немесе "
                    "басқа туыстарыңызға берілген сыйлық сізге берілген сыйлық болып "
                    "есептеледі.\n\n"
                    "## Өзіңізді тез тексеріңіз\n\n"
                    "Бірдеңе алмас бұрын өзіңізден сұраңыз:\n"
                    "- Оны **кім** береді және оның мүддесі маған байланысты ма?\n"
                    "- **Неге** дәл қазір — шешімге дейін бе, әлде одан кейін бе?\n"
                    "- Ертең бұл туралы жаңалықтарда айтылса, **не** болады?\n"
                    "- Бұл туралы басшыма **еркін айта аламын ба**?\n\n"
                    "Егер қандай да бір жауап күмән тудырса, сыпайы түрде бас тартыңыз."
                ),
                "ru": (
                    "## Почему подарки — это риск\n\n"
                    "Подарок кажется безобидным: коробка конфет, сувенир, «небольшое спасибо». "
                    "Но подарки создают чувство **обязанности**. Те, кто дарит подарки "
                    "служащим, часто ждут чего-то взамен — быстрого обслуживания, нужного "
                    "решения, закрытых глаз на нарушения. Даже если никто ничего не ждёт, со "
                    "стороны это может выглядеть иначе.\n\n"
                    "## Основное правило\n\n"
                    "**Не принимайте** подарки, услуги и иные выгоды в связи с исполнением "
                    "служебных обязанностей. Это правило закреплено в законодательстве "
                    "Казахстана о противодействии коррупции и в международных стандартах этики "
                    "государственной службы.\n\n"
                    "Особенно важно **никогда** ничего не принимать от людей и организаций, "
                    "**чьи интересы зависят от ваших решений**: заявителей, участников "
                    "закупок, проверяемых или лицензируемых вами компаний и их "
                    "представителей.\n\n"
                    "## Цена — не главный критерий\n\n"
                    "Не ориентируйтесь на стоимость. Недорогой подарок от заявителя, "
                    "ожидающего вашего решения, тоже недопустим. Деньги и их эквиваленты — "
                    "подарочные карты, сертификаты, ваучеры, переводы — не принимаются "
                    "**никогда**.\n\n"
                    "## Члены семьи — тоже\n\n"
                    "Подарок вашему супругу (супруге), детям или другим родственникам, "
                    "сделанный **из-за вашей должности**, считается подарком вам.\n\n"
                    "## Быстрая самопроверка\n\n"
                    "Прежде чем что-то принять, спросите себя:\n"
                    "- **Кто** дарит и зависят ли его интересы от меня?\n"
                    "- **Почему** сейчас — до решения или после?\n"
                    "- **Что** будет, если завтра об этом расскажут в новостях?\n"
                    "- **Смогу ли** я спокойно рассказать об этом руководителю?\n\n"
                    "Если хотя бы один ответ вызывает сомнение, вежливо откажитесь."
                ),
                "en": (
                    "## Why gifts are a risk\n\n"
                    'A gift seems harmless: a box of sweets, a souvenir, a "small '
                    'thank-you". But gifts create a sense of **obligation**. People who give '
                    "gifts to officials often expect something in return — faster service, a "
                    "favourable decision, a blind eye to violations. Even when nobody expects "
                    "anything, it may look different from the outside.\n\n"
                    "## The basic rule\n\n"
                    "Do **not** accept gifts, services or other benefits in connection with "
                    "your official duties. This rule is set out in the law of Kazakhstan on "
                    "combating corruption and in international standards of public-service "
                    "ethics.\n\n"
                    "It is especially important **never** to accept anything from people or "
                    "organisations **whose interests depend on your decisions**: applicants, "
                    "bidders in procurement, companies you inspect or license, and their "
                    "representatives.\n\n"
                    "## Value is not the main test\n\n"
                    "Do not rely on the price. A cheap gift from an applicant who is waiting "
                    "for your decision is not acceptable either. Cash and cash equivalents — "
                    "gift cards, certificates, vouchers, transfers — are **never** "
                    "accepted.\n\n"
                    "## Family members count too\n\n"
                    "A gift to your spouse, children or other relatives that is given "
                    "**because of your position** is treated as a gift to you.\n\n"
                    "## A quick self-check\n\n"
                    "Before accepting anything, ask yourself:\n"
                    "- **Who** is giving it, and do their interests depend on me?\n"
                    "- **Why** now — before or after a decision?\n"
                    "- **What** would happen if it were in the news tomorrow?\n"
                    "- **Would** I be comfortable telling my supervisor about it?\n\n"
                    "If any answer makes you hesitate, politely refuse."
                ),
            },
        },
        {
            "title": {
                "kk": "Бас тарту, хабарлау, тіркеу",
                "ru": "Отказаться, сообщить, зарегистрировать",
                "en": "Refuse, declare, register",
            },
            "body": {
                "kk": (
                    "## Сыпайы түрде қалай бас тартуға болады\n\n"
                    "Сыйлықтардың көбінен бірден бас тартуға болады. Ілтипатты әрі табанды "
                    "болыңыз және бұл жеке көзқарас емес, ереже екенін түсіндіріңіз:\n"
                    "- *«Рақмет, бірақ жұмысыма байланысты сыйлық ала алмаймын».*\n"
                    "- *«Өтінішіңіз жалпы тәртіппен және белгіленген мерзімде қаралады — "
                    "қосымша ештеңе қажет емес».*\n"
                    "- *«Ең жақсы алғыс — қызмет көрсету сапасы туралы пікіріңіз».*\n\n"
                    "Сыйлықты «кейін» немесе «шешім шыққан соң» алуға келіспеңіз: шешімнен "
                    "кейінгі сыйлық сол шешім үшін берілген сыйақы болуы мүмкін.\n\n"
                    "## Бас тарту мүмкін болмаса\n\n"
                    "Кейде сыйлықты үстеліңізге қалдырып кетеді, кеңсеге жеткізеді немесе бас "
                    "тарту ренжітетіндей ресми салтанатта табыс етеді. Мұндай жағдайда:\n"
                    "1. Сыйлықты өзіңізге **қалдырмаңыз** және басқаға сыйға тартпаңыз.\n"
                    "2. Басшыңызға немесе осы мәселелерге жауапты бөлімшеге **уақтылы жазбаша "
                    "хабарлаңыз**: кім, қашан және не сыйлады.\n"
                    "3. Сыйлықты ұйымыңызда белгіленген тәртіппен **тапсырыңыз**. Сыйлық "
                    "**тіркеледі**, ал оның әрі қарайғы тағдыры ережеге сәйкес шешіледі.\n\n"
                    "Әрдайым ұйымыңыздың тәртібін сақтаңыз және хабарламаның көшірмесін сақтап "
                    "қойыңыз.\n\n"
                    "## Хаттамалық кәдесыйлар\n\n"
                    "Ресми іс-шараларда, мысалы, делегация сапары кезінде алынған кәдесыйлар "
                    "туралы да хабарланады және олар белгіленген тәртіппен тапсырылады. Олар "
                    "сіздің жеке меншігіңіз емес, ұйымға тиесілі.\n\n"
                    "## Егер қоймай қолқаласа\n\n"
                    "Егер адам қоймай қолқаласа немесе ақша ұсынса, бұл пара беру әрекеті "
                    "болуы мүмкін. Нақты бас тартыңыз және бұл туралы басшыңызға немесе "
                    "құзыретті органға, мысалы, Сыбайлас жемқорлыққа қарсы іс-қимыл "
                    "агенттігіне **хабарлаңыз**."
                ),
                "ru": (
                    "## Как вежливо отказаться\n\n"
                    "От большинства подарков можно отказаться сразу. Будьте доброжелательны и "
                    "тверды и объясните, что это правило, а не личное отношение:\n"
                    "- *«Спасибо, но я не могу принимать подарки, связанные с работой».*\n"
                    "- *«Ваше заявление рассмотрят в обычном порядке и в установленный срок — "
                    "ничего дополнительно не нужно».*\n"
                    "- *«Лучшая благодарность — ваш отзыв о качестве обслуживания».*\n\n"
                    "Не соглашайтесь принять подарок «потом» или «после решения»: подарок "
                    "после решения может оказаться вознаграждением за него.\n\n"
                    "## Если отказаться невозможно\n\n"
                    "Иногда подарок оставляют на столе, доставляют в офис или вручают на "
                    "официальной церемонии, где отказ выглядел бы оскорбительно. В таком "
                    "случае:\n"
                    "1. **Не оставляйте** подарок себе и не передаривайте его.\n"
                    "2. **Своевременно сообщите** письменно руководителю или подразделению, "
                    "отвечающему за эти вопросы: кто подарил, когда и что именно.\n"
                    "3. **Сдайте подарок** в порядке, установленном в вашей организации. "
                    "Подарок **регистрируется**, а его дальнейшая судьба решается по "
                    "правилам.\n\n"
                    "Всегда следуйте порядку своей организации и сохраняйте копию "
                    "уведомления.\n\n"
                    "## Протокольные сувениры\n\n"
                    "О сувенирах, полученных на официальных мероприятиях, например во время "
                    "визита делегации, тоже сообщают, и их сдают в установленном порядке. Они "
                    "принадлежат организации, а не вам лично.\n\n"
                    "## Если настаивают\n\n"
                    "Если человек продолжает настаивать или предлагает деньги, это может быть "
                    "попыткой дать взятку. Чётко откажитесь и **сообщите** об этом "
                    "руководителю или в компетентный орган, например в Агентство по "
                    "противодействию коррупции."
                ),
                "en": (
                    "## How to refuse politely\n\n"
                    "Most gifts can be refused on the spot. Be friendly but firm, and explain "
                    "that this is a rule, not a personal matter:\n"
                    '- *"Thank you, but I cannot accept gifts related to my work."*\n'
                    '- *"Your application will be considered in the usual way and within the '
                    'set time — nothing extra is needed."*\n'
                    '- *"The best thanks is your feedback on the quality of the '
                    'service."*\n\n'
                    'Do not agree to accept a gift "later" or "after the decision": a gift '
                    "after a decision may turn out to be a reward for it.\n\n"
                    "## When refusing is impossible\n\n"
                    "Sometimes a gift is left on your desk, delivered to your office or "
                    "presented at an official ceremony where refusing would be offensive. In "
                    "that case:\n"
                    "1. **Do not keep** the gift for yourself and do not give it away.\n"
                    "2. **Declare it promptly** in writing to your supervisor or the unit "
                    "responsible for these matters: who gave it, when, and what it is.\n"
                    "3. **Hand it over** under the procedure established in your organisation. "
                    "The gift is **registered**, and what happens to it next is decided under "
                    "the rules.\n\n"
                    "Always follow your organisation's procedure and keep a copy of your "
                    "notice.\n\n"
                    "## Official protocol souvenirs\n\n"
                    "Souvenirs received at official events, for example during a visit of a "
                    "delegation, are also declared and handed over under the established "
                    "procedure. They belong to the organisation, not to you personally.\n\n"
                    "## If someone insists\n\n"
                    "If a person keeps insisting or offers money, this may be an attempt to "
                    "bribe you. Refuse clearly and **report it** to your supervisor or to a "
                    "competent authority, such as the Anti-Corruption Agency."
                ),
            },
        },
        {
            "title": {
                "kk": "Қонақасы және өзге де пайда",
                "ru": "Угощения и другие выгоды",
                "en": "Hospitality and other benefits",
            },
            "body": {
                "kk": (
                    "## Тек сыйлықтар ғана емес\n\n"
                    "Пайда міндетті түрде қорапқа салынып келмейді. Осы ережелер мыналарға да "
                    "қолданылады:\n"
                    "- мүддесі сізге байланысты адамдардың есебінен мейрамханадағы қонақасы;\n"
                    "- өнім берушілердің есебінен сапарлар, қонақүйде тұру және курорттардағы "
                    "«семинарлар»;\n"
                    "- концерттерге, матчтарға және басқа да іс-шараларға билеттер;\n"
                    "- басқа адамдарға қолжетімсіз шарттармен берілетін жеңілдіктер, қарыздар "
                    "немесе қызметтер;\n"
                    "- сізге немесе отбасыңызға «тегін» жөндеу, көлік немесе көмек;\n"
                    "- қызмет бабында байланысатын ұйымдардың туыстарыңызға ұсынатын жұмыс "
                    "немесе тағылымдама орны.\n\n"
                    "Егер лауазымыңыз болмаса мұны алмас едіңіз, онда бұл міндеттеріңізге "
                    "байланысты пайда деп есептеңіз.\n\n"
                    "## Ресми іс-шаралар мен жұмыс кездесулері\n\n"
                    "Белгіленген тәртіппен ұйымдастырылған **ресми іс-шара** аясындағы шай, су "
                    "немесе жұмыс түскі асы — қалыпты жағдай. Мәселе кімнің және не үшін "
                    "төлейтінінде. Сатып алуға қатысушының, өтініш берушінің немесе "
                    "тексерілетін компанияның есебінен берілетін қонақасы — мүлде басқа "
                    "жағдай: одан бас тарту керек.\n\n"
                    "## Мерекелер ережені өзгертпейді\n\n"
                    "Наурыз, Жаңа жыл, туған күн және кәсіби мерекелер — сыйлық беруге жиі "
                    "сылтау болады. Құттықтаулар мен жылы лебіздер құптарлық; ал мүддесі сізге "
                    "байланысты адамдардан сыйлықтар мен пайда алуға болмайды.\n\n"
                    "## Шешімнен кейінгі «рақмет»\n\n"
                    "Оң шешім шыққаннан кейінгі сыйлық немесе кешкі ас та бәрібір "
                    "міндеттеріңізге байланысты. Бұл сыйақы сияқты көрінуі мүмкін және шешім "
                    "үшін «алғыс айту» керек деген түсінікті қалыптастырады.\n\n"
                    "## Не істеу керек\n\n"
                    "- Шақырудан немесе ұсыныстан сыпайы түрде бас тартыңыз.\n"
                    "- Рұқсат етілген іс-шараға қатыссаңыз және бұл орынды болса, өз "
                    "үлесіңізді өзіңіз төлеңіз.\n"
                    "- Ұсыныс қайталанса немесе сізді бір нәрсеге көндіру әрекетіне ұқсаса, "
                    "басшыңызға хабарлаңыз.\n"
                    "- Күмәніңіз болса, бірдеңе қабылдамас **бұрын** этика жөніндегі уәкілге "
                    "немесе жауапты бөлімшеге жүгініңіз."
                ),
                "ru": (
                    "## Не только подарки\n\n"
                    "Выгода не обязательно приходит в коробке. Те же правила действуют в "
                    "отношении:\n"
                    "- угощения в ресторанах за счёт тех, чьи интересы от вас зависят;\n"
                    "- поездок, проживания и «семинаров» на курортах за счёт поставщиков;\n"
                    "- билетов на концерты, матчи и другие мероприятия;\n"
                    "- скидок, займов или услуг на условиях, недоступных другим людям;\n"
                    "- «бесплатного» ремонта, транспорта или помощи вам или вашей семье;\n"
                    "- предложений работы или стажировки вашим родственникам от организаций, с "
                    "которыми вы имеете дело по службе.\n\n"
                    "Если бы вы не получили это без своей должности, считайте это выгодой, "
                    "связанной с вашими обязанностями.\n\n"
                    "## Официальные мероприятия и рабочие встречи\n\n"
                    "Чай, вода или рабочий обед в рамках **официального мероприятия**, "
                    "организованного в установленном порядке, — это нормально. Вопрос в том, "
                    "кто платит и зачем. Угощение за счёт участника закупок, заявителя или "
                    "проверяемой компании — совсем другое дело: от него нужно отказаться.\n\n"
                    "## Праздники не меняют правил\n\n"
                    "Наурыз, Новый год, дни рождения и профессиональные праздники — частый "
                    "повод для подарков. Поздравления и добрые слова приветствуются; подарки и "
                    "выгоды от тех, чьи интересы зависят от вас, — нет.\n\n"
                    "## «Спасибо» после решения\n\n"
                    "Подарок или ужин после положительного решения всё равно связан с вашими "
                    "обязанностями. Он может выглядеть как вознаграждение и формирует "
                    "ожидание, что за решения нужно «благодарить».\n\n"
                    "## Что делать\n\n"
                    "- Вежливо отклоните приглашение или предложение.\n"
                    "- Если вы участвуете в допустимом мероприятии и это уместно, оплачивайте "
                    "свою часть сами.\n"
                    "- Если предложение повторяется или похоже на попытку склонить вас к "
                    "чему-то, сообщите руководителю.\n"
                    "- Если сомневаетесь, обратитесь к уполномоченному по этике или в "
                    "ответственное подразделение **до того**, как что-то принять."
                ),
                "en": (
                    "## Not only gifts\n\n"
                    "A benefit does not have to come in a box. The same rules apply to:\n"
                    "- meals at restaurants paid for by people whose interests depend on you;\n"
                    '- trips, accommodation and "seminars" at resorts paid for by '
                    "suppliers;\n"
                    "- tickets to concerts, matches and other events;\n"
                    "- discounts, loans or services on terms not available to other people;\n"
                    '- "free" repairs, transport or help for you or your family;\n'
                    "- offers of jobs or internships for your relatives from organisations you "
                    "deal with in your work.\n\n"
                    "If you would not get it without your position, treat it as a benefit "
                    "connected with your duties.\n\n"
                    "## Official events and working meetings\n\n"
                    "Tea, water or a working lunch as part of an **official event** organised "
                    "under the established procedure is normal. The question is who pays and "
                    "why. Hospitality paid for by a bidder, an applicant or a company you "
                    "inspect is a different matter: decline it.\n\n"
                    "## Holidays do not change the rules\n\n"
                    "Nauryz, New Year, birthdays and professional holidays are common "
                    "occasions for gifts. Greetings and kind words are welcome; gifts and "
                    "benefits from people whose interests depend on you are not.\n\n"
                    '## "Thank you" after the decision\n\n'
                    "A gift or a dinner after a positive decision is still connected with your "
                    "duties. It may look like a reward, and it builds the expectation that "
                    'decisions have to be "thanked for".\n\n'
                    "## What to do\n\n"
                    "- Politely decline the invitation or offer.\n"
                    "- If you attend a legitimate event and it is appropriate, pay your own "
                    "share.\n"
                    "- If an offer is repeated or looks like an attempt to win you over, tell "
                    "your supervisor.\n"
                    "- When in doubt, ask the ethics commissioner or the responsible unit "
                    "**before** accepting anything."
                ),
            },
        },
    ],
    "categories": [
        {
            "code": "principles",
            "title": {
                "kk": "Негізгі ережелер",
                "ru": "Основные правила",
                "en": "Basic rules",
            },
            "draw": 2,
        },
        {
            "code": "refuse_declare",
            "title": {
                "kk": "Бас тарту және хабарлау",
                "ru": "Отказ и уведомление",
                "en": "Refusing and declaring",
            },
            "draw": 2,
        },
        {
            "code": "hospitality",
            "title": {
                "kk": "Қонақасы және өзге де пайда",
                "ru": "Угощения и другие выгоды",
                "en": "Hospitality and other benefits",
            },
            "draw": 2,
        },
    ],
    "questions": [
        {
            "category": "principles",
            "kind": "single",
            "text": {
                "kk": (
                    "Ісін өзіңіз жүргізіп отырған өтініш берушіден неге тіпті шағын сыйлық "
                    "алуға болмайды?"
                ),
                "ru": (
                    "Почему нельзя принимать даже небольшой подарок от заявителя, чьё дело вы "
                    "ведёте?"
                ),
                "en": (
                    "Why should you not accept even a small gift from an applicant whose case "
                    "you are handling?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Себебі кез келген сыйлықты салық декларациясында кіріс ретінде "
                            "көрсету керек."
                        ),
                        "ru": (
                            "Потому что любой подарок нужно указывать как доход в налоговой "
                            "декларации."
                        ),
                        "en": (
                            "Because every gift has to be shown as income in your tax declaration."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Салық есептілігі — бөлек мәселе; мұндағы түйін сыйлық пен сіздің "
                            "шешіміңіздің арасындағы байланыста."
                        ),
                        "ru": (
                            "Налоговая отчётность — отдельный вопрос; проблема здесь в связи "
                            "подарка с вашим решением."
                        ),
                        "en": (
                            "Tax reporting is a separate matter; the problem here is the link "
                            "between the gift and your decision."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Себебі сыйлықтарды тек мереке күндері алуға болады.",
                        "ru": "Потому что подарки можно принимать только по праздникам.",
                        "en": "Because gifts may be accepted only on public holidays.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мерекелер ережені өзгертпейді: мүддесі сізге байланысты "
                            "адамдардан сыйлық алуға ешбір күні болмайды."
                        ),
                        "ru": (
                            "Праздники не меняют правила: подарки от тех, чьи интересы от вас "
                            "зависят, недопустимы в любой день."
                        ),
                        "en": (
                            "Holidays do not change the rule: gifts from people whose "
                            "interests depend on you are not allowed on any day."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Себебі ол қарыздар болу сезімін туғызады және шешіміңізге әсер "
                            "етуі немесе әсер еткендей көрінуі мүмкін."
                        ),
                        "ru": (
                            "Потому что он создаёт чувство обязанности и может повлиять на "
                            "ваше решение или выглядеть так, будто повлиял."
                        ),
                        "en": (
                            "Because it creates a sense of obligation and can influence your "
                            "decision, or look as if it did."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сыйлық берушінің мүддесі сіздің шешіміңізге байланысты болса, "
                            "сыйлықтың көлемі маңызды емес."
                        ),
                        "ru": (
                            "Когда интересы дарителя зависят от вашего решения, размер подарка "
                            "не имеет значения."
                        ),
                        "en": (
                            "When the giver's interests depend on your decision, the size of "
                            "the gift does not matter."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Себебі сыйлық алу басқа өтініш берушілерге қатысты әдепсіздік "
                            "болып саналады."
                        ),
                        "ru": (
                            "Потому что принимать подарки невежливо по отношению к другим "
                            "заявителям."
                        ),
                        "en": "Because accepting gifts is impolite towards other applicants.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Мәселе әдепте емес: қауіп қызметтік шешімге заңсыз ықпал етуде.",
                        "ru": (
                            "Дело не в этикете: риск — в неправомерном влиянии на служебное "
                            "решение."
                        ),
                        "en": (
                            "It is not a matter of etiquette: the risk is improper influence "
                            "on an official decision."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүддесі сіздің шешімдеріңізге байланысты адамдардың сыйлықтары құнына "
                    "қарамастан қарыздар болу сезімін туғызып, бейтараптыққа нұқсан келтіреді."
                ),
                "ru": (
                    "Подарки от тех, чьи интересы зависят от ваших решений, создают чувство "
                    "обязанности и подрывают беспристрастность независимо от их стоимости."
                ),
                "en": (
                    "Gifts from people whose interests depend on your decisions create a sense "
                    "of obligation and undermine impartiality, whatever their value."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Сыйлық беруші сіздің шешіміңізді күтіп отырса да, құны шағын сыйлықты "
                    "алуға болады."
                ),
                "ru": (
                    "Подарок небольшой стоимости допустим, даже если даритель ждёт вашего решения."
                ),
                "en": (
                    "A gift of small value is acceptable even if the giver is waiting for your "
                    "decision."
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
                            "Шешіміңізді күтіп отырған адамның арзан сыйлығы да "
                            "міндеттеріңізге байланысты, сондықтан оны алуға болмайды."
                        ),
                        "ru": (
                            "Даже недорогой подарок от того, кто ждёт вашего решения, связан с "
                            "вашими обязанностями и недопустим."
                        ),
                        "en": (
                            "Even a cheap gift from someone awaiting your decision is "
                            "connected with your duties and is not acceptable."
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
                            "Бағасы емес, сыйлықтың міндеттеріңізбен байланысы және сыйлық "
                            "берушінің сіздің шешіміңізге тәуелділігі маңызды."
                        ),
                        "ru": (
                            "Важна не цена, а связь подарка с вашими обязанностями и "
                            "зависимость дарителя от вашего решения."
                        ),
                        "en": (
                            "What matters is not the price but the gift's link to your duties "
                            "and the giver's dependence on your decision."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Бағасына қарамаңыз: мүддесі сіздің шешіміңізге байланысты адамның кез "
                    "келген сыйлығы міндеттеріңізге байланысты және одан бас тарту керек."
                ),
                "ru": (
                    "Не ориентируйтесь на цену: любой подарок от человека, чьи интересы "
                    "зависят от вашего решения, связан с вашими обязанностями, и от него нужно "
                    "отказаться."
                ),
                "en": (
                    "Do not judge by price: any gift from a person whose interests depend on "
                    "your decision is connected with your duties and must be refused."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы қызметші міндеттерін атқаруына байланысты "
                    "қабылдамауға тиіс сыйлық немесе пайда болып саналады? Барлық дұрыс "
                    "жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Что из перечисленного считается подарком или выгодой, которые служащий не "
                    "должен принимать в связи с исполнением обязанностей? Выберите все "
                    "подходящие варианты."
                ),
                "en": (
                    "Which of the following are gifts or benefits that an official must not "
                    "accept in connection with their duties? Select all that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Құжаттарын сіз тексеріп жатқан компанияның сыйлық картасы.",
                        "ru": "Подарочная карта от компании, чьи документы вы проверяете.",
                        "en": "A gift card from a company whose documents you are checking.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сыйлық карталары — ақшаның баламасы, оларды ешқашан алуға болмайды."
                        ),
                        "ru": ("Подарочные карты — эквивалент денег, их нельзя принимать никогда."),
                        "en": "Gift cards are cash equivalents and are never acceptable.",
                    },
                },
                {
                    "text": {
                        "kk": "Разы болған азаматтың бөліміңізге жазған алғыс хаты.",
                        "ru": (
                            "Благодарственное письмо в адрес вашего отдела от довольного "
                            "гражданина."
                        ),
                        "en": "A letter of thanks to your department from a satisfied citizen.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Алғыс сөздер — материалдық пайда емес, құптарлық кері байланыс.",
                        "ru": (
                            "Слова благодарности — не материальная выгода, а приятная обратная "
                            "связь."
                        ),
                        "en": (
                            "Words of thanks are not a material benefit; they are welcome feedback."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бөліміңіз тексеретін дүкеннің басқа сатып алушыларға берілмейтін "
                            "үлкен жеңілдігі."
                        ),
                        "ru": (
                            "Крупная скидка, недоступная другим покупателям, от магазина, "
                            "который проверяет ваш отдел."
                        ),
                        "en": (
                            "A large discount, not available to other customers, from a shop "
                            "that your department inspects."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Ерекше жеңілдік — лауазымыңыз үшін берілген, ақшамен бағаланатын "
                            "пайда."
                        ),
                        "ru": (
                            "Особая скидка — это выгода в денежном выражении, предоставленная "
                            "из-за вашей должности."
                        ),
                        "en": (
                            "A special discount is a benefit with a money value, given because "
                            "of your position."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Әкімдігіңіздің мердігерінен отбасыңызға ақысы төленген демалыс сапары."
                        ),
                        "ru": (
                            "Оплаченная поездка на отдых для вашей семьи от подрядчика вашего "
                            "акимата."
                        ),
                        "en": (
                            "A paid holiday trip for your family from a contractor of your akimat."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Лауазымыңызға байланысты отбасыңызға берілген пайда сізге "
                            "берілген пайда болып есептеледі."
                        ),
                        "ru": (
                            "Выгода, предоставленная вашей семье из-за вашей должности, "
                            "считается выгодой вам."
                        ),
                        "en": (
                            "A benefit given to your family because of your position is "
                            "treated as a benefit to you."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Өз жұмыс берушіңіздің сізді марапаттаған құрмет грамотасы.",
                        "ru": "Почётная грамота, которой вас наградил ваш работодатель.",
                        "en": "A certificate of merit awarded to you by your own employer.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Жұмыс берушіңіздің белгіленген тәртіппен берген ресми марапаты — "
                            "мүдделі тараптың сыйлығы емес."
                        ),
                        "ru": (
                            "Официальная награда от работодателя в установленном порядке — не "
                            "подарок от заинтересованного лица."
                        ),
                        "en": (
                            "An official award from your employer under the established "
                            "procedure is not a gift from an interested party."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Сыйлық пен пайдаға ақшаның баламалары, ерекше жеңілдіктер, қызметтер мен "
                    "сапарлар, соның ішінде лауазымыңызға байланысты отбасыңызға берілгендері "
                    "де жатады."
                ),
                "ru": (
                    "К подаркам и выгодам относятся денежные эквиваленты, особые скидки, "
                    "услуги и поездки, в том числе предоставленные вашей семье из-за вашей "
                    "должности."
                ),
                "en": (
                    "Gifts and benefits include cash equivalents, special discounts, services "
                    "and trips, including those given to your family because of your position."
                ),
            },
        },
        {
            "category": "principles",
            "kind": "scenario",
            "text": {
                "kk": "Марат қалай әрекет етуі керек?",
                "ru": "Как следует поступить Марату?",
                "en": "What should Marat do?",
            },
            "scenario": {
                "kk": (
                    "Марат — облыстық мемлекеттік аурухананың хирургы. Сәтті операциядан кейін "
                    "науқастың ұлы оның кабинетіне кіріп, үстелге ақша салынған конверт қояды: "
                    "«Бұл жай ғана отбасымыздың алғысы, операция артта қалды ғой». Науқас емін "
                    "жалғастыру үшін палатада тағы бірнеше күн жатады."
                ),
                "ru": (
                    "Марат — хирург областной государственной больницы. После успешной "
                    "операции сын пациента заходит к нему в кабинет и кладёт на стол конверт с "
                    "деньгами: «Это просто благодарность от нашей семьи, операция ведь уже "
                    "позади». Пациент пробудет в палате на долечивании ещё несколько дней."
                ),
                "en": (
                    "Marat is a surgeon at a state regional hospital. After a successful "
                    "operation, the patient's son comes to his office and puts an envelope "
                    "with money on the desk: \"This is just our family's gratitude, the "
                    'operation is already over." The patient will stay in the ward for '
                    "follow-up treatment for several more days."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Конвертті алу: операция артта қалды, бұл пара емес, алғыс.",
                        "ru": (
                            "Взять конверт: операция уже позади, это благодарность, а не взятка."
                        ),
                        "en": (
                            "Accept the envelope: the operation is over, so this is gratitude, "
                            "not a bribe."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қызметтік әрекеттері үшін берілген ақшаны одан кейін де алуға "
                            "болмайды, оның үстіне науқас әлі де оның емінде."
                        ),
                        "ru": (
                            "Деньги за служебные действия недопустимы и после них, к тому же "
                            "пациент всё ещё у него на лечении."
                        ),
                        "en": (
                            "Money for work done in an official capacity is not allowed "
                            "afterwards either, and the patient is still in his care."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Конвертті алып, ақшаны аурухананың қайырымдылық жәшігіне салу.",
                        "ru": (
                            "Взять конверт и опустить деньги в благотворительный ящик больницы."
                        ),
                        "en": (
                            "Accept the envelope and put the money in the hospital's charity box."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мәселе ақшаны алудың өзінде; оны кейін басқаға беру жағдайды "
                            "түзетпейді."
                        ),
                        "ru": (
                            "Проблема — в самом принятии денег; то, что их потом передали "
                            "дальше, этого не исправляет."
                        ),
                        "en": (
                            "Accepting the cash is the problem itself; passing it on "
                            "afterwards does not fix it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Отбасын ренжітпеу үшін, науқастың ұлы бірнеше рет қолқаласа ғана алу."
                        ),
                        "ru": (
                            "Взять, только если сын пациента будет настаивать несколько раз, "
                            "чтобы не обидеть семью."
                        ),
                        "en": (
                            "Accept it only if the patient's son insists several times, so as "
                            "not to offend the family."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Қолқалау ережені өзгертпейді; қайталанған қысым — алуға емес, "
                            "хабарлауға негіз."
                        ),
                        "ru": (
                            "Настойчивость не меняет правила; повторное давление — повод "
                            "сообщить, а не принять."
                        ),
                        "en": (
                            "Insistence does not change the rule; repeated pressure is a "
                            "reason to report, not to accept."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Емдеу ешқандай бейресми төлемсіз көрсетілетінін түсіндіріп, "
                            "сыпайы түрде бас тарту; егер ақша бәрібір қалдырылса, аурухана "
                            "басшылығына хабарлау."
                        ),
                        "ru": (
                            "Вежливо отказаться, объяснив, что лечение оказывается без "
                            "каких-либо неформальных платежей; если деньги всё же оставят, "
                            "сообщить руководству больницы."
                        ),
                        "en": (
                            "Politely refuse, explaining that treatment is provided without "
                            "any informal payments; if the money is left anyway, report it to "
                            "the hospital management."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сыпайы әрі батыл бас тарту сенімді сақтайды, ал ақша қалдырылып "
                            "кетсе, басшылыққа хабарлау Маратты қорғайды."
                        ),
                        "ru": (
                            "Вежливый, но твёрдый отказ сохраняет доверие, а сообщение "
                            "руководству защищает Марата, если деньги всё же оставили."
                        ),
                        "en": (
                            "A kind but firm refusal preserves trust, and reporting to "
                            "management protects Marat if the money is left behind."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Атқарылған жұмыс үшін ақша мен өзге де сыйлықтар шешімге дейін де, кейін "
                    "де алынбайды; сыпайы түрде бас тартып, ақша бәрібір қалдырылса, "
                    "хабарлаңыз."
                ),
                "ru": (
                    "Деньги и другие подарки за выполненную работу не принимаются ни до, ни "
                    "после решения; вежливо откажитесь и сообщите, если деньги всё же оставили."
                ),
                "en": (
                    "Cash and other gifts for work done are not accepted before or after a "
                    "decision; refuse politely and report it if someone leaves money anyway."
                ),
            },
        },
        {
            "category": "refuse_declare",
            "kind": "single",
            "text": {
                "kk": (
                    "Сіз жоқта өтініш беруші үстеліңізге сыйлық қорабын қалдырып, кетіп қалды. "
                    "Не істеу керек?"
                ),
                "ru": (
                    "Пока вас не было, заявитель оставил на вашем столе подарочную коробку и "
                    "ушёл. Что нужно сделать?"
                ),
                "en": (
                    "While you were out, an applicant left a gift box on your desk and has "
                    "already gone. What should you do?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Басшыңызға немесе жауапты бөлімшеге уақтылы жазбаша хабарлап, "
                            "сыйлықты белгіленген тәртіппен тапсыру."
                        ),
                        "ru": (
                            "Своевременно письменно сообщить руководителю или ответственному "
                            "подразделению и сдать подарок в установленном порядке."
                        ),
                        "en": (
                            "Promptly inform your supervisor or the responsible unit in "
                            "writing and hand the gift over under the established procedure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Хабарлау және сыйлықты тапсыру жағдайды тіркейді және оны "
                            "қабылдамағаныңызды көрсетеді."
                        ),
                        "ru": (
                            "Уведомление и сдача подарка фиксируют ситуацию и показывают, что "
                            "вы его не приняли."
                        ),
                        "en": (
                            "Declaring and handing over the gift creates a record and shows "
                            "that you did not accept it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Қымбат болмаса, өзіңізге қалдыру.",
                        "ru": "Оставить себе, если он недорогой.",
                        "en": "Keep it if it is inexpensive.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бағасы маңызды емес; өтініш берушінің сыйлығы міндеттеріңізге "
                            "байланысты."
                        ),
                        "ru": (
                            "Цена не имеет значения; подарок от заявителя связан с вашими "
                            "обязанностями."
                        ),
                        "en": (
                            "The price does not matter; a gift from an applicant is connected "
                            "with your duties."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ешкім жеке пайда көрмеуі үшін әріптестеріңізбен бөлісу.",
                        "ru": "Поделиться с коллегами, чтобы никто не получил личной выгоды.",
                        "en": "Share it with colleagues so that no one benefits personally.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бөлісу сыйлықты қабылдағанмен бірдей; оның орнына ол туралы "
                            "хабарлап, тапсыру керек."
                        ),
                        "ru": (
                            "Поделившись, вы фактически приняли подарок; вместо этого о нём "
                            "нужно сообщить и сдать его."
                        ),
                        "en": (
                            "Sharing it means the gift has been accepted; instead, it must be "
                            "declared and handed over."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Оны үнсіз лақтырып тастап, ешкімге айтпау.",
                        "ru": "Тихо выбросить его и никому не говорить.",
                        "en": "Quietly throw it away and say nothing.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Тіркеу болмаса, бас тартқаныңызды ешкім растай алмайды, ал өтініш "
                            "беруші сізді сыйлықты алды деп ойлауы мүмкін."
                        ),
                        "ru": (
                            "Без записи никто не подтвердит ваш отказ, а заявитель может "
                            "считать, что вы подарок приняли."
                        ),
                        "en": (
                            "Without a record nobody can confirm that you refused it, and the "
                            "applicant may believe you accepted it."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Сыйлықтан бас тарту мүмкін болмаса, ол туралы уақтылы жазбаша хабарлап, "
                    "ұйымыңыздың тәртібімен тапсырыңыз — сонда ол тіркеледі."
                ),
                "ru": (
                    "Если от подарка не удалось отказаться, своевременно письменно сообщите о "
                    "нём и сдайте его в порядке, установленном в организации, — там он "
                    "регистрируется."
                ),
                "en": (
                    "If a gift could not be refused, declare it promptly in writing and hand "
                    "it over under your organisation's procedure, where it is registered."
                ),
            },
        },
        {
            "category": "refuse_declare",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Лауазымыңызға байланысты жұбайыңызға немесе балаларыңызға берілген "
                    "сыйлыққа сізге берілген сыйлық сияқты ережелер қолданылады."
                ),
                "ru": (
                    "На подарок вашему супругу (супруге) или детям, сделанный из-за вашей "
                    "должности, распространяются те же правила, что и на подарок вам."
                ),
                "en": (
                    "A gift to your spouse or children given because of your position is "
                    "subject to the same rules as a gift to you."
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
                            "Отбасы мүшелері арқылы сыйлық беру — ережені айналып өтудің жиі "
                            "тәсілі, сондықтан олар сізге берілген сыйлық болып саналады."
                        ),
                        "ru": (
                            "Подарки через членов семьи — частый способ обойти правила, "
                            "поэтому они считаются подарками вам."
                        ),
                        "en": (
                            "Giving gifts through family members is a common way around the "
                            "rules, so such gifts are treated as gifts to you."
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
                            "Ереже лауазымыңызға байланысты отбасы мүшелеріне берілген "
                            "сыйлықтарға да қолданылады, әйтпесе оны айналып өту оңай болар "
                            "еді."
                        ),
                        "ru": (
                            "Правило распространяется и на подарки членам семьи из-за вашей "
                            "должности, иначе его было бы легко обойти."
                        ),
                        "en": (
                            "The rule also covers gifts to family members given because of "
                            "your position; otherwise it would be easy to get around."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Лауазымыңызға байланысты отбасы мүшесіне берілген сыйлық сізге берілген "
                    "сыйлық болып есептеледі."
                ),
                "ru": (
                    "Подарок члену семьи, сделанный из-за вашей должности, считается подарком вам."
                ),
                "en": (
                    "A gift to a family member given because of your position is treated as a "
                    "gift to you."
                ),
            },
        },
        {
            "category": "refuse_declare",
            "kind": "scenario",
            "text": {
                "kk": "Нұрлан қалай әрекет етуі керек?",
                "ru": "Как следует поступить Нурлану?",
                "en": "What should Nurlan do?",
            },
            "scenario": {
                "kk": (
                    "Аудан әкімдігінің жер қатынастары бөлімінің маманы Нұрлан жер учаскесі "
                    "бойынша құжаттарды дайындады. Әкімдік учаскені беруді мақұлдағаннан кейін "
                    "өтініш беруші оның кабинетіне бір қорап кәмпит пен қымбат сағат алып "
                    "келеді. «Шешім қабылданып қойды, сондықтан бұл жай ғана алғыс», — дейді "
                    "ол. Сонымен қатар ол келесі жылы тағы бір учаскеге өтініш бергісі "
                    "келетінін айтады."
                ),
                "ru": (
                    "Нурлан, специалист отдела земельных отношений районного акимата, готовил "
                    "документы по земельному участку. После того как акимат одобрил "
                    "предоставление участка, заявитель приходит к нему в кабинет с коробкой "
                    "конфет и дорогими часами. «Решение уже принято, так что это просто "
                    "благодарность», — говорит он. Заодно он упоминает, что в следующем году "
                    "хочет подать заявку ещё на один участок."
                ),
                "en": (
                    "Nurlan, a specialist in the land relations department of a district "
                    "akimat, prepared the documents for a land plot. After the akimat approved "
                    "the allocation, the applicant comes to his office with a box of "
                    'chocolates and an expensive watch. "The decision has already been made, '
                    'so this is just a thank-you," he says. He also mentions that he plans to '
                    "apply for another plot next year."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": "Кәмпитті алып, сағаттан бас тарту.",
                        "ru": "Взять конфеты, но отказаться от часов.",
                        "en": "Accept the chocolates but refuse the watch.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Шешім үшін берілген шағын сыйлық та оның міндеттеріне байланысты, "
                            "ал бұл өтініш беруші жаңа өтінішпен қайта келеді."
                        ),
                        "ru": (
                            "Даже небольшой подарок за решение связан с его обязанностями, а "
                            "этот заявитель ещё вернётся с новой заявкой."
                        ),
                        "en": (
                            "Even a small gift for a decision is connected with his duties, "
                            "and this applicant will be back with a new application."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Жұмысына байланысты сыйлықтарды шешімге дейін де, кейін де ала "
                            "алмайтынын түсіндіріп, екі сыйлықтан да сыпайы түрде бас тарту."
                        ),
                        "ru": (
                            "Вежливо отказаться от обоих подарков, объяснив, что не может "
                            "принимать подарки, связанные с работой, ни до, ни после решения."
                        ),
                        "en": (
                            "Politely refuse both gifts, explaining that he cannot accept "
                            "gifts related to his work, either before or after a decision."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Шешімнен кейінгі «алғыс» сол шешім үшін берілген сыйақы болуы "
                            "мүмкін және келесі өтініш алдында жөнсіз үміт туғызады."
                        ),
                        "ru": (
                            "«Благодарность» после решения может быть вознаграждением за него "
                            "и создаёт неуместные ожидания перед следующей заявкой."
                        ),
                        "en": (
                            'A "thank-you" after a decision can be a reward for it and '
                            "creates improper expectations for the next application."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Шешім қабылданып қойғандықтан және оған енді ықпал ету мүмкін "
                            "болмағандықтан, екі сыйлықты да алу."
                        ),
                        "ru": (
                            "Принять оба подарка, ведь решение уже принято и повлиять на него "
                            "нельзя."
                        ),
                        "en": (
                            "Accept both, since the decision has already been made and can no "
                            "longer be influenced."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Шешімнен кейінгі сыйлықтар да оның міндеттеріне байланысты және "
                            "сол шешім үшін берілген сыйақы болуы мүмкін."
                        ),
                        "ru": (
                            "Подарки после решения всё равно связаны с его обязанностями и "
                            "могут быть вознаграждением за него."
                        ),
                        "en": (
                            "Gifts after a decision are still connected with his duties and "
                            "can be a reward for it."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Сыйлықтарды алып, бүкіл бөліммен бөлісу.",
                        "ru": "Принять подарки и разделить их со всем отделом.",
                        "en": "Accept the gifts and share them with the whole department.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бөлісу сыйлықты рұқсат етілген етпейді; өтініш берушіден пайданы "
                            "бүкіл бөлім алған болар еді."
                        ),
                        "ru": (
                            "Раздел подарка не делает его допустимым; выгоду от заявителя "
                            "получил бы весь отдел."
                        ),
                        "en": (
                            "Sharing does not make a gift acceptable; the whole department "
                            "would be receiving a benefit from an applicant."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Жұмысқа байланысты сыйлықтар шешімге дейін де, кейін де алынбайды; "
                    "«алғыс» ретіндегі сыйлық шешім үшін берілген сыйақы болуы мүмкін."
                ),
                "ru": (
                    "Подарки, связанные с работой, не принимаются ни до, ни после решения; "
                    "подарок в знак «благодарности» может быть вознаграждением за решение."
                ),
                "en": (
                    "Gifts related to your work are not accepted before or after a decision; a "
                    '"thank-you" gift can be a reward for the decision.'
                ),
            },
        },
        {
            "category": "refuse_declare",
            "kind": "scenario",
            "text": {
                "kk": "Гүлнараның қалай әрекет еткені дұрыс?",
                "ru": "Как правильно поступить Гульнаре?",
                "en": "What is the right course of action for Gulnara?",
            },
            "scenario": {
                "kk": (
                    "Шетелдік делегация облыс әкімдігіне ресми сапармен келді. Ресми рәсім "
                    "барысында делегация басшысы әкім орынбасары Гүлнараға кәдесый табыс "
                    "етеді: өз қаласы туралы суретті кітап пен қала елтаңбасы бейнеленген "
                    "сәндік тәрелке. Қонақтардың көзінше бас тарту құрметсіздік болып көрінер "
                    "еді."
                ),
                "ru": (
                    "Иностранная делегация находится с официальным визитом в областном "
                    "акимате. Во время официальной церемонии глава делегации вручает "
                    "заместителю акима Гульнаре сувенир: иллюстрированную книгу о своём городе "
                    "и декоративную тарелку с городским гербом. Отказ при гостях был бы "
                    "воспринят как неуважение."
                ),
                "en": (
                    "A foreign delegation is on an official visit to a regional akimat. During "
                    "the official ceremony, the head of the delegation presents the deputy "
                    "akim, Gulnara, with a souvenir: an illustrated book about their city and "
                    "a decorative plate with the city's coat of arms. Refusing in front of the "
                    "guests would be seen as disrespectful."
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Сыйлық қабылданбайтынын көрсету үшін кәдесыйдан жұрт алдында бас "
                            "тарту."
                        ),
                        "ru": (
                            "Публично отказаться от сувенира, чтобы показать, что подарки не "
                            "принимаются."
                        ),
                        "en": ("Refuse the souvenir publicly to show that gifts are not accepted."),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ресми іс-шараларда хаттамалық кәдесыйларды қабылдауға болады; ең "
                            "бастысы — кейін ол туралы хабарлап, тапсыру."
                        ),
                        "ru": (
                            "Протокольные сувениры на официальных мероприятиях можно принять; "
                            "главное — затем сообщить о них и сдать."
                        ),
                        "en": (
                            "Protocol souvenirs may be received at official events; what "
                            "matters is declaring and handing them over afterwards."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Кәдесыйды үйге алып кету: ол қымбат емес және ізет ретінде берілді."
                        ),
                        "ru": "Забрать сувенир домой: он недорогой и вручён из вежливости.",
                        "en": (
                            "Take the souvenir home: it is inexpensive and was given as a courtesy."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ресми түрде алынған кәдесый қызметшінің жеке өзіне емес, ұйымға "
                            "тиесілі."
                        ),
                        "ru": (
                            "Сувенир, полученный в официальном качестве, принадлежит "
                            "организации, а не служащему лично."
                        ),
                        "en": (
                            "A souvenir received in an official capacity belongs to the "
                            "organisation, not to the official personally."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Рәсімде оны сыпайы түрде қабылдап, кейін ол туралы хабарлап, "
                            "белгіленген тәртіппен тапсыру."
                        ),
                        "ru": (
                            "Вежливо принять его на церемонии, а затем сообщить о нём и сдать "
                            "в установленном порядке."
                        ),
                        "en": (
                            "Accept it politely at the ceremony, then declare it and hand it "
                            "over under the established procedure."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бұл хаттаманы да, ережені де сақтайды: кәдесый тіркеліп, ұйымда "
                            "қалады."
                        ),
                        "ru": (
                            "Так соблюдаются и протокол, и правила: сувенир регистрируется и "
                            "остаётся у организации."
                        ),
                        "en": (
                            "This respects both protocol and the rules: the souvenir is "
                            "registered and stays with the organisation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Кәдесыйды жүргізушісіне сыйға тарту.",
                        "ru": "Подарить сувенир своему водителю.",
                        "en": "Give the souvenir to her driver as a present.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Кәдесыйды басқаға сыйлау оны өз меншігіндей пайдаланумен бірдей; "
                            "ол туралы хабарлап, тапсыру керек."
                        ),
                        "ru": (
                            "Передаривая сувенир, она распоряжается им как своим; о нём нужно "
                            "сообщить и сдать его."
                        ),
                        "en": (
                            "Passing the souvenir on means treating it as her own; it must be "
                            "declared and handed over."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Ресми іс-шараларда алынған хаттамалық кәдесыйларды сол жерде қабылдауға "
                    "болады, бірақ кейін олар туралы хабарланып, белгіленген тәртіппен "
                    "тапсырылады; олар ұйымға тиесілі."
                ),
                "ru": (
                    "Протокольные сувениры на официальных мероприятиях можно принять на месте, "
                    "но затем о них сообщают и сдают их в установленном порядке; они "
                    "принадлежат организации."
                ),
                "en": (
                    "Protocol souvenirs received at official events may be accepted on the "
                    "spot but are then declared and handed over under the established "
                    "procedure; they belong to the organisation."
                ),
            },
        },
        {
            "category": "refuse_declare",
            "kind": "single",
            "text": {
                "kk": "Өтініш беруші сізге сыйлық ұсынады. Қай жауап ең орынды?",
                "ru": "Заявитель предлагает вам подарок. Какой ответ наиболее уместен?",
                "en": "An applicant offers you a gift. Which response is most appropriate?",
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "«Қазір емес — мүмкін, шешім шыққан соң».",
                        "ru": "«Не сейчас — может быть, после решения».",
                        "en": '"Not now — maybe after the decision is made."',
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Кейін алуға уәде беру — шешім үшін сыйақы беруге шақыру.",
                        "ru": ("Обещание принять позже — это приглашение вознаградить за решение."),
                        "en": (
                            "Promising to accept later is an invitation to reward the decision."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "«Рақмет, бірақ жұмысыма байланысты сыйлық ала алмаймын. "
                            "Өтінішіңіз жалпы тәртіппен қаралады»."
                        ),
                        "ru": (
                            "«Спасибо, но я не могу принимать подарки, связанные с работой. "
                            "Ваше заявление рассмотрят в обычном порядке»."
                        ),
                        "en": (
                            '"Thank you, but I cannot accept gifts related to my work. Your '
                            'application will be considered in the usual way."'
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Ілтипатты әрі анық бас тарту ережені түсіндіреді және өтініш "
                            "берушіні қосымша ештеңе қажет емес екеніне сендіреді."
                        ),
                        "ru": (
                            "Дружелюбный и ясный отказ объясняет правило и успокаивает "
                            "заявителя: ничего дополнительного не нужно."
                        ),
                        "en": (
                            "A friendly, clear refusal explains the rule and reassures the "
                            "applicant that nothing extra is needed."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "«Хатшыма қалдырып кетіңізші».",
                        "ru": "«Оставьте, пожалуйста, у секретаря».",
                        "en": '"Please leave it with my secretary."',
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Сыйлықты басқа адам арқылы алу да — сыйлық алу.",
                        "ru": "Принять подарок через другого человека — всё равно принять.",
                        "en": "Accepting a gift through someone else is still accepting it.",
                    },
                },
                {
                    "text": {
                        "kk": "«Кішкентай бірдеңе болса ғана».",
                        "ru": "«Только если это что-нибудь небольшое».",
                        "en": '"Only if it is something small."',
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Сыйлық жұмысқа байланысты болса, оның құны маңызды емес.",
                        "ru": ("Когда подарок связан с работой, его стоимость значения не имеет."),
                        "en": (
                            "When a gift is connected with your work, its value does not matter."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Сыпайы әрі анық бас тартыңыз, мұның ереже екенін түсіндіріңіз және "
                    "адамның мәселесі жалпы тәртіппен шешілетініне сендіріңіз."
                ),
                "ru": (
                    "Откажитесь вежливо и ясно, объясните, что таково правило, и заверьте "
                    "человека, что его вопрос решат в обычном порядке."
                ),
                "en": (
                    "Refuse politely and clearly, explain that it is a rule, and reassure the "
                    "person that their matter will be handled in the usual way."
                ),
            },
        },
        {
            "category": "hospitality",
            "kind": "single",
            "text": {
                "kk": (
                    "Бөліміңіздің алдағы сатып алуына қатысуға дайындалып жатқан компания "
                    "сатып алу жөніндегі мамандарды тұру мен тамақтану ақысы төленген "
                    "курорттағы тегін екі күндік «семинарға» шақырады. Не істеу керек?"
                ),
                "ru": (
                    "Компания, которая готовится участвовать в предстоящей закупке вашего "
                    "отдела, приглашает специалистов по закупкам на бесплатный двухдневный "
                    "«семинар» на курорте с оплаченным проживанием и питанием. Как поступить?"
                ),
                "en": (
                    "A company preparing to bid in your department's upcoming procurement "
                    'invites the procurement specialists to a free two-day "seminar" at a '
                    "resort, with accommodation and meals paid. What should you do?"
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": "Семинардың ресми бағдарламасы болса, келісу.",
                        "ru": "Согласиться, если у семинара есть официальная программа.",
                        "en": "Accept, as long as the seminar has an official agenda.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Бағдарлама кімнің және не үшін төлейтінін өзгертпейді; бұл — "
                            "болашақ қатысушының қонақасысы."
                        ),
                        "ru": (
                            "Программа не меняет того, кто платит и зачем; это угощение от "
                            "будущего участника закупки."
                        ),
                        "en": (
                            "An agenda does not change who pays and why; this is hospitality "
                            "from a future bidder."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келісу, бірақ тамағыңыздың ақысын өзіңіз төлеу.",
                        "ru": "Согласиться, но оплатить своё питание самостоятельно.",
                        "en": "Accept, but pay for your own meals.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Сапар мен тұру бәрібір мүддесі сізге байланысты компаниядан "
                            "алынған пайда болып қала береді."
                        ),
                        "ru": (
                            "Поездка и проживание всё равно остались бы выгодой от компании, "
                            "чьи интересы от вас зависят."
                        ),
                        "en": (
                            "The trip and accommodation would still be a benefit from a "
                            "company whose interests depend on you."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бөлімнің атынан біреу болуы үшін орныңызға кіші әріптесіңізді жіберу."
                        ),
                        "ru": (
                            "Отправить вместо себя младшего коллегу, чтобы отдел был представлен."
                        ),
                        "en": (
                            "Send a junior colleague instead, so that the department is "
                            "represented."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": "Пайда сол бөлімнің басқа қызметшісіне ауысар еді, болғаны.",
                        "ru": "Выгода просто перешла бы к другому служащему того же отдела.",
                        "en": (
                            "The benefit would simply move to another official of the same "
                            "department."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Шақырудан бас тартып, бұл туралы басшыңызға хабарлау.",
                        "ru": "Отказаться от приглашения и сообщить о нём руководителю.",
                        "en": "Decline the invitation and inform your supervisor about it.",
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Сатып алу алдында әлеуетті өнім берушінің қонақасысынан бас тарту "
                            "керек, ал басшыға хабарлау үдерістің ашықтығын сақтайды."
                        ),
                        "ru": (
                            "От угощения потенциального поставщика перед закупкой нужно "
                            "отказаться, а сообщение руководителю сохраняет прозрачность "
                            "процесса."
                        ),
                        "en": (
                            "Hospitality from a potential supplier before a procurement must "
                            "be declined, and telling your supervisor keeps the process "
                            "transparent."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүддесі сіздің шешімдеріңізге байланысты тарап төлеген сапарлар, тұру "
                    "және тамақтану — міндеттеріңізге байланысты пайда, олардан бас тарту "
                    "керек."
                ),
                "ru": (
                    "Поездки, проживание и питание за счёт того, чьи интересы зависят от ваших "
                    "решений, — это выгода, связанная с вашими обязанностями, и от неё нужно "
                    "отказаться."
                ),
                "en": (
                    "Trips, accommodation and meals paid for by someone whose interests depend "
                    "on your decisions are benefits connected with your duties and must be "
                    "declined."
                ),
            },
        },
        {
            "category": "hospitality",
            "kind": "multiple",
            "text": {
                "kk": (
                    "Төмендегілердің қайсысы қызметші үшін жол берілмейтін пайда болып "
                    "табылады? Барлық дұрыс жауаптарды таңдаңыз."
                ),
                "ru": (
                    "Что из перечисленного является недопустимой выгодой для служащего? "
                    "Выберите все подходящие варианты."
                ),
                "en": (
                    "Which of the following are improper benefits for an official? Select all "
                    "that apply."
                ),
            },
            "scenario": None,
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Әкімдігіңізбен жұмыс істейтін мердігердің көлігіңізді тегін жөндеуі."
                        ),
                        "ru": (
                            "Бесплатный ремонт вашего автомобиля подрядчиком, работающим с "
                            "вашим акиматом."
                        ),
                        "en": ("Free repair of your car by a contractor working for your akimat."),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Мердігердің тегін қызметі — лауазымыңыз болмаса алмас едіңіз "
                            "деген пайда."
                        ),
                        "ru": (
                            "Бесплатная услуга от подрядчика — выгода, которую вы не получили "
                            "бы без своей должности."
                        ),
                        "en": (
                            "A free service from a contractor is a benefit you would not "
                            "receive without your position."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Сіз өткізіп жатқан тендерге қатысушы компаниядан футбол матчына "
                            "билеттер."
                        ),
                        "ru": (
                            "Билеты на футбольный матч от компании, участвующей в проводимом "
                            "вами тендере."
                        ),
                        "en": (
                            "Tickets to a football match from a company taking part in a "
                            "tender you are running."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Тендерге қатысушы ұсынған ойын-сауық — мүддесі сізге байланысты "
                            "тараптың қонақасысы."
                        ),
                        "ru": (
                            "Развлечения от участника тендера — это угощение от стороны, чьи "
                            "интересы от вас зависят."
                        ),
                        "en": (
                            "Entertainment from a bidder is hospitality from a party whose "
                            "interests depend on you."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Басқа мемлекеттік органдағы ресми кеңеске қатысушыларға ұсынылған "
                            "шай мен су."
                        ),
                        "ru": (
                            "Чай и вода, предложенные участникам официального совещания в "
                            "другом государственном органе."
                        ),
                        "en": (
                            "Tea and water offered to participants at an official meeting in "
                            "another state body."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Ресми кеңестегі қарапайым сусындар — қалыпты жағдай, ешқандай "
                            "міндеттеме туғызбайды."
                        ),
                        "ru": (
                            "Обычные напитки на официальном совещании — норма, они не создают "
                            "обязательств."
                        ),
                        "en": (
                            "Basic refreshments at an official meeting are normal and create "
                            "no obligation."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Өз мемлекеттік органыңыз ұйымдастырып, ақысын төлеген оқу "
                            "курсындағы жұмыс түскі асы."
                        ),
                        "ru": (
                            "Рабочий обед на обучающем курсе, который организовал и оплатил "
                            "ваш государственный орган."
                        ),
                        "en": (
                            "A working lunch at a training course organised and paid for by "
                            "your own state body."
                        ),
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Мұны мүдделі тарап емес, жұмыс берушіңіз белгіленген тәртіппен "
                            "ұсынады."
                        ),
                        "ru": (
                            "Это предоставляет ваш работодатель в установленном порядке, а не "
                            "заинтересованное лицо."
                        ),
                        "en": (
                            "This is provided by your employer under the established "
                            "procedure, not by an interested party."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": (
                            "Бөліміңіз бақылайтын компаниядан басқаларға қолжетімсіз ерекше "
                            "шарттармен берілген қарыз."
                        ),
                        "ru": (
                            "Заём на особых условиях, недоступных другим, от компании, которую "
                            "контролирует ваш отдел."
                        ),
                        "en": (
                            "A loan on special terms, not available to others, from a company "
                            "your department supervises."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бақыланатын компанияның жеңілдікті қаржылық шарттары — ақшамен "
                            "бағаланатын пайда."
                        ),
                        "ru": (
                            "Льготные финансовые условия от подконтрольной компании — выгода в "
                            "денежном выражении."
                        ),
                        "en": (
                            "Preferential financial terms from a supervised company are a "
                            "benefit with a money value."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүддесі сізге байланысты тараптан алынатын және лауазымыңыз болмаса алмас "
                    "едіңіз деген пайдаға жол берілмейді; ресми іс-шаралардағы қарапайым "
                    "шай-су бұған жатпайды."
                ),
                "ru": (
                    "Выгода недопустима, если она исходит от того, чьи интересы зависят от "
                    "вас, и без должности вы бы её не получили; обычные напитки на официальных "
                    "мероприятиях к этому не относятся."
                ),
                "en": (
                    "A benefit is improper when it comes from someone whose interests depend "
                    "on you and you would not get it without your position; ordinary "
                    "refreshments at official events are not."
                ),
            },
        },
        {
            "category": "hospitality",
            "kind": "truefalse",
            "text": {
                "kk": (
                    "Тек жұмыс туралы сөйлесетін болсаңыз, құжаттарын сіз қарап жатқан "
                    "компанияның мейрамханадағы тегін кешкі асын қабылдауға болады."
                ),
                "ru": (
                    "Можно принять бесплатный ужин в ресторане от компании, чьи документы вы "
                    "рассматриваете, если говорить только о работе."
                ),
                "en": (
                    "You may accept a free dinner at a restaurant from a company whose "
                    "documents you are reviewing, as long as you discuss only work."
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
                            "Әңгіменің тақырыбы маңызды емес: кешкі ас — сіздің шешіміңізге "
                            "тәуелді компанияның қонақасысы."
                        ),
                        "ru": (
                            "Тема разговора не важна: ужин — это угощение от компании, "
                            "зависящей от вашего решения."
                        ),
                        "en": (
                            "The topic of conversation does not matter: the dinner is "
                            "hospitality from a company that depends on your decision."
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
                            "Құжаттарын сіз қарап жатқан компанияның қонақасысынан не туралы "
                            "сөйлесетініңізге қарамастан бас тарту керек."
                        ),
                        "ru": (
                            "От угощения компании, чьи документы вы рассматриваете, нужно "
                            "отказаться, о чём бы ни шла речь."
                        ),
                        "en": (
                            "Hospitality from a company whose documents you are reviewing must "
                            "be declined, whatever is discussed."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүддесі сіздің шешіміңізге байланысты тарап төлеген тамақ пен ойын-сауық "
                    "— міндеттеріңізге байланысты пайда; жұмыс мәселелері ресми тәртіппен "
                    "талқыланады."
                ),
                "ru": (
                    "Питание и развлечения за счёт того, чьи интересы зависят от вашего "
                    "решения, — выгода, связанная с вашими обязанностями; рабочие вопросы "
                    "обсуждаются в официальном порядке."
                ),
                "en": (
                    "Meals and entertainment paid for by a party whose interests depend on "
                    "your decision are benefits connected with your duties; work matters are "
                    "discussed through official channels."
                ),
            },
        },
        {
            "category": "hospitality",
            "kind": "scenario",
            "text": {
                "kk": "Айгүл қалай әрекет етуі керек?",
                "ru": "Как следует поступить Айгуль?",
                "en": "What should Aigul do?",
            },
            "scenario": {
                "kk": (
                    "Айгүл — мемлекеттік мектептің директоры. Мектеп мемлекеттік сатып алу "
                    "арқылы компьютер жабдықтарын сатып алмақшы. Өтінімдер ашылардан бір апта "
                    "бұрын өнім берушілердің бірінің менеджері оған қоңырау шалады. Ол "
                    "Айгүлдің студент ұлына өз компаниясында әдеттегіден әлдеқайда жоғары "
                    "жалақысы бар ақылы жазғы тағылымдама ұсынады. Әрі бұның «тендерге "
                    "ешқандай қатысы жоқ» екенін қосып айтады."
                ),
                "ru": (
                    "Айгуль — директор государственной школы, которая собирается закупить "
                    "компьютерное оборудование через государственные закупки. За неделю до "
                    "вскрытия заявок ей звонит менеджер одного из поставщиков. Он предлагает "
                    "её сыну-студенту оплачиваемую летнюю стажировку в своей компании с "
                    "зарплатой намного выше обычной. И добавляет, что это «никак не связано с "
                    "тендером»."
                ),
                "en": (
                    "Aigul is the director of a state school that is about to buy computer "
                    "equipment through public procurement. A week before the bids are opened, "
                    "the manager of one of the suppliers calls her. He offers her son, a "
                    "student, a paid summer internship at his company with a salary far above "
                    'the usual rate. He adds that this has "nothing to do with the tender".'
                ),
            },
            "choices": [
                {
                    "text": {
                        "kk": (
                            "Ұсыныстан бас тартып, бұл туралы аудандық білім бөліміне "
                            "хабарлау, өйткені бұл сатып алуға ықпал ету әрекеті болуы мүмкін."
                        ),
                        "ru": (
                            "Отказаться от предложения и сообщить о нём в районный отдел "
                            "образования, поскольку это может быть попыткой повлиять на "
                            "закупку."
                        ),
                        "en": (
                            "Decline the offer and report it to the district education "
                            "department, since it may be an attempt to influence the "
                            "procurement."
                        ),
                    },
                    "correct": True,
                    "feedback": {
                        "kk": (
                            "Бас тарту сатып алуды қорғайды, ал хабарлау заңсыз ықпал етудің "
                            "ықтимал әрекетін тіркейді."
                        ),
                        "ru": (
                            "Отказ защищает закупку, а сообщение фиксирует возможную попытку "
                            "неправомерного влияния."
                        ),
                        "en": (
                            "Declining protects the procurement, and reporting creates a "
                            "record of a possible attempt at improper influence."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келісу, өйткені пайданы Айгүл емес, ұлы алады.",
                        "ru": "Согласиться, ведь выгоду получит сын, а не она.",
                        "en": "Accept, because the benefit goes to her son, not to her.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Лауазымына байланысты отбасы мүшесіне ұсынылған пайда оның өзіне "
                            "берілген пайда болып есептеледі."
                        ),
                        "ru": (
                            "Выгода члену семьи, предложенная из-за её должности, считается "
                            "выгодой ей самой."
                        ),
                        "en": (
                            "A benefit offered to a family member because of her position is "
                            "treated as a benefit to her."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Келісу, бірақ тек тендер қорытындысы жарияланғаннан кейін.",
                        "ru": "Согласиться, но только после объявления итогов тендера.",
                        "en": "Accept, but only after the tender results are announced.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Пайданы кейінге қалдыру оның тендермен байланысын үзбейді; бұл "
                            "нәтиже үшін берілген сыйақы сияқты көрінуі мүмкін."
                        ),
                        "ru": (
                            "Отсрочка не разрывает связи выгоды с тендером; это может "
                            "выглядеть как вознаграждение за результат."
                        ),
                        "en": (
                            "Postponing the benefit does not break its link with the tender; "
                            "it may look like a reward for the result."
                        ),
                    },
                },
                {
                    "text": {
                        "kk": "Ұсынысты қабылдап, тендерлік комиссия құрамынан шығу.",
                        "ru": "Принять предложение и выйти из состава тендерной комиссии.",
                        "en": "Accept the offer and withdraw from the tender commission.",
                    },
                    "correct": False,
                    "feedback": {
                        "kk": (
                            "Комиссиядан шығу пайданы рұқсат етілген етпейді: оны бәрібір "
                            "Айгүлдің лауазымына байланысты тендерге қатысушы ұсынып отыр."
                        ),
                        "ru": (
                            "Выход из комиссии не делает выгоду допустимой: её всё равно "
                            "предлагает участник тендера из-за её должности."
                        ),
                        "en": (
                            "Leaving the commission does not make the benefit acceptable: it "
                            "is still offered by a bidder because of her position."
                        ),
                    },
                },
            ],
            "explanation": {
                "kk": (
                    "Мүддесі сіздің шешімдеріңізге байланысты ұйымдардың туыстарыңызға "
                    "ұсынатын жұмысы мен өзге де пайдасы сізге берілген пайда болып "
                    "есептеледі; олардан бас тартып, ұсыныс туралы хабарлаңыз."
                ),
                "ru": (
                    "Предложения работы и другие выгоды для родственников от организаций, чьи "
                    "интересы зависят от ваших решений, считаются выгодой вам; откажитесь от "
                    "них и сообщите о предложении."
                ),
                "en": (
                    "Job offers and other benefits for relatives from organisations whose "
                    "interests depend on your decisions are treated as benefits to you; "
                    "decline them and report the offer."
                ),
            },
        },
    ],
}
