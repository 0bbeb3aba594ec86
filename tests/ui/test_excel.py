"""Excel from the window: "Xuất Excel" on Báo cáo, "Nhập sổ theo dõi cũ" in Cài đặt."""

from __future__ import annotations

from datetime import datetime, timedelta

from openpyxl import Workbook, load_workbook

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.qt import QFileDialog

HEAD = ["STT", "Người nộp", "Thủ tục", "Kênh", "Tiếp nhận", "Kết thúc xử lý", "Tình trạng"]


def _book(path, rows):  # noqa: ANN001
    book = Workbook()
    book.active.append(HEAD)
    for row in rows:
        book.active.append(row)
    book.save(path)
    return path


def test_export_excel_from_reports(qtbot, open_app, set_up_dir, clock, tmp_path, monkeypatch):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for name in ("Nguyễn Văn An", "Trần Thị Bình"):
            store.dossiers.add(NewDossier("khai-sinh", name, received_at=clock() - timedelta(hours=1)),
                               now=clock())
    window = open_app(set_up_dir)
    window.go("reports")
    page = window.pages["reports"]
    qtbot.waitUntil(lambda: page.summary is not None)
    target = tmp_path / "bao-cao.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    assert page.excel_button.text() == "Xuất Excel"
    page.excel_summary_action.trigger()
    qtbot.waitUntil(lambda: page.exported == target, timeout=10_000)
    sheet = load_workbook(target)["II.06a"]
    total_row = next(r for r in sheet.iter_rows(values_only=True) if r[1] == "Tổng số")
    assert total_row[2] == page.summary.total.received_total == 2

    target = tmp_path / "so.xlsx"
    page.excel_book_action.trigger()
    qtbot.waitUntil(lambda: page.exported == target, timeout=10_000)
    names = [r[2] for r in load_workbook(target).active.iter_rows(min_row=2, values_only=True)]
    assert names == ["Nguyễn Văn An", "Trần Thị Bình"]


def test_import_old_book_shows_bad_rows_then_imports(qtbot, open_app, set_up_dir, clock,
                                                     tmp_path, monkeypatch):
    old = datetime(2024, 5, 6, 8, 30)  # more than a year before the clock: accepted here
    good = [[1, "Lê Văn Cường", "Đăng ký khai sinh", "Trực tiếp", old, old + timedelta(hours=2),
             "Đã trả kết quả"],
            [2, "Phạm Thị Dung", "tam-tru", None, "03/11/2025 09:00", None, "Đang xử lý"]]
    bad = good + [[3, "Hồ Văn Em", "Cấp phép bay", None, "03/11/2025 09:00", None, None],
                  [4, "Vũ Thị Giang", "khai-tu", None, "03/11/2025 09:00", None, "Dừng xử lý"]]
    chosen = [str(_book(tmp_path / "so-cu.xlsx", bad))]
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (chosen[0], ""))
    window = open_app(set_up_dir)
    window.go("settings")
    tab = window.pages["settings"].import_book
    window.pages["settings"].tabs.setCurrentWidget(tab)

    tab.choose_button.click()
    qtbot.waitUntil(lambda: tab.check is not None, timeout=10_000)
    assert not tab.import_button.isEnabled()
    rows = [tab.errors.item(i).text() for i in range(tab.errors.count())]
    assert rows == ["Dòng 4, cột «Thủ tục»: Không có thủ tục «Cấp phép bay» trong danh mục.",
                    "Dòng 5, cột «Kết thúc xử lý»: Hồ sơ ở tình trạng «Dừng xử lý» đã kết thúc "
                    "xử lý: cần ghi thời điểm kết thúc xử lý."]
    assert "2 lỗi" in tab.result.text() and "Chưa nhập hồ sơ nào" in tab.result.text()

    chosen[0] = str(_book(tmp_path / "so-sua.xlsx", good))
    tab.choose_button.click()
    qtbot.waitUntil(lambda: tab.import_button.isEnabled(), timeout=10_000)
    assert not tab.errors.isVisible()
    assert "2 hồ sơ mới" in tab.result.text() and "06/05/2024" in tab.result.text()
    steps = []
    tab._progress.step.connect(lambda done, total: steps.append((done, total)))
    with qtbot.waitSignal(tab.imported, timeout=10_000) as imported:
        tab.import_button.click()
    assert imported.args == [2]
    assert steps[-1] == (2, 2)  # the bar followed the worker
    assert tab.progress.isHidden() and "Đã nhập 2 hồ sơ" in tab.result.text()
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        assert store.dossiers.count() == 2
        assert [d.applicant for d in store.dossiers.find("le van cuong")] == ["Lê Văn Cường"]

    tab.choose_button.click()  # the same file again: nothing new, nothing to press
    qtbot.waitUntil(lambda: "đã có trong motcua; không có gì để nhập" in tab.result.text(),
                    timeout=10_000)
    assert not tab.import_button.isEnabled()


def test_the_import_template_is_saved_from_the_window_and_checks_back_empty(
        qtbot, open_app, set_up_dir, tmp_path, monkeypatch):
    """The tab used to send the clerk to a command line ("motcua export template")."""
    target = tmp_path / "mau.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(target), ""))
    window = open_app(set_up_dir)
    window.go("settings")
    tab = window.pages["settings"].import_book
    window.pages["settings"].tabs.setCurrentWidget(tab)
    assert "motcua export" not in tab.findChild(type(tab.result)).text()
    assert tab.template_button.text() == "Lưu tệp mẫu…"

    tab.template_button.click()
    qtbot.waitUntil(lambda: tab.result.text().startswith("Đã lưu tệp mẫu"), timeout=10_000)
    assert str(target) in tab.result.text()
    sheet = load_workbook(target).worksheets[0]
    assert sheet["A1"].value == "STT" and sheet["B2"].value is None

    tab.choose_button.click()  # the empty template checks back: no rows, nothing to import
    qtbot.waitUntil(lambda: tab.check is not None, timeout=10_000)
    assert "không có dòng hồ sơ nào" in tab.result.text()
    assert not tab.import_button.isEnabled()
