"""Printing a rendered PDF on a real printer: Qt's print dialog with a preview.

PySide6's essentials have no PDF viewer, so the pages are rasterised by PDFium (``pypdfium2``)
on the read thread before the dialog opens (``rasterise``), and the dialog only draws those
images onto the ``QPrinter`` page (``paint_pages``): the GUI thread never waits on PDFium. The
temporary file is deleted when the dialog closes, printed or not; leftovers (a crash) go after
``KEEP_DAYS`` (``sweep``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from desktop.ui.qt import (
    QGuiApplication,
    QImage,
    QPageLayout,
    QPainter,
    QPrinter,
    QPrintPreviewDialog,
    QRectF,
    QWidget,
)

KEEP_DAYS = 7
#: Pages are rasterised once, before the dialog opens, at the resolution the old painting capped
#: every printer to (the preview itself shows them smaller).
PRINT_DPI = 300


def rasterise(path: Path, dpi: int = PRINT_DPI) -> list[QImage]:
    """Every page of ``path`` as an image, by PDFium: slow work for the read thread, never the
    GUI thread (a page at 300 dpi takes a tenth of a second)."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    try:
        pages = []
        for number in range(len(document)):
            page = document[number]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
            pages.append(QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                                QImage.Format.Format_RGBX8888).copy())  # outlives the bitmap
            page.close()
        return pages
    finally:
        document.close()


def paint_pages(printer: QPrinter, pages: list[QImage]) -> int:
    """The rasterised pages onto ``printer``, each scaled into the printable page; how many."""
    painter = QPainter()
    if not painter.begin(printer):
        return 0
    try:
        for number, image in enumerate(pages):
            if number:
                printer.newPage()
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
        return len(pages)
    finally:
        painter.end()


def print_with_preview(parent: QWidget | None, path: Path, pages: list[QImage], title: str,
                       done: Callable[[], None] | None = None) -> QPrintPreviewDialog:
    """Open (not exec) the preview of ``pages`` (``rasterise(path)``) with its Print button;
    the file goes when it closes."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    if pages and pages[0].width() > pages[0].height():  # form II.06a
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    # Qt opens it at about 700×500, where a slip is too small to read: most of the screen.
    screen = (parent.screen() if parent is not None else QGuiApplication.primaryScreen())
    area = screen.availableGeometry()
    dialog.resize(min(1100, area.width() * 9 // 10), area.height() * 9 // 10)

    # The dialog does not own a printer it is given, and PySide frees ``printer`` as soon as
    # this function returns unless something holds it: the slot does, as long as the dialog
    # lives (without it the preview's first paint used a freed printer and crashed the app).
    def paint(target: QPrinter, _held: QPrinter = printer) -> None:
        paint_pages(target, pages)

    dialog.paintRequested.connect(paint)

    def finished(_result: int) -> None:
        path.unlink(missing_ok=True)
        if done is not None:
            done()

    dialog.finished.connect(finished)
    dialog.open()
    return dialog


def sweep(folder: Path, now: float | None = None) -> int:
    """Delete print files older than ``KEEP_DAYS``; how many went."""
    limit = (now or time.time()) - KEEP_DAYS * 86_400
    gone = 0
    for path in folder.glob("*.pdf") if folder.is_dir() else ():
        try:
            if path.stat().st_mtime < limit:
                path.unlink()
                gone += 1
        except OSError:
            continue
    return gone
