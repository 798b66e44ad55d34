"""Write files so that a reader never sees half of one."""

from __future__ import annotations

import os
from pathlib import Path

_MODE = 0o666  # less the umask, as a plain open(..., "w") gives


def temporary_beside(target: Path) -> Path:
    """A new hidden file in the target's folder, to be renamed onto `target` when complete.
    Created exclusively, so two processes never share one."""
    for attempt in range(100):
        temp = target.with_name(f".{target.name}.{os.getpid()}-{attempt}.tmp")
        try:
            os.close(os.open(temp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _MODE))
            return temp
        except FileExistsError:
            continue
    raise FileExistsError(f"{target}: no free temporary name beside it")


def write_atomic(path: Path, data: bytes) -> None:
    """Write to a temporary file beside `path`, then rename it into place."""
    temp = temporary_beside(path)
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
