"""The PySide6 window: shows things and turns clicks into calls of the storage layer."""
