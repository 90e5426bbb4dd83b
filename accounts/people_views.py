"""People, for admins: the list, a person's form, set-your-password links, a CSV import."""

from flask import (
    Blueprint,
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
from accounts.forms import ActionForm, ImportForm, PeopleFilterForm, PersonForm
from accounts.models import Role, User
from accounts.password_links import has_password, send_password_links
from accounts.people import (
    CSV_COLUMNS,
    PeopleError,
    Person,
    create_person,
    find_people,
    import_people,
    read_people_csv,
    update_person,
)
from accounts.regions import regions_in_order
from extensions import db
from uploads import upload_limit

blueprint = Blueprint("people", __name__, url_prefix="/admin/people")
SHOWN = 500  # people listed on one page; the filters narrow the rest


def _person(form: PersonForm) -> Person:
    regions = {region.id: region for region in regions_in_order()}
    return Person(
        email=form.email.data,
        full_name=form.full_name.data,
        role=form.role.data,
        region=regions.get(form.region.data),
        organisation=form.organisation.data or None,
        language=form.language.data or None,
    )


def _send_link(user: User):
    """E-mail a link and say so, or show it to the admin this once."""
    [(_user, link, failure)] = send_password_links([user], current_user)
    if failure is None:
        flash(
            _("A link to set the password was e-mailed to %(email)s.", email=user.email), "success"
        )
        return redirect(url_for(".edit", user_id=user.id))
    return render_template("accounts/people/link.html", user=user, link=link, failure=failure)


@blueprint.get("")
@roles_required(Role.ADMIN)
def index():
    form = PeopleFilterForm(request.args)
    form.region.choices = [("", _("Any region"))] + [
        (region.id, f"{region.name} ({region.code})") for region in regions_in_order()
    ]
    status = 200
    if request.args and not form.validate():
        status = 400
    valid = status == 200
    found = find_people(
        (form.q.data or "") if valid else "",
        (form.role.data or None) if valid else None,
        form.region.data if valid else None,
    )
    return render_template(
        "accounts/people/index.html",
        form=form,
        people=found[:SHOWN],
        total=len(found),
        shown=SHOWN,
        has_password=has_password,
    ), status


@blueprint.route("/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new():
    form = PersonForm()
    form.fill_regions(regions_in_order())
    status = 200
    if form.validate_on_submit():
        try:
            user = create_person(_person(form), current_user)
        except PeopleError as error:
            form[error.field].errors.append(str(error.message))
            status = 400
        else:
            flash(_("The account of %(name)s is created.", name=user.full_name), "success")
            return _send_link(user)
    elif request.method == "POST":
        status = 400
    return render_template("accounts/people/form.html", form=form, person=None), status


@blueprint.route("/<int:user_id>", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def edit(user_id):
    user = db.get_or_404(User, user_id)
    form = PersonForm(obj=user) if request.method == "GET" else PersonForm()
    form.fill_regions(regions_in_order())
    if request.method == "GET":
        form.region.data = user.region_id
        form.language.data = user.language or ""
    status = 200
    if form.validate_on_submit():
        try:
            changed = update_person(user, _person(form), form.active.data, current_user)
        except PeopleError as error:
            form[error.field].errors.append(str(error.message))
            status = 400
        else:
            if changed:
                flash(_("The changes to %(name)s are saved.", name=user.full_name), "success")
            else:
                flash(_("Nothing was changed."), "info")
            return redirect(url_for(".edit", user_id=user.id))
    elif request.method == "POST":
        status = 400
    return render_template(
        "accounts/people/form.html",
        form=form,
        person=user,
        has_password=has_password(user),
        action_form=ActionForm(),
    ), status


@blueprint.post("/<int:user_id>/password-link")
@roles_required(Role.ADMIN)
def password_link(user_id):
    ActionForm.require()
    user = db.get_or_404(User, user_id)
    if not user.active:
        flash(_("This account is disabled: activate it before sending a link."), "error")
        return redirect(url_for(".edit", user_id=user.id))
    return _send_link(user)


@blueprint.route("/import", methods=["GET", "POST"])
@upload_limit("PEOPLE_IMPORT_MAX_BYTES")
@roles_required(Role.ADMIN)
def import_csv():
    form = ImportForm()
    report, links, status = None, [], 200
    if form.validate_on_submit():
        report = read_people_csv(form.file.data.read())
        if report.problem is not None:
            form.file.errors.append(str(report.problem))
            status = 400
        elif report.rejected and not form.skip_rejected.data:
            status = 400  # nothing is stored: the report says what to correct
        else:
            links = send_password_links(import_people(report, current_user), current_user)
    elif request.method == "POST":
        status = 400
    return render_template(
        "accounts/people/import.html",
        form=form,
        report=report,
        unsent=[(user, link) for user, link, failure in links if failure],
        columns=CSV_COLUMNS,
        megabytes=format_decimal(current_app.config["PEOPLE_IMPORT_MAX_BYTES"] / 2**20),
    ), status
