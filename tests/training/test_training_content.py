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
    "conflict-of-interest": "e5aaff1d752a1485e3430de60e1d2ca8342b64d3395ddf8d30ba9c0d9957b4dd",
    "ethics-and-public-control": "3c51cdc0d37ab4591c41aea655dc0f4279a5c26d9a088e9f9fc6f618d42c29ce",
    "everyday-corruption-in-public-services": (
        "bd574de6036230828b0a89a0dcc7bc5496400721ac7852d75bdbfd43952148b8"
    ),
    "gifts-and-hospitality": "6da91bb56d56234618e93593a424916fbfbbad897606e442d466003e913921ca",
    "reporting-corruption": "56bf3db821ce4b898bea24c934879e8632f7e9cce08fd9bff9416688134b27c6",
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
