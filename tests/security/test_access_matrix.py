"""Every route, requested as five personas, answers the status this table expects.

Anonymous, a civil servant of Karaganda (KZ-35), an analyst of Karaganda, an analyst of Atyrau
(KZ-23) and an admin request each route of ``app.url_map`` with real rows from the demo content.
POST-only routes get a POST without valid data: the guard must answer first (302 to the login
page, 401, 403); a persona who passes the guard gets the view's own refusal. A new route fails
test_every_route_is_classified until it is added here.
"""

from urllib.parse import parse_qs, urlsplit

import pytest
from flask import url_for

from accounts.models import User
from extensions import db
from tests.security.checks import EMAILS, PERSONAS, route_values, routes

LOGIN = "login"  # 302 to /login?next=<the page asked for>


def row(anonymous, civil_servant, analyst_same, analyst_other, admin) -> dict:
    statuses = (anonymous, civil_servant, analyst_same, analyst_other, admin)
    return dict(zip(PERSONAS, statuses, strict=True))


def everyone(status) -> dict:
    return row(status, status, status, status, status)


EXPECTED = {
    # Public pages and the public API.
    ("home.index", "GET"): everyone(200),
    ("home.favicon", "GET"): everyone(200),
    ("healthz", "GET"): everyone(200),
    ("surveys.index", "GET"): everyone(200),
    ("surveys.take", "GET"): everyone(200),
    ("surveys.take", "POST"): everyone(400),  # no one-time form token: "the page had expired"
    ("surveys.thanks", "GET"): everyone(200),
    ("surveys_api.list_surveys", "GET"): everyone(200),
    ("surveys_api.survey_detail", "GET"): everyone(200),
    ("surveys_api.post_response", "POST"): everyone(400),  # no JSON body
    ("surveys_kiosk.enrol", "GET"): everyone(400),  # no kiosk token
    ("trends.open_data", "GET"): everyone(200),
    ("trends.open_region", "GET"): everyone(200),
    ("trends.methodology", "GET"): everyone(200),
    # The world's one closed wave has no responses: downloads and the API answer, no figures.
    ("trends.open_data_download", "GET"): everyone(200),
    ("trends.open_region_download", "GET"): everyone(200),
    ("open_api.indicators", "GET"): everyone(200),
    ("open_api.catalog", "GET"): everyone(200),
    ("training.verify_form", "GET"): everyone(200),
    ("training.verify", "GET"): everyone(200),
    # A set-your-password link (a good one): the page for anyone who holds it; an empty form 400.
    ("accounts.set_password", "GET"): everyone(200),
    ("accounts.set_password", "POST"): everyone(400),
    # Signing in and out.
    ("accounts.login", "GET"): row(200, 302, 302, 302, 302),
    ("accounts.login", "POST"): row(400, 302, 302, 302, 302),
    ("accounts.logout", "POST"): row(LOGIN, 302, 302, 302, 302),
    # The learner's pages: civil servants (and admins, who are not assigned the demo modules).
    ("training.my_learning", "GET"): row(LOGIN, 200, 403, 403, 200),
    ("training.module", "GET"): row(LOGIN, 302, 403, 403, 403),
    ("training.test_start", "GET"): row(LOGIN, 200, 403, 403, 403),
    ("training.start_test", "POST"): row(LOGIN, 409, 403, 403, 403),
    ("training.attempt", "GET"): row(LOGIN, 200, 403, 403, 404),  # not the admin's attempt
    ("training.submit", "POST"): row(LOGIN, 409, 403, 403, 404),
    ("training.result", "GET"): row(LOGIN, 200, 403, 403, 404),
    ("training.lesson", "GET"): row(LOGIN, 200, 403, 403, 403),
    ("training.lesson_done", "POST"): row(LOGIN, 302, 403, 403, 403),
    ("training.certificate_download", "GET"): row(LOGIN, 200, 403, 403, 200),
    # Analysts and admins.
    ("trends.dashboard", "GET"): row(LOGIN, 403, 200, 200, 200),
    ("trends.dashboard_download", "GET"): row(LOGIN, 403, 200, 200, 200),
    # Karaganda in full detail: the analyst of Atyrau may not (the open-data page is public).
    ("trends.region_page", "GET"): row(LOGIN, 403, 200, 403, 200),
    ("trends.region_page_download", "GET"): row(LOGIN, 403, 200, 403, 200),
    ("training_admin.modules", "GET"): row(LOGIN, 403, 200, 200, 200),
    # Knowledge gain of Karaganda: the analyst of Atyrau may not read it.
    ("training_admin.knowledge_gain", "GET"): row(LOGIN, 403, 200, 403, 200),
    # Compliance of Karaganda, on the page and as downloads: not for the analyst of Atyrau.
    ("training_admin.compliance_report", "GET"): row(LOGIN, 403, 200, 403, 200),
    ("training_admin.compliance_csv", "GET"): row(LOGIN, 403, 200, 403, 200),
    ("training_admin.compliance_xlsx", "GET"): row(LOGIN, 403, 200, 403, 200),
    # Admins only.
    ("accounts.audit_log", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("trends.population", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("trends.population", "POST"): row(LOGIN, 403, 403, 403, 400),  # no file
    ("surveys.qr_code", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.preview", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.item_analysis", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.assignments", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.assignments", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_admin.delete_assignment", "POST"): row(LOGIN, 403, 403, 403, 302),
    ("training_admin.certificates", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.revoke", "POST"): row(LOGIN, 403, 403, 403, 400),  # no reason given
    ("training_admin.publish", "POST"): row(LOGIN, 403, 403, 403, 302),  # a draft stays one
    ("training_admin.upload_module", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_admin.upload_module", "POST"): row(LOGIN, 403, 403, 403, 400),  # no file
    ("training_admin.export_module", "GET"): row(LOGIN, 403, 403, 403, 200),
    # The module editor: an empty form is refused (400); retiring a question is a button.
    ("training_editor.new", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_editor.new", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_editor.edit", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_editor.edit", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_editor.lesson", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_editor.lesson", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_editor.question", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_editor.question", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_editor.categories", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("training_editor.categories", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("training_editor.retire", "POST"): row(LOGIN, 403, 403, 403, 302),
    ("training_editor.lesson_move", "POST"): row(LOGIN, 403, 403, 403, 400),  # no direction
    ("training_editor.lesson_delete", "POST"): row(LOGIN, 403, 403, 403, 409),  # read
    ("training_editor.category_move", "POST"): row(LOGIN, 403, 403, 403, 400),  # no direction
    ("training_editor.category_delete", "POST"): row(LOGIN, 403, 403, 403, 409),  # drawn
    # People.
    ("people.index", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("people.new", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("people.new", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("people.edit", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("people.edit", "POST"): row(LOGIN, 403, 403, 403, 400),
    # No mail server in tests: the new link is shown to the admin (200).
    ("people.password_link", "POST"): row(LOGIN, 403, 403, 403, 200),
    ("people.import_csv", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("people.import_csv", "POST"): row(LOGIN, 403, 403, 403, 400),  # no file
    # Survey administration: admins author and run surveys; analysts export (in their scope).
    ("surveys_admin.surveys", "GET"): row(LOGIN, 403, 200, 200, 200),
    ("surveys_admin.exports_page", "GET"): row(LOGIN, 403, 200, 200, 200),
    ("surveys_admin.export_csv", "GET"): row(LOGIN, 403, 200, 200, 200),
    ("surveys_admin.export_codebook", "GET"): row(LOGIN, 403, 200, 200, 200),
    # The admin's own export: nobody else may read it.
    ("surveys_admin.export_job", "GET"): row(LOGIN, 403, 404, 404, 200),
    ("surveys_admin.export_download", "GET"): row(LOGIN, 403, 404, 404, 200),
    ("surveys_admin.new_survey", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.new_survey", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.survey", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.settings", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.settings", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.new_question", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.new_question", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.edit_question", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.edit_question", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.move_question", "POST"): row(LOGIN, 403, 403, 403, 400),  # no direction
    ("surveys_admin.delete_question", "POST"): row(LOGIN, 403, 403, 403, 409),  # refused
    ("surveys_admin.preview", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.new_section", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.new_section", "POST"): row(LOGIN, 403, 403, 403, 400),  # no titles
    ("surveys_admin.edit_section", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.edit_section", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.move_section", "POST"): row(LOGIN, 403, 403, 403, 400),  # no direction
    ("surveys_admin.delete_section", "POST"): row(LOGIN, 403, 403, 403, 409),  # holds questions
    ("surveys_admin.open_wave", "POST"): row(LOGIN, 403, 403, 403, 400),
    ("surveys_admin.close_wave", "POST"): row(LOGIN, 403, 403, 403, 409),  # already closed
    ("surveys_admin.invitations", "POST"): row(LOGIN, 403, 403, 403, 400),  # no count
    ("surveys_admin.poster", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.qr_png", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.instrument_file", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.import_survey", "GET"): row(LOGIN, 403, 403, 403, 200),
    ("surveys_admin.import_survey", "POST"): row(LOGIN, 403, 403, 403, 400),
    # The xAPI feed: admins and API tokens; JSON errors.
    ("training_admin.xapi_statements", "GET"): row(401, 403, 403, 403, 200),
}

# Changes that a persona who passes the guard may cause with an empty POST.
ALLOWED_CHANGES = {
    ("training_admin.delete_assignment", "admin"),
    ("training_editor.retire", "admin"),
}


def request_order(key: tuple[str, str]) -> tuple:
    """GETs first, then POSTs; signing out last, so the persona stays signed in until then."""
    endpoint, method = key
    return (endpoint == "accounts.logout", method != "GET", endpoint)


def matrix_urls(app, world) -> dict[str, str]:
    values = route_values(world)
    with app.test_request_context():
        return {
            endpoint: url_for(endpoint, **values.get(endpoint, {}))
            for endpoint, _method in EXPECTED
        }


def test_every_route_is_classified(app):
    present = routes(app)
    unclassified = sorted(present - set(EXPECTED))
    assert not unclassified, f"unclassified routes, add them to EXPECTED: {unclassified}"
    stale = sorted(set(EXPECTED) - present)
    assert not stale, f"EXPECTED names routes that no longer exist: {stale}"


def test_every_persona_is_classified():
    for key, expected in EXPECTED.items():
        assert set(expected) == set(PERSONAS), key


def outcome(response, status) -> str | None:
    """What is wrong with ``response`` given the expected ``status``, or None."""
    path = urlsplit(response.request.url).path if response.request else ""
    if status == LOGIN:
        location = response.headers.get("Location", "")
        target = urlsplit(location)
        next_url = parse_qs(target.query).get("next", [""])[0]
        if response.status_code != 302 or target.path != "/login" or not next_url:
            return f"expected 302 to /login?next=, got {response.status_code} {location!r}"
        if not next_url.startswith(path):
            return f"next={next_url!r} does not return to {path!r}"
        return None
    if response.status_code != status:
        return f"expected {status}, got {response.status_code}"
    if path.startswith("/api/") and not response.is_json:
        return f"an API answer that is not JSON: {response.mimetype}"
    if status == 401 and "WWW-Authenticate" not in response.headers:
        return "a 401 without WWW-Authenticate"
    return None


@pytest.mark.parametrize("persona", PERSONAS)
def test_access_matrix(app, world, persona_client, counts, persona):
    urls = matrix_urls(app, world)
    client = persona_client(persona)
    wrong = []
    for key in sorted(EXPECTED, key=request_order):
        endpoint, method = key
        expected = EXPECTED[key][persona]
        before = counts()
        response = client.open(urls[endpoint], method=method)
        problem = outcome(response, expected)
        refused = expected == LOGIN or (isinstance(expected, int) and expected >= 400)
        may_change = (endpoint, persona) in ALLOWED_CHANGES
        if problem is None and refused and not may_change and counts() != before:
            problem = "refused, yet the database changed"
        if problem:
            wrong.append(f"{method} {urls[endpoint]} ({endpoint}) as {persona}: {problem}")
    assert not wrong, "\n".join(wrong)


def test_analyst_region_scope_of_knowledge_gain(app, world, persona_client):
    """An analyst reads their own region's figures, never another region's; an admin reads all."""
    gain = f"/admin/training/{world.done_module}/gain"
    same, other = world.region_same, world.region_other
    cases = [
        ("analyst_same", f"?region={same}", 200),
        ("analyst_same", "", 200),  # defaults to the analyst's own region
        ("analyst_same", f"?region={other}", 403),
        ("analyst_other", f"?region={other}", 200),
        ("analyst_other", f"?region={same}", 403),
        ("admin", f"?region={same}", 200),
        ("admin", f"?region={other}", 200),
    ]
    clients = {}
    for persona, query, status in cases:
        client = clients.setdefault(persona, persona_client(persona))
        response = client.get(gain + query)
        assert response.status_code == status, (persona, query)


def test_a_disabled_account_loses_access_at_once(app, world, persona_client):
    client = persona_client("admin")
    assert client.get("/admin/audit").status_code == 200
    with app.app_context():
        admin = db.session.execute(db.select(User).filter_by(email=EMAILS["admin"][0])).scalar_one()
        admin.active = False
        db.session.commit()
    response = client.get("/admin/audit")
    assert response.status_code == 302 and response.headers["Location"].startswith("/login")
