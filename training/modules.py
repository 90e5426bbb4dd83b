"""The modules there are: find one by its slug, list them, publish one once it is ready."""

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

from accounts.audit import record
from extensions import db
from training.errors import ModuleNotFound, TrainingError
from training.models import Module


def module_by_slug(slug: str) -> Module:
    module = db.session.execute(db.select(Module).filter_by(slug=slug)).scalar_one_or_none()
    if module is None:
        raise ModuleNotFound()
    return module


def all_modules() -> list[Module]:
    return list(db.session.execute(db.select(Module).order_by(Module.id)).scalars())


def readiness_problems(module: Module) -> list[str]:
    """Why a module cannot be published yet (empty when it can)."""
    problems = []
    if not module.lessons:
        problems.append(_l("The module has no lessons."))
    if not any(category.draw_count for category in module.categories):
        problems.append(_l("The module draws no test questions."))
    for category in module.categories:
        active = sum(1 for question in category.questions if question.active)
        if active < category.draw_count:
            problems.append(
                lazy_ngettext(
                    "Category %(code)s draws %(num)s question but has only %(active)s.",
                    "Category %(code)s draws %(num)s questions but has only %(active)s.",
                    category.draw_count,
                    code=category.code,
                    active=active,
                )
            )
    return problems


def set_published(module: Module, published: bool, actor) -> None:
    if published and (problems := readiness_problems(module)):
        raise TrainingError(problems[0])
    if module.published != published:
        module.published = published
        record("module.publish" if published else "module.unpublish", module.slug, actor=actor)
    db.session.commit()
