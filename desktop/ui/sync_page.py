"""Đồng bộ: what is waiting to go upward, what was set aside and why, and a "send now" button.

Reads the outbox and the attempts log directly; the sync service (``desktop.sync``), when this
build has one, does the sending on the network thread via ``send_now(data_dir)``.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass

from desktop.core.clock import format_slip_time, from_epoch
from desktop.storage import outbox
from desktop.storage.outbox import OutboxRow, OutboxState
from desktop.ui.dialogs import show_message
from desktop.ui.labels import outbox_state_label
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
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import heading


@dataclass(frozen=True)
class SyncView:
    counts: dict[str, int]
    rows: list[OutboxRow]
    set_aside: list[OutboxRow]
    last_success: int | None
    last_error: tuple[int, str] | None


def load_sync(store) -> SyncView:  # noqa: ANN001 - runs on the DB thread
    conn = store.conn
    success = conn.execute(
        "SELECT max(at) FROM sync_attempts WHERE result IN ('ok', 'success', 'sent')").fetchone()[0]
    error = conn.execute(
        "SELECT at, error FROM sync_attempts WHERE error IS NOT NULL ORDER BY at DESC LIMIT 1"
    ).fetchone()
    return SyncView(outbox.counts(conn), outbox.rows(conn, None, 200),
                    outbox.rows(conn, OutboxState.FAILED.value, 100), success,
                    (error[0], error[1]) if error else None)


def sync_service():  # noqa: ANN201 - the optional module, swapped in when it exists
    try:
        module = importlib.import_module("desktop.sync")
    except ImportError:
        return None
    return module if hasattr(module, "send_now") else None


class SyncPage(QWidget):
    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Sending reports upward"), self))
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
        layout.addWidget(self.last_success)
        layout.addWidget(self.last_error)
        row = QHBoxLayout()
        self.progress = QProgressBar(self)
        self.progress.setAccessibleName(self.tr("Sending progress"))
        self.progress.setRange(0, 1)
        self.progress.setValue(0)
        self.send_button = QPushButton(self.tr("Send now"), self)
        row.addWidget(self.progress, 1)
        row.addWidget(self.send_button)
        layout.addLayout(row)
        aside = QGroupBox(self.tr("Set aside (needs attention)"), self)
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

    @staticmethod
    def _table(parent: QWidget, headers: list[str]) -> QTableWidget:
        table = QTableWidget(0, len(headers), parent)
        table.setAccessibleName(parent.title() if isinstance(parent, QGroupBox) else "")
        table.setHorizontalHeaderLabels(headers)
        table.verticalHeader().hide()
        table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def refresh(self) -> None:
        self._tasks.db(load_sync, self.show_view, label="sync.load")

    def show_view(self, view: SyncView) -> None:
        for state in OutboxState:
            self.count_labels[state.value].setText(
                f"{outbox_state_label(state)}: <b>{view.counts.get(state.value, 0)}</b>")
        self.last_success.setText(self.tr("Last successful send: %1").replace(
            "%1", _when(view.last_success) or self.tr("never")))
        if view.last_error:
            self.last_error.setText(self.tr("Last problem (%1): %2")
                                    .replace("%1", _when(view.last_error[0]) or "")
                                    .replace("%2", view.last_error[1]))
        else:
            self.last_error.setText(self.tr("No sending problem recorded."))
        total = sum(view.counts.values())
        self.progress.setRange(0, max(1, total))
        self.progress.setValue(view.counts.get(OutboxState.SENT.value, 0))
        self._fill(self.aside_table, [(_when(r.created_at), r.kind, r.entity or "",
                                       r.last_error or "") for r in view.set_aside])
        self._fill(self.queue_table, [(_when(r.created_at), r.kind, r.entity or "",
                                       outbox_state_label(r.state), str(r.attempts))
                                      for r in view.rows])

    @staticmethod
    def _fill(table: QTableWidget, rows: list[tuple]) -> None:
        table.setRowCount(len(rows))
        for r, values in enumerate(rows):
            for c, value in enumerate(values):
                table.setItem(r, c, QTableWidgetItem(value or ""))

    def send_now(self) -> None:
        service = sync_service()
        if service is None:
            show_message(self, self.tr("Sync"), self.tr(
                "Sending is not set up in this version yet; reports stay safely in the queue."))
            return
        data_dir = self._tasks.data_dir
        self.send_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self._tasks.net(lambda: service.send_now(data_dir), self._on_sent, self._on_failed,
                        label="sync.send")

    def _on_sent(self, _result: object) -> None:
        self.send_button.setEnabled(True)
        self.refresh()

    def _on_failed(self, error: Exception) -> None:
        self.send_button.setEnabled(True)
        self.last_error.setText(str(getattr(error, "message", error)))
        self.refresh()


def _when(epoch: int | None) -> str | None:
    moment = from_epoch(epoch)
    return format_slip_time(moment) if moment else None
