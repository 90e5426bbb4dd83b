"""One bad request never harms another: strings no database can store, sent at the same moment
as honest responses through the API and the form of a real gunicorn server.

Before the plain write path, a lone UTF-16 surrogate passed validation and failed the shared
batch write: honest responses written with it got a 500 and lost what the person typed.
"""

import json
import random

import pytest

from tests.load.clients import (
    at_once,
    complete_answers,
    expected_answer_rows,
    instrument,
    post_json,
    send_form,
    server_errors,
    stored,
    text_question,
)

ROUNDS = 10
EACH = 4  # honest and bad requests of each kind in a round

pytestmark = pytest.mark.slow


def test_bad_requests_sent_with_honest_ones_harm_none(start_gunicorn):
    server = start_gunicorn(workers=2, threads=4)
    questions = instrument(server)
    comment = text_question(questions)
    rng = random.Random(19)
    api_ids, bad_api, forms, bad_forms = [], [], [], []
    for _ in range(ROUNDS):
        calls = []
        for _ in range(EACH):
            honest = complete_answers(questions, rng)
            bad = {**complete_answers(questions, rng), comment: "x\ud800y"}
            calls += [
                lambda answers=honest: ("api", post_json(server, json.dumps({"answers": answers}))),
                # json.dumps writes the lone surrogate as "\ud800", as a client's JSON would.
                lambda answers=bad: (
                    "bad api",
                    post_json(server, json.dumps({"answers": answers})),
                ),
                lambda answers=honest: ("form", send_form(server, answers)),
                # No browser sends it, but a script may: %ED%A0%80 and a NUL byte.
                lambda answers=bad: (
                    "bad form",
                    send_form(server, answers, errors="surrogatepass"),
                ),
                lambda answers=honest: (
                    "bad form",
                    send_form(server, {**answers, comment: "a\0b"}),
                ),
            ]
        for kind, result in at_once(*calls):
            {"api": api_ids, "bad api": bad_api, "form": forms, "bad form": bad_forms}[kind].append(
                result
            )

    assert [status for status, _ in api_ids] == [201] * ROUNDS * EACH
    assert forms == [303] * ROUNDS * EACH, "an honest form was not thanked"
    for status, body in bad_api:
        assert status == 422 and list(body["errors"]) == [comment], body
    assert all(status < 500 for status in bad_forms), bad_forms
    channels, counts = stored(server.database_url)
    acknowledged = {body["id"] for _, body in api_ids}
    assert acknowledged <= set(channels), "an acknowledged API response was not stored"
    api_stored = {rid for rid, channel in channels.items() if channel == "api"}
    assert api_stored == acknowledged, "a refused API response was stored"
    web_stored = len(channels) - len(api_stored)
    assert web_stored == len(forms) + bad_forms.count(303)
    rows = expected_answer_rows(questions)
    assert set(counts.values()) == {rows}, "a response was stored without all its answers"
    assert server_errors(server) == []
