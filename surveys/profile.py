"""The respondent profile: fixed question codes that feed weighting and breakdowns.

This is the one place their wording and choices are defined. Authoring code (the demo, and later
the survey editor and imports) adds them to an instrument with :func:`profile_questions`; the
region choices are not stored on the question but read from the Region table
(``surveys.service.region_table``).
"""

# Profile question code -> the Response column that keeps its answer.
PROFILE_COLUMNS = {
    "region": "region_id",
    "age_band": "age_band",
    "sex": "sex",
    "settlement": "settlement",
    "group": "respondent_group",
    "service_used": "service_used",
}
PROFILE_CODES = tuple(PROFILE_COLUMNS)
REGION_CODE = "region"


def _choice(value: str, kk: str, ru: str, en: str) -> dict:
    return {"value": value, "labels": {"kk": kk, "ru": ru, "en": en}}


AGE_BANDS = [
    _choice("18-24", "18–24", "18–24", "18–24"),
    _choice("25-34", "25–34", "25–34", "25–34"),
    _choice("35-44", "35–44", "35–44", "35–44"),
    _choice("45-54", "45–54", "45–54", "45–54"),
    _choice("55-64", "55–64", "55–64", "55–64"),
    _choice("65+", "65 және одан жоғары", "65 и старше", "65 and older"),
]

SEXES = [
    _choice("female", "Әйел", "Женский", "Female"),
    _choice("male", "Ер", "Мужской", "Male"),
]

SETTLEMENTS = [
    _choice("urban", "Қала", "Город", "City or town"),
    _choice("rural", "Ауыл", "Село", "Village"),
]

GROUPS = [
    _choice(
        "citizen",
        "Тұрғын (төмендегі топтардың ешқайсысына жатпаймын)",
        "Житель (не отношусь ни к одной из групп ниже)",
        "Resident (none of the groups below)",
    ),
    _choice("entrepreneur", "Кәсіпкер", "Предприниматель", "Entrepreneur"),
    _choice(
        "scientist",
        "Ғалым немесе жоғары оқу орнының оқытушысы",
        "Учёный или преподаватель вуза",
        "Scientist or university teacher",
    ),
    _choice(
        "ngo",
        "Үкіметтік емес ұйымның өкілі",
        "Представитель неправительственной организации",
        "Member of a non-governmental organisation",
    ),
    _choice("media", "Журналист немесе блогер", "Журналист или блогер", "Journalist or blogger"),
    _choice("civil_servant", "Мемлекеттік қызметші", "Государственный служащий", "Civil servant"),
]

SERVICES = [
    _choice(
        "none",
        "Мемлекеттік қызметтерді пайдаланған жоқпын",
        "Не пользовался(-лась) государственными услугами",
        "I have not used any public service",
    ),
    _choice(
        "id_documents",
        "Жеке басты куәландыратын құжаттар (жеке куәлік, паспорт)",
        "Документы, удостоверяющие личность (удостоверение, паспорт)",
        "Identity documents (ID card, passport)",
    ),
    _choice(
        "civil_registration",
        "Азаматтық хал актілерін және тұрғылықты жерді тіркеу",
        "Регистрация актов гражданского состояния и места жительства",
        "Civil registration (birth, marriage, place of residence)",
    ),
    _choice(
        "property_land",
        "Жылжымайтын мүлік пен жерді тіркеу",
        "Регистрация недвижимости и земли",
        "Real estate and land registration",
    ),
    _choice(
        "vehicles",
        "Көлік құралдары және жүргізуші куәлігі",
        "Транспортные средства и водительское удостоверение",
        "Vehicles and driving licences",
    ),
    _choice(
        "social",
        "Зейнетақы және әлеуметтік төлемдер",
        "Пенсии и социальные выплаты",
        "Pensions and social benefits",
    ),
    _choice(
        "health",
        "Денсаулық сақтау (емхана, аурухана)",
        "Здравоохранение (поликлиника, больница)",
        "Healthcare (clinic, hospital)",
    ),
    _choice(
        "education",
        "Білім беру (балабақша, мектеп, жоғары оқу орны)",
        "Образование (детский сад, школа, вуз)",
        "Education (kindergarten, school, university)",
    ),
    _choice(
        "business",
        "Бизнеске арналған лицензиялар мен рұқсаттар",
        "Лицензии и разрешения для бизнеса",
        "Business licences and permits",
    ),
    _choice(
        "agriculture",
        "Ауыл шаруашылығы, жер пайдалану, балық аулауға рұқсат",
        "Сельское хозяйство, землепользование, разрешения на рыболовство",
        "Agriculture, land use, fishing permits",
    ),
    _choice(
        "police",
        "Полиция және жол қозғалысы",
        "Полиция и дорожное движение",
        "Police and road traffic",
    ),
    _choice("tax", "Салықтар және кеден", "Налоги и таможня", "Taxes and customs"),
    _choice(
        "housing",
        "Тұрғын үй-коммуналдық қызметтер",
        "Жилищно-коммунальные услуги",
        "Housing and utilities",
    ),
    _choice(
        "courts",
        "Соттар және сот шешімдерін орындау",
        "Суды и исполнение судебных решений",
        "Courts and enforcement of judgments",
    ),
    _choice("other", "Басқа қызмет", "Другая услуга", "Another service"),
]

PROFILE_QUESTIONS = {
    "region": {
        "texts": {
            "kk": "Қай өңірде тұрасыз?",
            "ru": "В каком регионе вы живёте?",
            "en": "Which region do you live in?",
        },
        "type": "single",
        "required": True,
        "choices": None,  # the 20 regions, from the Region table
    },
    "age_band": {
        "texts": {"kk": "Жасыңыз нешеде?", "ru": "Сколько вам лет?", "en": "How old are you?"},
        "type": "single",
        "required": True,
        "choices": AGE_BANDS,
    },
    "sex": {
        "texts": {"kk": "Жынысыңыз", "ru": "Ваш пол", "en": "Your sex"},
        "type": "single",
        "required": False,
        "choices": SEXES,
    },
    "settlement": {
        "texts": {
            "kk": "Қалада тұрасыз ба, әлде ауылда ма?",
            "ru": "Вы живёте в городе или в селе?",
            "en": "Do you live in a city or town, or in a village?",
        },
        "type": "single",
        "required": True,
        "choices": SETTLEMENTS,
    },
    "group": {
        "texts": {
            "kk": "Сізді қайсысы ең дәл сипаттайды?",
            "ru": "Что из этого точнее всего описывает вас?",
            "en": "Which of these describes you best?",
        },
        "type": "single",
        "required": True,
        "choices": GROUPS,
    },
    "service_used": {
        "texts": {
            "kk": "Соңғы 12 айда қандай мемлекеттік қызметті ең соңғы рет пайдаландыңыз?",
            "ru": "Какой государственной услугой вы пользовались последней за 12 месяцев?",
            "en": "Which public service did you use most recently in the last 12 months?",
        },
        "type": "single",
        "required": True,
        "choices": SERVICES,
    },
}


def profile_questions(codes: tuple[str, ...] = PROFILE_CODES) -> list[dict]:
    """Question specs for the profile block, in the order given (region first by default)."""
    specs = []
    for code in codes:
        definition = PROFILE_QUESTIONS[code]
        specs.append({"code": code, "construct": None, **definition})
    return specs
