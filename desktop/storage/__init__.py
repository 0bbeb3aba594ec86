"""The local SQLite store: one file per data directory, no Qt.

``Store`` is imported on first use so that ``motcua --help`` and the error paths stay quick.
"""

from typing import TYPE_CHECKING

from desktop.storage.db import StorageError

if TYPE_CHECKING:
    from desktop.storage.store import Store

__all__ = ["Store", "StorageError"]


def __getattr__(name: str) -> object:
    if name == "Store":
        from desktop.storage.store import Store

        return Store
    raise AttributeError(name)
