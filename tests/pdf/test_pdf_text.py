import unicodedata
from datetime import date

from desktop.core.numbers import number, percent
from desktop.pdf.text import markup, nfc, place_date_line, upper


def test_vietnamese_number_conventions():
    assert number(0) == "0"
    assert number(1234) == "1.234"
    assert number(1_000_000) == "1.000.000"
    assert percent(0.936) == "93,6%"
    assert percent(1.0) == "100,0%"
    assert percent(None) == "—"


def test_place_line_drops_the_unit_word_and_pads_like_decree_30():
    assert place_date_line("Phường Hoàn Kiếm", date(2026, 11, 23)) == \
        "Hoàn Kiếm, ngày 23 tháng 11 năm 2026"
    assert place_date_line("Xã Tả Van", date(2026, 2, 5)) == "Tả Van, ngày 05 tháng 02 năm 2026"
    assert place_date_line("Đặc khu Phú Quốc", date(2026, 3, 9)) == \
        "Phú Quốc, ngày 09 tháng 3 năm 2026"


def test_text_is_composed_and_escaped():
    decomposed = unicodedata.normalize("NFD", "Nguyễn Thị Ánh Hường")
    assert nfc(decomposed) == "Nguyễn Thị Ánh Hường"
    assert len(nfc(decomposed)) < len(decomposed)
    assert upper(decomposed) == "NGUYỄN THỊ ÁNH HƯỜNG"
    assert markup("Công ty A & B <TNHH>") == "Công ty A &amp; B &lt;TNHH&gt;"
    assert nfc(None) == ""
