"""Languages: which locale a request gets, and content text per language with fallback.

UI strings go through gettext (Flask-Babel). Content written by authors (survey questions,
module lessons, region names) is stored per language as a JSON object such as
``{"kk": "...", "ru": "...", "en": "..."}`` and read back with :func:`localized`.
"""

from collections.abc import Mapping
from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from flask import current_app, has_request_context, request
from flask_babel import get_locale

LANGUAGES = ("kk", "ru", "en")
DEFAULT_LANGUAGE = "ru"
LANGUAGE_NAMES = {"kk": "Қазақша", "ru": "Русский", "en": "English"}
LANG_COOKIE = "adal_lang"
# Kazakhstan has used one time zone, UTC+5, since 2024; Asia/Almaty carries it.
LOCAL_TZ = ZoneInfo("Asia/Almaty")

# When a text is missing in the reader's language: the state language, then Russian, then English.
FALLBACK_ORDER = ("kk", "ru", "en")


def select_locale() -> str:
    """``?lang=`` first, then the cookie, then Accept-Language, then Russian."""
    if not has_request_context():
        return DEFAULT_LANGUAGE
    for candidate in (request.args.get("lang"), request.cookies.get(LANG_COOKIE)):
        if candidate in LANGUAGES:
            return candidate
    return request.accept_languages.best_match(LANGUAGES) or DEFAULT_LANGUAGE


def current_language() -> str:
    locale = get_locale() if has_request_context() else None
    return locale.language if locale is not None else DEFAULT_LANGUAGE


def localized(texts: Mapping[str, str] | None, language: str | None = None) -> str:
    """The text in ``language`` (default: the request's), else the first fallback that exists."""
    if not texts:
        return ""
    language = language or current_language()
    for candidate in (language, *FALLBACK_ORDER):
        text = texts.get(candidate)
        if text:
            return text
    return ""


def clean_localized(texts: Mapping[str, str | None], required: tuple[str, ...] = ()) -> dict:
    """Known languages with non-blank text; ValueError when a required one is missing."""
    cleaned = {lang: text.strip() for lang, text in texts.items() if lang in LANGUAGES and text}
    cleaned = {lang: text for lang, text in cleaned.items() if text}
    missing = [lang for lang in required if lang not in cleaned]
    if missing:
        raise ValueError(f"missing text in: {', '.join(missing)}")
    if not cleaned:
        raise ValueError("text is required in at least one language")
    return cleaned


# The Kazakh alphabet: the Russian letters in their order, with ә ғ қ ң ө ұ ү һ і after their
# nearest letters, so one order sorts Kazakh and Russian names alike.
CYRILLIC_ORDER = "аәбвгғдеёжзийкқлмнңоөпрстуұүфхһцчшщъыіьэюя"
_CYRILLIC_RANK = {letter: rank for rank, letter in enumerate(CYRILLIC_ORDER)}


def collation_key(text: str) -> tuple:
    """Sort key for names as a reader of kk, ru or en expects: case aside, Kazakh letters in
    Kazakh alphabetical order (ә after а, і after ы), Latin a–z, and a shorter name before a
    longer one that starts the same ("Алматы" before "Алматы облысы")."""
    key = []
    for char in text.casefold():
        if char in _CYRILLIC_RANK:
            key.append((2, _CYRILLIC_RANK[char]))
        elif char.isalpha():
            key.append((1, ord(char)) if char.isascii() else (3, ord(char)))
        else:  # spaces, hyphens and digits come before letters
            key.append((0, ord(char)))
    return (tuple(key), text)


def utcnow() -> datetime:
    return datetime.now(UTC)


def local_time(moment: datetime | None, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """Format a stored UTC moment in Kazakhstan's local time (naive values are taken as UTC)."""
    if moment is None:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(LOCAL_TZ).strftime(fmt)


def language_url(language: str) -> str:
    """This page in another language, keeping its other query parameters (e.g. ?channel=qr).

    A query alone, which the browser applies to the address it shows: a path rebuilt from
    the request could be read as another host (``/%5Cevil.example`` gives ``/\\evil.example``).
    """
    from urllib.parse import urlencode

    kept = [(key, value) for key, value in request.args.items(multi=True) if key != "lang"]
    return "?" + urlencode([*kept, ("lang", language)])


def register_template_helpers(app) -> None:
    app.jinja_env.filters["localized"] = localized
    app.jinja_env.filters["local_time"] = local_time
    app.jinja_env.globals.update(
        LANGUAGES=LANGUAGES,
        LANGUAGE_NAMES=LANGUAGE_NAMES,
        current_language=current_language,
        language_url=language_url,
    )


def remember_language(response):
    """Keep an explicit ``?lang=`` choice in a cookie for the next pages."""
    chosen = request.args.get("lang")
    if chosen in LANGUAGES and request.cookies.get(LANG_COOKIE) != chosen:
        response.set_cookie(
            LANG_COOKIE,
            chosen,
            max_age=365 * 24 * 3600,
            samesite="Lax",
            httponly=True,
            secure=current_app.config.get("SESSION_COOKIE_SECURE", False),
        )
    return response
