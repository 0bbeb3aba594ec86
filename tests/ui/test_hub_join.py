"""Cài đặt → Kết nối joins a commune hub without a terminal: against a real hub process on
loopback with its own certificate, the page shows the fingerprint the hub printed, pins and
claims the desk only when IT staff's copy matches (or they confirm), and says plainly why not."""

from __future__ import annotations

import sqlite3
import uuid
from contextlib import closing

import pytest

from desktop.storage import Store
from desktop.sync.credentials import SERVICE, TokenStore
from desktop.sync.pinning import PinnedSession, grouped
from desktop.ui.hub_pin import MATCH_STYLE, MISMATCH_STYLE
from tests.sync.hub_helpers import Hub, free_port
from tests.ui.helpers import type_text, wait_idle

PIN = "SHA256:" + "34CC8A09B802446126D5FD8D3CC492B502AB86903A10FBA338BE1CFB577E0FB3"


@pytest.fixture(scope="module")
def hub(tmp_path_factory):
    folder = tmp_path_factory.mktemp("hub")
    hub = Hub(folder / "hub.sqlite3", tls=True)
    hub.tokens = {desk: hub.token(desk) for desk in (1, 2, 3, 4)}
    hub.start()
    yield hub
    hub.kill()


def holder(hub: Hub, desk: int) -> str | None:
    """The installation the hub gave ``desk`` of commune 70 to."""
    with closing(sqlite3.connect(hub.db)) as conn:
        row = conn.execute("SELECT installation FROM desk_claims WHERE commune_code = '70' AND "
                           "desk = ?", (desk,)).fetchone()
    return row[0] if row else None


def connection_tab(qtbot, open_app, set_up_dir, backend):
    window = open_app(set_up_dir)
    window.go("settings")
    page = window.pages["settings"]
    page.show_connection()
    tab = page.connection
    tab.tokens = lambda store: TokenStore(store.data_dir, backend=backend)
    tab.refresh()
    wait_idle(qtbot, window.tasks)
    return window, tab


def test_check_shows_the_hubs_fingerprint_and_a_matching_copy_pins_and_claims(
        qtbot, open_app, set_up_dir, hub, keyring_file, clock):
    window, tab = connection_tab(qtbot, open_app, set_up_dir, keyring_file)
    box = tab.pin_box
    assert not box.isVisible()  # nothing to pin for a province on the usual CAs
    type_text(tab.endpoint, hub.url)
    assert box.isVisible() and "Chưa đọc" in box.fingerprint.text()
    type_text(tab.token, hub.tokens[1])

    tab.check_button.click()
    qtbot.waitUntil(lambda: box.fingerprint.text() == grouped(hub.pin), timeout=20_000)
    assert not box.trusted.isVisibleTo(box)
    wait_idle(qtbot, window.tasks)
    assert "Chưa có mã truy cập cho địa chỉ này" in tab.result.text()
    assert tab.token.text() == hub.tokens[1]  # still there for the Save that follows

    box.expected.setText(grouped(hub.pin))  # pasted as the hub printed it
    assert box.verdict.isVisible() and box.verdict.text().startswith("✔ Khớp")
    assert box.verdict.styleSheet() == MATCH_STYLE
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Đã lưu" in tab.result.text() or tab.error.isVisible(),
                    timeout=30_000)
    assert not tab.error.isVisible(), tab.error.text()
    assert "Máy chủ đã xác nhận mã" in tab.result.text()
    assert "máy chủ chung của xã" in tab.result.text()
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("hub_pin") == hub.pin
        assert store.settings.get("hub") is True
        assert store.settings.get("endpoint") == hub.url
        installation = store.replica.installation()
    assert holder(hub, 1) == installation  # the hub now knows this PC as desk 01
    kept = TokenStore(set_up_dir, backend=keyring_file).load_bound()
    assert (kept.token, kept.endpoint) == (hub.tokens[1], hub.url)
    qtbot.waitUntil(lambda: grouped(hub.pin) in box.pinned.text())

    with qtbot.waitSignal(tab.saved, timeout=20_000):  # the pinned session answers the test
        tab.check_button.click()
    assert tab.result.text() == "Máy chủ trả lời: xã 70, quầy 01."

    window.go("sync")
    sync = window.pages["sync"]
    qtbot.waitUntil(lambda: grouped(hub.pin) in sync.endpoint.text())


def test_a_wrong_fingerprint_is_refused_and_nothing_is_saved_until_confirmed(
        qtbot, open_app, set_up_dir, hub, keyring_file, clock):
    window, tab = connection_tab(qtbot, open_app, set_up_dir, keyring_file)
    box = tab.pin_box
    type_text(tab.endpoint, hub.url)
    type_text(tab.token, hub.tokens[3])
    box.expected.setText("SHA256:" + "AB" * 32)
    tab.check_button.click()
    qtbot.waitUntil(lambda: box.fingerprint.text() == grouped(hub.pin), timeout=20_000)
    assert box.verdict.isVisible() and box.verdict.text().startswith("✘ KHÔNG khớp")
    assert box.verdict.styleSheet() == MISMATCH_STYLE

    wait_idle(qtbot, window.tasks)
    tab.save_button.click()
    qtbot.waitUntil(lambda: "KHÔNG khớp" in tab.error.text(), timeout=20_000)
    assert "Chưa lưu gì" in tab.error.text()
    wait_idle(qtbot, window.tasks)
    box.expected.clear()  # neither a copy from the hub nor a confirmation
    tab.save_button.click()
    qtbot.waitUntil(lambda: "chứng thư tự tạo" in tab.error.text(), timeout=20_000)
    wait_idle(qtbot, window.tasks)
    assert tab.endpoint.text() == hub.url and box.fingerprint.text() == grouped(hub.pin)
    assert keyring_file.get_password(SERVICE, f"token:{set_up_dir.resolve()}") is None
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert not store.settings.get("endpoint") and not store.settings.get("hub_pin")
    assert holder(hub, 3) is None  # the hub was not even asked

    box.confirm.setChecked(True)  # compared group by group on the hub's screen
    with qtbot.waitSignal(tab.saved, timeout=30_000):
        tab.save_button.click()
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("hub_pin") == hub.pin
        assert holder(hub, 3) == store.replica.installation()


def test_a_desk_number_another_pc_holds_is_refused_in_plain_words(
        qtbot, open_app, set_up_dir, hub, keyring_file, clock):
    other_pc = str(uuid.uuid4())
    other = PinnedSession(hub.pin).post(f"{hub.url}/v1/claim", json={"installation": other_pc},
                                        timeout=10,
                                        headers={"Authorization": f"Bearer {hub.tokens[2]}"})
    assert other.status_code == 200
    window, tab = connection_tab(qtbot, open_app, set_up_dir, keyring_file)
    type_text(tab.endpoint, hub.url)
    type_text(tab.token, hub.tokens[2])
    tab.pin_box.expected.setText(hub.pin)
    tab.save_button.click()
    qtbot.waitUntil(lambda: "đã được một máy khác" in tab.error.text(), timeout=30_000)
    assert "Quầy 02" in tab.error.text()
    wait_idle(qtbot, window.tasks)
    assert keyring_file.get_password(SERVICE, f"token:{set_up_dir.resolve()}") is None
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert not store.settings.get("endpoint") and not store.settings.get("hub_pin")
    assert holder(hub, 2) == other_pc


def test_a_desk_set_up_while_the_hub_is_off_keeps_the_typed_pin(
        qtbot, open_app, set_up_dir, keyring_file, clock):
    window, tab = connection_tab(qtbot, open_app, set_up_dir, keyring_file)
    url = f"https://127.0.0.1:{free_port()}"  # nothing listens there
    type_text(tab.endpoint, url)
    type_text(tab.token, "ma-cua-quay-01")
    tab.pin_box.expected.setText(grouped(PIN))
    tab.save_button.click()
    qtbot.waitUntil(lambda: "Đã lưu" in tab.result.text() or tab.error.isVisible(),
                    timeout=30_000)
    assert not tab.error.isVisible(), tab.error.text()
    assert "Chưa kiểm tra được" in tab.result.text()
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("hub_pin") == PIN  # it guards the first connection
        assert store.settings.get("endpoint") == url
        assert store.settings.get("hub") is None  # asked again at the first exchange


def test_joining_the_hub_by_keyboard_only(qtbot, open_app, set_up_dir, hub, keyring_file, clock):
    """IT staff at a PC whose mouse is gone: Tab, typing and Space only, from the address."""
    from desktop.ui.qt import QApplication, Qt

    window, tab = connection_tab(qtbot, open_app, set_up_dir, keyring_file)
    box = tab.pin_box

    def focused():  # noqa: ANN202
        return QApplication.focusWidget()

    def tab_to(widget) -> None:  # noqa: ANN001 - reachable by Tab within one round of the page
        for _ in range(20):
            if focused() is widget:
                return
            qtbot.keyClick(focused(), Qt.Key.Key_Tab)
        raise AssertionError(f"Tab never reached {widget.accessibleName() or widget.text()}")

    def type_here(text: str) -> None:
        for ch in text:
            qtbot.keyClick(focused(), ch)

    tab.endpoint.setFocus()  # where "Cài đặt → Kết nối" (and Đồng bộ's link) puts the cursor
    qtbot.waitUntil(lambda: focused() is tab.endpoint)
    type_here(hub.url)
    tab_to(tab.token)
    type_here(hub.tokens[4])
    tab_to(tab.check_button)
    qtbot.keyClick(tab.check_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: box.fingerprint.text() == grouped(hub.pin), timeout=20_000)
    wait_idle(qtbot, window.tasks)
    tab_to(box.expected)
    type_here(grouped(hub.pin))
    assert box.verdict.text().startswith("✔ Khớp")
    tab_to(tab.save_button)
    qtbot.keyClick(tab.save_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: "Đã lưu" in tab.result.text() or tab.error.isVisible(),
                    timeout=30_000)
    assert not tab.error.isVisible(), tab.error.text()
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("hub_pin") == hub.pin
        installation = store.replica.installation()
    assert holder(hub, 4) == installation
