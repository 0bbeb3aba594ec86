"""Cài đặt → Kết nối: commune IT staff set up sending without a terminal.

The same rules as ``motcua login`` (``desktop.sync.config``): https only (http just for this
PC), a pasted token checked with ``whoami`` before it is kept in the OS keyring and never shown
again. Settings and the keyring are touched on the DB thread, the server asked on the network
thread; the GUI thread only shows what came back.

A commune hub (``https://`` with a certificate it made itself) is joined the way ``motcua login
--pin`` joins it, with the same steps of ``desktop.sync.login``: "Kiểm tra kết nối" shows the
fingerprint of the certificate the server presents (``HubPinBox``); it is pinned only if it
matches the one IT staff read on the hub, or they confirm having compared it; saving claims the
desk number, which the hub refuses if another PC of the commune holds it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from desktop.core.errors import UserError
from desktop.sync.config import (
    TokenCheck,
    ca_setting,
    check_endpoint,
    check_token,
    mismatch,
    token_for,
    tokens_for,
)  # fmt: skip
from desktop.sync.login import LoginPlan, ask_server, keep_login, plan_login
from desktop.sync.pinning import (
    PresentedCertificate,
    choose_pin,
    presented_certificate,
    presented_or_none,
    session_and_verify,
)  # fmt: skip
from desktop.ui.hub_finder import HubFinder
from desktop.ui.hub_pin import HubPinBox
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
    pin: str = ""


@dataclass(frozen=True)
class CheckPlan:
    """What "Test connection" needs, read on the DB thread."""

    endpoint: str
    token: str | None  # only one issued for this endpoint
    ca: bool | str
    pin: str  # the one pinned for this endpoint


@dataclass(frozen=True)
class Checked:
    endpoint: str
    presented: PresentedCertificate | None
    check: TokenCheck | None


def ask_check(plan: CheckPlan) -> Checked:
    """The network thread: the certificate an https server presents, then ``whoami``."""
    presented = (presented_certificate(plan.endpoint, plan.ca)
                 if plan.endpoint.startswith("https://") else None)
    if plan.token is None:
        return Checked(plan.endpoint, presented, None)
    session, verify = session_and_verify(plan.pin, plan.ca)
    return Checked(plan.endpoint, presented, check_token(plan.endpoint, plan.token, verify,
                                                         session))


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
        self.endpoint_row = QHBoxLayout()  # room for a button beside the field
        self.endpoint_row.addWidget(self.endpoint, 1)
        self.find_hub = QPushButton(self.tr("Find on the LAN…"), self)
        self.find_hub.setToolTip(self.tr("List the commune hubs that announce themselves on "
                                         "this network"))
        self.endpoint_row.addWidget(self.find_hub)
        self.hub_finder: HubFinder | None = None
        form.addRow(self.tr("Server address:"), self.endpoint_row)
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
        self.pin_box = HubPinBox(self)
        form.addRow(self.pin_box)
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
        self.endpoint.textEdited.connect(lambda _text: self.pin_box.show_presented(None))
        self.endpoint.textChanged.connect(self._show_pin_box)
        self._has_token = False
        self._show_pin_box()

    # -- reading ------------------------------------------------------------------------
    def refresh(self, *, fields: bool = True) -> None:
        """``fields=False`` after a refusal or a test: what the user typed stays on screen."""
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
                                  keep.where(), str(store.settings.get("hub_pin") or ""))

        self._tasks.db(job, self.show_view if fields else self._show_status, self._on_error,
                       label="connection.load")

    def show_view(self, view: ConnectionView) -> None:
        if not self.endpoint.isModified():  # a refresh never takes away an address being typed
            self.endpoint.setText(view.endpoint)
        self.ca_bundle.setText(view.ca_bundle)
        self.personal.setChecked(view.send_personal_data)
        self._show_status(view)

    def _show_status(self, view: ConnectionView) -> None:
        self._has_token = view.has_token
        self.token_status.setText(
            self.tr("A token is kept in %1.").replace("%1", view.where) if view.has_token
            else self.tr("No access token yet: reports wait on this computer."))
        self.logout_button.setEnabled(view.has_token)
        self.pin_box.show_pinned(view.pin)

    def _show_pin_box(self) -> None:
        self.pin_box.setVisible(self.endpoint.text().strip().lower().startswith("https://"))

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
        typed, confirmed = self.pin_box.expected.text(), self.pin_box.confirmed()
        tokens = self.tokens
        self._busy(self.tr("Saving…"))

        def prepare(store) -> LoginPlan | None:  # noqa: ANN001 - the DB thread
            checked = check_endpoint(endpoint)
            previous = store.settings.get("ca_bundle")
            store.update_settings(ca_bundle=ca)
            try:
                ca_setting(store)
            except UserError:
                store.update_settings(ca_bundle=previous)
                raise
            store.update_settings(send_personal_data=personal)
            if token.strip():
                return plan_login(store, checked, token)
            if checked.startswith("https://") and (typed.strip() or confirmed):
                return plan_login(store, checked, token_for(checked, tokens(store)))  # re-pin
            store.update_settings(endpoint=checked)
            return None

        def planned(plan: LoginPlan | None) -> None:
            if plan is None:
                self._done(self.tr("Saved."))
            elif plan.endpoint.startswith("https://"):
                self._tasks.net(lambda: presented_or_none(plan.endpoint, plan.ca),
                                lambda presented: self._pin(plan, presented, typed, confirmed),
                                self._on_error, label="connection.certificate")
            else:
                self._ask(plan)

        self._tasks.db(prepare, planned, self._on_error, label="connection.save")

    def _pin(self, plan: LoginPlan, presented: PresentedCertificate | None, typed: str,
             confirmed: str) -> None:
        """Pin what the server presents now, only if it is what the user compared."""
        if presented is not None:
            self.pin_box.show_presented(presented)
        try:
            pin = choose_pin(presented, typed, confirmed)
        except UserError as error:
            self._on_error(error)
            return
        self._ask(replace(plan, pin=pin))

    def _ask(self, plan: LoginPlan) -> None:
        tokens = self.tokens

        def keep(answer) -> None:  # noqa: ANN001 - a ServerAnswer
            self._tasks.db(lambda store: keep_login(store, plan, answer, tokens(store)),
                           lambda result: self._done(result.message), self._on_error,
                           label="connection.keep")

        self._tasks.net(lambda: ask_server(plan), keep, self._on_error, label="connection.claim")

    # -- testing and logging out ------------------------------------------------------------
    def check(self) -> None:
        typed_endpoint = self.endpoint.text()
        self._busy(self.tr("Asking the server…"))
        tokens = self.tokens

        def prepare(store) -> CheckPlan:  # noqa: ANN001 - the DB thread
            saved = (store.settings.get("endpoint") or "").strip()
            endpoint = typed_endpoint.strip() or saved
            if not endpoint:
                raise UserError("Chưa khai báo địa chỉ máy chủ: nhập địa chỉ rồi bấm Lưu.")
            checked = check_endpoint(endpoint)
            bound = tokens(store).load_bound()
            token = bound.token if bound and bound.endpoint == checked else None
            if token is None and not checked.startswith("https://"):
                raise UserError("Chưa có mã truy cập: dán mã rồi bấm Lưu.")
            pin = (store.settings.get("hub_pin") or "") if checked == saved else ""
            return CheckPlan(checked, token, ca_setting(store), pin)

        def ask(plan: CheckPlan) -> None:
            self._tasks.net(lambda: ask_check(plan), self._on_checked, self._on_error,
                            label="connection.whoami")

        self._tasks.db(prepare, ask, self._on_error, label="connection.check")

    def _on_checked(self, checked: Checked) -> None:
        if checked.presented and self.endpoint.text().strip().rstrip("/") == checked.endpoint:
            self.pin_box.show_presented(checked.presented)  # still the address on screen
        check = checked.check
        if check is None:
            self._done(self.tr("No access token for this address yet: compare the fingerprint, "
                               "paste the token, then press Save."), keep_input=True)
            return
        if not check.checked:
            self._done(None, keep_input=True)
            self.error.show_message(self.tr("The server could not be reached: %1")
                                    .replace("%1", check.problem or ""))
            return
        self._tasks.db(lambda store: mismatch(store, check), lambda note: self._done(
            self.tr("The server answered: commune %1, desk %2.")
            .replace("%1", str(check.commune_code)).replace("%2", f"{check.desk:02d}")
            + note, keep_input=True), label="connection.mismatch")

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

    def _done(self, text: str | None, *, keep_input: bool = False) -> None:
        """``keep_input`` after a test: what is being typed stays for the Save that follows."""
        self.result.setText(text or "")
        for button in (self.save_button, self.check_button):
            button.setEnabled(True)
        if keep_input:
            self.logout_button.setEnabled(self._has_token)
        else:
            self.token.clear()
            self.pin_box.expected.clear()
            self.endpoint.setModified(False)  # saved: from now on the field shows the setting
            self.refresh()
            self._tasks.changed.emit()
        self.saved.emit()

    def _on_error(self, error: UserError) -> None:
        self.result.setText("")
        self.error.show_message(error.message)
        for button in (self.save_button, self.check_button):
            button.setEnabled(True)
        self.refresh(fields=False)
