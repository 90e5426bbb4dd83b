"""A survey as a file: Adal's instrument JSON (export and import) and XLSForm (import).

An import is all or nothing: every problem found is listed, and a file with any problem
creates nothing. An imported survey is a draft with the respondent profile block first;
docs/surveys.md documents the JSON format and the XLSForm subset read here.
"""

import io
import json
import re
import zipfile
from collections.abc import Mapping

from flask_babel import gettext as _

from accounts.audit import record
from extensions import db
from localization import LANGUAGES
from surveys.admin import QUESTION_FIELDS, SLUG_PATTERN, find_survey_by_slug, question_spec
from surveys.authoring import InstrumentError, build_questions, check_sections
from surveys.instrument import CODE_PATTERN, LIKERT_POINTS
from surveys.models import Audience, Layout, Question, QuestionType, Survey, SurveyStatus
from surveys.profile import PROFILE_COLUMNS, profile_questions
from surveys.survey_files import PROFILE_SECTION, profile_section

FORMAT = "adal-survey"
VERSION = 1
SURVEY_KEYS = (
    "format", "version", "slug", "audience", "requires_invitation", "titles", "intros", "layout",
    "sections",
)  # fmt: skip


class ImportProblems(ValueError):
    """A file that cannot be imported; ``problems`` lists everything found wrong in it."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


# ---------------------------------------------------------------- export


def instrument_json(survey: Survey) -> dict:
    """The survey as Adal's instrument JSON (the profile block is implied, not written)."""
    return {
        "format": FORMAT,
        "version": VERSION,
        "slug": survey.slug,
        "audience": survey.audience,
        "requires_invitation": survey.requires_invitation,
        "titles": survey.titles,
        "intros": survey.intros,
        "layout": survey.layout,
        "sections": survey.sections,
        "questions": [
            {name: value for name, value in question_spec(q).items() if value not in (None, False)}
            for q in survey.questions
            if q.code not in PROFILE_COLUMNS
        ],
    }


# ---------------------------------------------------------------- import


def read_instrument(file_name: str, content: bytes) -> dict:
    """The instrument JSON held by an uploaded file: JSON as it is, an XLSForm converted."""
    if content[:4] == b"PK\x03\x04" or file_name.lower().endswith((".xlsx", ".xls")):
        return xlsform_instrument(content)
    try:
        data = json.loads(content.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError) as error:
        problem = _(
            "The file is neither instrument JSON nor an XLSForm (.xlsx): %(error)s", error=error
        )
        raise ImportProblems([problem]) from None
    if not isinstance(data, dict):
        raise ImportProblems([_("Instrument JSON is an object with a 'questions' list.")])
    return data


def import_instrument(data: Mapping, actor, slug: str | None = None) -> Survey:
    """A draft survey from instrument JSON; ImportProblems lists every problem otherwise."""
    problems = []
    if data.get("format") != FORMAT or data.get("version") != VERSION:
        problems.append(
            _(
                "format: expected %(expected)s",
                expected=f'"format": "{FORMAT}", "version": {VERSION}',
            )
        )
    unknown = sorted(str(key) for key in data if key not in (*SURVEY_KEYS, "questions"))
    if unknown:
        problems.append(_("unknown keys: %(keys)s", keys=", ".join(unknown)))
    slug = slug or data.get("slug")
    if not isinstance(slug, str) or not re.match(SLUG_PATTERN, slug):
        problems.append(
            _("slug: 2 to 40 small Latin letters, digits and -, starting with a letter")
        )
    elif find_survey_by_slug(slug) is not None:
        problems.append(
            _(
                "slug: another survey already has the address %(slug)s; choose another",
                slug=repr(slug),
            )
        )
    if data.get("audience") not in {str(audience) for audience in Audience}:
        problems.append(_("audience: one of %(values)s", values=", ".join(Audience)))
    titles = data.get("titles")
    if not isinstance(titles, dict) or any(not titles.get(lang) for lang in LANGUAGES):
        problems.append(_("titles: a title in each of kk, ru and en"))
    intros = data.get("intros")
    if intros is not None and not (
        isinstance(intros, dict) and all(isinstance(t, str) for t in intros.values())
    ):
        problems.append(_("intros: a text per language, or null"))
    if not isinstance(data.get("requires_invitation", False), bool):
        problems.append(_("requires_invitation: true or false"))
    layout = data.get("layout", Layout.SECTIONS.value)
    if layout not in [str(value) for value in Layout]:
        problems.append(_("layout: one of %(values)s", values=", ".join(Layout)))
    questions = _checked_questions(data.get("questions"), problems)
    sections = None
    if questions:
        try:
            sections = check_sections(data.get("sections"), questions)
        except InstrumentError as error:
            problem = str(error).removeprefix("sections: ")
            problems.append(_("sections: %(problem)s", problem=problem))
    if problems:
        raise ImportProblems(problems)
    survey = Survey(
        slug=slug,
        titles={lang: str(titles[lang]) for lang in LANGUAGES},
        intros={k: v for k, v in intros.items() if k in LANGUAGES} if intros else None,
        audience=data["audience"],
        status=SurveyStatus.DRAFT,
        requires_invitation=data.get("requires_invitation", False),
        layout=layout,
        sections=sections,
        questions=questions,
    )
    db.session.add(survey)
    record("survey.import", slug, {"questions": len(questions)}, actor=actor)
    db.session.commit()
    return survey


def _checked_questions(entries, problems: list[str]) -> list[Question]:
    """The profile block and the file's questions, checked one by one so that every problem
    is named (a question whose show_if points at a refused one is refused too)."""
    if not isinstance(entries, list) or not entries:
        problems.append(_("questions: a non-empty list"))
        return []
    accepted = profile_questions()
    for index, entry in enumerate(entries):
        where = f"questions[{index}]"
        if not isinstance(entry, dict):
            problems.append(_("%(where)s: an object with code, type, texts, …", where=where))
            continue
        where = f"{where} ({entry.get('code', '?')})"
        unknown = sorted(str(key) for key in entry if key not in QUESTION_FIELDS)
        if unknown:
            problems.append(
                _("%(where)s: unknown keys %(keys)s", where=where, keys=", ".join(unknown))
            )
            continue
        if entry.get("code") in PROFILE_COLUMNS:
            problems.append(
                _("%(where)s: the profile questions are added by Adal; leave them out", where=where)
            )
            continue
        spec = {name: entry.get(name) for name in QUESTION_FIELDS}
        spec["required"] = bool(spec["required"])
        spec["reverse_scored"] = bool(spec["reverse_scored"])
        try:
            build_questions([*accepted, spec])
        except (InstrumentError, TypeError, ValueError, AttributeError, KeyError) as error:
            problems.append(f"{where}: {error}")
            continue
        accepted.append(spec)
    if problems:
        return []
    return build_questions(accepted)


# ---------------------------------------------------------------- XLSForm


def xlsform_instrument(content: bytes) -> dict:
    """Instrument JSON from an XLSForm, read by pyxform; unsupported parts are problems."""
    from pyxform.errors import PyXFormError
    from pyxform.xls2json import parse_file_to_json

    if not zipfile.is_zipfile(io.BytesIO(content)):
        raise ImportProblems([_("The file is not an .xlsx spreadsheet.")])
    try:
        form = parse_file_to_json(None, file_object=io.BytesIO(content), warnings=[])
    except PyXFormError as error:
        raise ImportProblems([_("XLSForm: %(error)s", error=error)]) from None
    except Exception as error:  # a damaged workbook: openpyxl and zipfile raise many kinds
        raise ImportProblems(
            [_("The spreadsheet could not be read: %(error)s", error=error)]
        ) from None
    problems: list[str] = []
    questions = []
    entries, sections = _grouped(form.get("children", []), problems)
    for child, section in entries:
        question = _xlsform_question(child, problems)
        if question is not None:
            questions.append({**question, "section": section} if sections else question)
    title = form.get("title")
    titles = _languages(title, problems, "form_title") if isinstance(title, dict) else None
    if titles is None:
        titles = {lang: str(title or form.get("id_string") or "") for lang in LANGUAGES}
    if problems:
        raise ImportProblems(problems)
    slug = re.sub(r"[^a-z0-9-]+", "-", str(form.get("id_string", "")).lower()).strip("-")
    return {
        "format": FORMAT,
        "version": VERSION,
        "slug": slug,
        "audience": Audience.CITIZENS.value,
        "titles": titles,
        **({"layout": Layout.SECTIONS.value, "sections": sections} if sections else {}),
        "questions": questions,
    }


def _grouped(children: list, problems: list[str]) -> tuple[list[tuple[dict, str | None]], list]:
    """(question, section key) in order, and the sections: a form whose top-level groups have
    labels gets a section per group (after the profile's), titled by the group's labels, and
    every question must then be in one; otherwise groups are read as if they were not there."""
    top = [c for c in children if not (c.get("control") or {}).get("bodyless")]
    if not any(c.get("type") == "group" and c.get("label") for c in top):
        return [(child, None) for child in _flat(children)], []
    sections = [profile_section()]
    entries = []
    for child in top:
        name, kind = str(child.get("name", "?")), child.get("type")
        if kind != "group" or not child.get("label"):
            what = "question" if kind not in ("group", "repeat") else kind
            problems.append(
                f"{what} {name}: outside the labelled groups; when a form's top-level groups "
                "become sections, every question is in a group with a label"
            )
            continue
        if not CODE_PATTERN.match(name) or name == PROFILE_SECTION:
            problems.append(
                f"group {name}: a section's name is a-z, 0-9 and _, and not {PROFILE_SECTION!r}"
            )
        titles = _languages(child["label"], problems, f"group {name}") or {}
        sections.append({"key": name, "titles": titles})
        entries.extend((question, name) for question in _flat(child.get("children", [])))
    return entries, sections


def _flat(children: list) -> list[dict]:
    """Questions inside groups and repeats are read as if the group were not there; pyxform's
    own metadata group is left out."""
    flat = []
    for child in children:
        if child.get("type") in ("group", "repeat"):
            if not (child.get("control") or {}).get("bodyless"):
                flat.extend(_flat(child.get("children", [])))
            continue
        flat.append(child)
    return flat


XLSFORM_TYPES = {
    "select one": QuestionType.SINGLE,
    "select all that apply": QuestionType.MULTI,
    "integer": QuestionType.NUMBER,
    "decimal": QuestionType.NUMBER,
    "text": QuestionType.TEXT,
}
LANGUAGE_NAMES = {"kazakh": "kk", "russian": "ru", "english": "en"}
RANGE = re.compile(r"^\.\s*>=\s*(-?[\d.]+)\s+and\s+\.\s*<=\s*(-?[\d.]+)$")
LENGTH = re.compile(r"^string-length\(\s*\.\s*\)\s*<=\s*(\d+)$")
EQUALS = re.compile(r"^\$\{([a-z][a-z0-9_]*)\}\s*(=|!=)\s*(?:'([^']*)'|\"([^\"]*)\"|(-?[\d.]+))$")
SELECTED = re.compile(
    r"^(not\()?\s*selected\(\s*\$\{([a-z][a-z0-9_]*)\}\s*,\s*'([^']*)'\s*\)(\))?$"
)


def _language_code(key: str) -> str | None:
    found = re.search(r"\(([a-z]{2})\)\s*$", key)
    if found and found.group(1) in LANGUAGES:
        return found.group(1)
    return LANGUAGE_NAMES.get(key.strip().lower())


def _languages(texts, problems: list[str], where: str) -> dict | None:
    if not isinstance(texts, dict):
        problems.append(
            _(
                "%(where)s: give label::Kazakh (kk), label::Russian (ru) and label::English (en)",
                where=where,
            )
        )
        return None
    found = {}
    for key, text in texts.items():
        code = _language_code(str(key))
        if code is None:
            problems.append(
                _("%(where)s: the language %(key)s is not kk, ru or en", where=where, key=repr(key))
            )
        elif text:
            found[code] = str(text)
    return found


def _xlsform_question(child: dict, problems: list[str]) -> dict | None:
    name, kind = str(child.get("name", "?")), str(child.get("type", "?"))
    where = _("question %(name)s", name=name)
    if kind not in XLSFORM_TYPES:
        problems.append(
            _("%(where)s: the type %(kind)s cannot be imported", where=where, kind=repr(kind))
        )
        return None
    spec: dict = {"code": name, "type": XLSFORM_TYPES[kind]}
    spec["texts"] = _languages(child.get("label"), problems, where) or {}
    if child.get("hint"):
        spec["hints"] = (
            _languages(child["hint"], problems, _("%(where)s, hint", where=where)) or None
        )
    bind = child.get("bind") or {}
    spec["required"] = str(bind.get("required", "")).lower() in ("yes", "true", "true()")
    if "choices" in child:
        spec["choices"] = [
            {
                "value": str(choice.get("name")),
                "labels": _languages(
                    choice.get("label"), problems, _("%(where)s, choice", where=where)
                )
                or {},
            }
            for choice in child["choices"]
        ]
        _scale_or_yes_no(spec)
    constraint = str(bind.get("constraint", "")).strip()
    if spec["type"] == QuestionType.NUMBER:
        found = RANGE.match(constraint)
        if found is None:
            problems.append(
                _(
                    "%(where)s: a number needs a range, constraint '. >= 0 and . <= 100'",
                    where=where,
                )
            )
        else:
            spec["min_value"], spec["max_value"] = map(float, found.groups())
    elif constraint:
        found = LENGTH.match(constraint) if spec["type"] == QuestionType.TEXT else None
        if found is None:
            problems.append(
                _(
                    "%(where)s: the constraint %(constraint)s cannot be imported",
                    where=where,
                    constraint=repr(constraint),
                )
            )
        else:
            spec["max_length"] = int(found.group(1))
    relevant = str(bind.get("relevant", "")).strip()
    if relevant:
        spec["show_if"] = _show_if(relevant, problems, where)
    return spec


def _scale_or_yes_no(spec: dict) -> None:
    values = [choice["value"] for choice in spec["choices"]]
    if spec["type"] != QuestionType.SINGLE:
        return
    for kind, points in LIKERT_POINTS.items():
        if values == [str(n) for n in range(1, points + 1)]:
            spec["type"] = kind
    if values == ["yes", "no"]:
        spec["type"], spec["choices"] = QuestionType.YESNO, None


def _condition(part: str) -> tuple[str, str, str] | None:
    """(question, 'equals' | 'not', value) of one comparison, or None."""
    found = EQUALS.match(part)
    if found:
        question, op, *values = found.groups()
        value = next(v for v in values if v is not None)
        return question, "equals" if op == "=" else "not", value
    found = SELECTED.match(part)
    if found and bool(found.group(1)) == bool(found.group(4)):
        return found.group(2), "not" if found.group(1) else "equals", found.group(3)
    return None


def _show_if(relevant: str, problems: list[str], where: str) -> dict | None:
    parts = [_condition(part.strip()) for part in re.split(r"\s+or\s+", relevant)]
    if all(parts) and len(parts) == 1:
        question, op, value = parts[0]
        return {"question": question, "op": op, "value": value}
    if all(parts) and len({(q, op) for q, op, _v in parts}) == 1 and parts[0][1] == "equals":
        return {"question": parts[0][0], "op": "in", "value": [v for _q, _op, v in parts]}
    problems.append(
        _(
            "%(where)s: relevant %(relevant)s cannot be imported; use %(forms)s or several of "
            "one kind joined by 'or'",
            where=where,
            relevant=repr(relevant),
            forms="${q} = 'v', ${q} != 'v', selected(${q}, 'v')",
        )
    )
    return None
