"""The seeds plus two small documents of ours: a trial citing seed 000, and one that contradicts.

``tests/data/extra/200_citing_page.txt`` is a saved PubMed page that cites the seed-000
trial, reports a placebo-controlled comparison and a PDGFRA D842V resistance;
``201_contradiction.md`` restates a seed fact (KIT activation ↔ GIST), claims D842V
sensitivity and denies that imatinib causes edema.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest
from rdflib import Graph, URIRef

import kg
from kg.iris import NAMESPACES
from kg.query import list_columns, query_info, query_text, resolve_entity, run_query, sorted_lists
from tests.conftest import SEED_000, SEEDS, select
from tests.test_queries import rows

EXTRA = Path(__file__).parent / "data" / "extra"
CITING = URIRef("https://identifiers.org/pubmed:99000002")


@pytest.fixture(scope="module")
def extra_graph(tmp_path_factory: pytest.TempPathFactory) -> Graph:
    result = kg.build([SEEDS, EXTRA])
    assert not result.failures
    path = kg.write_graph(result.dataset, tmp_path_factory.mktemp("extra") / "graph.ttl")
    return kg.load_graph(path)


def test_a_reference_resolves_to_the_seed_trial(extra_graph: Graph) -> None:
    cited = sorted(str(r[0]) for r in select(extra_graph, "SELECT ?c WHERE { ?p kg:cites ?c }", p=CITING))
    assert SEED_000 in cited and len(cited) == 2
    # The first row is the seed trial itself, described by its own document.
    [(journal, year, volume, pages)] = select(extra_graph, """
        SELECT ?j ?y ?v ?pg WHERE { ?p kg:cites ?c . ?c kg:journal ?j ; kg:year ?y ; bibo:volume ?v ; bibo:pages ?pg }
        ORDER BY ?y""", p=CITING)[1:]
    assert (journal, year, volume, pages) == ("Lancet", 2004, "364", "1127-1134")


def test_a_restated_fact_pools_evidence_from_two_papers(extra_graph: Graph) -> None:
    got = rows(extra_graph, "evidence", subject="KIT", object="GIST")
    # Two papers state it; the review (seed 003) adds an inferred pair-classifier evidence.
    assert sorted(r["paper"] for r in got) == ["DOI:10.2165/00003495-200767050-00012", "PMID:12181401", "PMID:99000003"]
    assert {r["confidence"] for r in got} == {"0.907"}  # 1 − 0.4² · (1 − 0.6 · 0.7)


def test_conflicts_are_found_with_their_sentences(extra_graph: Graph) -> None:
    got = {(r["subjectLabel"], r["predicate"], r["paper"], r["negated"], r["cue"]) for r in rows(extra_graph, "conflicts")}
    assert got == {
        ("PDGFRA D842V", "kg:confersResistanceTo", "PMID:99000002", "false", ""),
        ("PDGFRA D842V", "kg:confersSensitivityTo", "PMID:99000003", "false", ""),
        ("imatinib", "kg:causesAdverseEvent", "PMID:12181401", "false", ""),
        ("imatinib", "kg:causesAdverseEvent", "PMID:99000003", "true", "did not"),
    }


@pytest.mark.parametrize(("params", "expected"), [
    ({"subject": "imatinib"}, {("imatinib", "PMID:12181401", "false"), ("imatinib", "PMID:99000003", "true")}),
    ({"subject": "PDGFRA D842V"}, {("PDGFRA D842V", "PMID:99000002", "false"), ("PDGFRA D842V", "PMID:99000003", "false")}),
    ({"object": "edema"}, {("imatinib", "PMID:12181401", "false"), ("imatinib", "PMID:99000003", "true")}),
    ({"subject": "imatinib", "object": "imatinib"}, set()),
])
def test_conflicts_about_one_entity(extra_graph: Graph, params: dict[str, str], expected: set[tuple[str, ...]]) -> None:
    got = {(r["subjectLabel"], r["paper"], r["negated"]) for r in rows(extra_graph, "conflicts", **params)}
    assert got == expected


@pytest.mark.parametrize("params", [{"subject": "imatinib"}, {"object": "edema"}, {"subject": "PDGFRA D842V"},
                                    {"subject": "imatinib", "object": "edema"}])
def test_conflicts_when_lines_do_not_change_the_rows(extra_graph: Graph, params: dict[str, str]) -> None:
    # Their patterns only narrow where the engine starts: the bound terms give the same rows without them.
    info = query_info("conflicts")
    bound = {name: resolve_entity(extra_graph, value, None) for name, value in params.items()}
    plain = extra_graph.query(info.text, initNs=NAMESPACES, initBindings=bound)
    expected = sorted_lists(tuple(map(str, plain.vars or ())), [tuple(r) for r in plain], list_columns(info.text))
    assert run_query(extra_graph, "conflicts", params)[1] == expected and expected
    narrowed = query_text(info, bound, oxigraph=False).split("WHERE {", 1)[1]
    assert narrowed.startswith(" { " + " . ".join(p.when for p in info.params if p.name in params and p.when) + " }\n")


def test_confidences_order_as_the_formula_says(extra_graph: Graph) -> None:
    confidence = {
        (r["subjectLabel"], r["predicate"], r["objectLabel"]): Decimal(r["confidence"]) for r in rows(extra_graph, "evidence")
    }
    three_papers = confidence[("KIT", "kg:associatedWith", "gastrointestinal stromal tumor")]
    one_plain = confidence[("PDGFRA D842V", "kg:confersResistanceTo", "imatinib")]
    one_hedged = confidence[("KIT exon 9 mutation", "kg:confersSensitivityTo", "imatinib")]
    denied = confidence[("imatinib", "kg:causesAdverseEvent", "edema")]
    inferred_only = confidence[("imatinib", "kg:causesAdverseEvent", "diarrhea")]
    assert three_papers > one_plain > inferred_only > one_hedged and inferred_only > denied
    assert (three_papers, one_plain, one_hedged, inferred_only, denied) == (
        Decimal("0.907"), Decimal("0.600"), Decimal("0.300"), Decimal("0.420"), Decimal("0.168"))


def test_placebo_controlled_comparison(extra_graph: Graph) -> None:
    studies = [r for r in rows(extra_graph, "studies") if r["paper"] == "PMID:99000002"]
    assert [(r["sampleSize"], r["design"], r["arm"]) for r in studies] == [
        ("60", "randomized", "placebo"), ("60", "randomized", "800 mg daily")]
    outcomes = [r for r in rows(extra_graph, "outcomes") if r["paper"] == "PMID:99000002"]
    got = [(r["endpointLabel"], r["statistic"], r["arm"], r["comparator"], r["value"], r["hazardRatio"], r["pValue"],
            r["negated"]) for r in outcomes]
    assert got == [
        # (the hazard ratio's comparator is the other arm its endpoint's medians name, since 2026-12-03)
        # (the arm column is the design's arm of the row's drug, since trial 5)
        ("progression-free survival", "hazard ratio", "800 mg daily", "placebo", "", "0.52", "<0.001", "false"),
        ("progression-free survival", "median", "800 mg daily", "placebo", "18.2", "", "", "false"),
        ("progression-free survival", "median", "placebo", "imatinib", "9.1", "", "", "false"),
        # (a design of one drug and one control gives the ratio that control, since 2026-12-03)
        ("overall survival", "hazard ratio", "800 mg daily", "placebo", "", "0.95", "0.74", "true"),
    ]
