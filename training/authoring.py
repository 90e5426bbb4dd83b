"""Writing modules: the checks every module must pass, and creating it from checked data.

A module is a dict: settings, texts ``{"kk": ..., "ru": ..., "en": ...}`` with all three
filled, lessons, categories and the question bank. ``training.module_files`` reads one from a
module folder (docs/training.md describes the files); whatever writes modules later (the
editor, an upload) is checked here the same way.
"""

import re

from flask_babel import gettext as _
from flask_babel import ngettext

from extensions import db
from localization import LANGUAGES
from training.models import (
    BankChoice,
    BankQuestion,
    Lesson,
    Module,
    QuestionCategory,
    QuestionKind,
    Topic,
)

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
MIN_QUESTIONS = 12

MODULE_KEYS = (
    "slug", "topic", "minutes", "pass_mark", "max_attempts", "title", "summary",
    "lessons", "categories", "questions",
)  # fmt: skip
LESSON_KEYS = ("title", "body")
CATEGORY_KEYS = ("code", "title", "draw")
QUESTION_KEYS = ("category", "kind", "scenario", "text", "explanation", "choices")
CHOICE_KEYS = ("text", "correct", "feedback")


class ModuleDataError(ValueError):
    """Module data that cannot be loaded; ``problems`` lists every problem found."""

    def __init__(self, where: str, problems: list[str]):
        super().__init__(f"{where}: " + "; ".join(problems))
        self.where = where
        self.problems = problems


def _keys(problems: list[str], where: str, table: dict, known: tuple[str, ...]) -> None:
    unknown = [str(key) for key in table if key not in known]
    if unknown:
        problems.append(
            _(
                "%(where)s: unknown key %(keys)s (expected %(known)s)",
                where=where,
                keys=", ".join(unknown),
                known=", ".join(known),
            )
        )


def _one_of(value, options) -> bool:
    """``value`` is one of the string ``options`` (safe for a list or table where a name goes)."""
    return isinstance(value, str) and value in set(options)


def _tables(problems: list[str], where: str, value) -> list[dict]:
    """The entries of a list, each of which must be a table (a dict)."""
    if not isinstance(value, list):
        return []
    for index, entry in enumerate(value):
        if not isinstance(entry, dict):
            problems.append(
                _(
                    "%(where)s: expected a table, got %(value)s",
                    where=f"{where}[{index}]",
                    value=repr(entry),
                )
            )
    return [entry if isinstance(entry, dict) else {} for entry in value]


def _texts(problems: list[str], where: str, value, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, dict):
        problems.append(
            _(
                "%(where)s: expected a text per language (%(languages)s)",
                where=where,
                languages=", ".join(LANGUAGES),
            )
        )
        return
    unknown = [str(lang) for lang in value if lang not in LANGUAGES]
    if unknown:
        problems.append(
            _(
                "%(where)s: unknown language %(unknown)s (expected %(languages)s)",
                where=where,
                unknown=", ".join(unknown),
                languages=", ".join(LANGUAGES),
            )
        )
    not_text = [lang for lang in LANGUAGES if lang in value and not isinstance(value[lang], str)]
    if not_text:
        problems.append(
            _(
                "%(where)s: expected text in %(languages)s",
                where=where,
                languages=", ".join(not_text),
            )
        )
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        problems.append(
            _("%(where)s: missing text in %(languages)s", where=where, languages=", ".join(missing))
        )


def _whole(problems: list[str], where: str, value, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        problems.append(
            _(
                "%(where)s: expected a whole number from %(low)s to %(high)s, got %(value)s",
                where=where,
                low=low,
                high=high,
                value=repr(value),
            )
        )


def _choices(problems: list[str], where: str, question: dict) -> None:
    kind = question.get("kind")
    if not isinstance(question.get("choices"), list) or not question["choices"]:
        problems.append(_("%(where)s: expected a list of choices", where=f"{where}.choices"))
        return
    choices = _tables(problems, f"{where}.choices", question["choices"])
    for index, choice in enumerate(choices):
        _keys(problems, f"{where}.choices[{index}]", choice, CHOICE_KEYS)
        _texts(problems, f"{where}.choices[{index}].text", choice.get("text"))
        _texts(
            problems,
            f"{where}.choices[{index}].feedback",
            choice.get("feedback"),
            required=kind == QuestionKind.SCENARIO,
        )
        if not isinstance(choice.get("correct", False), bool):
            problems.append(
                _("%(where)s: expected true or false", where=f"{where}.choices[{index}].correct")
            )
    correct = sum(1 for choice in choices if choice.get("correct") is True)
    if kind == QuestionKind.TRUEFALSE and (len(choices) != 2 or correct != 1):
        problems.append(
            _("%(where)s: true/false needs 2 choices (True, then False), one correct", where=where)
        )
    elif kind in (QuestionKind.SINGLE, QuestionKind.SCENARIO) and (
        len(choices) < 2 or correct != 1
    ):
        problems.append(
            _(
                "%(where)s: for a %(kind)s question, give 2+ choices, exactly one of them "
                "correct (found %(correct)s of %(total)s)",
                where=where,
                kind=kind,
                correct=correct,
                total=len(choices),
            )
        )
    elif kind == QuestionKind.MULTIPLE and (len(choices) < 3 or correct < 2):
        problems.append(
            _(
                "%(where)s: a multiple-choice question needs 3+ choices and 2+ correct "
                "(found %(correct)s of %(total)s)",
                where=where,
                correct=correct,
                total=len(choices),
            )
        )


def validate_module(data) -> list[str]:
    """Every problem with the module data, as readable lines; empty when it can be loaded."""
    if not isinstance(data, dict):
        return [_("module: expected a table of settings, texts, lessons and questions")]
    problems: list[str] = []
    _keys(problems, "module", data, MODULE_KEYS)
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.match(slug) or len(slug) > 80:
        problems.append(
            _("slug: expected lowercase words joined by '-', got %(value)s", value=repr(slug))
        )
    if not _one_of(data.get("topic"), Topic):
        problems.append(
            _(
                "topic: expected one of %(topics)s, got %(value)s",
                topics=", ".join(Topic),
                value=repr(data.get("topic")),
            )
        )
    _whole(problems, "minutes", data.get("minutes"), 10, 20)
    _whole(problems, "pass_mark", data.get("pass_mark", 80), 1, 100)
    _whole(problems, "max_attempts", data.get("max_attempts", 3), 1, 20)
    _texts(problems, "title", data.get("title"))
    _texts(problems, "summary", data.get("summary"))
    lessons = _tables(problems, "lessons", data.get("lessons"))
    if not lessons:
        problems.append(_("lessons: expected at least one lesson"))
    for index, lesson in enumerate(lessons):
        _keys(problems, f"lessons[{index}]", lesson, LESSON_KEYS)
        _texts(problems, f"lessons[{index}].title", lesson.get("title"))
        _texts(problems, f"lessons[{index}].body", lesson.get("body"))

    categories = _tables(problems, "categories", data.get("categories"))
    if not categories:
        problems.append(_("categories: expected at least one category"))
    codes = [category.get("code") for category in categories]
    if len(set(map(str, codes))) != len(codes):
        problems.append(_("categories: codes must be unique"))
    for index, category in enumerate(categories):
        _keys(problems, f"categories[{index}]", category, CATEGORY_KEYS)
        _texts(problems, f"categories[{index}].title", category.get("title"))
        _whole(problems, f"categories[{index}].draw", category.get("draw"), 1, 50)

    questions = _tables(problems, "questions", data.get("questions"))
    if len(questions) < MIN_QUESTIONS:
        problems.append(
            _(
                "questions: expected at least %(least)s, found %(found)s",
                least=MIN_QUESTIONS,
                found=len(questions),
            )
        )
    per_category = {code: 0 for code in codes if isinstance(code, str)}
    for index, question in enumerate(questions):
        where = f"questions[{index}]"
        _keys(problems, where, question, QUESTION_KEYS)
        if not _one_of(question.get("category"), per_category):
            problems.append(
                _(
                    "%(where)s: %(value)s is not a category",
                    where=f"{where}.category",
                    value=repr(question.get("category")),
                )
            )
        else:
            per_category[question["category"]] += 1
        if not _one_of(question.get("kind"), QuestionKind):
            problems.append(
                _(
                    "%(where)s: expected one of %(kinds)s",
                    where=f"{where}.kind",
                    kinds=", ".join(QuestionKind),
                )
            )
            continue
        _texts(problems, f"{where}.text", question.get("text"))
        _texts(
            problems,
            f"{where}.scenario",
            question.get("scenario"),
            required=question["kind"] == QuestionKind.SCENARIO,
        )
        _texts(problems, f"{where}.explanation", question.get("explanation"), required=False)
        _choices(problems, where, question)
    if questions and not any(q.get("kind") == QuestionKind.SCENARIO for q in questions):
        problems.append(_("questions: expected scenario dilemmas among them, found none"))
    for index, category in enumerate(categories):
        draw, code = category.get("draw"), category.get("code")
        available = per_category[code] if _one_of(code, per_category) else 0
        if isinstance(draw, int) and draw > available:
            problems.append(
                ngettext(
                    "%(where)s: draws %(num)s question but has only %(available)s",
                    "%(where)s: draws %(num)s questions but has only %(available)s",
                    draw,
                    where=f"categories[{index}]",
                    available=available,
                )
            )
    return problems


def cleaned(texts: dict | None) -> dict:
    """The languages with text, stripped."""
    return {
        language: texts[language].strip()
        for language in LANGUAGES
        if texts and isinstance(texts.get(language), str) and texts[language].strip()
    }


def missing_languages(texts: dict | None) -> list[str]:
    return [language for language in LANGUAGES if language not in cleaned(texts)]


def create_module(data: dict, published: bool = False) -> Module:
    """Add a module from validated data to the session; the caller commits."""
    problems = validate_module(data)
    if problems:
        raise ModuleDataError(str(data.get("slug", "?")), problems)
    module = Module(
        slug=data["slug"],
        topic=data["topic"],
        minutes=data["minutes"],
        pass_mark=data.get("pass_mark", 80),
        max_attempts=data.get("max_attempts", 3),
        published=published,
        title=dict(data["title"]),
        summary=dict(data["summary"]),
    )
    module.lessons = [
        Lesson(position=position, title=dict(lesson["title"]), body=dict(lesson["body"]))
        for position, lesson in enumerate(data["lessons"], start=1)
    ]
    categories = {}
    for position, category in enumerate(data["categories"]):
        categories[category["code"]] = QuestionCategory(
            position=position,
            code=category["code"],
            title=dict(category["title"]),
            draw_count=category["draw"],
        )
    module.categories = list(categories.values())
    for position, question in enumerate(data["questions"]):
        categories[question["category"]].questions.append(
            BankQuestion(
                position=position,
                kind=question["kind"],
                text=dict(question["text"]),
                scenario=dict(question["scenario"]) if question.get("scenario") else None,
                explanation=dict(question["explanation"]) if question.get("explanation") else None,
                choices=[
                    BankChoice(
                        position=index,
                        text=dict(choice["text"]),
                        correct=choice.get("correct") is True,
                        feedback=dict(choice["feedback"]) if choice.get("feedback") else None,
                    )
                    for index, choice in enumerate(question["choices"])
                ],
            )
        )
    db.session.add(module)
    return module
