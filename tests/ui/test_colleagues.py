"""Colleagues' dossiers in the open window: a dossier logged at desk 02 appears at desk 01
with no click, with its desk; a conflicting pair of moves shows red and under its filter."""

from __future__ import annotations

from central.app import create_app
from central.live import serve_in_thread
from central.store.sqlite import SQLiteStore
from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.sync.credentials import TokenStore
from desktop.sync.replicate import sync_with_hub
from desktop.sync.transport import HttpTransport
from desktop.ui.dossier_model import CODE_ROLE, CONFLICT_BACKGROUND
from desktop.ui.dossiers_page import CONFLICT
from desktop.ui.qt import Qt
from desktop.ui.sync_runner import SyncTiming

FAST = SyncTiming(idle_poll=0.2, probe_interval=0.2, config_poll=0.2, hub_interval=0.2)


def test_a_colleagues_dossier_appears_by_itself_and_a_conflict_shows_red(
        qtbot, tmp_path, set_up_dir, clock):
    from desktop.ui.app import open_window
    from desktop.ui.qt import QApplication

    db = SQLiteStore(tmp_path / "hub.sqlite3")
    live = serve_in_thread(create_app(db, role="commune"))
    try:
        TokenStore(set_up_dir, in_file=True).save(db.issue_token("70", 1), live.url)
        with Store(set_up_dir, clock=clock, auto_backup=False) as own:
            own.update_settings(endpoint=live.url, token_in_file=True)
        colleague = Store(tmp_path / "desk2", clock=clock, auto_backup=False)
        colleague.setup(70, "000.00.14.H56", 2, "Cán bộ quầy 2")
        transport = HttpTransport(live.url, db.issue_token("70", 2))

        window, _settings = open_window(QApplication.instance(), set_up_dir, clock, FAST)
        qtbot.addWidget(window)
        with qtbot.waitSignal(window.ready, timeout=10_000):
            window.show()
        window.go("dossiers")
        page = window.pages["dossiers"]
        model = page.model

        code = colleague.dossiers.add(NewDossier("khai-sinh", "Hoàng Văn Nam"),
                                      now=clock()).code
        assert sync_with_hub(colleague, transport, clock=clock).done
        # nothing clicked: the window's own exchange brings it and the list reads it again
        qtbot.waitUntil(lambda: model.rowCount() == 1
                        and model.data(model.index(0, 0), CODE_ROLE) == code, timeout=15_000)
        assert model.data(model.index(0, 7)) == "02"
        qtbot.waitUntil(lambda: "Quầy 02: " in window.colleagues_label.text(), timeout=10_000)

        # apart from each other, desk 01 resolves it and desk 02 records a withdrawal
        with Store(set_up_dir, clock=clock, auto_backup=False) as own:
            own.dossiers.set_status(code, State.RESOLVED, now=clock())
        colleague.dossiers.set_status(code, State.WITHDRAWN, now=clock(), note="Công dân rút")
        assert sync_with_hub(colleague, transport, clock=clock).done
        qtbot.waitUntil(lambda: model.data(model.index(0, 0), Qt.ItemDataRole.BackgroundRole)
                        is not None and model.data(model.index(0, 0),
                                                   Qt.ItemDataRole.BackgroundRole).color()
                        == CONFLICT_BACKGROUND, timeout=15_000)
        page.state.setCurrentIndex(page.state.findData(CONFLICT))
        qtbot.waitUntil(lambda: model.rowCount() == 1, timeout=5_000)
        page.state.setCurrentIndex(page.state.findData(int(State.RECEIVED)))
        qtbot.waitUntil(lambda: model.rowCount() == 0, timeout=5_000)
        dialog = window.open_dossier(code)
        qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 3, timeout=5_000)
        moves = [(dialog.timeline.item(r, 1).text(), dialog.timeline.item(r, 2).text())
                 for r in range(3)]
        assert moves[1][0].endswith("(quầy 01)") and "XUNG ĐỘT" not in moves[1][1]
        assert moves[2][0].endswith("(quầy 02)") and moves[2][1].endswith("XUNG ĐỘT: không áp dụng")
        dialog.close()

        # Reports: the commune's II.06a, with the line "theo quầy" and one desk at a time
        window.go("reports")
        reports = window.pages["reports"]
        qtbot.waitUntil(lambda: "quầy 02: nhận 1" in reports.by_desk.text(), timeout=10_000)
        assert reports.summary.total.received_total == 1
        reports.desk.setCurrentIndex(reports.desk.findData(1))
        qtbot.waitUntil(lambda: reports.summary.total.received_total == 0, timeout=10_000)
        window.go("sync")
        sync = window.pages["sync"]
        qtbot.waitUntil(lambda: "máy chủ chung của xã" in sync.endpoint.text(), timeout=10_000)
        window.close()
        colleague.close()
    finally:
        live.stop()
        db.close()
