"""The dossier window through its widgets: keyboard order and focus, and correcting details."""

from __future__ import annotations

import pytest

from desktop.core.clock import format_slip_time
from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.qt import QApplication, Qt
from desktop.ui.widgets import layout_widgets
from tests.ui.conftest import NOW
from tests.ui.helpers import press_enter, type_text, wait_idle


@pytest.fixture
def one_dossier(set_up_dir, clock):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        dossier = store.dossiers.add(NewDossier("tam-tru", "Nguyễn Văn Am", phone="0912345678"),
                                     now=NOW)
    return dossier


def open_dialog(qtbot, window, code):
    dialog = window.open_dossier(code)
    qtbot.waitUntil(lambda: bool(dialog.action_buttons) and dialog.timeline.rowCount() > 0)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def tab(qtbot, backwards=False, ctrl=False):
    key = Qt.Key.Key_Backtab if backwards else Qt.Key.Key_Tab
    modifiers = Qt.KeyboardModifier.ControlModifier if ctrl else Qt.KeyboardModifier.NoModifier
    if backwards:
        modifiers |= Qt.KeyboardModifier.ShiftModifier
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)
    return QApplication.focusWidget()


def test_focus_opens_on_the_first_move_and_tab_goes_moves_note_print_close(
        qtbot, open_app, set_up_dir, one_dossier):
    window = open_app(set_up_dir)
    dialog = open_dialog(qtbot, window, one_dossier.code)
    # Every button of the actions row, moves and the other actions alike, in the order shown;
    # then the note, then every button of the bottom row (print … correct … close).
    moves = layout_widgets(dialog.actions_row)
    assert set(dialog.action_buttons.values()) <= set(moves)
    assert QApplication.focusWidget() is moves[0] is dialog.action_buttons[State.PROCESSING]
    bottom = [b for b in layout_widgets(dialog.bottom_row) if b.isVisible()]
    assert bottom[0] is dialog.print_button and bottom[-1] is dialog.close_button
    assert dialog.correct_button in bottom
    expected = [*moves[1:], dialog.note, *bottom, dialog.timeline, moves[0]]
    seen = [tab(qtbot) for _ in expected]
    assert seen == expected
    # The history is one stop: Tab leaves it at once, and so does Ctrl+Tab from inside it.
    dialog.timeline.setFocus()
    qtbot.keyClick(dialog.timeline, Qt.Key.Key_Down)
    assert QApplication.focusWidget() is dialog.timeline
    assert tab(qtbot, ctrl=True) is moves[0]
    dialog.timeline.setFocus()
    assert tab(qtbot, backwards=True, ctrl=True) is dialog.close_button
    # Shift+Tab walks back the same way.
    moves[0].setFocus()
    assert [tab(qtbot, backwards=True) for _ in range(3)] == [
        dialog.timeline, dialog.close_button, bottom[-2]]


def test_after_a_move_focus_is_on_the_new_first_move_and_the_order_holds(
        qtbot, open_app, set_up_dir, one_dossier, clock):
    window = open_app(set_up_dir)
    dialog = open_dialog(qtbot, window, one_dossier.code)
    clock.now = NOW.replace(minute=20)
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Space)  # "Transfer to processing"
    wait_idle(qtbot, window.tasks)
    qtbot.waitUntil(lambda: State.RESOLVED in dialog.action_buttons)
    moves = layout_widgets(dialog.actions_row)
    assert QApplication.focusWidget() is moves[0] is dialog.action_buttons[State.SUPPLEMENT_REQUESTED]
    assert [tab(qtbot) for _ in range(len(moves))][-1] is dialog.note


def test_correct_details_from_the_window_changes_the_appointment_and_the_history(
        qtbot, open_app, set_up_dir, one_dossier):
    window = open_app(set_up_dir)
    dialog = open_dialog(qtbot, window, one_dossier.code)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: dialog.correction_dialog is not None
                    and dialog.correction_dialog.isVisible())
    form = dialog.correction_dialog
    assert form.lines["applicant"].text() == "Nguyễn Văn Am"
    form.lines["applicant"].clear()
    type_text(form.lines["applicant"], "Nguyễn Văn Ân")
    form.procedure.setCurrentIndex(form.procedure.findData("thuong-tru"))
    # No reason: refused inline, focus on the reason, nothing saved.
    press_enter(form.lines["applicant"])
    qtbot.waitUntil(lambda: form.errors["reason"].isVisible())
    assert "lý do" in form.errors["reason"].text()
    assert form.reason.hasFocus() or QApplication.focusWidget() is form.reason
    type_text(form.reason, "Công dân báo sai tên")
    with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
        press_enter(form.reason)
    wait_idle(qtbot, window.tasks)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 2)
    with Store(set_up_dir, auto_backup=False) as store:
        fixed = store.dossiers.get(one_dossier.code)
        expected = store.calendar.appointment(one_dossier.received_at, 7, cutoff_applies=False)
    assert (fixed.applicant, fixed.procedure, fixed.code) == ("Nguyễn Văn Ân", "thuong-tru",
                                                              one_dossier.code)
    assert fixed.appointment_at == expected != one_dossier.appointment_at
    note = dialog.timeline.item(1, 3).text()
    assert "Nguyễn Văn Am → Nguyễn Văn Ân" in note and "Đăng ký thường trú" in note
    assert format_slip_time(expected) in note and "Công dân báo sai tên" in note
    assert dialog.timeline.item(1, 2).text() == "Sửa thông tin"
    assert "Người nộp: Nguyễn Văn Am → Nguyễn Văn Ân" in note and "lý do: Công dân" in note
    assert format_slip_time(expected) in dialog.status.text()


def test_a_returned_dossier_can_still_be_corrected(qtbot, open_app, set_up_dir, one_dossier, clock):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for state in ("processing", "resolved", "returned"):
            store.dossiers.set_status(one_dossier.code, state, now=NOW)
    window = open_app(set_up_dir)
    dialog = window.open_dossier(one_dossier.code)
    qtbot.waitUntil(lambda: dialog.correct_button.isEnabled())
    assert dialog.focusWidget() is dialog.print_button  # no move allowed: focus on printing
    dialog.correct_button.click()
    form = dialog.correction_dialog
    form.sets.setValue(2)
    type_text(form.reason, "Nhận 2 bộ")
    with qtbot.waitSignal(form.corrected, timeout=10_000) as done:
        form.save_button.click()
    assert done.args[0].sets == 2 and done.args[0].state is State.RETURNED


def test_long_history_notes_show_whole_once_the_scroll_bar_appears(qtbot, open_app, set_up_dir,
                                                                  one_dossier):
    """Rows were sized before the history's scroll bar appeared; the bar narrowed the note
    column, and the last line of each long note (a correction's before → after) was cut off."""
    note = ("Thủ tục: Đăng ký tạm trú → Đăng ký thường trú; hẹn trả: 17:00 25/11/2025 → "
            "17:00 27/11/2025; người nộp: Nguyễn Văn Am → Nguyễn Văn Ân; lý do: công dân báo "
            "sai tên và chọn nhầm thủ tục khi nộp trực tuyến, đã đối chiếu căn cước")
    with Store(set_up_dir, auto_backup=False) as store:
        for state in ("processing", "resolved", "returned"):
            store.dossiers.set_status(one_dossier.code, state, now=NOW, note=note)
    window = open_app(set_up_dir)
    dialog = open_dialog(qtbot, window, one_dossier.code)
    timeline = dialog.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() == 4 and timeline.isVisible())
    qtbot.waitUntil(timeline.verticalScrollBar().isVisible)
    wait_idle(qtbot, window.tasks)
    for row in range(timeline.rowCount()):
        assert timeline.rowHeight(row) >= timeline.sizeHintForRow(row), row



def test_who_made_each_move_fits_on_one_line(qtbot, open_app, set_up_dir, one_dossier):
    """"Cán bộ mẫu (quầy 01)" wrapped in its 140-pixel column and the second line was cut;
    a longer name must widen the column, not wrap."""
    window = open_app(set_up_dir)
    dialog = open_dialog(qtbot, window, one_dossier.code)
    timeline = dialog.timeline
    qtbot.waitUntil(lambda: timeline.rowCount() >= 1 and timeline.isVisible())
    who = "Nguyễn Thị Phương Thảo Ngọc (quầy 01)"
    timeline.show_rows([("08:00 15/09/2025", who, "Đang xử lý", "")])
    assert timeline.fontMetrics().horizontalAdvance(who) < timeline.columnWidth(1)
    assert timeline.rowHeight(0) < 2 * timeline.fontMetrics().lineSpacing() + 8  # one line
