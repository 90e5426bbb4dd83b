"""Survey administration at /admin/surveys: authoring, waves, invitations, posters, instrument
files (admins); exports of responses (admins and analysts, each in their region scope).

Views parse, call surveys.admin / instrument_files / exports / posters, and render.
"""

import csv
import io
from datetime import UTC
from functools import partial

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    redirect,
    render_template,
    request,
    stream_with_context,
    url_for,
)
from flask_babel import force_locale
from flask_babel import gettext as _
from flask_login import current_user
from markupsafe import Markup
from werkzeug.exceptions import RequestEntityTooLarge
from werkzeug.utils import secure_filename

from accounts.access import roles_required
from accounts.forms import ActionForm, MoveForm
from accounts.models import Role
from extensions import db
from localization import LANGUAGES, LOCAL_TZ, current_language, utcnow
from surveys import admin, export_jobs, exports, posters
from surveys.admin import AuthoringError
from surveys.admin_forms import (
    AUDIENCE_LABELS,
    CONSTRUCT_LABELS,
    LANGUAGE_LABELS,
    LAYOUT_LABELS,
    OP_LABELS,
    STATUS_LABELS,
    TYPE_LABELS,
    ExportForm,
    ImportForm,
    InvitationForm,
    QuestionForm,
    SectionForm,
    SurveyForm,
    WaveForm,
    fill_texts,
    options,
)
from surveys.forms import build_fields, by_section
from surveys.instrument import group_sections
from surveys.instrument_files import (
    ImportProblems,
    import_instrument,
    instrument_json,
    read_instrument,
)
from surveys.models import Layout, Question, Survey, Wave
from surveys.service import create_invitations, invitation_counts, region_table
from surveys.skip_logic import initially_visible
from surveys.survey_files import PROFILE_SECTION
from uploads import upload_limit

blueprint = Blueprint("surveys_admin", __name__, url_prefix="/admin/surveys")


@blueprint.context_processor
def labels():
    return {
        "TYPE_LABELS": TYPE_LABELS,
        "CONSTRUCT_LABELS": CONSTRUCT_LABELS,
        "AUDIENCE_LABELS": AUDIENCE_LABELS,
        "STATUS_LABELS": STATUS_LABELS,
        "LANGUAGE_LABELS": LANGUAGE_LABELS,
        "OP_LABELS": OP_LABELS,
        "LAYOUT_LABELS": LAYOUT_LABELS,
        "is_profile": admin.is_profile,
    }


def _survey(slug: str) -> Survey:
    return admin.find_survey_by_slug(slug) or abort(404)


def _question(survey: Survey, question_id: int) -> Question:
    question = db.session.get(Question, question_id)
    if question is None or question.survey_id != survey.id:
        abort(404)
    return question


def _wave(survey: Survey, wave_id: int) -> Wave:
    wave = db.session.get(Wave, wave_id)
    if wave is None or wave.survey_id != survey.id:
        abort(404)
    return wave


def _problems(form) -> list[tuple[str, str]]:
    """(field id, "Label: message") for the error summary: each error names its field."""
    found = []
    for field in form:
        for error in field.errors:
            if isinstance(error, dict):  # a row of the choices table
                continue
            found.append((field.id, f"{field.label.text}: {error}"))
    return found


# ---------------------------------------------------------------- surveys


@blueprint.get("")
@roles_required(Role.ADMIN, Role.ANALYST)
def surveys():
    return render_template("surveys/admin/surveys.html", surveys=admin.all_surveys())


@blueprint.route("/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new_survey():
    form = SurveyForm()
    status = 200
    if form.validate_on_submit():
        settings = form.settings()
        settings.pop("status")
        try:
            survey = admin.create_survey(form.slug.data, settings, current_user)
        except AuthoringError as error:
            form[error.field or "slug"].errors.append(error.message)
            status = 400
        else:
            flash(_("The survey is created as a draft. Add its questions."), "success")
            return redirect(url_for(".survey", slug=survey.slug))
    elif request.method == "POST":
        status = 400
    return render_template("surveys/admin/settings.html", form=form, survey=None), status


@blueprint.get("/<slug>")
@roles_required(Role.ADMIN)
def survey(slug):
    return _survey_page(_survey(slug))


def _survey_page(survey: Survey):
    counts = admin.response_counts(survey)
    language = current_language()
    return render_template(
        "surveys/admin/survey.html",
        survey=survey,
        groups=admin.question_groups(survey),
        locked=admin.has_responses(survey),
        counts=counts,
        regions=_regions_with_ids(language),
        invitations={wave.id: invitation_counts(wave) for wave in survey.waves},
        wave_form=WaveForm(),
        invitation_form=InvitationForm(),
        action_form=ActionForm(),
        now=utcnow(),
        short_link=posters.survey_links(survey)[1],
    )


def _regions_with_ids(language: str) -> list[tuple[int, str, str]]:
    """(id, code, name) by name in the page's language."""
    ids = region_table().ids
    return [(ids[code], code, name) for code, name in admin.regions_by_name(language)]


@blueprint.route("/<slug>/settings", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def settings(slug):
    survey = _survey(slug)
    form = SurveyForm()
    form.slug.data = survey.slug  # the address stays: links and posters carry it
    status = 200
    if request.method == "GET":
        form.fill(survey)
    elif form.validate_on_submit():
        admin.update_survey(survey, form.settings(), current_user)
        flash(_("The survey's settings are saved."), "success")
        return redirect(url_for(".survey", slug=slug))
    else:
        status = 400
    return _settings_page(survey, form), status


def _settings_page(survey: Survey, form: SurveyForm | None = None):
    if form is None:
        form = SurveyForm(formdata=None)
        form.fill(survey)
    return render_template(
        "surveys/admin/settings.html",
        form=form,
        survey=survey,
        groups=admin.question_groups(survey),
        action_form=ActionForm(),
    )


# ---------------------------------------------------------------- sections


def _section(survey: Survey, key: str) -> dict:
    return admin.find_section(survey, key) or abort(404)


@blueprint.route("/<slug>/sections/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new_section(slug):
    return _edit_section(_survey(slug), None)


@blueprint.route("/<slug>/sections/<key>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def edit_section(slug, key):
    survey = _survey(slug)
    return _edit_section(survey, _section(survey, key))


def _edit_section(survey: Survey, section: dict | None):
    form = SectionForm()
    status, problem = 200, None
    if request.method == "GET" and section is not None:
        fill_texts(form, "title", section["titles"])
    elif form.validate_on_submit():
        try:
            if section is None:
                admin.add_section(survey, form.titles(), current_user)
            else:
                admin.rename_section(survey, section["key"], form.titles(), current_user)
        except AuthoringError as error:
            db.session.rollback()
            problem, status = error.message, 400
        else:
            flash(_("The section is saved."), "success")
            return redirect(url_for(".settings", slug=survey.slug) + "#sections")
    elif request.method == "POST":
        status = 400
    summary = _problems(form)
    if problem:
        summary.insert(0, ("section-form", problem))
    return render_template(
        "surveys/admin/section.html", survey=survey, section=section, form=form, summary=summary
    ), status


@blueprint.post("/<slug>/sections/<key>/move")
@roles_required(Role.ADMIN)
def move_section(slug, key):
    survey = _survey(slug)
    section = _section(survey, key)
    change = partial(admin.move_section, survey, section["key"], MoveForm.offset(), current_user)
    back = url_for(".settings", slug=slug) + "#sections"
    return _carry_out(change, back, partial(_settings_page, survey))


@blueprint.post("/<slug>/sections/<key>/delete")
@roles_required(Role.ADMIN)
def delete_section(slug, key):
    survey = _survey(slug)
    section = _section(survey, key)
    ActionForm.require()
    change = partial(admin.delete_section, survey, section["key"], current_user)
    back = url_for(".settings", slug=slug) + "#sections"
    return _carry_out(change, back, partial(_settings_page, survey), _("The section is deleted."))


# ---------------------------------------------------------------- questions


def _question_form(survey: Survey, question: Question | None) -> QuestionForm:
    form = QuestionForm()
    codes = [q.code for q in survey.questions if q is not question]
    if question is not None:
        codes = [q.code for q in survey.questions[: survey.questions.index(question)]]
    sections = None
    if survey.sections is not None:
        sections = [
            (s.key, s.title)
            for s, _questions in admin.question_groups(survey)
            if s.key != PROFILE_SECTION or (question is not None and question.section == s.key)
        ]
    form.fill_choices(codes, admin.regions_by_name(current_language()), sections)
    if request.method == "GET" and question is None and sections:
        form.section.data = sections[-1][0]  # a new question goes last, as without sections
    return form


@blueprint.route("/<slug>/questions/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new_question(slug):
    return _edit_question(_survey(slug), None)


@blueprint.route("/<slug>/questions/<int:question_id>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def edit_question(slug, question_id):
    survey = _survey(slug)
    question = _question(survey, question_id)
    if admin.is_profile(question):
        flash(_("Profile questions are fixed: they feed the weighting."), "error")
        return redirect(url_for(".survey", slug=slug))
    return _edit_question(survey, question)


def _edit_question(survey: Survey, question: Question | None):
    form = _question_form(survey, question)
    status = 200
    problem = None
    if request.method == "GET" and question is not None:
        form.fill(question)
    elif form.validate_on_submit():
        try:
            admin.save_question(survey, form.spec(), current_user, question)
        except AuthoringError as error:
            db.session.rollback()
            if error.field:
                form[error.field].errors = [*form[error.field].errors, error.message]
            else:
                problem = error.message
            status = 400
        else:
            flash(_("The question is saved."), "success")
            return redirect(url_for(".survey", slug=survey.slug) + "#questions")
    elif request.method == "POST":
        status = 400
    summary = _problems(form)
    if problem:
        summary.insert(0, ("question-form", problem))
    return render_template(
        "surveys/admin/question.html",
        survey=survey,
        question=question,
        form=form,
        summary=summary,
        locked=question is not None and admin.has_responses(survey),
    ), status


@blueprint.post("/<slug>/questions/<int:question_id>/move")
@roles_required(Role.ADMIN)
def move_question(slug, question_id):
    survey = _survey(slug)
    question = _question(survey, question_id)
    change = partial(admin.move_question, survey, question, MoveForm.offset(), current_user)
    back = url_for(".survey", slug=slug) + "#questions"
    return _carry_out(change, back, partial(_survey_page, survey))


@blueprint.post("/<slug>/questions/<int:question_id>/delete")
@roles_required(Role.ADMIN)
def delete_question(slug, question_id):
    survey = _survey(slug)
    question = _question(survey, question_id)
    ActionForm.require()
    change = partial(admin.delete_question, survey, question, current_user)
    back = url_for(".survey", slug=slug) + "#questions"
    return _carry_out(change, back, partial(_survey_page, survey), _("The question is deleted."))


def _carry_out(change, back: str, refused, done: str | None = None):
    """Make a change and go back to the page ``back``; a refused change answers 409 with the
    page ``refused()`` renders and the reason."""
    try:
        change()
    except AuthoringError as error:
        db.session.rollback()
        flash(str(error.message), "error")
        return refused(), 409
    if done:
        flash(done, "success")
    return redirect(back)


@blueprint.get("/<slug>/preview")
@roles_required(Role.ADMIN)
def preview(slug):
    """The form as a citizen sees it, in the language asked for, built from the questions as
    they stand (a draft too); it sends nothing."""
    survey = _survey(slug)
    language = request.args.get("language")
    if language not in LANGUAGES:
        language = current_language()
    questions = survey.questions
    with force_locale(language):
        fields = build_fields(
            questions, {}, {}, initially_visible(questions), region_table().choices
        )
        groups = by_section(fields, group_sections(questions, survey.sections))
        numbered = survey.layout == Layout.SECTIONS  # headings say "Section 2 of 5", as screens do
        html = Markup(render_template("surveys/_fields.html", groups=groups, numbered=numbered))
    return render_template(
        "surveys/admin/preview.html",
        survey=survey,
        language=language,
        questions=html,
    )


# ---------------------------------------------------------------- waves and invitations


@blueprint.post("/<slug>/waves")
@roles_required(Role.ADMIN)
def open_wave(slug):
    survey = _survey(slug)
    form = WaveForm()
    if form.validate_on_submit():
        opens = form.opens_at.data.replace(tzinfo=LOCAL_TZ).astimezone(UTC)
        closes = form.closes_at.data.replace(tzinfo=LOCAL_TZ).astimezone(UTC)
        try:
            admin.schedule_wave(survey, form.label.data, opens, closes, current_user)
        except AuthoringError as error:
            db.session.rollback()
            form[error.field].errors = [*form[error.field].errors, error.message]
        else:
            flash(_("The wave %(label)s is scheduled.", label=form.label.data), "success")
            return redirect(url_for(".survey", slug=slug) + "#waves")
    return render_template(
        "surveys/admin/wave_problem.html", survey=survey, form=form, summary=_problems(form)
    ), 400


@blueprint.post("/<slug>/waves/<int:wave_id>/close")
@roles_required(Role.ADMIN)
def close_wave(slug, wave_id):
    survey = _survey(slug)
    wave = _wave(survey, wave_id)
    ActionForm.require()
    done = _("The wave %(label)s is closed.", label=wave.label)
    back = url_for(".survey", slug=slug) + "#waves"
    change = partial(admin.stop_wave, survey, wave, current_user)
    return _carry_out(change, back, partial(_survey_page, survey), done)


@blueprint.post("/<slug>/waves/<int:wave_id>/invitations")
@roles_required(Role.ADMIN)
def invitations(slug, wave_id):
    """New single-use codes as a CSV download: shown this once, kept only as keyed hashes."""
    survey = _survey(slug)
    wave = _wave(survey, wave_id)
    form = InvitationForm()
    if not form.validate_on_submit():
        return render_template(
            "surveys/admin/wave_problem.html", survey=survey, form=form, summary=_problems(form)
        ), 400
    codes = create_invitations(survey, wave.label, form.count.data, current_user)
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(["code", "link"])
    base = posters.survey_links(survey)[1]
    writer.writerows([code, f"{base}?code={code}"] for code in codes)
    response = Response(("\ufeff" + buffer.getvalue()).encode("utf-8"), mimetype="text/csv")
    name = f"{survey.slug}-{wave.label}-invitations.csv"
    _name_file(response, name)
    return response


# ---------------------------------------------------------------- posters and files


@blueprint.get("/<slug>/poster.pdf")
@roles_required(Role.ADMIN)
def poster(slug):
    survey = _survey(slug)
    response = Response(posters.poster_pdf(survey), mimetype="application/pdf")
    _name_file(response, f"{slug}-poster.pdf", "inline")
    return response


@blueprint.get("/<slug>/qr.png")
@roles_required(Role.ADMIN)
def qr_png(slug):
    response = Response(posters.qr_image(_survey(slug), "png"), mimetype="image/png")
    _name_file(response, f"{slug}-qr.png", "inline")
    return response


@blueprint.get("/<slug>/instrument.json")
@roles_required(Role.ADMIN)
def instrument_file(slug):
    survey = _survey(slug)
    response = current_app.response_class(
        current_app.json.dumps(instrument_json(survey), ensure_ascii=False, indent=2),
        mimetype="application/json",
    )
    _name_file(response, f"{slug}.survey.json")
    return response


@blueprint.route("/import", methods=["GET", "POST"])
@upload_limit("SURVEY_IMPORT_MAX_BYTES")
@roles_required(Role.ADMIN)
def import_survey():
    form = ImportForm()
    problems, status = [], 200
    if form.validate_on_submit():
        upload = form.file.data
        with upload.stream:
            content = upload.read()
        try:
            data = read_instrument(upload.filename or "", content)
            survey = import_instrument(data, current_user, slug=form.slug.data or None)
        except ImportProblems as refused:
            db.session.rollback()
            problems, status = refused.problems, 400
        else:
            flash(_("The survey is imported as a draft."), "success")
            return redirect(url_for(".survey", slug=survey.slug))
    elif request.method == "POST":
        status = 400
    return render_template(
        "surveys/admin/import.html", form=form, problems=problems, summary=_problems(form)
    ), status


@blueprint.errorhandler(RequestEntityTooLarge)
def too_large(error):
    if request.endpoint != "surveys_admin.import_survey":
        return error
    limit = current_app.config["SURVEY_IMPORT_MAX_BYTES"] / 1024 / 1024
    message = _("The file is larger than %(limit)s MB; nothing was imported.", limit=f"{limit:g}")
    form = ImportForm(formdata=None)
    return render_template(
        "surveys/admin/import.html", form=form, problems=[message], summary=[]
    ), 413


# ---------------------------------------------------------------- exports for analysts


def _plan(survey: Survey, wave: Wave, language: str) -> exports.ExportPlan:
    return exports.plan_export(survey, wave, language, current_user.region_scope)


@blueprint.get("/<slug>/exports")
@roles_required(Role.ADMIN, Role.ANALYST)
def exports_page(slug):
    survey = _survey(slug)
    form = ExportForm(request.args)
    form.wave.choices = options({wave.id: wave.label for wave in reversed(survey.waves)})
    if "wave" not in request.args:  # the page itself, not yet a request for an export
        form.language.data = current_language()
        return render_template("surveys/admin/exports.html", survey=survey, form=form)
    if not form.validate():
        return render_template("surveys/admin/exports.html", survey=survey, form=form), 400
    wave = _wave(survey, form.wave.data)
    language, kind = form.language.data, form.format.data
    if kind == "csv":
        return redirect(url_for(".export_csv", slug=slug, wave_id=wave.id, language=language))
    plan = _plan(survey, wave, language)
    job_id = export_jobs.start_export(plan, kind, current_user.id)
    return redirect(url_for(".export_job", job_id=job_id))


def _language() -> str:
    language = request.args.get("language", "")
    if language not in LANGUAGES:
        abort(400)
    return language


@blueprint.get("/<slug>/exports/<int:wave_id>.csv")
@roles_required(Role.ADMIN, Role.ANALYST)
def export_csv(slug, wave_id):
    """The responses as CSV, streamed as they are read: the download starts at once."""
    survey = _survey(slug)
    plan = _plan(survey, _wave(survey, wave_id), _language())
    response = Response(stream_with_context(exports.csv_chunks(plan)), mimetype="text/csv")
    name = exports.export_file_name(plan, "csv")
    _name_file(response, name)
    return response


@blueprint.get("/<slug>/exports/<int:wave_id>/codebook.csv")
@roles_required(Role.ADMIN, Role.ANALYST)
def export_codebook(slug, wave_id):
    survey = _survey(slug)
    plan = _plan(survey, _wave(survey, wave_id), _language())
    response = Response(exports.codebook_csv(plan), mimetype="text/csv")
    name = exports.export_file_name(plan, "csv").replace(".csv", "-codebook.csv")
    _name_file(response, name)
    return response


def _own_job(job_id: str) -> dict:
    job = export_jobs.read_job(job_id)
    if job is None or job["user_id"] != current_user.id:
        abort(404)
    return job


@blueprint.get("/exports/<job_id>")
@roles_required(Role.ADMIN, Role.ANALYST)
def export_job(job_id):
    return render_template("surveys/admin/export_job.html", job=_own_job(job_id), job_id=job_id)


@blueprint.get("/exports/<job_id>/download")
@roles_required(Role.ADMIN, Role.ANALYST)
def export_download(job_id):
    job = _own_job(job_id)
    if job["state"] != "done":
        abort(404)
    path = export_jobs.export_file(job_id, job)
    response = Response(_file_chunks(path), mimetype=MIMETYPES[job["kind"]])
    response.headers["Content-Length"] = str(path.stat().st_size)
    _name_file(response, job["file_name"])
    return response


MIMETYPES = {
    "csv": "text/csv",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "sav": "application/x-spss-sav",
}


def _name_file(response: Response, name: str, disposition: str = "attachment") -> None:
    """The file's name for the browser: wave labels may hold any letter, a header only ASCII."""
    safe = secure_filename(name) or "download"
    response.headers["Content-Disposition"] = f'{disposition}; filename="{safe}"'


def _file_chunks(path):
    """The file in pieces, opened only once the download is read."""
    with open(path, "rb") as handle:
        while chunk := handle.read(1 << 20):
            yield chunk
