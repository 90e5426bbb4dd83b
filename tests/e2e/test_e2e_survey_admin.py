"""An admin in a real browser on a phone: corrects a question's wording, previews it in Kazakh,
opens a wave; every page fits the screen and the console stays clean."""

from selenium.webdriver.common.by import By
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import console_errors
from tests.surveys.testdata import create_survey


def fits(browser) -> bool:
    return browser.execute_script(
        "return document.documentElement.scrollWidth <= document.documentElement.clientWidth"
    )


def test_admin_edits_a_question_and_opens_a_wave(app, browser, live_server, make_user):
    user = make_user(role="admin", email="admin@adal.example")  # loads the regions too
    created = create_survey(app, slug="sample", wave=None, status="draft")
    browser.get(live_server + "/login?lang=en")
    browser.find_element(By.ID, "email").send_keys(user["email"])
    browser.find_element(By.ID, "password").send_keys(user["password"])
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 10).until(ec.url_to_be(live_server + "/"))

    browser.get(live_server + "/admin/surveys/sample")
    assert fits(browser)
    # The buttons of a question's row (up, down, delete) can be read on the white page.
    buttons = browser.find_elements(By.CSS_SELECTOR, ".actions-cell .link-button")
    assert buttons
    colours = {b.value_of_css_property("color") for b in buttons}
    assert colours.isdisjoint({"rgba(255, 255, 255, 1)", "rgb(255, 255, 255)"}), colours
    ids = browser.execute_script("return [...document.querySelectorAll('[id]')].map(e => e.id)")
    assert len(ids) == len(set(ids))  # many small forms, each id once
    question = created["questions"]["trust"]
    browser.find_element(By.CSS_SELECTOR, f'a[href$="/questions/{question}"]').click()
    WebDriverWait(browser, 10).until(ec.presence_of_element_located((By.ID, "text_en")))
    assert fits(browser)
    field = browser.find_element(By.ID, "text_en")
    field.clear()
    field.send_keys("How much do you trust the akimat?")
    browser.find_element(By.CSS_SELECTOR, "#question-form button[type=submit]").click()
    WebDriverWait(browser, 10).until(lambda d: "The question is saved." in d.page_source)
    assert "How much do you trust the akimat?" in browser.page_source

    browser.get(live_server + "/admin/surveys/sample/preview?language=kk")
    assert "Әкімдікке сенесіз бе?" in browser.page_source
    assert fits(browser)

    browser.get(live_server + "/admin/surveys/sample")
    browser.find_element(By.ID, "label").send_keys("2030-Q1")
    for name, value in (("opens_at", "2030-01-01T09:00"), ("closes_at", "2030-03-31T18:00")):
        element = browser.find_element(By.ID, name)
        browser.execute_script("arguments[0].value = arguments[1]", element, value)
    browser.find_element(By.XPATH, "//button[normalize-space()='Open the wave']").click()
    WebDriverWait(browser, 10).until(lambda d: "The wave 2030-Q1 is scheduled." in d.page_source)
    assert "2030-01-01 09:00" in browser.page_source  # shown in Kazakhstan time, as typed
    assert console_errors(browser) == []
