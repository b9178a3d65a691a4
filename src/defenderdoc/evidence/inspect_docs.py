# SPDX-License-Identifier: GPL-3.0-or-later
"""Independent reading of PDF and ZIP-package metadata (part of ``inspect``).

PDF: pikepdf DocInfo/XMP, every indirect object for active content, and the raw
bytes for earlier revisions. Packages: zipfile member scan plus pattern search,
in the spirit of the external checker, with embedded media read recursively.
"""

from __future__ import annotations

import io
import re
import zipfile

import pikepdf

from defenderdoc.evidence.formats import detect_bytes
from defenderdoc.evidence.limits import MAX_NESTING, MAX_ZIP_MEMBER, MAX_ZIP_MEMBERS
from defenderdoc.evidence.members import is_vector_or_font
from defenderdoc.evidence.report import MetadataReport

ZIP_KINDS = {"docx", "xlsx", "pptx", "odt", "ods", "odp", "odg", "epub"}
_ACTIVE_KEYS = ("/JS", "/JavaScript", "/OpenAction", "/AA", "/EmbeddedFiles", "/Launch")
_ACTIVE_ACTIONS = {
    "/JavaScript",
    "/Launch",
    "/ImportData",
    "/SubmitForm",
    "/GoToE",
    "/GoToR",
    "/RichMediaExecute",
    "/Rendition",
}
_PARTS = re.compile(
    r"^docProps/(custom\.xml|thumbnail\.)|^customXml/|people\.xml$|^xl/persons/|comments"
    r"|commentAuthors|^Thumbnails/|signatures\.xml$|vbaProject|^xl/revisions/"
)
_PATTERNS = [
    (re.compile(rb'w:author="([^"]*)"'), "author", "tracked-change/comment author"),
    (re.compile(rb'w:initials="([^"]*)"'), "author", "author initials"),
    (re.compile(rb"<w:(ins|del|moveFrom|moveTo)\b"), "document-history", "tracked changes"),
    (re.compile(rb'w:rsid\w*="([0-9A-Fa-f]+)"'), "document-history", "rsid session ids"),
    (re.compile(rb"<dc:creator>([^<]+)<"), "author", "dc:creator"),
    (re.compile(rb"<cp:lastModifiedBy>([^<]+)<"), "author", "lastModifiedBy"),
    (re.compile(rb"<meta:initial-creator>([^<]+)<"), "author", "initial-creator"),
    (re.compile(rb"<meta:(creation-date|printed-by|user-defined)"), "other", "ODF meta"),
    (re.compile(rb"<text:tracked-changes"), "document-history", "ODF tracked changes"),
    (re.compile(rb"<office:annotation\b"), "document-history", "ODF annotation"),
    (
        re.compile(rb"<(Company|Manager|Template|Application|TotalTime)>([^<]+)<"),
        "other",
        "extended properties",
    ),
    (re.compile(rb'config:name="PrinterName"[^>]*>([^<]+)<'), "device", "printer name"),
    (re.compile(rb"<dcterms:(created|modified)[^>]*>([^<]+)<"), "timestamp", "timestamps"),
    (re.compile(rb"<dc:date>([^<]+)<"), "timestamp", "dc:date"),
    (re.compile(rb'<(?:\w+:)?(?:cNvPr|docPr)\b[^>]*\bdescr="([^"]+)"'), "other", "alt text"),
    (re.compile(rb'TargetMode="External"|r:link="'), "embedded-content", "external link"),
    (re.compile(rb"<!--"), "other", "XML comment"),
    (
        re.compile(rb"<dc:(creator|contributor|publisher|rights|description|subject|source)\b"),
        "author",
        "publication metadata",
    ),
]


def _pdf_value(obj: object) -> str:
    try:
        return str(obj)[:200]
    except (ValueError, UnicodeError):
        return "?"


def read_pdf(data: bytes, report: MetadataReport) -> None:  # noqa: PLR0912
    """Findings for a PDF."""
    revisions = len(re.findall(rb"startxref", data))
    linearized = b"/Linearized" in data[:2048]
    if revisions > (2 if linearized else 1):
        report.add("document-history", "PDF earlier revisions", f"{revisions} startxref")
    if re.search(rb"<x:xmpmeta|<rdf:RDF", data):
        report.add("other", "PDF XMP packet in raw bytes")
    with pikepdf.open(io.BytesIO(data)) as pdf:
        info = pdf.trailer.get("/Info")
        if isinstance(info, pikepdf.Dictionary):
            for key in list(info.keys()):
                report.add(
                    "author" if key == "/Author" else "other",
                    f"PDF DocInfo {key[1:]}",
                    _pdf_value(info[key]),
                )
        if "/Metadata" in pdf.Root:
            report.add("other", "PDF XMP metadata")
        for obj in pdf.objects:
            if not isinstance(obj, (pikepdf.Dictionary, pikepdf.Stream)):
                continue
            for key in _ACTIVE_KEYS:
                if key in obj:
                    report.add("active-content", f"PDF {key[1:]}")
            if str(obj.get("/S", "")) in _ACTIVE_ACTIONS:
                report.add("active-content", f"PDF action {obj.get('/S')}")
            if str(obj.get("/Type", "")) in ("/EmbeddedFile", "/Filespec"):
                report.add("embedded-content", "PDF embedded file")
            for key in ("/Metadata", "/PieceInfo", "/Thumb", "/LastModified"):
                if key in obj:
                    report.add("other", f"PDF {key[1:]}")
            if "/Rect" in obj and "/Subtype" in obj:
                if "/T" in obj and str(obj.get("/Subtype")) != "/Widget":
                    report.add("author", "PDF annotation author", _pdf_value(obj["/T"]))
                if "/M" in obj or "/CreationDate" in obj:
                    report.add("timestamp", "PDF annotation date")
            if (
                isinstance(obj, pikepdf.Stream)
                and str(obj.get("/Subtype", "")) == "/Image"
                and str(obj.get("/Filter", "")) == "/DCTDecode"
            ):
                raw = obj.read_raw_bytes()
                if re.search(rb"\xff[\xe1-\xed\xef\xfe]", raw[: raw.find(b"\xff\xda")]):
                    report.add("other", "PDF embedded JPEG with metadata segments")


def _scan_xml(name: str, blob: bytes, report: MetadataReport) -> None:
    for rx, category, why in _PATTERNS:
        hits = rx.findall(blob)
        if hits:
            first = hits[0]
            value = first[-1] if isinstance(first, tuple) else first
            report.add(category, f"{name}: {why}", value if isinstance(value, bytes) else None)
    if name.endswith("core.xml") and re.search(rb"<(dc|cp|dcterms):\w+[^/>]*>[^<]", blob):
        report.add("author", f"{name}: core properties")
    if name.endswith("app.xml") and re.search(rb"<\w+>[^<]", blob):
        report.add("other", f"{name}: extended properties")
    if name.endswith("meta.xml") and re.search(rb"<(meta|dc):[\w-]+[^/>]*>[^<]", blob):
        report.add("other", f"{name}: document properties")
    if name.endswith(".opf") and re.search(rb"<dc:(title|identifier)\b[^>]*>[^<]", blob):
        report.add("other", f"{name}: book title/identifier")


def read_zip(data: bytes, report: MetadataReport, depth: int) -> None:
    """Findings for an OOXML/ODF/EPUB package (embedded media read recursively)."""
    from defenderdoc.evidence.inspect import read_metadata  # noqa: PLC0415 - recursion

    with zipfile.ZipFile(io.BytesIO(data)) as zf:
        infos = zf.infolist()[:MAX_ZIP_MEMBERS]
        if zf.comment:
            report.add("other", "ZIP archive comment", zf.comment)
        for info in infos:
            name = info.filename
            if info.comment:
                report.add("other", f"ZIP comment on {name}", info.comment)
            if info.date_time[:3] not in ((1980, 1, 1), (1980, 0, 0)):
                report.add("timestamp", "ZIP member dates", "-".join(map(str, info.date_time[:3])))
            if _PARTS.search(name):
                report.add("other", f"package part {name}")
            if info.file_size > MAX_ZIP_MEMBER or name.endswith("/"):
                continue
            blob = zf.read(info)
            if name.lower().endswith(
                (".xml", ".rels", ".opf", ".xhtml", ".html", ".htm", ".ncx", ".vml", ".rdf")
            ):
                _scan_xml(name, blob, report)
            elif depth < MAX_NESTING and blob and not is_vector_or_font(name, blob):
                fmt = detect_bytes(blob)
                if fmt.kind in ZIP_KINDS:
                    inner = MetadataReport()
                    read_zip(blob, inner, depth + 1)
                elif fmt.kind in ("unknown", "empty", "text", "csv"):
                    continue
                else:
                    inner = read_metadata(blob, fmt)
                for f in inner.findings:
                    report.add(f.category, f"{name}: {f.field}", f.value)
