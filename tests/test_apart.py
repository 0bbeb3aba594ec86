"""A long render in a child process: the file appears whole or not at all, the clerk's own
errors come back in the same words as on a thread, a bug comes back with its traceback."""

from __future__ import annotations

import pytest

from desktop import apart
from desktop.core.errors import Cancelled, UserError
from tests.conftest import vn

NOW = vn(2026, 11, 24, 9)
SUMMARY = apart.Call("desktop.pdf:render_summary", (NOW.date(), NOW.date()), {"now": NOW})


def test_the_paper_lands_whole_and_private_with_nothing_beside_it(store, tmp_path):
    out = tmp_path / "out"
    out.mkdir()
    apart.run(store.data_dir, SUMMARY, out / "bao-cao.pdf", NOW)
    assert [p.name for p in out.iterdir()] == ["bao-cao.pdf"]
    assert (out / "bao-cao.pdf").read_bytes()[:5] == b"%PDF-"
    assert (out / "bao-cao.pdf").stat().st_mode & 0o777 == 0o600


def test_the_clerks_errors_read_as_on_a_thread(store, tmp_path):
    with pytest.raises(UserError, match="là một thư mục"):
        apart.run(store.data_dir, SUMMARY, tmp_path, NOW)
    with pytest.raises(UserError, match="không tồn tại"):
        apart.run(store.data_dir, SUMMARY, tmp_path / "khong-co" / "x.pdf", NOW)
    backwards = apart.Call("desktop.pdf:render_book", (NOW.date(), NOW.date().replace(day=1),
                                                       None), {"now": NOW})
    with pytest.raises(UserError):
        apart.run(store.data_dir, backwards, tmp_path / "so.pdf", NOW)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".motcua-*"))


def test_a_bug_in_the_child_comes_back_with_its_traceback(store, tmp_path):
    broken = apart.Call("desktop.pdf:render_nothing", (), {"now": NOW})
    with pytest.raises(apart.ChildFailed, match="(?s)Traceback.*render_nothing"):
        apart.run(store.data_dir, broken, tmp_path / "x.pdf", NOW)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".motcua-*"))


def test_cancelled_before_it_ends_leaves_nothing(store, tmp_path):
    with pytest.raises(Cancelled):
        apart.run(store.data_dir, SUMMARY, tmp_path / "x.pdf", NOW, cancelled=lambda: True)
    assert not list(tmp_path.glob("*.pdf")) and not list(tmp_path.glob(".motcua-*"))
