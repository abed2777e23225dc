"""Outcome records a new user's trial found wrong (trial 5): shared-unit medians, significance,
relative reductions, absolute changes and threshold endpoints, the arm column."""

from __future__ import annotations

from decimal import Decimal

import pytest

from kg.extract import extract
from kg.model import Extraction
from tests.extract.helpers import SHIPPED, document


def run(abstract: str, title: str = "A study.") -> Extraction:
    """Extract with the shipped lexicon, rules only."""
    return extract(document(abstract, title), SHIPPED)


def _medians(sentence: str) -> list[tuple[object, ...]]:
    return [(o.endpoint, o.value, o.unit, o.drug, o.arm.label if o.arm else None,
             o.comparator_arm.label if o.comparator_arm else None)
            for o in run(sentence).outcomes if o.statistic == "median"]


PFS, OS = "kgr:endpoint-progression-free-survival", "kgr:endpoint-overall-survival"
NIVOLUMAB, DOCETAXEL, REGORAFENIB = "DRUGBANK:DB09035", "DRUGBANK:DB01248", "DRUGBANK:DB08896"


@pytest.mark.parametrize(("sentence", "expected"), [
    # found by a new user's trial: "median 3.9 vs 2.8 months" gave no median at all
    ("Progression-free survival was similar with nivolumab and docetaxel (median 3.9 vs 2.8 months; "
     "hazard ratio 0.93, 95% CI 0.71-1.22).",
     [(PFS, Decimal("3.9"), "months", NIVOLUMAB, "Nivolumab", "Docetaxel"),
      (PFS, Decimal("2.8"), "months", DOCETAXEL, "Docetaxel", "Nivolumab")]),
    ("Progression-free survival was longer with regorafenib than with placebo (median 8.4 vs 4.8 months; "
     "hazard ratio 0.27, 95% CI 0.19-0.39).",
     [(PFS, Decimal("8.4"), "months", REGORAFENIB, None, "placebo"),
      (PFS, Decimal("4.8"), "months", None, "placebo", None)]),
    # the arms named after both values are theirs in order, not the second value's alone
    ("Median overall survival was 12.2 versus 9.4 months with nivolumab and docetaxel.",
     [(OS, Decimal("12.2"), "months", NIVOLUMAB, "Nivolumab", "Docetaxel"),
      (OS, Decimal("9.4"), "months", DOCETAXEL, "Docetaxel", "Nivolumab")]),
    ("Median overall survival was 6.4 and 5.0 months, respectively, with regorafenib and placebo.",
     [(OS, Decimal("6.4"), "months", REGORAFENIB, "Regorafenib", "placebo"),
      (OS, Decimal("5.0"), "months", None, "placebo", "Regorafenib")]),
])
def test_medians_sharing_one_unit(sentence: str, expected: list[tuple[object, ...]]) -> None:
    assert _medians(sentence) == expected


def test_a_range_of_treatment_times_is_not_two_medians() -> None:
    # near miss: "between 3 and 6 months" is a range, not a second arm's median
    assert _medians("Median overall survival was 11.2 months in patients treated for between 3 and 6 months "
                    "with nivolumab.") == [(OS, Decimal("11.2"), "months", NIVOLUMAB, None, None)]


def test_medians_with_their_own_units_are_unchanged() -> None:
    assert _medians("Progression-free survival was longer with regorafenib than with placebo (median 5.6 months "
                    "vs 4.5 months; hazard ratio 0.49).") == [
        (PFS, Decimal("5.6"), "months", REGORAFENIB, None, "placebo"),
        (PFS, Decimal("4.5"), "months", None, "placebo", None)]
