"""A write announces itself: ``tasks.db`` emits ``changed`` after any job that changed the
database, so a new page cannot forget to; a read emits nothing."""

from __future__ import annotations

from desktop.storage.dossiers import NewDossier
from desktop.ui.tasks import Tasks


def test_a_job_that_writes_emits_changed_and_a_read_does_not(qtbot, set_up_dir):
    tasks = Tasks(set_up_dir)
    try:
        seen = []
        tasks.changed.connect(lambda: seen.append("changed"))
        with qtbot.waitSignal(tasks.finished, timeout=10_000):
            tasks.db(lambda store: store.dossiers.count(), lambda n: seen.append(("count", n)))
        assert seen == [("count", 0)]
        with qtbot.waitSignal(tasks.changed, timeout=10_000):
            tasks.db(lambda store: store.dossiers.add(NewDossier("khai-sinh", "Lê Văn An"),
                                                      now=store.clock()).code,
                     lambda code: seen.append("saved"))
        assert seen[1:] == ["saved", "changed"]  # after the page's own callback
        with qtbot.waitSignal(tasks.finished, timeout=10_000):
            tasks.db(lambda store: store.dossiers.count(), lambda n: seen.append(("count", n)))
        assert seen[-1] == ("count", 1) and seen.count("changed") == 1
    finally:
        tasks.shutdown()
