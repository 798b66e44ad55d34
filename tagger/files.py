"""Write files so that a reader never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

_MODE = 0o666  # less the umask, as a plain open(..., "w") gives


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a new hidden file beside `path` (created exclusively, so two processes
    never share one), then rename it into place."""
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
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
