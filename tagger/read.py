"""Read a release: bytes -> Document (decoded lines). No interpretation of the text.

EDGAR plain-text exhibits were written on many systems: CRLF or CR line ends, tabs, form
feeds between pages, and bytes in Windows-1252 (curly quotes, the em dash) rather than
UTF-8. Lines keep their numbering and columns, so every span points at the file as an
editor shows it. An HTML release (or a submission holding HTML documents) is laid out as text
by tagger/html.py; its spans are turned back into source lines when the results leave.
"""

from __future__ import annotations

import re
import stat
from pathlib import Path

from tagger.html import is_html, render
from tagger.models import Document, Issue, Span

TAB_SIZE = 8
# Control bytes besides tab, LF, FF, CR and the DOS end-of-file mark (0x1A).
_CONTROL = re.compile(rb"[\x00-\x08\x0b\x0e-\x19\x1b-\x1f]")
_TEXT_BYTES = bytes(b for b in range(256) if not _CONTROL.match(bytes([b])))  # every other byte


class ReadError(Exception):
    """The file cannot be read as a release; `issue` names the file, the place and why."""

    def __init__(self, file: str, line: int, message: str) -> None:
        """`line` 0 (column 0) stands for the whole file."""
        self.issue = Issue(code="read.error", message=message, span=Span(file=file, line=line, column=min(line, 1)))
        super().__init__(str(self.issue))


MAX_MEGABYTES = 64  # the largest release read: whole EDGAR submissions of the era run to a few MB


def read_release(path: Path, max_megabytes: int = MAX_MEGABYTES) -> Document:
    """Read and decode `path`; raise ReadError for an empty, binary or unreadable file, one that
    is not a regular file (a pipe would block, a device such as /dev/zero never ends), or one
    larger than `max_megabytes`."""
    try:
        status = path.stat()  # before opening: opening a pipe waits for a writer
        if not stat.S_ISREG(status.st_mode):
            raise ReadError(str(path), 0, "not a regular file (a pipe, a device or a folder): not read")
        if status.st_size > max_megabytes * 1024 * 1024:
            raise ReadError(str(path), 0, f"larger than {max_megabytes} MB ({status.st_size:,} bytes): not read; "
                                          "--max-size raises the limit")
        data = path.read_bytes()
    except OSError as error:
        raise ReadError(str(path), 0, f"cannot read: {error.strerror or error}") from error
    return decode_release(data, str(path))


def decode_release(data: bytes, file: str) -> Document:
    """Decode bytes of a plain-text release; see the module docstring for what is accepted."""
    if not data.strip():
        raise ReadError(file, 1, "empty file: no text to read")
    binary_at = _binary_offset(data)
    if binary_at is not None:
        line = data.count(b"\n", 0, binary_at) + 1
        raise ReadError(file, line, f"binary file: byte {binary_at} is a control byte, not text")
    text, encoding = _decode(data)
    if "\r" in text:
        text = text.replace("\r\n", "\n").replace("\r", "\n")
    if "\f" in text:  # a form feed starts a new printed page; it is layout, not content
        text = text.replace("\f", "")
    final_newline = text.endswith("\n")
    source_lines = None
    if is_html(text):  # tables in markup: laid out as the text tables the extractor reads
        split, source_lines = render(text)
    else:
        split = tuple(text.split("\n"))
    lines = tuple(line.expandtabs(TAB_SIZE).rstrip() if "\t" in line else line.rstrip() for line in split)
    if lines and lines[-1] == "" and source_lines is None:
        lines = lines[:-1]
    return Document(file=file, lines=lines, encoding=encoding, final_newline=final_newline, source_lines=source_lines)


def _decode(data: bytes) -> tuple[str, str]:
    """UTF-8 when it is valid UTF-8, else Windows-1252 (what pre-2009 filers wrote),
    else Latin-1, which decodes any byte."""
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    for encoding in ("utf-8", "cp1252"):
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1"), "latin-1"


def _binary_offset(data: bytes) -> int | None:
    """Offset of the first byte that no text file holds (NUL and other C0 controls), when
    such bytes are more than a stray one; None for text."""
    head = data[:65536]
    bad = head.translate(None, _TEXT_BYTES)  # the control bytes alone: a C pass, 7x a regex's speed
    if not bad:
        return None
    if b"\0" in head or len(bad) > max(2, len(head) // 1000):
        return _CONTROL.search(head).start()  # type: ignore[union-attr]
    return None
