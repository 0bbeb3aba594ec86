"""The log as the window lists it: filters, order, pages and the typed search (no Qt)."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.clock import VN_TZ, to_epoch
from desktop.core.states import State
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.storage.listing import (
    DossierFilter,
    Due,
    Sort,
    SortKey,
    first_page,
    page,
    searchable,
    typed_search_ids,
)

NOW = datetime(2025, 11, 18, 9, 0, tzinfo=VN_TZ)


def _store(tmp_path):
    store = Store(tmp_path, clock=lambda: NOW, auto_backup=False)
    store.setup(70, "000.00.14.H56", 1)
    return store


def test_filters_pages_and_order(tmp_path):
    with _store(tmp_path) as store:
        old = store.dossiers.add(NewDossier("tam-tru", "Trần Văn An",
                                            received_at=NOW - timedelta(days=10)), now=NOW)
        today = store.dossiers.add(NewDossier("khai-sinh", "Đặng Thị Ước", channel="online"),
                                   now=NOW)
        done = store.dossiers.add(NewDossier("khai-sinh", "Lê Văn Bình"), now=NOW)
        store.dossiers.set_status(done.code, State.RESOLVED, now=NOW)
        moment = to_epoch(NOW)
        total, rows = first_page(store.conn, DossierFilter(), Sort(), moment)
        assert total == 3 and [r.code for r in rows][-1] == old.code
        assert [r.code for r in page(store.conn, DossierFilter(),
                                     Sort(SortKey.RECEIVED, descending=False), moment, 0)] == [
            old.code, today.code, done.code]
        assert [r.code for r in page(store.conn, DossierFilter(), Sort(SortKey.STATE, False),
                                     moment, 0)][0] == today.code
        overdue = first_page(store.conn, DossierFilter(due=Due.OVERDUE), Sort(), moment)
        assert [r.code for r in overdue[1]] == [old.code]
        assert overdue[1][0].is_overdue(moment)
        assert first_page(store.conn, DossierFilter(channel=2), Sort(), moment)[0] == 1
        assert first_page(store.conn, DossierFilter(state=int(State.RESOLVED)), Sort(),
                          moment)[0] == 1
        assert first_page(store.conn, DossierFilter(first_day=NOW.date()), Sort(), moment)[0] == 2
        assert page(store.conn, DossierFilter(), Sort(), moment, 2, 10)[0].code == old.code


def test_typed_search_whole_words_first_then_prefixes(tmp_path):
    with _store(tmp_path) as store:
        for name in ("Đặng Văn Hùng", "Nguyễn Thị Lan", "Đặng Thu Hà", "Nguyễn Văn Anh"):
            store.dossiers.add(NewDossier("khai-sinh", name), now=NOW)
        names = {r["applicant"] for r in store.conn.execute("SELECT id, applicant FROM dossiers")}
        assert len(names) == 4

        def found(query):
            ids = typed_search_ids(store.conn, query)
            return None if ids is None else {
                store.conn.execute("SELECT applicant FROM dossiers WHERE id = ?", (i,)).fetchone()[0]
                for i in ids}

        assert found("dang") == {"Đặng Văn Hùng", "Đặng Thu Hà"}
        assert found("nguyen van a") == {"Nguyễn Văn Anh"}
        assert found("ngu va") == {"Nguyễn Văn Anh"}
        assert found("d") is None
        assert found("khong co ai") == set()


def test_what_is_long_enough_to_search():
    assert not searchable("") and not searchable("đ") and not searchable("091")
    assert searchable("đa") and searchable("0912") and searchable("a b")


def test_waiting_for_the_first_supplement_is_not_overdue_anywhere(tmp_path):
    """The clock pauses for the first supplement and II.06a counts the dossier as resolved at
    the request; the log, the Overview and the report must not call it overdue."""
    from desktop.storage import dashboard

    store = _store(tmp_path)
    received = NOW - timedelta(days=14)
    paused = store.dossiers.add(NewDossier("tam-tru", "Đặng Văn Đào", received_at=received),
                                now=NOW)
    store.dossiers.set_status(paused.code, State.SUPPLEMENT_REQUESTED, now=NOW,
                              at=received + timedelta(hours=2), note="Thiếu CT01")
    late = store.dossiers.add(NewDossier("tam-tru", "Lê Thị Hoa", received_at=received), now=NOW)
    now = to_epoch(NOW)
    overdue = DossierFilter(due=Due.OVERDUE)
    total, rows = first_page(store.conn, overdue, Sort(SortKey.RECEIVED), now)
    assert (total, [r.code for r in rows]) == (1, [late.code])
    everything = page(store.conn, DossierFilter(), Sort(SortKey.RECEIVED), now, 0)
    assert {r.code: r.is_overdue(now) for r in everything} == {paused.code: False, late.code: True}
    assert store.dossiers.get(paused.code).is_overdue(NOW) is False
    month = store.dossiers.summary(received.date(), NOW.date())
    assert dashboard.today(store.conn, NOW, month.total).overdue == 1
    assert month.total.pending_overdue == 1 and month.total.resolved_total == 1
    store.close()


def test_applicant_and_procedure_sort_in_vietnamese_order_from_the_index(tmp_path):
    from desktop.storage.corrections import Correction

    names = ["Zô Văn Bé", "Đặng Thị Ước", "Bùi Bảo Chi", "Bùi Bảo Châu", "Dương Văn An",
             "Ông Văn Tư", "Ơn Thị Hà", "Ưng Văn Lợi", "Uông Thị Mai", "Âu Thị Nga", "Ăn Văn Cả",
             "An Văn Bình", "Ê Văn Đê", "Em Thị Út"]
    with _store(tmp_path) as store:
        for name in names:
            store.dossiers.add(NewDossier("tam-tru", name), now=NOW)
        moment = to_epoch(NOW)
        shown = [r.applicant for r in page(store.conn, DossierFilter(),
                                           Sort(SortKey.APPLICANT, descending=False), moment, 0)]
        assert shown == ["An Văn Bình", "Ăn Văn Cả", "Âu Thị Nga", "Bùi Bảo Châu", "Bùi Bảo Chi",
                         "Dương Văn An", "Đặng Thị Ước", "Em Thị Út", "Ê Văn Đê", "Ông Văn Tư",
                         "Ơn Thị Hà", "Uông Thị Mai", "Ưng Văn Lợi", "Zô Văn Bé"]
        # A corrected name moves to its new place.
        code = store.dossiers.find("zo van be")[0].code
        store.dossiers.correct(code, Correction("Sai tên", applicant="Ánh Văn Bé"), now=NOW)
        first = page(store.conn, DossierFilter(), Sort(SortKey.APPLICANT, False), moment, 0, 2)
        assert [r.applicant for r in first] == ["An Văn Bình", "Ánh Văn Bé"]
        plan = " ".join(r[-1] for r in store.conn.execute(
            "EXPLAIN QUERY PLAN SELECT id FROM dossiers ORDER BY applicant_key, id LIMIT 100"))
        assert "dossiers_applicant_key" in plan and "TEMP B-TREE" not in plan
        # Procedures by name: "Chứng thực…" before "Đăng ký…" before "Liên thông…".
        for slug in ("lien-thong-khai-sinh", "khai-sinh", "chung-thuc-ban-sao"):
            store.dossiers.add(NewDossier(slug, "Lê Văn Bình"), now=NOW)
        ordered = [r.procedure for r in page(store.conn, DossierFilter(query="le van binh"),
                                             Sort(SortKey.PROCEDURE, False), moment, 0)]
        assert ordered == ["chung-thuc-ban-sao", "khai-sinh", "lien-thong-khai-sinh"]


def test_due_today_is_one_rule_for_the_filter_the_rows_and_the_overview(tmp_path):
    """"Due today" is counted by SQL (the filter, the Overview) and judged per row in Python
    (the yellow lines); on dossiers at every edge of the day all three name the same ones."""
    from desktop.core.clock import day_bounds
    from desktop.storage import dashboard

    store = _store(tmp_path)
    now = to_epoch(NOW)
    _, last_second = day_bounds(NOW.date())
    appointments = {"earlier today": now - 3600, "right now": now, "later today": now + 3600,
                    "last second": last_second, "tomorrow": last_second + 1,
                    "resolved": now + 3600, "paused": now + 3600, "asked twice": now + 3600}
    codes = {}
    for name, at in appointments.items():
        dossier = store.dossiers.add(NewDossier("tam-tru", "Trần Văn An",
                                                received_at=NOW - timedelta(days=2)), now=NOW)
        codes[dossier.code] = name
        if name == "resolved":
            store.dossiers.set_status(dossier.code, State.RESOLVED, now=NOW)
        if name == "paused":
            store.dossiers.set_status(dossier.code, State.SUPPLEMENT_REQUESTED, now=NOW,
                                      note="Thiếu CT01")
        with store.conn:
            store.conn.execute("UPDATE dossiers SET appointment_at = ?,"
                               " supplement_count = ? WHERE code = ?",
                               (at, 2 if name == "asked twice" else 0, dossier.code))
    due = {"right now", "later today", "last second", "asked twice"}
    total, rows = first_page(store.conn, DossierFilter(due=Due.DUE_TODAY), Sort(), now)
    assert {codes[r.code] for r in rows} == due and total == len(due)
    everything = page(store.conn, DossierFilter(), Sort(), now, 0)
    assert {codes[r.code] for r in everything if r.is_due_today(now)} == due
    month = store.dossiers.summary(NOW.date(), NOW.date())
    assert dashboard.today(store.conn, NOW, month.total).due_today == len(due)
    store.close()
