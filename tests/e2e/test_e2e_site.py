from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as ec
from selenium.webdriver.support.ui import WebDriverWait

from tests.browser import console_errors


def test_language_switcher_and_cookie(browser, site_server):
    browser.get(site_server + "/?lang=ru")
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "ru"
    browser.find_element(By.CSS_SELECTOR, 'a[hreflang="kk"]').click()
    WebDriverWait(browser, 10).until(
        lambda d: d.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"
    )
    assert "Сыбайлас жемқорлықтан ада өңірлер" in browser.page_source
    browser.get(site_server + "/login")  # the choice sticks through the cookie
    assert browser.find_element(By.TAG_NAME, "html").get_attribute("lang") == "kk"
    assert console_errors(browser) == []


def test_skip_link_moves_focus_to_main(browser, site_server):
    browser.get(site_server + "/?lang=en")
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys(Keys.TAB)
    focused = browser.switch_to.active_element
    assert focused.text == "Skip to main content"
    focused.send_keys(Keys.ENTER)
    WebDriverWait(browser, 5).until(lambda d: d.execute_script("return location.hash") == "#main")


def test_sign_in_and_out_in_a_real_browser(browser, site_server, make_user):
    user = make_user(role="analyst", region="KZ-35", name="Әлия Нұрланқызы")
    browser.get(site_server + "/dashboard?lang=en")
    WebDriverWait(browser, 10).until(ec.url_contains("/login"))
    browser.find_element(By.ID, "email").send_keys(user["email"])
    browser.find_element(By.ID, "password").send_keys(user["password"])
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 10).until(ec.url_contains("/dashboard"))
    assert "Әлия Нұрланқызы" in browser.page_source
    browser.find_element(By.XPATH, "//button[normalize-space()='Sign out']").click()
    WebDriverWait(browser, 10).until(lambda d: "Sign in" in d.page_source)
    assert "Әлия Нұрланқызы" not in browser.page_source


def test_home_fits_a_phone_screen(browser, site_server, screenshots):
    browser.get(site_server + "/?lang=kk")
    overflow = browser.execute_script(
        "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    screenshots.take(browser, "home-kk")


def test_desktop_layout_lines_up_and_the_footer_ends_the_window(browser, site_server):
    from tests.browser import DESKTOP, emulate

    emulate(browser, DESKTOP)
    browser.get(site_server + "/surveys?lang=kk")  # a short page
    box = "return document.querySelector(arguments[0]).getBoundingClientRect()"
    menu = browser.execute_script(box, ".main-nav ul")
    main = browser.execute_script(box, "main")
    heading = browser.execute_script(box, "main h1")
    footer = browser.execute_script(box, ".site-footer")
    assert abs(menu["left"] - main["left"]) <= 1  # the menu is centred with the content
    assert heading["top"] - menu["bottom"] >= 24  # the heading does not sit under the menu
    assert abs(footer["bottom"] - DESKTOP[1]) <= 1  # no white strip under the footer


def test_admin_tables_fit_a_phone(browser, site_server, runner, regions):
    from tests.browser import PHONE, emulate

    assert runner.invoke(args=["seed", "demo"]).exit_code == 0
    emulate(browser, PHONE)
    browser.get(site_server + "/login?lang=ru")
    browser.find_element(By.ID, "email").send_keys("admin@adal.example")
    browser.find_element(By.ID, "password").send_keys("adal-demo")
    browser.find_element(By.ID, "submit").click()
    WebDriverWait(browser, 10).until(lambda d: "Журнал аудита" in d.page_source)
    overflow = "return document.documentElement.scrollWidth - document.documentElement.clientWidth"
    for path in (
        "/admin/training",
        "/admin/training/assignments",
        "/admin/audit",
        "/admin/training/conflict-of-interest/analysis",
        "/admin/training/conflict-of-interest/gain",
    ):
        browser.get(site_server + path)
        assert browser.execute_script(overflow) <= 0, path
        # A row is a card of labelled cells, every one within the screen.
        cells = browser.find_elements(By.CSS_SELECTOR, "table.table-stacked td[data-label]")
        assert all(cell.rect["x"] + cell.rect["width"] <= PHONE[0] for cell in cells), path
        if path in ("/admin/training/assignments", "/admin/audit"):
            assert cells, path
