"""The OWL ontology ``ontology/kg.ttl``: declarations, OWL 2 DL hygiene, owlready2, HermiT.

Everything here runs the real libraries: rdflib parses the Turtle, owlready2 loads it
(converted to N-Triples, since owlready2 reads no Turtle) and HermiT (Java) reasons
over it with a few individuals shaped like the graphs kg emits.
"""

from __future__ import annotations

from pathlib import Path

import owlready2
import pytest
from rdflib import OWL, RDF, RDFS, BNode, Graph, Literal, Namespace, URIRef
from rdflib.collection import Collection

ONTOLOGY = Path(__file__).resolve().parents[1] / "ontology" / "kg.ttl"
ONTOLOGY_IRI = URIRef("https://w3id.org/kg-builder/onto")

KG = Namespace("https://w3id.org/kg-builder/onto#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
DC = Namespace("http://purl.org/dc/elements/1.1/")
DCTERMS = Namespace("http://purl.org/dc/terms/")
PROV = Namespace("http://www.w3.org/ns/prov#")
BIBO = Namespace("http://purl.org/ontology/bibo/")
CITO = Namespace("http://purl.org/spar/cito/")
BIOLINK = "https://w3id.org/biolink/vocab/"

CLASS, OBJ, DATA = OWL.Class, OWL.ObjectProperty, OWL.DatatypeProperty
ENTITY_CLASSES = ("Drug", "Target", "Disease", "Mutation", "AdverseEvent", "Endpoint")

#: Every kg: term: (local name, OWL type, domain, range). A domain or range that is a
#: tuple is an owl:unionOf those classes; None means the property has none; for a class
#: the domain column holds its kg: superclass. Strings starting with "xsd:" are datatypes.
TERMS: list[tuple[str, URIRef, object, object]] = [
    # classes
    ("Entity", CLASS, None, None),
    ("Drug", CLASS, "Entity", None),
    ("Target", CLASS, "Entity", None),
    ("Disease", CLASS, "Entity", None),
    ("Mutation", CLASS, "Entity", None),
    ("AdverseEvent", CLASS, "Entity", None),
    ("Endpoint", CLASS, "Entity", None),
    ("Publication", CLASS, None, None),
    ("Study", CLASS, None, None),
    ("StudyArm", CLASS, None, None),
    ("OutcomeMeasurement", CLASS, None, None),
    ("Assertion", CLASS, None, None),
    ("Evidence", CLASS, None, None),
    ("Mention", CLASS, None, None),
    ("GroundingSummary", CLASS, None, None),
    # object properties: direct edges
    ("targets", OBJ, "Drug", "Target"),
    ("interactsWith", OBJ, "Drug", "Target"),
    ("inhibits", OBJ, "Drug", "Target"),
    ("treats", OBJ, "Drug", "Disease"),
    ("approvedFor", OBJ, "Drug", "Disease"),
    ("causesAdverseEvent", OBJ, "Drug", "AdverseEvent"),
    ("associatedWith", OBJ, ("Target", "Mutation"), "Disease"),
    ("mutationOf", OBJ, "Mutation", "Target"),
    ("affectsResponseTo", OBJ, "Mutation", "Drug"),
    ("confersSensitivityTo", OBJ, "Mutation", "Drug"),
    ("confersResistanceTo", OBJ, "Mutation", "Drug"),
    ("mentions", OBJ, "Publication", "Entity"),
    ("cites", OBJ, "Publication", "Publication"),
    # object properties: assertions, evidence, mentions
    ("assertedSubject", OBJ, "Assertion", "Entity"),
    ("assertedPredicate", OBJ, "Assertion", None),
    ("assertedObject", OBJ, "Assertion", "Entity"),
    ("evidence", OBJ, ("Assertion", "OutcomeMeasurement", "Study"), "Evidence"),
    ("fromPublication", OBJ, ("Evidence", "Mention"), "Publication"),
    ("subjectSpan", OBJ, "Evidence", "Mention"),
    ("objectSpan", OBJ, "Evidence", "Mention"),
    ("denotes", OBJ, "Mention", "Entity"),
    ("alternativeGrounding", OBJ, ("Mention", "GroundingSummary"), "Entity"),
    ("groundedBy", DATA, ("Mention", "GroundingSummary"), "xsd:string"),
    ("groundingOf", OBJ, "GroundingSummary", "Entity"),
    ("ambiguous", DATA, "Mention", "xsd:boolean"),
    ("variantType", OBJ, "Mutation", None),
    # object properties: studies and outcomes
    ("endpoint", OBJ, "OutcomeMeasurement", "Endpoint"),
    ("drug", OBJ, ("OutcomeMeasurement", "StudyArm"), "Drug"),
    ("disease", OBJ, "OutcomeMeasurement", "Disease"),
    ("adverseEvent", OBJ, "OutcomeMeasurement", "AdverseEvent"),
    ("arm", OBJ, "OutcomeMeasurement", "StudyArm"),
    ("comparatorArm", OBJ, "OutcomeMeasurement", "StudyArm"),
    ("mutationStratum", OBJ, "OutcomeMeasurement", "Mutation"),
    ("reportedIn", OBJ, ("OutcomeMeasurement", "Study"), "Publication"),
    ("hasArm", OBJ, "Study", "StudyArm"),
    ("hasOutcome", OBJ, "Study", "OutcomeMeasurement"),
    # datatype properties: assertions, evidence, mentions
    ("confidence", DATA, "Assertion", "xsd:decimal"),  # restricted to [0, 1]
    ("hasConflict", DATA, "Assertion", "xsd:boolean"),
    ("negated", DATA, ("Evidence", "OutcomeMeasurement"), "xsd:boolean"),
    ("hedged", DATA, "Evidence", "xsd:boolean"),
    ("inferred", DATA, ("Evidence", "Mention"), "xsd:boolean"),
    ("cue", DATA, "Evidence", "xsd:string"),
    ("rule", DATA, "Evidence", "xsd:string"),
    ("appliedRule", DATA, None, "xsd:string"),
    ("section", DATA, "Evidence", "xsd:string"),
    ("text", DATA, "Evidence", "xsd:string"),
    ("start", DATA, "Evidence", "xsd:integer"),
    ("end", DATA, "Evidence", "xsd:integer"),
    ("mentionStart", DATA, "Mention", "xsd:integer"),
    ("mentionEnd", DATA, "Mention", "xsd:integer"),
    ("mentionText", DATA, ("Entity", "Mention", "GroundingSummary"), "xsd:string"),
    ("paperCount", DATA, "Entity", "xsd:integer"),
    ("mentionCount", DATA, "GroundingSummary", "xsd:integer"),
    ("inferredCount", DATA, "GroundingSummary", "xsd:integer"),
    ("ambiguousCount", DATA, "GroundingSummary", "xsd:integer"),
    # datatype properties: publications
    ("sourceText", DATA, "Publication", "xsd:string"),
    ("journal", DATA, "Publication", "xsd:string"),
    ("year", DATA, "Publication", "xsd:integer"),
    ("publicationType", DATA, "Publication", "xsd:string"),
    ("citationText", DATA, "Publication", "xsd:string"),
    ("pmcid", DATA, "Publication", "xsd:string"),
    ("trialRegistration", DATA, "Publication", "xsd:string"),
    # datatype properties: entities
    ("drugClass", DATA, "Drug", "xsd:string"),
    ("hgvs", DATA, "Mutation", "xsd:string"),
    ("mutationEvent", DATA, "Mutation", "xsd:string"),
    ("exon", DATA, "Mutation", "xsd:integer"),
    # datatype properties: studies and arms
    ("sampleSize", DATA, "Study", "xsd:integer"),
    ("design", DATA, "Study", "xsd:string"),
    ("phase", DATA, "Study", "xsd:string"),
    ("label", DATA, "StudyArm", "xsd:string"),
    ("dose", DATA, "StudyArm", "xsd:decimal"),
    ("doseMax", DATA, "StudyArm", "xsd:decimal"),
    ("doseUnit", DATA, "StudyArm", "xsd:string"),
    ("schedule", DATA, "StudyArm", "xsd:string"),
    ("doseQualifier", DATA, "StudyArm", "xsd:string"),
    ("armSize", DATA, "StudyArm", "xsd:integer"),
    # datatype properties: outcome measurements
    ("statistic", DATA, "OutcomeMeasurement", "xsd:string"),
    ("count", DATA, "OutcomeMeasurement", "xsd:integer"),
    ("denominator", DATA, "OutcomeMeasurement", "xsd:integer"),
    ("percent", DATA, "OutcomeMeasurement", "xsd:decimal"),
    ("value", DATA, "OutcomeMeasurement", "xsd:decimal"),
    ("unit", DATA, "OutcomeMeasurement", "xsd:string"),
    ("timepoint", DATA, "OutcomeMeasurement", "xsd:string"),
    ("hazardRatio", DATA, "OutcomeMeasurement", "xsd:decimal"),
    ("ciLower", DATA, "OutcomeMeasurement", "xsd:decimal"),
    ("ciUpper", DATA, "OutcomeMeasurement", "xsd:decimal"),
    ("pValue", DATA, "OutcomeMeasurement", "xsd:string"),
    ("qualifier", DATA, "OutcomeMeasurement", "xsd:string"),
    ("effect", DATA, "OutcomeMeasurement", "xsd:string"),
    ("significant", DATA, "OutcomeMeasurement", "xsd:boolean"),
    ("stratumHasMutation", DATA, "OutcomeMeasurement", "xsd:boolean"),
    ("subgroup", DATA, "OutcomeMeasurement", "xsd:string"),
]

#: External terms kg uses, declared in kg.ttl with their OWL type (no imports).
EXTERNAL: list[tuple[URIRef, URIRef]] = [
    (PROV.Activity, CLASS),
    (PROV.SoftwareAgent, CLASS),
    (PROV.wasAssociatedWith, OBJ),
    (PROV.used, OBJ),
    (PROV.generated, OBJ),
    (PROV.wasDerivedFrom, OBJ),
    (PROV.startedAtTime, DATA),
    (CITO.cites, OBJ),
    (BIBO.Document, CLASS),
    (BIBO.pmid, DATA),
    (BIBO.doi, DATA),
    (BIBO.volume, DATA),
    (BIBO.issue, DATA),
    (BIBO.pages, DATA),
    (BIBO.authorList, DATA),
    (DCTERMS.title, DATA),
    (DCTERMS.creator, DATA),
    (SKOS.exactMatch, OWL.AnnotationProperty),
    (SKOS.closeMatch, OWL.AnnotationProperty),
    (SKOS.altLabel, OWL.AnnotationProperty),
    (DCTERMS.description, OWL.AnnotationProperty),
    (DCTERMS.license, OWL.AnnotationProperty),
]

#: (sub-property, super-property) pairs the design fixes.
SUBPROPERTIES = [
    (KG.inhibits, KG.targets),
    (KG.approvedFor, KG.treats),
    (KG.confersSensitivityTo, KG.affectsResponseTo),
    (KG.confersResistanceTo, KG.affectsResponseTo),
    (KG.cites, CITO.cites),
    (KG.fromPublication, PROV.wasDerivedFrom),
]

PREFIXES = """\
@prefix kg: <https://w3id.org/kg-builder/onto#> .
@prefix kgr: <https://w3id.org/kg-builder/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix bibo: <http://purl.org/ontology/bibo/> .
@prefix prov: <http://www.w3.org/ns/prov#> .
@prefix chebi: <http://purl.obolibrary.org/obo/CHEBI_> .
@prefix hgnc: <https://identifiers.org/hgnc:> .
@prefix mondo: <http://purl.obolibrary.org/obo/MONDO_> .
@prefix so: <http://purl.obolibrary.org/obo/SO_> .
@prefix pubmed: <https://identifiers.org/pubmed:> .
"""

#: A small graph shaped like kg's output (seed 000), blank-node free, that touches most
#: properties at once so their domains and ranges are checked together. It includes an
#: individual that is both a Disease and an AdverseEvent, and an Assertion whose
#: kg:assertedPredicate is the property IRI kg:treats used as an individual (punning).
SAMPLE = """
pubmed:12181401 a kg:Publication ;
    bibo:pmid "12181401" ; bibo:doi "10.1056/NEJMoa020461" ;
    bibo:volume "347" ; bibo:issue "7" ; bibo:pages "472-80" ;
    dcterms:title "Efficacy and safety of imatinib mesylate in advanced GIST" ;
    dcterms:creator "Demetri GD", "von Mehren M" ;
    bibo:authorList "Demetri GD; von Mehren M" ;
    kg:journal "N Engl J Med" ; kg:year 2002 ; kg:publicationType "Clinical Trial" ;
    kg:sourceText "Efficacy and safety of imatinib mesylate ..." ;
    kg:mentions chebi:45783, hgnc:6342, mondo:0011719 ;
    kg:cites pubmed:11287977 .
pubmed:11287977 a kg:Publication ; kg:citationText "N Engl J Med. 2001;344(14):1052-6" .

chebi:45783 a kg:Drug ; rdfs:label "imatinib" ; skos:altLabel "Gleevec", "STI571" ;
    kg:mentionText "imatinib mesylate" ; kg:drugClass "tyrosine kinase inhibitor" ;
    kg:inhibits hgnc:6342 ; kg:treats mondo:0011719 ; kg:approvedFor mondo:0011719 ;
    kg:causesAdverseEvent kgr:adverse-event-diarrhea .
hgnc:6342 a kg:Target ; rdfs:label "KIT" ; kg:associatedWith mondo:0011719 .
mondo:0011719 a kg:Disease ; rdfs:label "gastrointestinal stromal tumor" .
kgr:adverse-event-diarrhea a kg:Disease, kg:AdverseEvent ; rdfs:label "diarrhea" .
kgr:endpoint-partial-response a kg:Endpoint ; rdfs:label "partial response" .
kgr:mutation-KIT-exon9-mutation a kg:Mutation ; rdfs:label "KIT exon 9 mutation" ;
    kg:exon 9 ; kg:mutationEvent "mutation" ; kg:variantType so:0001059 ;
    kg:mutationOf hgnc:6342 ; kg:confersSensitivityTo chebi:45783 ;
    kg:associatedWith mondo:0011719 .

kgr:assertion-1 a kg:Assertion ;
    kg:assertedSubject chebi:45783 ; kg:assertedPredicate kg:treats ;
    kg:assertedObject mondo:0011719 ;
    kg:confidence 0.9 ; kg:hasConflict false ; kg:evidence kgr:evidence-1 .
kgr:evidence-1 a kg:Evidence ;
    kg:fromPublication pubmed:12181401 ; kg:section "CONCLUSIONS" ;
    kg:text "Imatinib induced a sustained objective response ..." ;
    kg:start 1500 ; kg:end 1620 ; kg:rule "treats-trigger" ;
    kg:negated false ; kg:hedged false ; kg:inferred false ;
    kg:subjectSpan kgr:mention-1 ; kg:objectSpan kgr:mention-2 .
kgr:mention-1 a kg:Mention ; kg:fromPublication pubmed:12181401 ;
    kg:denotes chebi:45783 ; kg:mentionStart 1500 ; kg:mentionEnd 1508 ;
    kg:mentionText "Imatinib" ; kg:inferred false .
kgr:mention-2 a kg:Mention ; kg:fromPublication pubmed:12181401 ;
    kg:denotes mondo:0011719 ; kg:mentionStart 1560 ; kg:mentionEnd 1564 ;
    kg:mentionText "GIST" .

kgr:study-1 a kg:Study ; kg:sampleSize 147 ; kg:design "randomized", "open-label" ;
    kg:phase "2" ; kg:hasArm kgr:arm-400, kgr:arm-600 ; kg:hasOutcome kgr:outcome-1 ;
    kg:reportedIn pubmed:12181401 ; kg:evidence kgr:evidence-1 .
kgr:arm-400 a kg:StudyArm ; kg:label "400 mg daily" ; kg:drug chebi:45783 ;
    kg:dose 400 ; kg:doseMax 800.0 ; kg:doseUnit "mg" ; kg:schedule "daily" ;
    kg:doseQualifier "up to" ; kg:armSize 73 .
kgr:arm-600 a kg:StudyArm ; kg:label "600 mg daily" ; kg:dose 600.0 .
kgr:outcome-1 a kg:OutcomeMeasurement ;
    kg:endpoint kgr:endpoint-partial-response ; kg:statistic "rate" ;
    kg:drug chebi:45783 ; kg:disease mondo:0011719 ;
    kg:adverseEvent kgr:adverse-event-diarrhea ;
    kg:arm kgr:arm-400 ; kg:comparatorArm kgr:arm-600 ;
    kg:mutationStratum kgr:mutation-KIT-exon9-mutation ; kg:stratumHasMutation true ;
    kg:count 79 ; kg:denominator 147 ; kg:percent 53.7 ;
    kg:value 24 ; kg:unit "weeks" ; kg:timepoint "12 months" ;
    kg:hazardRatio 0.82 ; kg:ciLower 0.5 ; kg:ciUpper 1.1 ; kg:pValue "<0.0001" ;
    kg:qualifier "approximately" ; kg:effect "improved" ; kg:significant false ;
    kg:negated false ; kg:evidence kgr:evidence-1 ; kg:reportedIn pubmed:12181401 .

kgr:build-1 a prov:Activity ; prov:wasAssociatedWith kgr:kg-0.1.0 ;
    prov:used kgr:lexicon ; prov:generated kgr:graph-assembly ;
    prov:startedAtTime "2024-01-01T00:00:00Z"^^xsd:dateTime .
kgr:kg-0.1.0 a prov:SoftwareAgent .

# Untyped: HermiT must infer kg:Mutation from the domain of kg:mutationOf.
kgr:mutation-untyped kg:mutationOf hgnc:6342 .
"""


@pytest.fixture(scope="module")
def onto() -> Graph:
    """The ontology parsed by rdflib."""
    return Graph().parse(ONTOLOGY, format="turtle")


def _datatype_or_class(name: str) -> URIRef:
    return XSD[name[4:]] if name.startswith("xsd:") else KG[name]


def _members(graph: Graph, node: BNode) -> set[URIRef]:
    return set(Collection(graph, node))


def _expected(graph: Graph, node: object) -> object:
    """Turn a domain/range node of the ontology into the shape used in TERMS."""
    if isinstance(node, BNode):
        union = graph.value(node, OWL.unionOf)
        if union is not None:
            return frozenset(_members(graph, union))
        base = graph.value(node, OWL.onDatatype)  # a restricted datatype
        assert base is not None, "a blank domain/range must be a union or a restriction"
        return base
    return node


# 1. rdflib: declarations, labels, comments, domains and ranges --------------------------


@pytest.mark.parametrize(("name", "kind", "domain", "range_"), TERMS, ids=[t[0] for t in TERMS])
def test_term_is_declared_labelled_and_commented(onto, name, kind, domain, range_):
    iri = KG[name]
    assert (iri, RDF.type, kind) in onto, f"kg:{name} is not declared as {kind}"
    labels = [o for o in onto.objects(iri, RDFS.label) if isinstance(o, Literal)]
    comments = [o for o in onto.objects(iri, RDFS.comment) if isinstance(o, Literal)]
    assert [lab.language for lab in labels] == ["en"], f"kg:{name} needs one rdfs:label@en"
    assert comments, f"kg:{name} needs an rdfs:comment"
    assert all(c.language == "en" for c in comments), f"kg:{name}: comments must be @en"
    assert all(len(c) > 20 for c in comments), f"kg:{name}: the comment says too little"


@pytest.mark.parametrize(("name", "kind", "domain", "range_"), TERMS, ids=[t[0] for t in TERMS])
def test_domain_range_and_superclass(onto, name, kind, domain, range_):
    iri = KG[name]
    if kind == CLASS:
        supers = {s for s in onto.objects(iri, RDFS.subClassOf) if str(s).startswith(str(KG))}
        assert supers == ({KG[domain]} if domain else set())
        return
    domains = [_expected(onto, d) for d in onto.objects(iri, RDFS.domain)]
    ranges = [_expected(onto, r) for r in onto.objects(iri, RDFS.range)]
    if isinstance(domain, tuple):
        want_domain = [frozenset(KG[c] for c in domain)]
    else:
        want_domain = [KG[domain]] if domain else []
    want_range = [_datatype_or_class(range_)] if range_ else []
    assert domains == want_domain, f"kg:{name} domain"
    assert ranges == want_range, f"kg:{name} range"


def test_every_kg_term_in_the_file_is_in_the_table(onto):
    declared = {
        s
        for kind in (CLASS, OBJ, DATA, OWL.AnnotationProperty)
        for s in onto.subjects(RDF.type, kind)
        if isinstance(s, URIRef) and s.startswith(str(KG))
    }
    used = {t for triple in onto for t in triple if isinstance(t, URIRef) and t.startswith(str(KG))}
    table = {KG[name] for name, *_ in TERMS}
    assert used <= declared, f"used but not declared: {sorted(used - declared)}"
    assert declared == table, f"not in TERMS: {sorted(declared - table)}"


# 2. OWL 2 DL hygiene --------------------------------------------------------------------


def test_no_property_has_two_domains_or_ranges(onto):
    for prop in set(onto.subjects(RDFS.domain, None)) | set(onto.subjects(RDFS.range, None)):
        assert len(list(onto.objects(prop, RDFS.domain))) <= 1, f"{prop} has several rdfs:domain"
        assert len(list(onto.objects(prop, RDFS.range))) <= 1, f"{prop} has several rdfs:range"


def test_no_property_is_of_two_kinds(onto):
    kinds = (OBJ, DATA, OWL.AnnotationProperty)
    for prop in {s for kind in kinds for s in onto.subjects(RDF.type, kind)}:
        have = [kind for kind in kinds if (prop, RDF.type, kind) in onto]
        assert len(have) == 1, f"{prop} is declared as {have}"


def test_no_imports_no_literal_defined_classes(onto):
    assert not list(onto.triples((None, OWL.imports, None)))
    assert not list(onto.triples((None, OWL.hasValue, None)))
    assert not list(onto.triples((None, OWL.equivalentClass, None)))


def test_blank_nodes_only_as_owl_constructs(onto):
    """Blank nodes are allowed only for unions, disjointness lists and datatype facets."""
    allowed = {OWL.unionOf, OWL.members, OWL.onDatatype, OWL.withRestrictions}
    for subject in {s for s in onto.subjects() if isinstance(s, BNode)}:
        predicates = set(onto.predicates(subject, None)) - {RDF.type, RDF.first, RDF.rest}
        facets = {XSD.minInclusive, XSD.maxInclusive}
        assert predicates <= allowed | facets, f"unexpected blank node with {predicates}"


def test_external_terms_are_declared(onto):
    for iri, kind in EXTERNAL:
        assert (iri, RDF.type, kind) in onto, f"{iri} must be declared as {kind}"


def test_subproperties(onto):
    for sub, sup in SUBPROPERTIES:
        assert (sub, RDFS.subPropertyOf, sup) in onto
    assert (KG.Publication, RDFS.subClassOf, BIBO.Document) in onto


def test_disjointness(onto):
    disjoint = set()
    for axiom in onto.subjects(RDF.type, OWL.AllDisjointClasses):
        members = sorted(_members(onto, onto.value(axiom, OWL.members)))
        disjoint |= {(a, b) for a in members for b in members if a != b}
    assert (KG.Disease, KG.AdverseEvent) not in disjoint
    for a in ENTITY_CLASSES:
        for b in ENTITY_CLASSES:
            if a != b and {a, b} != {"Disease", "AdverseEvent"}:
                assert (KG[a], KG[b]) in disjoint, f"{a} and {b} must be disjoint"
    top = ["Entity", "Publication", "Study", "StudyArm", "OutcomeMeasurement", "Assertion",
           "Evidence", "Mention"]  # fmt: skip
    for a in top:
        for b in top:
            assert a == b or (KG[a], KG[b]) in disjoint, f"{a} and {b} must be disjoint"


def test_entity_classes_align_to_biolink(onto):
    for name in (*ENTITY_CLASSES, "Entity", "Publication"):
        matches = [
            m
            for p in (SKOS.exactMatch, SKOS.closeMatch)
            for m in onto.objects(KG[name], p)
            if str(m).startswith(BIOLINK)
        ]
        assert matches, f"kg:{name} has no Biolink mapping"
    assert (KG.Publication, SKOS.exactMatch, URIRef(BIOLINK + "Publication")) in onto


def test_header(onto):
    assert (ONTOLOGY_IRI, RDF.type, OWL.Ontology) in onto
    assert onto.value(ONTOLOGY_IRI, OWL.versionInfo) == Literal("0.1.0")
    assert onto.value(ONTOLOGY_IRI, DC.title) is not None
    assert onto.value(ONTOLOGY_IRI, DCTERMS.description) is not None
    license_ = URIRef("https://creativecommons.org/licenses/by/4.0/")
    assert (ONTOLOGY_IRI, DCTERMS.license, license_) in onto


# 3. owlready2 and HermiT ----------------------------------------------------------------


def _load(tmp_path: Path, extra: str = "") -> tuple[owlready2.World, owlready2.Ontology]:
    """Load the ontology plus ``extra`` Turtle into a fresh owlready2 World."""
    graph = Graph().parse(ONTOLOGY, format="turtle")
    if extra:
        graph.parse(data=PREFIXES + extra, format="turtle")
    path = tmp_path / "kg.nt"
    graph.serialize(path, format="nt", encoding="utf-8")
    world = owlready2.World()
    ontology = world.get_ontology(path.as_uri()).load()
    return world, ontology


def _reason(world: owlready2.World) -> None:
    owlready2.sync_reasoner(world, infer_property_values=False, debug=0)


def test_loads_in_owlready2(tmp_path):
    world, ontology = _load(tmp_path)
    assert ontology.base_iri == str(KG)
    drug = ontology.Drug
    assert drug is not None and drug.iri == str(KG.Drug)
    assert ontology.Entity in drug.is_a
    inhibits = ontology.inhibits
    assert isinstance(inhibits, owlready2.ObjectPropertyClass)
    assert ontology.targets in inhibits.is_a
    assert isinstance(ontology.confidence, owlready2.DataPropertyClass)
    kg_classes = {c.iri for c in ontology.classes() if c.iri.startswith(str(KG))}
    assert kg_classes == {str(KG[name]) for name, kind, *_ in TERMS if kind == CLASS}


def test_hermit_consistent_with_sample_individuals(tmp_path):
    world, ontology = _load(tmp_path, SAMPLE)
    diarrhea = world["https://w3id.org/kg-builder/id/adverse-event-diarrhea"]
    assert diarrhea is not None
    assert {ontology.Disease, ontology.AdverseEvent} <= set(diarrhea.is_a)
    _reason(world)  # raises OwlReadyInconsistentOntologyError if inconsistent
    untyped = world["https://w3id.org/kg-builder/id/mutation-untyped"]
    assert ontology.Mutation in untyped.is_a, "HermiT did not use the domain of kg:mutationOf"


@pytest.mark.parametrize(
    "broken",
    [
        pytest.param("kgr:x a kg:Drug, kg:Target .", id="drug-and-target"),
        pytest.param('kgr:a a kg:Assertion ; kg:confidence "0.9"^^xsd:double .', id="double"),
    ],
)
def test_hermit_finds_a_broken_copy_inconsistent(tmp_path, broken):
    world, _ = _load(tmp_path, broken)
    with pytest.raises(owlready2.OwlReadyInconsistentOntologyError):
        _reason(world)
