"""Tổng quan: today at a glance. Each figure is a button that opens the matching list."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.states import Channel
from desktop.storage import dashboard, outbox
from desktop.storage.dashboard import Today
from desktop.storage.listing import Due
from desktop.ui.chart import DailyChart
from desktop.ui.labels import channel_label, percent
from desktop.ui.qt import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import heading


@dataclass(frozen=True)
class OverviewData:
    today: Today
    green: bool
    outbox: dict[str, int]


def load_overview(store) -> OverviewData:  # noqa: ANN001 - runs on the DB thread
    now = store.clock()
    month = store.dossiers.summary(now.date().replace(day=1), now.date()).total
    return OverviewData(dashboard.today(store.conn, now, month), store.checklist.green(),
                        outbox.counts(store.conn))



class OverviewPage(QWidget):
    #: (due filter, period) to show in the Dossiers screen
    show_dossiers = Signal(object, str)
    show_checklist = Signal()
    show_sync = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.data: OverviewData | None = None
        layout = QVBoxLayout(self)
        self.title = heading(self.tr("Today"), self)
        layout.addWidget(self.title)
        grid = QGridLayout()
        self.received = self._figure(self.tr("Received today"))
        self.resolved = self._figure(self.tr("Resolved today"))
        self.due_today = self._figure(self.tr("Due today"))
        self.overdue = self._figure(self.tr("Overdue"))
        for column, button in enumerate((self.received, self.resolved, self.due_today,
                                         self.overdue)):
            grid.addWidget(button, 0, column)
        self.by_channel = QLabel(self)
        grid.addWidget(self.by_channel, 1, 0, 1, 4)
        layout.addLayout(grid)
        rates = QHBoxLayout()
        self.on_time_rate = QLabel(self)
        self.online_rate = QLabel(self)
        self.green = QPushButton(self)
        self.green.setAccessibleName(self.tr("Readiness status"))
        for widget in (self.on_time_rate, self.online_rate):
            rates.addWidget(widget)
        rates.addStretch(1)
        rates.addWidget(self.green)
        layout.addLayout(rates)
        self.sync_line = QPushButton(self)
        self.sync_line.setFlat(True)
        self.sync_line.setAccessibleName(self.tr("Sync status"))
        self.sync_line.setStyleSheet("text-align: left;")
        layout.addWidget(self.sync_line)
        box = QGroupBox(self.tr("Received in the last 14 days, by channel"), self)
        box_layout = QVBoxLayout(box)
        self.chart = DailyChart(box)
        box_layout.addWidget(self.chart)
        layout.addWidget(box, 1)
        self.received.clicked.connect(lambda: self.show_dossiers.emit(None, "today"))
        self.due_today.clicked.connect(lambda: self.show_dossiers.emit(Due.DUE_TODAY, "all"))
        self.overdue.clicked.connect(lambda: self.show_dossiers.emit(Due.OVERDUE, "all"))
        self.resolved.clicked.connect(lambda: self.show_dossiers.emit(None, "today"))
        self.green.clicked.connect(self.show_checklist)
        self.sync_line.clicked.connect(self.show_sync)

    def _figure(self, name: str) -> QPushButton:
        button = QPushButton(self)
        button.setAccessibleName(name)
        button.setMinimumHeight(84)
        button.setProperty("caption", name)
        button.setStyleSheet("font-size: 15pt;")
        return button

    def refresh(self) -> None:
        self._tasks.db(load_overview, self.show_data, label="overview.load")

    def show_data(self, data: OverviewData) -> None:
        self.data = data
        today = data.today
        for button, value in ((self.received, today.received), (self.resolved, today.resolved),
                              (self.due_today, today.due_today), (self.overdue, today.overdue)):
            button.setText(f"{value}\n{button.property('caption')}")
        self.overdue.setStyleSheet("font-size: 15pt;" + (" color: #b3261e;" if today.overdue
                                                         else ""))
        self.by_channel.setText(" · ".join(
            f"{channel_label(c)}: {today.received_by_channel.get(int(c), 0)}" for c in Channel))
        self.on_time_rate.setText(self.tr("This month on time: %1").replace(
            "%1", percent(today.month.on_time_rate)))
        self.online_rate.setText(self.tr("This month online: %1").replace(
            "%1", percent(today.month.online_rate)))
        self.green.setText(self.tr("Readiness: GREEN") if data.green
                           else self.tr("Readiness: not GREEN"))
        self.green.setStyleSheet("background: #1e7b34; color: white; padding: 6px;" if data.green
                                 else "background: #b3261e; color: white; padding: 6px;")
        self.sync_line.setText(self.tr("Sync: %1 report(s) waiting, %2 set aside")
                               .replace("%1", str(outbox.waiting(data.outbox)))
                               .replace("%2", str(data.outbox.get("failed", 0))))
        self.chart.set_data(today.days, today.chart)
