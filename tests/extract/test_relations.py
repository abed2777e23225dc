"""Relation rules on documents about other drugs, genes and diseases than the seeds'."""

from __future__ import annotations

import pytest

from kg.assemble import assemble
from kg.extract import extract, load_tagger
from tests.extract.helpers import SHIPPED, document, run

GEFITINIB, EGFR, NSCLC = "CHEBI:49668", "HGNC:3236", "MONDO:0005233"
VEMURAFENIB, BRAF = "CHEBI:63637", "HGNC:1097"
TAGGER = load_tagger()


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


def test_a_drug_treating_what_another_paper_says_it_causes_conflicts() -> None:
    """Found by a respiratory user (2026-12-03): ivacaftor approved for cystic fibrosis and
    "causing" it showed no conflict. A drug that treats one disease and causes another does not."""
    treating = run("Gefitinib is effective in non-small-cell lung cancer.", pmid="1")
    causing = run("Gefitinib caused non-small-cell lung cancer in mice. Gefitinib caused cardiotoxicity.", pmid="2")
    flags = {(a.predicate, a.object): a.has_conflict for a in assemble([treating, causing]).assertions
             if a.subject == GEFITINIB}
    assert flags == {("treats", NSCLC): True, ("causesAdverseEvent", NSCLC): True,
                     ("causesAdverseEvent", "kgr:ae-cardiotoxicity"): False}


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


def _full(text: str, title: str = "A study.") -> list[tuple[str, str, str, bool, str | None]]:
    """(subject, predicate, object, negated, cue) of each sentence-rule assertion, with the full
    lexicon and the shipped tagger (no pair model)."""
    from kg.extract import extract, load_lexicon
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].cue)
            for a in extract(document(text, title), load_lexicon(), load_tagger()).assertions
            if a.predicate != "mutationOf"]


DABRAFENIB, TRAMETINIB, BRAF, PYREXIA = "DRUGBANK:DB08912", "DRUGBANK:DB08911", "HGNC:1097", "MESH:D005334"


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: the first clause's "did not" denied the second clause's claim,
    # and the drug of the second clause, nearer in characters, took the first one's gene.
    ("Dabrafenib did not cause pyrexia, and trametinib caused pyrexia.",
     [(DABRAFENIB, "causesAdverseEvent", PYREXIA, True, "did not"), (TRAMETINIB, "causesAdverseEvent", PYREXIA, False, None)]),
    ("Trametinib did not inhibit BRAF, but dabrafenib inhibited BRAF.",
     [(TRAMETINIB, "inhibits", BRAF, True, "did not"), (DABRAFENIB, "inhibits", BRAF, False, None)]),
    ("Imatinib inhibits KIT but not FLT3.",
     [("CHEBI:45783", "inhibits", "HGNC:6342", False, None), ("CHEBI:45783", "inhibits", "HGNC:3765", True, "not")]),
    ("Trastuzumab may inhibit HER2 but was not studied here.",
     [("DRUGBANK:DB00072", "inhibits", "HGNC:3430", False, "may")]),
    ("Not only imatinib but also nilotinib inhibits KIT.", [("DRUGBANK:DB04868", "inhibits", "HGNC:6342", False, None)]),
    # Left alone by the last session: the subject's clause lent its "did not" to an object
    # past a contrast or a semicolon. A colon still carries it to the list after it.
    ("Gefitinib did not inhibit EGFR but inhibited HER2.",
     [("DRUGBANK:DB00317", "inhibits", "HGNC:3236", True, "did not"), ("DRUGBANK:DB00317", "inhibits", "HGNC:3430", False, None)]),
    ("Gefitinib did not inhibit EGFR, whereas it inhibited HER2.",
     [("DRUGBANK:DB00317", "inhibits", "HGNC:3236", True, "did not"), ("DRUGBANK:DB00317", "inhibits", "HGNC:3430", False, None)]),
    ("Imatinib did not inhibit KIT; it inhibited FLT3.",
     [("CHEBI:45783", "inhibits", "HGNC:6342", True, "did not"), ("CHEBI:45783", "inhibits", "HGNC:3765", False, None)]),
    ("Imatinib did not inhibit these kinases: KIT and FLT3.",
     [("CHEBI:45783", "inhibits", "HGNC:6342", True, "did not"), ("CHEBI:45783", "inhibits", "HGNC:3765", True, "did not")]),
])
def test_a_cue_stays_in_its_own_clause(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The last item of a list is no clause of its own: the cue covers all three.
    ("Gefitinib, erlotinib, and afatinib did not inhibit EGFR.",
     [(d, "inhibits", "HGNC:3236", True, "did not") for d in ("DRUGBANK:DB00317", "DRUGBANK:DB00530", "DRUGBANK:DB08916")]),
    ("EGFR T790M confers resistance to gefitinib and erlotinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", d, False, None) for d in ("DRUGBANK:DB00317", "DRUGBANK:DB00530")]),
    ("Rash was common with gefitinib or erlotinib.",
     [(d, "causesAdverseEvent", "kgr:ae-rash", False, None) for d in ("DRUGBANK:DB00317", "DRUGBANK:DB00530")]),
    # A fold-change or a synonym in brackets after an item keeps the list (found by an
    # infectious-disease user and while probing).
    ("Q148H conferred resistance to raltegravir (>150-fold) and elvitegravir (>100-fold) but not dolutegravir.",
     [("kgr:mutation-unknown-gene-Q148H", "confersResistanceTo", d, False, None)
      for d in ("DRUGBANK:DB06817", "DRUGBANK:DB09101")]
     + [("kgr:mutation-unknown-gene-Q148H", "confersResistanceTo", "DRUGBANK:DB08930", True, "but not")]),
    ("Imatinib (Gleevec) and dasatinib inhibit KIT in vitro.",
     [(d, "inhibits", "HGNC:6342", False, None) for d in ("CHEBI:45783", "DRUGBANK:DB01254")]),
    # Commas alone make no coordination.
    ("After imatinib, dasatinib was effective in CML.", [("DRUGBANK:DB01254", "treats", "MONDO:0011996", False, None)]),
])
def test_coordinated_drugs_share_the_claim(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: incidence in treated patients read as treatment.
    ("Interstitial lung disease occurred in 4% of patients treated with osimertinib.",
     [("DRUGBANK:DB09330", "causesAdverseEvent", "MONDO:0015925", False, None)]),
    ("In 120 children with osteosarcoma treated with cisplatin, hearing loss occurred in 40% and acute kidney injury "
     "in 25%.", [("DRUGBANK:DB00515", "treats", "MONDO:0009807", False, None),
                 ("DRUGBANK:DB00515", "causesAdverseEvent", "MONDO:0005365", False, None),
                 ("DRUGBANK:DB00515", "causesAdverseEvent", "MONDO:0002492", False, None)]),
    ("Dabrafenib did not cause pyrexia.", [(DABRAFENIB, "causesAdverseEvent", PYREXIA, True, "did not")]),
    # Found by a new user: a disease (MeSH's Cardiotoxicity) seen or not with a drug was no claim.
    ("No cardiotoxicity was observed with lapatinib.",
     [("DRUGBANK:DB01259", "causesAdverseEvent", "MESH:D066126", True, "no")]),
    ("Hepatotoxicity was reported with lapatinib.",
     [("DRUGBANK:DB01259", "causesAdverseEvent", "kgr:ae-hepatotoxicity", False, None)]),
    # Death is an outcome, never what a drug treats.
    ("Vemurafenib improved overall survival (hazard ratio for death 0.37; P<0.001). Response rates were 48%.", []),
])
def test_incidence_is_harm_and_death_is_not_treated(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


def test_the_comparator_arm_does_not_take_the_paper_s_mutations() -> None:
    """Found by a new user: "48% for vemurafenib and 5% for dacarbazine" linked BRAF V600E to dacarbazine."""
    got = _full("Response rates were 48% for vemurafenib and 5% for dacarbazine.",
                title="Vemurafenib in melanoma with BRAF V600E mutation.")
    assert got == [("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB08881", False, None)]


def test_a_change_before_mediated_is_a_mutation_of_its_gene() -> None:
    """Found by a new user: "EGFR T790M-mediated" in a title made no mutation, and a gene-less one elsewhere."""
    got = _full("The response rate was 71% with osimertinib.",
                title="Osimertinib overcomes EGFR T790M-mediated resistance in lung cancer.")
    assert ("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, None) in got


CML, GIST, IMATINIB = "MONDO:0011996", "MONDO:0011719", "CHEBI:45783"


@pytest.mark.parametrize(("text", "expected"), [
    # Found in review: a response or remission told by its rate is no adverse event.
    ("Complete remission of chronic myeloid leukemia was observed in 80% of patients treated with imatinib.",
     [(IMATINIB, "treats", CML, False, None)]),
    ("Imatinib is an effective treatment for gastrointestinal stromal tumor in 80% of cases.",
     [(IMATINIB, "treats", GIST, False, None)]),
    ("Relapse of chronic myeloid leukemia occurred in 10% of patients after imatinib discontinuation.", []),
    ("Of the patients with melanoma seen at our center, 40 were treated with vemurafenib.",
     [("DRUGBANK:DB08881", "treats", "MONDO:0005105", False, None)]),
    # A comma after the "and" ends the list: the drugs of an introductory phrase are not coordinated.
    ("Unlike warfarin and aspirin, imatinib inhibited KIT.", [(IMATINIB, "inhibits", "HGNC:6342", False, None)]),
    ("After failure of imatinib and sunitinib, regorafenib was effective in gastrointestinal stromal tumor.",
     [("DRUGBANK:DB08896", "treats", GIST, False, None)]),
    # "respectively" pairs item by item.
    ("Dabrafenib and trametinib inhibit BRAF and MEK1, respectively.",
     [(DABRAFENIB, "inhibits", BRAF, False, None), (TRAMETINIB, "inhibits", "HGNC:6840", False, None)]),
    # The patients' history is not the drug given.
    ("Osimertinib achieved responses in 61% of patients with gefitinib-resistant non-small cell lung cancer.",
     [("DRUGBANK:DB09330", "treats", "MONDO:0005233", False, None)]),
    # Its absence is no mutation; the tumour is the disease (the corpora's "Neoplasms").
    ("Patients with T790M-negative tumors responded to erlotinib.",
     [("DRUGBANK:DB00530", "treats", "MONDO:0005070", False, None)]),
    # "not only" denies nothing, whatever verb it follows; a clause with a comma of its own still ends at ", and".
    ("Imatinib was not only effective in chronic myeloid leukemia but also in gastrointestinal stromal tumor.",
     [(IMATINIB, "treats", CML, False, None), (IMATINIB, "treats", GIST, False, None)]),
    ("In resistant cells, gefitinib did not inhibit EGFR, and erlotinib inhibited EGFR.",
     [("DRUGBANK:DB00317", "inhibits", "HGNC:3236", True, "did not"), ("DRUGBANK:DB00530", "inhibits", "HGNC:3236", False, None)]),
])
def test_rules_keep_what_review_found(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The generic words name the disease, as both corpora's annotators read them.
    ("Erlotinib showed activity against such tumors.", [("DRUGBANK:DB00530", "treats", "MONDO:0005070", False, None)]),
    ("Tamoxifen caused cancer in some women.", [("DRUGBANK:DB00675", "causesAdverseEvent", "MONDO:0004992", False, None)]),
    ("Doxorubicin induced apoptosis and caused tumour growth in mice.",
     [("DRUGBANK:DB00997", "causesAdverseEvent", "MONDO:0005070", False, None)]),
    # A tumour whose growth the drug inhibits is none it causes, after "induced" or "-induced".
    ("Doxorubicin induced apoptosis and inhibited tumour growth in mice.", []),
    ("Doxorubicin-induced apoptosis inhibited tumor growth in mice.", []),
    ("Doxorubicin-induced inhibition of tumor growth was seen.", []),
])
def test_a_tumour_is_a_disease_a_drug_treats_or_causes(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A demonstrative makes the generic word the disease named just before it.
    ("Gastrointestinal stromal tumors are driven by KIT. Imatinib has activity against such tumors.",
     [("tumors", "MONDO:0011719", "anaphor", True)]),
    ("Patients with melanoma were enrolled. These tumours responded to vemurafenib.",
     [("tumours", "MONDO:0005105", "anaphor", True)]),
    # Two diseases just before: "these cancers" are both, so it stays generic.
    ("Patients with melanoma and breast cancer were enrolled. These cancers responded to vemurafenib.",
     [("cancers", "MONDO:0004992", "lexicon", False)]),
    # No demonstrative, or nothing before it: the generic disease.
    ("Patients with melanoma were enrolled. Tumors responded to vemurafenib.",
     [("Tumors", "MONDO:0005070", "lexicon", False)]),
    ("Such tumors responded to vemurafenib in most patients.", [("tumors", "MONDO:0005070", "lexicon", False)]),
])
def test_such_tumors_refers_back_to_the_disease_named_before(text: str, expected: list[tuple[object, ...]]) -> None:
    from kg.extract import extract, load_lexicon
    from kg.extract.entities import GENERIC_DISEASES
    from kg.extract.tagger import load_tagger
    from tests.extract.helpers import document

    extraction = extract(document(text, "A study."), load_lexicon(), load_tagger())
    last = max(m.start for m in extraction.mentions if m.type == "Disease")
    got = [(m.text, m.curie, m.how, m.inferred) for m in extraction.mentions if m.start == last]
    assert got == expected
    # The claim through the anaphor is the antecedent's, and inferred.
    [treats] = [a for a in extraction.assertions if a.predicate == "treats"]
    assert (treats.object, treats.evidence[0].inferred) == (expected[0][1], expected[0][1] not in GENERIC_DISEASES)


def test_than_sets_apart_only_what_follows_it() -> None:
    """Found in review: "more durable with dabrafenib than vemurafenib" left dabrafenib out as a comparator."""
    got = _full("Responses were more durable with dabrafenib than vemurafenib.", title="Vemurafenib in BRAF V600E melanoma.")
    assert [(s, p, o) for s, p, o, _, _ in got] == [
        ("kgr:mutation-BRAF-V600E", "confersSensitivityTo", DABRAFENIB),
        ("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB08881")]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a second new user: DrugBank's entry "PIK3CA" made the gene a drug and its
    # mutation gene-less.
    ("PIK3CA H1047R may predict benefit from alpelisib.",
     [("kgr:mutation-PIK3CA-H1047R", "confersSensitivityTo", "DRUGBANK:DB12015", False, "may")]),
    # "relapsed or refractory" names the population, not a resistance to the drug given.
    ("In 179 patients with relapsed or refractory IDH1-mutated acute myeloid leukemia treated with ivosidenib, "
     "the rate of complete remission was 30.4%.",
     [("DRUGBANK:DB14568", "treats", "MONDO:0018874", False, None),
      ("kgr:mutation-IDH1-mutation", "confersSensitivityTo", "DRUGBANK:DB14568", False, None)]),
    ("Patients who relapsed on imatinib harbored KIT D816V.",
     [("kgr:mutation-KIT-D816V", "confersResistanceTo", IMATINIB, False, None)]),
    ("The FGFR3 V555M gatekeeper mutation was unlikely to confer sensitivity to erdafitinib.",
     [("kgr:mutation-FGFR3-V555M", "confersSensitivityTo", "DRUGBANK:DB12147", False, "unlikely")]),
    # A colon ends a clause; "not restricted to" widens, it does not deny (left alone by
    # that session, which pinned R132H as denied).
    ("Responses were not restricted to R132H: patients with IDH1 R132C also responded to ivosidenib.",
     [("kgr:mutation-IDH1-R132H", "confersSensitivityTo", "DRUGBANK:DB14568", False, None),
      ("kgr:mutation-IDH1-R132C", "confersSensitivityTo", "DRUGBANK:DB14568", False, None)]),
    # A chemical's name inside an enzyme's is no chemical: alanine "caused" nothing.
    ("Increased alanine aminotransferase and hypertension were reported in 12% of patients.", []),
])
def test_rules_keep_what_a_second_user_found(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


SOTORASIB, SELPERCATINIB, CABOZANTINIB, VANDETANIB = "DRUGBANK:DB15569", "DRUGBANK:DB15685", "DRUGBANK:DB08875", "DRUGBANK:DB05294"
RET_V804M, KDR, FGFR1, FGFR2, RET = "kgr:mutation-RET-V804M", "HGNC:6307", "HGNC:3688", "HGNC:3689", "HGNC:9967"


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a third new user. "without" denies the phrase after it, not the clause.
    ("Sotorasib therapy led to a durable clinical benefit without new safety signals in patients with previously "
     "treated KRAS p.G12C-mutated NSCLC.",
     [(SOTORASIB, "treats", "MONDO:0005233", False, None), ("kgr:mutation-KRAS-G12C", "confersSensitivityTo", SOTORASIB, False, None)]),
    # … and who lacks the mutation tells no response of it (wave 5).
    ("Patients without KIT mutations did not respond to imatinib.", []),
    # A cue after both mentions, past an "and" that starts another predicate, denies that predicate's objects only.
    ("Selpercatinib was more than 100-fold selective for RET over VEGFR2 (KDR) and did not inhibit FGFR1 or FGFR2 "
     "at concentrations up to 1 uM.",
     [(SELPERCATINIB, "inhibits", RET, False, None), (SELPERCATINIB, "inhibits", KDR, False, None),
      (SELPERCATINIB, "inhibits", FGFR1, True, "did not"), (SELPERCATINIB, "inhibits", FGFR2, True, "did not")]),
    # Losing activity is resistance.
    ("Selpercatinib inhibited RET V804M, whereas cabozantinib and vandetanib lost activity against V804M (IC50 > 1000 nM).",
     [(SELPERCATINIB, "inhibits", RET, False, None), (RET_V804M, "confersSensitivityTo", SELPERCATINIB, False, None),
      (RET_V804M, "confersResistanceTo", CABOZANTINIB, False, None), (RET_V804M, "confersResistanceTo", VANDETANIB, False, None)]),
    ("PIK3CA amplification diminished the growth inhibitory effects of trastuzumab.",
     [("kgr:mutation-PIK3CA-amplification", "confersResistanceTo", "DRUGBANK:DB00072", False, None)]),
    # "a resistance mutation" names the mutation's kind; the drug that inhibits it is sensitive to it.
    ("Osimertinib is an oral, third-generation, irreversible EGFR tyrosine kinase inhibitor (TKI) that selectively "
     "inhibits both EGFR-TKI-sensitizing and EGFR T790M resistance mutations.",
     [("DRUGBANK:DB09330", "inhibits", "HGNC:3236", False, None),
      ("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "DRUGBANK:DB09330", False, None)]),
])
def test_rules_keep_what_a_third_user_found(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a third new user: no rule read "inhibitor" as a noun, so no drug had its target.
    ("Trials of the BRAF kinase inhibitor vemurafenib showed responses.", [("DRUGBANK:DB08881", "inhibits", BRAF, False, None)]),
    ("The EGFR inhibitors erlotinib and gefitinib were given.",
     [("DRUGBANK:DB00530", "inhibits", "HGNC:3236", False, None), ("DRUGBANK:DB00317", "inhibits", "HGNC:3236", False, None)]),
    ("Vemurafenib, a selective BRAF inhibitor, was given.", [("DRUGBANK:DB08881", "inhibits", BRAF, False, None)]),
    ("Ibrutinib is an oral BTK inhibitor.", [("DRUGBANK:DB09053", "inhibits", "HGNC:1133", False, None)]),
    # Another drug than the one named with the gene's inhibitor takes nothing.
    ("Patients previously treated with an EGFR inhibitor received osimertinib.", []),
])
def test_a_drug_called_a_gene_s_inhibitor_inhibits_it(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _full(text) == expected


def test_a_compound_mutation_s_resistance_is_not_its_parts() -> None:
    """Found by a new user: "Compound G1202R/L1196M mutations conferred resistance to
    lorlatinib" was read for G1202R alone, which the paper showed lorlatinib overcomes."""
    extraction = run("In a patient harboring KIT V560G, imatinib induced a partial response. Compound "
                     "V560G/D816V mutations, however, conferred resistance to imatinib.")
    found = sorted((a.subject, a.predicate, a.object) for a in assemble([extraction]).assertions
                   if a.predicate.startswith("confers"))
    assert found == [("kgr:mutation-KIT-V560G", "confersSensitivityTo", "CHEBI:45783"),
                     ("kgr:mutation-KIT-V560G_D816V", "confersResistanceTo", "CHEBI:45783")]


def test_a_sentence_about_a_drug_class_gives_the_main_drug_no_response() -> None:
    """Found by a new user: "Resistance to second-generation ALK inhibitors arises through
    secondary mutations" made an ALK mutation resist the paper's own (third-generation) drug."""
    found = claims("Resistance to second-generation KIT inhibitors arises through secondary KIT mutations. KIT exon 11 "
                   "mutations confer sensitivity.", "Imatinib in GIST.")
    assert [c[:3] for c in found if c[1].startswith("confers")] == [
        ("kgr:mutation-KIT-exon11-mutation", "confersSensitivityTo", "CHEBI:45783")]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: the clause after "but" has the mutation as its unstated subject.
    ("EGFR T790M conferred resistance to gefitinib but remained sensitive to imatinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, False),
      ("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "CHEBI:45783", False)]),
    # "this mutant" names the mutation named before it, in the sentence or the one before.
    ("In Ba/F3 cells, EGFR T790M conferred resistance to gefitinib, whereas imatinib retained potent activity "
     "against this mutant.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, False),
      ("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "CHEBI:45783", False)]),
    ("EGFR T790M was engineered into Ba/F3 cells. Imatinib did not inhibit the growth of cells with this mutant.",
     [("kgr:mutation-EGFR-T790M", "confersSensitivityTo", "CHEBI:45783", True)]),
    # From CIViC: the anaphor's clause says resistance ("attenuated … inhibition").
    ("EGFR T790M was engineered into Ba/F3 cells. This mutation also attenuated ERK inhibition by gefitinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, False)]),
    # With a subject of its own, the next clause is not the mutation's.
    ("EGFR T790M conferred resistance to gefitinib but patients remained sensitive to imatinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, False)]),
])
def test_a_mutation_s_response_goes_on_into_the_next_clause(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in run(text).assertions
             if a.predicate.startswith("confers")]
    assert sorted(found) == sorted(expected)


def test_no_deaths_from_an_adverse_event_does_not_deny_the_event() -> None:
    """Found by a new user: "No treatment-related deaths from colitis" denied colitis."""
    got = claims("Gefitinib was given daily. No treatment-related deaths from cardiotoxicity were reported.",
                 title="Gefitinib in NSCLC.")
    assert got == [(GEFITINIB, "causesAdverseEvent", "kgr:ae-cardiotoxicity", False, False, None, True)]
    assert claims("Gefitinib was given daily. No cardiotoxicity was reported.", title="Gefitinib in NSCLC.") == [
        (GEFITINIB, "causesAdverseEvent", "kgr:ae-cardiotoxicity", True, False, "no", True)]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: both directions in one clause; the drug's own word decides.
    ("Two of three patients with EGFR T790M-mediated resistance responded to gefitinib.",
     [("kgr:mutation-EGFR-T790M", "confersSensitivityTo", GEFITINIB, False, None)]),
    ("Resistance arose through an EGFR T790M mutation, which remained sensitive to gefitinib in vitro.",
     [("kgr:mutation-EGFR-T790M", "confersSensitivityTo", GEFITINIB, False, None)]),
    # "unlikely to benefit" says resistance, foretold: a hedged one (wave 5).
    ("Patients with EGFR mutations are unlikely to benefit from gefitinib.",
     [("kgr:mutation-EGFR-mutation", "confersResistanceTo", GEFITINIB, True, "unlikely to benefit")]),
    ("Patients with EGFR mutations are likely to benefit from gefitinib.",
     [("kgr:mutation-EGFR-mutation", "confersSensitivityTo", GEFITINIB, True, "likely")]),
    # A trigger past a contrast says nothing of the mutation.
    ("Gefitinib is approved for EGFR-mutant NSCLC, but acquired resistance invariably develops.", []),
])
def test_the_direction_of_a_response_is_the_drug_s_own_word(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(a.subject, a.predicate, a.object, a.evidence[0].hedged, a.evidence[0].cue) for a in run(text).assertions
             if a.predicate.startswith("confers")]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: a nucleotide's bound state, a receptor's ligands, a mutant's growth.
    ("In cells, doxorubicin-bound EGFR was inhibited.", []),
    ("Gefitinib blocks the interaction of EGFR with its ligands BRAF and KIT.", [(GEFITINIB, "inhibits", EGFR, False)]),
    ("Gefitinib did not inhibit the growth of EGFR T790M-transformed cells.",
     [("kgr:mutation-EGFR-T790M", "confersSensitivityTo", GEFITINIB, True)]),
    ("Gefitinib did not inhibit EGFR.", [(GEFITINIB, "inhibits", EGFR, True)]),
    # Seen by a reviewer: a trigger in another clause says nothing of the pair.
    ("Vemurafenib is an inhibitor of BRAF, and EGFR mutations predict resistance to gefitinib.",
     [(VEMURAFENIB, "inhibits", BRAF, False),
      ("kgr:mutation-EGFR-mutation", "confersResistanceTo", GEFITINIB, False)]),
    ("Gefitinib, which was approved in 2003, inhibits EGFR.", [(GEFITINIB, "inhibits", EGFR, False)]),
])
def test_what_a_drug_inhibits_is_not_a_bound_state_a_ligand_or_a_mutant(text: str,
                                                                        expected: list[tuple[object, ...]]) -> None:
    found = [(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in run(text).assertions
             if a.predicate != "mutationOf"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a new user: "directed against HER2" names the target; "did not reduce
    # sensitivity" denies resistance.
    ("Gefitinib is an antibody directed against EGFR.", [(GEFITINIB, "targets", EGFR, False)]),
    ("The EGFR T790M mutation did not reduce sensitivity to gefitinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB, True)]),
])
def test_directed_against_and_reduced_sensitivity(text: str, expected: list[tuple[object, ...]]) -> None:
    found = [(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in run(text).assertions
             if a.predicate != "mutationOf"]
    assert found == expected


def test_a_drug_of_the_patients_history_is_not_what_treats_them() -> None:
    """Found by a new user: "patients with NSCLC previously treated with platinum-based
    chemotherapy received adagrasib" made platinum treat NSCLC."""
    found = [(a.subject, a.predicate, a.object) for a in run(
        "Patients with NSCLC previously treated with doxorubicin-based chemotherapy received gefitinib.").assertions]
    assert found == [(GEFITINIB, "treats", NSCLC)]


@pytest.mark.parametrize(("text", "unwanted"), [
    # Found in review of the fourth user's fixes: each new rule's false positive.
    ("Adverse events were more frequent in patients with diabetes treated with metformin.", "causesAdverseEvent"),
    ("The most common tumor types were sarcoma (30%) and thyroid cancer (20%) among patients treated with "
     "larotrectinib.", "causesAdverseEvent"),
    ("Crizotinib is a potent inhibitor of ALK, and EGFR mutations predict resistance to erlotinib.",
     "kgr:mutation-ALK-mutation"),
    ("Sorafenib inhibits VEGFR2 and KIT, and FLT3-ITD predicts response to sorafenib in AML.", "kgr:mutation-KIT-ITD"),
    ("Patients with ESR1 Y537S/D538G mutations were treated with elacestrant.", "kgr:mutation-ESR1-Y537S_D538G"),
])
def test_the_new_rules_leave_ordinary_sentences_alone(text: str, unwanted: str) -> None:
    from kg.extract import extract
    from tests.extract.helpers import SHIPPED, document

    extraction = extract(document(text, "A study."), SHIPPED)
    said = {a.predicate for a in extraction.assertions} | {a.subject for a in extraction.assertions} | {
        m.curie for m in extraction.mentions}
    assert unwanted not in said
    if unwanted == "causesAdverseEvent":
        assert "treats" in said


@pytest.mark.parametrize(("text", "expected"), [
    # Found in review: "BRCA1/2 mutations" named no gene, "MEK1/2" only MEK1 (the shipped
    # lexicon's genes: the small test lexicon has neither).
    ("Patients with BRCA1/2 mutations responded to olaparib.",
     [("kgr:mutation-BRCA1-mutation", "confersSensitivityTo", "DRUGBANK:DB09074"),
      ("kgr:mutation-BRCA1-mutation", "mutationOf", "HGNC:1100"),
      ("kgr:mutation-BRCA2-mutation", "confersSensitivityTo", "DRUGBANK:DB09074"),
      ("kgr:mutation-BRCA2-mutation", "mutationOf", "HGNC:1101")]),
    ("Patients with BRCA1/2-mutated tumours responded to olaparib.",
     [("DRUGBANK:DB09074", "treats", "MONDO:0005070"),
      ("kgr:mutation-BRCA1-mutation", "confersSensitivityTo", "DRUGBANK:DB09074"),
      ("kgr:mutation-BRCA1-mutation", "mutationOf", "HGNC:1100"),
      ("kgr:mutation-BRCA2-mutation", "confersSensitivityTo", "DRUGBANK:DB09074"),
      ("kgr:mutation-BRCA2-mutation", "mutationOf", "HGNC:1101")]),
    ("Trametinib inhibits MEK1/2.",
     [("DRUGBANK:DB08911", "inhibits", "HGNC:6840"), ("DRUGBANK:DB08911", "inhibits", "HGNC:6842")]),
    # The review's: the noun after the widest symbol names every gene; a change after "IDH1/2"
    # is not IDH2's; a gene shared by a list keeps its mutation's gene.
    ("The CDK4/6 inhibitor palbociclib was given.",
     [("DRUGBANK:DB09073", "inhibits", "HGNC:1773"), ("DRUGBANK:DB09073", "inhibits", "HGNC:1777")]),
    ("Patients with IDH1/2 R132H mutations received ivosidenib.",
     [("kgr:mutation-IDH1-R132H", "mutationOf", "HGNC:5382")]),
    ("Patients with ALK/ROS1 rearrangements responded to crizotinib.",
     [("kgr:mutation-ALK-fusion", "confersSensitivityTo", "DRUGBANK:DB08865"),
      ("kgr:mutation-ALK-fusion", "mutationOf", "HGNC:427"),
      ("kgr:mutation-ROS1-fusion", "confersSensitivityTo", "DRUGBANK:DB08865"),
      ("kgr:mutation-ROS1-fusion", "mutationOf", "HGNC:10261")]),
    # Slashes that join no siblings name no genes.
    ("Paclitaxel induced G2/M arrest and inhibited tumour growth.", []),
    ("The half-life (T1/2) of imatinib was 18 hours.", []),
    # A trigger of either kind in the pair's clause: "selective for" targets.
    ("Dasatinib inhibits SRC, and nilotinib is more selective for ABL1.",
     [("DRUGBANK:DB01254", "inhibits", "HGNC:11283"), ("DRUGBANK:DB04868", "targets", "HGNC:76")]),
])
def test_a_slashed_gene_symbol_names_each_gene(text: str, expected: list[tuple[str, str, str]]) -> None:
    # With the shipped tagger, which keeps or drops the lexicon's short symbols ("G2", "T1").
    found = sorted((a.subject, a.predicate, a.object) for a in extract(document(text), SHIPPED, TAGGER).assertions)
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a fifth new user (PARP, CDK4/6, IDH and JAK inhibitor abstracts).
    # HGNC's PARP-1 alias is TIPARP's; the PARP-inhibitor literature means PARP1.
    ("Niraparib, a selective PARP-1/2 inhibitor, was studied.",
     [("DRUGBANK:DB11793", "inhibits", "HGNC:270"), ("DRUGBANK:DB11793", "inhibits", "HGNC:272")]),
    # A plural apposition names the target of every drug before it.
    ("Ribociclib and abemaciclib, other CDK4/6 inhibitors, have shown similar activity.",
     [("DRUGBANK:DB11730", "inhibits", "HGNC:1773"), ("DRUGBANK:DB11730", "inhibits", "HGNC:1777"),
      ("DRUGBANK:DB12001", "inhibits", "HGNC:1773"), ("DRUGBANK:DB12001", "inhibits", "HGNC:1777")]),
    # A change listed after another takes its gene, not the paper's first.
    ("Patients with IDH1-mutant AML received ivosidenib. Patients with IDH2 R140Q or R172K mutations "
     "responded to enasidenib.",
     [("kgr:mutation-IDH1-mutation", "mutationOf", "HGNC:5382"),
      ("kgr:mutation-IDH2-R140Q", "confersSensitivityTo", "DRUGBANK:DB13874"),
      ("kgr:mutation-IDH2-R140Q", "mutationOf", "HGNC:5383"),
      ("kgr:mutation-IDH2-R172K", "confersSensitivityTo", "DRUGBANK:DB13874"),
      ("kgr:mutation-IDH2-R172K", "mutationOf", "HGNC:5383")]),
])
def test_what_a_fifth_user_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = sorted((a.subject, a.predicate, a.object) for a in extract(document(text), SHIPPED, TAGGER).assertions)
    assert found == expected


def test_oncology_abbreviations_and_brca_are_named_as_they_are_meant() -> None:
    """"AML" named no disease; "BRCA-proficient" was invasive breast carcinoma (a fifth new user)."""
    extraction = extract(document("Patients with AML, MDS, CLL, SCLC, TNBC, PDAC or mCRPC were studied in "
                                  "BRCA-proficient cells."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions] == [
        ("AML", "MONDO:0018874"), ("MDS", "MONDO:0018881"), ("CLL", "MONDO:0004948"), ("SCLC", "MONDO:0008433"),
        ("TNBC", "MONDO:0005494"), ("PDAC", "MONDO:0005184"), ("mCRPC", "MONDO:0850353")]


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a sixth new user (HIV, antiplatelet, KRAS and EGFR abstracts).
    # "reduced susceptibility" and "responded poorly" are resistance, not sensitivity.
    ("Isolates with the EGFR T790M mutation showed reduced susceptibility to gefitinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", "DRUGBANK:DB00317"),
      ("kgr:mutation-EGFR-T790M", "mutationOf", "HGNC:3236")]),
    ("Patients with the EGFR T790M mutation responded poorly to gefitinib.",
     [("kgr:mutation-EGFR-T790M", "confersResistanceTo", "DRUGBANK:DB00317"),
      ("kgr:mutation-EGFR-T790M", "mutationOf", "HGNC:3236")]),
    # A benefit "irrespective of" a mutation is no response of it.
    ("Sotorasib improved outcomes irrespective of STK11 mutation status in KRAS G12C-mutated tumours.",
     [("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569"),
      ("kgr:mutation-KRAS-G12C", "mutationOf", "HGNC:6407"),
      ("kgr:mutation-STK11-mutation", "mutationOf", "HGNC:11389")]),
    # Adjectives listed with a comma before "inhibitor".
    ("Osimertinib is an irreversible, mutant-selective EGFR tyrosine kinase inhibitor.",
     [("DRUGBANK:DB09330", "inhibits", "HGNC:3236")]),
    # "T215Y/F" is two changes at one residue, of HIV's reverse transcriptase (RT).
    ("HIV reverse transcriptase mutations T215Y/F conferred resistance to zidovudine.",
     [("kgr:mutation-RT-T215F", "confersResistanceTo", "DRUGBANK:DB00495"),
      ("kgr:mutation-RT-T215Y", "confersResistanceTo", "DRUGBANK:DB00495")]),
])
def test_what_a_sixth_user_found(text: str, expected: list[tuple[str, str, str]]) -> None:
    found = sorted((a.subject, a.predicate, a.object) for a in extract(document(text), SHIPPED, TAGGER).assertions)
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    # Found by a seventh new user (immunotherapy, antibiotic resistance, KRAS, EGFR abstracts).
    # "never-smoking" denies nothing.
    ("A never-smoking woman with EGFR L858R was treated with erlotinib and achieved a partial response.",
     [("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB00530", False),
      ("kgr:mutation-EGFR-L858R", "mutationOf", "HGNC:3236", False)]),
    # "less benefit" is reduced response.
    ("Patients with BRAF V600E derived less benefit from pembrolizumab.",
     [("kgr:mutation-BRAF-V600E", "confersResistanceTo", "DRUGBANK:DB09037", False),
      ("kgr:mutation-BRAF-V600E", "mutationOf", "HGNC:1097", False)]),
    # An antibody "anti-<gene>" targets it, named before or after; "<gene> blockade with" inhibits.
    ("Rituximab, an anti-CD20 monoclonal antibody, was given.",
     [("DRUGBANK:DB00073", "targets", "HGNC:7315", False)]),
    ("The anti-HER2 humanized monoclonal antibody trastuzumab was given.",
     [("DRUGBANK:DB00072", "targets", "HGNC:3430", False)]),
    ("PD-1 blockade with nivolumab was active in this setting.",
     [("DRUGBANK:DB09035", "inhibits", "HGNC:8760", False)]),
    # Found in review: an introductory drug is no apposition's ("After ipilimumab, an
    # anti-PD-1 antibody was given" names another antibody).
    ("After ipilimumab, an anti-PD-1 antibody was given.", []),
    # "active against" is a response; a list in brackets shares it.
    ("Second-generation inhibitors (alectinib, ceritinib, brigatinib) are active against L1196M.",
     [("kgr:mutation-unknown-gene-L1196M", "confersSensitivityTo", "DRUGBANK:DB09063", False),
      ("kgr:mutation-unknown-gene-L1196M", "confersSensitivityTo", "DRUGBANK:DB11363", False),
      ("kgr:mutation-unknown-gene-L1196M", "confersSensitivityTo", "DRUGBANK:DB12267", False)]),
    ("Crizotinib was not active against ALK G1202R.",
     [("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB08865", True),
      ("kgr:mutation-ALK-G1202R", "mutationOf", "HGNC:427", False)]),
    # Tumour regression and growth inhibition are efficacy, not a tumour the drug causes.
    ("In xenografts, sotorasib produced 86% tumor growth inhibition and induced tumor regression in 8 of 10 mice.", []),
])
def test_what_a_seventh_user_found(text: str, expected: list[tuple[str, str, str, bool]]) -> None:
    found = sorted((a.subject, a.predicate, a.object, a.evidence[0].negated)
                   for a in extract(document(text), SHIPPED, TAGGER).assertions)
    assert found == expected


def test_star_alleles_and_bare_dna_changes_are_mutations_of_their_gene() -> None:
    """Found by sixth and seventh new users (pharmacogenomics): CYP2C19*2, CYP2C9*3 and
    VKORC1 -1639G>A named nothing, and the rs id of a star allele had no gene."""
    text = ("Carriers of CYP2C19*2 or *3 had reduced response to clopidogrel. The CYP2C9*2/*3 genotype, "
            "VKORC1 -1639G>A and the CYP2C19*2 allele (rs4244285) were studied. HLA-B*57:01 was tested.")
    extraction = extract(document(text), SHIPPED, TAGGER)
    body = extraction.document.text
    got = [(m.text, m.curie, m.entity.label) for m in extraction.mentions if m.type == "Mutation"]
    assert got == [("CYP2C19*2", "kgr:mutation-CYP2C19-star2", "CYP2C19*2"),
                   ("*3", "kgr:mutation-CYP2C19-star3", "CYP2C19*3"),
                   ("CYP2C9*2", "kgr:mutation-CYP2C9-star2", "CYP2C9*2"),
                   ("*3", "kgr:mutation-CYP2C9-star3", "CYP2C9*3"),
                   ("-1639G>A", "kgr:mutation-VKORC1-c.-1639G_A", "VKORC1 c.-1639G>A"),
                   ("CYP2C19*2", "kgr:mutation-CYP2C19-star2", "CYP2C19*2"),
                   ("rs4244285", "kgr:mutation-rs4244285", "rs4244285"),
                   ("HLA-B*57:01", "kgr:mutation-HLA-B-star57-01", "HLA-B*57:01")]
    star3 = next(m for m in extraction.mentions if m.curie == "kgr:mutation-CYP2C9-star3")
    assert body[star3.start:star3.end] == "*3" and body[star3.start - 1] == "/"
    assert {m.entity.variant_type for m in extraction.mentions if "star" in m.curie} == {"SO:0001023"}
    found = {(a.subject, a.predicate, a.object) for a in extraction.assertions}
    assert {("kgr:mutation-CYP2C19-star2", "confersResistanceTo", "DRUGBANK:DB00758"),
            ("kgr:mutation-CYP2C19-star3", "confersResistanceTo", "DRUGBANK:DB00758"),
            ("kgr:mutation-CYP2C19-star3", "mutationOf", "HGNC:2621"),
            ("kgr:mutation-CYP2C9-star3", "mutationOf", "HGNC:2623"),
            ("kgr:mutation-VKORC1-c.-1639G_A", "mutationOf", "HGNC:23663"),
            ("kgr:mutation-rs4244285", "mutationOf", "HGNC:2621")} <= found
    # A star with no gene right before it names nothing; a DNA change without "c." is one still.
    alone = extract(document("The *2 allele and -1639G>A were rare in this cohort."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in alone.mentions if m.type == "Mutation"] == [
        ("-1639G>A", "kgr:mutation-unknown-gene-c.-1639G_A")]


def test_a_short_form_the_text_defines_as_another_kind_loses_the_lexicon_s_reading() -> None:
    """Found by a seventh new user: "Klebsiella pneumoniae carbapenemase (KPC)" was keratoconus
    posticus circumscriptus, which avibactam then treated; NDM neonatal diabetes, MIC a drug."""
    extraction = extract(document(
        "Klebsiella pneumoniae carbapenemase (KPC) producers were treated with avibactam. KPC variants spread. "
        "New Delhi metallo-beta-lactamase (NDM) producers and the minimum inhibitory concentration (MIC) of "
        "meropenem were studied. Programmed death-ligand 1 (PD-L1) and Parkinson's disease (PD) were not."),
        SHIPPED, TAGGER)
    short = [(m.text, m.curie) for m in extraction.mentions if m.text in ("KPC", "NDM", "MIC", "PD-L1", "PD")]
    assert short == [("PD-L1", "HGNC:17635"), ("PD", "MONDO:0005180")]
    # Nor is the end of the long form a gene of its own ("ligand 1", minted by the tagger).
    assert not [m for m in extraction.mentions if m.curie.startswith("kgr:entity-")]
    # Avibactam treats the infection the organism names, not keratoconus (MONDO:0009488).
    assert [a.object for a in extraction.assertions if a.predicate == "treats"] == ["MONDO:0030603"]


def test_liver_enzyme_rises_are_adverse_events_with_their_rates() -> None:
    """Found by a sixth new user: "ALT elevation" named nothing and "AST" was a gene, so the
    rates went to the next event named."""
    extraction = extract(document("Grade 3 ALT elevation occurred in 12% of patients receiving pazopanib and AST "
                                  "increased in 8%. Elevated aminotransferases led to discontinuation."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "AdverseEvent"] == [
        ("ALT elevation", "kgr:ae-alanine-aminotransferase-increased"),
        ("AST increased", "kgr:ae-aspartate-aminotransferase-increased"),
        ("Elevated aminotransferases", "kgr:ae-transaminases-increased")]
    assert [(o.adverse_event, o.drug, o.percent) for o in extraction.outcomes] == [
        ("kgr:ae-alanine-aminotransferase-increased", "DRUGBANK:DB06589", 12),
        ("kgr:ae-aspartate-aminotransferase-increased", "DRUGBANK:DB06589", 8)]
    assert not [m for m in extraction.mentions if m.type == "Target"]


def test_a_drug_named_as_the_root_of_a_class_is_no_mention_of_it() -> None:
    """Found by a sixth new user: "thymidine analogue mutations" made thymidine a drug of the paper."""
    extraction = extract(document("Thymidine analogue mutations reduced the response to zidovudine and to other "
                                  "nucleoside analogs."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "Drug"] == [("zidovudine", "DRUGBANK:DB00495")]


def test_each_arm_with_its_own_rate_of_an_event_causes_it() -> None:
    """"Hand-foot syndrome occurred in 17% on sunitinib and 16% on sorafenib" said it of
    sunitinib alone (found by a new user); a rate under placebo is no drug's, and the next
    event named is another's."""
    extraction = extract(document(
        "Hand-foot syndrome occurred in 17% on sunitinib and 16% on sorafenib. Rash occurred in 20% of patients "
        "receiving erlotinib, and neutropenia was reported in 10% on docetaxel. Diarrhea occurred in 30% of "
        "patients receiving afatinib versus 5% with placebo."), SHIPPED, TAGGER)
    assert sorted((a.subject, a.object) for a in extraction.assertions if a.predicate == "causesAdverseEvent") == [
        ("DRUGBANK:DB00398", "kgr:ae-palmar-plantar-erythrodysesthesia"),      # sorafenib, hand-foot syndrome
        ("DRUGBANK:DB00530", "kgr:ae-rash"),        # erlotinib: not neutropenia
        ("DRUGBANK:DB01248", "MONDO:0001475"),      # docetaxel, neutropenia: not rash
        ("DRUGBANK:DB01268", "kgr:ae-palmar-plantar-erythrodysesthesia"),      # sunitinib
        ("DRUGBANK:DB08916", "kgr:ae-diarrhea")]    # afatinib


def test_but_not_another_mutation_denies_it_the_same_response() -> None:
    """"Crizotinib was active against L1196M but not against G1202R" gave G1202R nothing
    (found by a new user); it is the same claim, negated."""
    extraction = extract(document("Crizotinib was active against ALK L1196M but not against G1202R."), SHIPPED, TAGGER)
    claims = {(a.subject, a.predicate, a.object): [e.negated for e in a.evidence] for a in extraction.assertions
              if a.predicate.startswith("confers")}
    assert claims == {("kgr:mutation-ALK-L1196M", "confersSensitivityTo", "DRUGBANK:DB08865"): [False],
                      ("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB08865"): [True]}


def test_a_drug_induced_harm_is_not_denied_by_the_clause_s_not() -> None:
    """"Lithium does not protect against clozapine-induced agranulocytosis" denied that
    clozapine causes agranulocytosis (found by a new user); "no clozapine-induced
    myocarditis was observed" denies it."""
    extraction = extract(document("Concomitant lithium does not protect against clozapine-induced agranulocytosis. "
                                  "No clozapine-induced myocarditis was observed."), SHIPPED, TAGGER)
    claims = {(a.subject, a.object): any(e.negated for e in a.evidence) for a in extraction.assertions
              if a.subject == "DRUGBANK:DB00363" and a.predicate == "causesAdverseEvent"}
    assert claims == {("DRUGBANK:DB00363", "MONDO:0001609"): False, ("DRUGBANK:DB00363", "MONDO:0004496"): True}


def test_a_risk_that_limits_a_drug_s_use_is_its_harm() -> None:
    """"Its use is limited by the risk of severe neutropenia and agranulocytosis" made
    clozapine treat both (found by a new user); a population "at increased risk of
    stroke" is no harm of the drug."""
    extraction = extract(document(
        "Clozapine is the only antipsychotic with proven efficacy in treatment-resistant schizophrenia, but its use "
        "is limited by the risk of severe neutropenia and agranulocytosis. Apixaban reduced stroke in patients at "
        "increased risk of stroke. Warfarin was associated with an increased risk of bleeding."), SHIPPED, TAGGER)
    assert sorted((a.subject, a.predicate, a.object) for a in extraction.assertions
                  if a.predicate in ("treats", "causesAdverseEvent")) == [
        ("DRUGBANK:DB00363", "causesAdverseEvent", "MONDO:0001475"),     # clozapine, neutropenia
        ("DRUGBANK:DB00363", "causesAdverseEvent", "MONDO:0001609"),     # agranulocytosis
        ("DRUGBANK:DB00363", "treats", "MESH:D000090663"),               # treatment-resistant schizophrenia
        ("DRUGBANK:DB00682", "causesAdverseEvent", "kgr:ae-hemorrhage")]  # warfarin, bleeding; not apixaban, stroke


def test_history_of_progression_on_prior_regimens_is_no_resistance_to_the_drug_given() -> None:
    """"Patients with IDH1-mutant cholangiocarcinoma who had progressed on one or two prior
    regimens were randomized to ivosidenib" made IDH1 resistant to ivosidenib;
    "non-susceptible" was read as susceptible (both found by a new user)."""
    extraction = extract(document(
        "Patients with IDH1-mutant cholangiocarcinoma who had progressed on one or two prior regimens were "
        "randomized to ivosidenib or placebo. Patients whose tumours had KIT exon 9 mutations and progressed on "
        "imatinib were enrolled. Isolates carrying the G2576T mutation were non-susceptible to linezolid."),
        SHIPPED, TAGGER)
    responses = sorted((a.subject.rsplit("-", 1)[-1], a.predicate, a.object) for a in extraction.assertions
                       if a.predicate.startswith("confers"))
    assert responses == [("G2576T", "confersResistanceTo", "DRUGBANK:DB00601"),   # linezolid
                         ("mutation", "confersResistanceTo", "CHEBI:45783")]


def test_an_allele_not_its_gene_is_associated() -> None:
    """"associated with carriage of the HLA-B*57:01 allele" and "HLA-B*58:01 was not
    associated" made HLA-B both associated and not (found by a new user: a false conflict)."""
    extraction = extract(document("Abacavir hypersensitivity was strongly associated with carriage of the "
                                  "HLA-B*57:01 allele. HLA-B*58:01 was not associated with abacavir hypersensitivity."),
                         SHIPPED, TAGGER)
    claims = {(a.subject, any(e.negated for e in a.evidence)) for a in extraction.assertions
              if a.predicate == "associatedWith" and any(e.rule == "associatedWith:trigger" for e in a.evidence)}
    assert claims == {("kgr:mutation-HLA-B-star57-01", False), ("kgr:mutation-HLA-B-star58-01", True)}


def test_a_gene_s_spelt_out_name_takes_its_bracketed_symbol_s_gene() -> None:
    """"Isocitrate dehydrogenase 1 (IDH1)": no vocabulary has the long form, and a retrained
    tagger stopped taking it; "Programmed death-ligand 1 (PD-L1)" had a disease, "death"."""
    extraction = extract(document("Isocitrate dehydrogenase 1 (IDH1) mutations occur in cholangiocarcinoma. "
                                  "Programmed death-ligand 1 (PD-L1) expression was high."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type in ("Target", "Disease")] == [
        ("Isocitrate dehydrogenase 1", "HGNC:5382"), ("IDH1", "HGNC:5382"), ("cholangiocarcinoma", "MONDO:0019087"),
        ("Programmed death-ligand 1", "HGNC:17635"), ("PD-L1", "HGNC:17635")]


@pytest.mark.parametrize(("text", "expected"), [
    # The clause's negation still denies a harm it governs (found in review).
    ("Cisplatin-induced nephrotoxicity was not observed.", {("DRUGBANK:DB00515", "MONDO:0005240", True)}),
    # A rate in another statement is no arm of the event (found in review).
    ("Rash occurred in 30% of patients treated with erlotinib, and disease control was achieved in 40% on gefitinib.",
     {("DRUGBANK:DB00530", "kgr:ae-rash", False)}),
    # The patients' risk, or the one the drug lowers, is no harm of it (found in review).
    ("Aspirin is used in patients with an increased risk of myocardial infarction.", set()),
])
def test_review_of_the_harm_rules(text: str, expected: set[tuple[str, str, bool]]) -> None:
    extraction = extract(document(text), SHIPPED, TAGGER)
    assert {(a.subject, a.object, any(e.negated for e in a.evidence)) for a in extraction.assertions
            if a.predicate == "causesAdverseEvent"} == expected


def test_progression_on_treatment_with_a_drug_is_resistance_to_it() -> None:
    """"progressed on treatment with imatinib" names the drug (found in review): resistance."""
    extraction = extract(document("Patients with KIT D816V progressed on treatment with imatinib."), SHIPPED, TAGGER)
    assert [(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate.startswith("confers")] == [
        ("kgr:mutation-KIT-D816V", "confersResistanceTo", "CHEBI:45783")]


def test_a_yearly_rate_is_its_arm_s() -> None:
    """"1.64% per year in the warfarin group" went to apixaban (found by a new user);
    "per 100 person-years" too (found in review)."""
    extraction = extract(document(
        "Major bleeding occurred at a rate of 2.08% per year with apixaban as compared with 3.52% per year with "
        "warfarin. Major bleeding was 2.1% per 100 person-years with apixaban and 3.1% per 100 person-years with "
        "warfarin."), SHIPPED, TAGGER)
    assert [(o.drug, str(o.percent)) for o in extraction.outcomes] == [
        ("DRUGBANK:DB06605", "2.08"), ("DRUGBANK:DB00682", "3.52"), ("DRUGBANK:DB06605", "2.1"), ("DRUGBANK:DB00682", "3.1")]


@pytest.mark.parametrize(("text", "expected"), [
    # A drug that attenuates another's "-induced" harm does not cause it; the drug's own
    # compound, bracketed dose or hanging hyphen still does (BC5CDR shapes).
    ("Pretreatment with N-acetylcysteine attenuated cisplatin-induced nephrotoxicity.",
     {("DRUGBANK:DB00515", "causesAdverseEvent", "MONDO:0005240", False)}),
    ("L-NAME significantly decreased the incidence of lidocaine (50 mg/kg)-induced convulsions.",
     {("DRUGBANK:DB00281", "causesAdverseEvent", "MESH:D012640", False)}),
    # A lab value measured is no agent: not creatinine nor blood urea nitrogen (the pair
    # classifier links cisplatin, the verb's subject across the coordination).
    ("Cisplatin increased serum creatinine and blood urea nitrogen and caused acute tubular necrosis.", set()),
    # A drug's own level is its harm (found in review).
    ("Elevated digoxin concentrations caused ventricular arrhythmias in 4 patients.",
     {("DRUGBANK:DB00390", "causesAdverseEvent", "MESH:D001145", False)}),
    # "it" stands for a drug; "the bacteria that cause" and "which causes" do not (found in review).
    ("Ceftriaxone is effective against the bacteria that cause bacterial meningitis in children.",
     {("DRUGBANK:DB01212", "treats", "MONDO:0006670", False)}),
    # The drug's own dose change is no remedy (found in review).
    ("Hand-foot syndrome occurred in 30% of patients and resolved with capecitabine dose interruption.",
     {("DRUGBANK:DB01101", "causesAdverseEvent", "kgr:ae-palmar-plantar-erythrodysesthesia", False)}),
    # What a drug is compared with caused nothing (found in review).
    ("Compared with paclitaxel, docetaxel caused more fluid retention.",
     {("DRUGBANK:DB01248", "causesAdverseEvent", "kgr:ae-edema", False)}),
    # The drug that prevented the event is not its cause; the paper's drug is (inferred).
    ("Isoniazid was given for 6 months. Peripheral neuropathy occurred in 9 patients and was prevented by pyridoxine.",
     {("DRUGBANK:DB00951", "causesAdverseEvent", "MONDO:0003620", False)}),
    # "it can cause" down a list: harms, not what the first clause's efficacy treats.
    ("Clozapine is the only antipsychotic with proven efficacy in treatment-resistant schizophrenia, but it can "
     "cause severe neutropenia and agranulocytosis.",
     {("DRUGBANK:DB00363", "treats", "MESH:D000090663", False),
      ("DRUGBANK:DB00363", "causesAdverseEvent", "MONDO:0001475", False),
      ("DRUGBANK:DB00363", "causesAdverseEvent", "MONDO:0001609", False)}),
    # Every drug of the list before "may cause".
    ("Fluoroquinolones such as ciprofloxacin, levofloxacin and moxifloxacin may cause tendinopathy.",
     {("DRUGBANK:DB00537", "causesAdverseEvent", "MONDO:0100010", False),
      ("DRUGBANK:DB01137", "causesAdverseEvent", "MONDO:0100010", False),
      ("DRUGBANK:DB00218", "causesAdverseEvent", "MONDO:0100010", False)}),
    # "induced remission" is still efficacy.
    ("Imatinib induced remission of chronic myeloid leukemia.", {("CHEBI:45783", "treats", "MONDO:0011996", False)}),
])
def test_harm_of_the_drug_not_of_its_remedy_or_a_lab_value(text: str, expected: set[tuple[str, str, str, bool]]) -> None:
    """Found by a pharmacovigilance user (2026-12-02): N-acetylcysteine "caused" the
    nephrotoxicity it attenuated, pyridoxine the neuropathy it prevented, creatinine acute
    tubular necrosis, and clozapine "treated" the agranulocytosis it can cause."""
    got = {(s, p, o, n) for s, p, o, n, _ in _full(text)}
    assert got == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Amoxicillin use was not associated with tendon rupture in this cohort.",
     [("DRUGBANK:DB01060", "causesAdverseEvent", "MESH:D012421", True, "was not")]),
    ("Olanzapine use was associated with weight gain but not with neutropenia.",
     [("DRUGBANK:DB00334", "causesAdverseEvent", "MESH:D015430", False, None),
      ("DRUGBANK:DB00334", "causesAdverseEvent", "MONDO:0001475", True, "not")]),
    ("Quetiapine and lamotrigine were not associated with polyuria.",
     [("DRUGBANK:DB01224", "causesAdverseEvent", "MESH:D011141", True, "were not"),
      ("DRUGBANK:DB00555", "causesAdverseEvent", "MESH:D011141", True, "were not")]),
    # What the drug lowers is no harm of it, nor its effect on the disease (found in review).
    ("Metformin use was associated with a lower incidence of colorectal cancer.", []),
    ("Tamoxifen was associated with regression of desmoid tumors.", []),
    ("Aspirin use was associated with colorectal cancer-specific survival.", []),
    # Without a word of safety, an association is no harm: the drug's indication (found in review).
    ("Warfarin was associated with atrial fibrillation in this registry.", []),
])
def test_a_drug_associated_with_a_harm(text: str, expected: list[tuple[object, ...]]) -> None:
    """Found by a pharmacovigilance user: "X was not associated with Y", the commonest finding
    of a safety study, gave no evidence at all."""
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("She received intravenous haloperidol 5 mg every 6 hours for agitation, together with azithromycin for "
     "pneumonia.", [("DRUGBANK:DB00502", "treats", "MESH:D011595", False, None),
                    ("DRUGBANK:DB00207", "treats", "MONDO:0005249", False, None)]),
    # ("generalized epilepsy" is MeSH's Epilepsy, Generalized since the models were retrained on 2026-12-03)
    ("Valproic acid is widely used for generalized epilepsy but may cause severe hepatotoxicity.",
     [("DRUGBANK:DB00313", "treats", "MESH:D004829", False, None),
      ("DRUGBANK:DB00313", "causesAdverseEvent", "kgr:ae-hepatotoxicity", False, "may")]),
    # Stopped for a harm, or "for 3 weeks": nothing treated.
    ("Amiodarone was stopped for hepatotoxicity.", []),
    ("Patients received cisplatin for 3 weeks for ovarian cancer.", []),
    # A schedule in weeks and "then" before "for" (found by a dermatology user).
    ("Patients received ustekinumab 45/90 mg at weeks 0 and 4 and then every 12 weeks for psoriasis.",
     [("DRUGBANK:DB05679", "treats", "MONDO:0005083", False, None)]),
    # … and the drug given to the people who have it.
    ("Ustekinumab 45 mg was given every 12 weeks to 300 adults with moderate-to-severe psoriasis.",
     [("DRUGBANK:DB05679", "treats", "MONDO:0005083", False, None)]),
    # A remedy for another cause's harm causes none of it (found while probing).
    ("Ondansetron prevents chemotherapy-induced nausea and vomiting.", []),
    ("Treatment-related nausea occurred in 20% of patients receiving sunitinib.",
     [("DRUGBANK:DB01268", "causesAdverseEvent", "kgr:ae-nausea", False, None)]),
])
def test_a_drug_given_for_a_disease_treats_it(text: str, expected: list[tuple[object, ...]]) -> None:
    """Found by a pharmacovigilance user: haloperidol and azithromycin "caused" the agitation
    and pneumonia they were given for, valproate the epilepsy."""
    assert _full(text) == expected


def test_prognosis_and_the_population_s_history_are_no_resistance() -> None:
    """Found by an oncology user: "FLT3-ITD is associated with poor outcomes in AML" made
    FLT3-ITD resist the paper's gilteritinib, and "T790M-positive … who progressed on
    osimertinib" T790M resist osimertinib. A study's patients with a mutation who "had a
    shorter overall survival" on the drug, or an acquired mutation, still resist it (CIViC)."""
    def responses(text: str) -> list[tuple[str, str, str]]:
        return [(a.subject, a.predicate, a.object) for a in extract(document(text), SHIPPED, TAGGER).assertions
                if a.predicate.startswith("confers")]

    assert responses("Gilteritinib is a FLT3 inhibitor. Internal tandem duplication of FLT3 (FLT3-ITD) is "
                     "associated with poor outcomes in acute myeloid leukemia (AML).") == []
    assert responses("We analyzed ctDNA from 84 patients with EGFR T790M-positive lung adenocarcinoma who "
                     "progressed on second-line osimertinib.") == []
    assert responses("Tumors harboring T790M progressed on gefitinib within six months.") == [
        ("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00317")]
    assert responses("Case report of a patient with NSCLC harboring a MET exon 14 skipping mutation and initial "
                     "response to crizotinib. A second biopsy at the time of progression revealed an acquired MET "
                     "D1228N mutation.")[-1] == ("kgr:mutation-MET-D1228N", "confersResistanceTo", "DRUGBANK:DB08865")


def test_each_arm_s_rate_by_its_own_words() -> None:
    """Found by an oncology user: "43% of those receiving erlotinib" went to osimertinib and
    "2% of placebo-treated patients" to olaparib; by a pharmacovigilance user, "was diagnosed
    in 29 patients (19.6%)" to the next event."""
    extraction = extract(document(
        "Grade 3 or higher adverse events occurred in 31% of patients receiving osimertinib and in 43% of those "
        "receiving erlotinib. Anemia occurred in 19% of olaparib-treated patients and 2% of placebo-treated "
        "patients. Nephrogenic diabetes insipidus was diagnosed in 29 patients (19.6%), and polyuria was reported "
        "by 54 (36.5%)."), SHIPPED, TAGGER)
    assert [(o.drug, o.arm.label if o.arm else None, o.adverse_event, str(o.percent)) for o in extraction.outcomes] == [
        ("DRUGBANK:DB09330", None, None, "31"), ("DRUGBANK:DB00530", None, None, "43"),
        ("DRUGBANK:DB09074", None, "kgr:ae-anemia", "19"), (None, "placebo", "kgr:ae-anemia", "2"),
        # No drug in the sentence: the paper's main drug's, inferred.
        ("DRUGBANK:DB09330", None, "MONDO:0016383", "19.6"), ("DRUGBANK:DB09330", None, "MESH:D011141", "36.5")]


def test_review_of_the_new_users_rules() -> None:
    """Found in review of the rules above: a model's induction is no treatment, a mutation
    detected in patients who progressed on a drug still resists it, a treatment word keeps
    a poor outcome predictive."""
    def edges(text: str) -> list[tuple[str, str, str]]:
        return [(a.subject, a.predicate, a.object) for a in extract(document(text), SHIPPED, TAGGER).assertions
                if not a.evidence[0].rule.endswith("pair-classifier")]

    assert edges("Streptozotocin is widely used for diabetes induction in rats.") == []
    assert ("kgr:mutation-unknown-gene-T790M", "confersResistanceTo", "DRUGBANK:DB00530") in edges(
        "T790M was detected in 50% of patients who progressed on erlotinib.")
    assert ("kgr:mutation-KRAS-mutation", "confersResistanceTo", "DRUGBANK:DB00002") in edges(
        "Cetuximab was studied. KRAS mutation predicts poor outcome among patients given anti-EGFR antibodies.")


@pytest.mark.parametrize(("text", "expected"), [
    # "in the absence of" denies the phrase after it, not the claim (found by an oncology user);
    # the mutation absent has no response (wave 5).
    ("C797S in the absence of T790M restored sensitivity to first-generation TKIs such as gefitinib.",
     [("kgr:mutation-unknown-gene-C797S", False)]),
    # … and "lack of response" still denies the response.
    ("Lack of response to imatinib was seen in patients with KIT D816V.", [("kgr:mutation-KIT-D816V", True)]),
])
def test_absence_of_denies_the_phrase_after_it(text: str, expected: list[tuple[str, bool]]) -> None:
    extraction = extract(document(text), SHIPPED, TAGGER)
    assert [(a.subject, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate == "confersSensitivityTo"] == expected


def test_a_named_inhibitor_of_a_list_or_a_bracketed_symbol() -> None:
    """Found by an oncology user: "an ALK and ROS1 inhibitor" inhibited ROS1 alone, and "an
    irreversible epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor" nothing
    (the tagger's span "EGFR) tyrosine kinase" hid the symbol)."""
    extraction = extract(document(
        "Crizotinib is an ALK and ROS1 inhibitor. Gilteritinib is a selective FLT3 and AXL inhibitor. Osimertinib "
        "is an irreversible, third-generation epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor."),
        SHIPPED, TAGGER)
    assert sorted((a.subject, a.object) for a in extraction.assertions if a.predicate == "inhibits") == [
        ("DRUGBANK:DB08865", "HGNC:10261"), ("DRUGBANK:DB08865", "HGNC:427"),
        ("DRUGBANK:DB09330", "HGNC:3236"),
        ("DRUGBANK:DB12141", "HGNC:3765"), ("DRUGBANK:DB12141", "HGNC:905")]
    assert not any(")" in m.text for m in extraction.mentions)


@pytest.mark.parametrize(("text", "expected"), [
    # A drug's own "-induced" harm is not what it treats, whatever word of therapy the
    # sentence has ("activity").
    ("Co-administration of coenzyme Q10 attenuated simvastatin-induced myopathy, reducing creatine kinase "
     "elevation by 58% and restoring mitochondrial respiratory chain activity.",
     {("DRUGBANK:DB00641", "causesAdverseEvent", "MONDO:0003939", False)}),
    # The drug of an apposition closed by a comma is the verb's subject.
    ("Abacavir, a nucleoside reverse transcriptase inhibitor used for the treatment of HIV-1 infection, causes a "
     "hypersensitivity reaction in about 5% of patients.",
     {("DRUGBANK:DB01048", "treats", "MONDO:0005109", False),
      ("DRUGBANK:DB01048", "causesAdverseEvent", "MONDO:0000605", False)}),
    # A relative clause's "not" is its own: "carriers who were not screened".
    ("Abacavir hypersensitivity occurred in 7.8% of HLA-B*57:01 carriers who were not screened.",
     {("DRUGBANK:DB01048", "causesAdverseEvent", "MONDO:0000775", False)}),
])
def test_third_new_user_s_harms(text: str, expected: set[tuple[str, str, str, bool]]) -> None:
    """Found by a clinical pharmacologist (2026-12-02): simvastatin "treated" the myopathy
    coenzyme Q10 attenuated, abacavir "treated" its hypersensitivity reaction, and "who were
    not screened" denied abacavir's hypersensitivity."""
    extraction = extract(document(text), SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate in ("treats", "causesAdverseEvent") and not a.evidence[0].rule.endswith("pair-classifier")
            } == expected


def test_haematology_user_s_responses_and_remissions() -> None:
    """Found by a haematology curator: "Patients harboring the BCR-ABL1 T315I mutation were
    excluded" gave T315I sensitivity to the trial's drug, and "induce durable remissions in
    … AML" made AML an adverse event of both drugs."""
    from kg.extract import load_pair_model

    extraction = extract(document(
        "Patients were randomized to asciminib or bosutinib. Patients harboring the ABL1 T315I mutation were "
        "excluded. Patients with the F317L mutation did not respond to bosutinib. The major molecular response rate "
        "was higher with asciminib, which showed superior efficacy."), SHIPPED, TAGGER, load_pair_model())
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate.startswith("confers")} == {
        ("kgr:mutation-ABL1-F317L", "confersSensitivityTo", "DRUGBANK:DB06616", True),
        ("kgr:mutation-ABL1-F317L", "confersSensitivityTo", "DRUGBANK:DB12597", False)}
    extraction = extract(document("Ivosidenib and enasidenib induce durable remissions in IDH1- and IDH2-mutated AML."),
                         SHIPPED, TAGGER, load_pair_model())
    assert {(a.subject, a.predicate, a.object) for a in extraction.assertions
            if a.object == "MONDO:0018874" and a.subject.startswith("DRUGBANK")} == {
        ("DRUGBANK:DB14568", "treats", "MONDO:0018874"), ("DRUGBANK:DB13874", "treats", "MONDO:0018874")}


def test_a_slashed_short_form_abbreviates_the_list_before_it() -> None:
    """Found by a neurology user: "Stevens-Johnson syndrome or toxic epidermal necrolysis
    (SJS/TEN)" left SJS Schwartz-Jampel syndrome and TEN a drug (pentaerythritol
    tetranitrate), so carbamazepine caused Schwartz-Jampel syndrome."""
    extraction = extract(document(
        "Carbamazepine causes Stevens-Johnson syndrome or toxic epidermal necrolysis (SJS/TEN) in HLA-B*15:02 "
        "carriers. SJS/TEN occurred in 89 patients."), SHIPPED, TAGGER)
    assert [(m.start, m.text, m.curie) for m in extraction.mentions if m.text in ("SJS", "TEN")] == [
        (86, "SJS", "MONDO:0018229"), (90, "TEN", "MONDO:0019810"),
        (120, "SJS", "MONDO:0018229"), (124, "TEN", "MONDO:0019810")]
    assert {a.object for a in extraction.assertions if a.subject == "DRUGBANK:DB00564"} == {
        "MONDO:0018229", "MONDO:0019810"}



def test_a_disease_with_a_generic_tail_defines_its_short_form() -> None:
    """Left alone at the neurology trial: "neuromyelitis optica spectrum disorder (NMOSD)"
    defined nothing (the disease's name ends before "spectrum disorder"), so "In NMOSD,
    eculizumab was effective" treated nothing. Receptor antagonists inhibit their receptor."""
    extraction = extract(document(
        "Inebilizumab reduced the risk of attacks in neuromyelitis optica spectrum disorder (NMOSD). In NMOSD, "
        "eculizumab was also effective. Ticagrelor is a reversible antagonist of the P2Y12 receptor."), SHIPPED, TAGGER)
    assert [(m.start, m.text, m.curie) for m in extraction.mentions if m.text == "NMOSD"] == [
        (93, "NMOSD", "MONDO:0019100"), (104, "NMOSD", "MONDO:0019100")]
    assert {(a.subject, a.predicate, a.object) for a in extraction.assertions} >= {
        ("DRUGBANK:DB01257", "treats", "MONDO:0019100"), ("DRUGBANK:DB08816", "inhibits", "HGNC:18124")}


def test_the_comparator_and_the_prior_line_are_not_the_drug_of_a_result() -> None:
    """Found by an oncology user: "Sotorasib improved PFS over docetaxel in KRAS G12C-mutated
    NSCLC" gave G12C sensitivity to docetaxel, which "treated" NSCLC; "after platinum
    chemotherapy" made platinum cause and treat the patients' NSCLC."""
    extraction = extract(document(
        "Sotorasib improved PFS over docetaxel in KRAS G12C-mutated NSCLC. Osimertinib improved progression-free "
        "survival versus gefitinib in patients with EGFR L858R-mutant NSCLC. Amivantamab produced durable responses "
        "in patients with EGFR exon 20 insertion-mutated NSCLC after platinum chemotherapy. Two patients developed "
        "hepatitis after isoniazid."), SHIPPED, TAGGER)
    claims = {(a.subject, a.predicate, a.object, a.evidence[0].rule) for a in extraction.assertions
              if a.predicate != "mutationOf" and not a.evidence[0].rule.endswith("pair-classifier")}
    assert claims == {
        ("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569", "confersSensitivityTo:trigger"),
        ("kgr:mutation-EGFR-L858R", "confersSensitivityTo", "DRUGBANK:DB09330", "confersSensitivityTo:trigger"),
        ("kgr:mutation-EGFR-exon20-insertion", "confersSensitivityTo", "DRUGBANK:DB16695",
         "confersSensitivityTo:trigger"),
        ("DRUGBANK:DB16695", "treats", "MONDO:0005233", "treats:trigger"),
        # "improved progression-free survival … in patients with … NSCLC" (since 2026-12-03)
        ("DRUGBANK:DB09330", "treats", "MONDO:0005233", "treats:trigger"),
        ("DRUGBANK:DB00951", "causesAdverseEvent", "MONDO:0002251", "causesAdverseEvent:induced-by")}


def test_a_drug_induced_harm_is_given_whatever_the_clause_denies() -> None:
    """Found by a pharmacogenomics user: "HLA-B*57:01 was not associated with nevirapine-
    induced rash" denied that nevirapine causes rash; the compound takes the harm as given.
    "… was not observed" and "no …-induced" still deny it."""
    extraction = extract(document(
        "HLA-B*57:01 was not associated with nevirapine-induced rash in the same cohort. Capecitabine-induced "
        "hand-foot syndrome was not reduced by dose individualisation. Cisplatin-induced nephrotoxicity was not "
        "observed in these rats. There was no clozapine-induced agranulocytosis in this study."), SHIPPED, TAGGER)
    assert {(a.subject, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate == "causesAdverseEvent"} == {
        ("DRUGBANK:DB00238", "kgr:ae-rash", False), ("DRUGBANK:DB01101", "kgr:ae-palmar-plantar-erythrodysesthesia", False),
        ("DRUGBANK:DB00515", "MONDO:0005240", True), ("DRUGBANK:DB00363", "MONDO:0001609", True)}
    assert {(a.subject, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate == "affectsResponseTo"} == {("kgr:mutation-HLA-B-star57-01", "DRUGBANK:DB00238", True)}
    # (the denial stands: no other sentence names the allele with nevirapine; see the wave-3 tests)


def test_new_drugs_named_with_an_inn_stem_are_kept_from_the_tagger() -> None:
    """Found by a rare-disease user: the tagger kept ivacaftor in 2 of 18 mentions and
    elexacaftor in none, so G551D conferred sensitivity to nothing."""
    extraction = extract(document(
        "Ivacaftor improved lung function in patients with the G551D mutation. Rash was reported in 10.9% of "
        "patients receiving elexacaftor-tezacaftor-ivacaftor. Nusinersen did not cause thrombocytopenia."),
        SHIPPED, TAGGER)
    assert [m.text for m in extraction.mentions if m.type == "Drug"] == [
        "Ivacaftor", "elexacaftor", "tezacaftor", "ivacaftor", "Nusinersen"]
    assert ("kgr:mutation-unknown-gene-G551D", "confersSensitivityTo", "DRUGBANK:DB08820") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


def test_pharmacogenomics_sentences_give_their_own_claims() -> None:
    """Found by a pharmacogenomics user: vitamin K (of "a vitamin K antagonist") inhibited VKORC1
    and warfarin CYP2C9, which metabolises it; uric acid (of "urate-lowering") treated gout;
    "CC homozygotes" were cholecalciferol; "potentially life-threatening" hedged the HLA-B*57:01
    link; carbamazepine "treated" the SJS it causes; an interaction of two drugs made the
    paper's CYP2D6 alleles resist the first."""
    extraction = extract(document(
        "Warfarin is a vitamin K antagonist that inhibits vitamin K epoxide reductase complex subunit 1 (VKORC1); "
        "it is metabolized mainly by CYP2C9. Allopurinol is the most widely prescribed urate-lowering therapy for "
        "gout. The odds ratio among CC homozygotes was 16.9 for myopathy. Abacavir hypersensitivity reaction is a "
        "potentially life-threatening adverse drug reaction strongly associated with HLA-B*57:01. Carbamazepine is a "
        "first-line treatment for epilepsy but causes Stevens-Johnson syndrome. CYP2D6*4 and CYP2D6*10 carriers were "
        "genotyped. Ondansetron may reduce the analgesic efficacy of tramadol."), SHIPPED, TAGGER)
    assert [m.text for m in extraction.mentions if m.text in ("vitamin K", "urate", "CC")] == ["vitamin K", "urate"]
    claims = {(a.subject, a.predicate, a.object, a.evidence[0].hedged) for a in extraction.assertions
              if a.predicate != "mutationOf"}
    assert claims == {
        ("DRUGBANK:DB00682", "inhibits", "HGNC:23663", False),
        ("DRUGBANK:DB00437", "treats", "MONDO:0005393", False),
        ("kgr:mutation-HLA-B-star57-01", "affectsResponseTo", "DRUGBANK:DB01048", False),
        ("kgr:mutation-HLA-B-star57-01", "associatedWith", "MONDO:0000605", False),
        ("DRUGBANK:DB00564", "treats", "MONDO:0005027", False)}


def test_respiratory_antibodies_and_their_targets() -> None:
    """Found by a respiratory user: "a humanized monoclonal antibody against interleukin-5" and
    "an anti-interleukin-5 receptor alpha (IL-5Ralpha) monoclonal antibody" gave no target
    (IL5RA was no gene at all); "attainment of target tacrolimus exposure" made CYP3A5
    tacrolimus's target; "COPD" was ARCN1."""
    extraction = extract(document(
        "Mepolizumab, a humanized monoclonal antibody against interleukin-5 (IL-5), reduced exacerbations. "
        "Benralizumab, an anti-interleukin-5 receptor alpha (IL-5Ralpha) monoclonal antibody, was given. CYP3A5 "
        "genotype-guided dosing improved attainment of target tacrolimus exposure. Tiotropium reduced exacerbations "
        "in COPD."), SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate in ("targets", "inhibits")} == {
        ("DRUGBANK:DB06612", "targets", "HGNC:6016"), ("DRUGBANK:DB12023", "targets", "HGNC:6017")}
    assert [(m.text, m.curie) for m in extraction.mentions if m.text == "COPD"] == [("COPD", "MONDO:0005002")]


def test_events_more_frequent_with_a_drug_and_resistance_told_past_a_semicolon() -> None:
    """Found by transplant and oncology users: "were more frequent with tezepelumab than with
    placebo" and "were more common with cyclosporine" gave no events; "Acquired KRAS Y96D,
    R68S and H95D mutations emerged at progression; KRAS Y96D conferred resistance to
    sotorasib" made R68S and H95D resist sotorasib as stated."""
    extraction = extract(document(
        "Pharyngitis and back pain were more frequent with tezepelumab than with placebo. Tremor was more common "
        "with tacrolimus, whereas hirsutism was more common with cyclosporine. Acquired KRAS Y96D and R68S "
        "mutations emerged at progression; KRAS Y96D conferred resistance to both sotorasib and adagrasib."),
        SHIPPED, TAGGER)
    assert {(a.subject, a.object) for a in extraction.assertions if a.predicate == "causesAdverseEvent"} == {
        ("DRUGBANK:DB15090", "MONDO:0002258"), ("DRUGBANK:DB15090", "MESH:D001416"),
        ("DRUGBANK:DB00864", "MESH:D014202"), ("DRUGBANK:DB00091", "MESH:D006628")}
    assert {(a.subject, a.object, a.evidence[0].inferred) for a in extraction.assertions
            if a.predicate == "confersResistanceTo" and not a.evidence[0].inferred} == {
        ("kgr:mutation-KRAS-Y96D", "DRUGBANK:DB15569", False), ("kgr:mutation-KRAS-Y96D", "DRUGBANK:DB15568", False)}


def test_resistance_to_approved_drugs_of_a_class_is_not_the_paper_s_drug_s() -> None:
    """Found by an oncology user: "EGFR exon 20 insertions are insensitive to approved EGFR
    tyrosine kinase inhibitors" made the insertion resist amivantamab, the paper's drug."""
    extraction = extract(document(
        "EGFR exon 20 insertions are insensitive to approved EGFR tyrosine kinase inhibitors (TKIs). Amivantamab "
        "produced responses in 40% of patients.", title="Amivantamab in EGFR exon 20 insertion NSCLC."),
        SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object) for a in extraction.assertions if a.predicate.startswith("confers")} == {
        ("kgr:mutation-EGFR-exon20-insertion", "confersSensitivityTo", "DRUGBANK:DB16695")}


def test_rare_disease_genes_and_trial_populations() -> None:
    """Found by a rare-disease user: CFTR was a DrugBank protein that "caused" cystic fibrosis,
    "SMN protein" SNRPN, "alpha-galactosidase A" the drug agalsidase alfa (which the tagger
    then dropped where it was the drug); "infants with SMA were randomly assigned in a 2:1
    ratio to undergo intrathecal administration of nusinersen" and "patients with severe
    eosinophilic asthma were randomly assigned to mepolizumab" treated nothing."""
    extraction = extract(document(
        "Mutations in the cystic fibrosis transmembrane conductance regulator (CFTR) gene cause cystic fibrosis. "
        "The SMN protein is deficient. Patients with deficient alpha-galactosidase A activity received agalsidase "
        "alfa. In this trial, 122 infants with spinal muscular atrophy (SMA) were randomly assigned in a 2:1 ratio "
        "to undergo intrathecal administration of nusinersen or a sham procedure. A total of 576 patients with "
        "severe eosinophilic asthma were randomly assigned to mepolizumab or placebo."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type in ("Target", "Drug")] == [
        ("cystic fibrosis transmembrane conductance regulator", "HGNC:1884"), ("CFTR", "HGNC:1884"),
        ("SMN protein", "HGNC:11117"), ("alpha-galactosidase A", "HGNC:4296"),
        ("agalsidase alfa", "DRUGBANK:DB15874"), ("nusinersen", "DRUGBANK:DB13161"), ("mepolizumab", "DRUGBANK:DB06612")]
    assert {(a.subject, a.object) for a in extraction.assertions if a.predicate == "treats"} == {
        ("DRUGBANK:DB13161", "MONDO:0001516"), ("DRUGBANK:DB06612", "MONDO:0004979")}


def test_a_residue_is_no_drug_and_a_second_symbol_keeps_the_long_form() -> None:
    """Found by an oncology user: "irreversibly binds cysteine 797 of EGFR" made cysteine a drug
    (and took osimertinib's target); "Human epidermal growth factor receptor 2 (HER2; ERBB2)"
    minted a gene of its own."""
    extraction = extract(document(
        "Osimertinib irreversibly binds cysteine 797 of EGFR. Human epidermal growth factor receptor 2 (HER2; ERBB2) "
        "mutations occur in 2% of NSCLC."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type in ("Drug", "Target")] == [
        ("Osimertinib", "DRUGBANK:DB09330"), ("EGFR", "HGNC:3236"),
        ("Human epidermal growth factor receptor 2", "HGNC:3430"), ("HER2", "HGNC:3430"), ("ERBB2", "HGNC:3430")]
    assert ("DRUGBANK:DB09330", "targets", "HGNC:3236") in {(a.subject, a.predicate, a.object) for a in extraction.assertions}


def test_a_short_form_is_the_entity_of_its_long_form_after_the_tagger() -> None:
    """Found by a pharmacogenomics user: the tagger grounded "acute lymphoblastic leukemia" to
    MeSH and its "(ALL)" to MONDO, two nodes for one disease in one paper."""
    extraction = extract(document("Patients with acute lymphoblastic leukemia (ALL) received mercaptopurine."),
                         SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.type == "Disease"] == [
        ("acute lymphoblastic leukemia", "MESH:D054198"), ("ALL", "MESH:D054198")]


def test_dress_and_the_most_frequently_reported_events() -> None:
    """Found by pharmacogenomics and respiratory users: "CBZ-induced DRESS" named no disease, so
    HLA-A*31:01 had no link to carbamazepine; "Headache … were the most frequently reported
    adverse events" made mepolizumab "treat" the headache."""
    from kg.extract import load_pair_model

    extraction = extract(document(
        "HLA-A*31:01 was associated with CBZ-induced DRESS in Europeans treated with carbamazepine (CBZ). "
        "Headache and injection-site reactions were the most frequently reported adverse events.",
        title="Mepolizumab in severe asthma."), SHIPPED, TAGGER, load_pair_model())
    claims = {(a.subject, a.predicate, a.object) for a in extraction.assertions}
    assert {("kgr:mutation-HLA-A-star31-01", "affectsResponseTo", "DRUGBANK:DB00564"),
            ("DRUGBANK:DB00564", "causesAdverseEvent", "MONDO:0015340")} <= claims
    assert {(s, p) for s, p, o in claims if o == "MESH:D006261"} == {("DRUGBANK:DB06612", "causesAdverseEvent")}


def test_review_of_the_rules_for_pharmacogenomics_oncology_and_rare_disease() -> None:
    """A review of this session's rules found: results "more frequent with" a drug and
    indications "most frequently reported" read as harms; "patients with myopathy following
    simvastatin" lost the harm to the prior-line rule; "None of the patients developed
    bortezomib-induced …" and "We did not observe vincristine-induced …" asserted the harm;
    glycine given at a dose was a residue; "causes motor improvement in SMA" a harm."""
    extraction = extract(document(
        "PASI 90 response in plaque psoriasis was more frequent with risankizumab than with adalimumab. "
        "Rheumatoid arthritis and psoriatic arthritis were the most frequently reported diagnoses in patients treated "
        "with etanercept. Patients with myopathy following simvastatin carried SLCO1B1 variants. None of the patients "
        "developed bortezomib-induced peripheral neuropathy. We did not observe vincristine-induced neuropathy. "
        "High-dose glycine 0.8 g/kg per day improved negative symptoms. Nusinersen causes motor improvement in "
        "spinal muscular atrophy."), SHIPPED, TAGGER)
    claims = {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
              if a.predicate in ("treats", "causesAdverseEvent")}
    assert claims == {
        ("DRUGBANK:DB14762", "treats", "MONDO:0005083", False),
        ("DRUGBANK:DB00005", "treats", "MONDO:0008383", False), ("DRUGBANK:DB00005", "treats", "MONDO:0011849", False),
        ("DRUGBANK:DB00641", "causesAdverseEvent", "MONDO:0003939", False),
        ("DRUGBANK:DB00188", "causesAdverseEvent", "MONDO:0005244", True),
        ("DRUGBANK:DB00541", "causesAdverseEvent", "MONDO:0005244", True)}
    assert [m.text for m in extraction.mentions if m.type == "Drug" and m.text.lower() == "glycine"] == ["glycine"]


def test_psychiatry_short_forms_receptors_and_populations() -> None:
    """Found by a psychiatry user: "treatment-resistant depression (TRD)" was the TRD locus,
    "dexrazoxane (DEX, 25 mg/kg)" left DEX dexamethasone, "a selective adenosine A2A receptor
    (ADORA2A) antagonist" no target, "treatment-resistant schizophrenia" a resistance, and "No
    cases … were attributed to esketamine" a denied treatment."""
    extraction = extract(document(
        "Esketamine is approved for treatment-resistant depression (TRD). In TRD, esketamine improved mood. Rats "
        "received doxorubicin with dexrazoxane (DEX, 25 mg/kg). DEX prevented cardiotoxicity. Istradefylline, a "
        "selective adenosine A2A receptor (ADORA2A) antagonist, reduced OFF time. Semaglutide, a GLP-1 receptor "
        "agonist, reduced body weight. Clozapine is approved for treatment-resistant schizophrenia. No cases of "
        "suicidal ideation were attributed to esketamine."), SHIPPED, TAGGER)
    assert {(m.text, m.curie) for m in extraction.mentions if m.text in ("TRD", "DEX")} == {
        ("TRD", "MONDO:0002050"), ("DEX", "DRUGBANK:DB00380")}
    claims = {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions}
    assert {("DRUGBANK:DB11757", "inhibits", "HGNC:263", False), ("DRUGBANK:DB13928", "targets", "HGNC:4324", False),
            ("DRUGBANK:DB11823", "causesAdverseEvent", "kgr:ae-suicidal-ideation", True)} <= claims
    assert not [c for c in claims if c[1].startswith("confers") or c[0] == "DRUGBANK:DB01234"]

CASE_REPORT = (
    "We describe a 58-year-old woman with bipolar I disorder who had been stable for 6 years on lithium carbonate "
    "900 mg daily. After starting ibuprofen 400 mg three times daily for knee osteoarthritis, she developed coarse "
    "tremor and confusion within 10 days. Her serum lithium concentration was 2.4 mmol/L and serum creatinine had "
    "risen from 78 to 142 umol/L, consistent with acute kidney injury.")


@pytest.mark.parametrize(("text", "title", "expected"), [
    # What a drug was given for is what it treats, not its harm, nor another drug's to treat;
    # the patient's own disease is no harm of her drugs; "consistent with" a diagnosis is harm.
    (CASE_REPORT, "Lithium toxicity precipitated by ibuprofen in a patient with bipolar I disorder",
     {("DRUGBANK:DB01050", "treats", "MONDO:0005178", False)}),
    # A trial giving a drug to the people who have a disease.
    ("In an 18-month phase 3 trial, 1795 participants with early Alzheimer's disease received intravenous lecanemab "
     "10 mg/kg every 2 weeks or placebo. Patients with migraine were randomized to erenumab 70 mg or placebo. "
     "Patients with hepatitis who received isoniazid died.", "A study.",
     {("DRUGBANK:DB14580", "treats", "MONDO:0004975", False), ("DRUGBANK:DB14039", "treats", "MONDO:0005277", False)}),
    # Events "also reported", and an increase denied.
    ("Atrial fibrillation occurred in 6% of patients receiving ibrutinib; hypertension and bruising were also "
     "reported.", "A study.",
     {("DRUGBANK:DB09053", "causesAdverseEvent", "MONDO:0004981", False),
      ("DRUGBANK:DB09053", "causesAdverseEvent", "MONDO:0005044", False),
      ("DRUGBANK:DB09053", "causesAdverseEvent", "MESH:D003288", False)}),
    ("Erenumab did not increase the incidence of hypertension compared with placebo.", "A study.",
     {("DRUGBANK:DB14039", "causesAdverseEvent", "MONDO:0005044", True)}),
])
def test_neurology_user_s_claims(text: str, title: str, expected: set[tuple[str, str, str, bool]]) -> None:
    """Found by a neurology and psychiatry user (2026-12-02): in a case report lithium and
    ibuprofen "caused" the patient's bipolar disorder, ibuprofen the osteoarthritis it was
    started for, lithium "treated" that osteoarthritis and the acute kidney injury; trials
    giving a drug to "participants with" a disease said nothing; events "also reported" were
    "treated"; "did not increase the incidence of hypertension" said nothing."""
    from kg.extract import load_pair_model

    extraction = extract(document(text, title), SHIPPED, TAGGER, load_pair_model())
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate in ("treats", "causesAdverseEvent") and a.object.split(":")[0] in ("MONDO", "MESH")
            and not (a.predicate == "causesAdverseEvent" and a.object in ("MESH:D014202", "MESH:D003221"))} == expected


def test_sjs_and_ten_undefined_are_the_drug_reactions() -> None:
    """Found by a neurology user: undefined, "SJS" was Schwartz-Jampel syndrome and "TEN" the
    drug pentaerythritol tetranitrate, so carbamazepine caused Schwartz-Jampel syndrome."""
    extraction = extract(document("Carbamazepine-induced SJS or TEN occurred in 89 patients."), SHIPPED, TAGGER)
    assert [(m.text, m.curie) for m in extraction.mentions if m.text in ("SJS", "TEN")] == [
        ("SJS", "MONDO:0018229"), ("TEN", "MONDO:0019810")]
    assert ("DRUGBANK:DB00564", "causesAdverseEvent", "MONDO:0018229") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


@pytest.mark.parametrize(("text", "expected"), [
    # Mortality and hospitalization count harm: no efficacy endpoint between a cause verb and its harm.
    ("Bupivacaine produced mortality, convulsions and ventricular arrhythmias in rats at doses above 4 mg/kg.",
     {("DRUGBANK:DB00297", "causesAdverseEvent", "MESH:D012640", False),
      ("DRUGBANK:DB00297", "causesAdverseEvent", "MESH:D001145", False)}),
    # Responses "in patients with" a disease "were also observed": the disease is treated.
    ("Objective responses in patients with melanoma were also observed with nivolumab.",
     {("DRUGBANK:DB09035", "treats", "MONDO:0005105", False)}),
    # A drug given for something else is no treatment of the patients' disease.
    ("Women with breast cancer were randomized to receive ondansetron or placebo for chemotherapy-induced nausea. "
     "Children with acute lymphoblastic leukemia were randomized to receive dexrazoxane or no cardioprotection "
     "before doxorubicin.", set()),
    # Whoever increased the risk, it was not the statin.
    ("Statins reduced LDL cholesterol, whereas diabetes increased the risk of stroke.", set()),
])
def test_review_of_the_neurology_and_haematology_rules(text: str, expected: set[tuple[str, str, str, bool]]) -> None:
    """Found in review of the day's rules: the new mortality and hospitalization endpoints made
    bupivacaine "treat" the convulsions it produced, "were also observed" made melanoma
    nivolumab's harm, supportive-care drugs "treated" the patients' cancer, and "diabetes
    increased the risk of stroke" made the statin cause it."""
    extraction = extract(document(text), SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate in ("treats", "causesAdverseEvent") and a.object.split(":")[0] in ("MONDO", "MESH")} == expected


def test_an_exclusion_in_another_clause_excludes_no_mutation() -> None:
    """Found in review: "… harboring KRAS G12C were enrolled, and those with active brain
    metastases were excluded" lost G12C's response to sotorasib."""
    from kg.extract import load_pair_model

    extraction = extract(document(
        "Patients with NSCLC harboring KRAS G12C were enrolled, and those with active brain metastases were excluded. "
        "Sotorasib produced an objective response in 37% of patients."), SHIPPED, TAGGER, load_pair_model())
    assert ("kgr:mutation-KRAS-G12C", "confersSensitivityTo", "DRUGBANK:DB15569") in {
        (a.subject, a.predicate, a.object) for a in extraction.assertions}


def test_activity_in_carriers_and_a_resistance_denied_for_another_drug() -> None:
    """Found by a haematology curator: "Gilteritinib was active in patients with either
    FLT3-ITD or FLT3 D835Y" and "conferred resistance to asciminib but not to bosutinib"
    said nothing of gilteritinib and bosutinib."""
    extraction = extract(document(
        "Gilteritinib was active in patients with either FLT3-ITD or FLT3 D835Y. The ABL1 A337V mutation conferred "
        "resistance to asciminib but not to bosutinib."), SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate.startswith("confers")} == {
        ("kgr:mutation-FLT3-ITD", "confersSensitivityTo", "DRUGBANK:DB12141", False),
        ("kgr:mutation-FLT3-D835Y", "confersSensitivityTo", "DRUGBANK:DB12141", False),
        ("kgr:mutation-ABL1-A337V", "confersResistanceTo", "DRUGBANK:DB12597", False),
        ("kgr:mutation-ABL1-A337V", "confersResistanceTo", "DRUGBANK:DB06616", True)}


def test_cardiometabolic_user_s_claims() -> None:
    """Found by a cardiometabolic user: "was not superior for stroke prevention" made
    apixaban cause stroke (denied), and "Severe hypoglycemia was not observed" said nothing."""
    extraction = extract(document(
        "Apixaban was not superior to warfarin for stroke prevention in atrial fibrillation. Severe hypoglycemia was "
        "not observed with semaglutide."), SHIPPED, TAGGER)
    assert {(a.subject, a.predicate, a.object, a.evidence[0].negated) for a in extraction.assertions
            if a.predicate == "causesAdverseEvent"} == {
        ("DRUGBANK:DB13928", "causesAdverseEvent", "MONDO:0004946", True)}


def test_a_risk_allele_affects_the_response_to_the_drug_of_the_harm() -> None:
    """Found by a neurology user: "HLA-B*15:02 … carbamazepine-induced SJS" gave no link
    between the allele and carbamazepine, the pharmacogenomic fact the sentence is about. A
    denial of one harm ("not associated with phenytoin-induced rash") gives no edge (found by a
    pharmacogenomics user: it denied the allele's response, against the paper's own risk)."""
    extraction = extract(document(
        "HLA-B*15:02 was present in 89 of 92 patients with carbamazepine-induced SJS. Carriers of HLA-B*57:01 have "
        "a high risk of abacavir hypersensitivity. HLA-A*31:01 was not associated with phenytoin-induced rash. "
        "Patients with HLA-B*58:01 were treated with allopurinol."), SHIPPED, TAGGER)
    assert {(a.subject, a.object, a.evidence[0].negated, a.evidence[0].rule) for a in extraction.assertions
            if a.predicate == "affectsResponseTo"} == {
        ("kgr:mutation-HLA-B-star15-02", "DRUGBANK:DB00564", False, "affectsResponseTo:risk-allele"),
        ("kgr:mutation-HLA-B-star57-01", "DRUGBANK:DB01048", False, "affectsResponseTo:risk-allele"),
        # (a denial the paper says nothing else of stands, since the review of wave 3)
        ("kgr:mutation-HLA-A-star31-01", "DRUGBANK:DB00252", True, "affectsResponseTo:risk-allele")}


def test_infectious_disease_and_immunology_users_relations() -> None:
    """Found by infectious-disease and immunology users (2026-12-03): "a 754-fold reduction in
    susceptibility to oseltamivir" was a sensitivity, "virologically suppressed adults with
    M184V" made M184V a sensitivity to their drugs, "who had not responded to TNF antagonists
    were randomly assigned to receive ustekinumab" denied ustekinumab's treats, "neutralizes
    IL-17A" and "an NS3/4A protease inhibitor" gave no target (and the pair classifier crossed
    two drugs' targets), and a head-to-head trial's higher rates of events went to both drugs."""
    def claims(text: str) -> set[tuple[str, str, str, bool]]:
        return {(s, p, o, n) for s, p, o, n, _ in _full(text) if p != "mutationOf"}

    oseltamivir = "DRUGBANK:DB00198"
    assert claims("The H275Y substitution conferred a 754-fold reduction in susceptibility to oseltamivir.") == {
        ("kgr:mutation-unknown-gene-H275Y", "confersResistanceTo", oseltamivir, False)}
    assert claims("Switching from efavirenz to dolutegravir in virologically suppressed adults with M184V.") == set()
    assert claims("Patients with Crohn's disease who had not responded to TNF antagonists were randomly assigned to "
                  "receive ustekinumab or placebo.") >= {("DRUGBANK:DB05679", "treats", "MONDO:0005011", False)}
    assert claims("Secukinumab selectively neutralizes IL-17A in patients with psoriasis.") >= {
        ("DRUGBANK:DB09029", "inhibits", "HGNC:5981", False)}
    assert {c for c in claims("Glecaprevir is an NS3/4A protease inhibitor and pibrentasvir is an NS5A inhibitor.")
            if c[1] in ("inhibits", "interactsWith")} == {
        ("DRUGBANK:DB13879", "inhibits", "kgr:entity-gene-ns3-4a", False),
        ("DRUGBANK:DB13878", "inhibits", "kgr:entity-gene-ns5a", False)}
    upadacitinib, dupilumab = "DRUGBANK:DB15091", "DRUGBANK:DB12159"
    assert {c for c in claims(
        "Rates of serious infection, eczema herpeticum and herpes zoster were higher for patients who received "
        "upadacitinib, whereas rates of conjunctivitis were higher for patients receiving dupilumab.")
            if c[1] == "causesAdverseEvent"} == {
        (upadacitinib, "causesAdverseEvent", "MESH:D007239", False),
        (upadacitinib, "causesAdverseEvent", "MONDO:0004712", False),
        (upadacitinib, "causesAdverseEvent", "MONDO:0005609", False),
        (dupilumab, "causesAdverseEvent", "MONDO:0003799", False)}


def test_a_drug_the_patients_responded_poorly_to_is_their_history() -> None:
    """Found by an immunology user: "who had an inadequate response to methotrexate" made
    methotrexate the strongest treats edge of the graph and lost upadacitinib's."""
    assert {c[:4] for c in _full("In patients with rheumatoid arthritis who had an inadequate response to methotrexate, "
                                 "upadacitinib 15 mg improved ACR20 response.") if c[1] == "treats"} == {
        ("DRUGBANK:DB15091", "treats", "MONDO:0008383", False)}


def test_review_of_the_rates_and_resistance_rules() -> None:
    """Found in review (2026-12-03): "higher in the placebo group than in the evolocumab group"
    made evolocumab cause the infarctions it prevented, "than for those receiving dupilumab"
    gave the comparator the events, "a reduction in ERK activity" made V600E resistant to
    vemurafenib, "recurrent implantation failure (RIF)" was rifampin."""
    assert {c[:3] for c in _full("Rates of myocardial infarction and stroke were higher in the placebo group than in "
                                 "the evolocumab group.", title="Evolocumab trial.")
            if c[1] == "causesAdverseEvent"} == set()
    assert {c[:3] for c in _full("Rates of serious infection and herpes zoster were higher for patients who received "
                                 "upadacitinib than for those receiving dupilumab.") if c[1] == "causesAdverseEvent"} == {
        ("DRUGBANK:DB15091", "causesAdverseEvent", "MESH:D007239"),
        ("DRUGBANK:DB15091", "causesAdverseEvent", "MONDO:0005609")}
    assert not any(c[1] == "confersResistanceTo" for c in _full(
        "Vemurafenib caused a marked reduction in ERK activity in BRAF V600E melanoma cells."))
    assert not any(c[1] == "confersSensitivityTo" for c in _full(
        "Virologically-suppressed participants with K65R switched to bictegravir."))
    extraction = run("Women with recurrent implantation failure (RIF) were studied. RIF was common.", title="RIF.")
    assert [m.text for m in extraction.mentions if m.type == "Drug"] == []


def test_verbs_of_acting_on_a_target_read_drug_first() -> None:
    """Found by a neurology user: "binds alpha4-integrin", "depletes CD20-expressing B cells",
    "a modulator of sphingosine 1-phosphate receptor 1" gave no target; found in review: the
    same verbs must not make "Mutant KRAS activates ERK signalling despite sorafenib" a target
    of sorafenib."""
    def targets(text: str) -> set[tuple[str, str, str]]:
        return {c[:3] for c in _full(text) if c[1] in ("targets", "inhibits")}

    assert targets("Natalizumab binds alpha4-integrin on lymphocytes.") == {("DRUGBANK:DB00108", "targets", "HGNC:6140")}
    assert targets("Siponimod is a selective modulator of sphingosine 1-phosphate receptor 1 in patients.") == {
        ("DRUGBANK:DB12371", "targets", "HGNC:3165")}
    assert targets("Tocilizumab is an antibody that binds the interleukin-6 receptor.") == {
        ("DRUGBANK:DB06273", "targets", "HGNC:6019")}
    assert targets("Mutant KRAS activates ERK signalling despite treatment with sorafenib.") == set()


def test_second_review_of_the_session_s_relations() -> None:
    """Found in a second review (2026-12-03): "who had no response to olanzapine were switched
    to clozapine" denied clozapine's treats; "Tamoxifen is activated by CYP2D6" and "EGFR
    signaling modulates PD-L1" gave drugs targets; "The addition of ramucirumab to docetaxel
    did not increase the rate of peripheral neuropathy" denied docetaxel's; "Rates of QT
    prolongation were comparable" gave both drugs the event."""
    assert {c[:4] for c in _full("Patients with schizophrenia who had no response to olanzapine were switched to "
                                 "clozapine.") if c[1] == "treats"} == {
        ("DRUGBANK:DB00363", "treats", "MESH:D012559", False)}
    assert not any(c[1] in ("targets", "inhibits") for c in _full(
        "Tamoxifen is activated by CYP2D6 to endoxifen in breast cancer patients."))
    assert {c[:3] for c in _full("Nivolumab binds PD-1 on T cells, and EGFR signaling modulates PD-L1 expression.")
            if c[1] in ("targets", "inhibits")} == {("DRUGBANK:DB09035", "targets", "HGNC:8760")}
    assert not any(c[0] == "DRUGBANK:DB01248" for c in _full(
        "The addition of ramucirumab to docetaxel did not increase the rate of peripheral neuropathy."))
    assert not any(c[1] == "causesAdverseEvent" for c in _full(
        "Rates of QT prolongation were comparable with citalopram and sertraline."))


def test_haematology_user_s_genes_and_strata() -> None:
    """Found by a haematology user (2026-12-03): "a covalent inhibitor of Bruton tyrosine
    kinase (BTK)" read as IBTK's approved name made every BTK IBTK ("IBTK C481S"), and TP53's
    worse remission and survival than the non-carriers' ("41% … versus 71% in patients
    without", "5.2 months in TP53-mutated and 19.4 months in TP53 wild-type patients", "a
    lower complete remission rate than those without") were sensitivities."""
    found = _full("Ibrutinib, a covalent inhibitor of Bruton tyrosine kinase (BTK), is active in CLL. The BTK C481S "
                  "mutation confers resistance to ibrutinib.")
    assert ("kgr:mutation-BTK-C481S", "confersResistanceTo", "DRUGBANK:DB09053") in {c[:3] for c in found}
    assert not any("HGNC:17853" in c[:3] for c in found)     # IBTK
    azacitidine = "DRUGBANK:DB00928"
    for text in ("The composite complete remission rate was 41% in patients with TP53 mutations versus 71% in patients "
                 "without TP53 mutations treated with azacitidine.",
                 "Median overall survival with azacitidine was 5.2 months in TP53-mutated patients and 19.4 months in "
                 "TP53 wild-type patients (hazard ratio, 3.12).",
                 "Patients with TP53 mutation had a lower complete remission rate with azacitidine than those without "
                 "(8% vs 24%)."):
        assert {c[:4] for c in _full(text) if c[1].startswith("confers")} == {
            ("kgr:mutation-TP53-mutation", "confersResistanceTo", azacitidine, False)}, text
    # … and the carriers' higher rate is a sensitivity
    assert {c[:3] for c in _full("The response rate to imatinib was 45% in patients with KIT exon 11 mutations and 12% "
                                 "in those without.") if c[1].startswith("confers")} == {
        ("kgr:mutation-KIT-exon11-mutation", "confersSensitivityTo", "CHEBI:45783")}


def test_third_review_of_carriers_against_non_carriers() -> None:
    """Found in a third review (2026-12-03): a confidence bound read as the non-carriers'
    number, "PD-L1-negative" as L858R's non-carriers, and "paradoxically activates ERK" as a
    target, turned sensitivities into resistance or made targets."""
    assert {c[1] for c in _full("The response rate to erlotinib was 70% (95% CI, 60-80%) in patients with EGFR L858R "
                                "versus 10% in wild-type patients.") if c[1].startswith("confers")} == {
        "confersSensitivityTo"}
    assert {c[1] for c in _full("The objective response rate with osimertinib was 50% in PD-L1-positive and 70% in "
                                "PD-L1-negative tumours harboring EGFR L858R.") if c[1].startswith("confers")} == {
        "confersSensitivityTo"}
    assert not any(c[1] == "targets" for c in _full("Vemurafenib paradoxically activates ERK signalling in BRAF "
                                                    "wild-type cells."))


def test_a_document_response_needs_a_sentence_about_the_document_s_mutations() -> None:
    """Found by an infectious-disease user (2026-12-03): "Mutations in Rv0678 (mmpR5) were
    associated with reduced susceptibility to bedaquiline" made S450L and S315T resist
    bedaquiline and "a high genetic barrier to resistance" made M184V resist dolutegravir."""
    def responses(text: str) -> set[tuple[str, str, str]]:
        return {c[:3] for c in _full(text) if c[1].startswith("confers")}

    assert responses("The rpoB S450L and katG S315T mutations confer rifampicin and isoniazid resistance. Mutations in "
                     "Rv0678 (mmpR5) were associated with reduced susceptibility to bedaquiline.") == {
        # (each change of its microbe's gene since the same session's mutation rules)
        (f"kgr:mutation-{m}", "confersResistanceTo", d)
        for m in ("rpoB-S450L", "katG-S315T") for d in ("DRUGBANK:DB01045", "DRUGBANK:DB00951")} | {
        # (Rv0678 is a gene since the microbes' genes joined the lexicon: its mutations' own finding)
        ("kgr:mutation-Rv0678-mutation", "confersResistanceTo", "DRUGBANK:DB08903")}
    assert responses("The M184V mutation confers resistance to lamivudine. Dolutegravir (DTG) is an integrase strand "
                     "transfer inhibitor (INSTI) with a high genetic barrier to resistance.") == {
        ("kgr:mutation-unknown-gene-M184V", "confersResistanceTo", "DRUGBANK:DB00709")}
    # (what the drug did to another gene still tells the mutation's response: "Trametinib also
    # fully abrogated ERK activation" is CIViC's BRAF-fusion sensitivity, found in review)
    assert responses("The JAK2 V617F mutation was found in 60% of patients with myelofibrosis. Ruxolitinib inhibited "
                     "STAT1 phosphorylation and induced apoptosis.") == {
        ("kgr:mutation-JAK2-V617F", "confersSensitivityTo", "DRUGBANK:DB08877")}
    assert responses("In a retrospective study of 427 metastatic colorectal patients, KRAS mutations were observed in "
                     "43% of the tumor samples. Patients with mutations in codon 12 or 13 of KRAS were associated with "
                     "reduced response to panitumumab compared to wildtype KRAS.") == {
        ("kgr:mutation-KRAS-mutation", "confersResistanceTo", "DRUGBANK:DB01269")}
    # A case report's outcome sentence still tells the response, also where it names the
    # drug's own targets.
    for text in ("A GIST patient harboring the KIT K642E mutation. After treatment with imatinib, all nodules had "
                 "disappeared.",
                 "A GIST patient harboring the KIT K642E mutation. After treatment with imatinib, a KIT and PDGFRA "
                 "inhibitor, all nodules had disappeared."):
        assert responses(text) == {("kgr:mutation-KIT-K642E", "confersSensitivityTo", "CHEBI:45783")}, text


def test_a_harm_after_the_drug_s_efficacy_or_a_worsened_disease_is_no_treatment() -> None:
    """Found by a neurology user (2026-12-03): "Natalizumab … is highly effective in
    relapsing-remitting multiple sclerosis but is associated with progressive multifocal
    leukoencephalopathy (PML)" made natalizumab treat PML, and "carbamazepine and lamotrigine
    may exacerbate seizures" made them treat the seizures."""
    natalizumab, rrms, pml = "DRUGBANK:DB00108", "MONDO:0005314", "MONDO:0016318"
    found = {c[:4] for c in _full("Natalizumab, a monoclonal antibody against alpha4 integrin, is highly effective in "
                                  "relapsing-remitting multiple sclerosis but is associated with progressive multifocal "
                                  "leukoencephalopathy (PML).") if c[0] == natalizumab and c[2] in (rrms, pml)}
    assert found == {(natalizumab, "treats", rrms, False), (natalizumab, "causesAdverseEvent", pml, False)}
    worse = [(c[0], c[1], c[2]) for c in _full("Sodium channel blockers such as carbamazepine and lamotrigine may "
                                                "exacerbate seizures in Dravet syndrome.")]
    assert worse == [("DRUGBANK:DB00564", "causesAdverseEvent", "MESH:D012640"),
                     ("DRUGBANK:DB00555", "causesAdverseEvent", "MESH:D012640")]
    # hedged by its "may"; and "worsening heart failure" is a disease's name, no verb
    [hedged] = extract(document("Carbamazepine may exacerbate seizures."), SHIPPED, TAGGER).assertions
    assert (hedged.predicate, hedged.evidence[0].hedged) == ("causesAdverseEvent", True)
    assert _full("Dapagliflozin reduced the risk of worsening heart failure in these patients.") == []


def test_a_negation_ends_at_but_before_the_mutation_s_next_verb() -> None:
    """Found by an HIV user (2026-12-03): "M184V did not alter integrase inhibitor
    susceptibility but increased susceptibility to tenofovir" gave a negated sensitivity."""
    assert _full("M184V did not alter integrase inhibitor susceptibility but increased susceptibility to tenofovir.") == [
        ("kgr:mutation-unknown-gene-M184V", "confersSensitivityTo", "DRUGBANK:DB14126", False, None)]


def test_an_approval_is_the_apposition_s_drug_s_and_an_approved_dose_is_none() -> None:
    """Found by dermatology and neurology users (2026-12-03): "Compared with adalimumab, the
    only approved biologic for HS, bimekizumab may provide deeper responses" made
    bimekizumab approvedFor HS, and "… at the approved dose" made risdiplam approvedFor the
    retinal toxicity it was not associated with."""
    adalimumab, bimekizumab, hs = "DRUGBANK:DB00051", "DRUGBANK:DB12917", "MONDO:0006559"
    assert {c[:3] for c in _full("Compared with adalimumab, the only approved biologic for HS, bimekizumab may provide "
                                 "deeper responses in hidradenitis suppurativa.") if c[2] == hs} == {
        (bimekizumab, "treats", hs)}
    assert {c[:3] for c in _full("Compared with adalimumab, the only approved biologic for hidradenitis suppurativa, "
                                 "bimekizumab improved responses.") if c[2] == hs} == {(adalimumab, "approvedFor", hs)}
    assert _full("Risdiplam was not associated with retinal toxicity at the approved dose.") == [
        ("DRUGBANK:DB15305", "causesAdverseEvent", "MONDO:0005283", True, "was not")]


def test_a_response_told_as_less_as_no_different_or_as_a_trend() -> None:
    """Found by immunology and dermatology users (2026-12-03): "Carriers of P1104A may respond
    less to deucravacitinib" read as sensitivity, "had similar response rates" as a
    sensitivity, and "a trend towards higher response" as stated."""
    p1104a, deucravacitinib = "kgr:mutation-TYK2-P1104A", "DRUGBANK:DB16650"
    flg, dupilumab = "kgr:mutation-FLG-mutation", "DRUGBANK:DB12159"

    def responses(text: str) -> list[tuple[str, str, str, bool, str | None]]:
        return [c for c in _full(text) if c[1].startswith("confers")]

    assert responses("Carriers of TYK2 P1104A may respond less to deucravacitinib.") == [
        (p1104a, "confersResistanceTo", deucravacitinib, False, "may")]
    assert responses("Patients with TYK2 P1104A responded to deucravacitinib.") == [
        (p1104a, "confersSensitivityTo", deucravacitinib, False, None)]
    assert responses("Patients with FLG mutations had similar response rates to dupilumab.") == []
    assert responses("Patients with filaggrin (FLG) loss-of-function mutations treated with dupilumab did not have a "
                     "different EASI-75 response rate.") == []
    assert responses("Patients with FLG mutations showed a trend towards higher response to dupilumab.") == [
        (flg, "confersSensitivityTo", dupilumab, False, "trend")]


def test_no_target_the_drug_s_target_acts_on_the_patients_history_names_or_activates_it() -> None:
    """Found by cardiology and immunology users (2026-12-03): "binds PCSK9 and prevents it from
    targeting the low-density lipoprotein receptor (LDLR)" made evolocumab target LDLR,
    "intolerance to one or two tumour necrosis factor inhibitors" made ixekizumab target TNF,
    and "requires bioactivation by … (CYP2C19)" made clopidogrel inhibit CYP2C19."""
    assert {c[:3] for c in _full("Evolocumab binds PCSK9 and prevents it from targeting the low-density lipoprotein "
                                 "receptor (LDLR) for degradation.")} == {("DRUGBANK:DB09303", "targets", "HGNC:20001")}
    found = {c[:3] for c in _full("We evaluated ixekizumab, a humanized monoclonal antibody against interleukin-17A, in "
                                  "341 patients with psoriatic arthritis and inadequate response or intolerance to one "
                                  "or two tumour necrosis factor inhibitors.") if c[1] in ("targets", "inhibits")}
    assert found == {("DRUGBANK:DB11569", "targets", "HGNC:5981")}
    assert not any(c[1] in ("inhibits", "targets") for c in _full(
        "Clopidogrel is a prodrug that requires bioactivation by cytochrome P450 2C19 (CYP2C19) and inhibits P2Y12."
    ) if c[2] == "HGNC:2621")


def test_it_in_a_later_clause_is_the_sentence_s_subject_not_the_nearest_drug() -> None:
    """Found by a dermatology user (2026-12-03): "Upadacitinib 30 mg showed superior efficacy to
    dupilumab …, although it may carry a higher risk of herpes zoster" made dupilumab cause
    herpes zoster."""
    found = {c[:3] for c in _full("Upadacitinib 30 mg showed superior efficacy to dupilumab in atopic dermatitis, "
                                  "although it may carry a higher risk of herpes zoster.") if c[1] == "causesAdverseEvent"}
    assert found == {("DRUGBANK:DB15091", "causesAdverseEvent", "MONDO:0005609")}
    # … and the efficacy "superior … to dupilumab" is upadacitinib's, dupilumab the comparator
    assert {c[:3] for c in _full("Upadacitinib 30 mg showed superior efficacy to dupilumab in atopic dermatitis.")} == {
        ("DRUGBANK:DB15091", "treats", "MONDO:0004980")}


def test_a_trial_population_with_a_disease_s_kind_or_a_three_arm_ratio_is_treated() -> None:
    """Found by dermatology and neurology users (2026-12-03): "676 patients with moderate to
    severe plaque psoriasis to secukinumab …" and "143 children with Dravet syndrome were
    randomized 1:1:1 to fenfluramine …" gave no treats (they did with "psoriasis", without "1:1:1")."""
    assert ("DRUGBANK:DB09029", "treats", "MONDO:0005083") in {c[:3] for c in _full(
        "We randomly assigned 676 patients with moderate to severe plaque psoriasis to secukinumab 300 mg or "
        "ustekinumab 45/90 mg by weight.")}
    assert {c[:3] for c in _full("143 children with Dravet syndrome were randomized 1:1:1 to fenfluramine 0.7 mg/kg/day, "
                                 "0.2 mg/kg/day or placebo.")} == {("DRUGBANK:DB00574", "treats", "MONDO:0100135")}
    # the patients' history is no population of the trial's drug
    assert _full("Patients with history of asthma were randomized to montelukast or placebo.") == []


def test_what_a_study_evaluated_hedges_no_target() -> None:
    """Found by an immunology user (2026-12-03): "We evaluated ixekizumab, a humanized
    monoclonal antibody against interleukin-17A, in 341 patients" hedged its target."""
    assert _full("We evaluated ixekizumab, a humanized monoclonal antibody against interleukin-17A, in 341 patients "
                 "with psoriatic arthritis.") == [("DRUGBANK:DB11569", "targets", "HGNC:5981", False, None)]
    [hedged] = extract(document("Ixekizumab may target interleukin-17A."), SHIPPED, TAGGER).assertions
    assert hedged.evidence[0].cue == "may"


def test_an_association_does_not_cross_a_whereas_to_the_other_side_s_disease() -> None:
    """Found by a haematology user (2026-12-03): "Factor V Leiden carriers had a higher rate of
    recurrent VTE, whereas prothrombin G20210A was not associated with recurrence (HR 1.08)"
    made G20210A associatedWith VTE, not negated."""
    found = {c[:4] for c in _full("Among 1000 patients with a first venous thromboembolism (VTE), Factor V Leiden "
                                  "carriers had a higher rate of recurrent VTE, whereas prothrombin G20210A was not "
                                  "associated with recurrence (HR 1.08).") if c[1] == "associatedWith"}
    # (Factor V Leiden is F5 R506Q since the same session's mutation rules: its association stands)
    assert ("kgr:mutation-F2-G20210A", "associatedWith", "MONDO:0005399", False) not in found
    assert ("kgr:mutation-F5-R506Q", "associatedWith", "MONDO:0005399", False) in found
    assert found - {("kgr:mutation-F5-R506Q", "associatedWith", "MONDO:0005399", False)} == {
        f for f in found if f[3]}


def test_a_drug_that_did_not_control_the_disease_denies_the_mutation_s_sensitivity() -> None:
    """Found by a haematology user (2026-12-03): "In the JAK2 V617F-positive patient,
    baricitinib did not control the disease" gave no response at all."""
    v617f = "kgr:mutation-JAK2-V617F"
    assert _full("In the JAK2 V617F-positive patient, baricitinib did not control the disease.") == [
        (v617f, "confersSensitivityTo", "DRUGBANK:DB11817", True, "did not")]
    assert _full("In the JAK2 V617F-positive patient, ruxolitinib controlled the disease for two years.") == [
        (v617f, "confersSensitivityTo", "DRUGBANK:DB08877", False, None)]


def test_without_an_increase_in_a_harm_denies_it() -> None:
    """Found by a haematology user (2026-12-03): "… without a significant increase in major
    bleeding (0.9% vs 0.6%)" made apixaban cause hemorrhage, not negated."""
    for text in ("Apixaban reduced the risk of recurrent venous thromboembolism without a significant increase in "
                 "major bleeding (0.9% vs 0.6%).",
                 "Apixaban reduced the risk of recurrent venous thromboembolism without a significant increase in the "
                 "rate of major bleeding."):
        assert [c for c in _full(text) if c[1] == "causesAdverseEvent"] == [
            ("DRUGBANK:DB06605", "causesAdverseEvent", "kgr:ae-hemorrhage", True, "without")], text


@pytest.mark.parametrize(("text", "absent"), [
    # A protein's part defined by a short form names no gene (STAMP is also TTLL5's alias).
    ("Asciminib is an inhibitor of BCR-ABL1 that acts by specifically targeting the ABL myristoyl pocket (STAMP).",
     "HGNC:19963"),
    # PKC is protein kinase C, a family; it is an alias of PRRT2.
    ("Midostaurin, a multikinase inhibitor of FLT3, KIT and PKC, was approved for acute myeloid leukemia.",
     "HGNC:30500"),
    # "Acquired" resistance is no disease (MONDO's "acquired").
    ("Acquired resistance to ivosidenib was associated with second-site IDH1 mutations such as S280F.",
     "MONDO:0021141"),
    # "mutations of FMS-like tyrosine kinase 3" are FLT3's, not FMS's (CSF1R).
    ("Activating mutations of FMS-like tyrosine kinase 3 (FLT3) occur in 30% of patients with acute myeloid "
     "leukemia.", "kgr:mutation-CSF1R-mutation"),
])
def test_words_a_haematology_user_saw_as_genes_and_diseases_name_nothing(text: str, absent: str) -> None:
    """Found by a haematology user (2026-12-03): asciminib inhibited TTLL5, midostaurin PRRT2,
    CSF1R's mutation was associated with AML and IDH1 with "acquired"."""
    extraction = extract(document(text), SHIPPED, TAGGER)
    named = {m.curie for m in extraction.mentions} | {a.object for a in extraction.assertions} | {
        a.subject for a in extraction.assertions}
    assert absent not in named
    # The sentence's real claims stay: its drug inhibits, or its mutation resists.
    assert any(a.predicate in ("inhibits", "confersResistanceTo", "associatedWith") for a in extraction.assertions)


@pytest.mark.parametrize(("text", "expected"), [
    # how often it occurred on the drug, no disease it treats
    ("Tumor lysis syndrome was rare among patients treated with venetoclax.",
     [("DRUGBANK:DB11581", "causesAdverseEvent", "MONDO:0043875", False, None)]),
    # the trial's report of it alone, the main drug's (inferred: no cue, no drug named)
    ("Venetoclax improved overall survival in acute myeloid leukemia. Tumor lysis syndrome was rare.",
     [("DRUGBANK:DB11581", "treats", "MONDO:0018874", False, None),
      ("DRUGBANK:DB11581", "causesAdverseEvent", "MONDO:0043875", False, None)]),
    # a name that calls itself an event; the comparator of "noninferior to" is not its drug
    ("Acalabrutinib was noninferior to ibrutinib for progression-free survival and had a lower incidence of "
     "cardiovascular adverse events.",
     [("DRUGBANK:DB11703", "causesAdverseEvent", "MONDO:0004995", False, None)]),
    # the patients' genetic marker is no disease the drug treats
    ("Daratumumab improves outcomes in multiple myeloma, but its benefit in patients with high-risk cytogenetic "
     "abnormalities remains uncertain.",
     [("DRUGBANK:DB09331", "treats", "MONDO:0009693", False, None)]),
])
def test_events_and_markers_a_haematology_user_saw_treated(text: str, expected: list) -> None:
    """Found by a haematology user (2026-12-03): venetoclax treated tumour lysis syndrome,
    acalabrutinib and ibrutinib a cardiovascular disorder, daratumumab Chromosome Aberrations."""
    assert _full(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Unlike in melanoma, where dabrafenib plus trametinib is highly effective, BRAF inhibitor monotherapy has "
     "limited activity in colorectal cancer.",
     [(DABRAFENIB, "treats", "MONDO:0005105", False, None), (TRAMETINIB, "treats", "MONDO:0005105", False, None)]),
    # after a semicolon, as the user's abstract has it
    ("BRAF V600E mutations occur in 8% to 12% of metastatic colorectal cancers and confer a poor prognosis; unlike "
     "in melanoma, where dabrafenib plus trametinib is highly effective, BRAF inhibitor monotherapy has limited "
     "activity in colorectal cancer because of feedback activation of EGFR.",
     [(DABRAFENIB, "treats", "MONDO:0005105", False, None), (TRAMETINIB, "treats", "MONDO:0005105", False, None)]),
    ("Unlike in melanoma, dabrafenib is effective in colorectal cancer.",
     [(DABRAFENIB, "treats", "MONDO:0005335", False, None)]),
])
def test_no_drug_crosses_a_fronted_contrast_to_a_disease(text: str, expected: list) -> None:
    """Found by an oncology user (2026-12-03): "Unlike in melanoma, where dabrafenib plus
    trametinib is highly effective, …" made both treat colorectal cancer."""
    assert [c for c in _full(text) if c[1] == "treats"] == expected


def test_an_approval_in_combination_is_the_drug_before_the_word_s() -> None:
    """Found by an oncology user (2026-12-03): "Alpelisib is … approved in combination with
    fulvestrant for … breast cancer" made fulvestrant alone approvedFor it."""
    found = [c for c in _full("Alpelisib is an alpha-specific PI3K inhibitor approved in combination with fulvestrant "
                              "for PIK3CA-mutated advanced breast cancer after progression on endocrine therapy.")
             if c[1] == "approvedFor"]
    assert found == [("DRUGBANK:DB12015", "approvedFor", "MONDO:0021100", False, None),
                     ("DRUGBANK:DB00947", "approvedFor", "MONDO:0021100", False, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Hyperglycaemia results from on-target inhibition of insulin signalling and may be mitigated by prophylactic "
     "metformin.", []),
    ("Inhibition of EGFR and HER2 was achieved with lapatinib.",
     [("DRUGBANK:DB01259", "inhibits", "HGNC:3236", False, None), ("DRUGBANK:DB01259", "inhibits", "HGNC:3430", False, None)]),
])
def test_a_drug_after_another_predicate_does_not_inhibit_the_gene_before(text: str, expected: list) -> None:
    """Found by an oncology user (2026-12-03): metformin inhibited INS."""
    assert [c for c in _full(text) if c[1] in ("inhibits", "targets")] == expected


def test_events_most_common_with_one_drug_are_its_own() -> None:
    """Found by a haematology user (2026-12-03): "thrombocytopenia and neutropenia were the
    most common with asciminib, whereas … more frequent with bosutinib" gave no rule edge, and
    the pair classifier gave both events to bosutinib too."""
    found = [c for c in _full("Grade 3 or higher adverse events occurred in 50.6% with asciminib and 60.5% with "
                              "bosutinib; thrombocytopenia and neutropenia were the most common with asciminib, whereas "
                              "diarrhea and increased alanine aminotransferase were more frequent with bosutinib.")
             if c[1] == "causesAdverseEvent"]
    assert found == [("DRUGBANK:DB12597", "causesAdverseEvent", "MONDO:0002049", False, None),
                     ("DRUGBANK:DB12597", "causesAdverseEvent", "MONDO:0001475", False, None),
                     ("DRUGBANK:DB06616", "causesAdverseEvent", "kgr:ae-diarrhea", False, None),
                     ("DRUGBANK:DB06616", "causesAdverseEvent", "kgr:ae-alanine-aminotransferase-increased", False, None)]


@pytest.mark.parametrize(("text", "expected"), [
    ("Acquired EGFR C797S mutation was detected in plasma at progression on osimertinib and may confer resistance "
     "to osimertinib.", [("kgr:mutation-EGFR-C797S", "confersResistanceTo", "DRUGBANK:DB09330", True, "may")]),
    ("MET amplification was detected in two osimertinib-resistant organoid lines and might represent an alternative "
     "bypass mechanism.", [("kgr:mutation-MET-amplification", "confersResistanceTo", "DRUGBANK:DB09330", True, "might")]),
])
def test_a_hedge_of_a_second_predicate_that_restates_the_response_hedges_it(text: str, expected: list) -> None:
    """Found by an oncology user (2026-12-03): "… and may confer resistance to osimertinib"
    and "… and might represent an alternative bypass mechanism" were told as stated."""
    from kg.extract import load_lexicon

    found = [(a.subject, a.predicate, a.object, a.evidence[0].hedged, a.evidence[0].cue)
             for a in extract(document(text), load_lexicon(), TAGGER).assertions if a.predicate != "mutationOf"]
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("At month 8 he presented with severe epigastric pain and a lipase level five times the upper limit of normal, "
     "consistent with acute pancreatitis, which resolved after ponatinib was withheld.",
     [("DRUGBANK:DB08901", "causesAdverseEvent", "MONDO:0006515", False, None)]),
    ("Two years later he developed peripheral arterial occlusive disease requiring angioplasty, which we attributed "
     "to ponatinib.", [("DRUGBANK:DB08901", "causesAdverseEvent", "MESH:D001157", False, None)]),
    # a remedy started is no dechallenge
    ("His pneumonia, which resolved after ceftriaxone was started, recurred.", []),
])
def test_a_harm_attributed_to_a_drug_or_gone_when_it_was_withheld_is_its_own(text: str, expected: list) -> None:
    """Found by a haematology user (2026-12-03): ponatinib's pancreatitis and arterial occlusive
    disease in a case report had no stated edge."""
    assert [c for c in _full(text) if c[1] in ("causesAdverseEvent", "treats")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Pirtobrutinib is a highly selective, noncovalent (reversible) BTK inhibitor that binds BTK independently of "
     "C481.", [("DRUGBANK:DB17472", "inhibits", "HGNC:1133")]),
    ("Covalent Bruton tyrosine kinase (BTK) inhibitors such as ibrutinib, acalabrutinib and zanubrutinib have "
     "transformed the treatment of CLL.",
     [("DRUGBANK:DB09053", "inhibits", "HGNC:1133"), ("DRUGBANK:DB11703", "inhibits", "HGNC:1133"),
      ("DRUGBANK:DB15035", "inhibits", "HGNC:1133")]),
    ("The KRAS G12C inhibitors sotorasib and adagrasib are approved for previously treated KRAS G12C-mutated NSCLC.",
     [("DRUGBANK:DB15569", "inhibits", "HGNC:6407"), ("DRUGBANK:DB15568", "inhibits", "HGNC:6407")]),
    ("Olaparib, an oral poly(ADP-ribose) polymerase (PARP) inhibitor, exploits synthetic lethality in tumors with "
     "homologous recombination deficiency.", [("DRUGBANK:DB09074", "inhibits", "HGNC:270")]),
    # the bracketed gene's inhibitor is the drug named after it, not the apposition's drug before
    ("Olaparib, a drug given with the aromatase (CYP19A1) inhibitor letrozole, was studied.",
     [("DRUGBANK:DB01006", "inhibits", "HGNC:2594")]),
])
def test_drugs_named_a_gene_s_inhibitor_by_new_users(text: str, expected: list) -> None:
    """Found by haematology and oncology users (2026-12-03): pirtobrutinib, the BTK inhibitors
    "such as" ibrutinib …, the KRAS G12C inhibitors and olaparib had no target."""
    assert [c[:3] for c in _full(text) if c[1] in ("inhibits", "targets")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Selpercatinib in RET fusion-positive non-small-cell lung cancer and RET-mutant medullary thyroid cancer was "
     "studied in a phase 1/2 trial.",
     [("DRUGBANK:DB15685", "treats", "MONDO:0005233", False, None),
      ("DRUGBANK:DB15685", "treats", "MONDO:0015277", False, None)]),
    ("In patients with HER2-low metastatic breast cancer, trastuzumab deruxtecan resulted in significantly longer "
     "progression-free and overall survival than chemotherapy.",
     [("DRUGBANK:DB14962", "treats", "MONDO:0021100", False, None)]),
    # the disease of another clause is not the drug's
    ("Selpercatinib in patients who had non-small-cell lung cancer was studied.", []),
])
def test_a_drug_in_a_disease_studied_or_giving_longer_survival_treats_it(text: str, expected: list) -> None:
    """Found by an oncology user (2026-12-03): selpercatinib and trastuzumab deruxtecan treated nothing."""
    assert [c for c in _full(text) if c[1] == "treats"] == expected


def _responses(text: str, title: str = "A study.") -> set[tuple[str, str, str, bool, bool, bool]]:
    """(mutation, predicate, drug, negated, hedged, inferred) of each sensitivity or resistance,
    with the full lexicon and the shipped tagger (no pair model)."""
    from kg.extract import load_lexicon

    return {(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].hedged, a.evidence[0].inferred)
            for a in extract(document(text, title), load_lexicon(), TAGGER).assertions
            if a.predicate in ("confersSensitivityTo", "confersResistanceTo", "affectsResponseTo")}


IMATINIB_, DARATUMUMAB, FULVESTRANT = "CHEBI:45783", "DRUGBANK:DB09331", "DRUGBANK:DB00947"


@pytest.mark.parametrize(("text", "expected"), [
    # A lost response is resistance, not the "response" it names.
    ("A man with chronic myeloid leukemia lost major molecular response after 4 years of imatinib therapy, and "
     "the BCR-ABL1 T315I mutation was found.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", IMATINIB_, False, False, False)}),
    # A drug's benefit told as attenuated in the carriers is their resistance, not a sensitivity.
    ("In patients with del(17p), the benefit of daratumumab was attenuated (hazard ratio, 0.84).",
     {("kgr:mutation-chr17p-deletion", "confersResistanceTo", DARATUMUMAB, False, False, False)}),
    # "after progression on endocrine therapy" is the patients' line of treatment.
    ("Alpelisib is an alpha-specific PI3K inhibitor approved in combination with fulvestrant for PIK3CA-mutated "
     "advanced breast cancer after progression on endocrine therapy.", set()),
])
def test_response_words_a_new_user_saw_read_the_wrong_way(text: str, expected: set[tuple[object, ...]]) -> None:
    """Found by haematology and oncology users (2026-12-03): T315I and del(17p) were sensitive to
    the drug whose response was lost or attenuated; PIK3CA resisted fulvestrant."""
    assert _responses(text) == expected


OSIMERTINIB_, GEFITINIB_, ERLOTINIB_, CABOZANTINIB = "DRUGBANK:DB09330", "DRUGBANK:DB00317", "DRUGBANK:DB00530", "DRUGBANK:DB08875"


@pytest.mark.parametrize(("text", "expected"), [
    # The mutation of the disease setting after the drug is no resistance marker.
    ("The EGFR C797S mutation is a major mechanism of acquired resistance to osimertinib in EGFR T790M-positive "
     "non-small cell lung cancer.",
     {("kgr:mutation-EGFR-C797S", "confersResistanceTo", OSIMERTINIB_, False, False, False)}),
    # A partner allele "in cis with" / "in trans" is not resistant by itself.
    ("EGFR C797S in cis with T790M confers resistance to osimertinib.",
     {("kgr:mutation-EGFR-C797S", "confersResistanceTo", OSIMERTINIB_, False, False, False)}),
    ("Cells harbouring EGFR C797S and T790M in trans were resistant to osimertinib alone.",
     {("kgr:mutation-EGFR-C797S", "confersResistanceTo", OSIMERTINIB_, False, False, False)}),
    # A lost mutation is absent.
    ("In cells in which EGFR T790M was lost, C797S-mutant clones retained sensitivity to gefitinib and erlotinib.",
     {("kgr:mutation-EGFR-C797S", "confersSensitivityTo", GEFITINIB_, False, False, False),
      ("kgr:mutation-EGFR-C797S", "confersSensitivityTo", ERLOTINIB_, False, False, False)}),
    # The drug named as an example of the class the mutation stays sensitive to.
    ("This case suggests that MET D1228N confers resistance to type Ib MET inhibitors while remaining sensitive to "
     "type II inhibitors such as cabozantinib.",
     {("kgr:mutation-MET-D1228N", "confersSensitivityTo", CABOZANTINIB, False, True, False)}),
    # A worse outcome "irrespective of treatment with" the drug is a prognosis.
    ("Patients with del(17p) had shorter progression-free survival than those with standard-risk disease "
     "irrespective of treatment with daratumumab.", set()),
    # The whole comparator regimen after "than" is no subject of the result.
    ("Osimertinib had significantly greater efficacy than platinum therapy plus pemetrexed in patients with EGFR "
     "T790M-positive advanced NSCLC.",
     {("kgr:mutation-EGFR-T790M", "confersSensitivityTo", OSIMERTINIB_, False, False, False)}),
])
def test_a_mutation_that_is_setting_partner_or_gone_has_no_response(text: str,
                                                                   expected: set[tuple[object, ...]]) -> None:
    """Found by oncology and haematology users (2026-12-03): T790M resisted osimertinib as the
    setting or partner allele of C797S, and was sensitive to gefitinib once lost; D1228N
    resisted cabozantinib; del(17p) resisted daratumumab "irrespective of treatment"; T790M
    was sensitive to pemetrexed, the comparator's."""
    assert _responses(text) == expected


SELPERCATINIB, LORLATINIB_ = "DRUGBANK:DB15685", "DRUGBANK:DB12130"


@pytest.mark.parametrize(("text", "expected"), [
    # The history alone named: the response is the paper's drug's (inferred).
    ("Among 105 patients with RET fusion-positive NSCLC previously treated with platinum-based chemotherapy, the "
     "objective response rate was 64%.",
     {("kgr:mutation-RET-fusion", "confersSensitivityTo", SELPERCATINIB, False, False, True)}),
    ("Among 55 patients with RET-mutant medullary thyroid cancer previously treated with vandetanib or cabozantinib, "
     "69% had a response to selpercatinib.",
     {("kgr:mutation-RET-mutation", "confersSensitivityTo", SELPERCATINIB, False, False, False)}),
    ("Among ROS1 fusion-positive patients, responses occurred in 13 of 21 crizotinib-naive patients (62%) and 9 of "
     "26 crizotinib-pretreated patients (35%).",
     {("kgr:mutation-ROS1-fusion", "confersSensitivityTo", SELPERCATINIB, False, False, True)}),
    ("In ALK fusion-positive patients with at least one previous ALK inhibitor other than crizotinib, an objective "
     "response was achieved in 39 (66.1%).",
     {("kgr:mutation-ALK-fusion", "confersSensitivityTo", SELPERCATINIB, False, False, True)}),
    # The history's "progressed on" is no resistance when another drug has the result; the
    # patients without ALK mutations are the comparison's other group, no denial.
    ("In patients who had progressed on alectinib, the ALK G1202R mutation was associated with an objective response "
     "rate of 57% with lorlatinib, compared with 32% in patients without detectable ALK mutations.",
     {("kgr:mutation-ALK-G1202R", "confersSensitivityTo", LORLATINIB_, False, False, False)}),
    # Alone, the drug progressed on keeps the resistance.
    ("EGFR T790M was detected in patients who progressed on erlotinib.",
     {("kgr:mutation-EGFR-T790M", "confersResistanceTo", ERLOTINIB_, False, False, False)}),
])
def test_a_drug_of_the_patients_history_takes_no_response(text: str, expected: set[tuple[object, ...]]) -> None:
    """Found by an oncology user (2026-12-03): the RET fusion was sensitive to platinum and
    vandetanib, ROS1 and ALK fusions to crizotinib, named only as what the patients had had
    before; G1202R resisted alectinib, and the ALK mutation's sensitivity was denied."""
    assert _responses(text, "Selpercatinib in RET-altered cancers.") == expected


@pytest.mark.parametrize(("title", "text", "expected"), [
    # Drugs named across a contrast, not the title's drug, take the mutation's response.
    ("Pirtobrutinib in CLL.",
     "Covalent BTK inhibitors such as ibrutinib have transformed CLL treatment, but resistance frequently emerges "
     "through BTK C481S substitutions.",
     {("kgr:mutation-BTK-C481S", "confersResistanceTo", "DRUGBANK:DB09053", False, False, True)}),
    ("Ivosidenib and enasidenib in IDH-mutated AML.",
     "Responses to enasidenib were observed in patients with both IDH2 R140Q and R172K mutations, although complete "
     "remission appeared less frequent in the R140Q subgroup.",
     {("kgr:mutation-IDH2-R140Q", "confersSensitivityTo", "DRUGBANK:DB13874", False, False, False),
      ("kgr:mutation-IDH2-R172K", "confersSensitivityTo", "DRUGBANK:DB13874", False, False, False)}),
    # The patients without the mutation tell nothing of its carriers' response.
    ("Olaparib in ovarian cancer.",
     "Patients with a germline BRCA1 or BRCA2 mutation were enrolled. Patients with BRCA wild-type tumors did not "
     "derive a progression-free survival benefit from olaparib.", set()),
    # The drug added, not its backbone, takes the (denied) result, in its sentence and across sentences.
    ("Binimetinib in colorectal cancer.",
     "Adding binimetinib to encorafenib and cetuximab did not significantly improve overall survival in BRAF "
     "V600E-mutated colorectal cancer.",
     {("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB11967", True, False, False)}),
    ("Encorafenib, binimetinib, and cetuximab in BRAF V600E colorectal cancer.",
     "Adding binimetinib to encorafenib and cetuximab did not significantly improve overall survival compared with "
     "the doublet.",
     {("kgr:mutation-BRAF-V600E", "confersSensitivityTo", "DRUGBANK:DB11967", True, False, True)}),
])
def test_the_drugs_a_sentence_names_not_the_main_or_backbone_drug_take_the_response(
        title: str, text: str, expected: set[tuple[object, ...]]) -> None:
    """Found by haematology and oncology users (2026-12-03): C481S resisted pirtobrutinib and
    R140Q was sensitive to ivosidenib (the title's drugs) from sentences about ibrutinib and
    enasidenib; BRCA wild-type denied the BRCA mutations' sensitivity to olaparib; the denial
    of adding binimetinib went to encorafenib and cetuximab."""
    assert _responses(text, title) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The drug combined with others is the subject, not its partners.
    ("Inavolisib combined with palbociclib and fulvestrant improved progression-free survival in PIK3CA-mutated "
     "breast cancer.",
     {("kgr:mutation-PIK3CA-mutation", "confersSensitivityTo", "DRUGBANK:DB15275", False, False, False)}),
    ("Inavolisib, a mutant-selective PI3Kalpha inhibitor, combined with palbociclib and fulvestrant, improved "
     "progression-free survival in PIK3CA-mutated breast cancer.",
     {("kgr:mutation-PIK3CA-mutation", "confersSensitivityTo", "DRUGBANK:DB15275", False, False, False)}),
    # A drug's qualified activity in the carriers' cancers is their sensitivity.
    ("Larotrectinib and entrectinib have shown tumor-agnostic activity in NTRK fusion-positive cancers.",
     {("kgr:mutation-NTRK-fusion", "confersSensitivityTo", "DRUGBANK:DB14723", False, False, False),
      ("kgr:mutation-NTRK-fusion", "confersSensitivityTo", "DRUGBANK:DB11986", False, False, False)}),
    # A dose the carriers received tells no response.
    ("Patients with relapsed or refractory AML carrying an IDH1 R132 mutation received ivosidenib 500 mg once daily.",
     set()),
])
def test_responses_a_new_user_missed(text: str, expected: set[tuple[object, ...]]) -> None:
    """Found by oncology and haematology users (2026-12-03): the PIK3CA mutation's sensitivity
    went to inavolisib's partners, the NTRK fusion had none."""
    assert _responses(text) == expected


def test_history_and_across_contrast_drugs_keep_their_coordination() -> None:
    """Found while re-running the trial corpora (2026-12-03): "progressed on alectinib or
    ceritinib" left ceritinib (and with it alectinib) the G1202R response; "inhibitors such as
    ibrutinib, acalabrutinib and zanubrutinib …, but resistance emerges through C481S" gave
    zanubrutinib alone."""
    assert _responses("In patients who had progressed on alectinib or ceritinib, the ALK G1202R mutation was "
                      "associated with an objective response rate of 57% with lorlatinib.") == {
        ("kgr:mutation-ALK-G1202R", "confersSensitivityTo", LORLATINIB_, False, False, False)}
    assert _responses("Covalent BTK inhibitors such as ibrutinib, acalabrutinib and zanubrutinib have transformed CLL "
                      "treatment, but resistance frequently emerges through BTK C481S substitutions.",
                      "Pirtobrutinib in CLL.") == {
        ("kgr:mutation-BTK-C481S", "confersResistanceTo", drug, False, False, True)
        for drug in ("DRUGBANK:DB09053", "DRUGBANK:DB11703", "DRUGBANK:DB15035")}


def test_patients_in_response_after_a_drug_are_its_history() -> None:
    """Found by an oncology user (2026-12-03): "… BRCA1 or BRCA2 mutation who were in response
    after platinum-based chemotherapy were randomly assigned to olaparib" made the BRCA
    mutations sensitive to platinum."""
    assert _responses("Patients with ovarian cancer with a germline BRCA1 or BRCA2 mutation who were in response "
                      "after platinum-based chemotherapy were randomly assigned to olaparib or placebo.",
                      "Olaparib maintenance in ovarian cancer.") == set()


def test_carriers_who_responded_similarly_have_no_response_of_their_own() -> None:
    """Found re-running a trial corpus (2026-12-03): "Patients homozygous for the PNPLA3 I148M
    variant responded similarly to resmetirom as non-carriers" made I148M sensitive to it."""
    assert _responses("Patients homozygous for the PNPLA3 I148M variant responded similarly to resmetirom as "
                      "non-carriers.") == set()


@pytest.mark.parametrize(("title", "text", "expected"), [
    ("Daratumumab in myeloma.",
     "In patients with high-risk cytogenetics, the benefit of daratumumab was attenuated, and patients with del(17p) "
     "had shorter progression-free survival than those with standard-risk disease irrespective of treatment.", set()),
    # "loss of major molecular response" across sentences is resistance too.
    ("A case report.",
     "A man with chronic myeloid leukemia developed loss of major molecular response after 4 years of imatinib "
     "therapy. Mutation analysis revealed the BCR-ABL1 T315I mutation.",
     {("kgr:mutation-ABL1-T315I", "confersResistanceTo", IMATINIB_, False, False, True)}),
])
def test_whole_trial_documents_a_haematology_user_ran(title: str, text: str, expected: set[tuple[object, ...]]) -> None:
    """Found by a haematology user (2026-12-03), in the full abstracts: del(17p) resisted
    daratumumab "irrespective of treatment", T315I was sensitive to the imatinib it lost its
    response to."""
    assert _responses(text, title) == expected


def test_a_lost_mutation_and_a_regardless_drug_stay_narrow() -> None:
    """Review of the fixes above (2026-12-03): "loss-of-function" is no lost mutation, and a
    drug "regardless of" which the carriers benefit does not silence the drug they benefit from."""
    assert _responses("EGFR T790M loss-of-function clones were resistant to gefitinib.") == {
        ("kgr:mutation-EGFR-T790M", "confersResistanceTo", GEFITINIB_, False, False, False)}
    assert _responses("Patients with EGFR L858R benefited from osimertinib regardless of prior gefitinib.") == {
        ("kgr:mutation-EGFR-L858R", "confersSensitivityTo", OSIMERTINIB_, False, False, False)}
