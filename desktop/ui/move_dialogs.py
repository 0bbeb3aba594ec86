"""The questions the dossier window asks before a move the citizen will read about or that
cannot be undone: the reason (and for a supplement request, the papers to add), a new
appointment with its reason, who the dossier is handed to.

Each dialog only collects and checks what was typed; the dossier window runs the write on the
DB thread. No button is the default, so an Enter typed out of habit never confirms.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from desktop.core.clock import VN_TZ
from desktop.core.states import State
from desktop.core.steps import Role
from desktop.ui.labels import action_label, role_label, state_label
from desktop.ui.qt import (
    QT_TRANSLATE_NOOP,
    QCheckBox,
    QComboBox,
    QCoreApplication,
    QDateTime,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from desktop.ui.widgets import InlineError

_FINAL = QT_TRANSLATE_NOOP("MoveDialogs", "This is a final state: the dossier can never be moved again.")  # noqa: E501
_RETURNED = QT_TRANSLATE_NOOP("MoveDialogs", "The result is handed to the citizen and the dossier is closed.")  # noqa: E501
_PAUSE = QT_TRANSLATE_NOOP("MoveDialogs", "The clock pauses until the papers come back. Only one request is lawful: a second one makes the dossier count as late.")  # noqa: E501


def consequence(target: State) -> str:
    """What the clerk should know before confirming, in one sentence."""
    text = (_FINAL if target.is_final else _RETURNED if target is State.RETURNED
            else _PAUSE if target is State.SUPPLEMENT_REQUESTED else "")
    return QCoreApplication.translate("MoveDialogs", text) if text else ""


class _Base(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.resize(640, 420)
        self.layout_ = QVBoxLayout(self)
        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.layout_.addWidget(self.intro)
        self.form = QFormLayout()
        self.error = InlineError(self)

    def finish(self, confirm_text: str, stretch: bool = False) -> None:
        """The fields (below any list), the error line, then the buttons."""
        self.layout_.addLayout(self.form)
        if stretch:
            self.layout_.addStretch(1)
        self.layout_.addWidget(self.error)
        row = QHBoxLayout()
        self.confirm = QPushButton(confirm_text, self)
        self.cancel = QPushButton(QCoreApplication.translate("MoveDialogs", "Cancel"), self)
        for button in (self.confirm, self.cancel):
            button.setAutoDefault(False)
            button.setDefault(False)
        self.confirm.clicked.connect(self._try_accept)
        self.cancel.clicked.connect(self.reject)
        row.addStretch(1)
        row.addWidget(self.confirm)
        row.addWidget(self.cancel)
        self.layout_.addLayout(row)

    def _try_accept(self) -> None:
        message = self.check()
        self.error.show_message(message)
        if message is None:
            self.accept()

    def check(self) -> str | None:
        return None


@dataclass(frozen=True)
class MoveRequest:
    target: State
    note: str
    payload: dict | None


class ReasonDialog(_Base):
    """A move that needs a reason (supplement request, refusal, stop, withdrawal); a supplement
    request also lists the papers to add, picked from the procedure's list or typed."""

    def __init__(self, code: str, applicant: str, current: State, target: State,
                 documents: tuple[str, ...], parent: QWidget | None = None) -> None:
        intro = (self.tr("Dossier <b>%1</b> of %2 will move to «%3».")
                 .replace("%1", code).replace("%2", applicant)
                 .replace("%3", state_label(target)) + " " + consequence(target))
        super().__init__(action_label(current, target), intro, parent)
        self.target = target
        self.papers: QTableWidget | None = None
        if target is State.SUPPLEMENT_REQUESTED:
            self.layout_.addWidget(QLabel(self.tr("Papers to add or correct (tick them, say why):"),
                                          self))
            self.papers = QTableWidget(0, 2, self)
            self.papers.setAccessibleName(self.tr("Papers to add or correct"))
            self.papers.setHorizontalHeaderLabels([self.tr("Paper"), self.tr("Why")])
            self.papers.horizontalHeader().setStretchLastSection(True)
            self.papers.setColumnWidth(0, 300)
            self.papers.verticalHeader().hide()
            for name in documents:
                self.add_paper(name, checked=False)
            self.layout_.addWidget(self.papers, 1)
            other = QHBoxLayout()
            self.other = QLineEdit(self)
            self.other.setPlaceholderText(self.tr("Another paper, typed"))
            self.other.setAccessibleName(self.tr("Another paper"))
            add = QPushButton(self.tr("Add"), self)
            add.setAutoDefault(False)
            add.clicked.connect(self._add_other)
            self.other.returnPressed.connect(self._add_other)
            other.addWidget(self.other, 1)
            other.addWidget(add)
            self.layout_.addLayout(other)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason"))
        self.form.addRow(self.tr("Reason (required):"), self.reason)
        self.basis: QLineEdit | None = None
        if target in (State.SUPPLEMENT_REQUESTED, State.REFUSED):
            self.basis = QLineEdit(self)
            self.basis.setAccessibleName(self.tr("Legal basis"))
            self.basis.setPlaceholderText(self.tr("e.g. Article 22, Law on Residence 2020"))
            self.form.addRow(self.tr("Legal basis:"), self.basis)
        self.finish(action_label(current, target), stretch=self.papers is None)
        if self.papers is None:
            self.resize(600, 220)
        (self.papers or self.reason).setFocus()

    def add_paper(self, name: str, checked: bool) -> None:
        assert self.papers is not None
        row = self.papers.rowCount()
        self.papers.insertRow(row)
        item = QTableWidgetItem(name)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                      | Qt.ItemFlag.ItemIsSelectable)
        item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        self.papers.setItem(row, 0, item)
        self.papers.setItem(row, 1, QTableWidgetItem(""))

    def _add_other(self) -> None:
        name = self.other.text().strip()
        if name:
            self.add_paper(name, checked=True)
            self.other.clear()

    def missing(self) -> list[dict[str, str]]:
        if self.papers is None:
            return []
        out = []
        for row in range(self.papers.rowCount()):
            item = self.papers.item(row, 0)
            if item.checkState() == Qt.CheckState.Checked:
                why = self.papers.item(row, 1)
                out.append({"name": item.text(), "reason": why.text() if why else ""})
        return out

    def check(self) -> str | None:
        if not self.reason.text().strip():
            self.reason.setFocus()
            return self.tr("Write the reason: it is saved with the dossier and printed on the "
                           "paper.")
        if self.papers is not None and not self.missing():
            return self.tr("Tick or type at least one paper to add or correct.")
        return None

    def request(self) -> MoveRequest:
        payload: dict = {}
        if self.papers is not None:
            payload["missing"] = self.missing()
        if self.basis is not None and self.basis.text().strip():
            payload["basis"] = self.basis.text().strip()
        return MoveRequest(self.target, self.reason.text().strip(), payload or None)


class RescheduleDialog(_Base):
    """Apology and new appointment (form 04): the date and time, and why the dossier is late."""

    def __init__(self, code: str, slip: datetime, proposed: datetime,
                 parent: QWidget | None = None) -> None:
        intro = (self.tr("Dossier <b>%1</b> is overdue or due within one working day. The "
                         "appointment on the slip (%2) still judges it; the citizen receives an "
                         "apology with the new appointment.")
                 .replace("%1", code).replace("%2", slip.strftime("%H:%M %d/%m/%Y")))
        super().__init__(self.tr("Apologise and give a new appointment"), intro, parent)
        self.when = QDateTimeEdit(self)
        self.when.setDisplayFormat("HH:mm dd/MM/yyyy")
        self.when.setCalendarPopup(True)
        self.when.setAccessibleName(self.tr("New appointment"))
        self.set_when(proposed)
        self.form.addRow(self.tr("New appointment:"), self.when)
        self.reason = QLineEdit(self)
        self.reason.setAccessibleName(self.tr("Reason for the delay"))
        self.form.addRow(self.tr("Reason for the delay (required):"), self.reason)
        self.finish(self.tr("Record and print the apology"), stretch=True)
        self.resize(600, 240)
        self.when.setFocus()

    def set_when(self, moment: datetime) -> None:
        self.when.setDateTime(QDateTime(moment.year, moment.month, moment.day, moment.hour,
                                        moment.minute, 0))

    def new_at(self) -> datetime:
        value = self.when.dateTime()
        d, t = value.date(), value.time()
        return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=VN_TZ)

    def check(self) -> str | None:
        if not self.reason.text().strip():
            self.reason.setFocus()
            return self.tr("Write the reason for the delay: the apology prints it.")
        return None


class HandoverDialog(_Base):
    """Hand the dossier to someone on the staff list; back at the desk it may be resolved."""

    def __init__(self, code: str, holder: str, staff: list[tuple[str, str]], can_resolve: bool,
                 parent: QWidget | None = None) -> None:
        intro = (self.tr("Dossier <b>%1</b> is with %2. Each hand-over is a row of the "
                         "process-control sheet (form 06).").replace("%1", code)
                 .replace("%2", holder))
        super().__init__(self.tr("Hand over"), intro, parent)
        self.receiver = QComboBox(self)
        self.receiver.setAccessibleName(self.tr("Receiver"))
        for name, role in staff:
            if name != holder:
                self.receiver.addItem(f"{name} — {role_label(role)}", (name, role))
        self.form.addRow(self.tr("Hand to:"), self.receiver)
        self.note = QLineEdit(self)
        self.note.setAccessibleName(self.tr("Note"))
        self.form.addRow(self.tr("Note:"), self.note)
        self.resolved = QCheckBox(self.tr("The result is ready: mark the dossier resolved"), self)
        self.form.addRow("", self.resolved)
        self._can_resolve = can_resolve
        self.receiver.currentIndexChanged.connect(self._update)
        self._update()
        if not staff:
            self.error.show_message(self.tr("The staff list is empty: add people in Settings."))
        self.finish(self.tr("Hand over"), stretch=True)
        self.resize(600, 260)
        self.receiver.setFocus()

    def _update(self) -> None:
        data = self.receiver.currentData()
        at_desk = bool(data) and data[1] == Role.DESK.value
        self.resolved.setEnabled(self._can_resolve and at_desk)
        if not self.resolved.isEnabled():
            self.resolved.setChecked(False)

    def check(self) -> str | None:
        if self.receiver.currentData() is None:
            return self.tr("Choose who receives the dossier.")
        return None

    def receiver_name(self) -> str:
        return self.receiver.currentData()[0]
