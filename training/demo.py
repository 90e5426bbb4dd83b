"""Modules from data: validation, creation, and the demo modules loaded by ``make run``.

The data format is the one of ``training/demo_content/<slug>.py`` (see docs/training.md):
texts are ``{"kk": ..., "ru": ..., "en": ...}`` with all three languages filled.
"""

import re
from datetime import timedelta

from accounts.models import Role
from extensions import db
from localization import LANGUAGES
from training.assignments import create_assignment
from training.dates import local_today
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
DEMO_DUE_DAYS = 30


class ModuleDataError(ValueError):
    """Module data that cannot be loaded; the message lists every problem found."""


def _texts(problems: list[str], where: str, value, required: bool = True) -> None:
    if value is None and not required:
        return
    if not isinstance(value, dict):
        problems.append(f"{where}: expected {{'kk': ..., 'ru': ..., 'en': ...}}")
        return
    missing = [lang for lang in LANGUAGES if not str(value.get(lang) or "").strip()]
    if missing:
        problems.append(f"{where}: missing text in {', '.join(missing)}")


def _whole(problems: list[str], where: str, value, low: int, high: int) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        problems.append(f"{where}: expected a whole number from {low} to {high}, got {value!r}")


def _choices(problems: list[str], where: str, question: dict) -> None:
    kind, choices = question.get("kind"), question.get("choices")
    if not isinstance(choices, list) or not choices:
        problems.append(f"{where}.choices: expected a list of choices")
        return
    for index, choice in enumerate(choices):
        _texts(problems, f"{where}.choices[{index}].text", choice.get("text"))
        _texts(
            problems,
            f"{where}.choices[{index}].feedback",
            choice.get("feedback"),
            required=kind == QuestionKind.SCENARIO,
        )
    correct = sum(1 for choice in choices if choice.get("correct") is True)
    if kind == QuestionKind.TRUEFALSE and (len(choices) != 2 or correct != 1):
        problems.append(f"{where}: true/false needs 2 choices (True, then False), one correct")
    elif kind in (QuestionKind.SINGLE, QuestionKind.SCENARIO) and (
        len(choices) < 2 or correct != 1
    ):
        problems.append(
            f"{where}: a {kind} question needs 2+ choices and exactly one correct "
            f"(found {correct} of {len(choices)})"
        )
    elif kind == QuestionKind.MULTIPLE and (len(choices) < 3 or correct < 2):
        problems.append(
            f"{where}: a multiple-choice question needs 3+ choices and 2+ correct "
            f"(found {correct} of {len(choices)})"
        )


def validate_module(data) -> list[str]:
    """Every problem with the module data, as readable lines; empty when it can be loaded."""
    if not isinstance(data, dict):
        return ["MODULE must be a dict"]
    problems: list[str] = []
    slug = data.get("slug")
    if not isinstance(slug, str) or not SLUG.match(slug) or len(slug) > 80:
        problems.append(f"slug: expected lowercase words joined by '-', got {slug!r}")
    if data.get("topic") not in set(Topic):
        problems.append(f"topic: expected one of {', '.join(Topic)}, got {data.get('topic')!r}")
    _whole(problems, "minutes", data.get("minutes"), 10, 20)
    _whole(problems, "pass_mark", data.get("pass_mark", 80), 1, 100)
    _whole(problems, "max_attempts", data.get("max_attempts", 3), 1, 20)
    _texts(problems, "title", data.get("title"))
    _texts(problems, "summary", data.get("summary"))
    lessons = data.get("lessons")
    if not isinstance(lessons, list) or not lessons:
        problems.append("lessons: expected at least one lesson")
        lessons = []
    for index, lesson in enumerate(lessons):
        _texts(problems, f"lessons[{index}].title", lesson.get("title"))
        _texts(problems, f"lessons[{index}].body", lesson.get("body"))

    categories = data.get("categories")
    if not isinstance(categories, list) or not categories:
        problems.append("categories: expected at least one category")
        categories = []
    codes = [category.get("code") for category in categories]
    if len(set(codes)) != len(codes):
        problems.append("categories: codes must be unique")
    for index, category in enumerate(categories):
        _texts(problems, f"categories[{index}].title", category.get("title"))
        _whole(problems, f"categories[{index}].draw", category.get("draw"), 1, 50)

    questions = data.get("questions")
    if not isinstance(questions, list):
        questions = []
    if len(questions) < MIN_QUESTIONS:
        problems.append(f"questions: expected at least {MIN_QUESTIONS}, found {len(questions)}")
    per_category = {code: 0 for code in codes}
    for index, question in enumerate(questions):
        where = f"questions[{index}]"
        if question.get("category") not in per_category:
            problems.append(f"{where}.category: {question.get('category')!r} is not a category")
        else:
            per_category[question["category"]] += 1
        if question.get("kind") not in set(QuestionKind):
            problems.append(f"{where}.kind: expected one of {', '.join(QuestionKind)}")
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
        problems.append("questions: expected scenario dilemmas among them, found none")
    for index, category in enumerate(categories):
        draw, available = category.get("draw"), per_category.get(category.get("code"), 0)
        if isinstance(draw, int) and draw > available:
            problems.append(f"categories[{index}]: draws {draw} questions but has only {available}")
    return problems


def create_module(data: dict, published: bool = False) -> Module:
    """Add a module from validated data to the session; the caller commits."""
    problems = validate_module(data)
    if problems:
        raise ModuleDataError(f"{data.get('slug', '?')}: " + "; ".join(problems))
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


def load_demo_modules(modules: list[dict] | None = None) -> list[str]:
    """Load the demo modules, published and assigned to civil servants, into an empty table.

    A module whose data has problems is skipped and its problems printed; the others load.
    """
    if db.session.execute(db.select(Module.id).limit(1)).first() is not None:
        return []
    if modules is None:
        from training.demo_content import MODULES as modules
    lines, loaded = [], []
    for data in modules:
        problems = validate_module(data)
        if problems:
            lines.append(f"training: skipped module {data.get('slug', '?')!r}:")
            lines.extend(f"  - {problem}" for problem in problems)
            continue
        loaded.append(create_module(data, published=True))
    db.session.commit()
    due_on = local_today() + timedelta(days=DEMO_DUE_DAYS)
    for module in loaded:
        create_assignment(module, due_on, actor=None, role=Role.CIVIL_SERVANT)
    slugs = ", ".join(module.slug for module in loaded) or "none (no module files found)"
    lines.insert(0, f"training demo modules: {len(loaded)} loaded ({slugs})")
    return lines
