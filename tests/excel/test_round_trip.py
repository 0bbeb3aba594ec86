"""Export the book of a demo desk, import it into an empty desk: the II.06a is the same."""

from __future__ import annotations

from datetime import date

from desktop.core.clock import day_start, from_epoch, to_epoch
from desktop.core.summary import summarise, summary_json
from desktop.core.timing import DossierClock
from desktop.excel import export_book, import_book
from desktop.storage.register import IMPORT_NOTE
from tests.conftest import FIXED_NOW

CLOCK = ("field, channel, received_at, appointment_at, end_at, end_state, supplement_at,"
         " resumed_at, supplement_count")
PERIODS = ((date(2026, 11, 2), date(2026, 11, 13)), (date(2026, 11, 16), date(2026, 11, 23)),
           (date(2026, 11, 23), date(2026, 11, 23)))


def _bounds(first, last):  # noqa: ANN001
    return (to_epoch(day_start(first)),
            to_epoch(day_start(date.fromordinal(last.toordinal() + 1))) - 1)


def _summary(store, first, last, codes):  # noqa: ANN001
    """II.06a over the given dossiers only (the rules themselves are desktop/core's)."""
    rows = store.conn.execute(f"SELECT code, {CLOCK} FROM dossiers").fetchall()
    clocks = [DossierClock(*r[1:]) for r in rows if r[0] in codes]
    return summary_json(summarise(clocks, *_bounds(first, last), store.field_names))


def _not_waiting(store, first, last):  # noqa: ANN001
    """Dossiers not waiting on a supplement at the period's start or end: an old book does
    not record when a supplement was asked for, so those are the only ones it cannot carry."""
    start, end = _bounds(first, last)

    def waiting(at: int, asked: int | None, back: int | None) -> bool:
        return asked is not None and asked <= at and (back is None or back > at)

    return {code for code, asked, back in store.conn.execute(
        "SELECT code, supplement_at, resumed_at FROM dossiers")
        if not waiting(start - 1, asked, back) and not waiting(end, asked, back)}


def test_round_trip_keeps_the_summary(demo_store, empty_store, tmp_path):
    first_day = demo_store.conn.execute("SELECT min(received_at) FROM dossiers").fetchone()[0]
    start = from_epoch(first_day).date()
    path, count = export_book(demo_store, start, FIXED_NOW.date(), None, tmp_path / "so.xlsx",
                              now=FIXED_NOW)
    assert count == demo_store.dossiers.count() == 1500

    check, outcome = import_book(empty_store, path, now=FIXED_NOW)
    assert check.errors == [] and outcome.added == 1500 and outcome.skipped == 0

    for first, last in PERIODS:
        kept = _not_waiting(demo_store, first, last)
        assert len(kept) < 1500  # the demo has dossiers waiting on a supplement
        before = _summary(demo_store, first, last, kept)
        after = _summary(empty_store, first, last, kept)
        assert before["total"]["received_total"] > 0 and before["total"]["late"] > 0
        assert after == before, (first, last)
    never_waited = {code for (code,) in demo_store.conn.execute(
        "SELECT code FROM dossiers WHERE supplement_count = 0")}

    # Each dossier keeps its code, and its history starts with the original row.
    sample = demo_store.dossiers.get(sorted(never_waited)[10])
    copy = empty_store.dossiers.get(sample.code)
    assert (copy.applicant, copy.id_number, copy.phone, copy.procedure, copy.state) == (
        sample.applicant, sample.id_number, sample.phone, sample.procedure, sample.state)
    events = empty_store.dossiers.events(sample.code)
    assert events[0].note.startswith(f"{IMPORT_NOTE}: {{")
    assert sample.applicant in events[0].note
    assert events[-1].to_state is sample.state
    # Found by the folded search, reported upward once each and marked as imported.
    assert sample.code in [d.code for d in empty_store.dossiers.find(copy.applicant)]
    payloads = [r[0] for r in empty_store.conn.execute("SELECT payload FROM outbox")]
    assert len(payloads) == 1500 and all('"imported":true' in p for p in payloads)

    again, outcome = import_book(empty_store, path, now=FIXED_NOW)
    assert (outcome.added, outcome.skipped, again.already_present) == (0, 1500, 1500)
    assert empty_store.dossiers.count() == 1500
    assert empty_store.conn.execute("SELECT count(*) FROM outbox").fetchone()[0] == 1500
