"""The folded full-text index over applicant name, dossier code, phone and ID number."""

from __future__ import annotations

import sqlite3

from desktop.core.fold import fold, match_expression


def index_text(code: str, applicant: str, phone: str | None, id_number: str | None) -> str:
    """What one dossier contributes to the index: the whole code and its sequence part too,
    so a citizen reading out "…-010023" or just "010023" is found."""
    parts = [fold(applicant), fold(code), code.rsplit("-", 1)[-1]]
    parts += [p for p in (phone, id_number) if p]
    return " ".join(parts)


def search_ids(conn: sqlite3.Connection, query: str, limit: int = 50) -> list[int]:
    """Newest first; an empty query matches nothing (callers list the log instead)."""
    expression = match_expression(query)
    if expression is None:
        return []
    rows = conn.execute(
        "SELECT rowid FROM dossier_search WHERE dossier_search MATCH ? ORDER BY rowid DESC LIMIT ?",
        (expression, limit),
    ).fetchall()
    return [r[0] for r in rows]
