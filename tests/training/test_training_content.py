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
    "conflict-of-interest": "63d78af409ef35f5c47e9608e73492c10fee0f1fd086f8ac82f6bd118e683d43",
    "ethics-and-public-control": "8a54d874026d11c898973a483b56f5957b3dca5854b90dd4a8f2e6e2d96220cf",
    "everyday-corruption-in-public-services": (
        "fa9fcfa40e00390f3c15dd24f6b9031df39bfe7cb311dccbe34598e445172366"
    ),
    "gifts-and-hospitality": "4ea4854a6fb4701d964dad317898d88b2ca4fdf39a9467ab1e60086a73597813",
    "reporting-corruption": "91e7138efe5dc36db5cf439397a102a9fbeb9f34516691ffb7de242fddbcf0c0",
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
