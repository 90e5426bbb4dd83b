"""Taking a survey in the browser: /s/<slug>, the form built from the instrument, one response."""

import re

import pytest
import segno

from accounts.models import Region
from extensions import db
from surveys.models import Answer, Response, Wave
from surveys.profile import PROFILE_CODES
from surveys.views import RESPONDENT_COOKIE
from tests.accounts.test_regions import EXPECTED as REGION_NAMES_IN_ORDER
from tests.surveys.testdata import VALID, create_survey


def hidden_value(page: str, name: str) -> str:
    return re.search(rf'name="{name}" type="hidden" value="([^"]*)"', page).group(1)


def open_form(client, slug="sample", **query):
    response = client.get(f"/s/{slug}", query_string=query)
    assert response.status_code == 200
    page = response.get_data(as_text=True)
    fields = {name: hidden_value(page, name) for name in ("form_token", "shown", "channel")}
    return page, fields


def send(client, fields, answers, slug="sample"):
    return client.post(f"/s/{slug}", data={**fields, **answers})


def test_form_is_built_from_the_instrument(client, sample):
    page, fields = open_form(client)
    assert "<legend>Do you trust the akimat?</legend>" in page
    assert (
        '<label for="q-region" class="question-label">Which region do you live in?</label>' in page
    )
    assert page.count('<option value="KZ-') == 20
    assert 'id="q-trust-4" name="trust" value="5"' in page  # a five-point scale
    assert 'id="q-fair-6" name="fair" value="7"' in page  # a seven-point scale
    assert 'type="checkbox" id="q-paid_where-0" name="paid_where" value="health" disabled' in page
    assert 'inputmode="decimal"' in page and 'maxlength="20"' in page
    assert 'Your comment <span class="optional">(optional)</span>' in page
    # Follow-ups and the Atyrau block start hidden, with the rule for the script.
    follow_up = re.search(r'<div class="question" id="question-paid_where"[^>]*>', page).group(0)
    assert "hidden" in follow_up
    assert 'data-show-if="{&#34;question&#34;: &#34;paid&#34;' in follow_up
    assert 'data-regions="KZ-23"' in page
    assert fields["shown"].split() == [*PROFILE_CODES, "trust", "fair", "paid", "kind", "note"]
    assert fields["channel"] == "web" and len(fields["form_token"]) >= 20
    assert '<script src="/static/js/surveys.js" defer></script>' in page


def test_respondent_cookie_is_random_http_only_and_lax(client, sample):
    response = client.get("/s/sample")
    cookie = response.headers["Set-Cookie"]
    assert cookie.startswith(f"{RESPONDENT_COOKIE}=")
    assert "HttpOnly" in cookie and "SameSite=Lax" in cookie and "Path=/s/" in cookie
    assert "Max-Age" in cookie


def test_a_complete_form_is_stored_and_thanked(app, client, sample, counts):
    _, fields = open_form(client, channel="qr")
    response = send(client, fields, {**VALID, "note": "Рақмет"})
    assert response.status_code == 303
    assert response.headers["Location"].endswith("/s/sample/thanks")
    assert counts() == (1, 3)  # trust, paid, note; the profile lives on the response
    thanks = client.get(response.headers["Location"]).get_data(as_text=True)
    assert 'href="/open-data"' in thanks and "Thank you" in thanks
    with app.app_context():
        stored = db.session.execute(db.select(Response)).scalar_one()
        karaganda = db.session.execute(db.select(Region).filter_by(code="KZ-35")).scalar_one()
        assert stored.channel == "qr" and stored.region_id == karaganda.id
        assert (stored.age_band, stored.sex, stored.settlement) == ("25-34", "female", "urban")
        assert (stored.respondent_group, stored.service_used, stored.weight) == (
            "citizen",
            "health",
            1.0,
        )


def test_validation_error_keeps_every_answer_and_links_to_fields(client, sample, counts):
    _, fields = open_form(client)
    answers = {
        **VALID,
        "trust": "",
        "fair": "6",
        "kind": "other",
        "note": "Бұл пікір тым ұзын, тым ұзын",
        "region": "KZ-35",
    }
    response = send(client, fields, answers)
    page = response.get_data(as_text=True)
    assert response.status_code == 422
    assert counts() == (0, 0)
    start = page.index('class="error-summary"')
    summary = page[start : page.index("</ul>", start)]
    assert (
        '<a href="#q-trust-0">Do you trust the akimat? — This question needs an answer.</a>'
        in summary
    )
    assert (
        '<a href="#q-note">Your comment — Use at most 20 characters; this answer has 28.</a>'
        in summary
    )
    assert 'id="q-trust-0"' in page and 'id="q-note"' in page
    assert '<option value="KZ-35" selected>' in page
    assert 'id="q-age_band-1" name="age_band" value="25-34" checked' in page
    assert 'id="q-fair-5" name="fair" value="6" checked' in page
    assert 'value="other" checked' in page
    assert ">Бұл пікір тым ұзын, тым ұзын</textarea>" in page
    assert 'aria-describedby="q-note-error q-note-hint"' in page and 'aria-invalid="true"' in page
    assert hidden_value(page, "form_token") == fields["form_token"]  # the same, still unused


def test_refresh_or_double_submit_stores_one_response(client, sample, counts):
    _, fields = open_form(client)
    first = send(client, fields, VALID)
    second = send(client, fields, VALID)
    assert first.status_code == second.status_code == 303
    assert second.headers["Location"].endswith("/s/sample/thanks")
    assert counts() == (1, 2)


def test_one_response_per_browser_per_wave(app, client, sample, counts):
    _, fields = open_form(client)
    assert send(client, fields, VALID).status_code == 303
    again = client.get("/s/sample")
    assert again.status_code == 200
    assert "You have already answered this survey" in again.get_data(as_text=True)
    fields["form_token"] = "a-fresh-token-from-an-old-tab-0001"
    assert send(client, fields, VALID).status_code == 409
    assert counts() == (1, 2)
    other_browser = app.test_client()
    _, other_fields = open_form(other_browser)
    assert send(other_browser, other_fields, VALID).status_code == 303
    assert counts() == (2, 4)


def test_unknown_channel_falls_back_to_web(client, sample):
    _, fields = open_form(client, channel="api")
    assert fields["channel"] == "web"
    _, fields = open_form(app_client := client, channel="<script>")
    assert fields["channel"] == "web" and app_client is client


def test_without_javascript_follow_ups_appear_after_sending(app, client, sample, counts):
    _, fields = open_form(client)
    response = send(client, fields, {**VALID, "paid": "yes", "note": "Әділ емес"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200 and counts() == (0, 0)
    assert "Some more questions apply to you" in page
    follow_up = re.search(r'<div class="question" id="question-paid_where"[^>]*>', page).group(0)
    assert "hidden" not in follow_up
    assert 'name="paid_where" value="health" disabled' not in page
    assert "paid_where" in hidden_value(page, "shown").split()
    assert ">Әділ емес</textarea>" in page and 'value="yes" checked' in page
    fields["shown"] = hidden_value(page, "shown")
    done = send(client, fields, {**VALID, "paid": "yes", "paid_where": ["police", "land"]})
    assert done.status_code == 303
    with app.app_context():
        texts = db.session.execute(
            db.select(Answer.value_text).where(
                Answer.question_id == sample["questions"]["paid_where"]
            )
        ).scalars()
        assert sorted(texts) == ["land", "police"]


def test_a_follow_up_shown_but_left_empty_is_required(client, sample, counts):
    _, fields = open_form(client)
    fields["shown"] += " paid_where paid_times"  # the script showed them
    response = send(client, fields, {**VALID, "paid": "yes"})
    assert response.status_code == 422
    assert (
        '<a href="#q-paid_where-0">Where? — This question needs an answer.</a>'
        in response.get_data(as_text=True)
    )
    assert counts() == (0, 0)


def test_answers_to_questions_hidden_again_are_dropped(app, client, sample, counts):
    _, fields = open_form(client)
    fields["shown"] += " paid_where paid_times atr_fish"
    answers = {
        **VALID,
        "paid": "no",
        "paid_where": ["health"],
        "paid_times": "3",
        "atr_fish": "yes",
    }
    assert send(client, fields, answers).status_code == 303
    assert counts() == (1, 2)  # trust and paid only


def test_region_block_appears_for_atyrau(client, sample, counts):
    _, fields = open_form(client)
    response = send(client, fields, {**VALID, "region": "KZ-23"})
    page = response.get_data(as_text=True)
    assert response.status_code == 200
    block = re.search(r'<div class="question" id="question-atr_fish"[^>]*>', page).group(0)
    assert "hidden" not in block
    fields["shown"] = hidden_value(page, "shown")
    assert send(client, fields, {**VALID, "region": "KZ-23", "atr_fish": "no"}).status_code == 303
    assert counts() == (1, 3)


def test_no_open_wave_is_explained(client, make_survey, counts):
    make_survey(slug="ended", wave="closed")
    make_survey(slug="soon", wave="future")
    page = client.get("/s/ended")
    assert page.status_code == 200
    assert "This survey is not taking answers at the moment" in page.get_data(as_text=True)
    soon = client.get("/s/soon").get_data(as_text=True)
    assert "The next wave opens on" in soon
    late = client.post("/s/ended", data={**VALID, "form_token": "x" * 32})
    assert late.status_code == 409
    assert "were not stored" in late.get_data(as_text=True)
    assert counts() == (0, 0)


def test_a_wave_closing_while_the_form_is_open(app, client, sample, counts):
    _, fields = open_form(client)
    with app.app_context():
        wave = db.session.get(Wave, sample["wave_id"])
        wave.closes_at = wave.opens_at
        db.session.commit()
    assert send(client, fields, VALID).status_code == 409
    assert counts() == (0, 0)


def test_drafts_and_unknown_surveys_are_not_found(client, make_survey):
    make_survey(slug="draft", status="draft")
    assert client.get("/s/draft").status_code == 404
    assert client.get("/s/no-such-survey").status_code == 404


def test_expired_csrf_token_keeps_the_answers(make_app, regions, counts):
    app = make_app(WTF_CSRF_ENABLED=True)
    create_survey(app)
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    page, fields = open_form(client)
    token = re.search(r'name="csrf_token" type="hidden" value="([^"]+)"', page).group(1)
    refused = send(client, fields, {**VALID, "note": "Сақталсын"})
    body = refused.get_data(as_text=True)
    assert refused.status_code == 400 and counts() == (0, 0)
    assert "This page had expired" in body and ">Сақталсын</textarea>" in body
    assert send(client, {**fields, "csrf_token": token}, VALID).status_code == 303
    assert counts() == (1, 2)


def test_send_rate_limit_keeps_the_answers(make_app, regions, counts):
    app = make_app(RATELIMIT_ENABLED=True, SURVEY_SUBMIT_RATE_LIMIT="2 per minute")
    create_survey(app)
    for _ in range(2):  # two browsers behind one address
        client = app.test_client()
        _, fields = open_form(client)
        assert send(client, fields, VALID).status_code == 303
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    _, fields = open_form(client)  # pages themselves are not limited
    limited = send(client, fields, {**VALID, "note": "Күтемін"})
    body = limited.get_data(as_text=True)
    assert limited.status_code == 429
    assert "Please wait a minute" in body and ">Күтемін</textarea>" in body
    assert counts() == (2, 4)


def test_invitation_panel_through_the_form(app, client, make_survey, runner, counts):
    make_survey(slug="panel", audience="civil_servants", requires_invitation=True)
    result = runner.invoke(args=["surveys", "invitations", "panel", "2026-Q4", "--count", "1"])
    code = result.output.strip().splitlines()[-1]
    page, fields = open_form(client, slug="panel")
    assert 'id="invitation"' in page
    missing = send(client, fields, VALID, slug="panel")
    assert missing.status_code == 422
    assert (
        '<a href="#invitation">Enter the invitation code you were given.</a>'
        in missing.get_data(as_text=True)
    )
    wrong = send(client, {**fields, "invitation": "AAAA-BBBB-CCCC"}, VALID, slug="panel")
    assert wrong.status_code == 422 and "not valid for this survey" in wrong.get_data(as_text=True)
    good = send(
        client, {**fields, "invitation": code.lower().replace("-", " ")}, VALID, slug="panel"
    )
    assert good.status_code == 303
    _, fields = open_form(client, slug="panel")  # no browser mark: colleagues share computers
    reused = send(client, {**fields, "invitation": code}, VALID, slug="panel")
    assert reused.status_code == 422 and "has been used" in reused.get_data(as_text=True)
    assert counts() == (1, 2)


def test_code_in_the_link_fills_the_invitation(client, make_survey):
    make_survey(slug="panel", requires_invitation=True)
    page, _ = open_form(client, slug="panel", code="ABCD-EFGH-JKLM")
    assert 'value="ABCD-EFGH-JKLM"' in page


def test_a_huge_form_is_refused(client, sample, counts):
    response = client.post("/s/sample", data={"note": "ә" * (6 * 1024 * 1024)})
    assert response.status_code == 413
    assert counts() == (0, 0)


@pytest.mark.parametrize(
    ("language", "title", "question"),
    [
        ("kk", "Сыбайлас жемқорлықтан ада өңірлер: тұрғындар сауалнамасы", "Қай өңірде тұрасыз?"),
        ("ru", "Регионы, свободные от коррупции: опрос жителей", "В каком регионе вы живёте?"),
        (
            "en",
            "Regions free from corruption: residents&#39; survey",
            "Which region do you live in?",
        ),
    ],
)
def test_survey_pages_in_each_language(bare_client, demo, language, title, question):
    page = bare_client.get(f"/s/citizens?lang={language}").get_data(as_text=True)
    assert f'<html lang="{language}">' in page
    assert title in page and question in page
    listing = bare_client.get(f"/surveys?lang={language}").get_data(as_text=True)
    assert 'href="/s/citizens"' in listing and 'href="/s/experts"' in listing


def test_survey_list_shows_only_open_surveys(client, make_survey):
    make_survey(slug="open-one")
    make_survey(slug="closed-one", wave="closed")
    make_survey(slug="draft-one", status="draft")
    page = client.get("/surveys").get_data(as_text=True)
    assert 'href="/s/open-one"' in page
    assert "closed-one" not in page and "draft-one" not in page


def test_qr_code_for_posters(client, auth, make_user, sample):
    assert client.get("/s/sample/qr.svg").status_code == 302  # sign in first
    analyst = make_user(role="analyst")
    auth.login(analyst["email"])
    assert client.get("/s/sample/qr.svg").status_code == 403
    auth.logout()
    admin = make_user(role="admin")
    auth.login(admin["email"])
    response = client.get("/s/sample/qr.svg")
    assert response.status_code == 200 and response.mimetype == "image/svg+xml"
    import io

    expected = io.BytesIO()
    segno.make("http://localhost/s/sample?channel=qr", error="m").save(
        expected, kind="svg", scale=10, border=4, title="Sample survey"
    )
    assert response.data == expected.getvalue()
    assert client.get("/s/nothing/qr.svg").status_code == 404


def test_the_send_limit_covers_the_survey_form_alone(app):
    # The limit is declared on the surveys blueprint for its POST routes (surveys/views.py).
    posts = [
        rule.endpoint
        for rule in app.url_map.iter_rules()
        if rule.endpoint.startswith("surveys.") and "POST" in rule.methods
    ]
    assert posts == ["surveys.take"]


@pytest.mark.parametrize("language", ["kk", "ru", "en"])
def test_the_region_question_lists_regions_by_name(client, sample, language):
    page = client.get(f"/s/sample?lang={language}").get_data(as_text=True)
    select = page.split('id="q-region"')[1].split("</select>")[0]
    names = re.findall(r'<option value="KZ-\d+"[^>]*>([^<]+)</option>', select)
    assert names == REGION_NAMES_IN_ORDER[language]
