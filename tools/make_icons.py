"""Draw the app icon (resources/icons/motcua.png and motcua.ico) so it needs no image editor.

A red tile with an open door and a gold star: "one door" for the one-stop desk. Run
``python tools/make_icons.py`` after changing the drawing and commit both files.
"""

from __future__ import annotations

import struct
import sys
from pathlib import Path

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPainterPath, QPolygonF

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
RED, GOLD, CREAM = QColor("#c8102e"), QColor("#ffcd00"), QColor("#fff8e7")
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)


def draw(size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.scale(size / 256, size / 256)
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(RED)
    p.drawRoundedRect(QRectF(8, 8, 240, 240), 44, 44)
    frame = QRectF(70, 92, 116, 136)
    p.setBrush(CREAM)
    p.drawRect(frame)
    leaf = QPainterPath()
    leaf.moveTo(frame.left(), frame.top())
    leaf.lineTo(frame.left() + 70, frame.top() + 14)
    leaf.lineTo(frame.left() + 70, frame.bottom() + 10)
    leaf.lineTo(frame.left(), frame.bottom())
    leaf.closeSubpath()
    p.setBrush(GOLD)
    p.drawPath(leaf)
    p.setBrush(RED)
    p.drawEllipse(QPointF(frame.left() + 56, frame.center().y() + 8), 7, 7)
    p.setBrush(GOLD)
    p.drawPolygon(star(QPointF(128, 54), 30))
    p.end()
    return image


def star(centre: QPointF, radius: float) -> QPolygonF:
    from math import cos, pi, sin

    points = []
    for i in range(10):
        r = radius if i % 2 == 0 else radius * 0.4
        angle = -pi / 2 + i * pi / 5
        points.append(QPointF(centre.x() + r * cos(angle), centre.y() + r * sin(angle)))
    return QPolygonF(points)


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    return bytes(data.data())


def write_ico(path: Path, sizes: tuple[int, ...]) -> None:
    """Several PNG-compressed sizes in one .ico (Windows Vista and later read these)."""
    images = [png_bytes(draw(s)) for s in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries = b""
    for size, blob in zip(sizes, images, strict=True):
        edge = 0 if size >= 256 else size
        entries += struct.pack("<BBBBHHII", edge, edge, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
    path.write_bytes(header + entries + b"".join(images))


def main() -> int:
    ICONS.mkdir(parents=True, exist_ok=True)
    draw(256).save(str(ICONS / "motcua.png"))
    write_ico(ICONS / "motcua.ico", ICO_SIZES)
    return 0


if __name__ == "__main__":
    sys.exit(main())
