# SPDX-License-Identifier: GPL-3.0-or-later
"""The categories of one table axis: their order and their labels in the user's language.

Order follows the vocabulary (its display order is deliberate: "prefer not to
say" and "unknown" come last), then codes this release does not know, then the
categories that say something is missing. Labels are resolved here, once, so a
table can be rendered without a vocabulary at hand.
"""

from __future__ import annotations

from sqlalchemy.orm import Session

from defenderdoc.i18n import QT_TRANSLATE_NOOP, translate
from defenderdoc.stats.dimensions import SENTINEL_LABELS, DimensionRef
from defenderdoc.stats.hierarchy import vocabulary
from defenderdoc.stats.table import Axis

_TOP_LEVEL = QT_TRANSLATE_NOOP("Patterns", "{dimension} (main categories)")
_SENTINEL_ORDER = list(SENTINEL_LABELS)


def axis(session: Session, ref: DimensionRef, keys: set[str], lang: str) -> Axis:
    dim = ref.dimension
    vocab = vocabulary(session, dim.vocabulary) if dim.vocabulary else None
    position = {code: k for k, code in enumerate(vocab.codes())} if vocab else {}

    def order(key: str) -> tuple[int, int, str]:
        if key in SENTINEL_LABELS:
            return (2, _SENTINEL_ORDER.index(key), "")
        if key in position:
            return (0, position[key], "")
        return (1, 0, key)

    ordered = tuple(sorted(keys, key=order))
    labels = tuple(
        translate("Patterns", SENTINEL_LABELS[key])
        if key in SENTINEL_LABELS
        else (vocab.label_for(key, lang) if vocab else key)
        for key in ordered
    )
    title = translate("Patterns", dim.label)
    if ref.level == "top":
        title = translate("Patterns", _TOP_LEVEL).format(dimension=title)
    return Axis(ref.spec, title, ordered, labels)
