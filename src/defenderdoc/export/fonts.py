# SPDX-License-Identifier: GPL-3.0-or-later
"""Fonts and text setting for PDF dossiers: shaped glyphs, broken into lines.

DejaVu Sans (shipped under ``resources/fonts``, Bitstream Vera licence) covers Latin,
Cyrillic, Greek, Arabic, Farsi and Hebrew in one face, so a dossier never falls back
to a font that lacks a name's letters. Only the glyphs used are embedded.

Arabic letters change shape with their neighbours, so runs that need it are shaped
with HarfBuzz here, in the direction :mod:`defenderdoc.export.bidi` resolved, rather
than by reportlab, whose shaping guesses the direction per word and whose text
extraction yields presentation forms (U+FExx) instead of the letters typed. Each
shaped glyph gets a character code whose ToUnicode entry is exactly the text it
came from, so copying or searching a dossier gives back the source words.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

import uharfbuzz as hb
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import SUBSETN, ShapeData, ShapedStr, TTFont
from reportlab.pdfgen.textobject import PDFTextObject

from defenderdoc.export.bidi import Piece, Word, clean_text, split_words, visual_line
from defenderdoc.paths import resource

REGULAR = "DossierSans"
BOLD = "DossierSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}
#: Scripts whose letters join or stack, and combining marks: these runs need HarfBuzz.
_COMPLEX = re.compile(
    "[\u0300-\u036f\u0483-\u0489\u0591-\u08ff\u1ab0-\u1aff\u1dc0-\u1dff"
    "\u200c\u200d\u20d0-\u20ff\ufb1d-\ufdff\ufe00-\ufe0f\ufe20-\ufe2f\ufe70-\ufefe]"
)
_FEATURES = {"kern": True, "liga": True}
_PRIVATE = 0xF0000  # supplementary private use plane: never typed, never in the font's cmap
_lock = threading.Lock()


class _DossierFont(TTFont):  # type: ignore[misc]  # reportlab ships no type hints
    """A TrueType font whose shaped glyphs extract as the text they were shaped from."""

    def __init__(self, name: str, path: str) -> None:
        super().__init__(name, path, asciiReadable=1, shapable=True)
        with open(path, "rb") as handle:
            self.harfbuzz = hb.Font(hb.Face(hb.Blob(handle.read())))
        self._scale = 1000 / self.face.unitsPerEm
        self._aliases: dict[tuple[int, str], int] = {}
        self._typed: dict[int, str] = {}

    def code_for(self, glyph: int, text: str) -> int:
        """The character code that draws ``glyph`` and extracts as ``text``."""
        code = self._aliases.get((glyph, text))
        if code is None:
            default = self.face.glyphToChar.get(glyph, [None])[0]
            if default is not None and chr(default) == text:
                code = default
            else:  # a contextual form, a ligature, or a glyph with no code of its own
                code = _PRIVATE + len(self._typed)
                self.face.charToGlyph[code] = glyph
                self.face.charWidths[code] = self.harfbuzz.get_glyph_h_advance(glyph) * self._scale
                self._typed[code] = text
            self._aliases[(glyph, text)] = code
        return code

    def addObjects(self, doc: Any) -> None:
        """Embed the subsets as reportlab does, then give aliases their true ToUnicode."""
        state = self.state.get(doc)
        subsets = [list(subset) for subset in state.subsets] if state is not None else []
        super().addObjects(doc)
        for n, subset in enumerate(subsets):
            parts = (SUBSETN(n), b"+", self.face.name, self.face.subfontNameX)
            base = b"".join(parts).decode("latin-1")
            stream = doc.idToObject.get("toUnicodeCMap:" + base)
            if stream is not None:
                stream.content = self._to_unicode(base, subset)

    def _to_unicode(self, name: str, subset: Sequence[int]) -> str:
        entries = [
            f"<{code:02X}> <{self._typed.get(char, chr(char)).encode('utf-16-be').hex().upper()}>"
            for code, char in enumerate(subset)
        ]
        return "\n".join(
            [
                "/CIDInit /ProcSet findresource begin",
                "12 dict begin",
                "begincmap",
                f"/CIDSystemInfo << /Registry ({name}) /Ordering ({name}) /Supplement 0 >> def",
                f"/CMapName /{name} def",
                "/CMapType 2 def",
                f"1 begincodespacerange <00> <{len(subset) - 1:02X}> endcodespacerange",
                f"{len(entries)} beginbfchar",
                *entries,
                "endbfchar",
                "endcmap",
                "CMapName currentdict /CMap defineresource pop",
                "end",
                "end",
            ]
        )

    def shape(self, text: str, rtl: bool, language: str) -> tuple[str, float]:
        """Glyphs of ``text`` in drawing order, and their advance per point of size."""
        buf = hb.Buffer()
        buf.add_str(text)
        buf.guess_segment_properties()
        buf.direction = "rtl" if rtl else "ltr"
        buf.language = language
        buf.cluster_level = hb.BufferClusterLevel.MONOTONE_CHARACTERS
        hb.shape(self.harfbuzz, buf, _FEATURES)
        infos, positions = buf.glyph_infos, buf.glyph_positions
        starts = sorted({info.cluster for info in infos})
        ends = dict(zip(starts, [*starts[1:], len(text)], strict=True))
        # A cluster drawn with several glyphs (a ligature under its vowel marks) extracts
        # once, from its widest glyph; the others extract as an invisible ZWSP.
        carrier: dict[int, int] = {}
        for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            best = carrier.setdefault(info.cluster, i)
            if pos.x_advance > positions[best].x_advance:
                carrier[info.cluster] = i
        chars: list[str] = []
        data: list[Any] = []
        advance = 0.0
        for i, (info, pos) in enumerate(zip(infos, positions, strict=True)):
            source = text[info.cluster : ends[info.cluster]] if carrier[info.cluster] == i else ""
            if rtl:  # a ligature's letters in drawing order, as extractors expect (lam-alef)
                source = source[::-1]
            code = self.code_for(info.codepoint, source or "\u200b")
            x_advance = pos.x_advance * self._scale
            data.append(
                ShapeData(
                    info.cluster,
                    x_advance,
                    pos.y_advance * self._scale,
                    pos.x_offset * self._scale,
                    pos.y_offset * self._scale,
                    self.face.charWidths[code],
                )
            )
            chars.append(chr(code))
            advance += x_advance
        return ShapedStr("".join(chars), shapeData=data), advance / 1000


def register_fonts() -> None:
    """Register the dossier fonts with reportlab once per process."""
    with _lock:
        for name, file_name in _FILES.items():
            if name not in pdfmetrics.getRegisteredFontNames():
                pdfmetrics.registerFont(_DossierFont(name, str(resource("fonts", file_name))))


@dataclass(frozen=True)
class Run:
    """Glyphs drawn from ``x`` points right of the line's left edge."""

    x: float
    glyphs: str  # plain text, or a reportlab ShapedStr of positioned glyphs


@dataclass(frozen=True)
class Line:
    runs: tuple[Run, ...]
    width: float


class TextSetter:
    """Shapes, measures and breaks one dossier's text; lives as long as one render.

    Keeping the cache per render (not per process) means no dossier text stays in
    memory after its export.
    """

    def __init__(self, rtl: bool, language: str) -> None:
        register_fonts()
        self.rtl = rtl
        self.language = language
        self._cache: dict[tuple[str, bool, str], tuple[str, float]] = {}
        self._lines: dict[tuple[str, str, float, float], list[Line]] = {}

    def glyphs(self, text: str, rtl: bool, font: str, size: float) -> tuple[str, float]:
        """Drawable glyphs and width in points of one single-direction run."""
        key = (text, rtl, font)
        hit = self._cache.get(key)
        if hit is None:
            if rtl or _COMPLEX.search(text):
                hit = pdfmetrics.getFont(font).shape(text, rtl, self.language)
            else:
                hit = (text, pdfmetrics.stringWidth(text, font, 1))
            self._cache[key] = hit
        return hit[0], hit[1] * size

    def lines(self, text: str, font: str, size: float, width: float) -> list[Line]:
        """``text`` broken into lines no wider than ``width`` (``"\\n"`` forces a break)."""
        key = (text, font, size, width)
        hit = self._lines.get(key)
        if hit is not None:  # the drawing pass lays out exactly what the measuring pass did
            return hit
        space = pdfmetrics.stringWidth(" ", font, size)
        lines: list[Line] = []
        for paragraph in clean_text(text).split("\n"):
            current: list[tuple[Word, float]] = []
            used = 0.0
            for word in split_words(paragraph, self.rtl):
                advance = self._width(word, font, size)
                parts = (
                    [(word, advance)] if advance <= width else self._cut(word, font, size, width)
                )
                for part, advance in parts:
                    if current and used + space + advance > width:
                        lines.append(self._line(current, font, size, space))
                        current, used = [], 0.0
                    used += advance + (space if current else 0.0)
                    current.append((part, advance))
            lines.append(self._line(current, font, size, space))
        self._lines[key] = lines
        return lines

    def _width(self, word: Word, font: str, size: float) -> float:
        return sum(self.glyphs(p.text, p.rtl, font, size)[1] for p in word.pieces)

    def _cut(self, word: Word, font: str, size: float, width: float) -> list[tuple[Word, float]]:
        """A word wider than a line (a hash, a URL) cut where it must be."""
        parts: list[list[Piece]] = [[]]
        used = 0.0
        for piece in word.pieces:
            for ch in piece.text:
                advance = pdfmetrics.stringWidth(ch, font, size)
                if used + advance > width and parts[-1] and ch.isprintable():
                    parts.append([])
                    used = 0.0
                last = parts[-1]
                if last and last[-1].level == piece.level:
                    last[-1] = Piece(last[-1].text + ch, piece.level)
                else:
                    last.append(Piece(ch, piece.level))
                used += advance
        cut = [Word(tuple(part), word.space_level) for part in parts]
        return [(part, self._width(part, font, size)) for part in cut]

    def _line(
        self, words: Sequence[tuple[Word, float]], font: str, size: float, space: float
    ) -> Line:
        """One string of glyphs in drawing order: a ShapedStr positions shaped runs, and
        plain characters and spaces in it advance by their own widths, as measured."""
        if all(len(w.pieces) == 1 and w.pieces[0].level == 0 for w, _ in words):
            # Left-to-right words only, the most common line: no reordering to do.
            pieces: list[Piece | None] = []
            for k, (word, _) in enumerate(words):
                pieces += [None, word.pieces[0]] if k else [word.pieces[0]]
        else:
            pieces = visual_line([word for word, _ in words])
        glyphs = ""
        width = 0.0
        for piece in pieces:
            if piece is None:
                glyphs, width = glyphs + " ", width + space
            else:
                run, advance = self.glyphs(piece.text, piece.rtl, font, size)
                glyphs, width = glyphs + run, width + advance
        return Line((Run(0.0, glyphs),) if glyphs else (), width)

    def line(self, text: str, font: str, size: float) -> Line:
        """``text`` on one line, however long (footers, table numbers)."""
        return self.lines(" ".join(text.split("\n")), font, size, float("inf"))[0]


class _Text(PDFTextObject):  # type: ignore[misc]
    """reportlab's text object, safe for runs whose first glyph is a raised mark.

    Right-to-left runs are drawn in visual order, so an Arabic vowel sign can come
    first; reportlab then raises the baseline before emitting any operator and its
    ``setRise`` fails on the empty operator list.
    """

    def setRise(self, rise: float) -> None:
        if not self._code:
            self._code.append("")
        super().setRise(rise)


def draw_line(canvas: Any, line: Line, x: float, y: float, *, font: str, size: float) -> None:
    """Draw ``line`` with its left edge at ``x`` and its baseline at ``y``."""
    if not line.runs:
        return
    text = _Text(canvas)
    text.setFont(font, size)
    for run in line.runs:
        text.setTextOrigin(x + run.x, y)
        text._textOut(run.glyphs)  # textOut() would only re-measure what is placed already
    canvas.drawText(text)
