"""Relation rules on documents about other drugs, genes and diseases than the seeds'."""

from __future__ import annotations

import pytest

from kg.assemble import assemble
from tests.extract.helpers import run

GEFITINIB, EGFR, NSCLC = "CHEBI:49668", "HGNC:3236", "MONDO:0005233"


def claims(text: str, title: str = "A study.") -> list[tuple[str, str, str, bool, bool, str | None, bool]]:
    """(subject, predicate, object, negated, hedged, cue, inferred) of each assertion."""
    out = []
    for a in run(text, title).assertions:
        e = a.evidence[0]
        out.append((a.subject, a.predicate, a.object, e.negated, e.hedged, e.cue, e.inferred))
    return out


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Gefitinib inhibits EGFR.", [(GEFITINIB, "inhibits", EGFR, False, False, None, False)]),
        ("Gefitinib did not inhibit EGFR.", [(GEFITINIB, "inhibits", EGFR, True, False, "did not", False)]),
        ("Gefitinib may inhibit EGFR.", [(GEFITINIB, "inhibits", EGFR, False, True, "may", False)]),
        ("Gefitinib binds to EGFR.", [(GEFITINIB, "targets", EGFR, False, False, None, False)]),
        ("Gefitinib is approved for the treatment of NSCLC.", [(GEFITINIB, "approvedFor", NSCLC, False, False, None, False)]),
        ("Gefitinib failed to improve survival in non-small cell lung carcinoma.",
         [(GEFITINIB, "treats", NSCLC, True, False, "failed to", False)]),
        ("The pharmacokinetics of gefitinib were similar to those reported in patients with NSCLC.", []),
        ("Gefitinib and NSCLC were both mentioned.", []),  # co-occurrence is not a claim
        ("EGFR T790M confers resistance to gefitinib.",
         [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, False, False, None, False),
          ("kgr:mutation-EGFR-T790M", "mutationOf", EGFR, False, False, None, False)]),
        ("Patients with BRAF V600E melanoma respond to vemurafenib.",
         [("CHEBI:63637", "treats", "MONDO:0005105", False, False, None, False),
          ("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "CHEBI:63637", False, False, None, False),
          ("kgr:mutation-BRAF-V600E", "mutationOf", "HGNC:1097", False, False, None, False)]),
        ("Doxorubicin caused cardiotoxicity in some patients.",
         [("CHEBI:31590", "causesAdverseEvent", "kgr:ae-cardiotoxicity", False, False, None, False)]),
        ("EGFR mutations are associated with non-small-cell lung cancer.",
         [(EGFR, "associatedWith", NSCLC, False, False, None, False),
          ("kgr:mutation-EGFR-mutation", "associatedWith", NSCLC, False, False, None, False),
          ("kgr:mutation-EGFR-mutation", "mutationOf", EGFR, False, False, None, False)]),
    ],
)
def test_sentence_rules(text: str, expected: list[tuple[object, ...]]) -> None:
    assert claims(text) == expected


def test_titles_name_topics_not_findings() -> None:
    assert claims("Nothing else here.", title="Gefitinib in the treatment of NSCLC.") == []


def test_main_drug_is_the_subject_of_adverse_events_with_no_drug() -> None:
    got = claims("Gefitinib was given daily. Cardiotoxicity was common.", title="Gefitinib in NSCLC.")
    assert got == [(GEFITINIB, "causesAdverseEvent", "kgr:ae-cardiotoxicity", False, False, None, True)]


def test_negated_and_stated_evidence_pool_into_one_conflicted_assertion() -> None:
    stated = run("Gefitinib inhibits EGFR.", pmid="1")
    denied = run("Gefitinib did not inhibit EGFR.", pmid="2")
    [pooled] = assemble([stated, denied]).assertions
    assert (pooled.subject, pooled.predicate, pooled.object) == (GEFITINIB, "inhibits", EGFR)
    assert [e.publication for e in pooled.evidence] == ["PMID:1", "PMID:2"]
    assert pooled.has_conflict and pooled.holds
    assert str(pooled.confidence) == "0.240"  # 0.6 support × (1 − 0.6 denial)


def test_opposite_response_links_conflict() -> None:
    sensitive = run("EGFR T790M confers sensitivity to gefitinib.", pmid="1")
    resistant = run("EGFR T790M confers resistance to gefitinib.", pmid="2")
    links = {a.predicate: a for a in assemble([sensitive, resistant]).assertions if a.object == GEFITINIB}
    assert links["confersSensitivityTo"].has_conflict and links["confersResistanceTo"].has_conflict


def test_abbreviation_defined_in_text_applies_later() -> None:
    extraction = run("We studied epidermal growth factor receptor (EGR) signalling. EGR was inhibited by gefitinib.")
    later = [m for m in extraction.mentions if m.text == "EGR"]
    assert [(m.curie, m.how) for m in later] == [(EGFR, "abbreviation"), (EGFR, "abbreviation")]
    assert (GEFITINIB, "inhibits", EGFR) in {(a.subject, a.predicate, a.object) for a in extraction.assertions}


def test_a_mutation_s_gene_is_not_negated_by_its_sentence() -> None:
    """Found by a new user: "than in those without" negated KIT exon 11 deletion → KIT."""
    got = claims("PFS was longer in patients with KIT exon 11 deletion than in those without.")
    assert got == [("kgr:mutation-KIT-exon11-deletion", "mutationOf", "HGNC:6342", False, False, None, False)]


def test_with_or_without_denies_nothing() -> None:
    """Found in review: "with or without" negated a treatment claim."""
    got = claims("Imatinib was effective in patients with CML with or without prior interferon therapy.")
    assert got == [("CHEBI:45783", "treats", "MONDO:0011996", False, False, None, False)]


@pytest.mark.parametrize(("text", "drug", "disease"), [
    ("Cocaine-induced seizures were seen.", "DRUGBANK:DB00907", "seizures"),
    ("Hepatitis caused by isoniazid was rare.", "DRUGBANK:DB00951", "Hepatitis"),
])
def test_a_drug_induced_disease_is_an_adverse_event_of_the_drug(text: str, drug: str, disease: str) -> None:
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    extraction = extract(document(text), load_lexicon())
    [named] = [m.curie for m in extraction.mentions if m.text == disease]
    assert [(a.subject, a.predicate, a.object, a.evidence[0].rule.split(":")[0]) for a in extraction.assertions] == [
        (drug, "causesAdverseEvent", named, "causesAdverseEvent")]


@pytest.mark.parametrize(("text", "expected"), [
    ("Seizures occurring after cocaine intake were reported.", [("DRUGBANK:DB00907", "causesAdverseEvent", "MESH:D012640")]),
    ("Cocaine caused seizures in two patients.", [("DRUGBANK:DB00907", "causesAdverseEvent", "MESH:D012640")]),
    ("Imatinib induced remission of chronic myeloid leukemia.", [("CHEBI:45783", "treats", "MONDO:0011996")]),
])
def test_harm_and_efficacy_verbs_are_told_apart(text: str, expected: list[tuple[str, str, str]]) -> None:
    """A drug that induces a disease harms; one that induces its remission treats it."""
    from kg.extract import extract, load_lexicon
    from tests.extract.helpers import document

    extraction = extract(document(text), load_lexicon())
    assert [(a.subject, a.predicate, a.object) for a in extraction.assertions] == expected


def test_each_mutation_takes_the_response_word_of_its_own_coordinated_clause() -> None:
    # "resistance" starts nearer to where "KIT exon 11 deletions" starts than "sensitivity"
    # does, but is further from the mutation's words: the gap is counted from its edges.
    found = {(a.subject, a.predicate) for a in run(
        "The KIT D816V mutation confers resistance to imatinib, and KIT exon 11 deletions confer sensitivity "
        "to imatinib.").assertions if a.object == "CHEBI:45783"}
    assert found == {("kgr:mutation-KIT-D816V", "confersResistanceTo"),
                     ("kgr:mutation-KIT-exon11-deletion", "confersSensitivityTo")}
