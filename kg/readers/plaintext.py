"""Read plain text: the first line is the title, the rest the abstract.

The last reader tried. Identifiers (PMID, DOI, PMCID, NCT numbers) are found by pattern
and their lines dropped from the abstract. A file needs a title line of at most 300
characters and an abstract with at least one sentence; anything else is not a document.
"""

from __future__ import annotations

import re

from kg.errors import ReaderError
from kg.model import Document
from kg.readers.citation import DOI, PMCID, PMID
from kg.readers.pubmed_xml import NCT
from kg.readers.text import assemble_text, join_lines

name = "plain-text"

_ID_LINE = re.compile(r"^\s*(?:PMID|DOI|PMCID|doi|pmid)\s*:?\s*\S+\s*$")


def detect(text: str) -> bool:
    """Tell whether ``text`` has a short first line and an abstract of sentences after it."""
    lines = [line for line in text.split("\n") if line.strip()]
    if len(lines) < 2 or len(lines[0]) > 300 or "\x00" in text:
        return False
    body = " ".join(lines[1:])
    # A sentence's end after a word: "… in NSCLC." and "… up to 1 uM." end sentences too (a
    # new user's one-sentence abstracts were refused when only lower-case words counted), and
    # so does "… vomiting (56.9%)." (another's).
    # A number ends one too when the text ends or a capital follows: "… the OR was 1.3." (found
    # in review: an abstract whose only full stop came after a number was refused).
    # A one-letter word ends the text's last sentence: "… in hemophilia A." (found in review: refused).
    return (re.search(r"(?:[^\W_]{2,}|[%)\]])[.!?](?:\s|$)|\d[.!?](?:\s*$|\s+[A-Z])|\b[^\W_][.!?]\s*$", body)
            is not None
            and len(body.split()) >= 5)


def read(text: str, source: str) -> list[Document]:
    """Read one plain-text document.

    :raises ReaderError: When there is no title line or no abstract.
    """
    lines = text.split("\n")
    first = next((i for i, line in enumerate(lines) if line.strip()), None)
    if first is None:
        raise ReaderError(source, "empty file")
    title = join_lines([lines[first]])
    body = [line for line in lines[first + 1:] if not _ID_LINE.match(line)]
    abstract = join_lines(body)
    if not abstract:
        raise ReaderError(source, "plain text with a title line but no abstract after it")
    doc_text, sections = assemble_text(title, abstract)
    pmid, doi, pmcid = PMID.search(text), DOI.search(text), PMCID.search(text)
    return [Document(
        source=source, text=doc_text, title=title, pmid=pmid.group(1) if pmid else None,
        doi=doi.group(1) if doi else None, pmcid=pmcid.group(1) if pmcid else None, sections=sections,
        trial_ids=tuple(dict.fromkeys(NCT.findall(text))),
    )]
