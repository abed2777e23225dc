"""Readers: files → :class:`~kg.model.Document`, the shape detected from the content.

:data:`READERS` maps a shape name to its module (``detect(text)`` and
``read(text, source)``); :func:`read_paths` walks files and directories, reads what it
can and reports, without stopping, every file it cannot.
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.errors import KGWarning, ReaderError
from kg.model import Document
from kg.readers import frontmatter, pubmed_page


class Reader(Protocol):
    """A document shape: a cheap content test and a parser (each reader module is one)."""

    name: str

    def detect(self, text: str) -> bool:
        """Tell whether ``text`` has this shape."""

    def read(self, text: str, source: str) -> list[Document]:
        """Parse ``text`` (from file ``source``) into documents, or raise ReaderError."""


#: Shape name → reader module, tried in this order.
READERS: dict[str, Reader] = {
    frontmatter.name: frontmatter,
    pubmed_page.name: pubmed_page,
}


@dataclass(frozen=True, slots=True)
class ReadFailure:
    """A file that could not be read, and why."""

    path: str
    reason: str


@dataclass(frozen=True, slots=True)
class ReadResult:
    """The documents read from a batch of paths, and the files that failed."""

    documents: tuple[Document, ...]
    failures: tuple[ReadFailure, ...]


def decode(data: bytes, source: str) -> str:
    """Decode a file's bytes as UTF-8 (a BOM is dropped) with ``\\n`` newlines.

    :raises ReaderError: For an empty file, a binary file or bytes that are not UTF-8.
    """
    if not data.strip():
        raise ReaderError(source, "empty file")
    if b"\x00" in data[:8192]:
        raise ReaderError(source, "binary file (contains NUL bytes), not a text document")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ReaderError(
            source, f"not UTF-8 text: byte 0x{data[exc.start]:02x} at offset {exc.start}"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def read_text(text: str, source: str) -> list[Document]:
    """Read documents from already decoded text, choosing the reader by content.

    :raises ReaderError: When no reader recognises the shape.
    """
    for reader in READERS.values():
        if reader.detect(text):
            return reader.read(text, source)
    raise ReaderError(
        source, "unrecognised document shape; kg reads: " + ", ".join(READERS)
    )


def read_file(path: str | Path) -> list[Document]:
    """Read every document in one file.

    :raises ReaderError: When the file cannot be opened, decoded or recognised.
    """
    path = Path(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(path, f"cannot open: {exc.strerror}") from None
    return read_text(decode(data, str(path)), str(path))


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files under ``paths`` (directories walked recursively, in sorted order).

    Hidden files and directories (``.git``) are skipped. A directory with no file in it
    is yielded itself, so that :func:`read_paths` can report it.
    """
    for path in map(Path, paths):
        if path.is_dir():
            found = False
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if child.is_file() and not any(p.startswith(".") for p in relative):
                    found = True
                    yield child
            if not found:
                yield path
        else:
            yield path


def read_paths(paths: Iterable[str | Path]) -> ReadResult:
    """Read every document under ``paths``; a bad file is warned about and skipped.

    :returns: The documents in file order and one :class:`ReadFailure` per bad file.
    """
    documents: list[Document] = []
    failures: list[ReadFailure] = []
    for path in iter_files(paths):
        if path.is_dir():
            failure = ReadFailure(str(path), "directory holds no files to read")
        elif not path.exists():
            failure = ReadFailure(str(path), "no such file or directory")
        else:
            try:
                documents.extend(read_file(path))
                continue
            except ReaderError as exc:
                failure = ReadFailure(exc.path, exc.reason)
        failures.append(failure)
        warnings.warn(f"{failure.path}: {failure.reason}", KGWarning, stacklevel=2)
    return ReadResult(tuple(documents), tuple(failures))


__all__ = [
    "READERS", "Reader", "ReadFailure", "ReadResult", "decode", "iter_files", "read_file", "read_paths", "read_text",
]
