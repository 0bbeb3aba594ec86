"""Sign a finished PDF: PAdES baseline B-B (B-T with a reachable timestamp server), the chain
embedded, and a visible box "Ký số bởi …" in the place the paper marked for its signer.

The signed copy is written beside the target and renamed over it, so a failure (PIN, token
pulled out halfway) leaves no half-signed file.
"""

from __future__ import annotations

import io
import logging
import string
from dataclasses import dataclass
from datetime import datetime
from functools import cache
from pathlib import Path

from fontTools import subset, ttLib
from pyhanko.pdf_utils.font.opentype import GlyphAccumulator, GlyphAccumulatorFactory
from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
from pyhanko.pdf_utils.misc import PdfError
from pyhanko.pdf_utils.reader import PdfFileReader
from pyhanko.pdf_utils.text import TextBoxStyle
from pyhanko.sign import fields, signers, timestamps
from pyhanko.stamp import TextStampStyle

from desktop.pdf.fonts import FILES, REGULAR, _font_file
from desktop.pdf.output import atomic_output, check_target
from desktop.pdf.spot import Spot
from desktop.pdf.text import moment, nfc
from desktop.sign.certificate import SigningError, require_current
from desktop.sign.sources import OpenSigner

log = logging.getLogger(__name__)

FIELD = "ChuKySo"
BOX_TEXT = "Ký số bởi: %(holder)s\nThời gian: %(moment)s"
#: Bottom right of the last page when a paper marked no place (a PDF from elsewhere).
FALLBACK_SIZE, FALLBACK_MARGIN = (200, 56), 40


@dataclass(frozen=True)
class SignedPaper:
    path: Path
    level: str  # "B-B" or "B-T"
    holder: str
    note: str = ""


#: Every letter the box can show: ASCII, Vietnamese (precomposed, NFC) and a little punctuation.
VIETNAMESE = ("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠạẢảẤấẦầẨẩẪẫẬậẮắẰằẲẳẴẵẶặẸẹẺẻẼẽẾếỀề"
              "ỂểỄễỆệỈỉỊịỌọỎỏỐốỒồỔổỖỗỘộỚớỜờỞởỠỡỢợỤụỦủỨứỪừỬửỮữỰựỲỳỴỵỶỷỸỹ–—…«»“”‘’·")


@cache
def _font_bytes(path: str) -> bytes:
    """The font cut down once per process to the letters above, without layout tables (the
    text is NFC, so every letter is one glyph): pyHanko subsets it again for every signature,
    and on the full font that alone took ~180 ms."""
    font = ttLib.TTFont(path)
    options = subset.Options()
    options.layout_features = []
    options.drop_tables += ["GSUB", "GPOS", "GDEF"]
    cutter = subset.Subsetter(options)
    cutter.populate(text=string.printable + VIETNAMESE)
    cutter.subset(font)
    buffer = io.BytesIO()
    font.save(buffer)
    return buffer.getvalue()


class _LoadedFont(GlyphAccumulatorFactory):
    """The embedded font read once into memory (pyHanko's own factory leaves a file open)."""

    def create_font_engine(self, writer, obj_stream=None) -> GlyphAccumulator:  # noqa: ANN001
        if obj_stream is None and writer.stream_xrefs and self.create_objstream_if_needed:
            obj_stream = writer.prepare_object_stream()
        return GlyphAccumulator(writer=writer, font_handle=io.BytesIO(_font_bytes(self.font_file)),
                                font_size=self.font_size, obj_stream=obj_stream)


def _stamp_font() -> GlyphAccumulatorFactory:
    return _LoadedFont(str(_font_file(FILES[REGULAR])), font_size=9)


def stamp_style() -> TextStampStyle:
    return TextStampStyle(stamp_text=BOX_TEXT, border_width=1, background=None,
                          text_box_style=TextBoxStyle(font=_stamp_font()))


def _fallback(reader: PdfFileReader) -> Spot:
    pages = int(reader.root["/Pages"]["/Count"])
    last = reader.find_page_for_modification(pages - 1)[0].get_object()
    box = [float(v) for v in last.get("/MediaBox", [0, 0, 595, 842])]
    right = box[2] - FALLBACK_MARGIN
    bottom = box[1] + FALLBACK_MARGIN
    return Spot(pages - 1, right - FALLBACK_SIZE[0], bottom, right, bottom + FALLBACK_SIZE[1])


def sign_pdf(source: Path, target: Path | str, opened: OpenSigner, *, now: datetime,
             spot: Spot | None = None, tsa_url: str = "") -> SignedPaper:
    """``source`` signed into ``target``. ``now`` is checked against the certificate and shown in
    the box; with ``tsa_url`` a trusted timestamp is added, falling back to B-B (and saying so)
    when the server does not answer."""
    require_current(opened.certificate, now)
    target = check_target(target)
    holder = nfc(opened.certificate.holder)
    params = {"holder": holder, "moment": moment(now)}
    timestamper = timestamps.HTTPTimeStamper(tsa_url, timeout=10) if tsa_url else None
    try:
        return _sign(source, target, opened, spot, params, timestamper)
    except timestamps.TimestampRequestError as exc:
        log.warning("timestamp server unreachable, signing without timestamp: %s", type(exc).__name__)
        signed = _sign(source, target, opened, spot, params, None)
        return SignedPaper(signed.path, "B-B", holder,
                           f"Máy chủ dấu thời gian {tsa_url} không trả lời; đã ký không kèm dấu "
                           "thời gian (PAdES B-B).")


def _sign(source: Path, target: Path, opened: OpenSigner, spot: Spot | None, params: dict,
          timestamper: timestamps.TimeStamper | None) -> SignedPaper:
    try:
        with open(source, "rb") as handle:
            writer = IncrementalPdfFileWriter(handle, strict=False)
            place = spot or _fallback(writer.prev)
            meta = signers.PdfSignatureMetadata(
                field_name=FIELD, subfilter=fields.SigSeedSubFilter.PADES,
                md_algorithm="sha256", name=params["holder"],
                reason="Ký số văn bản do bộ phận một cửa phát hành")
            signer = signers.PdfSigner(
                meta, opened.signer, timestamper=timestamper, stamp_style=stamp_style(),
                new_field_spec=fields.SigFieldSpec(FIELD, on_page=place.page, box=place.box))
            signed = io.BytesIO()  # signed in memory: a signing error never meets file errors
            signer.sign_pdf(writer, output=signed, appearance_text_params=params)
    except PdfError as exc:
        raise SigningError(f"Tệp «{Path(source).name}» không phải PDF ký được ({exc}).") from None
    with atomic_output(target) as temp:
        temp.write_bytes(signed.getvalue())
    return SignedPaper(target, "B-T" if timestamper else "B-B", params["holder"])
