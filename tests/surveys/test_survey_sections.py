"""The survey in sections over HTTP, as a browser without JavaScript sends it: Next, Back,
errors, skip logic across sections, and one response stored only by the last screen."""

import re
from html.parser import HTMLParser

import pytest
from werkzeug.datastructures import MultiDict

from extensions import db
from surveys.models import Response
from tests.surveys.testdata import SAMPLE_SECTIONS, VALID, sectioned

PROFILE = {code: VALID[code] for code in VALID if code not in ("trust", "paid")}


class HiddenInputs(HTMLParser):
    """The hidden inputs of a page's form, in order (a name may come more than once)."""

    def __init__(self):
        super().__init__()
        self.fields: list[tuple[str, str]] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "input" and attributes.get("type") == "hidden" and attributes.get("name"):
            self.fields.append((attributes["name"], attributes.get("value") or ""))


def hidden(page: str) -> list[tuple[str, str]]:
    parser = HiddenInputs()
    parser.feed(page)
    return [(name, value) for name, value in parser.fields if name != "csrf_token"]


def section_of(page: str) -> str:
    return dict(hidden(page))["section"]


def post(client, page: str, answers: dict, move: str = "next", slug: str = "sample"):
    """Send a page as a browser would: its hidden fields, the inputs filled in, a button."""
    data = [*hidden(page), ("move", move)]
    for code, value in answers.items():
        data.extend((code, item) for item in (value if isinstance(value, list) else [value]))
    return client.post(f"/s/{slug}", data=MultiDict(data))


def text(response) -> str:
    return response.get_data(as_text=True)


@pytest.fixture
def sample_in_sections(make_survey):
    return make_survey(layout="sections", questions=sectioned(), sections=SAMPLE_SECTIONS)


def walk(client, pages: list[dict], slug="sample"):
    """Open the survey and send each page's answers with Next; returns the last response."""
    response = client.get(f"/s/{slug}")
    for answers in pages:
        assert response.status_code == 200, text(response)
        response = post(client, text(response), answers, slug=slug)
    return response


def test_the_first_screen_says_where_the_respondent_is(client, sample_in_sections):
    page = text(client.get("/s/sample"))
    assert "Section 1 of 4" in page and "About you" in page
    assert 'aria-current="step"' in page and page.count("<li") >= 4
    assert 'name="move" value="next"' in page and 'value="back"' not in page
    assert 'id="q-region"' in page and 'id="question-trust"' not in page
    assert dict(hidden(page))["section"] == "profile"
    assert "Your answers are anonymous." in page


def test_next_back_and_send_store_one_response_at_the_end(app, client, sample_in_sections, counts):
    second = walk(client, [PROFILE])
    page = text(second)
    assert "Section 2 of 4" in page and section_of(page) == "trust"
    assert ("region", "KZ-35") in hidden(page)  # the profile travels with the form
    assert 'value="back"' in page and counts() == (0, 0)

    third = post(client, page, {"trust": "4", "fair": "6"})
    assert section_of(text(third)) == "bribes" and counts() == (0, 0)
    back = post(client, text(third), {"paid": "yes", "paid_times": "2"}, move="back")
    page = text(back)
    # Back to the second screen: its answers are checked again, the third's travel along.
    assert back.status_code == 200 and section_of(page) == "trust"
    assert 'id="q-trust-3" name="trust" value="4" checked' in page
    assert ("paid", "yes") in hidden(page) and ("paid_times", "2") in hidden(page)

    third = post(client, page, {"trust": "4", "fair": "6"})
    page = text(third)
    assert 'name="paid" value="yes" checked' in page and 'value="2"' in page
    last = post(client, page, {"paid": "yes", "paid_where": ["health", "land"], "paid_times": "2"})
    page = text(last)
    assert "Section 4 of 4" in page and 'name="move" value="send"' in page
    assert counts() == (0, 0)  # nothing is stored before the last screen is sent

    thanks = post(client, page, {"kind": "2", "note": "Рақмет"}, move="send")
    assert thanks.status_code == 303 and thanks.headers["Location"].endswith("/s/sample/thanks")
    assert counts() == (1, 8)  # trust, fair, paid, paid_where ×2, paid_times, kind, note
    with app.app_context():
        stored = db.session.execute(db.select(Response)).scalar_one()
        assert stored.channel == "web" and stored.age_band == "25-34"

    replay = post(client, page, {"kind": "2", "note": "Рақмет"}, move="send")
    assert replay.status_code == 303 and counts() == (1, 8)  # the same form again: nothing more
    assert "You have already answered" in text(client.get("/s/sample"))


def test_errors_of_a_section_are_named_and_every_answer_kept(client, sample_in_sections, counts):
    response = walk(client, [{**PROFILE, "age_band": "", "settlement": "town"}])
    page = text(response)
    assert response.status_code == 422 and section_of(page) == "profile"
    assert 'class="error-summary"' in page
    assert re.search(r'href="#q-age_band-0">How old are you\? — This question needs', page)
    assert "“town” is not one of the answers offered." in page
    assert 'value="KZ-35" selected' in page and 'value="female" checked' in page
    # Only this section is checked: trust, required on the next screen, is not reported.
    assert "Do you trust the akimat?" not in page
    fixed = post(client, page, PROFILE)
    assert fixed.status_code == 200 and section_of(text(fixed)) == "trust"
    assert counts() == (0, 0)


def test_a_follow_up_shown_by_an_answer_on_the_same_screen(client, sample_in_sections, counts):
    third = walk(client, [PROFILE, {"trust": "4"}])
    again = post(client, text(third), {"paid": "yes"})
    page = text(again)
    # Without JavaScript the follow-ups appear after Next, as questions, not as errors.
    assert again.status_code == 200 and section_of(page) == "bribes"
    assert "Some more questions apply to you" in page and 'class="error-summary"' not in page
    assert re.search(r'<div class="question" id="question-paid_where"[^>]*data-question', page)
    required = post(client, page, {"paid": "yes"})
    assert required.status_code == 422 and "Where? — This question needs an answer." in text(
        required
    )


@pytest.mark.parametrize(("region", "asked"), [("KZ-23", True), ("KZ-35", False)])
def test_skip_logic_across_sections(client, sample_in_sections, counts, region, asked):
    last = walk(client, [{**PROFILE, "region": region}, {"trust": "4"}, {"paid": "no"}])
    page = text(last)
    assert section_of(page) == "more"
    atyrau = re.search(r'<div class="question" id="question-atr_fish"[^>]*>', page).group(0)
    assert ("hidden" not in atyrau) is asked
    sent = post(client, page, {"atr_fish": "yes"} if asked else {}, move="send")
    assert sent.status_code == 303 and counts() == (1, 3 if asked else 2)


def test_an_invalid_earlier_answer_is_caught_at_the_end(client, sample_in_sections, counts):
    last = walk(client, [PROFILE, {"trust": "4"}, {"paid": "no"}])
    data = [(name, value) for name, value in hidden(text(last)) if name != "trust"]
    response = client.post("/s/sample", data=MultiDict([*data, ("trust", "9"), ("move", "send")]))
    page = text(response)
    assert response.status_code == 422 and section_of(page) == "trust"
    assert "Choose a point on the scale from 1 to 5." in page and counts() == (0, 0)


def test_a_form_this_site_did_not_make_is_not_stored(client, sample_in_sections, counts):
    last = walk(client, [PROFILE, {"trust": "4"}, {"paid": "no"}])
    data = [(n, "forged" if n == "form_token" else v) for n, v in hidden(text(last))]
    response = client.post("/s/sample", data=MultiDict([*data, ("move", "send")]))
    assert response.status_code == 400 and "This page had expired." in text(response)
    assert counts() == (0, 0) and section_of(text(response)) == "more"


def test_the_single_page_stays_an_option(client, make_survey):
    make_survey(layout="single_page", questions=sectioned(), sections=SAMPLE_SECTIONS)
    page = text(client.get("/s/sample"))
    assert 'id="q-region"' in page and 'id="question-note"' in page
    assert "Section 1 of" not in page and '<h2 class="survey-section">Bribes</h2>' in page


def test_a_kiosk_shows_the_single_page_whatever_the_survey(app, client, sample_in_sections):
    from surveys.kiosk import issue_kiosk_token

    with app.app_context():
        token, _until = issue_kiosk_token("ЦОН Караганды, 1", 30, actor=None)
        db.session.commit()
    client.get(f"/kiosk?token={token}")
    page = text(client.get("/s/sample?channel=kiosk"))
    assert 'id="question-note"' in page and "Section 1 of" not in page


def test_moving_between_sections_is_not_counted_as_sending(make_app, regions, make_survey):
    app = make_app(RATELIMIT_ENABLED=True, SURVEY_SUBMIT_RATE_LIMIT="1 per minute")
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    make_survey(layout="sections", questions=sectioned(), sections=SAMPLE_SECTIONS)
    last = walk(client, [PROFILE, {"trust": "4"}, {"paid": "no"}])
    back = post(client, text(last), {}, move="back")
    last = post(client, text(back), {"paid": "no"})
    assert last.status_code == 200 and section_of(text(last)) == "more"
    assert post(client, text(last), {}, move="send").status_code == 303
    blocked = post(client, text(last), {"note": "again"}, move="send")
    assert blocked.status_code == 429 and section_of(text(blocked)) == "more"
    assert ("region", "KZ-35") in hidden(text(blocked)) and 'value="again"' not in text(blocked)


def test_an_invitation_code_is_checked_on_the_first_screen(client, make_survey, runner, counts):
    make_survey(
        layout="sections", questions=sectioned(), sections=SAMPLE_SECTIONS, requires_invitation=True
    )
    response = walk(client, [{**PROFILE, "invitation": "NOPE-NOPE-NOPE"}])
    page = text(response)
    assert response.status_code == 422 and section_of(page) == "profile"
    assert "This invitation code is not valid for this survey" in page
    assert 'value="KZ-35" selected' in page


@pytest.mark.parametrize(
    ("language", "position", "next_label"),
    [("kk", "1-бөлім (барлығы 5)", "Келесі"), ("ru", "Раздел 1 из 5", "Далее")],
)
def test_the_citizens_survey_has_five_sections(bare_client, demo, language, position, next_label):
    page = text(bare_client.get(f"/s/citizens?lang={language}"))
    assert position in page and next_label in page
    assert 'name="section" type="hidden" value="profile"' in page
