"""Checks on what the clerk types, each failing with a plain Vietnamese message."""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from desktop.core.clock import to_vn
from desktop.core.fold import nfc

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEPARATORS = re.compile(r"[\s.\-()]")
#: A PC clock a little behind the clerk's watch must not block a receipt typed "now".
FUTURE_SLACK = timedelta(minutes=2)


def clean_name(value: str | None) -> tuple[str | None, str | None]:
    name = " ".join(nfc(value or "").split())
    if not name:
        return None, "Họ tên người nộp hồ sơ là bắt buộc."
    if len(name) > 100:
        return None, "Họ tên quá dài (tối đa 100 ký tự)."
    if any(ch.isdigit() for ch in name):
        return None, "Họ tên không được chứa chữ số."
    return name, None


def clean_id_number(value: str | None) -> tuple[str | None, str | None]:
    text = (value or "").strip()
    if not text:
        return None, None
    if not (len(text) == 12 and text.isdigit()):
        return None, "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."
    return text, None


def clean_phone(value: str | None) -> tuple[str | None, str | None]:
    text = _SEPARATORS.sub("", value or "")
    if not text:
        return None, None
    if text.startswith("+84"):
        text = "0" + text[3:]
    if not (len(text) == 10 and text.isdigit() and text.startswith("0")):
        return None, "Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0."
    return text, None


def clean_email(value: str | None) -> tuple[str | None, str | None]:
    text = (value or "").strip()
    if not text:
        return None, None
    if not _EMAIL_RE.match(text):
        return None, "Địa chỉ thư điện tử không hợp lệ."
    return text, None


def clean_text(value: str | None, limit: int = 300) -> str | None:
    text = " ".join(nfc(value or "").split())
    return text[:limit] or None


def check_not_future(moment: datetime, now: datetime, what: str = "Thời điểm tiếp nhận") -> str | None:
    if to_vn(moment) > to_vn(now) + FUTURE_SLACK:
        return f"{what} không được ở tương lai."
    return None
