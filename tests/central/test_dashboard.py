"""The oversight dashboard over real HTTP: logins, scoping, CSRF-checked logout, and the
numbers on the pages against the store's own answers."""

from __future__ import annotations

import re
import subprocess
import sys
import time
from pathlib import Path

import pytest
import requests

from central.app import create_app
from central.dashboard import geo
from central.demo import seed
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore
from central.store.viewers import add_viewer

ROOT = Path(__file__).resolve().parents[2]
PASSWORD = "mat-khau-rat-dai-1"
NOW = int(time.time())


@pytest.fixture
def site(tmp_path):
    store = SQLiteStore(tmp_path / "central.sqlite3")
    hanoi = [p.code for p in geo.communes_of("1")][:6]
    seed(store, hanoi, NOW, silent=(hanoi[3],), not_green={hanoi[1]: [8]}, mismatch=(hanoi[0],))
    add_viewer(store, "quocgia", PASSWORD, None, NOW)
    add_viewer(store, "hanoi", PASSWORD, "1", NOW)
    add_viewer(store, "caobang", PASSWORD, "4", NOW)
    live = serve_in_thread(create_app(store))
    yield live.url, store, hanoi
    live.stop()
    store.close()


def login(url: str, name: str, password: str = PASSWORD) -> requests.Session:
    session = requests.Session()
    answer = session.post(f"{url}/login", data={"name": name, "password": password})
    assert answer.status_code == 200, answer.text
    return session


def cells(html: str, row_marker: str) -> dict[str, str]:
    row = re.search(rf"<tr[^>]*{re.escape(row_marker)}.*?</tr>", html, re.S).group(0)
    return dict(re.findall(r"data-k='(\w+)'>([^<]*)<", row))


def test_pages_need_a_login_and_wrong_passwords_get_nothing(site):
    url, store, _ = site
    for path in ("/", "/p/1", "/c/70", "/api/p/1"):
        answer = requests.get(url + path, allow_redirects=False)
        assert answer.status_code == 303 and answer.headers["location"] == "/login"
    wrong = requests.post(f"{url}/login", data={"name": "quocgia", "password": "nope"},
                          allow_redirects=False)
    assert wrong.status_code == 401 and "Sai tên" in wrong.text and "set-cookie" not in wrong.headers
    stored = store.rows("SELECT password_hash FROM viewers WHERE name = 'quocgia'")[0][0]
    assert stored.startswith("scrypt$") and PASSWORD not in stored


def test_session_cookie_is_http_only_and_strict(site):
    url, _, _ = site
    answer = requests.post(f"{url}/login", data={"name": "hanoi", "password": PASSWORD},
                           allow_redirects=False)
    cookie = answer.headers["set-cookie"].lower()
    assert "httponly" in cookie and "samesite=strict" in cookie and "path=/" in cookie


def test_logout_needs_the_sessions_csrf_token(site):
    url, _, _ = site
    session = login(url, "quocgia")
    forged = session.post(f"{url}/logout", data={"csrf": "guess"}, allow_redirects=False)
    assert forged.status_code == 403
    page = session.get(f"{url}/")
    assert page.status_code == 200 and "Toàn quốc" in page.text
    csrf = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    done = session.post(f"{url}/logout", data={"csrf": csrf}, allow_redirects=False)
    assert done.status_code == 303 and done.headers["location"] == "/login"
    assert session.get(f"{url}/", allow_redirects=False).status_code == 303


def test_a_province_viewer_sees_only_its_province(site):
    url, _, hanoi = site
    session = login(url, "caobang")
    assert session.get(f"{url}/", allow_redirects=False).headers["location"] == "/p/4"
    assert session.get(f"{url}/p/1").status_code == 403
    assert session.get(f"{url}/c/{hanoi[0]}").status_code == 403
    assert session.get(f"{url}/api/p/1").status_code == 403
    assert session.get(f"{url}/p/4").status_code == 200


def test_province_page_numbers_match_the_api(site):
    url, _, hanoi = site
    session = login(url, "hanoi")
    figures = session.get(f"{url}/api/p/1").json()
    assert set(figures) == set(hanoi)
    html = session.get(f"{url}/p/1").text
    for code, f in figures.items():
        shown = cells(html, f"data-commune='{code}'")
        assert shown == {"received": str(f["received_today"]), "overdue": str(f["overdue"])}
    assert "Thiếu: Chữ ký số mật" in html
    national = login(url, "quocgia").get(f"{url}/").text
    row = cells(national, 'data-province="1"')
    assert row["received"] == str(sum(f["received_today"] for f in figures.values()))
    assert row["green"].startswith(f"{sum(1 for f in figures.values() if f['green'])} (")


def test_commune_page_shows_a_mismatch_with_the_desks_summaries(site):
    url, _, hanoi = site
    session = login(url, "quocgia")
    mismatched = session.get(f"{url}/c/{hanoi[0]}").text
    assert "KHÔNG KHỚP" in mismatched and "<svg" in mismatched
    matching = session.get(f"{url}/c/{hanoi[2]}").text
    assert "KHÔNG KHỚP" not in matching and "mẫu II.06a" in matching
    # Fields and procedures by their names in the catalogue, never by their slugs.
    assert "<td class='l'>Hộ tịch</td>" in matching and "<td class='l'>ho-tich</td>" not in matching
    assert "Đăng ký khai sinh" in matching and "<td class='l'>khai-sinh</td>" not in matching


def test_viewer_add_cli(tmp_path):
    db = str(tmp_path / "c.sqlite3")

    def cli(*args, password=PASSWORD):
        return subprocess.run([sys.executable, "-m", "central", "viewer", "add", *args, "--db", db],
                              input=password + "\n", capture_output=True, text=True, cwd=ROOT,
                              timeout=60)

    assert cli("so.noivu", "--province", "1").returncode == 0
    assert cli("quocgia", "--national").returncode == 0
    again = cli("quocgia", "--national")
    assert again.returncode == 2 and "đã có" in again.stderr
    assert cli("x", "--province", "99").returncode == 2
    short = cli("ngan", "--national", password="123")
    assert short.returncode == 2 and "10 ký tự" in short.stderr
