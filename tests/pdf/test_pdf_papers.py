"""Forms 02–06 rendered from real scenarios and read back with pdftotext and pypdf."""

from __future__ import annotations

import unicodedata
from datetime import datetime

import pytest
from pypdf import PdfReader

from desktop.core.clock import VN_TZ
from desktop.core.errors import UserError
from desktop.core.states import State
from desktop.pdf import render_control, render_letter
from tests.pdf.conftest import NAMES, NOW, add, page_count, pdftotext, row_at, text_blocks

OFFICER = "Phạm Thị Thu Hằng"


def vn(*args: int) -> datetime:
    return datetime(*args, tzinfo=VN_TZ)


def flat(path) -> str:
    return " ".join(pdftotext(path).split())


@pytest.fixture
def staffed(store):
    store.staff.add(OFFICER, "desk", now=NOW)
    store.staff.add("Nguyễn Văn Chuyên", "specialist", now=NOW)
    store.staff.add("Trần Thị Lãnh", "leader", now=NOW)
    return store


@pytest.mark.parametrize("name", NAMES)
def test_supplement_request_prints_every_missing_paper_reason_and_basis(staffed, tmp_path, name):
    d = add(staffed, unicodedata.normalize("NFD", name), received=vn(2026, 11, 20, 8))
    missing = [{"name": "Tờ khai thay đổi thông tin cư trú (CT01)", "reason": "Thiếu chữ ký của chủ hộ"},
               {"name": "Giấy tờ chứng minh chỗ ở hợp pháp", "reason": "Bản sao không rõ nét"}]
    staffed.dossiers.set_status(d.code, State.SUPPLEMENT_REQUESTED, now=NOW, at=vn(2026, 11, 20, 9),
                                note="Hồ sơ chưa đủ thành phần",
                                payload={"missing": missing, "basis": "Điều 22 Luật Cư trú 2020"})
    out = render_letter(staffed, "supplement", d.code, tmp_path / "02.pdf", now=NOW)
    text = flat(out)
    for expected in (
        "PHIẾU YÊU CẦU BỔ SUNG, HOÀN THIỆN HỒ SƠ", "Mẫu số 02", f"Kính gửi: Ông/Bà {name}",
        f"Mã hồ sơ: {d.code}", "Đăng ký thường trú", "Tờ khai thay đổi thông tin cư trú (CT01)",
        "Thiếu chữ ký của chủ hộ", "Giấy tờ chứng minh chỗ ở hợp pháp", "Bản sao không rõ nét",
        "Lý do: Hồ sơ chưa đủ thành phần", "Căn cứ pháp lý: Điều 22 Luật Cư trú 2020",
        "Quầy số 01", "tạm dừng từ 09:00 20/11/2026", "Hoàn Kiếm, ngày 20 tháng 11 năm 2026",
        "NGƯỜI HƯỚNG DẪN", OFFICER,
    ):
        assert expected in text, expected
    assert unicodedata.normalize("NFD", name) not in pdftotext(out)
    reader = PdfReader(out)
    assert name in reader.pages[0].extract_text() and d.code in reader.metadata.title
    assert page_count(out) == 1


def test_refusal_and_stop_print_the_reason_and_basis(staffed, tmp_path):
    online = add(staffed, "Lê Thị Mỹ Hạnh", "khai-sinh", channel="online",
                 received=vn(2026, 11, 23, 8))
    staffed.dossiers.set_status(online.code, State.REFUSED, now=NOW, at=vn(2026, 11, 23, 9),
                                note="Người yêu cầu không thuộc thẩm quyền đăng ký của xã",
                                payload={"basis": "Khoản 1 Điều 13 Luật Hộ tịch 2014"})
    text = flat(render_letter(staffed, "refusal", online.code, tmp_path / "03.pdf", now=NOW))
    for expected in ("PHIẾU TỪ CHỐI TIẾP NHẬN GIẢI QUYẾT HỒ SƠ", "Mẫu số 03",
                     "Kính gửi: Ông/Bà Lê Thị Mỹ Hạnh", "không tiếp nhận, giải quyết",
                     "Người yêu cầu không thuộc thẩm quyền đăng ký của xã",
                     "Căn cứ Khoản 1 Điều 13 Luật Hộ tịch 2014", online.code):
        assert expected in text, expected
    stopped = add(staffed, "Trần Văn Ưng", received=vn(2026, 11, 20, 8))
    staffed.dossiers.set_status(stopped.code, State.STOPPED, now=NOW, at=vn(2026, 11, 23, 10),
                                note="Công dân đề nghị dừng giải quyết bằng văn bản")
    text = flat(render_letter(staffed, "stop", stopped.code, tmp_path / "05.pdf", now=NOW))
    for expected in ("THÔNG BÁO DỪNG GIẢI QUYẾT HỒ SƠ", "Mẫu số 05", "Trần Văn Ưng",
                     "Kể từ 10:00 23/11/2026", "Công dân đề nghị dừng giải quyết bằng văn bản",
                     "Hoàn Kiếm, ngày 23 tháng 11 năm 2026", stopped.code):
        assert expected in text, expected


def test_apology_prints_both_appointments_and_each_reschedule_has_its_paper(staffed, tmp_path):
    d = add(staffed, "Đặng Quốc Việt", "tam-tru", received=vn(2026, 11, 16, 9),
            address="Số 5 ngõ Huế", phone="0912345678", email="viet@example.vn")
    staffed.handling.reschedule(d.code, vn(2026, 11, 20, 15), "Chờ kết quả xác minh của công an",
                                now=vn(2026, 11, 19, 10))
    first = flat(render_letter(staffed, "apology", d.code, tmp_path / "04a.pdf", now=NOW))
    for expected in (
        "VĂN BẢN XIN LỖI VÀ HẸN LẠI NGÀY TRẢ KẾT QUẢ", "Mẫu số 04", "Kính gửi: Ông/Bà Đặng Quốc Việt",
        "Địa chỉ: Số 5 ngõ Huế", "Số điện thoại: 0912345678", "viet@example.vn",
        "Ngày 16/11/2026", d.code, "Thời gian hẹn trả kết quả trên Giấy tiếp nhận: 09:00 19/11/2026",
        "Lý do: Chờ kết quả xác minh của công an", "thành thật xin lỗi", "15:00 20/11/2026",
        "Hoàn Kiếm, ngày 19 tháng 11 năm 2026", "THỦ TRƯỞNG CƠ QUAN ĐỂ QUÁ HẠN",
        "giao trực tiếp tại Bộ phận một cửa",
    ):
        assert expected in first, expected
    assert "lần hẹn lại thứ" not in first
    staffed.handling.reschedule(d.code, vn(2026, 11, 23, 15), "Mất điện", now=vn(2026, 11, 20, 16))
    second = flat(render_letter(staffed, "apology", d.code, tmp_path / "04b.pdf", now=NOW))
    assert "15:00 23/11/2026" in second and "Lý do: Mất điện" in second
    assert "lần hẹn lại thứ 2 (lần hẹn trước: 15:00 20/11/2026)" in second
    assert "09:00 19/11/2026" in second  # the slip's appointment stays on every apology
    again = flat(render_letter(staffed, "apology", d.code, tmp_path / "04c.pdf", now=NOW,
                               number=1))
    assert "15:00 20/11/2026" in again and "lần hẹn lại thứ" not in again
    with pytest.raises(UserError, match="có 2 lần hẹn lại; không có lần thứ 3"):
        render_letter(staffed, "apology", d.code, tmp_path / "04d.pdf", now=NOW, number=3)


def test_control_sheet_rows_carry_each_step_and_its_judgement(staffed, tmp_path):
    # thường trú, 7 working days; default split: desk ½ day, specialist 6 days, leader ½ day.
    d = add(staffed, "Nguyễn Thị Ánh Hường", received=vn(2026, 11, 9, 8), phone="0987654321")
    staffed.handling.handover(d.code, "Nguyễn Văn Chuyên", now=NOW, at=vn(2026, 11, 9, 9))
    staffed.handling.handover(d.code, "Trần Thị Lãnh", now=NOW, at=vn(2026, 11, 16, 10),
                              note="Trình ký giấy xác nhận")
    open_sheet = flat(render_control(staffed, d.code, tmp_path / "06a.pdf", now=NOW))
    assert "… giờ … phút, ngày … tháng … năm …" in open_sheet  # a row for the next hand-over
    staffed.handling.handover(d.code, OFFICER, now=NOW, at=vn(2026, 11, 18, 10, 5), resolved=True)
    staffed.dossiers.set_status(d.code, State.RETURNED, now=NOW, at=vn(2026, 11, 18, 14))
    out = render_control(staffed, d.code, tmp_path / "06.pdf", now=NOW)
    text = flat(out)
    for expected in (
        "PHIẾU KIỂM SOÁT QUÁ TRÌNH GIẢI QUYẾT HỒ SƠ", "Mẫu số 06", f"Mã hồ sơ: {d.code}",
        "Người nộp hồ sơ: Nguyễn Thị Ánh Hường", "0987654321", "Đăng ký thường trú",
        "Thời gian nhận hồ sơ: 08:00 09/11/2026", "Thời gian trả kết quả: 08:00 18/11/2026",
        "Người giao ký", "Người nhận ký",
    ):
        assert expected in text, expected
    assert "… giờ … phút" not in text  # final: no blank row
    # Computed by hand: desk due 13:45 09/11 (08:00 + 3 h 45 min), handed 09:00 the same day;
    # specialist due 09:00 17/11 (6 working days), handed 16/11: a day early;
    # leader due 15:45 16/11 (10:00 + 3 h 45 min), handed back 18/11: late.
    rows = [
        ("1", OFFICER, "Nguyễn Văn Chuyên", "09 giờ 00 phút, ngày 09 tháng 11 năm 2026",
         "Đúng hạn", "(hạn 13:45 09/11/2026)"),
        ("2", "Nguyễn Văn Chuyên", "Trần Thị Lãnh", "10 giờ 00 phút, ngày 16 tháng 11 năm 2026",
         "Trước hạn", "(hạn 09:00 17/11/2026)"),
        ("3", "Trần Thị Lãnh", OFFICER, "10 giờ 05 phút, ngày 18 tháng 11 năm 2026",
         "Quá hạn", "(hạn 15:45 16/11/2026)"),
    ]
    blocks = text_blocks(out)
    for number, giver, receiver, moment, mark, due in rows:
        assert row_at(blocks, moment)[:5] == [number, giver, receiver, moment, mark], moment
        assert due in [b[2] for b in blocks]
    assert row_at(blocks, rows[1][3])[5:] == ["Trình ký giấy xác nhận"]
    assert "Trình ký giấy xác nhận" in text and "Lãnh đạo" in text and "Công chức chuyên môn" in text
    assert page_count(out) == 1


@pytest.mark.parametrize("kind, message", [
    ("supplement", "chưa từng được yêu cầu bổ sung"), ("refusal", "không bị từ chối"),
    ("apology", "chưa được hẹn lại"), ("stop", "không bị dừng"),
])
def test_a_paper_that_does_not_apply_writes_nothing(staffed, tmp_path, kind, message):
    d = add(staffed, "Bùi Thị Quỳnh")
    with pytest.raises(UserError, match=message):
        render_letter(staffed, kind, d.code, tmp_path / "x.pdf", now=NOW)
    assert not (tmp_path / "x.pdf").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["data"]


def test_book_and_overdue_list_show_the_new_appointment_beside_the_slips(staffed, tmp_path):
    from datetime import date

    from desktop.pdf import render_book, render_summary

    d = add(staffed, "Đặng Quốc Việt", "tam-tru", received=vn(2026, 11, 16, 9))
    staffed.handling.reschedule(d.code, vn(2026, 11, 25, 15), "Chờ xác minh",
                                now=vn(2026, 11, 19, 10))
    book = render_book(staffed, date(2026, 11, 16), date(2026, 11, 20), None,
                       tmp_path / "book.pdf", now=NOW)
    blocks = text_blocks(book)
    assert "Hẹn lại" in [b[2] for b in blocks]
    row = row_at(blocks, "Đặng Quốc Việt")
    assert row[row.index("09:00 19/11/2026") + 1] == "15:00 25/11/2026"  # the column after
    summary = render_summary(staffed, date(2026, 11, 16), date(2026, 11, 20),
                             tmp_path / "summary.pdf", now=NOW)
    assert "09:00 19/11/2026 (hẹn lại 15:00 25/11/2026)" in " ".join(pdftotext(summary).split())
