"""The hook between the window and the PDF forms (``desktop.pdf``).

The PDF module renders on the DB thread (it reads the store); the window then opens the file
with the system viewer, from which the clerk prints. When Cài đặt → Chữ ký số says "sign every
paper", the same job goes through ``desktop.sign`` (PIN asked first unless remembered), with a
progress window while the key works.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.core.clock import to_vn
from desktop.core.errors import UserError
from desktop.ui.dialogs import show_warning
from desktop.ui.qt import (
    QDesktopServices,
    QInputDialog,
    QLineEdit,
    QObject,
    QProgressDialog,
    Qt,
    QUrl,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks

#: ``ask(setup, then)``: get the PIN/password from the clerk, then call ``then(secret)``.
AskSecret = Callable[[object, Callable[[str], None]], None]


def printout_path(data_dir: Path, stem: str, now: object) -> Path:
    folder = data_dir / "printouts"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"{stem}-{to_vn(now):%Y%m%d-%H%M%S}.pdf"


class Printer(QObject):
    """``receipt(code)``, ``summary(first, last)``, ``checklist()``, ``book(first, last)``;
    each renders then opens the PDF (``opener`` is injectable for tests)."""

    rendered = Signal(str)
    #: A signing step ("open", "render", "sign"), emitted from the DB thread.
    progress = Signal(str)

    def __init__(self, tasks: Tasks, parent_widget: QWidget | None = None,
                 opener: Callable[[Path], object] | None = None,
                 ask_secret: AskSecret | None = None) -> None:
        super().__init__(parent_widget)
        self._tasks = tasks
        self._parent = parent_widget
        self._opener = opener or (lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))))
        self.ask_secret = ask_secret or self._ask_secret
        self._progress: SigningProgress | None = None
        self.progress.connect(self._on_progress)

    def receipt(self, code: str, target: Path | None = None) -> None:
        safe = code.replace("/", "_")
        self._render(lambda pdf, store, out: pdf.render_receipt(store, code, out, now=store.clock()),
                     f"giay-hen-{safe}", target)

    def summary(self, first: date, last: date, target: Path | None = None) -> None:
        self._render(lambda pdf, store, out: pdf.render_summary(store, first, last, out, now=store.clock()),
                     f"bao-cao-{first:%Y%m%d}-{last:%Y%m%d}", target)

    def checklist(self, target: Path | None = None) -> None:
        self._render(lambda pdf, store, out: pdf.render_checklist(store, out, now=store.clock()),
                     "dieu-kien-van-hanh", target)

    def book(self, first: date, last: date, field: str | None = None,
             target: Path | None = None) -> None:
        self._render(lambda pdf, store, out: pdf.render_book(store, first, last, field, out,
                                                                 now=store.clock()),
                     f"so-theo-doi-{first:%Y%m%d}-{last:%Y%m%d}", target)

    def _render(self, draw: Callable, stem: str, target: Path | None) -> None:
        def plan(store):  # noqa: ANN001, ANN202 - the DB thread: sign? is the secret kept?
            from desktop.sign.setup import SecretStore, load_setup

            setup = load_setup(store)
            if setup is None or not setup.sign_on_print:
                return None
            return setup, SecretStore(store.data_dir).load() if setup.remember else None

        self._tasks.db(plan, lambda planned: self._start(draw, stem, target, planned),
                       self._on_failed, label="print-plan")

    def _start(self, draw: Callable, stem: str, target: Path | None, planned: tuple | None) -> None:
        if planned is None:
            self._submit(draw, stem, target, None, "")
            return
        setup, secret = planned
        if secret:
            self._submit(draw, stem, target, setup, secret)
            return
        self.ask_secret(setup, lambda typed: self._submit(draw, stem, target, setup, typed))

    def _submit(self, draw: Callable, stem: str, target: Path | None, setup: object,
                secret: str) -> None:
        progress = self.progress.emit

        def job(store) -> Path:  # noqa: ANN001 - runs on the DB thread
            import desktop.pdf as pdf  # reportlab loads on the DB thread, on first print

            out = target or printout_path(store.data_dir, stem, store.clock())
            if setup is None:
                draw(pdf, store, out)
                return out
            from desktop.sign.papers import render_signed

            return render_signed(lambda path: draw(pdf, store, path), out, setup, secret,
                                 now=store.clock(), progress=progress).path

        if setup is not None:
            self._progress = SigningProgress(self._parent)
        self._tasks.db(job, self._on_rendered, self._on_failed, label="print")

    def _ask_secret(self, setup, then: Callable[[str], None]) -> None:  # noqa: ANN001
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Digital signature"))
        dialog.setLabelText(self.tr("%1 (certificate of %2):")
                            .replace("%1", setup.source.secret_name.capitalize())
                            .replace("%2", setup.certificate.holder))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: then(text) if text else None)
        dialog.open()

    def _on_progress(self, step: str) -> None:
        if self._progress is not None:
            self._progress.step(step)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def _on_rendered(self, path: Path) -> None:
        self._close_progress()
        self.rendered.emit(str(path))
        self._opener(path)

    def _on_failed(self, error: UserError) -> None:
        self._close_progress()
        show_warning(self._parent, self.tr("Printing"), error.message)


class SigningProgress(QProgressDialog):
    """A busy bar naming the step, so a clerk waiting on a slow token knows it is working."""

    def __init__(self, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Digital signature"))
        self.setRange(0, 0)
        self.setCancelButton(None)
        self.setMinimumDuration(0)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.steps = {"open": self.tr("Opening the signing key…"),
                      "render": self.tr("Preparing the paper…"),
                      "sign": self.tr("Signing…")}
        self.setLabelText(self.steps["open"])
        self.show()

    def step(self, name: str) -> None:
        self.setLabelText(self.steps.get(name, name))
