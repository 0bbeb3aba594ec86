"""A demo desk to export from and an empty desk to import into, on the same fixed clock."""

from __future__ import annotations

from pathlib import Path

import pytest

from desktop import demo
from desktop.storage import Store
from tests.conftest import AGENCY, COMMUNE, FIXED_NOW


@pytest.fixture(scope="module")
def demo_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "data"
    with Store(path, clock=lambda: FIXED_NOW, auto_backup=False) as store:
        store.setup(COMMUNE, AGENCY, 1, "Cán bộ mẫu")
        demo.seed(store, 1500, now=FIXED_NOW)
    return path


@pytest.fixture
def demo_store(demo_dir: Path):
    with Store(demo_dir, clock=lambda: FIXED_NOW, auto_backup=False) as store:
        yield store


@pytest.fixture
def empty_store(tmp_path: Path):
    with Store(tmp_path / "empty", clock=lambda: FIXED_NOW, auto_backup=False) as store:
        store.setup(COMMUNE, AGENCY, 2, "Cán bộ nhập sổ")
        yield store
