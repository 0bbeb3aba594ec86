"""Small widgets shared by several screens."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from itertools import pairwise

from desktop.core.clock import VN_TZ
from desktop.core.fold import fold, rank_folded
from desktop.ui.qt import (
    QDateEdit,
    QDateTimeEdit,
    QFocusEvent,
    QKeyEvent,
    QLabel,
    QLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    Qt,
    QTableWidget,
    QTableWidgetItem,
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


class _SearchLine(QLineEdit):
    """Down/Up arrow from the search box moves into the list below it."""

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        picker = self.parentWidget()
        if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_Up) and isinstance(picker, PickList):
            picker.list.setFocus()
            return
        super().keyPressEvent(event)


class PickList(QWidget):
    """A search box over a list: typing narrows it, ignoring accents ("dang" finds "Đặng").

    Down arrow moves from the box into the list; Enter or a click chooses. The picker is one
    Tab stop (its search box).
    """

    chosen = Signal(object)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = _SearchLine(self)
        self.search.setPlaceholderText(placeholder)
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(placeholder)
        self.list = QListWidget(self)
        self.list.setAccessibleName(placeholder)
        # Tab goes from the search box to the next field; the list is reached with Down.
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.search)
        layout.addWidget(self.list)
        self._keys: list[str] = []
        self._titles: list[str] = []
        self._best: object | None = None
        self.search.textChanged.connect(self._narrow)
        self.list.currentItemChanged.connect(self._on_current)
        self.setFocusProxy(self.search)

    def set_items(self, items: Iterable[tuple[str, object]],
                  titles: Iterable[str] | None = None) -> None:
        """``titles`` (one per item) is what matches are ranked on, when the label carries
        more than the name (a procedure's field after it)."""
        self.list.clear()
        self._keys, self._titles = [], []
        titles = iter(titles) if titles is not None else None
        for label, data in items:
            item = QListWidgetItem(label, self.list)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self._keys.append(fold(label))
            self._titles.append(" ".join(fold(next(titles) if titles is not None else label).split()))
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
        """Hide what does not match; the best-ranked match (``core.fold.match_rank``) becomes
        current, so Enter after a few words picks the obvious one."""
        wanted = fold(text).split()
        query = " ".join(wanted)
        best: tuple[tuple[int, int], int] | None = None
        for row, key in enumerate(self._keys):
            item = self.list.item(row)
            hidden = not all(part in key for part in wanted)
            item.setHidden(hidden)
            if hidden or not wanted:
                continue
            rank = rank_folded(query, self._titles[row]) or (4, len(key))
            if best is None or (rank, row) < best:
                best = (rank, row)
        self._best = None
        if best is not None:
            self._best = self.list.item(best[1]).data(Qt.ItemDataRole.UserRole)
            self.list.setCurrentRow(best[1])

    def best_data(self) -> object | None:
        """What the current query matches best, whatever the clerk then moved to."""
        return self._best

    def _on_current(self, item: QListWidgetItem | None) -> None:
        if item is not None and not item.isHidden():
            self.chosen.emit(item.data(Qt.ItemDataRole.UserRole))



class DateField(QDateEdit):
    """A day typed in one go, "15/06/2025" or "15062025": focus, or a digit typed over the
    whole selected text, starts at the day section (else the first digit replaced it all)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat("dd/MM/yyyy")
        self.setCalendarPopup(True)
        self._advanced = False

    def focusInEvent(self, event: QFocusEvent) -> None:  # noqa: N802 - Qt API
        super().focusInEvent(event)
        self._to_day()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        line, text = self.lineEdit(), event.text()
        if text in ("/", ".", "-") and self._advanced:
            self._advanced = False  # "15" already moved on to the month: the "/" is typed
            return
        if text.isdigit() and line.hasSelectedText() and line.selectedText() == line.text():
            self._to_day()
        before = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = text.isdigit() and self.currentSection() != before

    def _to_day(self) -> None:
        self.setCurrentSection(QDateTimeEdit.Section.DaySection)
        self.lineEdit().setSelection(0, 2)


def edited_time(edit: QDateTimeEdit) -> datetime:
    """What a date-time field shows, as a Vietnam-time moment to the minute."""
    value = edit.dateTime()
    day, time = value.date(), value.time()
    return datetime(day.year(), day.month(), day.day(), time.hour(), time.minute(), tzinfo=VN_TZ)


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


def layout_widgets(layout: QLayout) -> list[QWidget]:
    """The widgets of a row or column, in the order they are shown."""
    items = (layout.itemAt(i) for i in range(layout.count()))
    return [w for w in (item.widget() for item in items) if w is not None]


def chain_focus(widgets: list[QWidget]) -> None:
    """Tab visits ``widgets`` in this order (Shift+Tab the reverse); whatever cannot take
    focus is skipped."""
    tab = Qt.FocusPolicy.TabFocus.value
    takers = [w for w in widgets if w.focusPolicy().value & tab]
    for before, after in pairwise(takers):
        QWidget.setTabOrder(before, after)


class HistoryTable(QTableWidget):
    """A read-only list of who did what when (a dossier's timeline, a criterion's history);
    the last column, the note, takes the remaining width and wraps.

    One Tab stop: arrows move between cells, Tab/Shift+Tab and Ctrl+Tab/Ctrl+Shift+Tab leave
    (Qt's convention for widgets that would otherwise keep Tab)."""

    def __init__(self, headers: list[str], name: str, parent: QWidget | None = None) -> None:
        super().__init__(0, len(headers), parent)
        self.setAccessibleName(name)
        self.setHorizontalHeaderLabels(headers)
        self.verticalHeader().hide()
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setWordWrap(True)
        self.horizontalHeader().setStretchLastSection(True)
        self.setTabKeyNavigation(False)
        self._sized_for: tuple[int, ...] = ()

    def updateGeometries(self) -> None:  # noqa: N802 - Qt API
        """A wrapped note's height depends on its column's width, which changes after the rows
        are filled (the window's layout, the scroll bar appearing, narrowing the stretched
        note column without a ``sectionResized``): the rows are sized again then, else the
        last line of a long note was cut off."""
        super().updateGeometries()
        widths = tuple(self.columnWidth(column) for column in range(self.columnCount()))
        if widths != self._sized_for:
            self._sized_for = widths
            self.resizeRowsToContents()

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt API
        if event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and (
                event.modifiers() & Qt.KeyboardModifier.ControlModifier):
            backwards = (event.key() == Qt.Key.Key_Backtab
                         or bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier))
            self.focusNextPrevChild(not backwards)
            return
        super().keyPressEvent(event)

    def show_rows(self, rows: list[tuple[str, ...]]) -> None:
        self.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                self.setItem(row, column, QTableWidgetItem(value))
        # The columns before the note grow to their longest value (a full name with its desk):
        # wrapped in the width the window gave them, a name's second line was cut off.
        for column in range(self.columnCount() - 1):
            fitted = self.sizeHintForColumn(column)
            if fitted > self.columnWidth(column):
                self.setColumnWidth(column, min(fitted, 320))
        self.resizeRowsToContents()
