"""Training modules as files: one folder per module, read and checked, never executed.

    <module folder>/
      module.toml              settings, categories and the question bank, texts per language
      lessons/kk/01-<name>.md  one Markdown file per lesson and language: the first line is
      lessons/ru/01-<name>.md  "# <the lesson's title>", the rest is its body; the number
      lessons/en/01-<name>.md  orders the lessons, and every language has the same file names

docs/training.md describes the format with an example. ``read_module`` works on a folder
(``pathlib.Path``) or on anything with the same reading methods, such as a ``zipfile.Path``.
"""

import re
import tomllib
from pathlib import Path

from localization import LANGUAGES
from training.authoring import ModuleDataError, validate_module

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
        problems.append(f"{MODULE_FILE}: lessons are Markdown files in {LESSONS}/<language>/")
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
        problems.append(f"{where}: not UTF-8 text")
        return None


def _read_settings(folder: Path, problems: list[str]) -> dict | None:
    path = folder / MODULE_FILE
    if not path.is_file():
        problems.append(f"{MODULE_FILE}: missing")
        return None
    text = _read_text(path, problems, MODULE_FILE)
    if text is None:
        return None
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:  # its message names the line and column
        problems.append(f"{MODULE_FILE}: not valid TOML: {error}")
        return None


def _read_lessons(folder: Path) -> tuple[list[dict], list[str]]:
    """The lessons in file-name order, with the problems of their files."""
    root, problems = folder / LESSONS, []
    if not root.is_dir():
        return [], [f"{LESSONS}/: missing (one folder per language: {_folders()})"]
    for entry in root.iterdir():
        if entry.name not in LANGUAGES and not entry.name.startswith("."):
            problems.append(f"{LESSONS}/{entry.name}: not a language folder ({_folders()})")
    files: dict[str, dict] = {}  # file name -> language -> file
    for language in LANGUAGES:
        if not (root / language).is_dir():
            problems.append(f"{LESSONS}/{language}/: missing")
            continue
        for entry in (root / language).iterdir():
            if entry.name.startswith("."):
                continue
            if LESSON_FILE.match(entry.name) and entry.is_file():
                files.setdefault(entry.name, {})[language] = entry
            else:
                problems.append(
                    f"{LESSONS}/{language}/{entry.name}: not a lesson file "
                    "(expected a number and a name, such as 01-what-it-is.md)"
                )
    names = sorted(files)
    if not names and not problems:
        problems.append(f"{LESSONS}/: no lesson files (such as {LESSONS}/kk/01-what-it-is.md)")
    for before, after in zip(names, names[1:], strict=False):
        if before[:2] == after[:2]:
            problems.append(f"{LESSONS}: {before} and {after} have the same number")
    lessons = []
    for name in names:
        lesson: dict = {"title": {}, "body": {}}
        for language in LANGUAGES:
            where = f"{LESSONS}/{language}/{name}"
            if language not in files[name]:
                others = ", ".join(files[name])
                problems.append(f"{where}: missing (the lesson is written in {others})")
                continue
            text = _read_text(files[name][language], problems, where)
            if text is None:
                continue
            title, _, body = text.partition("\n")
            if not title.startswith("# ") or not title[2:].strip():
                problems.append(f"{where}: the first line must be the lesson's title: # Title")
            elif not body.strip():
                problems.append(f"{where}: no text below the title")
            else:
                lesson["title"][language] = title[2:].strip()
                lesson["body"][language] = body.strip()
        lessons.append(lesson)
    return lessons, problems


def _folders() -> str:
    return ", ".join(f"{LESSONS}/{language}" for language in LANGUAGES)
