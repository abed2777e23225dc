"""Outcome records other helpers found wrong: counts, comparators, subgroups, timepoints (leftovers 5)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction, StudyArm
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _label(arm: StudyArm | None) -> str | None:
    return arm.label if arm else None


def _counts(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (count, denominator, percent, drug, arm label)."""
    return [(o.count, o.denominator, o.percent, o.drug, _label(o.arm)) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the slash is "of": 30 of 148, not a count of 148
    ("Grade 3 or higher neutropenia occurred in 30/148 (20.3%) patients receiving palbociclib.",
     [(30, 148, Decimal("20.3"), "DRUGBANK:DB09073", None)]),
    ("Serious infections were reported in 12/240 (5.0%) patients with tofacitinib and 4/236 (1.7%) with placebo.",
     [(12, 240, Decimal("5.0"), "DRUGBANK:DB08895", None),
      (4, 236, Decimal("1.7"), None, "placebo")]),
    # near misses: a count with no denominator, and one whose denominator follows
    ("Pneumonitis occurred in 12 (4.5%) patients treated with durvalumab.",
     [(12, None, Decimal("4.5"), "DRUGBANK:DB11714", None)]),
    ("Neutropenia occurred in 30 (20.3%) of 148 patients receiving palbociclib.",
     [(30, 148, Decimal("20.3"), "DRUGBANK:DB09073", None)]),
])
def test_a_slashed_count_is_count_of_denominator(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _counts(sentence) == expected


def _compared(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (statistic, endpoint, drug, comparator label, value, hazard ratio)."""
    return [(o.statistic, o.endpoint, o.drug, _label(o.comparator_arm), o.value, o.hazard_ratio)
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # the control's partner is no drug of the result: the drug after the comma is
    ("Compared with placebo plus methotrexate, secukinumab improved the ACR20 response rate at week 24.",
     [("qualitative", "kgr:endpoint-acr20", "DRUGBANK:DB09029", "placebo plus methotrexate", None, None)]),
    ("Compared with placebo plus metformin, sitagliptin reduced HbA1c by 0.7%.",
     [("change", "kgr:endpoint-hba1c", "DRUGBANK:DB01261", "placebo plus metformin", Decimal("0.7"), None)]),
    # near misses: a bare control, and a drug comparator
    ("Compared with placebo, secukinumab improved the ACR20 response rate at week 24.",
     [("qualitative", "kgr:endpoint-acr20", "DRUGBANK:DB09029", "placebo", None, None)]),
    ("Compared with methotrexate, secukinumab improved the ACR20 response rate at week 24.",
     [("qualitative", "kgr:endpoint-acr20", "DRUGBANK:DB09029", "methotrexate", None, None)]),
])
def test_a_lead_control_with_a_partner_is_the_comparator(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _compared(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ratio "for death" names all-cause mortality
    ("The hazard ratio for death with dapagliflozin versus placebo was 0.83 (95% CI, 0.71 to 0.97).",
     [("hazard ratio", "kgr:endpoint-all-cause-mortality", "DRUGBANK:DB06292", "placebo", None, Decimal("0.83"))]),
    ("The odds ratio for death with tocilizumab versus usual care was 0.85 (95% CI, 0.76 to 0.94).",
     [("odds ratio", "kgr:endpoint-all-cause-mortality", "DRUGBANK:DB06273", "usual care", Decimal("0.85"), None)]),
    # the comparison's comparator, led or after "than"
    ("Compared with placebo, inclisiran delayed the time to first cardiovascular event "
     "(hazard ratio, 0.75; 95% CI, 0.62 to 0.90).",
     [("hazard ratio", "kgr:endpoint-time-to-cardiovascular-event", "DRUGBANK:DB14901", "placebo", None,
       Decimal("0.75"))]),
    ("The risk of hospitalization was higher with febuxostat than with allopurinol (hazard ratio 1.4; 95% CI 1.1 to 1.8).",
     [("hazard ratio", "kgr:endpoint-hospitalization", "DRUGBANK:DB04854", "allopurinol", None, Decimal("1.4"))]),
    # near miss: death in a composite stays the composite
    ("The hazard ratio for death or hospitalization for heart failure with dapagliflozin versus placebo was 0.74 "
     "(95% CI, 0.65 to 0.85).",
     [("hazard ratio", "kgr:endpoint-death-or-heart-failure-hospitalization", "DRUGBANK:DB06292", "placebo", None,
       Decimal("0.74"))]),
])
def test_a_ratio_for_death_and_its_comparator(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _compared(sentence) == expected


def _rates(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (endpoint, drug, percent)."""
    return [(o.endpoint, o.drug, o.percent) for o in run(sentence).outcomes]


_NIVOLUMAB, _EVEROLIMUS, _IPILIMUMAB = "DRUGBANK:DB09035", "DRUGBANK:DB01590", "DRUGBANK:DB06186"
_LENVATINIB, _SORAFENIB = "DRUGBANK:DB09078", "DRUGBANK:DB00398"
_ORR, _CR = "kgr:endpoint-objective-response", "kgr:endpoint-complete-response"


@pytest.mark.parametrize(("sentence", "expected"), [
    # a pair of percentages after two drugs named earlier: one each, in order
    ("With nivolumab and everolimus, objective responses occurred in 25% and 5%, and complete responses in 10% and 4%.",
     [(_ORR, _NIVOLUMAB, Decimal("25")), (_ORR, _EVEROLIMUS, Decimal("5")),
      (_CR, _NIVOLUMAB, Decimal("10")), (_CR, _EVEROLIMUS, Decimal("4"))]),
    ("The objective response rates with lenvatinib and sorafenib were 24% and 9%, and complete responses in 10% and 4%.",
     [(_ORR, _LENVATINIB, Decimal("24")), (_ORR, _SORAFENIB, Decimal("9")),
      (_CR, _LENVATINIB, Decimal("10")), (_CR, _SORAFENIB, Decimal("4"))]),
    ("Objective response rates were 40% with nivolumab and 12% with ipilimumab, and complete responses in 10% and 4%.",
     [(_ORR, _NIVOLUMAB, Decimal("40")), (_ORR, _IPILIMUMAB, Decimal("12")),
      (_CR, _NIVOLUMAB, Decimal("10")), (_CR, _IPILIMUMAB, Decimal("4"))]),
    # near misses: a pair of timepoints, and a combination's pair
    ("Objective response rates with nivolumab were 40% and 31% at weeks 12 and 24, compared with ipilimumab.",
     [(_ORR, _NIVOLUMAB, Decimal("40")), (_ORR, _NIVOLUMAB, Decimal("31"))]),
    ("With nivolumab plus ipilimumab, objective responses occurred in 45% and complete responses in 10% and 4%.",
     [(_ORR, _NIVOLUMAB, Decimal("45")), (_CR, _NIVOLUMAB, Decimal("10")), (_CR, _NIVOLUMAB, Decimal("4"))]),
])
def test_a_pair_of_percentages_is_the_two_drugs(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _rates(sentence) == expected


def _subgroups(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (endpoint, drug, hazard ratio, lower bound, subgroup)."""
    return [(o.endpoint, o.drug, o.hazard_ratio, o.ci_lower, o.subgroup) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # one record per population, the second its subgroup's
    ("The hazard ratio for death with pembrolizumab was 0.66 in the overall population and 0.58 in patients with "
     "PD-L1 expression of 50% or more.",
     [("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB09037", Decimal("0.66"), None, None),
      ("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB09037", Decimal("0.58"), None,
       "patients with PD-L1 expression of 50% or more")]),
    ("The hazard ratio for disease progression or death with osimertinib was 0.46 (95% CI, 0.37 to 0.57) in the "
     "overall population and 0.41 (95% CI, 0.30 to 0.55) in patients with brain metastases.",
     [("kgr:endpoint-progression-free-survival", "DRUGBANK:DB09330", Decimal("0.46"), Decimal("0.37"), None),
      ("kgr:endpoint-progression-free-survival", "DRUGBANK:DB09330", Decimal("0.41"), Decimal("0.30"),
       "patients with brain metastases")]),
    ("The hazard ratio for death with atezolizumab was 0.73 overall and 0.59 in patients with high tumor "
     "mutational burden.",
     [("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB11595", Decimal("0.73"), None, None),
      ("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB11595", Decimal("0.59"), None,
       "patients with high tumor mutational burden")]),
    ("The hazard ratio for progression-free survival with olaparib was 0.30 in the intention-to-treat population "
     "and 0.19 among patients with a BRCA mutation.",
     [("kgr:endpoint-progression-free-survival", "DRUGBANK:DB09074", Decimal("0.30"), None, None),
      ("kgr:endpoint-progression-free-survival", "DRUGBANK:DB09074", Decimal("0.19"), None,
       "patients with a BRCA mutation")]),
    # near misses: patients named by what they received, or a group, are an arm, no subgroup
    ("The hazard ratio for death with atezolizumab was 0.73 overall and 0.59 in the atezolizumab group.",
     [("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB11595", Decimal("0.73"), None, None)]),
    ("The hazard ratio for death with pembrolizumab was 0.66 in the overall population and 0.58 in patients "
     "receiving the higher dose.",
     [("kgr:endpoint-all-cause-mortality", "DRUGBANK:DB09037", Decimal("0.66"), None, None)]),
])
def test_a_subgroup_s_ratio_after_the_overall_one(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _subgroups(sentence) == expected


def _times(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (drug, arm label, percent, timepoint)."""
    return [(o.drug, _label(o.arm), o.percent, o.timepoint) for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a trial told by its length is the time of its results
    ("In the 52-week trial, the ACR20 response rate was 45% with tofacitinib.",
     [("DRUGBANK:DB08895", None, Decimal("45"), "week 52")]),
    ("During the 24-week double-blind period, the ACR20 response rate was 51% with upadacitinib and 28% with placebo.",
     [("DRUGBANK:DB15091", None, Decimal("51"), "week 24"), (None, "placebo", Decimal("28"), "week 24")]),
    # near misses: a run-in is no time of results, and a time named nearer wins
    ("After a 4-week run-in period, the ACR20 response rate was 45% with tofacitinib.",
     [("DRUGBANK:DB08895", None, Decimal("45"), None)]),
    ("In the 52-week trial, the ACR20 response rate at week 24 was 45% with tofacitinib.",
     [("DRUGBANK:DB08895", None, Decimal("45"), "week 24")]),
])
def test_a_trial_s_length_is_its_timepoint(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _times(sentence) == expected


def _endpoints(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (statistic, endpoint, adverse event, drug, arm label, percent or value, hazard ratio)."""
    return [(o.statistic, o.endpoint, o.adverse_event, o.drug, _label(o.arm), o.percent or o.value, o.hazard_ratio)
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # fractures are osteoporosis trials' endpoints
    ("The incidence of new vertebral fractures was 2.3% with denosumab and 7.3% with placebo.",
     [("rate", "kgr:endpoint-vertebral-fracture", None, "DRUGBANK:DB06643", None, Decimal("2.3"), None),
      ("rate", "kgr:endpoint-vertebral-fracture", None, None, "placebo", Decimal("7.3"), None)]),
    ("Nonvertebral fractures occurred in 6.5% of women receiving denosumab and 8.0% of those receiving placebo "
     "(hazard ratio 0.80; 95% CI 0.67 to 0.95).",
     [("rate", "kgr:endpoint-nonvertebral-fracture", None, "DRUGBANK:DB06643", None, Decimal("6.5"), None),
      ("rate", "kgr:endpoint-nonvertebral-fracture", None, None, "placebo", Decimal("8.0"), None),
      ("hazard ratio", "kgr:endpoint-nonvertebral-fracture", None, "DRUGBANK:DB06643", None, None, Decimal("0.80"))]),
    ("The risk of hip fracture was reduced with zoledronic acid (hazard ratio, 0.59; 95% CI, 0.42 to 0.83).",
     [("hazard ratio", "kgr:endpoint-hip-fracture", None, "DRUGBANK:DB00399", None, None, Decimal("0.59"))]),
    ("Romosozumab reduced the risk of new vertebral fracture by 73% compared with placebo.",
     [("relative change", "kgr:endpoint-vertebral-fracture", None, "DRUGBANK:DB11866", None, Decimal("73"), None)]),
    # near miss: bone fractures as a harm stay an adverse event's rate
    ("Bone fractures occurred in 4.0% of patients receiving canagliflozin and 2.6% of those receiving placebo.",
     [("rate", "kgr:endpoint-adverse-event-rate", "MONDO:0005315", "DRUGBANK:DB08907", None, Decimal("4.0"), None),
      ("rate", "kgr:endpoint-adverse-event-rate", "MONDO:0005315", None, "placebo", Decimal("2.6"), None)]),
])
def test_fractures_are_endpoints(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _endpoints(sentence) == expected


def _risks(sentence: str) -> list[tuple[object, ...]]:
    """Each record as (statistic, adverse event, drug, comparator label, hazard ratio)."""
    return [(o.statistic, o.adverse_event, o.drug, _label(o.comparator_arm), o.hazard_ratio)
            for o in run(sentence).outcomes]


@pytest.mark.parametrize(("sentence", "expected"), [
    # a ratio of the risk of a disease, no endpoint named: the disease is what it measures
    ("The risk of stroke was higher with warfarin than with apixaban (hazard ratio 1.27; 95% CI 1.05 to 1.54).",
     [("hazard ratio", "MONDO:0005098", "DRUGBANK:DB00682", "apixaban", Decimal("1.27"))]),
    ("As compared with placebo, finerenone lowered the risk of kidney failure (hazard ratio, 0.82; 95% CI, 0.73 to 0.93).",
     [("hazard ratio", "MONDO:0001106", "DRUGBANK:DB16165", "placebo", Decimal("0.82"))]),
    # near miss: no ratio, no record
    ("The risk of stroke was lower with apixaban than with warfarin.", []),
])
def test_a_ratio_of_a_disease_s_risk(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _risks(sentence) == expected
