"""Small widgets shared by several screens."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.fold import fold
from desktop.ui.qt import (
    QEvent,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QObject,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)


class InlineError(QLabel):
    """A red line under a field; hidden while there is nothing to say."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setStyleSheet("color: #b00020;")
        self.setWordWrap(True)
        self.hide()

    def show_message(self, text: str | None) -> None:
        self.setText(text or "")
        self.setVisible(bool(text))


class PickList(QWidget):
    """A search box over a list: typing narrows it, ignoring accents ("dang" finds "Đặng").

    Down arrow moves from the box into the list; Enter or a click chooses.
    """

    chosen = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(placeholder)
        self.list = QListWidget(self)
        self.list.setAccessibleName(placeholder)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._keys: list[str] = []
        self.search.textChanged.connect(self._narrow)
        self.search.installEventFilter(self)
        self.list.currentItemChanged.connect(self._on_current)
        self.setFocusProxy(self.search)

    def set_items(self, items: Iterable[tuple[str, object]]) -> None:
        self.list.clear()
        self._keys = []
        for label, data in items:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self._keys.append(fold(label))
        self._narrow(self.search.text())

    def current_data(self) -> object | None:
        item = self.list.currentItem()
        if item is None or item.isHidden():
            return None
        return item.data(Qt.ItemDataRole.UserRole)

    def select_data(self, data: object) -> bool:
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == data:
                item.setHidden(False)
                self.list.setCurrentItem(item)
                self.list.scrollToItem(item)
                return True
        return False

    def visible_count(self) -> int:
        return sum(not self.list.item(r).isHidden() for r in range(self.list.count()))

    def _narrow(self, text: str) -> None:
        wanted = fold(text).split()
        first = None
        for row, key in enumerate(self._keys):
            item = self.list.item(row)
            hidden = not all(part in key for part in wanted)
            item.setHidden(hidden)
            if not hidden and first is None:
                first = item
        current = self.list.currentItem()
        if (current is None or current.isHidden()) and first is not None and wanted:
            self.list.setCurrentItem(first)

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up):
                self.list.setFocus()
                return False
        return super().eventFilter(watched, event)


def heading(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setPointSizeF(font.pointSizeF() * 1.35)
    font.setBold(True)
    label.setFont(font)
    return label


def with_error(field: QWidget, error: InlineError) -> QWidget:
    """A form field with its message right under it (no empty row while all is well)."""
    box = QWidget(field.parentWidget())
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(2)
    layout.addWidget(field)
    layout.addWidget(error)
    box.setFocusProxy(field)
    return box
