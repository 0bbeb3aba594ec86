from desktop.pdf import render_checklist
from tests.pdf.conftest import NOW, pdftotext


def test_every_criterion_with_state_who_when_and_evidence(store, tmp_path):
    store.checklist.set(1, "done", now=NOW, note="Tầng 1 nhà A", evidence="QĐ 12/QĐ-UBND",
                        actor="Đặng Quốc Việt")
    store.checklist.set(13, "not_applicable", now=NOW, note="Chưa có dữ liệu số hóa")
    out = render_checklist(store, tmp_path / "dieu-kien.pdf", now=NOW)
    flat = " ".join(pdftotext(out).split())
    for item in store.checklist.items():
        assert " ".join(item.title.split()[:3]) in flat, item.title
    for expected in ("Đã đáp ứng", "Chưa đáp ứng", "Không áp dụng", "Đặng Quốc Việt",
                     "Tầng 1 nhà A", "Căn cứ: QĐ 12/QĐ-UBND", "Chưa có dữ liệu số hóa",
                     "16:00", "23/11/2026", "BÁO CÁO ĐIỀU KIỆN VẬN HÀNH BỘ PHẬN MỘT CỬA",
                     "NGƯỜI LẬP BÁO CÁO", "CHỦ TỊCH", "Hoàn Kiếm, ngày 23 tháng 11 năm 2026"):
        assert expected in flat, expected
    assert "Kết luận: CHƯA XANH" in flat


def test_green_in_words_once_every_required_item_is_done(store, tmp_path):
    for item in store.checklist.items():
        if item.required:
            store.checklist.set(item.id, "done", now=NOW)
    out = render_checklist(store, tmp_path / "dieu-kien.pdf", now=NOW)
    flat = " ".join(pdftotext(out).split())
    assert "Kết luận: XANH — đã đáp ứng đủ các điều kiện vận hành bắt buộc" in flat
    assert "CHƯA XANH" not in flat
