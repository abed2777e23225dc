"""``kg stats`` on the seeds: exact counts, checked against rdflib's triple API, on a file and a store."""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import RDF, Graph

import kg
from kg.cli import main
from kg.errors import KGError
from kg.iris import KG, compress
from kg.model import ENTITY_TYPES, PREDICATES
from kg.stats import TOTALS, graph_stats
from tests.conftest import SEEDS

#: The seeds' entities by class. Disease: GIST, CML and three MeSH/MONDO terms met as
#: adverse events (diarrhoea, disease progression, drug toxicity: MeSH's Fatigue is the
#: adverse event's own cross-reference); Endpoint: the twelve endpoints the outcome
#: sentences name.
ENTITIES = {"Drug": 1, "Target": 1, "Disease": 5, "Mutation": 1, "AdverseEvent": 5, "Endpoint": 12}
#: (assertions, direct edges): ``targets`` and ``affectsResponseTo`` have no assertion of
#: their own but an edge each, implied by ``inhibits`` and ``confersSensitivityTo``;
#: ``approvedFor``'s implied ``treats`` edge is the asserted one already.
PREDICATE_COUNTS = {
    "targets": (0, 1), "inhibits": (1, 1), "interactsWith": (1, 1), "treats": (1, 1), "approvedFor": (1, 1),
    "causesAdverseEvent": (4, 4), "associatedWith": (2, 2), "mutationOf": (1, 1), "affectsResponseTo": (0, 1),
    "confersSensitivityTo": (1, 1),
}
#: Two seed papers read; five more publications are works they cite.
TOTAL_COUNTS = {"documents": 2, "publications": 7, "assertions": 12, "evidence": 38, "mentions": 73, "outcomes": 15,
                "studies": 1}
#: Mentioned by both seeds, then (first by label) by one.
TOP_5 = [
    {"entity": "kgr:endpoint-adverse-event-rate", "label": "adverse-event rate", "class": "Endpoint", "papers": 2},
    {"entity": "MONDO:0011719", "label": "gastrointestinal stromal tumor", "class": "Disease", "papers": 2},
    {"entity": "CHEBI:45783", "label": "imatinib", "class": "Drug", "papers": 2},
    {"entity": "HGNC:6342", "label": "KIT", "class": "Target", "papers": 2},
    {"entity": "kgr:endpoint-objective-response", "label": "objective response", "class": "Endpoint", "papers": 2},
]


@pytest.fixture(scope="module")
def built(seed_build: kg.BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return kg.write_graph(seed_build.dataset, tmp_path_factory.mktemp("stats") / "graph.ttl")


def test_counts_on_the_seeds(graph: Graph) -> None:
    stats = graph_stats(graph, top=5)
    assert stats.entities == ENTITIES
    assert stats.predicates == PREDICATE_COUNTS
    assert stats.totals == TOTAL_COUNTS
    assert stats.to_dict()["top"] == TOP_5


def test_counts_agree_with_the_triples(graph: Graph) -> None:
    """The same numbers, counted without SPARQL."""
    def typed(cls: str) -> int:
        return len(set(graph.subjects(RDF.type, KG[cls])))

    assert {t: typed(t) for t in ENTITY_TYPES} == ENTITIES
    asserted = [graph.value(a, KG.assertedPredicate) for a in graph.subjects(RDF.type, KG.Assertion)]
    edges = {p: len(set(graph.triples((None, KG[p], None)))) for p in PREDICATES}
    assert {p: (asserted.count(KG[p]), edges[p]) for p in PREDICATES if asserted.count(KG[p]) or edges[p]} == PREDICATE_COUNTS
    read = {p for p in graph.subjects(RDF.type, KG.Publication) if graph.value(p, KG.sourceText) is not None}
    assert len(read) == TOTAL_COUNTS["documents"] == len(list(SEEDS.iterdir()))
    assert [typed(c) for c in ("Publication", "Assertion", "Evidence", "Mention", "OutcomeMeasurement", "Study")] == [
        TOTAL_COUNTS[k] for k in ("publications", "assertions", "evidence", "mentions", "outcomes", "studies")]
    papers: dict[object, set[object]] = {}
    for pub, _, entity in graph.triples((None, KG.mentions, None)):
        papers.setdefault(entity, set()).add(pub)
    # 21 entities mentioned: five by both seeds, the top five above.
    assert Counter(len(p) for p in papers.values()) == Counter({2: 5, 1: 16})
    assert {compress(str(e)) for e, p in papers.items() if len(p) == 2} == {t["entity"] for t in TOP_5}


def test_totals_are_listed_in_order() -> None:
    assert list(TOTALS) == list(TOTAL_COUNTS)


def test_stats_json(built: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "-g", str(built), "--top", "5", "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == {
        "entities": ENTITIES,
        "predicates": {p: {"assertions": a, "edges": e} for p, (a, e) in PREDICATE_COUNTS.items()},
        **TOTAL_COUNTS,
        "top": TOP_5,
    }


def test_stats_table(built: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "200")
    result = CliRunner().invoke(main, ["stats", "-g", str(built), "--top", "2"])
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert [line for line in lines if line.startswith("==")] == [
        "== entities by class ==", "== assertions and direct edges by predicate ==", "== totals ==",
        "== entities mentioned by the most papers ==",
    ]
    assert "Endpoint     | 12" in lines
    assert "causesAdverseEvent   | 4          | 4" in lines
    assert "documents    | 2" in lines and "evidence     | 38" in lines
    assert lines[-3:] == [
        "kgr:endpoint-adverse-event-rate | adverse-event rate             | Endpoint | 2",
        "MONDO:0011719                   | gastrointestinal stromal tumor | Disease  | 2",
        "(2 rows)",
    ]


def test_stats_on_an_oxigraph_store_match_the_file(built: Path, tmp_path: Path) -> None:
    """A store's default graph is a bag union: counts must still be distinct things."""
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)])
    assert result.exit_code == 0, result.output
    on_store = CliRunner().invoke(main, ["stats", "-g", str(store), "--format", "json"])
    on_file = CliRunner().invoke(main, ["stats", "-g", str(built), "--format", "json"])
    assert on_store.exit_code == on_file.exit_code == 0, on_store.output
    assert json.loads(on_store.output) == json.loads(on_file.output)
    assert json.loads(on_store.output)["evidence"] == TOTAL_COUNTS["evidence"]


def test_top_zero_and_negative(graph: Graph) -> None:
    assert graph_stats(graph, top=0).top == ()
    with pytest.raises(KGError, match="top must be 0 or more, not -1"):
        graph_stats(graph, top=-1)
    result = CliRunner().invoke(main, ["stats", "--top", "-1"])
    assert result.exit_code == 2 and "Invalid value for '--top': -1 is not in the range x>=0" in result.output


def test_missing_graph_is_a_clean_error(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["stats", "-g", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1
    assert f"no graph at {tmp_path / 'none.ttl'}; build one first" in result.output
    assert "Traceback" not in result.output
