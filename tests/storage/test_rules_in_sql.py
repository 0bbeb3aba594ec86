"""The log's "overdue" and "due today" filters and the Overview's counts are SQL; the rule is
``core.timing``. On a log holding every kind of clock at every edge of now, SQL and core name the
same dossiers; and when the law changes in core, the SQL storage builds follows it."""

from __future__ import annotations

import itertools
from datetime import datetime, timedelta

import pytest

from desktop.core import timing
from desktop.core.clock import VN_TZ, day_bounds, to_epoch
from desktop.core.states import State
from desktop.core.summary import SummaryRow
from desktop.storage import Store, dashboard, listing
from desktop.storage.dossiers import NewDossier
from tests.changed_law import built_under

NOW = datetime(2025, 11, 18, 9, 0, tzinfo=VN_TZ)
HOUR = 3600


def _appointments(now: int) -> dict[str, int]:
    last_second = day_bounds(NOW.date())[1]
    return {"two days ago": now - 2 * 86400, "a second ago": now - 1, "now": now,
            "in a second": now + 1, "tonight 23:59:59": last_second,
            "tomorrow 00:00": last_second + 1, "in three days": now + 3 * 86400}


#: (state, end_at, supplement_at, resumed_at, supplement_count) relative to now.
CLOCKS = {
    "running": (State.PROCESSING, None, None, None, 0),
    "resolved": (State.RESOLVED, -HOUR, None, None, 0),
    "waiting for the first supplement": (State.SUPPLEMENT_REQUESTED, None, -HOUR, None, 1),
    "supplement back": (State.PROCESSING, None, -2 * HOUR, -HOUR, 1),
    "asked twice, waiting": (State.SUPPLEMENT_REQUESTED, None, -3 * HOUR, -2 * HOUR, 2),
    "asked twice, back": (State.PROCESSING, None, -3 * HOUR, -2 * HOUR, 2),
    "asked three times": (State.PROCESSING, None, -4 * HOUR, -3 * HOUR, 3),
    "resolved after two requests": (State.RESOLVED, -HOUR, -3 * HOUR, -2 * HOUR, 2),
}


@pytest.fixture
def log(tmp_path):
    """A log of every clock with every appointment; the names of its dossiers by code."""
    store = Store(tmp_path, clock=lambda: NOW, auto_backup=False)
    store.setup(70, "000.00.14.H56", 1)
    now = to_epoch(NOW)
    names = {}
    cases = itertools.product(_appointments(now).items(), CLOCKS.items())
    for (due_name, due_at), (clock_name, (state, end, asked, back, count)) in cases:
        dossier = store.dossiers.add(NewDossier("tam-tru", "Trần Văn An",
                                                received_at=NOW - timedelta(days=5)), now=NOW)
        names[dossier.code] = f"{clock_name}, due {due_name}"
        with store.conn:
            store.conn.execute(
                "UPDATE dossiers SET state = ?, end_at = ?, end_state = ?, supplement_at = ?,"
                " resumed_at = ?, supplement_count = ?, appointment_at = ? WHERE code = ?",
                (int(state), None if end is None else now + end,
                 None if end is None else int(state), None if asked is None else now + asked,
                 None if back is None else now + back, count, due_at, dossier.code))
    yield store, names
    store.close()


def _named(rows, names) -> set[str]:
    return {names[row.code] for row in rows}


def _judged_by_core(store, names, now) -> tuple[set[str], set[str]]:
    """(overdue, due today) as ``core.timing`` judges each dossier's clock."""
    rows = listing.page(store.conn, listing.DossierFilter(), listing.Sort(), now, 0, 1000)
    assert len(rows) == len(names)
    return ({names[r.code] for r in rows if timing.is_overdue(r.clock, now)},
            {names[r.code] for r in rows if timing.is_due_today(r.clock, now)})


def _filtered(module, store, names, now, due) -> set[str]:
    total, rows = module.first_page(store.conn, module.DossierFilter(due=module.Due(due)),
                                    module.Sort(), now)
    assert total == len(rows)
    return _named(rows, names)


def test_the_filters_and_the_overview_name_what_core_judges(log):
    store, names = log
    now = to_epoch(NOW)
    overdue, due_today = _judged_by_core(store, names, now)
    # The fixture reaches every branch of the rule, so a copy that drifts shows.
    assert "running, due a second ago" in overdue and "running, due now" not in overdue
    assert "asked twice, back, due in three days" in overdue
    assert not {n for n in overdue if n.startswith(("resolved", "waiting for the first"))}
    assert "running, due tonight 23:59:59" in due_today
    assert "running, due tomorrow 00:00" not in due_today
    assert _filtered(listing, store, names, now, "overdue") == overdue
    assert _filtered(listing, store, names, now, "due_today") == due_today
    today = dashboard.today(store.conn, NOW, SummaryRow("total"))
    assert (today.overdue, today.due_today) == (len(overdue), len(due_today))


@pytest.mark.parametrize("law", [
    {"FORCED_LATE_SUPPLEMENTS": 3},  # a third request, not the second, makes a dossier late
    {"CLOCK_STOPS": (("end_at", None),)},  # the clock no longer pauses for a supplement
], ids=["third request late", "no pause"])
def test_a_change_in_the_law_is_one_edit_in_core(log, monkeypatch, law):
    store, names = log
    now = to_epoch(NOW)
    before = _judged_by_core(store, names, now)
    changed = built_under(monkeypatch, listing, **law)
    overdue, due_today = _judged_by_core(store, names, now)
    assert (overdue, due_today) != before  # the fixture feels the change
    assert _filtered(changed, store, names, now, "overdue") == overdue
    assert _filtered(changed, store, names, now, "due_today") == due_today
