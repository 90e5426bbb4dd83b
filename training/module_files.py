"""Training modules as files: one folder per module, read and checked, never executed.

    <module folder>/
      module.toml              settings, categories and the question bank, texts per language
      lessons/kk/01-<name>.md  one Markdown file per lesson and language: the first line is
      lessons/ru/01-<name>.md  "# <the lesson's title>", the rest is its body; the number
      lessons/en/01-<name>.md  orders the lessons, and every language has the same file names

docs/training.md describes the format with an example. ``read_module`` works on a folder
(``pathlib.Path``) or on anything with the same reading methods, such as a ``zipfile.Path``:
``read_module_archive`` reads an uploaded zip that way, and ``module_archive`` writes one.
"""

import io
import re
import tomllib
import zipfile
from pathlib import Path

import tomlkit
from flask_babel import gettext as _
from flask_babel import ngettext

from localization import LANGUAGES
from training.authoring import ModuleDataError, validate_module
from training.models import Module

MODULE_FILE = "module.toml"
LESSONS = "lessons"
LESSON_FILE = re.compile(r"^(\d{2})-[a-z0-9]+(?:-[a-z0-9]+)*\.md$")


def read_module(folder: Path) -> dict:
    """The module in ``folder`` as checked data; ModuleDataError with every problem otherwise."""
    problems: list[str] = []
    data = _read_settings(folder, problems)
    if data is None:
        raise ModuleDataError(str(folder), problems)
    if LESSONS in data:
        problems.append(
            _(
                "%(file)s: lessons are Markdown files in %(folder)s",
                file=MODULE_FILE,
                folder=f"{LESSONS}/<language>/",
            )
        )
    lessons, lesson_problems = _read_lessons(folder)
    problems.extend(lesson_problems)
    data[LESSONS] = lessons
    for problem in validate_module(data):
        if not problem.startswith(LESSONS):
            problems.append(f"{MODULE_FILE}: {problem}")
        elif not lesson_problems:  # otherwise the files' own problems already say it
            problems.append(problem)
    if problems:
        raise ModuleDataError(str(folder), problems)
    return data


def _read_text(path, problems: list[str], where: str) -> str | None:
    try:
        return path.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        problems.append(_("%(where)s: not UTF-8 text", where=where))
        return None


def _read_settings(folder: Path, problems: list[str]) -> dict | None:
    path = folder / MODULE_FILE
    if not path.is_file():
        problems.append(_("%(where)s: missing", where=MODULE_FILE))
        return None
    text = _read_text(path, problems, MODULE_FILE)
    if text is None:
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # its message names the line and column
        problems.append(_("%(where)s: not valid TOML: %(error)s", where=MODULE_FILE, error=error))
        return None


def _read_lessons(folder: Path) -> tuple[list[dict], list[str]]:
    """The lessons in file-name order, with the problems of their files."""
    root, problems = folder / LESSONS, []
    if not root.is_dir():
        return [], [
            _(
                "%(where)s: missing (one folder per language: %(folders)s)",
                where=f"{LESSONS}/",
                folders=_folders(),
            )
        ]
    for entry in root.iterdir():
        if entry.name not in LANGUAGES and not entry.name.startswith("."):
            problems.append(
                _(
                    "%(where)s: not a language folder (%(folders)s)",
                    where=f"{LESSONS}/{entry.name}",
                    folders=_folders(),
                )
            )
    files: dict[str, dict] = {}  # file name -> language -> file
    for language in LANGUAGES:
        if not (root / language).is_dir():
            problems.append(_("%(where)s: missing", where=f"{LESSONS}/{language}/"))
            continue
        for entry in (root / language).iterdir():
            if entry.name.startswith("."):
                continue
            if LESSON_FILE.match(entry.name) and entry.is_file():
                files.setdefault(entry.name, {})[language] = entry
            else:
                problems.append(
                    _(
                        "%(where)s: not a lesson file (expected a number and a name, such as "
                        "01-what-it-is.md)",
                        where=f"{LESSONS}/{language}/{entry.name}",
                    )
                )
    names = sorted(files)
    if not names and not problems:
        problems.append(
            _(
                "%(where)s: no lesson files (such as %(example)s)",
                where=f"{LESSONS}/",
                example=f"{LESSONS}/kk/01-what-it-is.md",
            )
        )
    for before, after in zip(names, names[1:], strict=False):
        if before[:2] == after[:2]:
            problems.append(
                _(
                    "%(where)s: %(before)s and %(after)s have the same number",
                    where=LESSONS,
                    before=before,
                    after=after,
                )
            )
    lessons = []
    for name in names:
        lesson: dict = {"title": {}, "body": {}}
        for language in LANGUAGES:
            where = f"{LESSONS}/{language}/{name}"
            if language not in files[name]:
                others = ", ".join(files[name])
                problems.append(
                    _(
                        "%(where)s: missing (the lesson is written in %(languages)s)",
                        where=where,
                        languages=others,
                    )
                )
                continue
            text = _read_text(files[name][language], problems, where)
            if text is None:
                continue
            title, _newline, body = text.partition("\n")
            if not title.startswith("# ") or not title[2:].strip():
                problems.append(
                    _("%(where)s: the first line must be the lesson's title: # Title", where=where)
                )
            elif not body.strip():
                problems.append(_("%(where)s: no text below the title", where=where))
            else:
                lesson["title"][language] = title[2:].strip()
                lesson["body"][language] = body.strip()
        lessons.append(lesson)
    return lessons, problems


def _folders() -> str:
    return ", ".join(f"{LESSONS}/{language}" for language in LANGUAGES)


# ------------------------------------------------------------------------------ data and zips


def module_data(module: Module) -> dict:
    """A module as the data ``read_module`` gives: its active questions, none retired."""
    optional = {"scenario", "explanation", "feedback"}
    data = {
        "slug": module.slug,
        "topic": module.topic,
        "minutes": module.minutes,
        "pass_mark": module.pass_mark,
        "max_attempts": module.max_attempts,
        "title": dict(module.title),
        "summary": dict(module.summary),
        "categories": [
            {"code": category.code, "draw": category.draw_count, "title": dict(category.title)}
            for category in module.categories
        ],
        "questions": [],
        LESSONS: [
            {"title": dict(lesson.title), "body": dict(lesson.body)} for lesson in module.lessons
        ],
    }
    for category in module.categories:
        for question in category.questions:
            if not question.active:
                continue
            entry = {
                "category": category.code,
                "kind": question.kind,
                "scenario": question.scenario,
                "text": dict(question.text),
                "explanation": question.explanation,
                "choices": [
                    {"correct": True, "text": dict(c.text), "feedback": c.feedback}
                    if c.correct
                    else {"text": dict(c.text), "feedback": c.feedback}
                    for c in question.choices
                ],
            }
            for choice in entry["choices"]:
                if not choice["feedback"]:
                    del choice["feedback"]
            data["questions"].append(
                {key: value for key, value in entry.items() if value or key not in optional}
            )
    return data


def _texts_into(table, name: str, texts: dict | None) -> None:
    """``name.kk = ...``, ``name.ru = ...``, ``name.en = ...``: a translator reads them together."""
    for language in LANGUAGES:
        if texts and language in texts:
            table.add(tomlkit.key([name, language]), texts[language])


def module_toml(data: dict) -> str:
    """``module.toml`` as docs/training.md lays it out (without the lessons)."""
    document = tomlkit.document()
    document.add(tomlkit.comment(HEADER))
    document.add(tomlkit.nl())
    for key in ("slug", "topic", "minutes", "pass_mark", "max_attempts"):
        document.add(key, data[key])
    document.add(tomlkit.nl())
    _texts_into(document, "title", data["title"])
    document.add(tomlkit.nl())
    _texts_into(document, "summary", data["summary"])
    categories = tomlkit.aot()
    for category in data["categories"]:
        table = tomlkit.table()
        table.add("code", category["code"])
        table.add("draw", category["draw"])
        _texts_into(table, "title", category["title"])
        categories.append(table)
    document.add("categories", categories)
    questions = tomlkit.aot()
    for question in data["questions"]:
        table = tomlkit.table()
        table.add("category", question["category"])
        table.add("kind", question["kind"])
        for name in ("scenario", "text", "explanation"):
            _texts_into(table, name, question.get(name))
        choices = tomlkit.aot()
        for choice in question["choices"]:
            entry = tomlkit.table()
            if choice.get("correct"):
                entry.add("correct", True)
            _texts_into(entry, "text", choice["text"])
            _texts_into(entry, "feedback", choice.get("feedback"))
            choices.append(entry)
        table.add("choices", choices)
        questions.append(table)
    document.add("questions", questions)
    return tomlkit.dumps(document)


HEADER = (
    " A training module: its settings, question categories and question bank, texts in kk, ru,"
    " en.\n# Its lessons are Markdown files in lessons/kk, lessons/ru and lessons/en."
    " See docs/training.md."
)


def lesson_file_name(position: int, lesson: dict) -> str:
    """``01-what-it-is.md``: the number orders the lessons; the name comes from the English
    title (ASCII letters and digits), the same in every language."""
    words = re.findall(r"[a-z0-9]+", str(lesson["title"].get("en", "")).lower())
    return f"{position:02d}-{'-'.join(words[:6]) or 'lesson'}.md"


def module_archive(data: dict) -> bytes:
    """A zip of the module folder ``<slug>/``, which ``read_module_archive`` reads back."""
    buffer = io.BytesIO()
    root = data["slug"]
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr(f"{root}/{MODULE_FILE}", module_toml(data))
        for position, lesson in enumerate(data[LESSONS], start=1):
            name = lesson_file_name(position, lesson)
            for language in LANGUAGES:
                text = f"# {lesson['title'][language]}\n\n{lesson['body'][language]}\n"
                archive.writestr(f"{root}/{LESSONS}/{language}/{name}", text)
    return buffer.getvalue()


MAX_ARCHIVE_FILES = 300
MAX_ARCHIVE_BYTES = 20 * 1024 * 1024  # unpacked: a small zip may unpack to gigabytes
SYMLINK = 0o120000


def read_module_archive(content: bytes) -> dict:
    """The module in an uploaded zip, checked as ``read_module`` checks a folder. A zip that is
    not one, that points outside its folder, holds links, or is too many files or bytes
    unpacked is refused before anything is read from it."""
    try:
        archive = zipfile.ZipFile(io.BytesIO(content))
    except (zipfile.BadZipFile, ValueError) as error:
        raise ModuleDataError("upload", [_("The file is not a zip archive.")]) from error
    archive.filename = "upload.zip"  # named in the problems a folder of it may have
    with archive:
        entries = archive.infolist()
        problems = _archive_problems(entries)
        if problems:
            raise ModuleDataError("upload", problems)
        names = [entry.filename for entry in entries if not _ignored(entry.filename)]
        if MODULE_FILE in names:
            root = ""
        else:
            tops = {name.split("/", 1)[0] for name in names}
            if len(tops) != 1 or f"{next(iter(tops))}/{MODULE_FILE}" not in names:
                raise ModuleDataError(
                    "upload",
                    [
                        _(
                            "No %(file)s found: the zip must hold one module folder "
                            "(%(file)s and %(folder)s), or its contents.",
                            file=MODULE_FILE,
                            folder=f"{LESSONS}/",
                        )
                    ],
                )
            root = next(iter(tops)) + "/"
        return read_module(zipfile.Path(archive, at=root))


def _ignored(name: str) -> bool:
    """What zip tools add: macOS resource forks and Finder files."""
    return name.startswith("__MACOSX/") or name.rsplit("/", 1)[-1] == ".DS_Store"


def _archive_problems(entries: list[zipfile.ZipInfo]) -> list[str]:
    problems = []
    if len(entries) > MAX_ARCHIVE_FILES:
        problems.append(
            ngettext(
                "The zip holds %(num)s file; a module has at most %(most)s.",
                "The zip holds %(num)s files; a module has at most %(most)s.",
                len(entries),
                most=MAX_ARCHIVE_FILES,
            )
        )
    if sum(entry.file_size for entry in entries) > MAX_ARCHIVE_BYTES:
        problems.append(
            _("The zip unpacks to more than %(size)s MB.", size=MAX_ARCHIVE_BYTES // 2**20)
        )
    for entry in entries:
        name = entry.filename
        parts = name.replace("\\", "/").split("/")
        if name.startswith(("/", "\\")) or ":" in parts[0] or ".." in parts or "\\" in name:
            problems.append(_("%(where)s: a path outside the module folder", where=name))
        elif (entry.external_attr >> 16) & 0o170000 == SYMLINK:
            problems.append(
                _("%(where)s: a symbolic link (the zip must hold plain files)", where=name)
            )
        elif entry.flag_bits & 0x1:
            problems.append(_("%(where)s: encrypted", where=name))
    return problems
