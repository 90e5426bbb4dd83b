"""The module editor, for admins: settings, lessons, categories and questions in kk, ru and en
side by side, missing translations marked, and a preview as a learner sees it."""

from flask import Blueprint, flash, redirect, render_template, request, url_for
from flask_babel import gettext as _
from flask_login import current_user

from accounts.access import roles_required
from accounts.forms import ActionForm, MoveForm
from accounts.models import Role
from extensions import db
from localization import localized
from training.authoring import missing_languages
from training.editor import (
    ChoiceDraft,
    EditorError,
    QuestionDraft,
    delete_category,
    delete_lesson,
    move_category,
    move_lesson,
    new_module,
    question_of,
    retire_question,
    sanitised_away,
    save_category,
    save_lesson,
    save_question,
    update_settings,
    versions,
    was_drawn,
)
from training.errors import TrainingError
from training.forms import (
    KIND_LABELS,
    CategoryForm,
    LessonForm,
    ModuleSettingsForm,
    NewModuleForm,
    QuestionForm,
)
from training.models import Lesson, QuestionCategory, QuestionKind
from training.modules import module_by_slug, module_missing_translations, readiness_problems
from training.progress import lesson_at

blueprint = Blueprint("training_editor", __name__, url_prefix="/admin/training")


@blueprint.errorhandler(TrainingError)
def refused(error: TrainingError):
    return render_template("training/problem.html", error=error), error.status


@blueprint.app_template_global()
def missing_in(texts) -> list[str]:
    return missing_languages(texts)


def form_errors(form, extra: list | None = None) -> list[tuple[str, str]]:
    """(field id, "Label: message") for the error summary, from the form and the editor."""
    problems = list(extra or [])

    def walk(fields, labels):
        for field in fields:
            label = [*labels, str(field.label.text)]
            if field.type == "FormField":
                walk(field.form, label)
            elif field.type == "FieldList":
                for entry in field.entries:
                    walk(entry.form, [*label, str(entry.id.rsplit("-", 1)[-1])])
            else:
                for message in field.errors:
                    problems.append((field.id, " · ".join(label) + ": " + str(message)))

    walk(form, [])
    return problems


def editor_problem(form, error: EditorError) -> list[tuple[str, str]]:
    """The editor's refusal, linked to the first input of the field it names."""
    target = error.field or ""
    for suffix in ("-kk", "-text-kk", ""):
        if target + suffix in {field.id for field in _inputs(form)}:
            return [(target + suffix, str(error.message))]
    return [("editor-form", str(error.message))]


def _inputs(form):
    for field in form:
        if field.type == "FormField":
            yield from _inputs(field.form)
        elif field.type == "FieldList":
            for entry in field.entries:
                yield from _inputs(entry.form)
        else:
            yield field


@blueprint.route("/new", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def new():
    form = NewModuleForm()
    problems, status = [], 200
    if form.validate_on_submit():
        try:
            module = new_module(
                form.slug.data,
                form.topic.data,
                form.minutes.data,
                form.title.data,
                form.summary.data,
                current_user,
            )
        except EditorError as error:
            problems, status = editor_problem(form, error), 400
        else:
            flash(_("The module %(title)s is created as a draft.", title=module.name), "success")
            return redirect(url_for(".edit", slug=module.slug))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/editor/new.html", form=form, problems=form_errors(form, problems)
    ), status


@blueprint.route("/<slug>/edit", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def edit(slug):
    module = module_by_slug(slug)
    form = ModuleSettingsForm(obj=module) if request.method == "GET" else ModuleSettingsForm()
    problems, status = [], 200
    if form.validate_on_submit():
        settings = {
            "title": form.title.data,
            "summary": form.summary.data,
            "topic": form.topic.data,
            "minutes": form.minutes.data,
            "pass_mark": form.pass_mark.data,
            "max_attempts": form.max_attempts.data,
        }
        try:
            changed = update_settings(module, settings, current_user)
        except EditorError as error:
            problems, status = editor_problem(form, error), 400
        else:
            flash(_("Saved.") if changed else _("Nothing was changed."), "success")
            return redirect(url_for(".edit", slug=slug))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/editor/module.html",
        module=module,
        form=form,
        problems=form_errors(form, problems),
        readiness=readiness_problems(module),
        missing_count=module_missing_translations(module),
        action_form=ActionForm(),
        kind_labels=KIND_LABELS,
    ), status


@blueprint.route("/<slug>/lessons/new", methods=["GET", "POST"], defaults={"position": None})
@blueprint.route("/<slug>/lessons/<int:position>/edit", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def lesson(slug, position):
    module = module_by_slug(slug)
    lesson = lesson_at(module, position) if position is not None else None
    form = LessonForm(obj=lesson) if request.method == "GET" else LessonForm()
    problems, status, preview = [], 200, None
    if form.validate_on_submit():
        if request.form.get("action") == "preview":
            preview = {"title": form.title.data, "body": form.body.data}
        else:
            try:
                lesson = save_lesson(module, lesson, form.title.data, form.body.data, current_user)
            except EditorError as error:
                problems, status = editor_problem(form, error), 400
            else:
                flash(_("The lesson is saved."), "success")
                return redirect(url_for(".lesson", slug=slug, position=lesson.position))
    elif request.method == "POST":
        status = 400
    texts = preview or ({"title": lesson.title, "body": lesson.body} if lesson else None)
    return render_template(
        "training/admin/editor/lesson.html",
        module=module,
        lesson=lesson,
        form=form,
        problems=form_errors(form, problems),
        preview=preview,
        removed=sanitised_away(texts["body"]) if texts else [],
    ), status


def _question_form(module, question=None):
    form = QuestionForm(obj=question) if request.method == "GET" and question else QuestionForm()
    form.category.choices = [(c.id, localized(c.title)) for c in module.categories]
    if request.method == "GET" and question is not None:
        form.category.data = question.category_id
        for entry, choice in zip(form.choices.entries, question.choices, strict=False):
            entry.form.text.process(None, data=choice.text)
            entry.form.feedback.process(None, data=choice.feedback or {})
            entry.form.correct.data = choice.correct
    return form


def _draft(module, form) -> QuestionDraft:
    category = next(c for c in module.categories if c.id == form.category.data)
    return QuestionDraft(
        category=category,
        kind=form.kind.data,
        text=form.text.data,
        scenario=form.scenario.data,
        explanation=form.explanation.data,
        choices=[
            ChoiceDraft(entry.text.data, bool(entry.correct.data), entry.feedback.data)
            for entry in form.choices
        ],
    )


@blueprint.route("/<slug>/questions/new", methods=["GET", "POST"], defaults={"question_id": None})
@blueprint.route("/<slug>/questions/<int:question_id>/edit", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def question(slug, question_id):
    module = module_by_slug(slug)
    if not module.categories:
        raise TrainingError(_("Add a question category to the module first."))
    question = question_of(module, question_id) if question_id is not None else None
    form = _question_form(module, question)
    problems, status, preview = [], 200, None
    if form.validate_on_submit():
        draft = _draft(module, form)
        if request.form.get("action") == "preview":
            preview = draft
        else:
            try:
                saved = save_question(module, question, draft, current_user)
            except EditorError as error:
                problems, status = editor_problem(form, error), 400
            else:
                if question is not None and saved.id != question.id:
                    flash(
                        _(
                            "Learners have answered this question, so it was kept as it was for "
                            "their results and a new version replaces it in future tests."
                        ),
                        "success",
                    )
                else:
                    flash(_("The question is saved."), "success")
                return redirect(url_for(".question", slug=slug, question_id=saved.id))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/editor/question.html",
        module=module,
        question=question,
        form=form,
        problems=form_errors(form, problems),
        preview=preview,
        drawn=question is not None and was_drawn(question),
        earlier=versions(question) if question is not None else [],
        kinds=QuestionKind,
    ), status


@blueprint.route("/<slug>/categories", methods=["GET", "POST"])
@roles_required(Role.ADMIN)
def categories(slug):
    """The categories, and a form for one of them (``?category=<code>``) or for a new one."""
    module = module_by_slug(slug)
    editing = request.values.get("category") or ""
    category = next((c for c in module.categories if c.code == editing), None)
    if editing and category is None:
        raise TrainingError(_("This module has no such category."))
    if request.method == "GET" and category is not None:
        form = CategoryForm(obj=category)
        form.draw.data = category.draw_count
    else:
        form = CategoryForm()
    problems, status = [], 200
    if form.validate_on_submit():
        code = category.code if category is not None else form.code.data
        try:
            if not code:
                raise EditorError(_("Give the new category a code, e.g. principles."), "code")
            save_category(module, category, code, form.title.data, form.draw.data, current_user)
        except EditorError as error:
            problems, status = editor_problem(form, error), 400
        else:
            flash(_("The category is saved."), "success")
            return redirect(url_for(".categories", slug=slug))
    elif request.method == "POST":
        status = 400
    return render_template(
        "training/admin/editor/categories.html",
        module=module,
        category=category,
        form=form,
        problems=form_errors(form, problems),
    ), status


@blueprint.post("/<slug>/questions/<int:question_id>/retire")
@roles_required(Role.ADMIN)
def retire(slug, question_id):
    ActionForm.require()
    module = module_by_slug(slug)
    try:
        retire_question(module, question_of(module, question_id), current_user)
    except EditorError as error:
        flash(str(error.message), "error")
    else:
        flash(_("The question is retired: it is no longer drawn."), "success")
    return redirect(url_for(".edit", slug=slug) + "#questions")


# ------------------------------------------------------------------------------ order and deletion


def _lesson(module, lesson_id: int) -> Lesson:
    lesson = db.session.get(Lesson, lesson_id)
    if lesson is None or lesson.module_id != module.id:
        raise TrainingError(_("This module has no such lesson."))
    return lesson


def _category(module, category_id: int) -> QuestionCategory:
    category = db.session.get(QuestionCategory, category_id)
    if category is None or category.module_id != module.id:
        raise TrainingError(_("This module has no such category."))
    return category


@blueprint.post("/<slug>/lessons/<int:lesson_id>/move")
@roles_required(Role.ADMIN)
def lesson_move(slug, lesson_id):
    offset = MoveForm.offset()
    module = module_by_slug(slug)
    move_lesson(module, _lesson(module, lesson_id), offset, current_user)
    return redirect(url_for(".edit", slug=slug) + "#lessons")


@blueprint.post("/<slug>/lessons/<int:lesson_id>/delete")
@roles_required(Role.ADMIN)
def lesson_delete(slug, lesson_id):
    ActionForm.require()
    module = module_by_slug(slug)
    delete_lesson(module, _lesson(module, lesson_id), current_user)
    flash(_("The lesson is deleted."), "success")
    return redirect(url_for(".edit", slug=slug) + "#lessons")


@blueprint.post("/<slug>/categories/<int:category_id>/move")
@roles_required(Role.ADMIN)
def category_move(slug, category_id):
    offset = MoveForm.offset()
    module = module_by_slug(slug)
    move_category(module, _category(module, category_id), offset, current_user)
    return redirect(url_for(".categories", slug=slug))


@blueprint.post("/<slug>/categories/<int:category_id>/delete")
@roles_required(Role.ADMIN)
def category_delete(slug, category_id):
    ActionForm.require()
    module = module_by_slug(slug)
    delete_category(module, _category(module, category_id), current_user)
    flash(_("The category and its questions are deleted."), "success")
    return redirect(url_for(".categories", slug=slug))
