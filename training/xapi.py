"""xAPI statements of submitted tests, for the agency's learning record store (LRS).

One statement per submitted attempt: a pre-test is ``completed``; a post-test is ``passed`` or
``failed``. Learners are identified by their account id on this site, never by e-mail. The
statement id is a UUID5 of the attempt id, so a statement fetched twice is the same statement.
Simulated learners (``flask demo simulate``) are left out: the LRS keeps real records only.
"""

import uuid
from dataclasses import dataclass
from datetime import UTC, date, datetime

from flask_babel import force_locale
from flask_babel import gettext as _

from accounts.models import User
from database import is_database_id
from extensions import db
from training.models import Attempt, AttemptKind

VERB_BASE = "http://adlnet.gov/expapi/verbs/"
ASSESSMENT = "http://adlnet.gov/expapi/activities/assessment"
COURSE = "http://adlnet.gov/expapi/activities/course"
LANGUAGE_TAGS = {"kk": "kk-KZ", "ru": "ru-RU", "en": "en-US"}
# Fixed forever: statement ids derive from it.
STATEMENT_NAMESPACE = uuid.UUID("6f1c3e0a-2b7d-5c48-9a51-0d3e8f4b7a21")
DEFAULT_LIMIT = 100
MAX_LIMIT = 500


class XapiRequestError(ValueError):
    """A query parameter that cannot be used; the message says which and why."""


def parse_since(raw: str | None) -> datetime:
    """An ISO 8601 date (midnight UTC) or date-time (UTC when no offset is given)."""
    if not raw:
        raise XapiRequestError("since is required: an ISO 8601 date or date-time (UTC)")
    text = raw.strip()
    try:
        if len(text) == 10:
            day = date.fromisoformat(text)
            return datetime(day.year, day.month, day.day, tzinfo=UTC)
        moment = datetime.fromisoformat(text.replace(" ", "+") if "T" in text else text)
        return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)
    except (ValueError, OverflowError) as error:  # Overflow: year 1 or 9999 moved to UTC
        raise XapiRequestError(
            f"since={raw!r} is not an ISO 8601 date or date-time, e.g. 2026-11-01 or "
            "2026-11-01T00:00:00Z"
        ) from error


def parse_limit(raw: str | None) -> int:
    if raw is None or raw == "":
        return DEFAULT_LIMIT
    if not is_database_id(raw) or not 1 <= int(raw) <= MAX_LIMIT:
        raise XapiRequestError(f"limit must be a whole number from 1 to {MAX_LIMIT}")
    return int(raw)


def parse_after(raw: str | None) -> Attempt | None:
    if raw is None or raw == "":
        return None
    attempt = db.session.get(Attempt, int(raw)) if is_database_id(raw) else None
    if attempt is None or attempt.submitted_at is None:
        raise XapiRequestError("after must come from the 'more' link of an earlier page")
    return attempt


@dataclass
class StatementPage:
    statements: list[dict]
    last_attempt_id: int | None  # set when more statements follow


def statement_page(
    site_url: str, since: datetime, limit: int = DEFAULT_LIMIT, after: Attempt | None = None
) -> StatementPage:
    """Statements of attempts submitted at or after ``since``, oldest first."""
    query = (
        db.select(Attempt)
        .join(User, User.id == Attempt.user_id)
        .where(
            Attempt.submitted_at.is_not(None),
            Attempt.submitted_at >= since,
            User.simulated.is_(False),
        )
    )
    if after is not None:
        query = query.where(
            (Attempt.submitted_at > after.submitted_at)
            | ((Attempt.submitted_at == after.submitted_at) & (Attempt.id > after.id))
        )
    attempts = list(
        db.session.execute(
            query.order_by(Attempt.submitted_at, Attempt.id).limit(limit + 1)
        ).scalars()
    )
    more = len(attempts) > limit
    attempts = attempts[:limit]
    return StatementPage(
        [statement(attempt, site_url) for attempt in attempts],
        attempts[-1].id if more else None,
    )


def _iso(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def _language_map(texts: dict, suffix_kind: str | None = None) -> dict:
    names = {}
    for language, tag in LANGUAGE_TAGS.items():
        text = texts.get(language)
        if not text:
            continue
        if suffix_kind is not None:
            with force_locale(language):
                label = _("pre-test") if suffix_kind == AttemptKind.PRE else _("post-test")
            text = f"{text}: {label}"
        names[tag] = text
    return names


def statement(attempt: Attempt, site_url: str) -> dict:
    module = attempt.module
    course_id = f"{site_url}/training/{module.slug}"
    if attempt.kind == AttemptKind.PRE:
        verb = "completed"
    else:
        verb = "passed" if attempt.passed else "failed"
    elapsed = attempt.submitted_at - attempt.started_at
    result: dict = {
        "score": {
            "scaled": round(attempt.score_raw / attempt.score_max, 4),
            "raw": attempt.score_raw,
            "min": 0,
            "max": attempt.score_max,
        },
        "completion": True,
        "duration": f"PT{max(int(elapsed.total_seconds()), 0)}S",
    }
    if attempt.kind == AttemptKind.POST:
        result["success"] = bool(attempt.passed)
    return {
        "id": str(uuid.uuid5(STATEMENT_NAMESPACE, f"attempt:{attempt.id}")),
        "actor": {
            "objectType": "Agent",
            "account": {"homePage": site_url, "name": str(attempt.user_id)},
        },
        "verb": {"id": VERB_BASE + verb, "display": {"en-US": verb}},
        "object": {
            "objectType": "Activity",
            "id": f"{course_id}/{attempt.kind}",
            "definition": {
                "type": ASSESSMENT,
                "name": _language_map(module.title, attempt.kind),
            },
        },
        "result": result,
        "context": {
            "contextActivities": {
                "parent": [
                    {
                        "objectType": "Activity",
                        "id": course_id,
                        "definition": {"type": COURSE, "name": _language_map(module.title)},
                    }
                ]
            },
            "extensions": {f"{site_url}/xapi/attempt-number": attempt.number},
        },
        "timestamp": _iso(attempt.submitted_at),
    }
