from flask import Blueprint, render_template

from accounts.access import roles_required
from accounts.models import Role
from trends.aggregates import closed_waves

blueprint = Blueprint("trends", __name__)


@blueprint.get("/dashboard")
@roles_required(Role.ANALYST, Role.ADMIN)
def dashboard():
    """Trends by region and wave for analysts and admins."""
    return render_template("trends/dashboard.html", waves=closed_waves())


@blueprint.get("/open-data")
def open_data():
    """Published figures for everyone, small groups suppressed."""
    return render_template("trends/open_data.html", waves=closed_waves())
