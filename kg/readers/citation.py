"""Parse MEDLINE-style citations such as ``N Engl J Med. 2002 Aug 15;347(7):472-80``.

Used for a document's own citation line and for each entry of its reference list.
"""

from __future__ import annotations

import re

from kg.model import Reference

#: Journal. Year [Mon [Day]];Volume(Issue):Pages — journal abbreviations carry no dots.
CITATION = re.compile(
    r"(?P<journal>[^.;]*?)\.?\s*"
    r"(?P<year>(?:1[89]|20)\d{2})"
    r"(?P<date>(?:\s+[A-Z][a-z]{2}(?:-[A-Z][a-z]{2})?)?(?:\s+\d{1,2})?)"
    r"\s*;\s*(?P<volume>[^(:;\s]+)?\s*(?:\((?P<issue>[^)]+)\))?"
    r"\s*:\s*(?P<pages>[A-Za-z]?\d+(?:\s*[-\u2013]\s*[A-Za-z]?\d+)?)"
)
DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+?)(?=[.,;]?(?:\s|$))", re.IGNORECASE)
PMID = re.compile(r"\bPMID:\s*(\d{1,9})\b")
PMCID = re.compile(r"\b(PMC\d{3,9})\b")
_LIST_NUMBER = re.compile(r"^\s*\d+\.\s+")
_TRAILING_LINKS = re.compile(r"(?:\s+-\s+(?:PubMed|PMC|DOI|Free PMC article|Google Scholar))+\s*$")


def normalize_doi(doi: str | None) -> str | None:
    """A DOI without its resolver or ``doi:`` prefix, as bibo:doi wants it.

    >>> normalize_doi("https://doi.org/10.1093/nar/gkab123"), normalize_doi("doi: 10.1056/NEJMoa020461.")
    ('10.1093/nar/gkab123', '10.1056/NEJMoa020461')
    """
    if not doi:
        return None
    found = DOI.search(doi.strip() + " ")
    return found.group(1) if found else None


def parse_citation(text: str) -> Reference:
    """Parse one citation into a :class:`Reference`; fields it cannot find stay ``None``.

    :param text: A citation line, with or without a list number and PubMed's
        trailing ``- PubMed`` links.
    :returns: A Reference whose ``text`` is the citation without those decorations.

    >>> ref = parse_citation("1. Oncogene. 2001 Aug 16;20(36):5054-8 - PubMed")
    >>> (ref.journal, ref.year, ref.volume, ref.issue, ref.pages)
    ('Oncogene', 2001, '20', '36', '5054-8')
    """
    clean = _TRAILING_LINKS.sub("", _LIST_NUMBER.sub("", text.strip())).strip()
    match = CITATION.search(clean)
    doi = DOI.search(clean)
    pmid = PMID.search(clean)
    if match is None:
        return Reference(
            text=clean,
            doi=doi.group(1) if doi else None,
            pmid=pmid.group(1) if pmid else None,
        )
    # After the last sentence break before the year sits the journal abbreviation.
    journal = match.group("journal").strip().rstrip(".").strip()
    journal = journal.rsplit(". ", 1)[-1].strip() or None
    return Reference(
        text=clean,
        journal=journal,
        year=int(match.group("year")),
        volume=match.group("volume"),
        issue=match.group("issue"),
        pages=re.sub(r"\s+", "", match.group("pages")).replace("\u2013", "-"),
        doi=doi.group(1) if doi else None,
        pmid=pmid.group(1) if pmid else None,
    )


def citation_date(text: str) -> str | None:
    """The publication date of a citation as written (``"2002 Aug 15"``), or ``None``.

    >>> citation_date("N Engl J Med. 2002 Aug 15;347(7):472-80.")
    '2002 Aug 15'
    """
    match = CITATION.search(text)
    if match is None:
        return None
    return (match.group("year") + match.group("date")).strip()
