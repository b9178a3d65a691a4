# SPDX-License-Identifier: GPL-3.0-or-later
"""The persistent cleaning child: reuse, transparent respawn, watchdog, descriptor passing."""

from __future__ import annotations

import io
import os
import shutil
import signal
import threading
import time
from pathlib import Path

import pytest

from defenderdoc.errors import CancelledError
from defenderdoc.evidence.errors import RefusedFileError, SandboxKilledError
from defenderdoc.evidence.formats import detect_format, format_for_kind
from defenderdoc.evidence.pipeline import clean_and_verify
from defenderdoc.evidence.protocol import DATA, FrameReader, ProtocolError, frame
from defenderdoc.evidence.sandbox import CleanerSession, sanitize_in_subprocess
from defenderdoc.progress import CancelToken

from . import hostile
from .conftest import CORPUS

pytestmark = pytest.mark.timeout(120)
JPEG = CORPUS / "jpeg" / "exif__DSCN0010.jpg"
PNG = CORPUS / "png" / "mat2__dirty.png"
SLOW = CORPUS / "heic" / "metadata__Issue_649.avif"  # seconds of decoding


def _clean(session: CleanerSession, path: Path, **kw: object) -> tuple[bytes, bool]:
    buf = io.BytesIO()
    result = session.clean(path, detect_format(path.read_bytes()), buf, **kw)  # type: ignore[arg-type]
    return buf.getvalue(), result.verified


def _local(path: Path) -> bytes:
    data = path.read_bytes()
    return clean_and_verify(io.BytesIO(data), detect_format(data))[0]


def test_one_child_serves_many_files() -> None:
    files = [JPEG, PNG, CORPUS / "pdf" / "exiftool__PDF.pdf", CORPUS / "audio" / "mat2__dirty.flac"]
    with CleanerSession() as session:
        pids = set()
        for path in files:
            derivative, verified = _clean(session, path)
            assert verified
            assert derivative == _local(path)
            pids.add(session.pid)
        assert len(pids) == 1
        assert session.spawned == 1
        child = session.pid
    assert session.pid is None
    assert child is not None
    with pytest.raises(ProcessLookupError):
        os.kill(child, 0)  # stopped and reaped on close
    with pytest.raises(RuntimeError):
        _clean(session, PNG)


def test_child_killed_between_jobs_is_replaced() -> None:
    with CleanerSession() as session:
        _clean(session, PNG)
        first = session.pid
        assert first is not None
        os.kill(first, signal.SIGKILL)
        time.sleep(0.05)
        derivative, verified = _clean(session, JPEG)
        assert verified
        assert derivative == _local(JPEG)
        assert session.pid not in (None, first)
        assert session.spawned == 2


def test_timeout_kills_the_child_and_the_next_file_is_cleaned() -> None:
    with CleanerSession() as session:
        _clean(session, PNG)
        first = session.pid
        start = time.monotonic()
        with pytest.raises(SandboxKilledError) as info:
            _clean(session, SLOW, timeout_s=0.3)
        assert info.value.reason_code == "timeout"
        assert time.monotonic() - start < 5
        assert session.pid is None
        _derivative, verified = _clean(session, PNG)
        assert verified
        assert session.pid not in (None, first)


def test_memory_limit_refuses_the_job_then_recovers(tmp_path: Path) -> None:
    huge = tmp_path / "notes.txt"
    with huge.open("wb") as fh:
        fh.truncate(150 * 1024 * 1024)  # sparse: costs no disk, but 150 MB to hold
    with CleanerSession(memory_limit_mb=160) as session:
        _clean(session, PNG)
        with pytest.raises(SandboxKilledError) as info:
            session.clean(huge, format_for_kind("text"), io.BytesIO())
        assert info.value.reason_code == "memory"
        assert session.pid is None
        assert _clean(session, PNG)[1]
        assert session.spawned == 2


def test_cancel_during_a_job_kills_the_child() -> None:
    token = CancelToken()
    with CleanerSession() as session:
        _clean(session, PNG)
        timer = threading.Timer(0.3, token.cancel)
        timer.start()
        start = time.monotonic()
        with pytest.raises(CancelledError):
            _clean(session, SLOW, cancel=token)
        timer.join()
        assert time.monotonic() - start < 2
        assert _clean(session, PNG)[1]
        assert session.spawned == 2


def test_refusal_keeps_the_child(tmp_path: Path) -> None:
    bomb = tmp_path / "bomb.png"
    bomb.write_bytes(hostile.png_bomb())
    with CleanerSession() as session:
        _clean(session, PNG)
        child = session.pid
        with pytest.raises(RefusedFileError) as info:
            session.clean(bomb, format_for_kind("png"), io.BytesIO())
        assert info.value.reason_code == "image_too_large"
        assert _clean(session, JPEG)[1]
        assert session.pid == child


def test_failing_sink_discards_the_child() -> None:
    class Full:
        def write(self, data: bytes) -> None:
            raise OSError(28, "No space left on device")

    with CleanerSession() as session:
        with pytest.raises(OSError, match="space"):
            session.clean(JPEG, format_for_kind("jpeg"), Full())
        assert session.pid is None
        assert _clean(session, PNG)[1]


def test_descriptor_is_cleaned_not_the_path(tmp_path: Path) -> None:
    """Swapping the file at the path after the app opened it changes nothing."""
    target = tmp_path / "evidence.jpg"
    shutil.copy(JPEG, target)
    fd = os.open(target, os.O_RDONLY)
    try:
        os.lseek(fd, 123, os.SEEK_SET)
        decoy = tmp_path / "decoy.png"
        shutil.copy(PNG, decoy)
        os.replace(decoy, target)  # the path now names a different file
        with CleanerSession() as session:
            buf = io.BytesIO()
            result = session.clean(fd, format_for_kind("jpeg"), buf)
        assert result.verified
        assert buf.getvalue() == _local(JPEG)
        assert os.lseek(fd, 0, os.SEEK_CUR) == 123  # the app's offset is untouched
        derivative, single = sanitize_in_subprocess(fd, format_for_kind("jpeg"))
        assert single.verified
        assert derivative == _local(JPEG)
    finally:
        os.close(fd)


def test_non_regular_sources_are_refused(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    with CleanerSession() as session:
        with pytest.raises(RefusedFileError):
            session.clean(fifo, format_for_kind("jpeg"), io.BytesIO())
        read_end, write_end = os.pipe()
        try:
            with pytest.raises(RefusedFileError):
                session.clean(read_end, format_for_kind("jpeg"), io.BytesIO())
        finally:
            os.close(read_end)
            os.close(write_end)
        assert session.spawned == 0


def test_submitted_job_runs_while_the_app_works_and_can_be_abandoned() -> None:
    with CleanerSession() as session:
        _clean(session, PNG)
        with session.submit(JPEG, format_for_kind("jpeg")) as job:
            time.sleep(0.2)  # the app seals the original meanwhile
            start = time.monotonic()
            buf = io.BytesIO()
            assert job.result(buf).verified
            assert time.monotonic() - start < 0.2  # the child had already done the work
            with pytest.raises(RuntimeError):
                job.result(io.BytesIO())
        assert buf.getvalue() == _local(JPEG)
        child = session.pid
        with session.submit(SLOW, format_for_kind("avif")):
            pass  # never collected: abandoned
        assert session.pid is None
        assert _clean(session, PNG)[1]
        assert session.pid not in (None, child)


def test_frame_reader_rejects_oversized_or_unknown_frames() -> None:
    reader = FrameReader()
    reader.feed(frame(DATA, b"abc") + b"abc" + frame(DATA, b"de")[:3])
    assert reader.frames() == [(DATA, b"abc")]
    assert reader.pending == 3
    for bad in (b"X\x00\x00\x00\x01x", DATA + (1 << 30).to_bytes(4, "big")):
        reader = FrameReader()
        reader.feed(bad)
        with pytest.raises(ProtocolError):
            reader.frames()
