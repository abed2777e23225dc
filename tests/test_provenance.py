"""Build provenance (PROV-O) in its own named graph; time from SOURCE_DATE_EPOCH."""

from __future__ import annotations

import pytest
from rdflib import RDF, RDFS, Literal
from rdflib.namespace import XSD

import kg
from kg.extract import load_pair_model, load_tagger
from kg.iris import KG, PROV
from kg.rdf import ASSEMBLY_GRAPH, BUILD_GRAPH
from tests.conftest import SEED_000, SEED_003, SEEDS


def test_build_graph_records_tool_lexicon_rules_sources_and_time(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    result = kg.build([SEEDS])
    build = result.dataset.graph(BUILD_GRAPH)
    [activity] = build.subjects(RDF.type, PROV.Activity)
    assert build.value(activity, PROV.startedAtTime) == Literal("2023-11-14T22:13:20+00:00", datatype=XSD.dateTime)
    agent = build.value(activity, PROV.wasAssociatedWith)
    assert build.value(agent, RDFS.label) == Literal(f"kg {kg.__version__}")
    used = {str(u) for u in build.objects(activity, PROV.used)}
    lexicon = kg.load_lexicon()
    tagger, pairs = load_tagger(), load_pair_model()
    assert tagger is not None and pairs is not None
    assert {SEED_000, SEED_003, f"https://w3id.org/kg-builder/id/lexicon-{lexicon.version}",
            f"https://w3id.org/kg-builder/id/model-tagger-{tagger.version}",
            f"https://w3id.org/kg-builder/id/model-pairs-{pairs.version}"} == used
    rules = {str(r) for r in build.objects(activity, KG.appliedRule)}
    assert {"inhibits:mechanism-main-drug", "outcome:count-percent", "approvedFor:trigger:drug-anaphor"} <= rules
    assert set(build.objects(activity, PROV.generated)) == {ASSEMBLY_GRAPH, kg.rdf.ENTITIES_GRAPH}
    # Provenance stays out of the document and assembly graphs.
    for name in (SEED_000, str(ASSEMBLY_GRAPH)):
        graph = result.dataset.graph(kg.rdf.URIRef(name))
        assert not any(p.startswith(str(PROV)) for _, p, _ in graph)


def test_without_source_date_epoch_the_time_is_now(monkeypatch: pytest.MonkeyPatch) -> None:
    from datetime import datetime, timezone

    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    before = datetime.now(timezone.utc).replace(microsecond=0)
    build = kg.build([SEEDS]).dataset.graph(BUILD_GRAPH)
    [when] = build.objects(None, PROV.startedAtTime)
    assert when.toPython() >= before


def test_the_build_lists_every_rule_its_evidence_names() -> None:
    # Claims', outcomes' and the trial's own evidence (study:own-trial) alike.
    dataset = kg.build([SEEDS]).dataset
    used = {str(o) for _, _, o in dataset.graph(BUILD_GRAPH).triples((None, KG.appliedRule, None))}
    named = {str(o) for _, _, o, _ in dataset.quads((None, KG.rule, None, None))}
    assert used == named and "study:own-trial" in used
