from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import console_errors


def test_language_switcher_and_cookie(browser, live_server):
    browser.get(live_server + "/?lang=ru")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    browser.find_element(By.CSS_SELECTOR, 'a[hreflang="kk"]').click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"
    )
    assert "Сыбайлас жемқорлықтан ада өңірлер" in browser.page_source
    browser.get(live_server + "/login")  # the choice sticks through the cookie
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"
    assert console_errors(browser) == []


def test_skip_link_moves_focus_to_main(browser, live_server):
    browser.get(live_server + "/?lang=en")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Skip to main content"
    focused.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return location.hash") == "#main")


def test_sign_in_and_out_in_a_real_browser(browser, live_server, make_user):
    user = make_user(role="analyst", region="KZ-35", name="Әлия Нұрланқызы")
    browser.get(live_server + "/dashboard?lang=en")
    WebDriverWait(browser, 10).until(ec.url_contains("/login"))
    browser.find_element(By.ID, "email").send_keys(user["email"])
    browser.find_element(By.ID, "password").send_keys(user["password"])
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 10).until(ec.url_contains("/dashboard"))
    assert "Әлия Нұрланқызы" in browser.page_source
    browser.find_element(By.XPATH, "//button[normalize-space()='Sign out']").click()
    WebDriverWait(browser, 10).until(lambda d: "Sign in" in d.page_source)
    assert "Әлия Нұрланқызы" not in browser.page_source


def test_home_fits_a_phone_screen(browser, live_server):
    browser.get(live_server + "/?lang=kk")
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    browser.save_screenshot("/tmp/adal-home-kk.png")
