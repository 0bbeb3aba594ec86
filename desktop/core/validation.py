"""Checks on what the clerk types, each failing with a plain Vietnamese message."""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime, timedelta

from desktop.core.clock import to_vn
from desktop.core.fold import nfc

_EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
_SEPARATORS = re.compile(r"[\s.\-()]")
#: A PC clock a little behind the clerk's watch must not block a receipt typed "now".
FUTURE_SLACK = timedelta(minutes=2)


#: Characters that change how text is shown without being seen: bidi embeddings, overrides and
#: isolates (U+202E can make a printed slip read backwards), zero-width characters, and marks.
_INVISIBLE = frozenset("\u061c\u200b\u200c\u200d\u200e\u200f\u202a\u202b\u202c\u202d\u202e"
                       "\u2060\u2066\u2067\u2068\u2069\ufeff")
HIDDEN_CHARACTERS = ("chứa ký tự điều khiển hoặc ký tự ẩn (ví dụ ký tự đảo chiều chữ) có thể làm "
                     "giấy tờ in ra đọc khác với dữ liệu đã lưu; hãy gõ lại")


def ascii_digits(text: str) -> str:
    """Every decimal digit as its ASCII one: a full-width ０ or an Arabic-Indic ٩ pass
    ``isdigit()`` yet would never be found by typing 0 or 9."""
    return "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii() else ch
                   for ch in text)


def has_hidden(text: str) -> bool:
    """Control characters (other than ordinary whitespace) and invisible formatting."""
    return any(ch in _INVISIBLE or (unicodedata.category(ch) == "Cc" and not ch.isspace())
               or unicodedata.category(ch) == "Cf" for ch in text)


def without_hidden(text: str) -> str:
    return "".join(" " if ch.isspace() else ch for ch in text
                   if not (ch in _INVISIBLE or unicodedata.category(ch) in ("Cc", "Cf"))
                   or ch.isspace())


def plain(value: str | None) -> str:
    """Compatibility forms folded (NFKC: full-width letters and digits become ordinary ones),
    other digits made ASCII; hidden characters are left for the caller to refuse or drop."""
    return ascii_digits(unicodedata.normalize("NFKC", value or ""))


def clean_name(value: str | None) -> tuple[str | None, str | None]:
    text = plain(value)
    if has_hidden(text):
        return None, f"Họ tên {HIDDEN_CHARACTERS}."
    name = " ".join(nfc(text).split())
    if not name:
        return None, "Họ tên người nộp hồ sơ là bắt buộc."
    if len(name) > 100:
        return None, "Họ tên quá dài (tối đa 100 ký tự)."
    if any(ch.isdigit() for ch in name):
        return None, "Họ tên không được chứa chữ số."
    return name, None


def clean_id_number(value: str | None) -> tuple[str | None, str | None]:
    text = plain(value).strip()
    if not text:
        return None, None
    if has_hidden(text):
        return None, f"Số định danh cá nhân {HIDDEN_CHARACTERS}."
    if not (len(text) == 12 and text.isascii() and text.isdigit()):
        return None, "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."
    return text, None


def clean_phone(value: str | None) -> tuple[str | None, str | None]:
    text = _SEPARATORS.sub("", plain(value))
    if not text:
        return None, None
    if has_hidden(text):
        return None, f"Số điện thoại {HIDDEN_CHARACTERS}."
    if text.startswith("+84"):
        text = "0" + text[3:]
    if not (len(text) == 10 and text.isascii() and text.isdigit() and text.startswith("0")):
        return None, "Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0."
    return text, None


def clean_email(value: str | None) -> tuple[str | None, str | None]:
    text = plain(value).strip()
    if not text:
        return None, None
    if has_hidden(text) or not _EMAIL_RE.match(text):
        return None, "Địa chỉ thư điện tử không hợp lệ."
    return text, None


def clean_text(value: str | None, limit: int = 300) -> str | None:
    """Free text (address, note, documents): digits made ASCII, hidden characters dropped."""
    text = " ".join(nfc(without_hidden(ascii_digits(value or ""))).split())
    return text[:limit] or None


def check_not_future(moment: datetime, now: datetime, what: str = "Thời điểm tiếp nhận") -> str | None:
    if to_vn(moment) > to_vn(now) + FUTURE_SLACK:
        return f"{what} không được ở tương lai."
    return None
