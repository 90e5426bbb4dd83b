"""Managing surveys in the browser, as plain functions: settings, questions, waves, counts.

Every change is audited (accounts.audit.record) and committed with its audit event; a change
to a survey or a question gives the survey a new revision (surveys.models.new_revision).
Once a wave has responses, a question keeps its code, type and choice values: changing them
would make the stored answers mean something else. Wording may still be corrected.
"""

import copy
from datetime import datetime

from flask_babel import lazy_gettext as _l
from sqlalchemy import func, select

from accounts.audit import record
from accounts.models import Region
from extensions import db
from localization import collation_key, local_time, localized, utcnow
from surveys.authoring import InstrumentError, build_questions, check_instrument
from surveys.models import Question, Response, Survey, SurveyStatus, Wave
from surveys.profile import PROFILE_COLUMNS, profile_questions
from surveys.service import close_wave, open_wave

# Question columns an author sets (position and survey are the editor's).
QUESTION_FIELDS = (
    "code", "type", "texts", "hints", "required", "construct", "reverse_scored", "choices",
    "min_value", "max_value", "max_length", "show_if", "regions",
)  # fmt: skip
LOCKED_ONCE_ANSWERED = ("code", "type")
SLUG_PATTERN = r"^[a-z][a-z0-9-]{1,39}$"  # the address /s/<slug>
SURVEY_FIELDS = ("titles", "intros", "audience", "status", "requires_invitation")


class AuthoringError(ValueError):
    """A change that is refused; ``message`` is shown as it is, ``field`` names the form field."""

    def __init__(self, message, field: str | None = None):
        super().__init__(str(message))
        self.message = message
        self.field = field


# ---------------------------------------------------------------- reading


def all_surveys() -> list[Survey]:
    return list(db.session.execute(select(Survey).order_by(Survey.slug)).scalars())


def find_survey_by_slug(slug: str) -> Survey | None:
    return db.session.execute(select(Survey).filter_by(slug=slug)).scalar_one_or_none()


def has_responses(survey: Survey) -> bool:
    """Whether any wave of the survey has a response: its questions' meaning is then fixed."""
    found = db.session.execute(
        select(Response.id).join(Wave, Wave.id == Response.wave_id)
        .where(Wave.survey_id == survey.id).limit(1)
    ).first()  # fmt: skip
    return found is not None


def response_counts(survey: Survey) -> dict[int, dict[int | None, int]]:
    """{wave id: {region id: responses}} for every wave of the survey, counted now."""
    rows = db.session.execute(
        select(Response.wave_id, Response.region_id, func.count())
        .join(Wave, Wave.id == Response.wave_id)
        .where(Wave.survey_id == survey.id)
        .group_by(Response.wave_id, Response.region_id)
    )
    counts: dict[int, dict[int | None, int]] = {wave.id: {} for wave in survey.waves}
    for wave_id, region_id, count in rows:
        counts.setdefault(wave_id, {})[region_id] = count
    return counts


def is_profile(question: Question) -> bool:
    return question.code in PROFILE_COLUMNS


def question_spec(question: Question) -> dict:
    return {name: copy.deepcopy(getattr(question, name)) for name in QUESTION_FIELDS}


def missing_translations(texts: dict | None, languages=("kk", "ru", "en")) -> list[str]:
    return [language for language in languages if not (texts or {}).get(language)]


def regions_by_name(language: str) -> list[tuple[str, str]]:
    """(code, name) of the 20 regions, by name in ``language``."""
    rows = db.session.execute(select(Region.code, Region.names)).all()
    named = [(code, localized(names, language)) for code, names in rows]
    return sorted(named, key=lambda region: collation_key(region[1]))


# ---------------------------------------------------------------- survey settings


def create_survey(slug: str, settings: dict, actor) -> Survey:
    """A draft survey with the respondent profile block and no other question yet."""
    if find_survey_by_slug(slug) is not None:
        raise AuthoringError(_l("A survey with this address already exists."), "slug")
    survey = Survey(slug=slug, questions=build_questions(profile_questions()), **settings)
    survey.status = SurveyStatus.DRAFT
    db.session.add(survey)
    record("survey.create", slug, {"audience": survey.audience}, actor=actor)
    db.session.commit()
    return survey


def update_survey(survey: Survey, settings: dict, actor) -> None:
    changes = _changes(survey, settings, SURVEY_FIELDS)
    if not changes:
        return
    for name, value in settings.items():
        setattr(survey, name, value)
    record("survey.update", survey.slug, {"changes": changes}, actor=actor)
    db.session.commit()


def _changes(thing, values: dict, fields) -> dict:
    """{field: [before, after]} of what differs, each shortened for the audit log."""

    def short(value):
        text = value if isinstance(value, str) else repr(value)
        return text if len(text) <= 200 else text[:199] + "…"

    return {
        name: [short(getattr(thing, name)), short(values[name])]
        for name in fields
        if name in values and getattr(thing, name) != values[name]
    }


# ---------------------------------------------------------------- questions


def save_question(survey: Survey, spec: dict, actor, question: Question | None = None) -> Question:
    """Add a question at the end, or change ``question``; the whole instrument is checked
    first, and nothing is saved when it does not pass."""
    spec = {name: spec.get(name) for name in QUESTION_FIELDS}
    if question is not None and is_profile(question):
        raise AuthoringError(_l("Profile questions are fixed: they feed the weighting."))
    if question is not None and has_responses(survey):
        _check_locked(question, spec)
    others = [q for q in survey.questions if q is not question]
    if any(q.code == spec["code"] for q in others):
        raise AuthoringError(_l("Another question of this survey has this code."), "code")
    specs = [question_spec(q) if q is not question else spec for q in survey.questions]
    if question is None:
        specs.append(spec)
    try:
        checked = build_questions(specs)
    except InstrumentError as error:
        raise AuthoringError(str(error)) from None
    clean = checked[[s is spec for s in specs].index(True)]
    values = {name: getattr(clean, name) for name in QUESTION_FIELDS}
    if question is None:
        question = Question(position=len(survey.questions) + 1, **values)
        survey.questions.append(question)
        record("survey.question.create", f"{survey.slug} / {question.code}", actor=actor)
    else:
        changes = _changes(question, values, QUESTION_FIELDS)
        if not changes:
            return question
        for name, value in values.items():
            setattr(question, name, value)
        record(
            "survey.question.update",
            f"{survey.slug} / {question.code}",
            {"changes": changes},
            actor=actor,
        )
    db.session.commit()
    return question


def _check_locked(question: Question, spec: dict) -> None:
    if spec["code"] != question.code:
        raise AuthoringError(
            _l("This survey has responses: the question's code can no longer change."), "code"
        )
    if spec["type"] != question.type:
        raise AuthoringError(
            _l("This survey has responses: the question's type can no longer change."), "type"
        )
    before = sorted(str(c["value"]) for c in question.choices or ())
    after = sorted(str(c.get("value", "")) for c in spec["choices"] or ())
    if before != after:
        raise AuthoringError(
            _l(
                "This survey has responses: the answer choices' values can no longer change "
                "(their labels can)."
            ),
            "choices",
        )


def delete_question(survey: Survey, question: Question, actor) -> None:
    if is_profile(question):
        raise AuthoringError(_l("Profile questions are fixed: they feed the weighting."))
    if has_responses(survey):
        raise AuthoringError(
            _l("This survey has responses: its questions can no longer be deleted.")
        )
    dependants = [
        q.code for q in survey.questions if (q.show_if or {}).get("question") == question.code
    ]
    if dependants:
        raise AuthoringError(
            _l(
                "Questions %(codes)s are shown after an answer to this one: change them first.",
                codes=", ".join(dependants),
            )
        )
    survey.questions.remove(question)
    for position, remaining in enumerate(survey.questions, start=1):
        remaining.position = position
    record("survey.question.delete", f"{survey.slug} / {question.code}", actor=actor)
    db.session.commit()


def move_question(survey: Survey, question: Question, offset: int, actor) -> None:
    """Move a question up (-1) or down (+1) among the questions after the profile block."""
    order = list(survey.questions)
    index = order.index(question)
    target = index + offset
    if is_profile(question) or not 0 <= target < len(order) or is_profile(order[target]):
        raise AuthoringError(_l("This question cannot move further."))
    order[index], order[target] = order[target], order[index]
    try:
        check_instrument(
            [
                Question(position=position, **question_spec(q))
                for position, q in enumerate(order, start=1)
            ]
        )
    except InstrumentError:
        raise AuthoringError(
            _l("A question shown after an answer must come after that question.")
        ) from None
    for position, moved in enumerate(order, start=1):
        moved.position = position
    survey.questions.sort(key=lambda q: q.position)
    record(
        "survey.question.move",
        f"{survey.slug} / {question.code}",
        {"position": index + offset + 1},
        actor=actor,
    )
    db.session.commit()


# ---------------------------------------------------------------- waves


def schedule_wave(
    survey: Survey, label: str, opens_at: datetime, closes_at: datetime, actor
) -> Wave:
    """Open (or schedule) a wave; the dates are aware datetimes. Refusals name the field."""
    label = (label or "").strip()
    if not label or len(label) > 40:
        raise AuthoringError(_l("A wave label has 1 to 40 characters, e.g. 2027-Q1."), "label")
    if closes_at <= opens_at:
        raise AuthoringError(_l("The wave must close after it opens."), "closes_at")
    for other in survey.waves:
        if other.label == label:
            raise AuthoringError(_l("This survey already has a wave with this label."), "label")
        if other.opens_at < closes_at and opens_at < other.closes_at:
            raise AuthoringError(
                _l("These dates overlap the wave %(label)s.", label=other.label), "opens_at"
            )
    return open_wave(survey, label, opens_at, closes_at, actor)


def stop_wave(survey: Survey, wave: Wave, actor) -> Wave:
    if wave.closes_at <= max(utcnow(), wave.opens_at):  # over, or closed before it opened
        raise AuthoringError(
            _l(
                "The wave %(label)s is not open: it closed on %(date)s.",
                label=wave.label,
                date=local_time(wave.closes_at),
            )
        )
    return close_wave(survey, wave.label, actor)
