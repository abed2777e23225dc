"""Names and grounding found by a new user's trial (fifth): a disease over its susceptibility
locus, one node per drug named as a salt or prodrug and then by its parent, ions and elements
that are no drug given, lower-case labels, lab-abnormality events and coordinated targets."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import SHIPPED, document, probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in probed(sentence).mentions}


def _rule_mentions(sentence: str) -> set[tuple[str, str]]:
    """The lexicon's and the rules' mentions, without the tagger."""
    return {(m.text, m.curie) for m in extract(document(sentence, title="Probe title."), SHIPPED).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in probed(sentence).assertions}


#: MONDO's atopic eczema, the common disease; MONDO:0011292 "dermatitis, atopic" is OMIM's locus.
ATOPIC_ECZEMA = "MONDO:0004980"


@pytest.mark.parametrize(("sentence", "name", "disease"), [
    ("Dupilumab improved itch in adults with moderate-to-severe atopic dermatitis.", "atopic dermatitis", ATOPIC_ECZEMA),
    ("Atopic dermatitis improved in 38% of adolescents receiving lebrikizumab.", "Atopic dermatitis", ATOPIC_ECZEMA),
    ("Toripalimab plus gemcitabine prolonged survival in recurrent nasopharyngeal carcinoma.",
     "nasopharyngeal carcinoma", "MONDO:0015459"),
    ("Erenumab reduced monthly headache days in adults with common migraine.", "common migraine", "MONDO:0100431"),
    ("Mavacamten reduced symptoms in adults with aortic valve stenosis.", "aortic valve stenosis", "MONDO:0042981"),
])
def test_a_disease_is_no_susceptibility_locus(sentence: str, name: str, disease: str) -> None:
    # Found by a new user: "atopic dermatitis" was "dermatitis, atopic", the OMIM locus MONDO
    # lists beside the disease, with the disease only an alternative.
    assert (name, disease) in _mentions(sentence)
    assert (name, disease) in _rule_mentions(sentence)


@pytest.mark.parametrize(("sentence", "name", "entry"), [
    ("Somatrogon was studied in children with Noonan syndrome 1.", "Noonan syndrome 1", "MONDO:0008104"),
    ("Tralokinumab was studied in ATOD patients.", "ATOD", "MONDO:0011292"),
])
def test_a_name_of_the_locus_keeps_it(sentence: str, name: str, entry: str) -> None:
    assert (name, entry) in _rule_mentions(sentence)
