"""Read PubTator files: ``PMID|t|title``, ``PMID|a|abstract``, then mention and relation lines.

Many documents per file, separated by blank lines. :attr:`Document.text` is exactly
the corpus's ``title + " " + abstract`` (offsets in the file point into it); mention and
relation lines become :attr:`Document.annotations` and :attr:`Document.relations`, for
evaluation only.
"""

from __future__ import annotations

import re

from kg.errors import PartialRead, ReaderError
from kg.model import Annotation, CorpusRelation, Document
from kg.readers.citation import DOI
from kg.readers.text import assemble_text

name = "pubtator"

_HEAD = re.compile(r"^([^|\t\n]+)\|([ta])\|(.*)$")
_FIRST = re.compile(r"\A\s*[^|\t\n]+\|t\|", re.MULTILINE)


_MESH_LIKE = re.compile(r"^(?:[A-Z]\d{4,}|-1|-)$")


def split_ids(field: str) -> tuple[str, ...]:
    """Split a corpus id field: BioRED joins ids with commas, BC5CDR with ``|``.

    A tmVar variant id also contains ``|`` (``p|SUB|D|842|V``) and stays whole.

    >>> split_ids("D001943|D010051"), split_ids("3172,3651"), split_ids("p|SUB|D|842|V")
    (('D001943', 'D010051'), ('3172', '3651'), ('p|SUB|D|842|V',))
    """
    field = field.strip()
    if "," in field:
        parts = field.split(",")
    elif "|" in field and all(_MESH_LIKE.match(p.strip()) for p in field.split("|")):
        parts = field.split("|")
    else:
        parts = [field]
    return tuple(p.strip() for p in parts if p.strip())


def detect(text: str) -> bool:
    """Tell whether the first non-blank line is a PubTator title line (``ID|t|…``)."""
    return _FIRST.match(text) is not None


def read(text: str, source: str) -> list[Document]:
    """Read every document of a PubTator file.

    :raises PartialRead: When some blocks are malformed and others read (naming each bad block's line).
    :raises ReaderError: When no block reads.
    """
    blocks: list[list[tuple[int, str]]] = [[]]
    opened: str | None = None       # the ID of the current block's title line
    for number, line in enumerate(text.split("\n"), 1):
        if not line.strip():
            if blocks[-1]:
                blocks.append([])
            opened = None
            continue
        head = _HEAD.match(line)
        if head and head.group(2) == "t":
            # Another document's title with no blank line before it opens a block of its
            # own: a cut document (a title with no abstract) then costs only itself.
            if blocks[-1] and opened is not None and head.group(1) != opened:
                blocks.append([])
            opened = head.group(1)
        blocks[-1].append((number, line))
    documents: list[Document] = []
    errors: list[ReaderError] = []
    for block in blocks:
        if block:
            try:
                documents.append(_document(block, source))
            except ReaderError as exc:   # one malformed document (a truncated last line) costs only itself
                errors.append(exc)
    if errors and not documents:
        raise errors[0]
    if errors:
        raise PartialRead(source, documents, [e.reason for e in errors])
    if not documents:
        raise ReaderError(source, "PubTator file without any document")
    return documents


def _document(block: list[tuple[int, str]], source: str) -> Document:
    title = abstract = None
    doc_id = None
    annotations: list[Annotation] = []
    relations: list[CorpusRelation] = []
    for number, line in block:
        head = _HEAD.match(line)
        if head:
            if doc_id is not None and head.group(1) != doc_id:
                raise ReaderError(source, f"line {number}: document {head.group(1)!r} inside {doc_id!r} "
                                          "(a blank line must separate documents)")
            doc_id = head.group(1)
            if head.group(2) == "t":
                title = head.group(3)
            else:
                abstract = head.group(3)
            continue
        fields = line.split("\t")
        if doc_id is None:
            raise ReaderError(source, f"line {number}: expected 'ID|t|title' to open a document")
        if len(fields) < 4:
            # A tab-separated line of another document has an id first; this is no such line.
            raise ReaderError(source, f"line {number}: neither a mention nor a relation line: {line[:60]!r}")
        if fields[0] != doc_id:
            raise ReaderError(source, f"line {number}: line for {fields[0]!r} inside document {doc_id!r}")
        if len(fields) >= 5 and fields[1].isdigit() and fields[2].isdigit():
            start, end = int(fields[1]), int(fields[2])
            ids = split_ids(fields[5]) if len(fields) > 5 else ()
            parts = tuple(fields[6].split("|")) if len(fields) > 6 else ()
            annotations.append(Annotation(start, end, fields[3], fields[4], ids, parts))
        elif len(fields) >= 4:
            relations.append(CorpusRelation(fields[1], fields[2].strip(), fields[3].strip(),
                                            fields[4].strip() if len(fields) > 4 else None))
        else:
            raise ReaderError(source, f"line {number}: neither a mention nor a relation line: {line[:60]!r}")
    if title is None:
        raise ReaderError(source, f"line {block[0][0]}: document {doc_id!r} has no title line ('{doc_id}|t|…')")
    if abstract is None:
        # Every PubTator document has both lines, the abstract's empty if need be: a title
        # alone is a document cut short (a truncated file), whose text would be stored cut.
        raise ReaderError(source, f"line {block[0][0]}: document {doc_id!r} has no abstract line "
                                  f"('{doc_id}|a|…', empty if the article has none): cut short?")
    text, sections = assemble_text(title, abstract or "", exact=True)
    for annotation in annotations:
        if not (0 <= annotation.start < annotation.end <= len(text)):
            raise ReaderError(source, f"document {doc_id}: mention {annotation.text!r} at "
                                      f"{annotation.start}-{annotation.end} lies outside the text ({len(text)})")
    pmid = doc_id if doc_id and doc_id.isdigit() else None
    doi = DOI.search(doc_id or "")
    return Document(
        source=source, text=text, title=title, pmid=pmid, doi=doi.group(1) if doi and not pmid else None,
        sections=sections, annotations=tuple(annotations), relations=tuple(relations),
        local_id=None if pmid else doc_id,
    )
