"""Tiếp nhận hồ sơ: the desk form. Pick the procedure, type the applicant, Enter saves.

The appointment is previewed from the session's copy of the working calendar (pure date
arithmetic, no database), and the same rules decide it again when the DB thread saves.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.catalogue import Procedure
from desktop.core.clock import format_slip_time
from desktop.core.collation import sort_key
from desktop.core.errors import UserError, ValidationError
from desktop.core.states import Channel
from desktop.storage.dossiers import Dossier, NewDossier
from desktop.ui.labels import channel_label
from desktop.ui.printing import Printer
from desktop.ui.qt import (
    QComboBox,
    QDateTime,
    QDateTimeEdit,
    QFormLayout,
    QFrame,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.session import Session
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError, PickList, edited_time, heading, with_error


class NewDossierPage(QWidget):
    saved = Signal(object)  # Dossier

    def __init__(self, tasks: Tasks, session: Session, printer: Printer,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._session = session
        self._printer = printer
        self._received_edited = False
        self.last_code: str | None = None
        self.errors: dict[str, InlineError] = {}

        left = QVBoxLayout()
        left.addWidget(heading(self.tr("Receive a dossier"), self))
        self.procedure = PickList(self.tr("Procedure (type to search)"), self)
        ordered = sorted(session.procedures.values(), key=lambda p: sort_key(p.name))
        self.procedure.set_items(
            ((f"{p.name} — {session.field_names.get(p.field, p.field)}", p.slug) for p in ordered),
            titles=[p.name for p in ordered])
        left.addWidget(self.procedure, 2)
        left.addWidget(self._error("procedure"))
        self.procedure_info = QLabel(self)
        self.procedure_info.setWordWrap(True)
        left.addWidget(self.procedure_info)
        left.addWidget(QLabel(self.tr("Documents received:"), self))
        self.documents = QListWidget(self)
        self.documents.setAccessibleName(self.tr("Documents received"))
        left.addWidget(self.documents, 1)

        form = QFormLayout()
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel"))
        for channel in Channel:
            self.channel.addItem(channel_label(channel), int(channel))
        self.applicant = self._line(self.tr("Applicant's full name"))
        self.id_number = self._line(self.tr("Citizen ID number (12 digits)"))
        self.phone = self._line(self.tr("Phone"))
        self.address = self._line(self.tr("Address"))
        self.email = self._line(self.tr("Email"))
        self.authorised = self._line(self.tr("Authorised person (if any)"))
        self.sets = QSpinBox(self)
        self.sets.setRange(1, 99)
        self.sets.setAccessibleName(self.tr("Number of sets"))
        self.received = QDateTimeEdit(self)
        self.received.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.received.setCalendarPopup(True)
        self.received.setAccessibleName(self.tr("Received at"))
        self.note = self._line(self.tr("Note"))
        rows = (
            (self.tr("Channel:"), self.channel, "channel"),
            (self.tr("Applicant:"), self.applicant, "applicant"),
            (self.tr("ID number:"), self.id_number, "id_number"),
            (self.tr("Phone:"), self.phone, "phone"),
            (self.tr("Address:"), self.address, "address"),
            (self.tr("Email:"), self.email, "email"),
            (self.tr("Authorised person:"), self.authorised, "authorised"),
            (self.tr("Number of sets:"), self.sets, "sets"),
            (self.tr("Received at:"), self.received, "received_at"),
            (self.tr("Note:"), self.note, "note"),
        )
        for label, widget, key in rows:
            form.addRow(label, with_error(widget, self._error(key)))
        self.appointment = QLabel(self)
        self.appointment.setFrameShape(QFrame.Shape.StyledPanel)
        self.appointment.setAccessibleName(self.tr("Appointment"))
        self.appointment.setStyleSheet("padding: 6px; font-weight: bold;")
        self.save_button = QPushButton(self.tr("Save dossier (Enter)"), self)
        self.save_button.setDefault(True)
        self.result = QGroupBox(self)
        result_layout = QHBoxLayout(self.result)
        self.result_label = QLabel(self.result)
        self.result_label.setWordWrap(True)
        self.print_button = QPushButton(self.tr("Print receipt slip (Ctrl+P)"), self.result)
        self.print_button.setShortcut("Ctrl+P")
        result_layout.addWidget(self.result_label, 1)
        result_layout.addWidget(self.print_button)
        self.result.hide()
        right = QVBoxLayout()
        right.addLayout(form)
        right.addWidget(self.appointment)
        right.addWidget(self.save_button)
        right.addWidget(self.result)
        right.addStretch(1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 5)
        layout.addLayout(right, 6)

        self.procedure.chosen.connect(self._on_procedure)
        self.received.dateTimeChanged.connect(self._on_received_edited)
        self.save_button.clicked.connect(self.save)
        self.print_button.clicked.connect(self.print_last)
        for edit in (self.applicant, self.id_number, self.phone, self.address, self.email,
                     self.authorised, self.note):
            edit.returnPressed.connect(self.save)
        self.procedure.search.returnPressed.connect(self._procedure_entered)
        self.reset()

    def _line(self, name: str) -> QLineEdit:
        edit = QLineEdit(self)
        edit.setAccessibleName(name)
        edit.setPlaceholderText(name)
        return edit

    def _error(self, key: str) -> InlineError:
        self.errors[key] = InlineError(self)
        return self.errors[key]

    # -- the form -----------------------------------------------------------------------
    def reset(self) -> None:
        for edit in (self.applicant, self.id_number, self.phone, self.address, self.email,
                     self.authorised, self.note):
            edit.clear()
        self.procedure.search.clear()
        for row in range(self.documents.count()):  # the procedure stays; its papers start afresh
            self.documents.item(row).setCheckState(Qt.CheckState.Checked)
        self.sets.setValue(1)
        self.channel.setCurrentIndex(0)
        self._set_received_now()
        self._show_errors({})
        self.procedure.setFocus()

    def has_typed_data(self) -> bool:
        """Something the clerk typed would be lost by leaving (the procedure alone is not)."""
        return any(edit.text().strip() for edit in (
            self.applicant, self.id_number, self.phone, self.address, self.email,
            self.authorised, self.note))

    def _set_received_now(self) -> None:
        now = self._tasks.clock()
        self.received.blockSignals(True)
        self.received.setDateTime(QDateTime(now.year, now.month, now.day, now.hour, now.minute, 0))
        self.received.blockSignals(False)
        self._received_edited = False
        self._preview()

    def _on_received_edited(self) -> None:
        self._received_edited = True
        self._preview()

    def received_at(self) -> datetime:
        if not self._received_edited:
            return self._tasks.clock()
        return edited_time(self.received)

    def current_procedure(self) -> Procedure | None:
        slug = self.procedure.current_data()
        return self._session.procedures.get(slug) if slug else None

    def _on_procedure(self, slug: object) -> None:
        procedure = self._session.procedures.get(str(slug))
        self.documents.clear()
        if procedure is None:
            self.procedure_info.clear()
            return
        days = (self.tr("same day (after the cut-off: next working day)") if procedure.days == 0
                and procedure.cutoff else self.tr("same day") if procedure.days == 0
                else self.tr("%n working day(s)", "", procedure.days))
        text = (self.tr("Field: %1 · Legal time: <b>%2</b>")
                .replace("%1", self._session.field_names.get(procedure.field, procedure.field))
                .replace("%2", days))
        best = self._session.procedures.get(str(self.procedure.best_data()))
        differs = best is not None and (best.days, best.cutoff) != (procedure.days, procedure.cutoff)
        if differs:
            text += "<br>" + self.tr("⚠ Not the best match for what you typed (%1): check that "
                                     "this is the procedure and the legal time you want."
                                     ).replace("%1", best.name)
        self.procedure_info.setText(text)
        self.procedure_info.setStyleSheet(
            "background: #fff3cd; color: #7a4b00; padding: 4px;" if differs else "")
        for name in procedure.documents:
            item = QListWidgetItem(name, self.documents)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
        self._preview()

    def _preview(self) -> None:
        procedure = self.current_procedure()
        if procedure is None:
            self.appointment.setText(self.tr("Appointment: choose a procedure first"))
            return
        due = self._session.calendar.appointment(self.received_at(), procedure.days,
                                                 cutoff_applies=procedure.cutoff)
        self.appointment.setText(self.tr("Appointment: %1").replace("%1", format_slip_time(due)))

    def _procedure_entered(self) -> None:
        """Enter in the procedure search picks the highlighted one and moves on to the
        applicant, where the clerk types next."""
        if self.current_procedure() is None:
            self._show_errors({"procedure": self.tr("Choose the procedure from the list.")})
            return
        self._show_errors({})
        self.applicant.setFocus()

    def checked_documents(self) -> tuple[str, ...]:
        items = (self.documents.item(r) for r in range(self.documents.count()))
        return tuple(i.text() for i in items if i.checkState() == Qt.CheckState.Checked)

    # -- saving -------------------------------------------------------------------------
    def save(self) -> None:
        procedure = self.current_procedure()
        if procedure is None:
            self._show_errors({"procedure": self.tr("Choose the procedure from the list.")})
            self.procedure.setFocus()
            return
        new = NewDossier(
            procedure=procedure.slug, applicant=self.applicant.text(),
            channel=self.channel.currentData(), id_number=self.id_number.text() or None,
            phone=self.phone.text() or None, address=self.address.text() or None,
            email=self.email.text() or None, authorised=self.authorised.text() or None,
            documents=self.checked_documents(), sets=self.sets.value(),
            received_at=self.received_at() if self._received_edited else None,
            note=self.note.text() or None)
        self.save_button.setEnabled(False)
        self._tasks.db(lambda store: store.dossiers.add(new, now=store.clock()), self._on_saved,
                       self._on_error, label="dossier.add")

    def _on_saved(self, dossier: Dossier) -> None:
        self.save_button.setEnabled(True)
        self.last_code = dossier.code
        self.result.setTitle(self.tr("Saved"))
        self.result_label.setText(
            self.tr("Dossier <b>%1</b> for %2 — appointment <b>%3</b>.")
            .replace("%1", dossier.code).replace("%2", dossier.applicant)
            .replace("%3", format_slip_time(dossier.appointment_at)))
        self.result.show()
        self.reset()
        self.saved.emit(dossier)

    def _on_error(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationError) else {
            error.field or "procedure": error.message}
        self._show_errors(errors)
        first = next(iter(errors), None)
        widget = {"applicant": self.applicant, "id_number": self.id_number,
                  "phone": self.phone, "email": self.email,
                  "received_at": self.received}.get(first or "")
        if widget is not None:
            widget.setFocus()

    def _show_errors(self, errors: dict[str, str]) -> None:
        for key, label in self.errors.items():
            label.show_message(errors.get(key))
        unknown = [m for k, m in errors.items() if k not in self.errors]
        if unknown:
            self.errors["procedure"].show_message(" ".join(unknown))

    def print_last(self) -> None:
        if self.last_code:
            self._printer.receipt(self.last_code)
