"""Module folders: ``flask training load-module FOLDER`` loads one, or lists every problem."""

import zipfile

from accounts.audit import AuditEvent
from extensions import db
from tests.training.helpers import edit, module_folder
from training.demo import CONTENT
from training.models import Module
from training.module_files import read_module


def load(runner, folder, *options):
    return runner.invoke(args=["training", "load-module", str(folder), *options])


def test_load_module_creates_a_draft_once(app, runner, tmp_path):
    folder = module_folder(tmp_path, name="from-file")
    edit(folder / "module.toml", 'slug = "conflict-of-interest"', 'slug = "from-file"')
    result = load(runner, folder)
    assert result.exit_code == 0, result.output
    assert "Loaded module from-file (draft): 13 questions." in result.output
    again = load(runner, folder, "--publish")
    assert again.exit_code != 0
    assert "Another module already has the address from-file." in again.output
    with app.app_context():
        module = db.session.execute(db.select(Module)).scalar_one()
        assert module.slug == "from-file" and not module.published
        assert [lesson.title["kk"] for lesson in module.lessons] == [
            "Мүдделер қақтығысы дегеніміз не",
            "Нақты, бар сияқты көрінетін және ықтимал қақтығыс",
            "Хабарлау және өздігінен бас тарту",
        ]
        assert module.lessons[0].body["ru"].startswith("## Что такое конфликт интересов?\n\n")
        event = db.session.execute(db.select(AuditEvent)).scalar_one()
        assert (event.action, event.target) == ("module.create", "from-file")


def test_load_module_lists_every_problem_and_stores_nothing(app, runner, tmp_path):
    folder = module_folder(tmp_path)
    settings, lessons = folder / "module.toml", folder / "lessons"
    edit(settings, "pass_mark = 80", "pass_mark = 120")
    edit(settings, "minutes = 15", 'minutes = 15\ncolour = "red"')
    edit(settings, "\ncorrect = true\n", "\n")  # the first question loses its right answer
    edit(settings, "explanation.en =", "explanaton.en =")
    (lessons / "ru" / "02-actual-apparent-and-potential-conflicts.md").unlink()
    edit(lessons / "en" / "03-declaring-and-stepping-aside.md", "# ", "")
    (lessons / "kk" / "notes.txt").write_text("to do", encoding="utf-8")
    (lessons / "kz").mkdir()
    (lessons / "kk" / "04-extra.md").write_bytes(b"# \xff\xfe\n\nbody")
    result = load(runner, folder)
    assert result.exit_code != 0
    problems = [line[4:] for line in result.output.splitlines() if line.startswith("  - ")]
    assert sorted(problems) == sorted([
        "lessons/kz: not a language folder (lessons/kk, lessons/ru, lessons/en)",
        "lessons/kk/notes.txt: not a lesson file "
        "(expected a number and a name, such as 01-what-it-is.md)",
        "lessons/kk/04-extra.md: not UTF-8 text",
        "lessons/ru/02-actual-apparent-and-potential-conflicts.md: missing "
        "(the lesson is written in kk, en)",
        "lessons/en/03-declaring-and-stepping-aside.md: "
        "the first line must be the lesson's title: # Title",
        "lessons/ru/04-extra.md: missing (the lesson is written in kk)",
        "lessons/en/04-extra.md: missing (the lesson is written in kk)",
        "module.toml: module: unknown key colour (expected slug, topic, minutes, pass_mark, "
        "max_attempts, title, summary, lessons, categories, questions)",
        "module.toml: pass_mark: expected a whole number from 1 to 100, got 120",
        "module.toml: questions[0]: unknown key explanaton "
        "(expected category, kind, scenario, text, explanation, choices)",
        "module.toml: questions[0].explanation: missing text in en",
        "module.toml: questions[0]: for a single question, give 2+ choices, exactly one of them "
        "correct (found 0 of 4)",
    ])  # fmt: skip
    with app.app_context():
        assert db.session.execute(db.select(Module)).first() is None


def test_bad_toml_is_named_with_its_line(runner, tmp_path):
    folder = module_folder(tmp_path)
    edit(folder / "module.toml", 'topic = "conflict_of_interest"', "topic = conflict of interest")
    result = load(runner, folder)
    assert result.exit_code != 0
    assert "  - module.toml: not valid TOML: " in result.output
    assert "(at line 5, column" in result.output


def test_a_folder_without_module_toml(runner, tmp_path):
    (tmp_path / "lessons").mkdir()
    result = load(runner, tmp_path)
    assert result.exit_code != 0 and "  - module.toml: missing" in result.output
    assert load(runner, tmp_path / "nowhere").exit_code != 0  # click: the folder must exist


def test_a_module_reads_the_same_from_a_zip(tmp_path):
    """What an upload will hand over: the folder inside a zip, read through zipfile.Path."""
    folder = CONTENT / "gifts-and-hospitality"
    archive = tmp_path / "module.zip"
    with zipfile.ZipFile(archive, "w") as zipped:
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                zipped.write(path, path.relative_to(folder).as_posix())
    with zipfile.ZipFile(archive) as zipped:
        assert read_module(zipfile.Path(zipped)) == read_module(folder)
