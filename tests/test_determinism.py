"""Two builds of the same input give the same bytes, whatever the hash seed; Turtle round-trips."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph
from rdflib.compare import graph_diff, isomorphic, to_isomorphic

import kg
import kg.rdf
from kg.export import union_graph
from tests.conftest import ROOT, SEEDS


def _build(out: Path, seed: str, epoch: str | None) -> bytes:
    env = {k: v for k, v in os.environ.items() if k != "SOURCE_DATE_EPOCH"}
    env["PYTHONHASHSEED"] = seed
    if epoch is not None:
        env["SOURCE_DATE_EPOCH"] = epoch
    subprocess.run([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out)],
                   check=True, env=env, cwd=ROOT, capture_output=True)
    return out.read_bytes()


@pytest.mark.parametrize("suffix", [".ttl", ".nt"])
def test_single_graph_formats_are_byte_identical(tmp_path: Path, suffix: str) -> None:
    """Turtle and N-Triples carry no build time, so no SOURCE_DATE_EPOCH is needed."""
    first = _build(tmp_path / f"a{suffix}", "1", None)
    second = _build(tmp_path / f"b{suffix}", "2", None)
    assert first == second and len(first) > 10_000


@pytest.mark.parametrize("suffix", [".nq", ".trig", ".jsonld"])
def test_dataset_formats_are_byte_identical(tmp_path: Path, suffix: str) -> None:
    first = _build(tmp_path / f"a{suffix}", "1", "1700000000")
    second = _build(tmp_path / f"b{suffix}", "2", "1700000000")
    assert first == second


def test_nquads_differ_only_in_the_build_graph_without_a_fixed_time(tmp_path: Path) -> None:
    first = _build(tmp_path / "a.nq", "1", "1700000000").decode().splitlines()
    second = _build(tmp_path / "b.nq", "3", "1800000000").decode().splitlines()
    changed = set(first) ^ set(second)
    assert changed and all(line.endswith("<https://w3id.org/kg-builder/id/graph/build> .") for line in changed)
    assert any("2023-11-14T22:13:20" in line for line in first)  # SOURCE_DATE_EPOCH=1700000000


def test_turtle_round_trip_is_isomorphic(seed_build: kg.BuildResult, graph: Graph) -> None:
    expected = union_graph(seed_build.dataset)
    if not isomorphic(expected, graph):
        _, only_expected, only_parsed = graph_diff(to_isomorphic(expected), to_isomorphic(graph))
        pytest.fail(f"lost: {sorted(only_expected)[:5]}\nadded: {sorted(only_parsed)[:5]}")
    assert not any(isinstance(term, type(None)) for triple in graph for term in triple)


def test_no_blank_nodes(graph: Graph) -> None:
    from rdflib import BNode

    assert not [t for t in graph if any(isinstance(x, BNode) for x in t)]


def test_no_triple_is_in_two_graphs(seed_build: kg.BuildResult) -> None:
    # A store's union of graphs is a bag (Oxigraph's is): a triple repeated across graphs
    # would repeat query rows. Entities are described once, in the entities graph.
    where: dict[tuple[object, object, object], list[str]] = {}
    for s, p, o, g in seed_build.dataset.quads((None, None, None, None)):
        where.setdefault((s, p, o), []).append(str(g))
    assert {t: g for t, g in where.items() if len(g) > 1} == {}
    entities = seed_build.dataset.graph(kg.rdf.ENTITIES_GRAPH)
    imatinib = kg.rdf.URIRef("http://purl.obolibrary.org/obo/CHEBI_45783")
    assert {str(o) for o in entities.objects(imatinib, kg.rdf.KG.mentionText)} >= {"imatinib", "Imatinib"}


@pytest.mark.parametrize(("suffix", "fmt"), [(".nq", "nquads"), (".trig", "trig"), (".jsonld", "json-ld")])
def test_dataset_formats_keep_the_named_graphs(seed_build: kg.BuildResult, tmp_path: Path, suffix: str, fmt: str) -> None:
    path = kg.write_graph(seed_build.dataset, tmp_path / f"graph{suffix}")
    parsed = Dataset()
    parsed.parse(path, format=fmt)
    names = sorted(str(g.identifier) for g in parsed.graphs() if len(g))
    assert names == [
        "https://doi.org/10.2165/00003495-200767050-00012",
        "https://identifiers.org/pubmed:12181401",
        "https://w3id.org/kg-builder/id/graph/assembly",
        "https://w3id.org/kg-builder/id/graph/build",
        "https://w3id.org/kg-builder/id/graph/entities",
    ]
    for original in seed_build.dataset.graphs():
        if len(original):
            assert isomorphic(original, parsed.graph(original.identifier)), original.identifier


def test_equal_decimals_keep_their_own_digits() -> None:
    # Literals are cached by value; Decimal("0.42") == Decimal("0.420") must not share one.
    from decimal import Decimal

    from rdflib import URIRef

    from kg.iris import KG
    from kg.rdf import LineSet, _add, _sink

    # Both sinks: rdflib terms (a Graph) and the streaming build's text (a LineSet).
    graph, lines = Graph(), LineSet()
    for sink in (_sink(graph), lines):
        _add(sink, URIRef("urn:o"), KG.value, Decimal("0.42"))
        _add(sink, URIRef("urn:o"), KG.percent, Decimal("0.420"))
        _add(sink, URIRef("urn:o"), KG["count"], 1)
        _add(sink, URIRef("urn:o"), KG.significant, True)
    expected = [
        ("count", '"1"^^<http://www.w3.org/2001/XMLSchema#integer>'),
        ("percent", '"0.420"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
        ("significant", '"true"^^<http://www.w3.org/2001/XMLSchema#boolean>'),
        ("value", '"0.42"^^<http://www.w3.org/2001/XMLSchema#decimal>'),
    ]
    assert sorted((str(p).rsplit("#")[-1], o.n3()) for _, p, o in graph) == expected
    assert sorted((p.rsplit("#")[-1][:-1], o) for _, p, o in (line.split(" ", 2) for line in lines.lines)) == expected


@given(st.one_of(st.text(alphabet=st.characters(blacklist_categories=("Cs",))), st.integers(), st.booleans(),
                 st.decimals(allow_nan=False, allow_infinity=False)))
@settings(max_examples=300, deadline=None)
def test_streamed_literals_are_written_as_rdflib_writes_n_quads(value: object) -> None:
    # The streaming build writes a literal's text straight from its value (no rdflib
    # Literal made); any string, quotes, backslashes and line breaks included, must come
    # out as the in-memory build's rdflib N-Quads serializer writes it. (The readers
    # replace unpaired surrogates, which no UTF-8 file holds.)
    from rdflib import Dataset, URIRef

    from kg.rdf import _term, n3, value_n3

    dataset = Dataset()
    dataset.graph(URIRef("urn:g")).add((URIRef("urn:s"), URIRef("urn:p"), _term(value)))
    [line] = [line for line in dataset.serialize(format="nquads").split("\n") if line]
    written = line.removeprefix("<urn:s> <urn:p> ").removesuffix(" <urn:g> .")
    assert value_n3(value) == n3(_term(value)) == written
