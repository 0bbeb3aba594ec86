"""One dossier: every field, the timeline of events, and only the moves its state allows."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.clock import format_slip_time
from desktop.core.errors import UserError
from desktop.core.states import TRANSITIONS, State
from desktop.storage.dossiers import Dossier, Event
from desktop.ui.labels import action_label, channel_label, state_label, timing_label
from desktop.ui.printing import Printer
from desktop.ui.qt import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import HistoryTable, InlineError, heading

#: Moves listed in the order a dossier usually goes.
ACTION_ORDER = (State.RECEIVED, State.PROCESSING, State.SUPPLEMENT_REQUESTED, State.FEES_DUE,
                State.RESOLVED, State.RETURNED, State.WITHDRAWN, State.REFUSED, State.STOPPED)


@dataclass(frozen=True)
class DossierView:
    dossier: Dossier
    events: list[Event]
    timing: str | None
    overdue: bool


def load_view(store, code: str) -> DossierView:  # noqa: ANN001 - runs on the DB thread
    dossier = store.dossiers.get(code)
    now = store.clock()
    timing = dossier.timing(now)
    return DossierView(dossier, store.dossiers.events(code), timing.value if timing else None,
                       dossier.is_overdue(now))


class DossierDialog(QDialog):
    """Esc closes; after a move the dialog reloads from the database and tells the window."""

    def __init__(self, tasks: Tasks, printer: Printer, code: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._printer = printer
        self.code = code
        self.setWindowTitle(self.tr("Dossier %1").replace("%1", code))
        self.resize(900, 620)
        layout = QVBoxLayout(self)
        self.title = heading(code, self)
        layout.addWidget(self.title)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)
        self.fields = QFormLayout()
        layout.addLayout(self.fields)
        layout.addWidget(QLabel(self.tr("History"), self))
        self.timeline = HistoryTable(
            [self.tr("When"), self.tr("Who"), self.tr("Moved to"), self.tr("Note")],
            self.tr("History of this dossier"), self)
        self.timeline.setColumnWidth(0, 130)
        self.timeline.setColumnWidth(1, 140)
        self.timeline.setColumnWidth(2, 220)
        layout.addWidget(self.timeline, 1)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("Note for the next move (optional)"))
        self.note.setAccessibleName(self.tr("Note"))
        layout.addWidget(self.note)
        self.error = InlineError(self)
        layout.addWidget(self.error)
        self.actions_row = QHBoxLayout()
        layout.addLayout(self.actions_row)
        bottom = QHBoxLayout()
        self.print_button = QPushButton(self.tr("Print receipt slip (Ctrl+P)"), self)
        self.print_button.setShortcut("Ctrl+P")
        self.print_button.clicked.connect(lambda: self._printer.receipt(self.code))
        close = QPushButton(self.tr("Close"), self)
        close.clicked.connect(self.reject)
        bottom.addWidget(self.print_button)
        bottom.addStretch(1)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.action_buttons: dict[State, QPushButton] = {}
        self.reload()

    def reload(self) -> None:
        self._tasks.db(lambda store: load_view(store, self.code), self.show_view,
                       self._on_error, label="dossier.view")

    def show_view(self, view: DossierView) -> None:
        d = view.dossier
        mark = timing_label(view.timing) if view.timing else (
            self.tr("Overdue") if view.overdue else self.tr("Within deadline"))
        self.status.setText(
            self.tr("<b>%1</b> · appointment %2 · %3")
            .replace("%1", state_label(d.state))
            .replace("%2", format_slip_time(d.appointment_at)).replace("%3", mark))
        while self.fields.rowCount():
            self.fields.removeRow(0)
        rows = [
            (self.tr("Procedure"), d.procedure_name), (self.tr("Field"), d.field_name),
            (self.tr("Channel"), channel_label(d.channel)), (self.tr("Applicant"), d.applicant),
            (self.tr("ID number"), d.id_number or "—"), (self.tr("Phone"), d.phone or "—"),
            (self.tr("Address"), d.address or "—"), (self.tr("Email"), d.email or "—"),
            (self.tr("Authorised person"), d.authorised or "—"),
            (self.tr("Documents received"),
             "; ".join(d.documents) + self.tr(" (%1 set(s))").replace("%1", str(d.sets))
             if d.documents else self.tr("%1 set(s)").replace("%1", str(d.sets))),
            (self.tr("Received at"), format_slip_time(d.received_at)),
            (self.tr("Appointment"), format_slip_time(d.appointment_at)),
        ]
        for label, value in rows:
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label + ":", text)
        self.timeline.show_rows([
            (format_slip_time(e.at),
             e.actor + (self.tr(" (desk %1)").replace("%1", f"{e.desk:02d}") if e.desk else ""),
             state_label(e.to_state) + (self.tr(" — CONFLICT: not applied") if e.conflict else ""),
             e.note or "")
            for e in view.events
        ])
        self._show_actions(d.state)

    def _show_actions(self, state: State) -> None:
        for button in self.action_buttons.values():
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        allowed = TRANSITIONS[state]
        for target in ACTION_ORDER:
            if target in allowed:
                button = QPushButton(action_label(state, target), self)
                button.setAutoDefault(False)
                button.clicked.connect(lambda _=False, t=target: self.move_to(t))
                self.actions_row.addWidget(button)
                self.action_buttons[target] = button
        if not allowed:
            button = QPushButton(self.tr("Final state: no further moves"), self)
            button.setEnabled(False)
            self.actions_row.addWidget(button)
            self.action_buttons[state] = button
        self.note.setEnabled(bool(allowed))

    def move_to(self, target: State) -> None:
        note, code = self.note.text(), self.code
        self.error.show_message(None)
        for button in self.action_buttons.values():
            button.setEnabled(False)

        def job(store) -> DossierView:  # noqa: ANN001 - runs on the DB thread
            store.dossiers.set_status(code, target, now=store.clock(), note=note or None)
            return load_view(store, code)

        self._tasks.db(job, self._on_moved, self._on_error, label="dossier.move")

    def _on_moved(self, view: DossierView) -> None:
        self.note.clear()
        self.show_view(view)
        self._tasks.changed.emit()

    def _on_error(self, error: UserError) -> None:
        self.error.show_message(error.message)
        for button in self.action_buttons.values():
            button.setEnabled(True)
