from flask import Blueprint, render_template

blueprint = Blueprint("surveys", __name__)


@blueprint.get("/surveys")
def index():
    """The surveys open now. The survey models arrive with the surveys issue."""
    return render_template("surveys/index.html", surveys=[])
