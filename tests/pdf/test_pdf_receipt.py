import unicodedata
from datetime import timedelta

import pytest
from pypdf import PdfReader

from desktop.core.clock import format_slip_time
from desktop.core.errors import UserError
from desktop.pdf import render_receipt
from tests.pdf.conftest import NAMES, NOW, add, decode_qr, page_count, pdftotext


@pytest.mark.parametrize("name", NAMES)
def test_slip_reads_back_every_field_exactly(store, tmp_path, name):
    dossier = add(store, unicodedata.normalize("NFD", name), id_number="001190012345",
                  phone="0912345678", address="Số 5 ngõ Huế, Phường Hoàn Kiếm",
                  email="dan@example.vn", authorised="Bùi Thị Quỳnh", sets=2,
                  documents=("Tờ khai thay đổi thông tin cư trú", "Giấy tờ chứng minh chỗ ở"))
    out = render_receipt(store, dossier.code, tmp_path / "giay-hen.pdf", now=NOW)
    text = pdftotext(out)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
        "ỦY BAN NHÂN DÂN PHƯỜNG HOÀN KIẾM", "TRUNG TÂM PHỤC VỤ HÀNH CHÍNH CÔNG",
        "GIẤY TIẾP NHẬN HỒ SƠ VÀ HẸN TRẢ KẾT QUẢ", f"Mã hồ sơ: {dossier.code}",
        f"Ông/Bà: {name}", "001190012345", "0912345678", "Số 5 ngõ Huế, Phường Hoàn Kiếm",
        "dan@example.vn", "Người được ủy quyền: Bùi Thị Quỳnh", "Đăng ký thường trú",
        "Tờ khai thay đổi thông tin cư trú", "Giấy tờ chứng minh chỗ ở", "02 bộ",
        "7 ngày làm việc", f"Thời gian nhận hồ sơ: {format_slip_time(dossier.received_at)}",
        f"Thời gian trả kết quả giải quyết hồ sơ: {format_slip_time(dossier.appointment_at)}",
        "Quầy số 01", f"quyển số 2026, số thứ tự {dossier.book_entry}",
        f"Số: {dossier.book_entry:05d}/2026", "Hoàn Kiếm, ngày 23 tháng 11 năm 2026",
        "NGƯỜI NỘP HỒ SƠ", "NGƯỜI TIẾP NHẬN HỒ SƠ", "Phạm Thị Thu Hằng",
    ):
        assert expected in text, expected
    assert unicodedata.normalize("NFD", name) not in text  # printed composed, not decomposed
    reader = PdfReader(out)
    assert name in reader.pages[0].extract_text()
    assert dossier.code in reader.metadata.title
    assert reader.metadata.author == "Phường Hoàn Kiếm, Thành phố Hà Nội"
    assert "Đăng ký thường trú" in reader.metadata.subject
    assert page_count(out) == 1


def test_qr_code_carries_the_dossier_code(store, tmp_path):
    dossier = add(store, "Đặng Quốc Việt")
    out = render_receipt(store, dossier.code, tmp_path / "slip.pdf", now=NOW)
    assert decode_qr(out, tmp_path) == dossier.code


def test_font_is_embedded(store, tmp_path):
    dossier = add(store, "Trần Văn Ưng")
    reader = PdfReader(render_receipt(store, dossier.code, tmp_path / "slip.pdf", now=NOW))
    fonts = reader.pages[0]["/Resources"]["/Font"]
    descriptors = [f.get_object()["/FontDescriptor"] for f in fonts.values()]
    assert descriptors and all("/FontFile2" in d for d in descriptors)
    assert all("BeVietnamPro" in f.get_object()["/BaseFont"] for f in fonts.values())


def test_long_values_wrap_on_one_page(store, tmp_path):
    address = "Thôn Đông Thượng, xóm Ngõ Giữa, đường liên thôn số 12 kéo dài " * 3
    dossier = add(store, "Nguyễn Thị Ánh Hường", "lien-thong-khai-sinh",
                  address=address.strip()[:200], authorised="Công ty Luật TNHH Ánh Dương Việt")
    out = render_receipt(store, dossier.code, tmp_path / "slip.pdf", now=NOW)
    assert page_count(out) == 1
    flat = " ".join(pdftotext(out).split())
    assert "Liên thông đăng ký khai sinh, đăng ký thường trú, cấp thẻ BHYT cho trẻ dưới 6 tuổi" \
        in flat
    assert "đường liên thôn số 12 kéo dài Thôn Đông Thượng" in flat


def test_unknown_code_writes_nothing(store, tmp_path):
    with pytest.raises(UserError, match="Không tìm thấy hồ sơ"):
        render_receipt(store, "000.00.14.H56-261123-019999", tmp_path / "slip.pdf", now=NOW)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]


def test_slip_uses_the_receipt_day_not_the_print_day(store, tmp_path):
    dossier = add(store, "Lê Thị Mỹ Hạnh", received=NOW - timedelta(days=20))
    out = render_receipt(store, dossier.code, tmp_path / "slip.pdf", now=NOW)
    assert "Hoàn Kiếm, ngày 03 tháng 11 năm 2026" in pdftotext(out)


def test_slip_reprinted_after_a_correction_says_so(store, tmp_path):
    from desktop.storage.corrections import Correction

    dossier = add(store, "Nguyễn Văn Am")
    first = pdftotext(render_receipt(store, dossier.code, tmp_path / "first.pdf", now=NOW))
    assert "Bản in lại" not in first
    store.dossiers.correct(dossier.code, Correction("Sai tên", applicant="Nguyễn Văn Ấn",
                                                    procedure="tam-tru"),
                           now=NOW - timedelta(minutes=20))
    fixed = store.dossiers.get(dossier.code)
    out = render_receipt(store, dossier.code, tmp_path / "again.pdf", now=NOW)
    text = pdftotext(out)
    assert "Bản in lại sau khi sửa thông tin — 15:40 23/11/2026" in text
    assert "Ông/Bà: Nguyễn Văn Ấn" in text and "Nguyễn Văn Am" not in text
    assert f"Thời gian trả kết quả giải quyết hồ sơ: {format_slip_time(fixed.appointment_at)}" in text
    assert "Đăng ký tạm trú" in text and page_count(out) == 1
    assert f"Mã hồ sơ: {dossier.code}" in text


def test_same_day_slip_names_the_desks_own_cut_off(store, tmp_path):
    from desktop.core.calendar import WorkingHours

    hours = WorkingHours.from_json({**WorkingHours().to_json(), "cutoff": "16:30"})
    store.update_settings(working_hours=hours.to_json())
    store.__dict__.pop("calendar", None)  # as Settings does after saving the hours
    dossier = add(store, "Đặng Quốc Việt", procedure="khai-sinh")
    text = pdftotext(render_receipt(store, dossier.code, tmp_path / "giay-hen.pdf", now=NOW))
    assert "sau 16:30: ngày làm việc tiếp theo" in text
    assert "15:00" not in text
