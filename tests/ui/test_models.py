"""qtmodeltester on the lazy dossier model, and its paging over more rows than one page."""

from __future__ import annotations

from desktop.storage import Store
from desktop.storage.dossiers import NewDossier
from desktop.storage.listing import PAGE_SIZE, DossierFilter
from desktop.ui.dossier_model import CODE_ROLE, DossierTableModel
from desktop.ui.qt import Qt
from desktop.ui.tasks import Tasks
from tests.ui.helpers import wait_idle

NAMES = ("An", "Bình", "Cường", "Dũng", "Giang", "Hà", "Khánh", "Lan", "Minh", "Nga")


def _seed(data_dir, clock, count):
    with Store(data_dir, clock=clock, auto_backup=False) as store:
        for i in range(count):
            name = f"Người Thử {NAMES[i % 10]} {NAMES[i // 10 % 10]} {NAMES[i // 100 % 10]}"
            store.dossiers.add(NewDossier("chung-thuc-ban-sao", name), now=clock())


def test_dossier_model_passes_the_model_tester(qtbot, qtmodeltester, set_up_dir, clock):
    _seed(set_up_dir, clock, PAGE_SIZE + 30)
    tasks = Tasks(set_up_dir, clock)
    model = DossierTableModel(tasks, {})
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    assert model.rowCount() == PAGE_SIZE + 30
    assert model.data(model.index(PAGE_SIZE + 5, 2)) == "…"
    wait_idle(qtbot, tasks)
    assert model.data(model.index(PAGE_SIZE + 5, 2)).startswith("Người Thử")
    qtmodeltester.check(model, force_py=True)
    wait_idle(qtbot, tasks)
    tasks.shutdown()


def test_sorting_and_filtering_ask_the_database_again(qtbot, set_up_dir, clock):
    _seed(set_up_dir, clock, 5)
    tasks = Tasks(set_up_dir, clock)
    model = DossierTableModel(tasks, {})
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.reload()
    newest = model.data(model.index(0, 0), CODE_ROLE)
    with qtbot.waitSignal(model.loaded, timeout=10_000):
        model.sort(0, Qt.SortOrder.AscendingOrder)
    assert model.data(model.index(4, 0), CODE_ROLE) == newest
    with qtbot.waitSignal(model.loaded, timeout=10_000) as loaded:
        model.set_filter(DossierFilter(query="nguoi thu dung"))
    assert loaded.args == [1]
    tasks.shutdown()
