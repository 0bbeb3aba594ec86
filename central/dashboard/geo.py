"""Province and commune names from ``vietnam-provinces`` (the map after 1 July 2025)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, Ward


@dataclass(frozen=True)
class Place:
    code: str
    name: str
    province_code: str


@cache
def provinces() -> dict[str, str]:
    return {str(p.code.value): p.name for p in Province.iter_all()}


@cache
def communes() -> dict[str, Place]:
    return {str(w.code.value): Place(str(w.code.value), w.name, str(p.code.value))
            for p in Province.iter_all() for w in Ward.iter_by_province(p.code)}


def communes_of(province_code: str) -> list[Place]:
    return [p for p in communes().values() if p.province_code == province_code]
