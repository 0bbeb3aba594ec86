"""Folding Vietnamese text for search: "Đặng" and "dang" must meet.

SQLite's FTS5 tokenizer folds most marks but never đ/Đ, so index text and query text both go
through ``fold`` before they reach SQLite.
"""

from __future__ import annotations

import re
import unicodedata

_D = str.maketrans({"đ": "d", "Đ": "d"})
_TOKEN_RE = re.compile(r"[0-9a-z][0-9a-z.\-]*")


def fold(text: str) -> str:
    """NFKD so that full-width letters and digits meet ordinary ones; other decimal digits
    (Arabic-Indic…) become ASCII, so a number typed either way finds the same dossier."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_D))
    stripped = "".join(str(unicodedata.decimal(ch)) if ch.isdecimal() and not ch.isascii()
                       else ch for ch in decomposed if not unicodedata.combining(ch))
    return stripped.lower()


def tokens(text: str) -> list[str]:
    return [t.rstrip(".-") for t in _TOKEN_RE.findall(fold(text)) if t.rstrip(".-")]


def match_expression(query: str) -> str | None:
    """An FTS5 MATCH expression: every folded token as a prefix, all required."""
    parts = tokens(query)
    if not parts:
        return None
    return " AND ".join(f'"{part}"*' for part in parts)


def nfc(text: str) -> str:
    return unicodedata.normalize("NFC", text)
