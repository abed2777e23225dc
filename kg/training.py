"""Train kg's models from gold corpora: the span tagger and the document-level pair classifier.

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
from kg.extract.pairs import Candidate, write_model
from kg.extract.tagger import MODELS, Tagger, retag, train
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




def pair_examples(documents: Sequence[Document], lexicon: Lexicon, tagger: Tagger | None, *,
                  chemical_disease_only: bool = False) -> tuple[list[Candidate], list[int], list[str], list[int], int]:
    """Candidates of corpus documents with labels, direction labels, document groups and missed gold pairs.

    A candidate is positive when some corpus id of one entity and some of the other form a
    gold pair. Its direction label is 1 when that gold relation is a BioRED
    ``Negative_Correlation`` (≈ treats), else 0.

    :param chemical_disease_only: Keep only chemical–disease candidates (for a corpus,
        like BC5CDR, that annotates no other relation).
    :returns: ``(candidates, labels, groups, treats labels, gold pairs with no candidate)``.
    """
    from kg.evaluate import corpus_ids, gold_pairs
    from kg.extract.context import build_context
    from kg.extract.pairs import candidates
    from kg.extract.relations import extract_relations
    from kg.extract.sentences import split_sentences

    rows: list[Candidate] = []
    labels: list[int] = []
    groups: list[str] = []
    treats: list[int] = []
    missed = 0
    for document in documents:
        mentions, _ = rule_mentions(document, lexicon)
        if tagger is not None:
            mentions = retag(document.text, mentions, tagger.tag(document.text, mentions), tagger.types,
                             lexicon.lookup, lexicon.is_curated)
            mentions.sort(key=lambda m: (m.start, -m.end, m.entity.curie))
        ctx = build_context(document, split_sentences(document), mentions)
        gold, typed = gold_pairs(document)
        negative = typed.get("Negative_Correlation", set())
        entity = {m.curie: m.entity for m in mentions}
        reached: set[frozenset[str]] = set()
        for candidate in candidates(ctx, extract_relations(ctx)):
            if chemical_disease_only and candidate.kinds != ("Chemical", "Disease"):
                continue
            pairs = {frozenset((x, y)) for x in corpus_ids(entity[candidate.first])
                     for y in corpus_ids(entity[candidate.second])}
            hits = pairs & gold
            reached |= hits
            rows.append(candidate)
            labels.append(int(bool(hits)))
            groups.append(document.curie)
            treats.append(int(bool(hits & negative)))
        missed += len(gold - reached)
    return rows, labels, groups, treats, missed


def train_pairs(corpora: Sequence[tuple[str, Sequence[Document]]], lexicon: Lexicon, tagger: Tagger | None,
                path: Path, *, c: float = 0.3) -> tuple[Path, dict[str, float]]:
    """Train the document-level pair classifier and write its JSON weights.

    A corpus that annotates genes (BioRED) gives candidates of every type pair; one that
    does not (BC5CDR) gives chemical–disease candidates only. Logistic regression
    (scikit-learn, L2, ``C``); the threshold maximises F1 over 5-fold cross-validation
    grouped by document, counting gold pairs that have no candidate as misses. A second
    model, on the positive chemical–disease pairs, tells ``treats`` from ``causes``.

    :returns: The model file and what cross-validation measured (``threshold``, ``f1``).
    """
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression
    from sklearn.model_selection import GroupKFold

    from kg.evaluate import GOLD_TYPES

    rows: list[Candidate] = []
    labels: list[int] = []
    groups: list[str] = []
    treats: list[int] = []
    missed = 0
    for _name, documents in corpora:
        genes = "Gene" in annotated_types(documents, GOLD_TYPES)
        r, y, g, t, m = pair_examples(documents, lexicon, tagger, chemical_disease_only=not genes)
        rows, labels, groups, treats, missed = rows + r, labels + y, groups + g, treats + t, missed + m
    if not rows or len(set(labels)) < 2:
        raise KGError("the corpora gave no positive and negative candidate pairs to train on; "
                      "pass corpora with gold relations (BioRED, BC5CDR)")
    vectorizer = DictVectorizer()
    x = vectorizer.fit_transform([dict(r.features) for r in rows])
    probabilities = [0.0] * len(rows)
    for train_index, test_index in GroupKFold(n_splits=5).split(x, labels, groups):
        fold = LogisticRegression(C=c, max_iter=5000).fit(x[train_index], [labels[i] for i in train_index])
        for i, p in zip(test_index, fold.predict_proba(x[test_index])[:, 1], strict=True):
            probabilities[i] = float(p)
    threshold, best = _best_threshold(probabilities, labels, missed)
    model = LogisticRegression(C=c, max_iter=5000).fit(x, labels)
    names = vectorizer.get_feature_names_out()
    weights = {str(n): float(w) for n, w in zip(names, model.coef_[0], strict=True)}
    weights["bias"] = weights.get("bias", 0.0) + float(model.intercept_[0])
    positive = [i for i, r in enumerate(rows) if labels[i] and r.kinds == ("Chemical", "Disease")]
    treats_weights: dict[str, float] = {}
    if len({treats[i] for i in positive}) == 2:
        # Balanced: BC5CDR gives many more "causes" pairs than BioRED gives "treats" pairs.
        direction = LogisticRegression(C=c, max_iter=5000, class_weight="balanced").fit(
            x[positive], [treats[i] for i in positive])
        treats_weights = {str(n): float(w) for n, w in zip(names, direction.coef_[0], strict=True)}
        treats_weights["bias"] = treats_weights.get("bias", 0.0) + float(direction.intercept_[0])
    about = {"corpora": [name for name, _ in corpora], "candidates": len(rows), "positives": sum(labels),
             "gold_pairs_without_candidate": missed, "C": c, "cross_validated_f1": round(best, 4),
             "trained_by": "kg train pairs"}
    return write_model(path, weights, threshold, treats_weights, about), {"threshold": threshold, "f1": best}


def _best_threshold(probabilities: Sequence[float], labels: Sequence[int], missed: int) -> tuple[float, float]:
    """The probability cut-off with the best F1, gold pairs without a candidate counting as misses.

    >>> _best_threshold([0.9, 0.6, 0.2], [1, 0, 1], 0)
    (0.2, 0.8)
    """
    order = sorted(range(len(labels)), key=lambda i: -probabilities[i])
    positives = sum(labels) + missed
    best, threshold, tp = 0.0, 0.5, 0
    for rank, i in enumerate(order, start=1):
        tp += labels[i]
        f1 = 2 * tp / (rank + positives) if positives else 0.0
        if f1 > best:
            best, threshold = f1, probabilities[i]
    return round(threshold, 6), round(best, 6)


__all__ = ["annotated_types", "pair_examples", "train_pairs", "train_taggers"]
