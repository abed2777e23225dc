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
