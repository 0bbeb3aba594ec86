"""One dossier: every field, the timeline of events, and only the moves its state allows.

Keyboard first: the window opens on the first move the state allows; Tab goes moves → note →
print → correct → close → history, the history table being one Tab stop (arrows move inside
it; Tab and Ctrl+Tab leave it). The order is rebuilt from the layouts whenever the moves
change, so a button added to a row joins the order where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass

from desktop.core.clock import format_slip_time
from desktop.core.errors import UserError
from desktop.core.states import TRANSITIONS, State
from desktop.storage.dossiers import Dossier, Event
from desktop.ui.labels import (
    action_label,
    channel_label,
    field_label,
    shown_value,
    state_label,
    timing_label,
)
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
from desktop.ui.session import Session
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import HistoryTable, InlineError, chain_focus, heading, layout_widgets

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
                 parent: QWidget | None = None, session: Session | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._printer = printer
        self._session = session
        self._view: DossierView | None = None
        self.correction_dialog = None
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
        self.print_button.setAutoDefault(False)
        self.correct_button = QPushButton(self.tr("Correct details… (Ctrl+E)"), self)
        self.correct_button.setShortcut("Ctrl+E")
        self.correct_button.setAutoDefault(False)
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self.open_correction)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.correct_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        self.bottom_row = bottom
        layout.addLayout(bottom)
        self.action_buttons: dict[State, QPushButton] = {}
        self.reload()

    def reload(self) -> None:
        self._tasks.db(lambda store: load_view(store, self.code), self.show_view,
                       self._on_error, label="dossier.view")

    def show_view(self, view: DossierView) -> None:
        self._view = view
        self.correct_button.setEnabled(self._session is not None)
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
        self.timeline.show_rows([self._history_row(e) for e in view.events])
        self._show_actions(d.state)
        self._order_focus()

    def _history_row(self, event: Event) -> tuple[str, str, str, str]:
        when = format_slip_time(event.at)
        if not event.is_correction:
            return (when, event.actor, state_label(event.to_state), event.note or "")
        name = self._session.procedure_name if self._session else str
        changed = "; ".join(f"{field_label(c.field)}: {shown_value(c.field, c.old, name)} → "
                            f"{shown_value(c.field, c.new, name)}" for c in event.changes)
        return (when, event.actor, self.tr("Details corrected"),
                self.tr("%1 — reason: %2").replace("%1", changed).replace("%2", event.note or ""))

    def _order_focus(self) -> None:
        """Moves → note → print → correct → close → history; focus on the first enabled move
        (or on print when the state allows none)."""
        moves = layout_widgets(self.actions_row)
        for button in moves:
            button.show()  # new buttons are shown by the layout later; focus needs them now
        chain_focus([*moves, self.note, *layout_widgets(self.bottom_row), self.timeline])
        first = next((b for b in moves if b.isEnabled()), self.print_button)
        first.setFocus()

    def open_correction(self) -> None:
        if self._view is None or self._session is None:
            return
        from desktop.ui.correction_form import CorrectionDialog

        dialog = CorrectionDialog(self._tasks, self._session, self._view.dossier, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._on_corrected)
        self.correction_dialog = dialog
        dialog.open()

    def _on_corrected(self, _dossier: Dossier) -> None:
        self.correction_dialog = None
        self.reload()
        self._tasks.changed.emit()

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
