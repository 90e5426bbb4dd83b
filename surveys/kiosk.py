"""Kiosks: a device in a service centre on which many people answer, one after another.

A kiosk's responses do not mark the browser as having answered (the next person must be able
to answer too), so no browser may simply claim to be one: an admin issues a signed kiosk
token (``flask surveys kiosk-token``), which the device takes by opening its link once and
then keeps in a cookie. Only a device holding a valid token sends kiosk responses; anything
else that says channel=kiosk is the web. Issuing and taking a token are audited.
"""

import time
from datetime import UTC, datetime, timedelta

from flask import Blueprint, current_app, make_response, render_template, request
from flask_babel import gettext as _
from itsdangerous import BadSignature, URLSafeSerializer

from accounts.audit import record
from extensions import db
from localization import utcnow
from surveys.models import Channel

KIOSK_COOKIE = "adal_kiosk"
MAX_TOKEN_LENGTH = 1000

blueprint = Blueprint("surveys_kiosk", __name__)


def _signer() -> URLSafeSerializer:
    return URLSafeSerializer(current_app.config["SECRET_KEY"], salt="adal.surveys.kiosk")


def issue_kiosk_token(name: str, days: int, actor) -> tuple[str, datetime]:
    """A token for the kiosk ``name``, valid for ``days``, and its end; the caller commits."""
    name = name.strip()[:100]
    if not name:
        raise ValueError("a kiosk needs a name, e.g. where it stands")
    until = (utcnow() + timedelta(days=days)).replace(microsecond=0)
    token = _signer().dumps({"kiosk": name, "until": int(until.timestamp())})
    record("kiosk.issue", name, {"until": until.isoformat()}, actor=actor)
    return token, until


def kiosk_of(token: str | None) -> dict | None:
    """What a token says (``{"kiosk": name, "until": seconds}``) while it is valid; else None."""
    if not token or len(token) > MAX_TOKEN_LENGTH:
        return None
    try:
        claims = _signer().loads(token)
    except BadSignature:
        return None
    until = claims.get("until") if isinstance(claims, dict) else None
    if not isinstance(until, int) or until <= time.time():
        return None
    return claims


def device_channel(requested: str) -> str:
    """The channel of a response sent from this device: kiosk exactly when it holds a token."""
    if kiosk_of(request.cookies.get(KIOSK_COOKIE)) is not None:
        return Channel.KIOSK
    return Channel.WEB if requested == Channel.KIOSK else requested


@blueprint.get("/kiosk")
def enrol():
    """Opened once on the device, from the link ``flask surveys kiosk-token`` printed."""
    token = request.args.get("token")
    claims = kiosk_of(token)
    if claims is None:
        message = _(
            "This kiosk link is not valid or has expired. Ask an administrator for a new one."
        )
        return render_template(
            "errors/error.html", status=400, title=_("Kiosk link"), message=message
        ), 400
    until = datetime.fromtimestamp(claims["until"], UTC)
    record("kiosk.enrol", claims["kiosk"], {"until": until.isoformat()})
    db.session.commit()
    page = render_template("surveys/kiosk.html", name=claims["kiosk"], until=until)
    response = make_response(page)
    response.set_cookie(
        KIOSK_COOKIE,
        token,
        max_age=int(claims["until"] - time.time()),
        path="/s/",
        httponly=True,
        samesite="Lax",
        secure=current_app.config["SESSION_COOKIE_SECURE"],
    )
    return response
