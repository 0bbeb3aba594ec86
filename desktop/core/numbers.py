"""Numbers as Vietnamese papers write them: 1.234.567 and 93,6%."""

from __future__ import annotations


def number(value: int) -> str:
    """Thousands separated by dots: 1.234.567."""
    return f"{value:,}".replace(",", ".")


def percent(value: float | None) -> str:
    """One decimal with a comma: 93,6%; a dash when there is nothing to divide."""
    return "—" if value is None else f"{value * 100:.1f}%".replace(".", ",")
