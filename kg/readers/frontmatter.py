"""Read Markdown with YAML front matter (seed ``000_…``) into a :class:`Document`.

The front matter gives identifiers, title, authors, journal, year and DOI. The body
usually repeats a PubMed text export under ``## Content``: a citation line (the only
place volume, issue and pages appear), title, authors, affiliations, "Comment in"
notes (other articles pointing *to* this one — not references), the abstract, then
copyright and identifier lines. Only the abstract goes into :attr:`Document.text`.
"""

from __future__ import annotations

import re

import yaml

from kg.errors import ReaderError
from kg.model import Document
from kg.readers.citation import DOI, PMCID, PMID, citation_date, normalize_doi, parse_citation
from kg.readers.pubmed_xml import NCT
from kg.readers.text import assemble_text, join_lines, without_surrogates

name = "frontmatter"

_FENCE = re.compile(r"\A---[ \t]*\n(.*?)\n---[ \t]*(?:\n|\Z)", re.DOTALL)
_CONTENT = re.compile(r"^##\s+(?:Content|Abstract)\s*$", re.MULTILINE | re.IGNORECASE)
#: Blocks of a PubMed text export that are not the abstract, by their first words.
_NOT_ABSTRACT = re.compile(
    r"^(?:Author information:|Comment (?:in|on)\b|Erratum (?:in|for)\b|Update (?:in|of)\b|"
    r"Retraction (?:in|of)\b|Republished (?:in|from)\b|Expression of concern|"
    r"Collaborators\b|Investigators\b)",
    re.IGNORECASE,
)
_END = re.compile(
    r"^(?:Copyright\b|©|\(c\)\s|DOI:|PMID:|PMCID:|Conflict of interest|Keywords:|"
    r"Publication types|MeSH terms)",
    re.IGNORECASE,
)
_CITATION_LINE = re.compile(r"^\d+\.\s+\S.*\b(?:19|20)\d{2}\b.*[;:]")


def detect(text: str) -> bool:
    """Tell whether ``text`` opens with a YAML front-matter block holding a title."""
    match = _FENCE.match(text)
    return match is not None and re.search(r"^title\s*:", match.group(1), re.MULTILINE) is not None


def read(text: str, source: str) -> list[Document]:
    """Read one Markdown file with YAML front matter.

    :param text: The whole file, already decoded with newlines normalised.
    :param source: The file name, for error messages.
    :raises ReaderError: When the front matter is not valid YAML or has no title.
    """
    match = _FENCE.match(text)
    if match is None:
        raise ReaderError(source, "no YAML front matter (a block between '---' lines)")
    try:
        meta = without_surrogates(yaml.safe_load(match.group(1)))
    except yaml.YAMLError as exc:
        # The front matter starts on the file's second line; YAML counts from 0.
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 2}, column {mark.column + 1})" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc).splitlines()[0]
        raise ReaderError(source, f"front matter is not valid YAML: {problem}{where}") from None
    if not isinstance(meta, dict) or not meta.get("title"):
        raise ReaderError(source, "front matter has no 'title'")
    body = text[match.end():]
    title = join_lines([str(meta["title"])])
    abstract_lines, citation, tail = _split_body(body, title)

    pmid = _identifier(meta, "PMID") or _search(PMID, tail)
    if pmid is not None and not pmid.isdigit():
        raise ReaderError(source, f"front matter PMID {pmid!r} is not a number")
    doi = str(meta["doi"]).strip() if meta.get("doi") else _identifier(meta, "DOI")
    doi = normalize_doi(doi or _search(DOI, tail))
    ref = parse_citation(citation) if citation else None
    authors = meta.get("authors") or []
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.split(",")]
    if not isinstance(authors, list):
        raise ReaderError(source, f"front matter 'authors' must be a list or a string, not {type(authors).__name__}")
    # "2002", 2002, "2003 Mar" and "2003-03-01" all give the year; the citation line is the fallback.
    found = re.search(r"\b(1[89]|20)\d{2}\b", str(meta.get("year") or meta.get("date") or ""))
    year = int(found.group(0)) if found else (ref.year if ref else None)
    types = meta.get("publication_types") or meta.get("publication_type") or ()
    if isinstance(types, str):
        types = (types,)
    if not isinstance(types, (list, tuple)):
        raise ReaderError(source, "front matter 'publication_types' must be a list or a string")
    text_, sections = assemble_text(title, join_lines(abstract_lines))
    return [
        Document(
            source=source,
            text=text_,
            title=title,
            pmid=pmid,
            doi=doi,
            pmcid=_identifier(meta, "PMCID") or _search(PMCID, tail),
            authors=tuple(str(a).strip() for a in authors),
            journal=str(meta["journal"]).strip() if meta.get("journal") else (ref.journal if ref else None),
            year=year,
            date=citation_date(citation) if citation else None,
            volume=ref.volume if ref else None,
            issue=ref.issue if ref else None,
            pages=ref.pages if ref else None,
            publication_types=tuple(str(t) for t in types),
            sections=sections,
            trial_ids=tuple(dict.fromkeys(NCT.findall(text))),
        )
    ]


def _identifier(meta: dict[str, object], prefix: str) -> str | None:
    """Find ``PREFIX:value`` in ``reference_id`` or a field named after the prefix."""
    for key in ("reference_id", "id", prefix.lower()):
        value = meta.get(key)
        if value is None:
            continue
        value = str(value).strip()
        if key == prefix.lower() and ":" not in value:
            return value
        if value.upper().startswith(prefix + ":"):
            return value.split(":", 1)[1].strip()
    return None


def _search(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None


def _split_body(body: str, title: str) -> tuple[list[str], str | None, str]:
    """Split the body into abstract lines, the citation line and the trailing lines."""
    content = _CONTENT.search(body)
    if content is not None:
        body = body[content.end():]
    else:
        # No PubMed export: drop the Markdown header lines that repeat the metadata.
        body = "\n".join(
            line for line in body.splitlines()
            if not re.match(r"^\s*(?:#|\*\*\w[\w ]*:\*\*)", line)
        )
    blocks = [b.strip("\n") for b in re.split(r"\n[ \t]*\n", body) if b.strip()]
    norm_title = _norm(title)
    abstract: list[str] = []
    citation = None
    tail: list[str] = []
    seen_title = False
    for i, block in enumerate(blocks):
        lines = block.splitlines()
        first = lines[0].strip()
        if tail or _END.match(first):
            tail.append(block)
            continue
        if citation is None and not abstract and _CITATION_LINE.match(first):
            citation = join_lines(lines)
            continue
        if not abstract and _norm(block) == norm_title:
            seen_title = True
            continue
        if not abstract and seen_title and i > 0 and _looks_like_authors(block):
            continue
        if _NOT_ABSTRACT.match(first):
            continue
        abstract.extend(lines)
    return abstract, citation, "\n".join(tail)


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _looks_like_authors(block: str) -> bool:
    """An author block: comma-separated names, most of them short."""
    names = [n.strip() for n in join_lines([block]).rstrip(".").split(",")]
    return all(0 < len(n.split()) <= 5 and ":" not in n for n in names)
