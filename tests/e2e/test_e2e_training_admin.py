"""The training and people admin pages in Chromium: nothing wider than a 390 px phone, in
Kazakh and Russian, at phone and desktop width, each screenshotted (the run prints the folder)."""

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import DESKTOP, PHONE, console_errors, emulate
from tests.security.checks import EMAILS, build_world


def sign_in(browser, site_server, persona):
    email, password = EMAILS[persona]
    browser.delete_all_cookies()
    browser.get(site_server + "/login")
    browser.find_element(By.ID, "email").send_keys(email)
    browser.find_element(By.ID, "password").send_keys(password)
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 10).until(ec.url_to_be(site_server + "/"))


def admin_pages(world) -> list[str]:
    draft, done = world.draft_module, world.done_module
    return [
        "/admin/training",
        "/admin/training/compliance",
        "/admin/training/assignments",
        "/admin/training/certificates",
        f"/admin/training/{done}/analysis",
        f"/admin/training/{done}/gain",
        "/admin/training/upload",
        "/admin/training/new",
        f"/admin/training/{draft}/edit",
        f"/admin/training/{draft}/lessons/1/edit",
        f"/admin/training/{draft}/questions/{world.draft_question}/edit",
        f"/admin/training/{draft}/categories",
        "/admin/people",
        f"/admin/people/{world.servant_id}",
        "/admin/people/import",
        "/admin/audit",
    ]


@pytest.mark.browser
def test_admin_and_learner_pages_fit_a_phone_in_kazakh_and_russian(
    browser, site_server, screenshots, app, runner, make_user
):
    world = build_world(app, runner, make_user)
    wide = []
    for persona, pages in (
        ("admin", admin_pages(world)),
        ("civil_servant", ["/learning", f"/set-password?token={world.password_token}"]),
    ):
        sign_in(browser, site_server, persona)
        for language in ("kk", "ru"):
            for path in pages:
                glue = "&" if "?" in path else "?"
                browser.get(f"{site_server}{path}{glue}lang={language}")
                assert browser.find_element(By.TAG_NAME, "h1").text, path
                for size in (PHONE, DESKTOP):
                    emulate(browser, size)
                    overflow = browser.execute_script(
                        "return document.documentElement.scrollWidth - "
                        "document.documentElement.clientWidth"
                    )
                    if overflow > 0:
                        wide.append(f"{path} ({language}, {size[0]} px): {overflow} px too wide")
                name = path.strip("/").replace("/", "_").split("?")[0] or "home"
                screenshots.take(browser, f"{name}-{language}")
    assert not wide, "\n".join(wide)
    assert console_errors(browser) == []
