"""Cài đặt → Kết nối → "Tìm trong mạng LAN…": the dialog lists the commune hub announcing
itself (real zeroconf, real multicast, in a network namespace of the test's own), and choosing
it fills the server address."""

from __future__ import annotations

from central.announce import Announcer
from desktop.sync.discovery import txt_record
from desktop.ui.hub_finder import HubFinder
from tests.netns import in_network_namespace
from tests.ui.helpers import wait_idle

PIN = "SHA256:" + "3F" * 32


def open_finder(qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    window.show_connection()
    tab = window.pages["settings"].connection
    wait_idle(qtbot, window.tasks)
    assert tab.find_hub.text() == "Tìm trong mạng LAN…"
    tab.find_hub.click()
    finder = tab.hub_finder
    assert isinstance(finder, HubFinder) and finder.isVisible()
    assert finder.windowTitle() == "Tìm máy chủ xã trong mạng LAN"
    return window, tab, finder


@in_network_namespace(multicast=True)
def test_the_hub_announced_on_the_lan_is_listed_and_fills_the_address(qtbot, open_app,
                                                                      set_up_dir):
    announcer = Announcer("127.0.0.1", 8750, txt_record(commune="70", role="commune",
                                                        scheme="https", fingerprint=PIN))
    announcer.start()
    try:
        qtbot.waitUntil(lambda: announcer.name != "", timeout=20_000)
        window, tab, finder = open_finder(qtbot, open_app, set_up_dir)
        assert "Đang tìm trong mạng LAN" in finder.status.text()
        qtbot.waitUntil(lambda: finder.status.text().startswith("Tìm thấy"), timeout=20_000)
        assert finder.status.text() == "Tìm thấy 1 máy chủ xã."
        row = finder.table.topLevelItem(0)
        assert [row.text(c) for c in range(4)] == [announcer.name, "https://127.0.0.1:8750",
                                                   "70", "SHA256:" + " ".join(["3F3F"] * 16)]
        assert finder.table.headerItem().text(3) == "Dấu vân tay chứng thư"
        # the table elides the fingerprint; the one to compare is shown whole below it
        assert finder.detail.text() == "Dấu vân tay: SHA256:" + " ".join(["3F3F"] * 16)
        finder.use.click()
        assert not finder.isVisible()
        assert tab.endpoint.text() == "https://127.0.0.1:8750"
    finally:
        announcer.stop()


@in_network_namespace(multicast=True)
def test_no_hub_on_the_lan_says_what_to_do(qtbot, open_app, set_up_dir):
    window, tab, finder = open_finder(qtbot, open_app, set_up_dir)
    qtbot.waitUntil(lambda: finder.again.isEnabled(), timeout=20_000)
    assert finder.table.topLevelItemCount() == 0
    # the empty list's headers are not squeezed to their text (the address column took 60 px)
    assert finder.table.columnWidth(1) >= 150
    assert finder.status.text().startswith("Không máy chủ xã nào trả lời")
    assert not finder.use.isEnabled()
    finder.close_button.click()
    assert tab.endpoint.text() == ""
