"""Who may open what: the role guard for views."""

from functools import wraps

from flask import abort
from flask_login import current_user, login_required


def roles_required(*roles: str):
    """Log in first; then 403 unless the user has one of ``roles``."""

    def decorator(view):
        @wraps(view)
        @login_required
        def guarded(*args, **kwargs):
            if not current_user.has_role(*roles):
                abort(403)
            return view(*args, **kwargs)

        return guarded

    return decorator


def require_region_access(region_id: int | None) -> None:
    """403 when an analyst scoped to one region asks for another."""
    if not current_user.can_see_region(region_id):
        abort(403)
