"""Write a PDF all or nothing: render into a temporary file beside the target, then rename.

A half-written slip must never be left where a clerk would print it, and a bad path must be
reported in plain words before any rendering starts.
"""

from __future__ import annotations

import errno
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from desktop.core.errors import UserError
from desktop.paths import PRIVATE_FILE_MODE

REASONS = {
    errno.EACCES: "không có quyền ghi",
    errno.EPERM: "không có quyền ghi",
    errno.EROFS: "ổ đĩa chỉ cho đọc",
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.ENOENT: "không tìm thấy đường dẫn",
}


def reason(exc: OSError) -> str:
    return REASONS.get(exc.errno or 0, exc.strerror or str(exc))


def check_target(out_path: Path | str, kind: str = "PDF") -> Path:
    """Refuse a target the clerk cannot get: missing folder, a folder as the file name.
    ``kind`` names the file in the message (PDF, Excel)."""
    target = Path(out_path).expanduser()
    if str(out_path).strip() == "":
        raise UserError(f"Chưa nhập tên tệp {kind} cần lưu.", "out")
    if target.is_dir():
        raise UserError(f"«{target}» là một thư mục; hãy nhập tên tệp {kind}.", "out")
    if not target.parent.is_dir():
        raise UserError(f"Thư mục «{target.parent}» không tồn tại; không lưu được tệp {kind}.",
                        "out")
    return target


@contextmanager
def atomic_output(out_path: Path | str, kind: str = "PDF") -> Iterator[Path]:
    """Yield a temporary path to render into; on success it replaces ``out_path``."""
    target = check_target(out_path, kind)
    try:
        handle, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp",
                                             dir=target.parent)
    except OSError as exc:
        raise UserError(f"Không ghi được vào thư mục «{target.parent}»: {reason(exc)}.",
                        "out") from exc
    os.close(handle)
    temp = Path(temp_name)
    try:
        yield temp
        os.chmod(temp, PRIVATE_FILE_MODE)  # a paper carries personal data
        os.replace(temp, target)
    except OSError as exc:
        temp.unlink(missing_ok=True)
        raise UserError(f"Không ghi được tệp «{target}»: {reason(exc)}.", "out") from exc
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
