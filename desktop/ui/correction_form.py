"""Sửa thông tin: correct a saved dossier's details, with the reason the law's audit needs.

The form starts from the dossier as stored and sends only the fields the clerk changed; the
DB thread checks them with the receipt rules and records the correction as an event.
"""

from __future__ import annotations

from datetime import datetime

from desktop.core.collation import sort_key
from desktop.core.errors import UserError, ValidationError
from desktop.core.states import Channel
from desktop.storage.corrections import Correction
from desktop.storage.dossiers import Dossier
from desktop.ui.labels import channel_label
from desktop.ui.qt import (
    QComboBox,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.session import Session
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError, edited_time, heading, with_error

#: The free-text fields, in the order the slip shows them.
_LINES = ("applicant", "id_number", "phone", "address", "email", "authorised")


class CorrectionDialog(QDialog):
    """Enter saves (reason required), Esc cancels; ``corrected`` carries the saved dossier."""

    corrected = Signal(object)  # Dossier

    def __init__(self, tasks: Tasks, session: Session, dossier: Dossier,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self._dossier = dossier
        self.errors: dict[str, InlineError] = {}
        self.setWindowTitle(self.tr("Correct details — %1").replace("%1", dossier.code))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Correct details of %1").replace("%1", dossier.code), self))
        explain = QLabel(self.tr(
            "The old and new values, your name, the time and the reason are kept in the "
            "dossier's history and reported upward. The dossier code never changes. Changing "
            "the procedure, channel or receipt time recomputes the appointment (time waiting "
            "for a supplement still does not count)."), self)
        explain.setWordWrap(True)
        layout.addWidget(explain)
        form = QFormLayout()
        names = {
            "applicant": self.tr("Applicant's full name"), "id_number": self.tr("ID number"),
            "phone": self.tr("Phone"), "address": self.tr("Address"), "email": self.tr("Email"),
            "authorised": self.tr("Authorised person"),
        }  # fmt: skip
        self.lines: dict[str, QLineEdit] = {}
        self.procedure = QComboBox(self)
        self.procedure.setAccessibleName(self.tr("Procedure"))
        for procedure in sorted(session.procedures.values(), key=lambda p: sort_key(p.name)):
            self.procedure.addItem(procedure.name, procedure.slug)
        if self.procedure.findData(dossier.procedure) < 0:
            self.procedure.addItem(dossier.procedure_name, dossier.procedure)
        self.procedure.setCurrentIndex(self.procedure.findData(dossier.procedure))
        form.addRow(self.tr("Procedure:"), with_error(self.procedure, self._error("procedure")))
        self.channel = QComboBox(self)
        self.channel.setAccessibleName(self.tr("Channel"))
        for channel in Channel:
            self.channel.addItem(channel_label(channel), int(channel))
        self.channel.setCurrentIndex(self.channel.findData(int(dossier.channel)))
        form.addRow(self.tr("Channel:"), with_error(self.channel, self._error("channel")))
        for key in _LINES:
            edit = QLineEdit(getattr(dossier, key) or "", self)
            edit.setAccessibleName(names[key])
            edit.returnPressed.connect(self.save)
            self.lines[key] = edit
            form.addRow(names[key] + ":", with_error(edit, self._error(key)))
        self.received = QDateTimeEdit(self)
        self.received.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.received.setAccessibleName(self.tr("Received at"))
        at = dossier.received_at
        self.received.setDateTime(QDateTime(at.year, at.month, at.day, at.hour, at.minute, 0))
        form.addRow(self.tr("Received at:"), with_error(self.received, self._error("received_at")))
        self.documents = QLineEdit("; ".join(dossier.documents), self)
        self.documents.setAccessibleName(self.tr("Documents received, separated by ;"))
        self.documents.setPlaceholderText(self.tr("Documents received, separated by ;"))
        self.documents.returnPressed.connect(self.save)
        form.addRow(self.tr("Documents received:"),
                    with_error(self.documents, self._error("documents")))
        self.sets = QSpinBox(self)
        self.sets.setRange(1, 99)
        self.sets.setValue(dossier.sets)
        self.sets.setAccessibleName(self.tr("Number of sets"))
        form.addRow(self.tr("Number of sets:"), with_error(self.sets, self._error("sets")))
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the correction (required)"))
        self.reason.setPlaceholderText(self.tr("Reason for the correction (required)"))
        self.reason.returnPressed.connect(self.save)
        form.addRow(self.tr("Reason:"), with_error(self.reason, self._error("reason")))
        layout.addLayout(form)
        self.general_error = self._error("fields")
        layout.addWidget(self.general_error)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save correction"), self)
        self.save_button.setAutoDefault(False)
        self.save_button.clicked.connect(self.save)
        cancel = QPushButton(self.tr("Cancel"), self)
        cancel.setAutoDefault(False)
        cancel.clicked.connect(self.reject)
        buttons.addStretch(1)
        buttons.addWidget(self.save_button)
        buttons.addWidget(cancel)
        layout.addLayout(buttons)
        self.lines["applicant"].setFocus()

    def _error(self, key: str) -> InlineError:
        self.errors[key] = InlineError(self)
        return self.errors[key]

    def received_at(self) -> datetime:
        return edited_time(self.received)

    def correction(self) -> Correction:
        """Only what differs from the dossier as loaded, so an untouched field is never
        re-checked against today's rules."""
        d = self._dossier
        changed: dict[str, object] = {}
        for key, edit in self.lines.items():
            if edit.text().strip() != (getattr(d, key) or ""):
                changed[key] = edit.text()
        if self.procedure.currentData() != d.procedure:
            changed["procedure"] = self.procedure.currentData()
        if self.channel.currentData() != int(d.channel):
            changed["channel"] = Channel(self.channel.currentData())
        if self.received_at() != d.received_at.replace(second=0, microsecond=0):
            changed["received_at"] = self.received_at()
        documents = tuple(x.strip() for x in self.documents.text().split(";") if x.strip())
        if documents != d.documents:
            changed["documents"] = documents
        if self.sets.value() != d.sets:
            changed["sets"] = self.sets.value()
        return Correction(reason=self.reason.text(), **changed)

    def save(self) -> None:
        correction, code = self.correction(), self._dossier.code
        self.save_button.setEnabled(False)
        self._tasks.db(lambda store: store.dossiers.correct(code, correction, now=store.clock()),
                       self._on_saved, self._on_error, label="dossier.correct")

    def _on_saved(self, dossier: Dossier) -> None:
        self.corrected.emit(dossier)
        self.accept()

    def _on_error(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        errors = error.errors if isinstance(error, ValidationError) else {"fields": error.message}
        for key, label in self.errors.items():
            label.show_message(errors.get(key))
        first = next(iter(errors))
        widget = {"procedure": self.procedure, "channel": self.channel, "received_at": self.received,
                  "documents": self.documents, "sets": self.sets, "reason": self.reason,
                  **self.lines}.get(first)
        if widget is not None:
            widget.setFocus()
