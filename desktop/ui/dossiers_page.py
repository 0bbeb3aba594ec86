"""Hồ sơ: the log, searched as the clerk types and narrowed by filters; rows open the detail."""

from __future__ import annotations

from datetime import date, timedelta

from desktop.core.collation import sort_key
from desktop.core.states import Channel, State
from desktop.storage.listing import DossierFilter, Due, searchable
from desktop.ui.dossier_model import CODE_ROLE, DossierTableModel
from desktop.ui.labels import channel_label, state_label
from desktop.ui.qt import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QLocale,
    QModelIndex,
    QSettings,
    Qt,
    QTableView,
    QTimer,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.session import Session
from desktop.ui.tasks import Tasks

#: Just enough to fold a burst of keys into one question; a question made stale by the next
#: key is interrupted in SQLite, so waiting longer would only add to the latency.
SEARCH_DELAY_MS = 15
PERIODS = ("all", "today", "week", "month", "year")
CONFLICT = "conflict"  # the State filter's last entry: dossiers with a conflict between desks


class DossiersPage(QWidget):
    open_dossier = Signal(str)

    def __init__(self, tasks: Tasks, session: Session, settings: QSettings,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._settings = settings
        names = {slug: p.name for slug, p in session.procedures.items()}
        self.model = DossierTableModel(tasks, names, self)
        self.search = QLineEdit(self)
        self.search.setPlaceholderText(self.tr("Search by name, dossier code, phone or ID number "
                                               "(Ctrl+F)"))
        self.search.setAccessibleName(self.tr("Search dossiers"))
        self.search.setClearButtonEnabled(True)
        self.state = self._combo(self.tr("State"), [(self.tr("All states"), None)]
                                 + [(state_label(s), int(s)) for s in State]
                                 + [(self.tr("Conflicts between desks"), CONFLICT)])
        self.desk = self._combo(self.tr("Desk"), [(self.tr("All desks"), None)]
                                + [(self.tr("Desk %1").replace("%1", f"{d:02d}"), d)
                                   for d in session.desks])
        self.channel = self._combo(self.tr("Channel"), [(self.tr("All channels"), None)]
                                   + [(channel_label(c), int(c)) for c in Channel])
        self.field = self._combo(self.tr("Field"), [(self.tr("All fields"), None)]
                                 + sorted(((n, k) for k, n in session.field_names.items()),
                                        key=lambda item: sort_key(item[0])))
        self.period = self._combo(self.tr("Received"), [
            (self.tr("Any time"), "all"), (self.tr("Today"), "today"),
            (self.tr("Last 7 days"), "week"), (self.tr("This month"), "month"),
            (self.tr("This year"), "year")])
        self.due = self._combo(self.tr("Deadline"), [
            (self.tr("Any deadline"), None), (self.tr("Overdue"), Due.OVERDUE.value),
            (self.tr("Due today"), Due.DUE_TODAY.value)])
        self.holder = self._combo(self.tr("Held by"), [(self.tr("Held by anyone"), None)]
                                  + [(self.tr("Held by %1").replace("%1", name), name)
                                     for name, _role in session.staff])
        filters = QHBoxLayout()
        for widget in (self.state, self.desk, self.channel, self.field, self.period, self.due,
                       self.holder):
            filters.addWidget(widget)
        self.count_label = QLabel(self)
        self.count_label.setAccessibleName(self.tr("Number of dossiers found"))
        filters.addStretch(1)
        filters.addWidget(self.count_label)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Dossier list"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.horizontalHeader().setSortIndicator(1, Qt.SortOrder.DescendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setAlternatingRowColors(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column, width in enumerate((205, 118, 150, 190, 85, 200, 118, 48)):
            header.resizeSection(column, width)
        header.setStretchLastSection(True)
        legend = QLabel(self.tr("Red: overdue · Dark red: conflict between desks · Amber: due "
                                "today · Enter or double-click opens a dossier"), self)
        layout = QVBoxLayout(self)
        layout.addWidget(self.search)
        layout.addLayout(filters)
        layout.addWidget(self.table, 1)
        layout.addWidget(legend)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DELAY_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search.textChanged.connect(self._debounce.start)
        self.search.returnPressed.connect(self._open_first)
        for combo in (self.state, self.desk, self.channel, self.field, self.period, self.due,
                      self.holder):
            combo.currentIndexChanged.connect(self.apply_filter)
        self.table.activated.connect(self._open_index)
        self.model.loaded.connect(self._on_loaded)
        self._shown_query = ""
        self._restore_filters()

    def _combo(self, name: str, items: list[tuple[str, object]]) -> QComboBox:
        combo = QComboBox(self)
        combo.setAccessibleName(name)
        combo.setToolTip(name)
        for label, data in items:
            combo.addItem(label, data)
        return combo

    # -- filtering --------------------------------------------------------------------
    def current_filter(self, today: date | None = None) -> DossierFilter:
        today = today or self._tasks.clock().date()
        first = {"today": today, "week": today - timedelta(days=6),
                 "month": today.replace(day=1), "year": today.replace(month=1, day=1)}.get(
                     self.period.currentData())
        due = self.due.currentData()
        text = self.search.text()
        state = self.state.currentData()
        return DossierFilter(
            query=text if searchable(text) else "", state=None if state == CONFLICT else state,
            channel=self.channel.currentData(), field=self.field.currentData(),
            first_day=first, due=Due(due) if due else None, holder=self.holder.currentData(),
            desk=self.desk.currentData(), conflict=state == CONFLICT)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())

    def show_due(self, due: Due | None, period: str = "all") -> None:
        """Open the log narrowed the way an Overview figure was counted."""
        self.search.blockSignals(True)
        self.search.clear()
        self.search.blockSignals(False)
        for combo, value in ((self.state, None), (self.desk, None), (self.channel, None),
                             (self.field, None),
                             (self.period, period), (self.due, due.value if due else None),
                             (self.holder, None)):
            combo.blockSignals(True)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            combo.blockSignals(False)
        self.apply_filter()

    def refresh(self) -> None:
        """Read the log again: dossiers changed elsewhere, and "today" may be another day."""
        self._debounce.stop()
        self.model.set_filter(self.current_filter(), again=True)

    def _on_loaded(self, count: int) -> None:
        locale, matched = QLocale(), self.model.matched
        if matched is not None and matched > count:
            self.count_label.setText(
                self.tr("%1 / %2 dossiers — type more to narrow")
                .replace("%1", locale.toString(count)).replace("%2", locale.toString(matched)))
        else:
            self.count_label.setText(self.tr("%n dossier(s)", "", count)
                                     .replace(str(count), locale.toString(count)))
        if self.model.filter.query != self._shown_query:
            self._shown_query = self.model.filter.query
            self.table.scrollToTop()

    def focus_search(self) -> None:
        self.search.setFocus()
        self.search.selectAll()

    # -- opening ---------------------------------------------------------------------
    def _open_index(self, index: QModelIndex) -> None:
        code = self.model.data(index, CODE_ROLE)
        if code:
            self.open_dossier.emit(code)

    def _open_first(self) -> None:
        if self.model.rowCount() >= 1:
            self._open_index(self.model.index(0, 0))

    # -- remembering -------------------------------------------------------------------
    def save_filters(self) -> None:
        """At close only: QSettings writes its file from the GUI thread (with an fsync), which
        a busy disk can stretch to a visible pause."""
        for key, combo in self._combos().items():
            self._settings.setValue(f"filters/{key}", combo.currentIndex())

    def _restore_filters(self) -> None:
        for key, combo in self._combos().items():
            combo.blockSignals(True)
            index = int(self._settings.value(f"filters/{key}", 0))
            combo.setCurrentIndex(index if 0 <= index < combo.count() else 0)
            combo.blockSignals(False)

    def _combos(self) -> dict[str, QComboBox]:
        return {"state": self.state, "desk": self.desk, "channel": self.channel,
                "field": self.field, "period": self.period, "due": self.due,
                "holder": self.holder}
