"""Settings (working time, backups) and the report's "queue for sending" through the widgets."""

from __future__ import annotations

from desktop.storage import Store, outbox
from desktop.ui.qt import Qt, QTime


def test_working_time_and_backup_from_settings(qtbot, open_app, set_up_dir, clock):
    from datetime import timedelta

    window = open_app(set_up_dir)
    window.go("settings")
    page = window.pages["settings"]
    page.cutoff.setTime(QTime(16, 0))
    with qtbot.waitSignal(window.ready, timeout=10_000):
        page.save_hours_button.click()
    with Store(set_up_dir, auto_backup=False) as store:
        assert store.settings.get("working_hours")["cutoff"] == "16:00"
    assert window.current_key() == "settings"
    page = window.pages["settings"]
    assert page.cutoff.time() == QTime(16, 0)
    page.tabs.setCurrentIndex(1)
    page.period_edits[0][0].setTime(QTime(12, 0))
    page.save_hours_button.click()
    assert page.hours_error.isVisible()
    assert "Giờ làm việc" in page.hours_error.text()
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.backups.count() == 1)  # the daily one, taken at opening
    clock.now += timedelta(minutes=5)
    page.backup_button.click()
    qtbot.waitUntil(lambda: page.backup_status.text() == "Đã sao lưu xong.", timeout=10_000)
    assert page.backups.count() == 2


def test_queue_the_summary_for_sending(qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    # The window's sender queues the finished days on its own as soon as it starts (yesterday).
    qtbot.waitUntil(lambda: window.outbox_label.text().startswith("1 báo cáo chờ gửi"),
                    timeout=10_000)
    window.go("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.summary is not None)
    assert page.table.item(page.table.rowCount() - 1, 0).text() == "Tổng số"
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        page.queue_button.click()
    with Store(set_up_dir, auto_backup=False) as store:
        rows = outbox.rows(store.conn, "pending")
    assert sorted(r.entity for r in rows) == ["daily_summary:2025-11-17", "daily_summary:2025-11-18"]
    qtbot.waitUntil(lambda: window.outbox_label.text().startswith("2 báo cáo chờ gửi"))


def test_send_now_without_an_endpoint_says_what_to_do(qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    window.go("sync")
    page = window.pages["sync"]
    qtbot.waitUntil(lambda: page.last_success.text() != "")
    page.send_button.click()
    qtbot.waitUntil(lambda: "máy chủ" in page.run_result.text(), timeout=20_000)
    assert page.send_button.isEnabled()
    # The clerk is sent to the window's own settings, not told to run a command-line tool.
    assert "Cài đặt → Kết nối" in page.run_result.text()
    assert "motcua login" not in page.run_result.text()


def test_restore_a_backup_from_settings_keeps_the_current_file(qtbot, open_app, set_up_dir,
                                                               clock):
    import sqlite3

    from desktop.storage.dossiers import NewDossier
    from desktop.ui.qt import QMessageBox, QPushButton

    window = open_app(set_up_dir)
    window.go("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.backups.count() == 1)  # taken at opening, before any dossier
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        store.dossiers.add(NewDossier("khai-sinh", "Lê Thị Mỹ Hạnh"), now=clock())
    page.backups.setCurrentRow(0)
    page.restore_button.click()
    question = wait_for_question(qtbot)
    assert "nên không mất gì" in question.text()
    assert question.findChild(QPushButton, "take-connection") is None  # nothing differs
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.backup_status.text().startswith("Đã khôi phục"), timeout=15_000)
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.dossiers.count() == 0  # back to the backup's contents
    kept = list(set_up_dir.glob("motcua-truoc-khoi-phuc-*.sqlite3"))
    assert len(kept) == 1 and str(kept[0]) in page.backup_status.text()
    conn = sqlite3.connect(kept[0])
    try:  # the dossier typed after the backup is still there, in the file kept aside
        assert conn.execute("SELECT applicant FROM dossiers").fetchall() == [("Lê Thị Mỹ Hạnh",)]
    finally:
        conn.close()


def wait_for_question(qtbot):
    from desktop.ui.qt import QApplication

    def shown():
        return [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "motcua-question" and w.isVisible()]

    qtbot.waitUntil(lambda: bool(shown()))
    return shown()[0]


def test_restore_shows_a_backups_other_server_side_by_side_and_keeps_the_current_one(
        qtbot, open_app, set_up_dir, clock):
    import sqlite3

    from desktop.ui.qt import QMessageBox

    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        store.update_settings(endpoint="https://baocao.tinh.gov.vn")
        taken = store.backup()
    conn = sqlite3.connect(taken)
    conn.execute("UPDATE settings SET value = '\"https://ke-gian.example\"' WHERE key = 'endpoint'")
    conn.execute("INSERT INTO settings(key, value) VALUES ('send_personal_data', 'true')")
    conn.commit()
    conn.close()
    window = open_app(set_up_dir)
    window.go("settings")
    page = window.pages["settings"]
    page.tabs.setCurrentIndex(3)
    qtbot.waitUntil(lambda: page.backups.count() >= 1)
    rows = [page.backups.item(i).data(Qt.ItemDataRole.UserRole) for i in range(page.backups.count())]
    page.backups.setCurrentRow(rows.index(str(taken)))
    page.restore_button.click()
    question = wait_for_question(qtbot)
    assert "https://baocao.tinh.gov.vn  |  https://ke-gian.example" in question.text()
    assert "Gửi kèm thông tin cá nhân: không  |  có" in question.text()
    assert "Chọn Có để giữ thiết lập kết nối hiện tại." in question.text()
    question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: page.backup_status.text().startswith("Đã khôi phục"), timeout=15_000)
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.settings.get("endpoint") == "https://baocao.tinh.gov.vn"
        assert store.settings.get("send_personal_data") is False


def test_adding_a_colleague_keeps_the_staff_tab_in_view(qtbot, open_app, set_up_dir):
    """A new colleague rebuilds the screens (the hand-over lists need the name): the rebuilt
    Cài đặt opened on its first tab, so the clerk never saw the name added, and the next name
    was typed nowhere visible."""
    from tests.ui.helpers import type_text

    window = open_app(set_up_dir)
    window.go("settings")
    settings = window.pages["settings"]
    settings.tabs.setCurrentWidget(settings.staff)
    type_text(settings.staff.name, "Nguyễn Thị Hoa")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        settings.staff.add_button.click()
    settings = window.pages["settings"]
    assert window.current_key() == "settings"
    assert settings.tabs.currentWidget() is settings.staff and settings.staff.isVisible()
    qtbot.waitUntil(lambda: settings.staff.list.count() == 1)
    assert settings.staff.list.item(0).text().startswith("Nguyễn Thị Hoa")
