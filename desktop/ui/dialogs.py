"""Messages to the clerk, opened without blocking the event loop (``open()``, not ``exec()``),
so background results keep arriving while a message is on screen."""

from __future__ import annotations

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
