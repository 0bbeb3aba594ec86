"""Long renders in a process of their own, so the window's process never waits for them.

A 2,000-page tracking book makes objects by the hundred thousand; on a thread of the window's
process, Python's full garbage collections ran there holding the GIL over every object of the
process (45-160 ms in which the GUI thread could not paint). In a child process the render has
its own interpreter and GIL: the window only waits on a pipe.

``run(data_dir, call, target, now, cancelled)`` starts the child (``multiprocessing`` spawn,
which also works in the frozen bundle: ``freeze_support()`` in ``desktop.__main__``), which
opens its own read-only ``Store`` on the same file (SQLite's WAL gives it a snapshot while the
desk keeps saving; its clock stands at ``now``) and calls
``call.function(store, *call.args, out_path, **call.kwargs)``. It writes into a private folder
beside ``target``, moved onto ``target`` only when complete; cancelling kills the child and
removes the folder, so nothing half-written is ever left. The same pipe carries the child's
``progress(done, total)`` (pages of a book) back to the waiting thread. Starting the child costs about 0.5 s
(an interpreter, the PDF stack, opening the store): worth it for a long render only.
"""

from __future__ import annotations

import importlib
import multiprocessing
import os
import shutil
import tempfile
import traceback
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from desktop.core.errors import Cancelled, UserError

#: How often the waiting thread looks at ``cancelled`` while the child works.
CANCEL_CHECK_S = 0.05


@dataclass(frozen=True)
class Call:
    """``function(store, *args, out_path, **kwargs)``; ``function`` is named ``"module:name"``
    and imported in the child only, so the window's process never loads the PDF stack for it."""

    function: str
    args: tuple = ()
    kwargs: dict = field(default_factory=dict)
    #: The function takes ``progress=(done, total)``: reported over the pipe as it goes.
    reports_progress: bool = False

    def resolve(self) -> Callable[..., Any]:
        module, name = self.function.split(":")
        return getattr(importlib.import_module(module), name)


class ChildFailed(RuntimeError):
    """A bug in the child: its traceback, for the log."""


def run(data_dir: Path, call: Call, target: Path, now: datetime,
        cancelled: Callable[[], bool] = lambda: False,
        progress: Callable[[int, int], None] | None = None) -> Any:
    """The call's result, with its file moved onto ``target``; ``Cancelled`` if ``cancelled()``
    became true meanwhile; ``progress(done, total)`` as the child reports it."""
    target = Path(target)
    folder = None  # no folder: the call's own check explains the target in plain words
    if target.parent.is_dir() and not target.is_dir():
        try:
            folder = Path(tempfile.mkdtemp(prefix=".motcua-", dir=target.parent))
        except OSError:
            pass  # a read-only folder
    out = folder / target.name if folder else target
    context = multiprocessing.get_context("spawn")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(Path(data_dir), call, out, now, send),
                            name="motcua-render", daemon=True)
    try:
        child.start()
        send.close()
        outcome = _wait(child, receive, cancelled, progress or (lambda done, total: None))
        if folder is not None:
            try:
                os.replace(out, target)
            except OSError as exc:  # e.g. the old file still open in a PDF viewer on Windows
                raise UserError(f"Không ghi được tệp «{target}»: {exc.strerror or exc}.",
                                "out") from exc
        return outcome
    finally:
        if child.pid is not None:
            if child.is_alive():
                child.kill()  # its half-written file is in ``folder``, removed just below
            child.join()
        receive.close()
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)


def _wait(child: multiprocessing.Process, receive: Connection, cancelled: Callable[[], bool],
          progress: Callable[[int, int], None]) -> Any:
    while True:
        if cancelled():
            raise Cancelled()
        if not wait([receive, child.sentinel], CANCEL_CHECK_S):
            continue
        try:
            kind, value = receive.recv()
        except EOFError:
            raise ChildFailed(f"the render process ended with code {child.exitcode}") from None
        if kind != "progress":
            break
        progress(*value)
    if kind == "ok":
        return value
    if kind == "user":
        raise UserError(*value)
    raise ChildFailed(value)


def _child(data_dir: Path, call: Call, out: Path, now: datetime, send: Connection) -> None:
    from desktop.storage import Store

    try:
        kwargs = dict(call.kwargs)
        if call.reports_progress:
            kwargs["progress"] = _Reporter(send)
        with Store(data_dir, clock=lambda: now, auto_backup=False) as store:
            store.conn.execute("PRAGMA query_only = 1")
            value = call.resolve()(store, *call.args, out, **kwargs)
        send.send(("ok", value))
    except UserError as exc:
        send.send(("user", (exc.message, exc.field)))
    except Exception:  # noqa: BLE001 - a bug: its traceback goes to the window's log
        send.send(("bug", traceback.format_exc()))
    finally:
        send.close()


class _Reporter:
    """``progress(done, total)`` in the child: sent when the percentage changes (a 2,000-page
    book sends about a hundred messages, not two thousand)."""

    def __init__(self, send: Connection) -> None:
        self.send = send
        self.last: tuple[int, int] | None = None

    def __call__(self, done: int, total: int) -> None:
        step = (done * 100 // total if total else 0, total)
        if step != self.last or done == total:
            self.last = step
            self.send.send(("progress", (done, total)))
