"""The lexicon: surface forms → :class:`~kg.model.Entity`, and a fast matcher over it.

Entries come from the curated YAML in ``ontology/lexicon/`` (loaded through
:mod:`kg.resources`). Each name is expanded to its British/American spellings and a
plural of its last word, so files list a name once. Matching is one Aho–Corasick pass
(``ahocorasick_rs``) over a case-folded copy of the text with the same length, then
Unicode word boundaries and case-sensitive forms are checked, and the longest,
leftmost matches win.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

import ahocorasick_rs
import yaml

from kg.errors import UnknownTermError
from kg.model import ENTITY_TYPES, Entity

#: Types a lexicon file may declare: the entity classes plus drug classes.
LEXICON_TYPES = (*ENTITY_TYPES, "DrugClass")

#: American → British spellings applied both ways to every name.
SPELLINGS = (
    ("tumor", "tumour"), ("edema", "oedema"), ("hemorrhag", "haemorrhag"),
    ("diarrhea", "diarrhoea"), ("leukemia", "leukaemia"), ("anemia", "anaemia"),
    ("randomiz", "randomis"), ("stabiliz", "stabilis"), ("esophag", "oesophag"),
)


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
    return "".join(c if len(low := c.lower()) != 1 else low for c in text)


def variants(name: str) -> set[str]:
    """Spelling and plural variants of a name (the name included).

    >>> sorted(variants("stromal tumor"))
    ['stromal tumor', 'stromal tumors', 'stromal tumour', 'stromal tumours']
    """
    forms = {name}
    for us, gb in SPELLINGS:
        forms |= {f.replace(us, gb) for f in forms} | {f.replace(gb, us) for f in forms}
    plurals = set()
    for form in forms:
        last = form.rsplit(" ", 1)[-1]
        if last.isalpha() and last.islower() and len(last) > 3 and not last.endswith(("s", "y")):
            plurals.add(form + "s")
    return forms | plurals


class Lexicon:
    """Names of entities and the matcher that finds them in text.

    :param entries: Rows of ``(entity, names, case-sensitive names)``; names match in
        any case and spelling, case-sensitive names only exactly as written.
    """

    def __init__(self, entries: Iterable[tuple[Entity, Iterable[str], Iterable[str]]]) -> None:
        self.entities: dict[str, Entity] = {}
        self._by_name: dict[str, list[Entity]] = {}
        patterns: dict[str, set[bool]] = {}
        exact: dict[str, list[Entity]] = {}
        for entity, names, sensitive in entries:
            self.entities[entity.curie] = entity
            for name in names:
                for form in variants(name):
                    key = fold(form)
                    bucket = self._by_name.setdefault(key, [])
                    if entity not in bucket:
                        bucket.append(entity)
                    patterns.setdefault(key, set()).add(False)
            for name in sensitive:
                bucket = exact.setdefault(name, [])
                if entity not in bucket:
                    bucket.append(entity)
                patterns.setdefault(fold(name), set()).add(True)
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

    def lookup(self, name: str) -> list[Entity]:
        """Entities a name (any case, any listed spelling) stands for; exact forms first."""
        return list(self._exact.get(name, ())) + [
            e for e in self._by_name.get(fold(name), ()) if e not in self._exact.get(name, ())
        ]

    def find(self, text: str) -> list[Match]:
        """Find every lexicon name in ``text``; longest leftmost matches win.

        :returns: Non-overlapping matches in reading order.
        """
        if self._matcher is None:
            return []
        folded = fold(text)
        candidates: list[Match] = []
        for index, start, end in self._matcher.find_matches_as_indexes(folded, overlapping=True):
            if (start > 0 and _word_char(text[start - 1])) or (end < len(text) and _word_char(text[end])):
                continue
            written = text[start:end]
            exact = self._exact.get(written, [])
            loose = self._by_name.get(self._patterns[index], [])
            entities = exact + [e for e in loose if e not in exact]
            if not entities:
                continue
            candidates.append(Match(start, end, written, entities[0], tuple(entities[1:])))
        candidates.sort(key=lambda m: (m.start, -(m.end - m.start)))
        chosen: list[Match] = []
        for match in candidates:
            if chosen and match.start < chosen[-1].end:
                continue
            chosen.append(match)
        return chosen


def _word_char(char: str) -> bool:
    return char.isalnum() or char == "_"


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


def load_lexicon(texts: Mapping[str, str] | None = None) -> Lexicon:
    """Load the curated lexicon shipped with kg (or the given YAML texts).

    :param texts: File name → YAML text; defaults to ``ontology/lexicon/*.yaml``.

    >>> lexicon = load_lexicon()
    >>> [m.entity.label for m in lexicon.find("Gleevec blocks KIT, not kit.")]
    ['imatinib', 'KIT']
    """
    if texts is None:
        from kg.resources import load_lexicon_files

        texts = load_lexicon_files()
    rows = []
    for source in sorted(texts):
        rows.extend(entries_from_yaml(yaml.safe_load(texts[source]) or {}, source))
    return Lexicon(rows)

