"""Typing and waiting like a person, without qtbot.keyClicks (it aborts on non-ASCII)."""

from __future__ import annotations

from desktop.ui.qt import QApplication, QEvent, QKeyEvent, Qt, QWidget


def type_text(widget: QWidget, text: str) -> None:
    """One key press per character, Vietnamese included."""
    widget.setFocus()
    for ch in text:
        event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier,
                          ch)
        QApplication.sendEvent(widget, event)


def press_enter(widget: QWidget) -> None:
    event = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, event)


def wait_idle(qtbot, tasks, timeout: int = 10_000) -> None:
    qtbot.waitUntil(lambda: not tasks.busy, timeout=timeout)
