"""Entry point: ``motcua`` / ``python -m desktop``. No command opens the window (``gui``)."""

from __future__ import annotations

import sys


def with_default_command(argv: list[str]) -> list[str]:
    """``motcua`` and ``motcua --data-dir D --log-dir L`` mean ``motcua [...] gui``."""
    rest = list(argv)
    while rest:
        if rest[0] in ("--data-dir", "--log-dir") and len(rest) >= 2:
            rest = rest[2:]
        elif rest[0].startswith(("--data-dir=", "--log-dir=")):
            rest = rest[1:]
        else:
            break
    return [*argv, "gui"] if not rest else list(argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        from desktop.selftest import run as self_test

        return self_test()
    from desktop.cli import run

    return run(with_default_command(argv))


if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the frozen bundle starting a long render's child process
    sys.exit(main())
