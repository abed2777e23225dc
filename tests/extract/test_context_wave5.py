"""Negation, context and who does what for treats, adverse-event and target edges: what the
2026-12-03 trials found still wrong (history is no denial, an opening subordinate clause keeps
its cues, a target apposition is not denied, …)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rule_claims

_full = rule_claims

SUNITINIB, RCC = "DRUGBANK:DB01268", "MONDO:0005086"
ERLOTINIB, PANCREATIC = "DRUGBANK:DB00530", "MONDO:0021040"
IPILIMUMAB, NIVOLUMAB, COLITIS, MELANOMA = "DRUGBANK:DB06186", "DRUGBANK:DB09035", "MONDO:0005292", "MONDO:0005105"
SORAFENIB, HFSR = "DRUGBANK:DB00398", "kgr:ae-palmar-plantar-erythrodysesthesia"
BEVACIZUMAB, GLIOBLASTOMA = "DRUGBANK:DB00112", "MONDO:0018177"
IMATINIB, CML, GIST = "CHEBI:45783", "MONDO:0011996", "MONDO:0011719"


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
])
def test_although_clause_keeps_its_cues(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)


VEMURAFENIB, NILOTINIB, DASATINIB = "DRUGBANK:DB08881", "DRUGBANK:DB04868", "DRUGBANK:DB01254"
DABRAFENIB, TRAMETINIB = "DRUGBANK:DB08912", "DRUGBANK:DB08911"
NSCLC, HCC = "MONDO:0005233", "MONDO:0007256"


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
    # near misses: the drug itself in the denied phrase, or denied by the clause's own verb
    ("Patients with chronic myeloid leukemia without prior imatinib were included.", []),
    ("Sorafenib did not improve survival in patients with hepatocellular carcinoma.",
     [(SORAFENIB, "treats", HCC, True, "did not")]),
])
def test_no_prior_therapy_is_history(text: str, expected: list) -> None:
    assert sorted(_full(text)) == sorted(expected)
