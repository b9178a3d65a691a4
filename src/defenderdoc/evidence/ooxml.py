# SPDX-License-Identifier: GPL-3.0-or-later
"""DOCX/XLSX/PPTX cleaning by rebuilding the package from an allowlist.

Author names hide in many parts: core/app/custom properties, comments and their
authors, people.xml, tracked changes (including moves, which mat2 0.15 misses),
rsid session ids, thumbnails and pictures' EXIF. Tracked changes are accepted so
deleted text does not survive; external links are removed so opening the copy
cannot contact a server.
"""

from __future__ import annotations

import posixpath
import re
from typing import BinaryIO

from defenderdoc.evidence.i18n_notices import NOTICE_OFFICE_CHANGES, NOTICE_OFFICE_DROPPED
from defenderdoc.evidence.limits import check_cancel, read_all
from defenderdoc.evidence.members import clean_member
from defenderdoc.evidence.result import Outcome
from defenderdoc.evidence.xmlrewrite import Action, QName, Rules, rewrite
from defenderdoc.evidence.zipsafe import Package, resolve_target, write_package
from defenderdoc.progress import CancelToken

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
PR = "http://schemas.openxmlformats.org/package/2006/relationships"
CT = "http://schemas.openxmlformats.org/package/2006/content-types"
_W_DROP = {
    "del",
    "moveFrom",
    "moveFromRangeStart",
    "moveFromRangeEnd",
    "moveToRangeStart",
    "moveToRangeEnd",
    "rPrChange",
    "pPrChange",
    "sectPrChange",
    "tblPrChange",
    "tblPrExChange",
    "trPrChange",
    "tcPrChange",
    "tblGridChange",
    "numberingChange",
    "cellIns",
    "cellDel",
    "cellMerge",
    "commentRangeStart",
    "commentRangeEnd",
    "commentReference",
    "customXmlInsRangeStart",
    "customXmlInsRangeEnd",
    "customXmlDelRangeStart",
    "customXmlDelRangeEnd",
    "customXmlMoveFromRangeStart",
    "customXmlMoveFromRangeEnd",
    "customXmlMoveToRangeStart",
    "customXmlMoveToRangeEnd",
    "rsids",
    "attachedTemplate",
    "docVars",
}
_HISTORY = {"del", "ins", "moveFrom", "moveTo", "commentReference", "commentRangeStart"}
_ANY_NS_DROP = {"absPath", "revisionPtr", "fileSharing", "docId", "commentRel"}
_W_ATTRS = {"author", "date", "initials", "dateUtc"}
_DROP_PARTS = re.compile(
    r"^docProps/custom\.xml$|^docProps/thumbnail\.[^/]+$|^customXml/|(^|/)people\.xml$"
    r"|^xl/persons/|^word/comments[^/]*\.xml$|^xl/comments\d*\.xml$|^xl/threadedComments/"
    r"|^ppt/comments/|^ppt/commentAuthors\.xml$|^ppt/authors\.xml$|^ppt/revisionInfo\.xml$"
    r"|^xl/revisions/|^xl/usernames\.xml$|/printerSettings/|^docMetadata/|^_xmlsignatures/"
    r"|(^|/)vbaProject\.bin$|(^|/)vbaData\.xml$|(^|/)activeX/|^ppt/changesInfos/"
)
_CORE = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/'
    b'core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl'
    b'.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"/>'
)
_APP = (
    b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n'
    b'<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-'
    b'properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docProps'
    b'Vtypes"/>'
)
_XML_SUFFIXES = (".xml", ".rels", ".vml")


def _rels_source(rels_name: str) -> str:
    folder, base = posixpath.split(rels_name)
    return posixpath.join(posixpath.dirname(folder), base[: -len(".rels")])


def _rels_rules(source: str, dropped: set[str], ids: set[str]) -> Rules:
    def element(q: QName, attrs: dict[QName, str]) -> Action:
        if q != (PR, "Relationship"):
            return Action.KEEP
        target = attrs.get(("", "Target"), "")
        external = attrs.get(("", "TargetMode"), "") == "External"
        if external or resolve_target(source, target) in dropped:
            ids.add(attrs.get(("", "Id"), ""))
            return Action.DROP
        return Action.KEEP

    return Rules(element=element)


def _part_rules(dropped_ids: set[str], dropped: set[str]) -> Rules:
    def element(q: QName, attrs: dict[QName, str]) -> Action:  # noqa: PLR0911 - rule table
        ns, local = q
        if ns == W and local in _W_DROP:
            return Action.DROP
        if ns == W and local in ("ins", "moveTo"):
            return Action.UNWRAP
        if local in _ANY_NS_DROP and ns != PR:
            return Action.DROP
        if q == (CT, "Override") and attrs.get(("", "PartName"), "").lstrip("/") in dropped:
            return Action.DROP
        if any(a[0] == R and v in dropped_ids for a, v in attrs.items()):
            if local == "hyperlink":
                return Action.UNWRAP
            return Action.KEEP if local == "blip" else Action.DROP
        return Action.KEEP

    def attribute(el: QName, attr: QName, value: str) -> bool:
        if attr[0] == W and (attr[1].startswith("rsid") or attr[1] in _W_ATTRS):
            return True
        if attr[0] == R and value in dropped_ids:
            return True
        return attr == ("", "descr") and el[1] in ("cNvPr", "docPr")

    return Rules(element=element, attribute=attribute)


def _record(rules: Rules, name: str, outcome: Outcome) -> bool:
    history = False
    for what, values in rules.hits.items():
        key = what.split(" ", 1)[1]
        if key in _HISTORY:
            history = True
        category = "author" if key in ("author", "initials") else "document-history"
        if key in ("date", "dateUtc"):
            category = "timestamp"
        shown: list[str | None] = []
        shown.extend(v for v in values[:20] if v)
        if not shown:
            shown.append(None)
        for value in shown:
            outcome.drop(category, f"{name} {key}", value)
    return history


def clean_package(  # noqa: PLR0912 - one pass per part family
    data: bytes, outcome: Outcome, depth: int, cancel: CancelToken | None
) -> list[tuple[str, bytes]]:
    """Return the cleaned members of an OOXML package, in their original order."""
    pkg = Package(data, outcome)
    try:
        dropped = {n for n in pkg.names if _DROP_PARTS.search(n)}
        binaries: dict[str, bytes] = {}
        for name in pkg.names:
            if not name.lower().endswith(_XML_SUFFIXES) and not name.endswith("/"):
                check_cancel(cancel)
                cleaned = (
                    None
                    if name in dropped
                    else clean_member(name, pkg.read(name), outcome, depth, cancel)
                )
                if cleaned is None:
                    dropped.add(name)
                else:
                    binaries[name] = cleaned
        dropped |= {n for n in pkg.names if n.endswith(".rels") and _rels_source(n) in dropped}
        for name in sorted(dropped):
            outcome.drop("other", f"package part removed: {name}")
        rel_ids: dict[str, set[str]] = {}
        texts: dict[str, bytes] = {}
        for name in pkg.names:
            if name.endswith(".rels") and name not in dropped:
                ids: set[str] = set()
                texts[name] = rewrite(pkg.read(name), _rels_rules(_rels_source(name), dropped, ids))
                rel_ids[_rels_source(name)] = ids
                if ids:
                    outcome.drop("embedded-content", f"{name}: external or removed links")
        history = False
        for name in pkg.names:
            if name in dropped or name in texts or name in binaries or name.endswith("/"):
                continue
            check_cancel(cancel)
            if name == "docProps/core.xml":
                texts[name] = _CORE
                outcome.drop("author", "docProps/core.xml properties")
                continue
            if name == "docProps/app.xml":
                texts[name] = _APP
                outcome.drop("software", "docProps/app.xml properties")
                continue
            rules = _part_rules(rel_ids.get(name, set()), dropped)
            texts[name] = rewrite(pkg.read(name), rules)
            history |= _record(rules, name, outcome)
    finally:
        pkg.close()
    if history:
        outcome.lossless = False
        outcome.notice = NOTICE_OFFICE_CHANGES
    elif any(f.category == "embedded-content" for f in outcome.removed):
        outcome.notice = NOTICE_OFFICE_DROPPED
    merged = {**texts, **binaries}
    return [(n, merged[n]) for n in pkg.names if n in merged]


def strip(
    src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str, depth: int = 0
) -> Outcome:
    """Clean a DOCX/XLSX/PPTX package."""
    outcome = Outcome(kind)
    entries = clean_package(read_all(src), outcome, depth, cancel)
    write_package(entries, dst, stored=set())
    return outcome
