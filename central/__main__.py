"""``python -m central`` is ``motcua-central``."""

import sys

from central.cli import main

if __name__ == "__main__":
    sys.exit(main())
