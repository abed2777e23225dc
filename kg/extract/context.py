"""What a document is about: its main drug, disease and gene, and its cue words.

Two document-level rules (DESIGN §5) need them: the main drug is the subject of
adverse-event and outcome sentences that name no drug, and of mechanism sentences
("Inhibition of the KIT signal-transduction pathway …"); a mutation that names no
gene belongs to the main gene. Both mark their evidence ``inferred``.
"""

from __future__ import annotations

import functools
import re
from collections import Counter
from dataclasses import dataclass, field

from kg.model import Document, Mention, Sentence

#: Words that make a statement negative; the matched word is kept as ``kg:cue``.
NEGATION_CUES = re.compile(
    # "with or without X" and "with and without X" deny nothing, nor do "not only" and
    # "not restricted to" ("Responses were not restricted to R132H" widens, not denies),
    # nor "never-smoking" (found by a new user: it denied an EGFR L858R response).
    r"\b(no|not|never(?![\s-]*smok)|none of|neither|nor|(?<!with or )(?<!with and )without|failed to|fails to|did not|does not|do not|"
    r"was not|were not|lack of|absence of|unable to|cannot)\b"
    r"(?!\s+(?:only|just|merely|(?:restricted|limited|confined) to)\b)",
    re.IGNORECASE,
)
#: Words that make a statement tentative; the matched word is kept as ``kg:cue``. "Potentially"
#: before a grade of severity tells how bad the harm is, not that it is uncertain ("a
#: potentially life-threatening adverse drug reaction", found by a pharmacogenomics user).
HEDGE_CUES = re.compile(
    r"\b(may|might|could(?!\s+not)|suggests?|suggested|suggesting|possibl[ey]|"
    r"potential(?:ly)?(?![\s-]+(?:life[\s-]threatening|fatal|lethal|serious|severe|deadly))|promising|"
    # (a comparison is no doubt: "55% less likely than placebo recipients to have an
    # exacerbation", "twice as likely", found by a new user's trial)
    r"unlikely(?!\s+to\s+(?:respond|benefit))|(?<!less )(?<!more )(?<!as )likely|appears?|evaluated?|investigated|hypothesi[sz]ed|whether|preliminary)\b",
    re.IGNORECASE,
)
#: After a drug: it is the patients' history, not what they were given ("gefitinib-resistant
#: NSCLC", "the gefitinib-pretreated cohort", "with gefitinib pretreatment").
HISTORY = re.compile(r"[\s-]*(?:resistant|refractory|pre-?treated|pretreatment|naive|naïve|intolerant|failure|"
                     r"exposed|experienced)\b", re.IGNORECASE)
#: Clause boundaries inside a sentence: cues do not cross them. "but" breaks with or
#: without a comma ("inhibits KIT but not FLT3"), except in "not only … but also"; so does
#: a colon ("Responses were not restricted to R132H: patients with R132C also responded").
# (not the ";" of "t(11;14)", a translocation's name: found by a haematology user)
CLAUSE_BREAK = re.compile(r";(?![XY\d]{1,2}\))|:\s|,\s*(?:but|although|whereas|while|however)\b|\bhowever,|"
                          r"\bbut\b(?!\s+also\b)")
#: ", and" between two clauses ("X did not cause fever, and Y caused fever"), which
#: :func:`clause_bounds` tells from the last item of a list ("A, B, and C").
_AND = re.compile(r",\s*and\b")


@dataclass(frozen=True, slots=True)
class Context:
    """A document with its sentences and mentions, and what it is about."""

    document: Document
    sentences: tuple[Sentence, ...]
    mentions: tuple[Mention, ...]
    main_drug: Mention | None
    main_disease: Mention | None
    main_gene: Mention | None
    #: Each sentence's mentions, found once: the rules ask for them dozens of times per sentence.
    _inside: dict[tuple[int, int], tuple[Mention, ...]] = field(default_factory=dict, compare=False, repr=False)

    def in_sentence(self, sentence: Sentence, type_: str | None = None) -> list[Mention]:
        """Mentions inside a sentence, optionally of one type, in reading order."""
        key = (sentence.start, sentence.end)
        inside = self._inside.get(key)
        if inside is None:
            inside = self._inside[key] = tuple(m for m in self.mentions
                                               if sentence.start <= m.start and m.end <= sentence.end)
        return [m for m in inside if type_ is None or m.type == type_]


def main_mention(mentions: list[Mention], title_end: int) -> Mention | None:
    """The first mention in the title, else the most frequent entity's first mention."""
    if not mentions:
        return None
    in_title = [m for m in mentions if m.end <= title_end]
    if in_title:
        return in_title[0]
    counts = Counter(m.curie for m in mentions)
    best = max(counts.values())
    return next(m for m in mentions if counts[m.curie] == best)


def build_context(document: Document, sentences: list[Sentence], mentions: list[Mention]) -> Context:
    """Bundle a document's sentences and mentions and pick its main entities."""
    title_end = document.sections[0].end if document.sections else 0
    of_type = {t: [m for m in mentions if m.type == t] for t in ("Drug", "Disease", "Target")}
    return Context(
        document=document,
        sentences=tuple(sentences),
        mentions=tuple(mentions),
        main_drug=main_mention(of_type["Drug"], title_end),
        main_disease=main_mention(of_type["Disease"], title_end),
        main_gene=main_mention(of_type["Target"], title_end),
    )


def clause_bounds(sentence: Sentence, offset: int) -> tuple[int, int]:
    """The ``[start, end)`` of the clause of ``sentence`` that holds ``offset``.

    A ", and" ends a clause unless it ends a list: unless a comma comes before it since the
    last break, with at most three words between the two ("A, B, and C";
    "In resistant cells, gefitinib did not inhibit EGFR, and …" is two clauses).

    >>> s = Sentence(0, 64, "Dabrafenib did not cause fever, and trametinib caused fever.", "abstract")
    >>> clause_bounds(s, 40), clause_bounds(s, 3)
    ((35, 64), (0, 30))
    >>> s = Sentence(0, 48, "Imatinib, nilotinib, and dasatinib did not work.", "abstract")
    >>> clause_bounds(s, 0)
    (0, 48)
    >>> s = Sentence(0, 70, "In these cells, gefitinib did not inhibit EGFR, and erlotinib did.", "abstract")
    >>> clause_bounds(s, 60)
    (51, 70)
    """
    return _bounds(sentence, offset, _clause_breaks(sentence.text))


def _bounds(sentence: Sentence, offset: int, breaks: tuple[tuple[int, int], ...]) -> tuple[int, int]:
    """The document span between the last of ``breaks`` before ``offset`` and the next one."""
    start, end = sentence.start, sentence.end
    for brk_start, brk_end in breaks:
        if sentence.start + brk_start < offset:
            start = sentence.start + brk_end
        else:
            end = sentence.start + brk_start
            break
    return start, end


#: A clause break that sets what follows apart from what comes before, a contrast or a
#: semicolon: "Gefitinib did not inhibit EGFR but inhibited HER2" denies the first clause
#: only. (A colon does not: "did not inhibit these kinases: KIT, FLT3 …" denies the list.)
_APART = re.compile(r";|\b(?:but|although|whereas|while|however)\b", re.IGNORECASE)
#: A subordinate clause that opens the sentence: "Although sunitinib did not prolong overall
#: survival, it improved progression-free survival …". Its comma ends it, and a cue on one
#: side says nothing of the other side (the comma is a contrast, as ", although" is).
_FRONTED = re.compile(r"\s*(?:although|though|even\s+though|while|whereas)\b", re.IGNORECASE)
#: After a comma, the next item of a list ("Although imatinib, nilotinib and dasatinib are
#: effective, …"): at most three words, then another comma or "and" / "or".
_LIST_GOES_ON = re.compile(r"\s*(?:[^\s,;]+\s+){0,2}[^\s,;]+(?:\s*,|\s+(?:and|or)\s)")


def _fronted_end(text: str) -> int | None:
    """The offset of the comma that ends a sentence's opening subordinate clause
    (:data:`_FRONTED`), or ``None`` when the sentence opens with none.

    >>> _fronted_end("Although rare, lamotrigine can cause rash.")
    13
    >>> _fronted_end("Although imatinib, nilotinib and dasatinib work, resistance develops.")
    47
    >>> _fronted_end("Imatinib, although effective, is costly.") is None
    True
    """
    if _FRONTED.match(text) is None:
        return None
    at = text.find(",")
    while at >= 0:
        if _LIST_GOES_ON.match(text, at + 1) is None:
            return at
        at = text.find(",", at + 1)
    return None


def _sets_apart(text: str, brk_start: int, brk_end: int) -> bool:
    """Whether the clause break ``text[brk_start:brk_end]`` sets its two sides apart: a
    contrast's word or a semicolon (:data:`_APART`), or the comma ending an opening
    subordinate clause (:func:`_fronted_end`)."""
    return _APART.search(text, brk_start, brk_end) is not None or brk_start == _fronted_end(text)


def contrast_between(sentence: Sentence, start: int, end: int) -> bool:
    """Whether a clause break that contrasts ("but", ", whereas", "however" …) or a semicolon
    lies between two offsets of ``sentence`` (document offsets, ``start`` ≤ ``end``).

    >>> s = Sentence(0, 50, "Gefitinib did not inhibit EGFR but inhibited HER2.", "abstract")
    >>> contrast_between(s, 0, 45), contrast_between(s, 0, 26)
    (True, False)
    """
    text = sentence.text
    return any(start <= sentence.start + brk_start and sentence.start + brk_end <= end
               and _sets_apart(text, brk_start, brk_end)
               for brk_start, brk_end in _clause_breaks(text))


def contrast_bounds(sentence: Sentence, offset: int) -> tuple[int, int]:
    """The ``[start, end)`` of the part of ``sentence`` around ``offset`` that no contrast
    or semicolon divides (wider than its clause: ", and" does not end it).

    >>> s = Sentence(0, 71, "Alectinib is approved for ALK-rearranged NSCLC, but resistance develops.", "abstract")
    >>> contrast_bounds(s, 30)
    (0, 46)
    """
    text = sentence.text
    # ", however," sets the sentence against the one before, not its clauses apart.
    contrasts = tuple((s, e) for s, e in _clause_breaks(text)
                      if _sets_apart(text, s, e) and "however" not in text[s:e])
    return _bounds(sentence, offset, contrasts)


@functools.lru_cache(maxsize=1 << 12)
def _clause_breaks(text: str) -> tuple[tuple[int, int], ...]:
    """The ``(start, end)`` of each clause break of a sentence's text, in order, found once:
    the rules ask :func:`clause_bounds` for the same sentence many times."""
    breaks = [(m.start(), m.end()) for m in CLAUSE_BREAK.finditer(text)]
    fronted = _fronted_end(text)
    if fronted is not None and not any(s <= fronted < e for s, e in breaks):
        breaks = sorted(breaks + [(fronted, fronted + 1)])
    if "," in text:
        breaks = sorted(breaks + [(m.start(), m.end()) for m in _AND.finditer(text)])
    kept: list[tuple[int, int]] = []
    last = 0
    for brk_start, brk_end in breaks:
        if text[brk_start] == "," and text.startswith("and", brk_end - 3) and (
                "," in text[last:brk_start] and len(text[text.rindex(",", last, brk_start) + 1:brk_start].split()) <= 3):
            continue    # "A, B, and C": a list, not two clauses
        kept.append((brk_start, brk_end))
        last = brk_end
    return tuple(kept)


def find_cue(pattern: re.Pattern[str], text: str, start: int, end: int) -> str | None:
    """The first cue of ``pattern`` in ``text[start:end]``, lower-cased, or ``None``."""
    match = pattern.search(text, start, end)
    return match.group(1).lower() if match else None
