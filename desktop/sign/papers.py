"""Render any paper and sign it in one go: the key is opened (PIN, validity) before anything is
rendered, the paper goes to a hidden temporary file beside the target, and only the signed copy
ever reaches the target's name."""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from desktop.pdf.output import check_target
from desktop.pdf.spot import recording_spots
from desktop.sign.certificate import require_current
from desktop.sign.paper import SignedPaper, sign_pdf
from desktop.sign.setup import SigningSetup
from desktop.sign.sources import open_signer

Render = Callable[[Path], Path]


def render_signed(render: Render, target: Path | str, setup: SigningSetup, secret: str, *,
                  now: datetime, progress: Callable[[str], None] = lambda step: None) -> SignedPaper:
    """``render(path)`` writes the unsigned paper; the result is ``target``, signed."""
    target = check_target(target)
    progress("open")
    with open_signer(setup.source, secret) as opened:
        require_current(opened.certificate, now)
        with tempfile.TemporaryDirectory(prefix=".motcua-ky-", dir=target.parent) as folder:
            unsigned = Path(folder) / target.name
            progress("render")
            with recording_spots() as spots:
                render(unsigned)
            progress("sign")
            return sign_pdf(unsigned, target, opened, now=now, spot=spots[-1] if spots else None,
                            tsa_url=setup.tsa_url)
