"""Line breaking for table cells: a cell grows downwards, it never spills into its neighbour.

Measuring is the hot path of a 10,000-line book (every cell, twice), so widths come from a
per-font character table and whole strings are memoised: names, procedures and states repeat.
"""

from __future__ import annotations

from functools import cache, lru_cache

from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import getFont

from desktop.pdf.text import nfc


@cache
def _char_widths(font: str) -> tuple[dict[int, float], float]:
    face = getFont(font).face
    return face.charWidths, face.defaultWidth


@lru_cache(maxsize=200_000)
def text_width(text: str, font: str, size: float) -> float:
    widths, default = _char_widths(font)
    get = widths.get
    return 0.001 * size * sum([get(ord(ch), default) for ch in text])


@lru_cache(maxsize=50_000)
def wrap(text: str, font: str, size: float, width: float) -> tuple[str, ...]:
    """Break at spaces; a word wider than the cell (a long code) breaks inside itself."""
    text = nfc(text)
    if text_width(text, font, size) <= width:
        return (text,)
    lines = simpleSplit(text, font, size, width) or [""]
    out: list[str] = []
    for line in lines:
        if text_width(line, font, size) <= width:
            out.append(line)
            continue
        out.extend(_break_word(line, font, size, width))
    return tuple(out)


def _break_word(word: str, font: str, size: float, width: float) -> list[str]:
    """Prefer to break a code after '-', '.' or '/', else between any two letters."""
    out: list[str] = []
    current = ""
    for char in word:
        if current and text_width(current + char, font, size) > width:
            cut = max(current.rfind(mark) for mark in "-./") + 1
            if 0 < cut < len(current):
                out.append(current[:cut])
                current = current[cut:]
            else:
                out.append(current)
                current = ""
        current += char
    out.append(current)
    return out


def wrapped(text: object, font: str, size: float, width: float) -> str:
    """For a reportlab Table cell, which draws '\\n'-separated lines itself."""
    return "\n".join(wrap(nfc(text), font, size, width))
