"""Test data for the survey tests: a compact instrument with every question type."""

from datetime import UTC, datetime, timedelta

from extensions import db
from surveys.authoring import build_questions, check_sections
from surveys.models import Survey, Wave
from surveys.profile import profile_questions


def texts(kk: str, ru: str, en: str) -> dict:
    return {"kk": kk, "ru": ru, "en": en}


def choice(value: str, kk: str, ru: str, en: str) -> dict:
    return {"value": value, "labels": texts(kk, ru, en)}


# Every type once, skip logic on a yes/no, a region block for Atyrau (KZ-23).
SAMPLE_QUESTIONS = [
    {
        "code": "trust",
        "type": "likert5",
        "required": True,
        "construct": "trust",
        "texts": texts(
            "Әкімдікке сенесіз бе?", "Доверяете ли вы акимату?", "Do you trust the akimat?"
        ),
    },
    {
        "code": "fair",
        "type": "likert7",
        "construct": "service_quality",
        "reverse_scored": True,
        "texts": texts("Қызмет әділ болды", "Услуга была справедливой", "The service was fair"),
    },
    {
        "code": "paid",
        "type": "yesno",
        "required": True,
        "construct": "experience",
        "texts": texts("Пара бердіңіз бе?", "Давали ли вы взятку?", "Did you pay a bribe?"),
    },
    {
        "code": "paid_where",
        "type": "multi",
        "required": True,
        "construct": "experience",
        "texts": texts("Қай жерде?", "Где?", "Where?"),
        "choices": [
            choice("health", "Емхана", "Поликлиника", "Clinic"),
            choice("police", "Полиция", "Полиция", "Police"),
            choice("land", "Жер", "Земля", "Land"),
        ],
        "show_if": {"question": "paid", "op": "equals", "value": "yes"},
    },
    {
        "code": "paid_times",
        "type": "number",
        "min_value": 1,
        "max_value": 20,
        "texts": texts("Неше рет?", "Сколько раз?", "How many times?"),
        "show_if": {"question": "paid", "op": "equals", "value": True},
    },
    {
        "code": "kind",
        "type": "single",
        "texts": texts("Қызмет түрі", "Вид услуги", "Kind of service"),
        "choices": [
            choice("1", "Онлайн", "Онлайн", "Online"),
            choice("2", "ХҚКО", "ЦОН", "Service centre"),
            choice("other", "Басқа", "Другое", "Other"),
        ],
    },
    {
        "code": "atr_fish",
        "type": "yesno",
        "regions": ["KZ-23"],
        "texts": texts(
            "Балық аулауға рұқсат алдыңыз ба?",
            "Получали ли вы разрешение на рыболовство?",
            "Did you get a fishing permit?",
        ),
    },
    {
        "code": "note",
        "type": "text",
        "max_length": 20,
        "texts": texts("Пікіріңіз", "Ваш комментарий", "Your comment"),
    },
]

# The sample in three sections after the profile: the follow-ups of "paid" share its section,
# the Atyrau block depends on the region asked two sections before.
SAMPLE_SECTIONS = [
    {"key": "profile", "titles": texts("Өзіңіз туралы", "О вас", "About you")},
    {"key": "trust", "titles": texts("Сенім", "Доверие", "Trust")},
    {"key": "bribes", "titles": texts("Пара", "Взятки", "Bribes")},
    {"key": "more", "titles": texts("Тағы", "Ещё", "More")},
]
SAMPLE_SECTION_OF = {
    "trust": "trust", "fair": "trust",
    "paid": "bribes", "paid_where": "bribes", "paid_times": "bribes",
    "kind": "more", "atr_fish": "more", "note": "more",
}  # fmt: skip


def sectioned(questions=SAMPLE_QUESTIONS) -> list[dict]:
    """The sample's questions, each with its section."""
    return [{**question, "section": SAMPLE_SECTION_OF[question["code"]]} for question in questions]


# A complete, valid set of answers for the sample survey (Karaganda, did not pay).
VALID = {
    "region": "KZ-35",
    "age_band": "25-34",
    "sex": "female",
    "settlement": "urban",
    "group": "citizen",
    "service_used": "health",
    "trust": "4",
    "paid": "no",
}


def create_survey(
    app,
    *,
    slug="sample",
    questions=SAMPLE_QUESTIONS,
    wave="open",
    status="open",
    audience="citizens",
    requires_invitation=False,
    label="2026-Q4",
    layout="single_page",
    sections=None,
):
    """A survey with the profile block and ``questions``, and a wave open, closed or to come.

    The single page by default: most survey tests send the whole form at once; the sectioned
    form's tests ask for ``layout="sections"`` (with ``SAMPLE_SECTIONS``, or the profile and
    the other questions when ``sections`` is None)."""
    now = datetime.now(UTC)
    windows = {
        "open": (now - timedelta(days=1), now + timedelta(days=30)),
        "closed": (now - timedelta(days=30), now - timedelta(days=1)),
        "future": (now + timedelta(days=5), now + timedelta(days=35)),
    }
    with app.app_context():
        survey = Survey(
            slug=slug,
            titles=texts("Сынақ сауалнамасы", "Пробный опрос", "Sample survey"),
            intros=texts("Кіріспе", "Вступление", "Introduction"),
            audience=audience,
            status=status,
            requires_invitation=requires_invitation,
            layout=layout,
        )
        survey.questions = build_questions(profile_questions() + [dict(q) for q in questions])
        survey.sections = check_sections(sections, survey.questions)
        if wave is not None:
            opens, closes = windows[wave]
            survey.waves.append(Wave(label=label, opens_at=opens, closes_at=closes))
        db.session.add(survey)
        db.session.commit()
        return {
            "slug": slug,
            "id": survey.id,
            "wave_id": survey.waves[0].id if survey.waves else None,
            "questions": {q.code: q.id for q in survey.questions},
        }
