"""Tests that need a network of their own: a fresh network namespace (``unshare -rn``: a user
namespace where we are root, and a network namespace with only a loopback that is down).

``@in_network_namespace()`` re-runs the decorated test, alone, in a new pytest process inside
such a namespace, so multicast announcements of one test never reach another engineer's test
running at the same moment, and a "network" can be taken away for real. With ``multicast=True``
the loopback is brought up with the MULTICAST flag and a route for 224.0.0.0/4 (mDNS works on
it); with ``multicast=False`` it stays down, as on a PC with no network at all (the test may
bring it up itself with ``loopback_up``).

``cut_off`` is the prefix that runs one command in a namespace of its own: no route anywhere.
"""

from __future__ import annotations

import functools
import os
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSIDE = "MOTCUA_TEST_IN_NETNS"
CUT_OFF = ("unshare", "-rn")
_MULTICAST_LO = "ip link set lo up multicast on && ip route add 224.0.0.0/4 dev lo"


@functools.cache
def unavailable() -> str | None:
    """Why this machine cannot make a network namespace, or None when it can."""
    if shutil.which("unshare") is None or shutil.which("ip") is None:
        return "unshare/ip not installed (util-linux, iproute2): no network namespace"
    probe = subprocess.run([*CUT_OFF, "sh", "-c", _MULTICAST_LO], capture_output=True,
                           text=True, timeout=30)
    if probe.returncode != 0:
        return f"unshare -rn is not allowed here (user namespaces off?): {probe.stderr.strip()}"
    return None


def loopback_up() -> None:
    """Inside the namespace: the network comes back."""
    subprocess.run(["ip", "link", "set", "lo", "up"], check=True, timeout=30)


def in_network_namespace(*, multicast: bool = True) -> Callable:
    def decorate(test: Callable) -> Callable:
        @functools.wraps(test)
        def wrapper(*args, **kwargs):  # noqa: ANN202
            if os.environ.get(INSIDE) == "1":
                return test(*args, **kwargs)
            reason = unavailable()
            if reason:
                pytest.skip(reason)
            node = os.environ["PYTEST_CURRENT_TEST"].rsplit(" ", 1)[0]
            setup = _MULTICAST_LO if multicast else "true"
            done = subprocess.run(
                [*CUT_OFF, "sh", "-c", f'{setup} && exec "$@"', "sh", sys.executable, "-m",
                 "pytest", "-q", "-x", "-p", "no:cacheprovider", node],
                cwd=ROOT, env={**os.environ, INSIDE: "1"}, capture_output=True, text=True,
                timeout=900)
            assert done.returncode == 0 and " passed" in done.stdout, (
                f"in the network namespace:\n{done.stdout[-6000:]}\n{done.stderr[-3000:]}")
        return wrapper
    return decorate
