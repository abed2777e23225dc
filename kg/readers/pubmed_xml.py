"""Read PubMed XML (E-utilities ``efetch``): a ``PubmedArticleSet`` of many articles.

Title, structured abstract (each ``AbstractText`` label written ``LABEL: text``),
authors in order (a ``CollectiveName`` is an author), journal, date, volume, issue,
pages, DOI, PMCID, publication types, registry numbers (NCT) and the reference list.
The file carries a DOCTYPE; entities are forbidden, DTD lines allowed (defusedxml).
"""

from __future__ import annotations

import re
from xml.etree.ElementTree import Element

from kg.errors import ReaderError
from kg.model import Document, Reference
from kg.readers.citation import parse_citation
from kg.readers.text import assemble_text, join_lines
from kg.readers.xml import parse_xml

name = "pubmed-xml"

_ROOT = re.compile(
    r"\A\s*(?:<\?xml[^>]*>\s*)?(?:<!DOCTYPE[^\[>]*(?:\[.*?\])?\s*>\s*)?<(PubmedArticleSet|PubmedArticle)\b", re.DOTALL
)
NCT = re.compile(r"\bNCT\d{8}\b")


def detect(text: str) -> bool:
    """Tell whether ``text`` is PubMed XML."""
    return _ROOT.match(text) is not None


def read(text: str, source: str) -> list[Document]:
    """Read every ``PubmedArticle`` of a file.

    :raises ReaderError: For malformed XML (with line and column), forbidden entities,
        or an article without a PMID or title.
    """
    root = parse_xml(text, source)
    articles = [root] if root.tag == "PubmedArticle" else root.findall("PubmedArticle")
    if not articles:
        raise ReaderError(source, "PubmedArticleSet without any PubmedArticle")
    return [_article(article, source, i) for i, article in enumerate(articles, 1)]


def _text(element: Element | None) -> str:
    """All the text of an element, inline markup (<i>, <sup>) included."""
    return join_lines(["".join(element.itertext())]) if element is not None else ""


def _article(article: Element, source: str, number: int) -> Document:
    citation = article.find("MedlineCitation")
    if citation is None:
        raise ReaderError(source, f"PubmedArticle {number} has no <MedlineCitation>")
    pmid = (citation.findtext("PMID") or "").strip()
    art = citation.find("Article")
    if art is None or not pmid:
        raise ReaderError(source, f"PubmedArticle {number} has no <PMID> or <Article>")
    title = _text(art.find("ArticleTitle"))
    if not title:
        raise ReaderError(source, f"PMID {pmid}: <ArticleTitle> is empty")
    parts = []
    for block in art.findall("Abstract/AbstractText"):
        label = block.get("Label")
        body = _text(block)
        parts.append(f"{label.upper()}: {body}" if label else body)
    text, sections = assemble_text(title, " ".join(p for p in parts if p))
    journal = art.find("Journal")
    issue = journal.find("JournalIssue") if journal is not None else None
    date = _pub_date(issue.find("PubDate")) if issue is not None else None
    found = re.search(r"\b(1[89]|20)\d{2}\b", date or "")
    year = int(found.group(0)) if found else None
    ids = {aid.get("IdType"): (aid.text or "").strip() for aid in article.findall("PubmedData/ArticleIdList/ArticleId")}
    doi = ids.get("doi") or next(
        ((e.text or "").strip() for e in art.findall("ELocationID") if e.get("EIdType") == "doi"), None)
    authors = []
    for author in art.findall("AuthorList/Author"):
        collective = _text(author.find("CollectiveName"))
        if collective:
            authors.append(collective)
        else:
            last, initials = _text(author.find("LastName")), _text(author.find("Initials"))
            if last:
                authors.append(f"{last} {initials}".strip())
    accessions = art.findall("DataBankList/DataBank/AccessionNumberList/AccessionNumber")
    registry = [(acc.text or "").strip() for acc in accessions]
    trials = tuple(dict.fromkeys([t for t in registry if NCT.fullmatch(t)] + NCT.findall(text)))
    return Document(
        source=source, text=text, title=title, pmid=pmid, doi=doi or None, pmcid=ids.get("pmc") or None,
        authors=tuple(authors),
        journal=(journal.findtext("ISOAbbreviation") or journal.findtext("Title")) if journal is not None else None,
        year=year, date=date,
        volume=(issue.findtext("Volume") if issue is not None else None) or None,
        issue=(issue.findtext("Issue") if issue is not None else None) or None,
        pages=_text(art.find("Pagination/MedlinePgn")) or None,
        publication_types=tuple(_text(t) for t in art.findall("PublicationTypeList/PublicationType")),
        sections=sections, references=tuple(_references(article)), trial_ids=trials,
    )


def _pub_date(element: Element | None) -> str | None:
    """``"2002 Aug 15"`` from ``<Year>``, ``<Month>``, ``<Day>``, or the ``<MedlineDate>`` as written."""
    if element is None:
        return None
    parts = [(child.text or "").strip() for child in element]
    return " ".join(p for p in parts if p) or None


def _references(article: Element) -> list[Reference]:
    out = []
    for ref in article.findall("PubmedData/ReferenceList/Reference"):
        parsed = parse_citation(_text(ref.find("Citation")))
        ids = {a.get("IdType"): (a.text or "").strip() for a in ref.findall("ArticleIdList/ArticleId")}
        out.append(Reference(parsed.text, parsed.journal, parsed.year, parsed.volume, parsed.issue, parsed.pages,
                             ids.get("pubmed") or parsed.pmid, ids.get("doi") or parsed.doi))
    return out
