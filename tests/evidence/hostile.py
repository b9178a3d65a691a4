# SPDX-License-Identifier: GPL-3.0-or-later
"""Builders for hostile inputs (generated in the tests, never stored)."""

from __future__ import annotations

import io
import re
import struct
import zipfile
import zlib

import pikepdf
from PIL import Image


def png_chunk(ctype: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + ctype + data + struct.pack(">I", zlib.crc32(ctype + data))


def png_bomb(width: int = 50_000, height: int = 50_000) -> bytes:
    """Tiny file announcing a 2.5-gigapixel image."""
    ihdr = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    idat = zlib.compress(b"\x00" * 1024, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", ihdr)
        + png_chunk(b"IDAT", idat)
        + png_chunk(b"IEND", b"")
    )


def gif_huge_screen() -> bytes:
    """GIF whose logical screen is 65535x65535 with a 1x1 frame."""
    header = b"GIF89a" + struct.pack("<HHBBB", 65535, 65535, 0x80, 0, 0) + b"\x00" * 6
    frame = b"\x2c" + struct.pack("<HHHHB", 0, 0, 1, 1, 0) + b"\x02\x02\x44\x01\x00"
    return header + frame + b";"


def small_jpeg(**save: object) -> bytes:
    buf = io.BytesIO()
    Image.new("RGB", (16, 8), (200, 30, 40)).save(buf, format="JPEG", **save)
    return buf.getvalue()


def jpeg_with_app1(payload: bytes, declared: int | None = None) -> bytes:
    """Insert an APP1 segment after SOI; ``declared`` may lie about its length."""
    base = small_jpeg()
    length = declared if declared is not None else len(payload) + 2
    return base[:2] + b"\xff\xe1" + struct.pack(">H", length) + payload + base[2:]


def cyclic_exif() -> bytes:
    """EXIF whose IFD0 'next IFD' pointer points back at itself."""
    ifd = struct.pack("<H", 1) + struct.pack("<HHII", 0x010F, 2, 4, 0x41414141)
    return b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + ifd + struct.pack("<I", 8)


def truncated_exif() -> bytes:
    """EXIF announcing 200 entries but holding none."""
    return b"Exif\x00\x00II*\x00" + struct.pack("<I", 8) + struct.pack("<H", 200)


def zip_bomb_docx(unpacked: int = 50 * 1024 * 1024) -> bytes:
    """A DOCX-looking package whose document part inflates about 1000x."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        with zf.open("word/document.xml", "w") as fh:
            block = b"\x00" * (1024 * 1024)
            for _ in range(unpacked // len(block)):
                fh.write(block)
    return buf.getvalue()


def many_members_docx(count: int = 10_001) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_STORED) as zf:
        zf.writestr("[Content_Types].xml", "<Types/>")
        zf.writestr("word/document.xml", "<w/>")
        for i in range(count):
            zf.writestr(f"word/media/x{i}.bin", b"")
    return buf.getvalue()


def hostile_pdf() -> bytes:
    """PDF with JavaScript, Launch, AA, attachments, DocInfo, XMP and a hidden old revision."""
    pdf = pikepdf.new()
    pdf.add_blank_page(page_size=(200, 200))
    page = pdf.pages[0]
    content = pikepdf.Stream(pdf, b"BT /F1 12 Tf 20 100 Td (SECRET-DELETED-TEXT) Tj ET")
    page.obj["/Contents"] = pdf.make_indirect(content)
    js = pikepdf.Dictionary(S=pikepdf.Name.JavaScript, JS=pikepdf.String("app.alert(1)"))
    pdf.Root["/OpenAction"] = pdf.make_indirect(js)
    pdf.Root["/AA"] = pikepdf.Dictionary(WC=js)
    launch = pikepdf.Dictionary(S=pikepdf.Name.Launch, F=pikepdf.String("calc.exe"))
    link = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot, Subtype=pikepdf.Name.Link, Rect=[0, 0, 50, 50], A=launch
    )
    note = pikepdf.Dictionary(
        Type=pikepdf.Name.Annot,
        Subtype=pikepdf.Name.Text,
        Rect=[60, 60, 80, 80],
        T=pikepdf.String("Alice Reviewer"),
        M=pikepdf.String("D:20240101120000Z"),
        Contents=pikepdf.String("note"),
    )
    page.obj["/Annots"] = pdf.make_indirect(
        pikepdf.Array([pdf.make_indirect(link), pdf.make_indirect(note)])
    )
    pdf.attachments["payload.exe"] = pikepdf.AttachedFileSpec(pdf, b"MZ-not-really")
    with pdf.open_metadata(set_pikepdf_as_editor=False) as meta:
        meta["dc:creator"] = ["Alice Author"]
    pdf.docinfo["/Author"] = "Alice Author"
    first = io.BytesIO()
    pdf.save(first, object_stream_mode=pikepdf.ObjectStreamMode.disable, compress_streams=False)
    with pikepdf.open(io.BytesIO(first.getvalue())) as saved:
        number = saved.pages[0].obj["/Contents"].objgen[0]
    return _append_revision(first.getvalue(), number)


def _append_revision(data: bytes, content_num: int) -> bytes:
    """Incremental update replacing the page content; the old text stays in the bytes."""
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    size = int(re.findall(rb"/Size (\d+)", data)[-1])
    root = re.findall(rb"/Root (\d+ \d+ R)", data)[-1]
    body = b"BT /F1 12 Tf 20 100 Td (visible) Tj ET"
    offset = len(data) + 1
    obj = (
        b"\n%d 0 obj\n<< /Length %d >>\nstream\n" % (content_num, len(body))
        + body
        + b"\nendstream\nendobj\n"
    )
    xref_at = len(data) + len(obj)
    xref = b"xref\n%d 1\n%010d 00000 n \n" % (content_num, offset)
    trailer = (
        b"trailer\n<< /Size %d /Root %s /Prev %d /Info << /Author (Old Author) >> >>\n"
        b"startxref\n%d\n%%%%EOF\n" % (size, root, prev, xref_at)
    )
    return data + obj + xref + trailer
