"""One dossier: every field, the timeline of events, and only the moves its state allows.

Keyboard first: the window opens on the first move the state allows; Tab goes moves → note →
print → correct → close → history, the history table being one Tab stop (arrows move inside
it; Tab and Ctrl+Tab leave it). The order is rebuilt from the layouts whenever the moves
change, so a button added to a row joins the order where it is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from desktop.core.clock import format_slip_time, from_iso
from desktop.core.errors import UserError
from desktop.core.reschedule import due_soon
from desktop.core.states import NEEDS_CONFIRMATION, REASON_REQUIRED, TRANSITIONS, State
from desktop.storage.dossiers import Dossier, Event
from desktop.storage.handling import current_holder, reschedules
from desktop.ui.dialogs import ask
from desktop.ui.labels import (
    action_label,
    channel_label,
    field_label,
    shown_value,
    state_label,
    timing_label,
)
from desktop.ui.move_dialogs import (
    HandoverDialog,
    MoveRequest,
    ReasonDialog,
    RescheduleDialog,
    consequence,
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


#: The paper a state is issued with (form 02, 03, 05), offered at once after the move.
PAPER_OF_STATE = {State.SUPPLEMENT_REQUESTED: "supplement", State.REFUSED: "refusal",
                  State.STOPPED: "stop"}


@dataclass(frozen=True)
class DossierView:
    dossier: Dossier
    events: list[Event]
    timing: str | None
    overdue: bool
    staff: tuple[tuple[str, str], ...] = ()
    holder: str = ""
    documents: tuple[str, ...] = ()
    may_reschedule: bool = False
    #: The latest letter that applies (supplement, refusal, stop, apology), if any.
    paper: str | None = None


def load_view(store, code: str) -> DossierView:  # noqa: ANN001 - runs on the DB thread
    dossier = store.dossiers.get(code)
    events = store.dossiers.events(code)
    now = store.clock()
    timing = dossier.timing(now)
    procedure = store.dossiers.procedures().get(dossier.procedure)
    may_reschedule = dossier.end_at is None and due_soon(
        dossier.clock, dossier.rescheduled_to or dossier.appointment_at, now, store.calendar)
    paper = PAPER_OF_STATE.get(dossier.state) or ("apology" if reschedules(events) else None)
    return DossierView(dossier, events, timing.value if timing else None, dossier.is_overdue(now),
                       tuple((m.name, m.role.value) for m in store.staff.list()),
                       current_holder(events).name, procedure.documents if procedure else (),
                       may_reschedule, paper)


class DossierDialog(QDialog):
    """Esc closes; after a move the dialog reloads from the database and tells the window."""

    def __init__(self, tasks: Tasks, printer: Printer, code: str,
                 parent: QWidget | None = None, session: Session | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._printer = printer
        self._session = session
        self.correction_dialog = None
        self.code = code
        self.setWindowTitle(self.tr("Dossier %1").replace("%1", code))
        self.resize(900, 680)  # fits 1366×768 with a taskbar; the history gets the extra room
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
        self.timeline.setColumnWidth(1, 200)  # a full name and "(quầy 01)" on one line
        self.timeline.setColumnWidth(2, 190)
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
        self.control_button = QPushButton(self.tr("Process-control sheet (form 06)"), self)
        self.control_button.setAutoDefault(False)
        self.control_button.clicked.connect(lambda: self._printer.control(self.code))
        #: The letter that goes with the last move (forms 02–05); focused right after the move,
        #: so one key prints it.
        self.paper_button = QPushButton(self)
        self.paper_button.setAutoDefault(False)
        self.paper_button.hide()
        self.paper_button.clicked.connect(self.print_paper)
        self.paper: str | None = None
        self.correct_button = QPushButton(self.tr("Correct details… (Ctrl+E)"), self)
        self.correct_button.setShortcut("Ctrl+E")
        self.correct_button.setAutoDefault(False)
        self.correct_button.setEnabled(False)
        self.correct_button.clicked.connect(self.open_correction)
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setAutoDefault(False)
        self.close_button.clicked.connect(self.reject)
        bottom.addWidget(self.print_button)
        bottom.addWidget(self.paper_button)
        bottom.addWidget(self.control_button)
        bottom.addWidget(self.correct_button)
        bottom.addStretch(1)
        bottom.addWidget(self.close_button)
        self.bottom_row = bottom
        layout.addLayout(bottom)
        self.action_buttons: dict[State, QPushButton] = {}
        #: Actions that are not moves: "handover" and "reschedule".
        self.extra_buttons: dict[str, QPushButton] = {}
        self.view: DossierView | None = None
        self.move_dialog: QDialog | None = None
        self.reload()

    def reload(self) -> None:
        self._tasks.db(lambda store: load_view(store, self.code), self.show_view,
                       self._on_error, label="dossier.view")

    def show_view(self, view: DossierView) -> None:
        self.view = view
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
        if d.rescheduled_to:
            rows.append((self.tr("New appointment"), format_slip_time(d.rescheduled_to)))
        if view.holder:
            rows.append((self.tr("Held by"), view.holder))
        for label, value in rows:
            text = QLabel(value, self)
            text.setWordWrap(True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.fields.addRow(label + ":", text)
        self.timeline.show_rows([self._history_row(e) for e in view.events])
        self._show_actions(d.state)
        self._show_paper(view.paper)
        self._order_focus()

    def _history_row(self, event: Event) -> tuple[str, str, str, str]:
        when = format_slip_time(event.at)
        actor = event.actor + (self.tr(" (desk %1)").replace("%1", f"{event.desk:02d}")
                               if event.desk else "")
        mark = self.tr(" — CONFLICT: not applied") if event.conflict else ""
        if not event.is_correction:
            return (when, actor, self._event_text(event) + mark, event.note or "")
        name = self._session.procedure_name if self._session else str
        changed = "; ".join(f"{field_label(c.field)}: {shown_value(c.field, c.old, name)} → "
                            f"{shown_value(c.field, c.new, name)}" for c in event.changes)
        return (when, actor, self.tr("Details corrected") + mark,
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
        if self.view is None or self._session is None:
            return
        from desktop.ui.correction_form import CorrectionDialog

        dialog = CorrectionDialog(self._tasks, self._session, self.view.dossier, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.corrected.connect(self._on_corrected)
        self.correction_dialog = dialog
        dialog.open()

    def _on_corrected(self, _dossier: Dossier) -> None:
        self.correction_dialog = None
        self.reload()

    def _event_text(self, e: Event) -> str:
        if e.kind == "handover":
            return (self.tr("Hand-over: %1 → %2").replace("%1", e.payload["giver"])
                    .replace("%2", e.payload["receiver"]))
        if e.kind == "reschedule":
            return self.tr("New appointment: %1").replace(
                "%1", format_slip_time(from_iso(e.payload["rescheduled_to"])))
        if e.payload.get("missing"):
            names = "; ".join(item["name"] for item in e.payload["missing"])
            return f"{state_label(e.to_state)} ({names})"
        return state_label(e.to_state)

    def _show_actions(self, state: State) -> None:
        for button in [*self.action_buttons.values(), *self.extra_buttons.values()]:
            self.actions_row.removeWidget(button)
            button.deleteLater()
        self.action_buttons = {}
        self.extra_buttons = {}
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
        else:
            extras = {"handover": (self.tr("Hand over"), self.ask_handover)}
            if self.view is not None and self.view.may_reschedule:
                extras["reschedule"] = (self.tr("Apologise and reschedule"), self.ask_reschedule)
            for key, (label, slot) in extras.items():
                button = QPushButton(label, self)
                button.setAutoDefault(False)
                button.clicked.connect(slot)
                self.actions_row.addWidget(button)
                self.extra_buttons[key] = button
        self.note.setEnabled(bool(allowed))

    def _show_paper(self, paper: str | None) -> None:
        self.paper = paper
        labels = {"supplement": self.tr("Print supplement request (form 02)"),
                  "refusal": self.tr("Print refusal (form 03)"),
                  "apology": self.tr("Print apology and new appointment (form 04)"),
                  "stop": self.tr("Print stop notice (form 05)")}
        self.paper_button.setVisible(paper is not None)
        if paper is not None:
            self.paper_button.setText(labels[paper])

    def print_paper(self) -> None:
        if self.paper is not None:
            self._printer.letter(self.paper, self.code)

    # -- moves --------------------------------------------------------------------------
    def move_to(self, target: State) -> None:
        view = self.view
        if view is None:
            return
        d = view.dossier
        if target in REASON_REQUIRED:
            dialog = ReasonDialog(d.code, d.applicant, d.state, target, view.documents, self)
            dialog.accepted.connect(lambda: self._run_move(dialog.request()))
            self._open(dialog)
        elif target in NEEDS_CONFIRMATION:
            text = (self.tr("Move dossier %1 of %2 to «%3»?").replace("%1", d.code)
                    .replace("%2", d.applicant).replace("%3", state_label(target))
                    + " " + consequence(target))
            self.move_dialog = ask(self, action_label(d.state, target), text,
                                   lambda: self._run_move(MoveRequest(target, self.note.text(),
                                                                      None)))
        else:
            self._run_move(MoveRequest(target, self.note.text(), None))

    def _open(self, dialog: QDialog) -> None:
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.move_dialog = dialog
        dialog.open()

    def _run_move(self, request: MoveRequest) -> None:
        code = self.code
        self.error.show_message(None)
        self._set_busy(True)

        def job(store) -> DossierView:  # noqa: ANN001 - runs on the DB thread
            store.dossiers.set_status(code, request.target, now=store.clock(),
                                      note=request.note or None, payload=request.payload)
            return load_view(store, code)

        self._tasks.db(job, self._on_moved, self._on_error, label="dossier.move")

    def ask_handover(self) -> None:
        view = self.view
        if view is None:
            return
        d = view.dossier
        can_resolve = State.RESOLVED in TRANSITIONS[d.state]
        dialog = HandoverDialog(d.code, view.holder, list(view.staff), can_resolve, self)
        dialog.accepted.connect(lambda: self._handover(
            dialog.receiver_name(), dialog.note.text() or None, dialog.resolved.isChecked()))
        self._open(dialog)

    def _handover(self, receiver: str, note: str | None, resolved: bool) -> None:
        code = self.code
        self._run(lambda store: store.handling.handover(code, receiver, now=store.clock(),
                                                        note=note, resolved=resolved),
                  "dossier.handover")

    def ask_reschedule(self) -> None:
        view = self.view
        if view is None:
            return
        d = view.dossier
        latest = d.rescheduled_to or d.appointment_at
        proposed = max(latest, self._tasks.clock()).replace(hour=16, minute=0, second=0) \
            + timedelta(days=1)
        dialog = RescheduleDialog(d.code, d.appointment_at, proposed, self)
        dialog.accepted.connect(lambda: self._reschedule(dialog.new_at(), dialog.reason.text()))
        self._open(dialog)

    def _reschedule(self, new_at: datetime, reason: str) -> None:
        """Values read on the GUI thread: the dialog is gone by the time the job runs."""
        code = self.code
        self._run(lambda store: store.handling.reschedule(code, new_at, reason, now=store.clock()),
                  "dossier.reschedule")

    def _run(self, write, label: str) -> None:  # noqa: ANN001 - a job taking the store
        code = self.code
        self.error.show_message(None)
        self._set_busy(True)

        def job(store) -> DossierView:  # noqa: ANN001 - runs on the DB thread
            write(store)
            return load_view(store, code)

        self._tasks.db(job, self._on_moved, self._on_error, label=label)

    def _set_busy(self, busy: bool) -> None:
        for button in [*self.action_buttons.values(), *self.extra_buttons.values()]:
            button.setEnabled(not busy)

    def _on_moved(self, view: DossierView) -> None:
        self.note.clear()
        before = self.view
        self.show_view(view)
        fresh = view.paper is not None and (
            before is None or before.paper != view.paper
            or len([e for e in view.events if e.kind == "reschedule"])
            > len([e for e in before.events if e.kind == "reschedule"]))
        if fresh:
            self.paper_button.setFocus()
        # The question or form that asked for the move has closed: the keyboard comes back here.
        self.activateWindow()

    def _on_error(self, error: UserError) -> None:
        self.error.show_message(error.message)
        self._set_busy(False)
