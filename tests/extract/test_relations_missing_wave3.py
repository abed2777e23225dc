"""Relation rules: drug–disease, drug–target and adverse-event findings of the third wave of trial users."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.tagger import load_tagger
from tests.extract.helpers import document

LEXICON, TAGGER = load_lexicon(), load_tagger()


def _full(text: str, title: str = "A study.") -> list[tuple[str, str, str, bool, str | None]]:
    """(subject, predicate, object, negated, cue) of each sentence-rule assertion, with the full
    lexicon and the shipped tagger (no pair model)."""
    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].cue)
            for a in extract(document(text, title), LEXICON, TAGGER).assertions
            if a.predicate != "mutationOf"]


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
