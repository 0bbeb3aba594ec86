"""Settings → Connection against a real reference endpoint on loopback: IT staff paste the
token, test, switch personal data, log out, without a terminal. The keyring is a real
(file-backed, test-only) keyring backend, never the desk's own."""

from __future__ import annotations

import pytest

from central.app import create_app
from central.db import CentralDB
from central.live import serve_in_thread
from desktop.storage import Store
from desktop.sync.credentials import SERVICE, TokenStore
from tests.ui.helpers import type_text, wait_idle


@pytest.fixture
def central(tmp_path):
    db = CentralDB(tmp_path / "central.sqlite3")
    live = serve_in_thread(create_app(db))
    yield db, live.url
    live.stop()
    db.close()


def open_connection(qtbot, open_app, set_up_dir, backend):
    window = open_app(set_up_dir)
    window.go("sync")
    sync = window.pages["sync"]
    qtbot.waitUntil(lambda: "Cài đặt → Kết nối" in sync.endpoint.text())
    assert "motcua login" not in sync.endpoint.text()
    sync.connection_button.click()
    page = window.pages["settings"]
    assert page.tabs.currentWidget() is page.connection
    tab = page.connection
    tab.tokens = lambda store: TokenStore(store.data_dir, backend=backend)
    tab.refresh()
    wait_idle(qtbot, window.tasks)
    return window, tab


def test_paste_token_test_connection_and_log_out(qtbot, open_app, set_up_dir, central,
                                                 keyring_file, clock):
    db, url = central
    token = db.issue_token("70", 1)
    window, tab = open_connection(qtbot, open_app, set_up_dir, keyring_file)
    assert not tab.logout_button.isEnabled()
    type_text(tab.endpoint, url)
    type_text(tab.token, token)
    assert tab.token.text() == token and token not in tab.token.displayText()
    tab.personal.setChecked(True)
    with qtbot.waitSignal(tab.saved, timeout=20_000):
        tab.save_button.click()
    assert tab.token.text() == ""  # never shown again
    assert "Máy chủ đã xác nhận mã" in tab.result.text()
    qtbot.waitUntil(lambda: tab.logout_button.isEnabled())
    kept = TokenStore(set_up_dir, backend=keyring_file).load_bound()
    assert (kept.token, kept.endpoint) == (token, url)  # bound to the endpoint it was checked on
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("endpoint") == url
        assert store.settings.get("send_personal_data") is True
        assert token not in repr(list(store.conn.execute("SELECT * FROM settings")))

    with qtbot.waitSignal(tab.saved, timeout=20_000):
        tab.check_button.click()
    assert tab.result.text() == "Máy chủ trả lời: xã 70, quầy 01."

    qtbot.waitUntil(tab.logout_button.isEnabled)
    with qtbot.waitSignal(tab.saved, timeout=10_000):
        tab.logout_button.click()
    assert keyring_file.get_password(SERVICE, f"token:{set_up_dir.resolve()}") is None
    qtbot.waitUntil(lambda: not tab.logout_button.isEnabled())


def test_refused_token_and_plain_http_elsewhere_are_explained_and_not_kept(
        qtbot, open_app, set_up_dir, central, keyring_file, clock):
    _db, url = central
    window, tab = open_connection(qtbot, open_app, set_up_dir, keyring_file)
    type_text(tab.endpoint, "http://baocao.tinh.gov.vn")
    type_text(tab.token, "abc123")
    tab.save_button.click()
    qtbot.waitUntil(lambda: tab.error.isVisible())
    assert "https://" in tab.error.text()
    tab.endpoint.clear()
    type_text(tab.endpoint, url)
    tab.save_button.click()
    qtbot.waitUntil(lambda: "từ chối" in tab.error.text())
    assert keyring_file.get_password(SERVICE, f"token:{set_up_dir.resolve()}") is None
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert not store.settings.get("endpoint")
