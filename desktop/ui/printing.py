"""The hook between the window and the PDF forms (``desktop.pdf``).

A slip, letter or readiness report renders on the read thread (``Tasks.read``: its own
read-only store); a long paper (tracking book, II.06a summary) renders in a child process
(``desktop.apart``) that the read thread only waits on, so neither saving a dossier nor painting
the window ever waits for it. ``busy`` tells the window to show progress with a cancel button
(cancel, or closing the window, kills the child). "Print" then opens Qt's print dialog with a
preview of the paper, its pages rasterised on the read thread too (the temporary file, readable
by this user only, is deleted after it); "Save PDF" writes where the clerk chose (the Documents
folder at first, then the last folder used) and says where. The tracking book, too long to
preview, is saved like a PDF. When Cài đặt → Chữ ký số says "sign every paper", the same job
goes through ``desktop.sign`` (PIN asked first unless remembered), a small window naming each
step.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from desktop.apart import Call
from desktop.core.clock import to_vn
from desktop.core.errors import Cancelled, UserError
from desktop.paths import private_dir
from desktop.ui.dialogs import show_warning
from desktop.ui.paper import print_with_preview, rasterise, sweep
from desktop.ui.qt import (
    QFileDialog,
    QInputDialog,
    QLineEdit,
    QObject,
    QProgressDialog,
    QSettings,
    QStandardPaths,
    Qt,
    QWidget,
    Signal,
)
from desktop.ui.tasks import Tasks

LETTER_STEMS = {"supplement": "yeu-cau-bo-sung", "refusal": "tu-choi", "apology": "xin-loi-hen-lai",
                "stop": "dung-xu-ly"}

#: ``open(path, pages)``: show the rendered paper (``pages`` rasterised) for printing.
Opener = Callable[[Path, list], object]
#: ``ask(setup, then)``: get the PIN/password from the clerk, then ``then(secret)`` ("" = cancelled).
AskSecret = Callable[[object, Callable[[str], None]], None]


@dataclass(frozen=True)
class Paper:
    """``desktop.pdf.<render>(store, *args, out, now=…)``; ``apart``: a long render, drawn in a
    process of its own (``desktop.apart``) so the window never shares its interpreter with it.
    Starting that process costs about 0.5 s, so a one-page paper (0.03 s) stays on the thread."""

    render: str
    args: tuple
    stem: str
    apart: bool = False
    #: The render reports ``progress(page, pages)`` (the tracking book).
    pages: bool = False


def printout_path(data_dir: Path, stem: str, now: object) -> Path:
    """A temporary print file; old ones (a crash) are swept away here first."""
    folder = private_dir(data_dir / "printouts")
    sweep(folder)
    return folder / f"{stem}-{to_vn(now):%Y%m%d-%H%M%S}.pdf"


class Printer(QObject):
    """``receipt(code)``, ``summary(first, last)``, ``checklist()``, ``book(first, last)``;
    each renders, then prints through the dialog (``opener``, injectable for tests) or, given
    a ``target``, saves there and says so."""

    rendered = Signal(str)
    #: A PDF was saved where the clerk asked (the window offers to open its folder).
    saved = Signal(str)
    #: A render started (True) or ended (False), for the progress and cancel button.
    busy = Signal(bool)
    #: A signing step ("open", "render", "sign"), emitted from the read thread.
    progress = Signal(str)
    #: ``(page, pages)`` of a long render as it is drawn (from its child process).
    pages = Signal(int, int)

    def __init__(self, tasks: Tasks, parent_widget: QWidget | None = None,
                 opener: Opener | None = None,
                 ask_secret: AskSecret | None = None, settings: QSettings | None = None) -> None:
        super().__init__(parent_widget)
        self._tasks = tasks
        self._parent = parent_widget
        self._settings = settings
        self._running = 0
        self._opener = opener or (lambda path, pages: print_with_preview(
            self._parent, path, pages, self.tr("Print %1").replace("%1", path.stem)))
        self.ask_secret = ask_secret or self._ask_secret
        self._progress: SigningProgress | None = None
        self.progress.connect(self._on_progress)

    def receipt(self, code: str, target: Path | None = None) -> None:
        self._render(Paper("render_receipt", (code,), f"giay-hen-{code.replace('/', '_')}"),
                     target)

    def letter(self, kind: str, code: str, target: Path | None = None) -> None:
        """Form 02–05 (``kind``: supplement, refusal, apology, stop)."""
        self._render(Paper("render_letter", (kind, code),
                           f"{LETTER_STEMS[kind]}-{code.replace('/', '_')}"), target)

    def control(self, code: str, target: Path | None = None) -> None:
        self._render(Paper("render_control", (code,),
                           f"phieu-kiem-soat-{code.replace('/', '_')}"), target)

    def summary(self, first: date, last: date, target: Path | None = None) -> None:
        self._render(Paper("render_summary", (first, last),
                           f"bao-cao-{first:%Y%m%d}-{last:%Y%m%d}", apart=True), target)

    def checklist(self, target: Path | None = None) -> None:
        self._render(Paper("render_checklist", (), "dieu-kien-van-hanh"), target)  # 0.03 s

    def book(self, first: date, last: date, field: str | None = None,
             target: Path | None = None) -> None:
        target = target or self.save_folder() / f"so-theo-doi-{first:%Y%m%d}-{last:%Y%m%d}.pdf"
        self._render(Paper("render_book", (first, last, field),
                           f"so-theo-doi-{first:%Y%m%d}-{last:%Y%m%d}", apart=True, pages=True),
                     target)

    def _render(self, paper: Paper, target: Path | None) -> None:
        def plan(store):  # noqa: ANN001, ANN202 - the read thread: sign? is the secret kept?
            from desktop.sign.setup import SecretStore, load_setup

            setup = load_setup(store)
            if setup is None or not setup.sign_on_print:
                return None
            return setup, SecretStore(store.data_dir).load() if setup.remember else None

        self._running += 1
        self.busy.emit(True)
        self._tasks.read(plan, lambda planned: self._start(paper, target, planned),
                         self._on_failed, label="print")

    def _start(self, paper: Paper, target: Path | None, planned: tuple | None) -> None:
        if planned is None:
            self._submit(paper, target, None, "")
            return
        setup, secret = planned
        if secret:
            self._submit(paper, target, setup, secret)
            return

        def typed(secret: str) -> None:
            if secret:
                self._submit(paper, target, setup, secret)
            else:
                self._ended()

        self.ask_secret(setup, typed)

    def _submit(self, paper: Paper, target: Path | None, setup: object, secret: str) -> None:
        progress = self.progress.emit
        pages = self.pages.emit
        cancelled = self._tasks.read_cancelled

        def draw(store, now, path: Path) -> None:  # noqa: ANN001 - runs on the read thread
            if not paper.apart:
                import desktop.pdf as pdf  # reportlab loads on the read thread, on first print

                getattr(pdf, paper.render)(store, *paper.args, path, now=now)
                return
            call = Call("desktop.pdf.spot:recorded", (paper.render, *paper.args), {"now": now},
                        reports_progress=paper.pages)
            spots = self._tasks.apart(call, path, pages)
            if setup is not None:
                from desktop.pdf.spot import record

                record(spots)

        def job(store) -> tuple[Path, list]:  # noqa: ANN001 - runs on the read thread
            now = store.clock()
            out = target or printout_path(store.data_dir, paper.stem, now)
            if setup is None:
                draw(store, now, out)
            else:
                from desktop.sign.papers import render_signed

                out = render_signed(lambda path: draw(store, now, path), out, setup, secret,
                                    now=now, progress=progress).path
            if cancelled():  # cancelled (or the window closed) after its reads
                out.unlink(missing_ok=True)
                raise Cancelled()
            if target is not None:
                return out, []
            out.chmod(0o600)  # a slip carries the citizen's ID: this user only
            return out, rasterise(out)  # the preview's pages, drawn here rather than while painting

        if setup is not None:
            self._progress = SigningProgress(self._parent)
        self._tasks.read(job, lambda done: self._on_rendered(*done, saved=target is not None),
                         self._on_failed, label="print")

    # -- where PDFs are saved --------------------------------------------------------------
    def save_folder(self) -> Path:
        """The last folder a PDF was saved to, else the user's Documents folder."""
        last = self._settings.value("files/last_folder") if self._settings else None
        if last and Path(str(last)).is_dir():
            return Path(str(last))
        documents = QStandardPaths.writableLocation(
            QStandardPaths.StandardLocation.DocumentsLocation)
        return Path(documents) if documents and Path(documents).is_dir() else Path.home()

    def ask_save_path(self, title: str, filename: str) -> Path | None:
        path, _filter = QFileDialog.getSaveFileName(self._parent, title,
                                                    str(self.save_folder() / filename),
                                                    self.tr("PDF files (*.pdf)"))
        return Path(path) if path else None

    def _ask_secret(self, setup, then: Callable[[str], None]) -> None:  # noqa: ANN001
        dialog = QInputDialog(self._parent)
        dialog.setWindowTitle(self.tr("Digital signature"))
        dialog.setLabelText(self.tr("%1 (certificate of %2):")
                            .replace("%1", setup.source.secret_name.capitalize())
                            .replace("%2", setup.certificate.holder))
        dialog.setTextEchoMode(QLineEdit.EchoMode.Password)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(then)
        dialog.rejected.connect(lambda: then(""))
        dialog.open()

    def _on_progress(self, step: str) -> None:
        if self._progress is not None:
            self._progress.step(step)

    def _close_progress(self) -> None:
        if self._progress is not None:
            self._progress.close()
            self._progress = None

    def cancel(self) -> None:
        self._tasks.cancel_reads()

    def _ended(self) -> None:
        self._running -= 1
        self.busy.emit(self._running > 0)

    def _on_rendered(self, path: Path, pages: list, *, saved: bool) -> None:
        self._close_progress()
        self._ended()
        self.rendered.emit(str(path))
        if saved:
            if self._settings is not None:
                self._settings.setValue("files/last_folder", str(path.parent))
            self.saved.emit(str(path))
        else:
            self._opener(path, pages)

    def _on_failed(self, error: UserError) -> None:
        self._close_progress()
        self._ended()
        if isinstance(error, Cancelled):
            return
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
