# SPDX-License-Identifier: GPL-3.0-or-later
"""JSON, CSV and package (ZIP) forms of a redacted dossier.

They read only the :class:`DossierContent` (already redacted) and, for the
package, the cleaned evidence bytes the preview listed: nothing else of the
vault can reach them. ZIPs carry fixed timestamps and no comment, so the
package itself reveals no local time or machine.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import zipfile
from collections.abc import Callable, Iterable
from dataclasses import asdict

from defenderdoc.export.content import DossierContent, Section

SCHEMA = "urn:defenderdoc:dossier:1"
SCHEMA_VERSION = 1
_ZIP_TIME = (1980, 1, 1, 0, 0, 0)


def _section(section: Section) -> dict[str, object]:
    return {
        "heading": section.heading,
        "fields": [{"label": f.label, "value": f.value} for f in section.fields],
        "paragraphs": list(section.paragraphs),
        "subsections": [_section(s) for s in section.subsections],
    }


def render_json(content: DossierContent) -> bytes:
    """The documented, versioned JSON form (see README "Dossier JSON")."""
    data = {
        "$schema": SCHEMA,
        "schema_version": SCHEMA_VERSION,
        "language": content.language,
        "direction": "rtl" if content.right_to_left else "ltr",
        "template": content.template_id,
        "title": content.title,
        "recipient": content.recipient,
        "classification": content.classification,
        "date": content.date,
        "summary": [_section(s) for s in content.summary],
        "incidents": [_section(s) for s in content.incidents],
        "annex": {
            "images": [
                {"file": i.file_name, "caption": i.caption, "mime": i.mime, "sha256": i.sha256}
                for i in content.annex_images
            ],
            "files": [asdict(f) for f in content.annex_files],
        },
        "withheld": [{"what": w.what, "why": w.why} for w in content.withheld],
    }
    return json.dumps(data, ensure_ascii=False, indent=2).encode("utf-8")


def render_csv(content: DossierContent) -> bytes:
    """One row per incident, with the redacted fields as columns."""
    columns: list[str] = []
    rows = []
    for section in content.incidents:
        row = {"incident": section.heading}
        for item in section.fields:
            if item.label not in columns:
                columns.append(item.label)
            row[item.label] = item.value
        rows.append(row)
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=["incident", *columns], extrasaction="ignore")
    writer.writeheader()
    writer.writerows(rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")  # BOM: spreadsheets detect UTF-8


def write_package(
    sink: io.BufferedIOBase | io.BytesIO,
    content: DossierContent,
    pdf: bytes,
    files: Iterable[tuple[str, Callable[[], bytes]]],
) -> None:
    """dossier.pdf, dossier.json, evidence/<neutral names> and MANIFEST.sha256."""
    manifest: list[tuple[str, str]] = []

    def add(archive: zipfile.ZipFile, name: str, data: bytes) -> None:
        info = zipfile.ZipInfo(name, date_time=_ZIP_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        info.external_attr = 0o644 << 16
        archive.writestr(info, data)
        manifest.append((hashlib.sha256(data).hexdigest(), name))

    with zipfile.ZipFile(sink, "w") as archive:
        add(archive, "dossier.pdf", pdf)
        add(archive, "dossier.json", render_json(content))
        for name, load in files:
            add(archive, f"evidence/{name}", load())
        lines = "".join(f"{digest}  {name}\n" for digest, name in manifest)
        add(archive, "MANIFEST.sha256", lines.encode("ascii"))
        archive.comment = b""
