"""The facts the papers of Circular 03/2025 print besides the dossier itself, as the clerk types
them once: the papers to add or correct (form 02), each with its reason, and the legal basis."""

from __future__ import annotations

from collections.abc import Iterable

from desktop.core.errors import UserError
from desktop.core.validation import clean_text


def missing_item(name: str, reason: str | None = None) -> dict[str, str]:
    cleaned = clean_text(name, 200)
    if not cleaned:
        raise UserError("Tên giấy tờ cần bổ sung không được để trống.", "missing")
    return {"name": cleaned, "reason": clean_text(reason, 300) or ""}


def parse_missing(text: str) -> dict[str, str]:
    """``"Tên giấy tờ: lý do"`` (the reason may be left out)."""
    name, _, reason = (text or "").partition(":")
    return missing_item(name, reason)


def supplement_payload(missing: Iterable[dict[str, str]], basis: str | None) -> dict:
    payload: dict = {"missing": [missing_item(m["name"], m.get("reason")) for m in missing]}
    if clean_text(basis, 500):
        payload["basis"] = clean_text(basis, 500)
    return payload


def basis_payload(basis: str | None) -> dict:
    cleaned = clean_text(basis, 500)
    return {"basis": cleaned} if cleaned else {}
