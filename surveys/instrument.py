"""An instrument: its questions, their kinds and answer choices, as a read-only snapshot.

Taking a survey reads the instrument on every request; a server process keeps an immutable
:class:`Instrument` in memory per survey revision (see ``surveys.service.find_survey``) instead
of loading the ORM rows each time.
"""

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from flask_babel import lazy_gettext as _l

from localization import collation_key, current_language, localized
from surveys.models import Layout, Question, QuestionTexts, QuestionType, Survey, SurveyTexts
from surveys.profile import PROFILE_COLUMNS, REGION_CODE
from surveys.survey_files import PROFILE_SECTION

CODE_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
# Form fields of the survey page that are not answers; no question may take these names.
RESERVED_CODES = frozenset(
    {"csrf_token", "form_token", "shown", "channel", "invitation", "lang"}
    | {"section", "step", "move"}  # the sectioned form's
)
LIKERT_POINTS = {QuestionType.LIKERT5: 5, QuestionType.LIKERT7: 7}
CHOICE_TYPES = {QuestionType.SINGLE, QuestionType.MULTI}
DEFAULT_TEXT_LENGTH = 1000

# Agreement scales for likert questions whose author gave no labels of their own.
DEFAULT_SCALES = {
    5: [
        _l("Strongly disagree"),
        _l("Disagree"),
        _l("Neither agree nor disagree"),
        _l("Agree"),
        _l("Strongly agree"),
    ],
    7: [
        _l("Strongly disagree"),
        _l("Disagree"),
        _l("Somewhat disagree"),
        _l("Neither agree nor disagree"),
        _l("Somewhat agree"),
        _l("Agree"),
        _l("Strongly agree"),
    ],
}
YESNO_LABELS = {"yes": _l("Yes"), "no": _l("No")}


def choice_values(question: Question, regions: list[dict]) -> list[str]:
    if question.code == REGION_CODE:
        return [choice["value"] for choice in regions]
    return [str(choice["value"]) for choice in question.choices or ()]


def choice_list(
    question: Question, regions: Sequence[dict], language: str | None = None
) -> list[tuple[str, str]]:
    """(value, label in ``language``, default the reader's) for every answer a question offers."""
    kind = question.type
    language = language or current_language()
    if kind == QuestionType.YESNO:
        return [(value, str(label)) for value, label in YESNO_LABELS.items()]
    if kind in LIKERT_POINTS and not question.choices:
        scale = DEFAULT_SCALES[LIKERT_POINTS[kind]]
        return [(str(n), str(label)) for n, label in enumerate(scale, start=1)]
    if question.code == REGION_CODE:  # by name in the reader's language, as people look for it
        named = [(str(c["value"]), localized(c["labels"], language)) for c in regions]
        return sorted(named, key=lambda choice: collation_key(choice[1]))
    return [(str(c["value"]), localized(c["labels"], language)) for c in question.choices or ()]


@dataclass(frozen=True)
class RegionTable:
    """The 20 regions: choices for the region question, ids to store with responses."""

    codes: tuple[str, ...]
    ids: dict[str, int]
    choices: tuple[dict, ...]


@dataclass(frozen=True)
class QuestionSpec(QuestionTexts):
    """A read-only copy of a Question, safe to share between requests and threads."""

    id: int
    position: int
    code: str
    type: str
    required: bool
    construct: str | None
    reverse_scored: bool
    texts: dict
    hints: dict | None
    choices: list | None
    min_value: float | None
    max_value: float | None
    max_length: int | None
    show_if: dict | None
    regions: list | None
    section: str | None


# What reads questions (validation, skip logic, the form) takes ORM rows and snapshots alike.
AnyQuestion = Question | QuestionSpec


OTHER_QUESTIONS = "questions"  # the section after the profile in a survey without sections
DEFAULT_TITLES = {
    PROFILE_SECTION: _l("About you"),
    OTHER_QUESTIONS: _l("Your experience and views"),
}


@dataclass(frozen=True)
class Section:
    """Questions shown on one screen of the survey: the profile, or a sphere of the project."""

    key: str
    titles: dict | None  # per language; None: a title of the interface's own
    codes: tuple[str, ...]

    @property
    def title(self) -> str:
        return localized(self.titles) if self.titles else str(DEFAULT_TITLES[self.key])


def group_sections(questions: Sequence[AnyQuestion], sections: list | None) -> tuple[Section, ...]:
    """The instrument's sections in order, each with the codes of its questions (checked by
    ``surveys.authoring.check_sections``); without sections, the profile and the rest."""
    if sections is None:
        profile = tuple(q.code for q in questions if q.code in PROFILE_COLUMNS)
        others = tuple(q.code for q in questions if q.code not in PROFILE_COLUMNS)
        groups = [(PROFILE_SECTION, None, profile), (OTHER_QUESTIONS, None, others)]
        return tuple(Section(key, titles, codes) for key, titles, codes in groups if codes)
    return tuple(
        Section(
            section["key"],
            section["titles"],
            tuple(q.code for q in questions if q.section == section["key"]),
        )
        for section in sections
        if any(q.section == section["key"] for q in questions)
    )


@dataclass(frozen=True)
class Instrument(SurveyTexts):
    """A published survey with its questions and the regions, as of one revision."""

    id: int
    slug: str
    revision: str
    titles: dict
    intros: dict | None
    audience: str
    status: str
    requires_invitation: bool
    layout: str
    questions: tuple[QuestionSpec, ...]
    sections: tuple[Section, ...]
    regions: RegionTable
    # The blank form's questions as HTML, per language: the same for every visitor.
    blank_forms: dict = field(default_factory=dict, compare=False, repr=False)

    @classmethod
    def of(cls, survey: Survey, regions: RegionTable) -> "Instrument":
        fields = QuestionSpec.__dataclass_fields__
        questions = tuple(
            QuestionSpec(**{name: getattr(question, name) for name in fields})
            for question in survey.questions
        )
        return cls(
            id=survey.id,
            slug=survey.slug,
            revision=survey.revision,
            titles=survey.titles,
            intros=survey.intros,
            audience=survey.audience,
            status=survey.status,
            requires_invitation=survey.requires_invitation,
            layout=survey.layout or Layout.SECTIONS,
            questions=questions,
            sections=group_sections(questions, survey.sections),
            regions=regions,
        )
