"""Where a paper's signature block sits on the page, for the digital signature's visible box.

The position is only known once reportlab has laid the paper out (a long list of documents
pushes the block down or onto the next page), so the paper marks it while drawing: the shared
``signatures()`` helper puts a :class:`SignatureSpot` in the signer's block and the tracking book
calls :func:`mark` under its closing line. Whoever wants to sign the paper renders it inside
``recording_spots()`` and gets the spots back; printing without signing records nothing.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import astuple, dataclass

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable

_recorded: ContextVar[list[Spot] | None] = ContextVar("signature_spots", default=None)


@dataclass(frozen=True)
class Spot:
    """A rectangle in PDF points on page ``page`` (0 = first), lower-left origin."""

    page: int
    left: float
    bottom: float
    right: float
    top: float

    @property
    def box(self) -> tuple[int, int, int, int]:
        return round(self.left), round(self.bottom), round(self.right), round(self.top)


@contextmanager
def recording_spots() -> Iterator[list[Spot]]:
    spots: list[Spot] = []
    token = _recorded.set(spots)
    try:
        yield spots
    finally:
        _recorded.reset(token)


def recorded(store: object, render: str, *args: object, **kwargs: object) -> list[tuple]:
    """``desktop.pdf.<render>(store, *args, **kwargs)`` in a child process (``desktop.apart``):
    the spots it marked, as plain tuples for the window's process to ``record``."""
    import desktop.pdf

    with recording_spots() as spots:
        getattr(desktop.pdf, render)(store, *args, **kwargs)
    return [astuple(spot) for spot in spots]


def record(spots: list[tuple]) -> None:
    """Spots found by a render in another process, into the current ``recording_spots()``."""
    recording = _recorded.get()
    if recording is not None:
        recording.extend(Spot(*spot) for spot in spots)


def mark(canvas: Canvas, x: float, y: float, width: float, height: float) -> None:
    """Record the rectangle (in the canvas's current coordinates) as the signature place."""
    spots = _recorded.get()
    if spots is None:
        return
    left, bottom = canvas.absolutePosition(x, y)
    right, top = canvas.absolutePosition(x + width, y + height)
    spots.append(Spot(canvas.getPageNumber() - 1, left, bottom, right, top))


class SignatureSpot(Flowable):
    """Blank room to sign by hand, which also tells a digital signature where its box goes."""

    def __init__(self, width: float, height: float, h_align: str = "CENTER") -> None:
        super().__init__()
        self.width, self.height = width, height
        self.hAlign = h_align  # where a frame puts it when it stands alone (not in a table)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = min(self.width, available_width)
        return self.width, self.height

    def draw(self) -> None:
        mark(self.canv, 0, 0, self.width, self.height)
