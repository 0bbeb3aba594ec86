"""Entry point: ``motcua`` / ``python -m desktop``. No command opens the window."""

from __future__ import annotations

import sys


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    if "--self-test" in argv:
        from desktop.selftest import run as self_test

        return self_test()
    from desktop.cli import run

    return run(argv)


if __name__ == "__main__":
    sys.exit(main())
