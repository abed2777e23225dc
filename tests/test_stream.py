"""The streaming build: same quads as the in-memory build, same bytes whatever the parallelism, and the store."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterable, Iterator
from decimal import Decimal
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import RDFS, SKOS, XSD, Dataset, Literal, URIRef

import kg
from kg.cli import main
from kg.errors import KGError, KGWarning
from kg.iris import KG, KGR
from kg.query import (
    cell,
    load_graph,
    order_keys,
    oxigraph_rows,
    oxigraph_store,
    query_info,
    query_text,
    resolve_entity,
    run_query,
    sort_rows,
    split_order,
)
from kg.rdf import ASSEMBLY_GRAPH, BUILD_GRAPH, ENTITIES_GRAPH
from kg.resources import list_queries
from kg.stream import EvidenceTable, NQuadsSink, StoreSink, load_store, stream_build
from tests.conftest import ROOT, SEEDS

EXTRA = ROOT / "tests" / "data" / "extra"


def _quads(path: Path, *, skip_build: bool = True) -> set[tuple[object, ...]]:
    dataset = Dataset()
    dataset.parse(path, format="nquads")
    return {q for q in dataset.quads((None, None, None, None)) if not (skip_build and q[3] == BUILD_GRAPH)}


def _value(triple: tuple[object, ...]) -> tuple[object, ...]:
    # A plain string is xsd:string in RDF 1.1: Oxigraph gives it the datatype, rdflib leaves it out.
    return tuple((t.toPython(), t.datatype or (None if t.language else XSD.string)) if isinstance(t, Literal) else t
                 for t in triple)


@pytest.fixture(scope="module")
def streamed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("stream") / "graph.nq"
    result = stream_build([SEEDS, EXTRA], NQuadsSink(out))
    assert (result.documents, result.assertions, result.failures) == (4, 16, [])
    return out


def test_streamed_quads_are_the_in_memory_builds(streamed: Path, tmp_path: Path) -> None:
    memory = tmp_path / "memory.nq"
    kg.write_graph(kg.build([SEEDS, EXTRA]).dataset, memory)
    assert _quads(streamed) == _quads(memory)
    # (2,502 until 2026-12-03: the extra trial's overall-survival ratio now names its placebo
    # comparator and is not significant by its own interval and P; a title naming both a gene and
    # a disease is their pair's evidence)
    assert len(_quads(streamed)) == 2504
    # Each quad once, though imatinib's approvedFor GIST is also written as treats, next
    # to its own treats claim.
    lines = streamed.read_text(encoding="utf-8").splitlines()
    assert len(lines) == len(set(lines)) == len(_quads(streamed, skip_build=False))


def test_same_bytes_with_a_process_pool_and_a_dask_cluster(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs = []
    for name, options in (("one", []), ("pool", ["--workers", "2"]), ("dask", ["--dask", "local", "--workers", "2"])):
        out = tmp_path / f"{name}.nq"
        result = CliRunner().invoke(main, ["build", str(SEEDS), str(EXTRA), "-o", str(out), "--stream", *options])
        assert result.exit_code == 0, result.output
        assert "built 4 document(s), 16 assertion(s), 2552 quad(s)" in result.output
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1] == outputs[2]


def test_entity_lines_past_the_recent_ones_are_deduplicated_on_disk(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    """Entity lines are written once each though only the last few hashes stay in memory
    (the rest in EntityLines' table), and minted labels chosen a few entities at a time:
    the same bytes as with the defaults."""
    from kg.catalog import EntityLines

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    outputs, seen = [], []
    first = EntityLines.first

    def counted(self: EntityLines, lines: Iterable[str]) -> list[str]:
        new = first(self, lines)
        seen.append(self.db.execute("SELECT (SELECT COUNT(*) FROM seen), (SELECT COUNT(*) FROM labels)").fetchone())
        return new

    monkeypatch.setattr(EntityLines, "first", counted)
    for recent, chunk in ((EntityLines.RECENT, kg.stream._Labels.CHUNK), (4, 1)):
        monkeypatch.setattr(EntityLines, "RECENT", recent)
        monkeypatch.setattr(kg.stream._Labels, "CHUNK", chunk)
        out = tmp_path / f"{recent}.nq"
        stream_build([SEEDS, EXTRA], NQuadsSink(out))
        outputs.append(out.read_bytes())
    assert outputs[0] == outputs[1]
    written = [line for line in outputs[0].decode().splitlines() if line.endswith(f"<{ENTITIES_GRAPH}> .")]
    minted_labels = [line for line in written if line.startswith(f"<{KGR}") and f" <{RDFS.label}> " in line]
    # Each distinct entity line is in the table once: those written, and every minted label held.
    assert len(seen) == 8 and seen[3] == seen[7] == (len(written) - len(minted_labels) + seen[3][1], seen[3][1])
    assert len(written) > 100 and 0 < len(minted_labels) <= seen[3][1]


def test_entity_lines_keep_at_most_two_generations_in_memory(monkeypatch: pytest.MonkeyPatch) -> None:
    # Review: lines found in the older generation moved to the recent one without the
    # size check, so a run of documents naming only known entities grew it past RECENT.
    from kg.catalog import EntityLines

    monkeypatch.setattr(EntityLines, "RECENT", 100)
    lines = EntityLines()
    try:
        made = 0
        for _ in range(20):
            assert len(lines.first([f"<n{made + i}> .\n" for i in range(99)])) == 99
            made += 99
            assert lines.first([f"<n{i}> .\n" for i in range(made)]) == []        # all seen before
            assert lines.first([f"<n{made}> .\n"]) == [f"<n{made}> .\n"]
            made += 1
            assert len(lines._recent) < 100 and len(lines._older) <= 100
    finally:
        lines.close()


def test_a_stopped_build_s_pool_is_abandoned_without_waiting_on_its_queues() -> None:
    # Found by a user: a SIGTERM to the build's process group killed a worker as it sent
    # its results, holding the results queue's lock, and Pool.terminate() waited on that
    # lock for ever. Here the lock is held by this process, as the dead worker held it.
    import multiprocessing
    import threading

    from kg.stream import _abandon

    pool = multiprocessing.get_context("spawn").Pool(2)
    assert pool.map(abs, [-1, -2]) == [1, 2]
    workers = list(pool._pool)
    assert pool._outqueue._wlock.acquire(timeout=10)
    stopping = threading.Thread(target=_abandon, args=(pool,), daemon=True)
    stopping.start()
    stopping.join(30)
    assert not stopping.is_alive(), "waited on the results queue's lock"
    assert len(workers) == 2 and all(p.exitcode == -9 for p in workers)
    time.sleep(0.5)      # no worker started in their place, no terminate() left for exit
    assert not pool._worker_handler.is_alive() and not pool._terminate.still_active()
    assert all(p in workers for p in pool._pool)


def test_an_in_process_build_collects_less_often_while_extracting_and_then_as_before(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import gc

    import kg.stream

    seen = []
    extract = kg.stream.render_many

    def watched(work: list[object]) -> object:
        seen.append((gc.get_threshold()[0], gc.get_freeze_count() > 100_000))
        return extract(work)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.stream, "render_many", watched)
    before = gc.get_threshold()
    gc.set_threshold(555, *before[1:])
    try:
        gc.freeze()         # a caller's own freeze is kept (found in review)
        stream_build([SEEDS], NQuadsSink(tmp_path / "one.nq"))
        assert gc.get_freeze_count() > 100_000
        gc.unfreeze()
        seen.clear()
        stream_build([SEEDS], NQuadsSink(tmp_path / "graph.nq"))
        # The lexicon and models, loaded for the build, are left out of the collector's walks
        # while it runs; after it, nothing of the caller's stays frozen (uncollectable).
        assert seen == [(kg.stream.GC_THRESHOLD, True)]
        assert gc.get_threshold()[0] == 555 and gc.get_freeze_count() == 0
    finally:
        gc.set_threshold(*before)


def test_progress_reports_documents_and_failures(tmp_path: Path) -> None:
    bad = tmp_path / "in"
    bad.mkdir()
    (bad / "broken.xml").write_text("<PubmedArticleSet><PubmedArticle>")
    (bad / "seed.txt").write_text(next(SEEDS.glob("000_*")).read_text())
    calls: list[tuple[int, int, int]] = []
    with pytest.warns(KGWarning, match="broken.xml"):
        result = stream_build([bad], NQuadsSink(tmp_path / "g.nq"), progress=lambda *a: calls.append(a))
    # The total from the start (a store holding every document shows 0 of 0, not "0 of ?").
    assert calls == [(0, 1, 1), (1, 1, 1)]
    assert [Path(f.path).name for f in result.failures] == ["broken.xml"] and result.documents == 1


def test_an_in_memory_build_reports_progress_too() -> None:
    # Found by a user: --progress did nothing for a Turtle build.
    calls: list[tuple[int, int, int]] = []
    result = kg.build([SEEDS, EXTRA], progress=lambda *a: calls.append(a))
    assert len(result.extractions) == 4 and calls == [(4, 4, 0)]


def test_a_failed_streaming_build_leaves_the_old_output(tmp_path: Path) -> None:
    out = tmp_path / "graph.nq"
    out.write_text("old\n")
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.warns(KGWarning):
        with pytest.raises(KGError, match="nothing was built"):
            stream_build([empty], NQuadsSink(out))
    assert out.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == sorted(["graph.nq", "empty.txt"])


def test_a_failed_build_into_a_new_store_leaves_no_store(tmp_path: Path) -> None:
    """Found by a user: an empty folder built into a new store said 'nothing was built'
    and left an empty store behind; a folder made for the store stays, empty."""
    empty = tmp_path / "empty"
    empty.mkdir()
    made = tmp_path / "made"
    made.mkdir()
    for store in (tmp_path / "new" / "store", made):
        with pytest.warns(KGWarning, match="holds no files to read"), pytest.raises(KGError, match="nothing was built"):
            stream_build([empty], StoreSink(store))
        assert not (tmp_path / "new" / "store").exists()
    assert made.is_dir() and list(made.iterdir()) == []
    # A store that holds documents keeps them when a build adds nothing.
    kept = tmp_path / "kept"
    stream_build([SEEDS], StoreSink(kept))
    before = run_query(load_graph(kept), "publications")
    with pytest.warns(KGWarning, match="holds no files to read"):
        result = stream_build([empty], StoreSink(kept))
    assert result.documents == 0 and run_query(load_graph(kept), "publications") == before and before[1]


def test_a_grown_store_says_how_many_quads_changed(tmp_path: Path) -> None:
    store = tmp_path / "store"
    first = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "--no-progress"])
    assert first.exit_code == 0 and " written or removed" not in first.output
    again = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store), "--no-progress"])
    assert again.exit_code == 0, again.output
    # Nothing new: the assembly is unchanged; the build graph's time is all that may change.
    said = re.search(r"built 0 document\(s\), 2 already in the store, 12 assertion\(s\), (\d+) quad\(s\) in its "
                     r"graphs, (\d) written or removed → ", again.output)
    assert said and int(said.group(1)) > 300 and int(said.group(2)) in (0, 2), again.output


def test_a_pool_worker_leaves_ctrl_c_to_the_building_process() -> None:
    # Found by a user: Ctrl-C with --workers 2 printed each worker's traceback.
    import subprocess
    import sys

    code = ("import signal; import kg.stream as s; s._init_worker(False); "
            "print(signal.getsignal(signal.SIGINT) is signal.SIG_IGN)")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "True"


class _FailsBeforeAssembly(StoreSink):
    """A store build interrupted after its documents' graphs were loaded, before the assembly.

    (A large build loads its documents batch by batch as it goes; these few are loaded
    here, or the stopped build would drop them unloaded.)
    """

    def replace_graph(self, graph: URIRef, nquads: Iterable[str]) -> None:
        if graph == ASSEMBLY_GRAPH:
            self._flush()
            raise KeyboardInterrupt
        super().replace_graph(graph, nquads)


def _documents_in(store: Path) -> set[str]:
    special = {str(g) for g in (ASSEMBLY_GRAPH, BUILD_GRAPH, kg.rdf.ENTITIES_GRAPH)}
    return {str(g.value) for g in pyoxigraph.Store.read_only(str(store)).named_graphs()} - special


def test_a_store_build_names_an_article_whose_text_changed_since_it_was_stored(tmp_path: Path) -> None:
    # Found by a user: an edited article was skipped as "already in the store", silently.
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    seed = SEEDS / "000_ab544946733a2db7.txt"
    edited = tmp_path / "edited" / seed.name
    edited.parent.mkdir()
    edited.write_text(seed.read_text().replace("Efficacy and safety", "Safety and efficacy", 1))
    twice = tmp_path / "twice"
    twice.mkdir()
    (twice / "a.txt").write_text(seed.read_text())
    (twice / "b.txt").write_text(seed.read_text())
    result = CliRunner().invoke(main, ["build", str(edited.parent), str(SEEDS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert (f"note: PMID:12181401 in {edited} has a different text from the one already in {store}; kept the "
            f"stored one (to extract the new text, build a new store)") in result.output
    assert f"note: PMID:12181401 is in both {edited} and {seed} (with a different text; kept {edited})" \
        in result.output
    # The same text twice: a plain note, and nothing changed.
    result = CliRunner().invoke(main, ["build", str(twice), "--store", str(store)])
    assert result.exit_code == 0, result.output
    assert f"note: PMID:12181401 is in both {twice / 'a.txt'} and {twice / 'b.txt'} (kept {twice / 'a.txt'})\n" \
        in result.output
    assert "different text" not in result.output


class _Compactions:
    """A store that counts the calls of its optimize() (RocksDB's compaction), and is otherwise the store."""

    def __init__(self, store: object) -> None:
        self.store, self.optimized = store, 0

    def __getattr__(self, name: str) -> object:
        self.optimized += name == "optimize"
        return getattr(self.store, name)


def test_a_store_build_that_finishes_compacts_the_store(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Bulk loads leave overlapping files that a read-only store (kg query, kg serve) never
    # compacts: the 100k store answered 2-3x slower until compacted (docs/performance.md).
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")      # each build's time the same
    sink = StoreSink(tmp_path / "store")
    spy = sink.store = _Compactions(sink.store)  # type: ignore[assignment]
    stream_build([SEEDS], sink)
    assert spy.optimized == 1
    spy.store = None               # release the store's lock for the next build
    failing = _FailsBeforeAssembly(tmp_path / "store")
    spy = failing.store = _Compactions(failing.store)  # type: ignore[assignment]
    with pytest.raises(KeyboardInterrupt):
        stream_build([SEEDS, EXTRA], failing)
    assert spy.optimized == 0
    spy.store = failing.store = None  # type: ignore[assignment]

    def build(paths: list[Path], compact_after: int = StoreSink.COMPACT_AFTER) -> tuple[int, int]:
        """(quads changed, compactions) of a build into the store."""
        sink = StoreSink(tmp_path / "store")
        sink.COMPACT_AFTER = compact_after
        spy = sink.store = _Compactions(sink.store)  # type: ignore[assignment]
        stream_build(paths, sink)
        spy.store = None
        return sink.changes, spy.optimized

    # The next build drops the stopped one's graphs: compacted, though it changes nothing else.
    assert build([SEEDS]) == (0, 1)
    # Nothing new: not worth a compaction.
    assert build([SEEDS]) == (0, 0)
    # Two documents more: at least their graphs' quads, and a compaction only past the threshold.
    changed, compactions = build([SEEDS, EXTRA], compact_after=10**9)
    store = pyoxigraph.Store.read_only(str(tmp_path / "store"))
    extra = _documents_in(tmp_path / "store") - {
        "https://identifiers.org/pubmed:12181401", "https://doi.org/10.2165/00003495-200767050-00012"}
    loaded = sum(1 for g in extra for _ in store.quads_for_pattern(None, None, None, pyoxigraph.NamedNode(g)))
    assert len(extra) == 2 and changed > loaded > 300 and compactions == 0


class _FullDisk(_Compactions):
    def __getattr__(self, name: str) -> object:
        if name == "optimize":
            def optimize() -> None:
                raise OSError(28, "No space left on device")
            return optimize
        return super().__getattr__(name)


def test_a_compaction_that_fails_leaves_a_complete_store_and_says_so(tmp_path: Path) -> None:
    # Found in review: a failed compaction gave a traceback, and left the store marked as
    # an unfinished build though every quad was in.
    store = tmp_path / "store"
    sink = StoreSink(store)
    sink.store = _FullDisk(sink.store)  # type: ignore[assignment]
    with pytest.warns(KGWarning, match="the build is complete, but compacting the store failed"):
        result = stream_build([SEEDS], sink)
    assert result.documents == 2 and len(result.notes) == 1 and "No space left on device" in result.notes[0]
    assert not (store / StoreSink.RUNNING).exists() and not (store / StoreSink.PENDING).exists()
    del sink
    assert len(pyoxigraph.Store(str(store))) == 1949   # complete, and the lock released (opened for writing)
    # The next build compacts it, though it changes too little to need it otherwise.
    sink = StoreSink(store)
    spy = sink.store = _Compactions(sink.store)  # type: ignore[assignment]
    assert stream_build([SEEDS], sink).documents == 0
    assert spy.optimized == 1 and not (store / StoreSink.UNCOMPACTED).exists()


def test_documents_a_failed_store_build_left_are_built_again(streamed: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    with pytest.raises(KeyboardInterrupt):
        stream_build([SEEDS, EXTRA], _FailsBeforeAssembly(store))
    assert len(_documents_in(store)) == 4, "the failed build left the extra documents' graphs in the store"
    again = stream_build([SEEDS, EXTRA], StoreSink(store))
    # They are extracted again, not skipped as built: the store is the one build of all four.
    assert (again.documents, again.skipped) == (2, 2)
    assembly = {_value(t) for s, p, o, g in _quads(streamed) if g == ASSEMBLY_GRAPH for t in [(s, p, o)]}
    stored = load_graph(store).query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?s ?p ?o }} }}")
    assert {_value(tuple(row)) for row in stored} == assembly


def test_queries_on_a_store_a_build_left_unfinished_warn_until_a_build_finishes(tmp_path: Path) -> None:
    # Found by a user: kg stats counted 1,583 documents where the claims covered 1,000, silently.
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    assert not (store / StoreSink.RUNNING).exists()
    with pytest.raises(KeyboardInterrupt):
        stream_build([SEEDS, EXTRA], _FailsBeforeAssembly(store))
    for command in (["query", "drug_targets"], ["stats"]):
        result = CliRunner().invoke(main, [*command, "-g", str(store)])
        assert result.exit_code == 0
        assert (f"warning: {store}: a build into this store is running, or stopped before it finished: documents "
                f"it added may be missing from the claims and counts until a build into it finishes\n") \
            in result.output
    # kg serve too (it opens the store itself).
    import socket

    from kg.serve import start_server

    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    with pytest.warns(KGWarning, match="a build into this store is running, or stopped before it finished"):
        server = start_server(store, port=port)
    server.stop()
    stream_build([SEEDS, EXTRA], StoreSink(store))
    assert "warning" not in CliRunner().invoke(main, ["query", "drug_targets", "-g", str(store)]).output
    # A build that wrote nothing (no input could be read) leaves no marker either.
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    with pytest.warns(KGWarning), pytest.raises(KGError):
        stream_build([empty], StoreSink(tmp_path / "new"))
    assert not (tmp_path / "new" / StoreSink.RUNNING).exists()


def test_a_graph_a_failed_build_left_and_no_longer_given_is_dropped(tmp_path: Path) -> None:
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    with pytest.raises(KeyboardInterrupt):
        stream_build([SEEDS, EXTRA], _FailsBeforeAssembly(store))
    result = stream_build([SEEDS], StoreSink(store))
    assert (result.documents, result.skipped) == (0, 2)
    assert _documents_in(store) == {"https://identifiers.org/pubmed:12181401",
                                    "https://doi.org/10.2165/00003495-200767050-00012"}
    # Nothing of the stopped build is left: not the entities only its documents named
    # (found by a user: kg stats counted their drugs), not their matched texts.
    clean = tmp_path / "clean"
    stream_build([SEEDS], StoreSink(clean))

    def content(path: Path) -> set[tuple[object, ...]]:
        return {q for q in pyoxigraph.Store.read_only(str(path)) if q.graph_name.value != str(BUILD_GRAPH)}

    assert content(store) == content(clean)


def test_a_build_stopped_while_writing_the_assembly_is_refused_next_time(tmp_path: Path,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.stream

    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))

    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    # The new assembly graph (counting the extra documents) is written, the build graph
    # naming them is not: a next build would count them twice.
    monkeypatch.setattr(kg.stream, "_build", interrupted)
    with pytest.raises(KeyboardInterrupt):
        stream_build([SEEDS, EXTRA], StoreSink(store))
    monkeypatch.undo()
    with pytest.raises(KGError, match=r"store.*stopped while writing its assembly and build graphs.*--store NEW_DIR"):
        stream_build([SEEDS, EXTRA], StoreSink(store))
    queried = CliRunner().invoke(main, ["query", "drug_targets", "-g", str(store)])
    assert f"warning: {store}: the last build into this store stopped while writing its assembly and build " \
        "graphs: its claims and counts may not match its documents; build a new store from all its inputs\n" \
        in queried.output
    assert len(_documents_in(store)) == 4, "nothing was dropped"
    # A build that finishes leaves no marker.
    fresh = tmp_path / "fresh"
    stream_build([SEEDS], StoreSink(fresh))
    assert not (fresh / StoreSink.PENDING).exists()


def test_a_store_build_stopped_while_reading_releases_the_store(tmp_path: Path,
                                                                monkeypatch: pytest.MonkeyPatch) -> None:
    """The store's list of its documents is read after the inputs: a build stopped before
    (Ctrl-C while reading) leaves the store openable though its traceback is still held."""
    import kg.stream

    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store), models=False)
    real = kg.stream.iter_read

    def interrupted(paths: object) -> Iterator[object]:
        for i, item in enumerate(real(paths)):  # type: ignore[arg-type]
            if i == 1:
                raise KeyboardInterrupt
            yield item

    monkeypatch.setattr(kg.stream, "iter_read", interrupted)
    with pytest.raises(KeyboardInterrupt) as stopped:   # keeps the traceback, and its frames
        stream_build([SEEDS, EXTRA], StoreSink(store), models=False)
    assert stopped.traceback
    assert len(pyoxigraph.Store(str(store))) > 0     # OSError "lock hold by current process" if still open


def test_a_stored_summary_without_texts_keeps_its_counts(tmp_path: Path) -> None:
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    summary = str(kg.iris.mint("grounding", "CHEBI:45783", "lexicon"))
    (store / StoreSink.EVIDENCE).unlink()      # read from the store, as one built by an older kg
    old = pyoxigraph.Store(str(store))
    old.update(f"DELETE WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ <{summary}> <{KG.mentionText}> ?t }} }}")
    del old
    stream_build([SEEDS], StoreSink(store))          # no new document: the assembly is recomputed
    counts = load_graph(store).query(f"SELECT ?n WHERE {{ <{summary}> <{KG.mentionCount}> ?n }}")
    assert [int(row[0]) for row in counts] == [18]


def test_a_store_without_summaries_or_paper_counts_gets_them_counted_from_its_mentions(streamed: Path,
                                                                                 tmp_path: Path) -> None:
    # A store built before kg wrote grounding summaries: the seeds, their summaries removed.
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    (store / StoreSink.EVIDENCE).unlink()      # an older kg saved no evidence table
    old = pyoxigraph.Store(str(store))
    old.update(f"PREFIX kg: <{KG}> DELETE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?g ?p ?o }} }} "
               f"WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?g a kg:GroundingSummary ; ?p ?o }} }}")
    # ... and their paper counts, which came before the summaries.
    old.update(f"DELETE WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?e <{KG.paperCount}> ?n }} }}")
    assert not list(old.quads_for_pattern(None, None, pyoxigraph.NamedNode(str(KG.GroundingSummary))))
    assert not list(old.quads_for_pattern(None, pyoxigraph.NamedNode(str(KG.paperCount)), None))
    del old
    stream_build([SEEDS, EXTRA], StoreSink(store))
    # Grown by the two other documents, its summaries and counts are those of one build of all four.
    graph = load_graph(store)
    summaries = f"""SELECT ?s ?p ?o WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?s a <{KG.GroundingSummary}> ; ?p ?o }} }}"""
    stored = {_value(tuple(row)) for row in graph.query(summaries)}
    expected = {_value(tuple(row)) for row in load_graph(streamed).query(summaries)}
    assert stored == expected and len(expected) == 191
    counts = f"SELECT ?e ?n WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?e <{KG.paperCount}> ?n }} }}"
    expected_counts = {(e, int(n)) for e, n in load_graph(streamed).query(counts)}
    assert {(e, int(n)) for e, n in graph.query(counts)} == expected_counts
    assert (URIRef("http://purl.obolibrary.org/obo/CHEBI_45783"), 4) in expected_counts


class _NoStoreReads(StoreSink):
    """A store sink that fails the build if it reads the old evidence from the store."""

    def old_records(self) -> Iterator[tuple[object, ...]]:  # type: ignore[override]
        raise AssertionError("read the evidence from the store, not from the saved table")


@pytest.mark.parametrize(("removals", "saved"), [(StoreSink.REMOVALS, True), (7, True), (StoreSink.REMOVALS, False)])
def test_store_answers_queries_and_adds_only_new_documents(streamed: Path, tmp_path: Path, removals: int,
                                                           saved: bool, monkeypatch: pytest.MonkeyPatch) -> None:
    # Old assembly quads are removed one by one, the store flushed every `removals`
    # quads (7: many flushes while the removal iterates): nothing of it may stay. The old
    # evidence comes from the table the first build saved, or (an older kg's store, or
    # one whose table is of another build) from the store.
    monkeypatch.setattr(StoreSink, "REMOVALS", removals)
    store = tmp_path / "store"
    first = stream_build([SEEDS], StoreSink(store))
    assert (first.documents, first.skipped) == (2, 0)
    if not saved:
        (store / StoreSink.EVIDENCE).unlink()
    second = stream_build([SEEDS, EXTRA], _NoStoreReads(store) if saved else StoreSink(store))
    assert (second.documents, second.skipped, second.assertions) == (2, 2, 16)
    graph = load_graph(store)
    # The recomputed assembly is the one of building all four at once (Oxigraph writes
    # decimals in canonical form, "0.42" for "0.420", so terms are compared by value).
    assembly = {_value(t) for s, p, o, g in _quads(streamed) if g == ASSEMBLY_GRAPH for t in [(s, p, o)]}
    stored = graph.query(f"SELECT ?s ?p ?o WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?s ?p ?o }} }}")
    assert {_value(tuple(row)) for row in stored} == assembly
    columns, rows = run_query(graph, "drug_targets", {"drug": "imatinib"})
    file_columns, file_rows = run_query(load_graph(streamed), "drug_targets", {"drug": "imatinib"})
    # GROUP_CONCAT's order is the engine's own, so the papers column is compared as a set.
    def cells(r: tuple[object, ...]) -> list[object]:
        return [str(c) for c in r[:-1]] + [sorted(str(r[-1]).split())]

    assert (columns, [cells(r) for r in rows]) == (file_columns, [cells(r) for r in file_rows])
    assert [(str(r[4]), str(r[5]), str(r[7])) for r in rows] == [("KIT", "0.734", "3")]
    # The grounding summaries of the grown store add the new documents' counts to the old:
    # what a count over every mention of the store gives.
    from_mentions = str(ROOT / "tests" / "data" / "groundings_from_mentions.rq")
    summed = run_query(graph, "groundings")
    assert summed == run_query(graph, from_mentions) and len(summed[1]) == 25
    printed = [[cell(v) for v in row] for row in summed[1]]
    file_columns, file_rows = run_query(load_graph(streamed), "groundings")
    assert (summed[0], printed) == (file_columns, [[cell(v) for v in row] for row in file_rows])


class _Writes:
    """A store that records the quads added (``extend``) and removed one by one, and is otherwise the store."""

    def __init__(self, store: object) -> None:
        self.store = store
        self.added: list[pyoxigraph.Quad] = []
        self.removed: list[pyoxigraph.Quad] = []

    def extend(self, quads: Iterable[pyoxigraph.Quad]) -> None:
        quads = list(quads)
        self.added += quads
        self.store.extend(quads)  # type: ignore[attr-defined]

    def remove(self, quad: pyoxigraph.Quad) -> None:
        self.removed.append(quad)
        self.store.remove(quad)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self.store, name)


def _assembly(store: Path) -> set[str]:
    return {str(q) for q in pyoxigraph.Store.read_only(str(store)).quads_for_pattern(
        None, None, None, pyoxigraph.NamedNode(str(ASSEMBLY_GRAPH)))}


def test_a_grown_store_writes_only_the_assembly_quads_that_change(tmp_path: Path) -> None:
    # The 100k store's assembly graph holds 1.1M quads; 8 new documents change a few
    # thousand. Rewritten whole it took a minute, and as long again to compact.
    small, big, grown = tmp_path / "small", tmp_path / "big", tmp_path / "grown"
    stream_build([SEEDS], StoreSink(small))
    stream_build([SEEDS, EXTRA], StoreSink(big))
    stream_build([SEEDS], StoreSink(grown))
    sink = StoreSink(grown)
    spy = sink.store = _Writes(sink.store)  # type: ignore[assignment]
    stream_build([SEEDS, EXTRA], sink)
    spy.store = None               # release the store's lock
    before, after = _assembly(small), _assembly(big)
    assert _assembly(grown) == after
    assembly = str(ASSEMBLY_GRAPH)
    assert sorted(str(q) for q in spy.added if q.graph_name.value == assembly) == sorted(after - before)
    assert sorted(str(q) for q in spy.removed if q.graph_name.value == assembly) == sorted(before - after)
    # Confidences are decimals ("0.420" is read back as "0.42"): an unchanged claim is
    # recognised whatever its literal's spelling, so a build with nothing new writes nothing to the assembly.
    assert 0 < len(after - before) < len(after) and before - after
    sink = StoreSink(grown)
    spy = sink.store = _Writes(sink.store)  # type: ignore[assignment]
    assert stream_build([SEEDS, EXTRA], sink).documents == 0
    assert [q for q in spy.added + spy.removed if q.graph_name.value == assembly] == []


def test_an_evidence_table_of_another_build_is_not_used(tmp_path: Path) -> None:
    # Saved by another store's build, left by a build stopped after it wrote its build
    # graph, or not a table at all: the store's own evidence is read.
    other, store, whole = tmp_path / "other", tmp_path / "store", tmp_path / "whole"
    stream_build([EXTRA], StoreSink(other))
    stream_build([SEEDS], StoreSink(store))
    stream_build([SEEDS, EXTRA], StoreSink(whole))
    mark = EvidenceTable.mark_of(store / StoreSink.EVIDENCE)
    assert mark is not None and mark.startswith(f"v{EvidenceTable.LAYOUT} {kg.iris.KGR['build-']}")
    assert (store / StoreSink.EVIDENCE).stat().st_mode & 0o777 == (store / "CURRENT").stat().st_mode & 0o777
    assert EvidenceTable.mark_of(other / StoreSink.EVIDENCE) not in (None, mark)
    shutil.copyfile(other / StoreSink.EVIDENCE, store / StoreSink.EVIDENCE)
    assert StoreSink(store).old_evidence() is None
    stream_build([SEEDS, EXTRA], StoreSink(store))
    assert _assembly(store) == _assembly(whole)
    assert EvidenceTable.mark_of(store / StoreSink.EVIDENCE) == EvidenceTable.mark_of(whole / StoreSink.EVIDENCE)
    (store / StoreSink.EVIDENCE).write_bytes(b"not a table")
    assert EvidenceTable.mark_of(store / StoreSink.EVIDENCE) is None
    assert StoreSink(store).old_evidence() is None


def test_an_evidence_table_of_a_build_with_other_models_is_not_used(tmp_path: Path) -> None:
    # Found in review: the same sources built rules-only and with the models make one
    # build IRI, and different claims.
    rules, models = tmp_path / "rules", tmp_path / "models"
    stream_build([SEEDS], StoreSink(rules), models=False)
    stream_build([SEEDS], StoreSink(models))
    assert EvidenceTable.mark_of(rules / StoreSink.EVIDENCE) != EvidenceTable.mark_of(models / StoreSink.EVIDENCE)
    shutil.copyfile(rules / StoreSink.EVIDENCE, models / StoreSink.EVIDENCE)
    assert StoreSink(models).old_evidence() is None
    assert StoreSink(rules).old_evidence() == rules / StoreSink.EVIDENCE


def test_a_table_that_cannot_be_saved_leaves_a_complete_store_that_grows(tmp_path: Path,
                                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    # Found in review: a full disk while saving the table left the store marked as stopped
    # while writing its assembly, refused ever after; the table is only a shortcut.
    store, whole = tmp_path / "store", tmp_path / "whole"
    stream_build([SEEDS], StoreSink(store))

    def full(self: EvidenceTable, path: Path, mark: str) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(EvidenceTable, "save", full)
    with pytest.warns(KGWarning, match="the build is complete, but saving its evidence table failed .*No space left"):
        result = stream_build([SEEDS, EXTRA], StoreSink(store))
    assert result.documents == 2 and not (store / StoreSink.PENDING).exists()
    monkeypatch.undo()
    assert StoreSink(store).old_evidence() is None          # the first build's table: not this one's
    assert stream_build([SEEDS, EXTRA], StoreSink(store)).documents == 0   # the evidence read from the store
    stream_build([SEEDS, EXTRA], StoreSink(whole))
    assert _assembly(store) == _assembly(whole)


def test_a_quad_whose_key_ends_in_zero_bytes_is_still_removed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Keys are sorted in a numpy array of fixed-width bytes, which hands them back without
    # trailing zero bytes: one key in 256 ends in one.
    import kg.stream

    key = kg.stream._key
    monkeypatch.setattr(kg.stream, "_key", lambda quad: key(quad)[:14] + b"\0\0")
    small, big = tmp_path / "small", tmp_path / "big"
    stream_build([SEEDS], StoreSink(small))
    before = _assembly(small)
    stream_build([SEEDS, EXTRA], StoreSink(small))
    stream_build([SEEDS, EXTRA], StoreSink(big))
    assert _assembly(small) == _assembly(big) and before - _assembly(big)


def test_paper_counts_are_the_papers_that_mention_each_entity(streamed: Path) -> None:
    graph = load_graph(streamed)
    counted = {(str(e), int(n)) for e, n in graph.query(
        "SELECT ?e (COUNT(DISTINCT ?p) AS ?n) WHERE { ?p kg:mentions ?e } GROUP BY ?e", initNs={"kg": KG})}
    stored = {(str(e), int(n)) for e, n in graph.query(
        f"SELECT ?e ?n WHERE {{ GRAPH <{ASSEMBLY_GRAPH}> {{ ?e kg:paperCount ?n }} }}", initNs={"kg": KG})}
    assert stored == counted and len(stored) == 23
    assert ("http://purl.obolibrary.org/obo/CHEBI_45783", 4) in stored   # imatinib: every document
    # The entities query reads them: PDGFRA D842V is in the two extra documents.
    [row] = [r for r in run_query(graph, "entities", {"type": "Mutation"})[1] if str(r[2]) == "PDGFRA D842V"]
    assert int(row[4]) == 2


def _values(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    def value(cell: object) -> object:
        # Oxigraph writes decimals canonically ("0.42" for "0.420") and orders GROUP_CONCAT
        # its own way: numbers compare by value, strings as their sorted words.
        python = cell.toPython() if isinstance(cell, Literal) else cell
        if isinstance(python, Decimal):
            return float(python)
        return tuple(sorted(python.split())) if isinstance(python, str) else python

    return sorted((tuple(value(c) for c in row) for row in rows), key=repr)


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("every-query") / "store"
    stream_build([SEEDS, EXTRA], StoreSink(path))
    return path


@pytest.mark.parametrize("name", list_queries())
def test_every_named_query_gives_the_files_rows_on_a_store(streamed: Path, store: Path, name: str) -> None:
    # Oxigraph's union of named graphs keeps duplicates: a triple stated in two graphs
    # would give a row twice. The rows (as multisets of values) must be the file's.
    _, stored = run_query(load_graph(store), name)
    _, filed = run_query(load_graph(streamed), name)
    assert len(stored) == len(filed) > 0 or name == "conflicts"
    assert _values(stored) == _values(filed)


@pytest.mark.parametrize("name", list_queries())
def test_store_prints_the_files_cells(streamed: Path, store: Path, name: str) -> None:
    # Cell for cell as printed, list cells (GROUP_CONCAT) included: their items are sorted.
    # Only decimals differ in form (Oxigraph writes 0.42 for 0.420), so they compare by value.
    def printed(rows: list[tuple[object, ...]]) -> list[list[object]]:
        return [[float(c) if isinstance(c, Literal) and c.datatype == XSD.decimal else cell(c) for c in row]
                for row in rows]

    columns, stored = run_query(load_graph(store), name)
    file_columns, filed = run_query(load_graph(streamed), name)
    assert (columns, printed(stored)) == (file_columns, printed(filed))
    # The same rdflib terms too: a simple literal is Literal("text") from both, not
    # "text"^^xsd:string from the store.
    def terms(rows: list[tuple[object, ...]]) -> list[list[object]]:
        return [[float(c) if isinstance(c, Literal) and c.datatype == XSD.decimal else c for c in row] for row in rows]

    assert terms(stored) == terms(filed)
    if name == "drug_targets":   # imatinib inhibits KIT: two papers, in sorted order (Oxigraph gave them reversed)
        assert [cell(r[-1]) for r in stored if cell(r[3]) == "HGNC:6342"] == ["PMID:12181401 PMID:99000003"]


@pytest.mark.parametrize("name", list_queries())
def test_store_rows_come_in_the_files_order(streamed: Path, store: Path, name: str) -> None:
    # On a store the ORDER BY is done in Python (split_order, sort_rows), not by Oxigraph:
    # the sort keys must run down the rows exactly as rdflib's ORDER BY has them.
    unordered, keys = split_order(query_text(query_info(name), {}, oxigraph=True))   # the text a store gets
    assert keys, f"{name} has no ORDER BY of plain variables"
    graph = load_graph(store)
    columns, stored = run_query(graph, name)
    _, filed = run_query(load_graph(streamed), name)
    at = [columns.index(key) for key, _ in keys]
    # Every key is a column Python can order: the rows were sorted in Python, not by the fallback.
    native = [tuple(row) for row in oxigraph_store(graph).query(unordered, use_default_graph_as_union=True)]
    assert len(native) == len(stored) > 0
    assert all(order_keys([row[i] for row in native]) is not None for i in at)
    def key(row: tuple[object, ...]) -> list[object]:   # literals by value: Oxigraph writes decimals canonically
        values = [c.toPython() if isinstance(c, Literal) else c for c in (row[i] for i in at)]
        return [float(v) if isinstance(v, Decimal) else v for v in values]

    assert [key(r) for r in stored] == [key(r) for r in filed]


@pytest.mark.parametrize("name", list_queries())
def test_a_file_held_by_oxigraph_answers_as_the_store_does(streamed: Path, store: Path, name: str) -> None:
    # A large file is loaded into an in-memory Oxigraph store (the engine the store has):
    # every named query must print the store's cells, in the store's order.
    held = load_graph(streamed, "oxigraph")
    assert oxigraph_store(held) is not None
    columns, rows = run_query(held, name)
    stored_columns, stored = run_query(load_graph(store), name)
    assert (columns, [[cell(c) for c in r] for r in rows]) == (stored_columns, [[cell(c) for c in r] for r in stored])


def test_auto_engine_picks_oxigraph_for_large_files(streamed: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert oxigraph_store(load_graph(streamed)) is None               # the seeds' 0.7 MB: rdflib
    assert oxigraph_store(load_graph(streamed, "oxigraph")) is not None
    monkeypatch.setattr(kg.query, "OXIGRAPH_FROM_BYTES", streamed.stat().st_size)
    held = load_graph(streamed)
    assert oxigraph_store(held) is not None
    assert oxigraph_store(load_graph(streamed, "rdflib")) is None
    # What a file says is all there, the union of its graphs the default graph.
    assert len(held) == len(load_graph(streamed, "rdflib")) > 1000
    with pytest.raises(KGError, match="unknown engine 'fast'; choose one of auto, rdflib, oxigraph"):
        load_graph(streamed, "fast")


def test_auto_engine_weighs_a_turtle_file_as_its_n_quads(streamed: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    """Turtle holds about five times the statements per byte of N-Quads (found by a user: a
    29 MB Turtle file of 2,000 abstracts was held by rdflib, 29 s and 1.1 GB for one entity)."""
    turtle = kg.write_graph(load_graph(streamed, "rdflib"), tmp_path / "graph.ttl")
    size = turtle.stat().st_size
    monkeypatch.setattr(kg.query, "OXIGRAPH_FROM_BYTES", 4 * size)
    assert oxigraph_store(load_graph(turtle)) is not None
    monkeypatch.setattr(kg.query, "OXIGRAPH_FROM_BYTES", 6 * size)
    assert oxigraph_store(load_graph(turtle)) is None


@pytest.mark.parametrize("suffix", [".nq", ".ttl"])
def test_oxigraph_engine_names_a_bad_file(tmp_path: Path, suffix: str) -> None:
    bad = tmp_path / f"bad{suffix}"
    bad.write_text("<urn:a> <urn:b> .\n", encoding="utf-8")
    with pytest.raises(KGError, match=rf"{bad}: not valid (nquads|turtle): "):
        load_graph(bad, "oxigraph")


def test_query_engine_flag(streamed: Path) -> None:
    ran = {engine: CliRunner().invoke(main, ["query", "entities", "-g", str(streamed), "--engine", engine,
                                              "--format", "csv"]) for engine in ("rdflib", "oxigraph")}
    assert all(r.exit_code == 0 for r in ran.values()), ran
    assert ran["oxigraph"].output == ran["rdflib"].output and len(ran["rdflib"].output.splitlines()) == 24
    refused = CliRunner().invoke(main, ["stats", "-g", str(streamed), "--engine", "fast"])
    assert refused.exit_code == 2 and "'fast' is not one of 'auto', 'rdflib', 'oxigraph'" in refused.output


def _both_orders(literals: list[pyoxigraph.Literal], order: str) -> tuple[list[str], list[str]]:
    """One literal per subject, sorted by Oxigraph and by oxigraph_rows: the subjects in order."""
    native = pyoxigraph.Store()
    for i, literal in enumerate(literals):
        native.add(pyoxigraph.Quad(pyoxigraph.NamedNode(f"urn:s{i}"), pyoxigraph.NamedNode("urn:p"), literal))
    text = f"SELECT ?s ?o WHERE {{ ?s <urn:p> ?o }} ORDER BY {order}"
    theirs = [row["s"].value for row in native.query(text)]
    ours = [str(row[0]) for row in oxigraph_rows(native, text)[1]]
    return theirs, ours


@pytest.mark.parametrize("values", [
    # Sorted in Python: strings (tags, case, accents), integers with decimals, doubles.
    [("b", None, None), ("a", "en", None), ("a", None, None), ("B", None, None), ("a", "de", None), ("é", None, None)],
    [("10", None, XSD.integer), ("9.5", None, XSD.decimal), ("-2", None, XSD.integer), ("-0.0", None, XSD.decimal)],
    [("1.5e1", None, XSD.double), ("-0.0", None, XSD.double), ("2", None, XSD.double)],
    # Left to Oxigraph: integers beside doubles (compared as doubles there), xsd:float
    # (rounded to 32 bits), forms Python reads and XSD does not (" 7 ", "1_000").
    [("9007199254740993", None, XSD.integer), ("9007199254740992.0", None, XSD.double)],
    [("0.1", None, XSD.float), ("0.1", None, XSD.double)],
    [(" 7 ", None, XSD.integer), ("1_000", None, XSD.integer), ("8", None, XSD.integer)],
    # Left to Oxigraph: dates compare by instant, not text; unlike literals; NaN.
    [("2020-01-01T10:00:00+05:00", None, XSD.dateTime), ("2020-01-01T06:00:00Z", None, XSD.dateTime)],
    [("5", None, XSD.integer), ("x", None, None), ("true", None, XSD.boolean)],
    [("NaN", None, XSD.decimal), ("1", None, XSD.decimal)],
])
@pytest.mark.parametrize("order", ["?o", "DESC(?o)"])
def test_python_sort_is_oxigraphs_order(values: list[tuple[str, str | None, URIRef | None]], order: str) -> None:
    literals = [pyoxigraph.Literal(v, language=lang) if lang else
                pyoxigraph.Literal(v, datatype=pyoxigraph.NamedNode(str(dt or XSD.string))) for v, lang, dt in values]
    theirs, ours = _both_orders(literals, order)
    assert ours == theirs and len(ours) == len(values)


def test_sorting_in_python_is_sparql_order() -> None:
    def number(value: str) -> pyoxigraph.Literal:
        return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(str(XSD.decimal if "." in value else XSD.integer)))

    a, b, c = (pyoxigraph.NamedNode(f"urn:{x}") for x in "abc")
    rows = [(number("10"), b), (None, a), (number("9.5"), c), (number("11"), a), (number("10"), a)]
    keys = [(order_keys([row[0] for row in rows]), False), (order_keys([row[1] for row in rows]), True)]
    assert sort_rows(rows, keys) == [(None, a), (number("9.5"), c), (number("10"), b), (number("10"), a),
                                     (number("11"), a)]
    # Blank nodes before IRIs before literals; a tagged string before the plain one.
    mixed = [pyoxigraph.Literal("x"), pyoxigraph.Literal("x", language="en"), c, pyoxigraph.BlankNode("z"), None]
    assert order_keys(mixed) == [(3, 1, "x", True, ""), (3, 1, "x", False, "en"), (2, "urn:c"), (1, "z"), (0,)]
    # Numbers beside strings, ill-typed numbers, integers beside doubles, floats: Oxigraph's
    # order, not a guess (found in review: Python compares 2**53 + 1 and 2.0**53 exactly).
    def typed(value: str, datatype: URIRef) -> pyoxigraph.Literal:
        return pyoxigraph.Literal(value, datatype=pyoxigraph.NamedNode(str(datatype)))

    assert order_keys([number("1"), pyoxigraph.Literal("a")]) is None
    for bad in ("one", " 7 ", "1_000"):
        assert order_keys([typed(bad, XSD.integer)]) is None, bad
    assert order_keys([number("9007199254740993"), typed("9007199254740992.0", XSD.double)]) is None
    assert order_keys([typed("0.1", XSD.float)]) is None
    assert order_keys([typed("1e3", XSD.double), typed("-2", XSD.double)]) == [(3, 0, 1000.0, "double"),
                                                                              (3, 0, -2.0, "double")]
    # Keys Oxigraph must keep: a LIMIT after ORDER BY, an expression, a subquery's ORDER BY.
    for text in ("SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a LIMIT 5", "SELECT ?a WHERE { ?a ?p ?o } ORDER BY STR(?a)",
                 "SELECT ?a WHERE { { SELECT ?a WHERE { ?a ?p ?o } ORDER BY ?a } }"):
        assert split_order(text) == (text, [])


def test_a_sort_key_the_rows_lack_is_left_to_oxigraph(store: Path) -> None:
    native = oxigraph_store(load_graph(store))
    text = ("SELECT ?label WHERE { ?e a kg:Drug ; rdfs:label ?label ; kg:paperCount ?n } "
            "ORDER BY DESC(?n) ?label")
    columns, rows = oxigraph_rows(native, text)
    assert columns == ("label",) and str(rows[0][0]) == "imatinib"     # in every document


@pytest.mark.parametrize(("name", "params"), [
    ("outcomes", {"drug": "imatinib"}),                       # bound inside OPTIONAL
    ("outcomes", {"endpoint": "partial response"}),
    ("drug_targets", {"drug": "imatinib"}),                   # grouped by the bound variable
    ("adverse_events", {"drug": "imatinib"}),
    ("drug_mutation", {"drug": "imatinib", "mutation": "KIT exon 9 mutation"}),
    ("evidence", {"subject": "imatinib", "object": "KIT", "predicate": "inhibits"}),
    ("entities", {"type": "Mutation"}),                       # a class parameter
    ("groundings", {"type": "Drug"}),
    ("publications", {"publication": "PMID:12181401"}),
    ("studies", {"drug": "imatinib"}),                        # a '# when' pattern
    ("conflicts", {"subject": "PDGFRA D842V"}),
])
def test_bound_parameters_mean_the_same_on_a_store(streamed: Path, store: Path, name: str,
                                                    params: dict[str, str]) -> None:
    # The store gets the terms written into the query text, the file rdflib's initBindings:
    # both bind the variable everywhere, inside OPTIONAL too.
    columns, stored = run_query(load_graph(store), name, params)
    file_columns, filed = run_query(load_graph(streamed), name, params)
    assert columns == file_columns
    assert len(stored) == len(filed) > 0
    assert _values(stored) == _values(filed)


def test_kg_query_runs_every_named_query_on_a_store(tmp_path: Path) -> None:
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    result = CliRunner().invoke(main, ["query", "evidence", "-g", str(store), "-p", "subject=imatinib",
                                       "-p", "object=KIT", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert '"predicate": "kg:inhibits"' in result.output and '"start": "1791"' in result.output
    result = CliRunner().invoke(main, ["query", "--all", "-g", str(store)])
    assert result.exit_code == 0, result.output
    assert "== outcomes: Outcome measurements ==" in result.output


def test_streaming_to_turtle_is_refused_with_the_fix(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "g.ttl"), "--workers", "2"])
    assert result.exit_code == 1
    assert "a streaming build writes N-Quads: use -o" in result.output and "g.nq" in result.output


def test_rules_only_builds_without_the_trained_models(tmp_path: Path) -> None:
    out = tmp_path / "rules.nq"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out), "--stream", "--rules-only"])
    assert result.exit_code == 0, result.output
    assert "built 2 document(s), 10 assertion(s)" in result.output
    rules = {str(o) for s, p, o, g in _quads(out) if str(p).endswith("#rule")}
    assert rules and not any(r.endswith("pair-classifier") for r in rules)
    used = {str(o) for s, p, o, g in _quads(out, skip_build=False) if g == BUILD_GRAPH and str(p).endswith("#used")}
    assert not any("/model-" in u for u in used)


def test_a_drug_parameter_keeps_only_that_drugs_rows(streamed: Path, store: Path) -> None:
    # One extra document reports a progression-free survival with no drug, and a placebo arm:
    # --param drug=imatinib leaves both out, on the file and on the store alike.
    for graph in (load_graph(streamed), load_graph(store)):
        _, every = run_query(graph, "outcomes")
        _, imatinib = run_query(graph, "outcomes", {"drug": "imatinib"})
        assert (len(every), len(imatinib)) == (19, 18)
        assert {str(r[1]) for r in imatinib} == {"imatinib"}
        _, arms = run_query(graph, "studies", {"drug": "imatinib"})
        assert sorted(str(r[4]) for r in arms) == ["400 mg daily", "600 mg daily", "800 mg daily"]


def test_file_and_store_list_rows_in_the_same_order_when_sort_keys_tie(shared: Path, tmp_path: Path) -> None:
    # BioRED's 100 dev abstracts have rows that tie on the first sort keys (two sentences
    # of one paper in `conflicts`, outcomes at one offset): each query's ORDER BY goes on
    # through every column the rows may differ in, so both engines list them alike and a
    # page (--limit/--offset) is the same page.
    corpus = shared / "corpora" / "BioRED" / "Dev.PubTator"
    nq, store = tmp_path / "dev.nq", tmp_path / "store"
    stream_build([corpus], NQuadsSink(nq))
    stream_build([corpus], StoreSink(store))
    on_file, on_store = load_graph(nq), load_graph(store)

    def printed(graph: object, name: str) -> list[list[str]]:
        # A store writes decimals canonically (0.42 for 0.420): numbers compared by value.
        # (negative ones too: "-65.0" is "-65" in a store)
        return [[str(Decimal(c).normalize()) if re.fullmatch(r"-?\d+(?:\.\d+)?", c) else c
                 for c in map(cell, row)] for row in run_query(graph, name)[1]]  # type: ignore[arg-type]

    tied = 0
    for name in list_queries():
        rows = printed(on_file, name)
        assert rows == printed(on_store, name), name
        tied += len(rows) != len({tuple(r[:4]) for r in rows})
    assert tied >= 3, "the corpus no longer has ties on the first sort keys: this test proves little"


def test_a_grown_store_lists_the_rules_of_all_its_documents(tmp_path: Path) -> None:
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    stream_build([SEEDS, EXTRA], StoreSink(store))      # two new documents
    stream_build([SEEDS, EXTRA], StoreSink(store))      # none: the assembly and build graphs are rewritten
    graph = load_graph(store)
    used = {str(r) for (r,) in graph.query(f"SELECT ?r WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?b <{KG.appliedRule}> ?r }} }}")}
    named = {str(r) for (r,) in graph.query(f"SELECT DISTINCT ?r WHERE {{ ?e <{KG.rule}> ?r }}")}
    assert used == named and {"inhibits:mechanism-main-drug", "study:own-trial"} <= used


def test_the_characters_that_fold_to_ascii_are_all_listed() -> None:
    every = "".join(c for c in map(chr, range(0x110000))
                    if c.casefold() != c.lower() and any(x.isascii() for x in c.casefold()))
    assert kg.query._FOLDS_TO_ASCII == every


def test_every_name_resolves_on_a_store_as_in_the_file(streamed: Path, store: Path) -> None:
    # On Oxigraph names are matched inside the engine, in the graphs that describe
    # entities (found by a user: a label took 4 s at 10k documents, a CURIE 0.5 s).
    filed, stored = load_graph(streamed), load_graph(store)
    names = sorted({str(o) for p in (RDFS.label, SKOS.altLabel, KG.mentionText)
                    for s, _, o in filed.triples((None, p, None)) if "/id/mention-" not in s})
    # Whole names, their ends and middles, other cases, typos: each gives the file's answer.
    words = sorted({w for n in names for w in n.split()[1:]})          # ends and middles of names
    tried = names + words + [n.upper() for n in names[::7]] + ["exon 9", "kit", "imatinb", "disease", "zzz"]
    assert len(names) == 151

    def answer(graph: Dataset, name: str) -> str:
        try:
            return str(resolve_entity(graph, name))
        except KGError as exc:
            return f"error: {exc}"

    assert [answer(stored, n) for n in tried] == [answer(filed, n) for n in tried]
    assert answer(stored, "D842V") == "https://w3id.org/kg-builder/id/mutation-PDGFRA-D842V"


def test_a_name_that_folds_to_ascii_resolves_on_oxigraph(tmp_path: Path) -> None:
    entities = "https://w3id.org/kg-builder/id/graph/entities"
    file = tmp_path / "g.nq"
    file.write_text(f'<urn:e1> <{RDFS.label}> "Straße-Syndrom" <{entities}> .\n'
                    f'<urn:e2> <{RDFS.label}> "ﬁbrosis X" <{entities}> .\n'
                    f'<urn:e3> <{RDFS.label}> "Parkinson\u2019s disease" <{entities}> .\n'
                    f'<urn:e4> <{RDFS.label}> "Huntington\'s disease" <{entities}> .\n'
                    f'<https://w3id.org/kg-builder/id/mention-1> <{KG.mentionText}> "Strasse-Syndrom" <urn:doc> .\n', encoding="utf-8")
    for engine in ("rdflib", "oxigraph"):
        graph = load_graph(file, engine)
        assert resolve_entity(graph, "STRASSE-syndrom") == URIRef("urn:e1")
        assert resolve_entity(graph, "fibrosis x") == URIRef("urn:e2")
        # Apostrophes straight or curly, either side (found by a user: "Parkinson’s disease").
        assert resolve_entity(graph, "parkinson's disease ") == URIRef("urn:e3")
        assert resolve_entity(graph, "Huntington\u2019s Disease") == URIRef("urn:e4")


def test_a_store_built_with_and_without_models_names_both(tmp_path: Path) -> None:
    # Found by a user: adding documents with --rules-only left the build graph naming no
    # model while pair-classifier evidence stayed, and said nothing.
    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    with pytest.warns(KGWarning, match="the store's earlier builds used pairs-.*tagger-.*, this one rules only: "
                                       "its claims were not all found alike"):
        result = stream_build([EXTRA], StoreSink(store), models=False)
    assert result.documents == 2 and len(result.notes) == 1
    graph = load_graph(store)
    used = sorted(str(o) for o in graph.objects(None, URIRef("http://www.w3.org/ns/prov#used"))
                  if "/id/model-" in str(o))
    assert [u.split("/id/model-")[1].split("-")[0] for u in used] == ["pairs", "tagger"]
    # The same models again: nothing to say.
    again = stream_build([SEEDS, EXTRA, ROOT / "tests" / "data" / "shapes" / "corpus.pubtator"], StoreSink(store))
    assert again.documents == 1 and again.notes == []


def _nephrin(directory: Path, names: dict[str, str]) -> dict[str, Path]:
    """One folder per document, each naming nephrin (a protein no vocabulary here has) its own way.

    (Prolactin was the example until the lexicon learned HGNC's one-word names, PRL's.)"""
    folders = {}
    for i, (key, sentence) in enumerate(names.items()):
        folder = directory / key
        folder.mkdir()
        (folder / "doc.md").write_text(
            f'---\nreference_id: "PMID:9950000{i}"\ntitle: Bone density in boys treated with risperidone\n---\n\n'
            f"{sentence} Fractures occurred after risperidone was started.\n", encoding="utf-8")
        folders[key] = folder
    return folders


def test_a_minted_entity_keeps_one_label_in_every_build(tmp_path: Path) -> None:
    """Documents that name a minted entity differently ("Nephrin" opening a sentence,
    "nephrin" inside one) gave it a label each, and queries joining the label a row per
    label. Every build keeps the same one: one build of all, streamed or in memory, and a
    store grown in either order."""
    docs = _nephrin(tmp_path, {"start": "Nephrin was measured in 83 boys treated with risperidone.",
                                 "inside": "Expression of nephrin was measured in 83 boys."})
    nephrin = URIRef("https://w3id.org/kg-builder/id/entity-gene-nephrin")
    everything = [docs["start"], docs["inside"]]

    def names(quads: Iterable[tuple[object, ...]]) -> tuple[list[str], list[str]]:
        found = [(str(p), str(o)) for s, p, o, g in quads if s == nephrin and g == kg.rdf.ENTITIES_GRAPH]
        return (sorted(o for p, o in found if p == str(RDFS.label)),
                sorted(o for p, o in found if p == str(KG.mentionText)))

    wanted = (["nephrin"], ["Nephrin", "nephrin"])
    memory = kg.build(everything).dataset
    assert names(memory.quads((None, None, None, None))) == wanted
    kg.write_graph(memory, tmp_path / "memory.nq")
    stream_build(everything, NQuadsSink(tmp_path / "streamed.nq"))
    assert names(_quads(tmp_path / "streamed.nq")) == wanted
    for order in (["start", "inside"], ["inside", "start"]):
        store = tmp_path / ("store-" + "-".join(order))
        for key in order:
            stream_build([docs[key]], StoreSink(store))
        dataset = load_store(store)
        assert names(dataset.quads((None, None, None, None))) == wanted, order
        # A query that joins labels gives nephrin one row, as the file does.
        assert run_query(dataset, "entities", {"type": "Target"}) == run_query(
            load_graph(tmp_path / "memory.nq"), "entities", {"type": "Target"})
        del dataset
    # Alone, each document labels nephrin with its own text.
    alone = tmp_path / "alone.nq"
    stream_build([docs["start"]], NQuadsSink(alone))
    assert names(_quads(alone)) == (["Nephrin"], ["Nephrin"])


def test_a_grown_store_keeps_a_label_oxigraph_spells_otherwise(tmp_path: Path) -> None:
    """A label with a tab: Oxigraph writes it back escaped, rdflib as it is. Compared as
    written, the stored label looked replaced and was removed, leaving none (found in
    review); a store of an older kg with two labels keeps the preferred one. (A symbol no
    vocabulary has: "ABL1 kinase" is ABL1 since 2026-12-01.)"""
    abl1 = URIRef("https://w3id.org/kg-builder/id/entity-gene-ablx1-kinase")
    folders = []
    for pmid in ("99600001", "99600002"):
        folder = tmp_path / pmid
        folder.mkdir()
        (folder / "doc.pubtator").write_text(
            f"{pmid}|t|Imatinib and ABLX1\tkinase in leukemia\n"
            f"{pmid}|a|Imatinib inhibited ABLX1\tkinase activity in cells from patients with leukemia.\n\n",
            encoding="utf-8")
        folders.append(folder)
    store = tmp_path / "store"

    def labels() -> list[str]:
        native = pyoxigraph.Store.read_only(str(store))
        return sorted(q.object.value for q in native.quads_for_pattern(
            pyoxigraph.NamedNode(str(abl1)), pyoxigraph.NamedNode(str(RDFS.label)), None,
            pyoxigraph.NamedNode(str(kg.rdf.ENTITIES_GRAPH))))

    stream_build([folders[0]], StoreSink(store))
    assert labels() == ["ABLX1\tkinase"]
    stream_build([folders[1]], StoreSink(store))
    assert labels() == ["ABLX1\tkinase"]
    # A second label, as a store of an older kg may hold: the next build naming the entity keeps one.
    native = pyoxigraph.Store(str(store))
    native.add(pyoxigraph.Quad(pyoxigraph.NamedNode(str(abl1)), pyoxigraph.NamedNode(str(RDFS.label)),
                               pyoxigraph.Literal("Ablx1\tkinase"), pyoxigraph.NamedNode(str(kg.rdf.ENTITIES_GRAPH))))
    del native
    assert labels() == ["ABLX1\tkinase", "Ablx1\tkinase"]
    third = tmp_path / "third"
    shutil.copytree(folders[0], third)
    (third / "doc.pubtator").write_text((third / "doc.pubtator").read_text().replace("99600001", "99600003"))
    stream_build([third], StoreSink(store))
    assert labels() == ["ABLX1\tkinase"]


def test_rows_convert_alike_when_the_converters_cache_is_cleared(store: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The cache of converted terms is bounded (rows of distinct sentences would fill it);
    # cleared after every two terms, the rows are the same.
    graph = load_graph(store)
    whole = run_query(graph, "evidence")
    monkeypatch.setattr(kg.query, "_CONVERTED", 2)
    assert run_query(graph, "evidence") == whole and len(whole[1]) > 10
    # A query with no ORDER BY converts rows as they come.
    columns, rows = oxigraph_rows(oxigraph_store(graph), "SELECT ?s WHERE { ?s a kg:Mention }")
    assert columns == ("s",) and len(rows) == len({row[0] for row in rows}) > 3


def test_a_build_with_nothing_to_extract_loads_no_lexicon(tmp_path: Path) -> None:
    """Growing a store with documents it holds already extracts nothing; it loaded the
    lexicon all the same, for its version (4 s and 0.5 GB). The build graph still names
    the lexicon's version, as the build that extracted them did."""
    from kg.extract.lexicon import _shipped, shipped_version

    store = tmp_path / "store"
    stream_build([SEEDS], StoreSink(store))
    _shipped.cache_clear()
    result = stream_build([SEEDS], StoreSink(store))
    assert (result.documents, result.skipped) == (0, 2)
    assert _shipped.cache_info().currsize == 0
    used = {row["u"].value for row in pyoxigraph.Store.read_only(str(store)).query(
        f"SELECT ?u WHERE {{ GRAPH <{BUILD_GRAPH}> {{ ?b <http://www.w3.org/ns/prov#used> ?u }} }}")}
    assert f"https://w3id.org/kg-builder/id/lexicon-{shipped_version()}" in used
    assert shipped_version() == kg.load_lexicon().version


def test_the_build_graph_lists_its_sources_in_line_order(tmp_path: Path) -> None:
    """The build graph's sources come from the catalog, never in one list, merged with its
    other lines: "<…pubmed:99123>" sorts after "<…pubmed:991234>" ('>' after '4'), and the
    file must be what sorting every line gives, the label counting every source."""
    folder = tmp_path / "docs"
    folder.mkdir()
    for pmid in ("99123", "991234", "9912"):
        (folder / f"{pmid}.pubtator").write_text(f"{pmid}|t|Imatinib in chronic myeloid leukemia\n"
                                                 f"{pmid}|a|Imatinib inhibits BCR-ABL1.\n\n", encoding="utf-8")
    out = tmp_path / "graph.nq"
    stream_build([folder], NQuadsSink(out))
    build = [line for line in out.read_text(encoding="utf-8").splitlines() if line.endswith(f"<{BUILD_GRAPH}> .")]
    assert build == sorted(build)
    used = [line.split()[2] for line in build if "prov#used> <https://identifiers.org/pubmed:" in line]
    assert used == ["<https://identifiers.org/pubmed:991234>", "<https://identifiers.org/pubmed:99123>",
                    "<https://identifiers.org/pubmed:9912>"]
    assert any('"kg build of 3 publication(s)"' in line for line in build)
    # The activity's IRI is minted from the sources in the order of their IRIs, as BuildInfo lists them.
    [activity] = {line.split()[0][1:-1] for line in build if "prov#used>" in line}
    info = kg.rdf.BuildInfo(kg.__version__, kg.load_lexicon().version, (), ("PMID:9912", "PMID:99123", "PMID:991234"))
    assert activity == str(kg.rdf.build_iri(info))


def test_a_file_name_that_is_not_utf8_builds(tmp_path: Path) -> None:
    # Found in review: the catalog refused the name's stand-in characters, and the build stopped.
    folder = tmp_path / "docs"
    folder.mkdir()
    name = os.fsdecode(b"caf\xe9.pubtator")
    (folder / name).write_text("99700001|t|Imatinib in leukemia\n99700001|a|Imatinib inhibits KIT.\n\n",
                               encoding="utf-8")
    out = tmp_path / "graph.nq"
    result = stream_build([folder], NQuadsSink(out))
    assert (result.documents, result.failures) == (1, [])
    assert "<https://identifiers.org/pubmed:99700001> " in out.read_text(encoding="utf-8")
    # Read twice (a duplicate names the first file, as read).
    again = stream_build([folder, folder / name], NQuadsSink(tmp_path / "again.nq"))
    assert again.duplicates == [("PMID:99700001", str(folder / name), str(folder / name), False)]


def test_the_catalog_resolves_references_as_the_index_does() -> None:
    from kg.assemble import CitationIndex
    from kg.catalog import Catalog
    from kg.model import Document, Reference

    docs = [Document(source="a", text="T.", title="T.", pmid="1", journal="J Clin Oncol", year=2002, volume="20",
                     pages="472-80"),
            Document(source="b", text="T.", title="T.", pmid="2", journal="Blood", year=2003, volume="",
                     pages="11-2", doi="10.1/X")]
    refs = [Reference(text="r1", journal="J. Clin. Oncol.", year=2002, volume="20", pages="472-480"),
            Reference(text="r2", journal="Blood", year=2003, volume=None, pages="11-12"),   # no volume ≠ empty
            Reference(text="r3", journal="Blood", year=2003, volume="", pages="11-12"),
            Reference(text="r4", doi="10.1/x"), Reference(text="r5", pmid="2"), Reference(text="r6", pmid="3")]
    index, catalog = CitationIndex(), Catalog()
    for doc in docs:
        index.add(doc)
        catalog.add(doc, doc.source.encode())
    try:
        assert [index.resolve(r) for r in refs] == [catalog.resolve(r) for r in refs] == [
            "PMID:1", None, "PMID:2", "PMID:2", "PMID:2", None]
        # A store's documents, one of them this build's (PMID 2, not extracted again), listed twice.
        store = ["https://identifiers.org/pubmed:1234", "https://identifiers.org/pubmed:2",
                 "https://identifiers.org/pubmed:123", "https://identifiers.org/pubmed:2"]
        assert catalog.mark_known(iter(store)) == 1
        assert (catalog.known(), catalog.count(todo=True), catalog.count(todo=False)) == (3, 1, 1)
        assert not catalog.take("PMID:2", "b") and catalog.take("PMID:1", "a")
        # The build graph's sources, the store's with them, each once, in the order of the lines naming them.
        assert [s.rsplit(":", 1)[1] for s in catalog.sources(by_line=True)] == ["1234", "123", "1", "2"]
        assert [s.rsplit(":", 1)[1] for s in catalog.sources()] == ["1", "123", "1234", "2"]
        # A held document whose stored text differs is named with its source; others not.
        assert catalog.changed(iter([("PMID:2", b"b"), ("PMID:123", b"x")])) == []
        assert catalog.changed(iter([("PMID:2", b"old"), ("PMID:1", b"old")])) == [("PMID:2", "b")]
    finally:
        catalog.close()


def test_a_dask_worker_with_another_lexicon_refuses_its_task() -> None:
    import gc

    thresholds, frozen = gc.get_threshold(), gc.get_freeze_count()
    try:
        with pytest.raises(KGError, match=r"a Dask worker has lexicon \w{12}, the build 000000000000: install the "
                                          r"same kg on every worker"):
            kg.stream.render_batch([], False, "000000000000")
        assert kg.stream.render_batch([], False, kg.load_lexicon().version) == []
    finally:     # render_batch sets up this process as a worker's
        if not frozen:
            gc.unfreeze()
        gc.set_threshold(*thresholds)


def test_a_stop_while_a_scratch_file_is_made_leaves_nothing_behind(tmp_path: Path) -> None:
    """CI: a build's process group sent SIGTERM under load left a kg-catalog- directory in TMPDIR.

    The signal here arrives the moment the file exists, before its clean-up is set up, and
    in another thread (as with a process pool's threads): blocking it in the main thread
    did not hold it.
    """
    script = textwrap.dedent("""
        import os, signal, sys, tempfile, threading, time
        from pathlib import Path

        other = threading.Thread(target=time.sleep, args=(60,), daemon=True)
        other.start()

        class Stop(BaseException):
            pass

        def stop(*_):
            raise Stop

        signal.signal(signal.SIGTERM, stop)
        for name in ("mkdtemp", "mkstemp"):
            def made(*args, _real=getattr(tempfile, name), **kwargs):
                made_now = _real(*args, **kwargs)
                signal.pthread_kill(other.ident, signal.SIGTERM)
                time.sleep(0.05)
                return made_now
            setattr(tempfile, name, made)

        from kg.catalog import Catalog, EntityLines
        from kg.stream import EvidenceTable, NQuadsSink
        for make in (Catalog, EntityLines, EvidenceTable, lambda: NQuadsSink(Path(sys.argv[1]) / "graph.nq")):
            try:
                make()
            except Stop:
                print("stopped")
        """)
    out = tmp_path / "out"
    out.mkdir()
    tmp = tmp_path / "tmp"
    tmp.mkdir()
    done = subprocess.run([sys.executable, "-c", script, str(out)], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "TMPDIR": str(tmp)}, cwd=Path(__file__).resolve().parents[1])
    assert (done.returncode, done.stdout, done.stderr) == (0, "stopped\n" * 4, "")
    assert list(tmp.iterdir()) == [] and list(out.iterdir()) == []


def test_line_breaks_and_broken_escapes_in_the_input_still_give_valid_n_quads(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a review: a passage or an author with a line break was written as a
    triple-quoted literal over several lines, which no N-Quads parser (nor ``--store``)
    takes; an unpaired ``\\ud800`` escape in JSON stopped the build; the in-memory build
    split its lines at U+2028. Each build now writes one quad per line, alike."""
    import json

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    docs = tmp_path / "docs"
    docs.mkdir()
    bioc = {"documents": [{"id": "99000901", "infons": {"journal": "J \ud800 Oncol"}, "passages": [
        {"offset": 0, "infons": {"type": "title"}, "text": "Imatinib in GIST."},
        {"offset": 18, "infons": {"type": "abstract"},
         "text": "Imatinib inhibits KIT in GIST.\nImatinib inhibits PDGFRA\u2028in \"GIST\"."}]}]}
    (docs / "a.bioc.json").write_text(json.dumps(bioc), encoding="utf-8")   # json.dumps writes \ud800 as an escape
    (docs / "b.md").write_text('---\nreference_id: "PMID:99000902"\ntitle: "Sunitinib\\nafter imatinib"\n'
                               'authors: ["Line\\nBreak", "Sep\\u2028Arator"]\n---\n\n'
                               "Sunitinib inhibits KIT in imatinib-resistant GIST.\n", encoding="utf-8")
    streamed, memory, store, trig = tmp_path / "s.nq", tmp_path / "m.nq", tmp_path / "store", tmp_path / "g.trig"
    for args in (["-o", str(streamed), "--stream"], ["-o", str(memory)], ["--store", str(store)], ["-o", str(trig)]):
        result = CliRunner().invoke(main, ["build", str(docs), *args, "--no-progress"])
        assert result.exit_code == 0, result.output
    assert streamed.read_bytes() == memory.read_bytes()
    text = streamed.read_text(encoding="utf-8")
    assert '"""' not in text and "\ud800" not in text
    parsed = pyoxigraph.Store()
    parsed.load(path=str(streamed), format=pyoxigraph.RdfFormat.N_QUADS)
    assert len(parsed) == text.count("\n") == len(pyoxigraph.Store(str(store)))
    authors = {q.object.value for q in parsed.quads_for_pattern(None, pyoxigraph.NamedNode("http://purl.org/dc/terms/creator"), None)}
    journals = {q.object.value for q in parsed.quads_for_pattern(None, pyoxigraph.NamedNode(str(KG.journal)), None)}
    assert authors == {"Line\nBreak", "Sep\u2028Arator"} and journals == {"J \ufffd Oncol"}
    # TriG indents its graph blocks, but not inside a long string ("Line\n    Break" before).
    from_trig = pyoxigraph.Store()
    from_trig.load(path=str(trig), format=pyoxigraph.RdfFormat.TRIG)
    assert set(from_trig) == set(parsed)
