"""Helpers for the training tests: a small module as data, module folders to change, answers."""

import random
import shutil
from pathlib import Path

from accounts.models import User
from extensions import db
from training.attempts import start_attempt, submit_attempt
from training.demo import CONTENT
from training.models import Attempt, Module
from training.progress import complete_lesson


def texts(en: str) -> dict:
    """The same text in three languages, marked so tests can tell them apart."""
    return {"kk": f"{en} (қаз)", "ru": f"{en} (рус)", "en": en}


def _question(category: str, kind: str, number: int) -> dict:
    if kind == "truefalse":
        choices = [
            {"text": {"kk": "Дұрыс", "ru": "Верно", "en": "True"}, "correct": True},
            {"text": {"kk": "Бұрыс", "ru": "Неверно", "en": "False"}, "correct": False},
        ]
    elif kind == "multiple":
        choices = [
            {"text": texts(f"Q{number} right A"), "correct": True},
            {"text": texts(f"Q{number} right B"), "correct": True},
            {"text": texts(f"Q{number} wrong C"), "correct": False},
            {"text": texts(f"Q{number} wrong D"), "correct": False},
        ]
    else:
        choices = [
            {
                "text": texts(f"Q{number} right"),
                "correct": True,
                "feedback": texts(f"Q{number} good choice"),
            },
            {
                "text": texts(f"Q{number} wrong one"),
                "correct": False,
                "feedback": texts(f"Q{number} risky choice"),
            },
            {
                "text": texts(f"Q{number} wrong two"),
                "correct": False,
                "feedback": texts(f"Q{number} also risky"),
            },
        ]
    return {
        "category": category,
        "kind": kind,
        "text": texts(f"Question {number}?"),
        "scenario": texts(f"Case {number}: a colleague offers help.")
        if kind == "scenario"
        else None,
        "choices": choices,
        "explanation": texts(f"Principle {number}."),
    }


KINDS = ["single", "multiple", "truefalse", "scenario", "single", "scenario"]


def module_data(slug: str = "test-integrity") -> dict:
    """12 questions in two categories of six; each test draws 2 + 2."""
    questions = [
        _question("basics" if number <= 6 else "cases", KINDS[(number - 1) % 6], number)
        for number in range(1, 13)
    ]
    return {
        "slug": slug,
        "topic": "conflict_of_interest",
        "minutes": 15,
        "pass_mark": 75,
        "max_attempts": 2,
        "title": texts("Integrity basics"),
        "summary": texts("What a conflict of interest is."),
        "lessons": [
            {"title": texts("What it is"), "body": texts("## Idea\n\nA **private** interest.")},
            {"title": texts("What to do"), "body": texts("Declare it. [More](https://example.kz)")},
        ],
        "categories": [
            {"code": "basics", "title": texts("Basics"), "draw": 2},
            {"code": "cases", "title": texts("Cases"), "draw": 2},
        ],
        "questions": questions,
    }


def module_folder(tmp_path: Path, slug: str = "conflict-of-interest", name: str = "") -> Path:
    """A copy of a demo module's folder (module.toml and lessons/), for a test to change."""
    return Path(shutil.copytree(CONTENT / slug, tmp_path / (name or slug)))


def edit(path: Path, old: str, new: str) -> None:
    """Replace the first ``old`` in a text file, as an author would."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def right_answers(attempt: Attempt) -> dict[int, list[int]]:
    return {item.question_id: sorted(item.question.correct_ids) for item in attempt.items}


def wrong_answers(attempt: Attempt) -> dict[int, list[int]]:
    answers = {}
    for item in attempt.items:
        wrong = [c.id for c in item.question.choices if not c.correct]
        answers[item.question_id] = wrong[:1]
    return answers


def form_of(answers: dict[int, list[int]]) -> dict:
    return {f"answer-{question_id}": choice_ids for question_id, choice_ids in answers.items()}


def seeded() -> random.Random:
    return random.Random(20261128)


def module_of(app, module_id: int) -> Module:
    return db.session.get(Module, module_id)


def learner_and_module(user_id: int, module_id: int) -> tuple[User, Module]:
    return db.session.get(User, user_id), db.session.get(Module, module_id)


def take_module(
    user_id: int,
    module_id: int,
    posts: tuple[bool, ...] = (True,),
    pre_right: bool = False,
    language: str = "en",
    now=None,
) -> Attempt:
    """Through the training logic, inside an app context: the pre-test, every lesson, then one
    post-test per entry of ``posts`` (answered right or wrong). Returns the last post-test."""
    user, module = learner_and_module(user_id, module_id)
    pre = start_attempt(user, module, "pre", rng=seeded())
    submit_attempt(user, pre.id, (right_answers if pre_right else wrong_answers)(pre))
    for lesson in module.lessons:
        complete_lesson(user, module, lesson.position)
    post = None
    for right in posts:
        post = start_attempt(user, module, "post", rng=seeded())
        answers = right_answers(post) if right else wrong_answers(post)
        submit_attempt(user, post.id, answers, language, now=now)
    return post


def record_pdf_text(monkeypatch) -> list[str]:
    """The texts certificate PDFs draw from now on (fpdf2's cell and multi_cell), in order."""
    from fpdf import FPDF

    drawn: list[str] = []
    for method in ("cell", "multi_cell"):
        original = getattr(FPDF, method)

        def spy(pdf, w=None, h=None, text="", *args, _original=original, **kwargs):
            drawn.append(text)
            return _original(pdf, w, h, text, *args, **kwargs)

        monkeypatch.setattr(FPDF, method, spy)
    return drawn
