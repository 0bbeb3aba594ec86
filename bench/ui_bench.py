"""Speed of the window on a big log (JSON on stdout, and bench/results/ui.json).

    python bench/ui_bench.py --data-dir /tmp/bench1m      # a 1,000,000-dossier demo file

Make the file once with ``motcua --data-dir /tmp/bench1m demo --dossiers 1000000``. Measures:
launch to first painted main window (fresh process, median) against a bare Qt window launched
the same way; resident memory after opening the Dossiers screen; first rows painted after
opening it; search-as-you-type latency after the last keystroke (p50/p95); first rows after
sorting the whole log by applicant in Vietnamese order; saving a dossier while a one-month
tracking book renders (the save must not wait for the render); and the longest gap between
ticks of a 5 ms GUI timer while searching, scrolling to the end, sorting by applicant,
switching screens, computing a one-month summary and saving during the render (the GUI
thread's worst stall). The render case runs ``--runs`` times (medians); the same timer left
idle as long as one render is the baseline: what the machine's other load alone does.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

TARGETS = {"launch_median_s": 1.5, "rss_mb": 250, "first_rows_ms": 150, "search_p95_ms": 100,
           "stall_ms": 50, "sort_by_applicant_first_rows_ms": 200,
           "save_during_book_render_ms": 1000}
QUERIES = ("nguyen van an", "tran thi lan", "dang", "le minh", "pham quoc", "hoang thi mai",
           "vu duc", "bui thi", "ngo gia", "do thanh", "0912", "010023", "ho ngoc", "duong",
           "phan huu", "ly thu", "dinh", "trinh", "doan", "huynh kim")
KEY_GAP_S = 0.12  # a quick clerk: about eight keystrokes a second

CHILD = r"""
import sys, time
t_start = float(sys.argv[1]); mode = sys.argv[2]; data_dir = sys.argv[3]
sys.path.insert(0, sys.argv[4])
from desktop.ui.qt import QApplication, QEvent, QMainWindow, QObject, QLabel
app = QApplication([])
marks = {}
def done():
    if "paint" in marks and (mode == "bare" or "ready" in marks):
        print(marks["paint"] - t_start, marks.get("ready", marks["paint"]) - t_start, flush=True)
        app.quit()
class Painted(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and "paint" not in marks:
            marks["paint"] = time.time()
            done()
        return False
if mode == "bare":
    window = QMainWindow(); window.setCentralWidget(QLabel("motcua")); window.resize(1366, 768)
else:
    from pathlib import Path
    from desktop.ui.app import open_window
    window, _ = open_window(app, Path(data_dir))
    def on_ready():
        overview = window.pages["overview"]
        def check():
            if overview.data is not None:
                marks["ready"] = time.time(); done()
            else:
                from desktop.ui.qt import QTimer
                QTimer.singleShot(5, check)
        check()
    window.ready.connect(on_ready)
watch = Painted(); window.installEventFilter(watch)
window.show()
app.exec()
if mode != "bare":
    window.tasks.shutdown()
"""


def launch_times(mode: str, data_dir: Path, runs: int) -> list[tuple[float, float]]:
    """(first paint, Overview showing today's numbers) per fresh process, seconds."""
    start_on_overview(data_dir)
    times = []
    for _ in range(runs):
        start = time.time()
        out = subprocess.run([sys.executable, "-c", CHILD, str(start), mode, str(data_dir),
                              str(ROOT)], capture_output=True, text=True, check=True, timeout=120,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
        paint, ready = out.stdout.strip().splitlines()[-1].split()
        times.append((float(paint), float(ready)))
    return times


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


class StallMeter:
    """The longest gap between ticks of a 5 ms timer: how long the GUI thread was busy."""

    def __init__(self) -> None:
        from desktop.ui.qt import QTimer

        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = None
        self.worst = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        if self.last is not None:
            self.worst = max(self.worst, now - self.last)
        self.last = now

    def start(self) -> None:
        self.last, self.worst = None, 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return self.worst * 1000


#: The longest single turn of event processing since the last reset: the GUI thread's own work,
#: without the time the OS gave the CPU to other processes.
SLICE = {"worst": 0.0}


def spin(app, until, timeout: float = 60.0) -> float:  # noqa: ANN001
    start = time.perf_counter()
    while not until():
        if time.perf_counter() - start > timeout:
            raise TimeoutError("the window did not get there in time")
        turn = time.perf_counter()
        app.processEvents()
        SLICE["worst"] = max(SLICE["worst"], time.perf_counter() - turn)
        time.sleep(0.001)
    return time.perf_counter() - start


def slice_ms() -> float:
    worst, SLICE["worst"] = SLICE["worst"], 0.0
    return round(worst * 1000, 1)


def type_and_wait(app, window, page, query: str) -> float:  # noqa: ANN001
    """Type ``query`` a key at a time; ms from the last key until its results are in."""
    page.search.clear()
    spin(app, lambda: not window.tasks.busy)
    loaded = []
    page.model.loaded.connect(lambda n: loaded.append(time.perf_counter()))
    typed = time.perf_counter()
    for i in range(1, len(query) + 1):
        page.search.setText(query[:i])
        typed = time.perf_counter()
        spin(app, lambda t=typed: time.perf_counter() - t >= KEY_GAP_S)
    spin(app, lambda: page.model.filter.query == query and loaded and loaded[-1] > typed
         and not window.tasks.busy)
    page.model.loaded.disconnect()
    page.model.loaded.connect(page._on_loaded)
    return (loaded[-1] - typed) * 1000


def start_on_overview(data_dir: Path) -> None:
    """The window opens on the screen it was closed on; every measurement starts on Tổng quan."""
    from desktop.ui.qt import QSettings

    settings = QSettings(str(data_dir / "motcua-ui.ini"), QSettings.Format.IniFormat)
    settings.remove("filters")
    settings.setValue("window/page", "overview")
    settings.sync()


def sort_by_applicant(app, window, page, meter) -> tuple[float, float, float]:  # noqa: ANN001
    """Click the Applicant header on the whole log: ms until the first rows are in, the stall."""
    from desktop.ui.qt import Qt

    page.table.scrollToTop()
    spin(app, lambda: not window.tasks.busy)
    loaded = []
    page.model.loaded.connect(lambda n: loaded.append(time.perf_counter()))
    slice_ms()
    meter.start()
    start = time.perf_counter()
    page.table.sortByColumn(2, Qt.SortOrder.AscendingOrder)
    spin(app, lambda: loaded and not window.tasks.busy)
    stall = meter.stop()
    page.model.loaded.disconnect()
    page.model.loaded.connect(page._on_loaded)
    page.table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    spin(app, lambda: not window.tasks.busy)
    return (loaded[0] - start) * 1000, stall, slice_ms()


def save_during_render(app, window, meter) -> tuple[float, float, float, float]:  # noqa: ANN001
    """Start a one-month tracking book, then save a dossier as soon as the render runs:
    ms for the save, s for the render, the stall, the longest slice."""
    import tempfile
    from datetime import timedelta

    from desktop.storage.dossiers import NewDossier

    last = window.tasks.clock().date()
    first = last - timedelta(days=30)
    target = Path(tempfile.mkdtemp()) / "book.pdf"
    done: list[float] = []
    window.printer.rendered.connect(lambda _path: done.append(time.perf_counter()))
    window.printer._opener = lambda path, pages: None
    slug = next(iter(window.session.procedures))
    saved: list[float] = []
    slice_ms()
    meter.start()
    start = time.perf_counter()
    window.printer.book(first, last, target=target)
    spin(app, lambda: window.render_progress.isVisible())
    asked = time.perf_counter()
    window.tasks.db(lambda store: store.dossiers.add(NewDossier(slug, "Nguyễn Thị Đo Lường"),
                                                     now=store.clock()),
                    lambda _d: saved.append(time.perf_counter()), label="bench.save")
    spin(app, lambda: saved, timeout=600)
    rendering = not done
    spin(app, lambda: done, timeout=600)
    stall = meter.stop()
    if not rendering:
        print("note: the book finished before the save; the save figure is not 'during'",
              file=sys.stderr)
    return (saved[0] - asked) * 1000, done[0] - start, stall, slice_ms()


def idle(app, meter, seconds: float) -> tuple[float, float]:  # noqa: ANN001
    """The same meter with nothing to do for ``seconds``: the machine's own noise (other
    processes on the 2 shared cores), the baseline for the stalls above."""
    slice_ms()
    meter.start()
    start = time.perf_counter()
    spin(app, lambda: time.perf_counter() - start >= seconds)
    return meter.stop(), slice_ms()


def in_process(data_dir: Path, runs: int = 1) -> dict:
    from desktop.ui.app import open_window
    from desktop.ui.qt import QApplication, QEvent, QObject

    app = QApplication.instance() or QApplication([])
    start_on_overview(data_dir)
    window, _ = open_window(app, data_dir)
    ready = []
    window.ready.connect(lambda: ready.append(time.perf_counter()))
    window.show()
    spin(app, lambda: ready)
    spin(app, lambda: not window.tasks.busy)
    page = window.page("dossiers")

    class Painted(QObject):
        at = None

        def eventFilter(self, obj, event):  # noqa: N802
            if event.type() == QEvent.Type.Paint and page.model.rowCount() and self.at is None:
                self.at = time.perf_counter()
            return False

    painted = Painted()
    page.table.viewport().installEventFilter(painted)
    start = time.perf_counter()
    window.go("dossiers")
    spin(app, lambda: painted.at is not None)
    first_rows_ms = (painted.at - start) * 1000
    spin(app, lambda: not window.tasks.busy)
    rss = rss_mb()

    meter = StallMeter()
    latencies = []
    slice_ms()
    meter.start()
    for query in QUERIES:
        latencies.append(type_and_wait(app, window, page, query))
    search_stall = meter.stop()
    search_slice = slice_ms()

    page.search.clear()
    spin(app, lambda: page.model.rowCount() > 900_000 and not window.tasks.busy)
    slice_ms()
    meter.start()
    start = time.perf_counter()
    page.table.scrollToBottom()
    last_row = page.model.rowCount() - 1
    spin(app, lambda: page.model.row_at(last_row) is not None and not window.tasks.busy)
    scroll_s = time.perf_counter() - start
    scroll_stall = meter.stop()
    scroll_slice = slice_ms()

    sort_ms, sort_stall, sort_slice = sort_by_applicant(app, window, page, meter)

    slice_ms()
    meter.start()
    for key in ("overview", "new", "checklist", "sync", "settings", "dossiers"):
        window.go(key)
        spin(app, lambda: not window.tasks.busy)
    switch_stall = meter.stop()
    switch_slice = slice_ms()

    renders = [save_during_render(app, window, meter) for _ in range(runs)]
    save_ms, render_s, render_stall, render_slice = (statistics.median(r[i] for r in renders)
                                                     for i in range(4))
    idle_stall, idle_slice = idle(app, meter, render_s)

    reports = window.page("reports")
    window.go("reports")
    spin(app, lambda: not window.tasks.busy)
    month = reports.choice.findData("month")
    reports.summary = None
    slice_ms()
    meter.start()
    start = time.perf_counter()
    reports.choice.setCurrentIndex(month)
    spin(app, lambda: reports.summary is not None and not window.tasks.busy)
    summary_s = time.perf_counter() - start
    summary_stall = meter.stop()
    summary_slice = slice_ms()
    window.close()
    by_query = dict(zip(QUERIES, (round(x, 1) for x in latencies), strict=True))
    latencies.sort()
    return {
        "search_ms_by_query": by_query,
        "first_rows_ms": round(first_rows_ms, 1),
        "rss_mb_after_dossiers": round(rss, 1),
        "search_p50_ms": round(statistics.median(latencies), 1),
        "search_p95_ms": round(latencies[max(0, int(len(latencies) * 0.95) - 1)], 1),
        "search_max_ms": round(latencies[-1], 1),
        "scroll_to_end_s": round(scroll_s, 3),
        "month_summary_s": round(summary_s, 3),
        "sort_by_applicant_first_rows_ms": round(sort_ms, 1),
        "save_during_book_render_ms": round(save_ms, 1),
        "book_render_s": round(render_s, 2),
        "saving_during_book_render_runs": [
            {"save_ms": round(r[0], 1), "render_s": round(r[1], 2), "stall_ms": round(r[2], 1),
             "longest_gui_slice_ms": r[3]} for r in renders],
        "baseline_idle_gui_stall_ms": round(idle_stall, 1),
        "baseline_idle_longest_gui_slice_ms": idle_slice,
        "stall_ms": {"searching": round(search_stall, 1), "scrolling_to_end": round(scroll_stall, 1),
                     "sorting_by_applicant": round(sort_stall, 1),
                     "switching_screens": round(switch_stall, 1),
                     "saving_during_book_render": round(render_stall, 1),
                     "month_summary": round(summary_stall, 1)},
        "longest_gui_slice_ms": {"searching": search_slice, "scrolling_to_end": scroll_slice,
                                 "sorting_by_applicant": sort_slice,
                                 "switching_screens": switch_slice,
                                 "saving_during_book_render": render_slice,
                                 "month_summary": summary_slice},
    }


def main(argv: list[str] | None = None) -> dict:
    """The results as a dict (``bench.run_all`` convention); skipped without the big file."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data-dir", type=Path, default=Path("/tmp/bench1m"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args(argv)
    from desktop.paths import db_path
    from desktop.storage.db import connect

    if not db_path(args.data_dir).exists():
        return {"skipped": f"no {db_path(args.data_dir)}; make it with: motcua --data-dir "
                           f"{args.data_dir} demo --dossiers 1000000"}
    conn = connect(db_path(args.data_dir), readonly=True)
    dossiers = conn.execute("SELECT count(*) FROM dossiers").fetchone()[0]
    conn.close()
    bare = launch_times("bare", args.data_dir, args.runs)
    launch = launch_times("app", args.data_dir, args.runs)
    result = {
        "dossiers": dossiers,
        "cpu_count": os.cpu_count(),
        "load_average_at_start": [round(x, 2) for x in os.getloadavg()],
        "launch_median_s": round(statistics.median(t[0] for t in launch), 3),
        "launch_runs_s": [round(t[0], 3) for t in launch],
        "overview_numbers_shown_median_s": round(statistics.median(t[1] for t in launch), 3),
        "baseline_bare_qt_window_median_s": round(statistics.median(t[0] for t in bare), 3),
        **in_process(args.data_dir, args.runs),
    }
    result["stall_worst_ms"] = max(result["stall_ms"].values())
    measured = {"launch_median_s": result["launch_median_s"],
                "rss_mb": result["rss_mb_after_dossiers"],
                "first_rows_ms": result["first_rows_ms"],
                "search_p95_ms": result["search_p95_ms"],
                "stall_ms": result["stall_worst_ms"],
                "sort_by_applicant_first_rows_ms": result["sort_by_applicant_first_rows_ms"],
                "save_during_book_render_ms": result["save_during_book_render_ms"]}
    result["targets"] = {name: {"target": f"< {limit}", "value": measured[name],
                                "ok": measured[name] < limit}
                         for name, limit in TARGETS.items()}
    return result


if __name__ == "__main__":
    data = main()
    text = json.dumps(data, indent=2, ensure_ascii=False)
    print(text)
    out = ROOT / "bench" / "results"
    out.mkdir(parents=True, exist_ok=True)
    (out / "ui.json").write_text(text + "\n", encoding="utf-8")
