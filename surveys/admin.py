"""Managing surveys in the browser, as plain functions: settings, questions, waves, counts.

Every change is audited (accounts.audit.record) and committed with its audit event; a change
to a survey or a question gives the survey a new revision (surveys.models.new_revision).
Once a wave has responses, a question keeps its code, type and choice values: changing them
would make the stored answers mean something else. Wording may still be corrected.
"""

import copy
import re
from datetime import datetime

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext as ngettext
from sqlalchemy import func, select

from accounts.audit import record
from accounts.models import Region
from extensions import db
from localization import collation_key, local_time, localized, utcnow
from surveys.authoring import InstrumentError, build_questions, check_sections
from surveys.instrument import OTHER_QUESTIONS, Section
from surveys.models import Question, Response, Survey, SurveyStatus, Wave
from surveys.profile import PROFILE_COLUMNS, profile_questions
from surveys.service import close_wave, open_wave
from surveys.survey_files import PROFILE_SECTION, profile_section

# Question columns an author sets (position and survey are the editor's).
QUESTION_FIELDS = (
    "code", "type", "texts", "hints", "required", "construct", "reverse_scored", "choices",
    "min_value", "max_value", "max_length", "show_if", "regions", "section",
)  # fmt: skip
LOCKED_ONCE_ANSWERED = ("code", "type")
SLUG_PATTERN = r"^[a-z][a-z0-9-]{1,39}$"  # the address /s/<slug>
SURVEY_FIELDS = ("titles", "intros", "audience", "status", "requires_invitation", "layout")


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
    return {
        name: [_short(getattr(thing, name)), _short(values[name])]
        for name in fields
        if name in values and getattr(thing, name) != values[name]
    }


def _short(value) -> str:
    text = value if isinstance(value, str) else repr(value)
    return text if len(text) <= 200 else text[:199] + "…"


# ---------------------------------------------------------------- questions


def save_question(survey: Survey, spec: dict, actor, question: Question | None = None) -> Question:
    """Add a question at the end of its section, or change ``question`` (a new section moves it
    to the end of that one); the whole instrument and its sections are checked first, and
    nothing is saved when they do not pass."""
    spec = {name: spec.get(name) for name in QUESTION_FIELDS}
    if question is not None and is_profile(question):
        raise AuthoringError(_l("Profile questions are fixed: they feed the weighting."))
    if question is not None and has_responses(survey):
        _check_locked(question, spec)
    others = [q for q in survey.questions if q is not question]
    if any(q.code == spec["code"] for q in others):
        raise AuthoringError(_l("Another question of this survey has this code."), "code")
    if question is not None and spec["section"] == question.section:
        index = survey.questions.index(question)
    else:
        index = _end_of_section(survey.sections, others, spec["section"])
    specs = [question_spec(q) for q in others]
    specs.insert(index, spec)
    checked, _sections = _checked(specs, survey.sections)
    values = {name: getattr(checked[index], name) for name in QUESTION_FIELDS}
    if question is None:
        question = Question(**values)
        record(
            "survey.question.create",
            f"{survey.slug} / {question.code}",
            {"section": question.section} if question.section else None,
            actor=actor,
        )
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
    _arrange(survey, [*others[:index], question, *others[index:]], checked)
    db.session.commit()
    return question


def _checked(specs: list[dict], sections: list | None) -> tuple[list[Question], list | None]:
    """Checked copies of the questions ``specs`` describe, in that order, and the clean
    sections; AuthoringError with the instrument's reason when they do not pass."""
    try:
        checked = build_questions(specs)
        return checked, check_sections(sections, checked)
    except InstrumentError as error:
        raise AuthoringError(str(error)) from None


def _arrange(survey: Survey, order: list[Question], checked: list[Question]) -> None:
    """Give the survey's questions the order, positions and sections that were checked."""
    for position, (question, clean) in enumerate(zip(order, checked, strict=True), start=1):
        question.position = position
        question.section = clean.section
    survey.questions[:] = order


def _rank(sections: list | None, section: str | None) -> int:
    keys = section_keys(sections)
    return keys.index(section) if section in keys else len(keys)


def _end_of_section(sections: list | None, questions: list[Question], section: str | None) -> int:
    """Where a question of ``section`` goes: after the last question of that section or of an
    earlier one (a survey's sections hold their questions together, in order)."""
    if sections is None:
        return len(questions)
    rank = _rank(sections, section)
    return sum(1 for q in questions if _rank(sections, q.section) <= rank)


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
    """Move a question up (-1) or down (+1) among the questions after the profile block; from
    the first or last place of its section it goes to the end or the start of the section
    before or after (never into the profile)."""
    order = [q for q in survey.questions if q is not question]
    index = survey.questions.index(question)
    target = index + offset
    section = question.section
    neighbour = survey.questions[target] if 0 <= target < len(survey.questions) else None
    if is_profile(question):
        raise AuthoringError(_l("This question cannot move further."))
    if neighbour is not None and neighbour.section == section and not is_profile(neighbour):
        order.insert(target, question)
    elif survey.sections is not None:
        keys = section_keys(survey.sections)
        rank = keys.index(section) + offset if section in keys else 0
        if not 1 <= rank < len(keys):
            raise AuthoringError(_l("This question cannot move further."))
        section = keys[rank]
        before = [q for q in order if _rank(survey.sections, q.section) < rank]
        place = len(before) if offset > 0 else _end_of_section(survey.sections, order, section)
        order.insert(place, question)
    else:
        raise AuthoringError(_l("This question cannot move further."))
    specs = [question_spec(q) for q in order]
    specs[order.index(question)]["section"] = section
    try:
        checked = build_questions(specs)
        check_sections(survey.sections, checked)
    except InstrumentError:
        raise AuthoringError(
            _l("A question shown after an answer must come after that question.")
        ) from None
    details = {"position": order.index(question) + 1}
    if section != question.section:
        details["section"] = section
    _arrange(survey, order, checked)
    record("survey.question.move", f"{survey.slug} / {question.code}", details, actor=actor)
    db.session.commit()


# ---------------------------------------------------------------- sections


def section_keys(sections: list | None) -> list[str]:
    return [section["key"] for section in sections or ()]


def find_section(survey: Survey, key: str) -> dict | None:
    return next((s for s in survey.sections or () if s["key"] == key), None)


def question_groups(survey: Survey) -> list[tuple[Section, list[Question]]]:
    """Every section of the survey, the empty ones too, with its questions; a survey without
    sections has the profile and the other questions, under the interface's own titles."""
    if survey.sections is None:
        profile = [q for q in survey.questions if is_profile(q)]
        others = [q for q in survey.questions if not is_profile(q)]
        groups = [(PROFILE_SECTION, None, profile), (OTHER_QUESTIONS, None, others)]
    else:
        groups = [
            (s["key"], s["titles"], [q for q in survey.questions if q.section == s["key"]])
            for s in survey.sections
        ]
    return [
        (Section(key, titles, tuple(q.code for q in questions)), questions)
        for key, titles, questions in groups
    ]


def add_section(survey: Survey, titles: dict, actor) -> str:
    """A new last section; a survey without sections gets the profile's first, and its other
    questions go into the new one. Returns the new section's key."""
    sections = copy.deepcopy(survey.sections) or [profile_section()]
    key = _new_key(titles.get("en", ""), section_keys(sections))
    sections.append({"key": key, "titles": titles})
    specs = [question_spec(q) for q in survey.questions]
    if survey.sections is None:
        for spec in specs:
            spec["section"] = PROFILE_SECTION if spec["code"] in PROFILE_COLUMNS else key
    checked, clean = _checked(specs, sections)
    _arrange(survey, list(survey.questions), checked)
    survey.sections = clean
    record("survey.section.create", f"{survey.slug} / {key}", {"titles": titles}, actor=actor)
    db.session.commit()
    return key


def _new_key(title: str, taken: list[str]) -> str:
    """A key from the English title (``public_control``), unique in the survey."""
    base = re.sub(r"[^a-z0-9]+", "_", title.lower()).strip("_")[:32] or "section"
    if not base[0].isalpha():
        base = f"s_{base}"
    key, number = base, 2
    while key in taken or key in (PROFILE_SECTION, OTHER_QUESTIONS, "new"):  # "new": an address
        key, number = f"{base}_{number}", number + 1
    return key


def rename_section(survey: Survey, key: str, titles: dict, actor) -> None:
    sections = copy.deepcopy(survey.sections)
    section = next(s for s in sections if s["key"] == key)
    if section["titles"] == titles:
        return
    before, section["titles"] = section["titles"], titles
    _checked([question_spec(q) for q in survey.questions], sections)
    survey.sections = sections
    changes = {"titles": [_short(before), _short(titles)]}
    record("survey.section.update", f"{survey.slug} / {key}", {"changes": changes}, actor=actor)
    db.session.commit()


def move_section(survey: Survey, key: str, offset: int, actor) -> None:
    """Move a section and its questions up (-1) or down (+1); the profile stays first."""
    sections = copy.deepcopy(survey.sections)
    keys = section_keys(sections)
    index = keys.index(key)
    target = index + offset
    if key == PROFILE_SECTION or not 1 <= target < len(keys):
        raise AuthoringError(_l("This section cannot move further."))
    sections[index], sections[target] = sections[target], sections[index]
    order = sorted(survey.questions, key=lambda q: _rank(sections, q.section))
    try:
        checked = build_questions([question_spec(q) for q in order])
        clean = check_sections(sections, checked)
    except InstrumentError:
        raise AuthoringError(
            _l("A question shown after an answer must come after that question.")
        ) from None
    _arrange(survey, order, checked)
    survey.sections = clean
    record("survey.section.move", f"{survey.slug} / {key}", {"position": target + 1}, actor=actor)
    db.session.commit()


def delete_section(survey: Survey, key: str, actor) -> None:
    """Delete an empty section; the profile stays."""
    if key == PROFILE_SECTION:
        raise AuthoringError(_l("The profile section is always the first: it cannot be deleted."))
    held = sum(1 for q in survey.questions if q.section == key)
    if held:
        raise AuthoringError(
            ngettext(
                "This section holds %(num)s question: move it to another section or delete it "
                "first.",
                "This section holds %(num)s questions: move them to other sections or delete "
                "them first.",
                held,
            )
        )
    sections = [s for s in survey.sections if s["key"] != key]
    _checked([question_spec(q) for q in survey.questions], sections)
    survey.sections = sections
    record("survey.section.delete", f"{survey.slug} / {key}", actor=actor)
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
