"""Messages to the clerk, opened without blocking the event loop (``open()``, not ``exec()``),
so background results keep arriving while a message is on screen."""

from __future__ import annotations

from collections.abc import Callable

from desktop.ui.qt import QMessageBox, Qt, QWidget


def show_message(parent: QWidget | None, title: str, text: str, *,
                 icon: QMessageBox.Icon = QMessageBox.Icon.Information) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.Ok, parent)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("motcua-message")
    box.open()
    return box


def show_warning(parent: QWidget | None, title: str, text: str) -> QMessageBox:
    return show_message(parent, title, text, icon=QMessageBox.Icon.Warning)


def ask(parent: QWidget | None, title: str, text: str, on_yes: Callable[[], None]) -> QMessageBox:
    """A yes/no question that calls ``on_yes`` only on an explicit yes; "No" is the default, so
    an Enter pressed out of habit never confirms a destructive action."""
    box = QMessageBox(QMessageBox.Icon.Question, title, text,
                      QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, parent)
    box.setDefaultButton(QMessageBox.StandardButton.No)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setObjectName("motcua-question")
    box.buttonClicked.connect(
        lambda button: on_yes() if box.standardButton(button) == QMessageBox.StandardButton.Yes
        else None)
    box.open()
    return box
