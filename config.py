"""Default settings. Overridden by instance/config.py, then ADAL_* / DATABASE_URL, then tests."""

import json
import os
import secrets
from pathlib import Path


class DefaultConfig:
    SECRET_KEY: str | None = None
    SQLALCHEMY_DATABASE_URI: str | None = None  # instance/adal.sqlite unless configured
    # Kazakh and Russian stay readable in JSON columns, not \u-escaped.
    SQLALCHEMY_ENGINE_OPTIONS: dict = {
        "pool_pre_ping": True,
        "json_serializer": lambda value: json.dumps(value, ensure_ascii=False),
    }
    BABEL_DEFAULT_LOCALE = "ru"
    BABEL_DEFAULT_TIMEZONE = "UTC"
    # The core catalog first, then each domain's own (relative to the app's root).
    BABEL_TRANSLATION_DIRECTORIES = (
        "translations;surveys/translations;training/translations;trends/translations"
    )
    PASSWORD_HASH_METHOD = "scrypt"  # werkzeug's method name
    SESSION_COOKIE_HTTPONLY = True
    SESSION_COOKIE_SAMESITE = "Lax"
    SESSION_COOKIE_SECURE = False  # set True behind HTTPS (ADAL_SESSION_COOKIE_SECURE=true)
    REMEMBER_COOKIE_HTTPONLY = True
    # "Keep me signed in" for a working week, not Flask-Login's year (seconds).
    REMEMBER_COOKIE_DURATION = 7 * 24 * 3600
    REMEMBER_COOKIE_SAMESITE = "Lax"
    WTF_CSRF_TIME_LIMIT = None  # a citizen may take a long time over a survey on a phone
    MAX_CONTENT_LENGTH = 1 * 1024 * 1024
    # Rate limits: an SQLite file in instance/ that the workers of a host share (default);
    # redis://... for several app servers.
    RATELIMIT_STORAGE_URI: str | None = None
    RATELIMIT_ENABLED = True
    RATELIMIT_HEADERS_ENABLED = True
    # Failed sign-ins (successful ones are not counted): per address and e-mail; per address,
    # whatever the e-mail (password spraying; an office behind one address makes few); per
    # account, from any address (guessing from many machines).
    LOGIN_RATE_LIMIT = "10 per minute"
    LOGIN_ADDRESS_RATE_LIMIT = "30 per minute; 300 per hour"
    LOGIN_ACCOUNT_RATE_LIMIT = "20 per hour"
    API_RATE_LIMIT = "120 per minute"  # surveys API, per address
    SURVEY_SUBMIT_RATE_LIMIT = "30 per minute"  # survey form sends, per address
    # Survey files (instrument JSON, XLSForm) may be larger than a form; bytes.
    SURVEY_IMPORT_MAX_BYTES = 10 * 1024 * 1024
    # Moving between the sections of a survey (Next, Back): nothing is stored, so more may pass.
    SURVEY_STEP_RATE_LIMIT = "300 per minute"
    # The layout a kiosk shows, whatever the survey's: "single_page" (one person after another
    # at a service centre, no trail of screens in the device's history) or "sections".
    SURVEY_KIOSK_LAYOUT = "single_page"
    SURVEY_MARK_KEY = None  # keys the respondent/invitation hashes; default: from SECRET_KEY
    CERTIFICATE_VERIFY_RATE_LIMIT = "30 per minute"  # per address: no help to guess codes
    TRAINING_API_RATE_LIMIT = "120 per minute"
    # The site's public address, e.g. https://adal.example.kz: the base of links that leave
    # the site (certificate checks, QR codes, xAPI ids). Required to serve, unless SERVER_NAME
    # is set; tests and debugging use the request's own.
    TRAINING_SITE_URL = None
    # Trends: a figure from fewer respondents is never published (nor one that published
    # figures would give away); a wave is read this long after it closes, once late commits
    # of responses are in.
    TRENDS_MIN_RESPONSES = 30
    TRENDS_CLOSE_GRACE_SECONDS = 60
    # Trust X-Forwarded-For from this many proxies (0: the app is reached directly).
    PROXY_COUNT = 0
    # Uploads above MAX_CONTENT_LENGTH, on their own pages only: a module as a zip, a people CSV.
    TRAINING_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    PEOPLE_IMPORT_MAX_BYTES = 2 * 1024 * 1024
    # Reminders (`flask training remind`): days before a due date, and before a certificate
    # expires (also "expiring" in the compliance report and on My learning).
    TRAINING_DUE_REMINDER_DAYS = 7
    TRAINING_EXPIRY_NOTICE_DAYS = 30
    # Set-your-password links stop working after this many hours (and once used).
    PASSWORD_LINK_MAX_AGE_HOURS = 72
    # Outgoing mail (reminders, password links). No MAIL_SERVER: nothing is sent, and an
    # admin is shown a password link once instead.
    MAIL_SERVER: str | None = None
    MAIL_PORT = 25
    MAIL_USE_TLS = False  # STARTTLS
    MAIL_USERNAME: str | None = None
    MAIL_PASSWORD: str | None = None
    MAIL_FROM = "Adal <no-reply@adal.example>"
    MAIL_TIMEOUT = 20  # seconds per connection and command


def sqlite_uri(instance_path: str) -> str:
    return "sqlite:///" + os.path.join(instance_path, "adal.sqlite")


def normalise_database_url(url: str) -> str:
    """Accept the common postgres:// spelling and use the psycopg 3 driver."""
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def ensure_instance_folder(instance_path: str) -> None:
    """instance/ (the secret key, the SQLite database, backups) for this user alone: 0700."""
    folder = Path(instance_path)
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    _private(folder, 0o700)


def _private(path: Path, mode: int) -> None:
    """Narrow the permissions of a file or folder of ours made before they were narrowed."""
    status = path.stat()
    if status.st_uid == os.getuid() and status.st_mode & 0o777 != mode:
        path.chmod(mode)


def ensure_secret_key(instance_path: str) -> str:
    """Read SECRET_KEY from instance/config.py (0600), writing a random one there on first run.

    Several gunicorn workers may start at once, so the file is locked while it is checked.
    """
    import fcntl

    ensure_instance_folder(instance_path)
    path = Path(instance_path) / "config.py"
    descriptor = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o600)
    _private(path, 0o600)
    with open(descriptor, "a+", encoding="utf-8") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        handle.seek(0)
        settings: dict = {}
        exec(compile(handle.read(), str(path), "exec"), settings)  # noqa: S102 - our own file
        key = settings.get("SECRET_KEY")
        if not key:
            key = secrets.token_hex(32)
            handle.write("\n# Written on first run; keep it secret and stable.\n")
            handle.write(f"SECRET_KEY = {key!r}\n")
            handle.flush()
        fcntl.flock(handle, fcntl.LOCK_UN)
    return key
