"""The demo modules that ``make run`` (``flask seed demo``) loads, published and assigned."""

from datetime import timedelta

from accounts.models import Role
from extensions import db
from training.assignments import create_assignment
from training.authoring import create_module, validate_module
from training.dates import local_today
from training.models import Module

DEMO_DUE_DAYS = 30


def load_demo_modules(modules: list[dict] | None = None) -> list[str]:
    """Load the demo modules, published and assigned to civil servants, into an empty table.

    A module whose data has problems is skipped and its problems printed; the others load.
    """
    if db.session.execute(db.select(Module.id).limit(1)).first() is not None:
        return []
    if modules is None:
        from training.demo_content import MODULES as modules
    lines, loaded = [], []
    for data in modules:
        problems = validate_module(data)
        if problems:
            lines.append(f"training: skipped module {data.get('slug', '?')!r}:")
            lines.extend(f"  - {problem}" for problem in problems)
            continue
        loaded.append(create_module(data, published=True))
    db.session.commit()
    due_on = local_today() + timedelta(days=DEMO_DUE_DAYS)
    for module in loaded:
        create_assignment(module, due_on, actor=None, role=Role.CIVIL_SERVANT)
    slugs = ", ".join(module.slug for module in loaded) or "none (no module files found)"
    lines.insert(0, f"training demo modules: {len(loaded)} loaded ({slugs})")
    return lines
