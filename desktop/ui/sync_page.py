"""Đồng bộ: what is waiting to go upward, what was set aside and why, and a "send now" button.

The window's ``SyncRunner`` sends on its own; this page shows its progress (a signal per batch)
and, read on the DB thread with ``desktop.sync.read_status``, the counts by state, the last
success, the last problem in plain words with the time of the next try, and the set-aside rows
with the server's reason. "Gửi ngay" wakes the runner; before the runner has started (or if it
could not) it runs one ``SyncEngine.run_once`` on the network thread instead.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import format_slip_time, from_epoch
from desktop.storage import outbox
from desktop.storage.outbox import OutboxRow, OutboxState
from desktop.sync.engine import Outcome
from desktop.sync.pinning import grouped
from desktop.sync.status import SyncStatus
from desktop.ui.labels import outbox_kind_label, outbox_state_label, outbox_subject
from desktop.ui.qt import (
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.sync_runner import SyncRunner
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import heading


@dataclass(frozen=True)
class SyncView:
    status: SyncStatus
    rows: list[OutboxRow]
    hub: bool | None = None  # the endpoint is the commune hub (None: not known yet)
    pin: str = ""  # the hub certificate's fingerprint pinned at login


def load_sync(store, engine_state=None) -> SyncView:  # noqa: ANN001 - runs on the DB thread
    from desktop.sync import read_status

    return SyncView(read_status(store, engine_state, set_aside_limit=100),
                    outbox.rows(store.conn, None, 200), store.settings.get("hub"),
                    store.settings.get("hub_pin") or "")


def send_once(data_dir, clock):  # noqa: ANN001, ANN201 - runs on the network thread
    """One sending run: everything pending, until the queue is empty or a failure stops it."""
    from desktop.storage import Store
    from desktop.sync import SyncEngine, http_transport_factory

    with Store(data_dir, clock=clock, auto_backup=False) as store:
        return SyncEngine(store, http_transport_factory(store), clock=clock).run_once()


class SyncPage(QWidget):
    #: The clerk asked for Settings → Connection.
    open_connection = Signal()

    def __init__(self, tasks: Tasks, runner: SyncRunner, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._runner = runner
        self._sending = False
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sending reports upward"), self))
        self.endpoint = QLabel(self)
        self.endpoint.setWordWrap(True)
        endpoint_row = QHBoxLayout()
        endpoint_row.addWidget(self.endpoint, 1)
        self.connection_button = QPushButton(self.tr("Connection settings…"), self)
        self.connection_button.clicked.connect(self.open_connection)
        endpoint_row.addWidget(self.connection_button)
        layout.addLayout(endpoint_row)
        counts = QGridLayout()
        self.count_labels: dict[str, QLabel] = {}
        for column, state in enumerate(OutboxState):
            label = QLabel(self)
            label.setAccessibleName(outbox_state_label(state))
            label.setStyleSheet("font-size: 13pt;")
            counts.addWidget(label, 0, column)
            self.count_labels[state.value] = label
        layout.addLayout(counts)
        self.last_success = QLabel(self)
        self.last_error = QLabel(self)
        self.last_error.setWordWrap(True)
        self.skew = QLabel(self)
        self.skew.setWordWrap(True)
        self.skew.setStyleSheet("color: #a15c00;")
        self.skew.hide()
        layout.addWidget(self.last_success)
        layout.addWidget(self.last_error)
        layout.addWidget(self.skew)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.send_button = QPushButton(self.tr("Send now"), self)
        row.addWidget(self.progress, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        self.run_result = QLabel(self)
        self.run_result.setWordWrap(True)
        self.run_result.setAccessibleName(self.tr("Result of the last send"))
        layout.addWidget(self.run_result)
        aside = self.aside_box = QGroupBox(self.tr("Set aside (needs attention)"), self)
        aside_layout = QVBoxLayout(aside)
        self.aside_table = self._table(aside, [self.tr("Created"), self.tr("Kind"),
                                               self.tr("About"), self.tr("Reason")])
        aside_layout.addWidget(self.aside_table)
        layout.addWidget(aside, 1)
        queue = QGroupBox(self.tr("Latest reports in the queue"), self)
        queue_layout = QVBoxLayout(queue)
        self.queue_table = self._table(queue, [self.tr("Created"), self.tr("Kind"),
                                               self.tr("About"), self.tr("State"),
                                               self.tr("Attempts")])
        queue_layout.addWidget(self.queue_table)
        layout.addWidget(queue, 2)
        self.send_button.clicked.connect(self.send_now)
        runner.progress.connect(self._on_progress)
        runner.result.connect(self._on_sent)

    @staticmethod
    def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setAccessibleName(parent.title() if isinstance(parent, QGroupBox) else "")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2 if len(headers) > 4 else 3, QHeaderView.ResizeMode.Stretch)
        return table

    def refresh(self) -> None:
        state = self._runner.engine_state()
        self._tasks.db(lambda store: load_sync(store, state), self.show_view, label="sync.load")

    def show_view(self, view: SyncView) -> None:
        status = view.status
        for state in OutboxState:
            self.count_labels[state.value].setText(
                f"{outbox_state_label(state)}: <b>{status.counts.get(state.value, 0)}</b>")
        text = (self.tr("Reports go to %1").replace("%1", status.endpoint) if status.configured
                else self.tr("No receiving server is set up yet, so reports wait on this computer. "
                             "IT staff set it up under Settings → Connection."))
        if view.hub:
            text += "<br>" + self.tr("This server is the commune hub: dossiers are exchanged "
                                     "with the other desks.")
        if view.pin:
            text += "<br>" + self.tr("Pinned server certificate (compare with the hub): %1"
                                     ).replace("%1", f"<tt>{grouped(view.pin)}</tt>")
        self.endpoint.setText(text)
        self.last_success.setText(self.tr("Last successful send: %1").replace(
            "%1", _when(status.last_success) or self.tr("never")))
        self.last_error.setText(self._problem(status))
        self.skew.setText(status.skew_warning or "")
        self.skew.setVisible(bool(status.skew_warning))
        if not self._sending:
            total = sum(status.counts.values())
            self.progress.setRange(0, max(1, total))
            self.progress.setValue(status.counts.get(OutboxState.SENT.value, 0))
            self.progress.setFormat(self.tr("%1 of %2 sent").replace("%1", "%v")
                                    .replace("%2", "%m"))
        self._fill(self.aside_table, [
            (_when(r.created_at), outbox_kind_label(r.kind), outbox_subject(r.kind, r.entity),
             f"{r.failure_label}: {r.reason}" if r.reason else r.failure_label)
            for r in status.set_aside])
        self.aside_box.setVisible(bool(status.set_aside))  # the count above already says 0
        self._fill(self.queue_table, [
            (_when(from_epoch(r.created_at)), outbox_kind_label(r.kind),
             outbox_subject(r.kind, r.entity), outbox_state_label(r.state), str(r.attempts))
            for r in view.rows])

    def _problem(self, status: SyncStatus) -> str:
        if not status.configured:
            return ""
        if not status.last_error:
            return self.tr("No sending problem recorded.")
        text = (self.tr("Last problem (%1): %2").replace("%1", _when(status.last_error_at) or "")
                .replace("%2", status.last_error))
        if status.waiting and status.next_attempt_at is not None:
            text += " " + self.tr("The program tries again by itself at %1, or as soon as the "
                                  "server answers again.").replace(
                "%1", _when(status.next_attempt_at) or "")
        return text

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value or ""))

    def send_now(self) -> None:
        self.run_result.setText(self.tr("Sending…"))
        if self._runner.send_now():
            return
        data_dir, clock = self._tasks.data_dir, self._tasks.clock
        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self._tasks.net(lambda: send_once(data_dir, clock), self._after_send_once,
                        self._on_failed, label="sync.send")

    def _on_progress(self, done: int, total: int) -> None:
        self._sending = True
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(done)
        self.progress.setFormat(self.tr("Sending %1 of %2").replace("%1", "%v")
                                .replace("%2", "%m"))

    def _on_sent(self, result: object) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        sent = int(getattr(result, "sent", 0)) + int(getattr(result, "duplicates", 0))
        error = getattr(result, "error", None)
        if sent:
            self.run_result.setText(self.tr("%n report(s) sent.", "", sent))
        elif getattr(result, "outcome", None) == Outcome.NOT_CONFIGURED:
            # The engine's own words tell a command-line user to run ``motcua login``.
            self.run_result.setText(self.tr(
                "Not sent: this desk has no receiving server or access code yet. IT staff set "
                "it up under Settings → Connection."))
        else:
            self.run_result.setText(error or self.tr("Nothing is waiting to be sent."))
        self.refresh()

    def _after_send_once(self, result: object) -> None:
        self._on_sent(result)
        self._tasks.changed.emit()

    def _on_failed(self, error: Exception) -> None:
        self._sending = False
        self.send_button.setEnabled(True)
        self.progress.setRange(0, 1)
        self.run_result.setText(str(getattr(error, "message", error)))
        self.refresh()


def _when(moment: datetime | None) -> str | None:
    return format_slip_time(moment) if moment else None
