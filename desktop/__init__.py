"""motcua: the desktop client for Vietnam's commune one-stop desks."""

__version__ = "0.1.0"
