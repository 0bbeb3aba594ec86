"""The local SQLite store: one file per data directory, no Qt."""

from desktop.storage.db import StorageError
from desktop.storage.store import Store

__all__ = ["Store", "StorageError"]
