"""What the clerk types: each check fails with one plain Vietnamese message."""

from __future__ import annotations

import unicodedata
from datetime import timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from desktop.core.validation import (
    check_not_future,
    clean_email,
    clean_id_number,
    clean_name,
    clean_phone,
    clean_text,
    has_hidden,
)  # fmt: skip
from tests.conftest import FIXED_NOW

digits = st.text(alphabet="0123456789", min_size=1, max_size=20)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12))
def test_any_twelve_digits_is_an_id(text):
    assert clean_id_number(f" {text} ") == (text, None)


@given(digits.filter(lambda t: len(t) != 12))
def test_wrong_length_id_refused(text):
    value, message = clean_id_number(text)
    assert value is None and message == "Số định danh cá nhân (CCCD) phải gồm đúng 12 chữ số."


@given(st.text(min_size=12, max_size=12).filter(lambda t: t.strip() and not t.isdigit()))
def test_id_with_other_characters_refused(text):
    assert clean_id_number(text)[0] is None


@given(st.text(alphabet="0123456789", min_size=9, max_size=9))
def test_ten_digit_phone_starting_with_zero(rest):
    assert clean_phone("0" + rest) == ("0" + rest, None)
    # What people actually type: spaces, dots, dashes, the +84 prefix.
    spaced = f"0{rest[:3]} {rest[3:6]}.{rest[6:]}"
    assert clean_phone(spaced) == ("0" + rest, None)
    assert clean_phone("+84" + rest) == ("0" + rest, None)


@given(digits.filter(lambda t: not (len(t) == 10 and t.startswith("0"))))
def test_other_phones_refused(text):
    value, message = clean_phone(text)
    assert value is None and message == "Số điện thoại phải gồm 10 chữ số và bắt đầu bằng số 0."


@given(st.text(alphabet=st.characters(categories=["L", "Zs"]), min_size=1, max_size=60)
       .filter(lambda t: t.strip() and not any(c.isdigit() for c in t)))
def test_names_of_letters_accepted_and_tidied(name):
    value, message = clean_name(name)
    assert message is None and value == value.strip() and "  " not in value


visible = st.text(max_size=40).filter(lambda t: not has_hidden(unicodedata.normalize("NFKC", t)))


@given(visible, st.sampled_from("0123456789"), visible)
def test_name_with_a_digit_refused(before, digit, after):
    assert clean_name(f"A{before}{digit}{after}") == (None, "Họ tên không được chứa chữ số.")


def test_required_name_and_optional_fields():
    assert clean_name("   ")[1] == "Họ tên người nộp hồ sơ là bắt buộc."
    assert clean_name(None)[1] == "Họ tên người nộp hồ sơ là bắt buộc."
    assert clean_name("  Nguyễn   Văn  An ") == ("Nguyễn Văn An", None)
    assert clean_id_number("") == (None, None) and clean_phone(None) == (None, None)
    assert clean_email("an@example.vn") == ("an@example.vn", None)
    assert clean_email("an@") == (None, "Địa chỉ thư điện tử không hợp lệ.")


@given(st.integers(min_value=3, max_value=10**7))
def test_future_receipt_refused(minutes):
    message = check_not_future(FIXED_NOW + timedelta(minutes=minutes), FIXED_NOW)
    assert message == "Thời điểm tiếp nhận không được ở tương lai."


@given(st.integers(min_value=-10**7, max_value=2))
def test_past_and_now_accepted(minutes):
    assert check_not_future(FIXED_NOW + timedelta(minutes=minutes), FIXED_NOW) is None


# -- lookalike digits and hidden characters ---------------------------------------------

FULL_WIDTH_ID = "０７９１２３４５６７８９"
ARABIC_INDIC_PHONE = "0٩١٢٣٤٥٦٧٨"
RTL_OVERRIDE = "\u202e"


def test_lookalike_digits_are_stored_as_ascii():
    assert clean_id_number(FULL_WIDTH_ID) == ("079123456789", None)
    assert clean_phone(ARABIC_INDIC_PHONE) == ("0912345678", None)
    assert clean_phone("０９１２ ３４５ ６７８") == ("0912345678", None)


@given(st.text(alphabet="0123456789", min_size=12, max_size=12),
       st.sampled_from([0xFF10, 0x0660, 0x06F0, 0x0966, 0x1D7CE]))
def test_any_script_of_digits_means_the_same_id(text, zero):
    lookalike = "".join(chr(zero + int(d)) for d in text)
    assert clean_id_number(lookalike) == (text, None)


@pytest.mark.parametrize("hidden", [RTL_OVERRIDE, "\u2066", "\u200b", "\x00", "\x1b", "\ufeff"])
def test_hidden_characters_in_a_name_are_refused_plainly(hidden):
    value, message = clean_name(f"Nguyễn{hidden} Văn An")
    assert value is None
    assert "ký tự điều khiển hoặc ký tự ẩn" in message


@pytest.mark.parametrize("cleaner", [clean_id_number, clean_phone])
def test_hidden_characters_in_numbers_are_refused(cleaner):
    value, message = cleaner("0912" + RTL_OVERRIDE + "345678" + ("90" if cleaner is clean_id_number else ""))
    assert value is None and "ký tự ẩn" in message


def test_free_text_drops_hidden_characters_and_keeps_the_words():
    assert clean_text(f"Số ５ Hàng{RTL_OVERRIDE} Bạc\x07, Q.١") == "Số 5 Hàng Bạc, Q.1"


def test_full_width_letters_in_a_name_become_ordinary_ones():
    assert clean_name("Ｎｇｕｙễｎ Văn An") == ("Nguyễn Văn An", None)
