"""Read text saved from a PubMed web page (seed ``003_…``) into a :class:`Document`.

Such a page carries the site's navigation boilerplate, the citation with the journal
name missing (it was a link: ``". 2007;67(5):805-20."``), the title twice, a short
author line (``"M Asif A Siddiqui et al. Drugs. 2007."``, often with a non-breaking
space), the abstract, then "Similar articles", "Cited by", "References" and other
panels. Publication types appear above the title and under "Publication types".
"""

from __future__ import annotations

import re

from kg.errors import ReaderError
from kg.model import Document, Reference
from kg.readers.citation import (
    CITATION,
    DOI,
    PMCID,
    PMID,
    citation_date,
    parse_citation,
)
from kg.readers.pubmed_xml import NCT
from kg.readers.text import assemble_text, join_lines

name = "pubmed-page"

#: Headings of the page's panels; each ends the panel before it.
PANELS = (
    "Abstract", "PubMed Disclaimer", "Similar articles", "Cited by", "References",
    "MeSH terms", "Substances", "LinkOut - more resources", "Publication types",
    "Grants and funding", "Related information", "Comment in", "Comment on",
    "Keywords", "Figures", "Conflict of interest statement", "Full text links",
    "Associated data", "Supplementary info", "Erratum in", "Update of", "Update in",
    "Affiliations", "Author information", "Cite", "Actions", "Share", "Page navigation",
)
#: PubMed's publication types that can stand alone on a line of the page.
PUBLICATION_TYPES = (
    "Review", "Systematic Review", "Meta-Analysis", "Clinical Trial",
    "Clinical Trial, Phase I", "Clinical Trial, Phase II", "Clinical Trial, Phase III",
    "Clinical Trial, Phase IV", "Randomized Controlled Trial", "Controlled Clinical Trial",
    "Multicenter Study", "Comparative Study", "Observational Study", "Case Reports",
    "Editorial", "Letter", "Comment", "Practice Guideline", "Guideline", "Journal Article",
)
_MARKERS = ("Skip to main page content", "PubMed Disclaimer", "Similar articles")
_AUTHOR_LINE = re.compile(
    r"^(?P<authors>.+?)(?:\s+et al\.)?\s+(?P<journal>[A-Z][^.]*)\.\s+(?P<year>(?:19|20)\d{2})\.?$"
)


def detect(text: str) -> bool:
    """Tell whether ``text`` looks like a saved PubMed abstract page."""
    hits = sum(marker in text for marker in _MARKERS)
    return hits >= 2 or (hits >= 1 and re.search(r"^Abstract\s*$", text, re.MULTILINE) is not None)


def read(text: str, source: str) -> list[Document]:
    """Read one saved PubMed page.

    :raises ReaderError: When the page has no title or no abstract.
    """
    lines = [line.replace("\u00a0", " ").rstrip() for line in text.splitlines()]
    panels = _panels(lines)
    head = panels.get("", [])
    abstract = panels.get("Abstract")
    if abstract is None:
        raise ReaderError(source, "PubMed page without an 'Abstract' heading")

    citation_index = next(
        (i for i, line in enumerate(head) if CITATION.search(line) and not line.startswith("doi")),
        None,
    )
    if citation_index is None:
        raise ReaderError(source, "PubMed page without a citation line (e.g. '. 2007;67(5):805-20.')")
    citation = head[citation_index].strip()
    ref = parse_citation(citation)
    title = _title(head, citation_index, panels)
    if not title:
        raise ReaderError(source, "PubMed page without a title after the citation line")
    authors, journal, year = _author_line(panels.get("Affiliations", []) + head, title)
    whole = "\n".join(lines)
    types = _publication_types(head[:citation_index] + panels.get("Affiliations", []))
    types += tuple(t for t in _publication_types(panels.get("Publication types", [])) if t not in types)
    references = tuple(
        parse_citation(line) for line in panels.get("References", []) if line.strip()
    )
    doc_text, sections = assemble_text(title, join_lines(_abstract_lines(abstract)))
    head_text = "\n".join(head)
    return [
        Document(
            source=source,
            text=doc_text,
            title=title,
            pmid=_search(PMID, whole),
            doi=_search(DOI, head_text) or _search(DOI, whole),
            pmcid=_search(PMCID, head_text),
            authors=authors,
            journal=ref.journal or journal,
            year=ref.year or year,
            date=citation_date(citation),
            volume=ref.volume,
            issue=ref.issue,
            pages=ref.pages,
            publication_types=types,
            sections=sections,
            trial_ids=tuple(dict.fromkeys(NCT.findall(text))),
            references=_numbered(references),
        )
    ]


def _panels(lines: list[str]) -> dict[str, list[str]]:
    """Split the page into panels by heading; the lines before the first go under ``""``."""
    panels: dict[str, list[str]] = {"": []}
    current = ""
    for line in lines:
        stripped = line.strip()
        heading = stripped.rstrip(":")
        if heading in PANELS and heading not in panels:
            current = heading
            panels[current] = []
            rest = stripped[len(heading):].lstrip(":").strip()
            if rest:
                panels[current].append(rest)
            continue
        if stripped.startswith("Keywords:"):
            current = "Keywords"
            panels.setdefault(current, []).append(stripped[len("Keywords:"):].strip())
            continue
        panels[current].append(line)
    return panels


def _title(head: list[str], citation_index: int, panels: dict[str, list[str]]) -> str:
    """The first line after the citation and identifier lines that is not boilerplate."""
    for line in head[citation_index + 1:]:
        stripped = line.strip()
        if not stripped or re.match(r"^(?:doi|PMID|PMCID|Epub)\b", stripped, re.IGNORECASE):
            continue
        if stripped in PUBLICATION_TYPES:
            continue
        return join_lines([stripped])
    # Some saves put the title only under "Affiliations"; take the line there.
    for line in panels.get("Affiliations", []):
        stripped = line.strip()
        if stripped and stripped not in PUBLICATION_TYPES:
            return join_lines([stripped])
    return ""


def _author_line(lines: list[str], title: str) -> tuple[tuple[str, ...], str | None, int | None]:
    """Authors, journal and year from a line such as ``"A B Smith et al. Drugs. 2007."``."""
    for line in lines:
        stripped = join_lines([line])
        if not stripped or stripped == title:
            continue
        match = _AUTHOR_LINE.match(stripped)
        if match and len(match.group("authors")) < 400:
            names = tuple(n.strip() for n in re.split(r",\s*|\s+and\s+", match.group("authors")) if n.strip())
            return names, match.group("journal").strip(), int(match.group("year"))
    return (), None, None


def _publication_types(lines: list[str]) -> tuple[str, ...]:
    found: list[str] = []
    for line in lines:
        stripped = line.strip()
        if stripped in PUBLICATION_TYPES and stripped not in found:
            found.append(stripped)
    return tuple(found)


def _abstract_lines(lines: list[str]) -> list[str]:
    """The abstract's lines; a label alone on its line (``"Background:"``) joins the next."""
    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if re.fullmatch(r"(?:[A-Z][A-Za-z ]{1,40}):", stripped):
            out.append(stripped.upper())
            continue
        out.append(stripped)
    return out


def _numbered(references: tuple[Reference, ...]) -> tuple[Reference, ...]:
    return tuple(r for r in references if r.text)


def _search(pattern: re.Pattern[str], text: str) -> str | None:
    match = pattern.search(text)
    return match.group(1) if match else None
