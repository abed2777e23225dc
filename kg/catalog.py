"""The documents of a streaming build, on disk: what its first pass learns of each one.

A streaming build reads its inputs twice (:mod:`kg.stream`). The first pass notes each
document's identifier, the file it came from, a digest of its text and the keys other
documents may cite it by; the second extracts the documents the first found, resolving
their references against those keys. Held in dictionaries, that came to ≈ 0.7 KB per
document (25 GB for PubMed's 36 million abstracts); here it is a temporary SQLite file,
and the build's memory stays what its first documents needed.

>>> from kg.model import Document
>>> catalog = Catalog()
>>> catalog.add(Document(source="a.txt", text="T. Text.", title="T.", pmid="1"), b"d1")
>>> catalog.add(Document(source="b.txt", text="T. Text.", title="T.", pmid="1"), b"d1")
('a.txt', b'd1')
>>> catalog.take("PMID:1", "b.txt"), catalog.take("PMID:1", "a.txt"), catalog.take("PMID:1", "a.txt")
(False, True, False)
>>> catalog.close()
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import sqlite3
import tempfile
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from kg.assemble import citation_keys, reference_keys
from kg.model import Document, Reference
from kg.rdf import publication_iri


@contextlib.contextmanager
def stops_held() -> Iterator[None]:
    """Hold Ctrl-C and SIGTERM back while a scratch file and its clean-up are set up.

    A stop between a temporary file's creation and its clean-up's registration left it
    behind (CI: a build's process group sent SIGTERM under load, with ``--workers``, and a
    ``kg-catalog-`` or ``kg-lines-`` directory stayed). Held, a signal waits: its handler
    runs once the block is done, when the file cleans itself up (a finalizer, at the
    latest when the program exits). The Python handlers are swapped, not the thread's
    signal mask: the kernel may hand a process's signal to any of its threads (a process
    pool's), whose handler then runs in the main thread all the same. Outside the main
    thread, where handlers cannot be set, nothing is held.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    caught: list[tuple[int, Any]] = []
    previous = {stop: signal.signal(stop, lambda number, frame: caught.append((number, frame)))
                for stop in (signal.SIGINT, signal.SIGTERM)}
    try:
        yield
    finally:
        for stop, handler in previous.items():
            signal.signal(stop, handler)
        if caught:
            number, frame = caught[0]
            handler = previous[signal.Signals(number)]
            if callable(handler):
                handler(number, frame)
            elif handler == signal.SIG_DFL:
                signal.raise_signal(number)


def _scratch(prefix: str, *,
             check_same_thread: bool = True) -> tuple[tempfile.TemporaryDirectory[str], sqlite3.Connection]:
    """A SQLite database in a temporary directory of its own (named ``prefix…``), and the directory.

    A scratch file: nothing is lost if the process dies, so no journal and no syncs.
    """
    with stops_held():
        directory = tempfile.TemporaryDirectory(prefix=prefix)
    db = sqlite3.connect(Path(directory.name) / "scratch.db", check_same_thread=check_same_thread)
    db.execute("PRAGMA journal_mode = OFF")
    db.execute("PRAGMA synchronous = OFF")
    return directory, db


class Catalog:
    """Documents by CURIE (first source, text digest, IRI, whether still to extract), the
    keys that resolve a reference to one of them, and the IRIs of the documents a store
    holds already, in a temporary SQLite file."""

    #: Rows written between commits (a transaction per document would cost a sync each).
    BATCH = 10_000

    def __init__(self) -> None:
        # A process pool reads the second pass's documents in a thread of its own: one
        # thread at a time uses the connection (first pass, second pass, then the build graph).
        self._dir, self.db = _scratch("kg-catalog-", check_same_thread=False)
        # todo: 1 to extract, 0 held by the store already, 2 taken by the second pass.
        # A source is kept as the file system's bytes: a file name need not be UTF-8.
        self.db.execute("CREATE TABLE docs (curie TEXT PRIMARY KEY, source BLOB, digest BLOB, iri TEXT, "
                        "todo INT) WITHOUT ROWID")
        self.db.execute("CREATE TABLE citable (key TEXT PRIMARY KEY, curie TEXT) WITHOUT ROWID")
        # The IRIs of the documents a store holds from earlier builds: millions for a
        # store of PubMed, so here rather than in a set.
        self.db.execute("CREATE TABLE known (iri TEXT PRIMARY KEY) WITHOUT ROWID")
        self._pending = 0
        self._known = 0

    def add(self, doc: Document, digest: bytes) -> tuple[str, bytes] | None:
        """Note a document; for one noted before under its CURIE, the first one's source and digest."""
        added = self.db.execute("INSERT OR IGNORE INTO docs VALUES (?, ?, ?, ?, 1)",
                                (doc.curie, os.fsencode(doc.source), digest, str(publication_iri(doc.curie))))
        if added.rowcount == 0:
            source, first = self.db.execute("SELECT source, digest FROM docs WHERE curie = ?", (doc.curie,)).fetchone()
            return os.fsdecode(source), first
        # The first document a key names keeps it (CitationIndex.add's setdefault).
        self.db.executemany("INSERT OR IGNORE INTO citable VALUES (?, ?)",
                            ((key, doc.curie) for key in citation_keys(doc)))
        self._pending += 1
        if self._pending >= self.BATCH:
            self.db.commit()
            self._pending = 0
        return None

    def mark_known(self, known: Iterable[str]) -> int:
        """Note the documents a store holds already (their IRIs, in any order) and mark
        those of this build's not to extract.

        :returns: How many of this build's documents the store holds.
        """
        rows = iter(known)
        while batch := [(iri,) for iri in itertools.islice(rows, self.BATCH)]:
            self._known += self.db.executemany("INSERT OR IGNORE INTO known VALUES (?)", batch).rowcount
        if not self._known:    # a new store or a file: no pass over the documents
            return 0
        held = self.db.execute("UPDATE docs SET todo = 0 WHERE iri IN (SELECT iri FROM known)").rowcount
        self.db.commit()
        return int(held)

    def known(self) -> int:
        """How many documents the store holds (:meth:`mark_known`), given to this build or not."""
        return self._known

    def changed(self, stored: Iterable[tuple[str, bytes]]) -> list[tuple[str, str]]:
        """(CURIE, source) of each held document whose text differs from the store's.

        :param stored: (CURIE, text digest) of the documents in the store, in any order.
        """
        self.db.execute("CREATE TEMP TABLE stored (curie TEXT PRIMARY KEY, digest BLOB) WITHOUT ROWID")
        try:
            rows = iter(stored)
            while batch := list(itertools.islice(rows, self.BATCH)):
                self.db.executemany("INSERT OR REPLACE INTO stored VALUES (?, ?)", batch)
            found = self.db.execute("SELECT docs.curie, docs.source FROM docs JOIN stored USING (curie) "
                                    "WHERE docs.todo = 0 AND docs.digest != stored.digest ORDER BY docs.curie")
            return [(curie, os.fsdecode(source)) for curie, source in found.fetchall()]
        finally:
            self.db.execute("DROP TABLE temp.stored")

    def count(self, todo: bool | None = None) -> int:
        """How many documents were noted (``None``), are to extract (``True``), or held already (``False``)."""
        where = "" if todo is None else f" WHERE todo {'!=' if todo else '='} 0"
        return int(self.db.execute(f"SELECT COUNT(*) FROM docs{where}").fetchone()[0])

    def take(self, curie: str, source: str) -> bool:
        """Whether the second pass extracts this document: the first one read under its
        CURIE, not held already, not taken before. Taking it marks it taken."""
        row = self.db.execute("SELECT source FROM docs WHERE curie = ? AND todo = 1", (curie,)).fetchone()
        if row is None or row[0] != os.fsencode(source):
            return False
        self.db.execute("UPDATE docs SET todo = 2 WHERE curie = ?", (curie,))
        return True

    def resolve(self, ref: Reference) -> str | None:
        """The noted document a reference points at (as :meth:`kg.assemble.CitationIndex.resolve`), or ``None``."""
        for key in reference_keys(ref):
            row = self.db.execute("SELECT curie FROM citable WHERE key = ?", (key,)).fetchone()
            if row is not None:
                return str(row[0])
        return None

    def sources(self, *, by_line: bool = False) -> Iterator[str]:
        """The IRIs of the build's sources: its documents not held already and the store's
        (:meth:`mark_known`), in order, or in the order of the lines naming them
        (``by_line``: ``<…pubmed:1234>`` sorts before ``<…pubmed:123>``, '4' being before '>')."""
        # SQLite compares TEXT by its UTF-8 bytes: code point order, as Python's.
        order = "iri || '>'" if by_line else "iri"
        rows = self.db.execute(f"SELECT iri FROM (SELECT iri FROM docs WHERE todo != 0 UNION ALL "
                               f"SELECT iri FROM known) ORDER BY {order}")
        return (row[0] for row in rows)

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


class EntityLines:
    """The entities graph's lines a streaming build has written, and the labels of minted
    entities it holds back, in a temporary SQLite file of their own.

    Every document describes the entities it names again, and each line is written once.
    Real abstracts keep naming entities no earlier one named (20–50 new lines per abstract
    over BC5CDR's and BioRED's): held in a set, their hashes would grow with the corpus.
    Here each line's 64-bit hash goes into a table, and the hashes of the lines seen last
    stay in memory (two generations of at most :attr:`RECENT`), so a frequent entity's
    lines are found in memory, not looked up in the table. Only the building process's
    main thread uses it (a pool reads the catalog in a thread of its own).

    >>> lines = EntityLines()
    >>> lines.first(["<a> <b> <c> <g> .\\n", "<a> <b> <d> <g> .\\n"]), lines.first(["<a> <b> <d> <g> .\\n"])
    (['<a> <b> <c> <g> .\\n', '<a> <b> <d> <g> .\\n'], [])
    >>> lines.hold([("<y>", '"c"'), ("<x>", '"B"'), ("<x>", '"a"'), ("<x>", '"a"')])
    >>> [(subject, sorted(labels)) for subject, labels in lines.labels()]
    [('<x>', ['"B"', '"a"']), ('<y>', ['"c"'])]
    >>> lines.close()
    """

    #: Hashes kept in memory per generation (≈ 20 MB each).
    RECENT = 1 << 18
    #: Hashes looked up in one statement (SQLite takes at most 32,766 parameters).
    LOOKUP = 500

    def __init__(self) -> None:
        self._dir, self.db = _scratch("kg-lines-")
        self.db.execute("CREATE TABLE seen (hash INTEGER PRIMARY KEY) WITHOUT ROWID")
        self.db.execute("CREATE TABLE labels (subject TEXT, label TEXT, PRIMARY KEY (subject, label)) WITHOUT ROWID")
        self._recent: set[int] = set()
        self._older: set[int] = set()
        self._pending = 0

    def first(self, lines: Iterable[str]) -> list[str]:
        """The lines of ``lines`` not given before (to this method), in order, each once."""
        fresh: dict[int, str] = {}
        for line in lines:
            key = hash(line)      # SipHash, 64 bits: a collision among 10⁹ lines has odds ≈ 1 in 40
            if key in self._recent:
                continue
            if key in self._older:
                self._keep(key)
                continue
            fresh.setdefault(key, line)
        if not fresh:
            return []
        keys = list(fresh)
        stored: set[int] = set()
        for start in range(0, len(keys), self.LOOKUP):
            chunk = keys[start:start + self.LOOKUP]
            stored.update(row[0] for row in self.db.execute(
                f"SELECT hash FROM seen WHERE hash IN ({','.join('?' * len(chunk))})", chunk))
        new = [key for key in keys if key not in stored]
        self.db.executemany("INSERT INTO seen VALUES (?)", ((key,) for key in new))
        self._wrote(len(new))
        for key in keys:
            self._keep(key)
        return [fresh[key] for key in new]

    def _keep(self, key: int) -> None:
        """Keep a hash in memory: in the recent generation, which, full, becomes the older one."""
        self._recent.add(key)
        if len(self._recent) >= self.RECENT:
            self._older, self._recent = self._recent, set()

    def hold(self, labels: Iterable[tuple[str, str]]) -> None:
        """Keep ``(subject, label)`` pairs (N-Triples terms) for :meth:`labels`."""
        before = self.db.total_changes
        self.db.executemany("INSERT OR IGNORE INTO labels VALUES (?, ?)", labels)
        self._wrote(self.db.total_changes - before)

    def labels(self) -> Iterator[tuple[str, set[str]]]:
        """Each subject held (in code-point order) with its labels."""
        rows = self.db.execute("SELECT subject, label FROM labels ORDER BY subject")
        for subject, group in itertools.groupby(rows, key=lambda row: row[0]):
            yield subject, {label for _, label in group}

    def _wrote(self, rows: int) -> None:
        self._pending += rows
        if self._pending >= Catalog.BATCH:
            self.db.commit()
            self._pending = 0

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


__all__ = ["Catalog", "EntityLines", "stops_held"]
