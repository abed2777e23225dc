"""A trained sequence tagger (CRF) that decides which spans name entities.

The lexicon knows names; it does not know whether ``"insulin"`` is a gene here, where a
disease mention ends, or that ``"HNF-6"`` is a gene it has never seen. A linear-chain
CRF (CRFsuite, through ``python-crfsuite``) trained on the corpora's training splits
answers that, using the lexicon's and the mutation patterns' matches as features, so it
learns when to trust them. Two models ship with kg (``kg/models/``):

- ``chemicals-diseases.crfsuite``: Chemical and Disease spans, trained on BioRED train
  plus BC5CDR train;
- ``genes-variants.crfsuite``: Gene and Variant spans, trained on BioRED train (the only
  corpus here that annotates them).

``kg train tagger`` rebuilds them (about a minute on one core). At run time the tagger
only tags, scoring tokens from the models' weights cached per distinct word and leaving
the decoding to CRFsuite (:mod:`kg.extract.crf`: the same labels as the feature strings,
in 40 % of the time); :func:`retag` merges its spans with the lexicon's mentions (see there).
"""

from __future__ import annotations

import functools
import itertools
import operator
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from kg.extract.crf import Scorer
from kg.extract.entities import organism_or_antigen, schwartz_hearst
from kg.extract.mutations import compound_parts
from kg.extract.stoplist import (
    CARRIER_AFTER,
    LINEAGE,
    LINEAGE_AFTER,
    PROTEIN_FAMILIES,
    PROTEIN_HEAD,
    PROTEIN_NAME,
    STOP_NAMES,
    STOP_SYMBOLS,
    STUDY_AFTER,
)
from kg.model import Document, Entity, Mention

#: Words, numbers and single punctuation marks: "HNF-6" → "HNF", "-", "6"; "V600E" stays whole.
TOKEN = re.compile(r"\w+|[^\w\s]")
#: The tagger's span types (the corpora's) → the kg types a mention of it may have.
KG_TYPES = {"Chemical": ("Drug",), "Disease": ("Disease", "AdverseEvent"), "Gene": ("Target",),
            "Variant": ("Mutation",)}
#: kg type → tagger type.
TAG_OF = {kg: tag for tag, kgs in KG_TYPES.items() for kg in kgs}
#: The models shipped in ``kg/models/`` and the span types each tags.
MODELS = {"chemicals-diseases": ("Chemical", "Disease"), "genes-variants": ("Gene", "Variant")}
#: Words after a gene or a disease that the corpora leave out of its span ("EGFR gene").
_TRAILING = re.compile(r"\s+(?:genes?|proteins?|mRNAs?|transcripts?|mutations?|variants?|patients?|"
                       r"(?:tyrosine\s+)?kinases?)$", re.IGNORECASE)

Token = tuple[int, int, str]
#: A typed span ``(start, end, tagger type)``.
Span = tuple[int, int, str]


def tokens(text: str) -> list[Token]:
    """``(start, end, text)`` of each token.

    >>> [t[2] for t in tokens("HNF-6 (V600E).")]
    ['HNF', '-', '6', '(', 'V600E', ')', '.']
    """
    return [(m.start(), m.end(), m.group()) for m in TOKEN.finditer(text)]


_SHAPE = str.maketrans(
    "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", "X" * 26 + "x" * 26 + "d" * 10)


@functools.lru_cache(maxsize=65536)
def _shape(word: str) -> str:
    """``"Xxdd"``-style shape: ASCII upper, lower and digits as classes, other characters kept.

    >>> _shape("Val600Glu"), _short("V600E")
    ('XxxdddXxx', 'XdX')
    """
    if word.isascii():
        return word.translate(_SHAPE)
    return re.sub(r"\d", "d", re.sub("[a-z]", "x", re.sub("[A-Z]", "X", word)))  # Unicode digits too


@functools.lru_cache(maxsize=65536)
def _short(word: str) -> str:
    """The shape with runs collapsed: ``"EGFR"`` → ``"X"``, ``"V600E"`` → ``"XdX"``."""
    return "".join(c for c, _ in itertools.groupby(_shape(word)))


def hint_tags(toks: Sequence[Token], hints: Iterable[Mention]) -> list[str]:
    """A BIO tag per token from the lexicon's and patterns' mentions (``"B-Gene"``, ``"O"``).

    The first mention to claim a token keeps it, so pass them in reading order. A compound
    mutation hints at each of its changes, as the corpora the models learn from mark them.
    """
    tags = ["O"] * len(toks)
    starts = dict(zip(map(operator.itemgetter(0), toks), itertools.count()))  # token start → index
    for mention in (part for hint in hints for part in compound_parts(hint)):
        kind = TAG_OF.get(mention.type)
        i = starts.get(mention.start)
        if kind is None or i is None:
            continue
        first = True
        while i < len(toks) and toks[i][1] <= mention.end:
            if tags[i] == "O":
                tags[i] = ("B-" if first else "I-") + kind
            first, i = False, i + 1
    return tags


#: The neighbours a token's features look at.
_OFFSETS = (-2, -1, 1, 2)
#: ``-2:w:<edge>`` … for a neighbour past either end of the text.
_EDGE = tuple(f"{offset}:w:<edge>" for offset in _OFFSETS)
_GLUED_LEFT = ("glued_left:False", "glued_left:True")
_GLUED_RIGHT = ("glued_right:False", "glued_right:True")


@functools.lru_cache(maxsize=131072)
def _word(word: str) -> tuple[tuple[str, ...], tuple[tuple[str, str], ...]]:
    """The feature strings a word gives whatever its context, built once per distinct word.

    :returns: Its own features, and for each of :data:`_OFFSETS` the ``(word, short shape)``
        features it gives the token at that distance (``"-1:w:braf"``, ``"-1:short:X"``).
    """
    lower, short = word.lower(), _short(word)
    own = ("bias", f"w:{lower}", f"shape:{_shape(word)}", f"short:{short}", f"p2:{lower[:2]}", f"p3:{lower[:3]}",
           f"s2:{lower[-2:]}", f"s3:{lower[-3:]}", f"s4:{lower[-4:]}", f"len:{min(len(word), 8)}")
    # The word at j is token (j - o)'s neighbour at offset o, and is named with that offset.
    return own, tuple((f"{o}:w:{lower}", f"{o}:short:{short}") for o in _OFFSETS)


@functools.lru_cache(maxsize=64)
def _hint(hint: str) -> tuple[tuple[str, str], tuple[str, ...]]:
    """The features of a hint tag: its own two, and what it gives the token at each of :data:`_OFFSETS`."""
    return (f"hint:{hint}", f"hint_type:{hint[2:] or 'O'}"), tuple(f"{o}:hint:{hint}" for o in _OFFSETS)


def features(text: str, toks: Sequence[Token], hints: Sequence[str]) -> list[list[str]]:
    """CRFsuite features of each token: the word, its shape and affixes, the hints, a ±2 window.

    Features are ``name:value`` strings (weight 1), which CRFsuite reads faster than the
    equivalent ``{name: value}`` dicts and which name the same attributes. Every string
    is built once per distinct word or hint (:func:`_word`, :func:`_hint`), not per token.

    >>> features("BRAF V600E", tokens("BRAF V600E"), ["B-Gene", "B-Variant"])[1][:4]
    ['bias', 'w:v600e', 'shape:XdddX', 'short:XdX']
    >>> features("BRAF V600E", tokens("BRAF V600E"), ["B-Gene", "B-Variant"])[1][10:]
    ['hint:B-Variant', 'hint_type:Variant', 'glued_left:False', 'glued_right:False', '-2:w:<edge>', '-1:w:braf', '-1:hint:B-Gene', '-1:short:X', '1:w:<edge>', '2:w:<edge>']
    """
    words = [_word(word) for _, _, word in toks]
    marks = [_hint(hint) for hint in hints]
    n = len(toks)
    out: list[list[str]] = []
    for i, (start, end, _) in enumerate(toks):
        f = [*words[i][0], *marks[i][0], _GLUED_LEFT[i > 0 and toks[i - 1][1] == start],
             _GLUED_RIGHT[i + 1 < n and toks[i + 1][0] == end]]
        for k, offset in enumerate(_OFFSETS):
            j = i + offset
            if 0 <= j < n:
                w, short = words[j][1][k]
                f += (w, marks[j][1][k], short)
            else:
                f.append(_EDGE[k])
        out.append(f)
    return out


def spans_of(toks: Sequence[Token], labels: Sequence[str]) -> list[Span]:
    """Typed spans from BIO labels; an ``I-`` with no open span of its type starts one.

    >>> spans_of(tokens("EGFR and KRAS"), ["B-Gene", "O", "I-Gene"])
    [(0, 4, 'Gene'), (9, 13, 'Gene')]
    """
    out: list[Span] = []
    open_: tuple[int, int, str] | None = None
    last = -2
    # Most labels are "O": only the others are visited, and an "O" between two of them
    # (a gap in their indices) closes the open span as visiting it would.
    for i in itertools.compress(range(len(labels)), map("O".__ne__, labels)):
        label = labels[i]
        kind = label[2:]
        if open_ is not None and (i != last + 1 or label.startswith("B-") or kind != open_[2]):
            out.append(open_)
            open_ = None
        start, end, _ = toks[i]
        open_ = (open_[0] if open_ else start, end, kind)
        last = i
    if open_ is not None:
        out.append(open_)
    return out


def gold_labels(document: Document, toks: Sequence[Token], types: Iterable[str], gold_types: dict[str, str]) -> list[str]:
    """BIO labels of a corpus document's gold annotations of some types (training only)."""
    wanted = set(types)
    labels = ["O"] * len(toks)
    for a in document.annotations:
        kind = gold_types.get(a.type)
        if kind not in wanted:
            continue
        first = True
        for i, (start, end, _) in enumerate(toks):
            if start >= a.start and end <= a.end:
                labels[i] = ("B-" if first else "I-") + kind
                first = False
    return labels


#: Texts from which :meth:`Tagger.tag_many` decodes with numpy rather than CRFsuite (numpy's
#: cost is per token position, whatever the number of texts; CRFsuite's is per text).
_TOGETHER = 8


@dataclass(frozen=True)
class Tagger:
    """One or more CRFsuite models, each tagging some span types.

    :param models: ``(model file, types it tags)`` pairs.
    """

    models: tuple[tuple[Path, tuple[str, ...]], ...]

    @functools.cached_property
    def version(self) -> str:
        """A short hash of the model files, recorded in the build graph's provenance."""
        import hashlib

        digest = hashlib.sha256()
        for path, _ in self.models:
            digest.update(path.read_bytes())
        return digest.hexdigest()[:12]

    def tag(self, text: str, hints: Sequence[Mention]) -> list[Span]:
        """The typed spans of ``text``, given the lexicon's and patterns' mentions as hints."""
        return self.tag_many([(text, hints)])[0]

    def tag_many(self, inputs: Sequence[tuple[str, Sequence[Mention]]]) -> list[list[Span]]:
        """:meth:`tag` of each ``(text, hints)``; from :data:`_TOGETHER` texts on, decoded together.

        The same spans either way: CRFsuite decodes one text per call, numpy
        (:meth:`kg.extract.crf.Scorer.tag_many`) a batch for about the cost of one.
        """
        tokenised = [(i, toks, hint_tags(toks, hints))
                     for i, (text, hints) in enumerate(inputs) for toks in (tokens(text),) if toks]
        scorer = _scorer(self.models)
        labels: list[list[list[str]]]
        if scorer is None:
            labels = [self.labels(inputs[i][0], toks, tags) for i, toks, tags in tokenised]
        elif len(tokenised) >= _TOGETHER:
            labels = scorer.tag_many([(toks, tags) for _, toks, tags in tokenised])
        else:
            labels = [scorer.tag(toks, tags) for _, toks, tags in tokenised]
        out: list[list[Span]] = [[] for _ in inputs]
        for (i, toks, _), sequences in zip(tokenised, labels, strict=True):
            out[i] = sorted(span for sequence in sequences for span in spans_of(toks, sequence))
        return out

    def labels(self, text: str, toks: Sequence[Token], tags: Sequence[str]) -> list[list[str]]:
        """Each model's labels from the feature strings, as training sees them.

        :meth:`tag` gets the same labels faster (:mod:`kg.extract.crf`), and uses this only
        for a model file it cannot read.
        """
        import pycrfsuite

        # Converted once for every model (the conversion costs as much as the tagging).
        items = pycrfsuite.ItemSequence(features(text, toks, tags))
        return [_crf(str(path)).tag(items) for path, _ in self.models]

    @property
    def types(self) -> set[str]:
        """Every span type some model tags."""
        return {t for _, types in self.models for t in types}


@functools.lru_cache(maxsize=8)
def _crf(path: str) -> Any:
    import pycrfsuite

    tagger = pycrfsuite.Tagger()
    tagger.open(path)
    return tagger


@functools.lru_cache(maxsize=8)
def _scorer(models: tuple[tuple[Path, tuple[str, ...]], ...]) -> Scorer | None:
    """The fast scorer of some models (:mod:`kg.extract.crf`), or ``None`` when it cannot read them.

    Tagging then falls back to :meth:`Tagger.labels` (the same labels, slower), with a warning.
    """
    try:
        # The scorer keeps its own rows per word, so it asks the uncached _word (whose
        # cache would hold ≈ 200 MB of strings it never reads again).
        return Scorer([(path, _crf(str(path))) for path, _ in models], _word.__wrapped__, _hint, _OFFSETS,
                      (_GLUED_LEFT, _GLUED_RIGHT, _EDGE))
    except Exception as exc:  # noqa: BLE001 - any unreadable model: the slower path gives the same labels
        import warnings

        from kg.errors import KGWarning

        names = ", ".join(str(path) for path, _ in models)
        warnings.warn(f"tagging without the fast scorer ({names}: {type(exc).__name__}: {exc})", KGWarning,
                      stacklevel=2)
        return None


def models_dir() -> Path:
    """Where the shipped models live (``kg/models/``)."""
    return Path(__file__).resolve().parent.parent / "models"


def load_tagger(directory: Path | None = None) -> Tagger | None:
    """The shipped tagger, or ``None`` when no model file is there (rules only).

    >>> sorted(load_tagger().types)
    ['Chemical', 'Disease', 'Gene', 'Variant']
    """
    directory = directory or models_dir()
    found = tuple((directory / f"{name}.crfsuite", types) for name, types in MODELS.items()
                  if (directory / f"{name}.crfsuite").is_file())
    if not found:
        return None
    _scorer(found)  # read the weights now, with the rest of start-up (once per process)
    return Tagger(found)


def train(documents: Sequence[Document], hints: Sequence[Sequence[Mention]], types: Sequence[str], path: Path,
          gold_types: dict[str, str], *, iterations: int = 150) -> Path:
    """Train one CRF on corpus documents and write it to ``path``.

    :param hints: Each document's lexicon and pattern mentions (as :func:`retag` gets them).
    :param types: The span types to learn, e.g. ``("Gene", "Variant")``.
    :param gold_types: Corpus annotation type → span type (:data:`kg.evaluate.GOLD_TYPES`).
    """
    import pycrfsuite

    trainer = pycrfsuite.Trainer(verbose=False)
    for document, mentions in zip(documents, hints, strict=True):
        toks = tokens(document.text)
        if toks:
            trainer.append(features(document.text, toks, hint_tags(toks, mentions)),
                           gold_labels(document, toks, types, gold_types))
    # L1 + L2 as sklearn-crfsuite's examples; all transitions so unseen BIO pairs get weights.
    trainer.set_params({"c1": 0.05, "c2": 0.05, "max_iterations": iterations,
                        "feature.possible_transitions": True})
    path.parent.mkdir(parents=True, exist_ok=True)
    trainer.train(str(path))
    return path


#: Stems of international nonproprietary names (WHO's stem book) that mark a name as a drug's:
#: monoclonal antibodies, kinase inhibitors, PARP and CDK inhibitors, conjugates' payloads.
DRUG_STEM = re.compile(r"(?:mab|tinib|rafenib|metinib|ciclib|parib|lisib|zomib|sertib|degib|tecan|deruxtecan|"
                       r"vedotin|mertansine|platin|taxel|rubicin|lutamide|stat|"
                       # Other classes' stems (found by a new user: "ticagrelor" and "efavirenz"
                       # were dropped, so a clopidogrel trial lost its comparator and an HIV
                       # paper its drug): antivirals, antiplatelets, anticoagulants, sartans …
                       r"vir|virine|virenz|grel|grelor|xaban|gatran|parin|gliptin|gliflozin|glutide|sartan|"
                       r"pril|olol|dipine|prazole|oxacin|cillin|cycline|conazole|setron|triptan|dronate|"
                       r"lukast|afil|profen|fenac|coxib|citabine|trexate|mustine|azepam|azolam|oxetine|"
                       r"apine|peridol|asone|isone|olone|mycin|micin|caine|relin|terol|tropium|"
                       # CFTR modulators, antisense oligonucleotides, siRNAs, fusion proteins,
                       # mTOR and calcineurin inhibitors, gene therapies (found by rare-disease and
                       # transplant users: ivacaftor was found in 2 of 18 mentions, elexacaftor in none)
                       r"caftor|rsen|siran|cept|limus|vec|fungin|bactam|penem|sentan|ciguat|alfa|pegol)\b", re.IGNORECASE)


def retag(text: str, mentions: Sequence[Mention], spans: Sequence[Span], types: Iterable[str],
          lookup: Callable[[str], list[Entity]], curated: Callable[[str], bool]) -> list[Mention]:
    """Merge the tagger's spans with the lexicon's and patterns' mentions.

    For the span types the tagger covers:

    - a mention whose span the tagger also found is kept;
    - mutation-pattern mentions and curated-lexicon mentions are always kept (patterns
      normalise changes; curated names are checked by hand), and so is any mention of a
      type the tagger does not cover, the genes of a slashed symbol ("MEK1/2") and the
      mutations that share a status ("BRCA1 or BRCA2 mutations");
    - so are drugs named with an international nonproprietary name's stem (:data:`DRUG_STEM`),
      which no English word shares; the models, trained on older papers, miss new drugs
      ("trastuzumab deruxtecan", found by a new user: its trial's numbers went to paclitaxel);
    - other lexicon mentions the tagger did not find are dropped ("SET" read as a word);
    - a tagger span that is not already a kept mention's span becomes a mention
      (``how="tagger"``), grounded by the lexicon name of its text (then without a trailing
      "gene", "protein" …), else by the mention it overlaps, else as a new entity of its own
      (``kgr:entity-…``) when :func:`_nameable` allows.

    :param lookup: ``name -> list[Entity]`` (:meth:`Lexicon.lookup`).
    :param curated: ``curie -> bool``, whether an entity comes from the curated lexicon.
    """
    covered = set(types)
    spans = [b for b in (_balanced(text, span) for span in spans) if b is not None]
    exact = {(s, e, kind) for s, e, kind in spans}
    # Genes coordinated by slashes ("MEK1/2": MEK1, and MEK2 spanning the whole) keep their
    # parts, which the tagger reads as one name; mutations that share a gene-level status
    # ("BRCA1 or BRCA2 mutations") are kept as the pattern's own are, and so are their genes.
    slashed = {m.start for m in mentions if m.how == "coordination" and m.type in ("Target", "Mutation")}
    # So do the genes of star alleles ("CYP2C19*2": the allele's span starts with its gene).
    slashed |= {m.start for m in mentions if m.type == "Mutation" and m.how == "pattern" and "*" in m.text}
    # So does the gene a pattern's gene-level event is written with: "MET amplification"
    # (found by a precision-oncology user: the tagger read no "MET" in the abstract, and the
    # amplification had no gene).
    owned = {(m.start, m.entity.gene) for m in mentions if m.type == "Mutation" and m.how == "pattern" and m.entity.gene}
    kept: list[Mention] = []
    for m in (_widen(text, m, spans) for m in mentions):
        kind = TAG_OF.get(m.type)
        if (kind not in covered or (m.start, m.end, kind) in exact or m.how == "pattern"
                or (m.type == "Target" and (m.start, m.entity.label) in owned)
                or (m.type == "Target" and m.start in slashed) or (m.type == "Mutation" and m.how == "coordination")
                or curated(m.curie) or (m.type == "Drug" and (DRUG_STEM.search(m.text) or _drug_label(m)
                                                              or _drug_code_name(m)))
                or _capitalised_label(text, m) or _gene_symbol(m)):
            kept.append(m)
    # One mention per span: a span already named (as any type) keeps its name.
    have = {(m.start, m.end) for m in kept}
    # A compound mutation ("G1202R/L1196M") is one mention: the tagger's spans of its
    # changes (one of which it may read as a gene) are parts of it, not mentions beside it;
    # so is a drug's name of several words ("trastuzumab deruxtecan", not "trastuzumab").
    compounds = [(m.start, m.end) for m in kept if (m.how == "pattern" and "/" in (m.entity.hgvs or ""))]
    names = [(m.start, m.end) for m in kept if m.type == "Drug" and " " in m.text]
    measures = [(m.start, m.end) for m in kept if m.type == "Endpoint"]
    added: list[Mention] = []
    for start, end, kind in spans:
        surface = text[start:end]
        # Any span overlapping a compound (found in review: "p.p.G1202R" took its entity).
        if (start, end) in have or any(s < end and start < e for s, e in compounds) or any(
                s <= start and end <= e for s, e in names) or (
                kind in ("Chemical", "Disease") and (
                PROTEIN_HEAD.match(text, end) or (kind == "Chemical" and CARRIER_AFTER.match(text, end)) or PROTEIN_NAME.search(" " + surface)
                # the substrate in brackets inside an enzyme's name: "poly(ADP-ribose) polymerase"
                # (found by a precision-oncology user: ADP-ribose was a drug approved for
                # ovarian cancer, and olaparib lost its approval)
                or (text[start - 1:start] == "(" and text.startswith(")", end) and PROTEIN_HEAD.match(text, end + 1))
                # "N-methyl-D-aspartate (NMDA) receptor": the ligand names a receptor, no drug (a neurology user)
                or _BRACKET_RECEPTOR.match(text, end))) or (
                kind == "Gene" and (_BRACKET_RECEPTOR.match(text, end) or (
                    text[start - 1:start] == "(" and _RECEPTOR_AFTER_BRACKET.match(text, end)))):
            continue    # "inhibitor of tyrosine kinase", "alanine aminotransferase": an enzyme's name
        if kind == "Variant" and _ABSENT_AFTER.match(text, end):
            continue    # "T790M-negative tumors": its absence, as the patterns read it
        if kind in ("Chemical", "Disease") and (LINEAGE.fullmatch(surface) or (
                LINEAGE_AFTER.match(text, end) and surface.isupper())):
            continue    # "BA.1", "XBB.1.5": a virus's lineage, no drug (an infectious-disease user)
        if kind == "Chemical" and organism_or_antigen(surface):
            continue    # "Klebsiella pneumoniae", "HBsAg": a microbe or an antigen, no drug (a hepatology user)
        if kind == "Chemical" and _class_name(surface, lookup):
            continue    # "statins", "fluoropyrimidine": a class of drugs, none given (cardiology and pgx users)
        if any(s <= start and end <= e and (s, e) != (start, end) for s, e in measures):
            continue    # "lipoprotein" of the endpoint "lipoprotein(a)": the measure's analyte (a cardiology user)
        entity = (_ground(surface, kind, lookup) or _overlapping(mentions, start, end, kind)
                  or _short_form(text, start, end, kept, kind) or _bracketed_synonym(text, start, end, kept, kind))
        # A name of its own starts a word: "beta-lactamase" of "metallo-beta-lactamase" is
        # the tail of one (found when the gene forms changed the tagger's hints); "NSAIDs"
        # of "NS-NSAIDs" (non-selective) is a name.
        glued = start >= 2 and text[start - 1] == "-" and text[start - 2].islower() and surface[:1].islower()
        # Nor one with a change the patterns found: "F508del-CFTR" is CFTR's F508del, no gene
        # of its own (found by a rare-disease user).
        if (entity is None and not glued and _nameable(surface, kind) and not STUDY_AFTER.match(text, end)
                and not any(m.how == "pattern" and m.type == "Mutation" and m.start < end and start < m.end for m in kept)):
            entity = _local(surface, kind)   # a name no vocabulary has, unless a trial's ("SOLAR-1 trial")
        if entity is not None:
            have.add((start, end))
            added.append(Mention(start, end, surface, entity, how="tagger"))
    merged = kept + added
    # A drug named inside a longer gene or disease name is part of it, as the corpora
    # annotate ("Sodium-glucose cotransporter 2": no sodium, no glucose; found by a new user:
    # sodium "inhibited" SLC5A2).
    holders = [(m.start, m.end) for m in merged if m.type in ("Target", "Disease") and m.end - m.start > 3]
    return [m for m in merged if not (m.type == "Drug" and m.how != "pattern" and any(
        s <= m.start and m.end <= e and (s, e) != (m.start, m.end) for s, e in holders))]


def _class_name(surface: str, lookup: Callable[[str], list[Entity]]) -> bool:
    """Whether a chemical span is a drug class's name in the lexicon ("statins", "Statin",
    "fluoropyrimidines"): a class names no drug given, whatever a generated vocabulary lists
    it under (found by cardiology and pharmacogenomics users: "respond poorly to statins"
    was simvastatin, which the paper never named, and "fluoropyrimidine" a drug of its own).

    >>> from kg.extract import load_lexicon
    >>> [_class_name(s, load_lexicon().lookup) for s in ("statins", "Statin", "simvastatin")]
    [True, True, False]
    """
    names = dict.fromkeys((surface, surface.lower(), surface[:-1] if surface.endswith("s") else surface))
    return any(e.type == "DrugClass" for name in names for e in lookup(name))


#: A long word (no English word is a DrugBank label of nine letters or more, bar chemicals).
_LONG_WORD = re.compile(r"[A-Za-z]{9,}")


def _drug_label(mention: Mention) -> bool:
    """Whether a drug mention is a DrugBank drug's own name, one long word: the tagger,
    trained on older papers, drops drugs it has not seen, and a name this long is no
    everyday word ("Hydroxyurea did not modify …", "apremilast 30 mg", found by
    haematology and dermatology users).

    >>> drug = Entity("DRUGBANK:DB01005", "Drug", "Hydroxyurea")
    >>> _drug_label(Mention(0, 11, "hydroxyurea", drug)), _drug_label(Mention(0, 3, "Set", Entity("x", "Drug", "Set")))
    (True, False)
    """
    return (mention.curie.startswith("DRUGBANK:") and mention.text.lower() == mention.entity.label.lower()
            and _LONG_WORD.fullmatch(mention.text) is not None)


#: A drug's code-like name of letters and three digits or more ("Ad26.COV2.S", "BNT162b2",
#: "mRNA-1273"), which no everyday word is.
_CODE_NAME = re.compile(r"(?=(?:\D*\d){3})(?=.*[A-Za-z])[A-Za-z][\w.-]{5,}")


def _drug_code_name(mention: Mention) -> bool:
    """Whether a drug mention is a DrugBank drug's code-like name as written: the tagger, trained
    on older papers, drops vaccines it has not seen (found by a nephrology/infectious-disease
    user: "The adenoviral vector vaccine Ad26.COV2.S had lower efficacy" named no drug).

    >>> _drug_code_name(Mention(0, 11, "Ad26.COV2.S", Entity("DRUGBANK:DB15857", "Drug", "Janssen COVID-19 Vaccine")))
    True
    """
    return mention.curie.startswith("DRUGBANK:") and _CODE_NAME.fullmatch(mention.text) is not None


#: An approved gene symbol with a digit ("C9orf72", "SOD1"), which no word of English is.
_SYMBOL_WITH_DIGIT = re.compile(r"(?=.*\d)(?=.*[A-Z])[A-Za-z][A-Za-z0-9]{3,}")


def _gene_symbol(mention: Mention) -> bool:
    """Whether a gene mention is its HGNC approved symbol as written, with a digit: the tagger
    dropped "C9orf72" before "ALS patients" once ALS read as the disease (found by a neurology user).

    >>> _gene_symbol(Mention(0, 7, "C9orf72", Entity("HGNC:28337", "Target", "C9orf72")))
    True
    """
    return (mention.type == "Target" and mention.curie.startswith("HGNC:") and mention.text == mention.entity.label
            and _SYMBOL_WITH_DIGIT.fullmatch(mention.text) is not None)


def _capitalised_label(text: str, mention: Mention) -> bool:
    """Whether a disease's or drug's own lower-case label opens a sentence, capitalised only
    for that: the tagger, which saw "gout" in running text, dropped "Gout flares were …"
    (found by a rheumatology user).

    >>> gout = Entity("MONDO:0005393", "Disease", "gout")
    >>> _capitalised_label("Gout flares.", Mention(0, 4, "Gout", gout)), _capitalised_label("a Gout", Mention(2, 6, "Gout", gout))
    (True, False)
    """
    if mention.type not in ("Disease", "Drug") or mention.entity.label != mention.text.lower() or len(mention.text) < 4:
        return False
    before = text[:mention.start].rstrip()
    return mention.text[:1].isupper() and (not before or before[-1] in ".!?:" or "\n" in text[len(before):mention.start])


def _balanced(text: str, span: Span) -> Span | None:
    """A tagger span cut before a bracket it does not close or open: a name holds its brackets.

    "epidermal growth factor receptor (EGFR) tyrosine kinase inhibitor" gave the span
    "EGFR) tyrosine kinase" (found by a new user), which hid the gene's symbol.

    >>> text = "receptor (EGFR) tyrosine kinase"
    >>> _balanced(text, (10, 31, "Gene")), _balanced(text, (0, 14, "Gene")), _balanced(text, (9, 15, "Gene"))
    ((10, 14, 'Gene'), (0, 8, 'Gene'), (9, 15, 'Gene'))
    """
    start, end, kind = span
    if "(" not in text[start:end] and ")" not in text[start:end]:
        return span
    depth = 0
    for i in range(start, end):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth < 0:
                end = i
                break
    if depth > 0:
        opened = text.rfind("(", start, end)
        while depth > 1:    # the outermost bracket left open
            opened, depth = text.rfind("(", start, opened), depth - 1
        if opened == start:
            start += 1
        else:
            end = opened
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end, kind) if end > start else None


def _widen(text: str, mention: Mention, spans: Sequence[Span]) -> Mention:
    """A sequence change keeps its entity but takes the tagger's bounds ("p.V600E", "BRAF V600E").

    Only for protein and DNA changes (:attr:`Entity.hgvs`): exon-level events and gene-level
    status keep the pattern's phrase, and so does a compound ("G1202R/L1196M"), which a
    tagger's span of one of its changes would cut to that change.
    """
    if mention.how != "pattern" or mention.entity.hgvs is None or "/" in mention.entity.hgvs:
        return mention
    for start, end, kind in spans:
        if kind == "Variant" and start < mention.end and mention.start < end and (start, end) != (mention.start, mention.end):
            return replace(mention, start=start, end=end, text=text[start:end])
    return mention


#: A short form in brackets inside a name: "interleukin (IL)-17A", "tumor necrosis factor (TNF)-α".
_INNER_SHORT_FORM = re.compile(r"\s*\([A-Za-z]{1,6}\)(?=[-\s]?\w)")


#: A subunit named before the complex it is part of: "p110alpha catalytic subunit of PI3K".
_SUBUNIT_OF = re.compile(r"(?:the\s+)?(\S+)\s+(?:catalytic\s+|regulatory\s+)?subunit\s+of\s+\S.*", re.IGNORECASE)


def _ground(surface: str, kind: str, lookup: Callable[[str], list[Entity]]) -> Entity | None:
    """The lexicon's entity of ``kind`` for a span the tagger read as a name.

    Its text as written (then without a trailing "gene", "protein" …), else in another
    case: the lexicon matches gene symbols and everyday words only as written ("KRAS",
    "Fever", "Iron"), so that "fever" in running text is no mention by itself; once the
    tagger has read "fever" or "kras" as a name of that kind, it is that entity, not a
    new one minted beside it (found by a user: ``kgr:entity-disease-fever`` next to
    MESH:D005334).

    >>> from kg.extract import load_lexicon
    >>> [_ground(s, k, load_lexicon().lookup).curie for s, k in [("kras", "Gene"), ("fever", "Disease"),
    ...                                                          ("EGFR tyrosine kinase", "Gene"),
    ...                                                          ("interleukin (IL)-17A", "Gene")]]
    ['HGNC:6407', 'MESH:D005334', 'HGNC:3236', 'HGNC:5981']
    """
    # "the p110alpha catalytic subunit of phosphatidylinositol 3-kinase": the subunit, one
    # gene, not the complex (found by a precision-oncology user: PIK3CA's p110α was PIK3CB,
    # the vocabulary's reading of the family's name). A subunit no vocabulary knows is none.
    subunit = _SUBUNIT_OF.match(surface)
    if subunit is not None:
        found = [e for e in lookup(subunit.group(1)) if e.type in KG_TYPES[kind]]
        return found[0] if found else None
    # "interleukin (IL)-17A": the short form defined inside the name is no part of it (found
    # by a dermatology user: a gene minted beside IL17A).
    for name in dict.fromkeys((surface, _TRAILING.sub("", surface), _INNER_SHORT_FORM.sub("", surface))):
        found = [e for e in lookup(name) if e.type in KG_TYPES[kind]]
        if found:
            return found[0]
    receptor = _receptor_of(surface, kind, lookup)
    if receptor is not None:
        return receptor
    for name in dict.fromkeys((surface.upper(), surface[:1].upper() + surface[1:], surface.lower())):
        found = [e for e in lookup(name) if e.type in KG_TYPES[kind]] if name != surface else []
        if found:
            return found[0]
    if kind in ("Chemical", "Disease") and surface.endswith("s") and not surface.endswith("ss") and len(surface) > 5:
        # A plural the vocabularies do not list: "cholangiocarcinomas" is cholangiocarcinoma
        # (found by a new user: it became an entity of its own beside MONDO's).
        for name in dict.fromkeys((surface[:-1], surface[:-1].lower())):
            found = [e for e in lookup(name) if e.type in KG_TYPES[kind]]
            if found:
                return found[0]
    return None


#: A receptor named by its ligand's or its own short name: "P2Y12 receptor", "AT1 receptors".
_RECEPTOR = re.compile(r"(\S+)[\s-]+receptors?", re.IGNORECASE)


def _receptor_of(surface: str, kind: str, lookup: Callable[[str], list[Entity]]) -> Entity | None:
    """The gene "X receptor" names when X is an alias of a receptor's gene whose symbol spells X
    with an R: "P2Y12 receptor" is P2RY12 (found by cardiology and pgx users: a gene
    ``kgr:entity-gene-p2y12-receptor`` was minted beside it). A ligand's symbol ("TNF
    receptor", "IL-6 receptor": TNF and IL6 have no R to add) names another gene, so none.

    >>> from kg.extract import load_lexicon
    >>> [getattr(_receptor_of(s, "Gene", load_lexicon().lookup), "label", None) for s in ("P2Y12 receptor", "TNF receptor")]
    ['P2RY12', None]
    """
    found = _RECEPTOR.fullmatch(surface) if kind == "Gene" else None
    if found is None:
        return None
    stem = found.group(1)
    gene = next((e for e in lookup(stem) if e.type == "Target" and e.curie.startswith("HGNC:")), None)
    if gene is None or gene.label in (stem, stem.replace("-", "").upper()) or "R" not in gene.label:
        return None
    return gene if schwartz_hearst(stem.replace("-", ""), gene.label) and gene.label[:1] == stem[:1].upper() else None


_SHORT_FORM = re.compile(r"\s*\(\s*")
#: A receptor named by its ligand and the ligand's short form: "calcitonin gene-related peptide
#: (CGRP) receptor" is no CALCA (:func:`kg.extract.entities._bracketed_receptors` reads the whole).
_BRACKET_RECEPTOR = re.compile(r"\s*\(\s*[^()\s]{1,12}\s*\)[\s-]+receptors?\b", re.IGNORECASE)
_RECEPTOR_AFTER_BRACKET = re.compile(r"\s*\)[\s-]+receptors?\b", re.IGNORECASE)


def _short_form(text: str, start: int, end: int, kept: Sequence[Mention], kind: str) -> Entity | None:
    """The entity of the short form defined right after a long one: "Isocitrate dehydrogenase
    1 (IDH1)" is IDH1's name, not a new gene (found by a new user). The two must agree as an
    abbreviation does: "solid tumors (melanoma)" is no definition (found in review)."""
    paren = _SHORT_FORM.match(text, end)
    if paren is None:
        return None
    return next((m.entity for m in kept if m.start == paren.end() and text.startswith(")", m.end)
                 and TAG_OF.get(m.type) == kind and (schwartz_hearst(m.text, text[start:end]) or _gene_name_of(
                     text[start:end], m) or _receptor_symbol(text[start:end], m))),
                None)


def _gene_name_of(long: str, symbol: Mention) -> bool:
    """Whether a gene's name of two or more words may be spelt out before its approved symbol
    though the symbol's letters are not all in it: "endothelin type A receptor (EDNRA)",
    "angiotensin II type 1 receptor (AGTR1)" (found by a nephrology user: a gene was minted
    beside EDNRA). The two start with the same letter and the symbol is an HGNC gene's. A family's
    word names the member its bracket gives: "cardiac myosin (MYH7)" (found by a cardiology user:
    a gene "myosin" was minted beside MYH7)."""
    return (symbol.type == "Target" and symbol.curie.startswith("HGNC:") and symbol.text == symbol.entity.label
            and (" " in long or long.lower() in PROTEIN_FAMILIES) and long[:1].lower() == symbol.text[:1].lower())


def _receptor_symbol(long: str, symbol: Mention) -> bool:
    """Whether "X receptor" is spelt before its gene's approved symbol, X with an R: "the 5-HT2C
    receptor (HTR2C)" (found by a neurology user: ``kgr:entity-gene-5-ht2c-receptor`` was minted
    beside HTR2C). X without a leading number ("5-") must start the symbol and be in it in order.

    >>> gene = Entity("HGNC:5295", "Target", "HTR2C")
    >>> _receptor_symbol("5-HT2C receptor", Mention(0, 5, "HTR2C", gene)), _receptor_symbol("TNF receptor", Mention(0, 5, "HTR2C", gene))
    (True, False)
    """
    found = _RECEPTOR.fullmatch(long)
    if found is None or symbol.type != "Target" or not symbol.curie.startswith("HGNC:") or symbol.text != symbol.entity.label:
        return False
    stem = re.sub(r"^\d+-?", "", found.group(1)).replace("-", "")
    return len(stem) >= 2 and stem[:1].upper() == symbol.text[:1] and "R" in symbol.text and schwartz_hearst(stem, symbol.text)


#: A bracket's opening, and what may close a synonym in it.
_BRACKET_OPEN = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*[);,]")


def _bracketed_synonym(text: str, start: int, end: int, kept: Sequence[Mention], kind: str) -> Entity | None:
    """The gene a synonym in brackets right after its symbol names: "PRKAA1 (AMPK alpha 1)" is
    PRKAA1, no gene of its own (found by a nephrology user: ``kgr:entity-gene-ampk-alpha-1``)."""
    if kind != "Gene" or not _BRACKET_OPEN.search(text, max(0, start - 3), start) or not _BRACKET_CLOSE.match(text, end):
        return None
    opened = text.rindex("(", 0, start)
    return next((m.entity for m in kept if m.type == "Target" and m.curie.startswith("HGNC:")
                 and not text[m.end:opened].strip()), None)


def _overlapping(mentions: Sequence[Mention], start: int, end: int, kind: str) -> Entity | None:
    """The entity of a same-type mention covering at least half of the span."""
    for m in mentions:
        overlap = min(end, m.end) - max(start, m.start)
        if TAG_OF.get(m.type) == kind and overlap * 2 >= end - start:
            return m.entity
    return None


#: A measurement, not a variant: "1.4nM", "(>1000nM", "20 mg/kg".
_MEASURE = re.compile(r"^\W*[<>≤≥]?\s*\d[\d.,]*\s*(?:[nµμum]?M|mg|g|kg|ml|mL|%|h|min|days?)\b"
                      # an assay's value: "IC50 > 1000", "Ki = 3" (found by a new user as a mutation)
                      r"|^(?:(?:IC|EC|GI|ED|LD|CC)50|IC90|K[id]|AUC|C ?max)\b", re.IGNORECASE)
#: A trial's phase ("Phase 1", "phase II"), which the tagger reads as a gene's name.
_PHASE = re.compile(r"phase\s*(?:[0-4]|i{1,3}|iv)[ab]?(?:\s*/\s*(?:[0-4]|i{1,3}|iv)[ab]?)?", re.IGNORECASE)
#: A trial's name, a capitalised word and its number ("CodeBreaK 300L", "KEYNOTE-189",
#: "IMpower150"), which the tagger reads as a variant (found by a precision-oncology user);
#: not a variant's own words ("Exon 19", "Delta 32"), nor a symbol and one digit ("APOE4").
_TRIAL_NAME = re.compile(r"(?!(?i:exons?|introns?|codons?|alleles?|haplotypes?|deletions?|insertions?|"
                         r"duplications?|positions?|residues?|nucleotides?|delta)(?![a-z]))(?=[a-z]*[A-Z])[A-Za-z]{4,}"
                         r"(?:[\s-]\d{1,4}|\d{2,4})[A-Za-z]?")


#: After a change, what says it is absent: no mutation (mutations.PATTERNS refuse it too).
_ABSENT_AFTER = re.compile(r"-(?:negative|wild-?type|null)\b", re.IGNORECASE)

#: Last words of protein-family names ("tyrosine kinase", "protein phosphatase").
_FAMILY_HEADS = {"kinase", "receptor", "phosphatase", "protease", "enzyme", "factor", "channel", "transporter",
                 "protein", "gene", "ligand", "hormone", "cytokine", "antibodie", "antibody"}


#: Last words of a chemical's span that make it a kind of drug, no drug of its own: "an antisense
#: oligonucleotide that binds …", "a serotonin-releasing agent" (found by a neurology user: both
#: were minted as drugs, and the oligonucleotide targeted SMN2 in nusinersen's place).
_CLASS_HEAD = re.compile(r"(?:^|[\s-])(?:agents?|oligonucleotides?|oligomers?|inhibitors?|antagonists?|agonists?|"
                         r"blockers?|modulators?|analog(?:ue)?s?|antibod(?:y|ies)|compounds?|drugs?|medications?|"
                         r"molecules?|derivatives?|therap(?:y|ies))$", re.IGNORECASE)


#: One word an adjective's ending makes: "ischemic", "thrombotic", "cardiovascular", "infectious".
_ADJECTIVE = re.compile(r"[A-Za-z][a-z]+(?:ic|ical|al|ous|ary|ive)")


def _nameable(surface: str, kind: str) -> bool:
    """Whether a span no vocabulary knows may become an entity of its own.

    Not a stop word ("tumors"); a lower-case gene name of two words must not start with a
    family word ("ligand 1", the end of "programmed death-ligand 1": found by a new user),
    and one of one or two words must not end in a family word ("tyrosine kinase"; "adiponectin" and "HNF-6" are fine); a variant needs a digit and is no
    measurement ("1.4nM", "IC50 > 1000"); no trial phase ("Phase 1") is a name.

    >>> [_nameable(s, k) for s, k in [("tumors", "Disease"), ("tyrosine kinase", "Gene"), ("HNF-6", "Gene"),
    ...                               ("1.4nM", "Variant"), ("G-to-A transition at 1691", "Variant"),
    ...                               ("IC50 > 1000", "Variant"), ("Phase 1", "Gene"), ("ligand 1", "Gene"),
    ...                               ("CodeBreaK 300L", "Variant"), ("Exon 19", "Variant"), ("Leu858Arg", "Variant"),
    ...                               ("ischemic", "Disease"), ("Ischemic", "Disease"), ("sarcoidosis", "Disease")]]
    [False, False, True, False, True, False, False, False, False, True, True, False, False, True]
    """
    lower = surface.lower()
    if (lower in STOP_NAMES or (lower.endswith("s") and lower[:-1] in STOP_NAMES) or surface in STOP_SYMBOLS
            or len(surface) < 2 or _PHASE.fullmatch(surface)):
        return False   # a stop word's plural too: "cancers" (found by a new user)
    if kind == "Gene":
        words = surface.lower().split()
        if len(words) == 2 and words[0].rstrip("s") in _FAMILY_HEADS and surface.islower():
            return False    # the end of a longer name: "ligand 1" of "programmed death-ligand 1"
        return (any(c.isupper() or c.isdigit() for c in surface) or len(words) >= 3
                or words[-1].rstrip("s") not in _FAMILY_HEADS)
    if kind == "Variant":
        return any(c.isdigit() for c in surface) and _MEASURE.match(surface) is None and not _TRIAL_NAME.fullmatch(surface)
    if kind == "Chemical" and _CLASS_HEAD.search(surface):
        return False    # "antisense oligonucleotide", "a serotonin-releasing agent": a kind of drug, none (a neurology user)
    if kind == "Disease" and _ADJECTIVE.fullmatch(surface):
        return False    # "ischemic events": an adjective alone names no disease (cardiology and pgx users)
    return True


def _local(surface: str, kind: str) -> Entity:
    """An entity of the document's own, for a name no vocabulary has (``kgr:entity-gene-hnf-6``).

    >>> _local("HNF-6", "Gene").curie, _local("HNF-6", "Gene").type
    ('kgr:entity-gene-hnf-6', 'Target')
    """
    slug = re.sub(r"[^a-z0-9]+", "-", surface.lower()).strip("-")[:80] or "x"
    if kind == "Variant":
        return Entity(curie=f"kgr:mutation-{slug}", type="Mutation", label=surface, variant_type="SO:0001059")
    return Entity(curie=f"kgr:entity-{kind.lower()}-{slug}", type=KG_TYPES[kind][0], label=surface)


__all__ = ["KG_TYPES", "MODELS", "Tagger", "features", "load_tagger", "retag", "spans_of", "tokens", "train"]
