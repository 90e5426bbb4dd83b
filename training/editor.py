"""The module editor's operations: settings, lessons, categories and questions, each audited.

Texts are written per language; a missing translation may be saved while a module is a draft
(the editor marks it, and the module cannot be published until it is filled), never in a
published one. A question that has been drawn in a test is never changed in place: it is
retired and a new version takes its place, so past attempts and item analysis stay true.
"""

from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from accounts.audit import record
from extensions import db
from training.authoring import SLUG, cleaned, missing_languages
from training.errors import TrainingError
from training.markup import removed_markup
from training.models import (
    AttemptItem,
    BankChoice,
    BankQuestion,
    Lesson,
    LessonProgress,
    Module,
    QuestionCategory,
    QuestionKind,
)
from training.modules import readiness_problems


class EditorError(TrainingError):
    """A change the editor refuses; ``field`` names the form field it concerns, if one."""

    status, code = 400, "editor"

    def __init__(self, message, field: str | None = None):
        super().__init__(message)
        self.field = field


class StillUsed(EditorError):
    """A deletion refused because learners' progress or tests point at the thing."""

    status, code = 409, "still_used"


def _require(module: Module, texts: dict, field: str, required: bool = True) -> dict:
    """The texts to store: none at all is refused; a missing translation only if published."""
    texts = cleaned(texts)
    if not texts and required:
        raise EditorError(_l("Write this text in at least one language."), field)
    if texts and module.published and missing_languages(texts):
        raise EditorError(
            _l(
                "The module is published, so this text is needed in Kazakh, Russian and English. "
                "Unpublish the module to save a draft with a translation missing."
            ),
            field,
        )
    return texts


def sanitised_away(*texts: dict) -> list[str]:
    """HTML in these Markdown texts that is removed when they are shown, to tell the author."""
    found = []
    for texts_ in texts:
        for text in cleaned(texts_).values():
            found += [item for item in removed_markup(text) if item not in found]
    return found


# ------------------------------------------------------------------------------ the module


def new_module(slug: str, topic: str, minutes: int, title: dict, summary: dict, actor) -> Module:
    """An empty draft, to which the editor adds lessons, categories and questions."""
    if not SLUG.match(slug or ""):
        raise EditorError(
            _l("Use small Latin letters and digits joined by hyphens, e.g. gifts-and-hospitality."),
            "slug",
        )
    if db.session.execute(db.select(Module.id).filter_by(slug=slug)).first() is not None:
        raise EditorError(_l("Another module already has this address."), "slug")
    module = Module(slug=slug, topic=topic, minutes=minutes, published=False, title={}, summary={})
    module.title = _require(module, title, "title")
    module.summary = _require(module, summary, "summary")
    db.session.add(module)
    record("module.create", slug, {"from": "editor", "published": False}, actor=actor)
    db.session.commit()
    return module


def _audit_changes(action: str, target: str, before: dict, after: dict, actor) -> list[str]:
    changed = [name for name in after if before.get(name) != after[name]]
    if changed:
        record(action, target, {name: [before.get(name), after[name]] for name in changed}, actor)
    return changed


def update_settings(module: Module, settings: dict, actor) -> list[str]:
    """topic, minutes, pass_mark, max_attempts, title, summary; the names of what changed."""
    settings = {
        **settings,
        "title": _require(module, settings["title"], "title"),
        "summary": _require(module, settings["summary"], "summary"),
    }
    before = {name: getattr(module, name) for name in settings}
    for name, value in settings.items():
        setattr(module, name, value)
    changed = _audit_changes("module.edit", module.slug, before, settings, actor)
    db.session.commit()
    return changed


# ------------------------------------------------------------------------------ lessons


def save_lesson(module: Module, lesson: Lesson | None, title: dict, body: dict, actor) -> Lesson:
    """Change a lesson in place (learners' progress points at it, not at its text), or add one
    at the end."""
    title, body = _require(module, title, "title"), _require(module, body, "body")
    if lesson is None:
        position = max((other.position for other in module.lessons), default=0) + 1
        lesson = Lesson(position=position, title=title, body=body)
        module.lessons.append(lesson)
        record("lesson.add", module.slug, {"lesson": position}, actor=actor)
    else:
        before = {"title": lesson.title, "body": lesson.body}
        lesson.title, lesson.body = title, body
        target = f"{module.slug} / {lesson.position}"
        _audit_changes("lesson.edit", target, before, {"title": title, "body": body}, actor)
    db.session.commit()
    return lesson


def delete_lesson(module: Module, lesson: Lesson, actor) -> None:
    """Delete a lesson nobody has read yet; the lessons after it move up."""
    read = db.select(LessonProgress.id).filter_by(lesson_id=lesson.id).limit(1)
    if db.session.execute(read).first() is not None:
        raise StillUsed(
            _l(
                "Learners have already read this lesson, so it stays: their progress counts it. "
                "Correct its text instead."
            )
        )
    position = lesson.position
    module.lessons.remove(lesson)
    _renumber(module.lessons)
    _keep_ready(module)
    record(
        "lesson.delete",
        module.slug,
        {"lesson": position, "title": lesson.title, "body": lesson.body},  # to restore it
        actor,
    )
    db.session.commit()


def move_lesson(module: Module, lesson: Lesson, offset: int, actor) -> None:
    """Move a lesson up (-1) or down (+1); learners' progress follows the lesson, not its place."""
    order = _moved(module.lessons, lesson, offset)
    before = lesson.position
    _renumber(order)
    module.lessons.sort(key=lambda item: item.position)
    record("lesson.move", module.slug, {"lesson": [before, lesson.position]}, actor=actor)
    db.session.commit()


def _moved(items: list, item, offset: int) -> list:
    order = list(items)
    index = order.index(item)
    if not 0 <= index + offset < len(order):
        raise EditorError(_l("This cannot move further."))
    order[index], order[index + offset] = order[index + offset], order[index]
    return order


def _renumber(lessons: list[Lesson]) -> None:
    """Positions 1, 2, 3 … in this order; set in two steps, as each position is unique."""
    for index, lesson in enumerate(lessons, start=1):
        lesson.position = -index
    db.session.flush()
    for lesson in lessons:
        lesson.position = -lesson.position


def _keep_ready(module: Module) -> None:
    """A published module must stay ready for learners after a deletion."""
    if module.published and (problems := readiness_problems(module)):
        db.session.rollback()
        raise StillUsed(
            _l(
                "The module is published and would no longer be ready: %(problem)s "
                "Unpublish it first.",
                problem=problems[0],
            )
        )


# ------------------------------------------------------------------------------ categories


def save_category(
    module: Module, category: QuestionCategory | None, code: str, title: dict, draw: int, actor
) -> QuestionCategory:
    """Change a category's title and draw count, or add one (its code then fixed)."""
    title = _require(module, title, "title")
    if category is None:
        if any(other.code == code for other in module.categories):
            raise EditorError(_l("The module already has a category with this code."), "code")
        position = max((other.position for other in module.categories), default=-1) + 1
        category = QuestionCategory(position=position, code=code, title=title, draw_count=draw)
        module.categories.append(category)
        record("category.add", module.slug, {"category": code, "draw": draw}, actor=actor)
    else:
        before = {"title": category.title, "draw": category.draw_count}
        category.title, category.draw_count = title, draw
        after = {"title": title, "draw": draw}
        _audit_changes("category.edit", f"{module.slug} / {category.code}", before, after, actor)
    if module.published and (problems := readiness_problems(module)):
        db.session.rollback()
        raise EditorError(problems[0], "draw")
    db.session.commit()
    return category


def delete_category(module: Module, category: QuestionCategory, actor) -> None:
    """Delete a category and its questions, unless learners have been tested on them."""
    ids = [question.id for question in category.questions]
    drawn = db.select(AttemptItem.id).where(AttemptItem.question_id.in_(ids)).limit(1)
    newer = db.select(BankQuestion.id).where(BankQuestion.superseded_by_id.in_(ids)).limit(1)
    if ids and (
        db.session.execute(drawn).first() is not None
        or db.session.execute(newer).first() is not None
    ):
        raise StillUsed(
            _l(
                "Learners have been tested on questions of this category, so it stays: past "
                "attempts and item analysis point at them. Retire the questions you no longer "
                "want instead."
            )
        )
    module.categories.remove(category)
    for position, other in enumerate(module.categories):
        other.position = position
    _keep_ready(module)
    record(
        "category.delete",
        module.slug,
        {"category": category.code, "questions": len(ids)},
        actor=actor,
    )
    db.session.commit()


def move_category(module: Module, category: QuestionCategory, offset: int, actor) -> None:
    """Move a category up (-1) or down (+1): the order in which tests draw their questions."""
    order = _moved(module.categories, category, offset)
    for position, other in enumerate(order):
        other.position = position
    module.categories.sort(key=lambda item: item.position)
    record(
        "category.move",
        f"{module.slug} / {category.code}",
        {"position": category.position},
        actor=actor,
    )
    db.session.commit()


# ------------------------------------------------------------------------------ questions


@dataclass
class ChoiceDraft:
    text: dict
    correct: bool = False
    feedback: dict = field(default_factory=dict)


@dataclass
class QuestionDraft:
    category: QuestionCategory
    kind: str
    text: dict
    scenario: dict = field(default_factory=dict)
    explanation: dict = field(default_factory=dict)
    choices: list[ChoiceDraft] = field(default_factory=list)


def check_question(module: Module, draft: QuestionDraft) -> QuestionDraft:
    """The draft with its texts cleaned; EditorError naming the field otherwise."""
    draft.text = _require(module, draft.text, "text")
    draft.scenario = _require(module, draft.scenario, "scenario", required=False)
    if draft.kind == QuestionKind.SCENARIO and not draft.scenario:
        raise EditorError(_l("A scenario dilemma needs its case."), "scenario")
    draft.explanation = _require(module, draft.explanation, "explanation", required=False)
    choices = []
    for index, choice in enumerate(draft.choices):
        text = cleaned(choice.text)
        if not text:
            continue
        field_name = f"choices-{index}-text"
        choice.text = _require(module, text, field_name)
        choice.feedback = _require(module, choice.feedback, f"choices-{index}-feedback", False)
        if draft.kind == QuestionKind.SCENARIO and not choice.feedback:
            raise EditorError(
                _l("In a scenario dilemma every choice needs feedback."),
                f"choices-{index}-feedback",
            )
        choices.append(choice)
    draft.choices = choices
    right = sum(1 for choice in choices if choice.correct)
    if draft.kind == QuestionKind.TRUEFALSE and (len(choices) != 2 or right != 1):
        raise EditorError(
            _l("A true-or-false question has two choices, True then False, one of them right."),
            "choices",
        )
    if draft.kind in (QuestionKind.SINGLE, QuestionKind.SCENARIO) and (
        len(choices) < 2 or right != 1
    ):
        raise EditorError(
            _l("This kind of question needs at least two choices, exactly one of them right."),
            "choices",
        )
    if draft.kind == QuestionKind.MULTIPLE and (len(choices) < 3 or right < 2):
        raise EditorError(
            _l("A multiple-choice question needs at least three choices, two or more right."),
            "choices",
        )
    return draft


def was_drawn(question: BankQuestion) -> bool:
    query = db.select(AttemptItem.id).filter_by(question_id=question.id).limit(1)
    return db.session.execute(query).first() is not None


def _content(question: BankQuestion) -> dict:
    return {
        "category": question.category.code,
        "kind": question.kind,
        "text": question.text,
        "scenario": question.scenario,
        "explanation": question.explanation,
        "choices": [
            {"text": c.text, "correct": c.correct, "feedback": c.feedback} for c in question.choices
        ],
    }


def save_question(
    module: Module, question: BankQuestion | None, draft: QuestionDraft, actor
) -> BankQuestion:
    """Add a question, change one never drawn in place, or replace one that was drawn by a new
    version (the old one retired and pointing at it). Returns the question now in use."""
    draft = check_question(module, draft)
    choices = [
        BankChoice(
            position=index,
            text=choice.text,
            correct=choice.correct,
            feedback=choice.feedback or None,
        )
        for index, choice in enumerate(draft.choices)
    ]
    if question is not None and not question.active:
        raise EditorError(_l("This question is retired: edit the version that replaced it."))
    if question is not None and not was_drawn(question):
        before = _content(question)
        question.category = draft.category
        question.kind = draft.kind
        question.text, question.scenario = draft.text, draft.scenario or None
        question.explanation = draft.explanation or None
        question.choices = choices
        after = _content(question)
        changed = [name for name in after if before[name] != after[name]]
        if changed:
            record(
                "question.edit", module.slug, {"question": question.id, "changed": changed}, actor
            )
        db.session.commit()
        return question
    position = (
        question.position
        if question is not None and question.category is draft.category
        else max((q.position for q in module.questions), default=-1) + 1
    )
    replacement = BankQuestion(
        position=position,
        kind=draft.kind,
        text=draft.text,
        scenario=draft.scenario or None,
        explanation=draft.explanation or None,
        choices=choices,
    )
    draft.category.questions.append(replacement)
    db.session.flush()
    if question is None:
        record("question.add", module.slug, {"question": replacement.id}, actor=actor)
    else:
        question.active = False
        question.superseded_by = replacement
        record(
            "question.revise",
            module.slug,
            {"question": question.id, "version": replacement.id},
            actor=actor,
        )
    if module.published and (problems := readiness_problems(module)):
        db.session.rollback()
        raise EditorError(problems[0])
    db.session.commit()
    return replacement


def retire_question(module: Module, question: BankQuestion, actor) -> None:
    """Take a question out of future draws; past attempts keep it."""
    if not question.active:
        return
    question.active = False
    if module.published and (problems := readiness_problems(module)):
        db.session.rollback()
        raise EditorError(problems[0])
    record("question.retire", module.slug, {"question": question.id}, actor=actor)
    db.session.commit()


def question_of(module: Module, question_id: int) -> BankQuestion:
    question = db.session.get(BankQuestion, question_id)
    if question is None or question.category.module_id != module.id:
        raise TrainingError(_l("This module has no such question."))
    return question


def versions(question: BankQuestion) -> list[BankQuestion]:
    """The question's earlier versions, oldest first (each superseded by the next)."""
    earlier, current = [], question
    while True:
        previous = db.session.execute(
            db.select(BankQuestion).filter_by(superseded_by_id=current.id)
        ).scalar_one_or_none()
        if previous is None:
            return list(reversed(earlier))
        earlier.append(previous)
        current = previous
