"""Mutation and gene rules found by respiratory and nephrology users (2026-12-03, wave 2)."""

from __future__ import annotations

import pytest

from kg.extract import extract, load_lexicon
from kg.extract.pairs import load_pair_model
from kg.extract.tagger import load_tagger
from tests.extract.helpers import document

LEXICON, TAGGER, PAIRS = load_lexicon(), load_tagger(), load_pair_model()


def _claims(text: str, title: str = "A study.", *, pairs: bool = True,
            ) -> list[tuple[str, str, str, bool, bool, str | None, str]]:
    """(subject, predicate, object, negated, hedged, cue, rule) of each assertion but mutationOf."""
    extraction = extract(document(text, title), LEXICON, TAGGER, PAIRS if pairs else None)
    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].hedged, a.evidence[0].cue,
             a.evidence[0].rule) for a in extraction.assertions if a.predicate != "mutationOf"]


RESMETIROM, PNPLA3, I148M = "DRUGBANK:DB12914", "HGNC:18590", "kgr:mutation-PNPLA3-I148M"


@pytest.mark.parametrize("text", [
    "Patients homozygous for the PNPLA3 I148M variant responded similarly to resmetirom as non-carriers.",
    "Carriers of the PNPLA3 I148M variant responded comparably to resmetirom.",
])
def test_a_mutation_s_carriers_who_responded_similarly_have_no_response(text: str) -> None:
    """Found by a respiratory user: "responded similarly to resmetirom as non-carriers" gave
    I148M a sensitivity."""
    assert [c for c in _claims(text) if c[0] == I148M] == []
