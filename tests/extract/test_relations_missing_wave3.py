"""Relation rules: drug–disease, drug–target and adverse-event findings of the third wave of trial users."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rule_claims, shipped_models

LEXICON, TAGGER, _ = shipped_models()
_full = rule_claims


LOMITAPIDE, FH, STEATOSIS = "DRUGBANK:DB08827", "MONDO:0005439", "MONDO:0004790"


@pytest.mark.parametrize(("text", "expected"), [
    # ", which causes" after the drug's apposition is the drug's harm, no approval.
    ("Familial hypercholesterolemia (FH) is treated with lomitapide, a microsomal triglyceride transfer protein "
     "(MTTP) inhibitor approved for homozygous FH, which frequently causes hepatic steatosis.",
     [(LOMITAPIDE, "approvedFor", FH, False, None)]),
    # A disease's own relative clause still names what the drug is approved for.
    ("Sofosbuvir is approved for hepatitis C, which causes cirrhosis.",
     [("DRUGBANK:DB08934", "approvedFor", "MESH:D006526", False, None)]),
])
def test_relative_harm_clause_is_no_approval(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("approvedFor", "treats")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The trial's own enrolment: its "who received" is the trial's drug.
    ("We enrolled 64 adults with obstructive hypertrophic cardiomyopathy who received mavacamten 5 mg daily.",
     [("DRUGBANK:DB14921", "treats", "MONDO:0005045", False, None)]),
    # A who-clause of entry criteria before "to" the assigned drugs.
    ("We randomly assigned 1882 patients with acute coronary syndrome who carried at least one CYP2C19 "
     "loss-of-function allele and underwent percutaneous coronary intervention to ticagrelor 90 mg twice daily "
     "or clopidogrel 75 mg once daily.",
     [("DRUGBANK:DB08816", "treats", "MONDO:0005542", False, None),
      ("DRUGBANK:DB00758", "treats", "MONDO:0005542", False, None)]),
    # ... but not the drug they were switched to before.
    ("We randomly assigned 300 patients with atrial fibrillation who had been switched to warfarin to apixaban "
     "or placebo.",
     [("DRUGBANK:DB06605", "treats", "MONDO:0004981", False, None)]),
    # A regimen the lexicon lacks, then its drug.
    ("In this phase 2 trial, 78 patients with metastatic colorectal cancer received FOLFIRI with irinotecan "
     "dosed by genotype.",
     [("DRUGBANK:DB00762", "treats", "MONDO:0005335", False, None)]),
    # Placebo is no regimen of the disease.
    ("In total, 120 patients with hypertension received placebo with amlodipine.", []),
])
def test_trial_population_received(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("approvedFor", "treats")] == expected


def _targets(text: str) -> list[tuple[object, ...]]:
    return [a for a in _full(text) if a[1] in ("targets", "inhibits")]


@pytest.mark.parametrize(("text", "expected"), [
    # An item's bracketed symbol does not break the coordination of what the drug acts on.
    ("Tirzepatide is a dual agonist of the GIP receptor (GIPR) and GLP-1R.",
     [("DRUGBANK:DB15171", "targets", "HGNC:4271", False, None),
      ("DRUGBANK:DB15171", "targets", "HGNC:4324", False, None)]),
])
def test_bracketed_symbol_keeps_the_list(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # A drug that activates a protein names its target ...
    ("Empagliflozin activated AMPK in isolated cardiomyocytes.",
     [("DRUGBANK:DB09038", "targets", "HGNC:9376", False, None)]),
    ("Empagliflozin also activated AMPK (PRKAA1) in isolated cardiomyocytes.",
     [("DRUGBANK:DB09038", "targets", "HGNC:9376", False, None)]),
    # ... not the pathway it turns on, nor the drug another protein activates.
    ("Metformin activates the AMPK pathway.", []),
    ("Venetoclax activated caspase-3 in leukemic cells.", []),
    ("Cisplatin activated p53 in tumour cells.", []),
    ("Tamoxifen is activated by CYP2D6 to endoxifen.", []),
])
def test_activated_protein_is_a_target(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # The verb of the drug's apposition ("…, a … antibody that binds …") is the drug's.
    ("Risankizumab, a humanized monoclonal antibody that binds the p19 subunit of interleukin-23, is approved for "
     "plaque psoriasis.",
     [("DRUGBANK:DB14762", "targets", "HGNC:15488", False, None)]),
])
def test_apposition_that_binds(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _targets(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "bound within the pocket of" a protein names it the drug's target (the allele's denial is the allele's).
    ("Abacavir bound non-covalently within the F pocket of HLA-B*57:01 but did not bind HLA-B*58:01.",
     [("DRUGBANK:DB01048", "targets", "HGNC:4932", False, None)]),
    ("Sotorasib locks KRAS in its inactive GDP-bound state.", []),
])
def test_bound_within_a_pocket(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _targets(text) == expected


UPADACITINIB, DUPILUMAB, ATOPIC_DERMATITIS = "DRUGBANK:DB15091", "DRUGBANK:DB12159", "MONDO:0004980"


@pytest.mark.parametrize(("text", "expected"), [
    # "A, an …, and B, a …, are approved for X": both are, and each apposition's target is its own.
    ("Upadacitinib, an oral selective JAK1 inhibitor, and dupilumab, an anti-IL-4Rα antibody, are approved for "
     "atopic dermatitis.",
     [(UPADACITINIB, "approvedFor", ATOPIC_DERMATITIS, False, None),
      (DUPILUMAB, "approvedFor", ATOPIC_DERMATITIS, False, None),
      (UPADACITINIB, "inhibits", "HGNC:6190", False, None),
      (DUPILUMAB, "targets", "HGNC:6015", False, None)]),
    # ... a symbol in brackets in the apposition too
    ("Upadacitinib, an oral selective Janus kinase 1 (JAK1) inhibitor, and dupilumab, a monoclonal antibody that "
     "blocks the interleukin-4 receptor alpha subunit (IL-4Rα), are approved for atopic dermatitis.",
     [(UPADACITINIB, "approvedFor", ATOPIC_DERMATITIS, False, None),
      (DUPILUMAB, "approvedFor", ATOPIC_DERMATITIS, False, None),
      (DUPILUMAB, "inhibits", "HGNC:6015", False, None),
      (UPADACITINIB, "inhibits", "HGNC:6190", False, None)]),
    # The comparator before its apposition is not joined.
    ("Unlike methotrexate, an older drug, and dupilumab, upadacitinib is approved for atopic dermatitis.",
     [(UPADACITINIB, "approvedFor", ATOPIC_DERMATITIS, False, None)]),
])
def test_apposed_first_drug_of_a_coordination(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("approvedFor", "treats", "inhibits", "targets")] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # "rare but has been reported with" a drug makes the event the drug's, not its companion's.
    ("Rhabdomyolysis is rare but has been reported with simvastatin, particularly with concomitant gemfibrozil.",
     [("DRUGBANK:DB00641", "causesAdverseEvent", "MESH:D012206", False, None)]),
    ("Hepatitis is rare but has been reported in patients treated with isoniazid.",
     [("DRUGBANK:DB00951", "causesAdverseEvent", "MONDO:0002251", False, None)]),
])
def test_rare_but_reported_with(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] in ("causesAdverseEvent", "treats")] == expected


CASE = ("We describe a 4-year-old boy who received codeine 1 mg/kg every 6 hours for pain after adenotonsillectomy. "
        "On the second postoperative day he was found unresponsive with respiratory depression, and he died despite "
        "resuscitation.")


def test_case_report_patient_found_with_an_event() -> None:
    """A case's patient "found unresponsive with" a harm had the main drug's adverse event."""
    found = [a for a in _full(CASE, "Fatal toxicity after codeine in a child: a case report.")
             if a[1] == "causesAdverseEvent"]
    assert found == [("DRUGBANK:DB00318", "causesAdverseEvent", "MESH:D012131", False, None)]
    # "admitted with" is the reason for the drug, no event
    assert not any(a[1] == "causesAdverseEvent" for a in _full(
        "A 70-year-old man was admitted with pneumonia and received vancomycin.", "Vancomycin: a case report."))


@pytest.mark.parametrize(("text", "expected"), [
    # "Patients received <drug>" right after the trial's enrolment treats the enrolled patients' disease.
    ("We enrolled 64 adults with obstructive hypertrophic cardiomyopathy and a resting or provoked left ventricular "
     "outflow tract (LVOT) gradient of at least 50 mm Hg. Patients received mavacamten starting at 5 mg daily, "
     "titrated to 2.5 to 15 mg based on echocardiographic LVOT gradient and LVEF.",
     [("DRUGBANK:DB14921", "treats", "MONDO:0005045", False, None)]),
    # Not after a sentence that is no enrolment, nor a supportive drug.
    ("Obstructive hypertrophic cardiomyopathy is common. Patients received mavacamten 5 mg daily.", []),
    ("We enrolled 40 adults with breast cancer. Patients received ondansetron for the prevention of nausea.", []),
])
def test_enrolled_patients_received(text: str, expected: list[tuple[object, ...]]) -> None:
    assert [a for a in _full(text) if a[1] == "treats"] == expected
