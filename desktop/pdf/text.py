"""Text as the printed forms write it: NFC letters, Vietnamese numbers, dates and place lines.

Reportlab does no shaping, so a decomposed "ệ" (e + two combining marks) would print with
floating accents; every string that reaches a page goes through ``nfc`` first.
"""

from __future__ import annotations

from datetime import date, datetime
from xml.sax.saxutils import escape

from desktop.core import fold
from desktop.core.clock import format_slip_time

#: Words that name the kind of unit; the place line of a document drops them ("Hoàn Kiếm, ngày…").
UNIT_PREFIXES = ("Phường ", "Xã ", "Đặc khu ", "Thị trấn ")


def nfc(value: object) -> str:
    return fold.nfc("" if value is None else str(value))


def markup(value: object) -> str:
    """NFC text made safe for a reportlab Paragraph (names may contain '&' or '<')."""
    return escape(nfc(value))


def upper(value: object) -> str:
    return nfc(nfc(value).upper())


def moment(value: datetime | None) -> str:
    return "" if value is None else format_slip_time(value)


def place_name(commune_name: str) -> str:
    name = nfc(commune_name)
    for prefix in UNIT_PREFIXES:
        if name.startswith(prefix):
            return name[len(prefix):]
    return name


def place_date_line(commune_name: str, day: date) -> str:
    """The line above a signature, as Decree 30/2020 writes it: day below 10 and months 1–2
    take a leading zero ("ngày 05 tháng 02 năm 2026")."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{place_name(commune_name)}, ngày {day.day:02d} tháng {month} năm {day.year}"
