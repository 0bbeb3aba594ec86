"""The window sends on its own: endpoint down for a while, then up — everything arrives once.

A real reference endpoint (central/) on a loopback port, started only after the window has
tried and failed; nothing is clicked. The token is kept in the file IT staff may choose
(``token_in_file``), which the sender reads exactly as it would the keyring.
"""

from __future__ import annotations

import socket

import pytest

from central.app import create_app
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore
from desktop.storage import Store, outbox
from desktop.storage.dossiers import NewDossier
from desktop.sync.credentials import TokenStore
from desktop.ui.sync_runner import SyncTiming

FAST = SyncTiming(idle_poll=0.2, probe_interval=0.2, config_poll=0.2)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def central_db(tmp_path):
    db = SQLiteStore(tmp_path / "central.sqlite3")
    yield db
    db.close()


@pytest.fixture
def open_fast(qtbot, clock):
    from desktop.ui.app import open_window
    from desktop.ui.qt import QApplication

    windows = []

    def opener(data_dir):
        window, _settings = open_window(QApplication.instance(), data_dir, clock, FAST)
        qtbot.addWidget(window)
        windows.append(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        return window

    yield opener
    for window in windows:
        window.close()


def add_dossier(store: Store, name: str, now) -> str:  # noqa: ANN001
    slug = next(iter(store.dossiers.procedures()))
    return store.dossiers.add(NewDossier(slug, name, phone="0912345678"), now=now).code


def test_reports_wait_while_the_endpoint_is_down_and_arrive_once_when_it_is_back(
        qtbot, open_fast, set_up_dir, clock, central_db):
    port = free_port()
    url = f"http://127.0.0.1:{port}"
    token = central_db.issue_token("70", 1)
    TokenStore(set_up_dir, in_file=True).save(token)
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        store.update_settings(endpoint=url, token_in_file=True)
        for name in ("Nguyễn Văn An", "Trần Thị Bình", "Lê Văn Chi"):
            add_dossier(store, name, clock())

    window = open_fast(set_up_dir)
    window.go("sync")
    page = window.pages["sync"]
    # The try at start fails: the rows wait, and the page says why in words.
    qtbot.waitUntil(lambda: "từ chối kết nối" in page.last_error.text(), timeout=20_000)
    assert "tự gửi lại" in page.last_error.text()
    assert "Chờ gửi: <b>" in page.count_labels["pending"].text()
    assert page.count_labels["pending"].text() != "Chờ gửi: <b>0</b>"
    assert "chờ gửi" in window.outbox_label.text()
    # A dossier received while the endpoint is still down joins the queue.
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        window.tasks.db(lambda store: add_dossier(store, "Phạm Thị Dung", clock()),
                        lambda _code: window.tasks.changed.emit(), label="test.add")
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        queued = {row.id for row in outbox.rows(store.conn, None, 1000)}
    assert len(queued) >= 4

    progress: list[tuple[int, int]] = []
    window.sync.progress.connect(lambda done, total: progress.append((done, total)))
    live = serve_in_thread(create_app(central_db), port=port)
    try:
        qtbot.waitUntil(lambda: window.outbox_label.text().startswith("0 báo cáo chờ gửi")
                        and page.count_labels["pending"].text() == "Chờ gửi: <b>0</b>",
                        timeout=30_000)
    finally:
        live.stop()

    assert sorted(central_db.item_ids()) == sorted(queued)
    stats = central_db.stats()["70"]
    assert stats["dossier"]["items"] == 4 and stats["dossier"]["entities"] == 4
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert outbox.counts(store.conn)["sent"] == len(queued)
    assert progress and progress[-1][0] == progress[-1][1] == len(queued)
    qtbot.waitUntil(lambda: "từ chối kết nối" not in page.last_error.text())
    assert "chưa" not in page.last_success.text()
