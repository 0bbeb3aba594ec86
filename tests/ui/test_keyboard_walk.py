"""A clerk's day without the mouse: first run to a returned dossier with typing, Tab/Shift+Tab,
Enter, Space, Esc and the window's shortcuts only. No click, no setFocus by the test."""

from __future__ import annotations

from desktop.core.states import State
from desktop.storage import Store
from desktop.ui.qt import QApplication, QEvent, QKeyEvent, QMessageBox, Qt
from tests.ui.helpers import wait_idle


def focused():
    return QApplication.focusWidget()


def key(qtbot, k, modifiers=Qt.KeyboardModifier.NoModifier):
    qtbot.keyClick(focused(), k, modifiers)


def type_here(text):
    """Type into whatever has focus, one key event per character (Vietnamese included)."""
    for ch in text:
        QApplication.sendEvent(focused(), QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown,
                                                    Qt.KeyboardModifier.NoModifier, ch))


def tab_to(qtbot, widget, limit=20):
    for _ in range(limit):
        if focused() is widget:
            return
        key(qtbot, Qt.Key.Key_Tab)
    assert focused() is widget, f"Tab never reached {widget!r}"


def test_keyboard_only_from_first_run_to_a_returned_dossier(qtbot, open_app, data_dir, clock):
    window = open_app(data_dir, wait_ready=False)
    window.activateWindow()
    qtbot.waitUntil(lambda: "first_run" in window.pages and window.isActiveWindow())
    form = window.pages["first_run"]
    qtbot.waitUntil(lambda: focused() is form.province.search)
    type_here("ha noi")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is form.commune.search
    type_here("hoan kiem")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is form.agency
    # Tab from a search box goes to the next field, never into its result list.
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.commune.search
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.province.search
    key(qtbot, Qt.Key.Key_Tab)
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.agency
    type_here("000.00.14.H56")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.desk
    key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_here("3")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is form.officer
    key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused() is form.desk
    key(qtbot, Qt.Key.Key_Tab)
    type_here("Lê Thị Lan")
    with qtbot.waitSignal(window.ready, timeout=10_000):
        key(qtbot, Qt.Key.Key_Return)

    key(qtbot, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["new"]
    assert focused() is page.procedure.search
    type_here("dang ky khai sinh")
    key(qtbot, Qt.Key.Key_Return)
    assert focused() is page.applicant
    type_here("Đặng Thị Ước")
    key(qtbot, Qt.Key.Key_Tab)
    assert focused() is page.id_number
    type_here("001190012345")
    with qtbot.waitSignal(page.saved, timeout=10_000) as saved:
        key(qtbot, Qt.Key.Key_Return)
    code = saved.args[0].code

    key(qtbot, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    dossiers = window.pages["dossiers"]
    assert focused() is dossiers.search
    type_here(code.rsplit("-", 1)[-1])
    qtbot.waitUntil(lambda: dossiers.model.rowCount() == 1
                    and dossiers.model.data(dossiers.model.index(0, 0)) == code)
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: focused() is not None
                    and getattr(focused().window(), "code", None) == code)
    dialog = focused().window()
    qtbot.waitUntil(lambda: focused() is dialog.action_buttons.get(State.PROCESSING))

    for target in (State.PROCESSING, State.RESOLVED, State.RETURNED):
        clock.now = clock.now.replace(minute=clock.now.minute + 10)
        qtbot.waitUntil(lambda t=target: t in dialog.action_buttons)
        tab_to(qtbot, dialog.action_buttons[target])
        if target is State.RESOLVED:  # the note comes right after the moves
            tab_to(qtbot, dialog.note)
            type_here("Đã ký")
            key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
            while focused() is not dialog.action_buttons[target]:
                key(qtbot, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        with qtbot.waitSignal(window.tasks.changed, timeout=10_000):
            key(qtbot, Qt.Key.Key_Space)
            if target is State.RETURNED:  # not undoable: a question, "No" focused
                box = dialog.move_dialog
                qtbot.waitUntil(lambda b=box: b.isVisible() and focused() is not None
                                and focused().window() is b)
                assert focused() is box.button(QMessageBox.StandardButton.No)
                assert code in box.text()
                yes = box.button(QMessageBox.StandardButton.Yes)
                for _ in range(4):
                    if focused() is yes:
                        break
                    key(qtbot, Qt.Key.Key_Tab)
                key(qtbot, Qt.Key.Key_Space)
        wait_idle(qtbot, window.tasks)
    qtbot.waitUntil(lambda: dialog.timeline.rowCount() == 4)
    # Final: no move left, the note off, focus on printing once the question has gone (the
    # window manager gives the dossier window back its activation).
    assert dialog.note.isEnabled() is False
    qtbot.waitUntil(lambda: dialog.focusWidget() is dialog.print_button)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: focused() is dialog.print_button)
    key(qtbot, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    with Store(data_dir, clock=clock, auto_backup=False) as store:
        shown = store.dossiers.get(code)
        notes = [e.note for e in store.dossiers.events(code)]
    assert shown.state is State.RETURNED and shown.applicant == "Đặng Thị Ước"
    assert notes == [None, None, "Đã ký", None]
