"""The Adal application factory: ``create_app(test_config=None)``."""

import os

from flask import Flask, abort, jsonify, render_template, request
from flask.json.provider import DefaultJSONProvider
from flask_babel import format_decimal
from flask_babel import gettext as _
from flask_login import current_user
from sqlalchemy import text
from werkzeug.exceptions import HTTPException
from werkzeug.middleware.proxy_fix import ProxyFix
from werkzeug.routing import IntegerConverter

from config import (
    DefaultConfig,
    ensure_instance_folder,
    ensure_secret_key,
    normalise_database_url,
    sqlite_uri,
)
from database import MAX_DATABASE_ID, sqlite_file
from extensions import babel, csrf, db, limiter, login_manager, migrate
from links import require_site_address
from localization import register_template_helpers, remember_language, select_locale
from logs import assign_request_id, echo_request_id, register_logging
from rate_limits import default_storage_uri
from uploads import UploadRequest


def create_app(test_config: dict | None = None) -> Flask:
    app = Flask(__name__, instance_relative_config=True)
    app.request_class = UploadRequest
    configure(app, test_config)
    register_extensions(app)
    register_blueprints(app)
    register_errorhandlers(app)
    register_request_hooks(app)
    register_commands(app)
    register_logging(app)
    return app


def configure(app: Flask, test_config: dict | None) -> None:
    app.config.from_object(DefaultConfig)
    app.config.from_pyfile("config.py", silent=True)
    app.config.from_prefixed_env("ADAL")
    if os.environ.get("DATABASE_URL"):
        app.config["SQLALCHEMY_DATABASE_URI"] = os.environ["DATABASE_URL"]
    if test_config is not None:
        app.config.from_mapping(test_config)
    # The remember-me cookie signs a person in for a week: Secure whenever the session's is.
    app.config.setdefault("REMEMBER_COOKIE_SECURE", app.config["SESSION_COOKIE_SECURE"])

    uri = app.config.get("SQLALCHEMY_DATABASE_URI") or sqlite_uri(app.instance_path)
    app.config["SQLALCHEMY_DATABASE_URI"] = normalise_database_url(uri)
    if sqlite_file(uri) is not None:
        # A file on this machine needs no liveness ping before each request.
        app.config["SQLALCHEMY_ENGINE_OPTIONS"] = {
            **app.config["SQLALCHEMY_ENGINE_OPTIONS"],
            "pool_pre_ping": False,
        }
    if not app.config["RATELIMIT_STORAGE_URI"]:
        app.config["RATELIMIT_STORAGE_URI"] = default_storage_uri(app.instance_path)
    files = (uri, app.config["RATELIMIT_STORAGE_URI"])
    if any(file.startswith("sqlite:///") and ":memory:" not in file for file in files):
        ensure_instance_folder(app.instance_path)
    if not app.config.get("SECRET_KEY"):
        app.config["SECRET_KEY"] = ensure_secret_key(app.instance_path)
    require_site_address(app)
    if app.config["PROXY_COUNT"]:
        count = int(app.config["PROXY_COUNT"])
        app.wsgi_app = ProxyFix(app.wsgi_app, x_for=count, x_proto=count, x_host=count)


def register_extensions(app: Flask) -> None:
    db.init_app(app)
    migrate.init_app(app, db, directory=os.path.join(app.root_path, "migrations"))
    csrf.init_app(app)
    babel.init_app(app, locale_selector=select_locale)
    limiter.init_app(app)
    login_manager.init_app(app)
    login_manager.login_view = "accounts.login"
    login_manager.login_message = None
    register_template_helpers(app)
    # Python's None never reaches a person: {{ value }} prints nothing when value is None.
    app.jinja_env.finalize = lambda value: "" if value is None else value


class DatabaseIdConverter(IntegerConverter):
    """``<int:...>`` up to the largest database integer: a longer number is a 404, never a 500."""

    def __init__(self, map, fixed_digits=0, min=None, max=MAX_DATABASE_ID, signed=False):
        super().__init__(map, fixed_digits, min, max, signed)


def register_blueprints(app: Flask) -> None:
    from accounts.people_views import blueprint as people
    from accounts.views import blueprint as accounts
    from home import blueprint as home
    from surveys.admin_views import blueprint as surveys_admin
    from surveys.api import api as surveys_api
    from surveys.kiosk import blueprint as surveys_kiosk
    from surveys.views import blueprint as surveys
    from training.admin_views import blueprint as training_admin
    from training.editor_views import blueprint as training_editor
    from training.views import blueprint as training
    from trends.api import api as open_api
    from trends.views import blueprint as trends

    app.url_map.converters["int"] = DatabaseIdConverter  # before any rule is added
    for blueprint in (
        home,
        accounts,
        people,
        surveys,
        surveys_admin,
        surveys_api,
        surveys_kiosk,
        training,
        training_admin,
        training_editor,
        trends,
        open_api,
    ):
        app.register_blueprint(blueprint)
    csrf.exempt(surveys_api)  # API clients hold no session; the API is rate-limited instead


def wants_json() -> bool:
    return request.path.startswith("/api/") or (request.accept_mimetypes.best == "application/json")


def register_errorhandlers(app: Flask) -> None:
    def render_error(status: int, title: str, message: str):
        if wants_json():
            return jsonify(error=title, message=message, status=status), status
        return render_template(
            "errors/error.html", status=status, title=title, message=message
        ), status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException):
        messages = {
            400: _("The request could not be understood. Please check what you sent."),
            403: _("You do not have permission to open this page."),
            404: _("We could not find this page. Check the address or go to the home page."),
            405: _("This address does not accept this kind of request."),
            413: _("What you sent is too large."),
            429: _("Too many attempts. Please wait a minute and try again."),
        }
        message = messages.get(error.code or 500, error.description or "")
        if error.code == 413 and request.max_content_length:
            megabytes = format_decimal(round(request.max_content_length / 2**20, 1))
            message = _(
                "What you sent is too large: this page accepts up to %(megabytes)s MB.",
                megabytes=megabytes,
            )
        if error.code == 400 and error.description and wants_json():
            message = error.description
        return render_error(error.code or 500, error.name, message)

    @app.errorhandler(Exception)
    def server_error(error: Exception):
        db.session.rollback()
        app.logger.exception("Unhandled error on %s %s", request.method, request.path)
        return render_error(
            500,
            "Internal Server Error",
            _("Something went wrong on our side. Nothing you sent was stored; please try again."),
        )


class JsonReader(DefaultJSONProvider):
    """JSON nested deeper than the parser can recurse is unreadable JSON (a 400), not a 500."""

    def loads(self, s, **kwargs):
        try:
            return super().loads(s, **kwargs)
        except RecursionError as error:
            raise ValueError("JSON nested too deeply") from error


def register_request_hooks(app: Flask) -> None:
    app.json = JsonReader(app)
    app.before_request(assign_request_id)

    @app.before_request
    def refuse_unreadable_input():
        # Pages take forms; only the API reads JSON (Flask-WTF would read a JSON body too).
        if request.is_json and request.method == "POST" and not request.path.startswith("/api/"):
            abort(400)
        # No person types U+0000, and PostgreSQL cannot store it in text: refuse it up front.
        fields = (*request.args.items(multi=True), *request.form.items(multi=True))
        if "\x00" in request.path or "\x00" in "".join(k + v for k, v in fields):
            abort(400)

    app.after_request(remember_language)
    app.after_request(echo_request_id)

    @app.after_request
    def security_headers(response):
        response.headers.setdefault(
            "Content-Security-Policy",
            "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; "
            "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'",
        )
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("X-Frame-Options", "DENY")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        # A shared computer keeps no copy of what was shown to a person or an API client.
        signed_in = current_user.is_authenticated or "Authorization" in request.headers
        if request.endpoint != "static" and (signed_in or request.endpoint == "accounts.login"):
            response.headers["Cache-Control"] = "no-store"
        if app.config["SESSION_COOKIE_SECURE"]:
            response.headers.setdefault(
                "Strict-Transport-Security", "max-age=31536000; includeSubDomains"
            )
        return response

    @app.get("/healthz")
    @limiter.exempt
    def healthz():
        try:
            db.session.execute(text("SELECT 1"))
        except Exception:
            app.logger.exception("Health check: database unreachable")
            return jsonify(status="error", database="unreachable"), 503
        return jsonify(status="ok")


def register_commands(app: Flask) -> None:
    from accounts.api_tokens import tokens_cli
    from accounts.cli import users_cli
    from backup import backup_command
    from seeding import seed_cli
    from simulation.cli import demo_cli
    from surveys.cli import surveys_cli
    from training.cli import training_cli
    from trends.cli import trends_cli

    app.cli.add_command(users_cli)
    app.cli.add_command(seed_cli)
    app.cli.add_command(tokens_cli)
    app.cli.add_command(surveys_cli)
    app.cli.add_command(training_cli)
    app.cli.add_command(demo_cli)
    app.cli.add_command(trends_cli)
    app.cli.add_command(backup_command)
