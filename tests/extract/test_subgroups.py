"""A subgroup no mutation defines is the record's kg:subgroup (hepatology, dermatology and
precision-oncology users: a subgroup's result read as the whole trial's)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.extract.helpers import probed


def _records(text: str) -> list[tuple[str, Decimal | None, str | None]]:
    return [(o.endpoint, o.percent if o.percent is not None else o.hazard_ratio or o.value, o.subgroup)
            for o in probed(text).outcomes]


OS, REMISSION = "kgr:endpoint-overall-survival", "kgr:endpoint-remission"


@pytest.mark.parametrize(("text", "expected"), [
    ("In the subgroup with non-viral aetiology, the overall survival benefit of atezolizumab plus bevacizumab was "
     "not statistically significant (HR 1.05, 95% CI 0.68-1.63).",
     [(OS, Decimal("1.05"), "subgroup with non-viral aetiology")]),
    ("In patients with high tumour MET expression, cabozantinib did not improve overall survival compared with "
     "placebo (HR 0.92; 95% CI 0.61-1.39).",
     [(OS, Decimal("0.92"), "patients with high tumour MET expression")]),
    ("Among patients with prior failure of anti-TNF therapy, clinical remission rates were 17.9% with upadacitinib "
     "and 0.4% with placebo.",
     [(REMISSION, Decimal("17.9"), "patients with prior failure of anti-TNF therapy"),
      (REMISSION, Decimal("0.4"), "patients with prior failure of anti-TNF therapy")]),
    ("However, in patients aged 65 years or older, the objective response rate was 30% with nivolumab.",
     [("kgr:endpoint-objective-response", Decimal("30"), "patients aged 65 years or older")]),
    # a subgroup analysis named before its patients
    ("In a prespecified subgroup analysis of patients with baseline brain metastases, median progression-free "
     "survival was 9.1 months with lorlatinib.",
     [("kgr:endpoint-progression-free-survival", Decimal("9.1"), "patients with baseline brain metastases")]),
])
def test_a_fronted_subgroup_is_the_records(text: str, expected: list[tuple[object, ...]]) -> None:
    assert _records(text) == expected


def test_a_contrasted_subgroup_holds_from_its_phrase_on() -> None:
    text = ("Among patients with a high interferon gene signature, the BICLA response was 48.0% with anifrolumab versus "
            "30.7% with placebo, whereas among patients with a low signature, the response was 41.2% versus 38.5%.")
    assert [(p, s) for _, p, s in _records(text)] == [
        (Decimal("48.0"), "patients with a high interferon gene signature"),
        (Decimal("30.7"), "patients with a high interferon gene signature"),
        (Decimal("41.2"), "patients with a low signature"), (Decimal("38.5"), "patients with a low signature")]


@pytest.mark.parametrize("text", [
    # the paper's population, an arm, an analysis set: no subgroup
    "In patients with hepatocellular carcinoma, sorafenib improved overall survival (HR 0.69; 95% CI 0.55-0.87).",
    "In the placebo group, the response rate was 12% at week 12.",
    "Among patients who received upadacitinib, clinical remission was 26.1% at week 8.",
    "In the intention-to-treat population, median overall survival was 19.2 months with atezolizumab.",
])
def test_no_subgroup_where_the_phrase_names_the_population_an_arm_or_an_analysis_set(text: str) -> None:
    assert [s for _, _, s in _records(text)] == [None] * len(probed(text).outcomes)
    assert probed(text).outcomes


def test_a_mutation_stratum_takes_no_subgroup() -> None:
    [record] = probed("In patients with EGFR T790M, the objective response rate was 71% with osimertinib.").outcomes
    assert (record.mutation, record.stratum_has_mutation, record.subgroup) == ("kgr:mutation-EGFR-T790M", True, None)
