"""Journeys through the site in headless Chromium (issue 21, points 9-12), served by gunicorn
as in production (tests/e2e/conftest.py).

Each journey screenshots every step at 390 and 1366 px (the run's summary prints the folder)
and runs axe-core on every page it passes through, failing on a serious or critical violation.

The survey's screens hold answers a reload in another language would lose: the citizen's
journey checks them in Kazakh, the keyboard test in Russian and English. The analyst's and
the admin's journeys are in test_staff_journeys.py.
"""

import re

import pytest
from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from extensions import db
from surveys.models import Answer, Question, Response
from tests.browser import (
    DESKTOP,
    PHONE,
    assert_accessible,
    check_in_every_language,
    console_errors,
    emulate,
    wait_for,
)


def section(driver) -> str:
    return driver.find_element(By.CSS_SELECTOR, 'input[name="section"]').get_attribute("value")


def choose(driver, code: str, value: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f'input[name="{code}"][value="{value}"]').click()


def chosen(driver, code: str, value: str) -> bool:
    option = driver.find_element(By.CSS_SELECTOR, f'input[name="{code}"][value="{value}"]')
    return option.is_selected()


def shown(driver, code: str) -> bool:
    return driver.find_element(By.ID, f"question-{code}").is_displayed()


def press(driver, move: str, then_section: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f'button[name="move"][value="{move}"]').click()
    wait_for(driver, lambda d: section(d) == then_section)


def heading(driver) -> str:
    return driver.find_element(By.ID, "section-heading").text


def test_a_citizen_on_a_phone_in_kazakh_answers_in_sections(
    app, demo, browser, site_server, screenshots
):
    emulate(browser, PHONE)
    browser.get(site_server + "/s/citizens?lang=kk")
    assert "1-бөлім (барлығы 5)" in heading(browser)
    assert browser.find_element(By.CSS_SELECTOR, 'li[aria-current="step"]').text.startswith("1")
    width = "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    assert browser.execute_script(width) <= 0
    screenshots.take(browser, "profile")
    assert_accessible(browser, "the profile")

    # An error: the age is left out. The summary names it, takes the focus, keeps the rest.
    Select(browser.find_element(By.ID, "q-region")).select_by_value("KZ-23")
    for code, value in [
        ("sex", "female"),
        ("settlement", "rural"),
        ("group", "citizen"),
        ("service_used", "health"),
    ]:
        choose(browser, code, value)
    browser.find_element(By.CSS_SELECTOR, 'button[value="next"]').click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "error-summary"))
    assert section(browser) == "profile"
    assert browser.switch_to.active_element.get_attribute("id") == "error-summary"
    assert "Жасыңыз нешеде?" in browser.find_element(By.ID, "error-summary").text
    assert chosen(browser, "settlement", "rural")
    screenshots.take(browser, "profile-error")
    assert_accessible(browser, "the profile with an error")

    choose(browser, "age_band", "35-44")
    press(browser, "next", "services")
    assert "2-бөлім (барлығы 5)" in heading(browser)
    assert browser.switch_to.active_element.get_attribute("id") == "section-heading"
    # Skip logic across sections: the services used (screen 1) asks the satisfaction here.
    assert shown(browser, "sq_satisfaction") and not shown(browser, "exp_reported")
    choose(browser, "sq_satisfaction", "4")
    choose(browser, "exp_asked", "yes")
    wait_for(browser, lambda d: shown(d, "exp_reported"))  # live, on the same screen
    choose(browser, "exp_reported", "no")
    screenshots.take(browser, "services")
    assert_accessible(browser, "the services section")

    # A reload loses nothing: the earlier screens travel with the form, this one's answers
    # are kept by the tab.
    browser.refresh()
    wait_for(browser, lambda d: section(d) == "services" and chosen(d, "exp_reported", "no"))
    assert chosen(browser, "sq_satisfaction", "4") and chosen(browser, "exp_asked", "yes")
    choose(browser, "exp_gave", "no")
    screenshots.take(browser, "services-after-reload")

    press(browser, "next", "public_control")
    for code in ("trust_akimat", "trust_police"):
        choose(browser, code, "3")
    # The browser's Back, then Next: both screens as they were left.
    browser.back()
    wait_for(browser, lambda d: section(d) == "services" and chosen(d, "exp_gave", "no"))
    assert chosen(browser, "sq_satisfaction", "4")
    screenshots.take(browser, "services-after-back")
    press(browser, "next", "public_control")
    wait_for(browser, lambda d: chosen(d, "trust_police", "3"))
    assert chosen(browser, "trust_akimat", "3")
    for code, value in [("trust_anticorruption", "2"), ("pc_willing", "4"), ("pc_fear", "2")]:
        choose(browser, code, value)
    screenshots.take(browser, "public-control")
    assert_accessible(browser, "the public control section")

    # The page's own Back keeps this screen's answers too.
    press(browser, "back", "services")
    press(browser, "next", "public_control")
    assert chosen(browser, "pc_fear", "2")
    press(browser, "next", "culture")
    for code, value in [
        ("tol_gift", "1"),
        ("tol_relatives", "2"),
        ("aw_where_to_report", "yes"),
        ("aw_protected", "4"),
    ]:
        choose(browser, code, value)
    screenshots.take(browser, "culture")
    press(browser, "next", "your_view")
    assert "5-бөлім (барлығы 5)" in heading(browser)
    # Atyrau was chosen four screens ago: its own questions are asked here.
    assert shown(browser, "atr_fishing_permit") and not shown(browser, "atr_fishing_informal")
    choose(browser, "atr_fishing_permit", "yes")
    wait_for(browser, lambda d: shown(d, "atr_fishing_informal"))
    choose(browser, "atr_fishing_informal", "no")
    browser.find_element(By.ID, "q-comment").send_keys("Кезек электронды болсын, әкімдікте де.")
    screenshots.take(browser, "your-view")
    assert_accessible(browser, "the last section")
    with app.app_context():
        assert db.session.execute(db.select(db.func.count(Response.id))).scalar_one() == 0

    browser.find_element(By.CSS_SELECTOR, 'button[name="move"][value="send"]').click()
    wait_for(browser, lambda d: "/thanks" in d.current_url)
    check_in_every_language(browser, "thanks", "kk", screenshots)
    assert browser.execute_script("return sessionStorage.length") == 0  # nothing kept behind
    with app.app_context():
        response = db.session.execute(db.select(Response)).scalar_one()
        assert (response.age_band, response.settlement) == ("35-44", "rural")
        answers = dict(
            db.session.execute(
                db.select(Question.code, Answer.value_text)
                .join(Answer, Answer.question_id == Question.id)
                .where(Answer.response_id == response.id)
            ).all()
        )
    assert answers["comment"] == "Кезек электронды болсын, әкімдікте де."
    assert {"sq_satisfaction", "exp_reported", "trust_police", "atr_fishing_informal"} <= set(
        answers
    )
    # Chromium logs the page's own 422 status; nothing else (no script or CSP error).
    assert [e for e in console_errors(browser) if "status of 422" not in e] == []


def current_attempt(driver) -> int:
    return int(re.search(r"/attempts/(\d+)", driver.current_url).group(1))


def answer_attempt(app, driver, attempt_id: int, rightly: bool) -> None:
    """Tick the right choices of every drawn question (or the first choice of each)."""
    from training.models import Attempt

    with app.app_context():
        attempt = db.session.get(Attempt, attempt_id)
        picks = {
            item.question_id: (
                sorted(item.question.correct_ids) if rightly else [item.ordered_choices[0].id]
            )
            for item in attempt.items
        }
    for question_id, choice_ids in picks.items():
        for choice_id in choice_ids:
            driver.find_element(By.ID, f"answer-{question_id}-{choice_id}").click()
    driver.find_element(By.CSS_SELECTOR, 'button[name="action"][value="submit"]').click()
    wait_for(driver, lambda d: d.current_url.endswith("/result"))


def test_a_civil_servant_goes_from_pre_test_to_certificate_and_its_verify_page(
    app, runner, regions, browser, site_server, screenshots
):
    from training.models import Certificate

    assert runner.invoke(args=["seed", "demo"]).exit_code == 0
    emulate(browser, DESKTOP)
    browser.get(site_server + "/login?lang=ru")
    check_in_every_language(browser, "sign-in", "ru", screenshots, size=DESKTOP)
    browser.find_element(By.ID, "email").send_keys("servant@adal.example")
    browser.find_element(By.ID, "password").send_keys("adal-demo")
    browser.find_element(By.ID, "submit").click()
    wait_for(browser, lambda d: d.find_elements(By.XPATH, "//button[normalize-space()='Выйти']"))
    browser.find_element(By.CSS_SELECTOR, "nav a[href='/learning']").click()
    wait_for(browser, lambda d: d.current_url.endswith("/learning"))
    check_in_every_language(browser, "my-learning", "ru", screenshots, size=DESKTOP)

    browser.find_element(By.CSS_SELECTOR, "a[href='/training/conflict-of-interest']").click()
    wait_for(browser, lambda d: d.current_url.endswith("/pre-test"))
    check_in_every_language(browser, "pre-test-start", "ru", screenshots, size=DESKTOP)
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit].button").click()
    wait_for(browser, lambda d: "/attempts/" in d.current_url)
    check_in_every_language(browser, "pre-test", "ru", screenshots, size=DESKTOP)
    answer_attempt(app, browser, current_attempt(browser), rightly=False)
    check_in_every_language(browser, "pre-test-result", "ru", screenshots, size=DESKTOP)

    browser.find_element(By.LINK_TEXT, "Продолжить").click()
    wait_for(browser, lambda d: "/lessons/1" in d.current_url)
    check_in_every_language(browser, "lesson", "ru", screenshots, size=DESKTOP)
    while "/lessons/" in browser.current_url:
        page = browser.current_url
        browser.find_element(By.CSS_SELECTOR, "main form button[type=submit]").click()
        wait_for(browser, lambda d, page=page: d.current_url != page)
    assert browser.current_url.endswith("/post-test")
    browser.find_element(By.CSS_SELECTOR, "form button[type=submit].button").click()
    wait_for(browser, lambda d: "/attempts/" in d.current_url)
    answer_attempt(app, browser, current_attempt(browser), rightly=True)
    assert "Вы прошли" in browser.page_source or "result-passed" in browser.page_source
    check_in_every_language(browser, "certificate", "ru", screenshots, size=DESKTOP)

    with app.app_context():
        code = db.session.execute(db.select(Certificate.code)).scalar_one()
    browser.find_element(By.XPATH, "//button[normalize-space()='Выйти']").click()
    wait_for(browser, lambda d: d.find_elements(By.CSS_SELECTOR, "a[href='/login']"))
    browser.get(f"{site_server}/verify/{code}?lang=ru")
    assert browser.find_element(By.CSS_SELECTOR, ".verify-status").is_displayed()
    check_in_every_language(browser, "verify", "ru", screenshots, size=DESKTOP)
    assert console_errors(browser) == []


def test_axe_fails_a_page_with_an_unlabelled_field(browser):
    """The check is real: a text input without a label is a critical violation."""
    import pytest

    browser.get("data:text/html;charset=utf-8,<html lang=en><title>t</title><main><input></main>")
    with pytest.raises(AssertionError, match="label"):
        assert_accessible(browser, "a page made to fail")


@pytest.mark.parametrize(
    ("slug", "language", "screens"),
    [("experts", "ru", 4), ("citizens", "ru", 5), ("citizens", "en", 5)],
)
def test_the_sectioned_survey_with_the_keyboard_alone(
    app, demo, browser, site_server, slug, language, screens
):
    """Enter on Next with nothing answered, then Tab from field to field, Space to choose, an
    arrow for the region, Enter for Next and Send: the survey is answered and sent without a
    mouse; axe-core checks every screen, the error too (Kazakh: the citizen's journey)."""
    from selenium.webdriver.common.keys import Keys

    emulate(browser, DESKTOP)
    browser.get(f"{site_server}/s/{slug}?lang={language}")
    browser.find_element(By.CSS_SELECTOR, 'button[name="move"][value="next"]').send_keys(Keys.ENTER)
    wait_for(browser, lambda d: d.find_elements(By.ID, "error-summary"))
    assert browser.switch_to.active_element.get_attribute("id") == "error-summary"
    assert_accessible(browser, f"the first screen with errors in {language}")
    answered: set[str] = set()
    seen = 0
    while "/thanks" not in browser.current_url:
        seen += 1
        assert seen <= 6, "the survey did not end"
        page = section(browser)
        assert_accessible(browser, f"{page} in {language}")
        for _ in range(300):
            browser.switch_to.active_element.send_keys(Keys.TAB)
            field = browser.switch_to.active_element
            name, kind = field.get_attribute("name"), field.get_attribute("type")
            if name == "move" and field.get_attribute("value") in ("next", "send"):
                field.send_keys(Keys.ENTER)
                wait_for(
                    browser, lambda d, page=page: "/thanks" in d.current_url or section(d) != page
                )
                break
            if not name or name in answered or name == "move":
                continue
            if kind in ("radio", "checkbox"):
                field.send_keys(Keys.SPACE)
            elif field.tag_name == "select":
                field.send_keys(Keys.ARROW_DOWN)
            elif field.tag_name == "textarea":
                field.send_keys("Открытые данные о закупках.")
            answered.add(name)
        else:
            raise AssertionError(f"no Next button reached by Tab on {page}")
    assert seen == screens
    with app.app_context():
        response = db.session.execute(db.select(Response)).scalar_one()
        assert response.region_id is not None and response.age_band == "18-24"
