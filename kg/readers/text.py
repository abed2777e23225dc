"""Assemble :attr:`Document.text` and its sections from a title and abstract lines.

Both seed shapes (and every later reader) go through :func:`assemble_text`, so one
article read from two shapes gets the same text and the same offsets.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from kg.model import Section

#: A structured-abstract label at the start of the abstract or after a sentence end:
#: ``BACKGROUND:``, ``MATERIALS AND METHODS:``.
#: Journals that write labels in title case ("Results: …") use a few well-known words; only those
#: count, so a sentence opening "Note: …" or "Aim: …" mid-paragraph is no section (found by an
#: oncology user: "Background:", "Results:" stayed in the sentences, all of them ABSTRACT).
SECTION_LABEL = re.compile(
    r"(?:(?<=^)|(?<=[.?!]\s))([A-Z][A-Z0-9/&,()' -]{1,48}[A-Z)]|(?:Background|Context|Importance|Introduction|"
    r"Objectives?|Aims?|Purpose|Rationale|Methods?|Materials and methods|Patients and methods|Design|Setting|"
    r"Participants|Patients|Interventions?|Exposures?|Main outcomes? and measures?|Main outcome measures?|"
    r"Measurements|Results?|Findings|Conclusions?|Conclusions and relevance|Interpretation|Discussion|"
    r"Significance|Limitations|Trial registration|Funding)):\s")
_SPACE = re.compile(r"\s+")


def without_surrogates(value: Any) -> Any:
    r"""``value`` (a parsed JSON or YAML tree) with each unpaired surrogate replaced by U+FFFD.

    A ``"\ud800"`` escape with no partner parses to a lone surrogate, which no UTF-8 file
    can hold: the graph could not be written. One character for one, so offsets stay.

    >>> without_surrogates({"title": ["J \ud800", 3]}) == {"title": ["J \ufffd", 3]}
    True
    """
    if isinstance(value, str):
        if value.isascii() or not any("\ud800" <= c <= "\udfff" for c in value):
            return value
        return "".join("\ufffd" if "\ud800" <= c <= "\udfff" else c for c in value)
    if isinstance(value, dict):
        return {without_surrogates(k): without_surrogates(v) for k, v in value.items()}
    if isinstance(value, list):
        return [without_surrogates(v) for v in value]
    return value


def join_lines(lines: Iterable[str]) -> str:
    """Join wrapped lines into one line, collapsing runs of whitespace.

    >>> join_lines(["stromal ", "tumors."])
    'stromal tumors.'
    """
    return _SPACE.sub(" ", " ".join(lines)).strip()


def assemble_text(title: str, abstract: str, *, exact: bool = False) -> tuple[str, tuple[Section, ...]]:
    """Build ``title + " " + abstract`` and its sections.

    The title is section ``TITLE``; each structured-abstract label opens a section of
    that name (label included); an abstract without labels is one ``ABSTRACT`` section.

    :param exact: Keep both strings as given (corpus text, whose offsets must not move);
        otherwise line wraps are joined and runs of whitespace collapsed.
    :returns: The text and its sections in order.

    >>> text, sections = assemble_text("T.", "BACKGROUND: A. METHODS: B.")
    >>> [(s.label, text[s.start:s.end]) for s in sections]
    [('TITLE', 'T.'), ('BACKGROUND', 'BACKGROUND: A.'), ('METHODS', 'METHODS: B.')]
    >>> [s.label for s in assemble_text("T.", "Background: A. Results: B. Note: C.")[1]]
    ['TITLE', 'BACKGROUND', 'RESULTS']
    """
    if not exact:
        title = join_lines([title])
        abstract = join_lines([abstract])
    text = f"{title} {abstract}" if abstract else title
    sections = [Section("TITLE", 0, len(title))]
    if not abstract:
        return text, tuple(sections)
    base = len(title) + 1
    labels = list(SECTION_LABEL.finditer(abstract))
    if not labels or labels[0].start() != 0:
        first_end = labels[0].start() - 1 if labels else len(abstract)
        sections.append(Section("ABSTRACT", base, base + first_end))
    for i, label in enumerate(labels):
        end = labels[i + 1].start() - 1 if i + 1 < len(labels) else len(abstract)
        sections.append(Section(label.group(1).upper(), base + label.start(), base + end))
    return text, tuple(sections)
