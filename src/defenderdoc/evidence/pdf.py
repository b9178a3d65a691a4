# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF cleaning with a full pikepdf rewrite (one revision, only reachable objects).

ExifTool only appends an incremental update, so the old DocInfo/XMP stay
recoverable; mat2 rasterises every page. A full rewrite keeps text and links,
drops earlier revisions, and lets us remove active content and embedded files.
"""

from __future__ import annotations

import io
import re
from typing import BinaryIO

import pikepdf
from pikepdf import Name

from defenderdoc.evidence.errors import RefusedFileError, malformed
from defenderdoc.evidence.i18n_notices import NOTICE_PDF_ACTIVE
from defenderdoc.evidence.jpeg import strip_jpeg_bytes
from defenderdoc.evidence.limits import check_cancel, read_all
from defenderdoc.evidence.result import Outcome
from defenderdoc.progress import CancelToken

_SAFE_ACTIONS = {"/GoTo", "/URI", "/Named", "/Thread"}
_DROP_EVERYWHERE = (
    "/AA",
    "/OpenAction",
    "/PieceInfo",
    "/Metadata",
    "/Thumb",
    "/LastModified",
    "/AF",
    "/SpiderInfo",
    "/Perms",
    "/Collection",
    "/Threads",
    "/JS",
)
_DROP_ANNOTS = {"/FileAttachment", "/Sound", "/Movie", "/Screen", "/RichMedia", "/3D"}
_SIG_KEYS = ("/Name", "/M", "/Location", "/ContactInfo", "/Reason", "/Prop_Build")
_INFO_CATEGORY = {
    "/Author": "author",
    "/Creator": "software",
    "/Producer": "software",
    "/CreationDate": "timestamp",
    "/ModDate": "timestamp",
}
_MAX_OBJECTS = 2_000_000
_ACTIVE = {"active-content", "embedded-content", "document-history"}


def _text(obj: object) -> str:
    try:
        return str(obj)[:200]
    except (ValueError, UnicodeError):
        return "?"


def _clean_action(owner: pikepdf.Dictionary, key: str, outcome: Outcome) -> None:
    action = owner.get(key)
    if not isinstance(action, pikepdf.Dictionary):
        return
    kind = str(action.get("/S", ""))
    if kind not in _SAFE_ACTIONS:
        del owner[key]
        outcome.drop("active-content", f"PDF action {kind or '(unknown)'}")
    elif "/Next" in action:
        del action["/Next"]
        outcome.drop("active-content", "PDF chained action")


def _clean_annots(page: pikepdf.Dictionary, outcome: Outcome) -> None:
    annots = page.get("/Annots")
    if not isinstance(annots, pikepdf.Array):
        return
    keep = pikepdf.Array()
    for annot in annots:
        subtype = str(annot.get("/Subtype", "")) if isinstance(annot, pikepdf.Dictionary) else ""
        if subtype in _DROP_ANNOTS:
            outcome.drop("embedded-content", f"PDF {subtype[1:]} annotation")
            continue
        keep.append(annot)
    page["/Annots"] = keep


def _clean_dict(obj: pikepdf.Dictionary, outcome: Outcome) -> None:  # noqa: PLR0912
    for key in _DROP_EVERYWHERE:
        if key in obj:
            category = "active-content" if key in ("/AA", "/OpenAction", "/JS") else "other"
            if key == "/Thumb":
                category = "thumbnail"
            outcome.drop(category, f"PDF {key[1:]}")
            del obj[key]
    if "/A" in obj:
        _clean_action(obj, "/A", outcome)
    subtype = str(obj.get("/Subtype", ""))
    if "/Rect" in obj and "/Subtype" in obj:
        for key in ("/M", "/CreationDate") + (() if subtype == "/Widget" else ("/T",)):
            if key in obj:
                category = "author" if key == "/T" else "timestamp"
                outcome.drop(category, f"PDF annotation {key[1:]}", _text(obj[key]))
                del obj[key]
    if str(obj.get("/Type", "")) == "/Sig" or "/ByteRange" in obj:
        for key in _SIG_KEYS:
            if key in obj:
                outcome.drop("author", f"PDF signature {key[1:]}", _text(obj[key]))
                del obj[key]
    if str(obj.get("/Type", "")) == "/Page":
        _clean_annots(obj, outcome)
    if str(obj.get("/Type", "")) == "/Catalog" and "/Lang" in obj:
        # "en-GB" or "es-MX" says where the author's computer is set up; readers then
        # use their own language, and tagged passages keep theirs.
        outcome.drop("other", "PDF document language", _text(obj["/Lang"]))
        del obj["/Lang"]
    if "/XFA" in obj:
        del obj["/XFA"]
        outcome.drop("active-content", "PDF XFA form")
    names = obj.get("/Names")
    if isinstance(names, pikepdf.Dictionary):
        for key, category in (
            ("/JavaScript", "active-content"),
            ("/EmbeddedFiles", "embedded-content"),
        ):
            if key in names:
                del names[key]
                outcome.drop(category, f"PDF {key[1:]}")


def _clean_image(stream: pikepdf.Stream, outcome: Outcome) -> None:
    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, pikepdf.Array) else [filters]
    if [str(n) for n in names] != ["/DCTDecode"]:
        return
    raw = stream.read_raw_bytes()
    cleaned = strip_jpeg_bytes(raw, outcome, keep_orientation=False)
    if cleaned != raw:
        parms = stream.get("/DecodeParms")
        if not isinstance(parms, (pikepdf.Dictionary, pikepdf.Array)):
            parms = None
        stream.write(cleaned, filter=Name.DCTDecode, decode_parms=parms)


def _walk(pdf: pikepdf.Pdf, outcome: Outcome, cancel: CancelToken | None) -> None:
    seen: set[tuple[int, int]] = set()
    stack: list[object] = [pdf.Root]
    steps = 0
    while stack:
        obj = stack.pop()
        steps += 1
        if steps % 1000 == 0:
            check_cancel(cancel)
        if steps > _MAX_OBJECTS:
            raise RefusedFileError("file_too_large")
        if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Array, pikepdf.Stream)):
            continue
        if obj.is_indirect:
            if obj.objgen in seen:
                continue
            seen.add(obj.objgen)
        if isinstance(obj, pikepdf.Array):
            stack.extend(obj)
            continue
        _clean_dict(obj, outcome)  # type: ignore[arg-type]
        if isinstance(obj, pikepdf.Stream) and str(obj.get("/Subtype", "")) == "/Image":
            _clean_image(obj, outcome)
        stack.extend(obj[key] for key in list(obj.keys()) if key != "/Parent")


def _record_info(pdf: pikepdf.Pdf, data: bytes, outcome: Outcome) -> None:
    info = pdf.trailer.get("/Info")
    if isinstance(info, pikepdf.Dictionary):
        for key in list(info.keys()):
            outcome.drop(
                _INFO_CATEGORY.get(key, "other"), f"PDF DocInfo {key[1:]}", _text(info[key])
            )
    if len(re.findall(rb"startxref\s+\d+", data)) > 1 and b"/Linearized" not in data[:2048]:
        outcome.drop("document-history", "earlier PDF revisions (incremental updates)")


def strip(src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None) -> Outcome:
    """Rewrite the PDF as a single clean revision."""
    data = read_all(src)
    outcome = Outcome("pdf")
    try:
        pdf = pikepdf.open(io.BytesIO(data))
    except pikepdf.PasswordError as exc:
        raise RefusedFileError("encrypted") from exc
    except (pikepdf.PdfError, ValueError, OSError, RuntimeError) as exc:
        raise malformed("PDF structure") from exc
    with pdf:
        try:
            _record_info(pdf, data, outcome)
            if "/Info" in pdf.trailer:
                del pdf.trailer["/Info"]
            _walk(pdf, outcome, cancel)
            buf = io.BytesIO()
            pdf.save(
                buf,
                preserve_pdfa=False,
                fix_metadata_version=False,
                deterministic_id=True,
                object_stream_mode=pikepdf.ObjectStreamMode.generate,
                compress_streams=True,
                stream_decode_level=pikepdf.StreamDecodeLevel.none,
                linearize=False,
                encryption=False,
            )
        except (
            pikepdf.PdfError,
            ValueError,
            OSError,
            RuntimeError,
            KeyError,
            TypeError,
            RecursionError,
        ) as exc:
            raise malformed("PDF could not be rewritten") from exc
    out = buf.getvalue()
    if len(re.findall(rb"startxref", out)) != 1:
        raise malformed("PDF rewrite kept more than one revision")
    if any(f.category in _ACTIVE for f in outcome.removed):
        outcome.notice = NOTICE_PDF_ACTIVE
    dst.write(out)
    return outcome
