"""Public pages: open surveys, taking a survey at /s/<slug>, thank-you, a QR code for posters."""

from flask import (
    Blueprint,
    abort,
    current_app,
    make_response,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_wtf.csrf import validate_csrf
from markupsafe import Markup
from wtforms import ValidationError

from accounts.access import roles_required
from accounts.models import Role
from extensions import csrf, db, limiter
from localization import current_language
from surveys import sections, skip_logic
from surveys.forms import (
    ResponseForm,
    build_fields,
    by_section,
    carried_fields,
    form_channel,
    raw_answers,
)
from surveys.instrument import Instrument
from surveys.kiosk import device_channel
from surveys.marks import is_token, new_token, normalise_invitation
from surveys.models import Channel, Layout, Survey
from surveys.posters import qr_image
from surveys.service import (
    AlreadyAnswered,
    DuplicateSubmission,
    InvitationRefused,
    WaveClosed,
    find_survey,
    form_token_used,
    has_answered,
    invitation_problem,
    next_wave,
    open_surveys,
)
from surveys.storing import store_response
from surveys.validation import validate_answers

blueprint = Blueprint("surveys", __name__)


def _moving() -> bool:
    """A Next or Back between sections: it stores nothing."""
    return request.form.get("move") in (sections.Move.NEXT, sections.Move.BACK)


# Sending the survey form is limited per address; moving between its sections has a limit of
# its own. The limits are the blueprint's, whose one POST route is the form, rather than the
# view's: Flask-Limiter checks a blueprint's limits in its pass before every request, and a
# view's limits in a second pass of its own.
limiter.limit(
    lambda: current_app.config["SURVEY_SUBMIT_RATE_LIMIT"], methods=["POST"], exempt_when=_moving
)(blueprint)
limiter.limit(
    lambda: current_app.config["SURVEY_STEP_RATE_LIMIT"],
    methods=["POST"],
    exempt_when=lambda: not _moving(),
)(blueprint)

RESPONDENT_COOKIE = "adal_respondent"
RESPONDENT_COOKIE_AGE = 400 * 24 * 3600  # the longest browsers keep a cookie


@blueprint.get("/surveys")
def index():
    return render_template("surveys/index.html", surveys=open_surveys())


@blueprint.route("/s/<slug>", methods=["GET", "POST"])
@csrf.exempt  # checked in the view, so an expired page keeps the answers typed into it
def take(slug: str):
    survey, wave = find_survey(slug)
    if survey is None:
        abort(404)
    sending = request.method == "POST"
    if wave is None:
        token = request.form.get("form_token") if sending else None
        if is_token(token) and form_token_used(token):  # sent twice as the wave closed
            return redirect(url_for(".thanks", slug=slug), 303)
        return _closed_page(survey)
    sent_channel = request.form.get("channel") if sending else request.args.get("channel")
    channel = device_channel(form_channel(sent_channel))
    respondent = _respondent_token() if _marks_browser(survey, channel) else None
    if sending:
        response = make_response(_submit(survey, wave, channel, respondent))
    elif respondent and has_answered(wave, respondent):
        return render_template("surveys/already.html", survey=survey, wave=wave)
    else:
        form = ResponseForm(form_token=new_token(), channel=channel)
        form.invitation.data = request.args.get("code", "")[:64]
        if _layout(survey, channel) == Layout.SECTIONS:
            page = _section_page(survey, wave, form, sections.start(survey))
        else:
            shown = skip_logic.initially_visible(survey.questions)
            page = _form_page(survey, wave, form, {}, {}, shown, blank=True)
        response = make_response(page)
    if respondent and request.cookies.get(RESPONDENT_COOKIE) != respondent:
        response.set_cookie(
            RESPONDENT_COOKIE,
            respondent,
            max_age=RESPONDENT_COOKIE_AGE,
            path="/s/",
            httponly=True,
            samesite="Lax",
            secure=current_app.config["SESSION_COOKIE_SECURE"],
        )
    return response


def _layout(survey: Instrument, channel: str) -> str:
    """A kiosk shows the layout the settings give it; anyone else, the survey's."""
    if channel == Channel.KIOSK:
        return current_app.config["SURVEY_KIOSK_LAYOUT"]
    return survey.layout


def _marks_browser(survey: Instrument, channel: str) -> bool:
    """One response per browser, except where one device serves many people: a kiosk, and
    invitation panels (each person has a code, and colleagues may share a computer)."""
    return channel != Channel.KIOSK and not survey.requires_invitation


def _respondent_token() -> str:
    token = request.cookies.get(RESPONDENT_COOKIE)
    return token if is_token(token) else new_token()


def _submit(survey, wave, channel: str, respondent: str | None):
    """Read the sent form; store it, or show it again with every answer as it was typed."""
    if request.form.get("section"):
        return _submit_section(survey, wave, channel, respondent)
    sent = request.form
    questions = survey.questions
    raw = raw_answers(questions, sent)
    checked = validate_answers(questions, raw, survey.regions.codes, strict=False)
    shown_before = _shown(sent.get("shown"), questions)
    # Questions that apply only now (an answer revealed them) are shown, not yet reported.
    new = [code for code in checked.visible if code not in shown_before]
    errors = {code: message for code, message in checked.errors.items() if code in shown_before}
    shown = set(checked.visible) | (checked.unsure & shown_before)
    notice, status, problem = None, 422 if errors else 200, None
    invitation = _invitation(survey)
    if invitation is not None:
        problem = invitation_problem(wave, invitation)
        status = 422 if problem else status
    if new:
        notice = str(sections.REVEALED)
    if not _sendable():
        notice, status = EXPIRED, 400
    if notice or status != 200:
        return _sent_again(survey, wave, raw, errors, shown, notice, problem), status

    def refused(message: str) -> str:
        return _sent_again(survey, wave, raw, {}, shown, None, message)

    return _store(survey, wave, checked.answers, channel, respondent, invitation, refused)


def _submit_section(survey, wave, channel: str, respondent: str | None):
    """A screen of the sectioned form: the next or previous one, or the response stored."""
    sent = request.form
    raw = raw_answers(survey.questions, sent)
    move = sections.parse_move(sent.get("move"))
    if move != sections.Move.BACK and not _sendable():
        # An expired CSRF token or a form not made by this page: keep everything, send again.
        step = sections.show(survey, raw, sent.get("section"), notice=EXPIRED)
        return _section_page(survey, wave, ResponseForm(), step), 400
    step = sections.advance(survey, raw, sent.get("section"), move, sent.get("shown"))
    invitation = _invitation(survey)
    first_sent = move != sections.Move.BACK and sent.get("section") == survey.sections[0].key
    checks_code = invitation is not None and (step.complete or first_sent)
    problem = invitation_problem(wave, invitation) if checks_code else None
    if problem:  # the code is asked on the first screen: back to it, every answer kept
        step = sections.show(survey, raw, survey.sections[0].key)
    if not step.complete:
        status = 422 if (step.errors or problem) else 200
        return _section_page(survey, wave, ResponseForm(), step, problem), status

    def refused(message: str) -> str:
        first = sections.show(survey, raw, survey.sections[0].key)
        return _section_page(survey, wave, ResponseForm(), first, message)

    return _store(survey, wave, step.answers, channel, respondent, invitation, refused)


EXPIRED = _l("This page had expired. Your answers are kept: please send them again.")


def _invitation(survey: Instrument) -> str | None:
    """The invitation code sent, for surveys that require one."""
    if not survey.requires_invitation:
        return None
    return normalise_invitation(request.form.get("invitation"))


def _sendable() -> bool:
    """A form this site made (one-time token) whose CSRF token still holds."""
    return is_token(request.form.get("form_token")) and _csrf_valid()


def _store(survey, wave, answers, channel, respondent, invitation, refused):
    """Store a checked response and thank them, or say why not (``refused(message)`` shows the
    form again when the invitation code was used in the meantime)."""
    try:
        store_response(
            survey,
            wave,
            answers,
            channel=channel,
            form_token=request.form.get("form_token"),
            respondent_token=respondent,
            invitation=invitation,
        )
    except DuplicateSubmission:
        pass  # a refresh or a double submit: the first one stands, thank them again
    except AlreadyAnswered:
        return render_template("surveys/already.html", survey=survey, wave=wave), 409
    except WaveClosed:
        return _closed_page(survey, status=409)
    except InvitationRefused as refusal:
        return refused(refusal.message), 422
    return redirect(url_for(".thanks", slug=survey.slug), 303)


def _sent_again(survey, wave, raw, errors, shown, notice, invitation_problem) -> str:
    """The page again, from what was sent (a fresh one-time token if it had none)."""
    form = ResponseForm()
    if not is_token(form.form_token.data):
        form.form_token.data = new_token()
    if invitation_problem:
        form.invitation.errors = [invitation_problem]
    return _form_page(survey, wave, form, raw, errors, shown, notice=notice)


def _csrf_valid() -> bool:
    if not current_app.config.get("WTF_CSRF_ENABLED", True):
        return True
    try:
        validate_csrf(request.form.get("csrf_token"))
    except ValidationError:
        return False
    return True


def _shown(sent: str | None, questions) -> set[str]:
    """The questions the page showed when it was sent (as the script left them, if it ran)."""
    return set(sent.split()) if sent else skip_logic.initially_visible(questions)


def _form_page(survey, wave, form, raw, errors, shown, notice=None, blank=False) -> str:
    """The survey page; a blank form's questions are rendered once per language and kept."""
    language = current_language()
    questions = survey.blank_forms.get(language) if blank else None
    summary = []
    if questions is None:
        fields = build_fields(survey.questions, raw, errors, shown, survey.regions.choices)
        groups = by_section(fields, survey.sections)
        questions = Markup(render_template("surveys/_fields.html", groups=groups))
        if blank:
            survey.blank_forms[language] = questions
        summary = _summary(fields)
    for message in form.invitation.errors:
        summary.insert(0, (form.invitation.id, message))
    form.shown.data = " ".join(q.code for q in survey.questions if q.code in shown)
    return render_template(
        "surveys/take.html",
        survey=survey,
        wave=wave,
        form=form,
        questions=questions,
        summary=summary,
        notice=notice,
    )


def _section_page(survey, wave, form, step: sections.Step, invitation_problem=None) -> str:
    """One section of the survey, the answers of the others carried in hidden fields."""
    questions = [q for q in survey.questions if q.code in step.section.codes]
    fields = build_fields(questions, step.raw, step.errors, step.shown, survey.regions.choices)
    summary = _summary(fields)
    if not is_token(form.form_token.data):
        form.form_token.data = new_token()
    if invitation_problem:
        form.invitation.errors = [invitation_problem]
        summary.insert(0, (form.invitation.id, invitation_problem))
    form.section.data = step.section.key
    form.step.data = str(_step_count(request.form.get("step")) + 1)
    form.shown.data = " ".join(f.code for f in fields if not f.hidden)
    return render_template(
        "surveys/section.html",
        survey=survey,
        wave=wave,
        form=form,
        step=step,
        fields=fields,
        carried=carried_fields(survey.questions, step.carried),
        summary=summary,
    )


def _step_count(sent: str | None) -> int:
    """How many screens of this response the server has shown (the script keeps the newest
    answers in the browser, and tells a page brought back by Back from a newer one)."""
    return int(sent) if sent and sent.isascii() and sent.isdigit() and len(sent) < 6 else 0


def _summary(fields) -> list[tuple[str, str]]:
    return [
        (f.input_id, _("%(question)s — %(problem)s", question=f.question.text, problem=f.error))
        for f in fields
        if f.error and not f.hidden
    ]


def _closed_page(survey: Instrument, status: int | None = None):
    """No wave is open: a clear page (200 to a visitor, 409 to a form sent too late)."""
    status = status or (409 if request.method == "POST" else 200)
    upcoming = next_wave(survey)
    return render_template("surveys/closed.html", survey=survey, upcoming=upcoming), status


@blueprint.errorhandler(429)
def too_many_submissions(error):
    """The rate limit on sending a survey: say so on the form, with every answer kept."""
    notice = _(
        "Many forms were sent from your network just now. Please wait a minute and send again."
    )
    survey, wave = find_survey((request.view_args or {}).get("slug", ""))
    if wave is None:
        return render_template(
            "errors/error.html", status=429, title=error.name, message=notice
        ), 429
    questions = survey.questions
    raw = raw_answers(questions, request.form)
    if request.form.get("section"):
        step = sections.show(survey, raw, request.form.get("section"), notice=notice)
        return _section_page(survey, wave, ResponseForm(), step), 429
    shown = _shown(request.form.get("shown"), questions)
    return _sent_again(survey, wave, raw, {}, shown, notice, None), 429


@blueprint.get("/s/<slug>/thanks")
def thanks(slug: str):
    survey = find_survey(slug)[0] or abort(404)
    return render_template("surveys/thanks.html", survey=survey)


@blueprint.get("/s/<slug>/qr.svg")
@roles_required(Role.ADMIN)
def qr_code(slug: str):
    """A QR code of the survey's link for posters; scans are counted as the 'qr' channel."""
    survey = db.session.execute(db.select(Survey).filter_by(slug=slug)).scalar_one_or_none()
    if survey is None:
        abort(404)
    response = make_response(qr_image(survey, "svg"))
    response.mimetype = "image/svg+xml"
    response.headers["Content-Disposition"] = f'inline; filename="{survey.slug}-qr.svg"'
    return response
