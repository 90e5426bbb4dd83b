from flask import Blueprint, render_template

from accounts.access import roles_required
from accounts.models import Role

blueprint = Blueprint("training", __name__)


@blueprint.get("/learning")
@roles_required(Role.CIVIL_SERVANT, Role.ADMIN)
def my_learning():
    """A civil servant's assigned modules. Modules arrive with the training issue."""
    return render_template("training/my_learning.html", assignments=[])
