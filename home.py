"""The home page: what Adal is, and where each person goes next."""

from flask import Blueprint, render_template

blueprint = Blueprint("home", __name__)


@blueprint.get("/")
def index():
    return render_template("home.html")
