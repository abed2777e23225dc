"""``kg paths`` and ``kg neighbors`` on the seeds: exact paths, directions, citations and errors."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner
from rdflib import Graph

import kg
from kg.cli import main
from kg.errors import KGError
from kg.network import paths_network, skeleton, to_networkx
from kg.walk import Link, find_paths, format_paths, neighbors
from tests.conftest import SEEDS

IMATINIB, KIT, GIST = "CHEBI:45783", "HGNC:6342", "MONDO:0011719"
EXON9 = "kgr:mutation-KIT-exon9-mutation"
DOI_003 = "DOI:10.2165/00003495-200767050-00012"

#: ``kg paths imatinib "exon 9"`` on the seeds, as printed. The mutation is linked to
#: imatinib directly (a hedged sensitivity claim of the review, walked backwards), through
#: GIST and through KIT (mutationOf), and onward through both.
IMATINIB_EXON9 = f"""\
5 paths between imatinib (CHEBI:45783) and KIT exon 9 mutation ({EXON9}) (at most 4 edges, shortest first, \
then by total confidence):

1. imatinib ←confersSensitivityTo— KIT exon 9 mutation
      KIT exon 9 mutation —confersSensitivityTo→ imatinib  (confidence 0.300; hedged; {DOI_003})

2. imatinib —treats|approvedFor→ gastrointestinal stromal tumor ←associatedWith— KIT exon 9 mutation
      imatinib —treats→ gastrointestinal stromal tumor  (confidence 0.994; {DOI_003} PMID:12181401)
      imatinib —approvedFor→ gastrointestinal stromal tumor  (confidence 0.420; inferred; {DOI_003})
      KIT exon 9 mutation —associatedWith→ gastrointestinal stromal tumor  (confidence 0.210; hedged, inferred; {DOI_003})

3. imatinib —inhibits|interactsWith→ KIT ←mutationOf— KIT exon 9 mutation
      imatinib —inhibits→ KIT  (confidence 0.542; inferred; PMID:12181401)
      imatinib —interactsWith→ KIT  (confidence 0.420; inferred; {DOI_003})
      KIT exon 9 mutation —mutationOf→ KIT  (confidence 0.420; inferred; {DOI_003})

4. imatinib —treats|approvedFor→ gastrointestinal stromal tumor ←associatedWith— KIT ←mutationOf— KIT exon 9 mutation
      imatinib —treats→ gastrointestinal stromal tumor  (confidence 0.994; {DOI_003} PMID:12181401)
      imatinib —approvedFor→ gastrointestinal stromal tumor  (confidence 0.420; inferred; {DOI_003})
      KIT —associatedWith→ gastrointestinal stromal tumor  (confidence 0.768; {DOI_003} PMID:12181401)
      KIT exon 9 mutation —mutationOf→ KIT  (confidence 0.420; inferred; {DOI_003})

5. imatinib —inhibits|interactsWith→ KIT —associatedWith→ gastrointestinal stromal tumor \
←associatedWith— KIT exon 9 mutation
      imatinib —inhibits→ KIT  (confidence 0.542; inferred; PMID:12181401)
      imatinib —interactsWith→ KIT  (confidence 0.420; inferred; {DOI_003})
      KIT —associatedWith→ gastrointestinal stromal tumor  (confidence 0.768; {DOI_003} PMID:12181401)
      KIT exon 9 mutation —associatedWith→ gastrointestinal stromal tumor  (confidence 0.210; hedged, inferred; {DOI_003})
"""


@pytest.fixture(scope="module")
def built(seed_build: kg.BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The seeds' Turtle file, as ``kg build seeds -o`` writes it."""
    return kg.write_graph(seed_build.dataset, tmp_path_factory.mktemp("walk") / "graph.ttl")


@pytest.fixture(scope="module")
def network(graph: Graph) -> nx.MultiDiGraph:
    return to_networkx(graph)


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.output


def test_paths_from_imatinib_to_exon_9(built: Path) -> None:
    code, output = run("paths", "imatinib", "exon 9", "-g", str(built))
    assert code == 0, output
    assert output == IMATINIB_EXON9


def test_paths_keep_each_edge_s_direction_and_rank_by_length_then_confidence(network: nx.MultiDiGraph) -> None:
    search = find_paths(network, IMATINIB, EXON9)
    assert [p.nodes for p in search.paths] == [
        (IMATINIB, EXON9), (IMATINIB, GIST, EXON9), (IMATINIB, KIT, EXON9),
        (IMATINIB, GIST, KIT, EXON9), (IMATINIB, KIT, GIST, EXON9),
    ]
    assert [round(p.confidence, 3) for p in search.paths] == [0.3, 1.204, 0.962, 2.182, 1.52]
    # Walked from imatinib, the first edge still reads mutation → drug, as asserted.
    assert search.paths[0].hops == ((Link(EXON9, "confersSensitivityTo", IMATINIB, 0.3, (DOI_003,), ("hedged",)),),)
    assert [(k.subject, k.predicate, k.object) for k in search.paths[2].hops[1]] == [(EXON9, "mutationOf", KIT)]
    assert not search.truncated


def test_paths_respect_max_length_and_limit(built: Path) -> None:
    code, output = run("paths", "imatinib", "exon 9", "-g", str(built), "--max-length", "2", "--limit", "2")
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0].startswith("2 paths between imatinib (CHEBI:45783) and KIT exon 9 mutation")
    assert "(at most 2 edges," in lines[0]
    assert [line for line in lines if line[:2] in ("1.", "2.", "3.")] == [
        "1. imatinib ←confersSensitivityTo— KIT exon 9 mutation",
        "2. imatinib —treats|approvedFor→ gastrointestinal stromal tumor ←associatedWith— KIT exon 9 mutation",
    ]
    assert lines[-1] == "(more paths exist within 2 edges; raise --limit to see them)"


def test_no_path_names_both_entities_and_why(built: Path) -> None:
    """CML is mentioned in seed 000 but no assertion involves it."""
    code, output = run("paths", "Gleevec", "CML", "-g", str(built))
    assert code == 0, output
    assert output == ("no path between imatinib (CHEBI:45783) and chronic myeloid leukemia (MONDO:0011996) "
                      "within 4 edges; chronic myeloid leukemia has no direct edge in the graph, negated ones aside "
                      "('kg neighbors' lists every edge)\n")


def test_no_path_within_max_length(built: Path) -> None:
    """The mutation reaches edema only through imatinib: two edges."""
    code, output = run("paths", "exon 9", "edema", "-g", str(built), "--max-length", "1")
    assert code == 0, output
    assert output == (f"no path between KIT exon 9 mutation ({EXON9}) and edema (kgr:ae-edema) within 1 edge\n")
    code, output = run("paths", "exon 9", "edema", "-g", str(built), "--max-length", "2")
    assert output.splitlines()[2] == "1. KIT exon 9 mutation —confersSensitivityTo→ imatinib —causesAdverseEvent→ edema"


@pytest.mark.parametrize(
    ("args", "code", "message"),
    [
        (["paths", "imatinb", "KIT"], 1, "Error: no entity named 'imatinb' in the graph {graph}; did you mean 'imatinib'"),
        (["paths", "imatinib", "KTI"], 1, "Error: no entity named 'KTI' in the graph {graph}; did you mean"),
        (["paths", "imatinib", "Gleevec"], 1, "Error: both ends name imatinib (CHEBI:45783); name two different"),
        (["paths", "imatinib", "12181401"], 1, "Error: PMID:12181401 is not an entity of the network; walks join Drug"),
        (["paths", "imatinib", "KIT", "--max-length", "0"], 2, "Invalid value for '--max-length': 0 is not in the range x>=1"),
        (["paths", "imatinib", "KIT", "--max-length", "two"], 2, "Invalid value for '--max-length': 'two' is not a valid integer"),
        (["paths", "imatinib", "KIT", "--limit", "0"], 2, "Invalid value for '--limit': 0 is not in the range x>=1"),
        (["neighbors", "imatinb"], 1, "Error: no entity named 'imatinb' in the graph {graph}; did you mean 'imatinib'"),
        (["neighbors", "disease progression"], 1, "Error: 'disease progression' names several entities: disease progression "
         "(MESH:D018450), disease progression (kgr:ae-disease-progression), disease progression (kgr:endpoint-progressive-disease); "
         "pass a CURIE"),
    ],
)
def test_user_mistakes_are_clean_errors(built: Path, args: list[str], code: int, message: str) -> None:
    exit_code, output = run(*args, "-g", str(built))
    assert exit_code == code
    assert message.format(graph=built) in output
    assert "Traceback" not in output


def test_library_bounds_are_checked(network: nx.MultiDiGraph) -> None:
    with pytest.raises(KGError, match="max_length must be at least 1, not 0"):
        find_paths(network, IMATINIB, KIT, max_length=0)
    with pytest.raises(KGError, match="limit must be at least 1, not -1"):
        find_paths(network, IMATINIB, KIT, limit=-1)


def test_paths_on_an_oxigraph_store(built: Path, tmp_path: Path) -> None:
    store = tmp_path / "store"
    code, output = run("build", str(SEEDS), "--store", str(store))
    assert code == 0, output
    code, output = run("paths", "imatinib", "exon 9", "-g", str(store))
    assert code == 0, output
    assert output == IMATINIB_EXON9
    code, output = run("neighbors", "imatinib", "-g", str(store), "--format", "csv")
    assert code == 0, output
    assert output == run("neighbors", "imatinib", "-g", str(built), "--format", "csv")[1]


#: ``kg neighbors imatinib --format csv`` on the seeds, after the header. inhibits KIT
#: and treats GIST agree with the drug_targets and drug_disease queries (0.542, one
#: paper; 0.994, both seeds).
IMATINIB_NEIGHBORS = [
    ["out", "approvedFor", GIST, "gastrointestinal stromal tumor", "Disease", "0.420", "1", "inferred"],
    ["out", "causesAdverseEvent", "kgr:ae-diarrhea", "diarrhea", "AdverseEvent", "0.420", "1", "inferred"],
    ["out", "causesAdverseEvent", "kgr:ae-edema", "edema", "AdverseEvent", "0.420", "1", "inferred"],
    ["out", "causesAdverseEvent", "kgr:ae-fatigue", "fatigue", "AdverseEvent", "0.420", "1", "inferred"],
    ["out", "causesAdverseEvent", "kgr:ae-hemorrhage", "hemorrhage", "AdverseEvent", "0.420", "1", "inferred"],
    ["in", "confersSensitivityTo", EXON9, "KIT exon 9 mutation", "Mutation", "0.300", "1", "hedged"],
    ["out", "inhibits", KIT, "KIT", "Target", "0.542", "1", "inferred"],
    ["out", "interactsWith", KIT, "KIT", "Target", "0.420", "1", "inferred"],
    ["out", "treats", GIST, "gastrointestinal stromal tumor", "Disease", "0.994", "2", ""],
]


def test_neighbors_of_imatinib_csv(built: Path) -> None:
    code, output = run("neighbors", "STI571", "-g", str(built), "--format", "csv")
    assert code == 0, output
    header, *rows = list(csv.reader(io.StringIO(output)))
    assert header == ["direction", "predicate", "other", "otherLabel", "otherClass", "confidence", "papers", "flags"]
    assert rows == IMATINIB_NEIGHBORS


def test_neighbors_json_parses(built: Path) -> None:
    code, output = run("neighbors", "exon 9", "-g", str(built), "--format", "json")
    assert code == 0, output
    assert json.loads(output) == [
        {"direction": "out", "predicate": "associatedWith", "other": GIST, "otherLabel": "gastrointestinal stromal tumor",
         "otherClass": "Disease", "confidence": "0.210", "papers": "1", "flags": "hedged inferred"},
        {"direction": "out", "predicate": "confersSensitivityTo", "other": IMATINIB, "otherLabel": "imatinib",
         "otherClass": "Drug", "confidence": "0.300", "papers": "1", "flags": "hedged"},
        {"direction": "out", "predicate": "mutationOf", "other": KIT, "otherLabel": "KIT",
         "otherClass": "Target", "confidence": "0.420", "papers": "1", "flags": "inferred"},
    ]


def test_neighbors_table(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    code, output = run("neighbors", "KIT", "-g", str(built))
    assert code == 0, output
    lines = output.splitlines()
    assert lines[0] == "KIT (HGNC:6342, Target): 4 edges"
    assert lines[1].split(" | ")[0] == "direction" and lines[-1] == "(4 rows)"
    assert [[c.strip() for c in line.split("|")] for line in lines[3:-1]] == [
        ["out", "associatedWith", GIST, "gastrointestinal stromal tumor", "Disease", "0.768", "2", ""],
        ["in", "inhibits", IMATINIB, "imatinib", "Drug", "0.542", "1", "inferred"],
        ["in", "interactsWith", IMATINIB, "imatinib", "Drug", "0.420", "1", "inferred"],
        ["in", "mutationOf", EXON9, "KIT exon 9 mutation", "Mutation", "0.420", "1", "inferred"],
    ]


def test_entity_without_edges_has_no_neighbors(built: Path) -> None:
    code, output = run("neighbors", "CML", "-g", str(built), "--format", "csv")
    assert code == 0, output
    assert output == "direction,predicate,other,otherLabel,otherClass,confidence,papers,flags\n"


def test_flags_and_negated_edges_are_shown() -> None:
    """The seeds have no conflict and no negated-only assertion: a hand-made network does."""
    net = nx.MultiDiGraph()
    net.add_node("A", label="a drug", category="Drug")
    net.add_node("B", label="an event", category="AdverseEvent")
    net.add_edge("A", "B", key="causesAdverseEvent", confidence=0.2, has_conflict=True, negated=True,
                 hedged=False, inferred=False, publications="PMID:2|PMID:1")
    [found] = neighbors(net, "A")
    assert (found.direction, found.other_label, found.papers, found.flags) == ("out", "an event", 2, ("conflict", "negated"))
    text = format_paths(net, find_paths(net, "B", "A"))
    assert text.splitlines()[2:] == [
        "1. an event ←causesAdverseEvent— a drug",
        "      a drug —causesAdverseEvent→ an event  (confidence 0.200; conflict, negated; PMID:1 PMID:2)",
    ]


def test_the_projection_around_an_entity_is_the_whole_projection_there(built: Path, tmp_path: Path) -> None:
    # kg neighbors reads only the edges touching the entity (found by a user: 15-19 s on the
    # 10k store, the whole projection built for one entity); on a file and on a store, for
    # every entity, the neighbours must be those of the whole projection.
    store = tmp_path / "store"
    assert run("build", str(SEEDS), "--store", str(store))[0] == 0
    for path in (built, store):
        graph = kg.load_graph(path)
        whole = to_networkx(graph, include_negated=True)
        assert whole.number_of_nodes() > 20
        for node in whole.nodes:
            around = to_networkx(graph, include_negated=True, around=node)
            assert neighbors(around, node) == neighbors(whole, node), node
            assert around.number_of_edges() == len(neighbors(whole, node))


def test_the_projection_between_two_entities_finds_the_whole_projections_paths(built: Path, tmp_path: Path) -> None:
    # kg paths projects only the entities a path can pass through (found by a user: 18.9 s
    # on the 10k store for the whole projection). For every pair of entities, on a file and
    # a store, within 3 edges, the answer must be the whole projection's, word for word (the
    # no-path message included: it says when an end has no edge at all).
    store = tmp_path / "store"
    assert run("build", str(SEEDS), "--store", str(store))[0] == 0
    for path in (built, store):
        graph = kg.load_graph(path)
        whole = to_networkx(graph)
        nodes = sorted(whole.nodes)
        assert len(nodes) > 20 and any(whole.degree(n) == 0 for n in nodes)
        found = 0
        for i, source in enumerate(nodes):
            for target in nodes[i + 1:]:
                part = paths_network(graph, source, target, 3)
                expected = format_paths(whole, find_paths(whole, source, target, max_length=3, limit=5))
                got = format_paths(part, find_paths(part, source, target, max_length=3, limit=5))
                assert got == expected, (path.name, source, target)
                found += "\n1. " in got
        assert found > 20


def test_the_skeleton_keeps_negated_only_assertions(tmp_path: Path) -> None:
    """Its distances must not exceed the walks' network's: an edge the walks leave out may still be read."""
    paper = tmp_path / "denial.md"
    paper.write_text('---\nreference_id: "PMID:99000009"\ntitle: Imatinib and ABL1\n---\n\n'
                     "Imatinib did not inhibit ABL1 in gastrointestinal stromal tumor cells.\n")
    graph = kg.load_graph(kg.write_graph(kg.build([paper]).dataset, tmp_path / "graph.nq"))
    assert not to_networkx(graph).has_edge("CHEBI:45783", "HGNC:76")
    assert skeleton(graph).has_edge("HGNC:76", "CHEBI:45783")
    part = paths_network(graph, "CHEBI:45783", "HGNC:76", 4)
    assert format_paths(part, find_paths(part, "CHEBI:45783", "HGNC:76")) == (
        "no path between imatinib (CHEBI:45783) and ABL1 (HGNC:76) within 4 edges; "
        "imatinib has no direct edge in the graph, negated ones aside ('kg neighbors' lists every edge)\n")
    # (imatinib's only edge is the denied one; ABL1 has the pair classifier's GIST link since
    # the models of 2026-12-04, so the hint names imatinib alone)


def test_one_edge_is_singular_in_the_answer() -> None:
    net = nx.MultiDiGraph()
    net.add_node("A", label="a drug", category="Drug")
    net.add_node("B", label="a target", category="Target")
    net.add_edge("A", "B", key="inhibits", confidence=0.5, publications="PMID:1")
    net.add_edge("A", "B", key="interactsWith", confidence=0.4, publications="PMID:1")
    text = format_paths(net, find_paths(net, "A", "B", max_length=1, limit=1))
    assert text.splitlines()[0] == ("1 path between a drug (A) and a target (B) (at most 1 edge, shortest first, "
                                    "then by total confidence):")
