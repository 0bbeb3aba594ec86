"""Vietnamese order of a fixed list with every letter that binary order gets wrong."""

from __future__ import annotations

import random

from desktop.core.collation import sort_key

ORDERED = [
    "An", "An Bình", "Anh", "Ánh", "Ạnh", "Ăn", "Ẩn", "Âu", "Bùi Bảo Châu", "Bùi Bảo Chi",
    "Bùi Bảo Chí", "Dung", "Dũng", "Đặng Văn An", "Đỗ Thị Lan", "Em", "Ê Đê", "Giang", "Hà",
    "Oanh", "Ô Môn", "Ông", "Ơn", "Uyên", "Ưng", "Xuân", "Yến", "Zô",
]


def test_vietnamese_order_of_a_fixed_list():
    shuffled = ORDERED[:]
    random.Random(9).shuffle(shuffled)
    assert sorted(shuffled, key=sort_key) == ORDERED
    # The traps of binary order, pairwise.
    for before, after in [("Bùi Bảo Châu", "Bùi Bảo Chi"), ("Dũng", "Đặng Văn An"),
                          ("Đỗ Thị Lan", "Em"), ("Zô", None), ("Anh", "Ánh"), ("Ánh", "Ạnh"),
                          ("Ạnh", "Ăn"), ("Ăn", "Âu"), ("Em", "Ê Đê"), ("Oanh", "Ô Môn"),
                          ("Ô Môn", "Ơn"), ("Uyên", "Ưng"), ("Ưng", "Xuân")]:
        if after:
            assert sort_key(before) < sort_key(after), (before, after)
    assert max(ORDERED, key=sort_key) == "Zô"


def test_case_spacing_and_composition_do_not_matter():
    import unicodedata

    assert sort_key("ĐẶNG  văn an") == sort_key("đặng Văn An")
    assert sort_key(unicodedata.normalize("NFD", "Nguyễn Thị Ánh")) == sort_key("Nguyễn Thị Ánh")
    assert sort_key("Lê 2") < sort_key("Lê A") < sort_key("Lê Đ")
