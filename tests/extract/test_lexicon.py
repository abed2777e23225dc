"""Lexicon matching: spellings, plurals, case-sensitive symbols, longest match, salts and brands."""

from __future__ import annotations

import pytest

from kg.extract.lexicon import fold, variants
from tests.extract.helpers import SHIPPED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("imatinib mesylate", [("imatinib mesylate", "CHEBI:45783")]),
        ("Gleevec and Glivec (STI571)", [("Gleevec", "CHEBI:45783"), ("Glivec", "CHEBI:45783"), ("STI571", "CHEBI:45783")]),
        ("gastrointestinal stromal tumours", [("gastrointestinal stromal tumours", "MONDO:0011719")]),
        ("oedema and diarrhoea", [("oedema", "kgr:ae-edema"), ("diarrhoea", "kgr:ae-diarrhea")]),
        ("the KIT receptor tyrosine kinase", [("KIT receptor tyrosine kinase", "HGNC:6342")]),
        ("a kit for testing", []),  # KIT is matched only as written
        ("c-KIT and CD117", [("c-KIT", "HGNC:6342"), ("CD117", "HGNC:6342")]),
        ("the gist of it", []),  # GIST only in capitals
        ("GISTs", [("GISTs", "MONDO:0011719")]),
        ("KITCHEN", []),  # word boundaries
        ("chronic myeloid leukaemia", [("chronic myeloid leukaemia", "MONDO:0011996")]),
    ],
)
def test_find(text: str, expected: list[tuple[str, str]]) -> None:
    got = [(m.text, m.entity.curie) for m in SHIPPED.find(text) if m.entity.type != "DrugClass"]
    assert got == expected


def test_fold_keeps_length() -> None:
    text = "İSTANBUL ǅ KIT"
    assert len(fold(text)) == len(text)


def test_variants() -> None:
    assert variants("hemorrhage") == {"hemorrhage", "haemorrhage", "hemorrhages", "haemorrhages"}


def test_lookup_prefers_exact_forms() -> None:
    assert [e.curie for e in SHIPPED.lookup("KIT")] == ["HGNC:6342"]
    assert SHIPPED.lookup("kit") == []
