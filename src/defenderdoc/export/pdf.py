# SPDX-License-Identifier: GPL-3.0-or-later
"""The PDF dossier: exactly the redacted content it is given, laid out for a recipient.

A dossier may reach a State that persecutes the people in it, so the file carries
nothing but the :class:`DossierContent`: no author, creator, producer, dates or
XMP, no tool banner, no random or machine-derived file ID, no image metadata or
thumbnails, and no markup interpretation of text (every string is drawn as
literal glyphs, so ``<b>`` or ``&amp;`` in a name stays exactly that). Rendering
writes to ``sink`` only, once, at the end: a cancelled or failed export leaves
nothing behind, and no temporary file is ever created.

Layout: cover, contents, summary, incidents, evidence annex with a SHA-256 table,
and a "withheld" page; every page carries the classification and "Page N of M".
Right-to-left dossiers mirror the whole layout. Two passes: the first measures
(page numbers for the contents and the page total), the second draws.
"""

from __future__ import annotations

import dataclasses
import hashlib
import threading
from typing import Any, BinaryIO

from reportlab import rl_config
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase.pdfdoc import PDFDictionary, PDFInfo
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate, Spacer
from reportlab.platypus.flowables import KeepTogether

from defenderdoc.export import pdf_images
from defenderdoc.export.content import DossierContent, Section
from defenderdoc.export.fonts import REGULAR, TextSetter, draw_line
from defenderdoc.export.pdf_layout import (
    ALERT,
    BODY,
    BOTTOM,
    CODE,
    FOOT,
    FRAME_HEIGHT,
    FRAME_WIDTH,
    H1,
    LABEL,
    MARGIN,
    MUTED,
    RULE,
    SMALL,
    TITLE,
    TOP,
    VALUE,
    WARN,
    Banner,
    Context,
    Heading,
    Picture,
    Row,
    TextBlock,
    TocRow,
)
from defenderdoc.progress import CancelToken, ProgressCallback, no_progress

# Images go in as binary streams (ASCII85 makes photo-heavy dossiers ~13x slower and
# 25 % larger), and "invariant" pins reportlab's clock and drops its object comments.
rl_config.useA85 = 0
rl_config.invariant = 1

RENDER_LOCK = threading.Lock()  # fonts learn glyph aliases while shaping: one render at a time


def _section(ctx: Context, section: Section, level: int) -> list[Flowable]:
    story: list[Flowable] = [Heading(ctx, section.heading, level)]
    story += [Row(ctx, (f.label, f.value)) for f in section.fields]
    if section.fields:
        story.append(Spacer(1, 8))
    story += [TextBlock(ctx, text, BODY) for text in section.paragraphs]
    for sub in section.subsections:
        story += _section(ctx, sub, level + 1)
    return story


def _size(size: int) -> str:
    """SI units: symbols every dossier language reads."""
    if size < 1000:
        return f"{size} B"
    value = float(size)
    for unit in ("kB", "MB", "GB"):
        value /= 1000
        if value < 1000 or unit == "GB":
            break
    return f"{value:.1f} {unit}"


def _story(ctx: Context, pictures: list[pdf_images.Prepared]) -> list[Flowable]:
    c, lab = ctx.content, ctx.content.labels
    cover: list[Flowable] = [Spacer(1, 110), TextBlock(ctx, c.title, TITLE)]
    cover += [Banner(ctx, c.classification, WARN), Row(ctx, (lab.recipient, c.recipient))]
    cover += [Row(ctx, (lab.date, c.date)), Row(ctx, (lab.classification, c.classification))]
    cover.append(PageBreak())
    body: list[Flowable] = []
    if c.summary:
        body.append(Heading(ctx, lab.summary, 0))
        for section in c.summary:
            body += _section(ctx, section, 1)
        body.append(PageBreak())
    if c.incidents:
        body.append(Heading(ctx, lab.incidents, 0))
        for incident in c.incidents:
            body += _section(ctx, incident, 1)
        body.append(PageBreak())
    if c.annex_images or c.annex_files:
        body.append(Heading(ctx, lab.annex, 0))
        for item, prepared in zip(c.annex_images, pictures, strict=True):
            caption = [TextBlock(ctx, item.caption, BODY), TextBlock(ctx, item.file_name, SMALL)]
            body.append(KeepTogether([Picture(ctx, prepared), *caption]))
        for f in c.annex_files:
            body.append(Row(ctx, (f.file_name, f"{f.caption}\n{f.kind} · {_size(f.size)}")))
        body += [
            Heading(ctx, lab.hashes, 1),
            Row(ctx, (lab.file, "SHA-256"), styles=(LABEL, LABEL)),
        ]
        for name, digest in [(i.file_name, i.sha256) for i in c.annex_images] + [
            (f.file_name, f.sha256) for f in c.annex_files
        ]:
            body.append(Row(ctx, (name, digest), styles=(VALUE, CODE), shade=(False, False)))
        body.append(PageBreak())
    body += [Heading(ctx, lab.withheld, 0), TextBlock(ctx, lab.withheld_intro, BODY)]
    body += [Row(ctx, (w.what, w.why)) for w in c.withheld]
    if not c.withheld:
        body.append(TextBlock(ctx, lab.nothing_withheld, BODY))
    contents: list[Flowable] = [TextBlock(ctx, lab.contents, H1)]
    contents += [TocRow(ctx, key, text, level) for key, text, level in ctx.headings if level < 2]
    return [*cover, *contents, PageBreak(), *body]


def _footer(ctx: Context) -> Any:
    def draw(canv: Any, doc: Any) -> None:
        ctx.last_page = canv.getPageNumber()
        if ctx.dry:
            return
        page = ctx.content.labels.page.replace("{page}", str(ctx.last_page))
        page = page.replace("{pages}", str(ctx.pages))
        y = BOTTOM - 24
        canv.saveState()
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(MARGIN, BOTTOM - 10, MARGIN + FRAME_WIDTH, BOTTOM - 10)
        for text, style, align in (
            (ctx.content.classification, LABEL, "start"),
            (page, FOOT, "end"),
        ):
            size = style.size
            line = ctx.setter.line(text, style.font, size)
            if line.width > FRAME_WIDTH * 0.62:  # a long classification shrinks, never overlaps
                size = max(5.0, size * FRAME_WIDTH * 0.62 / line.width)
                line = ctx.setter.line(text, style.font, size)
            canv.setFillColor(ALERT if style is LABEL else MUTED)
            x = MARGIN + ctx.x(line, FRAME_WIDTH, align)
            draw_line(canv, line, x, y, font=style.font, size=size)
        canv.restoreState()

    return draw


class _NoInfo(PDFInfo):  # type: ignore[misc]
    """An empty document information dictionary: no title, author, tool or date."""

    def digest(self, md5object: Any) -> None:
        del md5object

    def format(self, document: Any) -> bytes:
        result: bytes = PDFDictionary({}).format(document)
        return result


class _Doc(BaseDocTemplate):  # type: ignore[misc]
    """Reports progress and honours cancellation after every flowable."""

    def __init__(self, sink: Any, ctx: Context, step: tuple[int, int, str]) -> None:
        super().__init__(
            sink, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=TOP,
            bottomMargin=BOTTOM, invariant=1, lang=ctx.content.language,
            initialFontName=REGULAR,
        )  # fmt: skip
        frame = Frame(MARGIN, BOTTOM, FRAME_WIDTH, FRAME_HEIGHT, 0, 0, 0, 0, id="body")
        self.addPageTemplates([PageTemplate("page", [frame], onPage=_footer(ctx))])
        self.offset, self.total, self.label = step
        self.progress: ProgressCallback = no_progress
        self.cancel: CancelToken | None = None
        self.count = 0
        self._done = 0

    def handle_flowable(self, flowables: list[Any]) -> None:
        super().handle_flowable(flowables)
        if self.cancel is not None:
            self.cancel.raise_if_cancelled()
        self._done = max(self._done, self.count - len(flowables))
        self.progress(self.offset + self._done, self.total, self.label)


def bare_canvas(file_id: bytes) -> Any:
    def make(*args: Any, **kwargs: Any) -> Any:
        canv = Canvas(*args, **kwargs)
        canv._doc.info = _NoInfo()
        canv._doc._ID = b"[<" + file_id + b"><" + file_id + b">]"
        return canv

    return make


class Scrubbed:
    """Writes reportlab's output to the sink without its banner comment."""

    BANNER = b"%\x93\x8c\x8b\x9e ReportLab Generated PDF document (opensource)\n"

    def __init__(self, sink: BinaryIO) -> None:
        self.sink, self.first = sink, True

    def write(self, data: bytes) -> int:
        if self.first:  # same length, so every byte offset in the file stays right
            data = data.replace(
                self.BANNER, b"%\x93\x8c\x8b\x9e" + b" " * (len(self.BANNER) - 6) + b"\n", 1
            )
            self.first = False
        return self.sink.write(data)


def render_pdf(
    content: DossierContent,
    sink: BinaryIO,
    *,
    progress: ProgressCallback | None = None,
    cancel: CancelToken | None = None,
) -> int:
    """Write ``content`` as a PDF to ``sink`` and return its page count.

    ``progress(done, total, label)`` is called after every laid-out element of both
    passes; ``cancel`` is checked as often. Nothing reaches ``sink`` unless the whole
    dossier rendered.
    """
    report = progress or no_progress
    pictures = [pdf_images.prepare(image) for image in content.annex_images]
    anonymous = dataclasses.replace(
        content, annex_images=tuple(dataclasses.replace(i, data=b"") for i in content.annex_images)
    )  # the file ID: derived from the content, so it says nothing about where it was made
    file_id = hashlib.sha256(repr(anonymous).encode()).hexdigest()[:32].encode()
    with RENDER_LOCK:
        setter = TextSetter(content.right_to_left, content.language)
        measure = Context(content, setter, {}, 0)
        story = _story(measure, pictures)
        total = 2 * len(story)
        doc = _Doc(None, measure, (0, total, "layout"))
        doc.progress, doc.cancel, doc.count, doc._doSave = report, cancel, len(story), 0
        doc.build(story, canvasmaker=bare_canvas(file_id))
        final = Context(content, setter, measure.seen, measure.last_page)
        story = _story(final, pictures)
        doc = _Doc(Scrubbed(sink), final, (len(story), total, "render"))
        doc.progress, doc.cancel, doc.count, doc._doSave = report, cancel, len(story), 0
        doc.build(story, canvasmaker=bare_canvas(file_id))
        if final.last_page != measure.last_page or final.seen != measure.seen:
            raise RuntimeError("PDF layout differed between passes; page numbers would be wrong.")
        doc.canv.save()
    report(total, total, "render")
    return final.last_page
