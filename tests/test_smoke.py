"""The package imports without Qt and the CLI answers --help."""

import subprocess
import sys


def test_cli_help_lists_commands():
    result = subprocess.run([sys.executable, "-m", "desktop", "--help"], capture_output=True,
                            text=True, check=False)
    assert result.returncode == 0
    for command in ("setup", "dossier", "summary", "checklist", "demo", "backup"):
        assert command in result.stdout
