"""Write files so that a reader never sees half of one, nor half of a set."""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from pathlib import Path

_MODE = 0o666  # less the umask, as a plain open(..., "w") gives
_TEMPORARY = re.compile(r"^\..+\.(\d+)-\d+\.tmp$")  # '.<name>.<pid>-<attempt>.tmp', as _temporary names them


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a new hidden file beside `path`, then rename it into place."""
    write_all_atomic([(path, data)])


def write_all_atomic(files: Sequence[tuple[Path, bytes]]) -> None:
    """Write a set of files all or none: every one to a new hidden file beside its place
    first, then each renamed into place. A failure while writing (a full disk) removes the
    new files and leaves every old one as it was: the formats of a release are never half
    new, half old."""
    written: list[tuple[Path, Path]] = []
    try:
        for path, data in files:
            written.append((_temporary(path, data), path))
    except BaseException:
        for temp, _ in written:
            temp.unlink(missing_ok=True)
        raise
    for temp, path in written:
        os.replace(temp, path)


def _temporary(path: Path, data: bytes) -> Path:
    """`data` in a new hidden file beside `path` (created exclusively, so two processes never
    share one)."""
    for attempt in range(100):
        temp = path.with_name(f".{path.name}.{os.getpid()}-{attempt}.tmp")
        try:
            handle = os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _MODE)
            break
        except FileExistsError:
            continue
    else:
        raise FileExistsError(f"{path}: no free temporary name beside it")
    try:
        try:
            view = memoryview(data)
            while view:  # os.write may write less than asked
                view = view[os.write(handle, view):]
        finally:
            os.close(handle)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    return temp


def remove_stale_temporaries(folder: Path) -> list[Path]:
    """Remove the hidden temporary files a killed run left under `folder` (their process is
    gone); the ones a running process is still writing stay. Returns those removed."""
    removed = []
    for root, _, names in os.walk(folder):
        for name in names:
            match = _TEMPORARY.match(name)
            if match and not _running(int(match[1])):
                path = Path(root) / name
                path.unlink(missing_ok=True)
                removed.append(path)
    return removed


def _running(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True  # someone else's process
    return True
