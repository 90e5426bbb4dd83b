"""Random tokens and the keyed hashes that are all the database keeps of them.

A browser's respondent token, a form's one-time token, an invitation code and an API client's
Idempotency-Key are stored only as HMAC-SHA256 under a key derived from SECRET_KEY (or set as
SURVEY_MARK_KEY, so that SECRET_KEY can be rotated without voiding unused invitations). Without
the key, a stored hash cannot be matched to a code or cookie.
"""

import functools
import hashlib
import hmac
import re
import secrets

from flask import current_app

TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{20,64}$")
# No 0/O or 1/I: codes are read off paper and typed on phones.
INVITATION_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789"
INVITATION_LENGTH = 12


def mark_key() -> bytes:
    return _derived_key(current_app.config.get("SURVEY_MARK_KEY"), current_app.config["SECRET_KEY"])


@functools.lru_cache(maxsize=8)
def _derived_key(configured: object, secret: object) -> bytes:
    if configured:
        return str(configured).encode()
    return hmac.new(str(secret).encode(), b"adal.surveys.marks", hashlib.sha256).digest()


def keyed_hash(purpose: str, *parts: object) -> str:
    # surrogatepass: a lone surrogate sent in JSON hashes (and matches nothing); never a 500.
    message = "\x1f".join([purpose, *(str(part) for part in parts)]).encode(
        "utf-8", "surrogatepass"
    )
    return hmac.new(mark_key(), message, hashlib.sha256).hexdigest()


def new_token() -> str:
    return secrets.token_urlsafe(24)


def is_token(value: str | None) -> bool:
    return bool(value) and TOKEN_PATTERN.match(value) is not None


def new_invitation_code() -> str:
    code = "".join(secrets.choice(INVITATION_ALPHABET) for _ in range(INVITATION_LENGTH))
    return "-".join(code[i : i + 4] for i in range(0, INVITATION_LENGTH, 4))


def normalise_invitation(code: str | None) -> str:
    """Upper case without spaces or dashes, so 'abcd-efgh-jkmn' and 'ABCD EFGH JKMN' match."""
    return re.sub(r"[\s-]+", "", code or "").upper()[:64]


def invitation_hash(code: str) -> str:
    return keyed_hash("invitation", normalise_invitation(code))
