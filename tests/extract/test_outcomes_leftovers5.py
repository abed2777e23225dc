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
