"""Dossier codes of Circular 03/2025 and the folding that makes "dang" find "Đặng"."""

from __future__ import annotations

from datetime import date

import pytest

from desktop.core.codes import CODE_RE, check_agency_id, check_desk, looks_like_code, make_code
from desktop.core.errors import UserError
from desktop.core.fold import fold, match_expression, tokens


def test_code_format():
    code = make_code("000.00.14.H56", date(2026, 11, 23), 1, 7)
    assert code == "000.00.14.H56-261123-010007"
    assert looks_like_code(code)
    assert make_code("000.00.14.H56", date(2026, 1, 2), 12, 12345) == "000.00.14.H56-260102-1212345"
    match = CODE_RE.match(make_code("A1", date(2026, 1, 2), 99, 10000))
    assert match and match["desk"] == "99" and match["seq"] == "10000"


@pytest.mark.parametrize("bad", ["", "000..14", ".000", "000.00.14.H56-", "x" * 36, "000 00"])
def test_bad_agency_ids_refused(bad):
    with pytest.raises(UserError, match="Mã định danh cơ quan không hợp lệ"):
        check_agency_id(bad)


def test_desk_numbers():
    assert check_desk("01") == 1 and check_desk(99) == 99
    for bad in ("0", "100", "a", ""):
        with pytest.raises(UserError, match="Số hiệu quầy"):
            check_desk(bad)


def test_fold_vietnamese():
    assert fold("Nguyễn Văn An") == "nguyen van an"
    assert fold("Đặng Thị Đào") == "dang thi dao"
    assert fold("ĐOÀN Ước") == "doan uoc"
    # Decomposed input (as some keyboards send it) folds the same.
    import unicodedata

    assert fold(unicodedata.normalize("NFD", "Huỳnh Thị Ngọc")) == "huynh thi ngoc"


def test_match_expression_prefix_and_all_terms():
    assert match_expression("Nguyễn Văn") == '"nguyen"* AND "van"*'
    assert match_expression("000.00.14.H56-261123-010001") == '"000.00.14.h56-261123-010001"*'
    assert match_expression("  ,;  ") is None
    assert tokens('an" OR *') == ["an", "or"]


def test_match_rank_exact_then_prefix_then_whole_words_then_shorter():
    from desktop.core.fold import match_rank

    joint = "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi"
    titles = [joint, "Đăng ký khai sinh", "Đăng ký khai sinh lưu động", "Khai sinh", "Khai sinhx"]
    ranked = sorted((t for t in titles if match_rank("khai sinh", t)),
                    key=lambda t: match_rank("khai sinh", t))
    assert ranked == ["Khai sinh", "Khai sinhx", "Đăng ký khai sinh", "Đăng ký khai sinh lưu động",
                      joint]
    assert match_rank("khai tu", "Đăng ký khai sinh") is None
    assert match_rank("dang ky khai sinh", "Đăng ký khai sinh") == (0, 17)
    assert match_rank("kha", "Đăng ký khai sinh")[0] == 3  # a part of a word only
