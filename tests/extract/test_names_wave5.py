"""Names found by users' trial reports (fifth wave): diseases, gene families and ranges, a
transporter, a virus's polymerase, an assay and a lab abnormality."""

from __future__ import annotations

import pytest

from kg.extract import extract
from tests.extract.helpers import SHIPPED, document, probed

_run = probed


def _mentions(sentence: str) -> set[tuple[str, str]]:
    return {(m.text, m.curie) for m in _run(sentence).mentions}


def _rule_mentions(sentence: str) -> set[tuple[str, str]]:
    """The lexicon's and the rules' mentions, without the tagger."""
    return {(m.text, m.curie) for m in extract(document(sentence, title="Probe title."), SHIPPED).mentions}


def _triples(sentence: str) -> set[tuple[str, str, str]]:
    return {(a.subject, a.predicate, a.object) for a in _run(sentence).assertions}


#: Metabolic dysfunction-associated steatohepatitis (MASH, formerly NASH).
MASH = "MONDO:0007027"


@pytest.mark.parametrize(("sentence", "name"), [
    ("Resolution of steatohepatitis was achieved in 30% of patients receiving semaglutide.", "steatohepatitis"),
    ("Resmetirom was studied in adults with nonalcoholic steatohepatitis and fibrosis.", "nonalcoholic steatohepatitis"),
    ("Lanifibranor improved NASH activity in adults with fibrosis.", "NASH"),
    ("Semaglutide was studied in metabolic dysfunction-associated steatohepatitis with fibrosis.",
     "metabolic dysfunction-associated steatohepatitis"),
    ("Survodutide was studied in metabolic dysfunction–associated steatohepatitis with fibrosis.",
     "metabolic dysfunction–associated steatohepatitis"),
])
def test_steatohepatitis_is_mash(sentence: str, name: str) -> None:
    # Found by a hepatology user: "steatohepatitis" alone named nothing.
    assert (name, MASH) in _mentions(sentence)
    assert (name, MASH) in _rule_mentions(sentence)


def test_alcoholic_steatohepatitis_stays_alcoholic() -> None:
    sentence = "Prednisolone was studied in patients with severe alcoholic steatohepatitis."
    assert ("alcoholic steatohepatitis", "MONDO:0021104") in _mentions(sentence)
    assert not any(m.curie == MASH for m in _run(sentence).mentions)
