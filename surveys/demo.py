"""Demo surveys for a first look: the citizens' survey and a short expert survey, each with an
open wave around today. Created only when there is no survey yet. Wording only: no figures."""

from datetime import UTC, datetime, timedelta

from extensions import db
from surveys.authoring import build_questions
from surveys.models import Audience, Construct, Survey, SurveyStatus, Wave
from surveys.profile import SERVICES, profile_questions


def _texts(kk: str, ru: str, en: str) -> dict:
    return {"kk": kk, "ru": ru, "en": en}


def _scale(*points: tuple[str, str, str]) -> list[dict]:
    return [{"value": str(n), "labels": _texts(*p)} for n, p in enumerate(points, start=1)]


SATISFACTION = _scale(
    ("Мүлдем қанағаттанбадым", "Совсем не удовлетворены", "Very dissatisfied"),
    ("Көбіне қанағаттанбадым", "Скорее не удовлетворены", "Rather dissatisfied"),
    ("Әрі-сәрі", "Ни то ни другое", "Neither satisfied nor dissatisfied"),
    ("Көбіне қанағаттандым", "Скорее удовлетворены", "Rather satisfied"),
    ("Толық қанағаттандым", "Полностью удовлетворены", "Very satisfied"),
)
TRUST = _scale(
    ("Мүлдем сенбеймін", "Совсем не доверяю", "Do not trust at all"),
    ("Көбіне сенбеймін", "Скорее не доверяю", "Rather do not trust"),
    ("Ішінара сенемін", "Отчасти доверяю", "Trust partly"),
    ("Көбіне сенемін", "Скорее доверяю", "Rather trust"),
    ("Толық сенемін", "Полностью доверяю", "Trust fully"),
)
ACCEPTABLE = _scale(
    ("Ешқашан орынсыз", "Никогда не допустимо", "Never acceptable"),
    ("Сирек жағдайда орынды", "Допустимо в редких случаях", "Acceptable in rare cases"),
    ("Кейде орынды", "Иногда допустимо", "Sometimes acceptable"),
    ("Көбінесе орынды", "Чаще всего допустимо", "Usually acceptable"),
    ("Әрқашан орынды", "Всегда допустимо", "Always acceptable"),
)
CHANGE = _scale(
    ("Айтарлықтай көбейді", "Значительно выросла", "Increased a lot"),
    ("Біршама көбейді", "Несколько выросла", "Increased somewhat"),
    ("Өзгерген жоқ", "Не изменилась", "Has not changed"),
    ("Біршама азайды", "Несколько снизилась", "Decreased somewhat"),
    ("Айтарлықтай азайды", "Значительно снизилась", "Decreased a lot"),
)
LEVEL = _scale(
    ("Өте төмен", "Очень низкий", "Very low"),
    ("Төмен", "Низкий", "Low"),
    ("Орташа", "Средний", "Moderate"),
    ("Жоғары", "Высокий", "High"),
    ("Өте жоғары", "Очень высокий", "Very high"),
)
ATYRAU = ["KZ-23"]
USED_A_SERVICE = {"question": "service_used", "op": "not", "value": "none"}
NO_NAMES_HINT = _texts(
    "Өзіңізді немесе басқа адамдарды анықтауға болатын есімдер мен мәліметтерді жазбаңыз.",
    "Пожалуйста, не указывайте имена и сведения, по которым можно узнать вас или других людей.",
    "Please do not write names or anything that could identify you or anyone else.",
)


def _question(code, kind, kk, ru, en, construct=None, required=False, **more) -> dict:
    return {
        "code": code,
        "type": kind,
        "texts": _texts(kk, ru, en),
        "construct": construct,
        "required": required,
        **more,
    }


CITIZEN_QUESTIONS = [
    # Sphere 1: everyday corruption and the quality of public services.
    _question(
        "sq_satisfaction",
        "likert5",
        "Соңғы пайдаланған мемлекеттік қызметке қаншалықты қанағаттандыңыз?",
        "Насколько вы удовлетворены последней государственной услугой, которой пользовались?",
        "How satisfied were you with the last public service you used?",
        Construct.SERVICE_QUALITY,
        required=True,
        choices=SATISFACTION,
        show_if=USED_A_SERVICE,
    ),
    _question(
        "sq_on_time",
        "likert5",
        "Қызмет уақытылы, белгіленген мерзімде көрсетілді.",
        "Услуга была оказана вовремя, в установленный срок.",
        "The service was provided on time, within the set period.",
        Construct.SERVICE_QUALITY,
        show_if=USED_A_SERVICE,
    ),
    _question(
        "exp_asked",
        "yesno",
        "Соңғы 12 айда лауазымды тұлға сізден мемлекеттік қызмет үшін ашық немесе ишарамен "
        "ақша, сыйлық не қызмет сұрады ма?",
        "За последние 12 месяцев просило ли у вас должностное лицо, прямо или намёком, деньги, "
        "подарок или услугу за оказание государственной услуги?",
        "In the last 12 months, has an official asked you, openly or by hint, for money, a gift "
        "or a favour in return for a public service?",
        Construct.EXPERIENCE,
        required=True,
    ),
    _question(
        "exp_reported",
        "yesno",
        "Бұл туралы уәкілетті органдарға немесе сенім телефонына хабарладыңыз ба?",
        "Сообщили ли вы об этом в уполномоченные органы или на телефон доверия?",
        "Did you report the request to the authorities or to a hotline?",
        Construct.PUBLIC_CONTROL,
        show_if={"question": "exp_asked", "op": "equals", "value": "yes"},
    ),
    _question(
        "exp_gave",
        "yesno",
        "Соңғы 12 айда мемлекеттік қызметті алу үшін лауазымды тұлғаға ресми төлемнен бөлек "
        "ақша, сыйлық не қызмет бердіңіз бе?",
        "За последние 12 месяцев давали ли вы должностному лицу деньги, подарок или услугу "
        "сверх официальной платы, чтобы получить государственную услугу?",
        "In the last 12 months, have you given an official money, a gift or a favour, beyond "
        "the official fee, to get a public service?",
        Construct.EXPERIENCE,
        required=True,
    ),
    _question(
        "exp_gave_times",
        "number",
        "Соңғы 12 айда бұл неше рет болды?",
        "Сколько раз это происходило за последние 12 месяцев?",
        "How many times did this happen in the last 12 months?",
        Construct.EXPERIENCE,
        min_value=1,
        max_value=100,
        show_if={"question": "exp_gave", "op": "equals", "value": "yes"},
    ),
    _question(
        "exp_gave_services",
        "multi",
        "Бұл қандай қызметтер үшін болды? Сәйкес келетіннің бәрін таңдаңыз.",
        "За какие услуги это было? Выберите все подходящие варианты.",
        "For which services was it? Choose all that apply.",
        Construct.EXPERIENCE,
        choices=[choice for choice in SERVICES if choice["value"] != "none"],
        show_if={"question": "exp_gave", "op": "equals", "value": "yes"},
    ),
    # Sphere 2: public control, and trust in the bodies that answer to it.
    _question(
        "trust_akimat",
        "likert5",
        "Жергілікті атқарушы органдарға (әкімдікке) қаншалықты сенесіз?",
        "Насколько вы доверяете местным исполнительным органам (акимату)?",
        "How much do you trust the local executive authorities (akimat)?",
        Construct.TRUST,
        required=True,
        choices=TRUST,
    ),
    _question(
        "trust_police",
        "likert5",
        "Полицияға қаншалықты сенесіз?",
        "Насколько вы доверяете полиции?",
        "How much do you trust the police?",
        Construct.TRUST,
        required=True,
        choices=TRUST,
    ),
    _question(
        "trust_anticorruption",
        "likert5",
        "Сыбайлас жемқорлыққа қарсы қызметке қаншалықты сенесіз?",
        "Насколько вы доверяете антикоррупционной службе?",
        "How much do you trust the anti-corruption service?",
        Construct.TRUST,
        required=True,
        choices=TRUST,
    ),
    _question(
        "pc_willing",
        "likert5",
        "Егер сыбайлас жемқорлыққа тап болсам, бұл туралы хабарлар едім.",
        "Если бы я столкнулся(-лась) с коррупцией, я бы сообщил(а) об этом.",
        "If I came across corruption, I would report it.",
        Construct.PUBLIC_CONTROL,
        required=True,
    ),
    _question(
        "pc_fear",
        "likert5",
        "Сыбайлас жемқорлық туралы хабарлау маған қиындық туғызуы мүмкін.",
        "Сообщение о коррупции может обернуться для меня неприятностями.",
        "Reporting corruption could get me into trouble.",
        Construct.PUBLIC_CONTROL,
        required=True,
        reverse_scored=True,
    ),
    _question(
        "pc_monitoring",
        "yesno",
        "Соңғы 12 айда мемлекеттік қызметтерге немесе жергілікті шығыстарға қоғамдық "
        "мониторинг жүргізуге қатыстыңыз ба (мысалы, қоғамдық кеңес, қоғамдық тыңдау немесе "
        "мониторинг тобы арқылы)?",
        "За последние 12 месяцев участвовали ли вы в общественном мониторинге государственных "
        "услуг или местных расходов (например, в общественном совете, публичных слушаниях или "
        "мониторинговой группе)?",
        "In the last 12 months, have you taken part in public monitoring of public services or "
        "local spending (for example a public council, public hearings or a monitoring group)?",
        Construct.PUBLIC_CONTROL,
    ),
    # Sphere 3: anti-corruption culture: tolerance and awareness.
    _question(
        "tol_gift",
        "likert5",
        "Қызметті тезірек алу үшін лауазымды тұлғаға сыйлық беру орынды ма?",
        "Допустимо ли сделать подарок должностному лицу, чтобы быстрее получить услугу?",
        "Is it acceptable to give an official a gift to get a service faster?",
        Construct.TOLERANCE,
        required=True,
        choices=ACCEPTABLE,
    ),
    _question(
        "tol_relatives",
        "likert5",
        "Лауазымды тұлғаның туыстарына немесе достарына мемлекеттік органға жұмысқа "
        "орналасуға көмектесуі орынды ма?",
        "Допустимо ли, чтобы должностное лицо помогало родственникам или друзьям устроиться "
        "на работу в государственный орган?",
        "Is it acceptable for an official to help relatives or friends get a job in a public body?",
        Construct.TOLERANCE,
        required=True,
        choices=ACCEPTABLE,
    ),
    _question(
        "aw_where_to_report",
        "yesno",
        "Сыбайлас жемқорлық фактісі туралы қайда хабарлау керектігін білесіз бе?",
        "Знаете ли вы, куда сообщить о факте коррупции?",
        "Do you know where to report a case of corruption?",
        Construct.AWARENESS,
        required=True,
    ),
    _question(
        "aw_protected",
        "likert5",
        "Сыбайлас жемқорлық туралы хабарлаған адамды заң қорғайды.",
        "Человек, сообщивший о коррупции, защищён законом.",
        "A person who reports corruption is protected by law.",
        Construct.AWARENESS,
        required=True,
    ),
    _question(
        "perceived_change",
        "likert5",
        "Өткен жылмен салыстырғанда өңіріңіздегі тұрмыстық сыбайлас жемқорлық қалай өзгерді?",
        "Как изменилась бытовая коррупция в вашем регионе по сравнению с прошлым годом?",
        "Compared with a year ago, how has everyday corruption in your region changed?",
        choices=CHANGE,
    ),
    # Atyrau's own focus: agriculture and fisheries (asked only in KZ-23).
    _question(
        "atr_fishing_permit",
        "yesno",
        "Соңғы 12 айда балық аулауға квота немесе рұқсат алу үшін өтініш бердіңіз бе?",
        "За последние 12 месяцев обращались ли вы за квотой или разрешением на вылов рыбы?",
        "In the last 12 months, have you applied for a fishing quota or a fishing permit?",
        hints=_texts(
            "Ауыл шаруашылығы мен балық аулау туралы бұл сұрақтар Атырау облысында қойылады.",
            "Эти вопросы о сельском хозяйстве и рыболовстве задаются в Атырауской области.",
            "These questions on agriculture and fisheries are asked in Atyrau Region.",
        ),
        regions=ATYRAU,
    ),
    _question(
        "atr_fishing_informal",
        "yesno",
        "Оны алу үшін сізден бейресми төлем немесе сыйлық сұрады ма?",
        "Просили ли у вас неофициальную плату или подарок за его получение?",
        "Were you asked for an informal payment or a gift to get it?",
        Construct.EXPERIENCE,
        regions=ATYRAU,
        show_if={"question": "atr_fishing_permit", "op": "equals", "value": "yes"},
    ),
    _question(
        "atr_land_open",
        "likert5",
        "Менің ауданымда ауыл шаруашылығы жерлері мен жайылымдар туралы шешімдер ашық қабылданады.",
        "Решения о сельскохозяйственных землях и пастбищах в моём районе принимаются открыто.",
        "Decisions on agricultural land and pastures in my district are made openly.",
        Construct.SERVICE_QUALITY,
        regions=ATYRAU,
    ),
    _question(
        "comment",
        "text",
        "Өңіріңіздегі мемлекеттік қызметтерді адалырақ ету үшін қандай бір өзгеріс қажет?",
        "Какое одно изменение сделало бы государственные услуги в вашем регионе честнее?",
        "What one change would make public services in your region more honest?",
        max_length=1000,
        hints=NO_NAMES_HINT,
    ),
]

EXPERT_AREAS = [
    {
        "value": "procurement",
        "labels": _texts("Мемлекеттік сатып алу", "Государственные закупки", "Public procurement"),
    },
    {"value": "land", "labels": _texts("Жер бөлу", "Предоставление земли", "Land allocation")},
    {
        "value": "construction",
        "labels": _texts(
            "Құрылыс және сәулет саласындағы рұқсаттар",
            "Разрешения в строительстве и архитектуре",
            "Construction and architecture permits",
        ),
    },
    {
        "value": "subsidies",
        "labels": _texts(
            "Ауыл шаруашылығы субсидиялары",
            "Сельскохозяйственные субсидии",
            "Agricultural subsidies",
        ),
    },
    {
        "value": "inspections",
        "labels": _texts(
            "Бизнесті тексеру және лицензиялау",
            "Проверки и лицензирование бизнеса",
            "Business inspections and licensing",
        ),
    },
    {"value": "health", "labels": _texts("Денсаулық сақтау", "Здравоохранение", "Healthcare")},
    {"value": "education", "labels": _texts("Білім беру", "Образование", "Education")},
    {"value": "police", "labels": _texts("Полиция", "Полиция", "Police")},
]

EXPERT_QUESTIONS = [
    _question(
        "ex_level",
        "likert5",
        "Өңіріңіздегі мемлекеттік органдардағы сыбайлас жемқорлық деңгейін қалай бағалайсыз?",
        "Как вы оцениваете уровень коррупции в государственных органах вашего региона?",
        "How would you rate the level of corruption in the public bodies of your region?",
        required=True,
        choices=LEVEL,
    ),
    _question(
        "ex_risk_areas",
        "multi",
        "Өңіріңізде сыбайлас жемқорлық тәуекелі қай салаларда ең жоғары? Сәйкес келетіннің "
        "бәрін таңдаңыз.",
        "В каких сферах вашего региона риск коррупции выше всего? Выберите все подходящие "
        "варианты.",
        "In which areas of your region is the risk of corruption highest? Choose all that apply.",
        required=True,
        choices=EXPERT_AREAS,
    ),
    _question(
        "ex_business_demands",
        "likert5",
        "Менің өңірімдегі бизнес тексерушілер мен лауазымды тұлғалар тарапынан бейресми төлем "
        "талаптарына тап болады.",
        "Бизнес в моём регионе сталкивается с требованиями неофициальных платежей со стороны "
        "проверяющих и должностных лиц.",
        "Businesses in my region face demands for informal payments from inspectors and officials.",
        Construct.EXPERIENCE,
        required=True,
    ),
    _question(
        "ex_budget_open",
        "likert5",
        "Менің өңірімдегі мемлекеттік органдар бюджет пен сатып алу туралы жұртшылық тексере "
        "алатындай жеткілікті мәлімет жариялайды.",
        "Государственные органы моего региона публикуют о бюджете и закупках достаточно "
        "сведений, чтобы общественность могла их проверить.",
        "Public bodies in my region publish enough about budgets and procurement for the public "
        "to check them.",
        Construct.PUBLIC_CONTROL,
        required=True,
    ),
    _question(
        "ex_response",
        "likert5",
        "Жұртшылық заң бұзушылық туралы хабарласа, менің өңірімдегі мемлекеттік органдар оған "
        "шара қолданады.",
        "Когда общественность сообщает о нарушении, государственные органы моего региона "
        "принимают меры.",
        "When the public reports a violation, public bodies in my region act on it.",
        Construct.TRUST,
        required=True,
    ),
    _question(
        "ex_monitoring_access",
        "likert5",
        "ҮЕҰ мен журналистер қоғамдық мониторингке кедергісіз қатыса алады.",
        "НПО и журналисты могут участвовать в общественном мониторинге без препятствий.",
        "NGOs and journalists can take part in public monitoring without obstacles.",
        Construct.PUBLIC_CONTROL,
        required=True,
    ),
    _question(
        "ex_change",
        "likert5",
        "Өткен жылмен салыстырғанда өңіріңіздегі сыбайлас жемқорлық қалай өзгерді?",
        "Как изменилась коррупция в вашем регионе по сравнению с прошлым годом?",
        "Compared with a year ago, how has corruption in your region changed?",
        choices=CHANGE,
    ),
    _question(
        "ex_measure",
        "text",
        "Өңіріңізде сыбайлас жемқорлықты қандай шара барынша азайтар еді?",
        "Какая мера сильнее всего снизила бы коррупцию в вашем регионе?",
        "Which measure would do most to reduce corruption in your region?",
        max_length=1000,
        hints=NO_NAMES_HINT,
    ),
]

DEMO_SURVEYS = [
    {
        "slug": "citizens",
        "audience": Audience.CITIZENS,
        "titles": _texts(
            "Сыбайлас жемқорлықтан ада өңірлер: тұрғындар сауалнамасы",
            "Регионы, свободные от коррупции: опрос жителей",
            "Regions free from corruption: citizens' survey",
        ),
        "intros": _texts(
            "Бұл анонимді сауалнама мемлекеттік қызметтерді алу тәжірибеңіз бен өңіріңіздегі "
            "сыбайлас жемқорлық туралы. Ол шамамен он минут алады.",
            "Этот анонимный опрос о вашем опыте получения государственных услуг и о коррупции "
            "в вашем регионе. Он займёт около десяти минут.",
            "This anonymous survey asks about your experience of public services and about "
            "corruption in your region. It takes about ten minutes.",
        ),
        "questions": CITIZEN_QUESTIONS,
    },
    {
        "slug": "experts",
        "audience": Audience.EXPERTS,
        "titles": _texts(
            "Сыбайлас жемқорлықтан ада өңірлер: сарапшылар сауалнамасы",
            "Регионы, свободные от коррупции: экспертный опрос",
            "Regions free from corruption: expert survey",
        ),
        "intros": _texts(
            "Өңірдегі мемлекеттік органдардың жұмысын бақылайтын кәсіпкерлерге, ғалымдарға, "
            "ҮЕҰ мен БАҚ өкілдеріне арналған. Шамамен бес минут; анонимді.",
            "Для предпринимателей, учёных, представителей НПО и СМИ, которые следят за работой "
            "государственных органов в регионе. Около пяти минут; анонимно.",
            "For entrepreneurs, scientists, NGOs and media who follow the work of public bodies "
            "in the region. About five minutes; anonymous.",
        ),
        "questions": EXPERT_QUESTIONS,
    },
]


def wave_label(moment: datetime) -> str:
    return f"{moment.year}-Q{(moment.month - 1) // 3 + 1}"


def load_demo_surveys() -> list[str]:
    """Create the demo surveys, each with a wave open from 30 days ago to 60 days ahead."""
    if db.session.execute(db.select(Survey.id).limit(1)).first() is not None:
        return []
    now = datetime.now(UTC).replace(hour=0, minute=0, second=0, microsecond=0)
    for definition in DEMO_SURVEYS:
        survey = Survey(
            slug=definition["slug"],
            titles=definition["titles"],
            intros=definition["intros"],
            audience=definition["audience"],
            status=SurveyStatus.OPEN,
            requires_invitation=False,
            questions=build_questions(profile_questions() + definition["questions"]),
        )
        survey.waves.append(
            Wave(
                label=wave_label(now),
                opens_at=now - timedelta(days=30),
                closes_at=now + timedelta(days=60),
            )
        )
        db.session.add(survey)
    db.session.commit()
    links = ", ".join(f"/s/{d['slug']}" for d in DEMO_SURVEYS)
    return [f"demo surveys: {len(DEMO_SURVEYS)} created, open now at {links}"]
