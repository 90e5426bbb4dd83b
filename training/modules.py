"""The modules there are: find one by its slug, list them, publish one once it is ready."""

from flask_babel import gettext as _
from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

from accounts.audit import record
from extensions import db
from training.authoring import ModuleDataError, create_module, missing_languages
from training.errors import ModuleNotFound, TrainingError
from training.models import Module


def module_by_slug(slug: str) -> Module:
    module = db.session.execute(db.select(Module).filter_by(slug=slug)).scalar_one_or_none()
    if module is None:
        raise ModuleNotFound()
    return module


def add_module(data: dict, actor, source: str, published: bool = False) -> Module:
    """A new module from checked data (a folder, an upload), audited; its slug must be new."""
    slug = data.get("slug")
    if db.session.execute(db.select(Module.id).filter_by(slug=slug)).first() is not None:
        problem = _("Another module already has the address %(slug)s.", slug=slug)
        raise ModuleDataError(str(slug), [problem])
    module = create_module(data, published=published)
    record("module.create", module.slug, {"from": source, "published": published}, actor=actor)
    db.session.commit()
    return module


def all_modules() -> list[Module]:
    return list(db.session.execute(db.select(Module).order_by(Module.id)).scalars())


def module_missing_translations(module: Module) -> int:
    """How many texts of the module (its active questions) lack a language."""
    texts = [module.title, module.summary]
    for lesson in module.lessons:
        texts += [lesson.title, lesson.body]
    for category in module.categories:
        texts.append(category.title)
        for question in category.questions:
            if not question.active:
                continue
            texts += [question.text, *(t for t in (question.scenario, question.explanation) if t)]
            for choice in question.choices:
                texts += [choice.text, *([choice.feedback] if choice.feedback else [])]
    return sum(1 for texts_ in texts if missing_languages(texts_))


def readiness_problems(module: Module) -> list[str]:
    """Why a module cannot be published yet (empty when it can)."""
    problems = []
    if not module.lessons:
        problems.append(_l("The module has no lessons."))
    if not any(category.draw_count for category in module.categories):
        problems.append(_l("The module draws no test questions."))
    if missing := module_missing_translations(module):
        problems.append(
            lazy_ngettext(
                "%(num)s text lacks a translation: every text needs Kazakh, Russian and English.",
                "%(num)s texts lack a translation: every text needs Kazakh, Russian and English.",
                missing,
            )
        )
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
