# SPDX-License-Identifier: GPL-3.0-or-later
"""ODF (ODT/ODS/ODP/ODG) and EPUB cleaning by rebuilding the package.

meta.xml is replaced, thumbnails, signatures and macros are dropped, tracked
changes and annotations are removed from content, printer names from settings,
and pictures go through the image cleaners. ``mimetype`` stays first and stored.
"""

from __future__ import annotations

import re
from typing import BinaryIO

from defenderdoc.evidence.errors import RefusedFileError
from defenderdoc.evidence.i18n_notices import NOTICE_OFFICE_CHANGES
from defenderdoc.evidence.limits import check_cancel, read_all
from defenderdoc.evidence.members import clean_member
from defenderdoc.evidence.result import Outcome
from defenderdoc.evidence.xmlrewrite import Action, QName, Rules, rewrite
from defenderdoc.evidence.zipsafe import Package, write_package
from defenderdoc.progress import CancelToken

TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
CONFIG = "urn:oasis:names:tc:opendocument:xmlns:config:1.0"
MANIFEST = "urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"
OOO = "http://openoffice.org/2009/office"
OPF = "http://www.idpf.org/2007/opf"
DC = "http://purl.org/dc/elements/1.1/"
XHTML = "http://www.w3.org/1999/xhtml"
NCX = "http://www.daisy.org/z3986/2005/ncx/"
_TEXT_DROP = {
    "tracked-changes",
    "change-start",
    "change-end",
    "change",
    "author-name",
    "author-initials",
    "creation-date",
    "creation-time",
    "modification-date",
    "modification-time",
    "editing-duration",
    "editing-cycles",
    "print-date",
    "print-time",
    "printed-by",
    "initial-creator",
    "user-defined",
    "sender-firstname",
    "sender-lastname",
    "sender-initials",
    "sender-email",
    "sender-phone-private",
    "sender-street",
}
_HISTORY = {"tracked-changes", "annotation", "change-start", "change"}
_PRINTER = {
    "PrinterName",
    "PrinterSetup",
    "PrinterPaperFromSetup",
    "PrintFaxName",
    "CurrentDatabaseDataSource",
    "CurrentDatabaseCommand",
}
_DROP_PARTS = re.compile(
    r"^Thumbnails/|^META-INF/(document|macro|package)signatures\.xml$|^Basic/|^Scripts/"
    r"|(^|/)layout-cache$"
)
_XML_SUFFIXES = (".xml", ".opf", ".xhtml", ".html", ".htm", ".ncx", ".rdf")
_OPF_KEEP = {"identifier", "title", "language"}
_META = (
    b'<?xml version="1.0" encoding="UTF-8"?>\n<office:document-meta xmlns:office="'
    + OFFICE.encode()
    + b'" office:version="%s"><office:meta/></office:document-meta>'
)


def _odf_rules(dropped: set[str]) -> Rules:
    def element(q: QName, attrs: dict[QName, str]) -> Action:  # noqa: PLR0911 - rule table
        ns, local = q
        if (ns == TEXT and local in _TEXT_DROP) or (ns == TABLE and local == "tracked-changes"):
            return Action.DROP
        if ns == OFFICE and local in ("annotation", "annotation-end"):
            return Action.DROP
        if q == (CONFIG, "config-item") and attrs.get((CONFIG, "name")) in _PRINTER:
            return Action.DROP
        if q == (MANIFEST, "file-entry") and attrs.get((MANIFEST, "full-path"), "") in dropped:
            return Action.DROP
        if q == (MANIFEST, "encryption-data"):
            raise RefusedFileError("encrypted")
        if ns == OPF and local == "meta" or (ns == DC and local not in _OPF_KEEP):
            return Action.DROP
        if ns == DC and local in ("title", "identifier"):
            return Action.EMPTY
        if (ns == XHTML and local == "script") or (ns == NCX and local == "docAuthor"):
            return Action.DROP
        if ns == XHTML and local == "meta" and ("", "name") in attrs:
            return Action.DROP
        return Action.KEEP

    def attribute(el: QName, attr: QName, value: str) -> bool:
        del value
        if el[0] == DC and attr != ("", "id"):
            return True
        return attr[0] == OOO and attr[1] in ("rsid", "paragraph-rsid")

    return Rules(element=element, attribute=attribute)


def _record(rules: Rules, name: str, outcome: Outcome) -> bool:
    history = False
    for what in rules.hits:
        key = what.split(" ", 1)[1]
        history |= key in _HISTORY
        category = "document-history" if key in _HISTORY else "author"
        if key in ("rsid", "paragraph-rsid", "config-item"):
            category = "other"
        outcome.drop(category, f"{name} {key}")
    return history


def strip(
    src: BinaryIO, dst: BinaryIO, cancel: CancelToken | None, kind: str, depth: int = 0
) -> Outcome:
    """Clean an ODF document or EPUB book."""
    outcome = Outcome(kind)
    pkg = Package(read_all(src), outcome)
    entries: list[tuple[str, bytes]] = []
    history = False
    try:
        if "mimetype" not in pkg.names:
            raise RefusedFileError("malformed")
        entries.append(("mimetype", pkg.read("mimetype").strip()))
        dropped = {n for n in pkg.names if _DROP_PARTS.search(n)}
        for name in sorted(dropped):
            outcome.drop(
                "thumbnail" if name.startswith("Thumbnails/") else "other",
                f"package part removed: {name}",
            )
        binaries: dict[str, bytes | None] = {}
        for name in pkg.names:
            if (
                name not in dropped
                and not name.endswith("/")
                and not name.lower().endswith(_XML_SUFFIXES)
                and name != "mimetype"
            ):
                check_cancel(cancel)
                binaries[name] = clean_member(name, pkg.read(name), outcome, depth, cancel)
                if binaries[name] is None:
                    dropped.add(name)
        for name in pkg.names:
            check_cancel(cancel)
            if name in dropped or name.endswith("/") or name == "mimetype":
                continue
            lower = name.lower()
            cleaned = binaries.get(name)
            if cleaned is not None:
                entries.append((name, cleaned))
                continue
            data = pkg.read(name)
            if lower == "meta.xml" or lower.endswith("/meta.xml"):
                version = re.search(rb'office:version="([0-9.]{1,8})"', data)
                entries.append((name, _META % (version.group(1) if version else b"1.2")))
                outcome.drop("author", f"{name} document properties")
            else:
                rules = _odf_rules(dropped)
                entries.append((name, rewrite(data, rules)))
                history |= _record(rules, name, outcome)
    finally:
        pkg.close()
    if history:
        outcome.lossless = False
        outcome.notice = NOTICE_OFFICE_CHANGES
    write_package(entries, dst, stored={"mimetype"})
    return outcome
