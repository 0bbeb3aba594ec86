"""Runs in a long render's child process (``desktop.apart``): holds the render inside its read
snapshot (a few SQLite steps in) until the test lets it go, so a test can act meanwhile,
whatever the machine's speed. No Qt here: the child never loads it."""

from __future__ import annotations

import os
from dataclasses import replace
from pathlib import Path

from desktop.apart import Call

#: SQLite steps into the render's read transaction before it is held: its snapshot is taken in
#: the first few.
STEPS_IN = 20
#: The folder with the ``go`` FIFO; the child writes its pid to ``paused`` there when held.
HOLD_ENV = "MOTCUA_TEST_HOLD"


def hold(folder: Path) -> Path:
    """Arm the FIFO the next held child waits on (``HOLD_ENV`` must name ``folder``); the file
    the child writes its pid to once held."""
    paused = folder / "paused"
    paused.unlink(missing_ok=True)
    if not (folder / "go").exists():
        os.mkfifo(folder / "go")
    return paused


def release(folder: Path) -> None:
    """Let the held child go on (opening the FIFO for writing ends its wait)."""
    with open(folder / "go", "w"):
        pass


def wrap(call: Call) -> Call:
    """``Tasks.wrap_apart``: the child runs ``held`` around the real render."""
    return replace(call, function=f"{__name__}:held", args=(call.function, *call.args))


def held(store, function: str, *args, **kwargs):  # noqa: ANN001, ANN201 - any render
    folder = Path(os.environ[HOLD_ENV])
    steps: list[int] = []

    def handler() -> int:
        if store.conn.in_transaction and len(steps) < STEPS_IN:
            steps.append(1)
            if len(steps) == STEPS_IN:
                (folder / "paused").write_text(str(os.getpid()))
                with open(folder / "go") as go:  # blocks until the test opens it for writing
                    go.read()
        return 0

    store.conn.set_progress_handler(handler, 1)
    return Call(function).resolve()(store, *args, **kwargs)
