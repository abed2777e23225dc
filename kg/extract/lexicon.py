"""The lexicon: surface forms → :class:`~kg.model.Entity`, and a fast matcher over it.

Entries come from the curated YAML in ``ontology/lexicon/`` (loaded through
:mod:`kg.resources`). Each name is expanded to its British/American spellings and a
plural of its last word, so files list a name once. Matching is one Aho–Corasick pass
(``ahocorasick_rs``) over a case-folded copy of the text with the same length, then
Unicode word boundaries and case-sensitive forms are checked, and the longest,
leftmost matches win.
"""

from __future__ import annotations

import functools
import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import ahocorasick_rs
import yaml

from kg.errors import UnknownTermError
from kg.extract.stoplist import CELL_LINES, GENE_FAMILIES, STOP_NAMES
from kg.model import ENTITY_TYPES, Entity

#: Types a lexicon file may declare: the entity classes plus drug classes.
LEXICON_TYPES = (*ENTITY_TYPES, "DrugClass")

#: American → British spellings applied both ways to every name.
SPELLINGS = (
    ("tumor", "tumour"), ("edema", "oedema"), ("hemorrhag", "haemorrhag"),
    ("diarrhea", "diarrhoea"), ("leukemia", "leukaemia"), ("anemia", "anaemia"),
    ("randomiz", "randomis"), ("stabiliz", "stabilis"), ("esophag", "oesophag"),
    # CTCAE writes "Infusion related reaction", "Injection site reaction"; abstracts hyphenate
    # (found by an oncology user: "infusion-related reactions (66%)" was no event). The
    # generated lexicon's CTCAE names take these variants when it is built.
    (" related ", "-related "), (" site ", "-site "),
)


#: A lexicon row: an entity, the names matched in any case, the names matched only as
#: written, and (optionally) whether to add spelling and plural variants (default yes).
Row = tuple[Entity, Iterable[str], Iterable[str]] | tuple[Entity, Iterable[str], Iterable[str], bool]


@dataclass(frozen=True, slots=True)
class Match:
    """A lexicon hit: the span, the text as written and the entity it names."""

    start: int
    end: int
    text: str
    entity: Entity
    #: Other entities the same text names (the match is ambiguous when there are any).
    alternatives: tuple[Entity, ...] = ()


def fold(text: str) -> str:
    """Lower-case ``text`` without changing its length (offsets stay valid).

    >>> fold("İmatinib KIT")  # 'İ'.lower() has two code points, so it stays
    'İmatinib kit'
    """
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c if len(lc := c.lower()) != 1 else lc for c in text)


#: The British spellings of Greek "-aemia" (blood) and "haem-", which every vocabulary's
#: name takes, generated ones too (found by an oncology user: "Hyperglycaemia" and
#: "hypertriglyceridaemia" were no event, the tagger read the latter as hypercholesterolemia).
_EMIA = re.compile(r"(?<=[b-df-hj-np-tv-z])(a?)emi(?=as?\b|c\b)")
_HEM = re.compile(r"(?<![\w-])h(a?)em(?=at|o)")


def blood_spellings(name: str) -> set[str]:
    """The name with "-emia" and "hem-" written both ways.

    >>> sorted(blood_spellings("hypertriglyceridemia")), sorted(blood_spellings("haematological toxicity"))
    (['hypertriglyceridaemia', 'hypertriglyceridemia'], ['haematological toxicity', 'hematological toxicity'])
    >>> sorted(blood_spellings("chemotherapy-induced anemia"))
    ['chemotherapy-induced anaemia', 'chemotherapy-induced anemia']
    """
    if "em" not in name:
        return {name}
    us = _HEM.sub("hem", _EMIA.sub("emi", name))
    gb = _HEM.sub("haem", _EMIA.sub("aemi", name))
    return {name, us, gb}


def variants(name: str) -> set[str]:
    """Spelling and plural variants of a name (the name included).

    >>> sorted(variants("stromal tumor"))
    ['stromal tumor', 'stromal tumors', 'stromal tumour', 'stromal tumours']
    """
    forms = {name}
    for us, gb in SPELLINGS:
        forms |= {f.replace(us, gb) for f in forms} | {f.replace(gb, us) for f in forms}
    forms = {b for f in forms for b in blood_spellings(f)}
    plurals = set()
    for form in forms:
        last = form.rsplit(" ", 1)[-1]
        if last.isalpha() and last.islower() and len(last) > 3 and not last.endswith(("s", "y")):
            plurals.add(form + "s")
    return forms | plurals


#: Cell lines' names without their hyphen: HGNC lists "Huh7" as an alias of MIR7-3HG, so a
#: hepatoma cell line was a gene "associated with" liver cancer (found by a hepatology user).
#: Dropped when the lexicon loads, so no rebuild of the TSV is needed.
_CELL_LINE_KEYS = frozenset(line.replace("-", "") for line in CELL_LINES)


class Lexicon:
    """Names of entities and the matcher that finds them in text.

    :param entries: Rows of ``(entity, names, case-sensitive names)``; names match in
        any case and spelling, case-sensitive names only exactly as written.
    """

    def __init__(self, entries: Iterable[Row]) -> None:
        self.entities: dict[str, Entity] = {}
        self._by_name: dict[str, list[Entity]] = {}
        #: Entities from curated rows: they win over generated ones for the same text.
        self._curated: set[str] = set()
        exact: dict[str, list[Entity]] = {}
        patterns: set[str] = set()
        for row in entries:
            entity, names, sensitive = row[0], row[1], row[2]
            spell = row[3] if len(row) > 3 else True
            if spell:
                self._curated.add(entity.curie)
            self.entities.setdefault(entity.curie, entity)
            entity = self.entities[entity.curie]
            for name in names:
                if not spell and fold(name) in STOP_NAMES:
                    continue    # a generated name that is an everyday word (:data:`~kg.extract.stoplist.STOP_NAMES`)
                if not spell and entity.type == "Target" and fold(name) in GENE_FAMILIES:
                    continue    # a family's name, no one gene's (:data:`~kg.extract.stoplist.GENE_FAMILIES`)
                for form in variants(name) if spell else blood_spellings(name):
                    key = fold(form)
                    bucket = self._by_name.setdefault(key, [])
                    if not any(e is entity for e in bucket):
                        bucket.append(entity)
                    patterns.add(key)
            for name in sensitive:
                if not spell and name.upper().replace("-", "") in _CELL_LINE_KEYS:
                    continue    # a cell line's name a vocabulary gives a gene: "Huh7" is no MIR7-3HG
                if not spell and entity.type == "Target" and fold(name) in GENE_FAMILIES:
                    continue
                bucket = exact.setdefault(name, [])
                if not any(e is entity for e in bucket):
                    bucket.append(entity)
                patterns.add(fold(name))
        self._exact = exact
        self._patterns = sorted(patterns)
        self._matcher = ahocorasick_rs.AhoCorasick(self._patterns) if self._patterns else None
        self.version = hashlib.sha256("\n".join(self._patterns).encode()).hexdigest()[:12]

    def __len__(self) -> int:
        return len(self.entities)

    def get(self, curie: str) -> Entity:
        """The entity with this identifier.

        :raises UnknownTermError: When no entry has it.
        """
        try:
            return self.entities[curie]
        except KeyError:
            raise UnknownTermError(f"no lexicon entry {curie!r}") from None

    def is_curated(self, curie: str) -> bool:
        """Whether the entity comes from the curated YAML (checked by hand), not a generated vocabulary."""
        return curie in self._curated

    def lookup(self, name: str) -> list[Entity]:
        """Entities a name (any case, any listed spelling) stands for; exact forms first,
        then a disease before a susceptibility or locus entry of it (:meth:`_disease_first`)."""
        found = list(self._exact.get(name, ())) + [
            e for e in self._by_name.get(fold(name), ()) if e not in self._exact.get(name, ())
        ]
        return self._disease_first(found, name)

    def _disease_first(self, entities: list[Entity], written: str) -> list[Entity]:
        """``entities`` with a common disease moved before a genetic entry that heads them.

        MONDO keeps OMIM's loci and susceptibilities beside the disease: "dermatitis, atopic"
        (MONDO:0011292) beside atopic eczema (MONDO:0004980), "nasopharyngeal carcinoma,
        susceptibility to, 1", "Noonan syndrome 1". A corpus learned "atopic dermatitis" for
        the first through its MeSH cross-reference, so the disease a user means was only an
        alternative (found by a new user's trial). A name that itself carries a number or an
        acronym ("Noonan syndrome 1", "ATOD") names the entry it reads as, and a curated
        entry is never overruled by a generated one.
        """
        head = entities[0] if entities else None
        if (head is None or not _locus_entry(head) or written.isupper()
                or _NUMBERED_NAME.search(written)):
            return entities
        common = next((e for e in entities[1:] if e.type == head.type and not _locus_entry(e)
                       and (e.curie in self._curated) == (head.curie in self._curated)), None)
        if common is None:
            return entities
        return [common, *(e for e in entities if e is not common)]

    def _sentence_initial(self, text: str, start: int, written: str) -> list[Entity]:
        """The entities of a lower-case name written with a capital only because it opens a
        sentence: "Acne and elevated creatine phosphokinase were more common …", "Gout
        flares …" (found by immunology and rheumatology users: the lexicon matches everyday
        words as written, and missed them there)."""
        if not (written[:1].isupper() and written[1:].islower()):
            return []
        before = text[:start].rstrip()
        if before and before[-1] not in ".!?:" and not text[len(before):start].count("\n"):
            return []
        return list(self._exact.get(written[0].lower() + written[1:], ()))

    def find(self, text: str) -> list[Match]:
        """Find every lexicon name in ``text``; longest leftmost matches win.

        :returns: Non-overlapping matches in reading order.
        """
        if self._matcher is None:
            return []
        folded = fold(text)
        # A name must start and end at word boundaries. Most raw matches do not ("in" inside
        # "insulin"); two sets of allowed offsets, from one C-level scan, reject them cheaply.
        breaks = [m.start() for m in _NON_WORD.finditer(text)]
        starts = {0, *(b + 1 for b in breaks)}
        ends = {len(text), *breaks}
        candidates: list[Match] = []
        for index, start, end in self._matcher.find_matches_as_indexes(folded, overlapping=True):
            if start not in starts:
                continue
            if folded.startswith("non-", start - 4) and (start == 4 or not folded[start - 5].isalnum()):
                # "non-X" is not X: "Non-small-cell lung cancers" held "small-cell lung cancers"
                # (found by a precision-oncology user); a name of "non-…" matches from its "non".
                continue
            plural = end not in ends
            if plural:
                # A disease's plural the vocabularies do not list ("cholangiocarcinomas",
                # found by a new user); the name alone must be a disease's.
                if not (text.startswith("s", end) and end + 1 in ends and end - start >= 5
                        and text[end - 1].islower() and text[end - 1] != "s"
                        and fold(text[start:end + 1]) not in self._by_name):   # a name of its own
                    continue
                end += 1
            if text[end:end + 5].lower() == "-like" and _LIKE_PROTEIN.match(text, end):
                continue    # "Insulin-like growth factor 1" names another protein ("seizure-like" is a seizure)
            written = text[start:end]
            exact = self._exact.get(written, []) or self._sentence_initial(text, start, written)
            loose = self._by_name.get(self._patterns[index], [])
            entities = exact + [e for e in loose if e not in exact]
            if plural:
                entities = [e for e in loose if e.type == "Disease"]
            if not entities:
                continue
            if len(entities) > 1:
                # Curated first; then the gene the name is the symbol of: "NBN" is nibrin's
                # symbol and an alias of ARTN (found in review), "MMP-2" spells MMP2 and is an
                # alias of MAP1A. Only genes: a disease's label in one vocabulary is no better
                # a reading than another's synonym.
                bare = written.replace("-", "")
                entities.sort(key=lambda e: (e.curie not in self._curated,
                                             not (e.type == "Target" and e.label in (written, bare))))
                # Then, for a name that is no acronym and not matched as written (the readings the
                # corpora taught), the entity of the same type and standing it is the label of:
                # "retinitis pigmentosa" is MONDO's retinitis pigmentosa, not "retinitis
                # pigmentosa 1" that lists it as a synonym (found by a nephrology user).
                head = entities[0]
                labelled = next((e for e in entities[1:] if e.type == head.type and e not in exact
                                 and (e.curie in self._curated) == (head.curie in self._curated)
                                 and fold(e.label) == fold(written)), None)
                if (labelled is not None and head not in exact and not written.isupper()
                        and fold(head.label) != fold(written)):
                    entities.remove(labelled)
                    entities.insert(0, labelled)
                entities = self._disease_first(entities, written)
            candidates.append(Match(start, end, written, entities[0], tuple(entities[1:])))
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Match] = []
        for match in candidates:
            if chosen and match.start < chosen[-1].end:
                continue
            chosen.append(match)
        return chosen


#: A MONDO label of an OMIM locus or susceptibility, not of the disease: inverted ("dermatitis,
#: atopic", "lymphoma, non-Hodgkin, familial"), "susceptibility to", or a bare locus number
#: ("Noonan syndrome 1"; "neurofibromatosis type 1" is a clinical type, a disease).
_LOCUS_LABEL = re.compile(r"susceptib|, |(?<!type)(?<!group) \d+[A-Z]?$", re.IGNORECASE)
#: A written name that names a numbered entry itself: "Bardet-Biedl syndrome 2", "citrullinemia type II".
_NUMBERED_NAME = re.compile(r"\d|\b(?:type|group|form) [IVX]+\b|\b[IVX]+$", re.IGNORECASE)


def _locus_entry(entity: Entity) -> bool:
    """Whether ``entity`` is a MONDO disease entry of a locus or susceptibility (:data:`_LOCUS_LABEL`)."""
    return entity.type == "Disease" and entity.curie.startswith("MONDO:") and bool(_LOCUS_LABEL.search(entity.label))


#: After a name, what makes it part of another protein's name: "Insulin-like growth factor".
_LIKE_PROTEIN = re.compile(r"-like[\s-]+(?:growth\s+factors?|proteins?|receptors?|kinases?|domains?|peptides?|"
                           r"factors?|family|genes?)\b", re.IGNORECASE)
#: A character that is not part of a word (``\w`` is ``str.isalnum()`` or ``_``).
_NON_WORD = re.compile(r"\W")


def entries_from_yaml(data: Mapping[str, Any], source: str) -> list[tuple[Entity, list[str], list[str]]]:
    """Turn one parsed lexicon file into ``(entity, names, case-sensitive names)`` rows.

    :raises UnknownTermError: When the file's ``type`` is not one of :data:`LEXICON_TYPES`
        or an entry lacks ``id`` or ``label``.
    """
    kind = data.get("type")
    if kind not in LEXICON_TYPES:
        raise UnknownTermError(
            f"{source}: unknown lexicon type {kind!r}; valid: {', '.join(LEXICON_TYPES)}"
        )
    rows = []
    for i, entry in enumerate(data.get("entries") or []):
        if not entry.get("id") or not entry.get("label"):
            raise UnknownTermError(f"{source}: entry {i} needs both 'id' and 'label'")
        synonyms = [str(s) for s in entry.get("synonyms") or []]
        sensitive = [str(s) for s in entry.get("case_sensitive") or []]
        label = str(entry["label"])
        entity = Entity(
            curie=str(entry["id"]),
            type=str(kind),
            label=label,
            synonyms=tuple(dict.fromkeys(synonyms + sensitive)),
            xrefs=tuple(str(x) for x in entry.get("xrefs") or []),
        )
        # A label listed as case-sensitive (KIT, GIST) is matched only as written.
        names = [label] if label not in sensitive else []
        rows.append((entity, names + synonyms, sensitive))
    return rows


#: A word, or a compound of words joined by hyphens ("Charcot-Marie-Tooth", "Drug-Related").
_COMPOUND = re.compile(r"(?<![\w'])[^\W\d_][\w']*(?:-[\w']+)*")
#: A word written with a capital only, as a title or a name's first word writes it: "Sotorasib",
#: "Headache", "Disease" of MeSH's "Alzheimer Disease", "Workers'".
_CAPITALISED = re.compile(r"[A-Z][a-z]+(?:'s|')?")


def proper_nouns(labels: Iterable[str]) -> frozenset[str]:
    """The capitalised words and compounds of labels written in lower case but for proper nouns
    (MONDO's: "Crohn disease", "Charcot-Marie-Tooth disease type 1A"): the eponyms and genera a
    label keeps as written. A word the labels write in lower case as often is a common one,
    which a label capitalised opening it ("Related disease"); "Tooth", capitalised only inside
    "Charcot-Marie-Tooth", is proper there, not alone.

    >>> sorted(proper_nouns(["Crohn disease", "atopic eczema", "Epstein-Barr virus infection",
    ...                      "Related disease", "related harm", "harm related to it"]))
    ['Crohn', 'Epstein-Barr']
    """
    labels = list(labels)
    capitalised: Counter[str] = Counter()
    lower: Counter[str] = Counter()
    for label in labels:
        for compound in _COMPOUND.findall(label):
            if any(_CAPITALISED.fullmatch(part) for part in compound.split("-")):
                capitalised[compound] += 1
            elif compound[:1].islower():
                lower[compound] += 1
    return frozenset(w for w, n in capitalised.items() if n > lower[w[0].lower() + w[1:]])


def common_case(label: str, proper: frozenset[str] = frozenset()) -> str:
    """A vocabulary's label with its common nouns in lower case, as the curated lexicon writes
    them: DrugBank capitalises its first word ("Sotorasib", "Tenofovir disoproxil") and MeSH
    every word ("Headache", "Alzheimer Disease"), ChEBI and CTCAE write "imatinib",
    "headache", so one graph's labels mixed both (found by a new user). Acronyms, symbols and
    names with inner capitals or digits stay as written, and so do the ``proper`` nouns
    (:func:`proper_nouns`) and any compound with one ("Cheyne-Stokes"). Applied when the
    lexicon is read: no rebuild of the TSV is needed.

    >>> common_case("Tenofovir disoproxil"), common_case("Alzheimer Disease", frozenset({"Alzheimer"}))
    ('tenofovir disoproxil', 'Alzheimer disease')
    >>> common_case("HER2"), common_case("mRNA-1273"), common_case("Interferon alfa-2b"), common_case("Vitamin D")
    ('HER2', 'mRNA-1273', 'interferon alfa-2b', 'vitamin D')
    >>> common_case("Drug-Related Side Effects"), common_case("Cheyne-Stokes Respiration", frozenset({"Stokes"}))
    ('drug-related side effects', 'Cheyne-Stokes respiration')
    """
    def lower(match: re.Match[str]) -> str:
        compound = match.group(0)
        parts = compound.split("-")
        if compound in proper or any(part in proper for part in parts):
            return compound
        return "-".join(p[0].lower() + p[1:] if _CAPITALISED.fullmatch(p) else p for p in parts)

    return _COMPOUND.sub(lower, label)


def generated_rows(data: bytes, curated: dict[str, Entity]) -> list[Row]:
    """Rows of the generated lexicon (gzip TSV from ``kg lexicon build``).

    An entry whose id is a curated entry's id or cross-reference adds its names to that
    curated entity (``DRUGBANK:DB00619`` → imatinib's ``CHEBI:45783``) instead of making a
    second node for the same thing. Generated names get no spelling variants: the
    vocabularies list their own.
    """
    import csv
    import gzip
    import io

    by_xref = {x: e for e in curated.values() for x in (e.curie, *e.xrefs)}
    rows: list[Row] = []
    text = gzip.decompress(data).decode("utf-8")
    table = list(csv.reader(io.StringIO(text), delimiter="\t", quoting=csv.QUOTE_NONE, escapechar="\\"))[1:]
    proper = proper_nouns(label for curie, _, label, *_ in table if curie.startswith("MONDO:"))
    for curie, kind, label, names, exact, xrefs in table:
        label = common_case(label, proper)
        name_list = [n for n in names.split("|") if n]
        exact_list = [n for n in exact.split("|") if n]
        target = by_xref.get(curie)
        if target is not None:
            rows.append((target, name_list, exact_list, False))
            continue
        entity = Entity(curie=curie, type=kind, label=label, synonyms=tuple(name_list + exact_list)[:20],
                        xrefs=tuple(x for x in xrefs.split("|") if x))
        rows.append((entity, name_list, exact_list, False))
    return rows


@functools.lru_cache(maxsize=4)
def _shipped(generated: bool) -> Lexicon:
    from kg.resources import load_generated_lexicon, load_lexicon_files

    texts = load_lexicon_files()
    rows: list[Row] = []
    for source in sorted(texts):
        rows.extend(entries_from_yaml(yaml.safe_load(texts[source]) or {}, source))
    data = load_generated_lexicon() if generated else None
    if data is not None:
        curated = {row[0].curie: row[0] for row in rows}
        rows.extend(generated_rows(data, curated))
    lexicon = Lexicon(rows)
    lexicon.version = shipped_version(generated)
    return lexicon


@functools.lru_cache(maxsize=4)
def shipped_version(generated: bool = True) -> str:
    """The version of the shipped lexicon (:func:`load_lexicon`), without loading it: a
    digest of the files it is built from (the curated YAML and the generated TSV) and of
    this module, which reads them. A build that extracts nothing needs only this
    (loading the lexicon takes 4 s and 0.5 GB).

    >>> shipped_version() == load_lexicon().version != shipped_version(False)
    True
    """
    from kg.resources import load_generated_lexicon, load_lexicon_files

    digest = hashlib.sha256(Path(__file__).read_bytes())
    for name, text in sorted(load_lexicon_files().items()):
        digest.update(f"{name}\n{len(text)}\n{text}".encode())
    data = load_generated_lexicon() if generated else None
    if data is not None:
        digest.update(b"generated\n" + data)
    return digest.hexdigest()[:12]


def load_lexicon(texts: Mapping[str, str] | None = None, *, generated: bool = True) -> Lexicon:
    """Load the lexicon shipped with kg: the curated YAML plus the generated vocabulary.

    The shipped lexicon is built once per process and reused.

    :param texts: File name → YAML text, to load only these curated files instead.
    :param generated: Add the generated lexicon (``ontology/lexicon/generated.tsv.gz``)
        when the package has one.

    >>> lexicon = load_lexicon()
    >>> [m.entity.label for m in lexicon.find("Gleevec blocks KIT, not kit.")]
    ['imatinib', 'KIT']
    """
    if texts is None:
        return _shipped(generated)
    rows: list[Row] = []
    for source in sorted(texts):
        rows.extend(entries_from_yaml(yaml.safe_load(texts[source]) or {}, source))
    return Lexicon(rows)
