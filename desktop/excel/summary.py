"""Form II.06a as a workbook, laid out as on paper so a province can paste it into its own
consolidation: title, period, the three merged header rows and the column numbers, one row
per field and the total, counts as numbers, rates as percentages, and the signature lines.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from desktop.core.clock import now_vn
from desktop.core.summary import COUNT_KEYS, Summary, SummaryRow
from desktop.excel.output import atomic_workbook, check_workbook_target, print_landscape
from desktop.pdf.layout import org_lines
from desktop.pdf.summary import FORM, _header_rows, _period
from desktop.pdf.text import place_date_line, upper
from desktop.storage.store import Store

SHEET = "II.06a"
COUNT_FORMAT = "#,##0"
#: The format code is locale-neutral: Vietnamese Excel shows it as 93,6%.
RATE_FORMAT = "0.0%"
#: Header spans of the paper form, as (first row, first col, last row, last col) of the
#: 3-row header (0-based, the same spans the PDF draws).
HEADER_SPANS = (
    (0, 0, 2, 0), (0, 1, 2, 1), (0, 2, 0, 5), (0, 6, 0, 9), (0, 10, 0, 12), (0, 13, 0, 14),
    (1, 2, 2, 2), (1, 3, 1, 4), (1, 5, 2, 5),
    *[(1, c, 2, c) for c in range(6, 15)],
)
WIDTHS = [6, 30] + [11] * 13
_THIN = Side(style="thin", color="444444")
_BOX = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_FILL = PatternFill("solid", fgColor="ECECEC")


def _row_values(index: int | None, row: SummaryRow, name: str) -> list:
    return ([index, name] + [getattr(row, key) for key in COUNT_KEYS]
            + [row.online_rate, row.on_time_rate])


def write_summary(summary: Summary, org: tuple[str, str], commune_name: str, first: date,
                  last: date, now: datetime, out_path: Path | str) -> Path:
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET
    last_col = len(WIDTHS)
    for i, width in enumerate(WIDTHS, 1):
        sheet.column_dimensions[get_column_letter(i)].width = width

    def line(row: int, text: str, *, bold: bool = False, italic: bool = False,
             first_col: int = 1, end_col: int = last_col, align: str = "center") -> None:
        sheet.cell(row=row, column=first_col, value=text).font = Font(bold=bold, italic=italic)
        sheet.cell(row=row, column=first_col).alignment = Alignment(horizontal=align,
                                                                    wrap_text=True)
        if end_col > first_col:
            sheet.merge_cells(start_row=row, start_column=first_col, end_row=row, end_column=end_col)

    line(1, org[0], bold=True, end_col=5)
    line(2, org[1], bold=True, end_col=5)
    line(1, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", bold=True, first_col=8)
    line(2, "Độc lập - Tự do - Hạnh phúc", bold=True, first_col=8)
    line(4, "TÌNH HÌNH, KẾT QUẢ GIẢI QUYẾT THỦ TỤC HÀNH CHÍNH TẠI BỘ PHẬN MỘT CỬA "
         f"{upper(commune_name)}", bold=True)
    sheet.cell(row=4, column=1).font = Font(bold=True, size=13)
    line(5, _period(first, last))
    line(6, f"{FORM} — Đơn vị tính: số hồ sơ", italic=True, align="right")

    top = 8
    for r, texts in enumerate(_header_rows()):
        for c, text in enumerate(texts):
            cell = sheet.cell(row=top + r, column=c + 1, value=text or None)
            cell.font = Font(bold=r < 3, italic=r == 3, size=9 if r == 3 else 10)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            cell.border = _BOX
            if r < 3:
                cell.fill = _FILL
    for r1, c1, r2, c2 in HEADER_SPANS:
        sheet.merge_cells(start_row=top + r1, start_column=c1 + 1, end_row=top + r2,
                          end_column=c2 + 1)
    sheet.row_dimensions[top + 1].height = 30
    sheet.row_dimensions[top + 2].height = 30

    row_no = top + 4
    body = [(i, row, row.field_name) for i, row in enumerate(summary.rows, 1)]
    body.append((None, summary.total, "Tổng số"))
    for index, row, name in body:
        for c, value in enumerate(_row_values(index, row, name), 1):
            cell = sheet.cell(row=row_no, column=c, value=value)
            cell.border = _BOX
            if c >= 3:
                cell.number_format = RATE_FORMAT if c >= 14 else COUNT_FORMAT
                cell.alignment = Alignment(horizontal="right")
            elif c == 1:
                cell.alignment = Alignment(horizontal="center")
            if index is None:
                cell.font = Font(bold=True)
        row_no += 1

    row_no += 1
    line(row_no, "Tỷ lệ trực tuyến = trực tuyến ÷ hồ sơ mới tiếp nhận trong kỳ; tỷ lệ đúng hạn = "
         "(trước hạn + đúng hạn) ÷ hồ sơ đã giải quyết. Ô trống: không có hồ sơ để tính.",
         italic=True, align="left")
    row_no += 2
    line(row_no, place_date_line(commune_name, now.date()), italic=True, first_col=10)
    row_no += 1
    line(row_no, "NGƯỜI LẬP BIỂU", bold=True, first_col=1, end_col=5)
    line(row_no, "TM. ỦY BAN NHÂN DÂN", bold=True, first_col=10)
    line(row_no + 1, "(Ký, ghi rõ họ tên)", italic=True, first_col=1, end_col=5)
    line(row_no + 1, "CHỦ TỊCH", bold=True, first_col=10)
    line(row_no + 2, "(Ký, ghi rõ họ tên, đóng dấu)", italic=True, first_col=10)

    print_landscape(sheet, f"{top}:{top + 3}")
    with atomic_workbook(out_path) as temp:
        book.save(temp)
    return Path(out_path)


def export_summary(store: Store, first: date, last: date, out_path: Path | str, *,
                   now: datetime | None = None) -> Path:
    """II.06a for [first, last], the same numbers as ``motcua summary --json``."""
    now = now or now_vn()
    target = check_workbook_target(out_path)
    identity = store.settings.require_identity()
    summary = store.dossiers.summary(first, last)
    return write_summary(summary, org_lines(identity), identity.commune.name, first, last, now,
                         target)
