"""A wave's responses for analysts: CSV (UTF-8 with BOM), XLSX, SPSS .sav, and a codebook.

Responses are streamed in the order of their random ids and handled ``CHUNK`` at a time, so
CSV and XLSX hold one chunk in memory however many responses a wave has; .sav is built column
by column in compact arrays, because pyreadstat writes a whole data frame at once.

What an export holds: a row number (the rows are in the order of the random response ids,
not of arrival), the wave, whether it is simulated, the channel, the weight, the profile and
every question (a multiple choice as one 0/1 column per choice). Never the response id (an
API client knows the ids it created and could find its respondents' rows), the date, an
invitation code or any mark. An analyst scoped to a region gets only that region's rows.
"""

import csv
import io
import re
from array import array
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from flask_babel import force_locale
from flask_babel import gettext as _
from sqlalchemy import func, select

from accounts.models import Region
from extensions import db
from localization import localized
from surveys.instrument import (
    DEFAULT_SCALES,
    LIKERT_POINTS,
    YESNO_LABELS,
    Instrument,
    QuestionSpec,
)
from surveys.models import Answer, QuestionType, Response, Survey, Wave
from surveys.profile import PROFILE_COLUMNS, REGION_CODE
from surveys.service import region_table
from surveys.skip_logic import visibility

FORMATS = ("csv", "xlsx", "sav")
MULTI, YESNO = QuestionType.MULTI.value, QuestionType.YESNO.value
TEXTUAL = (QuestionType.SINGLE.value, QuestionType.TEXT.value)
CHUNK = 2000
# SPSS user-missing codes of numeric variables (CSV and XLSX leave such cells empty).
NO_ANSWER, NOT_ASKED = -8, -9
# Text that a spreadsheet would run as a formula gets a leading apostrophe in CSV.
FORMULA = re.compile(r"^([=+@\t\r]|-(?![\d.]+$))")
SPSS_NAME = re.compile(r"[^A-Za-z0-9_]")

Progress = Callable[[int], None]


class ExportError(ValueError):
    """An export that cannot be made; the message says why."""


@dataclass
class Variable:
    """One column: its name, label, and how a response's value is read and coded."""

    name: str
    label: str
    numeric: bool
    # Stored text value -> (SPSS code, label); None for numbers and free text.
    categories: dict[str, tuple[int, str]] | None = None
    # Numeric values with a label (yes/no, Likert points) without a text value.
    value_labels: dict[float, str] | None = None
    notes: str = ""
    missing_codes: bool = False  # numeric variables of questions: -8 and -9 are user-missing

    def spss_labels(self) -> dict[float, str]:
        labels = dict(self.value_labels or {})
        if self.categories:
            labels.update({code: label for code, label in self.categories.values()})
        if self.missing_codes:
            labels[NO_ANSWER] = _("No answer")
            labels[NOT_ASKED] = _("Not asked")
        return labels


@dataclass
class ExportPlan:
    survey: Survey
    wave: Wave
    language: str
    region_id: int | None
    variables: list[Variable] = field(default_factory=list)
    total: int = 0


def plan_export(survey: Survey, wave: Wave, language: str, region_id: int | None) -> ExportPlan:
    """The columns of an export of ``wave``, labelled in ``language``; ``region_id`` narrows
    it to one region (an analyst's scope)."""
    if wave.survey_id != survey.id:
        raise ExportError("the wave belongs to another survey")
    plan = ExportPlan(survey, wave, language, region_id)
    with force_locale(language):
        plan.variables = _variables(survey, language)
    counted = select(func.count()).select_from(Response).where(Response.wave_id == wave.id)
    if region_id is not None:
        counted = counted.where(Response.region_id == region_id)
    plan.total = db.session.execute(counted).scalar_one()
    return plan


def _regions() -> list[tuple[int, str, dict]]:
    return list(db.session.execute(select(Region.id, Region.code, Region.names)).all())


def _variables(survey: Survey, language: str) -> list[Variable]:
    names: set[str] = set()

    def unique(name: str) -> str:
        name = SPSS_NAME.sub("_", name)[:64]
        if not name[:1].isalpha():
            name = ("v" + name)[:64]
        candidate, number = name, 2
        while candidate.lower() in names:
            suffix = f"_{number}"
            candidate, number = name[: 64 - len(suffix)] + suffix, number + 1
        names.add(candidate.lower())
        return candidate

    variables = [
        Variable(unique("row"), _("Row number (random order)"), True),
        Variable(unique("wave"), _("Wave"), False),
        Variable(
            unique("simulated"),
            _("Simulated data (1) or real responses (0)"),
            True,
            value_labels={1: _("Simulated"), 0: _("Real")},
        ),
        Variable(unique("channel"), _("Channel (web, qr, kiosk, api)"), False),
        Variable(unique("weight"), _("Weight (1 until raked)"), True),
    ]
    for question in survey.questions:
        label = localized(question.texts, language)
        if question.type == QuestionType.MULTI:
            for choice in question.choices or ():
                value = str(choice["value"])
                choice_label = localized(choice["labels"], language)
                variables.append(
                    Variable(
                        unique(f"{question.code}_{value}"),
                        f"{label} — {choice_label}",
                        True,
                        value_labels={1: _("Chosen"), 0: _("Not chosen")},
                        missing_codes=True,
                    )
                )
            continue
        variable = Variable(unique(question.code), label, True, missing_codes=True)
        if question.code == REGION_CODE:
            variable.categories = {
                code: (int(code.split("-")[1]), localized(names, language))
                for _id, code, names in sorted(_regions(), key=lambda region: region[1])
            }
        elif question.type in LIKERT_POINTS:
            points = LIKERT_POINTS[question.type]
            if question.choices:
                variable.value_labels = {
                    float(c["value"]): localized(c["labels"], language) for c in question.choices
                }
            else:
                variable.value_labels = {
                    float(n): str(text) for n, text in enumerate(DEFAULT_SCALES[points], 1)
                }
        elif question.type == QuestionType.YESNO:
            variable.value_labels = {1: str(YESNO_LABELS["yes"]), 0: str(YESNO_LABELS["no"])}
        elif question.type == QuestionType.SINGLE:
            values = [str(c["value"]) for c in question.choices or ()]
            numeric = all(v.isascii() and v.isdigit() for v in values)
            variable.categories = {
                str(c["value"]): (
                    int(c["value"]) if numeric else position,
                    localized(c["labels"], language),
                )
                for position, c in enumerate(question.choices or (), start=1)
            }
        elif question.type == QuestionType.TEXT:
            variable.numeric = False
            variable.missing_codes = False
        variable.notes = _question_notes(question)
        variables.append(variable)
    return variables


def _question_notes(question) -> str:
    notes = []
    if question.construct:
        notes.append(_("construct: %(name)s", name=question.construct))
    if question.reverse_scored:
        notes.append(_("reverse scored"))
    if question.show_if:
        rule = question.show_if
        value = ", ".join(rule["value"]) if isinstance(rule["value"], list) else rule["value"]
        notes.append(
            _(
                "asked when %(question)s %(op)s %(value)s",
                question=rule["question"],
                op=rule["op"],
                value=value,
            )
        )
    if question.regions:
        notes.append(_("asked in %(regions)s", regions=", ".join(question.regions)))
    if question.type == QuestionType.NUMBER:
        notes.append(f"{question.min_value:g} – {question.max_value:g}")
    return "; ".join(notes)


# ---------------------------------------------------------------- reading the rows

FIRST_QUESTION_COLUMN = 5  # after row, wave, simulated, channel and weight


@dataclass(frozen=True)
class _Question:
    """Where one question's answers go in a row, taken once from the instrument."""

    spec: QuestionSpec
    column: int  # its first column
    columns: range  # all its columns: one, or one per choice of a multiple choice
    multi: bool
    text: bool  # the answer is value_text (a single choice, free text), else value_num
    choices: dict[str, int]  # a multiple choice's values -> their columns


def _questions(plan: ExportPlan) -> list[_Question]:
    instrument = Instrument.of(plan.survey, region_table())
    questions, column = [], FIRST_QUESTION_COLUMN
    for spec in instrument.questions:
        multi = spec.type == MULTI
        values = [str(c["value"]) for c in spec.choices or ()] if multi else [None]
        questions.append(
            _Question(
                spec=spec,
                column=column,
                columns=range(column, column + len(values)),
                multi=multi,
                text=spec.type in TEXTUAL,
                choices={value: column + i for i, value in enumerate(values) if multi},
            )
        )
        column += len(values)
    return questions


def _row_queries(plan: ExportPlan):
    """The wave's responses, and their answers, both in the order of the response ids."""
    profile = [getattr(Response, column) for column in PROFILE_COLUMNS.values()]
    responses = select(Response.id, Response.channel, Response.weight, *profile)
    answers = select(
        Answer.response_id, Answer.question_id, Answer.value_num, Answer.value_text
    ).join(Response)
    scope = [Response.wave_id == plan.wave.id]
    if plan.region_id is not None:
        scope.append(Response.region_id == plan.region_id)
    return (
        responses.where(*scope).order_by(Response.id),
        answers.where(*scope).order_by(Response.id),
    )


def export_rows(plan: ExportPlan, progress: Progress | None = None) -> Iterator[list]:
    """Each response as a list of values in the order of ``plan.variables``: numbers, text, or
    None where there is no answer (see ``not_asked`` for which were skipped).

    Two queries stream the responses and their answers side by side, in the order of the
    response ids (server-side cursors on PostgreSQL), so memory does not grow with the wave.
    """
    questions = _questions(plan)
    by_code = {question.spec.code: question.column for question in questions}
    profile_places = [by_code.get(code) for code in PROFILE_COLUMNS]
    answered = {q.spec.id: q for q in questions if q.spec.code not in PROFILE_COLUMNS}
    region_codes = {region_id: code for region_id, code, _names in _regions()}
    empty = [None] * len(plan.variables)
    wave, simulated = plan.wave.label, 1 if plan.wave.simulated else 0
    connection = db.session.connection().execution_options(yield_per=CHUNK)
    responses_query, answers_query = _row_queries(plan)
    answers = iter(connection.execute(answers_query))
    answer = next(answers, None)
    written = 0
    for written, (response_id, channel, weight, region_id, *profile) in enumerate(
        connection.execute(responses_query), start=1
    ):
        row = empty.copy()
        row[:FIRST_QUESTION_COLUMN] = [written, wave, simulated, channel, weight]
        for column, value in zip(
            profile_places, (region_codes.get(region_id), *profile), strict=True
        ):
            if column is not None:
                row[column] = value
        while answer is not None and answer[0] == response_id:
            question = answered.get(answer[1])  # None: a question the survey no longer has
            if question is not None and question.multi:
                if row[question.column] is None:  # an answered multiple choice: 0 unless chosen
                    row[question.column : question.columns.stop] = [0] * len(question.columns)
                column = question.choices.get(answer[3])
                if column is not None:
                    row[column] = 1
            elif question is not None:
                row[question.column] = answer[3] if question.text else answer[2]
            answer = next(answers, None)
        yield row
        if progress is not None and written % CHUNK == 0:
            progress(written)
    if progress is not None and written % CHUNK:
        progress(written)


def not_asked(plan: ExportPlan) -> Callable[[list], list[int]]:
    """For a row of ``export_rows``, the columns of the questions its respondent was not asked
    (skip logic, other regions); the other empty columns are asked but not answered."""
    questions = _questions(plan)
    by_code = {question.spec.code: question for question in questions}
    conditional = [q for q in questions if q.spec.show_if is not None or q.spec.regions is not None]
    depends_on = {q.spec.show_if["question"] for q in conditional if q.spec.show_if} | {REGION_CODE}

    def clean(row: list, code: str):
        """An answer as skip logic reads it: True/False, a number, a text, a list of choices."""
        question = by_code.get(code)
        if question is None or row[question.column] is None:
            return None
        if question.multi:
            return [value for value, column in question.choices.items() if row[column] == 1]
        if question.spec.type == YESNO:
            return row[question.column] == 1
        return row[question.column]

    def columns(row: list) -> list[int]:
        answers = {code: clean(row, code) for code in depends_on}
        skipped = []
        for question in conditional:
            if row[question.column] is None and not visibility(question.spec, answers, set()):
                skipped.extend(question.columns)
        return skipped

    return columns


# ---------------------------------------------------------------- CSV


def _csv_text(value):
    """A cell as csv.writer should write it: whole numbers without ".0", formulas defused."""
    kind = type(value)
    if kind is float:
        return int(value) if value.is_integer() else value
    if kind is str:
        return "'" + value if FORMULA.match(value) else value
    if kind is int:
        return value
    return ""  # no answer


def csv_chunks(plan: ExportPlan, progress: Progress | None = None) -> Iterator[bytes]:
    """The CSV file as UTF-8 byte chunks, BOM first (so Excel reads Kazakh letters)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow([variable.name for variable in plan.variables])
    yield ("\ufeff" + _take(buffer)).encode("utf-8")
    for count, row in enumerate(export_rows(plan, progress), start=1):
        writer.writerow([_csv_text(value) for value in row])
        if count % CHUNK == 0:
            yield _take(buffer).encode("utf-8")
    rest = _take(buffer)
    if rest:
        yield rest.encode("utf-8")


def _take(buffer: io.StringIO) -> str:
    text = buffer.getvalue()
    buffer.seek(0)
    buffer.truncate()
    return text


def write_csv(plan: ExportPlan, path: Path, progress: Progress | None = None) -> None:
    with open(path, "wb") as handle:
        for chunk in csv_chunks(plan, progress):
            handle.write(chunk)


# ---------------------------------------------------------------- XLSX


def write_xlsx(plan: ExportPlan, path: Path, progress: Progress | None = None) -> None:
    """Sheet "data" written row by row (XlsxWriter's constant_memory mode), then "codebook"."""
    import xlsxwriter

    options = {
        "constant_memory": True,
        "strings_to_numbers": False,
        "strings_to_formulas": False,
        "strings_to_urls": False,
    }
    with xlsxwriter.Workbook(str(path), options) as workbook:
        sheet = workbook.add_worksheet("data")
        bold = workbook.add_format({"bold": True})
        for column, variable in enumerate(plan.variables):
            sheet.write_string(0, column, variable.name, bold)
        for number, row in enumerate(export_rows(plan, progress), start=1):
            for column, value in enumerate(row):
                if value is None:
                    continue
                if isinstance(value, str):
                    sheet.write_string(number, column, value)
                else:
                    sheet.write_number(number, column, value)
        codebook = workbook.add_worksheet("codebook")
        for number, line in enumerate(codebook_rows(plan)):
            for column, text in enumerate(line):
                codebook.write_string(number, column, str(text), bold if number == 0 else None)


# ---------------------------------------------------------------- SPSS


def write_sav(plan: ExportPlan, path: Path, progress: Progress | None = None) -> None:
    """An SPSS file with variable labels, value labels and user-missing codes in the plan's
    language. Numeric columns are kept as compact arrays until the data frame is built."""
    import numpy as np
    import pandas as pd
    import pyreadstat

    variables = plan.variables
    numbers = {i: array("d") for i, v in enumerate(variables) if v.numeric}
    texts: dict[int, list[str]] = {i: [] for i, v in enumerate(variables) if not v.numeric}
    codes = {i: v.categories for i, v in enumerate(variables) if v.categories}
    skipped_in = not_asked(plan)
    for row in export_rows(plan, progress):
        skipped = skipped_in(row)
        for i, value in enumerate(row):
            if i in texts:
                texts[i].append("" if value is None else value)
            elif value is None:
                numbers[i].append(NOT_ASKED if i in skipped else NO_ANSWER)
            elif i in codes:
                numbers[i].append(codes[i][value][0])
            else:
                numbers[i].append(value)
    columns = {}
    for i, variable in enumerate(variables):
        if i in numbers:
            columns[variable.name] = np.frombuffer(numbers.pop(i), dtype=np.float64)
        else:
            columns[variable.name] = texts.pop(i)
    frame = pd.DataFrame(columns, copy=False)
    del columns
    with force_locale(plan.language):
        pyreadstat.write_sav(
            frame,
            str(path),
            file_label=_fit(_about_line(plan), 64),
            note=[_fit(f"{key}: {value}", 80) for key, value in about(plan)],
            column_labels={v.name: v.label for v in variables},
            variable_value_labels={v.name: v.spss_labels() for v in variables if v.spss_labels()},
            missing_ranges={v.name: [NO_ANSWER, NOT_ASKED] for v in variables if v.missing_codes},
            variable_measure={
                v.name: "nominal" if v.categories or not v.numeric else "scale" for v in variables
            },
        )


# ---------------------------------------------------------------- codebook


def _fit(text: str, size: int) -> str:
    """At most ``size`` bytes of UTF-8 (SPSS limits labels and notes in bytes), whole letters."""
    return text.encode("utf-8")[:size].decode("utf-8", "ignore")


def _about_line(plan: ExportPlan) -> str:
    return f"{plan.survey.slug} {plan.wave.label}" + (" simulated" if plan.wave.simulated else "")


def about(plan: ExportPlan) -> list[tuple[str, str]]:
    """What the export is, in the plan's language: survey, wave, simulated, scope, counts."""
    with force_locale(plan.language):
        scope = _("all regions")
        if plan.region_id is not None:
            names = dict((i, n) for i, _c, n in _regions())
            scope = localized(names.get(plan.region_id), plan.language)
        simulated = _("Simulated data, not real responses") if plan.wave.simulated else _("Real")
        return [
            (_("Survey"), f"{plan.survey.slug} — {localized(plan.survey.titles, plan.language)}"),
            (_("Wave"), plan.wave.label),
            (_("Data"), simulated),
            (_("Regions"), scope),
            (_("Responses"), str(plan.total)),
            (
                _("Missing values"),
                _(
                    "empty in CSV and XLSX; in SPSS %(no_answer)s = no answer, "
                    "%(not_asked)s = not asked",
                    no_answer=NO_ANSWER,
                    not_asked=NOT_ASKED,
                ),
            ),
        ]


def codebook_rows(plan: ExportPlan) -> Iterator[list[str]]:
    with force_locale(plan.language):
        header = [_("Variable"), _("Label"), _("Type"), _("Values"), _("Notes")]
        numeric, text = _("number"), _("text")
    yield header
    for variable in plan.variables:
        values = ""
        if variable.categories:
            values = "; ".join(
                f"{value} = {label} (SPSS {code})"
                for value, (code, label) in variable.categories.items()
            )
        elif variable.value_labels:
            values = "; ".join(f"{v:g} = {label}" for v, label in variable.value_labels.items())
        kind = numeric if variable.numeric and not variable.categories else text
        yield [variable.name, variable.label, kind, values, variable.notes]
    yield ["", "", "", "", ""]
    for key, value in about(plan):
        yield ["", key, "", value, ""]


def codebook_csv(plan: ExportPlan) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerows(codebook_rows(plan))
    return ("\ufeff" + buffer.getvalue()).encode("utf-8")


WRITERS = {"csv": write_csv, "xlsx": write_xlsx, "sav": write_sav}


def export_file_name(plan: ExportPlan, kind: str) -> str:
    scope = "" if plan.region_id is None else f"-region{plan.region_id}"
    return f"{plan.survey.slug}-{plan.wave.label}{scope}-{plan.language}.{kind}"


def write_export(plan: ExportPlan, kind: str, path: Path, progress: Progress | None = None):
    if kind not in WRITERS:
        raise ExportError(f"the format is one of {', '.join(FORMATS)}")
    WRITERS[kind](plan, path, progress)
