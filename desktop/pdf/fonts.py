"""Be Vietnam Pro (SIL OFL 1.1, shipped in ``resources/fonts`` with its licence), embedded in
every PDF: reportlab's built-in fonts have no Ă, Ơ, Ư or stacked tone marks."""

from __future__ import annotations

from functools import cache
from pathlib import Path

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFError, TTFont

from desktop.core.errors import UserError
from desktop.paths import resource_path

REGULAR, BOLD, ITALIC, BOLD_ITALIC = (
    "BeVietnamPro", "BeVietnamPro-Bold", "BeVietnamPro-Italic", "BeVietnamPro-BoldItalic",
)  # fmt: skip
FILES = {
    REGULAR: "BeVietnamPro-Regular.ttf",
    BOLD: "BeVietnamPro-Bold.ttf",
    ITALIC: "BeVietnamPro-Italic.ttf",
    BOLD_ITALIC: "BeVietnamPro-BoldItalic.ttf",
}


def _font_file(name: str) -> Path:
    """One copy of the fonts: ``resources/fonts``, shipped in the wheel and the bundle too."""
    return resource_path("fonts", name)


@cache
def register_fonts() -> str:
    """Register the family once per process; returns the regular face's name."""
    try:
        for name, filename in FILES.items():
            pdfmetrics.registerFont(TTFont(name, str(_font_file(filename))))
    except (OSError, TTFError) as exc:
        raise UserError(f"Không nạp được phông chữ tiếng Việt để in PDF: {exc}") from exc
    addMapping(REGULAR, 0, 0, REGULAR)
    addMapping(REGULAR, 1, 0, BOLD)
    addMapping(REGULAR, 0, 1, ITALIC)
    addMapping(REGULAR, 1, 1, BOLD_ITALIC)
    return REGULAR
