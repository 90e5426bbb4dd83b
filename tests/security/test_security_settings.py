"""Security settings: CSRF on every form, security headers on every kind of response, cookie
flags, and pages a strict Content-Security-Policy does not have to block anything on."""

import io
import json
from html.parser import HTMLParser
from pathlib import Path

import pytest
from flask import url_for

from extensions import db
from simulation.population import DEMO_TABLE
from surveys.instrument_files import instrument_json
from surveys.models import Survey
from tests.security.checks import EMAILS, PERSONAS, html_problems, route_values, routes, sign_in
from tests.security.test_access_matrix import EXPECTED, matrix_urls
from training.models import AttemptItem, BankQuestion, Module

ROOT = Path(__file__).resolve().parents[2]


class Forms(HTMLParser):
    """The POST forms of a page: their action and hidden fields (the CSRF token among them)."""

    def __init__(self):
        super().__init__()
        self.forms: list[dict] = []

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "form" and (attributes.get("method") or "get").lower() == "post":
            self.forms.append({"action": attributes.get("action"), "hidden": {}})
        elif tag == "input" and attributes.get("type") == "hidden" and self.forms:
            self.forms[-1]["hidden"][attributes.get("name")] = attributes.get("value")


def post_forms(html: str) -> list[dict]:
    parser = Forms()
    parser.feed(html)
    return parser.forms


def hidden_fields(client, url: str, action: str) -> dict:
    """The hidden fields of the page's form that posts to ``action``."""
    forms = post_forms(client.get(url).get_data(as_text=True))
    form = next((form for form in forms if form["action"] == action), None)
    assert form and form["hidden"].get("csrf_token"), f"{url} has no form to {action} with a token"
    return form["hidden"]


def sign_in_with_token(app, persona: str):
    """Sign in through the login form, CSRF token included (the positive control)."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    if persona != "anonymous":
        email, password = EMAILS[persona]
        form = {**hidden_fields(client, "/login", "/login"), "email": email, "password": password}
        assert client.post("/login", data=form).status_code == 302
    return client


@pytest.fixture
def csrf_app(make_app, world):
    return make_app(WTF_CSRF_ENABLED=True)


def open_answers(app, world) -> dict:
    with app.app_context():
        items = db.session.execute(
            db.select(AttemptItem).filter_by(attempt_id=world.open_attempt)
        ).scalars()
        return {f"answer-{item.question_id}": str(item.choice_order[0]) for item in items}


def survey_questions(app, world) -> list[dict]:
    return app.test_client().get(f"/api/v1/surveys/{world.survey_slug}").get_json()["questions"]


def survey_answers(questions) -> dict[str, str]:
    """Answers the demo survey takes: the first choice of each required question put to all."""
    return {
        question["code"]: str(question["choices"][0]["value"])
        for question in questions
        if question["required"] and not question["show_if"] and question["choices"]
    }


def survey_form(app, world, client) -> dict[str, str]:
    """The survey page's form as a browser sends it: its hidden fields and the answers."""
    url = f"/s/{world.survey_slug}"
    questions = survey_questions(app, world)
    every_code = " ".join(question["code"] for question in questions)
    # Every answer at once, sent from the last section as if the others had been answered.
    last = {"section": questions[-1]["section"], "move": "send"}
    form = {**hidden_fields(client, url, url), "shown": every_code, **last}
    return {**form, **survey_answers(questions)}


def form_posts(app, world, browser) -> dict[str, tuple[str, dict]]:
    """For each HTML form route: who sends it and what its form would, but for the token.

    Accepted, most of these would change something: sign in or out, store a response, start or
    send a test, assign, unassign, revoke, publish."""
    with app.app_context():
        module_id = db.session.execute(
            db.text("SELECT id FROM module WHERE slug = :slug"), {"slug": world.fresh_module}
        ).scalar()
    survey = {k: v for k, v in survey_form(app, world, browser).items() if k != "csrf_token"}
    module_zip = zipped_demo_module()
    people_csv = "email,full_name,role\nz@adal.example,Зере,civil_servant\n".encode()
    with app.app_context():
        category = db.session.get(BankQuestion, world.draft_question).category_id
    question = {"category": str(category), "kind": "truefalse", **texts_of("text"),
                **texts_of("choices-0-text"), "choices-0-correct": "y",
                **texts_of("choices-1-text")}  # fmt: skip
    return {
        "accounts.login": ("anonymous", {"email": EMAILS["admin"][0], "password": "adal-demo"}),
        "accounts.logout": ("civil_servant", {}),
        "surveys.take": ("anonymous", survey),
        "training.start_test": ("civil_servant", {}),
        "training.submit": ("civil_servant", open_answers(app, world)),
        "training.lesson_done": ("civil_servant", {}),
        "training_admin.assignments": (
            "admin",
            {"module": str(module_id), "role": "analyst", "due_on": "2099-01-01"},
        ),
        "training_admin.delete_assignment": ("admin", {}),
        "training_admin.revoke": ("admin", {"reason": "Issued by mistake."}),
        "training_admin.publish": ("admin", {"published": "1"}),
        "trends.population": ("admin", {"table": DEMO_TABLE.read_text()}),
        "training_admin.upload_module": ("admin", {"file": (module_zip, "m.zip")}),
        "training_editor.new": ("admin", {"slug": "csrf-new", "topic": "gifts_hospitality",
                                          "minutes": "12", **texts_of("title"),
                                          **texts_of("summary")}),
        "training_editor.edit": ("admin", {"topic": "gifts_hospitality", "minutes": "12",
                                           "pass_mark": "80", "max_attempts": "3",
                                           **texts_of("title"), **texts_of("summary")}),
        "training_editor.lesson": ("admin", {**texts_of("title"), **texts_of("body")}),
        "training_editor.question": ("admin", question),
        "training_editor.categories": ("admin", {"code": "extra", "draw": "1",
                                                 **texts_of("title")}),
        "training_editor.retire": ("admin", {}),
        "training_editor.lesson_move": ("admin", {"direction": "down"}),
        "training_editor.lesson_delete": ("admin", {}),
        "training_editor.category_move": ("admin", {"direction": "down"}),
        "training_editor.category_delete": ("admin", {}),
        "people.new": ("admin", {"email": "new@adal.example", "full_name": "Жаңа адам",
                                 "role": "civil_servant"}),
        "people.edit": ("admin", {"email": EMAILS["civil_servant"][0], "full_name": "Renamed",
                                  "role": "civil_servant"}),
        "people.password_link": ("admin", {}),
        "people.import_csv": ("admin", {"file": (people_csv, "people.csv")}),
        "accounts.set_password": ("anonymous", {"password": "long-enough-1",
                                                "confirm": "long-enough-1"}),
        **survey_admin_posts(app),
    }  # fmt: skip


def survey_admin_posts(app) -> dict[str, tuple[str, dict]]:
    """The survey administration's forms, each as an admin would send it."""
    titles = {"title_kk": "Сауалнама", "title_ru": "Опрос", "title_en": "Survey"}
    settings = {**titles, "audience": "citizens", "status": "draft"}
    question = {"type": "text", "text_kk": "Сұрақ?", "text_ru": "Вопрос?", "text_en": "Question?"}
    section = {"title_kk": "Бөлім", "title_ru": "Раздел", "title_en": "Section"}
    with app.app_context():
        survey = db.session.execute(db.select(Survey).order_by(Survey.id)).scalars().first()
        instrument = json.dumps(instrument_json(survey), ensure_ascii=False).encode()
    return {
        "surveys_admin.new_survey": ("admin", {"slug": "csrf-survey", **settings}),
        "surveys_admin.settings": ("admin", settings),
        "surveys_admin.new_question": ("admin", {"code": "q_csrf", **question}),
        "surveys_admin.edit_question": ("admin", question),
        "surveys_admin.move_question": ("admin", {"direction": "down"}),
        "surveys_admin.delete_question": ("admin", {}),
        "surveys_admin.new_section": ("admin", section),
        "surveys_admin.edit_section": ("admin", section),
        "surveys_admin.move_section": ("admin", {"direction": "down"}),
        "surveys_admin.delete_section": ("admin", {}),
        "surveys_admin.open_wave": ("admin", {"label": "2099-Q1", "opens_at": "2099-01-01T09:00",
                                              "closes_at": "2099-03-31T18:00"}),
        "surveys_admin.close_wave": ("admin", {}),
        "surveys_admin.invitations": ("admin", {"count": "5"}),
        "surveys_admin.import_survey": ("admin", {"slug": "csrf-import",
                                                  "file": (instrument, "survey.json")}),
    }  # fmt: skip


def with_files(data: dict) -> dict:
    """(bytes, file name) values as files to upload: a new one for each request."""
    return {
        name: (io.BytesIO(value[0]), value[1]) if isinstance(value, tuple) else value
        for name, value in data.items()
    }


def texts_of(name: str) -> dict[str, str]:
    return {f"{name}-{language}": f"{name} ({language})" for language in ("kk", "ru", "en")}


def zipped_demo_module() -> bytes:
    """A demo module's folder as an upload would send it, under another slug."""
    from training.module_files import module_archive, read_module

    data = read_module(ROOT / "training" / "content" / "gifts-and-hospitality")
    return module_archive({**data, "slug": "csrf-upload"})


def form_urls(app, world, endpoints) -> dict[str, str]:
    values = {
        **route_values(world),
        # A test the civil servant may start, and the open one they may send.
        "training.start_test": {"slug": world.fresh_module, "kind": "pre"},
        "training.submit": {"attempt_id": world.open_attempt},
    }
    with app.test_request_context():
        return {endpoint: url_for(endpoint, **values.get(endpoint, {})) for endpoint in endpoints}


def test_every_html_form_refuses_a_post_without_a_csrf_token(csrf_app, world, counts):
    posts = form_posts(csrf_app, world, csrf_app.test_client())
    html_posts = {
        endpoint
        for endpoint, method in routes(csrf_app)
        if method == "POST" and not endpoint.startswith("surveys_api.")
    }
    assert html_posts == set(posts), "classify every form route in form_posts()"
    urls = form_urls(csrf_app, world, posts)
    for endpoint, (persona, data) in posts.items():
        client = sign_in_with_token(csrf_app, persona)
        client.get(urls["surveys.take"])  # a browser that has opened the survey (its cookie)
        before = counts()
        for token in ({}, {"csrf_token": "forged"}):
            response = client.post(urls[endpoint], data={**with_files(data), **token})
            assert response.status_code == 400, (endpoint, token)
            assert counts() == before, f"{endpoint} stored something without a valid token"
        if persona != "anonymous":  # still signed in: the logout was refused too
            assert client.get("/learning").status_code in (200, 403), endpoint


def test_the_survey_form_keeps_the_answers_when_the_token_is_missing(csrf_app, world, counts):
    client = sign_in_with_token(csrf_app, "anonymous")
    url = f"/s/{world.survey_slug}"
    client.get(url)
    before = counts()
    response = client.post(url, data={"comment": "Менің жауабым қалсын", "form_token": "x" * 32})
    page = response.get_data(as_text=True)
    assert response.status_code == 400 and counts() == before
    assert "Менің жауабым қалсын" in page and "This page had expired" in page


def test_forms_with_their_token_go_through(csrf_app, world, counts):
    """The positive control: the same app takes the same forms when they carry their token."""
    before = counts()
    browser = sign_in_with_token(csrf_app, "anonymous")
    response = browser.post(f"/s/{world.survey_slug}", data=survey_form(csrf_app, world, browser))
    assert response.status_code == 303
    assert counts()["response"] == before["response"] + 1

    admin = sign_in_with_token(csrf_app, "admin")
    publish = f"/admin/training/{world.draft_module}/publish"
    form = hidden_fields(admin, "/admin/training", publish)
    assert admin.post(publish, data={**form, "published": "1"}).status_code == 302
    with csrf_app.app_context():
        module = db.session.execute(
            db.select(Module).filter_by(slug=world.draft_module)
        ).scalar_one()
        assert module.published
    person = {"email": "with-token@adal.example", "full_name": "Токен", "role": "analyst"}
    form = hidden_fields(admin, "/admin/people/new", "/admin/people/new")
    assert admin.post("/admin/people/new", data={**form, **person}).status_code == 200
    assert counts()["user"] == before["user"] + 1
    upload = hidden_fields(admin, "/admin/training/upload", "/admin/training/upload")
    sent = {**upload, "file": (io.BytesIO(zipped_demo_module()), "m.zip")}
    assert admin.post("/admin/training/upload", data=sent).status_code == 302
    created = hidden_fields(admin, "/admin/surveys/new", None)  # the form posts to its page
    _, settings = survey_admin_posts(csrf_app)["surveys_admin.new_survey"]
    assert admin.post("/admin/surveys/new", data={**created, **settings}).status_code in (302, 303)
    with csrf_app.app_context():
        assert db.session.execute(db.select(Survey).filter_by(slug="csrf-survey")).scalar_one()


def test_the_api_needs_no_csrf_token(csrf_app, world, counts):
    before = counts()
    response = csrf_app.test_client().post(
        f"/api/v1/surveys/{world.survey_slug}/responses",
        json={"answers": survey_answers(survey_questions(csrf_app, world))},
    )
    assert response.status_code == 201, response.get_json()
    assert counts()["response"] == before["response"] + 1


def every_page(app, world):
    """(persona, url, html) of every HTML page of the access matrix, as every persona."""
    urls = matrix_urls(app, world)
    for persona in PERSONAS:
        client = sign_in_with_token(app, persona)
        for endpoint, method in sorted(EXPECTED):
            response = client.get(urls[endpoint]) if method == "GET" else None
            if response is not None and response.mimetype == "text/html":
                yield persona, urls[endpoint], response.get_data(as_text=True)


def test_every_post_form_on_every_page_carries_a_csrf_token(csrf_app, world):
    seen = 0
    for persona, url, html in every_page(csrf_app, world):
        for form in post_forms(html):
            seen += 1
            token = form["hidden"].get("csrf_token")
            assert token, f"{url} as {persona}: a POST form to {form['action']}"
    assert seen >= 10  # the pages do hold forms: sign out, login, survey, tests, admin


# ---------------------------------------------------------------- headers


def assert_security_headers(response, where: str) -> None:
    policy = response.headers.get("Content-Security-Policy", "")
    directives = {part.split()[0]: part.split()[1:] for part in policy.split(";") if part.strip()}
    assert "'unsafe-inline'" not in policy and "'unsafe-eval'" not in policy, where
    assert directives.get("frame-ancestors") == ["'none'"], where
    assert directives.get("script-src") == ["'self'"], where
    assert directives.get("style-src") == ["'self'"], where
    assert directives.get("object-src") == ["'none'"], where
    assert response.headers.get("X-Content-Type-Options") == "nosniff", where
    assert response.headers.get("X-Frame-Options") == "DENY", where
    assert response.headers.get("Referrer-Policy") in (
        "same-origin",
        "strict-origin-when-cross-origin",
        "no-referrer",
    ), where


def test_security_headers_on_every_kind_of_response(make_app, world):
    app = make_app()

    @app.get("/boom")
    def boom():
        raise RuntimeError("boom")

    app.config["PROPAGATE_EXCEPTIONS"] = False
    admin = sign_in(app, "admin")
    anonymous = sign_in(app, "anonymous")
    cases = [
        (anonymous, "GET", "/", 200, "text/html"),
        (anonymous, "GET", "/api/v1/surveys", 200, "application/json"),
        (anonymous, "GET", "/static/css/adal.css", 200, "text/css"),
        (anonymous, "GET", "/learning", 302, None),
        (anonymous, "GET", "/no-such-page", 404, "text/html"),
        (anonymous, "GET", "/api/v1/no-such-thing", 404, "application/json"),
        (anonymous, "POST", "/api/v1/surveys/no-such-survey/responses", 404, "application/json"),
        (anonymous, "DELETE", "/", 405, "text/html"),
        (anonymous, "GET", "/?x=%00", 400, "text/html"),
        (anonymous, "GET", "/api/v1/training/xapi", 401, "application/json"),
        (sign_in(app, "civil_servant"), "GET", "/dashboard", 403, "text/html"),
        (admin, "GET", f"/training/certificates/{world.certificate_code}.pdf", 200, None),
        (admin, "GET", f"/s/{world.survey_slug}/qr.svg", 200, "image/svg+xml"),
        (anonymous, "GET", "/boom", 500, "text/html"),
    ]
    for client, method, url, status, mimetype in cases:
        with client.open(url, method=method) as response:
            assert response.status_code == status, url
            if mimetype:
                assert response.mimetype == mimetype, url
            assert_security_headers(response, f"{method} {url}")
            assert "Strict-Transport-Security" not in response.headers  # plain HTTP in tests


def test_strict_transport_security_behind_https(make_app):
    response = make_app(SESSION_COOKIE_SECURE=True).test_client().get("/")
    assert response.headers["Strict-Transport-Security"].startswith("max-age=31536000")


# ---------------------------------------------------------------- cookies


def assert_cookie(response, name: str, secure: bool) -> None:
    """The Set-Cookie header for ``name`` is HttpOnly, SameSite=Lax, and Secure if ``secure``."""
    for header in response.headers.getlist("Set-Cookie"):
        if header.startswith(f"{name}="):
            flags = {}
            for part in header.split(";")[1:]:
                key, _sep, value = part.strip().partition("=")
                flags[key.lower()] = value or True
            assert flags.get("httponly") is True, name
            assert str(flags.get("samesite")).lower() == "lax", name
            assert bool(flags.get("secure")) is secure, name
            return
    raise AssertionError(f"no {name} cookie in {response.headers.getlist('Set-Cookie')}")


def sign_in_remembered(app):
    client = app.test_client()
    email, password = EMAILS["admin"]
    return client.post("/login", data={"email": email, "password": password, "remember": "y"})


@pytest.mark.parametrize("secure", [False, True])
def test_session_and_remember_cookies(make_app, world, secure):
    app = make_app(SESSION_COOKIE_SECURE=secure)
    response = sign_in_remembered(app)
    assert response.status_code == 302
    for name in ("session", "remember_token"):
        assert_cookie(response, name, secure)


@pytest.mark.parametrize("secure", [False, True])
def test_language_and_respondent_cookies(make_app, world, secure):
    client = make_app(SESSION_COOKIE_SECURE=secure).test_client()
    response = client.get(f"/s/{world.survey_slug}?lang=kk")
    for name in ("adal_lang", "adal_respondent"):
        assert_cookie(response, name, secure)


# ---------------------------------------------------------------- what CSP would block


def test_no_page_needs_inline_script_or_style(csrf_app, world):
    """Every HTML page of the access matrix, as every persona: nothing CSP would block."""
    checked = 0
    for persona, url, html in every_page(csrf_app, world):
        checked += 1
        problems = html_problems(html)
        assert not problems, f"{url} as {persona}: {problems}"
    assert checked >= 60


@pytest.mark.parametrize(
    "html",
    [
        "<script>alert(1)</script>",
        '<script src="https://cdn.example/x.js"></script>',
        '<p style="color:red">x</p>',
        '<img src="x" onerror="alert(1)">',
        '<a href=" JavaScript:alert(1)">x</a>',
        "<iframe src='/'></iframe>",
        "<style>p{}</style>",
    ],
)
def test_the_checker_sees_what_csp_would_block(html):
    assert html_problems(f"<main>{html}</main>")


def test_the_checker_accepts_what_the_pages_do():
    assert not html_problems('<script src="/static/js/training.js" defer></script><p>a</p>')
