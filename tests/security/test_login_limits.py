"""Login throttling that holds (issue 19, point 4): form bodies only, and failed sign-ins
counted per address and e-mail, per address across e-mails, and per account across
addresses, while an office of honest people behind one address is never locked out."""

import pytest

from tests.security.test_security_settings import hidden_fields


def attempt(client, email, password, address="192.0.2.1"):
    """A sign-in from ``address``; its status."""
    data = {"email": email, "password": password}
    return client.post("/login", data=data, environ_base={"REMOTE_ADDR": address}).status_code


@pytest.fixture
def limited_app(make_app):
    def factory(**limits):
        return make_app(RATELIMIT_ENABLED=True, **limits)

    return factory


def test_a_json_body_does_not_get_past_a_locked_out_account(limited_app, make_user):
    """Before: the throttle read the e-mail from the form, the form read it from JSON."""
    app = limited_app(LOGIN_RATE_LIMIT="3 per minute", WTF_CSRF_ENABLED=True)
    user = make_user(role="admin")
    client = app.test_client()
    token = hidden_fields(client, "/login", "/login")["csrf_token"]
    for _ in range(3):
        form = {"csrf_token": token, "email": user["email"], "password": "guess"}
        assert client.post("/login", data=form).status_code == 401
    form = {"csrf_token": token, "email": user["email"], "password": user["password"]}
    assert client.post("/login", data=form).status_code == 429
    response = client.post(
        "/login",
        json={"email": user["email"], "password": user["password"]},
        headers={"X-CSRFToken": token},
    )
    assert response.status_code in (400, 429)
    assert client.get("/admin/audit").status_code == 302  # still not signed in


def test_password_spraying_from_one_address_is_limited(limited_app, make_user):
    app = limited_app(LOGIN_ADDRESS_RATE_LIMIT="5 per minute")
    users = [make_user() for _ in range(6)]
    client = app.test_client()
    statuses = [attempt(client, user["email"], "Password1") for user in users]
    assert statuses == [401] * 5 + [429]
    # The address is limited for any e-mail, even with the right password...
    assert attempt(client, users[0]["email"], users[0]["password"]) == 429
    # ...and no other address is.
    assert attempt(client, users[0]["email"], users[0]["password"], "198.51.100.7") == 302


def test_one_account_guessed_from_many_addresses_is_limited(limited_app, make_user):
    app = limited_app(LOGIN_ACCOUNT_RATE_LIMIT="5 per minute")
    user, other = make_user(), make_user()
    client = app.test_client()
    statuses = [attempt(client, user["email"], "guess", f"203.0.113.{n}") for n in range(6)]
    assert statuses == [401] * 5 + [429]
    assert attempt(client, f"  {user['email'].upper()} ", "guess", "203.0.113.99") == 429
    assert attempt(client, other["email"], other["password"], "203.0.113.1") == 302


def test_successful_sign_ins_are_not_counted(limited_app, make_user):
    app = limited_app(
        LOGIN_RATE_LIMIT="2 per minute",
        LOGIN_ADDRESS_RATE_LIMIT="2 per minute",
        LOGIN_ACCOUNT_RATE_LIMIT="2 per minute",
    )
    user = make_user()
    for _ in range(5):
        client = app.test_client()
        assert attempt(client, user["email"], user["password"]) == 302


def test_an_office_behind_one_address_is_not_locked_out_by_honest_use(limited_app, make_user):
    """The defaults: sixty people sign in within a minute from one service-centre address,
    one in five mistyping the password first."""
    app = limited_app()
    people = [make_user() for _ in range(60)]
    statuses = []
    for number, person in enumerate(people):
        client = app.test_client()
        if number % 5 == 0:
            statuses.append(attempt(client, person["email"], "mistyped"))
        statuses.append(attempt(client, person["email"], person["password"]))
    assert statuses.count(401) == 12 and statuses.count(302) == 60
