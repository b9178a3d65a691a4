# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF renderer: what a recipient reads, and what the file must not carry.

Text is checked through poppler's ``pdftotext`` (what a recipient copies or a
search finds), images through pikepdf, metadata through pikepdf and exiftool.
"""

from __future__ import annotations

import hashlib
import io
import re
import shutil
import subprocess
from pathlib import Path

import pikepdf
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PIL import Image

from defenderdoc.errors import CancelledError
from defenderdoc.export.bidi import clean_text, resolve_levels, split_words, visual_line
from defenderdoc.export.content import (
    AnnexFile,
    AnnexImage,
    DossierContent,
    Field,
    Labels,
    Section,
    Withheld,
)
from defenderdoc.export.pdf import render_pdf
from defenderdoc.export.pdf_images import clean_jpeg
from defenderdoc.progress import CancelToken

needs_poppler = pytest.mark.skipif(
    not (shutil.which("pdftotext") and shutil.which("pdftoppm")), reason="poppler-utils missing"
)
needs_exiftool = pytest.mark.skipif(not shutil.which("exiftool"), reason="exiftool missing")

AR_PARAGRAPH = (
    "تلقت المدافعة تهديدات متكررة عبر الهاتف بعد مشاركتها في اجتماع مع الإنسان "
    "والمنظمات الشريكة وقالت إن رجالا مجهولين راقبوا منزلها لعدة أيام"
)
AR_MIXED = "قالت Maria Lopez إن 3 رجال راقبوا المكتب يوم 14 مارس 2026 قرب الحدود."
MARKUP = "<b>bold</b> &amp; <font color='red'>x</font> <br/> &lt; <para>"


def jpeg(color: tuple[int, int, int] = (150, 40, 40), size: tuple[int, int] = (640, 480)) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", size, color).save(out, "JPEG", quality=80)
    return out.getvalue()


def annex(data: bytes, name: str = "evidence-01.jpg", caption: str = "Door") -> AnnexImage:
    return AnnexImage(caption, name, data, "image/jpeg", hashlib.sha256(data).hexdigest())


def latin(**changes: object) -> DossierContent:
    base = DossierContent(
        language="es",
        template_id="un-sp",
        title="Amenazas contra una defensora de derechos humanos",
        recipient="Relatora Especial sobre la situación de los defensores de derechos humanos",
        classification="CONFIDENCIAL — solo para la destinataria",
        date="12 de marzo de 2026",
        summary=(Section("Presunta víctima", fields=(Field("Nombre", "María José Núñez"),)),),
        incidents=(
            Section(
                "Incidente 1: amenaza en la oficina",
                fields=(Field("Fecha", "marzo de 2026"), Field("Lugar", "Tegucigalpa")),
                paragraphs=(
                    "Deux hommes armés ont suivi la défenseure jusqu'à son domicile.",
                    MARKUP,
                    "Factura \u202egnp.exe\u202c enviada",
                ),
            ),
        ),
        annex_images=(annex(jpeg()),),
        annex_files=(AnnexFile("Audio", "evidence-02.ogg", "audio", 48_000, "ab" * 32),),
        withheld=(Withheld("Dirección de la víctima", "Riesgo para su seguridad"),),
        labels=Labels(page="Página {page} de {pages}", withheld="Información retenida"),
    )
    return base if not changes else _replace(base, **changes)


def arabic() -> DossierContent:
    return DossierContent(
        language="ar",
        template_id="un-sp",
        title="تهديدات ضد مدافعة عن حقوق الإنسان",
        recipient="المقرر الخاص المعني بحالة المدافعين عن حقوق الإنسان",
        classification="سري — للمستلم فقط",
        date="12 مارس 2026",
        incidents=(
            Section(
                "الحادث الأول",
                fields=(Field("التاريخ", "مارس 2026"), Field("المكان", "حلب")),
                paragraphs=(AR_PARAGRAPH, AR_MIXED),
            ),
        ),
        annex_images=(annex(jpeg((20, 90, 160))),),
        labels=Labels(page="صفحة {page} من {pages}", incidents="الحوادث", annex="ملحق الأدلة"),
    )


def _replace(content: DossierContent, **changes: object) -> DossierContent:
    import dataclasses

    return dataclasses.replace(content, **changes)  # type: ignore[arg-type]


def render(content: DossierContent, tmp_path: Path, name: str = "d.pdf") -> tuple[Path, int]:
    sink = io.BytesIO()
    pages = render_pdf(content, sink)
    path = tmp_path / name
    path.write_bytes(sink.getvalue())
    return path, pages


def run(tool: str, *args: str) -> str:
    """Standard output of an installed checker (poppler, exiftool)."""
    executable = shutil.which(tool)
    assert executable is not None
    return subprocess.run([executable, *args], capture_output=True, check=True).stdout.decode()


def text(path: Path, page: int | None = None, *options: str) -> str:
    pages = ["-f", str(page), "-l", str(page)] if page else []
    return run("pdftotext", *options, *pages, str(path), "-")


def flat(value: str) -> str:
    """Whitespace collapsed and poppler's bidi embedding marks removed."""
    return " ".join(re.sub("[\u202a-\u202e]", "", value).split())


@needs_poppler
def test_latin_dossier_has_every_part(tmp_path: Path) -> None:
    content = latin()
    path, pages = render(content, tmp_path)
    assert pages == len(pikepdf.open(path).pages) == 6
    words = flat(text(path))
    for part in (content.title, content.recipient, content.classification, content.date):
        assert part in words
    for expected in ("Presunta víctima", "María José Núñez", "Incidente 1: amenaza en la oficina"):
        assert expected in words
    assert "Deux hommes armés ont suivi la défenseure jusqu'à son domicile." in words
    assert "Información retenida" in words
    assert "Dirección de la víctima Riesgo para su seguridad" in words
    for page in range(1, pages + 1):
        assert f"Página {page} de {pages}" in flat(text(path, page))
        assert content.classification in flat(text(path, page))


@needs_poppler
def test_contents_lists_the_page_of_each_heading(tmp_path: Path) -> None:
    path, pages = render(latin(), tmp_path)
    contents = flat(text(path, 2, "-layout"))
    assert contents.startswith("Contents")
    for heading in ("Incidente 1: amenaza en la oficina", "Información retenida"):
        page = next(p for p in range(3, pages + 1) if heading in flat(text(path, p)))
        assert f"{heading} {page}" in contents


@needs_poppler
def test_withheld_page_says_when_nothing_was_withheld(tmp_path: Path) -> None:
    path, pages = render(latin(withheld=()), tmp_path)
    last = flat(text(path, pages))
    assert last.startswith("Información retenida")
    assert Labels().nothing_withheld in last


@needs_poppler
def test_arabic_round_trips_in_logical_order(tmp_path: Path) -> None:
    content = arabic()
    path, _pages = render(content, tmp_path)
    words = flat(text(path))
    assert flat(AR_PARAGRAPH) in words  # shaped, right to left, extracted as typed
    assert "تهديدات ضد مدافعة عن حقوق الإنسان" in words  # lam-alef ligature included
    # Numbers and Latin names inside Arabic: poppler moves spaces around them only.
    squeezed = "".join(words.split())
    assert "".join(AR_MIXED.split()) in squeezed
    assert "صفحة1من" in squeezed


@needs_poppler
def test_arabic_layout_is_mirrored(tmp_path: Path) -> None:
    path, _pages = render(arabic(), tmp_path)
    bbox = text(path, 3, "-bbox")
    found = re.findall(r'xMin="([\d.]+)" yMin="[\d.]+" xMax="([\d.]+)" [^>]*>([^<]*)<', bbox)
    # -bbox lists each word's characters left to right, as drawn.
    boxes = {word[::-1]: (float(x_min), float(x_max)) for x_min, x_max, word in found}
    right = 595.28 - 56
    label, value = boxes["التاريخ"], boxes["مارس"]
    assert label[1] == pytest.approx(right - 6, abs=1)  # the label column is on the right
    assert value[1] < label[0]
    assert boxes["الحوادث"][1] == pytest.approx(right, abs=1)  # headings align right
    assert boxes["تلقت"][1] == pytest.approx(right, abs=1)  # the first word starts at the right


@needs_poppler
def test_markup_is_drawn_literally(tmp_path: Path) -> None:
    content = latin(title="<b>Title</b> & <font size=40>", recipient=MARKUP)
    path, _pages = render(content, tmp_path)
    words = flat(text(path))
    assert MARKUP in words
    assert "<b>Title</b> & <font size=40>" in words


@needs_poppler
def test_bidi_overrides_cannot_reorder_text(tmp_path: Path) -> None:
    path, _pages = render(latin(), tmp_path)
    words = flat(text(path))
    assert "Factura gnp.exe enviada" in words
    assert "\u202e" not in text(path)
    assert clean_text("a\u202eb\u2066c\u200fd\u061ce\u202cf\x00\tg\r\nh") == "abcdef g\nh"


def test_bidi_orders_words_by_direction() -> None:
    assert resolve_levels("abc 12", rtl=False) == [0] * 6
    assert resolve_levels("اب 12", rtl=True) == [1, 1, 1, 2, 2]
    words = split_words("قال Maria Lopez 12 مرة", rtl=True)
    pieces = [p.text if p else " " for p in visual_line(words)]
    assert pieces == ["مرة", " ", "Maria", " ", "Lopez", " ", "12", " ", "قال"]  # W7: 12 is L
    words = split_words("قال 3 رجال", rtl=True)
    assert [p.text if p else " " for p in visual_line(words)] == ["رجال", " ", "3", " ", "قال"]
    ltr = [p.text if p else " " for p in visual_line(split_words("name: مريم علي", rtl=False))]
    assert ltr == ["name:", " ", "علي", " ", "مريم"]


@needs_poppler
@needs_poppler
def test_farsi_and_hebrew_round_trip(tmp_path: Path) -> None:
    farsi = "می\u200cخواهم گزارش بدهم که پلیس او را بازداشت کرد"  # ZWNJ kept: Farsi needs it
    hebrew = "המגינה קיבלה איומים בטלפון"
    for language, sentence in (("fa", farsi), ("he", hebrew)):
        content = _replace(arabic(), language=language, incidents=(Section(sentence),))
        assert flat(sentence) in flat(text(render(content, tmp_path, language)[0]))


@settings(max_examples=25, deadline=None)
@given(
    st.text(
        st.sampled_from(
            "a\u00e9 Z\u00df \u0436 1.,:()<>&;\n\t\u0301\u200c\u202e\u2067\u00ad"
            "\u0627\u064e\u0644\u0639\u0631\u0628\u064a\u0629\u0663 \u0634\U0001f600"
        ),
        max_size=300,
    ),
    st.booleans(),
)
def test_any_text_renders(value: str, rtl: bool) -> None:
    """Marks, controls, emoji, empty strings: nothing a witness types breaks an export."""
    section = Section(value, fields=(Field(value, value),), paragraphs=(value, ""))
    content = _replace(arabic() if rtl else latin(), title=value, incidents=(section,))
    assert render_pdf(content, io.BytesIO()) >= 5


def test_annex_images_embedded_as_given_and_hashes_listed(tmp_path: Path) -> None:
    photos = (annex(jpeg(), "evidence-01.jpg"), annex(jpeg((10, 200, 10)), "evidence-02.jpg"))
    content = latin(annex_images=photos)
    path, _pages = render(content, tmp_path)
    pdf = pikepdf.open(path)
    streams = [
        image.read_raw_bytes()
        for page in pdf.pages
        for image in page.get_images().values()
        if isinstance(image, pikepdf.Stream) and pikepdf.PdfImage(image).filters == ["/DCTDecode"]
    ]
    assert sorted(streams) == sorted(clean_jpeg(p.data) for p in photos)  # not re-encoded
    words = flat(text(path))
    listed = [(i.file_name, i.sha256) for i in photos]
    listed += [(f.file_name, f.sha256) for f in content.annex_files]
    for name, digest in listed:
        assert f"{name} {digest}" in words
    assert "evidence-02.ogg Audio audio · 48.0 kB" in words


def test_image_metadata_and_trailers_never_reach_the_pdf(tmp_path: Path) -> None:
    exif = Image.Exif()
    exif[0x010F] = "SECRETCAMERA"  # Make
    out = io.BytesIO()
    Image.new("RGB", (64, 48), "gray").save(out, "JPEG", exif=exif.tobytes(), comment=b"SECRETNOTE")
    data = out.getvalue() + b"SECRETTRAILER"
    pdf = render(latin(annex_images=(annex(data),)), tmp_path)[0].read_bytes()
    assert b"SECRET" not in pdf
    document = pikepdf.open(io.BytesIO(pdf))
    assert len(document.pages[4].get_images()) == 1


def test_transparent_pixels_are_flattened(tmp_path: Path) -> None:
    hidden = Image.new("RGBA", (40, 30), (255, 0, 0, 0))  # red, fully transparent
    out = io.BytesIO()
    hidden.save(out, "PNG")
    item = AnnexImage("x", "evidence-01.png", out.getvalue(), "image/png", _sha(out.getvalue()))
    pdf = pikepdf.open(render(latin(annex_images=(item,)), tmp_path)[0])
    (image,) = pdf.pages[4].get_images().values()
    assert isinstance(image, pikepdf.Stream)
    assert pikepdf.PdfImage(image).as_pil_image().getextrema() == ((255, 255),) * 3


def _sha(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def test_wrong_hash_is_refused() -> None:
    bad = AnnexImage("x", "evidence-01.jpg", jpeg(), "image/jpeg", "0" * 64)
    with pytest.raises(ValueError, match="SHA-256"):
        render_pdf(latin(annex_images=(bad,)), io.BytesIO())


@needs_exiftool
def test_metadata_is_clean_and_output_reproducible(tmp_path: Path) -> None:
    path, _pages = render(arabic(), tmp_path)
    pdf = pikepdf.open(path)
    assert dict(pdf.trailer.get("/Info", {})) == {}
    assert "/Metadata" not in pdf.Root
    raw = path.read_bytes()
    for marker in (b"ReportLab", b"reportlab", b"xmpmeta", b"Producer", b"Creator", b"Author"):
        assert marker not in raw
    tags = run("exiftool", "-s", "-G", str(path))
    names = {line.split(":")[0].split()[-1] for line in tags.splitlines()}
    assert not names & {"Author", "Creator", "Producer", "Title", "CreateDate", "ModifyDate"}
    assert render(arabic(), tmp_path, "again.pdf")[0].read_bytes() == raw  # no clock, no random


def test_fonts_are_embedded_subsets(tmp_path: Path) -> None:
    pdf = pikepdf.open(render(arabic(), tmp_path)[0])
    fonts = {str(f.BaseFont): f for p in pdf.pages for f in p.Resources.Font.values()}
    assert fonts
    for name, font in fonts.items():
        assert re.fullmatch(r"/[A-Z]{6}\+DejaVuSans(-Bold)?", name)
        assert "/FontFile2" in font.FontDescriptor


def test_long_values_split_across_pages(tmp_path: Path) -> None:
    long_value = "\n".join(f"línea {n} " + "x" * 300 for n in range(120))
    section = Section("Largo", fields=(Field("Relato", long_value),), paragraphs=(long_value,))
    _path, pages = render(latin(incidents=(section,)), tmp_path)
    assert pages > 10


def test_progress_and_cancel() -> None:
    calls: list[tuple[int, int, str]] = []
    render_pdf(latin(), io.BytesIO(), progress=lambda *c: calls.append(c))
    done = [c[0] for c in calls]
    assert done == sorted(done)
    assert calls[-1][0] == calls[-1][1]
    assert len(calls) > 10
    token, sink = CancelToken(), io.BytesIO()

    def cancel_soon(done: int, total: int, label: str) -> None:
        if done > 3:
            token.cancel()

    with pytest.raises(CancelledError):
        render_pdf(latin(), sink, progress=cancel_soon, cancel=token)
    assert sink.getvalue() == b""


def test_no_temporary_files(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import tempfile

    scratch = tmp_path / "tmp"
    scratch.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(scratch))
    monkeypatch.setenv("TMPDIR", str(scratch))
    monkeypatch.chdir(scratch)
    render_pdf(latin(annex_images=(annex(jpeg()), annex(_png(), "e.png"))), io.BytesIO())
    assert list(scratch.iterdir()) == []


def _png() -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (30, 20), "blue").save(out, "PNG")
    return out.getvalue()


@needs_poppler
def test_pages_look_right(tmp_path: Path) -> None:
    """Renders the pages a reviewer looks at (cover, Arabic incident, annex)."""
    path, _pages = render(arabic(), tmp_path)
    for page in (1, 3, 4):
        run("pdftoppm", "-png", "-r", "50", "-f", str(page), "-l", str(page), str(path),
            str(tmp_path / "page"))  # fmt: skip
    images = sorted(tmp_path.glob("page-*.png"))
    assert len(images) == 3
    for image in images:
        with Image.open(image) as im:
            assert im.height == 585  # A4 at 50 dpi
            assert min(im.convert("L").tobytes()) < 100  # something dark was drawn
