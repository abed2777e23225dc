"""Relation rules and the pair classifier: findings of the fifth trial user (a sotorasib, a
tivantinib and an alectinib abstract), each checked on other drugs in other sentence shapes."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import document, paired_claims, response_claims, rule_claims, shipped_models

SENS, RES = "confersSensitivityTo", "confersResistanceTo"
ADAGRASIB, DOCETAXEL = "DRUGBANK:DB15568", "DRUGBANK:DB01248"
KRAS_G12C, KRAS_R68S = "kgr:mutation-KRAS-G12C", "kgr:mutation-KRAS-R68S"
DABRAFENIB, DACARBAZINE, BRAF_V600E = "DRUGBANK:DB08912", "DRUGBANK:DB00851", "kgr:mutation-BRAF-V600E"
GEFITINIB, OSIMERTINIB = "DRUGBANK:DB00317", "DRUGBANK:DB09330"
EGFR_L858R, EGFR_T790M = "kgr:mutation-EGFR-L858R", "kgr:mutation-EGFR-T790M"

ADAGRASIB_DOC = (
    "Adagrasib versus docetaxel in KRAS G12C-mutated NSCLC.",
    "Adagrasib is a covalent inhibitor of KRAS G12C. Patients with KRAS G12C-mutated NSCLC were randomly assigned "
    "to adagrasib or docetaxel. Adagrasib significantly improved progression-free survival and response rate "
    "relative to intravenous docetaxel. Acquired KRAS R68S mutations conferred resistance to adagrasib.")
DABRAFENIB_DOC = (
    "A study.",
    "Patients with BRAF V600E melanoma received dabrafenib. Dabrafenib significantly improved overall survival "
    "and the objective response rate compared with dacarbazine (hazard ratio 0.61).")
LATER_LINE_DOC = (
    "A case report.",
    "A 54-year-old woman with NSCLC harbouring EGFR L858R received gefitinib for 14 months. Rebiopsy showed that "
    "EGFR T790M conferred resistance to gefitinib. She then received osimertinib, and a durable partial response "
    "was achieved.")


def _responses(doc: tuple[str, str]) -> set[tuple[str, str, str]]:
    title, abstract = doc
    return {(s, p, o) for s, p, o, *_ in response_claims(abstract, title)}


@pytest.mark.parametrize(("doc", "expected"), [
    # The drug a result is set against, however far from the trial's drug, is its comparator:
    # the trial's mutation takes the trial drug's sensitivity, not the comparator's; and a
    # mutation said to resist the trial drug takes no sensitivity from the result told before.
    (ADAGRASIB_DOC, {(KRAS_G12C, SENS, ADAGRASIB), (KRAS_R68S, RES, ADAGRASIB)}),
    (DABRAFENIB_DOC, {(BRAF_V600E, SENS, DABRAFENIB)}),
    # near miss: a later line of therapy, told after the resistance, is still a sensitivity
    (LATER_LINE_DOC, {(EGFR_L858R, SENS, OSIMERTINIB), (EGFR_T790M, RES, GEFITINIB),
                      (EGFR_T790M, SENS, OSIMERTINIB)}),
])
def test_document_response_not_the_comparators(doc: tuple[str, str], expected: set) -> None:
    assert _responses(doc) == expected
    assert all(e[-1] == f"{e[1]}:document" for e in response_claims(doc[1], doc[0]) if e[2] in (DOCETAXEL, DACARBAZINE))


TIVANTINIB, SORAFENIB, HCC, MET = "DRUGBANK:DB12200", "DRUGBANK:DB00398", "MONDO:0007256", "HGNC:7029"

TIVANTINIB_DOC = (
    "Tivantinib for second-line treatment of MET-high, advanced hepatocellular carcinoma.",
    "Tivantinib is an oral inhibitor of the MET receptor tyrosine kinase. In this phase 3 study, 340 patients with "
    "MET-high advanced hepatocellular carcinoma previously treated with sorafenib were randomly assigned (2:1) to "
    "tivantinib 120 mg twice daily or placebo. Median overall survival was 8.4 months with tivantinib and 9.1 "
    "months with placebo (hazard ratio 0.97; p=0.81). The most common grade 3 or worse adverse events were ascites "
    "and anaemia.")
CAPMATINIB_DOC = (
    "Capmatinib for MET-amplified NSCLC.",
    "Capmatinib is a selective inhibitor of MET. In this phase 2 study, 97 patients with MET-amplified "
    "non-small-cell lung cancer previously treated with docetaxel were assigned to capmatinib 400 mg twice daily. "
    "The overall response rate was 29%.")
SAVOLITINIB_DOC = (
    "Savolitinib in MET-amplified gastric cancer.",
    "In this phase 2 trial, 60 patients with MET-amplified gastric cancer previously treated with trastuzumab were "
    "randomly assigned to savolitinib or placebo. Savolitinib did not improve survival.")
TRASTUZUMAB = "DRUGBANK:DB00072"


@pytest.mark.parametrize(("doc", "drug"), [
    (TIVANTINIB_DOC, SORAFENIB),
    (CAPMATINIB_DOC, DOCETAXEL),
    (SAVOLITINIB_DOC, TRASTUZUMAB),
])
def test_pair_classifier_history_drug_treats_nothing(doc: tuple[str, str], drug: str) -> None:
    # A drug only ever named as the patients' history neither treats nor acts on anything here.
    title, abstract = doc
    assert not [c for c in paired_claims(abstract, title) if c[0] == drug]


def _history_only(abstract: str, title: str) -> dict[str, bool]:
    """Each drug of a document → whether the pair classifier's history veto holds it back
    (every mention of it the patients' history)."""
    from kg.extract.context import build_context
    from kg.extract.pairs import _only_history
    from kg.extract.sentences import split_sentences

    lexicon, tagger, pairs = shipped_models()
    doc = document(abstract, title)
    mentions = list(extract(doc, lexicon, tagger, pairs).mentions)
    ctx = build_context(doc, split_sentences(doc), mentions)
    drugs = {m.curie for m in mentions if m.type == "Drug"}
    return {curie: _only_history(ctx, [m for m in mentions if m.curie == curie]) for curie in sorted(drugs)}


def test_history_drug_the_trial_drug_still_pairs() -> None:
    # near misses: the drug the patients were assigned to is no history, and the history's
    # drug, once also named as given, is paired again (the veto itself, not the model's
    # score, which moves with each retraining)
    title, abstract = TIVANTINIB_DOC
    assert _history_only(abstract, title) == {SORAFENIB: True, TIVANTINIB: False}
    given = abstract + " Sorafenib was given to 20 patients with MET-high hepatocellular carcinoma as a control."
    assert _history_only(given, title) == {SORAFENIB: False, TIVANTINIB: False}
    assert (TIVANTINIB, "treats", HCC, False, None) in rule_claims(abstract, title)


ALECTINIB, CERITINIB, ERLOTINIB, NIRAPARIB = "DRUGBANK:DB11363", "DRUGBANK:DB09063", "DRUGBANK:DB00530", "DRUGBANK:DB11793"
CISPLATIN = "DRUGBANK:DB00515"
OLAPARIB, PLATINUM, NILOTINIB, PONATINIB = "DRUGBANK:DB09074", "DRUGBANK:DB12257", "DRUGBANK:DB04868", "DRUGBANK:DB08901"
ALK_G1202R, EGFR_T790M_ = "kgr:mutation-ALK-G1202R", EGFR_T790M
BRCA1, BRCA2 = "kgr:mutation-BRCA1-mutation", "kgr:mutation-BRCA2-mutation"


@pytest.mark.parametrize(("text", "expected"), [
    # The population's defining alteration is not shown to cause the progression of "whose disease had".
    ("We analysed 198 patients with ALK-positive NSCLC whose disease had progressed on alectinib or ceritinib.",
     set()),
    ("Patients with EGFR T790M-positive NSCLC whose tumours had progressed after erlotinib received osimertinib.",
     set()),
    # near miss: a mutation found in those patients still resists the drug they progressed on
    ("ALK G1202R was detected in 21% of patients whose disease had progressed on alectinib.",
     {(ALK_G1202R, RES, ALECTINIB)}),
    ("EGFR T790M was detected in 60% of patients whose disease had progressed on erlotinib.",
     {(EGFR_T790M_, RES, ERLOTINIB)}),
])
def test_population_whose_disease_progressed(text: str, expected: set) -> None:
    assert {(s, p, o) for s, p, o, *_ in response_claims(text)} == expected


OLAPARIB_DOC = (
    "Olaparib maintenance in platinum-sensitive relapsed ovarian cancer.",
    "We conducted a randomised, double-blind phase 2 study in women with platinum-sensitive recurrent serous ovarian "
    "cancer who had received two or more platinum-based regimens. Olaparib 400 mg twice daily or placebo was given "
    "to 265 women with high-grade serous ovarian cancer. Patients with a BRCA1 or BRCA2 mutation derived the "
    "greatest benefit from olaparib (hazard ratio 0.18).")


def test_drug_sensitive_disease_is_no_response() -> None:
    # "platinum-sensitive ovarian cancer" is a kind of the patients' disease, no response of
    # the document's mutations to platinum, in the document rule and in the mutation's sentence.
    title, abstract = OLAPARIB_DOC
    assert {(s, p, o) for s, p, o, *_ in response_claims(abstract, title)} == {
        (BRCA1, SENS, OLAPARIB), (BRCA2, SENS, OLAPARIB)}
    assert not response_claims("In this trial, 391 women with platinum-sensitive recurrent ovarian cancer and a "
                               "germline BRCA1 or BRCA2 mutation were randomly assigned to olaparib or placebo.")


@pytest.mark.parametrize(("text", "expected"), [
    # near misses: a response the sentence tells of its own drug, or a property of the tumours
    ("Patients with cisplatin-resistant ovarian cancer harbouring BRCA1 mutations responded to niraparib.",
     {(BRCA1, SENS, NIRAPARIB)}),
    ("BRCA1 mutations make tumours sensitive to cisplatin.", {(BRCA1, SENS, CISPLATIN)}),
])
def test_drug_sensitive_near_misses(text: str, expected: set) -> None:
    assert {(s, p, o) for s, p, o, *_ in response_claims(text)} == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A bare change after a fusion named before is the kinase partner's, as "BCR-ABL T315I" is.
    ("The BCR-ABL fusion drives chronic myeloid leukaemia. T315I confers resistance to nilotinib.",
     ("kgr:mutation-ABL1-T315I", "HGNC:76")),
    ("Chronic myeloid leukaemia is driven by BCR-ABL1. The gatekeeper mutation T315I is sensitive to ponatinib.",
     ("kgr:mutation-ABL1-T315I", "HGNC:76")),
    ("BCR-ABL T315I confers resistance to nilotinib.", ("kgr:mutation-ABL1-T315I", "HGNC:76")),
    # near miss: a gene also named on its own stays the document's gene
    ("BCR signalling and BCR-ABL were studied. T315I confers resistance to nilotinib.",
     ("kgr:mutation-BCR-T315I", "HGNC:1014")),
])
def test_bare_change_after_fusion_is_the_kinase(text: str, expected: tuple[str, str]) -> None:
    lexicon, tagger, _ = shipped_models()
    doc = document(text)
    ex = extract(doc, lexicon, tagger)
    [link] = [a for a in ex.assertions if a.predicate == "mutationOf" and "T315I" in a.subject]
    assert (link.subject, link.object) == expected
    span = link.evidence[0].object_span
    assert span is not None and doc.text[span.start:span.end] in ("ABL", "ABL1", "BCR")
    assert doc.text[span.start:span.end].startswith("ABL") == expected[0].startswith("kgr:mutation-ABL1")


OSIMERTINIB_, EGFR, KRAS, SOTORASIB = OSIMERTINIB, "HGNC:3236", "HGNC:6407", "DRUGBANK:DB15569"
IMATINIB, KIT, FLT3 = "CHEBI:45783", "HGNC:6342", "HGNC:3765"


@pytest.mark.parametrize(("text", "expected"), [
    # A denial of the wild-type protein, or of a relative clause's own object, leaves the
    # mutant-selective inhibition asserted.
    ("Osimertinib is an irreversible EGFR tyrosine kinase inhibitor that is selective for EGFR T790M and "
     "sensitizing mutations but does not inhibit wild-type EGFR.",
     {(OSIMERTINIB_, "targets", EGFR, False), (OSIMERTINIB_, "inhibits", EGFR, False)}),
    ("Sotorasib is a KRAS G12C inhibitor that does not bind wild-type KRAS.", {(SOTORASIB, "inhibits", KRAS, False)}),
    ("Imatinib is a KIT inhibitor that does not inhibit FLT3.",
     {(IMATINIB, "inhibits", KIT, False), (IMATINIB, "inhibits", FLT3, True)}),
    # near misses: a plain denial still denies
    ("Gefitinib does not inhibit wild-type HER2 or EGFR.", {(GEFITINIB, "inhibits", EGFR, True)}),
    ("Imatinib and KIT were not associated.", set()),
])
def test_wild_type_and_relative_clause_denials(text: str, expected: set) -> None:
    assert {(s, p, o, n) for s, p, o, n, _ in rule_claims(text, "Probe.") if p != "confersSensitivityTo"} == expected


def test_drugs_denial_is_not_the_gene_diseases() -> None:
    # "Tivantinib did not show efficacy in MET-high …" denies the drug's efficacy, not MET's disease.
    lexicon, tagger, pairs = shipped_models()
    title, abstract = TIVANTINIB_DOC
    abstract += " Tivantinib did not show efficacy in MET-high hepatocellular carcinoma."
    found = [(a.subject, a.predicate, a.object, a.evidence[0].negated)
             for a in extract(document(abstract, title), lexicon, tagger, pairs).assertions]
    assert (MET, "associatedWith", HCC, False) in found
    assert (MET, "associatedWith", HCC, True) not in found
    # near miss: the drug's own efficacy is still denied there
    assert (TIVANTINIB, "treats", HCC, True) in found


@pytest.mark.parametrize(("text", "expected"), [
    # an endpoint whose own verb after it is denied is a negated outcome, as one denied before it is
    ("Tivantinib did not improve overall survival (hazard ratio 0.97). Progression-free survival was also not "
     "improved (hazard ratio 0.96).", [("overall-survival", True), ("progression-free-survival", True)]),
    ("Overall survival was not significantly prolonged with savolitinib (hazard ratio 0.91).",
     [("overall-survival", True)]),
    # near misses
    ("Progression-free survival was improved with olaparib (hazard ratio 0.35).", [("progression-free-survival", False)]),
    ("Overall survival was not mature; progression-free survival was improved (hazard ratio 0.52).",
     [("progression-free-survival", False)]),
])
def test_endpoint_denied_after_it(text: str, expected: list) -> None:
    lexicon, tagger, _ = shipped_models()
    outcomes = extract(document(text, "A trial in hepatocellular carcinoma."), lexicon, tagger).outcomes
    assert [(o.endpoint.removeprefix("kgr:endpoint-"), o.negated) for o in outcomes if o.hazard_ratio] == expected


IVACAFTOR, LUMACAFTOR, CFTR, VEMURAFENIB, BRAF = (
    "DRUGBANK:DB08820", "DRUGBANK:DB09280", "HGNC:1884", "DRUGBANK:DB08881", "HGNC:1097")


@pytest.mark.parametrize(("text", "expected"), [
    # the drug's code in brackets before its appositive class, and "a potentiator of"
    ("Ivacaftor (VX-770), a CFTR potentiator, improved lung function in patients with cystic fibrosis.",
     [(IVACAFTOR, "targets", CFTR, False, None)]),
    ("Lumacaftor (VX-809), a CFTR corrector, was combined with another agent.", [(LUMACAFTOR, "targets", CFTR, False, None)]),
    ("Vemurafenib (PLX4032), a selective BRAF inhibitor, was studied.", [(VEMURAFENIB, "inhibits", BRAF, False, None)]),
    ("Ivacaftor is a potentiator of CFTR.", [(IVACAFTOR, "targets", CFTR, False, None)]),
    # near misses: a corrector named in another clause is no appositive of the drug
    ("Patients received ivacaftor (150 mg), and a CFTR corrector was added.", []),
    ("Ivacaftor is a potentiator of the response to exercise.", []),
])
def test_bracketed_code_and_potentiator_of(text: str, expected: list) -> None:
    assert rule_claims(text, "Probe.") == expected


SOTORASIB_, NSCLC, SEROUS_OVARIAN = SOTORASIB, "MONDO:0005233", "MONDO:0005211"


@pytest.mark.parametrize(("text", "expected"), [
    # the drug people with D were assigned to past their entry criteria, or given with a placebo arm
    ("In this randomised phase 3 trial, 345 patients with KRAS G12C-mutated NSCLC who had progressed after "
     "platinum-based chemotherapy and a PD-1 or PD-L1 inhibitor were randomly assigned to oral sotorasib 960 mg "
     "once daily or intravenous docetaxel.", [(SOTORASIB_, "treats", NSCLC, False, None)]),
    ("Olaparib 400 mg twice daily or placebo was given to 265 women with high-grade serous ovarian cancer.",
     [(OLAPARIB, "treats", SEROUS_OVARIAN, False, None)]),
    # near miss: a drug they were switched to after progression is no assignment
    ("Patients with EGFR-mutant NSCLC who had progressed on erlotinib were switched to osimertinib.", []),
])
def test_assigned_past_criteria_treats(text: str, expected: list) -> None:
    assert [c for c in rule_claims(text, "Probe.") if c[1] == "treats"] == expected


LORLATINIB, ALK_FUSION = "DRUGBANK:DB12130", "kgr:mutation-ALK-fusion"
LORLATINIB_DOC = (
    "Lorlatinib in ALK-positive non-small-cell lung cancer after failure of second-generation ALK inhibitors.",
    "Lorlatinib is a third-generation inhibitor of ALK and ROS1. We analysed 198 patients with ALK-positive NSCLC "
    "whose disease had progressed on alectinib or ceritinib. The objective response rate was 39.6% and median "
    "progression-free survival was 6.9 months. ALK G1202R mutations were detected in 30 patients.")


def test_no_response_read_from_the_title() -> None:
    # Only the title names the fusion with lorlatinib: the pair classifier cites no title.
    title, abstract = LORLATINIB_DOC
    claims = response_claims(abstract, title)
    assert not [c for c in claims if c[0] == ALK_FUSION]
    assert not [c for c in claims if c[-1].endswith("pair-classifier") and c[2] == LORLATINIB]


CF, ERLOTINIB_ = "MONDO:0009061", ERLOTINIB
IVACAFTOR_DOC = (
    "A CFTR potentiator in patients with cystic fibrosis and the G551D mutation.",
    "We randomly assigned 167 patients with cystic fibrosis and at least one G551D-CFTR mutation to receive "
    "ivacaftor 150 mg every 12 hours or placebo. At week 24, the change in FEV1 was 10.6 percentage points with "
    "ivacaftor versus placebo.")


@pytest.mark.parametrize(("text", "expected"), [
    # "we assigned people with D and a mutation to X": X treats D
    (IVACAFTOR_DOC[1], [(IVACAFTOR, "treats", CF, False, None)]),
    ("We randomly assigned 400 patients with NSCLC and an EGFR mutation to erlotinib or chemotherapy.",
     [(ERLOTINIB_, "treats", NSCLC, False, None)]),
])
def test_assigned_with_mutation_treats(text: str, expected: list) -> None:
    assert [c for c in rule_claims(text, IVACAFTOR_DOC[0]) if c[1] == "treats"] == expected


def test_enrolment_alone_is_no_response() -> None:
    # near miss: the mutation the enrolled carry takes no response from the assignment or from an
    # endpoint without a response word (as the seeds' KIT exon 9 takes imatinib's from a told benefit)
    title, abstract = IVACAFTOR_DOC
    assert not response_claims(abstract, title)
    told = abstract + " Ivacaftor significantly improved lung function."
    assert ("kgr:mutation-CFTR-G551D", SENS, IVACAFTOR, False, False, f"{SENS}:document") in response_claims(told, title)
