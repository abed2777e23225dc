"""Split :attr:`Document.text` into sentences with offsets and section labels.

A tuned regular expression (DESIGN §6: ~5,000 abstracts/s, where syntok manages
~750): a sentence ends at ``.``, ``?`` or ``!`` followed by a space and a capital,
digit or bracket, unless the dot belongs to a known abbreviation or an initial.
Section boundaries always end a sentence, and a section's label (``RESULTS:``) is not
part of the sentence that follows it.
"""

from __future__ import annotations

import re

from kg.model import Document, Sentence

_END = re.compile(r"[.?!](?=[\"')\]]*\s+[\"'(\[]?[A-Z0-9])")
#: Words after which a dot does not end the sentence.
ABBREVIATIONS = frozenset(
    "e.g i.e vs al approx ca cf fig figs no nos dr mr mrs ms prof st etc resp incl ref refs "
    "jan feb mar apr jun jul aug sep sept oct nov dec mg kg ml".split()
)
#: Units written with a dot, which end a sentence when a capital follows.
_UNITS = frozenset("mg kg ml".split())
_LABEL = re.compile(r"^([A-Z][A-Za-z0-9/&,()' -]{1,48}[A-Za-z)]):\s")


def split_sentences(document: Document) -> list[Sentence]:
    """Split a document into sentences, section by section.

    >>> from kg.model import Document
    >>> from kg.readers.text import assemble_text
    >>> text, sections = assemble_text("A title.", "RESULTS: We saw 4 vs. 5. No more.")
    >>> doc = Document(source="x", title="A title.", text=text, sections=sections)
    >>> [(s.section, s.text) for s in split_sentences(doc)]
    [('TITLE', 'A title.'), ('RESULTS', 'We saw 4 vs. 5.'), ('RESULTS', 'No more.')]
    """
    sections = document.sections or ()
    spans = [(s.start, s.end, s.label) for s in sections] or [(0, len(document.text), "ABSTRACT")]
    sentences: list[Sentence] = []
    for start, end, label in spans:
        chunk = document.text[start:end]
        # The label as written ("RESULTS:", or "Results:" for a section RESULTS).
        head = _LABEL.match(chunk)
        skip = head.end() if head and label != "TITLE" and head.group(1).upper() == label else 0
        # The label opens the first sentence's text but is kept out of its span.
        begin = start + skip
        for piece_start, piece_end in _split(document.text, begin, end):
            text = document.text[piece_start:piece_end]
            if text.strip():
                sentences.append(Sentence(piece_start, piece_end, text, label))
    return sentences


def _split(text: str, start: int, end: int) -> list[tuple[int, int]]:
    pieces = []
    cursor = start
    for match in _END.finditer(text, start, end):
        stop = match.end()
        # The word before the dot, found by scanning back to the last space: linear in the
        # word, not in the distance from the sentence start.
        begin = match.start()
        while begin > cursor and not text[begin - 1].isspace():
            begin -= 1
        token = text[begin:match.start()].lower().lstrip("(")
        if token in _UNITS and text[match.end():match.end() + 40].lstrip(" \"'([")[:1].isupper():
            pass    # "… 9 mg. Grade 3 …": a unit ends a sentence before a capital (found by a new user)
        elif token in ABBREVIATIONS or (len(token) == 1 and token.isalpha()):
            continue
        pieces.append((cursor, stop))
        cursor = stop
        while cursor < end and text[cursor].isspace():
            cursor += 1
    if cursor < end:
        pieces.append((cursor, end))
    return [(s, e) for s, e in pieces if e > s]
