"""Readers: files → :class:`~kg.model.Document`, the shape detected from the content.

:data:`READERS` maps a shape name to its module (``detect(text)`` and
``read(text, source)``); :func:`read_paths` walks files and directories, reads what it
can and reports, without stopping, every file it cannot.
"""

from __future__ import annotations

import io
import os
import re
import sys
import warnings
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from kg.errors import KGWarning, PartialRead, ReaderError
from kg.model import Document
from kg.readers import bioc, frontmatter, medline, plaintext, pubmed_page, pubmed_xml, pubtator


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
    pubmed_xml.name: pubmed_xml,
    bioc.name: bioc,
    pubtator.name: pubtator,
    medline.name: medline,
    plaintext.name: plaintext,  # last: it takes any titled text
}
#: The most a gzip file may expand to (a decompression bomb stops here).
MAX_UNZIPPED = 512 * 1024 * 1024


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
    """Decode a file's bytes (gunzipped first if need be) with ``\\n`` newlines.

    UTF-8 (a BOM is dropped), UTF-16 with its byte-order mark, or the encoding an XML declaration names
    (``encoding="ISO-8859-1"``).

    :raises ReaderError: For an empty, binary, truncated-gzip or non-UTF-8 file.
    """
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, source)
    if not data.strip():
        raise ReaderError(source, "empty file")
    if data[:2] in (b"\xff\xfe", b"\xfe\xff"):
        # A byte-order mark: UTF-16, as Windows editors save "Unicode" text.
        try:
            return data.decode("utf-16").replace("\r\n", "\n").replace("\r", "\n")
        except UnicodeDecodeError as exc:
            raise ReaderError(source, f"not UTF-16 text, though it starts with a UTF-16 byte-order mark: "
                                      f"{exc.reason} at offset {exc.start}") from None
    if b"\x00" in data[:8192]:
        raise ReaderError(source, "binary file (contains NUL bytes), not a text document")
    declared = re.match(rb"\s*<\?xml[^>]*encoding=[\"']([A-Za-z0-9._-]+)[\"']", data[:200])
    encoding = declared.group(1).decode("ascii").lower() if declared else "utf-8"
    if encoding in ("utf-8", "utf8"):
        encoding = "utf-8-sig"
    try:
        text = data.decode(encoding)
    except LookupError:
        raise ReaderError(source, f"unknown encoding {encoding!r} in the XML declaration") from None
    except UnicodeDecodeError as exc:
        hint = "; it looks like Latin-1 or Windows-1252: re-save it as UTF-8" if _latin1(data) else ""
        raise ReaderError(
            source, f"not {encoding.replace('-sig', '').upper()} text: byte 0x{data[exc.start]:02x} at offset "
                    f"{exc.start}{hint}"
        ) from None
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _latin1(data: bytes) -> bool:
    """Whether the non-ASCII bytes look like single-byte Western text (é = 0xe9)."""
    high = [b for b in data if b >= 0x80]
    return bool(high) and sum(0xc0 <= b <= 0xff for b in high) >= len(high) / 2


def _gunzip(data: bytes, source: str) -> bytes:
    import gzip
    import zlib

    try:
        with gzip.GzipFile(fileobj=io.BytesIO(data)) as handle:
            out = handle.read(MAX_UNZIPPED + 1)
    except (OSError, EOFError, zlib.error) as exc:
        raise ReaderError(source, f"broken gzip file: {exc}") from None
    if len(out) > MAX_UNZIPPED:
        raise ReaderError(source, f"gzip file expands past {MAX_UNZIPPED // 2**20} MiB; refused")
    return out


def read_text(text: str, source: str) -> list[Document]:
    """Read documents from already decoded text, choosing the reader by content.

    :raises ReaderError: When no reader recognises the shape.
    """
    for reader in READERS.values():
        if reader.detect(text):
            return reader.read(text, source)
    if text.lstrip().startswith("<"):
        _refuse_xml(text, source)
    raise ReaderError(
        source, "unrecognised document shape; kg reads: " + ", ".join(READERS)
        + " (plain text: a title line, then an abstract of at least five words with a sentence's end)"
    )


#: The path that stands for standard input.
STDIN = "-"


def _refuse_xml(text: str, source: str) -> None:
    """Say what is wrong with XML no reader took: unsafe, malformed, or another vocabulary."""
    from kg.readers.xml import parse_xml

    root = parse_xml(text, source)
    raise ReaderError(source, f"XML with root <{root.tag}>; kg reads PubMed XML (<PubmedArticleSet>) "
                              "and BioC XML (<collection>)")


def read_file(path: str | Path) -> list[Document]:
    """Read every document in one file (``-`` reads standard input).

    :raises ReaderError: When the file cannot be opened, decoded or recognised.
    """
    if str(path) == STDIN:
        return read_text(decode(sys.stdin.buffer.read(), "<stdin>"), "<stdin>")
    path = Path(path)
    if path.suffix.lower() in GRAPH_SUFFIXES:
        raise ReaderError(path, f"a graph ({path.suffix}), not a document: kg builds graphs from PubTator, "
                                f"BioC, PubMed, MEDLINE or text files; query a graph with kg query -g {path}")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ReaderError(path, f"cannot open: {exc.strerror}") from None
    return read_text(decode(data, str(path)), str(path))


#: The extensions of the graphs kg writes: never documents to read.
GRAPH_SUFFIXES = (".ttl", ".nt", ".nq", ".trig", ".jsonld")


#: What else kg writes (views, network exports), never documents either.
_OUTPUT_SUFFIXES = (".png", ".svg", ".graphml", ".cyjs")
#: The first line of a KGX file kg writes (``kg export --format kgx``).
_KGX_HEADERS = (b"id\tcategory\tname\t", b"id\tsubject\tpredicate\tobject\t")


def _written_by_kg(path: Path) -> bool:
    """Whether a file is one of kg's views or exports (its pages carry a generator tag)."""
    suffix = path.suffix.lower()
    if suffix in _OUTPUT_SUFFIXES:
        return True
    if suffix not in (".html", ".tsv"):
        return False
    try:
        with path.open("rb") as handle:
            head = handle.read(2048)
    except OSError:
        return False
    return b'<meta name="generator" content="kg">' in head if suffix == ".html" else head.startswith(_KGX_HEADERS)


def is_store(path: Path) -> bool:
    """Whether ``path`` is an Oxigraph (RocksDB) store directory, as ``kg build --store`` writes."""
    try:
        return (path / "CURRENT").is_file() and any(path.glob("MANIFEST-*"))
    except OSError:     # a folder this user cannot read is no store of theirs
        return False


def _walk(directory: Path) -> list[tuple[Path, str | None]]:
    """Every file under ``directory``, with why it is not read (or ``None``), sorted by path
    (``a/x.txt`` before ``a.txt``, as ``sorted(Path.rglob())`` has them).

    Hidden files and directories are left out without a word; the graph files and stores
    kg writes, empty directories and directories that cannot be read are named, with
    their reason.
    """
    found: list[tuple[Path, str | None]] = []

    def unreadable(error: OSError) -> None:
        found.append((Path(error.filename), f"cannot be read: {error.strerror}: skipped"))

    for folder, dirs, files in os.walk(directory, onerror=unreadable):
        here = Path(folder)
        for name in list(dirs):
            sub = here / name
            if name.startswith("."):
                dirs.remove(name)
            elif is_store(sub):
                dirs.remove(name)
                found.append((sub, "an Oxigraph store, not documents: skipped"))
            else:
                try:
                    empty = not any(sub.iterdir())
                except OSError:
                    continue        # os.walk reports it when it gets there
                if empty:
                    found.append((sub, "an empty directory: nothing to read"))
        for name in files:
            child = here / name
            if name.startswith(".") or not child.is_file():
                continue
            if child.suffix.lower() in GRAPH_SUFFIXES:
                found.append((child, "a graph kg writes, not a document: skipped"))
            elif _written_by_kg(child):
                found.append((child, "a view or export kg writes, not a document: skipped"))
            else:
                found.append((child, None))
    return sorted(found, key=lambda item: item[0])


def iter_files(paths: Iterable[str | Path]) -> Iterator[Path]:
    """Yield the files under ``paths`` (directories walked recursively, in sorted order).

    Hidden files and directories (``.git``) are skipped, and so are the graph files and
    Oxigraph stores kg writes (:data:`GRAPH_SUFFIXES`, :func:`is_store`): a build whose
    output lies inside its input directory must not read it back as a document; and
    folders that cannot be read. :func:`skipped_files` lists all but the hidden ones. A
    directory with no file to read is yielded itself, so that :func:`read_paths` can
    report it.
    """
    for path in map(Path, paths):
        if str(path) == STDIN or not path.is_dir():
            yield path
            continue
        found = False
        for child, skipped in _walk(path):
            if skipped is None:
                found = True
                yield child
        if not found:
            yield path


def skipped_files(paths: Iterable[str | Path]) -> list[tuple[Path, str]]:
    """The graph files, stores, empty and unreadable folders under the directories of
    ``paths`` that :func:`iter_files` passes over, each with why (for a build to say so)."""
    return [(child, why) for path in map(Path, paths) if str(path) != STDIN and path.is_dir()
            for child, why in _walk(path) if why is not None]


#: How much larger than its file a gzip-compressed corpus reads (PubMed baseline XML: ≈ 8×).
GZIP_EXPANSION = 8


def input_size(paths: Iterable[str | Path]) -> int:
    """About how many bytes of text the files under ``paths`` hold (gzip files counted at
    :data:`GZIP_EXPANSION` times their size; standard input and missing files as 0).

    ``kg build`` uses it to stream a corpus too large to hold in memory.
    """
    total = 0
    for path in iter_files(paths):
        if str(path) != STDIN and path.is_file():
            size = path.stat().st_size
            total += size * GZIP_EXPANSION if path.suffix == ".gz" else size
    return total


def iter_read(paths: Iterable[str | Path]) -> Iterator[Document | ReadFailure]:
    """Read the files under ``paths`` one at a time: each file's documents, or its failure.

    Lazy, so a corpus of any size is read with the memory of its largest file.
    """
    for path in iter_files(paths):
        if path.is_dir():
            yield ReadFailure(str(path), "directory holds no files to read")
        elif not path.exists() and str(path) != STDIN:
            yield ReadFailure(str(path), "no such file or directory")
        else:
            try:
                documents = read_file(path)
            except PartialRead as exc:
                yield from exc.documents
                yield from (ReadFailure(exc.path, f"{reason} (that document left out; the file's other "
                                                  f"{len(exc.documents)} read)") for reason in exc.reasons)
                continue
            except ReaderError as exc:
                yield ReadFailure(exc.path, exc.reason)
                continue
            yield from documents


def read_paths(paths: Iterable[str | Path]) -> ReadResult:
    """Read every document under ``paths``; a bad file is warned about and skipped.

    :returns: The documents in file order and one :class:`ReadFailure` per bad file.
    """
    documents: list[Document] = []
    failures: list[ReadFailure] = []
    for item in iter_read(paths):
        if isinstance(item, ReadFailure):
            failures.append(item)
            warnings.warn(f"{item.path}: {item.reason}", KGWarning, stacklevel=2)
        else:
            documents.append(item)
    return ReadResult(tuple(documents), tuple(failures))


__all__ = [
    "GRAPH_SUFFIXES", "READERS", "Reader", "ReadFailure", "ReadResult", "decode", "is_store", "iter_files", "iter_read",
    "read_file", "read_paths", "skipped_files",
    "read_text",
]
