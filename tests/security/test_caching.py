"""Nothing cached that should not be (issue 19, point 7): every answer to a signed-in person
or an API token says ``Cache-Control: no-store``, so a shared service-centre computer keeps
no copy of a page, a certificate or a statement about a person."""

import pytest

from accounts.api_tokens import create_token
from extensions import db
from tests.security.checks import sign_in
from tests.security.test_access_matrix import EXPECTED, matrix_urls


def no_store(response) -> bool:
    return "no-store" in response.headers.get("Cache-Control", "")


@pytest.mark.parametrize("persona", ["civil_servant", "analyst_same", "admin"])
def test_every_page_to_a_signed_in_person_is_not_stored(app, world, persona):
    urls = matrix_urls(app, world)
    client = sign_in(app, persona)
    kept = [
        f"{urls[endpoint]} ({client.get(urls[endpoint]).status_code})"
        for endpoint, method in sorted(EXPECTED)
        if method == "GET" and not no_store(client.get(urls[endpoint]))
    ]
    assert not kept, f"stored as {persona}: {kept}"


def test_the_certificate_pdf_is_not_stored(app, world):
    response = sign_in(app, "civil_servant").get(
        f"/training/certificates/{world.certificate_code}.pdf"
    )
    assert response.mimetype == "application/pdf" and no_store(response)


def test_xapi_statements_for_an_api_token_are_not_stored(app, world):
    with app.app_context():
        _token, secret = create_token("lrs", actor=None)
        db.session.commit()
    response = app.test_client().get(
        "/api/v1/training/xapi?since=2000-01-01", headers={"Authorization": f"Bearer {secret}"}
    )
    assert response.status_code == 200 and response.get_json()["statements"]
    assert no_store(response)


def test_the_sign_in_page_is_not_stored(client):
    assert no_store(client.get("/login"))
    assert no_store(client.post("/login", data={"email": "a@adal.example", "password": "x"}))


def test_static_files_stay_cacheable_when_signed_in(app, world):
    with sign_in(app, "admin").get("/static/css/adal.css") as response:
        assert response.status_code == 200 and not no_store(response)
