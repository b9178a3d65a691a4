# SPDX-License-Identifier: GPL-3.0-or-later
"""Evidence import speed and memory, against baselines measured in the same run.

Run:  .venv/bin/python benchmarks/bench_import.py [--photos 30] [--repeat 5] [--video-mb 1024]
(a) 12-megapixel JPEGs through the full pipeline vs the raw ceiling (read + SHA-256
    + AES-256-GCM + write + fsync of the same bytes);
(b) the real-media corpus through the full pipeline vs `exiftool -all= -o` (if
    installed), with the residual-metadata checker run over both outputs;
(c) peak memory while importing a large MP4-like file.
Prints figures only; nothing here asserts.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import random
import resource
import shutil
import statistics
import struct
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from PIL import Image

from defenderdoc.services import Services
from defenderdoc.vault import crypto

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
CORPUS = SHARED / "testdata" / "realmedia"
CHECKER = SHARED / "tools" / "residual_metadata.py"
PASSPHRASE = "benchmark passphrase, not a secret"


def make_photos(folder: Path, count: int) -> list[Path]:
    rng = random.Random(5)
    base = Image.effect_noise((4000, 3000), 60).convert("RGB")
    exif = Image.Exif()
    exif[0x010F], exif[0x0110] = "BenchCam", "Model 12MP"  # Make, Model
    exif[0x8825] = {1: "N", 2: (48.0, 51.0, 24.0), 3: "E", 4: (2.0, 21.0, 3.0)}  # GPS
    paths = []
    for i in range(count):
        image = base.rotate(rng.choice([0, 90, 180]), expand=False)
        path = folder / f"photo_{i:02d}.jpg"
        image.save(path, "JPEG", quality=90, exif=exif)
        paths.append(path)
    return paths


def raw_ceiling(paths: list[Path], out: Path) -> float:
    """What any importer must at least do: read, hash, encrypt, write and fsync."""
    key = AESGCM(os.urandom(32))
    settle()
    start = time.perf_counter()
    for index, path in enumerate(paths):
        digest = hashlib.sha256()
        with path.open("rb") as src, (out / f"{index}.enc").open("wb") as dst:
            counter = 0
            while chunk := src.read(64 * 1024):
                digest.update(chunk)
                dst.write(key.encrypt(struct.pack(">Q", counter) + b"\0" * 4, chunk, b""))
                counter += 1
            dst.flush()
            os.fsync(dst.fileno())
    return time.perf_counter() - start


def settle() -> None:
    """Flush earlier writes so each timed phase starts with no dirty pages to wait on."""
    os.sync()


def vault_bytes(folder: Path) -> int:
    return sum(p.stat().st_size for p in (folder / "blobs").rglob("*.blob"))


def pipeline(services: Services, paths: list[Path]) -> tuple[float, int]:
    settle()
    start = time.perf_counter()
    results = services.import_evidence(paths)
    return time.perf_counter() - start, sum(r.status == "imported" for r in results)


def residual(folder: Path) -> str:
    if not shutil.which("exiftool") or not CHECKER.is_file():
        return "checker unavailable"
    run = subprocess.run(
        [sys.executable, str(CHECKER), "--fail-on", "medium", str(folder)],
        capture_output=True,
        text=True,
        check=False,
    )
    return run.stdout.strip().splitlines()[-1] if run.stdout.strip() else "no output"


def corpus_run(services: Services, tmp: Path) -> None:
    files = sorted(p for p in CORPUS.rglob("*") if p.is_file() and p.name != "MANIFEST.tsv")
    if not files:
        print("(b) corpus not found beside the checkout; skipped")
        return
    ours, imported = pipeline(services, files)
    clean = tmp / "ours"
    clean.mkdir()
    for item in services.list_evidence():
        if item.has_derivative:
            services.export_derivative(item.id, clean / f"{item.id}.{item.kind}")
    print(
        f"(b) corpus, {len(files)} files: DefenderDoc {ours:6.2f} s "
        f"({imported} imported, cleaned, verified, hashed, encrypted); "
        f"checker on our output: {residual(clean)}"
    )
    exiftool = shutil.which("exiftool")
    if not exiftool:
        print("    exiftool not installed: no baseline")
        return
    theirs = tmp / "exiftool"
    theirs.mkdir()
    start = time.perf_counter()
    for index, path in enumerate(files):
        subprocess.run(
            [
                exiftool,
                "-q",
                "-q",
                "-all=",
                "-o",
                str(theirs / f"{index}{path.suffix}"),
                str(path),
            ],
            capture_output=True,
            check=False,
        )
    elapsed = time.perf_counter() - start
    written = len(list(theirs.iterdir()))
    print(
        f"    exiftool -all= -o {elapsed:6.2f} s ({written} files written);"
        f" checker on its output: {residual(theirs)};"
        f" ratio ours/exiftool {ours / elapsed:4.2f}x (goal < 1)"
    )


def make_video(path: Path, megabytes: int) -> None:
    """An MP4-like file: ftyp, a large mdat of noise, and a minimal moov with dates."""
    mvhd = struct.pack(">I4sB3xIIII", 108, b"mvhd", 0, 3_700_000_000, 3_700_000_000, 1000, 0)
    mvhd += b"\0" * (108 - len(mvhd))
    moov = struct.pack(">I4s", 8 + len(mvhd), b"moov") + mvhd
    chunk = os.urandom(1 << 20)
    with path.open("wb") as out:
        out.write(struct.pack(">I4s4sI4s", 20, b"ftyp", b"isom", 512, b"isom"))
        out.write(struct.pack(">I4sQ", 1, b"mdat", 16 + megabytes * (1 << 20)))
        for _ in range(megabytes):
            out.write(chunk)
        out.write(moov)


def peak_mb(who: int) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--photos", type=int, default=30)
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--video-mb", type=int, default=1024)
    parser.add_argument("--video-only", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.video_only:
        video_only(args.video_only)
        return
    crypto.use_cheap_kdf_for_tests(crypto.KdfParams(1, 64 * 1024, 1))  # KDF is not measured
    with tempfile.TemporaryDirectory(prefix="ddoc-bench-") as name:
        tmp = Path(name)
        photos_dir = tmp / "photos"
        photos_dir.mkdir()
        photos = make_photos(photos_dir, args.photos)
        size = sum(p.stat().st_size for p in photos) / 1e6
        services = Services(actor="bench")
        ceilings, runs = [], []
        for run in range(args.repeat):  # alternate, so both see the same disk and cache state
            ceiling_dir = tmp / f"ceiling{run}"
            ceiling_dir.mkdir()
            ceilings.append(raw_ceiling(photos, ceiling_dir))
            shutil.rmtree(ceiling_dir)
            services.create_vault(tmp / f"a{run}.ddoc", PASSPHRASE)
            runs.append(pipeline(services, photos))
            stored = vault_bytes(tmp / f"a{run}.ddoc") / 1e6
            services.lock()
        ceiling, (ours, imported) = statistics.median(ceilings), sorted(runs)[len(runs) // 2]
        print(
            f"(a) {args.photos} x 12 MP JPEG ({size:.0f} MB), median of {args.repeat}: "
            f"pipeline {ours:6.2f} s ({imported} imported), raw ceiling {ceiling:6.2f} s, "
            f"throughput ratio {ceiling / ours:4.2f}x of the ceiling (goal >= 0.5); "
            f"each run: {', '.join(f'{c / r[0]:.2f}' for c, r in zip(ceilings, runs, strict=True))}"
        )
        print(
            f"    vault files {stored:.0f} MB for {size:.0f} MB of photos "
            "(sealed originals; the cleaned copies are recipes over them)"
        )
        services.create_vault(tmp / "b.ddoc", PASSPHRASE)
        corpus_run(services, tmp)
        services.lock()

        video = tmp / "video.mp4"
        make_video(video, args.video_mb)
        # A fresh process, so the app's peak is the import's, not this benchmark's photos.
        run = subprocess.run(
            [sys.executable, __file__, "--video-only", str(video)],
            capture_output=True,
            text=True,
            check=False,
        )
        print(run.stdout.strip() or run.stderr.strip()[-500:])


def video_only(video: Path) -> None:
    """(c): import one large file in this process; report both processes' peaks."""
    from defenderdoc.evidence.formats import detect_format
    from defenderdoc.evidence.session import CleanerSession

    crypto.use_cheap_kdf_for_tests(
        crypto.KdfParams(1, 64, 1)
    )  # tiny: the KDF must not set the peak
    size_mb = video.stat().st_size / (1 << 20)
    with tempfile.TemporaryDirectory(prefix="ddoc-bench-") as name:
        services = Services(actor="bench")
        services.create_vault(Path(name) / "c.ddoc", PASSPHRASE)
        before = peak_mb(resource.RUSAGE_SELF)
        elapsed, imported = pipeline(services, [video])
        status = [e.status for e in services.list_evidence()]
        app_peak = peak_mb(resource.RUSAGE_SELF)
        stored_mb = vault_bytes(Path(name) / "c.ddoc") / (1 << 20)
        services.lock()
    with CleanerSession() as session, video.open("rb") as source, open(os.devnull, "wb") as sink:
        session.clean(video, detect_format(source.read(65536), video.name), sink)
        child_peak = session.peak_rss_kb / 1024
    print(
        f"(c) {size_mb:.0f} MB MP4-like file: {elapsed:6.2f} s, imported={imported} {status}; "
        f"peak RSS: app {app_peak:.0f} MB (of which {before:.0f} MB before the import), "
        f"cleaner child {child_peak:.0f} MB (goal <= 150 MB each); "
        f"vault files {stored_mb:.0f} MB (the cleaned copy is a recipe over the original)"
    )


if __name__ == "__main__":
    main()
