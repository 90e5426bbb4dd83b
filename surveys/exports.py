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


class _Missing:
    def __init__(self, code: int):
        self.code = code


MISSING_NO_ANSWER = _Missing(NO_ANSWER)
MISSING_NOT_ASKED = _Missing(NOT_ASKED)


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


def response_chunks(plan: ExportPlan) -> Iterator[list[tuple]]:
    """Lists of (response row, {question id: [(response id, question id, value_num,
    value_text), …]}), CHUNK responses at a time in the order of their random ids.

    One query streams the wave's responses (a server-side cursor on PostgreSQL); each chunk's
    answers are read by their responses' ids, so every query's work is the chunk's.
    """
    columns = [getattr(Response, column) for column in PROFILE_COLUMNS.values()]
    query = (
        select(Response.id, Response.channel, Response.weight, *columns)
        .where(Response.wave_id == plan.wave.id)
        .order_by(Response.id)
    )
    if plan.region_id is not None:
        query = query.where(Response.region_id == plan.region_id)
    connection = db.session.connection()
    streamed = connection.execution_options(yield_per=CHUNK).execute(query)
    for responses in streamed.partitions():
        ids = [response[0] for response in responses]
        by_response: dict[str, dict[int, list]] = {response_id: {} for response_id in ids}
        answers = connection.execute(
            select(
                Answer.response_id, Answer.question_id, Answer.value_num, Answer.value_text
            ).where(Answer.response_id.in_(ids))
        ).all()  # one fetch for the chunk: row by row costs more than the query
        for answer in answers:
            by_response[answer[0]].setdefault(answer[1], []).append(answer)
        yield [(response, by_response[response[0]]) for response in responses]


@dataclass(frozen=True)
class _Reader:
    """What reading one question's answers needs, taken once from the instrument."""

    question: QuestionSpec
    id: int
    code: str
    kind: str
    values: tuple[str, ...]  # a multiple choice's values, one column each
    profile: bool
    conditional: bool  # asked only after some answer or in some regions


def _readers(plan: ExportPlan) -> list[_Reader]:
    instrument = Instrument.of(plan.survey, region_table())
    return [
        _Reader(
            question=q,
            id=q.id,
            code=q.code,
            kind=q.type,
            values=tuple(str(c["value"]) for c in q.choices or ()),
            profile=q.code in PROFILE_COLUMNS,
            conditional=q.show_if is not None or q.regions is not None,
        )
        for q in instrument.questions
    ]


NOTHING_UNSURE: frozenset = frozenset()


def export_rows(plan: ExportPlan, progress: Progress | None = None) -> Iterator[list]:
    """Each response as a list of values in the order of ``plan.variables``: numbers, text,
    or MISSING_NO_ANSWER / MISSING_NOT_ASKED."""
    readers = _readers(plan)
    region_codes = {region_id: code for region_id, code, _names in _regions()}
    profile = list(PROFILE_COLUMNS)
    simulated = 1 if plan.wave.simulated else 0
    written = 0
    for chunk in response_chunks(plan):
        for response, answers in chunk:
            written += 1
            _id, channel, weight, *profile_values = response
            # The answers as skip logic reads them: True/False, numbers, texts, lists.
            clean = dict(zip(profile, profile_values, strict=True))
            clean[REGION_CODE] = region_codes.get(clean[REGION_CODE])
            row = [written, plan.wave.label, simulated, channel, weight]
            for reader in readers:
                code = reader.code
                if reader.profile:
                    value = clean[code]
                    row.append(MISSING_NO_ANSWER if value is None else value)
                    continue
                stored = answers.get(reader.id)
                kind = reader.kind
                if stored is None:
                    asked = not reader.conditional or visibility(
                        reader.question, clean, NOTHING_UNSURE
                    )
                    missing = MISSING_NO_ANSWER if asked else MISSING_NOT_ASKED
                    row.extend([missing] * (len(reader.values) if kind == MULTI else 1))
                elif kind == MULTI:
                    chosen = {answer[3] for answer in stored}
                    clean[code] = list(chosen)
                    row.extend(1 if value in chosen else 0 for value in reader.values)
                elif kind == YESNO:
                    clean[code] = stored[0][2] == 1
                    row.append(1 if clean[code] else 0)
                else:
                    _response, _question, number, text = stored[0]
                    clean[code] = text if kind in TEXTUAL else number
                    row.append(clean[code])
            yield row
        if progress is not None:
            progress(written)


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
    return ""  # MISSING_NO_ANSWER, MISSING_NOT_ASKED


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
                if isinstance(value, _Missing):
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
    for row in export_rows(plan, progress):
        for i, value in enumerate(row):
            if i in texts:
                texts[i].append("" if isinstance(value, _Missing) else value)
            elif isinstance(value, _Missing):
                numbers[i].append(value.code)
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
