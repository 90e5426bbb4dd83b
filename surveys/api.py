"""JSON API for kiosks and partner apps: open surveys, an instrument, posting a response.

No CSRF token (clients hold no session); a shared rate limit per address instead. Errors are
JSON: 400 for a body that is not the expected JSON, 404, 409 when no wave is open, 413 for a
body over MAX_CONTENT_LENGTH, 422 ``{"errors": {code: message}}`` for answers, 429.
"""

from datetime import UTC, datetime

from flask import Blueprint, abort, current_app, jsonify, request
from flask_babel import gettext as _

from extensions import limiter
from localization import current_language
from surveys.instrument import LIKERT_POINTS, Instrument, QuestionSpec, choice_list
from surveys.marks import normalise_invitation
from surveys.models import Channel, Wave
from surveys.profile import PROFILE_COLUMNS
from surveys.service import (
    DuplicateSubmission,
    InvitationRefused,
    OpenWave,
    WaveClosed,
    find_survey,
    idempotent_response,
    invitation_problem,
    open_surveys,
)
from surveys.storing import store_response
from surveys.validation import validate_answers

api = Blueprint("surveys_api", __name__, url_prefix="/api/v1")
limiter.shared_limit(lambda: current_app.config["API_RATE_LIMIT"], scope="surveys-api")(api)

BODY_FIELDS = {"answers", "channel", "invitation"}
MAX_IDEMPOTENCY_KEY = 255


def _moment(value: datetime) -> str:
    return value.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def wave_json(wave: Wave | OpenWave | None) -> dict | None:
    if wave is None:
        return None
    return {
        "label": wave.label,
        "opens_at": _moment(wave.opens_at),
        "closes_at": _moment(wave.closes_at),
    }


def question_json(question: QuestionSpec, regions: tuple[dict, ...]) -> dict:
    choices = choice_list(question, regions)
    numeric = question.type in LIKERT_POINTS
    return {
        "code": question.code,
        "type": question.type,
        "required": question.required,
        "text": question.text,
        "hint": question.hint or None,
        "profile": question.code in PROFILE_COLUMNS,
        "construct": question.construct,
        "reverse_scored": question.reverse_scored,
        "choices": [
            {"value": int(value) if numeric else value, "label": label} for value, label in choices
        ]
        or None,
        "min": question.min_value,
        "max": question.max_value,
        "max_length": question.max_length,
        "show_if": question.show_if,
        "regions": question.regions,
        "section": question.section,
    }


def _survey_or_404(slug: str) -> tuple[Instrument, OpenWave | None]:
    survey, wave = find_survey(slug)
    if survey is None:
        abort(404)
    return survey, wave


@api.get("/surveys")
def list_surveys():
    return jsonify(
        language=current_language(),
        surveys=[
            {
                "slug": survey.slug,
                "title": survey.title,
                "titles": survey.titles,
                "audience": survey.audience,
                "requires_invitation": survey.requires_invitation,
                "wave": wave_json(wave),
            }
            for survey, wave in open_surveys()
        ],
    )


@api.get("/surveys/<slug>")
def survey_detail(slug: str):
    survey, wave = _survey_or_404(slug)
    regions = survey.regions.choices
    return jsonify(
        slug=survey.slug,
        title=survey.title,
        intro=survey.intro or None,
        audience=survey.audience,
        requires_invitation=survey.requires_invitation,
        language=current_language(),
        wave=wave_json(wave),
        questions=[question_json(question, regions) for question in survey.questions],
    )


def _unprocessable(errors: dict[str, str]):
    return jsonify(
        error="Unprocessable Content",
        message=_("Some answers could not be accepted; see errors, by question code."),
        errors=errors,
        status=422,
    ), 422


def _created(response_id: str, replayed: bool = False):
    response = jsonify(id=response_id)
    response.status_code = 201
    if replayed:
        response.headers["Idempotent-Replayed"] = "true"
    return response


def _read_body() -> dict:
    """The JSON object sent, or a 400 that says what is wrong with it (413 when too large)."""
    request.get_data(cache=True)  # over MAX_CONTENT_LENGTH: 413 before anything is parsed
    body = request.get_json(silent=True)
    if body is None:
        abort(
            400, description=_("Send a JSON object with the header Content-Type: application/json.")
        )
    if not isinstance(body, dict):
        abort(400, description=_("The body must be a JSON object."))
    unknown = sorted(set(body) - BODY_FIELDS)
    if unknown:
        abort(400, description=_("Unknown fields: %(fields)s.", fields=", ".join(unknown)[:200]))
    if not isinstance(body.get("answers"), dict):
        abort(400, description=_("“answers” must be an object of question codes and answers."))
    return body


def _idempotency_key() -> str | None:
    key = request.headers.get("Idempotency-Key")
    if key is None:
        return None
    if not 1 <= len(key) <= MAX_IDEMPOTENCY_KEY or not key.isascii() or not key.isprintable():
        abort(
            400,
            description=_(
                "The Idempotency-Key header must be 1 to 255 printable ASCII characters."
            ),
        )
    return key


@api.post("/surveys/<slug>/responses")
def post_response(slug: str):
    survey, wave = _survey_or_404(slug)
    body = _read_body()
    key = _idempotency_key()
    if key is not None:
        existing = idempotent_response(survey, key)
        if existing is not None:
            return _created(existing, replayed=True)
    if wave is None:
        abort(409, description=_("This survey is not taking answers now: no wave is open."))
    errors: dict[str, str] = {}
    channel = body.get("channel", Channel.API)
    if not isinstance(channel, str) or channel not in set(Channel):
        errors["channel"] = _(
            "Unknown channel; use one of: %(channels)s.", channels=", ".join(Channel)
        )
    invitation = None
    if survey.requires_invitation:
        given = body.get("invitation")
        invitation = normalise_invitation(given) if isinstance(given, str) else ""
        problem = invitation_problem(wave, invitation)
        if problem:
            errors["invitation"] = problem
    checked = validate_answers(survey.questions, body["answers"], survey.regions.codes, strict=True)
    errors.update(checked.errors)
    if errors:
        return _unprocessable(errors)
    try:
        response_id = store_response(
            survey,
            wave,
            checked.answers,
            channel=channel,
            invitation=invitation,
            idempotency_key=key,
        )
    except DuplicateSubmission as duplicate:
        return _created(duplicate.response_id, replayed=True)
    except WaveClosed:
        abort(409, description=_("This survey is not taking answers now: no wave is open."))
    except InvitationRefused as refused:
        return _unprocessable({"invitation": refused.message})
    return _created(response_id)
