"""The learner's pages: My learning, the module path, tests, certificates; the public verify page.

Views parse, call the training logic (progress, attempts, my_learning) and render; a refused
request renders the error's own message with its status (see ``training.errors``).
"""

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user

from accounts.access import roles_required
from accounts.forms import ActionForm
from accounts.models import Role
from database import is_database_id
from extensions import limiter
from links import external_url
from localization import current_language, utcnow
from training.assignments import check_access
from training.attempts import owned_attempt, save_draft, start_attempt, submit_attempt
from training.certificates import certificate_pdf, find_certificate, format_percent, normalise_code
from training.errors import AlreadySubmitted, Incomplete, InvalidChoice, NotDrawn, TrainingError
from training.markup import render_markdown
from training.models import AttemptKind
from training.modules import module_by_slug
from training.my_learning import certificates_of, my_learning_items
from training.progress import Step, complete_lesson, load_progress, open_lesson

blueprint = Blueprint("training", __name__)
LEARNERS = (Role.CIVIL_SERVANT, Role.ADMIN)
TEST_KINDS = {"pre": AttemptKind.PRE, "post": AttemptKind.POST}


@blueprint.app_template_filter("percent")
def percent_filter(value: float | None) -> str:
    return format_percent(value)


@blueprint.app_template_filter("decimal")
def decimal_filter(value: float | None, places: int = 2) -> str:
    """``places`` decimals in the reader's locale (0,82 in kk and ru); a dash for no figure."""
    if value is None:
        return "—"
    return format_decimal(value, format="#,##0." + "0" * places)


@blueprint.app_template_filter("markdown")
def markdown_filter(source: str | None):
    return render_markdown(source or "")


@blueprint.errorhandler(TrainingError)
def refused(error: TrainingError):
    return render_template("training/problem.html", error=error), error.status


def step_url(module, step: Step) -> str:
    """Where ``step`` happens: the open test, the lesson, or the page that starts a test."""
    if step.kind == "lesson":
        return url_for(".lesson", slug=module.slug, position=step.lesson.position)
    if step.kind in ("pre_test", "post_test"):
        if step.attempt is not None and not step.attempt.submitted:
            return url_for(".attempt", attempt_id=step.attempt.id)
        kind = "pre" if step.kind == "pre_test" else "post"
        return url_for(".test_start", slug=module.slug, kind=kind)
    if step.kind == "completed":
        return url_for(".result", attempt_id=step.attempt.id)
    return url_for(".test_start", slug=module.slug, kind="post")


@blueprint.get("/learning")
@roles_required(*LEARNERS)
def my_learning():
    items = my_learning_items(current_user)
    return render_template(
        "training/my_learning.html",
        items=items,
        certificates=certificates_of(current_user),
        step_url=step_url,
        now=utcnow(),
    )


@blueprint.get("/training/<slug>")
@roles_required(*LEARNERS)
def module(slug):
    """Resume: go to the learner's next step."""
    module = module_by_slug(slug)
    check_access(current_user, module)
    progress = load_progress(current_user, module)
    return redirect(step_url(module, progress.next_step))


@blueprint.get("/training/<slug>/<any(pre, post):kind>-test")
@roles_required(*LEARNERS)
def test_start(slug, kind):
    module = module_by_slug(slug)
    terms = check_access(current_user, module)
    progress = load_progress(current_user, module)
    step = progress.next_step
    expected = "pre_test" if kind == "pre" else "post_test"
    if step.kind == "no_attempts_left" and kind == "post":
        return render_template(
            "training/start.html", module=module, kind=kind, progress=progress, terms=terms
        )
    if step.kind != expected or step.attempt is not None:
        return redirect(step_url(module, step))
    return render_template(
        "training/start.html",
        module=module,
        kind=kind,
        progress=progress,
        terms=terms,
        form=ActionForm(),
    )


@blueprint.post("/training/<slug>/<any(pre, post):kind>-test")
@roles_required(*LEARNERS)
def start_test(slug, kind):
    ActionForm.require()
    module = module_by_slug(slug)
    attempt = start_attempt(current_user, module, TEST_KINDS[kind])
    return redirect(url_for(".attempt", attempt_id=attempt.id))


def posted_answers() -> dict[int, list[int]]:
    """``answer-<question id>`` fields with choice ids; anything unreadable is refused."""
    answers = {}
    for key in request.form:
        if not key.startswith("answer-"):
            continue
        question_id, values = key.removeprefix("answer-"), request.form.getlist(key)
        if not is_database_id(question_id) or not all(is_database_id(value) for value in values):
            raise TrainingError(_("The answers sent could not be read."))
        answers[int(question_id)] = [int(value) for value in values if value]
    return answers


def render_attempt(attempt, selected=None, error=None, missing=(), status=200):
    if selected is None:
        selected = {item.question_id: item.selected or [] for item in attempt.items}
    errors = []
    if error is not None:
        for item in missing:
            first = item.choice_order[0] if item.choice_order else ""
            errors.append(
                (
                    f"answer-{item.question_id}-{first}",
                    _("Question %(number)s: choose an answer.", number=item.position + 1),
                )
            )
        if not missing:
            errors.append(("answers", str(error.message)))
    return render_template(
        "training/attempt.html",
        attempt=attempt,
        module=attempt.module,
        selected={question_id: set(ids) for question_id, ids in selected.items()},
        errors=errors,
        missing={item.question_id for item in missing},
        form=ActionForm(),
    ), status


@blueprint.get("/training/attempts/<int:attempt_id>")
@roles_required(*LEARNERS)
def attempt(attempt_id):
    attempt = owned_attempt(current_user, attempt_id)
    if attempt.submitted:
        return redirect(url_for(".result", attempt_id=attempt.id))
    check_access(current_user, attempt.module)
    return render_attempt(attempt)


@blueprint.post("/training/attempts/<int:attempt_id>")
@roles_required(*LEARNERS)
def submit(attempt_id):
    ActionForm.require()
    attempt = owned_attempt(current_user, attempt_id)
    answers = posted_answers()
    try:
        if request.form.get("action") == "save":
            save_draft(current_user, attempt_id, answers)
            flash(_("Your answers are saved. You can come back and finish later."), "success")
            return redirect(url_for(".attempt", attempt_id=attempt_id))
        submit_attempt(current_user, attempt_id, answers, current_language())
    except AlreadySubmitted as error:
        return render_result(error.attempt, notice=error.message, status=error.status)
    except (NotDrawn, InvalidChoice) as error:
        return render_attempt(attempt, selected=answers, error=error, status=error.status)
    except Incomplete as error:
        return render_attempt(
            attempt, selected=answers, error=error, missing=error.missing, status=error.status
        )
    return redirect(url_for(".result", attempt_id=attempt_id))


def render_result(attempt, notice=None, status=200):
    progress = load_progress(current_user, attempt.module)
    # Which choice was right stays hidden while the learner may still try again.
    reveal = attempt.kind == AttemptKind.POST and (
        bool(attempt.passed) or progress.attempts_left == 0
    )
    return render_template(
        "training/result.html",
        attempt=attempt,
        module=attempt.module,
        progress=progress,
        next_url=step_url(attempt.module, progress.next_step),
        reveal=reveal,
        notice=notice,
    ), status


@blueprint.get("/training/attempts/<int:attempt_id>/result")
@roles_required(*LEARNERS)
def result(attempt_id):
    attempt = owned_attempt(current_user, attempt_id)
    if not attempt.submitted:
        return redirect(url_for(".attempt", attempt_id=attempt.id))
    return render_result(attempt)


@blueprint.get("/training/<slug>/lessons/<int:position>")
@roles_required(*LEARNERS)
def lesson(slug, position):
    module = module_by_slug(slug)
    lesson, progress = open_lesson(current_user, module, position)
    return render_template(
        "training/lesson.html",
        module=module,
        lesson=lesson,
        progress=progress,
        done=lesson.id in progress.lessons_done,
        form=ActionForm(),
    )


@blueprint.post("/training/<slug>/lessons/<int:position>")
@roles_required(*LEARNERS)
def lesson_done(slug, position):
    ActionForm.require()
    module = module_by_slug(slug)
    progress = complete_lesson(current_user, module, position)
    following = next((x for x in module.lessons if x.position > position), None)
    if following is not None:
        return redirect(url_for(".lesson", slug=slug, position=following.position))
    return redirect(step_url(module, progress.next_step))


@blueprint.get("/training/certificates/<code>.pdf")
@roles_required(*LEARNERS)
def certificate_download(code):
    certificate = find_certificate(code)
    if certificate is None or (
        certificate.user_id != current_user.id and current_user.role != Role.ADMIN
    ):
        abort(404)
    verify_url = external_url(".verify", code=certificate.display_code)
    name = f"adal-certificate-{certificate.display_code}.pdf"
    return Response(
        certificate_pdf(certificate, verify_url, current_language()),
        mimetype="application/pdf",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )


@blueprint.get("/verify")
def verify_form():
    code = request.args.get("code")
    if code:
        canonical = normalise_code(code)
        return redirect(url_for(".verify", code=canonical or code.strip()[:40] or "-"))
    return render_template("training/verify.html", certificate=None)


@blueprint.get("/verify/<code>")
@limiter.limit(lambda: current_app.config["CERTIFICATE_VERIFY_RATE_LIMIT"])
def verify(code):
    certificate = find_certificate(code)
    if certificate is None:
        return render_template("training/verify.html", certificate=None, unknown=True), 404
    return render_template(
        "training/verify.html", certificate=certificate, status=certificate.status(utcnow())
    )
