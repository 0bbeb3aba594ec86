"""A dossier's clock is read from storage in several queries (the dossier view, the period
summary's cohort, the register, the log); each must give the same clock, field for field."""

from __future__ import annotations

from datetime import datetime, timedelta

from desktop.core.clock import VN_TZ, day_bounds, to_epoch
from desktop.core.states import State
from desktop.core.timing import CLOCK_COLUMNS, DossierClock
from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.storage.listing import DossierFilter, Sort, page
from desktop.storage.register import register_rows

NOW = datetime(2025, 11, 18, 16, 0, tzinfo=VN_TZ)


def test_every_query_reads_the_same_clock(tmp_path):
    with Store(tmp_path, clock=lambda: NOW, auto_backup=False) as store:
        store.setup(70, "000.00.14.H56", 1)
        received = NOW - timedelta(hours=6)
        dossier = store.dossiers.add(NewDossier("tam-tru", "Đặng Văn Đào",
                                                received_at=received), now=NOW)
        steps = ((State.SUPPLEMENT_REQUESTED, 1, "Thiếu CT01"), (State.PROCESSING, 2, None),
                 (State.SUPPLEMENT_REQUESTED, 3, "Thiếu ảnh"), (State.PROCESSING, 4, None),
                 (State.RESOLVED, 5, None))
        for state, hours, note in steps:
            store.dossiers.set_status(dossier.code, state, now=NOW,
                                      at=received + timedelta(hours=hours), note=note)
        expected = store.dossiers.get(dossier.code).clock
        # Every field set and distinct from its neighbours, so a shifted column shows.
        assert None not in (getattr(expected, name) for name in CLOCK_COLUMNS)
        assert expected == DossierClock.from_row(dict(zip(
            CLOCK_COLUMNS, (getattr(expected, name) for name in CLOCK_COLUMNS), strict=True)))
        start, end = day_bounds(NOW.date())
        assert store.dossiers.clocks(start, end) == [expected]
        assert [row.clock for row in register_rows(store.conn, start, end)] == [expected]
        listed = page(store.conn, DossierFilter(), Sort(), to_epoch(NOW), 0)
        assert [row.clock for row in listed] == [
            DossierClock(**{name: getattr(expected, name) for name in CLOCK_COLUMNS}
                         | {"end_state": None})]  # the log's lines do not carry the end state
