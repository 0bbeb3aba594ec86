"""Former home of the SQLite store, kept so branches written before ``central.store`` import."""

from central.store import Desk, hash_token
from central.store.sqlite import SQLiteStore as CentralDB

__all__ = ["CentralDB", "Desk", "hash_token"]
