"""The one place that turns identifiers into IRIs, through one prefix map.

Model objects carry CURIEs; :func:`expand` maps them to IRIs with a
:class:`curies.Converter`, and :func:`mint` makes stable ``kgr:`` identifiers from a
hash of the parts that make a thing what it is, so the same input always gives the
same IRIs and no blank node is ever needed.
"""

from __future__ import annotations

import functools
import hashlib
from collections.abc import Iterable

import curies
import rdflib
from rdflib import Namespace, URIRef

from kg.errors import UnknownTermError


class TermCache(Namespace):
    """An rdflib :class:`~rdflib.Namespace` that makes each of its terms once.

    Rendering a document asks for the same few properties and classes hundreds of times,
    and a plain Namespace builds and validates a new URIRef on every ``KG.denotes``.

    >>> KG.denotes is KG.denotes
    True
    """

    @functools.lru_cache(maxsize=4096)  # noqa: B019 - namespaces live as long as the process
    def term(self, name: str) -> URIRef:
        return super().term(name)

    def __getattr__(self, name: str) -> URIRef:
        # Reached only when ``name`` is not an attribute yet: kept on the instance, so the
        # next ``KG.denotes`` is a plain attribute lookup and calls no Python at all.
        term = super().__getattr__(name)
        self.__dict__[name] = term
        return term


#: The ontology namespace: classes and properties.
KG = TermCache("https://w3id.org/kg-builder/onto#")
#: The namespace of minted instances.
KGR = Namespace("https://w3id.org/kg-builder/id/")
BIBO = TermCache("http://purl.org/ontology/bibo/")
PROV = TermCache("http://www.w3.org/ns/prov#")
#: rdflib's W3C namespaces as term caches (rdflib's ``RDF.type`` runs Python on every use);
#: the terms are the same URIRefs.
RDF = TermCache(str(rdflib.RDF))
RDFS = TermCache(str(rdflib.RDFS))
SKOS = TermCache(str(rdflib.SKOS))
XSD = TermCache(str(rdflib.XSD))
DCTERMS = TermCache(str(rdflib.DCTERMS))

#: CURIE prefix → IRI prefix, one scheme per identifier type (DESIGN §4).
PREFIX_MAP: dict[str, str] = {
    "kg": str(KG),
    "kgr": str(KGR),
    "CHEBI": "http://purl.obolibrary.org/obo/CHEBI_",
    "MONDO": "http://purl.obolibrary.org/obo/MONDO_",
    "DOID": "http://purl.obolibrary.org/obo/DOID_",
    "SO": "http://purl.obolibrary.org/obo/SO_",
    "HGNC": "https://identifiers.org/hgnc:",
    "NCBIGene": "https://identifiers.org/ncbigene:",
    "UniProt": "https://identifiers.org/uniprot:",
    "DRUGBANK": "https://identifiers.org/drugbank:",
    "MESH": "https://identifiers.org/mesh:",
    "UNII": "https://identifiers.org/unii:",
    "MEDDRA": "https://identifiers.org/meddra:",
    "PMID": "https://identifiers.org/pubmed:",
    "DOI": "https://doi.org/",
}
CONVERTER = curies.Converter.from_prefix_map(PREFIX_MAP)
#: Prefixes bound in every serialisation.
NAMESPACES: dict[str, str] = {
    "kg": str(KG), "kgr": str(KGR), "bibo": str(BIBO), "prov": str(PROV),
    "dcterms": "http://purl.org/dc/terms/", "skos": "http://www.w3.org/2004/02/skos/core#",
    "obo": "http://purl.obolibrary.org/obo/", "pubmed": PREFIX_MAP["PMID"],
    "hgnc": PREFIX_MAP["HGNC"], "ncbigene": PREFIX_MAP["NCBIGene"], "uniprot": PREFIX_MAP["UniProt"],
    "drugbank": PREFIX_MAP["DRUGBANK"], "mesh": PREFIX_MAP["MESH"], "unii": PREFIX_MAP["UNII"],
    "meddra": PREFIX_MAP["MEDDRA"],
}


def expand(curie: str) -> URIRef:
    """The IRI of a CURIE.

    :raises UnknownTermError: For a prefix outside :data:`PREFIX_MAP`.

    >>> expand("CHEBI:45783")
    rdflib.term.URIRef('http://purl.obolibrary.org/obo/CHEBI_45783')
    >>> expand("PMID:12181401")
    rdflib.term.URIRef('https://identifiers.org/pubmed:12181401')
    """
    return _expand(curie)


@functools.lru_cache(maxsize=1 << 16)
def _expand(curie: str) -> URIRef:
    # Cached: a document names the same entities and publication many times over.
    prefix, colon, local = curie.partition(":")
    if colon and prefix in PREFIX_MAP:
        # What the converter gives, without its building the whole prefix map on every call.
        return URIRef(PREFIX_MAP[prefix] + local)
    iri = CONVERTER.expand(curie)
    if iri is None:
        prefix = curie.split(":", 1)[0]
        raise UnknownTermError(f"unknown prefix {prefix!r} in {curie!r}; known: {', '.join(PREFIX_MAP)}")
    return URIRef(iri)


def compress(iri: str) -> str:
    """The CURIE of an IRI, or the IRI itself when no prefix fits.

    >>> compress("https://identifiers.org/hgnc:6342")
    'HGNC:6342'
    """
    return CONVERTER.compress(iri) or iri


def mint(kind: str, *parts: object) -> URIRef:
    """A stable ``kgr:`` IRI for a thing of ``kind`` identified by ``parts``.

    >>> mint("assertion", "CHEBI:45783", "inhibits", "HGNC:6342")
    rdflib.term.URIRef('https://w3id.org/kg-builder/id/assertion-05b51c5f973af249')
    """
    digest = hashlib.sha256("\x1f".join(str(p) for p in parts).encode("utf-8")).hexdigest()[:16]
    return KGR[f"{kind}-{digest}"]


def mint_from(kind: str, parts: Iterable[object]) -> URIRef:
    """:func:`mint` of parts read one at a time (a build's millions of sources, never in one list).

    >>> mint_from("build", iter(["a", "b", "c"])) == mint("build", "a", "b", "c")
    True
    """
    digest = hashlib.sha256()
    for i, part in enumerate(parts):
        digest.update((("\x1f" if i else "") + str(part)).encode("utf-8"))
    return KGR[f"{kind}-{digest.hexdigest()[:16]}"]


def graph_iri(name: str) -> URIRef:
    """The IRI of a build-level named graph (``assembly``, ``build``)."""
    return KGR[f"graph/{name}"]
