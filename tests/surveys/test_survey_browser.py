"""The survey page in headless Chromium: questions appear and hide as answers change."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support.ui import Select, WebDriverWait

from tests.browser import console_errors


def shown(driver, code: str) -> bool:
    return driver.find_element(By.ID, f"question-{code}").is_displayed()


def choose(driver, code: str, value: str) -> None:
    driver.find_element(By.CSS_SELECTOR, f'input[name="{code}"][value="{value}"]').click()


def test_follow_ups_and_region_block_appear_live_and_send_at_once(
    browser,
    live_server,
    sample,
    counts,
):
    browser.get(live_server + "/s/sample?lang=kk")
    assert not shown(browser, "paid_where") and not shown(browser, "atr_fish")
    choose(browser, "paid", "yes")
    WebDriverWait(browser, 5).until(lambda d: shown(d, "paid_where"))
    assert browser.find_element(By.ID, "q-paid_where-0").is_enabled()
    choose(browser, "paid", "no")
    WebDriverWait(browser, 5).until(lambda d: not shown(d, "paid_where"))
    assert not browser.find_element(By.ID, "q-paid_where-0").is_enabled()
    Select(browser.find_element(By.ID, "q-region")).select_by_value("KZ-23")
    WebDriverWait(browser, 5).until(lambda d: shown(d, "atr_fish"))

    choose(browser, "paid", "yes")
    WebDriverWait(browser, 5).until(lambda d: shown(d, "paid_where"))
    for code, value in [
        ("age_band", "25-34"),
        ("settlement", "rural"),
        ("group", "citizen"),
        ("service_used", "health"),
        ("trust", "2"),
        ("atr_fish", "no"),
    ]:
        choose(browser, code, value)
    browser.find_element(By.ID, "q-paid_where-1").click()
    browser.find_element(By.CSS_SELECTOR, "button[data-send]").click()
    WebDriverWait(browser, 10).until(lambda d: "/thanks" in d.current_url)
    assert counts() == (1, 4)  # trust, paid, paid_where, atr_fish
    assert console_errors(browser) == []


def test_errors_are_summarised_and_focused(browser, live_server, sample):
    browser.get(live_server + "/s/sample?lang=en")
    browser.find_element(By.CSS_SELECTOR, "button[data-send]").click()
    WebDriverWait(browser, 10).until(lambda d: d.find_elements(By.ID, "error-summary"))
    assert browser.switch_to.active_element.get_attribute("id") == "error-summary"
    browser.find_element(By.CSS_SELECTOR, '#error-summary a[href="#q-trust-0"]').click()
    WebDriverWait(browser, 5).until(
        lambda d: d.execute_script("return location.hash") == "#q-trust-0"
    )
    # Chromium logs the page's own 422 status; nothing else (no script or CSP error).
    assert [e for e in console_errors(browser) if "status of 422" not in e] == []


def test_the_citizens_survey_fits_a_phone(browser, live_server, demo):
    browser.get(live_server + "/s/citizens?lang=kk")
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert console_errors(browser) == []
