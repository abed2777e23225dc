"""HermiT finds the ontology consistent together with the seeds' whole graph (DESIGN §4).

The seeds' graph is small (about 1,400 triples), so the whole of it is the sample. A
property used outside its domain, a float where the ontology says decimal, or an
individual in two disjoint classes would make HermiT report an inconsistency.
"""

from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import Graph, Literal, URIRef

import kg
from kg.export import union_graph
from kg.iris import KG


def _load(tmp_path: Path, instances: Graph) -> owlready2.World:
    graph = Graph().parse(data=kg.load_ontology(), format="turtle")
    for triple in instances:
        graph.add(triple)
    path = tmp_path / "kg-with-seeds.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    world.get_ontology(path.as_uri()).load()
    return world


def test_hermit_consistent_with_the_seed_graph(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    instances = union_graph(seed_build.dataset)
    world = _load(tmp_path, instances)
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
    # The reasoner really ran over our individuals: the exon 9 mutation is a Mutation.
    mutation = world["https://w3id.org/kg-builder/id/mutation-KIT-exon9-mutation"]
    assert mutation is not None and any(c.iri == str(KG.Mutation) for c in mutation.is_a)


def test_hermit_rejects_a_seed_graph_with_an_out_of_domain_value(seed_build: kg.BuildResult, tmp_path: Path) -> None:
    """A sample-size on an Assertion makes it a Study too, and the two are disjoint."""
    instances = union_graph(seed_build.dataset)
    assertion = next(s for s in instances.subjects(predicate=KG.confidence) if isinstance(s, URIRef))
    instances.add((assertion, KG.sampleSize, Literal(3)))
    world = _load(tmp_path, instances)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner(world, infer_property_values=False, debug=0)


def test_hermit_reports_a_class_under_two_disjoint_classes_with_a_member(tmp_path: Path) -> None:
    """A deliberately inconsistent ontology change: a subclass of Drug and of Target, with a member."""
    from rdflib import OWL, RDF, RDFS

    change = Graph()
    weird = URIRef("https://w3id.org/kg-builder/onto#DrugTarget")
    change.add((weird, RDF.type, OWL.Class))
    change.add((weird, RDFS.subClassOf, KG.Drug))
    change.add((weird, RDFS.subClassOf, KG.Target))
    change.add((URIRef("https://w3id.org/kg-builder/id/x"), RDF.type, weird))
    world = _load(tmp_path, change)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        owlready2.sync_reasoner(world, infer_property_values=False, debug=0)
