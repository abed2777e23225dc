"""Small documents and a lexicon of other drugs, to test that rules generalise beyond the seeds."""

from __future__ import annotations

import functools
from typing import Any

import yaml

from kg.extract import extract
from kg.extract.lexicon import Lexicon, entries_from_yaml, load_lexicon
from kg.model import Document, Extraction
from kg.readers.text import assemble_text
from kg.resources import load_lexicon_files

#: Entries for drugs, genes and diseases the seeds never name.
EXTRA = {
    "test_drugs.yaml": """
type: Drug
entries:
  - {id: "CHEBI:49668", label: gefitinib, synonyms: [Iressa, ZD1839]}
  - {id: "CHEBI:63637", label: vemurafenib, synonyms: [Zelboraf, PLX4032]}
  - {id: "CHEBI:31590", label: doxorubicin, synonyms: [adriamycin]}
""",
    "test_genes.yaml": """
type: Target
entries:
  - {id: "HGNC:3236", label: EGFR, case_sensitive: [EGFR], synonyms: [epidermal growth factor receptor]}
  - {id: "HGNC:1097", label: BRAF, case_sensitive: [BRAF]}
""",
    "test_diseases.yaml": """
type: Disease
entries:
  - {id: "MONDO:0005233", label: non-small cell lung carcinoma, synonyms: [non-small-cell lung cancer], case_sensitive: [NSCLC]}
  - {id: "MONDO:0005105", label: melanoma}
  - {id: "MONDO:0004989", label: breast cancer, synonyms: [breast carcinoma]}
  - {id: "MONDO:0008170", label: ovarian cancer}
""",
    "test_events.yaml": """
type: AdverseEvent
entries:
  - {id: "kgr:ae-cardiotoxicity", label: cardiotoxicity}
""",
}


def extended_lexicon() -> Lexicon:
    """The shipped lexicon plus :data:`EXTRA`."""
    texts = dict(load_lexicon_files())
    texts.update(EXTRA)
    rows = []
    for name in sorted(texts):
        rows.extend(entries_from_yaml(yaml.safe_load(texts[name]), name))
    return Lexicon(rows)


LEXICON = extended_lexicon()
SHIPPED = load_lexicon()


def document(abstract: str, title: str = "A study.", pmid: str = "99") -> Document:
    """A document with ``title`` and ``abstract``, its text built the way readers build it."""
    text, sections = assemble_text(title, abstract)
    return Document(source=f"test-{pmid}", text=text, title=title, pmid=pmid, sections=sections)


def run(abstract: str, title: str = "A study.", pmid: str = "99") -> Extraction:
    """Extract a small document with the extended lexicon."""
    return extract(document(abstract, title, pmid), LEXICON)


@functools.lru_cache(maxsize=1)
def shipped_models() -> tuple[Lexicon, Any, Any]:
    """The shipped lexicon, tagger and pair classifier, loaded once for every test file."""
    from kg.extract.pairs import load_pair_model
    from kg.extract.tagger import load_tagger

    return load_lexicon(), load_tagger(), load_pair_model()


def rule_claims(text: str, title: str = "A study.") -> list[tuple[str, str, str, bool, str | None]]:
    """(subject, predicate, object, negated, cue) of each assertion but mutationOf, with the
    shipped lexicon and tagger and no pair classifier: what the sentence rules say."""
    lexicon, tagger, _ = shipped_models()
    return [(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].cue)
            for a in extract(document(text, title), lexicon, tagger).assertions if a.predicate != "mutationOf"]


def paired_claims(text: str, title: str = "A study.") -> list[tuple[str, str, str]]:
    """(subject, predicate, object) of each assertion the shipped pair classifier adds."""
    lexicon, tagger, pairs = shipped_models()
    return [(a.subject, a.predicate, a.object) for a in extract(document(text, title), lexicon, tagger, pairs).assertions
            if a.evidence[0].rule.endswith("pair-classifier")]


@functools.lru_cache(maxsize=64)
def probed(sentence: str) -> Extraction:
    """One sentence under a neutral title, extracted with every shipped model (cached)."""
    lexicon, tagger, pairs = shipped_models()
    return extract(document(sentence, title="Probe title."), lexicon, tagger, pairs)


#: The mutation–drug response predicates.
RESPONSES = ("confersSensitivityTo", "confersResistanceTo", "affectsResponseTo")


def response_claims(text: str, title: str = "A study.") -> set[tuple[str, str, str, bool, bool, str]]:
    """(subject, predicate, object, negated, hedged, rule) of each mutation–drug response, with
    every shipped model."""
    lexicon, tagger, pairs = shipped_models()
    return {(a.subject, a.predicate, a.object, a.evidence[0].negated, a.evidence[0].hedged, a.evidence[0].rule)
            for a in extract(document(text, title), lexicon, tagger, pairs).assertions if a.predicate in RESPONSES}
