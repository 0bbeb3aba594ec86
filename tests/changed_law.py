"""Load a module that builds SQL from ``desktop.core.timing`` afresh while core holds a changed
law, to show a change in the law is one edit in core for every place that counts with it."""

from __future__ import annotations

import importlib.util
import sys
from types import ModuleType

import pytest

from desktop.core import timing


def built_under(monkeypatch: pytest.MonkeyPatch, module: ModuleType, **law: object) -> ModuleType:
    """A fresh copy of ``module`` (the real one is left alone) loaded under ``law``."""
    for name, value in law.items():
        monkeypatch.setattr(timing, name, value)
    spec = importlib.util.spec_from_file_location(f"{module.__name__}_under_changed_law",
                                                  module.__file__)
    copy = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, spec.name, copy)
    spec.loader.exec_module(copy)
    return copy
