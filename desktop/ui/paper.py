"""Printing a rendered PDF on a real printer: Qt's print dialog with a preview.

PySide6's essentials have no PDF viewer, so each page is rasterised by PDFium (``pypdfium2``)
at the printer's resolution as Qt asks for it, and drawn onto the ``QPrinter`` page. The
temporary file is deleted when the dialog closes, printed or not; leftovers (a crash) go after
``KEEP_DAYS`` (``sweep``).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

from desktop.ui.qt import (
    QImage,
    QPainter,
    QPrinter,
    QPrintPreviewDialog,
    QRectF,
    QWidget,
)

KEEP_DAYS = 7


def paint_pdf(printer: QPrinter, path: Path) -> int:
    """Every page of ``path`` onto ``printer``, each scaled into the printable page; the page
    count."""
    import pypdfium2

    document = pypdfium2.PdfDocument(str(path))
    painter = QPainter()
    if not painter.begin(printer):
        document.close()
        return 0
    try:
        dpi = max(72, min(printer.resolution(), 300))
        for number in range(len(document)):
            if number:
                printer.newPage()
            page = document[number]
            bitmap = page.render(scale=dpi / 72, rev_byteorder=True, prefer_bgrx=True)
            image = QImage(bitmap.buffer, bitmap.width, bitmap.height, bitmap.stride,
                           QImage.Format.Format_RGBX8888)
            area = QRectF(painter.viewport())
            scale = min(area.width() / image.width(), area.height() / image.height())
            target = QRectF(area.x(), area.y(), image.width() * scale, image.height() * scale)
            painter.drawImage(target, image)
            page.close()
        return len(document)
    finally:
        painter.end()
        document.close()


def print_with_preview(parent: QWidget | None, path: Path, title: str,
                       done: Callable[[], None] | None = None) -> QPrintPreviewDialog:
    """Open (not exec) the preview with its Print button; the file goes when it closes."""
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(title)
    dialog = QPrintPreviewDialog(printer, parent)
    dialog.setWindowTitle(title)
    dialog.paintRequested.connect(lambda target: paint_pdf(target, path))

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
