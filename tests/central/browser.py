"""Debian's chromium driven by Selenium through the system chromedriver: nothing downloaded."""

from __future__ import annotations

from selenium import webdriver
from selenium.webdriver.chrome.service import Service


def chromium(width: int = 1366, height: int = 900) -> webdriver.Chrome:
    options = webdriver.ChromeOptions()
    options.binary_location = "/usr/bin/chromium"
    for flag in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                 f"--window-size={width},{height}", "--lang=vi"):
        options.add_argument(flag)
    return webdriver.Chrome(service=Service("/usr/bin/chromedriver"), options=options)
