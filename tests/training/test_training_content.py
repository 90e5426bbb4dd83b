"""The demo module folders in training/content: each reads, and reads as it was written.

DIGESTS holds the SHA-256 of each module's canonical JSON: what ``read_module`` returns, with
an absent optional text read as None and an absent ``correct`` as False (as create_module
reads them), keys sorted, UTF-8. They were taken when the modules moved from Python
dictionaries (training/demo_content/*.py) to these files, while a test compared the two text
for text, so a lost, added or altered character in any lesson, question, choice, feedback or
setting, or a changed right answer, fails here and names the module. After a deliberate
change, print the new digests with ``python -m tests.training.test_training_content`` and put
them here; the diff of the content files shows what changed.
"""

import hashlib
import json

import pytest

from training.demo import CONTENT
from training.module_files import read_module

DIGESTS = {
    "conflict-of-interest": "7b5ed8eb56954f1cb12ea5729b51a41916062042b5e91f1b8239c6ff0c17058a",
    "ethics-and-public-control": "54e41a730510ecdc81c95ad7a728e2c20f6f87c8653be1d74143dea7799457c9",
    "everyday-corruption-in-public-services": (
        "124794f83ca29d3f5766416b5478da868aa27e30562d132c66acb23c0bc9bdc4"
    ),
    "gifts-and-hospitality": "0b354e2a4251efaa95362e7b6424edde80bb97f5925c293bec22f44d0d92d868",
    "reporting-corruption": "ef1899d5c3c86a0f4c2fb0528805d970c4159519685ac1b92206528d653b4ade",
}


def canonical(data: dict) -> dict:
    for question in data["questions"]:
        question.setdefault("scenario", None)
        question.setdefault("explanation", None)
        for choice in question["choices"]:
            choice.setdefault("correct", False)
            choice.setdefault("feedback", None)
    return data


def digest(data: dict) -> str:
    text = json.dumps(canonical(data), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def test_the_module_folders_are_the_ones_with_digests():
    assert sorted(path.name for path in CONTENT.iterdir()) == sorted(DIGESTS)


@pytest.mark.parametrize("slug", sorted(DIGESTS))
def test_each_module_reads_unchanged(slug):
    data = read_module(CONTENT / slug)
    assert data["slug"] == slug  # the folder is named after its module
    assert digest(data) == DIGESTS[slug]


if __name__ == "__main__":
    for path in sorted(CONTENT.iterdir()):
        print(f'    "{path.name}": "{digest(read_module(path))}",')


@pytest.mark.parametrize("slug", sorted(DIGESTS))
def test_a_multiple_answer_question_leaves_how_to_answer_to_the_page(slug):
    """The test page says "Choose every answer that is right." under such a question: its text
    ends at the question mark in every language, so the instruction is not read twice."""
    questions = read_module(CONTENT / slug)["questions"]
    multiple = [question for question in questions if question["kind"] == "multiple"]
    assert multiple
    for question in multiple:
        for language, text in question["text"].items():
            assert text.endswith("?"), (slug, language, text)
