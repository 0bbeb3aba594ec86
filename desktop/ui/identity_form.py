"""Which commune and desk this PC is: the first-run form, shown again under Settings.

The official list (34 provinces, 3,321 communes) is in memory from ``vietnam-provinces``, so
narrowing it as the clerk types needs no database.
"""

from __future__ import annotations

from desktop.core.commune import communes_of, provinces
from desktop.core.errors import UserError
from desktop.storage.settings import DeskIdentity
from desktop.ui.qt import (
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
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError, PickList, heading, with_error


class DeskNumber(QSpinBox):
    """The desk as the dossier code and the slip write it: "01", not "1"."""

    def textFromValue(self, value: int) -> str:  # noqa: N802 - Qt API
        return f"{value:02d}"


class IdentityForm(QWidget):
    saved = Signal(object)  # DeskIdentity

    def __init__(self, tasks: Tasks, *, first_run: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        layout = QVBoxLayout(self)
        if first_run:
            layout.addWidget(heading(self.tr("Welcome to motcua"), self))
            intro = QLabel(self.tr("Choose your commune and this desk's number once; every "
                                   "dossier code made on this PC uses them."), self)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        pickers = QHBoxLayout()
        self.province = PickList(self.tr("Province or city (type to search)"), self)
        self.commune = PickList(self.tr("Commune or ward (type to search)"), self)
        pickers.addWidget(self.province)
        pickers.addWidget(self.commune)
        layout.addLayout(pickers, 1)
        self.commune_error = InlineError(self)
        layout.addWidget(self.commune_error)
        form = QFormLayout()
        self.agency = QLineEdit(self)
        self.agency.setPlaceholderText("000.17.22.H56")
        self.agency.setAccessibleName(self.tr("Agency identifier"))
        self.agency_error = InlineError(self)
        self.desk = DeskNumber(self)
        self.desk.setRange(1, 99)
        self.desk.setAccessibleName(self.tr("Desk number"))
        self.desk_error = InlineError(self)
        self.officer = QLineEdit(self)
        self.officer.setAccessibleName(self.tr("Officer name"))
        form.addRow(self.tr("Agency identifier:"), with_error(self.agency, self.agency_error))
        form.addRow(self.tr("Desk number (01–99):"), with_error(self.desk, self.desk_error))
        form.addRow(self.tr("Officer:"), self.officer)
        layout.addLayout(form)
        self.save_button = QPushButton(self.tr("Start working") if first_run else self.tr("Save"),
                                       self)
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(self.save_button)
        self.province.chosen.connect(self._load_communes)
        self.province.set_items((name, code) for code, name in provinces())
        self.agency.returnPressed.connect(self.save)
        self.officer.returnPressed.connect(self.save)
        self.setTabOrder(self.province, self.commune)
        self.setTabOrder(self.commune, self.agency)
        self.setTabOrder(self.agency, self.desk)
        self.setTabOrder(self.desk, self.officer)
        self.setTabOrder(self.officer, self.save_button)
        # Keyboard first: the form opens in the province search; Enter there picks the best
        # match and moves on to the commune search, Enter there to the agency identifier.
        self.setFocusProxy(self.province)
        self.province.search.returnPressed.connect(
            lambda: self._next_if_chosen(self.province, self.commune))
        self.commune.search.returnPressed.connect(
            lambda: self._next_if_chosen(self.commune, self.agency))

    @staticmethod
    def _next_if_chosen(picker: PickList, following: QWidget) -> None:
        if picker.current_data() is not None:
            following.setFocus()

    def _load_communes(self, province_code: object) -> None:
        self.commune.set_items((c.name, c.code) for c in communes_of(int(province_code)))

    def show_identity(self, identity: DeskIdentity | None, officer: str = "") -> None:
        if identity is None:
            return
        if not self.province.select_data(identity.commune.province_code):
            return
        self.commune.select_data(identity.commune.code)
        self.agency.setText(identity.agency_id)
        self.desk.setValue(identity.desk)
        self.officer.setText(officer)

    def save(self) -> None:
        for label in (self.commune_error, self.agency_error, self.desk_error):
            label.show_message(None)
        code = self.commune.current_data()
        if code is None:
            self.commune_error.show_message(self.tr("Choose the province, then the commune."))
            self.commune.setFocus()
            return
        agency, desk, officer = self.agency.text(), self.desk.value(), self.officer.text()
        self.save_button.setEnabled(False)
        self._tasks.db(lambda store: store.setup(code, agency, desk, officer),
                       self._on_saved, self._on_error, label="setup")

    def _on_saved(self, identity: DeskIdentity) -> None:
        self.save_button.setEnabled(True)
        self.saved.emit(identity)

    def _on_error(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        target, field = {"agency_id": (self.agency_error, self.agency),
                         "desk": (self.desk_error, self.desk)}.get(
            error.field or "", (self.commune_error, self.commune))
        target.show_message(error.message)
        field.setFocus()
