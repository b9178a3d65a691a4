# SPDX-License-Identifier: GPL-3.0-or-later
"""The building blocks of a PDF dossier page: paragraphs, headings, two-column rows.

They replace reportlab's Paragraph and Table on purpose. Paragraph parses its text
as markup (so ``<font>`` or ``&amp;`` in a witness's words would change the
document) and cannot order right-to-left text without an extra native package;
Table cannot split a long field value across pages. These flowables draw every
string as literal glyphs set by :class:`~defenderdoc.export.fonts.TextSetter`,
mirror for right-to-left dossiers, and split between any two lines.
"""

from __future__ import annotations

import dataclasses

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable

from defenderdoc.export.content import DossierContent
from defenderdoc.export.fonts import BOLD, REGULAR, Line, TextSetter, draw_line
from defenderdoc.export.pdf_images import Prepared

MARGIN, TOP, BOTTOM = 56.0, 56.0, 64.0
FRAME_WIDTH = A4[0] - 2 * MARGIN
FRAME_HEIGHT = A4[1] - TOP - BOTTOM
INK, MUTED, RULE, SHADE = (HexColor(c) for c in ("#1a1a1a", "#555555", "#b8bfc6", "#eef1f4"))
ALERT = HexColor("#9b1c1c")
_CELL_PAD = 6.0  # left and right, inside a row's cells


@dataclasses.dataclass(frozen=True)
class Style:
    font: str
    size: float
    leading: float
    color: Color = INK
    before: float = 0.0
    after: float = 0.0
    align: str = "start"  # "start", "end" or "center": start is the right edge in RTL
    indent: float = 0.0  # from the start edge, in rows


TITLE = Style(BOLD, 24, 31, after=18)
H1 = Style(BOLD, 17, 23, before=6, after=10)
H2 = Style(BOLD, 13, 18, before=12, after=6)
H3 = Style(BOLD, 11, 15, before=8, after=4)
BODY = Style(REGULAR, 10, 14, after=6)
LABEL = Style(BOLD, 9.5, 14)
VALUE = Style(REGULAR, 10, 14)
SMALL = Style(REGULAR, 8.5, 12, MUTED, after=14)
CODE = Style(REGULAR, 7.5, 12)
FOOT = Style(REGULAR, 8, 10, MUTED)
WARN = Style(BOLD, 15, 20, ALERT, before=4, after=22, align="center")


class Context:
    """What every flowable of one rendering pass shares."""

    def __init__(
        self, content: DossierContent, setter: TextSetter, known: dict[str, int], pages: int
    ) -> None:
        self.content, self.setter = content, setter
        self.rtl = content.right_to_left
        self.known = known  # heading key -> page, from the measuring pass
        self.seen: dict[str, int] = {}  # heading key -> page, in this pass
        self.pages = pages  # total from the measuring pass; 0 while measuring
        self.last_page = 0
        self.headings: list[tuple[str, str, int]] = []  # key, text, level

    @property
    def dry(self) -> bool:
        """The measuring pass: lay out, record pages, draw nothing."""
        return self.pages == 0

    def x(self, line: Line, width: float, align: str) -> float:
        """Left edge of ``line`` in a box ``width`` wide, for the dossier's direction."""
        if align == "center":
            return (width - line.width) / 2
        return width - line.width if (align == "start") == self.rtl else 0.0


def baseline(style: Style, pitch: float) -> float:
    """Top of a line box to its baseline (DejaVu Sans: ascent .928, descent .236 em)."""
    return (pitch - 1.164 * style.size) / 2 + 0.928 * style.size


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab ships no type hints
    """A paragraph drawn as literal glyphs, bidi-ordered, and splittable by lines."""

    def __init__(
        self,
        ctx: Context,
        text: str,
        style: Style,
        lines: list[Line] | None = None,
        width: float = -1,
    ) -> None:
        super().__init__()
        self.ctx, self.text, self.style = ctx, text, style
        self.spaceBefore, self.spaceAfter = style.before, style.after
        self._lines, self._width = lines, width

    def lines(self, width: float) -> list[Line]:
        if self._lines is None or self._width != width:
            s = self.style
            self._lines, self._width = (
                self.ctx.setter.lines(self.text, s.font, s.size, width),
                width,
            )
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width, self.height = avail_width, len(self.lines(avail_width)) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        lines = self.lines(avail_width)
        fit = int((avail_height + 1e-6) // self.style.leading)
        if fit <= 0 or fit >= len(lines):
            return [] if fit <= 0 else [self]
        head = dataclasses.replace(self.style, after=0.0)
        tail = dataclasses.replace(self.style, before=0.0)
        return [
            TextBlock(self.ctx, self.text, head, lines[:fit], avail_width),
            TextBlock(self.ctx, self.text, tail, lines[fit:], avail_width),
        ]

    def draw(self) -> None:
        if self.ctx.dry:
            return
        s = self.style
        self.canv.setFillColor(s.color)
        for i, line in enumerate(self.lines(self.width)):
            y = self.height - i * s.leading - baseline(s, s.leading)
            x = self.ctx.x(line, self.width, s.align)
            draw_line(self.canv, line, x, y, font=s.font, size=s.size)


class Banner(TextBlock):
    """Text in a ruled box: the cover's classification, hard to overlook."""

    PAD = 10.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        inner = avail_width - 2 * self.PAD
        self.width = avail_width
        self.height = len(self.lines(inner)) * self.style.leading + 2 * self.PAD
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        return []

    def draw(self) -> None:
        if self.ctx.dry:
            return
        canv, s = self.canv, self.style
        canv.setStrokeColor(s.color)
        canv.setLineWidth(1.5)
        canv.rect(0, 0, self.width, self.height, stroke=1, fill=0)
        canv.setFillColor(s.color)
        inner = self.width - 2 * self.PAD
        for i, line in enumerate(self.lines(inner)):
            y = self.height - self.PAD - i * s.leading - baseline(s, s.leading)
            x = self.PAD + self.ctx.x(line, inner, s.align)
            draw_line(canv, line, x, y, font=s.font, size=s.size)


class Heading(TextBlock):
    """A heading that records its page for the contents page.

    No PDF outline (bookmarks): outline titles are stored as ``/Title`` strings that
    metadata checkers cannot tell from document info, and they would repeat names
    outside the page text; the contents page gives the same navigation.
    """

    keepWithNext = 1

    def __init__(self, ctx: Context, text: str, level: int) -> None:
        super().__init__(ctx, text, (H1, H2, H3)[min(level, 2)])
        self.level = level
        self.key = f"h{len(ctx.headings)}"
        ctx.headings.append((self.key, text, level))

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        # Never leave a heading's first lines at the foot of a page.
        if self.wrap(avail_width, avail_height)[1] < FRAME_HEIGHT / 2:
            return []
        return super().split(avail_width, avail_height)

    def draw(self) -> None:
        self.ctx.seen[self.key] = self.canv.getPageNumber()
        self.canv.bookmarkPage(self.key)
        super().draw()


Cells = tuple[list[Line], list[Line]]


class Row(Flowable):  # type: ignore[misc]
    """Two cells side by side (label | value); mirrored in RTL; splits between lines."""

    def __init__(
        self,
        ctx: Context,
        cells: tuple[str, str],
        *,
        styles: tuple[Style, Style] = (LABEL, VALUE),
        first: float = 0.3,  # share of the width, or if above 1, the second cell's points
        shade: tuple[bool, bool] = (True, False),
        pad: float = 4.0,
        lines: Cells | None = None,
    ) -> None:
        super().__init__()
        self.ctx, self.cells, self.styles, self.first, self.shade = ctx, cells, styles, first, shade
        self.pad, self._lines = pad, lines
        self.pitch = max(s.leading for s in styles)
        self.base = max(baseline(s, self.pitch) for s in styles)  # one baseline for both cells

    def _widths(self, width: float) -> tuple[float, float]:
        first = self.first * width if self.first <= 1 else width - self.first
        return first, width - first

    def _cells(self, width: float) -> Cells:
        if self._lines is None:
            a, b = (
                self.ctx.setter.lines(text, s.font, s.size, w - 2 * _CELL_PAD - s.indent)
                for text, s, w in zip(self.cells, self.styles, self._widths(width), strict=True)
            )
            self._lines = (a, b)
        return self._lines

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        rows = max(len(cell) for cell in self._cells(avail_width))
        self.width, self.height = avail_width, rows * self.pitch + 2 * self.pad
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        a, b = self._cells(avail_width)
        fit = int((avail_height - 2 * self.pad + 1e-6) // self.pitch)
        if fit <= 0 or fit >= max(len(a), len(b)):
            return [] if fit <= 0 else [self]
        return [self._part((a[:fit], b[:fit])), self._part((a[fit:], b[fit:]))]

    def _part(self, lines: Cells) -> Row:
        return Row(
            self.ctx,
            self.cells,
            styles=self.styles,
            first=self.first,
            shade=self.shade,
            pad=self.pad,
            lines=lines,
        )

    def draw(self) -> None:
        if self.ctx.dry:
            return
        canv, widths = self.canv, self._widths(self.width)
        lefts = (widths[1], 0.0) if self.ctx.rtl else (0.0, widths[0])
        for left, width, shaded in zip(lefts, widths, self.shade, strict=True):
            if shaded:
                canv.setFillColor(SHADE)
                canv.rect(left, 0, width, self.height, stroke=0, fill=1)
        canv.setStrokeColor(RULE)
        canv.setLineWidth(0.5)
        canv.line(0, 0, self.width, 0)
        canv.line(0, self.height, self.width, self.height)
        cells = zip(lefts, widths, self._cells(self.width), self.styles, strict=True)
        for left, width, lines, s in cells:
            canv.setFillColor(s.color)
            inner = width - 2 * _CELL_PAD - s.indent
            start = left + _CELL_PAD + (0.0 if self.ctx.rtl else s.indent)
            for i, line in enumerate(lines):
                y = self.height - self.pad - i * self.pitch - self.base
                x = start + self.ctx.x(line, inner, s.align)
                draw_line(canv, line, x, y, font=s.font, size=s.size)


class TocRow(Row):
    """A contents entry; its page number comes from the measuring pass."""

    def __init__(self, ctx: Context, key: str, text: str, level: int) -> None:
        number = str(ctx.known.get(key, ""))
        style = Style(BOLD if level == 0 else REGULAR, 10, 15, indent=16.0 * level)
        end = Style(style.font, 10, 15, align="end")
        super().__init__(
            ctx, (text, number), styles=(style, end), first=48, shade=(False, False), pad=2
        )


class Picture(Flowable):  # type: ignore[misc]
    """An annex image scaled to fit the frame, keeping room for its caption."""

    def __init__(self, ctx: Context, image: Prepared) -> None:
        super().__init__()
        self.ctx, self.image = ctx, image
        scale = min(FRAME_WIDTH / image.width, (FRAME_HEIGHT - 90) / image.height)
        self.draw_width, self.draw_height = image.width * scale, image.height * scale

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.draw_height + 6

    def draw(self) -> None:
        if not self.ctx.dry:
            x = (self.width - self.draw_width) / 2
            self.canv.drawImage(self.image.source, x, 6, self.draw_width, self.draw_height)
