"""The home page: what Adal is, and where each person goes next; the site's icon."""

from flask import Blueprint, current_app, render_template, send_from_directory

blueprint = Blueprint("home", __name__)


@blueprint.get("/")
def index():
    return render_template("home.html")


@blueprint.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico whatever the page declares: answer it, not 404."""
    return send_from_directory(
        current_app.static_folder, "favicon.ico", mimetype="image/vnd.microsoft.icon", max_age=86400
    )
