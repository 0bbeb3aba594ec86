"""Báo cáo: the period status summary (form II.06a) on screen, to save, print or queue."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from desktop.apart import Call
from desktop.core.errors import UserError
from desktop.core.summary import COUNT_KEYS, Summary, SummaryRow
from desktop.sync import reports as sync_reports
from desktop.ui.dialogs import show_message, show_warning
from desktop.ui.labels import percent
from desktop.ui.printing import Printer
from desktop.ui.qt import (
    QComboBox,
    QDate,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLocale,
    QMenu,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import DateField, InlineError


def by_desk(store, first: date, last: date) -> list[tuple[int, SummaryRow]]:  # noqa: ANN001
    """The period's totals of each desk this PC knows (DB thread): the "theo quầy" line."""
    return [(d.desk, store.dossiers.summary(first, last, d.desk).total)
            for d in store.replica.desks()]


def period(choice: str, today: date, custom: tuple[date, date]) -> tuple[date, date]:
    """The days a preset covers; a period still running ends today."""
    quarter = date(today.year, 3 * ((today.month - 1) // 3) + 1, 1)
    month_start = today.replace(day=1)
    if choice == "today":
        return today, today
    if choice == "week":
        return today - timedelta(days=today.weekday()), today
    if choice == "month":
        return month_start, today
    if choice == "last_month":
        end = month_start - timedelta(days=1)
        return end.replace(day=1), end
    if choice == "quarter":
        return quarter, today
    if choice == "last_quarter":
        end = quarter - timedelta(days=1)
        return date(end.year, end.month - 2, 1), end
    if choice == "year":
        return date(today.year, 1, 1), today
    return custom


class ReportsPage(QWidget):
    def __init__(self, tasks: Tasks, printer: Printer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._printer = printer
        self.summary: Summary | None = None
        self.exported: Path | None = None
        self.shown_period: tuple[date, date] | None = None
        self.choice = QComboBox(self)
        self.choice.setAccessibleName(self.tr("Period"))
        for label, key in ((self.tr("Today"), "today"), (self.tr("This week"), "week"),
                           (self.tr("This month"), "month"), (self.tr("Last month"), "last_month"),
                           (self.tr("This quarter"), "quarter"),
                           (self.tr("Last quarter"), "last_quarter"),
                           (self.tr("This year"), "year"), (self.tr("Custom period"), "custom")):
            self.choice.addItem(label, key)
        self.first = DateField(self)
        self.last = DateField(self)
        for edit, name in ((self.first, self.tr("From")), (self.last, self.tr("To"))):
            edit.setAccessibleName(name)
        today = tasks.clock().date()
        self.first.setDate(QDate(today.year, today.month, 1))
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.desk = QComboBox(self)
        self.desk.setAccessibleName(self.tr("Desk"))
        self.desk.addItem(self.tr("Whole commune"), None)
        self.show_button = QPushButton(self.tr("Show"), self)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:"), self))
        top.addWidget(self.choice)
        top.addWidget(QLabel(self.tr("from"), self))
        top.addWidget(self.first)
        top.addWidget(QLabel(self.tr("to"), self))
        top.addWidget(self.last)
        top.addWidget(self.desk)
        top.addWidget(self.show_button)
        top.addStretch(1)
        self.caption = QLabel(self)
        self.caption.setWordWrap(True)
        self.table = QTableWidget(0, 1 + len(COUNT_KEYS), self)
        self.table.setAccessibleName(self.tr("Status summary table"))
        self.table.setHorizontalHeaderLabels([self.tr("Field")] + [
            self.tr("Received\ntotal"), self.tr("Received\nonline"),
            self.tr("Received in person\nor by post"), self.tr("Carried\nover"),
            self.tr("Resolved\ntotal"), self.tr("Early"), self.tr("On time"), self.tr("Late"),
            self.tr("Pending\ntotal"), self.tr("Pending\nwithin deadline"),
            self.tr("Pending\noverdue")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.rates = QLabel(self)
        self.by_desk = QLabel(self)
        self.by_desk.setWordWrap(True)
        self.by_desk.setAccessibleName(self.tr("By desk"))
        self.error = InlineError(self)
        buttons = QHBoxLayout()
        self.pdf_button = QPushButton(self.tr("Save PDF…"), self)
        self.print_button = QPushButton(self.tr("Print (Ctrl+P)"), self)
        self.print_button.setShortcut("Ctrl+P")
        self.book_button = QPushButton(self.tr("Tracking book (PDF)"), self)
        self.book_button.setToolTip(self.tr("One line per dossier received in the period"))
        self.excel_button = QPushButton(self.tr("Export Excel"), self)
        self.excel_button.setToolTip(self.tr("Form II.06a or the tracking book as an Excel "
                                             "workbook, for the province to consolidate"))
        excel_menu = QMenu(self.excel_button)
        self.excel_summary_action = excel_menu.addAction(self.tr("Status summary II.06a (.xlsx)…"))
        self.excel_book_action = excel_menu.addAction(self.tr("Tracking book (.xlsx)…"))
        self.excel_button.setMenu(excel_menu)
        self.queue_button = QPushButton(self.tr("Queue for sending"), self)
        for button in (self.pdf_button, self.print_button, self.book_button, self.excel_button,
                       self.queue_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.caption)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.rates)
        layout.addWidget(self.by_desk)
        layout.addWidget(self.error)
        layout.addLayout(buttons)
        self.choice.currentIndexChanged.connect(self._on_choice)
        self.desk.currentIndexChanged.connect(self.refresh)
        self.show_button.clicked.connect(self.refresh)
        self.pdf_button.clicked.connect(self.save_pdf)
        self.print_button.clicked.connect(self.print_summary)
        self.book_button.clicked.connect(self.print_book)
        self.queue_button.clicked.connect(self.queue)
        self.excel_summary_action.triggered.connect(lambda: self.export_excel("summary"))
        self.excel_book_action.triggered.connect(lambda: self.export_excel("book"))
        self.choice.setCurrentIndex(0)
        self._on_choice()

    def _on_choice(self) -> None:
        custom = self.choice.currentData() == "custom"
        self.first.setEnabled(custom)
        self.last.setEnabled(custom)
        if not custom:
            first, last = self.selected_period()
            for edit, day in ((self.first, first), (self.last, last)):
                edit.setDate(QDate(day.year, day.month, day.day))  # the preset's days, shown
            self.refresh()

    def selected_period(self) -> tuple[date, date]:
        first, last = self.first.date(), self.last.date()
        return period(self.choice.currentData(), self._tasks.clock().date(),
                      (date(first.year(), first.month(), first.day()),
                       date(last.year(), last.month(), last.day())))

    def refresh(self) -> None:
        first, last = self.selected_period()
        self.error.show_message(None)
        desk = self.desk.currentData()
        self._tasks.db(lambda store: (store.dossiers.summary(first, last, desk),
                                      by_desk(store, first, last)),
                       lambda found: self._show(found, first, last),
                       self._on_error, label="reports.summary")

    def _show(self, found: tuple[Summary, list[tuple[int, SummaryRow]]], first: date,
              last: date) -> None:
        summary, desks = found
        self.show_summary(summary, first, last)
        known = {self.desk.itemData(i) for i in range(1, self.desk.count())}
        for number, _total in desks:
            if number not in known:
                self.desk.addItem(self.tr("Desk %1").replace("%1", f"{number:02d}"), number)
        self.by_desk.setText("" if len(desks) < 2 else self.tr("By desk: ") + " · ".join(
            self.tr("desk %1: %2 received, %3 resolved, %4 pending")
            .replace("%1", f"{number:02d}").replace("%2", str(total.received_total))
            .replace("%3", str(total.resolved_total)).replace("%4", str(total.pending_total))
            for number, total in desks))

    def show_summary(self, summary: Summary, first: date, last: date) -> None:
        self.summary, self.shown_period = summary, (first, last)
        self.caption.setText(self.tr("Status of dossier handling from %1 to %2 (form II.06a)")
                             .replace("%1", f"{first:%d/%m/%Y}").replace("%2", f"{last:%d/%m/%Y}"))
        rows = [*summary.rows, summary.total]
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            name = self.tr("Total") if row is summary.total else row.field_name
            self.table.setItem(r, 0, QTableWidgetItem(name))
            for c, key in enumerate(COUNT_KEYS, start=1):
                self.table.setItem(r, c, self._number(row, key))
        for column in range(1, 1 + len(COUNT_KEYS)):
            self.table.resizeColumnToContents(column)
        self.table.setUpdatesEnabled(True)
        total = summary.total
        self.rates.setText(self.tr("On-time rate: %1 · Online rate: %2")
                           .replace("%1", percent(total.on_time_rate))
                           .replace("%2", percent(total.online_rate)))

    @staticmethod
    def _number(row: SummaryRow, key: str) -> QTableWidgetItem:
        item = QTableWidgetItem(QLocale().toString(int(getattr(row, key))))  # 1.234 as on paper
        item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return item

    def _on_error(self, error: UserError) -> None:
        self.error.show_message(error.message)

    def save_pdf(self) -> None:
        first, last = self.selected_period()
        path = self._printer.ask_save_path(self.tr("Save the report as PDF"),
                                           f"bao-cao-{first:%Y%m%d}-{last:%Y%m%d}.pdf")
        if path:
            self._printer.summary(first, last, path)

    def print_summary(self) -> None:
        first, last = self.selected_period()
        self._printer.summary(first, last)

    def print_book(self) -> None:
        first, last = self.selected_period()
        self._printer.book(first, last)

    def export_excel(self, kind: str) -> None:
        """Ask where to save, then write the workbook on the DB thread."""
        first, last = self.selected_period()
        stem = "bao-cao" if kind == "summary" else "so-theo-doi"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save as an Excel workbook"),
            str(self._printer.save_folder() / f"{stem}-{first:%Y%m%d}-{last:%Y%m%d}.xlsx"),
            self.tr("Excel workbook (*.xlsx)"))
        if not path:
            return
        self.excel_button.setEnabled(False)

        def job(store) -> Path:  # noqa: ANN001 - the read thread, waiting on the child
            call = (Call("desktop.excel:export_summary", (first, last), {"now": store.clock()})
                    if kind == "summary" else
                    Call("desktop.excel:export_book", (first, last, None), {"now": store.clock()}))
            self._tasks.apart(call, Path(path))
            return Path(path)

        # A long read in a process of its own (``desktop.apart``): the clerk keeps saving
        # dossiers meanwhile, and the window never runs the export's garbage collections.
        self._tasks.read(job, self._on_exported, self._on_export_error, label="reports.excel")

    def _on_exported(self, path: Path) -> None:
        self.excel_button.setEnabled(True)
        self.exported = path
        show_message(self, self.tr("Export Excel"),
                     self.tr("Saved %1").replace("%1", str(path)))

    def _on_export_error(self, error: UserError) -> None:
        self.excel_button.setEnabled(True)
        show_warning(self, self.tr("Export Excel"), error.message)

    def queue(self) -> None:
        first, last = self.selected_period()
        self.queue_button.setEnabled(False)
        self._tasks.db(lambda store: sync_reports.queue_period(store, first, last, store.clock()),
                       self._on_queued,
                       self._on_queue_error, label="reports.queue")

    def _on_queued(self, queued: int) -> None:
        self.queue_button.setEnabled(True)
        if queued:
            text = self.tr("%n daily report(s) queued; they will be sent at the next sync.", "",
                           queued)
        else:
            text = self.tr("These reports were already queued or sent; nothing new to queue.")
        show_message(self, self.tr("Queued"), text)

    def _on_queue_error(self, error: UserError) -> None:
        self.queue_button.setEnabled(True)
        self._on_error(error)

