"""Entry a clerk does by keyboard: report dates typed in one go, period presets, numbers as
on paper."""

from __future__ import annotations

from datetime import date

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.ui.qt import QApplication, Qt
from desktop.ui.reports_page import period
from tests.ui.conftest import NOW
from tests.ui.helpers import wait_idle


def test_period_presets():
    today = date(2025, 11, 18)
    assert period("last_month", today, (today, today)) == (date(2025, 10, 1), date(2025, 10, 31))
    assert period("quarter", today, (today, today)) == (date(2025, 10, 1), today)
    assert period("last_quarter", today, (today, today)) == (date(2025, 7, 1), date(2025, 9, 30))
    assert period("year", today, (today, today)) == (date(2025, 1, 1), today)
    january = date(2026, 1, 5)
    assert period("last_month", january, (january,) * 2) == (date(2025, 12, 1), date(2025, 12, 31))
    assert period("last_quarter", january, (january,) * 2) == (date(2025, 10, 1),
                                                               date(2025, 12, 31))


def test_report_dates_typed_in_one_go_and_presets_fill_them(qtbot, open_app, set_up_dir, clock):
    with Store(set_up_dir, clock=clock, auto_backup=False) as store:
        store.dossiers.add(NewDossier("tam-tru", "Lê Văn Một", received_at=NOW.replace(month=6,
                                                                                       day=16)),
                           now=NOW)
    window = open_app(set_up_dir)
    window.go("reports")
    page = window.pages["reports"]
    page.choice.setCurrentIndex(page.choice.findData("last_quarter"))
    assert (page.first.date().toString("dd/MM/yyyy"), page.last.date().toString("dd/MM/yyyy")) == (
        "01/07/2025", "30/09/2025")
    page.choice.setCurrentIndex(page.choice.findData("custom"))
    page.activateWindow()
    for edit, text in ((page.first, "15/06/2025"), (page.last, "30062025")):
        edit.setFocus()
        qtbot.waitUntil(lambda e=edit: QApplication.focusWidget() in (e, e.lineEdit()))
        edit.lineEdit().selectAll()  # a click that selected everything: still typed from the day
        qtbot.keyClicks(edit, text)
    assert page.first.date().toString("dd/MM/yyyy") == "15/06/2025"
    assert page.last.date().toString("dd/MM/yyyy") == "30/06/2025"
    with qtbot.waitSignal(window.tasks.finished, timeout=10_000):
        qtbot.keyClick(page.show_button, Qt.Key.Key_Space)
    wait_idle(qtbot, window.tasks)
    assert page.shown_period == (date(2025, 6, 15), date(2025, 6, 30))
    assert page.summary.total.received_total == 1


def test_the_summary_table_groups_thousands_like_the_pdf(qtbot, open_app, set_up_dir):
    from desktop.core.summary import COUNT_KEYS, Summary, SummaryRow

    window = open_app(set_up_dir)
    window.go("reports")
    page = window.pages["reports"]
    wait_idle(qtbot, window.tasks)
    big = SummaryRow("ho-tich", "Hộ tịch", **dict.fromkeys(COUNT_KEYS, 1234))
    page.show_summary(Summary(0, 0, [big], big), date(2025, 1, 1), date(2025, 1, 31))
    assert page.table.item(0, 1).text() == "1.234"
