"""The paper set through the widgets: a supplement request with its picked papers and the paper
offered at once, confirmations before final moves, a new appointment, a hand-over chain."""

from __future__ import annotations

import subprocess
from datetime import datetime

import pytest

from desktop.core.clock import VN_TZ
from desktop.core.states import State
from desktop.core.timing import Timing
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.move_dialogs import HandoverDialog, ReasonDialog, RescheduleDialog
from desktop.ui.qt import QApplication, QMessageBox, Qt
from tests.cli.test_commands import fingerprint
from tests.ui.helpers import press_enter, type_text, wait_idle


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def receive(data_dir, clock, procedure: str, received: datetime, applicant: str = "Đặng Thị Ước",
            staff: bool = False) -> str:
    with Store(data_dir, clock=clock, auto_backup=False) as store:
        if staff:
            store.staff.add("Cán bộ thử", "desk", now=clock.now)
            store.staff.add("Nguyễn Văn Chuyên", "specialist", now=clock.now)
            store.staff.add("Trần Thị Lãnh", "leader", now=clock.now)
        return store.dossiers.add(NewDossier(procedure, applicant, received_at=received),
                                  now=clock.now).code


def pdftext(path) -> str:
    return " ".join(subprocess.run(["pdftotext", "-enc", "UTF-8", str(path), "-"], check=True,
                                   capture_output=True, text=True).stdout.split())


@pytest.fixture
def opened(qtbot, open_app):
    def run(data_dir, code):
        window = open_app(data_dir)
        dialog = window.open_dossier(code)
        qtbot.waitUntil(lambda: dialog.view is not None)
        dialog.activateWindow()
        return window, dialog

    return run


def test_supplement_request_with_picked_papers_then_one_key_prints_form_02(
        qtbot, opened, set_up_dir, clock):
    code = receive(set_up_dir, clock, "thuong-tru", vn(2025, 11, 18, 8))
    window, dialog = opened(set_up_dir, code)
    dialog.action_buttons[State.SUPPLEMENT_REQUESTED].click()
    ask = dialog.move_dialog
    assert isinstance(ask, ReasonDialog) and ask.isVisible()
    assert code in ask.intro.text() and "một lần" in ask.intro.text()  # the consequence
    assert ask.papers.rowCount() == 2  # the procedure's document list, to pick from
    ask.papers.item(1, 0).setCheckState(Qt.CheckState.Checked)
    ask.papers.item(1, 1).setText("Bản sao không có chứng thực")
    type_text(ask.other, "Sổ hộ khẩu cũ")
    press_enter(ask.other)
    assert ask.papers.rowCount() == 3
    type_text(ask.basis, "Điều 22 Luật Cư trú 2020")
    before = fingerprint(set_up_dir)
    ask.confirm.click()  # no reason yet: explained, nothing written
    assert ask.isVisible() and ask.error.isVisible() and fingerprint(set_up_dir) == before
    type_text(ask.reason, "Hồ sơ chưa đủ thành phần")
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        ask.confirm.click()
    wait_idle(qtbot, window.tasks)
    assert dialog.paper_button.isVisible() and "02" in dialog.paper_button.text()
    focused = QApplication.focusWidget()  # the keyboard is back in the dossier window
    assert focused is dialog.paper_button
    qtbot.keyClick(focused, Qt.Key.Key_Space)  # one keystroke
    qtbot.waitUntil(lambda: len(window.printer.opened) == 1, timeout=10_000)
    text = pdftext(window.printer.opened[0])
    for expected in ("PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", code, "Đặng Thị Ước",
                     "Giấy tờ chứng minh chỗ ở hợp pháp", "Bản sao không có chứng thực",
                     "Sổ hộ khẩu cũ", "Hồ sơ chưa đủ thành phần", "Điều 22 Luật Cư trú 2020"):
        assert expected in text, expected
    row = dialog.timeline.rowCount() - 1
    assert "Sổ hộ khẩu cũ" in dialog.timeline.item(row, 2).text()
    assert dialog.timeline.item(row, 3).text() == "Hồ sơ chưa đủ thành phần"


def test_final_moves_need_a_reason_and_returning_asks_first(qtbot, opened, set_up_dir, clock):
    code = receive(set_up_dir, clock, "thuong-tru", vn(2025, 11, 18, 8))
    window, dialog = opened(set_up_dir, code)
    before = fingerprint(set_up_dir)
    dialog.action_buttons[State.WITHDRAWN].click()
    ask = dialog.move_dialog
    assert code in ask.intro.text() and "Đặng Thị Ước" in ask.intro.text()
    assert not ask.confirm.isDefault() and not ask.confirm.autoDefault()
    press_enter(ask.reason)  # an Enter out of habit confirms nothing
    ask.confirm.click()
    assert ask.error.isVisible() and fingerprint(set_up_dir) == before
    ask.cancel.click()
    assert fingerprint(set_up_dir) == before and State.WITHDRAWN in dialog.action_buttons
    # Resolve, then return: a yes/no question naming the dossier, "No" by default.
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        dialog.action_buttons[State.RESOLVED].click()
    wait_idle(qtbot, window.tasks)
    dialog.action_buttons[State.RETURNED].click()
    box = dialog.move_dialog
    assert isinstance(box, QMessageBox) and code in box.text()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.No)
    resolved = fingerprint(set_up_dir)
    box.button(QMessageBox.StandardButton.No).click()
    wait_idle(qtbot, window.tasks)
    assert fingerprint(set_up_dir) == resolved
    dialog.action_buttons[State.RETURNED].click()
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        dialog.move_dialog.button(QMessageBox.StandardButton.Yes).click()
    wait_idle(qtbot, window.tasks)
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.dossiers.get(code).state is State.RETURNED


def test_reschedule_keeps_the_slip_and_offers_the_apology(qtbot, opened, set_up_dir, clock):
    # tạm trú received Fri 14/11/2025 09:00: due Wed 19/11 09:00, within one working day of now.
    code = receive(set_up_dir, clock, "tam-tru", vn(2025, 11, 14, 9))
    window, dialog = opened(set_up_dir, code)
    dialog.extra_buttons["reschedule"].click()
    ask = dialog.move_dialog
    assert isinstance(ask, RescheduleDialog) and "09:00 19/11/2025" in ask.intro.text()
    ask.set_when(vn(2025, 11, 21, 15, 0))
    type_text(ask.reason, "Chờ kết quả xác minh")
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        ask.confirm.click()
    wait_idle(qtbot, window.tasks)
    assert QApplication.focusWidget() is dialog.paper_button and "04" in dialog.paper_button.text()
    qtbot.keyClick(dialog.paper_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(window.printer.opened) == 1, timeout=10_000)
    text = pdftext(window.printer.opened[0])
    assert "09:00 19/11/2025" in text and "15:00 21/11/2025" in text and "xin lỗi" in text
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        d = store.dossiers.get(code)
    assert d.appointment_at == vn(2025, 11, 19, 9) and d.rescheduled_to == vn(2025, 11, 21, 15)
    dialog.close()
    window.go("dossiers")
    page = window.pages["dossiers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.data(page.model.index(0, 6)) == "09:00 19/11/2025 (hẹn lại: 15:00 21/11/2025)"


def test_handover_chain_with_one_late_step_and_the_held_by_filter(qtbot, opened, set_up_dir, clock):
    # tạm trú, 3 working days from Mon 10/11/2025 08:00: desk ½ day, specialist 2, leader ½.
    code = receive(set_up_dir, clock, "tam-tru", vn(2025, 11, 10, 8), staff=True)
    receive(set_up_dir, clock, "tam-tru", vn(2025, 11, 10, 8, 30), applicant="Lê Văn Khác")
    window, dialog = opened(set_up_dir, code)
    for moment, receiver, resolved in ((vn(2025, 11, 10, 9), "Nguyễn Văn Chuyên", False),
                                       (vn(2025, 11, 12, 9), "Trần Thị Lãnh", False),
                                       (vn(2025, 11, 13, 10), "Cán bộ thử", True)):
        clock.now = moment
        dialog.extra_buttons["handover"].click()
        ask = dialog.move_dialog
        assert isinstance(ask, HandoverDialog)
        ask.receiver.setCurrentIndex(next(i for i in range(ask.receiver.count())
                                          if ask.receiver.itemData(i)[0] == receiver))
        assert ask.resolved.isEnabled() is resolved
        ask.resolved.setChecked(resolved)
        with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
            ask.confirm.click()
        wait_idle(qtbot, window.tasks)
        if receiver == "Nguyễn Văn Chuyên":
            assert dialog.view.dossier.state is State.PROCESSING
            window.go("dossiers")
            page = window.pages["dossiers"]
            qtbot.waitUntil(lambda p=page: p.model.rowCount() == 2)
            page.holder.setCurrentIndex(page.holder.findData("Nguyễn Văn Chuyên"))
            qtbot.waitUntil(lambda p=page: p.model.rowCount() == 1)
            assert page.model.data(page.model.index(0, 0)) == code
            page.holder.setCurrentIndex(0)
    assert dialog.view.dossier.state is State.RESOLVED and dialog.view.holder == "Cán bộ thử"
    texts = [dialog.timeline.item(r, 2).text() for r in range(dialog.timeline.rowCount())]
    assert "Chuyển giao: Nguyễn Văn Chuyên → Trần Thị Lãnh" in texts
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        d = store.dossiers.get(code)
        steps = store.handling.steps(d, store.dossiers.events(code))
    # Desk due 13:45 10/11; specialist due 09:00 12/11 (handed at 09:00: on time);
    # leader due 14:45 12/11 (09:00 + 2 h 30 min + 1 h 15 min), handed back 13/11: late.
    assert [(s.due_at, s.timing) for s in steps] == [
        (vn(2025, 11, 10, 13, 45), Timing.ON_TIME), (vn(2025, 11, 12, 9), Timing.ON_TIME),
        (vn(2025, 11, 12, 14, 45), Timing.LATE)]
    dialog.control_button.click()
    qtbot.waitUntil(lambda: len(window.printer.opened) == 1, timeout=10_000)
    assert "Quá hạn" in pdftext(window.printer.opened[0])


def test_staff_list_is_kept_in_settings(qtbot, open_app, set_up_dir, clock):
    window = open_app(set_up_dir)
    window.go("settings")
    tab = window.pages["settings"].staff
    wait_idle(qtbot, window.tasks)
    type_text(tab.name, "Nguyễn Văn Chuyên")
    tab.role.setCurrentIndex(tab.role.findData("specialist"))
    with qtbot.waitSignal(window.ready, timeout=10_000):  # screens rebuilt with the new list
        tab.add_button.click()
    wait_idle(qtbot, window.tasks)
    tab = window.pages["settings"].staff
    qtbot.waitUntil(lambda: tab.list.count() == 1)
    assert "Nguyễn Văn Chuyên" in tab.list.item(0).text()
    tab.add_button.click()  # an empty name: explained, nothing added
    qtbot.waitUntil(lambda: not tab.error.isHidden())
    assert "Họ tên" in tab.error.text()
    window.go("dossiers")
    assert window.pages["dossiers"].holder.findData("Nguyễn Văn Chuyên") >= 0
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert [(m.name, m.role.value) for m in store.staff.list()] == [
            ("Nguyễn Văn Chuyên", "specialist")]
