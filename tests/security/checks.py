"""Helpers of the security tests: a seeded world with five personas, row counts, HTML checks."""

import random
from dataclasses import dataclass
from datetime import timedelta
from html.parser import HTMLParser

from sqlalchemy import func, select

from accounts.models import Region, User
from extensions import db

PERSONAS = ("anonymous", "civil_servant", "analyst_same", "analyst_other", "admin")
DEMO_PASSWORD = "adal-demo"
OTHER_ANALYST = ("analyst.atyrau@adal.example", "correct-horse")
EMAILS = {
    "civil_servant": ("servant@adal.example", DEMO_PASSWORD),
    "analyst_same": ("analyst@adal.example", DEMO_PASSWORD),
    "analyst_other": OTHER_ANALYST,
    "admin": ("admin@adal.example", DEMO_PASSWORD),
}


@dataclass
class World:
    """Real rows from the demo content, and the civil servant's own progress through it."""

    survey_slug: str
    done_module: str  # pre-test, lessons and post-test passed: it has a certificate
    open_module: str  # the pre-test is open
    fresh_module: str  # assigned, not started
    draft_module: str  # not published
    pre_attempt: int  # submitted, in done_module
    post_attempt: int  # submitted and passed
    open_attempt: int
    certificate_code: str
    spare_assignment: int  # one the admin may delete
    region_same: int  # KZ-35, the civil servant's and the same-region analyst's
    region_other: int  # KZ-23
    servant_id: int
    draft_question: int  # an active question of draft_module
    done_lesson: int  # a lesson of done_module the civil servant has read: it stays
    done_category: int  # a category of done_module whose questions were drawn: it stays
    password_token: str  # a good set-your-password token for the civil servant
    survey_question: int  # a question of survey_slug that others are shown after
    survey_section: str  # the key of its section, which holds questions
    closed_wave: int  # a closed wave of survey_slug
    open_wave: int  # its open wave
    export_job: str  # a finished export of the admin's


def right_answers(attempt) -> dict[int, list[int]]:
    return {item.question_id: sorted(item.question.correct_ids) for item in attempt.items}


def build_world(app, runner, make_user) -> World:
    """``flask seed demo``, an analyst of Atyrau, a civil servant who has earned a certificate."""
    from surveys.export_jobs import start_export, wait_for
    from surveys.exports import plan_export
    from surveys.models import Survey, Wave
    from surveys.profile import PROFILE_COLUMNS
    from training.assignments import create_assignment
    from training.attempts import start_attempt, submit_attempt
    from training.authoring import create_module
    from training.dates import local_today
    from training.demo import CONTENT
    from training.models import AttemptKind, Module
    from training.module_files import read_module
    from training.progress import complete_lesson

    result = runner.invoke(args=["seed", "demo"])
    assert result.exit_code == 0, result.output
    make_user(role="analyst", region="KZ-23", email=OTHER_ANALYST[0], password=OTHER_ANALYST[1])
    rng = random.Random(2024)
    with app.app_context():
        servant = db.session.execute(
            select(User).filter_by(email=EMAILS["civil_servant"][0])
        ).scalar_one()
        admin = db.session.execute(select(User).filter_by(email=EMAILS["admin"][0])).scalar_one()
        modules = list(
            db.session.execute(select(Module).filter_by(published=True).order_by(Module.id))
            .scalars()
            .all()
        )
        assert len(modules) >= 3, "the demo content should hold at least three modules"
        done, opened, fresh = modules[:3]

        pre = start_attempt(servant, done, AttemptKind.PRE, rng)
        submit_attempt(servant, pre.id, right_answers(pre), "en")
        for lesson in done.lessons:
            complete_lesson(servant, done, lesson.position)
        post = start_attempt(servant, done, AttemptKind.POST, rng)
        submit_attempt(servant, post.id, right_answers(post), "en")
        assert post.passed and post.certificate is not None
        open_attempt = start_attempt(servant, opened, AttemptKind.PRE, rng)

        draft_data = read_module(CONTENT / "conflict-of-interest")
        draft_data["slug"] = "security-draft"
        create_module(draft_data, published=False)
        db.session.commit()
        spare = create_assignment(
            fresh,
            local_today() + timedelta(days=10),
            admin,
            organisation="Security test organisation",
        )
        regions = {
            code: region_id
            for code, region_id in db.session.execute(
                select(Region.code, Region.id).where(Region.code.in_(["KZ-35", "KZ-23"]))
            )
        }
        from accounts.password_links import password_link

        draft = db.session.execute(select(Module).filter_by(slug="security-draft")).scalar_one()
        survey = db.session.execute(select(Survey).order_by(Survey.id)).scalars().first()
        survey_slug = survey.slug
        followed = next(
            question
            for question in survey.questions
            if question.code not in PROFILE_COLUMNS
            and any(
                (other.show_if or {}).get("question") == question.code for other in survey.questions
            )
        )
        open_wave = survey.waves[0]
        first = min(wave.opens_at for wave in survey.waves)
        closed_wave = Wave(
            survey=survey,
            label="2020-Q1",
            opens_at=first - timedelta(days=200),
            closes_at=first - timedelta(days=100),
        )
        db.session.add(closed_wave)
        db.session.commit()
        with app.test_request_context():
            plan = plan_export(survey, open_wave, "ru", None)
            export_job = start_export(plan, "csv", admin.id)
        wait_for(export_job)
        return World(
            survey_slug=survey_slug,
            done_module=done.slug,
            open_module=opened.slug,
            fresh_module=fresh.slug,
            draft_module="security-draft",
            pre_attempt=pre.id,
            post_attempt=post.id,
            open_attempt=open_attempt.id,
            certificate_code=post.certificate.code,
            spare_assignment=spare.id,
            region_same=regions["KZ-35"],
            region_other=regions["KZ-23"],
            servant_id=servant.id,
            draft_question=draft.questions[0].id,
            done_lesson=done.lessons[0].id,
            done_category=pre.items[0].question.category_id,
            password_token=password_link(servant).rpartition("token=")[2],
            survey_question=followed.id,
            survey_section=followed.section,
            closed_wave=closed_wave.id,
            open_wave=open_wave.id,
            export_job=export_job,
        )


def route_values(world: World) -> dict[str, dict]:
    """The URL arguments (and query) of each route that needs some, from the world's rows."""
    return {
        "surveys.take": {"slug": world.survey_slug},
        "surveys.thanks": {"slug": world.survey_slug},
        "surveys.qr_code": {"slug": world.survey_slug},
        "surveys_api.survey_detail": {"slug": world.survey_slug},
        "surveys_api.post_response": {"slug": world.survey_slug},
        "training.module": {"slug": world.done_module},
        "training.test_start": {"slug": world.fresh_module, "kind": "pre"},
        # The pre-test of done_module was taken: a civil servant's empty POST is refused (409).
        "training.start_test": {"slug": world.done_module, "kind": "pre"},
        "training.attempt": {"attempt_id": world.open_attempt},
        "training.submit": {"attempt_id": world.pre_attempt},
        "training.result": {"attempt_id": world.post_attempt},
        "training.lesson": {"slug": world.done_module, "position": 1},
        "training.lesson_done": {"slug": world.done_module, "position": 1},
        "training.certificate_download": {"code": world.certificate_code},
        "training.verify": {"code": world.certificate_code},
        "training_admin.publish": {"slug": world.draft_module},
        "training_admin.preview": {"slug": world.done_module},
        "training_admin.item_analysis": {"slug": world.done_module},
        # Region-specific: the same-region analyst may read it, the other-region one may not.
        "training_admin.knowledge_gain": {"slug": world.done_module, "region": world.region_same},
        "training_admin.delete_assignment": {"assignment_id": world.spare_assignment},
        "training_admin.revoke": {"code": world.certificate_code},
        "training_admin.xapi_statements": {"since": "2000-01-01"},
        "training_admin.export_module": {"slug": world.done_module},
        # Region-specific, as knowledge gain.
        "training_admin.compliance_report": {"region": world.region_same},
        "training_admin.compliance_csv": {"table": "people", "region": world.region_same},
        "training_admin.compliance_xlsx": {"region": world.region_same},
        "training_editor.edit": {"slug": world.draft_module},
        "training_editor.lesson": {"slug": world.draft_module, "position": 1},
        "training_editor.question": {
            "slug": world.draft_module,
            "question_id": world.draft_question,
        },
        "training_editor.categories": {"slug": world.draft_module},
        "training_editor.retire": {"slug": world.draft_module, "question_id": world.draft_question},
        # Learners have read this lesson and been tested on this category: deleting is refused.
        "training_editor.lesson_move": {"slug": world.done_module, "lesson_id": world.done_lesson},
        "training_editor.lesson_delete": {
            "slug": world.done_module,
            "lesson_id": world.done_lesson,
        },
        "training_editor.category_move": {
            "slug": world.done_module,
            "category_id": world.done_category,
        },
        "training_editor.category_delete": {
            "slug": world.done_module,
            "category_id": world.done_category,
        },
        "people.edit": {"user_id": world.servant_id},
        "people.password_link": {"user_id": world.servant_id},
        "accounts.set_password": {"token": world.password_token},
        "trends.region_page": {"code": "KZ-35"},
        "trends.open_region": {"code": "KZ-35"},
        "trends.dashboard_download": {"fmt": "csv"},
        "trends.open_data_download": {"fmt": "csv"},
        "trends.region_page_download": {"code": "KZ-35", "fmt": "csv"},
        "trends.open_region_download": {"code": "KZ-35", "fmt": "xlsx"},
        **{
            f"surveys_admin.{name}": {"slug": world.survey_slug}
            for name in (
                "survey",
                "settings",
                "new_question",
                "preview",
                "open_wave",
                "poster",
                "qr_png",
                "instrument_file",
                "exports_page",
            )
        },  # fmt: skip
        "surveys_admin.edit_question": {
            "slug": world.survey_slug,
            "question_id": world.survey_question,
        },
        "surveys_admin.move_question": {
            "slug": world.survey_slug,
            "question_id": world.survey_question,
        },
        # A question others are shown after: deleting it is refused.
        "surveys_admin.delete_question": {
            "slug": world.survey_slug,
            "question_id": world.survey_question,
        },
        **{
            f"surveys_admin.{name}": {"slug": world.survey_slug, "key": world.survey_section}
            for name in ("edit_section", "move_section", "delete_section")
        },  # a section that holds questions: deleting it is refused
        "surveys_admin.new_section": {"slug": world.survey_slug},
        # A closed wave: closing it again is refused.
        "surveys_admin.close_wave": {"slug": world.survey_slug, "wave_id": world.closed_wave},
        "surveys_admin.invitations": {"slug": world.survey_slug, "wave_id": world.open_wave},
        "surveys_admin.export_csv": {
            "slug": world.survey_slug,
            "wave_id": world.open_wave,
            "language": "kk",
        },
        "surveys_admin.export_codebook": {
            "slug": world.survey_slug,
            "wave_id": world.open_wave,
            "language": "kk",
        },
        "surveys_admin.export_job": {"job_id": world.export_job},
        "surveys_admin.export_download": {"job_id": world.export_job},
    }


def routes(app) -> set[tuple[str, str]]:
    """Every (endpoint, method) the app answers, except static files, HEAD and OPTIONS."""
    found = set()
    for rule in app.url_map.iter_rules():
        if rule.endpoint == "static":
            continue
        for method in rule.methods - {"HEAD", "OPTIONS"}:
            found.add((rule.endpoint, method))
    return found


def sign_in(app, persona: str):
    """A test client that prefers English, signed in as ``persona`` (none for anonymous)."""
    client = app.test_client()
    client.environ_base["HTTP_ACCEPT_LANGUAGE"] = "en"
    if persona != "anonymous":
        email, password = EMAILS[persona]
        response = client.post("/login", data={"email": email, "password": password})
        assert response.status_code == 302, f"{persona} could not sign in"
    return client


def row_counts() -> dict[str, int]:
    """``SELECT count(*)`` of every table of the models, in one query (inside an app context)."""
    tables = db.metadata.sorted_tables
    counted = select(
        *(select(func.count()).select_from(t).scalar_subquery().label(t.name) for t in tables)
    )
    counts = dict(db.session.execute(counted).one()._mapping)
    db.session.rollback()  # end the read, so the next snapshot sees later commits
    return counts


class _Tags(HTMLParser):
    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attributes = dict(attrs)
        if tag == "script":
            self._in_script = True
            source = attributes.get("src") or ""
            if not source.startswith("/static/"):
                self.problems.append(f"a <script> not loaded from /static/: {attrs}")
        if tag in ("iframe", "object", "embed", "base", "style"):
            self.problems.append(f"a <{tag}> tag")
        for name, value in attrs:
            if name.startswith("on"):
                self.problems.append(f"an event handler {name}= on <{tag}>")
            if name == "style":
                self.problems.append(f"an inline style= on <{tag}>")
            compact = "".join((value or "").split()).lower()
            if compact.startswith(("javascript:", "vbscript:", "data:text/html")):
                self.problems.append(f"{name}={value!r} on <{tag}>")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False

    def handle_data(self, data):
        if self._in_script and data.strip():
            self.problems.append(f"inline script: {data.strip()[:60]!r}")


def html_problems(html: str) -> list[str]:
    """What a strict Content-Security-Policy would block or an injection could run."""
    parser = _Tags()
    parser.feed(html)
    parser.close()
    return parser.problems
