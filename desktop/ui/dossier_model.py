"""The dossier log as a lazy table: the count and the visible pages only, fetched on the DB thread.

``data()`` never waits: a page not yet in memory shows "…" and is requested; when it arrives
the rows repaint. A newer filter or sort makes older answers stale (``_generation``), and
while one reload runs, further ones coalesce into a single next query, so typing fast in the
search box never queues a backlog.
"""

from __future__ import annotations

from collections import OrderedDict
from datetime import datetime

from desktop.core.clock import format_slip_time, from_epoch, to_epoch
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
)
OVERDUE_BACKGROUND = QColor("#f6c6c6")
DUE_TODAY_BACKGROUND = QColor("#fde7a9")
MAX_PAGES = 60
CODE_ROLE = Qt.ItemDataRole.UserRole

Index = QModelIndex | QPersistentModelIndex


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
        self._pages: OrderedDict[int, list[ListRow]] = OrderedDict()
        self._requested: set[int] = set()
        self._generation = 0
        self._loading = False
        self._dirty = False
        self._now = 0
        self._today_end = 0

    # -- what to show ---------------------------------------------------------------
    @property
    def filter(self) -> DossierFilter:
        return self._filter

    def set_filter(self, wanted: DossierFilter) -> None:
        self._filter = wanted
        self.reload()

    def set_procedure_names(self, names: dict[str, str]) -> None:
        self._names = names

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort = Sort(COLUMNS[column][0], order == Qt.SortOrder.DescendingOrder)
        self.reload()

    def reload(self) -> None:
        """Ask again; if a reload is already running, run one more after it."""
        self._generation += 1
        if self._loading:
            self._dirty = True
            return
        self._loading, self._dirty = True, False
        generation, wanted, order = self._generation, self._filter, self._sort
        now = self._tasks.clock()

        def job(store) -> tuple[int, list[ListRow]]:  # noqa: ANN001 - runs on the DB thread
            moment = to_epoch(now)
            return (listing.count(store.conn, wanted, moment),
                    listing.page(store.conn, wanted, order, moment, 0))

        self._tasks.db(job, lambda result: self._on_loaded(generation, now, result),
                       self._on_failed, label="dossiers.load")

    def _on_failed(self, error: Exception) -> None:
        self._loading = False

    def _on_loaded(self, generation: int, now: datetime,
                   result: tuple[int, list[ListRow]]) -> None:
        self._loading = False
        if self._dirty:
            self.reload()
            return
        if generation != self._generation:
            return
        self.beginResetModel()
        self._now = to_epoch(now)
        self._today_end = listing.end_of_day(self._now)
        self._count, first = result
        self._pages = OrderedDict({0: first})
        self._requested = {0}
        self.endResetModel()
        self.loaded.emit(self._count)

    def _request(self, page: int) -> None:
        if page in self._requested:
            return
        self._requested.add(page)
        generation, wanted, order, now = self._generation, self._filter, self._sort, self._now

        def job(store) -> list[ListRow] | None:  # noqa: ANN001 - runs on the DB thread
            if generation != self._generation:
                return None
            return listing.page(store.conn, wanted, order, now, page * PAGE_SIZE)

        self._tasks.db(job, lambda rows: self._on_page(generation, page, rows),
                       label="dossiers.page")

    def _on_page(self, generation: int, page: int, rows: list[ListRow] | None) -> None:
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
        page = self._pages.get(row // PAGE_SIZE)
        if page is None:
            if 0 <= row < self._count:
                self._request(row // PAGE_SIZE)
            return None
        self._pages.move_to_end(row // PAGE_SIZE)
        offset = row % PAGE_SIZE
        return page[offset] if offset < len(page) else None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < self._count:
            return None
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.BackgroundRole,
                        Qt.ItemDataRole.ForegroundRole, CODE_ROLE):
            return None
        row = self.row_at(index.row())
        if row is None:
            return "…" if role == Qt.ItemDataRole.DisplayRole else None
        if role == CODE_ROLE:
            return row.code
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.is_overdue(self._now):
                return QBrush(OVERDUE_BACKGROUND)
            if row.is_due_today(self._now, self._today_end):
                return QBrush(DUE_TODAY_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if row.is_overdue(self._now) or row.is_due_today(self._now, self._today_end):
                return QBrush(QColor("#202020"))
            return None
        return self._display(row, COLUMNS[index.column()][0])

    def _display(self, row: ListRow, key: SortKey) -> str:
        if key is SortKey.CODE:
            return row.code
        if key is SortKey.RECEIVED:
            return format_slip_time(from_epoch(row.received_at))
        if key is SortKey.APPLICANT:
            return row.applicant
        if key is SortKey.PROCEDURE:
            return self._names.get(row.procedure, row.procedure)
        if key is SortKey.CHANNEL:
            return channel_label(row.channel)
        if key is SortKey.STATE:
            return state_label(row.state)
        return format_slip_time(from_epoch(row.appointment_at))
