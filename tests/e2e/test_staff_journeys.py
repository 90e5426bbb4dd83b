"""The analyst's and the admin's journeys in headless Chromium (issue 21, points 10-12), on one
gunicorn server and one database seeded with simulated waves (tests/e2e/conftest.py).

Every page a journey passes through is loaded in kk, ru and en and checked with axe-core
(serious or critical violations fail it) and screenshotted at 390 and 1366 px in the journey's
language (the analyst's Kazakh, the admin's Russian).
"""

import csv
import io
import re

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select

from extensions import db
from tests.browser import (
    DESKTOP,
    check_in_every_language,
    console_errors,
    emulate,
    wait_for,
)
from tests.surveys.testdata import create_survey
from tests.trends.testdata import ADMIN, ANALYST, PASSWORD

KAZAKH_LETTERS = set("әғқңөұүһі")


def sign_in(driver, server: str, email: str, language: str, screenshots) -> None:
    driver.get(f"{server}/login?lang={language}")
    check_in_every_language(driver, "sign-in", language, screenshots, size=DESKTOP)
    driver.find_element(By.ID, "email").send_keys(email)
    driver.find_element(By.ID, "password").send_keys(PASSWORD)
    driver.find_element(By.ID, "submit").click()
    wait_for(driver, lambda d: "/login" not in d.current_url)


def fits(driver) -> bool:
    return driver.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def number(text: str) -> float:
    """A figure as the page shows it in kk or ru (decimal comma, narrow spaces)."""
    return float(re.sub(r"[\s\u00a0\u202f]", "", text).replace(",", "."))


def page_row(driver, name: str) -> list[tuple[float, int] | None]:
    """(value, n) of each wave in the table's row of this place; None where withheld."""
    row = driver.find_element(
        By.XPATH, f"//table[contains(@class, 'by-wave')]//tr[th[normalize-space()='{name}']]"
    )
    cells = []
    for cell in row.find_elements(By.TAG_NAME, "td"):
        values = cell.find_elements(By.CSS_SELECTOR, ".value")
        if not values:
            cells.append(None)
            continue
        n = re.search(r"n = ([\d\s\u00a0\u202f]+)", cell.text).group(1)
        cells.append((number(values[0].text.rstrip("%")), int(number(n))))
    return cells


def downloaded(folder, suffix: str):
    files = [path for path in folder.iterdir() if path.name.endswith(suffix)]
    return files[0] if files else None


def test_an_analyst_goes_through_the_dashboard_a_region_and_a_csv_download(
    seeded_app, site_server, browser, screenshots, tmp_path
):
    from trends.cache import survey_waves

    with seeded_app.app_context():
        from surveys.models import Survey

        survey_id = db.session.execute(db.select(Survey.id).filter_by(slug="citizens")).scalar()
        waves = [wave.label for wave in survey_waves(survey_id)]
    assert len(waves) == 3
    emulate(browser, DESKTOP)
    sign_in(browser, site_server, ANALYST, "kk", screenshots)

    browser.find_element(By.CSS_SELECTOR, "nav a[href='/dashboard']").click()
    wait_for(browser, lambda d: d.current_url.endswith("/dashboard"))
    assert browser.find_elements(By.CSS_SELECTOR, "table.by-wave")
    check_in_every_language(browser, "dashboard", "kk", screenshots, size=DESKTOP)

    # The analyst's choice: the survey, an indicator, the citizens only, the last two waves.
    Select(browser.find_element(By.ID, "f-survey")).select_by_value("citizens")
    indicator = Select(browser.find_element(By.ID, "f-indicator"))
    indicator.select_by_index(1)
    chosen_indicator = indicator.first_selected_option.get_attribute("value")
    Select(browser.find_element(By.ID, "f-group")).select_by_value("citizen")
    Select(browser.find_element(By.ID, "f-from")).select_by_value(waves[1])
    Select(browser.find_element(By.ID, "f-to")).select_by_value(waves[2])
    browser.find_element(By.CSS_SELECTOR, "form.trend-filters button[type=submit]").click()
    wait_for(browser, lambda d: "group=citizen" in d.current_url)
    heads = browser.find_elements(By.CSS_SELECTOR, "table.by-wave thead th")
    assert [th.text.split("\n")[0] for th in heads[1:]] == waves[1:]
    assert (
        Select(browser.find_element(By.ID, "f-indicator")).first_selected_option.get_attribute(
            "value"
        )
        == chosen_indicator
    )
    national = page_row(browser, "Қазақстан")
    assert all(national), "the whole country's figures are published"
    check_in_every_language(browser, "dashboard-chosen", "kk", screenshots, size=DESKTOP)

    # The CSV of exactly these figures, downloaded by the browser.
    browser.execute_cdp_cmd(
        "Browser.setDownloadBehavior", {"behavior": "allow", "downloadPath": str(tmp_path)}
    )
    browser.find_element(By.CSS_SELECTOR, "p.downloads a[href*='download.csv']").click()
    path = wait_for(browser, lambda d: downloaded(tmp_path, ".csv"))
    body = path.read_bytes()
    assert body.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM, for Excel
    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    header, rows = rows[0], rows[1:]
    assert header[4] == "Өңір" and header[5] == "Мән"
    assert {row[2] for row in rows} == set(waves[1:])
    assert {row[1] for row in rows} == {chosen_indicator}
    names = {row[4] for row in rows}
    assert KAZAKH_LETTERS & set("".join(names)), "Kazakh letters survive in region names"
    assert {"Қазақстан", "Атырау облысы"} <= names
    for wave, shown in zip(waves[1:], national, strict=True):
        row = next(r for r in rows if r[2] == wave and r[4] == "Қазақстан")
        assert (float(row[5]), int(row[8])) == shown
    published = [r for r in rows if r[5]]
    withheld = [r for r in rows if not r[5]]
    assert published and withheld, "some cells are published and some suppressed"

    # The analyst's own region in full.
    browser.find_element(By.LINK_TEXT, "Атырау облысы").click()
    wait_for(browser, lambda d: "/dashboard/regions/KZ-23" in d.current_url)
    assert "group=citizen" in browser.current_url  # the choice travels
    assert browser.find_element(By.TAG_NAME, "h1").text.startswith("Атырау")
    check_in_every_language(browser, "region", "kk", screenshots, size=DESKTOP)
    assert fits(browser)
    assert console_errors(browser) == []


def test_an_admin_corrects_a_question_previews_it_and_opens_a_wave(
    seeded_app, site_server, browser, screenshots
):
    created = create_survey(seeded_app, slug="sample", wave=None, status="draft")
    emulate(browser, DESKTOP)
    sign_in(browser, site_server, ADMIN, "ru", screenshots)

    browser.get(site_server + "/admin/surveys")
    check_in_every_language(browser, "surveys", "ru", screenshots, size=DESKTOP)
    browser.find_element(By.CSS_SELECTOR, "a[href='/admin/surveys/sample']").click()
    wait_for(browser, lambda d: d.current_url.endswith("/admin/surveys/sample"))
    check_in_every_language(browser, "survey", "ru", screenshots, size=DESKTOP)
    # The buttons of a question's row (up, down, delete) can be read on the white page.
    buttons = browser.find_elements(By.CSS_SELECTOR, ".actions-cell .link-button")
    colours = {button.value_of_css_property("color") for button in buttons}
    assert buttons and colours.isdisjoint({"rgba(255, 255, 255, 1)", "rgb(255, 255, 255)"})
    ids = browser.execute_script("return [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))  # many small forms, each id once

    question = created["questions"]["trust"]
    browser.find_element(By.CSS_SELECTOR, f'a[href$="/questions/{question}"]').click()
    wait_for(browser, lambda d: d.find_elements(By.ID, "text_ru"))
    check_in_every_language(browser, "question", "ru", screenshots, size=DESKTOP)
    field = browser.find_element(By.ID, "text_ru")
    field.clear()
    field.send_keys("Насколько вы доверяете акимату?")
    browser.find_element(By.CSS_SELECTOR, "#question-form button[type=submit]").click()
    wait_for(browser, lambda d: "Вопрос сохранён." in d.page_source)
    assert "Насколько вы доверяете акимату?" in browser.page_source
    check_in_every_language(browser, "question-saved", "ru", screenshots, size=DESKTOP)

    browser.get(site_server + "/admin/surveys/sample/preview?language=ru")
    assert "Насколько вы доверяете акимату?" in browser.page_source
    browser.find_element(By.CSS_SELECTOR, ".notice-box a[lang='kk']").click()
    wait_for(browser, lambda d: "language=kk" in d.current_url)
    assert "Әкімдікке сенесіз бе?" in browser.page_source
    check_in_every_language(browser, "preview", "ru", screenshots, size=DESKTOP)

    browser.get(site_server + "/admin/surveys/sample")
    browser.find_element(By.ID, "label").send_keys("2030-Q1")
    for name, value in (("opens_at", "2030-01-01T09:00"), ("closes_at", "2030-03-31T18:00")):
        element = browser.find_element(By.ID, name)
        browser.execute_script("arguments[0].value = arguments[1]", element, value)
    browser.find_element(By.XPATH, "//button[normalize-space()='Открыть волну']").click()
    wait_for(browser, lambda d: "2030-Q1" in d.page_source and "запланирована" in d.page_source)
    assert "2030-01-01 09:00" in browser.page_source  # shown in Kazakhstan time, as typed
    check_in_every_language(browser, "wave-opened", "ru", screenshots, size=DESKTOP)
    assert console_errors(browser) == []
