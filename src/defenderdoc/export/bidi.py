# SPDX-License-Identifier: GPL-3.0-or-later
"""Bidirectional text: Arabic, Farsi, Hebrew and Urdu lines that read the right way.

Dossier text is stored in logical order (the order it is typed and read). A PDF line
is drawn left to right, so right-to-left words, and Latin names or numbers inside
them, must be put in visual order first. reportlab only does that through an optional
native package (``rlbidi``) that DefenderDoc does not ship; without it reportlab
draws every line left to right and an Arabic sentence reads backwards.

This module implements the part of the Unicode Bidirectional Algorithm (UAX #9) that
a dossier needs: the weak and neutral rules (W1-W7, N1-N2), implicit levels (I1-I2)
and line reordering (L1-L2), at character level. Explicit embeddings, overrides and
isolates are deliberately *not* honoured: :func:`clean_text` removes every bidi
control character before layout. A hostile string such as ``"\u202etxt.exe"`` can
then no longer reorder the text around it (the "Trojan source" trick that makes a
name, date or file name read differently from what it is); the letters keep the
order their own directions give them, which is what a reader expects. The implicit
marks LRM, RLM and ALM are removed too: they only nudge punctuation, and keeping
them would let invisible characters change how neighbouring text is read.
Joiners (ZWJ, ZWNJ) stay, because Farsi spelling needs ZWNJ.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

#: Embeddings, overrides, isolates and implicit marks (see the module docstring).
BIDI_CONTROLS = frozenset(
    "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
)
_DROP = re.compile(
    "[\u0000-\u0009\u000b-\u001f\u007f-\u009f\u00ad\ud800-\udfff\ufeff\ufff9-\ufffb"
    + "".join(sorted(BIDI_CONTROLS))
    + "]"
)
_NEWLINES = re.compile("\r\n|[\r\u0085\u2028\u2029\u000b\u000c]")
#: Whitespace that may break a line; no-break spaces (U+00A0, U+2007, U+202F) stay in words.
_BREAKING_SPACE = re.compile("[\t \u1680\u2000-\u2006\u2008-\u200a\u205f\u3000]+")
_STRONG = frozenset({"L", "R", "EN", "AN"})
#: Blocks holding every character of bidi class R, AL or AN.
_RIGHT_TO_LEFT = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefe\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def clean_text(text: str) -> str:
    """Text safe to lay out: bidi controls and other control characters removed.

    Line breaks become ``"\\n"`` (callers treat them as forced breaks), tabs and
    exotic spaces become one ordinary space, and everything else a font cannot
    show and a reader cannot see is dropped (controls, soft hyphens, lone
    surrogates, which no PDF string can even encode).
    """
    text = _NEWLINES.sub("\n", text.replace("\t", " "))
    return _BREAKING_SPACE.sub(" ", _DROP.sub("", text))


def resolve_levels(text: str, rtl: bool) -> list[int]:
    """Embedding level of every character (UAX #9 W1-W7, N1-N2, I1-I2).

    ``rtl`` is the paragraph direction: the dossier's, not guessed from the text,
    so that an Arabic dossier quoting an English sentence still reads as Arabic.
    """
    if not rtl and not _RIGHT_TO_LEFT.search(text):
        return [0] * len(text)  # no right-to-left letter: all left to right (W7, N1)
    edge = "R" if rtl else "L"
    types = [unicodedata.bidirectional(ch) or "L" for ch in text]
    types = _neutrals(_numbers(_marks(types, edge), edge), edge)
    if rtl:
        return [1 + (kind != "R") for kind in types]
    return [{"L": 0, "R": 1}.get(kind, 2) for kind in types]


def _marks(types: list[str], edge: str) -> list[str]:
    """Rules W1-W3: marks follow their base; numbers after Arabic letters are Arabic."""
    prev = edge  # W1: non-spacing marks (and X9's boundary neutrals) follow their base
    for i, kind in enumerate(types):
        if kind in ("NSM", "BN"):
            types[i] = prev
        else:
            prev = kind
    strong = edge  # W2, W3
    for i, kind in enumerate(types):
        if kind in ("L", "R", "AL"):
            strong = kind
        elif kind == "EN" and strong == "AL":
            types[i] = "AN"
    return ["R" if kind == "AL" else kind for kind in types]


def _numbers(types: list[str], edge: str) -> list[str]:
    """Rules W4-W7: separators and currency signs join their numbers."""
    n = len(types)
    for i in range(1, n - 1):  # W4
        left, right = types[i - 1], types[i + 1]
        if left == right and (
            (types[i] == "ES" and left == "EN") or (types[i] == "CS" and left in ("EN", "AN"))
        ):
            types[i] = left
    i = 0
    while i < n:  # W5
        j = i
        while j < n and types[j] == "ET":
            j += 1
        if j > i and ((i > 0 and types[i - 1] == "EN") or (j < n and types[j] == "EN")):
            types[i:j] = ["EN"] * (j - i)
        i = max(j, i + 1)
    strong = edge  # W6 then W7
    for i, kind in enumerate(types):
        if kind in ("ES", "ET", "CS"):
            types[i] = "ON"
        elif kind in ("L", "R"):
            strong = kind
        elif kind == "EN" and strong == "L":
            types[i] = "L"
    return types


def _neutrals(types: list[str], edge: str) -> list[str]:
    """Rules N1-N2: spaces and punctuation follow the text around them, else the paragraph."""
    n, i = len(types), 0
    while i < n:
        if types[i] in _STRONG:
            i += 1
            continue
        j = i
        while j < n and types[j] not in _STRONG:
            j += 1
        before = edge if i == 0 else ("L" if types[i - 1] == "L" else "R")
        after = edge if j == n else ("L" if types[j] == "L" else "R")
        types[i:j] = [before if before == after else edge] * (j - i)
        i = j
    return types


def visual_order(levels: Sequence[int]) -> list[int]:
    """Indices of items in left-to-right drawing order (UAX #9 rule L2)."""
    order = list(range(len(levels)))
    odd = [level for level in levels if level % 2]
    if not odd:
        return order
    for level in range(max(levels), min(odd) - 1, -1):
        i = 0
        while i < len(order):
            if levels[order[i]] < level:
                i += 1
                continue
            j = i
            while j < len(order) and levels[order[j]] >= level:
                j += 1
            order[i:j] = order[i:j][::-1]
            i = j
    return order


@dataclass(frozen=True)
class Piece:
    """Characters of one word that share a level: shaped together, one direction."""

    text: str
    level: int

    @property
    def rtl(self) -> bool:
        return self.level % 2 == 1


@dataclass(frozen=True)
class Word:
    """What a line may not break inside; ``space_level`` is the space before it."""

    pieces: tuple[Piece, ...]
    space_level: int


def split_words(line: str, rtl: bool) -> list[Word]:
    """One line of clean text (no ``"\\n"``) as words in logical order."""
    levels = resolve_levels(line, rtl)
    if not levels:
        return []
    if min(levels) == max(levels):  # one direction throughout: the common case, made cheap
        return [Word((Piece(w, levels[0]),), levels[0]) for w in line.split(" ") if w]
    words: list[Word] = []
    for match in re.finditer(r"[^ ]+", line):
        start, end = match.span()
        pieces: list[Piece] = []
        i = start
        while i < end:
            j = i + 1
            while j < end and levels[j] == levels[i]:
                j += 1
            pieces.append(Piece(line[i:j], levels[i]))
            i = j
        space = levels[start - 1] if start else int(rtl)
        words.append(Word(tuple(pieces), space))
    return words


def visual_line(words: Sequence[Word]) -> list[Piece | None]:
    """The pieces of one laid-out line left to right; ``None`` marks a space.

    Spaces at either end of the line were dropped when it was broken (rule L1), so
    the only spaces here sit between words and take their resolved level.
    """
    items: list[Piece | None] = []
    levels: list[int] = []
    for k, word in enumerate(words):
        if k:
            items.append(None)
            levels.append(word.space_level)
        items.extend(word.pieces)
        levels.extend(piece.level for piece in word.pieces)
    return [items[i] for i in visual_order(levels)]
