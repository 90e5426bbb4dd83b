"""The demo modules that ``make run`` (``flask seed demo``) loads, published and assigned."""

from datetime import timedelta
from pathlib import Path

from flask_babel import force_locale

from accounts.models import Role
from extensions import db
from training.assignments import create_assignment
from training.authoring import ModuleDataError, create_module
from training.dates import local_today
from training.models import Module, Topic
from training.module_files import read_module

CONTENT = Path(__file__).parent / "content"  # one folder per module
DEMO_DUE_DAYS = 30


def load_demo_modules(content: Path = CONTENT) -> list[str]:
    """Load every module folder in ``content`` into an empty table, published, in topic order,
    and assign them to civil servants. A module with problems is skipped and its problems
    printed; the others load.
    """
    if db.session.execute(db.select(Module.id).limit(1)).first() is not None:
        return []
    lines, modules = [], []
    for folder in sorted(path for path in content.iterdir() if path.is_dir()):
        try:
            with force_locale("en"):  # printed by the command line, in English
                modules.append(read_module(folder))
        except ModuleDataError as error:
            lines.append(f"training: skipped module {folder.name!r}:")
            lines.extend(f"  - {problem}" for problem in error.problems)
    modules.sort(key=lambda data: (list(Topic).index(data["topic"]), data["slug"]))
    loaded = [create_module(data, published=True) for data in modules]
    db.session.commit()
    due_on = local_today() + timedelta(days=DEMO_DUE_DAYS)
    for module in loaded:
        create_assignment(module, due_on, actor=None, role=Role.CIVIL_SERVANT)
    slugs = ", ".join(module.slug for module in loaded) or "none (no module folders found)"
    lines.insert(0, f"training demo modules: {len(loaded)} loaded ({slugs})")
    return lines
