"""What the training rules refuse: each error carries the HTTP status and a code, and its
message is shown to the person as it is, so an error handler is one line."""

from flask_babel import lazy_gettext as _l
from flask_babel import lazy_ngettext

from training.models import Attempt, AttemptItem


class TrainingError(Exception):
    """A request the training rules refuse; ``message`` is shown to the person as it is."""

    status = 400
    code = "invalid"

    def __init__(self, message, **context):
        super().__init__(message)
        self.message = message
        self.context = context


class ModuleNotFound(TrainingError):
    status, code = 404, "not_found"

    def __init__(self):
        super().__init__(_l("We could not find this module. Check the address."))


class NotPublished(TrainingError):
    status, code = 404, "not_published"

    def __init__(self):
        super().__init__(
            _l("This module is not published yet. It opens once the agency publishes it.")
        )


class NotAssigned(TrainingError):
    status, code = 403, "not_assigned"

    def __init__(self):
        super().__init__(
            _l("This module is not assigned to you. My learning lists the modules you can take.")
        )


class OutOfOrder(TrainingError):
    status, code = 409, "out_of_order"


class ModuleNotReady(TrainingError):
    status, code = 409, "not_ready"

    def __init__(self):
        super().__init__(_l("This module has no test questions yet. Please try again later."))


class AttemptLimitReached(TrainingError):
    status, code = 409, "attempt_limit"

    def __init__(self, limit: int):
        super().__init__(
            lazy_ngettext(
                "You have used the %(num)s attempt allowed at the post-test of this module. "
                "Please contact your administrator.",
                "You have used all %(num)s attempts allowed at the post-test of this module. "
                "Please contact your administrator.",
                limit,
            ),
            limit=limit,
        )


class AlreadyCompleted(TrainingError):
    status, code = 409, "completed"

    def __init__(self):
        super().__init__(_l("You have already passed this module."))


class AttemptNotFound(TrainingError):
    status, code = 404, "attempt_not_found"

    def __init__(self):
        super().__init__(
            _l("This test was not started, or it is not yours. Start it from My learning.")
        )


class AlreadySubmitted(TrainingError):
    status, code = 409, "already_submitted"

    def __init__(self, attempt: Attempt):
        super().__init__(
            _l("This test was already submitted. Your first answers count; nothing was changed."),
            attempt=attempt,
        )
        self.attempt = attempt


class NotDrawn(TrainingError):
    status, code = 400, "not_drawn"

    def __init__(self, question_ids: list[int]):
        super().__init__(
            _l(
                "Question %(ids)s was not part of this test, so its answer was not accepted.",
                ids=", ".join(map(str, question_ids)),
            ),
            question_ids=question_ids,
        )


class InvalidChoice(TrainingError):
    status, code = 400, "invalid_choice"

    def __init__(self, question_id: int):
        super().__init__(
            _l(
                "The answer to question %(id)s is not one of its choices, "
                "or more than one choice was sent where only one is allowed.",
                id=question_id,
            ),
            question_id=question_id,
        )


class Incomplete(TrainingError):
    status, code = 400, "incomplete"

    def __init__(self, missing: list[AttemptItem]):
        super().__init__(
            _l("Please answer every question. Your answers so far are saved."), missing=missing
        )
        self.missing = missing


class AssignmentError(TrainingError):
    status, code = 400, "assignment"


class CertificateError(TrainingError):
    status, code = 409, "certificate"
