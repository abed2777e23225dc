"""Streaming build: documents in, N-Quads or an Oxigraph store out, one document at a time.

The in-memory build (:func:`kg.build.build`) holds every extraction and an rdflib
Dataset; this one holds neither, so memory does not grow with the corpus:

1. a first pass reads the documents for their identifiers and bibliographic keys only,
   into a temporary SQLite file (:class:`~kg.catalog.Catalog`), so each document's graph
   can resolve its references to other documents of the build exactly as the in-memory
   build does;
2. a second pass resolves each document's references here, then extracts it (in this
   process, a process pool, or on a Dask cluster: they get the document and what its
   references resolve to, never the index), renders its named graph as N-Quads where it
   was extracted, and hands it to a sink (a file, or an Oxigraph store); the claims'
   evidence goes to an SQLite file as one small row each;
3. the assembly graph is computed from those rows, grouped in SQL, and written last, with
   the build graph.

Documents are written in reading order and each one's quads sorted, so the output is
the same byte for byte whatever the parallelism. Its quads are the in-memory build's
(``tests/test_stream.py`` checks both).
"""

from __future__ import annotations

import functools
import gc
import hashlib
import heapq
import itertools
import os
import shutil
import sqlite3
import tempfile
import warnings
import weakref
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import closing
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any, Protocol

from rdflib import Dataset, URIRef

from kg import __version__
from kg.assemble import OPPOSITE, Grounding, applied_rules, confidence, groundings, mentioned
from kg.catalog import Catalog, EntityLines, stops_held
from kg.errors import KGError, KGWarning
from kg.extract import BATCH
from kg.iris import CONVERTER, KG, KGR, PROV, RDFS
from kg.model import Document, Extraction
from kg.rdf import (
    ASSEMBLY_GRAPH,
    BUILD_GRAPH,
    ENTITIES_GRAPH,
    BuildInfo,
    LineSet,
    _build,
    assertion_triples,
    build_iri,
    document_triples,
    evidence_iri,
    grounding_triples,
    n3,
    paper_count_triple,
    preferred_label,
    publication_iri,
)
from kg.readers import ReadFailure, is_store, iter_read

#: One evidence of one claim: subject, predicate, object (CURIEs), evidence IRI, and flags.
Record = tuple[str, str, str, str, bool, bool, bool]


@dataclass(frozen=True, slots=True)
class Rendered:
    """One document, extracted and rendered where it was extracted.

    :ivar nquads: The document's named graph, sorted N-Quads lines (empty on failure).
    :ivar shared: Its contribution to the entities graph, sorted N-Quads lines (other
        documents give some of the same lines: the build writes each once).
    :ivar records: The evidence of its claims, for the assembly.
    :ivar mentioned: The CURIEs of the entities it mentions (for their paper counts).
    :ivar groundings: How its mentions were grounded (summed over documents by the build).
    """

    curie: str
    source: str
    nquads: str = ""
    shared: tuple[str, ...] = ()
    records: tuple[Record, ...] = ()
    rules: tuple[str, ...] = ()
    failure: str | None = None
    mentioned: tuple[str, ...] = ()
    groundings: tuple[Grounding, ...] = ()


@dataclass
class StreamResult:
    """What a streaming build did."""

    documents: int = 0
    skipped: int = 0
    quads: int = 0
    assertions: int = 0
    failures: list[ReadFailure] = field(default_factory=list)
    #: Articles read more than once: (identifier, file kept, file skipped, whether the texts differ).
    duplicates: list[tuple[str, str, str, bool]] = field(default_factory=list)
    #: Articles already in the store whose text given now differs: (identifier, file given).
    changed: list[tuple[str, str]] = field(default_factory=list)
    #: What went wrong after the build was complete (compacting a store), for the user to know.
    notes: list[str] = field(default_factory=list)
    #: Quads a store build loaded, added or removed (``None`` for a file, written whole).
    changes: int | None = None


class Sink(Protocol):
    """Where quads go: :class:`NQuadsSink` or :class:`StoreSink`."""

    def known(self) -> Iterable[str]: ...   # checked when called, listed when iterated
    def write(self, nquads: str) -> None: ...
    def write_shared(self, lines: Sequence[str]) -> None: ...
    def replace_graph(self, graph: URIRef, nquads: Iterable[str]) -> None: ...
    def old_records(self) -> Iterator[Record]: ...
    def old_paper_counts(self) -> Iterator[tuple[str, int]]: ...
    def old_groundings(self) -> Iterator[Grounding]: ...
    def old_rules(self) -> set[str]: ...
    def old_models(self) -> set[str]: ...
    def old_evidence(self) -> Path | None: ...
    def old_labels(self, subjects: Iterable[str]) -> dict[str, set[str]]: ...
    def drop_shared(self, lines: Sequence[str]) -> None: ...
    def save_evidence(self, table: EvidenceTable, mark: str) -> list[str]: ...
    def text_digests(self, digest: Callable[[str], bytes]) -> Iterable[tuple[str, bytes]]: ...
    def close(self, ok: bool) -> list[str]: ...


# ---- per-process extraction state (set once per worker) --------------------------------

_STATE: dict[str, Any] = {}


#: Allocations between the cyclic collector's youngest-generation runs while extracting (Python's default: 700).
GC_THRESHOLD = 20_000


def _init(models: bool) -> None:
    """Load the lexicon and models once per process (a pool or Dask worker keeps them)."""
    from kg.extract import load_lexicon, load_pair_model, load_tagger

    _STATE.update(lexicon=load_lexicon(), tagger=load_tagger() if models else None,
                  pairs=load_pair_model() if models else None)
    # The lexicon and models are millions of objects that live as long as the process:
    # frozen, the cyclic collector stops walking them. Extraction allocates many small
    # objects and frees them by reference counting; collecting every 20,000 allocations
    # rather than every 700 lets it run less often. Each: ≈ 4 % of a build's time.
    gc.collect()
    gc.freeze()
    gc.set_threshold(GC_THRESHOLD, *gc.get_threshold()[1:])


def _init_worker(models: bool) -> None:
    """:func:`_init` in a pool worker, which leaves Ctrl-C to the building process: that
    one stops the pool (each worker printed its own traceback of the interrupt)."""
    import signal

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _init(models)


#: A document to render, with the CURIE each of its references resolves to (or None).
Work = tuple[Document, tuple[str | None, ...]]


def render_many(work: Sequence[Work]) -> list[Rendered]:
    """Extract documents together (:func:`kg.extract.extract_many`) and render each one's named
    graph (needs :func:`_init` in this process). A bug on a document is reported as a
    failure of that document only."""
    from kg.extract import extract_many, failure_reason

    documents = [document for document, _ in work]
    out = []
    for (document, cited), extraction in zip(work, extract_many(documents, _STATE["lexicon"], _STATE["tagger"],
                                                                _STATE["pairs"]), strict=True):
        if not isinstance(extraction, Exception):
            try:
                out.append(render_extraction(extraction, cited))
                continue
            except Exception as exc:  # noqa: BLE001 - a rendering bug costs this document only
                extraction = exc
        out.append(Rendered(document.curie, document.source, failure=failure_reason(document, extraction)))
    return out


def render_batch(work: Sequence[Work], models: bool, lexicon: str | None = None) -> list[Rendered]:
    """:func:`render_many`, loading what it needs on first use (a Dask task).

    :param lexicon: The build's lexicon version: a worker whose kg has another refuses
        the task (the build graph would name a lexicon its claims did not come from).
    :raises KGError: For a worker with another lexicon, naming both versions.
    """
    if "lexicon" not in _STATE:
        _init(models)
    if lexicon is not None and _STATE["lexicon"].version != lexicon:
        raise KGError(f"a Dask worker has lexicon {_STATE['lexicon'].version}, the build {lexicon}: "
                      f"install the same kg on every worker")
    return render_many(work)


def render_extraction(extraction: Extraction, cited: Sequence[str | None]) -> Rendered:
    """A document's named graph as sorted N-Quads lines, and its evidence rows.

    :param cited: What each of the document's references resolves to: the CURIE of a
        document of the build, or ``None`` (resolved where the build's index is, so the
        processes that render need none).
    """
    doc = extraction.document
    name = publication_iri(doc.curie)
    triples, entities = LineSet(), LineSet()
    citations: list[tuple[object, str | None]] = list(zip(doc.references, cited, strict=True))
    document_triples(triples, entities, extraction, citations)
    lines = triples.nquads(name)
    shared = tuple(entities.nquads(ENTITIES_GRAPH))
    records = tuple(
        (a.subject, a.predicate, a.object, str(evidence_iri(e, a.subject, a.predicate, a.object)),
         e.negated, e.hedged, e.inferred)
        for a in extraction.assertions for e in a.evidence)
    rules = tuple(sorted(applied_rules(extraction)))
    return Rendered(doc.curie, doc.source, "".join(lines), shared, records, rules,
                    mentioned=tuple(sorted(mentioned(extraction))), groundings=tuple(groundings(extraction)))


def _nquad(s: Any, p: Any, o: Any, g: Any) -> str:
    return f"{n3(s)} {n3(p)} {n3(o)} {n3(g)} .\n"




# ---- sinks ------------------------------------------------------------------------------

class NQuadsSink:
    """Writes N-Quads to a file, through a temporary file renamed at the end (an old file survives a failure)."""

    def __init__(self, path: Path) -> None:
        """:raises KGError: When ``path`` is a directory or under a file (before any work is done)."""
        from kg.export import check_output, current_umask

        check_output(path)
        self.path = path
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            with stops_held():
                handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
                # Removed at the latest when the program ends, whatever stops it (kept once renamed).
                self._cleanup = weakref.finalize(self, Path(name).unlink, missing_ok=True)
        except OSError as exc:
            raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
        self._tmp = Path(name)
        # mkstemp makes the file private (0600); the output gets the mode any new file gets here.
        os.chmod(handle, 0o666 & ~current_umask())
        self._out = os.fdopen(handle, "w", encoding="utf-8")

    def known(self) -> Iterable[str]:
        return ()

    def write(self, nquads: str) -> None:
        self._out.write(nquads)

    def write_shared(self, lines: Sequence[str]) -> None:
        self._out.write("".join(lines))

    def replace_graph(self, graph: URIRef, nquads: Iterable[str]) -> None:
        for line in nquads:
            self._out.write(line)

    def old_records(self) -> Iterator[Record]:
        return iter(())

    def old_paper_counts(self) -> Iterator[tuple[str, int]]:
        return iter(())

    def old_groundings(self) -> Iterator[Grounding]:
        return iter(())

    def old_rules(self) -> set[str]:
        return set()

    def old_models(self) -> set[str]:
        return set()

    def old_evidence(self) -> Path | None:
        return None

    def old_labels(self, subjects: Iterable[str]) -> dict[str, set[str]]:
        return {}

    def drop_shared(self, lines: Sequence[str]) -> None:
        if lines:    # a file is written whole: nothing of it was there before the build
            raise ValueError("an N-Quads file has no earlier lines to drop")

    def save_evidence(self, table: EvidenceTable, mark: str) -> list[str]:
        return []     # a file is written whole: no later build reads its evidence

    def text_digests(self, digest: Callable[[str], bytes]) -> Iterable[tuple[str, bytes]]:
        return ()

    def close(self, ok: bool) -> list[str]:
        """Rename the temporary file to the output (``ok``) or remove it; once (later calls do nothing)."""
        if self._out.closed:
            return []
        self._out.close()
        if ok:
            self._tmp.replace(self.path)
            self._cleanup.detach()
        else:
            self._cleanup()
        return []


class StoreSink:
    """Loads quads into an on-disk Oxigraph store (created if absent), in batches.

    A store that already holds documents keeps them: :meth:`known` names them so they
    are not extracted again, and the assembly and build graphs are replaced.
    """

    BATCH = 2_000_000  # characters of N-Quads per load
    REMOVALS = 100_000  # quads removed between flushes of the store's write buffers
    #: A build that loaded, added or removed fewer quads leaves the store uncompacted.
    COMPACT_AFTER = 1_000
    #: Present in the store's directory while the assembly and build graphs are replaced.
    PENDING = "kg-build-pending"
    #: Present while a build writes into the store, and after one that stopped part-way.
    RUNNING = "kg-build-running"
    #: Present while a compaction runs, and after one that failed (the next build compacts).
    UNCOMPACTED = "kg-compaction-pending"
    #: The evidence table of the store's last finished build (what a next build starts from).
    EVIDENCE = "kg-evidence.sqlite"

    def __init__(self, directory: Path) -> None:
        import pyoxigraph

        self._ox = pyoxigraph
        self.directory = directory
        if directory.is_dir() and not is_store(directory) and any(
                not entry.name.startswith(".") for entry in directory.iterdir()):
            raise KGError(f"{directory} holds files and is not an Oxigraph store: give --store a new or "
                          f"empty directory (a store's files would be written among these)")
        #: Whether this build makes the store (a failed one that wrote nothing leaves no store).
        self._existed = directory.exists()
        self._new = not self._existed or not any(directory.iterdir())
        try:
            directory.parent.mkdir(parents=True, exist_ok=True)     # RocksDB makes the last folder only
            self.store = pyoxigraph.Store(str(directory))
        except OSError as exc:
            if "/LOCK: " in str(exc):     # RocksDB names its lock file when another process holds it
                raise KGError(f"cannot open the Oxigraph store at {directory}: another process (a build?) "
                              f"has it open for writing; wait for it to finish") from None
            raise KGError(f"cannot open the Oxigraph store at {directory}: {exc}") from None
        self._buffer: list[str] = []
        self._size = 0
        self._wrote = False
        #: Quads this build loaded, added or removed (a build that changed few needs no compaction).
        self.changes = 0
        self._dropped = False
        # Unlinked at once (POSIX): gone with the process, however it ends.
        self._staged = tempfile.TemporaryFile("w+", encoding="utf-8")
        #: Entities-graph lines the staged ones replace (a minted entity's earlier label).
        self._replaced: list[str] = []
        self._listing: Generator[str, None, None] | None = None

    def known(self) -> Iterator[str]:
        """The documents the store holds from builds that finished (their IRIs, listed as
        they are read, so a store of millions is never held in one set).

        A build that failed part-way may have loaded some documents' graphs without the
        assembly graph that pools their claims; the build graph names the documents of
        the last build that finished. Graphs it does not name are dropped here, before
        this returns, so this build extracts those documents again (or leaves them out,
        if no longer given).

        :raises KGError: For a store whose last build stopped while writing its summaries.
        """
        if (self.directory / self.PENDING).exists():
            # The assembly graph may count documents the build graph does not name yet (or
            # the build graph be gone): which documents the counts include is unknown.
            raise KGError(f"{self.directory}: the last build into this store stopped while writing its "
                          f"assembly and build graphs, so the store cannot tell which documents its counts "
                          f"include; build a new store from all its inputs (kg build … --store NEW_DIR)")
        (self.directory / self.RUNNING).write_text("kg build: writing into this store\n")
        # One index lookup per graph for the build's prov:used (a store of a build that
        # finished has no orphan: the list stays empty).
        used, build = self._ox.NamedNode(str(PROV.used)), self._ox.NamedNode(str(BUILD_GRAPH))
        orphans = [graph for graph in self._documents()
                   if next(self.store.quads_for_pattern(None, used, graph, build), None) is None]
        for orphan in orphans:
            self.store.remove_graph(orphan)
            self._dropped = True

        def listed() -> Generator[str, None, None]:
            yield from (graph.value for graph in self._documents())

        # Opened when first iterated, closed by close(): an open listing holds the store's
        # lock, so a build stopped before reading it must not keep one alive.
        self._listing = listing = listed()
        return listing

    def _documents(self) -> Iterator[Any]:
        """The store's documents' named graphs (every named graph but kg's three)."""
        special = {str(ASSEMBLY_GRAPH), str(BUILD_GRAPH), str(ENTITIES_GRAPH)}
        return (g for g in self.store.named_graphs() if isinstance(g, self._ox.NamedNode) and g.value not in special)

    def write(self, nquads: str) -> None:
        self._wrote = True
        self.changes += nquads.count("\n")
        self._buffer.append(nquads)
        self._size += len(nquads)
        if self._size >= self.BATCH:
            self._flush()

    def write_shared(self, lines: Sequence[str]) -> None:
        """Entity descriptions (entities-graph lines): kept aside in a temporary file until
        the build's documents are recorded, so a build stopped before then leaves no
        description of what only its documents named (the next build drops their graphs).
        """
        self._staged.write("".join(lines))

    def _flush(self) -> None:
        if self._buffer:
            self.store.bulk_load("".join(self._buffer).encode("utf-8"), self._ox.RdfFormat.N_QUADS)
            self._buffer, self._size = [], 0

    def replace_graph(self, graph: URIRef, nquads: Iterable[str]) -> None:
        self._flush()
        if graph == ASSEMBLY_GRAPH:
            # From here until close(ok=True) the assembly and build graphs disagree.
            self.store.flush()
            (self.directory / self.PENDING).write_text("kg build: writing the assembly and build graphs\n")
            # Past the marker, a stopped build leaves a store that refuses to grow: the
            # descriptions kept aside can join the entities graph. (Staged in the store and
            # moved with a SPARQL ADD, they took 230 MB at 20k documents; loaded from a
            # file, the batch's memory.)
            self._staged.seek(0)
            for line in self._staged:
                self.write(line)
            self._flush()
            if self._replaced:
                replaced = self._ox.Store()    # parsed as the store reads them
                replaced.bulk_load("".join(self._replaced).encode("utf-8"), self._ox.RdfFormat.N_QUADS)
                for quad in replaced:
                    self.store.remove(quad)
                self.changes += len(self._replaced)
                self._replaced = []
        node = self._ox.NamedNode(str(graph))
        if next(self.store.quads_for_pattern(None, None, None, node), None) is None:
            for line in nquads:         # a new graph (a new store): nothing to compare with
                self.write(line)
            self._flush()
        else:
            self._update(node, nquads)

    def _update(self, node: Any, nquads: Iterable[str]) -> None:
        """Make the graph ``node`` hold ``nquads``, writing only the quads that change.

        A store grown by a few documents keeps almost all of its assembly graph (the 100k
        store's: 1.1M quads, a few thousand of them changed by 8 new documents). Rewritten
        whole, it took a minute, and left so much to compact that the compaction took
        another; compared, the unchanged quads are only read.
        """
        import numpy as np

        # The old quads' keys, sorted in one array (the 100k store's 1.1M: 18 MB; in a set,
        # 170 MB); marked as the new quads match them, the unmarked are what to remove.
        keys = bytearray()
        for quad in self.store.quads_for_pattern(None, None, None, node):
            keys += _key(quad)
        old = np.frombuffer(keys, dtype="S16").copy()
        del keys
        old.sort()
        matched = np.zeros(len(old), dtype=bool)
        for chunk in _texts(nquads, self.BATCH):
            # Parsed through a store of its own, a quad reads as the store writes it
            # (Oxigraph keeps the value of a typed literal: "0.420" comes back as "0.42").
            canonical = self._ox.Store()
            canonical.bulk_load(chunk.encode("utf-8"), self._ox.RdfFormat.N_QUADS)
            quads = list(canonical)
            new = np.frombuffer(b"".join(_key(quad) for quad in quads), dtype="S16")
            at = np.minimum(np.searchsorted(old, new), max(len(old) - 1, 0))
            found = old[at] == new if len(old) else np.zeros(len(new), dtype=bool)
            matched[at[found]] = True
            added = [quad for quad, known in zip(quads, found.tolist(), strict=True) if not known]
            self.store.extend(added)
            self.changes += len(added)
        # numpy gives a fixed-width bytes value back without its trailing zero bytes.
        gone = {key.ljust(16, b"\0") for key in old[~matched].tolist()}
        del old, matched
        # Quad by quad, flushed now and then: remove_graph deletes a graph in one
        # transaction, held in memory (the 100k store's assembly graph: 40 s and 1.8 GB).
        # The iterator reads a snapshot, so removing as it goes is safe.
        removed = 0
        for quad in self.store.quads_for_pattern(None, None, None, node) if gone else ():
            if _key(quad) in gone:
                self.store.remove(quad)
                removed += 1
                if removed % self.REMOVALS == 0:
                    self.store.flush()
                if removed == len(gone):
                    break
        self.changes += removed

    def old_records(self) -> Iterator[Record]:
        """The evidence rows of the claims already in the store (from its assembly graph)."""
        query = f"""
            PREFIX kg: <{KG}>
            SELECT ?s ?p ?o ?e ?neg ?hedged ?inferred WHERE {{
              GRAPH <{ASSEMBLY_GRAPH}> {{ ?a kg:assertedSubject ?s ; kg:assertedPredicate ?p ;
                                            kg:assertedObject ?o ; kg:evidence ?e }}
              GRAPH ?g {{ ?e kg:negated ?neg ; kg:hedged ?hedged ; kg:inferred ?inferred }}
            }}"""
        for row in self._select(query):
            yield (_curie(row["s"].value), row["p"].value.rsplit("#", 1)[-1], _curie(row["o"].value), row["e"].value,
                   row["neg"].value == "true", row["hedged"].value == "true", row["inferred"].value == "true")

    def old_paper_counts(self) -> Iterator[tuple[str, int]]:
        """``(entity CURIE, papers)`` of the documents already in the store (from its assembly graph).

        A store only ever gains documents, so the new counts are these plus the new documents'.
        A store built by a kg older than the counts has none: they are counted from its mentions.
        """
        found = False
        for row in self._select(f"SELECT ?e ?n WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?e <{KG.paperCount}> ?n }} }}"):
            found = True
            yield _curie(row["e"].value), int(row["n"].value)
        if not found:
            # A store built before kg wrote paper counts: counted once from its kg:mentions.
            for row in self._select(f"SELECT ?e (COUNT(DISTINCT ?pub) AS ?n) WHERE {{ GRAPH ?g {{ "
                                    f"?pub <{KG.mentions}> ?e }} }} GROUP BY ?e"):
                yield _curie(row["e"].value), int(row["n"].value)

    def old_groundings(self) -> Iterator[Grounding]:
        """The grounding summaries of the documents already in the store (from its assembly graph).

        A store built by a kg older than the summaries has none: they are then counted once
        from its mentions (a scan of every mention), so the grown store's counts are right.
        """
        # Counts and values apart: a summary is read whole even if it had no text or alternative.
        summary = f"GRAPH <{ASSEMBLY_GRAPH}> {{ ?g a kg:GroundingSummary ; kg:groundingOf ?e ; kg:groundedBy ?how"
        counts = list(self._select(f"PREFIX kg: <{KG}> SELECT ?e ?how ?n ?inf ?amb WHERE {{ {summary} ; "
                                   f"kg:mentionCount ?n ; kg:inferredCount ?inf ; kg:ambiguousCount ?amb }} }}"))
        if counts:
            yield from self._groundings(counts, summary + " ; kg:PROPERTY ?v }")
        else:
            yield from self._groundings_from_mentions()

    def old_rules(self) -> set[str]:
        """The rules the store's build graph lists (the documents already in it used them)."""
        return {row["r"].value for row in self._select(
            f"SELECT ?r WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?build <{KG.appliedRule}> ?r }} }}")}

    def old_models(self) -> set[str]:
        """The trained models the store's build graph lists (``tagger-…``, ``pairs-…``)."""
        prefix = str(KGR["model-"])
        return {row["m"].value[len(prefix):] for row in self._select(
            f"SELECT ?m WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?build <{PROV.used}> ?m }} }}")
            if row["m"].value.startswith(prefix)}

    def old_evidence(self) -> Path | None:
        """The evidence table the store's last finished build saved, or ``None`` (none saved,
        or saved by another build: a build stopped after writing its build graph, a store
        built by an older kg); the evidence is then read from the store (:meth:`old_records`)."""
        path = self.directory / self.EVIDENCE
        builds = [row["b"].value for row in self._select(
            f"SELECT ?b WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?b a <{PROV.Activity}> }} }}")]
        if len(builds) != 1:
            return None
        return path if EvidenceTable.mark_of(path) == evidence_mark(builds[0], self.old_models()) else None

    def old_labels(self, subjects: Iterable[str]) -> dict[str, set[str]]:
        """The labels (``rdfs:label``) the entities graph gives each of ``subjects`` (``<iri>`` in),
        written as this build writes them (rdflib's N-Triples: Oxigraph escapes a tab)."""
        from kg.query import term_converter

        label, graph = self._ox.NamedNode(str(RDFS.label)), self._ox.NamedNode(str(ENTITIES_GRAPH))
        convert = term_converter()
        found: dict[str, set[str]] = {}
        for subject in subjects:
            for quad in self.store.quads_for_pattern(self._ox.NamedNode(subject[1:-1]), label, None, graph):
                found.setdefault(subject, set()).add(n3(convert(quad.object)))
        return found

    def drop_shared(self, lines: Sequence[str]) -> None:
        """Entities-graph lines to remove when the staged descriptions join the store."""
        self._replaced.extend(lines)

    def save_evidence(self, table: EvidenceTable, mark: str) -> list[str]:
        """Keep ``table`` beside the store for the next build, marked ``mark`` (:func:`evidence_mark`).

        :returns: Notes for the user: the table is a shortcut for the next build, so a
            failure to save it (a full disk) is one, and the store stays complete.
        """
        try:
            table.save(self.directory / self.EVIDENCE, mark)
        except (OSError, sqlite3.Error) as exc:
            return [f"{self.directory}: the build is complete, but saving its evidence table failed ({exc}); the "
                    f"next build into it will read the evidence from the store instead (slower)"]
        return []

    def text_digests(self, digest: Callable[[str], bytes]) -> Iterator[tuple[str, bytes]]:
        """(CURIE, ``digest`` of its text) of each document in the store, as the store lists them."""
        rows = self._select(f"SELECT ?pub ?text WHERE {{ GRAPH ?pub {{ ?pub <{KG.sourceText}> ?text }} }}")
        return ((_curie(row["pub"].value), digest(row["text"].value)) for row in rows)

    def _groundings_from_mentions(self) -> Iterator[Grounding]:
        """:class:`Grounding` rows counted over the store's mention nodes (a store without summaries)."""
        mentions = "GRAPH ?g { ?m kg:denotes ?e ; kg:groundedBy ?how ; kg:inferred ?inf ; kg:ambiguous ?amb"
        counts = self._select(f"""
            PREFIX kg: <{KG}>
            SELECT ?e ?how (COUNT(DISTINCT ?m) AS ?n) (COUNT(DISTINCT ?im) AS ?inf) (COUNT(DISTINCT ?am) AS ?amb)
            WHERE {{ {mentions} }} BIND(IF(?inf, ?m, ?none) AS ?im) BIND(IF(?amb, ?m, ?none) AS ?am) }}
            GROUP BY ?e ?how""")
        yield from self._groundings(counts, mentions + " ; kg:PROPERTY ?v }")

    def _groundings(self, counts: Iterable[Any], values: str) -> Iterator[Grounding]:
        """A :class:`Grounding` per row of ``counts`` (``?e ?how ?n ?inf ?amb``), with the
        alternatives and texts that the pattern ``values`` (``kg:PROPERTY ?v`` for each, with
        ``?e ?how``) finds for its entity and method."""
        found: dict[tuple[str, str], tuple[set[str], set[str]]] = {}
        for kind, prop in ((0, "alternativeGrounding"), (1, "mentionText")):
            for row in self._select(f"PREFIX kg: <{KG}> SELECT DISTINCT ?e ?how ?v "
                                    f"WHERE {{ {values.replace('PROPERTY', prop)} }}"):
                value = row["v"].value
                key = (_curie(row["e"].value), row["how"].value)
                found.setdefault(key, (set(), set()))[kind].add(_curie(value) if kind == 0 else value)
        for row in counts:
            key = (_curie(row["e"].value), row["how"].value)
            alternatives, texts = found.get(key, (set(), set()))
            yield Grounding(*key, int(row["n"].value), int(row["inf"].value), int(row["amb"].value),
                            tuple(sorted(alternatives)), tuple(sorted(texts)))

    def _select(self, query: str) -> Any:
        solutions = self.store.query(query)
        assert isinstance(solutions, self._ox.QuerySolutions)
        return solutions

    def close(self, ok: bool) -> list[str]:
        """Finish writing; after a build that finished (``ok``), compact the store.

        :returns: Notes for the user (a compaction that failed); nothing from a later call.
        """
        if not hasattr(self, "store"):      # closed already
            return []
        try:
            if ok:
                self._flush()
            else:
                # The next build drops what a stopped one loaded; loading the rest now would
                # only repeat the failure (a full disk) over the error being reported.
                self._buffer, self._size = [], 0
            self.store.flush()
            if ok:
                (self.directory / self.PENDING).unlink(missing_ok=True)
            if ok or not self._wrote:
                (self.directory / self.RUNNING).unlink(missing_ok=True)
            # Compacted after what a query would feel: 8 documents added to the 100k store
            # (200k quads changed, most of them the build graph's) left its queries 20-50 %
            # slower until compacted. A build with nothing new changes at most 2 quads (its time).
            busy = self.changes >= self.COMPACT_AFTER or self._dropped or (self.directory / self.UNCOMPACTED).exists()
            return self._compact() if ok and busy else []
        finally:
            self._staged.close()
            if self._listing is not None:
                self._listing.close()
            # Dropping the last reference releases the store's lock for the next reader.
            del self.store
            if not ok and self._new and not self._wrote:
                # "nothing was built" (no document could be read): no empty store either,
                # and a folder the user made for it stays, empty, as it was.
                for entry in list(self.directory.iterdir()) if self._existed else [self.directory]:
                    if entry.is_dir():
                        shutil.rmtree(entry, ignore_errors=True)
                    else:
                        entry.unlink(missing_ok=True)

    def _compact(self) -> list[str]:
        """Compact the finished store (its data is complete: a failure here is only a note).

        Bulk loads leave dozens of overlapping files per index (RocksDB's level 0), and a
        store opened read-only (kg query, kg serve) never compacts them: every lookup then
        reads them all. Compacted, the 100k store answered 2–3× faster (65 s here).
        """
        owed = self.directory / self.UNCOMPACTED
        try:
            owed.write_text("kg build: compacting the store\n")
            self.store.optimize()
        except OSError as exc:        # a full disk: compaction needs room for a copy of an index
            return [f"{self.directory}: the build is complete, but compacting the store failed ({exc}); queries "
                    "will be slower until a later build into it compacts it"]
        owed.unlink()
        return []


def evidence_mark(build: str, models: Iterable[str]) -> str:
    """What a saved evidence table is marked with: the table's layout, the build's IRI (its
    tool, lexicon and sources) and the models it used (rules only or not: other claims)."""
    return " ".join([f"v{EvidenceTable.LAYOUT}", build, *sorted(models)])


def _key(quad: Any) -> bytes:
    """A quad's identity when a graph's old and new quads are compared (16 bytes of its hash)."""
    return hashlib.blake2b(str(quad).encode("utf-8"), digest_size=16).digest()


def _texts(lines: Iterable[str], size: int) -> Iterator[str]:
    """``lines`` joined into texts of about ``size`` characters (whole lines)."""
    chunk: list[str] = []
    length = 0
    for line in lines:
        chunk.append(line)
        length += len(line)
        if length >= size:
            yield "".join(chunk)
            chunk, length = [], 0
    if chunk:
        yield "".join(chunk)


def _digest(text: str) -> bytes:
    return hashlib.blake2b(text.encode("utf-8"), digest_size=16).digest()


@functools.lru_cache(maxsize=1 << 16)
def _curie(iri: str) -> str:
    # Cached: an incremental build reads each old claim's subject and object once per
    # evidence row (1.5M calls on a 100k store, 13 s uncached); the entities recur.
    return CONVERTER.compress(iri) or iri



# ---- the evidence table -------------------------------------------------------------------

class EvidenceTable:
    """Evidence rows in a temporary SQLite file, pooled per claim at the end."""

    #: The version of the tables' layout (in a saved table's mark: another layout's is not read).
    LAYOUT = 1
    TABLES = {
        "ev": "s TEXT, p TEXT, o TEXT, e TEXT, neg INT, hedged INT, inferred INT",
        "papers": "entity TEXT, n INT",
        # A summary's counts add up; its alternatives and texts are sets (kind 'alt' or 'text').
        "groundings": "entity TEXT, how TEXT, n INT, inferred INT, ambiguous INT",
        "grounding_values": "entity TEXT, how TEXT, kind TEXT, value TEXT",
    }
    #: How :meth:`save` keeps each table: rows that only add up are summed, sets made distinct.
    SAVED = {
        "ev": "SELECT DISTINCT * FROM ev",
        "papers": "SELECT entity, SUM(n) AS n FROM papers GROUP BY entity",
        "groundings": "SELECT entity, how, SUM(n) AS n, SUM(inferred) AS inferred, SUM(ambiguous) AS ambiguous "
                      "FROM groundings GROUP BY entity, how",
        "grounding_values": "SELECT DISTINCT * FROM grounding_values",
    }

    def __init__(self, start: Path | None = None) -> None:
        """:param start: A table :meth:`save` wrote, to start from (copied: it stays as it is)."""
        with stops_held():
            self._dir = tempfile.TemporaryDirectory(prefix="kg-evidence-")
        path = Path(self._dir.name) / "evidence.db"
        if start is not None:
            shutil.copyfile(start, path)
        self.db = sqlite3.connect(path)
        if start is None:
            for name, columns in self.TABLES.items():
                self.db.execute(f"CREATE TABLE {name} ({columns})")

    def save(self, path: Path, mark: str) -> None:
        """Write the table to ``path`` (replaced whole at the end), its rows summed, with ``mark``."""
        from kg.export import current_umask

        handle, name = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
        os.chmod(handle, 0o666 & ~current_umask())     # as the store's own files, not mkstemp's 0600
        os.close(handle)
        try:
            self.db.commit()
            self.db.execute("ATTACH DATABASE ? AS saved", (name,))
            try:
                for table, select in self.SAVED.items():
                    self.db.execute(f"CREATE TABLE saved.{table} AS {select}")
                self.db.execute("CREATE TABLE saved.mark (mark TEXT)")
                self.db.execute("INSERT INTO saved.mark VALUES (?)", (mark,))
                self.db.commit()
            finally:
                self.db.execute("DETACH DATABASE saved")
            os.replace(name, path)
        except BaseException:
            Path(name).unlink(missing_ok=True)
            raise

    @staticmethod
    def mark_of(path: Path) -> str | None:
        """The mark of a saved table (``None``: no table there, or not one of these)."""
        if not path.is_file():
            return None
        try:
            with closing(sqlite3.connect(f"file:{path}?mode=ro", uri=True)) as db:
                row = db.execute("SELECT mark FROM mark").fetchone()
        except sqlite3.Error:
            return None
        return row[0] if row else None

    def add(self, records: Iterable[Record]) -> None:
        self.db.executemany("INSERT INTO ev VALUES (?, ?, ?, ?, ?, ?, ?)", records)

    def add_papers(self, counts: Iterable[tuple[str, int]]) -> None:
        """Count documents per entity: ``(CURIE, 1)`` per mentioning document, or old totals."""
        self.db.executemany("INSERT INTO papers VALUES (?, ?)", counts)

    def add_groundings(self, rows: Iterable[Grounding]) -> None:
        """Grounding summaries of documents (new ones, or the store's old totals)."""
        rows = list(rows)
        # Old summaries come once per alternative and text: their counts are the rows' own.
        counts = {(g.entity, g.how): (g.mentions, g.inferred, g.ambiguous) for g in rows}
        self.db.executemany("INSERT INTO groundings VALUES (?, ?, ?, ?, ?)",
                            [(e, h, *n) for (e, h), n in counts.items()])
        self.db.executemany("INSERT INTO grounding_values VALUES (?, ?, ?, ?)",
                            [(g.entity, g.how, kind, value) for g in rows
                             for kind, values in (("alt", g.alternatives), ("text", g.texts)) for value in values])

    def groundings(self) -> Iterator[Grounding]:
        """The summed :class:`Grounding` of each entity and method, sorted as the in-memory build."""
        # SQLite's BINARY order of UTF-8 text is Python's code-point order of str.
        values = self.db.execute("SELECT DISTINCT entity, how, kind, value FROM grounding_values "
                                 "ORDER BY entity, how, kind, value")
        pending = next(values, None)
        for entity, how, n, inferred, ambiguous in self.db.execute(
                "SELECT entity, how, SUM(n), SUM(inferred), SUM(ambiguous) FROM groundings "
                "GROUP BY entity, how ORDER BY entity, how"):
            found: dict[str, list[str]] = {"alt": [], "text": []}
            while pending is not None and (pending[0], pending[1]) == (entity, how):
                found[pending[2]].append(pending[3])
                pending = next(values, None)
            yield Grounding(entity, how, n, inferred, ambiguous, tuple(found["alt"]), tuple(found["text"]))

    def paper_counts(self) -> Iterator[tuple[str, int]]:
        """``(entity CURIE, papers)``, sorted by CURIE as the in-memory build sorts them."""
        rows = self.db.execute("SELECT entity, SUM(n) FROM papers GROUP BY entity")
        return iter(sorted(rows))

    def pooled(self) -> Iterator[tuple[str, str, str, Decimal, bool, bool, list[URIRef]]]:
        """``(s, p, o, confidence, conflict, holds, evidence IRIs)`` per claim, sorted as the in-memory build."""
        # The claims some evidence states (not negated), in a table: at PubMed's size a set
        # of them would be gigabytes.
        self.db.execute("DROP TABLE IF EXISTS holds")
        self.db.execute("CREATE TEMP TABLE holds (s TEXT, p TEXT, o TEXT, PRIMARY KEY (s, p, o)) WITHOUT ROWID")
        self.db.execute("INSERT OR IGNORE INTO holds SELECT s, p, o FROM ev WHERE neg = 0")
        holds = _Holds(self.db)
        rows = self.db.execute("SELECT DISTINCT s, p, o, e, neg, hedged, inferred FROM ev ORDER BY s, p, o, e")
        current: tuple[str, str, str] | None = None
        flags: list[_Flags] = []
        iris: list[URIRef] = []
        for s, p, o, e, neg, hedged, inferred in rows:
            if (s, p, o) != current:
                if current is not None:
                    yield self._claim(current, flags, iris, holds)
                current, flags, iris = (s, p, o), [], []
            flags.append(_Flags(bool(neg), bool(hedged), bool(inferred)))
            iris.append(URIRef(e))
        if current is not None:
            yield self._claim(current, flags, iris, holds)

    @staticmethod
    def _claim(key: tuple[str, str, str], flags: list[_Flags], iris: list[URIRef], holds: _Holds,
               ) -> tuple[str, str, str, Decimal, bool, bool, list[URIRef]]:
        s, p, o = key
        negated = {f.negated for f in flags}
        conflict = len(negated) == 2 or (key in holds and any((s, other, o) in holds for other in OPPOSITE.get(p, ())))
        return s, p, o, confidence(flags), conflict, key in holds, iris

    def close(self) -> None:
        self.db.close()
        self._dir.cleanup()


class _Holds:
    """Membership in the ``holds`` table of :meth:`EvidenceTable.pooled` (``key in holds``)."""

    def __init__(self, db: sqlite3.Connection) -> None:
        self.db = db

    def __contains__(self, key: object) -> bool:
        assert isinstance(key, tuple)
        return self.db.execute("SELECT 1 FROM holds WHERE s = ? AND p = ? AND o = ?", key).fetchone() is not None


@dataclass(frozen=True, slots=True)
class _Flags:
    negated: bool
    hedged: bool
    inferred: bool


# ---- mapping over documents -----------------------------------------------------------------

def _mapped(work: Iterable[Work], models: bool, workers: int, dask: str | None,
            batch: int = BATCH, lexicon: str | None = None) -> Iterator[Rendered]:
    """Render documents in order: in this process, a process pool, or a Dask cluster
    (whose workers check their lexicon is ``lexicon``, the build's version)."""
    if dask is not None:
        yield from _dask_map(work, models, dask, workers, batch, lexicon)
    elif workers > 1:
        import multiprocessing

        pool = multiprocessing.get_context("spawn").Pool(workers, initializer=_init_worker, initargs=(models,))
        finished = False
        try:
            for rendered in pool.imap(render_many, _chunks(work, batch)):
                yield from rendered
            finished = True
        finally:
            if finished:
                pool.terminate()    # the workers idle, the queues quiet
            else:
                _abandon(pool)
    else:
        thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
        loaded = False
        try:
            for chunk in _chunks(work, batch):
                if not loaded:      # not before a document needs it (a store with nothing new)
                    _init(models)
                    loaded = True
                yield from render_many(chunk)
        finally:                # this process is the caller's: its collector as it was
            if not frozen:      # (a caller that froze objects itself keeps them frozen)
                gc.unfreeze()
            gc.set_threshold(*thresholds)


def _abandon(pool: Any) -> None:
    """Stop the process pool of a build that stopped: kill its workers, leave its queues.

    ``Pool.terminate()`` waits on the pool's pipes and locks, and a stopped build can leave
    them held for good (found by a user sending SIGTERM to the build's process group, 3
    tries in 40): a worker killed by that signal while sending its results held the
    results queue's lock, or the thread feeding the workers was halfway through writing a
    batch none of them would read. The workers are killed, no new ones are started in
    their place, and the pool's threads are left to end with the process.
    """
    import multiprocessing.pool

    try:
        handler = pool._worker_handler
        pool._state = handler._state = multiprocessing.pool.TERMINATE
        pool._terminate.cancel()            # no terminate() at exit either
        # The thread that replaces dead workers ends before any is killed (it only needs
        # waking: its queue is the building process's own).
        pool._change_notifier.put(None)
        handler.join(10)
        processes = list(pool._pool)
    except AttributeError:      # a Pool without these (another Python): its own terminate()
        pool.terminate()
        return
    for process in processes:
        process.kill()
    for process in processes:
        process.join(5)


def _chunks(work: Iterable[Work], size: int) -> Iterator[list[Work]]:
    """Consecutive lists of ``size`` documents (the last one shorter), read lazily."""
    chunk: list[Work] = []
    for item in work:
        chunk.append(item)
        if len(chunk) == size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def _dask_map(work: Iterable[Work], models: bool, address: str, workers: int, batch: int,
              lexicon: str | None = None) -> Iterator[Rendered]:
    """Batches of documents as Dask tasks, a bounded window in flight, results in order."""
    from dask.distributed import Client, LocalCluster

    cluster = None
    if address == "local":
        cluster = LocalCluster(n_workers=max(1, workers), threads_per_worker=1, processes=True,
                               dashboard_address=None)
        client = Client(cluster)
    else:
        try:
            client = Client(address, timeout="10s")
        except OSError as exc:
            raise KGError(f"cannot reach the Dask scheduler at {address!r}: {exc}; "
                          "give a scheduler address (tcp://host:8786) or 'local'") from None
    try:
        window: list[Any] = []
        for chunk in _chunks(work, batch):
            window.append(client.submit(render_batch, chunk, models, lexicon, pure=False))
            if len(window) > 4 * max(1, workers):
                yield from window.pop(0).result()
        for future in window:
            yield from future.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()


# ---- the build --------------------------------------------------------------------------------

def stream_build(paths: Sequence[str | Path], sink: Sink, *, workers: int = 1, dask: str | None = None,
                 models: bool = True, progress: Callable[[int, int, int], None] | None = None) -> StreamResult:
    """Build from ``paths`` into ``sink`` without holding the corpus in memory.

    :param workers: Processes extracting in parallel (``1``: this process).
    :param dask: A Dask scheduler address, or ``"local"`` for a local cluster of ``workers``.
    :param progress: Called as ``progress(done, total, failures)`` after each document.
    :returns: Counts, failures (files and documents, by name and reason) and duplicates.
    """
    from kg.extract import load_pair_model, load_tagger
    from kg.extract.lexicon import shipped_version

    result = StreamResult()
    table: EvidenceTable | None = None
    catalog: Catalog | None = None
    entity_lines: EntityLines | None = None
    ok = False
    # Whatever stops the build (an error, Ctrl-C, SIGTERM), the sink is closed: its
    # temporary file goes, a store is released for the user's next step.
    try:
        known_iris = sink.known()    # a store that cannot be grown is refused before reading
        # Pass 1: identifiers, sources, digests of the texts (not the texts) and citable
        # keys, on disk (:class:`kg.catalog.Catalog`): memory does not grow with the corpus.
        catalog = Catalog()
        for item in iter_read(paths):
            if isinstance(item, ReadFailure):
                result.failures.append(item)
                warnings.warn(f"{item.path}: {item.reason}", KGWarning, stacklevel=2)
                continue
            digest = _digest(item.text)
            first = catalog.add(item, digest)
            if first is not None:
                result.duplicates.append((item.curie, first[0], item.source, digest != first[1]))
        # The store's documents: into the catalog as the store lists them, never in one set.
        result.skipped = catalog.mark_known(known_iris)
        known = catalog.known()
        todo = catalog.count(todo=True)
        if result.skipped:
            result.changed = catalog.changed(sink.text_digests(_digest))

        def work() -> Iterator[Work]:  # pass 2, lazily; references resolved here, where the index is
            assert catalog is not None
            for item in iter_read(paths):
                if isinstance(item, Document) and catalog.take(item.curie, item.source):
                    yield item, tuple(catalog.resolve(ref) for ref in item.references)

        # The evidence of the documents already in the store: the table its last build
        # saved (the 100k store's: 1 s), else read from the store (30-50 s and 0.3 GB there).
        saved = sink.old_evidence() if known else None
        table = EvidenceTable(saved)
        rules: set[str] = set()
        # Entity descriptions recur in every document that names the entity; each line is
        # written once (:class:`kg.catalog.EntityLines`, on disk but for the recent ones).
        entity_lines = EntityLines()
        labels = _Labels(entity_lines)
        if saved is None:
            table.add(sink.old_records())
            table.add_papers(sink.old_paper_counts())
            table.add_groundings(sink.old_groundings())
        rules.update(sink.old_rules())
        done = 0
        if progress is not None:
            progress(0, todo, len(result.failures))   # a total from the start (0 when all are stored)
        lexicon = shipped_version()     # taken before extracting: what the build graph will name
        for rendered in _mapped(work(), models, workers, dask, lexicon=lexicon):
            done += 1
            if rendered.failure is not None:
                result.failures.append(ReadFailure(rendered.source, rendered.failure))
                warnings.warn(f"{rendered.source}: {rendered.failure}", KGWarning, stacklevel=2)
            else:
                new = labels.hold(entity_lines.first(rendered.shared))
                sink.write(rendered.nquads)
                sink.write_shared(new)
                table.add(rendered.records)
                table.add_papers((curie, 1) for curie in rendered.mentioned)
                table.add_groundings(rendered.groundings)
                rules.update(rendered.rules)
                result.documents += 1
                result.quads += rendered.nquads.count("\n") + len(new)
            if progress is not None:
                progress(done, todo, len(result.failures))
        if result.documents == 0 and not known:
            # The failures are the whole story here: name each file and its reason.
            reasons = "".join(f"\n  {f.path}: {f.reason}" for f in result.failures)
            raise KGError("nothing was built: no document could be read or extracted" + (":" if reasons else "")
                          + reasons)
        for chosen, replaced in labels.chosen(sink.old_labels if known else lambda subjects: {}):
            sink.write_shared(chosen)
            sink.drop_shared(replaced)
            result.quads += len(chosen) - len(replaced)
        sink.replace_graph(ASSEMBLY_GRAPH, _assembly_lines(table, result))
        used = _models_used(load_tagger() if models else None, load_pair_model() if models else None)
        old_models = sink.old_models() if known else set()
        if result.documents and known and old_models != set(used):
            before = ", ".join(sorted(old_models)) or "rules only"
            result.notes.append(
                f"the store's earlier builds used {before}, this one {', '.join(used) or 'rules only'}: its "
                f"claims were not all found alike (the build graph names every model used); for that, "
                f"build a new store")
        # The build graph names every model behind the store's claims: earlier builds' and,
        # if it extracted any document, this one's.
        used = tuple(sorted(old_models | (set(used) if result.documents else set())))
        # The build graph names every source, the store's too: read from the catalog, in
        # order, never held in one list (a 100k store's took 75 MB as triples).
        info = BuildInfo(__version__, lexicon, tuple(sorted(rules)), (), used)
        activity = build_iri(info, (_curie(iri) for iri in catalog.sources()))
        head = LineSet()
        _build(head, info, activity=activity, count=known + todo)
        used_by = f"{n3(activity)} <{PROV.used}> <"
        tail = f"> {n3(BUILD_GRAPH)} .\n"
        lines = heapq.merge(head.nquads(BUILD_GRAPH),
                            (used_by + iri + tail for iri in catalog.sources(by_line=True)))
        counted = _Counted(lines)
        sink.replace_graph(BUILD_GRAPH, counted)
        result.quads += counted.count
        result.notes += sink.save_evidence(table, evidence_mark(str(activity), info.models))
        ok = True
    finally:
        # Each is closed whatever the one before raised (the sink last: it releases a store).
        try:
            if table is not None:
                table.close()
        finally:
            try:
                if catalog is not None:
                    catalog.close()
            finally:
                try:
                    if entity_lines is not None:
                        entity_lines.close()
                finally:
                    result.notes += sink.close(ok)
                    result.changes = getattr(sink, "changes", None)
    for note in result.notes:       # not over an exception on its way out
        warnings.warn(note, KGWarning, stacklevel=2)
    return result


class _Counted:
    """Lines passed through, counted."""

    def __init__(self, lines: Iterable[str]) -> None:
        self.lines, self.count = lines, 0

    def __iter__(self) -> Iterator[str]:
        for line in self.lines:
            self.count += 1
            yield line


class _Labels:
    """The ``rdfs:label`` lines of minted entities (``kgr:`` IRIs), held back until the
    build's documents are all read, so that each entity gets one label
    (:func:`kg.rdf.preferred_label`), as :func:`kg.rdf.to_dataset` gives it. They are held
    on disk (:class:`kg.catalog.EntityLines`): minted entities grow with the corpus.

    >>> from kg.catalog import EntityLines
    >>> held = _Labels(EntityLines())
    >>> label = "<https://w3id.org/kg-builder/id/entity-gene-prolactin> <http://www.w3.org/2000/01/rdf-schema#label> "
    >>> graph = " <https://w3id.org/kg-builder/id/graph/entities> .\\n"
    >>> other = "<urn:a> <urn:b> <urn:c> <urn:g> .\\n"
    >>> held.hold([label + '"Prolactin"' + graph, label + '"prolactin"' + graph, other])
    ['<urn:a> <urn:b> <urn:c> <urn:g> .\\n']
    >>> [[line.split()[2] for line in write] for write, _ in held.chosen(lambda subjects: {})]
    [['"prolactin"']]
    >>> held.lines.close()
    """

    MINTED = f"<{KGR}"
    LABEL = f" <{RDFS.label}> "
    TAIL = f" <{ENTITIES_GRAPH}> .\n"
    #: Entities whose labels are chosen together (and their stored labels read in one go).
    CHUNK = 10_000

    def __init__(self, lines: EntityLines) -> None:
        self.lines = lines

    def hold(self, lines: list[str]) -> list[str]:
        """``lines`` less the minted entities' labels, which are kept."""
        kept, held = [], []
        for line in lines:
            if line.startswith(self.MINTED) and line.endswith(self.TAIL):
                subject = line[:line.index(" ")]
                if line.startswith(self.LABEL, len(subject)):
                    held.append((subject, line[len(subject) + len(self.LABEL):-len(self.TAIL)]))
                    continue
            kept.append(line)
        if held:
            self.lines.hold(held)
        return kept

    def chosen(self, stored: Callable[[list[str]], dict[str, set[str]]]) -> Iterator[tuple[list[str], list[str]]]:
        """The label lines to write and the stored ones they replace (an earlier build's
        choice), a chunk of entities at a time, in the order of their IRIs.

        :param stored: The labels a store holds for some subjects (:meth:`StoreSink.old_labels`).

        An earlier build's label was the preferred one of its documents' names, so the
        preferred of it and this build's names is that of them all (a grown store labels
        an entity as one build of everything does). A store of an older kg may hold several
        labels for one entity: all but the preferred one go.
        """
        found = self.lines.labels()
        while chunk := list(itertools.islice(found, self.CHUNK)):
            before = stored([subject for subject, _ in chunk])
            write: list[str] = []
            drop: list[str] = []
            for subject, names in chunk:
                old = before.get(subject, set())
                keep = preferred_label(names | old)
                if keep not in old:
                    write.append(f"{subject}{self.LABEL}{keep}{self.TAIL}")
                drop += (f"{subject}{self.LABEL}{label}{self.TAIL}" for label in sorted(old - {keep}))
            yield write, drop


def _assembly_lines(table: EvidenceTable, result: StreamResult) -> Iterator[str]:
    # A direct edge can come from two claims (approvedFor is also written as treats,
    # next to a treats claim of its own): each line once. Claims come sorted by subject,
    # so only the current subject's lines need remembering.
    subject: str | None = None
    written: set[str] = set()
    for s, p, o, conf, conflict, holds, iris in table.pooled():
        result.assertions += 1
        if s != subject:
            subject, written = s, set()
        for triple in assertion_triples(s, p, o, conf, conflict, holds, iris):
            line = _nquad(*triple, ASSEMBLY_GRAPH)
            if line not in written:
                written.add(line)
                result.quads += 1
                yield line
    for curie, papers in table.paper_counts():
        result.quads += 1
        yield _nquad(*paper_count_triple(curie, papers), ASSEMBLY_GRAPH)
    for grounding in table.groundings():
        for triple in grounding_triples(grounding):
            result.quads += 1
            yield _nquad(*triple, ASSEMBLY_GRAPH)


def _models_used(tagger: Any, pairs: Any) -> tuple[str, ...]:
    return ((f"tagger-{tagger.version}",) if tagger is not None else ()) + (
        (f"pairs-{pairs.version}",) if pairs is not None else ())


def warn_unfinished(directory: Path) -> None:
    """Warn when the store at ``directory`` holds what a build left unfinished (read before querying it)."""
    if (directory / StoreSink.PENDING).exists():
        warnings.warn(f"{directory}: the last build into this store stopped while writing its assembly and build "
                      "graphs: its claims and counts may not match its documents; build a new store from all "
                      "its inputs", KGWarning, stacklevel=3)
    elif (directory / StoreSink.RUNNING).exists():
        warnings.warn(f"{directory}: a build into this store is running, or stopped before it finished: "
                      "documents it added may be missing from the claims and counts until a build into it "
                      "finishes", KGWarning, stacklevel=3)


def load_store(directory: Path) -> Dataset:
    """Open an Oxigraph store written by ``kg build --store`` as an rdflib Dataset (oxrdflib).

    Its default graph is the union of the named graphs, as for a loaded ``.nq`` file.
    """
    if not is_store(directory):
        raise KGError(f"{directory} is not an Oxigraph store; build one: kg build seeds --store {directory}")
    import pyoxigraph
    from oxrdflib.store import OxigraphStore

    warn_unfinished(directory)
    # Read-only: queries never lock the store against another reader or a later build.
    try:
        store = pyoxigraph.Store.read_only(str(directory))
    except OSError as exc:
        raise KGError(f"cannot open the Oxigraph store at {directory}: {exc}") from None
    return Dataset(store=OxigraphStore(store=store), default_union=True)


__all__ = ["NQuadsSink", "Rendered", "StoreSink", "StreamResult", "load_store", "render_extraction", "stream_build"]
