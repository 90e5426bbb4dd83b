"""Links that leave the site (a certificate's check, a poster's QR code, xAPI ids) are built
from the configured address, never from a request's Host header, which a client chooses."""

from flask import Flask, current_app, has_request_context, url_for


def require_site_address(app: Flask) -> None:
    """A server needs TRAINING_SITE_URL or SERVER_NAME; tests and debugging do without."""
    configured = app.config.get("TRAINING_SITE_URL") or app.config.get("SERVER_NAME")
    if not (configured or app.testing or app.debug):
        raise RuntimeError(
            "Set the site's public address, e.g. ADAL_TRAINING_SITE_URL=https://adal.example.kz "
            "(or TRAINING_SITE_URL in instance/config.py): certificate links, QR codes and "
            "xAPI ids are built from it. `make run` sets http://127.0.0.1:$PORT."
        )


def external_url(endpoint: str, **values) -> str:
    """The full address of ``endpoint``: under TRAINING_SITE_URL, else under SERVER_NAME."""
    if not has_request_context():  # the command line: URLs are built in a request's context
        with current_app.test_request_context():
            return external_url(endpoint, **values)
    site = current_app.config.get("TRAINING_SITE_URL")
    if site:
        return str(site).rstrip("/") + url_for(endpoint, **values)
    return url_for(endpoint, **values, _external=True)


def site_url() -> str:
    """The site's own address, without a final slash (xAPI ids start with it)."""
    return external_url("home.index").rstrip("/")
