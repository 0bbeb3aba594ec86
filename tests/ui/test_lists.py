"""Lists a clerk reads: the best procedure picked, Vietnamese order, the capped search count."""

from __future__ import annotations

from desktop.storage import Store, listing
from desktop.storage.dossiers import NewDossier
from desktop.ui.qt import Qt
from tests.ui.conftest import NOW
from tests.ui.helpers import type_text


def test_typing_khai_sinh_picks_birth_registration_and_warns_on_another_choice(
        qtbot, open_app, set_up_dir):
    window = open_app(set_up_dir)
    window.go("new")
    page = window.pages["new"]
    type_text(page.procedure.search, "khai sinh")
    assert page.current_procedure().slug == "khai-sinh"
    assert page.procedure.best_data() == "khai-sinh"
    assert page.procedure_info.styleSheet() == ""  # the best match: nothing to warn about
    # Down into the list, then down to the joint procedure (3 working days, not same day).
    qtbot.keyClick(page.procedure.search, Qt.Key.Key_Down)
    while page.current_procedure().slug != "lien-thong-khai-sinh":
        qtbot.keyClick(page.procedure.list, Qt.Key.Key_Down)
    assert "#fff3cd" in page.procedure_info.styleSheet()
    assert "Đăng ký khai sinh" in page.procedure_info.text()
    assert "3" in page.procedure_info.text()


def test_province_picker_sorts_by_the_name_without_its_prefix(qtbot, open_app, data_dir):
    window = open_app(data_dir, wait_ready=False)
    qtbot.waitUntil(lambda: "first_run" in window.pages)
    picker = window.pages["first_run"].province.list
    names = [picker.item(r).text() for r in range(picker.count())]
    assert names.index("Thành phố Hà Nội") < names.index("Hưng Yên") < names.index("Khánh Hòa")
    assert names.index("Đồng Tháp") < names.index("Gia Lai")  # Đ before G, not after Z
    assert names[0] == "An Giang"


def test_sorting_the_log_by_applicant_is_vietnamese(qtbot, open_app, set_up_dir, clock):
    names = ["Zô Văn Bé", "Đặng Thị Ước", "Bùi Bảo Chi", "Bùi Bảo Châu", "Dương Văn An",
             "Ông Văn Tư", "Ơn Thị Hà", "Ưng Văn Lợi", "Âu Thị Nga", "Ăn Văn Cả"]
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for name in names:
            store.dossiers.add(NewDossier("tam-tru", name), now=NOW)
    window = open_app(set_up_dir)
    window.go("dossiers")
    page = window.pages["dossiers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == len(names))
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    shown = [page.model.data(page.model.index(r, 2)) for r in range(len(names))]
    assert shown == ["Ăn Văn Cả", "Âu Thị Nga", "Bùi Bảo Châu", "Bùi Bảo Chi", "Dương Văn An",
                     "Đặng Thị Ước", "Ông Văn Tư", "Ơn Thị Hà", "Ưng Văn Lợi", "Zô Văn Bé"]


def test_a_capped_search_says_how_many_match_and_starts_at_the_top(
        qtbot, open_app, set_up_dir, clock, monkeypatch):
    monkeypatch.setattr(listing, "SEARCH_LIMIT", 20)
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        for i in range(26):
            store.dossiers.add(NewDossier("tam-tru", f"Đỗ Văn {chr(65 + i)}"), now=NOW)
        for i in range(3):
            store.dossiers.add(NewDossier("tam-tru", f"Lê Thị {chr(65 + i)}"), now=NOW)
    window = open_app(set_up_dir)
    window.go("dossiers")
    page = window.pages["dossiers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 29)
    page.table.setFixedHeight(200)  # a short list, so there is somewhere to scroll
    page.table.scrollToBottom()
    qtbot.waitUntil(lambda: page.table.verticalScrollBar().value() > 0)
    with qtbot.waitSignal(page.model.loaded, timeout=10_000):
        type_text(page.search, "Đỗ")
    qtbot.waitUntil(lambda: page.model.rowCount() == 20)
    assert page.count_label.text() == "20 / 26 hồ sơ — gõ thêm để thu hẹp"
    assert page.table.verticalScrollBar().value() == 0
    page.search.clear()
    type_text(page.search, "le thi")
    qtbot.waitUntil(lambda: page.model.rowCount() == 3)
    assert "/" not in page.count_label.text()


def test_leaving_or_closing_with_a_typed_dossier_asks_first(qtbot, open_app, set_up_dir):
    from desktop.ui.qt import QMessageBox

    window = open_app(set_up_dir)
    window.go("new")
    page = window.pages["new"]
    type_text(page.applicant, "Phạm Văn Chưa Lưu")
    window.go("dossiers")
    qtbot.waitUntil(lambda: window.question.isVisible())
    assert window.stack.currentWidget() is page and window.current_key() == "new"
    window.question.button(QMessageBox.StandardButton.No).click()
    assert page.applicant.text() == "Phạm Văn Chưa Lưu" and window.current_key() == "new"
    window.close()
    qtbot.waitUntil(lambda: window.question.isVisible())
    assert window.isVisible()
    window.question.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.isVisible())
    assert page.applicant.text() == ""


def test_the_window_opens_inside_the_screen_even_if_it_was_bigger_elsewhere(
        qtbot, open_app, set_up_dir):
    from desktop.ui.qt import QRect, QSettings

    window = open_app(set_up_dir)
    window.setGeometry(QRect(1500, 900, 1900, 1050))  # remembered from a bigger second screen
    window.close()
    settings = QSettings(str(set_up_dir / "motcua-ui.ini"), QSettings.Format.IniFormat)
    assert settings.value("window/geometry") is not None
    again = open_app(set_up_dir)
    area = again.screen().availableGeometry()
    frame = again.frameGeometry()
    assert area.top() <= frame.top() and frame.bottom() <= area.bottom()
    assert area.left() <= frame.left()
    assert again.height() < 1050 and again.statusBar().isVisible()


def test_a_long_procedure_name_elided_in_the_log_has_its_tooltip(qtbot, open_app, set_up_dir,
                                                                 clock):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        store.dossiers.add(NewDossier("lien-thong-khai-sinh", "Lê Văn Dài"), now=NOW)
    window = open_app(set_up_dir)
    window.go("dossiers")
    page = window.pages["dossiers"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.row_at(0) is not None)
    index = page.model.index(0, 3)
    full = page.model.data(index, Qt.ItemDataRole.ToolTipRole)
    assert full.startswith("Liên thông đăng ký khai sinh") and full.endswith("dưới 6 tuổi")
    assert page.table.fontMetrics().horizontalAdvance(full) > page.table.columnWidth(3)
