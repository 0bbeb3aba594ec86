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


def match_rank(query: str, title: str) -> tuple[int, int] | None:
    """How well ``title`` answers what was typed, lower is better; None if it does not match.

    The exact title first, then titles starting with the query, then titles holding every
    typed word as a whole word, then any other match; shorter titles first within each, so
    "khai sinh" picks "Đăng ký khai sinh" before the long joint procedure that contains it."""
    return rank_folded(" ".join(fold(query).split()), " ".join(fold(title).split()))


def rank_folded(wanted: str, folded: str) -> tuple[int, int] | None:
    """``match_rank`` on text already folded and single-spaced (lists fold once, not per key)."""
    parts = wanted.split()
    if not all(part in folded for part in parts):
        return None
    if folded == wanted:
        kind = 0
    elif folded.startswith(wanted):
        kind = 1
    elif set(parts) <= set(re.findall(r"\w+", folded)):
        kind = 2
    else:
        kind = 3
    return kind, len(folded)
