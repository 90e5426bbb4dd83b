"""Surveys as files: wording, choices and skip logic in TOML, read and checked, never executed.

    surveys/content/
      shared.toml     answer scales, choice lists, hints and section titles used by name
      profile.toml    the respondent profile's wording (surveys/profile.py fixes its codes)
      citizens.toml   one file per demo survey: slug, audience, title, intro, questions
      experts.toml

A question is a ``[[questions]]`` table of Question's columns, with ``text`` and ``hint``
for ``texts`` and ``hints``; its ``choices`` are a name from shared.toml (optionally
``choices_without`` some values) or its own ``[[questions.choices]]`` with ``value`` and
``label``; its ``section`` names one of shared.toml's ``[sections.<name>]``, whose titles the
survey's page shows a screen each (the profile's questions are in the ``profile`` section). A
survey may say ``layout = "single_page"``. docs/surveys.md shows an example. What is read here
is a list of question specs; ``surveys.authoring.build_questions`` checks them as it checks every
instrument.
"""

import tomllib
from pathlib import Path

from localization import LANGUAGES
from surveys.models import Audience, Layout

CONTENT = Path(__file__).parent / "content"
SHARED_FILE = CONTENT / "shared.toml"

SURVEY_KEYS = ("slug", "audience", "title", "intro", "layout", "questions")
QUESTION_KEYS = (
    "code", "type", "construct", "required", "reverse_scored", "choices", "choices_without",
    "min_value", "max_value", "max_length", "regions", "show_if", "text", "hint", "section",
)  # fmt: skip
CHOICE_KEYS = ("value", "label")
SHARED_KEYS = ("choices", "hints", "sections")
PROFILE_SECTION = "profile"  # the section of the profile's questions, first in every survey
COLUMNS = {"text": "texts", "hint": "hints"}  # the file's key -> Question's column


class SurveyFileError(ValueError):
    """A survey file that cannot be read; ``problems`` lists every problem found."""

    def __init__(self, where: str, problems: list[str]):
        super().__init__(f"{where}: " + "; ".join(problems))
        self.where = where
        self.problems = problems


def read_survey(path: Path, shared: Path = SHARED_FILE) -> dict:
    """``{"slug", "audience", "titles", "intros", "layout", "sections", "questions"}`` from a
    survey file; the questions are specs for ``build_questions`` (the profile block is not among
    them, but its section is the first of ``sections``)."""
    data, problems = read_toml(path), []
    _keys(problems, "survey", data, SURVEY_KEYS)
    if not isinstance(data.get("slug"), str) or not data["slug"]:
        problems.append("slug: expected the survey's address, such as 'citizens'")
    if data.get("audience") not in [str(audience) for audience in Audience]:
        problems.append(f"audience: expected one of {', '.join(Audience)}")
    layout = data.get("layout", Layout.SECTIONS.value)
    if layout not in [str(value) for value in Layout]:
        problems.append(f"layout: expected one of {', '.join(Layout)}")
    named = read_shared(shared)
    questions = _questions(problems, data, named)
    survey = {
        "slug": data.get("slug"),
        "audience": data.get("audience"),
        "titles": _texts(problems, "title", data.get("title")),
        "intros": _texts(problems, "intro", data.get("intro")),
        "layout": layout,
        "sections": _sections(problems, questions, named["sections"]),
        "questions": questions,
    }
    if problems:
        raise SurveyFileError(path.name, problems)
    return survey


def read_questions(path: Path, shared: Path = SHARED_FILE) -> list[dict]:
    """The question specs of a file that holds only ``[[questions]]`` (such as profile.toml)."""
    data, problems = read_toml(path), []
    _keys(problems, path.name, data, ("questions",))
    questions = _questions(problems, data, read_shared(shared))
    if problems:
        raise SurveyFileError(path.name, problems)
    return questions


def read_shared(path: Path = SHARED_FILE) -> dict:
    """``{"choices": {name: [choice, ...]}, "hints": {name: texts}, "sections": {name: texts}}``
    from shared.toml (a section's texts are its title)."""
    data, problems = read_toml(path), []
    _keys(problems, path.name, data, SHARED_KEYS)
    lists, hints = data.get("choices", {}), data.get("hints", {})
    sections = data.get("sections", {})
    if not all(isinstance(table, dict) for table in (lists, hints, sections)):
        raise SurveyFileError(
            path.name, ["expected [[choices.<name>]], [hints] and [sections.<name>] tables"]
        )
    shared = {
        "choices": {
            name: _choices(problems, f"choices.{name}", entries) for name, entries in lists.items()
        },
        "hints": {name: _texts(problems, f"hints.{name}", texts) for name, texts in hints.items()},
        "sections": {
            name: _section_title(problems, f"sections.{name}", table)
            for name, table in sections.items()
        },
    }
    if problems:
        raise SurveyFileError(path.name, problems)
    return shared


def profile_section() -> dict:
    """The first section of every survey in sections, titled as shared.toml titles it."""
    return {"key": PROFILE_SECTION, "titles": read_shared()["sections"][PROFILE_SECTION]}


def _section_title(problems: list[str], where: str, table) -> dict:
    if not isinstance(table, dict):
        problems.append(f"{where}: expected a table with a title per language")
        return {}
    _keys(problems, where, table, ("title",))
    return _texts(problems, f"{where}.title", table.get("title"))


def _sections(problems: list[str], questions: list[dict], named: dict) -> list[dict] | None:
    """The survey's sections in the order its questions name them, the profile's first; None
    when no question names one (the page then shows the profile, then the other questions)."""
    if all(question.get("section") is None for question in questions):
        return None
    keys = [PROFILE_SECTION]
    for question in questions:
        key = question.get("section")
        if key is None:
            problems.append(f"questions ({question.get('code', '?')}): section: expected a name")
        elif key not in named:
            problems.append(f"section: no section named {key!r} in shared.toml")
        elif key not in keys:
            keys.append(key)
    return [{"key": key, "titles": named.get(key, {})} for key in keys]


def read_toml(path: Path) -> dict:
    try:
        return tomllib.loads(path.read_text(encoding="utf-8-sig"))
    except FileNotFoundError:
        raise SurveyFileError(path.name, ["missing"]) from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as error:  # names line and column
        raise SurveyFileError(path.name, [f"not valid TOML: {error}"]) from None


def _keys(problems: list[str], where: str, table: dict, known: tuple[str, ...]) -> None:
    unknown = [str(key) for key in table if key not in known]
    if unknown:
        problems.append(f"{where}: unknown key {', '.join(unknown)} (expected {', '.join(known)})")


def _texts(problems: list[str], where: str, texts) -> dict:
    """A text per language; other languages are named (the instrument checks for missing)."""
    if not isinstance(texts, dict):
        problems.append(f"{where}: expected a text per language ({', '.join(LANGUAGES)})")
        return {}
    unknown = [str(language) for language in texts if language not in LANGUAGES]
    if unknown:
        problems.append(f"{where}: unknown language {', '.join(unknown)}")
    return texts


def _choices(problems: list[str], where: str, entries) -> list[dict]:
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        problems.append(f"{where}: expected [[...]] tables with a value and a label")
        return []
    choices = []
    for index, entry in enumerate(entries):
        _keys(problems, f"{where}[{index}]", entry, CHOICE_KEYS)
        label = _texts(problems, f"{where}[{index}].label", entry.get("label"))
        choices.append({"value": entry.get("value"), "labels": label})
    return choices


def _questions(problems: list[str], data: dict, shared: dict) -> list[dict]:
    entries = data.get("questions", [])
    if not isinstance(entries, list) or not all(isinstance(entry, dict) for entry in entries):
        problems.append("questions: expected [[questions]] tables")
        return []
    specs = []
    for index, entry in enumerate(entries):
        where = f"questions[{index}] ({entry.get('code', '?')})"
        _keys(problems, where, entry, QUESTION_KEYS)
        spec = {COLUMNS.get(key, key): value for key, value in entry.items()}
        spec.pop("choices_without", None)
        spec["texts"] = _texts(problems, f"{where}.text", entry.get("text"))
        if "hint" in entry:
            spec["hints"] = _hint(problems, f"{where}.hint", entry["hint"], shared["hints"])
        if "choices" in entry:
            spec["choices"] = _question_choices(problems, where, entry, shared["choices"])
        elif "choices_without" in entry:
            problems.append(f'{where}.choices_without: only with choices = "<name>"')
        specs.append(spec)
    return specs


def _hint(problems: list[str], where: str, hint, named: dict) -> dict:
    if isinstance(hint, str):
        if hint not in named:
            problems.append(f"{where}: no hint named {hint!r} in shared.toml")
        return named.get(hint, {})
    return _texts(problems, where, hint)


def _question_choices(problems: list[str], where: str, entry: dict, named: dict) -> list[dict]:
    choices, without = entry["choices"], entry.get("choices_without", [])
    if not isinstance(choices, str):
        if without:
            problems.append(f'{where}.choices_without: only with choices = "<name>"')
        return _choices(problems, f"{where}.choices", choices)
    if choices not in named:
        problems.append(f"{where}.choices: no choice list named {choices!r} in shared.toml")
        return []
    values = [choice["value"] for choice in named[choices]]
    if not isinstance(without, list) or any(value not in values for value in without):
        problems.append(f"{where}.choices_without: expected a list of values of {choices!r}")
        return named[choices]
    return [choice for choice in named[choices] if choice["value"] not in without]
