"""The empty tracking book a commune fills in (or pastes its old book into) before importing.

Three sheets: "Sổ theo dõi" with the header row and drop-down lists for Thủ tục, Kênh and
Tình trạng; "Hướng dẫn" explaining each column; a hidden "Danh mục" holding the lists (a list
typed into the validation itself may not exceed 255 characters, the procedure names do).
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet.datavalidation import DataValidation

from desktop.excel.columns import (
    COLUMNS,
    DATE_TIME_FORMAT,
    SHEET_BOOK,
    SHEET_HELP,
    SHEET_LISTS,
    channel_labels,
    state_labels,
)  # fmt: skip
from desktop.excel.output import atomic_workbook, check_workbook_target, print_landscape
from desktop.storage.store import Store

#: Rows prepared with drop-downs and date formats; a bigger book still imports.
TEMPLATE_ROWS = 5000
HEAD_FILL = PatternFill("solid", fgColor="DDDDDD")
GUIDE_LINE_CHARS = 90


def style_header(sheet, row: int = 1) -> None:  # noqa: ANN001 - any openpyxl sheet
    for column, spec in enumerate(COLUMNS, 1):
        cell = sheet.cell(row=row, column=column)
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        sheet.column_dimensions[cell.column_letter].width = spec.width


def write_template(store: Store, out_path: Path | str) -> Path:
    check_workbook_target(out_path)
    procedures = sorted(p.name for p in store.dossiers.procedures().values())
    book = Workbook()
    sheet = book.active
    sheet.title = SHEET_BOOK
    sheet.append([c.title for c in COLUMNS])
    style_header(sheet)
    sheet.freeze_panes = "A2"
    print_landscape(sheet)
    guide = book.create_sheet(SHEET_HELP)
    lists = book.create_sheet(SHEET_LISTS)
    for column, values in enumerate((procedures, channel_labels(), state_labels()), 1):
        for row, value in enumerate(values, 1):
            lists.cell(row=row, column=column, value=value)
    lists.sheet_state = "hidden"
    letters = {c.key: sheet.cell(row=1, column=i).column_letter for i, c in enumerate(COLUMNS, 1)}
    for key, column, count, what in (("procedure", "A", len(procedures), "thủ tục"),
                                     ("channel", "B", 3, "kênh"), ("state", "C", 10, "tình trạng")):
        rule = DataValidation(type="list", formula1=f"'{SHEET_LISTS}'!${column}$1:${column}${count}",
                              allow_blank=True, showErrorMessage=True, errorTitle="Không hợp lệ",
                              error=f"Hãy chọn {what} trong danh sách.")
        sheet.add_data_validation(rule)
        rule.add(f"{letters[key]}2:{letters[key]}{TEMPLATE_ROWS + 1}")
    for key in ("received_at", "appointment_at", "end_at"):
        for row in range(2, TEMPLATE_ROWS + 2):
            sheet[f"{letters[key]}{row}"].number_format = DATE_TIME_FORMAT
    for key in ("code", "id_number", "phone"):  # leading zeros must survive
        for row in range(2, TEMPLATE_ROWS + 2):
            sheet[f"{letters[key]}{row}"].number_format = "@"

    guide.append(["Cột", "Cách ghi"])
    for cell in guide[1]:
        cell.font = Font(bold=True)
        cell.fill = HEAD_FILL
    for spec in COLUMNS:
        guide.append([spec.title, spec.help])
    guide.append([])
    for line in (
        "Mỗi dòng là một hồ sơ; dòng đầu là tiêu đề, giữ nguyên tên các cột.",
        "Nhập: motcua import book TỆP.xlsx --dry-run (xem trước), rồi motcua import book TỆP.xlsx.",
        "Nếu có dòng sai, motcua liệt kê từng dòng (số dòng, cột, lý do) và không nhập gì cả.",
        "Nhập lại cùng một tệp không tạo hồ sơ trùng: mã đã có được bỏ qua.",
        "Có thể lưu thành CSV (UTF-8) với cùng các cột.",
    ):
        guide.append(["", line])
    guide.column_dimensions["A"].width = 18
    guide.column_dimensions["B"].width = 100
    print_landscape(guide)
    for row in guide.iter_rows(min_row=2):
        row[1].alignment = Alignment(wrap_text=True, vertical="top")
        row[0].alignment = Alignment(vertical="top")
        row[0].font = Font(bold=True)
        # Spreadsheets do not grow a row for wrapped text they did not type themselves.
        lines = -(-len(row[1].value or "") // GUIDE_LINE_CHARS) or 1
        guide.row_dimensions[row[1].row].height = 15 * lines
    with atomic_workbook(out_path) as temp:
        book.save(temp)
    return Path(out_path)
