"""Real-browser fixtures (a plugin of the root conftest): the app served over real HTTP on loopback
by werkzeug in a thread (the e2e tests use gunicorn: tests/e2e/conftest.py), and headless
Chromium; for journeys, exact phone and desktop widths, screenshots of every step (the run's
summary prints their folder) and axe-core checks that fail on serious or critical violations.

Outside CI a missing Chromium skips these tests; in CI (CI_REQUIRE_BROWSER=1) it fails them.
"""

import json
import os
import shutil
import tempfile
import threading
import time
from contextlib import contextmanager
from pathlib import Path

import pytest
from werkzeug.serving import make_server

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
CHROMEDRIVER = shutil.which("chromedriver")


@contextmanager
def serving(app):
    """``app`` served on a free loopback port while the block runs; yields its address."""
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)


@pytest.fixture
def live_server(app):
    """Serve ``app`` on a free loopback port for the duration of one test."""
    with serving(app) as address:
        yield address


@pytest.fixture
def browser(tmp_path):
    if not (CHROMIUM and CHROMEDRIVER):
        message = (
            "Chromium and chromedriver are required (apt-get install chromium chromium-driver)"
        )
        if os.environ.get("CI_REQUIRE_BROWSER"):
            pytest.fail(message)
        pytest.skip(message)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for flag in (
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--window-size=390,844",
        f"--user-data-dir={tmp_path / 'chromium-profile'}",
    ):
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    driver.set_page_load_timeout(30)
    yield driver
    driver.quit()


def console_errors(driver) -> list[str]:
    """Severe messages from the page's console, such as CSP violations or script errors."""
    return [entry["message"] for entry in driver.get_log("browser") if entry["level"] == "SEVERE"]


# ---------------------------------------------------------------- journeys: width, screenshots, axe

PHONE = (390, 844)
DESKTOP = (1366, 900)
_screenshot_folders: list[Path] = []


def emulate(driver, size: tuple[int, int]) -> None:
    """Lay the page out at exactly this many CSS pixels (a phone below 600 px wide)."""
    width, height = size
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": width < 600},
    )


class Screenshots:
    """Every step of a journey at phone and desktop width, numbered, in one folder."""

    def __init__(self, folder: Path):
        self.folder = folder
        self.taken: list[Path] = []

    def take(self, driver, name: str, restore: tuple[int, int] = PHONE) -> None:
        for size in (PHONE, DESKTOP):
            emulate(driver, size)
            height = driver.execute_script("return document.documentElement.scrollHeight")
            emulate(driver, (size[0], min(max(height, size[1]), 12000)))  # the whole page
            path = self.folder / f"{len(self.taken) // 2 + 1:02d}-{name}-{size[0]}.png"
            driver.save_screenshot(str(path))
            self.taken.append(path)
        emulate(driver, restore)


@pytest.fixture(scope="session")
def screenshot_root() -> Path:
    """One folder per run, outside pytest's temporary folders (which keep only the last three
    runs); ``ADAL_SCREENSHOTS=/some/folder`` puts them there instead."""
    base = os.environ.get("ADAL_SCREENSHOTS")
    if base:
        return Path(base)
    return Path(tempfile.mkdtemp(prefix=f"adal-screenshots-{time.strftime('%Y%m%d-%H%M%S')}-"))


@pytest.fixture
def screenshots(request, screenshot_root) -> Screenshots:
    """Screenshots of a test's steps, kept after the run; the summary prints the folder."""
    folder = screenshot_root / request.node.name
    folder.mkdir(parents=True, exist_ok=True)
    _screenshot_folders.append(folder)
    return Screenshots(folder)


def pytest_terminal_summary(terminalreporter):
    for folder in _screenshot_folders:
        count = len(list(folder.glob("*.png")))
        terminalreporter.write_line(f"screenshots ({count}): {folder}")


# axe-core's impact levels that fail a page; "moderate" and "minor" are reported, not fatal.
FATAL_IMPACTS = ("serious", "critical")


def axe_violations(driver) -> list[dict]:
    """Every axe-core violation on the page as it is now (axe-core is bundled, no CDN)."""
    from selenium_axe_python import Axe

    axe = Axe(driver)
    axe.inject()
    return axe.run(options=json.dumps({"resultTypes": ["violations"]}))["violations"]


def assert_accessible(driver, where: str) -> list[dict]:
    """Fail on any serious or critical axe-core violation; return the lesser ones."""
    from selenium_axe_python import Axe

    violations = axe_violations(driver)
    fatal = [v for v in violations if v["impact"] in FATAL_IMPACTS]
    assert not fatal, f"{where} ({driver.current_url}): {Axe.report(fatal)}"
    return [v for v in violations if v not in fatal]


LANGUAGES = ("kk", "ru", "en")


def wait_for(driver, condition, timeout=15):
    """Wait through a page load: what the page being left held goes stale on the way."""
    from selenium.common.exceptions import WebDriverException
    from selenium.webdriver.support.ui import WebDriverWait

    return WebDriverWait(driver, timeout, ignored_exceptions=(WebDriverException,)).until(condition)


def in_language(url: str, language: str) -> str:
    """The same address with ``lang`` set, every other argument kept."""
    from urllib.parse import parse_qsl, urlencode, urlsplit

    parts = urlsplit(url)
    query = [(k, v) for k, v in parse_qsl(parts.query, keep_blank_values=True) if k != "lang"]
    return parts._replace(query=urlencode([*query, ("lang", language)])).geturl()


def check_in_every_language(
    driver,
    where: str,
    language: str,
    screenshots: "Screenshots",
    size: tuple[int, int] = PHONE,
) -> None:
    """The page now shown, loaded again in kk, ru and en and checked with axe-core (a page
    reached by GET); it is screenshotted, and ends, in the journey's ``language``."""
    url = driver.current_url
    for each in [other for other in LANGUAGES if other != language] + [language]:
        driver.get(in_language(url, each))
        assert driver.find_element("tag name", "html").get_attribute("lang") == each
        assert_accessible(driver, f"{where} in {each}")
    screenshots.take(driver, where.replace(" ", "-"), restore=size)
