"""Kazakh and Russian that read right: no suffix glued to a number, plural forms for counts.

In Kazakh the ending after a number follows how the number is read (1-ден, 5-тен, 10-нан,
30-дан), so a translation cannot write it after a placeholder; it rephrases instead
(``%(number)s-сұрақ (барлығы %(total)s)``, ``ашық (соңғы күні: %(date)s)``). A string with a
count goes through ngettext, and each language picks its form: Russian 1 вопрос, 2 вопроса,
5 вопросов, 21 вопрос; Kazakh keeps the noun singular after a number.
"""

import re
import tomllib
from pathlib import Path

import pytest
from babel.messages.pofile import read_po
from flask_babel import ngettext

from accounts.regions import REGIONS

ROOT = Path(__file__).resolve().parents[1]
CATALOG_DIRS = [ROOT / "translations", *sorted(ROOT.glob("*/translations"))]
LANGUAGES = ("kk", "ru", "en")
COUNTS = (1, 2, 5, 21)

LETTER = "[а-яёәғқңөұүһі]"
PLACEHOLDER = r"%\(\w+\)[sd](?:%%)?[»”)]?"
# Digits, a hyphen and a noun are an ordinal in Kazakh ("3-сұрақ", the third question): the
# hyphen stands for the ordinal ending whatever the number, so these nouns may follow one.
ORDINAL_NOUNS = ("сұрақ", "сабақ", "әрекет", "толқын", "бөлім")
# Endings that would stand alone after a placeholder (case, possessive, plural, ordinal,
# question particles, whose form follows the sound before them), and postpositions that need
# a case ending on the number before them (…-ге дейін, …-ден бастап, …-ден аз).
CASE_ENDINGS = (
    "ден дан тен тан нен нан ге ға ке қа не на е а де да те та нде нда ді ды ті ты ні "
    "ны н дің дың тің тың нің ның мен бен пен менен бенен пенен"
)
OTHER_ENDINGS = (  # possessive, plural, ordinal, adjectival and comparing endings
    "ы і сы сі лар лер дар дер тар тер ыншы інші ншы нші шы ші ғы гі қы кі дағы дегі "
    "тағы тегі ндағы ндегі дай дей тай тей ша ше"
)
QUESTION_PARTICLES = "ма ме ба бе па пе"
POSTPOSITIONS = (
    "дейін шейін дейінгі бастап кейін бұрын соң бері гөрі артық астам кем аз көп "
    "төмен жоғары қарай асса аспаса жетпесе"
)
SUFFIX_WORDS = frozenset(
    word
    for group in (CASE_ENDINGS, OTHER_ENDINGS, QUESTION_PARTICLES, POSTPOSITIONS)
    for word in group.split()
)
GLUED = re.compile(rf"{PLACEHOLDER}(?P<hyphen>[-‐‑'’]?)(?P<tail>{LETTER}+)", re.IGNORECASE)
SPACED = re.compile(rf"{PLACEHOLDER}\s+(?P<word>{LETTER}+)", re.IGNORECASE)

# English nouns after a number make a counted string; these verbs after a placeholder do not.
COUNT_NAMES = {"count", "n", "num"}
NOUN_AFTER_NUMBER = re.compile(r"%\(\w+\)[sd] (?:[a-z]+ )??([a-z]{3,}s)\b")
VERBS = {"was", "has", "does", "draws", "shows", "opens", "counts"}


def read_catalog(directory: Path, language: str):
    with open(directory / language / "LC_MESSAGES" / "messages.po", "rb") as handle:
        return read_po(handle, locale=language)


def entries(language: str):
    for directory in CATALOG_DIRS:
        for message in read_catalog(directory, language):
            if message.id:
                yield directory.relative_to(ROOT), message


def texts(message) -> tuple[str, ...]:
    return message.string if isinstance(message.string, tuple) else (message.string,)


def suffix_problems(text: str) -> list[str]:
    """Each place in ``text`` where a Kazakh suffix follows a placeholder."""
    problems = []
    for match in GLUED.finditer(text):
        ordinal = match["hyphen"] and match["tail"].lower().startswith(ORDINAL_NOUNS)
        if not ordinal:
            problems.append(match[0])
    problems += [m[0] for m in SPACED.finditer(text) if m["word"].lower() in SUFFIX_WORDS]
    return problems


def counted_without_plural(message) -> bool:
    """A one-form message whose English shows a count: a counting placeholder or a plural noun."""
    if isinstance(message.id, tuple):
        return False
    names = set(re.findall(r"%\((\w+)\)", message.id))
    nouns = [word for word in NOUN_AFTER_NUMBER.findall(message.id) if word not in VERBS]
    return bool(names & COUNT_NAMES or nouns)


@pytest.mark.parametrize(
    "text",
    [
        "%(n)s-ден",
        "%(n)sден аз",
        "%(total)s сұрақтың %(number)s-сі",
        "Шкаладан 1-ден %(points)s-ге дейінгі бір мәнді таңдаңыз.",
        "%(min)s-ден аз тыңдаушы",
        "ажырату индексі %(low)s-ден төмен",
        "%(date)s дейін ашық",
        "%(low)s мен %(high)s аралығындағы сан",
        "%(mark)s%%-ға жетпеді",
        "«%(title)s»-ға жауап",
        "%(date)s бастап",
    ],
)
def test_the_check_finds_a_suffix_after_a_placeholder(text):
    assert suffix_problems(text)


@pytest.mark.parametrize(
    "text",
    [
        "%(number)s-сұрақ (барлығы %(total)s)",
        "Шкаладан бір мәнді таңдаңыз (1–%(points)s).",
        "ашық (соңғы күні: %(date)s)",
        "%(label)s толқыны",
        "%(num)s ай сайын",
        "%(total)s ішінен %(done)s",
        "Ажырату индексі %(low)s шегінен төмен",
    ],
)
def test_the_check_passes_a_number_that_keeps_its_own_form(text):
    assert suffix_problems(text) == []


def test_no_kazakh_suffix_follows_a_placeholder():
    found = [
        (str(path), message.id, problem)
        for path, message in entries("kk")
        for text in texts(message)
        for problem in suffix_problems(text)
    ]
    assert not found, f"rephrase so that no ending follows a number or a date: {found}"


@pytest.mark.parametrize(
    "msgid",
    [
        "Only %(n)s learners: figures from fewer than %(min)s learners are never published.",
        "%(count)s questions. You need %(mark)s%% to pass.",
        "about %(minutes)s minutes",
        "Up to %(limit)s characters.",
        "Before the lessons, %(draw)s short questions show what you already know.",
    ],
)
def test_the_check_finds_a_count_without_plural_forms(msgid):
    class Message:
        id = msgid

    assert counted_without_plural(Message)


@pytest.mark.parametrize(
    "msgid",
    [
        "Question %(number)s of %(total)s",
        "The module %(slug)s is published.",
        "Question %(ids)s was not part of this test, so its answer was not accepted.",
        "Attempts left: %(left)s of %(limit)s.",
        "Your score: %(percent)s%% (%(raw)s of %(total)s)",
    ],
)
def test_the_check_passes_a_number_that_counts_nothing(msgid):
    class Message:
        id = msgid

    assert not counted_without_plural(Message)


def test_every_counted_string_goes_through_ngettext():
    found = sorted(
        {message.id for _path, message in entries("en") if counted_without_plural(message)}
    )
    assert not found, f"use ngettext for these counted strings: {found}"


# Each counted string, rendered with 1, 2, 5 and 21: what each language must show.
PLURALS = {
    "%(num)s wave": {
        "kk": ["1 толқын", "2 толқын", "5 толқын", "21 толқын"],
        "ru": ["1 волна", "2 волны", "5 волн", "21 волна"],
        "en": ["1 wave", "2 waves", "5 waves", "21 waves"],
    },
    "The file is ready: %(num)s response.": {
        "kk": ["жауаптар саны: 1", "жауаптар саны: 2", "жауаптар саны: 5", "жауаптар саны: 21"],
        "ru": ["1 ответ.", "2 ответа.", "5 ответов.", "21 ответ."],
        "en": ["1 response.", "2 responses.", "5 responses.", "21 responses."],
    },
    "%(num)s attempt": {
        "kk": ["1 әрекет", "2 әрекет", "5 әрекет", "21 әрекет"],
        "ru": ["1 попытка", "2 попытки", "5 попыток", "21 попытка"],
        "en": ["1 attempt", "2 attempts", "5 attempts", "21 attempts"],
    },
    "%(num)s question drawn per test": {
        "kk": ["әр тестке 1 сұрақ", "әр тестке 2 сұрақ", "әр тестке 5 сұрақ", "әр тестке 21 сұрақ"],
        "ru": ["1 вопрос в", "2 вопроса в", "5 вопросов в", "21 вопрос в"],
        "en": ["1 question drawn", "2 questions drawn", "5 questions drawn", "21 questions drawn"],
    },
    "%(num)s question slot": {
        "kk": ["1 сұрақ орны", "2 сұрақ орны", "5 сұрақ орны", "21 сұрақ орны"],
        "ru": ["1 позиция", "2 позиции", "5 позиций", "21 позиция"],
        "en": ["1 question slot", "2 question slots", "5 question slots", "21 question slots"],
    },
    "%(num)s question. You need %(mark)s%% to pass and receive the certificate.": {
        "kk": ["1 сұрақ.", "2 сұрақ.", "5 сұрақ.", "21 сұрақ."],
        "ru": ["1 вопрос.", "2 вопроса.", "5 вопросов.", "21 вопрос."],
        "en": ["1 question.", "2 questions.", "5 questions.", "21 questions."],
    },
    "Before the lessons, %(num)s short question shows what you already know. The pre-test has "
    "no pass mark and does not count towards your certificate: answer as well as you can "
    "without looking anything up.": {
        "kk": ["1 қысқа сұрақ", "2 қысқа сұрақ", "5 қысқа сұрақ", "21 қысқа сұрақ"],
        "ru": [
            "1 короткий вопрос покажет",
            "2 коротких вопроса покажут",
            "5 коротких вопросов покажут",
            "21 короткий вопрос покажет",
        ],
        "en": [
            "1 short question shows",
            "2 short questions show",
            "5 short questions show",
            "21 short questions show",
        ],
    },
    "Category %(code)s draws %(num)s question but has only %(active)s.": {
        "kk": ["1 сұрақ алынуы", "2 сұрақ алынуы", "5 сұрақ алынуы", "21 сұрақ алынуы"],
        "ru": [
            "берётся 1 вопрос,",
            "берутся 2 вопроса,",
            "берётся 5 вопросов,",
            "берётся 21 вопрос,",
        ],
        "en": [
            "draws 1 question but",
            "draws 2 questions",
            "draws 5 questions",
            "draws 21 questions",
        ],
    },
    "Figures from fewer than %(num)s learner are uncertain and are never published.": {
        "kk": [
            "кемінде 1 тыңдаушы",
            "кемінде 2 тыңдаушы",
            "кемінде 5 тыңдаушы",
            "кемінде 21 тыңдаушы",
        ],
        "ru": ["по 1 слушателю", "по 2 слушателям", "по 5 слушателям", "по 21 слушателю"],
        "en": ["than 1 learner are", "than 2 learners", "than 5 learners", "than 21 learners"],
    },
    "Only %(num)s learner.": {
        "kk": ["Тек 1 тыңдаушы.", "Тек 2 тыңдаушы.", "Тек 5 тыңдаушы.", "Тек 21 тыңдаушы."],
        "ru": [
            "Всего 1 слушатель.",
            "Всего 2 слушателя.",
            "Всего 5 слушателей.",
            "Всего 21 слушатель.",
        ],
        "en": ["Only 1 learner.", "Only 2 learners.", "Only 5 learners.", "Only 21 learners."],
    },
    "You have used the %(num)s attempt allowed at the post-test of this module. Please contact "
    "your administrator.": {
        "kk": [
            "берілген 1 әрекетті",
            "барлық 2 әрекетті",
            "барлық 5 әрекетті",
            "барлық 21 әрекетті",
        ],
        "ru": [
            "использовали 1 попытку",
            "все 2 попытки",
            "все 5 попыток",
            "использовали 21 попытку",
        ],
        "en": ["the 1 attempt allowed", "all 2 attempts", "all 5 attempts", "all 21 attempts"],
    },
    "about %(num)s minute": {
        "kk": ["шамамен 1 минут", "шамамен 2 минут", "шамамен 5 минут", "шамамен 21 минут"],
        "ru": ["около 1 минуты", "около 2 минут", "около 5 минут", "около 21 минуты"],
        "en": ["about 1 minute", "about 2 minutes", "about 5 minutes", "about 21 minutes"],
    },
    "every %(num)s month": {
        "kk": ["1 ай сайын", "2 ай сайын", "5 ай сайын", "21 ай сайын"],
        "ru": ["каждый 1 месяц", "каждые 2 месяца", "каждые 5 месяцев", "каждый 21 месяц"],
        "en": ["every 1 month", "every 2 months", "every 5 months", "every 21 months"],
    },
    "Up to %(num)s character.": {
        "kk": ["Ең көбі 1 таңба.", "Ең көбі 2 таңба.", "Ең көбі 5 таңба.", "Ең көбі 21 таңба."],
        "ru": [
            "Не более 1 символа.",
            "Не более 2 символов.",
            "Не более 5 символов.",
            "Не более 21 символа.",
        ],
        "en": [
            "Up to 1 character.",
            "Up to 2 characters.",
            "Up to 5 characters.",
            "Up to 21 characters.",
        ],
    },
    "%(num)s civil servant of the region has modules assigned.": {
        "kk": ["қызметшілері: 1.", "қызметшілері: 2.", "қызметшілері: 5.", "қызметшілері: 21."],
        "ru": [
            "1 государственному служащему",
            "2 государственным служащим",
            "5 государственным служащим",
            "21 государственному служащему",
        ],
        "en": ["1 civil servant of", "2 civil servants", "5 civil servants", "21 civil servants"],
    },
    "%(num)s module assigned in all.": {
        "kk": ["модульдер: 1.", "модульдер: 2.", "модульдер: 5.", "модульдер: 21."],
        "ru": [
            "назначен 1 модуль",
            "назначено 2 модуля",
            "назначено 5 модулей",
            "назначен 21 модуль",
        ],
        "en": ["1 module assigned", "2 modules", "5 modules", "21 modules"],
    },
    "Figures from fewer than %(num)s respondent are suppressed.": {
        "kk": [
            "кемінде 1 респондент",
            "кемінде 2 респондент",
            "кемінде 5 респондент",
            "кемінде 21 респондент",
        ],
        "ru": [
            "чем 1 респонденту",
            "чем 2 респондентам",
            "чем 5 респондентам",
            "чем 21 респонденту",
        ],
        "en": [
            "than 1 respondent are",
            "than 2 respondents",
            "than 5 respondents",
            "than 21 respondents",
        ],
    },
    "This section holds %(num)s question: move it to another section or delete it first.": {
        "kk": [
            "1 сұрақ бар: алдымен оны",
            "2 сұрақ бар: алдымен оларды",
            "5 сұрақ бар: алдымен оларды",
            "21 сұрақ бар: алдымен оларды",
        ],  # noqa: E501
        "ru": [
            "разделе 1 вопрос:",
            "разделе 2 вопроса:",
            "разделе 5 вопросов:",
            "разделе 21 вопрос:",
        ],  # noqa: E501
        "en": [
            "holds 1 question:",
            "holds 2 questions:",
            "holds 5 questions:",
            "holds 21 questions:",
        ],  # noqa: E501
    },
    "Threshold in force: a figure from fewer than %(num)s respondent is suppressed.": {
        "kk": [
            "кемінде 1 респондент",
            "кемінде 2 респондент",
            "кемінде 5 респондент",
            "кемінде 21 респондент",
        ],
        "ru": [
            "чем 1 респонденту",
            "чем 2 респондентам",
            "чем 5 респондентам",
            "чем 21 респонденту",
        ],
        "en": [
            "than 1 respondent is",
            "than 2 respondents",
            "than 5 respondents",
            "than 21 respondents",
        ],
    },
    "With %(num)s wave a trend cannot be called significant (the Mann-Kendall test cannot go "
    "below p = %(p)s).": {
        "kk": ["саны 1 болғанда", "саны 2 болғанда", "саны 5 болғанда", "саны 21 болғанда"],
        "ru": ["При 1 волне", "При 2 волнах", "При 5 волнах", "При 21 волне"],
        "en": ["With 1 wave a", "With 2 waves", "With 5 waves", "With 21 waves"],
    },
    "Use at most %(num)s character; this answer has %(count)s.": {
        "kk": ["Ең көбі 1 таңба", "Ең көбі 2 таңба", "Ең көбі 5 таңба", "Ең көбі 21 таңба"],
        "ru": [
            "не более 1 символа;",
            "не более 2 символов;",
            "не более 5 символов;",
            "не более 21 символа;",
        ],
        "en": [
            "at most 1 character;",
            "at most 2 characters;",
            "at most 5 characters;",
            "at most 21 characters;",
        ],
    },
}


PLURALS |= {  # the problems of a module upload (issue 18)
    "%(where)s: draws %(num)s question but has only %(available)s": {
        "kk": ["1 сұрақ алынады", "2 сұрақ алынады", "5 сұрақ алынады", "21 сұрақ алынады"],
        "ru": ["1 вопрос,", "2 вопроса,", "5 вопросов,", "21 вопрос,"],
        "en": ["1 question but", "2 questions but", "5 questions but", "21 questions but"],
    },
    "The zip holds %(num)s file; a module has at most %(most)s.": {
        "kk": ["саны: 1;", "саны: 2;", "саны: 5;", "саны: 21;"],
        "ru": ["1 файл;", "2 файла;", "5 файлов;", "21 файл;"],
        "en": ["1 file;", "2 files;", "5 files;", "21 files;"],
    },
}

PLURALS |= {  # people, password links, the editor, uploads and compliance (issue 18)
    "%(num)s account was created.": {
        "kk": ["1 есептік", "2 есептік", "5 есептік", "21 есептік"],
        "ru": ["Создана 1 учётная", "Создано 2 учётные", "Создано 5 учётных", "Создана 21 учётная"],
        "en": ["1 account", "2 accounts", "5 accounts", "21 accounts"],
    },
    "%(num)s assigned module matches.": {
        "kk": ["1 тағайындалған", "2 тағайындалған", "5 тағайындалған", "21 тағайындалған"],
        "ru": [
            "Подходит 1 назначенный",
            "Подходят 2 назначенных",
            "Подходят 5 назначенных",
            "Подходит 21 назначенный",
        ],
        "en": ["1 assigned", "2 assigned", "5 assigned", "21 assigned"],
    },
    "%(num)s person found.": {
        "kk": ["1 адам", "2 адам", "5 адам", "21 адам"],
        "ru": [
            "Найден 1 человек.",
            "Найдено 2 человека.",
            "Найдено 5 человек.",
            "Найден 21 человек.",
        ],
        "en": ["1 person", "2 people", "5 people", "21 people"],
    },
    "%(num)s question": {
        "kk": ["1 сұрақ", "2 сұрақ", "5 сұрақ", "21 сұрақ"],
        "ru": ["1 вопрос", "2 вопроса", "5 вопросов", "21 вопрос"],
        "en": ["1 question", "2 questions", "5 questions", "21 questions"],
    },
    "%(num)s retired or replaced question is kept for past results.": {
        "kk": [
            "ауыстырылған 1 сұрақ",
            "ауыстырылған 2 сұрақ",
            "ауыстырылған 5 сұрақ",
            "ауыстырылған 21 сұрақ",
        ],
        "ru": ["1 выведенный", "2 выведенных", "5 выведенных", "21 выведенный"],
        "en": ["1 retired", "2 retired", "5 retired", "21 retired"],
    },
    "%(num)s row is right and would be imported.": {
        "kk": ["1 жол", "2 жол", "5 жол", "21 жол"],
        "ru": ["1 строка", "2 строки", "5 строк", "21 строка"],
        "en": ["1 row", "2 rows", "5 rows", "21 rows"],
    },
    "%(num)s row was rejected": {
        "kk": ["1 жол", "2 жол", "5 жол", "21 жол"],
        "ru": [
            "Отклонена 1 строка",
            "Отклонены 2 строки",
            "Отклонено 5 строк",
            "Отклонена 21 строка",
        ],
        "en": ["1 row", "2 rows", "5 rows", "21 rows"],
    },
    "%(num)s text lacks a translation.": {
        "kk": ["1 мәтіннің", "2 мәтіннің", "5 мәтіннің", "21 мәтіннің"],
        "ru": [
            "перевода 1 текст.",
            "перевода 2 текста.",
            "перевода 5 текстов.",
            "перевода 21 текст.",
        ],
        "en": ["1 text", "2 texts", "5 texts", "21 texts"],
    },
    "%(num)s text lacks a translation: every text needs Kazakh, Russian and English.": {
        "kk": ["1 мәтіннің", "2 мәтіннің", "5 мәтіннің", "21 мәтіннің"],
        "ru": [
            "перевода 1 текст:",
            "перевода 2 текста:",
            "перевода 5 текстов:",
            "перевода 21 текст:",
        ],
        "en": ["1 text", "2 texts", "5 texts", "21 texts"],
    },
    "Due soon: due within the next %(num)s day.": {
        "kk": ["алдағы 1 күн", "алдағы 2 күн", "алдағы 5 күн", "алдағы 21 күн"],
        "ru": ["ближайший 1 день.", "ближайшие 2 дня.", "ближайшие 5 дней.", "ближайший 21 день."],
        "en": ["next 1 day.", "next 2 days.", "next 5 days.", "next 21 days."],
    },
    "Expiring: a certificate that ends within %(num)s day.": {
        "kk": ["сертификат 1 күн", "сертификат 2 күн", "сертификат 5 күн", "сертификат 21 күн"],
        "ru": ["течение 1 дня.", "течение 2 дней.", "течение 5 дней.", "течение 21 дня."],
        "en": ["within 1 day.", "within 2 days.", "within 5 days.", "within 21 days."],
    },
    "For the account %(email)s. Choose a password of at least %(num)s character; every device "
    "signed in to this account is signed out.": {
        "kk": ["кемі 1 таңбадан", "кемі 2 таңбадан", "кемі 5 таңбадан", "кемі 21 таңбадан"],
        "ru": [
            "короче 1 символа;",
            "короче 2 символов;",
            "короче 5 символов;",
            "короче 21 символа;",
        ],
        "en": [
            "least 1 character;",
            "least 2 characters;",
            "least 5 characters;",
            "least 21 characters;",
        ],
    },
    "Give this link to %(name)s yourself. It is shown only now, works once, and expires in "
    "%(num)s hour.": {
        "kk": ["және 1 сағат", "және 2 сағат", "және 5 сағат", "және 21 сағат"],
        "ru": ["через 1 час.", "через 2 часа.", "через 5 часов.", "через 21 час."],
        "en": ["in 1 hour.", "in 2 hours.", "in 5 hours.", "in 21 hours."],
    },
    "Open this link to choose your password. It works once and expires in %(num)s hour:": {
        "kk": ["және 1 сағат", "және 2 сағат", "және 5 сағат", "және 21 сағат"],
        "ru": ["через 1 час:", "через 2 часа:", "через 5 часов:", "через 21 час:"],
        "en": ["in 1 hour:", "in 2 hours:", "in 5 hours:", "in 21 hours:"],
    },
    "The module was not loaded: %(num)s problem": {
        "kk": [
            "жүктелмеді: 1 қате",
            "жүктелмеді: 2 қате",
            "жүктелмеді: 5 қате",
            "жүктелмеді: 21 қате",
        ],
        "ru": [
            "загружен: 1 ошибка",
            "загружен: 2 ошибки",
            "загружен: 5 ошибок",
            "загружен: 21 ошибка",
        ],
        "en": [
            "loaded: 1 problem",
            "loaded: 2 problems",
            "loaded: 5 problems",
            "loaded: 21 problems",
        ],
    },
    "This question has %(num)s earlier version.": {
        "kk": [
            "сұрақтың 1 бұрынғы",
            "сұрақтың 2 бұрынғы",
            "сұрақтың 5 бұрынғы",
            "сұрақтың 21 бұрынғы",
        ],
        "ru": ["вопроса 1 прежняя", "вопроса 2 прежние", "вопроса 5 прежних", "вопроса 21 прежняя"],
        "en": ["has 1 earlier", "has 2 earlier", "has 5 earlier", "has 21 earlier"],
    },
    "the full name is longer than %(num)s character": {
        "kk": ["көбі 1 таңба)", "көбі 2 таңба)", "көбі 5 таңба)", "көбі 21 таңба)"],
        "ru": [
            "длиннее 1 символа",
            "длиннее 2 символов",
            "длиннее 5 символов",
            "длиннее 21 символа",
        ],
        "en": ["than 1 character", "than 2 characters", "than 5 characters", "than 21 characters"],
    },
    "the organisation is longer than %(num)s character": {
        "kk": ["көбі 1 таңба)", "көбі 2 таңба)", "көбі 5 таңба)", "көбі 21 таңба)"],
        "ru": [
            "длиннее 1 символа",
            "длиннее 2 символов",
            "длиннее 5 символов",
            "длиннее 21 символа",
        ],
        "en": ["than 1 character", "than 2 characters", "than 5 characters", "than 21 characters"],
    },
}


def plural_messages() -> dict[str, tuple[str, str]]:
    return {
        message.id[0]: message.id
        for _path, message in entries("en")
        if isinstance(message.id, tuple)
    }


def test_every_counted_string_has_its_expected_forms():
    assert sorted(plural_messages()) == sorted(PLURALS)


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("singular", sorted(PLURALS))
def test_each_count_takes_its_plural_form(app, language, singular):
    singular, plural = plural_messages()[singular]
    others = {name: "X" for name in re.findall(r"%\((\w+)\)", singular) if name != "num"}
    with app.test_request_context(f"/?lang={language}"):
        shown = [ngettext(singular, plural, n, **others) for n in COUNTS]
    for text, expected in zip(shown, PLURALS[singular][language], strict=True):
        assert expected in text, (text, expected)


def test_the_regions_formed_in_2022_carry_their_official_russian_names():
    """Абай, Жетісу and Ұлытау keep their Kazakh names in Russian: "область Абай"."""
    russian = {code: ru for code, kind, _kk, ru, _en in REGIONS if kind == "oblast"}
    new = {code: ru for code, ru in russian.items() if code in ("KZ-10", "KZ-33", "KZ-62")}
    assert new == {"KZ-10": "область Абай", "KZ-33": "область Жетісу", "KZ-62": "область Ұлытау"}
    assert all(name.endswith(" область") for code, name in russian.items() if code not in new)


# The "not" column of the glossary in docs/language-review.md.
NOT_IN_GLOSSARY = {
    "kk": [
        r"этика жөніндегі",
        r"шешімнен шеттел",
        r"жемқорлыққа тарт",
        r"жария тыңдау",
        r"қонақжайлық",
        r"(?<!сияқты )көрінетін (мүдделер )?қақтығыс",
        r"жеңілдік индекс",
        r"әдепкі бойынша",
    ],
    "ru": [
        r"гостеприимств",
        r"публичн\w* слушани",
        r"защит\w* сообщающих",
        r"устран\w+(сь|ся) от решени",
        r"устранитесь\.",
        r"взя\w* самоотвод",
    ],
}


def content_texts(language: str):
    """(file, text) for every text in ``language`` of the survey files and the modules."""

    def walk(value):
        if isinstance(value, dict):
            for key, item in value.items():
                if key == language and isinstance(item, str):
                    yield item
                else:
                    yield from walk(item)
        elif isinstance(value, list):
            for item in value:
                yield from walk(item)

    for path in sorted(
        [*ROOT.glob("surveys/content/*.toml"), *ROOT.glob("training/content/*/*.toml")]
    ):
        with open(path, "rb") as handle:
            for text in walk(tomllib.load(handle)):
                yield path.relative_to(ROOT), text
    for path in sorted(ROOT.glob(f"training/content/*/lessons/{language}/*.md")):
        yield path.relative_to(ROOT), path.read_text(encoding="utf-8")


@pytest.mark.parametrize("language", ("kk", "ru"))
def test_content_and_ui_follow_the_glossary(language):
    catalogs = [(path, text) for path, message in entries(language) for text in texts(message)]
    sources = [*catalogs, *content_texts(language)]
    assert len(sources) > 500  # the catalogs, the survey files and the lessons were read
    found = [
        (str(path), match[0])
        for path, text in sources
        for pattern in NOT_IN_GLOSSARY[language]
        for match in re.finditer(pattern, text, re.IGNORECASE)
    ]
    assert not found, f"see the glossary in docs/language-review.md: {found}"
