# SPDX-License-Identifier: GPL-3.0-or-later
"""Burn redaction regions into image pixels for export.

The exported file is rebuilt from the painted pixels, so the hidden area does
not exist in it (no layer, no mask, no original data under a black box), and it
carries no metadata: Pillow's ``info`` is dropped before saving.
"""

from __future__ import annotations

import io
import json
from dataclasses import dataclass

from PIL import Image, ImageDraw

ALLOWED = ("JPEG", "PNG", "GIF", "WEBP", "TIFF")


@dataclass(frozen=True)
class Region:
    """A rectangle in image fractions (0..1), so it survives any rescaling."""

    x: float
    y: float
    w: float
    h: float


def parse_regions(raw: str | None) -> list[Region]:
    if not raw:
        return []
    return [
        Region(float(r["x"]), float(r["y"]), float(r["w"]), float(r["h"])) for r in json.loads(raw)
    ]


def dump_regions(regions: list[Region]) -> str:
    return json.dumps([vars(r) for r in regions])


def burn(data: bytes, regions: list[Region]) -> tuple[bytes, str]:
    """(image bytes, mime). Without regions the cleaned copy leaves unchanged."""
    with Image.open(io.BytesIO(data), formats=ALLOWED) as image:
        fmt = image.format or "PNG"
        if not regions and fmt in ("JPEG", "PNG"):
            return data, Image.MIME[fmt]
        image.load()
        painted = image.convert("RGB")
    draw = ImageDraw.Draw(painted)
    width, height = painted.size
    for r in regions:
        box = (
            int(r.x * width),
            int(r.y * height),
            int((r.x + r.w) * width + 0.999),
            int((r.y + r.h) * height + 0.999),
        )
        draw.rectangle(box, fill=(0, 0, 0))
    painted.info = {}
    out = io.BytesIO()
    # PNG even for JPEG sources: lossless, so the painted area is exactly solid black.
    painted.save(out, "PNG")
    return out.getvalue(), "image/png"
