from urllib.parse import urlsplit

from flask import (
    Blueprint,
    current_app,
    flash,
    g,
    redirect,
    render_template,
    request,
    session,
    url_for,
)
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required, login_user, logout_user

from accounts.access import roles_required
from accounts.audit import action_label, actor_label, detail_items, recent_events
from accounts.forms import LoginForm, LogoutForm, SetPasswordForm
from accounts.models import Role, User
from accounts.password_links import PasswordLinkError, account_of_link, set_password_with_link
from accounts.service import MIN_PASSWORD_LENGTH, authenticate, normalise_email
from database import is_database_id
from extensions import db, limiter, login_manager

blueprint = Blueprint("accounts", __name__)


@login_manager.user_loader
def load_user(identity: str) -> User | None:
    """The user of a session's identity (``User.get_id``), while it is current and active."""
    user_id, _, version = identity.partition(":")
    if not (is_database_id(user_id) and is_database_id(version)):
        return None
    user = db.session.get(User, int(user_id))
    # Signed out, a new password, disabled or simulated since: this session is over.
    if user is None or not user.is_active or user.session_version != int(version):
        return None
    return user


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: no scheme, no host, not protocol-relative, nothing unprintable
    (a line break would end the Location header)."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    if not target.isprintable():
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def _sign_in_failed(response) -> bool:
    return response.status_code != 302


def _failed_sign_ins(setting: str, key_func):
    """A limit on failed sign-ins (a successful one is not counted), keyed by ``key_func``."""
    return limiter.limit(
        lambda: current_app.config[setting],
        key_func=key_func,
        methods=["POST"],
        deduct_when=_sign_in_failed,
    )


def _sent_email() -> str:
    return normalise_email(request.form.get("email", ""))


@blueprint.route("/login", methods=["GET", "POST"])
@_failed_sign_ins("LOGIN_RATE_LIMIT", lambda: f"from:{get_remote_address()}|{_sent_email()}")
@_failed_sign_ins("LOGIN_ADDRESS_RATE_LIMIT", lambda: f"from:{get_remote_address()}")
@_failed_sign_ins("LOGIN_ACCOUNT_RATE_LIMIT", lambda: f"account:{_sent_email()}")
def login():
    if current_user.is_authenticated:
        return redirect(url_for("home.index"))
    form = LoginForm(next=request.args.get("next", ""))
    status = 200
    if form.validate_on_submit():
        user = authenticate(form.email.data, form.password.data)
        if user is None:
            flash(_("Invalid e-mail or password."), "error")
            status = 401
        elif not user.active:
            flash(_("This account has been disabled. Please contact your administrator."), "error")
            status = 403
        else:
            login_user(user, remember=form.remember.data)
            # A CSRF token handed out before signing in is not good after it.
            field = current_app.config.get("WTF_CSRF_FIELD_NAME", "csrf_token")
            session.pop(field, None)
            g.pop(field, None)
            return redirect(safe_next(form.next.data) or url_for("home.index"))
    elif request.method == "POST":
        status = 400
    form.password.data = None
    return render_template("accounts/login.html", form=form), status


@blueprint.post("/logout")
@login_required
def logout():
    form = LogoutForm()
    if form.validate_on_submit():
        current_user.end_sessions()
        db.session.commit()
        logout_user()
        flash(_("You have signed out."), "info")
    return redirect(url_for("home.index"))


# The audit log as people read it; other pages that list audit events can use them too.
blueprint.add_app_template_filter(action_label, "audit_action")
blueprint.add_app_template_filter(actor_label, "audit_actor")
blueprint.add_app_template_filter(detail_items, "audit_details")


@blueprint.get("/admin/audit")
@roles_required(Role.ADMIN)
def audit_log():
    action = request.args.get("action") or None
    return render_template(
        "accounts/audit.html",
        events=recent_events(action=action),
        action=action,
    )


@blueprint.route("/set-password", methods=["GET", "POST"])
@limiter.limit(lambda: current_app.config["LOGIN_ADDRESS_RATE_LIMIT"], methods=["POST"])
def set_password():
    """The page a set-your-password link opens: choose a password, then sign in with it.
    The token travels in the query string, which the access log leaves out."""
    token = request.args.get("token", "")
    try:
        user = account_of_link(token)
    except PasswordLinkError as error:
        return render_template("accounts/set_password.html", problem=error.message), 400
    form = SetPasswordForm()
    status = 200
    if form.validate_on_submit():
        set_password_with_link(token, form.password.data)
        if current_user.is_authenticated:
            logout_user()
        flash(_("Your password is set. Sign in with it."), "success")
        return redirect(url_for(".login"))
    elif request.method == "POST":
        status = 400
    form.password.data = form.confirm.data = None
    return render_template(
        "accounts/set_password.html", form=form, user=user, min_length=MIN_PASSWORD_LENGTH
    ), status
