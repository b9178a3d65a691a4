# SPDX-License-Identifier: GPL-3.0-or-later
"""PDF dossier speed: 100 pages with 50 photos, and 100 pages of text only.

Run:  .venv/bin/python benchmarks/bench_export.py [--runs N]
Prints one line per measure: DefenderDoc's figure, a baseline measured in the same
run, their ratio, and the goal from the issue. Nothing here asserts; read the figures.

Baselines: the photo dossier rendered again with reportlab's default ASCII85 image
encoding (what ``useA85 = 0`` saves), and, for text, the same words drawn line by
line with bare ``canvas.drawString`` in the same font (the floor any layout costs).
"""

from __future__ import annotations

import argparse
import hashlib
import io
import random
import statistics
import time
from collections.abc import Callable

from PIL import Image, ImageFilter
from reportlab import rl_config
from reportlab.pdfgen.canvas import Canvas

from defenderdoc.export.content import AnnexImage, DossierContent, Field, Section, Withheld
from defenderdoc.export.fonts import REGULAR, register_fonts
from defenderdoc.export.pdf import render_pdf

WORDS = [
    "threat",
    "message",
    "night",
    "office",
    "police",
    "border",
    "shelter",
    "lawyer",
    "court",
    "detention",
    "family",
    "phone",
    "campaign",
    "permit",
    "migrant",
    "route",
    "transit",
    "union",
    "report",
    "mechanism",
    "market",
    "guard",
    "complaint",
    "prosecutor",
    "hearing",
    "released",
    "witness",
    "vehicle",
    "unknown",
    "men",
    "followed",
    "home",
]


def _paragraph(rng: random.Random, words: int) -> str:
    text = " ".join(rng.choice(WORDS) for _ in range(words))
    return text[0].upper() + text[1:] + "."


def _incidents(rng: random.Random, count: int) -> tuple[Section, ...]:
    return tuple(
        Section(
            f"Incident {n}: {_paragraph(rng, 5)}",
            fields=(
                Field("Date", f"{1 + n % 28} March 2026"),
                Field("Place", "Tegucigalpa, Francisco Morazán, Honduras"),
                Field("Type", "Threat; surveillance; smear campaign"),
                Field("Alleged perpetrators", _paragraph(rng, 12)),
            ),
            paragraphs=tuple(_paragraph(rng, 110) for _ in range(4)),
        )
        for n in range(1, count + 1)
    )


def _photo(n: int) -> AnnexImage:
    """A 2.5 MP JPEG of about 1 MB, the size of a phone photograph at quality 85."""
    size = (1920, 1280)
    gradient = Image.linear_gradient("L").resize(size)
    channels = [
        Image.blend(
            Image.effect_noise(size, 50 + n % 7).filter(ImageFilter.GaussianBlur(0.4)),
            gradient.rotate(90 * i),
            0.5,
        )
        for i in range(3)
    ]
    out = io.BytesIO()
    Image.merge("RGB", channels).save(out, "JPEG", quality=85)
    data = out.getvalue()
    name = f"evidence-{n:02d}.jpg"
    return AnnexImage(f"Photograph {n}", name, data, "image/jpeg", hashlib.sha256(data).hexdigest())


def _dossier(incidents: int, photos: int) -> DossierContent:
    rng = random.Random(7)
    return DossierContent(
        language="en",
        template_id="un-sp",
        title="Threats against members of a migrant rights network",
        recipient="UN Special Rapporteur on the situation of human rights defenders",
        classification="CONFIDENTIAL — for the recipient only",
        date="12 March 2026",
        summary=(Section("Summary", paragraphs=(_paragraph(rng, 150),)),),
        incidents=_incidents(rng, incidents),
        annex_images=tuple(_photo(n) for n in range(1, photos + 1)),
        withheld=(Withheld("Home address of the alleged victim", "Risk to her safety"),),
    )


def _time(runs: int, work: Callable[[], object]) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        work()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def _render(content: DossierContent) -> int:
    return render_pdf(content, io.BytesIO())


def _draw_string_baseline(content: DossierContent) -> None:
    """The same text, 95 characters a line, 52 lines a page, no layout at all."""
    register_fonts()
    canvas = Canvas(io.BytesIO(), pageCompression=1)
    text = " ".join(
        " ".join([s.heading, *(f"{f.label}: {f.value}" for f in s.fields), *s.paragraphs])
        for s in content.summary + content.incidents
    )
    y = 0
    for start in range(0, len(text), 95):
        if y == 0:
            canvas.setFont(REGULAR, 10)
            y = 780
        canvas.drawString(56, y, text[start : start + 95])
        y -= 14
        if y < 60:
            canvas.showPage()
            y = 0
    canvas.save()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=3)
    runs = parser.parse_args().runs

    photos = _dossier(incidents=44, photos=50)
    text = _dossier(incidents=92, photos=0)
    pages_photos, pages_text = _render(photos), _render(text)
    ours = _time(runs, lambda: _render(photos))
    rl_config.useA85 = 1
    try:
        a85 = _time(runs, lambda: _render(photos))
    finally:
        rl_config.useA85 = 0
    size = sum(len(i.data) for i in photos.annex_images) / 1e6
    print(f"photos: {pages_photos} pages, 50 JPEGs of 2.5 MP ({size:.0f} MB in all)")
    print(f"  render_pdf          {ours:6.2f} s   (goal <= 6 s)")
    print(f"  baseline useA85=1   {a85:6.2f} s   ratio {a85 / ours:5.1f}x slower")

    ours = _time(runs, lambda: _render(text))
    floor = _time(runs, lambda: _draw_string_baseline(text))
    print(f"text: {pages_text} pages, no images")
    print(f"  render_pdf          {ours:6.2f} s   (goal <= 1 s)")
    print(f"  baseline drawString {floor:6.2f} s   ratio {ours / floor:5.1f}x the bare canvas")


if __name__ == "__main__":
    main()
