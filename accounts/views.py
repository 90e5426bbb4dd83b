from urllib.parse import urlsplit

from flask import Blueprint, current_app, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_limiter.util import get_remote_address
from flask_login import current_user, login_required, login_user, logout_user

from accounts.access import roles_required
from accounts.audit import recent_events
from accounts.forms import LoginForm, LogoutForm
from accounts.models import Role, User
from accounts.service import authenticate, normalise_email
from extensions import db, is_database_id, limiter, login_manager

blueprint = Blueprint("accounts", __name__)


@login_manager.user_loader
def load_user(user_id: str) -> User | None:
    if not is_database_id(user_id):
        return None
    user = db.session.get(User, int(user_id))
    # A user disabled while signed in is signed out on the next request; a simulated one never
    # signs in.
    return user if user is not None and user.is_active else None


def safe_next(target: str | None) -> str | None:
    """Only a path on this site: no scheme, no host, not protocol-relative."""
    if not target or not target.startswith("/") or target.startswith(("//", "/\\")):
        return None
    parts = urlsplit(target)
    if parts.scheme or parts.netloc:
        return None
    return target


def login_rate_key() -> str:
    # Address and e-mail together: a shared kiosk address never locks out everyone.
    return f"{get_remote_address()}|{normalise_email(request.form.get('email', ''))}"


@blueprint.route("/login", methods=["GET", "POST"])
@limiter.limit(
    lambda: current_app.config["LOGIN_RATE_LIMIT"], key_func=login_rate_key, methods=["POST"]
)
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
        logout_user()
        flash(_("You have signed out."), "info")
    return redirect(url_for("home.index"))


@blueprint.get("/admin/audit")
@roles_required(Role.ADMIN)
def audit_log():
    action = request.args.get("action") or None
    return render_template(
        "accounts/audit.html", events=recent_events(action=action), action=action
    )
