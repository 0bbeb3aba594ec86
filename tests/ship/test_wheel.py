"""A wheel works outside the checkout: procedures, checklist, fonts and translations ship as
package data, and ``motcua --self-test`` passes from a fresh virtual environment.

The wheel is built from this tree and installed without dependencies into a new venv in a
temporary folder; the dependencies come from this project's venv through a ``.pth`` line
(which adds its site-packages to the path but runs none of its own ``.pth`` files, so the
editable install of the checkout stays out of reach). The command runs from the temporary
folder, with no checkout on the path: only what the wheel carries can be found.
"""

from __future__ import annotations

import os
import site
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

from tests.ship.conftest import ROOT


@pytest.mark.slow
def test_wheel_installed_outside_the_checkout_passes_its_self_test(tmp_path):
    wheels = tmp_path / "wheels"
    built = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w",
                            str(wheels), str(ROOT)], capture_output=True, text=True,
                           timeout=600, check=False)
    assert built.returncode == 0, built.stderr
    [wheel] = wheels.glob("motcua-*.whl")
    env_dir = tmp_path / "fresh"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    purelib = Path(subprocess.run(
        [python, "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    (purelib / "deps-from-project-venv.pth").write_text(
        "\n".join(site.getsitepackages() + [sysconfig.get_paths()["platlib"]]) + "\n")
    installed = subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "--no-deps", "-q",
         str(wheel)], capture_output=True, text=True, timeout=600, check=False)
    assert installed.returncode == 0, installed.stderr
    where = subprocess.run([python, "-c", "import desktop, central; print(desktop.__file__)"],
                           capture_output=True, text=True, cwd=tmp_path, check=True)
    assert where.stdout.startswith(str(purelib)), where.stdout  # not the checkout
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "MOTCUA_DATA_DIR")}
    result = subprocess.run(
        [env_dir / "bin" / "motcua", "--data-dir", str(tmp_path / "data"), "--self-test"],
        capture_output=True, text=True, cwd=tmp_path, timeout=300, check=False,
        env={**env, "QT_QPA_PLATFORM": "offscreen", "MOTCUA_LOG_DIR": str(tmp_path / "logs")})
    assert result.returncode == 0, result.stdout + result.stderr
    assert "KHÔNG ĐẠT" not in result.stdout
    assert str(purelib / "desktop" / "resources") in result.stdout
