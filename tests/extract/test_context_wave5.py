"""Negation, context and who does what for treats, adverse-event and target edges: what the
2026-12-03 trials found still wrong (history is no denial, an opening subordinate clause keeps
its cues, a target apposition is not denied, …)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import probed, rule_claims

_full = rule_claims

SUNITINIB, RCC = "DRUGBANK:DB01268", "MONDO:0005086"
ERLOTINIB, PANCREATIC = "DRUGBANK:DB00530", "MONDO:0021040"
IPILIMUMAB, NIVOLUMAB, COLITIS, MELANOMA = "DRUGBANK:DB06186", "DRUGBANK:DB09035", "MONDO:0005292", "MONDO:0005105"
SORAFENIB, HFSR = "DRUGBANK:DB00398", "kgr:ae-palmar-plantar-erythrodysesthesia"
BEVACIZUMAB, GLIOBLASTOMA = "DRUGBANK:DB00112", "MONDO:0018177"
IMATINIB, CML, GIST = "CHEBI:45783", "MONDO:0011996", "MONDO:0011719"
EVEROLIMUS, HCC = "DRUGBANK:DB01590", "MONDO:0007256"


@pytest.mark.parametrize(("text", "expected"), [
    # A cue inside an opening "Although …," clause stays there.
    ("Although sunitinib did not prolong overall survival, it improved progression-free survival in patients "
     "with renal cell carcinoma.", [(SUNITINIB, "treats", RCC, False, None)]),
    ("Although not statistically significant, erlotinib improved survival in patients with pancreatic cancer.",
     [(ERLOTINIB, "treats", PANCREATIC, False, None)]),
    ("Although no patient discontinued treatment, sorafenib caused hand-foot skin reaction in 30% of patients.",
     [(SORAFENIB, "causesAdverseEvent", HFSR, False, None)]),
    # … the main clause's hedge does not reach into it, nor its hedge into the main clause
    ("Although ipilimumab may cause colitis, nivolumab was effective in melanoma.",
     [(IPILIMUMAB, "causesAdverseEvent", COLITIS, False, "may"), (NIVOLUMAB, "treats", MELANOMA, False, None)]),
    ("Although imatinib was effective in chronic myeloid leukemia, it did not improve survival in "
     "gastrointestinal stromal tumor.",
     [(IMATINIB, "treats", CML, False, None), (IMATINIB, "treats", GIST, True, "did not")]),
    # near miss: a cue of the main clause still denies it
    ("Although the sample was small, bevacizumab did not improve survival in patients with glioblastoma.",
     [(BEVACIZUMAB, "treats", GLIOBLASTOMA, True, "did not")]),
    # … and one of the opening clause, where the claim is that clause's
    ("Although rituximab did not improve survival, it was well tolerated in patients with follicular lymphoma.",
     [("DRUGBANK:DB00073", "treats", "MONDO:0018906", True, "did not")]),
    # the main clause's event is no disease the opening clause's drug treats
    ("Although everolimus was effective in renal cell carcinoma, stomatitis was common.",
     [(EVEROLIMUS, "treats", RCC, False, None)]),
    ("While sorafenib did not improve response rates, it prolonged survival in hepatocellular carcinoma.",
     [(SORAFENIB, "treats", HCC, False, None)]),
])
def test_although_clause_keeps_its_cues(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


VEMURAFENIB, NILOTINIB, DASATINIB = "DRUGBANK:DB08881", "DRUGBANK:DB04868", "DRUGBANK:DB01254"
DABRAFENIB, TRAMETINIB = "DRUGBANK:DB08912", "DRUGBANK:DB08911"
NSCLC = "MONDO:0005233"


@pytest.mark.parametrize(("text", "expected"), [
    # "no prior therapy", "without prior chemotherapy", "naive to": the patients' history,
    # which denies nothing of the drug they then received
    ("Patients with advanced melanoma who had received no prior therapy were treated with vemurafenib.",
     [(VEMURAFENIB, "treats", MELANOMA, False, None)]),
    ("We enrolled 120 patients with chronic myeloid leukemia with no prior tyrosine kinase inhibitor therapy "
     "who received nilotinib.", [(NILOTINIB, "treats", CML, False, None)]),
    ("Eligible patients had no prior systemic therapy for melanoma and received dabrafenib plus trametinib.",
     [(DABRAFENIB, "treats", MELANOMA, False, None), (TRAMETINIB, "treats", MELANOMA, False, None)]),
    ("Patients with no previous treatment for hepatocellular carcinoma received sorafenib.",
     [(SORAFENIB, "treats", HCC, False, None)]),
    ("Patients with non-small cell lung cancer without prior chemotherapy received erlotinib.",
     [(ERLOTINIB, "treats", NSCLC, False, None)]),
    ("Patients with chronic myeloid leukemia naive to tyrosine kinase inhibitors received dasatinib.",
     [(DASATINIB, "treats", CML, False, None)]),
    # the drug they had none of treats nothing, denied or not
    ("Patients with chronic myeloid leukemia and no previous imatinib therapy received dasatinib.",
     [(DASATINIB, "treats", CML, False, None)]),
    # near misses: the drug itself in the denied phrase, or denied by the clause's own verb
    ("Patients with chronic myeloid leukemia without prior imatinib were included.", []),
    ("Sorafenib did not improve survival in patients with hepatocellular carcinoma.",
     [(SORAFENIB, "treats", HCC, True, "did not")]),
])
def test_no_prior_therapy_is_history(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


LENALIDOMIDE, MYELOMA = "DRUGBANK:DB00480", "MONDO:0009693"
PEMBROLIZUMAB = "DRUGBANK:DB09037"


@pytest.mark.parametrize(("text", "expected"), [
    # A null dose result denies the dose's relationship, not the drug's effect.
    ("No dose-response relationship was observed for everolimus in patients with renal cell carcinoma.",
     [(EVEROLIMUS, "treats", RCC, False, None)]),
    ("No clear dose-response relationship was found for lenalidomide in multiple myeloma.",
     [(LENALIDOMIDE, "treats", MYELOMA, False, None)]),
    ("No exposure-response relationship was identified for pembrolizumab in melanoma.",
     [(PEMBROLIZUMAB, "treats", MELANOMA, False, None)]),
    ("The response to lenalidomide in multiple myeloma was not dose-dependent.",
     [(LENALIDOMIDE, "treats", MYELOMA, False, None)]),
    ("A dose-response relationship was not observed for nivolumab in melanoma.",
     [(NIVOLUMAB, "treats", MELANOMA, False, None)]),
    ("Efficacy did not differ between doses of sotorasib in non-small cell lung cancer.",
     [("DRUGBANK:DB15569", "treats", "MONDO:0005233", False, None)]),
    # near miss: no effect at all is still denied
    ("Sunitinib showed no efficacy in renal cell carcinoma.", [(SUNITINIB, "treats", RCC, True, "no")]),
])
def test_null_dose_result_is_no_denial(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


METFORMIN, T2DM, CKD = "DRUGBANK:DB00331", "MONDO:0005148", "MONDO:0005300"
DABIGATRAN, AF, RENAL_IMPAIRMENT = "DRUGBANK:DB14726", "MONDO:0004981", "MONDO:0005240"
AUTOIMMUNE = "MONDO:0007179"


@pytest.mark.parametrize(("text", "expected"), [
    # The patients a caution is about have no indication, by the rules or the pair classifier.
    ("Nivolumab is effective in melanoma but should be used cautiously in patients with autoimmune disease.",
     {(NIVOLUMAB, "treats", MELANOMA)}),
    ("Metformin, a first-line therapy for type 2 diabetes mellitus, should be used with caution in patients with "
     "chronic kidney disease.", {(METFORMIN, "treats", T2DM)}),
    ("Dabigatran is effective for atrial fibrillation but is contraindicated in patients with severe renal "
     "impairment.", {(DABIGATRAN, "treats", AF)}),
    # near miss: the patients' own disease, with no caution, is still treated
    ("Metformin is the first-line treatment for type 2 diabetes mellitus in patients with chronic kidney disease.",
     {(METFORMIN, "treats", T2DM), (METFORMIN, "treats", CKD)}),
])
def test_used_cautiously_in_is_no_treatment(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions if a.predicate == "treats"}
    assert found == expected
    assert not any(o in (AUTOIMMUNE, RENAL_IMPAIRMENT) for _, _, o in found)


DOLUTEGRAVIR, HIV = "DRUGBANK:DB08930", "MONDO:0005109"


@pytest.mark.parametrize(("text", "expected"), [
    # "X was superior to Y in D": X treats D, the comparator nothing.
    ("Nilotinib was superior to imatinib in patients with newly diagnosed chronic myeloid leukemia.",
     [(NILOTINIB, "treats", CML, False, None)]),
    ("Vemurafenib was superior to dacarbazine in previously untreated melanoma.",
     [(VEMURAFENIB, "treats", MELANOMA, False, None)]),
    ("Dolutegravir was noninferior to efavirenz in adults with HIV-1 infection.",
     [(DOLUTEGRAVIR, "treats", HIV, False, None)]),
    # near miss: the loser of "inferior to" is not said to treat
    ("Imatinib was inferior to sunitinib in gastrointestinal stromal tumor.", []),
])
def test_superior_to_treats(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


BRAF, EGFR = "HGNC:1097", "HGNC:3236"
ALPELISIB, PIK3CA, ESR1 = "DRUGBANK:DB12015", "HGNC:8975", "HGNC:3467"
SELUMETINIB, ERBB3 = "DRUGBANK:DB11689", "HGNC:3431"


@pytest.mark.parametrize(("text", "expected"), [
    # The cell's feedback to a drug is no target of the drug, by the rules or the pair classifier.
    ("Vemurafenib inhibits BRAF but induces feedback activation of EGFR.", {(VEMURAFENIB, "inhibits", BRAF)}),
    ("Alpelisib inhibits PIK3CA, which relieves feedback inhibition of ESR1.", {(ALPELISIB, "inhibits", PIK3CA)}),
    ("Trametinib induced feedback activation of AKT.", set()),
    ("Selumetinib caused compensatory upregulation of ERBB3 and feedback activation of PIK3CA.", set()),
    # near miss: a gene the drug itself acts on, after another's activation
    ("Vemurafenib induced paradoxical activation of the MAPK pathway and also inhibited EGFR.",
     {(VEMURAFENIB, "inhibits", EGFR)}),
])
def test_feedback_activation_is_no_target(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions
             if a.predicate in ("inhibits", "targets", "interactsWith")}
    assert found == expected


ISONIAZID, HEPATITIS = "DRUGBANK:DB00951", "MONDO:0002251"


@pytest.mark.parametrize(("text", "expected"), [
    # What a drug induced in a disease's cells is the model's answer, no harm.
    ("Trametinib induced feedback activation of AKT in BRAF-mutant melanoma cells.", set()),
    ("Everolimus induced feedback activation of AKT1 in breast cancer cells.", set()),
    # near miss: a patient's harm the drug induced
    ("Isoniazid induced hepatitis in 3 patients.", {(ISONIAZID, "causesAdverseEvent", HEPATITIS)}),
])
def test_disease_model_is_no_harm(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions if a.predicate == "causesAdverseEvent"}
    assert found == expected


ADALIMUMAB, PSORIASIS, LAMOTRIGINE, RASH = "DRUGBANK:DB00051", "MONDO:0005083", "DRUGBANK:DB00555", "kgr:ae-rash"


@pytest.mark.parametrize(("text", "expected"), [
    # An event that went with steroids or after the drug was stopped: neither treated nor caused here.
    ("In all patients treated with ipilimumab, colitis resolved with steroids.", []),
    ("Colitis resolved after ipilimumab was discontinued.", []),
    ("Pneumonitis resolved within 4 weeks after discontinuation of nivolumab.", []),
    # … but the rash "which resolved" after the drug was stopped is still reported as its harm
    ("The rash, which resolved after discontinuation of lamotrigine, recurred on rechallenge.",
     [(LAMOTRIGINE, "causesAdverseEvent", RASH, False, None)]),
    # near miss: a disease that resolved on the drug is treated
    ("In patients treated with adalimumab, psoriasis resolved completely.",
     [(ADALIMUMAB, "treats", PSORIASIS, False, None)]),
])
def test_resolution_is_no_assertion_of_harm_or_treatment(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


HYPERTENSION, DIABETES, AMIODARONE = "MONDO:0005044", "MONDO:0005015", "DRUGBANK:DB01118"
DIZZINESS = "MESH:D004244"


@pytest.mark.parametrize(("text", "expected"), [
    # A person's conditions, down their list, are no events of the drug they then took.
    ("A 45-year-old man with hypertension and diabetes developed rash after starting lamotrigine.",
     {(LAMOTRIGINE, "causesAdverseEvent", RASH)}),
    ("A 60-year-old woman with atrial fibrillation, hypertension and diabetes mellitus developed hepatitis after "
     "starting amiodarone.", {(AMIODARONE, "causesAdverseEvent", HEPATITIS)}),
    ("In patients with hypertension, lamotrigine caused dizziness.", {(LAMOTRIGINE, "causesAdverseEvent", DIZZINESS)}),
    ("Patients with comorbid diabetes and hypertension had more adverse events on nivolumab.", set()),
    # near miss: the same diseases reported as the drug's events are
    ("Hypertension and diabetes were reported in 10% of patients receiving sunitinib.",
     {(SUNITINIB, "causesAdverseEvent", HYPERTENSION), (SUNITINIB, "causesAdverseEvent", DIABETES)}),
])
def test_comorbidities_are_no_events(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions if a.predicate == "causesAdverseEvent"}
    assert found == expected


HEADACHE, NEUTROPENIA, THROMBOCYTOPENIA, ANEMIA = "MESH:D006261", "MONDO:0001475", "MONDO:0002049", "kgr:ae-anemia"


@pytest.mark.parametrize(("text", "expected"), [
    # Every item of a "mainly …" list of events is an event of the drug.
    ("Adverse events of lamotrigine were mainly dizziness, headache and rash.",
     {(LAMOTRIGINE, DIZZINESS), (LAMOTRIGINE, HEADACHE), (LAMOTRIGINE, RASH)}),
    ("Toxicities of sunitinib were predominantly hematologic, mainly neutropenia, anemia and thrombocytopenia.",
     {(SUNITINIB, NEUTROPENIA), (SUNITINIB, ANEMIA), (SUNITINIB, THROMBOCYTOPENIA)}),
    # near miss: the patients' disease after "were … in patients with" is no item
    ("Adverse events of lamotrigine were more frequent in patients with hypertension.", set()),
])
def test_mainly_lists_of_events(text: str, expected: set) -> None:
    assert {(s, o) for s, p, o, _, _ in _full(text) if p == "causesAdverseEvent"} == expected


BCR, ABL, GEFITINIB, TOCILIZUMAB, IL6R = "HGNC:1014", "HGNC:76", "DRUGBANK:DB00317", "DRUGBANK:DB06273", "HGNC:6019"


@pytest.mark.parametrize(("text", "expected"), [
    # The apposition's target stands, whatever the main clause denies; a fusion's genes are one name.
    ("Imatinib, a BCR-ABL inhibitor, did not improve survival in patients with chronic myeloid leukemia.",
     [(IMATINIB, "treats", CML, True, "did not"), (IMATINIB, "inhibits", ABL, False, None),
      (IMATINIB, "inhibits", BCR, False, None)]),
    ("The BCR-ABL inhibitor nilotinib was effective in chronic myeloid leukemia.",
     [(NILOTINIB, "treats", CML, False, None), (NILOTINIB, "inhibits", ABL, False, None),
      (NILOTINIB, "inhibits", BCR, False, None)]),
    ("Gefitinib, an EGFR inhibitor, did not improve survival in patients with non-small cell lung cancer.",
     [(GEFITINIB, "treats", NSCLC, True, "did not"), (GEFITINIB, "inhibits", EGFR, False, None)]),
    ("Tocilizumab, an IL-6 receptor antagonist, did not improve survival in COVID-19.",
     [(TOCILIZUMAB, "treats", "MONDO:0100096", True, "did not"), (TOCILIZUMAB, "inhibits", IL6R, False, None)]),
    # near miss: a denial of the target itself still denies it
    ("Gefitinib did not inhibit EGFR in resistant cells.", [(GEFITINIB, "inhibits", EGFR, True, "did not")]),
])
def test_target_apposition_is_not_denied(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


ALECTINIB, ALK, MET = "DRUGBANK:DB11363", "HGNC:427", "HGNC:7029"
CAPMATINIB = "DRUGBANK:DB11791"


@pytest.mark.parametrize(("text", "expected"), [
    # A gene apposed to its own drug is that drug's, not another's of the sentence (rules or pairs).
    ("The MEK inhibitor trametinib and the BRAF inhibitor dabrafenib were combined in melanoma.",
     {(DABRAFENIB, "inhibits", BRAF)}),
    ("The ALK inhibitor alectinib was compared with crizotinib in ALK-positive lung cancer.",
     {(ALECTINIB, "inhibits", ALK)}),
    # … nor is the gene of the cells' alteration a target
    ("The EGFR inhibitor gefitinib inhibited growth of cells with MET amplification.",
     {(GEFITINIB, "inhibits", EGFR)}),
    # near miss: each drug with its own named gene
    ("The EGFR inhibitor gefitinib was combined with the MET inhibitor capmatinib.",
     {(GEFITINIB, "inhibits", EGFR), (CAPMATINIB, "inhibits", MET)}),
])
def test_gene_apposed_to_its_own_drug(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions
             if a.predicate in ("inhibits", "targets", "interactsWith")}
    assert found == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Nilotinib demonstrated superiority over imatinib in chronic myeloid leukemia.",
     [(NILOTINIB, "treats", CML, False, None)]),
    ("In chronic myeloid leukemia, dasatinib was superior to imatinib.", [(DASATINIB, "treats", CML, False, None)]),
    # every drug of the comparator's arm is the comparator
    ("Imatinib was superior to interferon alfa plus cytarabine for newly diagnosed chronic myeloid leukemia.",
     [(IMATINIB, "treats", CML, False, None)]),
    # near miss: denied superiority is denied
    ("Nilotinib was not superior to imatinib in chronic myeloid leukemia.", [(NILOTINIB, "treats", CML, True, "was not")]),
])
def test_superior_more_shapes(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


HER2, PERIPHERAL_NEUROPATHY, HEPATOTOXICITY = "HGNC:3430", "MONDO:0003620", "kgr:ae-hepatotoxicity"


@pytest.mark.parametrize(("text", "expected"), [
    # The opening clause's cue stays with its own target or event.
    ("Although gefitinib did not inhibit HER2, it potently inhibited EGFR.",
     [(GEFITINIB, "inhibits", HER2, True, "did not"), (GEFITINIB, "inhibits", EGFR, False, None)]),
    ("Although hepatotoxicity was not observed, isoniazid caused peripheral neuropathy in 5 patients.",
     [(ISONIAZID, "causesAdverseEvent", HEPATOTOXICITY, True, "was not"),
      (ISONIAZID, "causesAdverseEvent", PERIPHERAL_NEUROPATHY, False, None)]),
])
def test_although_clause_targets_and_events(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


PD1 = "HGNC:8760"


@pytest.mark.parametrize(("text", "expected"), [
    # A class the patients had no course of is their history, no target of the drug they then received.
    ("Patients with no prior anti-PD-1 therapy received pembrolizumab for melanoma.", set()),
    # near miss: the drug's own apposition names its target
    ("Pembrolizumab, an anti-PD-1 antibody, was given to patients with melanoma.", {(PEMBROLIZUMAB, "targets", PD1)}),
])
def test_no_prior_class_is_no_target(text: str, expected: set) -> None:
    found = {(a.subject, a.predicate, a.object) for a in probed(text).assertions
             if a.predicate in ("inhibits", "targets", "interactsWith")}
    assert found == expected


BICTEGRAVIR = "DRUGBANK:DB11799"


@pytest.mark.parametrize(("text", "expected"), [
    # "Treatment-naive", "previously treated with", "X-pretreated": history, no treatment claim.
    ("Treatment-naive patients with melanoma had higher LDH levels than patients previously treated with "
     "ipilimumab.", set()),
    ("Treatment-naive and imatinib-pretreated patients with chronic myeloid leukemia were enrolled.", set()),
    # near miss: the drug the treatment-naive patients were assigned treats
    ("Treatment-naive patients with HIV-1 infection were randomized to bictegravir or dolutegravir.",
     {(BICTEGRAVIR, "treats", HIV), (DOLUTEGRAVIR, "treats", HIV)}),
])
def test_treatment_naive_is_history(text: str, expected: set) -> None:
    assert {(a.subject, a.predicate, a.object) for a in probed(text).assertions if a.predicate == "treats"} == expected


def test_approval_stays_in_its_clause() -> None:
    # The opening clause's approval is not the main clause's, whose own cue denies its treatment.
    assert sorted(_full("While nivolumab is approved for melanoma, it did not improve survival in renal cell "
                        "carcinoma.")) == [(NIVOLUMAB, "approvedFor", MELANOMA, False, None),
                                           (NIVOLUMAB, "treats", RCC, True, "did not")]
