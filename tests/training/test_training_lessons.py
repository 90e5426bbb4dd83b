"""Lesson Markdown becomes sanitized HTML: no script, no event handlers, no javascript: links."""

import re

import pytest

from extensions import db
from tests.training.helpers import form_of, module_data, wrong_answers
from training.markup import render_markdown
from training.models import Attempt, Lesson

ATTACKS = "\n\n".join(
    [
        "Intro <script>alert('x')</script> after",
        "<img src=x onerror=alert(1)>",
        "[click](javascript:alert(1))",
        '<a href="JaVaScRiPt:alert(2)">mixed case</a>',
        '<a href="&#106;avascript:alert(3)">entity</a>',
        '<a href=" javascript:alert(4)">space</a>',
        '<a href="https://example.kz" onclick="alert(5)" style="color:red">ok link</a>',
        "<iframe src='https://evil.example'></iframe>",
        "<svg onload=alert(6)></svg>",
        "[data](data:text/html;base64,PHNjcmlwdD5hbGVydCg3KTwvc2NyaXB0Pg==)",
        "<style>body{display:none}</style>",
        '<p title="x" onmouseover="alert(8)">hover</p>',
    ]
)


def assert_safe(html: str) -> None:
    html = html.lower()
    for forbidden in ("<script", "<iframe", "<svg", "<img", "<style", "style=", "alert('x')"):
        assert forbidden not in html, forbidden
    assert not re.search(r"<[^>]*\son\w+\s*=", html)  # no event handler on any tag
    # Links only to http, https and mailto; a refused link stays as inert text.
    for href in re.findall(r"""href\s*=\s*["']?([^"' >]*)""", html):
        assert href.startswith(("https:", "http:", "mailto:")), href


def test_dangerous_markup_does_not_survive():
    html = str(render_markdown(ATTACKS))
    assert_safe(html)
    assert '<a href="https://example.kz" rel="noopener noreferrer">ok link</a>' in html
    assert "Intro" in html and "after" in html  # the text around the script stays
    assert "<p>[click](javascript:alert(1))</p>" in html  # text, not a link


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        ("**bold** and *em*", "<p><strong>bold</strong> and <em>em</em></p>"),
        ("# Title\n\n## Part", "<h2>Title</h2>\n<h3>Part</h3>"),
        ("## Part\n\n### Sub", "<h2>Part</h2>\n<h3>Sub</h3>"),
        ("- one\n- two", "<ul>\n<li>one</li>\n<li>two</li>\n</ul>"),
        (
            "[mail](mailto:info@example.kz)",
            '<a href="mailto:info@example.kz" rel="noopener noreferrer">mail</a>',
        ),
        ("| a | b |\n|---|---|\n| 1 | 2 |", "<td>1</td>"),
        ("> quoted", "<blockquote>"),
    ],
)
def test_ordinary_markdown_renders(source, expected):
    assert expected in str(render_markdown(source))


def test_lesson_page_is_sanitized(app, client, auth, make_module, learner):
    module_id = make_module()
    with app.app_context():
        lesson = db.session.execute(
            db.select(Lesson).filter_by(module_id=module_id, position=1)
        ).scalar_one()
        lesson.body = {**lesson.body, "en": ATTACKS}
        db.session.commit()
    auth.login(learner["email"])
    client.post("/training/test-integrity/pre-test")
    with app.app_context():
        pre = db.session.execute(db.select(Attempt)).scalar_one()
        client.post(f"/training/attempts/{pre.id}", data=form_of(wrong_answers(pre)))
    page = client.get("/training/test-integrity/lessons/1").get_data(as_text=True)
    body = page.split('class="lesson-body">', 1)[1].split("</article>", 1)[0]
    assert "ok link" in body
    assert_safe(body)


def test_lesson_bodies_in_every_language(app, client, auth, make_module, learner):
    make_module()
    auth.login(learner["email"])
    client.post("/training/test-integrity/pre-test")
    with app.app_context():
        pre = db.session.execute(db.select(Attempt)).scalar_one()
        client.post(f"/training/attempts/{pre.id}", data=form_of(wrong_answers(pre)))
    expected = module_data()["lessons"][1]["body"]
    for language in ("kk", "ru", "en"):
        page = client.get(f"/training/test-integrity/lessons/2?lang={language}").get_data(
            as_text=True
        )
        assert f'<html lang="{language}">' in page
        assert expected[language].split("[")[0].strip() in page
