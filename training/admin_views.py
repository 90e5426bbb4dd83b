"""Training administration: modules, assignments, certificates, item analysis, knowledge gain;
and the xAPI feed for the agency's learning record store.
"""

from flask import (
    Blueprint,
    Response,
    abort,
    current_app,
    flash,
    jsonify,
    redirect,
    render_template,
    request,
    url_for,
)
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user

from accounts.access import require_region_access, roles_required
from accounts.api_tokens import find_usable_token
from accounts.forms import ActionForm
from accounts.models import Role
from accounts.regions import regions_in_order
from extensions import db, limiter
from links import site_url
from localization import utcnow
from training import analysis, compliance, xapi
from training.assignments import all_assignments, create_assignment
from training.assignments import delete_assignment as remove_assignment  # the view has its name
from training.authoring import ModuleDataError
from training.certificates import all_certificates, find_certificate, revoke_certificate
from training.dates import local_today
from training.errors import AssignmentError, CertificateError, TrainingError
from training.forms import (
    COMPLIANCE_HEADERS,
    LEARNING_STATUS_LABELS,
    ROLE_LABELS,
    AssignmentForm,
    ComplianceFilterForm,
    GainFilterForm,
    ModuleUploadForm,
    RevokeForm,
)
from training.models import Module
from training.module_files import module_archive, module_data, read_module_archive
from training.modules import (
    add_module,
    all_modules,
    module_by_slug,
    readiness_problems,
    set_published,
)
from training.my_learning import DUE_SOON_DAYS
from uploads import upload_limit

blueprint = Blueprint("training_admin", __name__)
COMPLIANCE_LISTED = 300  # people shown on the page; the downloads hold them all


@blueprint.errorhandler(TrainingError)
def refused(error: TrainingError):
    if request.path.startswith("/api/"):
        return jsonify(error=error.code, message=str(error.message), status=error.status), (
            error.status
        )
    return render_template("training/problem.html", error=error), error.status


@blueprint.get("/admin/training")
@roles_required(Role.ADMIN, Role.ANALYST)
def modules():
    return render_template("training/admin/modules.html", modules=all_modules(), form=ActionForm())


@blueprint.post("/admin/training/<slug>/publish")
@roles_required(Role.ADMIN)
def publish(slug):
    ActionForm.require()
    module = module_by_slug(slug)
    published = request.form.get("published") == "1"
    set_published(module, published, current_user)
    if published:
        flash(_("The module “%(title)s” is published.", title=module.name), "success")
    else:
        flash(_("The module “%(title)s” is now a draft.", title=module.name), "success")
    return redirect(url_for(".modules"))


@blueprint.get("/admin/training/<slug>/preview")
@roles_required(Role.ADMIN)
def preview(slug):
    """The whole module as authored, correct answers marked, whether published or not."""
    module = module_by_slug(slug)
    return render_template(
        "training/admin/preview.html", module=module, problems=readiness_problems(module)
    )


@blueprint.route("/admin/training/upload", methods=["GET", "POST"])
@upload_limit("TRAINING_UPLOAD_MAX_BYTES")
@roles_required(Role.ADMIN)
def upload_module():
    """A module folder as a zip: checked as `flask training load-module` checks a folder."""
    form = ModuleUploadForm()
    problems, status = [], 200
    if form.validate_on_submit():
        try:
            data = read_module_archive(form.file.data.read())
            module = add_module(data, current_user, "upload")
        except ModuleDataError as error:
            problems, status = error.problems, 400
        else:
            flash(_("The module %(title)s is loaded as a draft.", title=module.name), "success")
            return redirect(url_for(".preview", slug=module.slug))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/upload.html",
        form=form,
        problems=problems,
        megabytes=format_decimal(current_app.config["TRAINING_UPLOAD_MAX_BYTES"] / 2**20),
    ), status


@blueprint.get("/admin/training/<slug>/export.zip")
@roles_required(Role.ADMIN)
def export_module(slug):
    """The module's folder as a zip, as an upload takes it back (active questions only)."""
    module = module_by_slug(slug)
    return Response(
        module_archive(module_data(module)),
        mimetype="application/zip",
        headers={"Content-Disposition": f'attachment; filename="{module.slug}.zip"'},
    )


@blueprint.get("/admin/training/<slug>/analysis")
@roles_required(Role.ADMIN)
def item_analysis(slug):
    module = module_by_slug(slug)
    first_only = request.args.get("attempts") == "first"
    return render_template(
        "training/admin/analysis.html",
        report=analysis.item_analysis(module.id, first_only=first_only),
        first_only=first_only,
        simulated=analysis.includes_simulated(module.id),
        low=analysis.LOW_DISCRIMINATION,
        facility_range=analysis.FACILITY_RANGE,
    )


@blueprint.get("/admin/training/<slug>/gain")
@roles_required(Role.ADMIN, Role.ANALYST)
def knowledge_gain(slug):
    module = module_by_slug(slug)
    form = GainFilterForm(request.args)
    scope = current_user.region_scope
    regions = [r for r in regions_in_order() if scope is None or r.id == scope]
    form.region.choices = ([] if scope else [("", _("All regions"))]) + [
        (region.id, f"{region.name} ({region.code})") for region in regions
    ]
    status = 200
    if request.args and not form.validate():
        status = 400
    if scope is not None and request.args.get("region") not in (None, "", str(scope)):
        abort(403)
    region_id = (form.region.data if status == 200 else None) or scope
    require_region_access(region_id)
    start = form.start.data if status == 200 else None
    end = form.end.data if status == 200 else None
    if start and end and start > end:
        form.end.errors = [*form.end.errors, _("The end date must not be before the start.")]
        status, start, end = 400, None, None
    report = analysis.knowledge_gain(module.id, region_id, start, end)
    by_region = [] if scope else analysis.knowledge_gain_by_region(module.id, start, end)
    return render_template(
        "training/admin/gain.html",
        module=module,
        form=form,
        report=report,
        by_region=by_region,
        simulated=analysis.includes_simulated(module.id),
        small=analysis.SMALL_SAMPLE,
    ), status


def _compliance_request():
    """The filters of the compliance report, within the person's region scope (403 beyond)."""
    form = ComplianceFilterForm(request.args)
    scope = current_user.region_scope
    regions = [r for r in regions_in_order() if scope is None or r.id == scope]
    form.region.choices = ([] if scope else [("", _("All regions"))]) + [
        (region.id, f"{region.name} ({region.code})") for region in regions
    ]
    if scope is not None and request.args.get("region") not in (None, "", str(scope)):
        abort(403)
    form.organisation.choices = [("", _("All organisations"))] + [
        (name, name) for name in compliance.organisations(scope)
    ]
    form.module.choices = [("", _("All modules"))] + [
        (module.id, module.name) for module in all_modules() if module.published
    ]
    valid = not request.args or form.validate()
    region_id = (form.region.data if valid else None) or scope
    require_region_access(region_id)
    rows = compliance.compliance_rows(
        region_id,
        (form.organisation.data or None) if valid else None,
        form.module.data if valid else None,
    )
    return form, valid, rows


def _compliance_tables(rows, status):
    headers = {key: str(label) for key, label in COMPLIANCE_HEADERS.items()}
    groups, total = compliance.summarise(rows)
    summary = compliance.summary_table(groups, total, headers)
    listed = compliance.people_by_status(rows, status)
    people = compliance.people_table(
        listed, headers, lambda row: str(LEARNING_STATUS_LABELS[row.status])
    )
    return summary, people


@blueprint.get("/admin/training/compliance")
@roles_required(Role.ADMIN, Role.ANALYST)
def compliance_report():
    form, valid, rows = _compliance_request()
    groups, total = compliance.summarise(rows)
    status = form.status.data if valid else None
    listed = compliance.people_by_status(rows, status)
    return render_template(
        "training/admin/compliance.html",
        form=form,
        groups=groups,
        total=total,
        listed=listed[:COMPLIANCE_LISTED],
        listed_count=len(listed),
        shown=COMPLIANCE_LISTED,
        query={name: request.args[name] for name in form.data if request.args.get(name)},
        expiry_days=compliance.expiry_notice_days(),
        due_soon_days=DUE_SOON_DAYS,
    ), (200 if valid else 400)


@blueprint.get("/admin/training/compliance/<any(summary, people):table>.csv")
@roles_required(Role.ADMIN, Role.ANALYST)
def compliance_csv(table):
    form, valid, rows = _compliance_request()
    if not valid:
        abort(400)
    summary, people = _compliance_tables(rows, form.status.data)
    content = compliance.csv_bytes(summary if table == "summary" else people)
    return _download(content, "text/csv; charset=utf-8", f"adal-compliance-{table}.csv")


@blueprint.get("/admin/training/compliance.xlsx")
@roles_required(Role.ADMIN, Role.ANALYST)
def compliance_xlsx():
    form, valid, rows = _compliance_request()
    if not valid:
        abort(400)
    summary, people = _compliance_tables(rows, form.status.data)
    content = compliance.xlsx_bytes(
        [(_("By region and organisation"), summary), (_("People"), people)]
    )
    mimetype = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
    return _download(content, mimetype, "adal-compliance.xlsx")


def _download(content: bytes, mimetype: str, name: str) -> Response:
    day = local_today().isoformat()
    filename = name.replace(".", f"-{day}.", 1) if "." in name else name
    return Response(
        content,
        mimetype=mimetype,
        headers={"Content-Disposition": f'attachment; filename="{filename}"'},
    )


@blueprint.route("/admin/training/assignments", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def assignments():
    form = AssignmentForm()
    form.fill_choices(all_modules(), regions_in_order())
    status = 200
    if form.validate_on_submit():
        module = db.get_or_404(Module, form.module.data)
        region = next((r for r in regions_in_order() if r.id == form.region.data), None)
        try:
            create_assignment(
                module,
                form.due_on.data,
                current_user,
                role=form.role.data or None,
                region=region,
                organisation=form.organisation.data,
                renewal_months=form.renewal_months.data,
            )
        except AssignmentError as error:
            form.form_errors.append(str(error.message))
            status = 400
        else:
            flash(_("The module “%(title)s” is assigned.", title=module.name), "success")
            return redirect(url_for(".assignments"))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/assignments.html",
        form=form,
        assignments=all_assignments(),
        action_form=ActionForm(),
        role_labels=ROLE_LABELS,
    ), status


@blueprint.post("/admin/training/assignments/<int:assignment_id>/delete")
@roles_required(Role.ADMIN)
def delete_assignment(assignment_id):
    ActionForm.require()
    remove_assignment(assignment_id, current_user)
    flash(_("The assignment is removed."), "success")
    return redirect(url_for(".assignments"))


@blueprint.get("/admin/training/certificates")
@roles_required(Role.ADMIN)
def certificates():
    return render_template(
        "training/admin/certificates.html",
        certificates=all_certificates(),
        form=RevokeForm(),
        now=utcnow(),
        revoking=None,
    )


@blueprint.post("/admin/training/certificates/<code>/revoke")
@roles_required(Role.ADMIN)
def revoke(code):
    if find_certificate(code) is None:
        abort(404)
    form = RevokeForm()
    if form.validate_on_submit():
        try:
            revoke_certificate(code, form.reason.data, current_user)
        except CertificateError as error:
            form.reason.errors = [str(error.message)]
        else:
            certificate = find_certificate(code)
            flash(
                _("The certificate %(code)s is revoked.", code=certificate.display_code), "success"
            )
            return redirect(url_for(".certificates"))
    return render_template(
        "training/admin/certificates.html",
        certificates=all_certificates(),
        form=form,
        now=utcnow(),
        revoking=code,
    ), 400


# ------------------------------------------------------------------------------ xAPI


def _api_error(status: int, message: str, **headers):
    return jsonify(error=status, message=message, status=status), status, headers


@blueprint.get("/api/v1/training/xapi")
@limiter.limit(lambda: current_app.config["TRAINING_API_RATE_LIMIT"])
def xapi_statements():
    """xAPI statements of submitted attempts since ``since``; admins and API tokens only."""
    authorization = request.headers.get("Authorization", "")
    if authorization:
        scheme, _sep, secret = authorization.partition(" ")
        if scheme.lower() != "bearer" or find_usable_token(secret.strip()) is None:
            return _api_error(
                401,
                "The API token is unknown, revoked or expired.",
                **{"WWW-Authenticate": 'Bearer error="invalid_token"'},
            )
    elif not current_user.is_authenticated:
        return _api_error(
            401,
            "Send Authorization: Bearer <API token>, or sign in as an administrator.",
            **{"WWW-Authenticate": "Bearer"},
        )
    elif current_user.role != Role.ADMIN:
        return _api_error(403, "Only administrators and API tokens may read xAPI statements.")
    try:
        since = xapi.parse_since(request.args.get("since"))
        limit = xapi.parse_limit(request.args.get("limit"))
        after = xapi.parse_after(request.args.get("after"))
    except xapi.XapiRequestError as error:
        return _api_error(400, str(error))
    page = xapi.statement_page(site_url(), since, limit, after)
    more = ""
    if page.last_attempt_id is not None:
        more = url_for(
            ".xapi_statements",
            since=request.args.get("since"),
            limit=limit,
            after=page.last_attempt_id,
        )
    response = jsonify(statements=page.statements, more=more)
    response.headers["X-Experience-API-Version"] = "1.0.3"
    return response
