"""A province officer's morning in a real browser: log in, click from the country to the
province to a commune, check the figures against the API, log out."""

from __future__ import annotations

import json

import pytest
from browser import chromium
from selenium.webdriver.common.by import By
from selenium.webdriver.support.expected_conditions import staleness_of
from selenium.webdriver.support.wait import WebDriverWait
from test_dashboard import PASSWORD, site  # noqa: F401 - the fixture


@pytest.fixture
def browser():
    driver = chromium()
    yield driver
    driver.quit()


def follow(browser, css: str) -> None:
    """Click a link or button that loads a new page and wait until the old page is gone:
    ``click()`` returns before the navigation, and reading the old page then races it."""
    old = browser.find_element(By.TAG_NAME, "html")
    browser.find_element(By.CSS_SELECTOR, css).click()
    WebDriverWait(browser, 60).until(staleness_of(old))


def log_in(browser, url: str, name: str) -> None:
    browser.get(f"{url}/login")
    browser.find_element(By.NAME, "name").send_keys(name)
    browser.find_element(By.NAME, "password").send_keys(PASSWORD)
    follow(browser, "form.login button")


def cell(browser, row_css: str, key: str) -> str:
    return browser.find_element(By.CSS_SELECTOR, f"{row_css} td[data-k='{key}']").text


def test_national_to_province_to_commune_and_out(browser, site):  # noqa: F811
    url, _, hanoi = site
    log_in(browser, url, "quocgia")
    assert browser.find_element(By.TAG_NAME, "h2").text.startswith("Toàn quốc")
    national_received = cell(browser, "tr[data-province='1']", "received")

    browser.get(f"{url}/api/p/1")
    figures = json.loads(browser.find_element(By.TAG_NAME, "body").text)
    assert national_received == str(sum(f["received_today"] for f in figures.values()))

    browser.get(f"{url}/")
    follow(browser, "tr[data-province='1'] a")
    assert "Thành phố Hà Nội" in browser.find_element(By.TAG_NAME, "h2").text
    for code, f in figures.items():
        row = f"tr[data-commune='{code}']"
        assert cell(browser, row, "received") == str(f["received_today"])
        assert cell(browser, row, "overdue") == str(f["overdue"])

    follow(browser, f"tr[data-commune='{hanoi[0]}'] a")
    assert f"(mã {hanoi[0]})" in browser.find_element(By.TAG_NAME, "h2").text
    assert browser.find_elements(By.CSS_SELECTOR, "#compare tr.mismatch")
    assert browser.find_element(By.CSS_SELECTOR, "svg rect").is_displayed()

    follow(browser, "header form button")
    assert browser.current_url.endswith("/login")
    browser.get(f"{url}/p/1")
    assert browser.current_url.endswith("/login")


def test_a_province_viewer_lands_on_its_province(browser, site):  # noqa: F811
    url, _, _ = site
    log_in(browser, url, "hanoi")
    assert browser.current_url.endswith("/p/1")
    browser.get(f"{url}/p/4")
    assert "không được xem" in browser.find_element(By.TAG_NAME, "h2").text
