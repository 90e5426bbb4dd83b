"""The JSON API for kiosks and partner apps: list, instrument, posting responses, bad input."""

import threading
import uuid

import pytest

from extensions import db
from surveys.models import Response, Wave
from surveys.profile import PROFILE_CODES
from tests.surveys.testdata import VALID, create_survey

URL = "/api/v1/surveys/sample/responses"


def post(client, answers, headers=None, **body):
    return client.post(URL, json={"answers": answers, **body}, headers=headers or {})


def test_list_shows_open_surveys_with_their_wave(client, make_survey):
    make_survey(slug="sample")
    make_survey(slug="ended", wave="closed")
    make_survey(slug="draft", status="draft")
    response = client.get("/api/v1/surveys")
    assert response.status_code == 200
    data = response.get_json()
    assert [s["slug"] for s in data["surveys"]] == ["sample"]
    (survey,) = data["surveys"]
    assert survey["title"] == "Sample survey"
    assert survey["titles"] == {
        "kk": "Сынақ сауалнамасы",
        "ru": "Пробный опрос",
        "en": "Sample survey",
    }
    assert survey["audience"] == "citizens" and survey["requires_invitation"] is False
    assert survey["wave"]["label"] == "2026-Q4"
    assert survey["wave"]["opens_at"].endswith("Z") and survey["wave"]["closes_at"].endswith("Z")


def test_detail_is_the_instrument_with_its_open_wave(client, sample):
    data = client.get("/api/v1/surveys/sample").get_json()
    assert set(data) >= {"slug", "title", "wave", "questions"}
    assert data["slug"] == "sample" and data["wave"]["label"] == "2026-Q4"
    questions = {q["code"]: q for q in data["questions"]}
    assert list(questions)[:6] == list(PROFILE_CODES)
    region = questions["region"]
    assert region["profile"] is True and region["type"] == "single" and region["required"] is True
    assert len(region["choices"]) == 20
    assert {"value": "KZ-23", "label": "Atyrau Region"} in region["choices"]
    trust = questions["trust"]
    assert trust["choices"][0] == {"value": 1, "label": "Strongly disagree"}
    assert trust["construct"] == "trust" and trust["min"] is None and trust["show_if"] is None
    assert questions["fair"]["reverse_scored"] is True and len(questions["fair"]["choices"]) == 7
    assert questions["paid"]["choices"] == [
        {"value": "yes", "label": "Yes"},
        {"value": "no", "label": "No"},
    ]
    assert questions["paid_times"]["min"] == 1 and questions["paid_times"]["max"] == 20
    assert questions["paid_times"]["choices"] is None
    assert questions["paid_where"]["show_if"] == {
        "question": "paid",
        "op": "equals",
        "value": "yes",
    }
    assert questions["note"]["max_length"] == 20
    assert questions["atr_fish"]["regions"] == ["KZ-23"]
    for question in data["questions"]:
        assert set(question) >= {
            "code",
            "type",
            "required",
            "text",
            "choices",
            "min",
            "max",
            "max_length",
            "show_if",
            "regions",
        }


def test_detail_speaks_the_language_asked_for(client, sample):
    data = client.get("/api/v1/surveys/sample?lang=kk").get_json()
    assert data["language"] == "kk" and data["title"] == "Сынақ сауалнамасы"
    questions = {q["code"]: q for q in data["questions"]}
    assert questions["trust"]["text"] == "Әкімдікке сенесіз бе?"
    assert {"value": "KZ-35", "label": "Қарағанды облысы"} in questions["region"]["choices"]


def test_detail_of_a_survey_without_an_open_wave(client, make_survey):
    make_survey(slug="ended", wave="closed")
    assert client.get("/api/v1/surveys/ended").get_json()["wave"] is None
    response = client.get("/api/v1/surveys/no-such")
    assert response.status_code == 404 and response.is_json


def test_post_stores_a_response(app, client, sample, counts):
    response = post(client, {**VALID, "trust": 5, "paid": True, "paid_where": ["land"]})
    assert response.status_code == 201
    response_id = response.get_json()["id"]
    assert uuid.UUID(response_id).version == 4
    assert counts() == (1, 3)
    with app.app_context():
        stored = db.session.get(Response, response_id)
        assert stored.channel == "api" and stored.wave_id == sample["wave_id"]


def test_kiosk_channel(app, client, sample):
    assert post(client, VALID, channel="kiosk").status_code == 201
    with app.app_context():
        assert db.session.execute(db.select(Response.channel)).scalar_one() == "kiosk"


BAD_ANSWERS = [
    ({"bribe_size": 10}, "bribe_size", "There is no question with this code."),
    ({"trust": "a lot"}, "trust", "Choose a point on the scale from 1 to 5."),
    ({"trust": [4]}, "trust", "Choose a point on the scale from 1 to 5."),
    (
        {"paid": "yes", "paid_where": ["land"], "paid_times": 99},
        "paid_times",
        "Enter a number from 1 to 20.",
    ),
    ({"note": "ө" * 21}, "note", "Use at most 20 characters; this answer has 21."),
    ({"kind": "cash"}, "kind", "“cash” is not one of the answers offered."),
    (
        {"region": "KZ-00"},
        "region",
        "“KZ-00” is not a region of Kazakhstan; use a code such as KZ-35.",
    ),
    ({"trust": None}, "trust", "This question needs an answer."),
    (
        {"paid_where": ["health"]},
        "paid_where",
        "This question is not asked, given your earlier answers.",
    ),
    ({"atr_fish": "yes"}, "atr_fish", "This question is not asked in the region you chose."),
]


@pytest.mark.parametrize(("change", "code", "message"), BAD_ANSWERS)
def test_invalid_answers_get_422_naming_the_question(client, sample, counts, change, code, message):
    response = post(client, {**VALID, **change})
    assert response.status_code == 422
    data = response.get_json()
    assert data["errors"] == {code: message}
    assert counts() == (0, 0)


def test_every_problem_is_reported_at_once(client, sample, counts):
    response = post(client, {"trust": 9, "note": 5}, channel="fax")
    errors = response.get_json()["errors"]
    assert response.status_code == 422
    assert errors["channel"] == "Unknown channel; use one of: web, qr, api, kiosk."
    assert errors["trust"] == "Choose a point on the scale from 1 to 5."
    assert errors["note"] == "Write the answer as text."
    assert errors["region"] == "This question needs an answer."
    assert counts() == (0, 0)


def test_no_open_wave_is_409(client, make_survey, counts):
    make_survey(slug="ended", wave="closed")
    make_survey(slug="soon", wave="future")
    for slug in ("ended", "soon"):
        response = client.post(f"/api/v1/surveys/{slug}/responses", json={"answers": VALID})
        assert response.status_code == 409
        assert (
            response.get_json()["message"]
            == "This survey is not taking answers now: no wave is open."
        )
    assert counts() == (0, 0)


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [
        (b'{"answers": {"trust": 4', "application/json", "Send a JSON object"),
        (b"answers=4", "application/x-www-form-urlencoded", "Send a JSON object"),
        (b"[1, 2]", "application/json", "The body must be a JSON object."),
        (b'{"answers": [1]}', "application/json", "“answers” must be an object"),
        (b'{"answers": {}, "user_id": 7}', "application/json", "Unknown fields: user_id."),
    ],
)
def test_malformed_bodies_get_400(client, sample, counts, body, content_type, message):
    response = client.post(URL, data=body, content_type=content_type)
    assert response.status_code == 400
    assert response.is_json and message in response.get_json()["message"]
    assert counts() == (0, 0)


def test_a_10_mb_body_gets_413_json(client, sample, counts):
    body = b'{"answers": {"note": "' + b"a" * (10 * 1024 * 1024) + b'"}}'
    response = client.post(URL, data=body, content_type="application/json")
    assert response.status_code == 413
    assert response.is_json and response.get_json()["status"] == 413
    assert counts() == (0, 0)


def test_idempotency_key_stores_one_response(app, client, sample, counts):
    headers = {"Idempotency-Key": "kiosk-7-" + str(uuid.uuid4())}
    first = post(client, VALID, headers)
    second = post(client, VALID, headers)
    assert first.status_code == second.status_code == 201
    assert first.get_json() == second.get_json()
    assert second.headers["Idempotent-Replayed"] == "true"
    assert counts() == (1, 2)
    assert post(client, VALID, {"Idempotency-Key": "another"}).status_code == 201
    assert counts() == (2, 4)
    with app.app_context():  # a retry after the wave closed still gets its answer
        wave = db.session.get(Wave, sample["wave_id"])
        wave.closes_at = wave.opens_at
        db.session.commit()
    assert post(client, VALID, headers).get_json() == first.get_json()


def test_an_unusable_idempotency_key_is_400(client, sample, counts):
    assert post(client, VALID, {"Idempotency-Key": "k" * 256}).status_code == 400
    assert post(client, VALID, {"Idempotency-Key": "ключ"}).status_code == 400
    assert counts() == (0, 0)


def test_racing_retries_with_one_key_store_one_response(app, sample, counts):
    barrier = threading.Barrier(6)
    results = []

    def retry():
        client = app.test_client()
        barrier.wait()
        response = post(client, VALID, {"Idempotency-Key": "same-key"})
        results.append((response.status_code, response.get_json()["id"]))

    threads = [threading.Thread(target=retry) for _ in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {status for status, _ in results} == {201}
    assert len({response_id for _, response_id in results}) == 1
    assert counts() == (1, 2)


def test_api_needs_no_csrf_token(make_app, regions, counts):
    app = make_app(WTF_CSRF_ENABLED=True)
    create_survey(app)
    assert app.test_client().post(URL, json={"answers": VALID}).status_code == 201
    assert counts() == (1, 2)


def test_api_is_rate_limited(make_app, regions, counts):
    app = make_app(RATELIMIT_ENABLED=True, API_RATE_LIMIT="3 per minute")
    create_survey(app)
    client = app.test_client()
    assert client.get("/api/v1/surveys").status_code == 200
    assert client.get("/api/v1/surveys/sample").status_code == 200
    assert client.post(URL, json={"answers": VALID}).status_code == 201
    limited = client.post(URL, json={"answers": VALID})
    assert limited.status_code == 429 and limited.is_json
    assert counts() == (1, 2)


def test_invitation_survey_through_the_api(client, make_survey, runner, counts):
    make_survey(slug="panel", audience="experts", requires_invitation=True)
    codes = runner.invoke(args=["surveys", "invitations", "panel", "2026-Q4", "--count", "2"])
    code = codes.output.strip().splitlines()[-1]
    url = "/api/v1/surveys/panel/responses"
    missing = client.post(url, json={"answers": VALID})
    assert missing.get_json()["errors"] == {
        "invitation": "Enter the invitation code you were given."
    }
    assert client.post(url, json={"answers": VALID, "invitation": code}).status_code == 201
    again = client.post(url, json={"answers": VALID, "invitation": code})
    assert again.status_code == 422
    assert "has been used" in again.get_json()["errors"]["invitation"]
    assert counts() == (1, 2)


@pytest.mark.parametrize("code", ["ABCD\ud800", "\udfff" * 12])
def test_an_invitation_code_with_a_lone_surrogate_is_not_valid(client, make_survey, counts, code):
    """A 500 before (issue 19): the code could not be encoded for its keyed hash."""
    make_survey(slug="panel", audience="experts", requires_invitation=True)
    response = client.post(
        "/api/v1/surveys/panel/responses", json={"answers": VALID, "invitation": code}
    )
    assert response.status_code == 422
    assert "not valid" in response.get_json()["errors"]["invitation"]
    assert counts() == (0, 0)
