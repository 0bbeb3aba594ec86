"""Cài đặt → Chữ ký số: choose the .p12 file or the token, see the certificate, and check any
signed PDF by dropping it on the page. The key is opened and checked on the DB thread; the
PIN/password leaves this page only for that check (and for the keyring when "ghi nhớ" is ticked).
"""

from __future__ import annotations

from pathlib import Path

from desktop.core.errors import UserError
from desktop.ui.qt import (
    QCheckBox,
    QComboBox,
    QDragEnterEvent,
    QDropEvent,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    Qt,
    QVBoxLayout,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks
from desktop.ui.widgets import InlineError

P12, TOKEN = 0, 1


class DropArea(QLabel):
    """A framed area that accepts PDF files dropped from the file manager or a mail client."""

    dropped = Signal(str)

    def __init__(self, text: str, parent: QWidget | None = None) -> None:
        super().__init__(text, parent)
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMinimumHeight(70)
        self.setStyleSheet("border: 2px dashed #888; border-radius: 6px; padding: 8px;")

    @staticmethod
    def _pdf(event: QDragEnterEvent | QDropEvent) -> str | None:
        for url in event.mimeData().urls():
            if url.isLocalFile() and url.toLocalFile().lower().endswith(".pdf"):
                return url.toLocalFile()
        return None

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt API
        if self._pdf(event):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt API
        path = self._pdf(event)
        if path:
            event.acceptProposedAction()
            self.dropped.emit(path)


def _path_row(edit: QLineEdit, button: QPushButton) -> QHBoxLayout:
    row = QHBoxLayout()
    row.addWidget(edit, 1)
    row.addWidget(button)
    return row


class SigningTab(QWidget):
    """The set-up form, the configured certificate, and the verify drop area."""

    saved = Signal()
    verified = Signal(bool)

    def __init__(self, tasks: Tasks, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tasks = tasks
        layout = QVBoxLayout(self)
        layout.addWidget(self._setup_box())
        layout.addWidget(self._verify_box(), 1)
        self.refresh()

    # -- building ------------------------------------------------------------------------
    def _setup_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Signing key"), self)
        form = QFormLayout(box)
        self.kind = QComboBox(box)
        self.kind.addItems([self.tr("Certificate file (.p12/.pfx)"),
                            self.tr("USB token (PKCS#11)")])
        self.kind.currentIndexChanged.connect(self._show_kind)
        form.addRow(self.tr("Key is in:"), self.kind)
        self.p12_path = QLineEdit(box)
        self.p12_browse = QPushButton(self.tr("Choose…"), box)
        self.p12_browse.clicked.connect(lambda: self._choose(
            self.p12_path, self.tr("Certificate files (*.p12 *.pfx)")))
        form.addRow(self.tr(".p12 file:"), _path_row(self.p12_path, self.p12_browse))
        self.module = QLineEdit(box)
        self.module.setPlaceholderText(self.tr("the token's driver, e.g. C:\\Windows\\System32\\"
                                               "vnpt-ca_v34.dll"))
        self.module_browse = QPushButton(self.tr("Choose…"), box)
        self.module_browse.clicked.connect(lambda: self._choose(
            self.module, self.tr("PKCS#11 libraries (*.dll *.so *.dylib)")))
        form.addRow(self.tr("PKCS#11 library:"), _path_row(self.module, self.module_browse))
        self.token_label = QLineEdit(box)
        self.token_label.setPlaceholderText(self.tr("empty: the first token found"))
        form.addRow(self.tr("Token label:"), self.token_label)
        self.key_label = QLineEdit(box)
        self.key_label.setPlaceholderText(self.tr("empty: the only key on the token"))
        form.addRow(self.tr("Key label:"), self.key_label)
        self.secret = QLineEdit(box)
        self.secret.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Password / PIN:"), self.secret)
        self.remember = QCheckBox(self.tr("Remember it in the system keyring"), box)
        form.addRow("", self.remember)
        self.tsa = QLineEdit(box)
        self.tsa.setPlaceholderText(self.tr("optional: the address given by the CA (http://…)"))
        form.addRow(self.tr("Timestamp server:"), self.tsa)
        self.roots = QLineEdit(box)
        self.roots.setPlaceholderText(self.tr("root CA files, separated by ;"))
        self.roots_browse = QPushButton(self.tr("Choose…"), box)
        self.roots_browse.clicked.connect(self._choose_roots)
        form.addRow(self.tr("Trusted roots:"), _path_row(self.roots, self.roots_browse))
        self.sign_on_print = QCheckBox(self.tr("Sign every paper when printing"), box)
        form.addRow("", self.sign_on_print)
        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("Check and save"), box)
        self.save_button.clicked.connect(self.save)
        self.forget_button = QPushButton(self.tr("Remove"), box)
        self.forget_button.clicked.connect(self.forget)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.forget_button)
        buttons.addStretch(1)
        form.addRow(buttons)
        self.error = InlineError(box)
        form.addRow(self.error)
        self.certificate = QLabel(box)
        self.certificate.setWordWrap(True)
        self.certificate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        form.addRow(self.tr("Certificate:"), self.certificate)
        self._show_kind(P12)
        return box

    def _verify_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Check a signed PDF"), self)
        layout = QVBoxLayout(box)
        self.drop = DropArea(self.tr("Drop a PDF file here to check its digital signature"), box)
        self.drop.dropped.connect(self.verify)
        layout.addWidget(self.drop)
        self.verdict = QLabel(box)
        self.verdict.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.verdict.setWordWrap(True)
        self.verdict.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.verdict, 1)
        return box

    def _show_kind(self, index: int) -> None:
        for widget in (self.p12_path, self.p12_browse):
            widget.setEnabled(index == P12)
        for widget in (self.module, self.module_browse, self.token_label, self.key_label):
            widget.setEnabled(index == TOKEN)

    def _choose(self, edit: QLineEdit, filter_text: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose a file"), edit.text(),
                                              filter_text)
        if path:
            edit.setText(path)

    def _choose_roots(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose root CA certificates"), "",
                                                self.tr("Certificates (*.pem *.crt *.cer *.der)"))
        if paths:
            self.roots.setText(";".join(paths))

    # -- the set-up ----------------------------------------------------------------------
    def refresh(self) -> None:
        def job(store):  # noqa: ANN001, ANN202 - the DB thread: pyHanko takes ~0.4 s to import
            from desktop.sign.setup import load_setup

            return load_setup(store)

        self._tasks.db(job, self._show_setup, self._on_failed, label="signing")

    def _show_setup(self, setup) -> None:  # noqa: ANN001 - SigningSetup | None
        self.forget_button.setEnabled(setup is not None)
        if setup is None:
            self.certificate.setText(self.tr("No digital signature is set up yet."))
            return
        from desktop.sign.sources import P12Source

        source = setup.source
        if isinstance(source, P12Source):
            self.kind.setCurrentIndex(P12)
            self.p12_path.setText(str(source.path))
        else:
            self.kind.setCurrentIndex(TOKEN)
            self.module.setText(source.module)
            self.token_label.setText(source.token_label or "")
            self.key_label.setText(source.key_label or "")
        self.tsa.setText(setup.tsa_url)
        self.roots.setText(";".join(setup.trust_roots))
        self.remember.setChecked(setup.remember)
        self.sign_on_print.setChecked(setup.sign_on_print)
        cert = setup.certificate
        self.certificate.setText(self.tr("Holder: %1\nIssued by: %2\nValid: %3")
                                 .replace("%1", cert.holder).replace("%2", cert.issuer)
                                 .replace("%3", cert.period_label()))

    def _source(self):  # noqa: ANN202 - Source
        from desktop.sign.sources import P12Source, TokenSource

        if self.kind.currentIndex() == P12:
            if not self.p12_path.text().strip():
                raise UserError(self.tr("Choose the .p12 certificate file."))
            return P12Source(Path(self.p12_path.text().strip()))
        if not self.module.text().strip():
            raise UserError(self.tr("Choose the token's PKCS#11 library."))
        return TokenSource(self.module.text().strip(), self.token_label.text().strip() or None,
                           self.key_label.text().strip() or None)

    def save(self) -> None:
        from desktop.sign.setup import configure

        try:
            source = self._source()
        except UserError as error:
            self.error.show_message(error.message)
            return
        secret = self.secret.text()
        if not secret:
            self.error.show_message(self.tr("Enter the password or PIN to check the key."))
            return
        options = {"tsa_url": self.tsa.text(), "remember": self.remember.isChecked(),
                   "sign_on_print": self.sign_on_print.isChecked(),
                   "trust_roots": tuple(p.strip() for p in self.roots.text().split(";")
                                        if p.strip())}
        self.error.show_message(None)
        self.save_button.setEnabled(False)

        def job(store):  # noqa: ANN001, ANN202 - the DB thread
            return configure(store, source, secret, now=store.clock(), **options)

        self._tasks.db(job, self._on_saved, self._on_failed, label="signing-setup")

    def _on_saved(self, setup) -> None:  # noqa: ANN001
        self.save_button.setEnabled(True)
        self.secret.clear()
        self._show_setup(setup)
        self.saved.emit()

    def _on_failed(self, error: UserError) -> None:
        self.save_button.setEnabled(True)
        self.error.show_message(error.message)

    def forget(self) -> None:
        from desktop.sign.setup import forget

        self._tasks.db(forget, lambda _none: self._show_setup(None), self._on_failed,
                       label="signing-setup")

    # -- checking a PDF ------------------------------------------------------------------
    def verify(self, path: str) -> None:
        from desktop.sign.setup import load_setup
        from desktop.sign.verify import verify_pdf

        self.verdict.setText(self.tr("Checking %1…").replace("%1", Path(path).name))

        def job(store):  # noqa: ANN001, ANN202 - the DB thread (reads the trusted roots)
            setup = load_setup(store)
            return verify_pdf(path, setup.trust_roots if setup else ())

        self._tasks.db(job, self._on_verified, self._on_verify_failed, label="verify")

    def _on_verified(self, verdict) -> None:  # noqa: ANN001 - Verdict
        self.verdict.setStyleSheet("color: #1b7a2e;" if verdict.ok else "color: #b3261e;")
        self.verdict.setText("\n".join(verdict.lines()))
        self.verified.emit(verdict.ok)

    def _on_verify_failed(self, error: UserError) -> None:
        self.verdict.setStyleSheet("color: #b3261e;")
        self.verdict.setText(error.message)
        self.verified.emit(False)
