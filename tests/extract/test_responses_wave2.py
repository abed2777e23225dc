"""Mutation and gene rules found by respiratory and nephrology users (2026-12-03, wave 2)."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.pairs import load_pair_model
from kg.extract.tagger import load_tagger
from tests.extract.helpers import document

LEXICON, TAGGER, PAIRS = load_lexicon(), load_tagger(), load_pair_model()


def _claims(text: str, title: str = "A study.", *, pairs: bool = True,
            ) -> list[tuple[str, str, str, bool, bool, str | None, str]]:
    """(subject, predicate, object, negated, hedged, cue, rule) of each assertion but mutationOf."""
    extraction = extract(document(text, title), LEXICON, TAGGER, PAIRS if pairs else None)
    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].hedged, a.evidence[0].cue,
             a.evidence[0].rule) for a in extraction.assertions if a.predicate != "mutationOf"]


RESMETIROM, PNPLA3, I148M = "DRUGBANK:DB12914", "HGNC:18590", "kgr:mutation-PNPLA3-I148M"


@pytest.mark.parametrize("text", [
    "Patients homozygous for the PNPLA3 I148M variant responded similarly to resmetirom as non-carriers.",
    "Carriers of the PNPLA3 I148M variant responded comparably to resmetirom.",
])
def test_a_mutation_s_carriers_who_responded_similarly_have_no_response(text: str) -> None:
    """Found by a respiratory user: "responded similarly to resmetirom as non-carriers" gave
    I148M a sensitivity, and the pair classifier resmetirom interactsWith PNPLA3."""
    assert _claims(text) == []


def test_a_review_s_other_drug_takes_no_response_of_the_document_s_mutation() -> None:
    """Found by a respiratory user: in an IPF review naming four drugs, "N-acetylcysteine
    monotherapy provided no benefit over placebo in IPF" denied TERT mutations a sensitivity
    to N-acetylcysteine (document rule), and pirfenidone interacted with TERT."""
    text = ("Nintedanib, an intracellular inhibitor of the tyrosine kinases VEGFR, FGFR and PDGFR, reduced the annual "
            "rate of decline in FVC. Pirfenidone reduced the decline in FVC at 52 weeks. Patients carrying short "
            "telomeres or TERT mutations may have a more rapid decline, and limited data suggest that they tolerate "
            "pirfenidone poorly. Nerandomilast slowed FVC decline in a phase 3 trial. N-acetylcysteine monotherapy "
            "provided no benefit over placebo in IPF.")
    claims = _claims(text, "Antifibrotic therapy for idiopathic pulmonary fibrosis: a narrative review.")
    assert [c for c in claims if "TERT" in c[0] or c[2] == "HGNC:11730"] == []


@pytest.mark.parametrize("text", [
    "Sodium-glucose cotransporter 2 (SGLT2) inhibitors reduce the risk of kidney failure in patients with type 2 "
    "diabetes.",
    "In contrast, tofacitinib, a pan-JAK inhibitor, has been linked to venous thromboembolism at 10 mg twice daily.",
    "In this pooled analysis of 13026 patients with chronic kidney disease and type 2 diabetes treated with "
    "finerenone 10 or 20 mg once daily or placebo on top of maximally tolerated renin-angiotensin system blockade, "
    "finerenone reduced the risk of the kidney composite outcome by 23%.",
    "In this real-world cohort, ustekinumab was associated with higher remission rates than vedolizumab in "
    "anti-TNF-experienced Crohn's disease.",
])
def test_a_gene_named_in_a_drug_class_is_associated_with_no_disease(text: str) -> None:
    """Found by respiratory and nephrology users: SLC5A2 associated with kidney failure, JAK
    with venous thromboembolism, renin with type 2 diabetes and TNF with Crohn's disease,
    from sentences about SGLT2 inhibitors, a pan-JAK inhibitor, renin-angiotensin system
    blockade and anti-TNF-experienced patients."""
    assert [c for c in _claims(text) if c[1] == "associatedWith"] == []


def test_a_gene_s_own_association_stays() -> None:
    assert ("HGNC:3236", "associatedWith", "MONDO:0021117", False, False, None, "associatedWith:trigger") in _claims(
        "EGFR mutations are associated with lung cancer.")
    # "and" ends the gene's phrase: "BRCA1 and PARP inhibitors" does not make BRCA1 a drug class.
    assert any(c[0] == "HGNC:1100" and c[1] == "associatedWith" for c in _claims(
        "Germline BRCA1 mutations are associated with ovarian cancer, and PARP inhibitors are effective."))


@pytest.mark.parametrize("text", [
    "The benefit of finerenone was consistent in patients receiving concomitant SGLT2 inhibitors at baseline.",
    "In this real-world cohort, ustekinumab was associated with higher remission rates than vedolizumab in "
    "anti-TNF-experienced Crohn's disease.",
    "Ustekinumab was effective in TNF inhibitor-experienced patients with Crohn's disease.",
])
def test_a_class_of_drugs_the_patients_took_alongside_or_before_names_no_target(text: str) -> None:
    """Found by nephrology and respiratory users: finerenone interactsWith SLC5A2 ("concomitant
    SGLT2 inhibitors"), vedolizumab and ustekinumab interactsWith TNF ("anti-TNF-experienced")."""
    assert [c for c in _claims(text) if c[1] in ("interactsWith", "inhibits", "targets")] == []


RHO, RHO_MUTATION, RP = "HGNC:10012", "kgr:mutation-RHO-mutation", "MONDO:0019200"


@pytest.mark.parametrize(("text", "negated"), [
    # The "not" is the drug's: the disease's cause is stated in its own noun phrase.
    ("Voretigene neparvovec is not effective in patients with retinitis pigmentosa caused by RHO mutations.", False),
    ("Retinitis pigmentosa is not caused by RHO mutations.", True),
])
def test_a_disease_s_cause_in_its_noun_phrase_is_not_denied_by_the_drug_s_not(text: str, negated: bool) -> None:
    """Found by a nephrology user: RHO (and its mutation) associatedWith retinitis pigmentosa,
    negated by the "not" of the drug's efficacy."""
    got = {(c[0], c[3], c[4], c[5]) for c in _claims(text, pairs=False) if c[1] == "associatedWith" and c[2] == RP}
    assert got == {(RHO, negated, False, "not" if negated else None),
                   (RHO_MUTATION, negated, False, "not" if negated else None)}


@pytest.mark.parametrize(("text", "negated"), [
    ("Ivacaftor is approved for cystic fibrosis in patients with the G551D mutation, in whom it produced sustained "
     "improvements in lung function.", False),
    ("Ivacaftor is approved for patients with cystic fibrosis aged 6 years and older who have a G551D mutation.", False),
    ("Ivacaftor is not approved for patients with the G551D mutation.", True),
])
def test_a_drug_approved_for_a_mutation_s_carriers_is_its_sensitivity(text: str, negated: bool) -> None:
    """Found by a respiratory user: "approved for cystic fibrosis in patients with the G551D
    mutation" gave only approvedFor, no G551D sensitivity to ivacaftor."""
    got = [(c[1], c[2], c[3]) for c in _claims(text, pairs=False) if "G551D" in c[0]]
    assert got == [("confersSensitivityTo", "DRUGBANK:DB08820", negated)]


@pytest.mark.parametrize(("text", "negated", "cue"), [
    ("Carriers of the SLC5A2 variant rs9934336 had a smaller reduction in HbA1c with empagliflozin, although this "
     "association was not significant.", True, "not significant"),
    ("Carriers of the SLC5A2 variant rs9934336 had a smaller reduction in HbA1c with empagliflozin.", False, None),
])
def test_a_smaller_reduction_with_a_drug_is_a_reduced_response(text: str, negated: bool, cue: str | None) -> None:
    """Found by a nephrology user: only the pair classifier's affectsResponseTo, neither
    directed nor denied by "not significant"."""
    got = [(c[1], c[2], c[3], c[5]) for c in _claims(text) if c[0] == "kgr:mutation-rs9934336"]
    assert got == [("confersResistanceTo", "DRUGBANK:DB09038", negated, cue)]


@pytest.mark.parametrize(("text", "drugs"), [
    ("Carriage of the NOD2 R702W variant was not associated with response to ustekinumab.", {"DRUGBANK:DB05679"}),
    ("Carriage of the NOD2 R702W variant was not associated with response to vedolizumab or ustekinumab.",
     {"DRUGBANK:DB05679", "DRUGBANK:DB09033"}),
])
def test_a_variant_not_associated_with_response_is_a_denied_response(text: str, drugs: set[str]) -> None:
    """Found by a respiratory user (with 1007fs, which another change makes a mutation): the
    denied response link, with a change kg already knows."""
    got = {(c[1], c[2], c[3]) for c in _claims(text) if c[0] == "kgr:mutation-NOD2-R702W"}
    assert got == {("confersSensitivityTo", drug, True) for drug in drugs}


@pytest.mark.parametrize(("text", "expected"), [
    # A mutation "associated with poor response to" a drug resists it: no history of the patients'.
    ("KRAS mutation was associated with poor response to cetuximab and KRAS status is informative for predicting "
     "cetuximab response.", ("kgr:mutation-KRAS-mutation", "confersResistanceTo", "DRUGBANK:DB00002")),
    # … while patients "who had an inadequate response to" a drug had it before.
    ("In patients who had an inadequate response to methotrexate, the ALK G1202R mutation was associated with "
     "response to lorlatinib.", ("kgr:mutation-ALK-G1202R", "confersSensitivityTo", "DRUGBANK:DB12130")),
])
def test_a_poor_response_is_history_only_when_the_patients_had_it(text: str, expected: tuple[str, str, str]) -> None:
    """Found by the CIViC check (2026-12-03): "KRAS mutation was strongly associated with poor
    response to cetuximab" read "poor response to cetuximab" as the patients' history, and the
    later "predicting cetuximab response" made KRAS sensitive (five statements reversed)."""
    assert [c[:3] for c in _claims(text, pairs=False) if c[1].startswith("confers")] == [expected]


def test_a_mutation_denied_a_response_takes_none_from_the_document() -> None:
    """Found in review (2026-12-03): "1007fs was not associated with response to either agent"
    was denied for the main drug, and the document-level rule then made 1007fs sensitive to
    ustekinumab from the remission sentence."""
    claims = _claims("Steroid-free clinical remission at week 52 was achieved in 38.2% of ustekinumab-treated "
                     "patients and 25.8% of vedolizumab-treated patients. Carriage of the NOD2 frameshift variant "
                     "1007fs was not associated with response to either agent.",
                     "Vedolizumab and ustekinumab in Crohn's disease.")
    responses = [(c[1], c[2], c[3]) for c in claims if c[1].startswith("confers")]
    assert responses and all(negated for _, _, negated in responses)


def test_a_later_clause_saying_the_benefit_was_not_significant_denies_the_response() -> None:
    """Found in review (2026-12-03): FLT3-TKD's "survival benefit was not statistically
    significant" was a stated sensitivity to gilteritinib."""
    assert [c[1:5] for c in _claims(
        "FLT3-TKD mutations were associated with improved survival with gilteritinib, although the survival benefit "
        "was not statistically significant.", pairs=False) if c[1].startswith("confers")] == [
        ("confersSensitivityTo", "DRUGBANK:DB12141", True, False)]


@pytest.mark.parametrize(("text", "negated"), [
    ("In the subgroup with FLT3-TKD mutations alone, the survival benefit was not statistically significant.", True),
    ("In the subgroup with FLT3-TKD mutations alone, the survival benefit was significant.", False),
])
def test_a_fronted_subgroup_s_denied_benefit_denies_the_main_drug_s_response(text: str, negated: bool) -> None:
    """Found in review (2026-12-03): the comma after the fronted subgroup kept the "not" of
    "the survival benefit was not statistically significant" from the benefit, so FLT3-TKD was a
    stated (inferred) sensitivity to the paper's drug."""
    claims = _claims("Midostaurin plus chemotherapy improved overall survival in patients with FLT3-mutated AML. "
                     + text, "Midostaurin in AML.", pairs=False)
    assert [c[1:4] for c in claims if c[0] == "kgr:mutation-FLT3-TKD"] == [
        ("confersSensitivityTo", "DRUGBANK:DB06595", negated)]
