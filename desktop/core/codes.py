"""The dossier code of Circular 03/2025: ``<agency id>-<YYMMDD>-<AA><XXXX>``.

AA is the desk number set at first run, so several desk PCs of one commune working offline
never hand out the same code; XXXX is that desk's sequence for the day (at least 4 digits).
"""

from __future__ import annotations

import re
from datetime import date

from desktop.core.errors import UserError

AGENCY_ID_RE = re.compile(r"^[0-9A-Za-z]+(\.[0-9A-Za-z]+)*$")
CODE_RE = re.compile(r"^(?P<agency>[0-9A-Za-z.]+)-(?P<day>\d{6})-(?P<desk>\d{2})(?P<seq>\d{4,})$")


def check_agency_id(agency_id: str) -> str:
    agency_id = agency_id.strip()
    if not agency_id or len(agency_id) > 35 or not AGENCY_ID_RE.match(agency_id):
        raise UserError(
            "Mã định danh cơ quan không hợp lệ: gồm chữ và số, ngăn bằng dấu chấm, "
            "tối đa 35 ký tự (ví dụ 000.17.22.H56)."
        , "agency_id")
    return agency_id


def check_desk(desk: int | str) -> int:
    text = str(desk).strip()
    if not text.isdigit() or not 1 <= int(text) <= 99:
        raise UserError("Số hiệu quầy phải là số từ 01 đến 99.", "desk")
    return int(text)


def make_code(agency_id: str, day: date, desk: int, sequence: int) -> str:
    return f"{agency_id}-{day:%y%m%d}-{desk:02d}{sequence:04d}"


def looks_like_code(text: str) -> bool:
    return CODE_RE.match(text.strip()) is not None
