"""The hook between the window and the PDF forms (``desktop.pdf``).

The PDF module renders on the read thread (``Tasks.read``: its own read-only store), so saving
a dossier never waits for a long book; ``busy`` tells the window to show progress with a
cancel button. The window then opens the file with the system viewer, from which the clerk
prints.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from desktop.core.clock import to_vn
from desktop.core.errors import UserError
from desktop.paths import private_dir
from desktop.ui.dialogs import show_warning
from desktop.ui.qt import QDesktopServices, QObject, QUrl, QWidget, Signal
from desktop.ui.tasks import Cancelled, Tasks

LETTER_STEMS = {"supplement": "yeu-cau-bo-sung", "refusal": "tu-choi", "apology": "xin-loi-hen-lai",
                "stop": "dung-xu-ly"}


def printout_path(data_dir: Path, stem: str, now: object) -> Path:
    folder = private_dir(data_dir / "printouts")
    return folder / f"{stem}-{to_vn(now):%Y%m%d-%H%M%S}.pdf"


class Printer(QObject):
    """``receipt(code)``, ``summary(first, last)``, ``checklist()``, ``book(first, last)``;
    each renders then opens the PDF (``opener`` is injectable for tests)."""

    rendered = Signal(str)
    #: A render started (True) or ended (False), for the progress and cancel button.
    busy = Signal(bool)

    def __init__(self, tasks: Tasks, parent_widget: QWidget | None = None,
                 opener: Callable[[Path], object] | None = None) -> None:
        super().__init__(parent_widget)
        self._tasks = tasks
        self._parent = parent_widget
        self._running = 0
        self._opener = opener or (lambda path: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(path))))

    def receipt(self, code: str, target: Path | None = None) -> None:
        safe = code.replace("/", "_")
        self._render(lambda pdf, store, out: pdf.render_receipt(store, code, out, now=store.clock()),
                     f"giay-hen-{safe}", target)

    def letter(self, kind: str, code: str, target: Path | None = None) -> None:
        """Form 02–05 (``kind``: supplement, refusal, apology, stop)."""
        safe = code.replace("/", "_")
        self._render(lambda pdf, store, out: pdf.render_letter(store, kind, code, out,
                                                               now=store.clock()),
                     f"{LETTER_STEMS[kind]}-{safe}", target)

    def control(self, code: str, target: Path | None = None) -> None:
        safe = code.replace("/", "_")
        self._render(lambda pdf, store, out: pdf.render_control(store, code, out,
                                                                now=store.clock()),
                     f"phieu-kiem-soat-{safe}", target)

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
        def job(store) -> Path:  # noqa: ANN001 - runs on the read thread
            import desktop.pdf as pdf  # reportlab loads on the DB thread, on first print

            out = target or printout_path(store.data_dir, stem, store.clock())
            draw(pdf, store, out)
            return out

        self._running += 1
        self.busy.emit(True)
        self._tasks.read(job, self._on_rendered, self._on_failed, label="print")

    def cancel(self) -> None:
        self._tasks.cancel_reads()

    def _ended(self) -> None:
        self._running -= 1
        self.busy.emit(self._running > 0)

    def _on_rendered(self, path: Path) -> None:
        self._ended()
        self.rendered.emit(str(path))
        self._opener(path)

    def _on_failed(self, error: UserError) -> None:
        self._ended()
        if isinstance(error, Cancelled):
            return
        show_warning(self._parent, self.tr("Printing"), error.message)
