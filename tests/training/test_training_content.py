"""The module folders in training/content hold exactly what training/demo_content/*.py held."""

from pathlib import Path

import pytest

import training
from training.demo_content import MODULES
from training.module_files import read_module

CONTENT = Path(training.__file__).parent / "content"


def canonical(data: dict) -> dict:
    """The module as create_module reads it: an absent optional text is None, absent correct
    is False, so ``correct = false`` written out or left out is the same module."""
    for question in data["questions"]:
        question.setdefault("scenario", None)
        question.setdefault("explanation", None)
        for choice in question["choices"]:
            choice.setdefault("correct", False)
            choice.setdefault("feedback", None)
    return data


@pytest.mark.parametrize("old", MODULES, ids=[data["slug"] for data in MODULES])
def test_each_module_folder_reads_as_the_python_module_it_replaces(old):
    """Every setting, text, lesson, category, question and choice, in order, character for
    character (a lost, added or altered text, or a changed right answer, fails)."""
    assert canonical(read_module(CONTENT / old["slug"])) == canonical(old)


def test_every_module_folder_has_its_python_module():
    assert sorted(path.name for path in CONTENT.iterdir()) == sorted(d["slug"] for d in MODULES)
