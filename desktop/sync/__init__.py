"""The offline outbox sync client (no Qt): every report reaches the central endpoint once.

How the pieces fit, for the UI and the command line::

    store = Store(data_dir)                       # the network thread's own Store
    engine = SyncEngine(store, http_transport_factory(store))
    result = engine.run_once(progress=lambda done, total: ...)   # blocking: network thread
    status = read_status(other_store, engine.snapshot())         # any thread, its own Store
    describe(status)          # the same facts as sentences, for the command line
    status.set_aside          # rows the server refused, each with the reason in words

    loop = SyncLoop(engine, on_result=..., progress=...)
    threading.Thread(target=loop.run, daemon=True).start()
    loop.send_now()           # the "Gửi ngay" button; also loop.connectivity_changed()
    loop.stop()

- ``engine`` — batches, the three-transaction cycle, backoff, clock-skew warning.
- ``loop`` — retry forever: backoff capped at 30 min, probing /health meanwhile.
- ``transport`` — the ``Transport`` interface (``send``/``probe``) and protocol v1 over HTTP;
  a province's own API plugs in as another ``Transport``.
- ``lock`` — one sender per data directory across processes.
- ``credentials`` / ``config`` — the token in the OS keyring (or, if chosen, a 0600 file),
  the endpoint and the extra CA bundle from settings.
- ``login`` / ``pinning`` — claiming the desk number and pinning a commune hub's certificate,
  the same steps for ``motcua login`` and the window.
- ``reports`` — the daily II.06a summary: ``queue_daily_summaries``, ``queue_summary``.
- ``status`` — ``SyncStatus`` and ``read_status``.

The protocol itself is described in docs/sync-protocol.md.
"""

from desktop.sync.config import http_transport_factory
from desktop.sync.engine import Outcome, RunResult, SyncEngine
from desktop.sync.login import login
from desktop.sync.loop import SyncLoop
from desktop.sync.reports import queue_daily_summaries, queue_summary
from desktop.sync.status import SyncStatus, read_status

__all__ = [
    "Outcome", "RunResult", "SyncEngine", "SyncLoop", "SyncStatus", "http_transport_factory",
    "login", "queue_daily_summaries", "queue_summary", "read_status",
]  # fmt: skip
