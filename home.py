"""The home page: what Adal is, and where each person goes next; the site's icon."""

from functools import cache
from pathlib import Path

from flask import Blueprint, make_response, render_template

blueprint = Blueprint("home", __name__)
ICON = Path(__file__).parent / "static" / "favicon.ico"


@blueprint.get("/")
def index():
    return render_template("home.html")


@cache
def _icon() -> bytes:
    return ICON.read_bytes()


@blueprint.get("/favicon.ico")
def favicon():
    """Browsers ask for /favicon.ico whatever the page declares: answer it, not 404."""
    response = make_response(_icon())
    response.mimetype = "image/vnd.microsoft.icon"
    response.cache_control.public = True
    response.cache_control.max_age = 86400
    return response
