"""The dossier log as a lazy table: the count and the visible pages only, fetched on the DB thread.

``data()`` never waits: a page not yet in memory shows "…" and is requested; when it arrives
the rows repaint. A newer filter or sort makes older answers stale (``_generation``), and
while one reload runs, further ones coalesce into a single next query, so typing fast in the
search box never queues a backlog.
"""

from __future__ import annotations

import sqlite3
from collections import OrderedDict
from datetime import datetime

from desktop.core.clock import format_slip_time, from_epoch, to_epoch
from desktop.core.timing import due_today_window
from desktop.storage import listing
from desktop.storage.listing import PAGE_SIZE, DossierFilter, ListRow, Sort, SortKey
from desktop.ui.labels import channel_label, state_label
from desktop.ui.qt import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QBrush,
    QColor,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from desktop.ui.tasks import Tasks

COLUMNS = (
    (SortKey.CODE, QT_TRANSLATE_NOOP("DossierTableModel", "Dossier code")),
    (SortKey.RECEIVED, QT_TRANSLATE_NOOP("DossierTableModel", "Received at")),
    (SortKey.APPLICANT, QT_TRANSLATE_NOOP("DossierTableModel", "Applicant")),
    (SortKey.PROCEDURE, QT_TRANSLATE_NOOP("DossierTableModel", "Procedure")),
    (SortKey.CHANNEL, QT_TRANSLATE_NOOP("DossierTableModel", "Channel")),
    (SortKey.STATE, QT_TRANSLATE_NOOP("DossierTableModel", "State")),
    (SortKey.APPOINTMENT, QT_TRANSLATE_NOOP("DossierTableModel", "Appointment")),
    (SortKey.DESK, QT_TRANSLATE_NOOP("DossierTableModel", "Desk")),
)
OVERDUE_BACKGROUND = QColor("#f6c6c6")
DUE_TODAY_BACKGROUND = QColor("#fde7a9")
#: Two desks made moves that cannot both stand: stronger than overdue, until a clerk resolves it.
CONFLICT_BACKGROUND = QColor("#e88a8a")
MAX_PAGES = 60
LOAD_LABEL = "dossiers.load"
CODE_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex
_DISPLAY = Qt.ItemDataRole.DisplayRole
_BACKGROUND = Qt.ItemDataRole.BackgroundRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
_ROLES = frozenset({_DISPLAY, _BACKGROUND, _FOREGROUND, CODE_ROLE, _TOOLTIP})
_OVERDUE = QBrush(OVERDUE_BACKGROUND)
_DUE_TODAY = QBrush(DUE_TODAY_BACKGROUND)
_CONFLICT = QBrush(CONFLICT_BACKGROUND)
_DARK = QBrush(QColor("#202020"))


class DossierTableModel(QAbstractTableModel):
    #: The count and first page of a new filter or sort are in.
    loaded = Signal(int)

    def __init__(self, tasks: Tasks, procedure_names: dict[str, str],
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._names = procedure_names
        self._filter = DossierFilter()
        self._sort = Sort()
        self._count = 0
        #: All matches of the search when the list stopped at ``listing.SEARCH_LIMIT``.
        self.matched: int | None = None
        self._pages: OrderedDict[int, list[tuple]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._loading = False
        self._dirty = False
        self._now = 0

    # -- what to show ---------------------------------------------------------------
    @property
    def filter(self) -> DossierFilter:
        return self._filter

    def set_filter(self, wanted: DossierFilter, *, again: bool = False) -> None:
        """A new question only if the answer could differ (the first letter typed in the
        search box, too short to search, changes nothing) or ``again``: the data changed."""
        if wanted == self._filter and self._generation and not again:
            return
        self._filter = wanted
        self.reload()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        """Ask again; if a reload is already running, run one more after it."""
        self._generation += 1
        if self._loading:
            self._dirty = True
            self._tasks.interrupt_db(LOAD_LABEL)
            return
        self._loading, self._dirty = True, False
        generation, wanted, order = self._generation, self._filter, self._sort
        now, names = self._tasks.clock(), self._names

        def job(store) -> tuple[int, list[tuple], int | None] | None:  # noqa: ANN001 - DB thread
            moment = to_epoch(now)
            try:
                total, rows, matched = listing.first_page_counted(store.conn, wanted, order,
                                                                  moment)
                return total, prepare(rows, moment, names), matched
            except sqlite3.OperationalError as exc:
                if "interrupt" in str(exc):
                    return None
                raise

        self._tasks.db(job, lambda result: self._on_loaded(generation, now, result),
                       self._on_failed, label=LOAD_LABEL)

    def _on_failed(self, error: Exception) -> None:
        self._loading = False

    def _on_loaded(self, generation: int, now: datetime,
                   result: tuple[int, list[tuple], int | None] | None) -> None:
        self._loading = False
        if self._dirty:
            self.reload()
            return
        if generation != self._generation or result is None:
            return
        self.beginResetModel()
        self._now = to_epoch(now)
        self._count, first, self.matched = result
        self._pages = OrderedDict({0: first})
        self._requested = {0}
        self.endResetModel()
        self.loaded.emit(self._count)

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, wanted, order, now = self._generation, self._filter, self._sort, self._now
        names = self._names

        def job(store) -> list[tuple] | None:  # noqa: ANN001 - runs on the DB thread
            if generation != self._generation:
                return None
            return prepare(listing.page(store.conn, wanted, order, now, page * PAGE_SIZE), now,
                           names)

        self._tasks.db(job, lambda rows: self._on_page(generation, page, rows),
                       label="dossiers.page")

    def _on_page(self, generation: int, page: int, rows: list[tuple] | None) -> None:
        if generation != self._generation or rows is None:
            self._requested.discard(page)
            return
        self._pages[page] = rows
        while len(self._pages) > MAX_PAGES:
            dropped, _ = self._pages.popitem(last=False)
            self._requested.discard(dropped)
        first = page * PAGE_SIZE
        last = min(first + len(rows), self._count) - 1
        if last >= first:
            self.dataChanged.emit(self.index(first, 0), self.index(last, len(COLUMNS) - 1))

    # -- the model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802 - Qt API
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802 - Qt API
                   role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(COLUMNS)):
            return QCoreApplication.translate("DossierTableModel", COLUMNS[section][1])
        return None

    def row_at(self, row: int) -> ListRow | None:
        line = self._line(row)
        return line[0] if line else None

    def _line(self, row: int) -> tuple | None:
        """(row, display texts, background) of one line, or None while its page is coming."""
        number = row // PAGE_SIZE
        page = self._pages.get(number)
        if page is None:
            if 0 <= row < self._count:
                self._request(number)
            return None
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        """Called for every role of every visible cell at each repaint, so the texts and
        colours of a page are prepared once when it arrives and this only looks them up."""
        if role not in _ROLES or not index.isValid():
            return None
        line = self._line(index.row())
        if line is None:
            return "…" if role == _DISPLAY else None
        if role in (_DISPLAY, _TOOLTIP):  # the whole text, for a cell the column elides
            return line[1][index.column()]
        if role == _BACKGROUND:
            return line[2]
        if role == _FOREGROUND:
            return _DARK if line[2] is not None else None
        return line[0].code


def prepare(rows: list[ListRow], now: int, names: dict[str, str]) -> list[tuple]:
    """(row, display texts, background) per row. Runs on the DB thread so the GUI thread only
    swaps pages in (``QCoreApplication.translate`` is thread-safe)."""
    window = due_today_window(now)
    lines = []
    conflict = QCoreApplication.translate("DossierTableModel", "conflict")
    for row in rows:
        state = state_label(row.state)
        if row.conflict_open:
            background, state = _CONFLICT, f"{state} · {conflict}"
        elif row.is_overdue(now):
            background = _OVERDUE
        elif row.is_due_today(now, window):
            background = _DUE_TODAY
        else:
            background = None
        appointment = format_slip_time(from_epoch(row.appointment_at))
        if row.rescheduled_to:
            appointment = QCoreApplication.translate("DossierTableModel", "%1 (new: %2)").replace(
                "%1", appointment).replace("%2", format_slip_time(from_epoch(row.rescheduled_to)))
        texts = (row.code, format_slip_time(from_epoch(row.received_at)), row.applicant,
                 names.get(row.procedure, row.procedure), channel_label(row.channel),
                 state, appointment, f"{row.desk:02d}" if row.desk else "")
        lines.append((row, texts, background))
    return lines
