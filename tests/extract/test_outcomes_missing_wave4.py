"""Outcome records new users' trial reports found missing or misread (wave 4)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a neurology user: a plain change of 1.61 days, no comparator nor interval
    ("Erenumab reduced monthly migraine days by 1.61 days more than placebo (95% CI -2.70 to -0.52).",
     [("kgr:endpoint-monthly-migraine-days", "difference", "DRUGBANK:DB14039", Decimal("-1.61"), "days",
       Decimal("-2.70"), Decimal("-0.52"), "reduced", "placebo")]),
    ("Fremanezumab reduced monthly migraine days by 1.5 days compared with placebo.",
     [("kgr:endpoint-monthly-migraine-days", "difference", "DRUGBANK:DB14041", Decimal("-1.5"), "days",
       None, None, "reduced", "placebo")]),
])
def test_difference_by_an_amount(sentence: str, expected: list[tuple[object, ...]]) -> None:
    got = [(o.endpoint, o.statistic, o.drug, o.value, o.unit, o.ci_lower, o.ci_upper, o.effect,
            o.comparator_arm.label if o.comparator_arm else None) for o in run(sentence).outcomes]
    assert got == expected
