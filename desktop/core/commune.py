"""Commune identity from the official post-July-2025 list (``vietnam-provinces``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from vietnam_provinces import Province, Ward

from desktop.core.collation import sort_key
from desktop.core.errors import UserError

#: Kinds of unit that open an official name; lists sort by what follows them.
PREFIXES = ("Thành phố ", "Tỉnh ", "Phường ", "Xã ", "Đặc khu ", "Thị trấn ")


@dataclass(frozen=True)
class Commune:
    code: int
    name: str
    province_code: int
    province_name: str

    @property
    def label(self) -> str:
        return f"{self.name}, {self.province_name}"

    @property
    def centre_name(self) -> str:
        return f"Trung tâm Phục vụ hành chính công {self.name}"


def commune_from_code(code: int | str) -> Commune:
    try:
        ward = Ward.from_code(int(str(code).strip()))
        province = Province.from_code(ward.province_code)
    except (ValueError, KeyError, TypeError):
        raise UserError(
            f"Không tìm thấy xã/phường có mã «{code}» trong danh mục hành chính hiện hành."
        ) from None
    return Commune(int(ward.code), ward.name, int(province.code), province.name)


def name_order(name: str) -> tuple[str, str]:
    """Vietnamese order of the name without its prefix: "Thành phố Hà Nội" under H."""
    bare = next((name[len(p):] for p in PREFIXES if name.startswith(p)), name)
    return sort_key(bare), sort_key(name)


@cache
def provinces() -> tuple[tuple[int, str], ...]:
    """Read once: the official list does not change while the app runs."""
    return tuple(sorted(((int(p.code), p.name) for p in Province.iter_all()),
                  key=lambda p: name_order(p[1])))


@cache
def communes_of(province_code: int) -> tuple[Commune, ...]:
    province = Province.from_code(province_code)
    return tuple(sorted(
        (
            Commune(int(w.code), w.name, int(province.code), province.name)
            for w in Ward.iter_by_province(province.code)
        ),
        key=lambda c: name_order(c.name),
    ))
