"""Three languages: locale selection, translated pages, complete catalogs, content fallback."""

from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.pofile import read_po

from localization import LANG_COOKIE, LANGUAGES, local_time, localized

ROOT = Path(__file__).resolve().parents[1]

HOME_HEADINGS = {
    "kk": "Адал: біздің өңірде сыбайлас жемқорлық азайып жатыр ма?",
    "ru": "Адал: становится ли коррупции в нашем регионе меньше?",
    "en": "Adal: is corruption in our region going down?",
}


@pytest.mark.parametrize("language", LANGUAGES)
def test_home_page_in_each_language(bare_client, language):
    page = bare_client.get(f"/?lang={language}").get_data(as_text=True)
    assert f'<html lang="{language}">' in page
    assert HOME_HEADINGS[language] in page


@pytest.mark.parametrize("language", LANGUAGES)
def test_login_page_in_each_language(bare_client, language):
    labels = {"kk": "Құпиясөз", "ru": "Пароль", "en": "Password"}
    page = bare_client.get(f"/login?lang={language}").get_data(as_text=True)
    assert labels[language] in page


def test_lang_parameter_sets_a_cookie_for_later_pages(bare_client):
    response = bare_client.get("/?lang=kk")
    assert bare_client.get_cookie(LANG_COOKIE).value == "kk"
    assert "HttpOnly" in response.headers["Set-Cookie"]
    assert '<html lang="kk">' in bare_client.get("/").get_data(as_text=True)


def test_order_parameter_then_cookie_then_accept_language_then_russian(bare_client):
    english = {"Accept-Language": "en-US,en;q=0.9"}
    assert '<html lang="ru">' in bare_client.get("/").get_data(as_text=True)
    assert '<html lang="en">' in bare_client.get("/", headers=english).get_data(as_text=True)
    assert '<html lang="kk">' in bare_client.get(
        "/", headers={"Accept-Language": "kk-KZ,kk;q=0.9,ru;q=0.5"}
    ).get_data(as_text=True)
    bare_client.set_cookie(LANG_COOKIE, "kk")
    assert '<html lang="kk">' in bare_client.get("/", headers=english).get_data(as_text=True)
    assert '<html lang="ru">' in bare_client.get("/?lang=ru", headers=english).get_data(
        as_text=True
    )


@pytest.mark.parametrize("bad", ["de", "xx", "../etc", "kk'><script>", ""])
def test_unknown_lang_falls_back_safely(bare_client, bad):
    response = bare_client.get("/", query_string={"lang": bad})
    assert response.status_code == 200
    assert '<html lang="ru">' in response.get_data(as_text=True)
    assert bare_client.get_cookie(LANG_COOKIE) is None
    assert "<script>" not in response.get_data(as_text=True)


def test_unknown_cookie_language_is_ignored(bare_client):
    bare_client.set_cookie(LANG_COOKIE, "fr")
    response = bare_client.get("/", headers={"Accept-Language": "en"})
    assert '<html lang="en">' in response.get_data(as_text=True)


def test_language_switcher_on_every_page(bare_client):
    for path in ("/", "/login", "/surveys", "/open-data", "/no-such-page"):
        page = bare_client.get(path).get_data(as_text=True)
        for language in LANGUAGES:
            assert f'href="?lang={language}"' in page, (path, language)


def test_localized_content_fallback():
    texts = {"kk": "Сенім", "ru": "Доверие", "en": "Trust"}
    assert [localized(texts, lang) for lang in LANGUAGES] == ["Сенім", "Доверие", "Trust"]
    assert localized({"ru": "Доверие", "en": "Trust"}, "kk") == "Доверие"
    assert localized({"en": "Trust"}, "kk") == "Trust"
    assert localized({"kk": "Сенім", "en": ""}, "en") == "Сенім"
    assert localized({}, "en") == "" and localized(None, "ru") == ""


def test_localized_uses_request_language(app):
    with app.test_request_context("/?lang=en"):
        assert localized({"kk": "Сенім", "en": "Trust"}) == "Trust"
    with app.test_request_context("/?lang=kk"):
        assert localized({"kk": "Сенім", "en": "Trust"}) == "Сенім"


def test_local_time_is_almaty_utc_plus_five():
    from datetime import UTC, datetime

    assert local_time(datetime(2026, 11, 28, 19, 30, tzinfo=UTC)) == "2026-11-29 00:30"
    assert local_time(datetime(2026, 6, 1, 0, 0)) == "2026-06-01 05:00"


def source_messages() -> set[str]:
    found = set()
    method_map = [("**.py", "python"), ("templates/**.html", "jinja2")]
    skip = {".venv", "tests", "benches", "migrations"}
    for _filename, _lineno, message, _comments, _context in extract_from_dir(
        str(ROOT),
        method_map,
        keywords={
            "_": None,
            "gettext": None,
            "ngettext": (1, 2),
            "lazy_gettext": None,
            "lazy_ngettext": (1, 2),
            "_l": None,
        },
        callback=None,
        strip_comment_tags=True,
        directory_filter=lambda path: (
            not (set(Path(path).relative_to(ROOT).parts) & skip or Path(path).name.startswith("."))
        ),
    ):
        found.add(message if isinstance(message, str) else message[0])
    return found


@pytest.mark.parametrize("language", ["kk", "ru"])
def test_every_ui_string_is_translated(language):
    translated = set()
    for catalog_dir in [ROOT / "translations", *ROOT.glob("*/translations")]:
        with open(catalog_dir / language / "LC_MESSAGES" / "messages.po", "rb") as handle:
            catalog = read_po(handle, locale=language)
        translated |= {
            m.id if isinstance(m.id, str) else m.id[0]
            for m in catalog
            if m.id
            and all(m.string if isinstance(m.string, tuple) else [m.string])
            and "fuzzy" not in m.flags  # every plural form counts
        }
    in_source = source_messages()
    assert {"Sign in", "Invalid e-mail or password."} <= in_source  # the scan finds strings
    missing = sorted(in_source - translated)
    assert not missing, f"untranslated in {language} (run make i18n-extract): {missing}"


def test_language_switcher_keeps_other_query_parameters(bare_client):
    page = bare_client.get("/surveys?channel=qr&lang=en").get_data(as_text=True)
    assert 'href="?channel=qr&amp;lang=kk"' in page
    assert "lang=en&amp;lang" not in page
