"""The benchmark harness of docs/performance.md runs end to end on a small corpus.

Not a speed test (no time is asserted): it checks that the corpus generator, the runner
and the report work, and that what they measure is consistent — the throughput child
writes the quads the CLI's streaming build counts, and every named query returns as
many rows on the Oxigraph store as on rdflib's Memory store.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kg.resources import list_queries
from tests.conftest import ROOT

BENCH = ROOT / "benchmarks"


def _run(*args: str | Path) -> str:
    done = subprocess.run([sys.executable, *map(str, args)], capture_output=True, text=True, cwd=ROOT, check=False)
    assert done.returncode == 0, done.stderr[-3000:]
    return done.stdout


@pytest.fixture(scope="module")
def results(shared: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[dict, str]:  # type: ignore[type-arg]
    tmp = tmp_path_factory.mktemp("bench")
    corpus, out = tmp / "corpus", tmp / "results.json"
    assert "wrote 40 documents" in _run(BENCH / "make_corpus.py", "--corpora", shared / "corpora", "--docs", "40",
                                        "-o", corpus)
    _run(BENCH / "run.py", "--c20k", corpus, "--c10k", corpus, "--steps", "startup,throughput,pool,lines,queries,exports",
         "--baseline-docs", "20", "--lines", "2000", "--runs", "1", "--work", tmp / "work", "-o", out)
    return json.loads(out.read_text()), _run(BENCH / "report.py", out)


def test_the_corpus_is_seeded_real_text(shared: Path, tmp_path: Path) -> None:
    for name in ("a", "b"):
        _run(BENCH / "make_corpus.py", "--corpora", shared / "corpora", "--docs", "3", "-o", tmp_path / name)
    first = (tmp_path / "a" / "part-0000.pubtator").read_text()
    assert first == (tmp_path / "b" / "part-0000.pubtator").read_text()        # same seed, same corpus
    assert [line.split("|")[0] for line in first.splitlines() if "|t|" in line] == ["80000000", "80000001", "80000002"]


def test_throughput_child_writes_what_the_streaming_build_counts(results: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    r, _ = results
    built = re.fullmatch(r"built 40 document\(s\), \d+ assertion\(s\), (\d+) quad\(s\) → .*c10k\.nq", r["build_10k"])
    assert built, r["build_10k"]
    assert (r["ours_20k"]["docs"], r["ours_20k"]["quads"]) == (40, int(built.group(1)))
    # The pool writes what one process writes; its building process loads no lexicon (≈ 0.5 GB).
    assert (r["pool_20k"]["docs"], r["pool_20k"]["quads"], r["pool_20k"]["bytes"]) == (40, int(built.group(1)),
                                                                                     r["ours_20k"]["bytes"])
    assert r["pool_20k"]["peak_mb"] < r["pool_20k"]["worker_peak_mb"] - 200
    assert r["rdflib_baseline"]["docs"] == 20 and 0 < r["rdflib_baseline"]["quads"] < r["ours_20k"]["quads"]
    assert r["startup"]["lexicon_s"] > 0


def test_both_ways_of_keeping_entity_lines_write_each_once(results: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    r, _ = results
    # 100 documents of 20 new lines and 80 of 20,000 recurring ones: 8,000 of those seen.
    assert [(r[k]["documents"], r[k]["written"]) for k in ("lines_set", "lines_ours")] == [(100, 10000)] * 2


def test_every_named_query_gives_the_same_rows_on_both_engines(results: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    r, _ = results
    oxigraph, rdflib = r["queries_oxigraph_10k"]["queries"], r["queries_rdflib_10k"]["queries"]
    assert set(list_queries()) <= set(oxigraph) and set(oxigraph) == set(rdflib)
    assert {name: q["rows"] for name, q in oxigraph.items()} == {name: q["rows"] for name, q in rdflib.items()}
    assert oxigraph["drug_mutation"]["bound"] == ["drug", "mutation"]
    # Bound to the drug of most outcome records and its endpoint: a timed query has rows to give.
    assert oxigraph["outcomes"]["bound"] == ["drug", "endpoint"] and oxigraph["outcomes"]["rows"] > 0


def test_report_renders_every_table(results: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    _, report = results
    assert "| kg streaming build (full extractor) | 40 |" in report
    assert re.search(r"^\| kg streaming build, `--workers \d+` .* \| 40 \| .* MB building, \d+ MB each worker \|$",
                     report, re.M)
    assert "| baseline: same extractor, rdflib Memory + Graph.add per triple, then serialise | 20 |" in report
    for name in list_queries():
        assert re.search(rf"^\| {name} \(", report, re.M), name
    assert "Projection for all of PubMed" in report
    assert re.search(r"^\| kg: hashes in SQLite, the last 2 × 262,144 in memory \| 100 \| 10,000 \| ", report, re.M)
    assert re.search(r"^\| Turtle, written by Oxigraph .* \| [\d,]+ \|$", report, re.M)
    assert re.search(r"^\| baseline: Turtle, store copied into an rdflib Dataset, serialised \| .* \| [\d,]+ \|$",
                     report, re.M)


def test_the_export_step_writes_the_store_both_ways(results: tuple[dict, str]) -> None:  # type: ignore[type-arg]
    r, _ = results
    ours, theirs, quads = (r[f"export_{k}_10k"] for k in ("oxigraph_turtle", "rdflib_turtle", "oxigraph_nquads"))
    # The same triples, written by two serialisers: sizes within a third of each other.
    assert ours["bytes"] > 10_000 and 0.67 < ours["bytes"] / theirs["bytes"] < 1.5
    assert quads["bytes"] > ours["bytes"]
