"""Cài đặt → Kết nối: commune IT staff set up sending without a terminal.

The same rules as ``motcua login`` (``desktop.sync.config``): https only (http just for this
PC), a pasted token checked with ``whoami`` before it is kept in the OS keyring and never shown
again. Settings and the keyring are touched on the DB thread, the server asked on the network
thread; the GUI thread only shows what came back.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.core.errors import UserError
from desktop.sync.config import (
    TokenCheck,
    check_endpoint,
    check_token,
    clean_token,
    keep_token,
    mismatch,
    token_for,
    tokens_for,
    verify_setting,
)  # fmt: skip
from desktop.ui.hub_finder import HubFinder
from desktop.ui.qt import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError


@dataclass(frozen=True)
class ConnectionView:
    endpoint: str
    ca_bundle: str
    send_personal_data: bool
    has_token: bool
    where: str


@dataclass(frozen=True)
class Prepared:
    """What the network step needs, read on the DB thread."""

    endpoint: str
    token: str | None
    verify: bool | str


class ConnectionTab(QWidget):
    """``tokens`` makes the token store of a Store (the keyring by default; tests pass one)."""

    saved = Signal()

    def __init__(self, tasks: Tasks, parent: QWidget | None = None,
                 tokens: Callable | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        self.tokens = tokens or tokens_for
        form = QFormLayout(self)
        intro = QLabel(self.tr("Where this desk sends its reports, and the access token the "
                               "province or district gave for this desk."), self)
        intro.setWordWrap(True)
        form.addRow(intro)
        self.endpoint = QLineEdit(self)
        self.endpoint.setPlaceholderText("https://baocao.tinh.gov.vn")
        self.endpoint.setAccessibleName(self.tr("Receiving server address"))
        endpoint_row = QHBoxLayout()
        endpoint_row.addWidget(self.endpoint)
        self.find_hub = QPushButton(self.tr("Find on the LAN…"), self)
        self.find_hub.setToolTip(self.tr("List the commune hubs that announce themselves on "
                                         "this network"))
        endpoint_row.addWidget(self.find_hub)
        self.hub_finder: HubFinder | None = None
        form.addRow(self.tr("Server address:"), endpoint_row)
        self.token = QLineEdit(self)
        self.token.setEchoMode(QLineEdit.EchoMode.Password)
        self.token.setPlaceholderText(self.tr("Paste the access token (it is not shown again)"))
        self.token.setAccessibleName(self.tr("Access token"))
        form.addRow(self.tr("Access token:"), self.token)
        self.token_status = QLabel(self)
        self.token_status.setWordWrap(True)
        form.addRow("", self.token_status)
        ca_row = QHBoxLayout()
        self.ca_bundle = QLineEdit(self)
        self.ca_bundle.setReadOnly(True)
        self.ca_bundle.setPlaceholderText(self.tr("None: the usual certificate authorities"))
        self.ca_bundle.setAccessibleName(self.tr("Extra CA certificate file"))
        self.choose_ca = QPushButton(self.tr("Choose file…"), self)
        self.clear_ca = QPushButton(self.tr("Use none"), self)
        for widget in (self.ca_bundle, self.choose_ca, self.clear_ca):
            ca_row.addWidget(widget)
        form.addRow(self.tr("Extra CA certificate:"), ca_row)
        self.personal = QCheckBox(self.tr("Send applicants' personal data with the reports"), self)
        form.addRow("", self.personal)
        explain = QLabel(self.tr(
            "Off (recommended unless the province asks for it): reports carry dossier codes, "
            "procedures, dates and states only. On: they also carry the applicant's name, ID "
            "number, phone and address."), self)
        explain.setWordWrap(True)
        form.addRow("", explain)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Save"), self)
        self.check_button = QPushButton(self.tr("Test connection"), self)
        self.logout_button = QPushButton(self.tr("Log out"), self)
        for button in (self.save_button, self.check_button, self.logout_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        form.addRow("", buttons)
        self.error = InlineError(self)
        form.addRow("", self.error)
        self.result = QLabel(self)
        self.result.setWordWrap(True)
        self.result.setAccessibleName(self.tr("Connection result"))
        form.addRow("", self.result)
        self.find_hub.clicked.connect(self._find_hub)
        self.choose_ca.clicked.connect(self._choose_ca)
        self.clear_ca.clicked.connect(self.ca_bundle.clear)
        self.save_button.clicked.connect(self.save)
        self.check_button.clicked.connect(self.check)
        self.logout_button.clicked.connect(self.log_out)
        self.token.returnPressed.connect(self.save)
        self.endpoint.returnPressed.connect(self.save)

    # -- reading ------------------------------------------------------------------------
    def refresh(self) -> None:
        tokens = self.tokens

        def job(store) -> ConnectionView:  # noqa: ANN001 - the DB thread
            keep = tokens(store)
            try:
                has = bool(keep.load())
            except UserError:
                has = False
            return ConnectionView(str(store.settings.get("endpoint") or ""),
                                  str(store.settings.get("ca_bundle") or ""),
                                  bool(store.settings.get("send_personal_data")), has,
                                  keep.where())

        self._tasks.db(job, self.show_view, self._on_error, label="connection.load")

    def show_view(self, view: ConnectionView) -> None:
        self.endpoint.setText(view.endpoint)
        self.ca_bundle.setText(view.ca_bundle)
        self.personal.setChecked(view.send_personal_data)
        self.token_status.setText(
            self.tr("A token is kept in %1.").replace("%1", view.where) if view.has_token
            else self.tr("No access token yet: reports wait on this computer."))
        self.logout_button.setEnabled(view.has_token)

    def _find_hub(self) -> None:
        """The dialog browses the LAN; the hub picked there fills the address."""
        if self.hub_finder is not None:
            self.hub_finder.deleteLater()
        self.hub_finder = HubFinder(self._tasks, self)
        finder = self.hub_finder

        def fill() -> None:
            if finder.chosen is not None:
                self.endpoint.setText(finder.chosen.url)

        finder.accepted.connect(fill)
        finder.open()

    def _choose_ca(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Extra CA certificate"), "",
            self.tr("PEM certificates (*.pem *.crt *.cer);;All files (*)"))
        if path:
            self.ca_bundle.setText(path)

    # -- saving: DB thread → network thread → DB thread ---------------------------------------
    def save(self) -> None:
        endpoint, token = self.endpoint.text(), self.token.text()
        ca, personal = self.ca_bundle.text().strip(), self.personal.isChecked()
        self._busy(self.tr("Saving…"))

        def prepare(store) -> Prepared:  # noqa: ANN001 - the DB thread
            checked = check_endpoint(endpoint)
            cleaned = clean_token(token) if token.strip() else None
            previous = store.settings.get("ca_bundle")
            store.update_settings(ca_bundle=ca)
            try:
                verify = verify_setting(store)
            except UserError:
                store.update_settings(ca_bundle=previous)
                raise
            store.update_settings(send_personal_data=personal)
            if cleaned is None:
                store.update_settings(endpoint=checked)
            return Prepared(checked, cleaned, verify)

        self._tasks.db(prepare, self._on_prepared, self._on_error, label="connection.save")

    def _on_prepared(self, prepared: Prepared) -> None:
        if prepared.token is None:
            self._done(self.tr("Saved."))
            return
        self._tasks.net(lambda: check_token(prepared.endpoint, prepared.token, prepared.verify),
                        lambda check: self._keep(prepared, check), self._on_error,
                        label="connection.whoami")

    def _keep(self, prepared: Prepared, check: TokenCheck) -> None:
        tokens = self.tokens
        self._tasks.db(lambda store: keep_token(store, prepared.endpoint, str(prepared.token),
                                                tokens(store), check),
                       lambda result: self._done(result.message), self._on_error,
                       label="connection.keep")

    # -- testing and logging out ------------------------------------------------------------
    def check(self) -> None:
        self._busy(self.tr("Asking the server…"))
        tokens = self.tokens

        def prepare(store) -> Prepared:  # noqa: ANN001 - the DB thread
            endpoint = (store.settings.get("endpoint") or "").strip()
            if not endpoint:
                raise UserError("Chưa khai báo địa chỉ máy chủ: nhập địa chỉ rồi bấm Lưu.")
            checked = check_endpoint(endpoint)
            if not tokens(store).load():
                raise UserError("Chưa có mã truy cập: dán mã rồi bấm Lưu.")
            return Prepared(checked, token_for(checked, tokens(store)), verify_setting(store))

        def ask(prepared: Prepared) -> None:
            self._tasks.net(lambda: check_token(prepared.endpoint, str(prepared.token),
                                                prepared.verify),
                            self._on_checked, self._on_error, label="connection.whoami")

        self._tasks.db(prepare, ask, self._on_error, label="connection.check")

    def _on_checked(self, check: TokenCheck) -> None:
        if not check.checked:
            self._done(None)
            self.error.show_message(self.tr("The server could not be reached: %1")
                                    .replace("%1", check.problem or ""))
            return
        self._tasks.db(lambda store: mismatch(store, check), lambda note: self._done(
            self.tr("The server answered: commune %1, desk %2.")
            .replace("%1", str(check.commune_code)).replace("%2", f"{check.desk:02d}")
            + note), label="connection.mismatch")

    def log_out(self) -> None:
        tokens = self.tokens
        self._busy(self.tr("Logging out…"))
        self._tasks.db(lambda store: tokens(store).forget(),
                       lambda _none: self._done(self.tr("Logged out: the token was removed from "
                                                        "this computer. Reports wait here until "
                                                        "a new token is saved.")),
                       self._on_error, label="connection.logout")

    # -- showing ----------------------------------------------------------------------------
    def _busy(self, text: str) -> None:
        self.error.show_message(None)
        self.result.setText(text)
        for button in (self.save_button, self.check_button, self.logout_button):
            button.setEnabled(False)

    def _done(self, text: str | None) -> None:
        self.token.clear()
        self.result.setText(text or "")
        for button in (self.save_button, self.check_button):
            button.setEnabled(True)
        self.refresh()
        self._tasks.changed.emit()
        self.saved.emit()

    def _on_error(self, error: UserError) -> None:
        self.result.setText("")
        self.error.show_message(error.message)
        for button in (self.save_button, self.check_button):
            button.setEnabled(True)
        self.refresh()
