"""Modules as data: validation with clear messages; the demo loader and its real content."""

import copy
from datetime import timedelta

import pytest
from flask_babel import force_locale

from extensions import db
from tests.training.helpers import module_data, module_folder
from training.authoring import ModuleDataError, create_module, validate_module
from training.dates import local_today
from training.demo import load_demo_modules
from training.models import Assignment, BankQuestion, Module


def broken(change) -> dict:
    data = copy.deepcopy(module_data())
    change(data)
    return data


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d["title"].pop("kk"), "title: missing text in kk"),
        (lambda d: d["lessons"][0]["body"].update(ru=" "), "lessons[0].body: missing text in ru"),
        (lambda d: d.update(questions=d["questions"][:11]), "expected at least 12, found 11"),
        (lambda d: d["questions"][0].update(category="nope"), "'nope' is not a category"),
        (
            lambda d: d["questions"][0]["choices"][1].update(correct=True),
            "for a single question, give 2+ choices, exactly one of them correct (found 2 of 3)",
        ),
        (lambda d: d["questions"][2]["choices"].pop(), "true/false needs 2 choices"),
        (
            lambda d: d["questions"][1]["choices"][1].update(correct=False),
            "multiple-choice question needs 3+ choices and 2+ correct",
        ),
        (lambda d: d["questions"][3].update(scenario=None), "questions[3].scenario: expected"),
        (
            lambda d: d["questions"][3]["choices"][0].pop("feedback"),
            "questions[3].choices[0].feedback: expected",
        ),
        (
            lambda d: d["categories"][0].update(draw=7),
            "categories[0]: draws 7 questions but has only 6",
        ),
        (lambda d: d.update(slug="Not A Slug"), "slug: expected lowercase words"),
        (lambda d: d.update(topic="bribes"), "topic: expected one of"),
        (lambda d: d.update(minutes=45), "minutes: expected a whole number from 10 to 20"),
        (lambda d: d.update(pass_mark=120), "pass_mark: expected a whole number from 1 to 100"),
        (lambda d: d.update(colour="red"), "module: unknown key colour"),
        (lambda d: d["questions"][0].update(feeback=None), "questions[0]: unknown key feeback"),
        (lambda d: d["title"].update(kz="Тақырып"), "title: unknown language kz"),
        (lambda d: d["summary"].update(en=5), "summary: expected text in en"),
        (lambda d: d["questions"].append("q13"), "questions[12]: expected a table, got 'q13'"),
        (
            lambda d: d["questions"][0]["choices"][0].update(correct="yes"),
            "questions[0].choices[0].correct: expected true or false",
        ),
        (lambda d: d["questions"][0].update(kind=["single"]), "questions[0].kind: expected one of"),
        (lambda d: d["questions"][0].update(category=["basics"]), "is not a category"),
        (
            lambda d: [
                q.update(kind="single", scenario=None)
                for q in d["questions"]
                if q["kind"] == "scenario"
            ],
            "expected scenario dilemmas among them",
        ),
    ],
)
def test_validation_names_each_problem(change, message):
    problems = validate_module(broken(change))
    assert any(message in problem for problem in problems), problems


def test_valid_data_has_no_problems():
    assert validate_module(module_data()) == []
    assert validate_module("not a dict") == [
        "module: expected a table of settings, texts, lessons and questions"
    ]


def test_demo_loader_publishes_and_assigns_once(app, tmp_path):
    content = tmp_path / "content"
    module_folder(content, "gifts-and-hospitality", name="a-gifts")  # loads after the topic before
    module_folder(content, "conflict-of-interest")
    broken_folder = module_folder(content, "reporting-corruption", name="broken")
    next((broken_folder / "lessons" / "kk").glob("01-*.md")).unlink()
    with app.app_context():
        lines = load_demo_modules(content)
        assert lines[0] == (
            "training demo modules: 2 loaded (conflict-of-interest, gifts-and-hospitality)"
        )
        assert lines[1:] == [
            "training: skipped module 'broken':",
            "  - lessons/kk/01-when-and-what-to-report.md: missing"
            " (the lesson is written in ru, en)",
        ]
        modules = db.session.execute(db.select(Module).order_by(Module.id)).scalars().all()
        assert [(m.slug, m.published) for m in modules] == [
            ("conflict-of-interest", True),
            ("gifts-and-hospitality", True),
        ]
        assignments = db.session.execute(db.select(Assignment)).scalars().all()
        assert {(a.module.slug, a.role, a.region_id) for a in assignments} == {
            ("conflict-of-interest", "civil_servant", None),
            ("gifts-and-hospitality", "civil_servant", None),
        }
        assert {a.due_on for a in assignments} == {local_today() + timedelta(days=30)}
        assert db.session.execute(db.select(db.func.count(BankQuestion.id))).scalar() == 26
        assert load_demo_modules(content) == []  # only into an empty table


def test_create_module_refuses_bad_data(app):
    english = pytest.raises(ModuleDataError, match="test-integrity: .*missing text")
    with app.app_context(), force_locale("en"), english:
        create_module(broken(lambda d: d["summary"].pop("en")))
    with app.app_context(), pytest.raises(ModuleDataError, match="нет текста на языках: en"):
        create_module(broken(lambda d: d["summary"].pop("en")))  # the site's language: Russian


def test_seed_demo_runs_the_training_loader_on_the_real_content(app):
    """``flask seed demo`` calls the loaders listed in seeding.py; ours loads every folder."""
    from seeding import DEMO_LOADERS, _load

    assert "training.demo:load_demo_modules" in DEMO_LOADERS
    in_topic_order = [
        "conflict-of-interest",
        "gifts-and-hospitality",
        "reporting-corruption",
        "everyday-corruption-in-public-services",
        "ethics-and-public-control",
    ]
    with app.app_context():
        lines = _load("training.demo:load_demo_modules")()
        assert lines == [f"training demo modules: 5 loaded ({', '.join(in_topic_order)})"]
        modules = db.session.execute(db.select(Module).order_by(Module.id)).scalars().all()
        assert [module.slug for module in modules] == in_topic_order
        assert all(module.published for module in modules)
        for module in modules:
            assert len(module.questions) >= 12
            assert any(question.kind == "scenario" for question in module.questions)
