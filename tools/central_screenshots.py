"""Screenshots of the oversight dashboard with demo data -> docs/screenshots/central-*.png.

Runs the endpoint on loopback with a throw-away SQLite file, a dozen Hà Nội communes sending
demo reports (one silent, two not GREEN, one whose daily summary disagrees), and Debian's
chromium through Selenium. Usage: .venv/bin/python tools/central_screenshots.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "tests" / "central")]

from browser import chromium  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402

from central.app import create_app  # noqa: E402
from central.dashboard import geo  # noqa: E402
from central.demo import seed  # noqa: E402
from central.live import serve_in_thread  # noqa: E402
from central.store.sqlite import SQLiteStore  # noqa: E402
from central.store.viewers import add_viewer  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def main() -> int:
    now = int(time.time())
    store = SQLiteStore(Path(tempfile.mkdtemp(prefix="motcua-central-shots-")) / "c.sqlite3")
    hanoi = [p.code for p in geo.communes_of("1")][:12]
    seed(store, hanoi, now, silent=(hanoi[3],), not_green={hanoi[1]: [8, 9], hanoi[5]: [4]},
         mismatch=(hanoi[0],))
    add_viewer(store, "so.noivu.hanoi", "demo-password-1", None, now)
    live = serve_in_thread(create_app(store))
    browser = chromium(1366, 900)
    try:
        browser.get(f"{live.url}/login")
        browser.save_screenshot(str(OUT / "central-login.png"))
        browser.find_element(By.NAME, "name").send_keys("so.noivu.hanoi")
        browser.find_element(By.NAME, "password").send_keys("demo-password-1")
        browser.find_element(By.CSS_SELECTOR, "form.login button").click()
        browser.save_screenshot(str(OUT / "central-national.png"))
        browser.get(f"{live.url}/p/1?sort=green&desc=1")
        browser.save_screenshot(str(OUT / "central-province.png"))
        browser.set_window_size(1366, 1700)
        browser.get(f"{live.url}/c/{hanoi[0]}")
        browser.save_screenshot(str(OUT / "central-commune.png"))
    finally:
        browser.quit()
        live.stop()
        store.close()
    print("\n".join(str(p) for p in sorted(OUT.glob("central-*.png"))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
