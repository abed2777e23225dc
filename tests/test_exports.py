"""``kg export``: every format reads back in the library other tools use, with the source's content.

RDF formats give the source's quads (or, for Turtle and N-Triples, the union of its
paper and assembly graphs); GraphML, Cytoscape.js JSON and KGX TSV keep every edge
property, negation included. Exports are deterministic, work from an Oxigraph store,
and refuse an output path they cannot write, naming it.
"""

from __future__ import annotations

import csv
import json
from decimal import Decimal
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, Literal
from rdflib.compare import graph_diff, isomorphic, to_isomorphic
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.term import Node

import kg
from kg.cli import main
from kg.export import EXPORT_FORMATS
from kg.iris import KG
from kg.kgx import EDGE_COLUMNS, NODE_COLUMNS
from kg.network import to_networkx
from kg.rdf import BUILD_GRAPH
from tests.conftest import SEEDS

#: A format's output name under a folder (kgx's is a directory).
OUTPUTS = {"turtle": "graph.ttl", "ntriples": "graph.nt", "nquads": "graph.nq", "trig": "graph.trig",
           "jsonld": "graph.jsonld", "graphml": "graph.graphml", "cytoscape": "graph.cyjs", "kgx": "kgx"}
Quad = tuple[Node, Node, Node, Node]

DENIAL = """---
reference_id: "PMID:99000009"
title: Imatinib and ABL1 in gastrointestinal stromal tumors
year: 2020
---

Imatinib did not inhibit ABL1 in gastrointestinal stromal tumor cells.
"""


@pytest.fixture(scope="module")
def inputs(tmp_path_factory: pytest.TempPathFactory) -> list[Path]:
    """The seeds and a paper denying imatinib → ABL1, so one exported edge is negated."""
    folder = tmp_path_factory.mktemp("inputs")
    (folder / "denial.md").write_text(DENIAL)
    return [SEEDS, folder / "denial.md"]


@pytest.fixture(scope="module")
def built(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One build written by ``kg build`` in every RDF format: graph.ttl, graph.nq, …"""
    folder = tmp_path_factory.mktemp("built")
    result = kg.build(inputs)
    for name in ("turtle", "ntriples", "nquads", "trig", "jsonld"):
        kg.write_graph(result.dataset, folder / OUTPUTS[name])
    return folder


@pytest.fixture(scope="module")
def graph_path(built: Path) -> Path:
    return built / "graph.ttl"


@pytest.fixture(scope="module")
def dataset_path(built: Path) -> Path:
    """The build as N-Quads: every named graph, the build graph included."""
    return built / "graph.nq"


@pytest.fixture(scope="module")
def store(inputs: list[Path], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The same inputs loaded into an Oxigraph store by ``kg build --store``."""
    directory = tmp_path_factory.mktemp("store") / "store"
    result = CliRunner().invoke(main, ["build", *map(str, inputs), "--store", str(directory)])
    assert result.exit_code == 0, result.output
    return directory


def _export(source: Path, fmt: str, output: Path) -> Path:
    result = CliRunner().invoke(main, ["export", "-g", str(source), "--format", fmt, "-o", str(output)])
    assert result.exit_code == 0, result.output
    return output


def _quads(dataset: Dataset) -> set[Quad]:
    """Every quad, named by graph IRI (rdflib yields the graph object or its name)."""
    return {(s, p, o, g.identifier if isinstance(g, Graph) else g) for s, p, o, g in dataset.quads()}


def _read_dataset(path: Path, fmt: str) -> Dataset:
    dataset = Dataset()
    dataset.parse(path, format=fmt)
    return dataset


def _assert_isomorphic(expected: Graph, got: Graph) -> None:
    if not isomorphic(expected, got):
        _, only_expected, only_got = graph_diff(to_isomorphic(expected), to_isomorphic(got))
        pytest.fail(f"only in the source:\n{only_expected.serialize(format='nt')}\n"
                    f"only in the export:\n{only_got.serialize(format='nt')}")


@pytest.mark.parametrize("fmt, parser", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_dataset_formats_keep_every_named_graph(dataset_path: Path, tmp_path: Path, fmt: str, parser: str) -> None:
    source = _quads(_read_dataset(dataset_path, "nquads"))
    graphs = {g for *_, g in source}
    assert len(source) > 1000 and {BUILD_GRAPH, kg.rdf.ASSEMBLY_GRAPH, kg.rdf.ENTITIES_GRAPH} <= graphs
    exported = _quads(_read_dataset(_export(dataset_path, fmt, tmp_path / OUTPUTS[fmt]), parser))
    assert exported == source, (sorted(source - exported)[:5], sorted(exported - source)[:5])


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt")])
def test_graph_formats_are_the_union_of_the_paper_and_assembly_graphs(dataset_path: Path, tmp_path: Path, fmt: str,
                                                                      parser: str) -> None:
    expected = Graph()
    for s, p, o, g in _quads(_read_dataset(dataset_path, "nquads")):
        if g != BUILD_GRAPH:
            expected.add((s, p, o))
    got = Graph().parse(_export(dataset_path, fmt, tmp_path / OUTPUTS[fmt]), format=parser)
    assert (None, KG.confidence, None) in got and len(got) > 1000
    _assert_isomorphic(expected, got)


def test_turtle_input_exports_to_the_default_graph(graph_path: Path, tmp_path: Path) -> None:
    """A Turtle file has no named graphs: its triples go to the default graph, TriG's unnamed block."""
    source = Graph().parse(graph_path, format="turtle")
    out = _export(graph_path, "trig", tmp_path / "graph.trig")
    assert out.read_text().count("{\n") == 1 and "\n{\n" in out.read_text()
    exported = _quads(_read_dataset(out, "trig"))
    assert {g for *_, g in exported} == {DATASET_DEFAULT_GRAPH_ID}
    assert {(s, p, o) for s, p, o, _ in exported} == set(source)


def test_jsonld_is_compacted_with_the_project_prefixes(dataset_path: Path, tmp_path: Path) -> None:
    data = json.loads(_export(dataset_path, "jsonld", tmp_path / "graph.jsonld").read_text())
    assert data["@context"]["kg"] == str(KG) and data["@context"]["rdfs"].endswith("rdf-schema#")
    nodes = [node for graph in data["@graph"] for node in graph["@graph"]]
    keys = {key for node in nodes for key in node}
    assert {"kg:confidence", "kg:evidence", "rdfs:label", "@type"} <= keys
    assert not [key for key in keys if key.startswith("http")]
    confidences = [node["kg:confidence"] for node in nodes if "kg:confidence" in node]
    assert confidences and all(c["@type"] == "xsd:decimal" for c in confidences)
    imatinib = next(node for node in nodes if node["@id"] == "obo:CHEBI_45783" and "rdfs:label" in node)
    assert (imatinib["@type"], imatinib["rdfs:label"]) == ("kg:Drug", "imatinib")


@pytest.mark.parametrize("fmt", ["turtle", "ntriples", "nquads", "trig", "jsonld"])
def test_export_writes_what_build_writes(built: Path, dataset_path: Path, tmp_path: Path, fmt: str) -> None:
    """``kg export`` from the N-Quads and ``kg build -o`` give the same bytes: one serialiser, one @context."""
    exported = _export(dataset_path, fmt, tmp_path / OUTPUTS[fmt])
    assert exported.read_bytes() == (built / OUTPUTS[fmt]).read_bytes()


@pytest.mark.parametrize("fmt", list(EXPORT_FORMATS))
def test_the_same_export_twice_gives_the_same_bytes(dataset_path: Path, tmp_path: Path, fmt: str) -> None:
    first, second = _export(dataset_path, fmt, tmp_path / "1" / OUTPUTS[fmt]), _export(
        dataset_path, fmt, tmp_path / "2" / OUTPUTS[fmt])
    files = sorted(p.name for p in first.iterdir()) if first.is_dir() else [""]
    assert files in ([""], ["edges.tsv", "nodes.tsv"])
    for name in files:
        one, two = (first / name).read_bytes(), (second / name).read_bytes()
        assert one and one == two


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8") as handle:
        return list(csv.DictReader(handle, delimiter="\t"))


def test_kgx_tsv(graph_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "kgx", "-o", str(tmp_path / "kgx")])
    assert result.exit_code == 0, result.output
    nodes, edges = _tsv(tmp_path / "kgx" / "nodes.tsv"), _tsv(tmp_path / "kgx" / "edges.tsv")
    assert tuple(nodes[0]) == NODE_COLUMNS and tuple(edges[0]) == EDGE_COLUMNS
    imatinib = next(n for n in nodes if n["id"] == "CHEBI:45783")
    assert (imatinib["category"], imatinib["name"]) == ("biolink:Drug", "imatinib")
    assert "Gleevec" in imatinib["synonym"].split("|") and "DRUGBANK:DB00619" in imatinib["xref"].split("|")
    targets = {(e["subject"], e["kg_predicate"], e["object"]): e for e in edges}
    kit = targets[("CHEBI:45783", "kg:inhibits", "HGNC:6342")]
    assert (kit["predicate"], kit["negated"], kit["confidence"], kit["inferred"], kit["evidence_count"]) == (
        "biolink:directly_physically_interacts_with", "False", "0.542", "True", "2")
    assert kit["publications"] == "PMID:12181401"
    assert kit["evidence_text"].startswith("Constitutive activation of KIT receptor tyrosine kinase")
    denied = targets[("CHEBI:45783", "kg:inhibits", "HGNC:76")]
    assert (denied["negated"], denied["negated_evidence_count"], denied["publications"]) == ("True", "1", "PMID:99000009")
    exon9 = targets[("kgr:mutation-KIT-exon9-mutation", "kg:confersSensitivityTo", "CHEBI:45783")]
    assert (exon9["predicate"], exon9["hedged"]) == ("biolink:affects_response_to", "True")


def test_graphml_reads_back_in_networkx(graph_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.graphml"
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "graphml", "-o", str(out)])
    assert result.exit_code == 0, result.output
    network = nx.read_graphml(out)
    assert network.nodes["CHEBI:45783"]["label"] == "imatinib"
    assert network.nodes["HGNC:6342"]["category"] == "Target"
    edge = network.get_edge_data("CHEBI:45783", "HGNC:6342")["inhibits"]
    assert (edge["confidence"], edge["inferred"], edge["negated"], edge["evidence_count"]) == (0.542, True, False, 2)
    assert network.get_edge_data("CHEBI:45783", "HGNC:76")["inhibits"]["negated"] is True


def test_walks_leave_negated_edges_out(graph_path: Path) -> None:
    network = to_networkx(kg.load_graph(graph_path))
    assert network.has_edge("CHEBI:45783", "HGNC:6342") and not network.has_edge("CHEBI:45783", "HGNC:76")
    assert nx.has_path(network.to_undirected(), "kgr:mutation-KIT-exon9-mutation", "MONDO:0011719")


def test_cytoscape_json_is_the_entity_network(graph_path: Path, tmp_path: Path) -> None:
    data = json.loads(_export(graph_path, "cytoscape", tmp_path / "graph.cyjs").read_text())
    network = to_networkx(kg.load_graph(graph_path), include_negated=True)
    nodes, edges = data["elements"]["nodes"], data["elements"]["edges"]
    assert (len(nodes), len(edges)) == (network.number_of_nodes(), network.number_of_edges())
    assert [n["data"]["id"] for n in nodes] == sorted(network.nodes)
    assert [e["data"]["id"] for e in edges] == sorted(d["assertion"] for *_, d in network.edges(data=True))
    imatinib = next(n["data"] for n in nodes if n["data"]["id"] == "CHEBI:45783")
    assert (imatinib["name"], imatinib["label"], imatinib["category"]) == ("imatinib", "imatinib", "Drug")
    assert "Gleevec" in imatinib["synonyms"].split("|")
    kit = next(e["data"] for e in edges if (e["data"]["source"], e["data"]["target"], e["data"]["predicate"])
               == ("CHEBI:45783", "HGNC:6342", "inhibits"))
    assert (kit["confidence"], kit["negated"], kit["inferred"], kit["evidence_count"]) == (0.542, False, True, 2)
    # Every networkx attribute is kept, with its value.
    assert kit.items() >= network.edges["CHEBI:45783", "HGNC:6342", "inhibits"].items()
    assert imatinib.items() >= network.nodes["CHEBI:45783"].items()
    denied = next(e["data"] for e in edges if (e["data"]["source"], e["data"]["target"]) == ("CHEBI:45783", "HGNC:76"))
    assert denied["negated"] is True

    back = nx.cytoscape_graph(data)
    assert (back.is_directed(), back.is_multigraph()) == (True, True)
    assert (back.number_of_nodes(), back.number_of_edges()) == (network.number_of_nodes(), network.number_of_edges())
    assert back.edges["CHEBI:45783", "HGNC:6342", "inhibits"]["confidence"] == 0.542
    assert back.nodes["CHEBI:45783"]["name"] == "imatinib"


def _by_value(quads: set[Quad]) -> set[tuple[object, ...]]:
    """Quads outside the build graph, decimals by value: Oxigraph keeps ``0.3`` for ``0.300``."""
    return {(s, p, o.value if isinstance(o, Literal) and isinstance(o.value, Decimal) else o, g)
            for s, p, o, g in quads if g != BUILD_GRAPH}


@pytest.mark.parametrize("fmt, parser", [("nquads", "nquads"), ("trig", "trig"), ("jsonld", "json-ld")])
def test_store_exports_rdf_with_the_files_quads(store: Path, dataset_path: Path, tmp_path: Path, fmt: str,
                                                parser: str) -> None:
    exported = _quads(_read_dataset(_export(store, fmt, tmp_path / OUTPUTS[fmt]), parser))
    # Plain literals stay plain ("imatinib", not "imatinib"^^xsd:string), so they match the file's.
    assert _by_value(exported) == _by_value(_quads(_read_dataset(dataset_path, "nquads")))
    assert {g for *_, g in exported} >= {BUILD_GRAPH, kg.rdf.ASSEMBLY_GRAPH}
    text = (tmp_path / OUTPUTS[fmt]).read_text()
    assert "xsd:string" not in text and "XMLSchema#string" not in text
    if fmt == "jsonld":
        assert json.loads(text)["@context"]["kg"] == str(KG)


@pytest.mark.parametrize("fmt, parser", [("turtle", "turtle"), ("ntriples", "nt")])
def test_store_exports_the_union_the_file_exports(store: Path, dataset_path: Path, tmp_path: Path, fmt: str,
                                                  parser: str) -> None:
    from_file = Graph().parse(_export(dataset_path, fmt, tmp_path / "file" / OUTPUTS[fmt]), format=parser)
    from_store = Graph().parse(_export(store, fmt, tmp_path / "store" / OUTPUTS[fmt]), format=parser)
    # Decimals by value: the store keeps 0.3 for the file's 0.300.
    assert _by_value({(*t, None) for t in from_store}) == _by_value({(*t, None) for t in from_file})
    assert len(from_store) == len(from_file) > 1000
    if fmt == "turtle":     # the prefixes declared once, at the top, and used
        text = (tmp_path / "store" / OUTPUTS[fmt]).read_text()
        assert text.count("@prefix kg: ") == 1 and text.index("@prefix kg: ") < text.index("\tkg:confidence ")


@pytest.mark.parametrize("fmt", ["nquads", "ntriples"])
def test_store_line_formats_are_sorted_and_unique(store: Path, tmp_path: Path, fmt: str) -> None:
    lines = _export(store, fmt, tmp_path / OUTPUTS[fmt]).read_text().splitlines()
    assert lines == sorted(set(lines)) and len(lines) > 1000
    assert all(line.endswith(" .") for line in lines)


@pytest.mark.parametrize("fmt", ["nquads", "ntriples", "turtle", "trig"])
def test_store_exports_are_streamed_not_copied(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
                                               fmt: str) -> None:
    """A store's RDF goes from Oxigraph to the file: copied into rdflib, a 100k store needs tens of GB."""
    def refuse(graph: Graph) -> Dataset:
        raise AssertionError("copied into rdflib")

    monkeypatch.setattr(kg.export, "copy_dataset", refuse)
    assert _export(store, fmt, tmp_path / OUTPUTS[fmt]).stat().st_size > 50_000


def test_a_file_held_by_oxigraph_exports_as_its_store_does(store: Path, dataset_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "-g", str(dataset_path), "--engine", "oxigraph", "--format", "nquads",
                                       "-o", str(tmp_path / "file.nq")])
    assert result.exit_code == 0, result.output
    from_file = (tmp_path / "file.nq").read_text().splitlines()
    from_store = _export(store, "nquads", tmp_path / "store.nq").read_text().splitlines()
    build = f"<{BUILD_GRAPH}> ."
    assert ([line for line in from_file if not line.endswith(build)]
            == [line for line in from_store if not line.endswith(build)])


def test_sorted_unique_lines_merges_runs(tmp_path: Path) -> None:
    """Many runs (a chunk of 64 bytes), duplicates across runs, a last line without a newline."""
    import io
    import random

    lines = [f"<urn:s{random.Random(n).randrange(300)}> <urn:p> \"é{n % 97}\" .\n".encode() for n in range(2000)]
    source = io.BytesIO(b"".join(lines).rstrip(b"\n"))
    out = io.BytesIO()
    written = kg.export.sorted_unique_lines(source, out, scratch=tmp_path, chunk=64)
    assert out.getvalue() == b"".join(sorted(set(lines)))
    assert written == len(set(lines))
    assert list(tmp_path.iterdir()) == []           # the runs are gone


def test_runs_beyond_the_open_file_limit_are_merged_in_passes(tmp_path: Path) -> None:
    """2,000 runs under a limit of 64 open files: every run open at once (the sort before
    it) fails with 'Too many open files'; merged 8 at a time, the sort is whole."""
    import subprocess
    import sys

    code = """
import io, resource, sys
from pathlib import Path
import kg.export
resource.setrlimit(resource.RLIMIT_NOFILE, (64, resource.getrlimit(resource.RLIMIT_NOFILE)[1]))
lines = [f"<urn:s{n * 7919 % 4001}> <urn:p> {n % 13} .\\n".encode() for n in range(4000)]
out = io.BytesIO()
written = kg.export.sorted_unique_lines(io.BytesIO(b"".join(lines)), out, scratch=Path(sys.argv[1]), chunk=40,
                                         fan_in=int(sys.argv[2]))
assert out.getvalue() == b"".join(sorted(set(lines))) and written == len(set(lines)), written
"""
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path), "8"], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    assert list(tmp_path.iterdir()) == []           # the runs, merged or not, are gone
    # All 2,000 at once, as before: over the limit.
    flat = subprocess.run([sys.executable, "-c", code, str(tmp_path), "4000"], capture_output=True, text=True)
    assert "Too many open files" in flat.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_failed_store_export_keeps_the_old_file(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    output = tmp_path / "graph.nq"
    output.write_text("old\n")

    def full(runs: object, out: object) -> int:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(kg.export, "merge_runs", full)
    result = CliRunner().invoke(main, ["export", "-g", str(store), "--format", "nquads", "-o", str(output)])
    assert result.exit_code == 1
    assert f"cannot write {output}: No space left on device" in result.output
    assert output.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["graph.nq"]


@pytest.mark.parametrize("fmt", ["cytoscape", "graphml"])
def test_store_exports_the_files_network(store: Path, graph_path: Path, tmp_path: Path, fmt: str) -> None:
    from_store = _export(store, fmt, tmp_path / "store" / OUTPUTS[fmt])
    assert from_store.read_bytes() == _export(graph_path, fmt, tmp_path / "file" / OUTPUTS[fmt]).read_bytes()
    if fmt == "cytoscape":
        edges = json.loads(from_store.read_text())["elements"]["edges"]
        kit = {e["data"]["predicate"]: e["data"]["confidence"] for e in edges
               if (e["data"]["source"], e["data"]["target"]) == ("CHEBI:45783", "HGNC:6342")}
        assert kit["inhibits"] == 0.542


def test_missing_parent_directories_are_created(graph_path: Path, tmp_path: Path) -> None:
    out = _export(graph_path, "cytoscape", tmp_path / "a" / "b" / "graph.cyjs")
    assert json.loads(out.read_text())["elements"]["nodes"]


@pytest.mark.parametrize("fmt", ["turtle", "jsonld", "graphml", "cytoscape"])
def test_a_directory_is_no_file_output(graph_path: Path, tmp_path: Path, fmt: str) -> None:
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", fmt, "-o", str(tmp_path)])
    assert result.exit_code == 1
    assert f"cannot write {tmp_path}: it is a directory" in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_file_is_no_kgx_directory(graph_path: Path, tmp_path: Path) -> None:
    (tmp_path / "kgx").write_text("not a directory")
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "kgx", "-o", str(tmp_path / "kgx")])
    assert result.exit_code == 1
    assert f"cannot write to {tmp_path / 'kgx'}: it is a file" in result.output


@pytest.mark.parametrize("fmt", ["nquads", "cytoscape", "kgx"])
def test_a_file_in_the_output_path_is_named(graph_path: Path, tmp_path: Path, fmt: str) -> None:
    (tmp_path / "notes.txt").write_text("a file, not a folder")
    out = tmp_path / "notes.txt" / "out" / OUTPUTS[fmt]
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", fmt, "-o", str(out)])
    assert result.exit_code == 1
    assert f"cannot write {out}: {tmp_path / 'notes.txt'} is a file, not a directory" in result.output


def test_a_failed_write_is_named(graph_path: Path) -> None:
    # /dev/full refuses every write with ENOSPC, for root too: a real disk-full error.
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "turtle", "-o", "/dev/full"])
    assert result.exit_code == 1 and "cannot write /dev/full: No space left on device" in result.output


def test_an_unknown_format_names_the_valid_ones(graph_path: Path, tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--format", "gexf", "-o", str(tmp_path / "g")])
    assert result.exit_code == 2
    assert "'gexf' is not one of" in result.output and all(f"'{name}'" in result.output for name in EXPORT_FORMATS)


def test_build_refuses_a_directory_output_before_building(tmp_path: Path) -> None:
    (tmp_path / "graph.ttl").mkdir()
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "graph.ttl")])
    assert result.exit_code == 1 and f"cannot write {tmp_path / 'graph.ttl'}: it is a directory" in result.output


BLANK_NODES = """@prefix ex: <http://example.org/> .
ex:g1 { ex:a ex:p _:shared . _:shared ex:q "one" . }
ex:g2 { _:shared ex:r ex:b . ex:c ex:s ( 1 2 ) . }
_:g3 { ex:d ex:t _:other . }
"""


def test_a_turtle_file_held_by_oxigraph_exports_its_default_graph(graph_path: Path, tmp_path: Path) -> None:
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt")):
        result = CliRunner().invoke(main, ["export", "-g", str(graph_path), "--engine", "oxigraph", "--format", fmt,
                                           "-o", str(tmp_path / OUTPUTS[fmt])])
        assert result.exit_code == 0, result.output
        got = Graph().parse(tmp_path / OUTPUTS[fmt], format=parser)
        expected = Graph().parse(graph_path, format="turtle")
        assert len(got) == len(expected) > 1000
        assert _by_value({(*t, None) for t in got}) == _by_value({(*t, None) for t in expected})


def test_turtle_from_oxigraph_keeps_blank_nodes_shared_by_graphs(tmp_path: Path) -> None:
    """Graphs are written one after another: a blank node in two of them must stay one node."""
    source = tmp_path / "blank.trig"
    source.write_text(BLANK_NODES)
    expected = Graph()
    for s, p, o, _ in _read_dataset(source, "trig").quads():
        expected.add((s, p, o))
    for fmt, parser in (("turtle", "turtle"), ("ntriples", "nt")):
        output = tmp_path / OUTPUTS[fmt]
        result = CliRunner().invoke(main, ["export", "-g", str(source), "--engine", "oxigraph", "--format", fmt,
                                           "-o", str(output)])
        assert result.exit_code == 0, result.output
        got = Graph().parse(output, format=parser)
        assert len(got) == 9                    # a graph named by a blank node (_:g3) included
        _assert_isomorphic(expected, got)


def test_a_store_export_writes_through_a_symbolic_link(store: Path, tmp_path: Path) -> None:
    real = tmp_path / "real.nq"
    real.write_text("old\n")
    (tmp_path / "link.nq").symlink_to(real)
    _export(store, "nquads", tmp_path / "link.nq")
    assert (tmp_path / "link.nq").is_symlink() and real.read_text().count(" .\n") > 1000


def test_a_stopped_kgx_export_leaves_no_directory(graph_path: Path, tmp_path: Path,
                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a user: Ctrl-C during a large export left the empty directory it had made."""
    def stopped(graph: Graph, **options: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.kgx, "to_networkx", stopped)
    with pytest.raises(KeyboardInterrupt):
        kg.kgx.write_kgx(kg.load_graph(graph_path), tmp_path / "new" / "kgx")
    assert not (tmp_path / "new").exists()
