"""Train kg's models from gold corpora: the span tagger (and its inputs).

Consumes PubTator or BioC corpus files (their gold annotations) and the shipped lexicon;
writes model files into a directory, by default ``kg/models/`` where :mod:`kg.extract`
finds them. Training is deterministic for the same corpora and lexicon (CRFsuite's
L-BFGS has no random start), and runs on one CPU core in about a minute.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kg.errors import KGError
from kg.extract import rule_mentions
from kg.extract.lexicon import Lexicon
from kg.extract.tagger import MODELS, train
from kg.model import Document


def annotated_types(documents: Sequence[Document], gold_types: dict[str, str]) -> set[str]:
    """The span types a corpus annotates at all ("Gene" only if some mention is a gene).

    >>> from kg.model import Annotation
    >>> doc = Document(source="x", title="", text="BRAF", annotations=(Annotation(0, 4, "BRAF", "GeneOrGeneProduct"),))
    >>> sorted(annotated_types([doc], {"GeneOrGeneProduct": "Gene"}))
    ['Gene']
    """
    return {gold_types[a.type] for d in documents for a in d.annotations if a.type in gold_types}


def train_taggers(corpora: Sequence[tuple[str, Sequence[Document]]], lexicon: Lexicon, directory: Path,
                  *, iterations: int = 150) -> list[tuple[Path, int]]:
    """Train each shipped tagger model on the corpora that annotate all of its types.

    A corpus that annotates chemicals and diseases but not genes (BC5CDR) trains the
    chemical–disease model only: its unmarked genes would otherwise teach "not a gene".

    :param corpora: ``(name, documents)`` per corpus file.
    :returns: ``(model file, number of training documents)`` per model written.
    :raises KGError: When no corpus annotates a model's types.
    """
    from kg.evaluate import GOLD_TYPES

    hints = {name: [rule_mentions(d, lexicon)[0] for d in docs] for name, docs in corpora}
    written = []
    for model, types in MODELS.items():
        documents: list[Document] = []
        mentions = []
        for name, docs in corpora:
            if set(types) <= annotated_types(docs, GOLD_TYPES):
                documents.extend(docs)
                mentions.extend(hints[name])
        if not documents:
            raise KGError(f"no corpus annotates {', '.join(types)}: the {model!r} model needs one "
                          f"(BioRED annotates all four types)")
        path = train(documents, mentions, types, directory / f"{model}.crfsuite", GOLD_TYPES, iterations=iterations)
        written.append((path, len(documents)))
    return written


__all__ = ["annotated_types", "train_taggers"]
