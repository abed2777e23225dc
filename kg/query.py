"""Named SPARQL queries: read their headers, bind parameters, run them, format the rows.

Each ``queries/NAME.rq`` opens with a comment header::

    # title: Drug targets
    # purpose: What each drug targets, with confidence and papers.
    # param drug: entity, optional. Restrict to one drug (label, synonym or CURIE).
    # columns: drug, drugLabel, target, targetLabel, predicate, confidence, papers

An ``entity`` parameter (``entity Drug`` names the class it must have) is resolved to
an IRI from a CURIE, an IRI, a bare PMID, or any label, synonym or mention text in the
graph; a ``predicate`` parameter takes a ``kg:`` direct-edge property name, a ``class``
parameter an entity class name; a ``literal`` parameter is bound as a string.

A ``# when NAME: PATTERN`` line gives triple patterns that are put first in the WHERE
clause when that optional parameter is bound, so the engine starts from the bound node
instead of every row (``# when drug: ?o kg:drug ?drug``). They must not change the
rows: the query's own FILTER already keeps only those, with or without them.
"""

from __future__ import annotations

import csv
import io
import json
import math
import re
import shutil
import textwrap
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path
from typing import Any

from rdflib import RDF, RDFS, SKOS, XSD, BNode, Dataset, Graph, Literal, URIRef
from rdflib.query import ResultRow
from rdflib.term import Identifier

from kg.errors import KGError, QueryNotFoundError, QueryParameterError
from kg.iris import KG, KGR, NAMESPACES, PREFIX_MAP, compress, expand
from kg.model import ENTITY_TYPES, PREDICATES
from kg.resources import list_queries, load_query

#: Output formats of :func:`format_rows`.
OUTPUT_FORMATS = ("table", "csv", "json")
_HEADER = re.compile(r"^#\s*(title|purpose|columns|param\s+(\w+)|when\s+(\w+))\s*:\s*(.*)$")


#: Parameter kinds a query header may declare.
PARAM_KINDS = ("entity", "predicate", "class", "literal")


@dataclass(frozen=True, slots=True)
class Param:
    """A parameter a query accepts.

    :ivar kind: One of :data:`PARAM_KINDS`.
    :ivar cls: For an entity parameter, the ``kg:`` class its value must have (or ``None``).
    :ivar when: Triple patterns put first in the WHERE clause when the parameter is bound
        (its ``# when`` line), or ``None``.
    """

    name: str
    kind: str
    optional: bool
    help: str
    cls: str | None = None
    when: str | None = None


@dataclass(frozen=True, slots=True)
class QueryInfo:
    """A named query's header."""

    name: str
    title: str
    purpose: str
    params: tuple[Param, ...]
    columns: tuple[str, ...]
    text: str


def query_info(name: str) -> QueryInfo:
    """Parse the header of a named query, or of a ``.rq`` file given by its path.

    >>> info = query_info("evidence")
    >>> [p.name for p in info.params]
    ['subject', 'object', 'predicate']
    """
    if name.endswith(".rq") or "/" in name:
        # A path: a missing file is named as one, not offered the named queries.
        if not Path(name).is_file():
            raise QueryNotFoundError(f"no query file {name} (the current directory is {Path.cwd()}); "
                                     f"named queries: {', '.join(list_queries())}")
        text = Path(name).read_text(encoding="utf-8")
    else:
        text = load_query(name)
    fields: dict[str, str] = {}
    params = []
    when: dict[str, str] = {}
    for line in text.splitlines():
        match = _HEADER.match(line.strip())
        if not match:
            if line.strip() and not line.startswith("#"):
                break
            continue
        if match.group(3):
            when[match.group(3)] = match.group(4).strip()
        elif match.group(2):
            kind, _, rest = match.group(4).partition(".")
            words = [w.strip() for w in kind.split(",")]
            kind_word, _, cls = words[0].partition(" ")
            if kind_word not in PARAM_KINDS:
                raise KGError(f"query {name!r}: parameter {match.group(2)!r} has unknown kind {kind_word!r}; "
                              f"valid: {', '.join(PARAM_KINDS)}")
            params.append(Param(match.group(2), kind_word, "optional" in words, rest.strip(), cls.strip() or None))
        else:
            fields[match.group(1)] = match.group(4).strip()
    for name_, pattern in when.items():
        matching = [p for p in params if p.name == name_]
        if not matching:
            raise KGError(f"query {name!r}: '# when {name_}' names no parameter; "
                          f"parameters: {', '.join(p.name for p in params) or 'none'}")
        params[params.index(matching[0])] = replace(matching[0], when=pattern)
    columns = tuple(c.strip() for c in fields.get("columns", "").split(",") if c.strip())
    return QueryInfo(name, fields.get("title", name), fields.get("purpose", ""), tuple(params), columns, text)


def missing_graph(path: Path) -> KGError:
    """The error for a graph that is not there, with the build that makes it (a file, or a store).

    >>> print(missing_graph(Path("out/store")))
    no graph at out/store; build one first: kg build seeds --store out/store
    """
    from kg.export import FORMATS

    target = f"-o {path}" if path.suffix.lower() in FORMATS else f"--store {path}"
    return KGError(f"no graph at {path}; build one first: kg build seeds {target}")


#: How :func:`load_graph` holds a graph file: ``rdflib`` (its Memory store: the file's
#: literals as written), ``oxigraph`` (an in-memory Oxigraph store: the 10k-document
#: N-Quads, 685 MB, load in 8.9 s at 1.3 GB where rdflib takes 104 s at 6.0 GB, and named
#: queries answer up to 9× faster than on an on-disk store), or ``auto``: Oxigraph from
#: :data:`OXIGRAPH_FROM_BYTES` of N-Quads on. A store directory is always opened as a store.
ENGINES = ("auto", "rdflib", "oxigraph")
#: ``auto`` loads files this large or larger into Oxigraph (about 800 abstracts of N-Quads;
#: rdflib would need ≈ 0.6 GB and 6 s for 64 MB), in bytes of N-Quads: see :data:`DENSITY`.
OXIGRAPH_FROM_BYTES = 64 * 1024 * 1024
#: Bytes of N-Quads per byte of each format for the same statements, about (the 10k build:
#: 685 MB of N-Quads, 536 MB of N-Triples, 134 MB of TriG, 130 MB of Turtle). A 29 MB
#: Turtle file of 2,000 abstracts held by rdflib took 29 s and 1.1 GB for `kg neighbors`,
#: 2.5 s in Oxigraph.
DENSITY = {"nquads": 1.0, "nt": 1.3, "trig": 5.0, "turtle": 5.0, "json-ld": 1.0}


def load_graph(path: str | Path, engine: str = "auto") -> Graph:
    """Load a graph written by ``kg build`` (any of its formats, or a store) for querying.

    :param engine: One of :data:`ENGINES`: what holds a graph file in memory.
    :returns: An rdflib Graph or Dataset; over Oxigraph (oxrdflib) for a store, or for a
        file the engine puts there (:func:`oxigraph_store` gives the pyoxigraph Store).
    :raises KGError: When the file is missing or cannot be parsed, or ``engine`` is unknown.
    """
    from kg.export import FORMATS

    if engine not in ENGINES:
        raise KGError(f"unknown engine {engine!r}; choose one of {', '.join(ENGINES)}")
    path = Path(path)
    if not path.exists():
        raise missing_graph(path)
    if path.is_dir():
        from kg.stream import load_store

        return load_store(path)
    fmt = FORMATS.get(path.suffix.lower())
    if fmt is None:
        raise KGError(f"cannot read {path.name!r}: unknown extension; use one of {', '.join(FORMATS)}")
    if engine == "oxigraph" or (engine == "auto" and path.stat().st_size * DENSITY[fmt] >= OXIGRAPH_FROM_BYTES):
        return _oxigraph_in_memory(path, fmt)
    graph: Graph = Dataset(default_union=True) if fmt in ("nquads", "trig", "json-ld") else Graph()
    try:
        graph.parse(path, format=fmt)
    except Exception as exc:  # rdflib raises many parser-specific types
        raise KGError(f"{path}: not valid {fmt}: {exc}") from None
    return graph


def oxigraph_format(path: Path) -> Any:
    """The pyoxigraph ``RdfFormat`` of a graph file, by its extension (``None`` if unknown)."""
    import pyoxigraph

    return {".nq": pyoxigraph.RdfFormat.N_QUADS, ".trig": pyoxigraph.RdfFormat.TRIG,
            ".ttl": pyoxigraph.RdfFormat.TURTLE, ".nt": pyoxigraph.RdfFormat.N_TRIPLES,
            ".jsonld": pyoxigraph.RdfFormat.JSON_LD}.get(path.suffix.lower())


def _oxigraph_in_memory(path: Path, fmt: str) -> Dataset:
    """A graph file bulk-loaded into an in-memory Oxigraph store, as an rdflib Dataset
    whose default graph is the union of all graphs (as a file's and a store's are)."""
    import pyoxigraph
    from oxrdflib.store import OxigraphStore

    store = pyoxigraph.Store()
    try:
        store.bulk_load(path=str(path), format=oxigraph_format(path))
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(f"{path}: not valid {fmt}: {exc} (read by Oxigraph; --engine rdflib reads it with rdflib, "
                      f"which accepts some files Oxigraph does not)") from None
    return Dataset(store=OxigraphStore(store=store), default_union=True)


#: The prefixes a named query may use (rdflib declares rdf, rdfs and xsd by itself).
QUERY_PREFIXES: dict[str, str] = {"rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD), **NAMESPACES}
_PREFIXES_BY_CASE = {prefix.casefold(): prefix for prefix in PREFIX_MAP}


#: Accessions written without a prefix whose shape names the vocabulary: DrugBank's DB00619,
#: MeSH's descriptors and supplementary concepts (D009369, C000615).
_BARE_ACCESSION = re.compile(r"(DB\d{5})|[DC]\d{6,9}")


def resolve_entity(graph: Graph, value: str, cls: str | None = None) -> URIRef:
    """The IRI of an entity named by CURIE, IRI, bare PMID, label, synonym or mention text.

    A name that matches no label exactly but ends exactly one entity's label, synonym or
    mention text (``D842V`` for ``PDGFRA D842V``) resolves to it; failing that, a name
    found as whole words inside exactly one entity's names (``exon 9`` for ``KIT exon 9
    mutation``) does.

    :param cls: When given, the entity must be of this ``kg:`` class.
    :raises QueryParameterError: When nothing matches, several entities share the name,
        or the entity is of another class.
    """
    value = value.strip()
    if not value:
        raise QueryParameterError("an empty name names no entity; give a label, synonym or CURIE")
    if value.isdigit():
        value = f"PMID:{value}"
    bare = _BARE_ACCESSION.fullmatch(value)
    if bare:
        # An accession whose shape says its vocabulary (found by a new user: the README's
        # `drug=DB00619` was "no entity named 'DB00619'").
        value = f"{'DRUGBANK' if bare.group(1) else 'MESH'}:{value}"
    prefix, colon, local = value.partition(":")
    known = _PREFIXES_BY_CASE.get(prefix.casefold()) if colon else None
    if known:
        value = f"{known}:{local}"       # chebi:45783 is CHEBI:45783
    if value.startswith(("http://", "https://")) or known:
        iri = URIRef(value) if value.startswith("http") else expand(value)
        if (iri, None, None) not in graph:
            # Another vocabulary's identifier of an entity (DRUGBANK:DB00619 for imatinib,
            # CHEBI:45783 in the graph): the entity it is an exact match of.
            same = {e for e in graph.subjects(SKOS.exactMatch, iri) if isinstance(e, URIRef)}
            if cls is not None:     # a class asked for may leave one of several
                same = {e for e in same if (e, RDF.type, KG[cls]) in graph} or same
            if len(same) > 1:
                raise QueryParameterError(f"{value} is an identifier of several entities: "
                                          f"{', '.join(sorted(_labelled(graph, e) for e in same))}; pass one of them")
            if not same:
                raise QueryParameterError(f"no entity {value} in the graph")
            iri = same.pop()
        return _check_class(graph, iri, value, cls)
    wanted = _fold(value)
    # Whole words only, so "KIT" is not found inside "c-KITE" and "exon 9" not in "exon 90".
    inside = re.compile(rf"(?<!\w){re.escape(wanted)}(?!\w)")
    found: set[URIRef] = set()
    ending: set[URIRef] = set()
    within: set[URIRef] = set()
    for subject, label in _names(graph, wanted):
        text = _fold(label)
        if text == wanted:
            found.add(subject)
        elif text.endswith(" " + wanted):
            ending.add(subject)
        elif inside.search(text):
            within.add(subject)
    if cls is not None:
        typed = {s for s in found | ending | within if (s, RDF.type, KG[cls]) in graph}
        found, ending, within = found & typed or found, ending & typed or ending, within & typed or within
    partial = ending or within
    found = _preferred(graph, found, value) or (partial if len(partial) == 1 else set())
    if len(found) == 1:
        iri = found.pop()
        return _check_class(graph, iri, value, cls)
    if not found and len(partial) > 1:
        # Part of several entities' names ("parkinson", "exon 9"): those, not look-alike words.
        named = sorted(f"{graph.value(s, RDFS.label) or compress(str(s))} ({compress(str(s))})" for s in partial)
        more = f" and {len(named) - 5} more" if len(named) > 5 else ""
        raise QueryParameterError(f"no entity named {value!r} in the graph; it is part of the names of "
                                  f"{', '.join(named[:5])}{more}: give a whole name or a CURIE")
    if not found:
        from difflib import get_close_matches

        close = get_close_matches(value, sorted({label for _, label in _names(graph)}), n=3)
        hint = f"; did you mean {', '.join(map(repr, close))}?" if close else ""
        raise QueryParameterError(f"no entity named {value!r} in the graph{hint}")
    raise QueryParameterError(
        f"{value!r} names several entities: {', '.join(sorted(_labelled(graph, f) for f in found))}; pass a CURIE"
    )


def _preferred(graph: Graph, found: set[URIRef], value: str) -> set[URIRef]:
    """Of the entities ``value`` names exactly (case aside), the one it most likely means, if they are one kind.

    Only when every one of them shares a ``kg:`` class (the same kind of thing, named
    twice): an entity kg minted (``kgr:``) gives way to a vocabulary's (the tagger's "kras"
    to HGNC's KRAS), then those the name is the label of win over those it is a synonym
    or mention text of ("cancer" is MONDO:0004992's label and another disease's mention
    text). Before that, an entity the text names wins over one the graph holds only as
    another reading of an ambiguous name (found by a new user: "colorectal cancer", the
    mention text of the colorectal neoplasm the edges are on, went to the alternative
    reading labelled so, which has none). Entities of different classes all stay (mitomycin C the drug and a minted
    disease of that name; diarrhea the disease and the adverse event): the user picks, or
    a query parameter's class does. Found by a user: "KRAS" and "cancer" each named
    several entities.
    """
    if len(found) <= 1:
        return found
    kinds = [{t for t in graph.objects(e, RDF.type) if str(t).startswith(str(KG))} for e in found]
    if not set.intersection(*kinds):
        return found
    wanted = _fold(value)

    def vocabulary(entity: URIRef) -> bool:
        return not str(entity).startswith(str(KGR))

    def named(entity: URIRef) -> bool:
        # Not only another reading of an ambiguous name, which no mention denotes.
        return (entity, KG.mentionText, None) in graph or (None, KG.alternativeGrounding, entity) not in graph

    def labelled(entity: URIRef) -> bool:
        return any(_fold(str(label)) == wanted for label in graph.objects(entity, RDFS.label))

    for keep in (vocabulary, named, labelled):
        if len(found) > 1:
            found = {e for e in found if keep(e)} or found
    return found


def _labelled(graph: Graph, entity: URIRef) -> str:
    """``label (CURIE)`` of an entity, for a message (the CURIE alone if it has no label)."""
    label = min(map(str, graph.objects(entity, RDFS.label)), default=None)
    return f"{label} ({compress(str(entity))})" if label else compress(str(entity))


_NAME_PROPERTIES = (RDFS.label, SKOS.altLabel, KG.mentionText)
_APOSTROPHES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'"})


def _fold(name: str) -> str:
    """A name as :func:`resolve_entity` compares it: case-folded, curly apostrophes straight."""
    return name.casefold().translate(_APOSTROPHES)
#: The characters whose casefold() holds ASCII their lower() does not: every such one in
#: Unicode (tests/test_stream.py computes the list again).
_FOLDS_TO_ASCII = "ßŉſǰẖẗẘẙẚẞﬀﬁﬂﬃﬄﬅﬆ"


def _names(graph: Graph, containing: str | None = None) -> Iterator[tuple[URIRef, str]]:
    """``(entity, name)`` for every label, synonym and mention text of an entity in ``graph``;
    with ``containing`` (case-folded), at least those whose case-folded name contains it.

    On Oxigraph (a store, or a large file) only the graphs that describe entities are read
    (a build writes every name there: 42k at 100k documents, where the document graphs hold
    millions of mention texts), and the text is matched inside the engine: a name resolves
    in ≈ 0.1 s where reading every name triple took 4 s at 10k documents.
    """
    from kg.rdf import BUILD_GRAPH, ENTITIES_GRAPH

    native = oxigraph_store(graph)
    if native is None:
        rows: Iterable[tuple[Any, Any]] = (
            (s, o) for prop in _NAME_PROPERTIES for s, _, o in graph.triples((None, prop, None)))
    else:
        import pyoxigraph

        where = "?s ?p ?n"
        if native.contains_named_graph(pyoxigraph.NamedNode(str(ENTITIES_GRAPH))):
            where = f"{{ GRAPH <{ENTITIES_GRAPH}> {{ ?s ?p ?n }} }} UNION {{ GRAPH <{BUILD_GRAPH}> {{ ?s ?p ?n }} }}"
        keep = ""
        if containing is not None and "'" in containing:
            # A name may write it curly (Parkinson’s): match on the longest piece without it.
            containing = max(containing.split("'"), key=len) or None
        if containing is not None and containing.isascii():
            # LCASE is str.lower(); the names whose casefold() holds ASCII their lower() does
            # not (ß → ss, ﬁ → fi) are returned too, and matched below like the rest.
            keep = (f"FILTER(CONTAINS(LCASE(STR(?n)), {json.dumps(containing)}) "
                    f"|| REGEX(STR(?n), \"[{_FOLDS_TO_ASCII}]\"))")
        text = (f"SELECT ?s ?n WHERE {{ VALUES ?p {{ {' '.join(f'<{p}>' for p in _NAME_PROPERTIES)} }} "
                f"{where} {keep} }}")
        convert = term_converter()
        rows = ((convert(row[0]), convert(row[1])) for row in native.query(text, use_default_graph_as_union=True))
    for subject, label in rows:
        # Mentions and grounding summaries carry texts too; they are not entities.
        if isinstance(subject, URIRef) and "/id/mention-" not in subject and "/id/grounding-" not in subject:
            yield subject, str(label)


def _kinds(graph: Graph, iri: Identifier) -> list[str]:
    """The local names of a node's kg: classes, sorted."""
    return sorted(str(t).split("#")[-1] for t in graph.objects(iri, RDF.type) if str(t).startswith(str(KG)))


def _named(kind: str) -> str:
    """A class name with its article: ``an AdverseEvent``, ``a Drug``."""
    return f"{'an' if kind[0] in 'AEIOU' else 'a'} {kind}"


def _check_class(graph: Graph, iri: URIRef, value: str, cls: str | None) -> URIRef:
    if cls is None or (iri, RDF.type, KG[cls]) in graph:
        return iri
    kinds = _kinds(graph, iri)
    raise QueryParameterError(f"{value!r} is {' and '.join(map(_named, kinds)) or 'a thing of no kg: class'}, "
                              f"not {_named(cls)}")


def _check_entity(graph: Graph, iri: Identifier, value: str, name: str) -> None:
    """Refuse a node of none of the entity classes for an untyped entity parameter, naming what it is.

    Found by a user: ``evidence --param subject=PMID:…`` listed nothing and said nothing;
    a study, an arm or an assertion named by its IRI did the same.
    """
    kinds = _kinds(graph, iri)
    if not kinds or set(kinds) & set(ENTITY_TYPES):
        return                          # a node of no kg: class (an IRI the graph only points at) is let through
    message = (f"{value!r} is {' and '.join(map(_named, kinds))}; --param {name} takes an entity "
               f"({', '.join(ENTITY_TYPES[:-1])} or {ENTITY_TYPES[-1]})")
    if "Publication" in kinds:
        takers = ", ".join(n for n in list_queries() if any(q.cls == "Publication" for q in query_info(n).params))
        message += (f"; queries that take a publication: {takers} (a query of your own declares "
                    "'# param NAME: entity Publication')")
    raise QueryParameterError(message)


#: Query results: the column names and the rows (rdflib terms, ``None`` where unbound).
Rows = tuple[tuple[str, ...], list[tuple[object, ...]]]


def run_query(graph: Graph, name: str, params: dict[str, str] | None = None) -> Rows:
    """Run a named query with parameters.

    :param params: Parameter name → value (a label or CURIE for entity parameters).
    :returns: The column names and the rows (rdflib terms, ``None`` for unbound).
    :raises QueryParameterError: For an unknown or missing parameter, naming the valid ones.
    """
    info = query_info(name)
    bindings = bound_params(graph, info, params or {})
    native = oxigraph_store(graph)
    if native is not None:
        columns, rows = oxigraph_rows(native, query_text(info, bindings, oxigraph=True))
    else:
        result = graph.query(query_text(info, bindings, oxigraph=False), initNs=NAMESPACES, initBindings=bindings)
        columns = tuple(str(v) for v in result.vars or ())
        rows = [tuple(row) for row in result if isinstance(row, ResultRow)]
    return columns, sorted_lists(columns, rows, list_columns(info.text))


def bound_params(graph: Graph, info: QueryInfo, params: dict[str, str]) -> dict[str, Identifier]:
    """The terms a query's parameters bind: entities resolved in ``graph``, predicates and classes as IRIs.

    :raises QueryParameterError: For an unknown or missing parameter, naming the valid ones.
    """
    known = {p.name: p for p in info.params}
    for key in params:
        if key not in known:
            valid = ", ".join(known) or "none"
            raise QueryParameterError(f"query {info.name!r} has no parameter {key!r}; valid: {valid}")
    bindings: dict[str, Identifier] = {}
    for param in info.params:
        if param.name not in params:
            if not param.optional:
                raise QueryParameterError(f"query {info.name!r} needs --param {param.name}=… ({param.help})")
            continue
        value = params[param.name]
        if param.kind == "entity":
            bindings[param.name] = resolve_entity(graph, value, param.cls)
            if param.cls is None:
                _check_entity(graph, bindings[param.name], value, param.name)
        elif param.kind == "predicate":
            local = value.split(":", 1)[-1]
            if local not in PREDICATES:
                raise QueryParameterError(f"unknown predicate {value!r}; valid: {', '.join(PREDICATES)}")
            bindings[param.name] = KG[local]
        elif param.kind == "class":
            match = [t for t in ENTITY_TYPES if t.casefold() == value.casefold()]
            if not match:
                raise QueryParameterError(f"unknown class {value!r}; valid: {', '.join(ENTITY_TYPES)}")
            # Bound to the class IRI, so a query can match ``?entity a ?type`` directly.
            bindings[param.name] = KG[match[0]]
        else:
            bindings[param.name] = Literal(value)
    return bindings


def sparql_text(graph: Graph, name: str, params: dict[str, str] | None = None) -> str:
    """A named query as any SPARQL 1.1 endpoint runs it: prefixes declared, parameters written in.

    For ``kg query NAME --sparql``, to send to ``kg serve`` or to a server ``kg push``
    loaded (whose default graph must be the union of its named graphs, as ``kg serve``'s
    is: ``oxigraph serve --union-default-graph``, Fuseki's ``unionDefaultGraph``).

    :param graph: Where entity parameters are looked up (label, synonym or CURIE → IRI).
    """
    info = query_info(name)
    bindings = bound_params(graph, info, params or {})
    text = substituted(narrowed(info.text, [p.when for p in info.params if p.when and p.name in bindings]), bindings)
    lines = text.split("\n")
    prefixes, body = lines[:len(QUERY_PREFIXES)], "\n".join(lines[len(QUERY_PREFIXES):])
    given = "".join(f"# {key} = {bindings[key].n3()}  ({' '.join(value.split())})\n"
                    for key, value in (params or {}).items())
    # The header comments went with the others (they may hold braces); the gap they leave too.
    return (f"# {info.title}: kg query {name}\n{given}" + "\n".join(prefixes) + "\n"
            + re.sub(r"\A(?:[ \t]*\n)+", "", body))


def empty_hint(name: str, params: dict[str, str], graph: Graph | None = None) -> str | None:
    """Why a query given these parameters may have found nothing, when kg can tell; else ``None``.

    ``kg:targets`` and ``kg:treats`` edges are also written for each ``kg:inhibits`` and
    ``kg:approvedFor`` claim (and ``kg:affectsResponseTo`` for sensitivity and resistance);
    such an edge has no claim of its own, so its evidence is under the sub-property.
    ``groundings`` reads the build's grounding summaries, which a graph built by an older
    kg lacks (given ``graph``, that is checked).

    >>> print(empty_hint("evidence", {"predicate": "targets"}))
    kg also writes a kg:targets edge for each kg:inhibits claim, whose evidence is listed under it: try --param ...
    >>> empty_hint("evidence", {"predicate": "inhibits"}) is None
    True
    """
    from kg.assemble import SUPER_PROPERTIES

    for param in query_info(name).params:
        value = params.get(param.name)
        if param.kind != "predicate" or value is None:
            continue
        local = value.split(":", 1)[-1]
        subs = sorted(sub for sub, sup in SUPER_PROPERTIES.items() if sup == local)
        if subs:
            tries = " or ".join(f"--param {param.name}={sub}" for sub in subs)
            return (f"kg also writes a kg:{local} edge for each {' and '.join(f'kg:{sub}' for sub in subs)} claim, "
                    f"whose evidence is listed under it: try {tries}")
    if (name == "groundings" and graph is not None and (None, RDF.type, KG.GroundingSummary) not in graph
            and (None, KG.denotes, None) in graph):
        return ("this graph has grounded mentions but no grounding summaries (kg:GroundingSummary): an older kg "
                "built it; build it again (on a store, kg build … --store recomputes its assembly graph, "
                "counting them)")
    # The entities were found (an unknown name is refused before the query runs), so say
    # where to look (found by a haematology user: an empty answer read as "no evidence").
    named = [params[p.name] for p in query_info(name).params if p.kind == "entity" and params.get(p.name)]
    swapped = _swapped(name, params, graph)
    if swapped:
        return swapped
    if named:
        which = " and ".join(repr(value) for value in named)
        return (f"{which} {'is' if len(named) == 1 else 'are'} in the graph, but no row of {name} "
                f"{'has it' if len(named) == 1 else 'joins them'}: kg neighbors {named[0]!r} -g GRAPH lists every "
                f"edge of it")
    return None


def _swapped(name: str, params: dict[str, str], graph: Graph | None) -> str | None:
    """The hint to swap ``subject`` and ``object`` when the graph links them the other way round.

    Found by a new user: ``evidence --param subject=imatinib --param object="KIT exon 9
    mutation"`` is empty because the sensitivity edge runs from the mutation to the drug.
    """
    subject, obj = params.get("subject"), params.get("object")
    if graph is None or subject is None or obj is None:
        return None
    try:
        first, second = resolve_entity(graph, subject), resolve_entity(graph, obj)
    except QueryParameterError:
        return None
    between = sorted({compress(str(p)) for p in graph.predicates(second, first) if str(p).startswith(str(KG))})
    if not between:
        return None
    return (f"{obj!r} {' and '.join(between)} {subject!r}: the edge runs the other way; try --param "
            f"subject={obj!r} --param object={subject!r}")


_GROUP_CONCAT = re.compile(
    r"""GROUP_CONCAT \s* \( \s* (?:DISTINCT\s+)? \?\w+ \s*
        (?: ; \s* separator \s* = \s* ("[^"]*"|'[^']*') )? \s* \) \s+ AS \s+ \?(\w+)""",
    re.IGNORECASE | re.VERBOSE)


def list_columns(text: str) -> dict[str, str]:
    """The columns a query fills with ``GROUP_CONCAT``, and their separators.

    >>> list_columns('SELECT (GROUP_CONCAT(DISTINCT ?p; separator=" | ") AS ?papers) WHERE { ?a ?b ?p }')
    {'papers': ' | '}
    """
    return {m.group(2): m.group(1)[1:-1] if m.group(1) else " " for m in _GROUP_CONCAT.finditer(without_comments(text))}


def sorted_lists(columns: tuple[str, ...], rows: list[tuple[Any, ...]], lists: dict[str, str]) -> list[tuple[Any, ...]]:
    """Each list cell (``lists``: column → separator) with its items sorted and empty items dropped.

    SPARQL leaves the order of ``GROUP_CONCAT`` open: rdflib and Oxigraph list a drug's
    papers in different orders, and neither promises one. Sorted, the same graph prints
    the same cells from a file and from a store.

    >>> sorted_lists(("papers",), [(Literal("PMID:2  PMID:1"),)], {"papers": " "})
    [(rdflib.term.Literal('PMID:1 PMID:2'),)]
    """
    at = [(columns.index(name), separator) for name, separator in lists.items() if name in columns and separator]
    if not at:
        return rows
    out = []
    for row in rows:
        cells = list(row)
        for i, separator in at:
            value = cells[i]
            if isinstance(value, Literal):
                items = sorted(item for item in str(value).split(separator) if item)
                cells[i] = Literal(separator.join(items), lang=value.language, datatype=value.datatype)
        out.append(tuple(cells))
    return out


def oxigraph_store(graph: Graph) -> Any:
    """The pyoxigraph Store under a graph opened by :func:`load_graph` on a store, else ``None``."""
    if type(graph.store).__name__ != "OxigraphStore":
        return None
    return graph.store._inner  # type: ignore[attr-defined]  # oxrdflib keeps the pyoxigraph Store here


def oxigraph_rows(store: Any, text: str) -> Rows:
    """Run a SELECT on a pyoxigraph Store over the union of its graphs; rows as rdflib terms.

    oxrdflib gives the same rows, but builds a new rdflib term for every cell; here each
    distinct term is converted once (:func:`term_converter`), after the rows are sorted.
    A final ``ORDER BY`` of variables is done in Python, on pyoxigraph's terms
    (:func:`split_order`, :func:`order_keys`, :func:`sort_rows`): sorting and converting
    the 4,340 rows of ``conflicts`` at 100k documents took 119 ms with rdflib's terms, 35 ms so.
    """
    import pyoxigraph

    prefixes = QUERY_PREFIXES
    convert = term_converter()

    def converted(rows: Iterable[Iterable[Any]]) -> list[tuple[Any, ...]]:
        return [tuple(map(convert, row)) for row in rows]

    unordered, keys = split_order(text)
    solutions = store.query(unordered, use_default_graph_as_union=True, prefixes=prefixes)
    if not isinstance(solutions, pyoxigraph.QuerySolutions):
        raise QueryParameterError("a named query must be a SELECT query (rows), not ASK or CONSTRUCT")
    columns = tuple(v.value for v in solutions.variables)
    if not keys:     # nothing to sort: converted as they come (a report of every evidence row)
        return columns, converted(solutions)
    if any(name not in columns for name, _ in keys):
        # A key the rows do not carry: Oxigraph sorts (solutions are lazy: nothing ran yet).
        return columns, converted(store.query(text, use_default_graph_as_union=True, prefixes=prefixes))
    rows = [tuple(row) for row in solutions]
    at = [(order_keys([row[columns.index(name)] for row in rows]), descending) for name, descending in keys]
    if any(column is None for column, _ in at):
        # Dates, booleans, ill-typed or mixed literals: Oxigraph's own order, not a guess at it.
        return columns, converted(store.query(text, use_default_graph_as_union=True, prefixes=prefixes))
    return columns, converted(sort_rows(rows, at))  # type: ignore[arg-type]  # None ruled out above


_STRING = str(XSD.string)
#: Distinct terms :func:`term_converter` keeps converted.
_CONVERTED = 1 << 16


def term_converter() -> Callable[[Any], Identifier | None]:
    """A function from a pyoxigraph term (or ``None``) to the rdflib term, each distinct term
    converted once: a label, class or flag recurs down the rows of a report.

    >>> import pyoxigraph
    >>> convert = term_converter()
    >>> convert(pyoxigraph.Literal("7", datatype=pyoxigraph.NamedNode(str(XSD.integer)))).toPython()
    7
    >>> convert(pyoxigraph.NamedNode("urn:a")), convert(pyoxigraph.Literal("a")), convert(None)
    (rdflib.term.URIRef('urn:a'), rdflib.term.Literal('a'), None)
    """
    import pyoxigraph

    terms: dict[Any, Identifier | None] = {None: None}
    datatypes: dict[str, URIRef] = {}

    def convert(term: Any) -> Identifier | None:
        try:
            return terms[term]
        except KeyError:
            pass
        if len(terms) > _CONVERTED:     # rows of distinct sentences: the cache stays bounded
            terms.clear()
            terms[None] = None
        if isinstance(term, pyoxigraph.NamedNode):
            new: Identifier = URIRef(term.value)
        elif isinstance(term, pyoxigraph.BlankNode):
            new = BNode(term.value)
        elif term.language:
            new = Literal(term.value, lang=term.language)
        elif (iri := term.datatype.value) == _STRING:
            # A simple literal, as rdflib reads "text" from a file (and builds it 2.5× faster).
            new = Literal(term.value)
        else:
            datatype = datatypes.get(iri) or datatypes.setdefault(iri, URIRef(iri))
            new = Literal(term.value, datatype=datatype)
        terms[term] = new
        return new

    return convert


#: The numeric datatypes whose literals Python orders by value as Oxigraph does: their
#: lexical form (a well-typed one: Python's int() and Decimal() take more), how to read it,
#: and their kind. Integers and decimals compare exactly, doubles as doubles; a column
#: mixing the two kinds, or holding xsd:float (Oxigraph rounds it to 32 bits), is left
#: to Oxigraph.
_INTEGER = re.compile(r"[+-]?[0-9]+")
_NUMBERS: dict[str, tuple[re.Pattern[str], Callable[[str], int | float | Decimal], str]] = {
    **{str(XSD[name]): (_INTEGER, int, "exact") for name in (
        "integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger", "nonPositiveInteger",
        "negativeInteger", "unsignedLong", "unsignedInt", "unsignedShort", "unsignedByte")},
    str(XSD.decimal): (re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)"), Decimal, "exact"),
    str(XSD.double): (re.compile(r"[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)(?:[eE][+-]?[0-9]+)?"), float, "double")}


def order_keys(column: list[Any]) -> list[tuple[Any, ...]] | None:
    """SPARQL ``ORDER BY`` keys of one column of pyoxigraph terms, or ``None`` where Python
    cannot order them as Oxigraph does.

    Unbound first, then blank nodes, IRIs and literals; numbers by value, strings by code
    point (``"a"@de``, ``"a"@en`` before the plain ``"a"``, as Oxigraph has them). Only
    unbound values, blank nodes, IRIs and literals that are all strings (plain or tagged)
    or all finite numbers get keys: SPARQL leaves the order of unlike literals open, and
    dates compare by instant, not text.

    >>> import pyoxigraph
    >>> number = lambda v, t: pyoxigraph.Literal(v, datatype=pyoxigraph.NamedNode(str(t)))
    >>> order_keys([number("10", XSD.integer), None, number("9.5", XSD.decimal)])
    [(3, 0, 10, 'exact'), (0,), (3, 0, Decimal('9.5'), 'exact')]
    >>> order_keys([number("1", XSD.integer), pyoxigraph.Literal("a")]) is None
    True
    >>> order_keys([number("1", XSD.integer), number("1.5e0", XSD.double)]) is None
    True
    """
    import pyoxigraph

    keys: list[tuple[Any, ...]] = []
    known: dict[Any, tuple[Any, ...]] = {None: (0,)}
    kinds: set[str] = set()
    for term in column:
        key = known.get(term)
        if key is None:
            if isinstance(term, pyoxigraph.NamedNode):
                key = (2, term.value)
            elif isinstance(term, pyoxigraph.BlankNode):
                key = (1, term.value)
            elif term.language:
                key = (3, 1, term.value, False, term.language)
            elif (datatype := term.datatype.value) == _STRING:
                key = (3, 1, term.value, True, "")
            elif (number := _NUMBERS.get(datatype)) is None:
                return None
            else:
                lexical, read, kind = number
                if lexical.fullmatch(term.value) is None:   # ill-typed, or INF/NaN
                    return None
                value = read(term.value)
                if not (value.is_finite() if isinstance(value, Decimal) else math.isfinite(value)):
                    return None
                key = (3, 0, value, kind)
            known[term] = key
        if key[0] == 3:
            kinds.add(key[3] if key[1] == 0 else "string")
        keys.append(key)
    return keys if len(kinds) <= 1 else None


#: ``ORDER BY`` and what may follow it for :func:`split_order` to take it: variables,
#: ``ASC(?v)``/``DESC(?v)``, and bound terms :func:`substituted` wrote in as ``(<iri>)``.
_ORDER_BY = re.compile(r"\bORDER\s+BY\b", re.IGNORECASE)
_ORDER_KEY = re.compile(
    r"""\s*(?: (ASC|DESC) \s* \( \s* \?(\w+) \s* \)      # ASC(?v), DESC(?v)
          | \?(\w+)                                  # ?v
          | \( \s* (?: <[^\s<>]*> | "[^"\\]*" (?:\^\^<[^\s<>]*> | @[\w-]+)? ) \s* \) )  # (<iri>), ("lit")""",
    re.IGNORECASE | re.VERBOSE)


def split_order(text: str) -> tuple[str, list[tuple[str, bool]]]:
    """The query without a final ``ORDER BY`` of plain variables, and its keys (name, descending).

    Oxigraph compares the terms of an ORDER BY by reading their strings back from the
    store at every comparison (12–25 µs each): sorting 1,400 ``entities`` rows took
    160 ms of its 270. Sorting the converted rows in Python (:func:`sort_rows`) costs
    well under a millisecond. A query whose ORDER BY is followed by ``LIMIT``/``OFFSET``,
    sits in a subquery or sorts by an expression is returned whole, with no keys.

    >>> split_order("SELECT ?a ?n WHERE { ?a <urn:n> ?n } ORDER BY DESC(?n) ?a (<urn:x>)")
    ('SELECT ?a ?n WHERE { ?a <urn:n> ?n } ', [('n', True), ('a', False)])
    >>> split_order("SELECT ?a WHERE { ?a <urn:n> ?n } ORDER BY ?n LIMIT 10")[1]
    []
    """
    text = without_comments(text)
    matches = list(_ORDER_BY.finditer(text))
    if not matches:
        return text, []
    at, keys = matches[-1].end(), []
    while (key := _ORDER_KEY.match(text, at)) is not None:
        direction, inner, plain = key.groups()
        if inner or plain:
            keys.append((inner or plain, (direction or "").upper() == "DESC"))
        at = key.end()
    if text[at:].strip() or not keys:
        return text, []
    return text[:matches[-1].start()], keys


def sort_rows(rows: list[tuple[Any, ...]], keys: list[tuple[list[Any], bool]]) -> list[tuple[Any, ...]]:
    """``rows`` in the order of ``keys``: one list of sort keys per ``ORDER BY`` key, a key
    per row (:func:`order_keys`), and whether it descends. Rows equal on every key keep
    their order (SPARQL leaves it open).

    >>> sort_rows([("a",), ("b",), ("c",)], [([2, 1, 2], False), ([0, 0, 1], True)])
    [('b',), ('c',), ('a',)]
    """
    order = list(range(len(rows)))
    for column, descending in reversed(keys):   # stable sorts, last key first
        order.sort(key=column.__getitem__, reverse=descending)
    return [rows[i] for i in order]


def query_text(info: QueryInfo, bindings: dict[str, Identifier], *, oxigraph: bool) -> str:
    """The text :func:`run_query` sends: ``# when`` patterns of the bound parameters put in,
    and for Oxigraph the bindings written in and OPTIONALs made lateral (:func:`for_oxigraph`).
    rdflib gets the bindings apart, as ``initBindings``.
    """
    text = narrowed(info.text, [p.when for p in info.params if p.when and p.name in bindings])
    return for_oxigraph(text, bindings) if oxigraph else text


def narrowed(text: str, patterns: list[str]) -> str:
    """The query with ``patterns`` (bound parameters' ``# when`` lines) first in its WHERE clause.

    They go in a group of their own: rdflib orders the triples of one basic graph pattern
    by how many constants they hold, so ``?study a kg:Study`` beside them would run first
    (over every study: `studies` for one drug took 1.2 s at 10k, 0.13 s grouped).
    Oxigraph plans both the same.

    >>> narrowed("SELECT ?o WHERE { ?o a <urn:O> }", ["?o <urn:drug> ?drug"])
    'SELECT ?o WHERE { { ?o <urn:drug> ?drug }\\n ?o a <urn:O> }'
    """
    if not patterns:
        return text
    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None:
        raise QueryParameterError("the query has no WHERE clause to put its '# when' patterns in")
    return text[:match.end()] + " { " + " . ".join(patterns) + " }\n" + text[match.end():]


def for_oxigraph(text: str, bindings: dict[str, Identifier]) -> str:
    """A named query as Oxigraph should run it: bindings written in, OPTIONALs evaluated per row.

    Oxigraph takes no bindings for unprojected variables (:func:`substituted` writes the
    terms in), and it evaluates the right side of an ``OPTIONAL`` over the whole store
    before joining it: ``evidence``'s mention-span OPTIONAL alone costs seconds at 10k
    documents. :func:`lateral` makes it look the optional part up for each row instead.

    >>> text = "SELECT ?x ?l WHERE { ?x a ?c OPTIONAL { ?x <urn:l> ?l } }"
    >>> print(for_oxigraph(text, {"c": URIRef("urn:C")}).splitlines()[-1])
    SELECT ?x ?l WHERE { ?x a <urn:C> LATERAL { OPTIONAL { ?x <urn:l> ?l } } }
    """
    return lateral(substituted(text, bindings))


#: A string, an IRI or a comment: comments go, the others stay (they may hold '#').
_TOKEN = re.compile(r""""(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|<[^\s<>]*>|#[^\n]*""")


def without_comments(text: str) -> str:
    r"""The query with its ``#`` comments removed (a ``#`` in an IRI or string stays).

    >>> without_comments('SELECT ?x WHERE { ?x a <urn:a#B> ; <urn:p> "#1" }  # why\n')
    'SELECT ?x WHERE { ?x a <urn:a#B> ; <urn:p> "#1" }  \n'
    """
    return _TOKEN.sub(lambda m: "" if m.group().startswith("#") else m.group(), text)


def lateral(text: str) -> str:
    r"""Each run of ``OPTIONAL { P }`` groups written as ``LATERAL { OPTIONAL { P } … }`` (Oxigraph only).

    ``LATERAL`` (SPARQL 1.2's proposal SEP-0006, which Oxigraph implements) evaluates its
    group once per solution of what precedes it, with that solution's bindings put in:
    an optional lookup of the row's own node, which is what a left join of the two means
    whenever the shared variables are bound on the left, as in every named query. rdflib
    does not parse ``LATERAL``; it gets the plain query. OPTIONALs that follow one another
    share one ``LATERAL``: Oxigraph's planner takes time that grows with the square of the
    number of ``LATERAL``s (``outcomes``' 20 took 4 ms to plan, 2 ms as two). Inside it
    they are left-joined in turn, as plain SPARQL joins them; no named query has one
    OPTIONAL use a variable only an earlier one of its run binds.

    >>> lateral("SELECT * WHERE { ?a <urn:p> ?b OPTIONAL { ?b <urn:q> ?c OPTIONAL { ?c <urn:r> ?d } } }")
    'SELECT * WHERE { ?a <urn:p> ?b LATERAL { OPTIONAL { ?b <urn:q> ?c LATERAL { OPTIONAL { ?c <urn:r> ?d } } } } }'
    >>> lateral("SELECT * WHERE { ?a <urn:p> ?b OPTIONAL { ?b <urn:q> ?c }\n OPTIONAL { ?b <urn:r> ?d } }")
    'SELECT * WHERE { ?a <urn:p> ?b LATERAL { OPTIONAL { ?b <urn:q> ?c }\n OPTIONAL { ?b <urn:r> ?d } } }'
    """
    text = without_comments(text)
    found = list(re.finditer(r"\bOPTIONAL\s*\{", text, re.IGNORECASE))
    # From the last OPTIONAL back, so the offsets of the ones before stay valid.
    i = len(found) - 1
    while i >= 0:
        start, end = found[i].start(), _closing_brace(text, found[i].end() - 1)
        # Earlier OPTIONALs that end just before this run starts (whitespace between) join it.
        while i > 0:
            before = _closing_brace(text, found[i - 1].end() - 1)
            if before > start or text[before + 1:start].strip():
                break
            i -= 1
            start = found[i].start()
        text = text[:start] + "LATERAL { " + text[start:end + 1] + " }" + text[end + 1:]
        i -= 1
    return text


def substituted(text: str, bindings: dict[str, Identifier]) -> str:
    """The query with prefixes declared and each bound variable replaced by its term.

    This is rdflib's ``initBindings`` (the variable is bound everywhere, inside OPTIONAL
    too), written into the text for engines that take no bindings for unprojected
    variables. A projected variable keeps its column: ``(term AS ?v)`` in SELECT, or in
    GROUP BY when the query groups. The query planner then sees constants, which
    Oxigraph evaluates much faster than a joined ``VALUES`` block.

    >>> print(substituted("SELECT ?x ?c WHERE { ?x a ?c } ORDER BY ?c", {"c": URIRef("urn:d")}).splitlines()[-1])
    SELECT ?x (<urn:d> AS ?c) WHERE { ?x a <urn:d> } ORDER BY (<urn:d>)
    """
    prefixes = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in QUERY_PREFIXES.items())
    text = without_comments(text)  # comments may hold '?name' or braces
    match = re.search(r"\bWHERE\s*\{", text, re.IGNORECASE)
    if match is None or not bindings:
        return prefixes + text
    end = _closing_brace(text, match.end() - 1)
    head, body, tail = text[:match.start()], text[match.start():end + 1], text[end + 1:]
    grouped = re.search(r"\bGROUP\s+BY\b", tail, re.IGNORECASE)
    for name, term in bindings.items():
        var = re.compile(rf"\?{re.escape(name)}\b")
        constant = term.n3()
        body = _replace(var, constant, body)
        if grouped and var.search(tail[grouped.start():]):
            group = tail[grouped.start():]
            order = re.search(r"\b(ORDER\s+BY|LIMIT|OFFSET|HAVING)\b", group, re.IGNORECASE)
            cut = order.start() if order else len(group)
            alias = f"({constant} AS ?{name})"
            group = _replace(var, alias, group[:cut], count=1) + group[cut:]
            tail = tail[:grouped.start()] + group
        else:
            alias = f"({constant} AS ?{name})"
            head = _replace(re.compile(rf"(?<!AS )\?{re.escape(name)}\b"), alias, head, count=1)
        ordering = re.search(r"\bORDER\s+BY\b", tail, re.IGNORECASE)
        if ordering and not grouped:
            tail = tail[:ordering.start()] + _replace(var, f"({constant})", tail[ordering.start():])
    return prefixes + head + body + tail


def _replace(pattern: re.Pattern[str], new: str, text: str, count: int = 0) -> str:
    """``pattern.sub`` with ``new`` taken literally (an IRI or literal may hold backslashes)."""
    return pattern.sub(lambda _: new, text, count=count)


def _closing_brace(text: str, opening: int) -> int:
    """The index of the brace closing the one at ``opening`` (braces in strings and IRIs skipped)."""
    depth, i = 0, opening
    while i < len(text):
        char = text[i]
        if char in "\"'":
            i = text.index(char, i + 1)          # our queries have no escaped quotes
        elif char == "<" and re.match(r"<[^\s<>]*>", text[i:]):
            i += re.match(r"<[^\s<>]*>", text[i:]).end() - 1  # type: ignore[union-attr]
        elif char == "{":
            depth += 1
        elif char == "}":
            depth -= 1
            if depth == 0:
                return i
        i += 1
    raise QueryParameterError("unbalanced braces in the query's WHERE clause")


def select_rows(graph: Graph, text: str) -> list[tuple[Any, ...]]:
    """Run a SELECT given as text (prefixes declared in it) and return its rows.

    On an Oxigraph store it runs as :func:`run_query` runs a named query there:
    OPTIONALs made :func:`lateral`, rows read from pyoxigraph directly.
    """
    native = oxigraph_store(graph)
    if native is not None:
        return oxigraph_rows(native, lateral(text))[1]
    return [tuple(row) for row in graph.query(text) if isinstance(row, ResultRow)]


def cell(value: object) -> str:
    """A result value as text: CURIEs for IRIs, the lexical form for literals."""
    if value is None:
        return ""
    if isinstance(value, URIRef):
        return compress(str(value))
    return str(value)


#: The narrowest a table column is cut to before the table is shown a record per row.
_NARROWEST = 16


def format_rows(columns: tuple[str, ...], rows: list[tuple[object, ...]], fmt: str = "table",
                *, width: int | None = None, total: int | None = None, offset: int = 0) -> str:
    """Format query results as a table fitted to the terminal, CSV or JSON.

    ``total`` and ``offset`` say that ``rows`` is a page of a longer result (``kg query
    --limit/--offset``): the table's footer then reads ``(rows 11–20 of 474)``.

    >>> print(format_rows(("a", "b"), [(Literal(1), URIRef("http://purl.obolibrary.org/obo/CHEBI_45783"))], "csv"))
    a,b
    1,CHEBI:45783
    <BLANKLINE>
    """
    texts = [[cell(v) for v in row] for row in rows]
    if fmt == "csv":
        buffer = io.StringIO()
        writer = csv.writer(buffer, lineterminator="\n")
        writer.writerow(columns)
        writer.writerows(texts)
        return buffer.getvalue()
    if fmt == "json":
        return json.dumps([dict(zip(columns, row, strict=True)) for row in texts], indent=2, ensure_ascii=False) + "\n"
    if fmt != "table":
        raise KGError(f"unknown output format {fmt!r}; valid: {', '.join(OUTPUT_FORMATS)}")
    width = width or shutil.get_terminal_size((160, 24)).columns
    footer = f"({len(rows)} row{'s' if len(rows) != 1 else ''})"
    if total is not None and (offset or len(rows) < total):
        footer = (f"(row {offset + 1} of {total})" if len(rows) == 1 else
                  f"(rows {offset + 1}–{offset + len(rows)} of {total})" if rows else
                  f"(no rows: --offset {offset} is past the {total} row{'s' if total != 1 else ''})")
    widths = [max([len(c)] + [len(t[i]) for t in texts]) for i, c in enumerate(columns)]
    budget = width - 3 * (len(columns) - 1)
    # The widest column gives way first, none below 16 characters: columns of six
    # ("kgr:mu…") told a user nothing; a table that cannot fit is shown a record per row.
    floors = [min(w, _NARROWEST) for w in widths]
    while sum(widths) > budget:
        widest = max(range(len(widths)), key=lambda i: (widths[i] > floors[i], widths[i]))
        if widths[widest] <= floors[widest]:
            break
        widths[widest] -= 1
    if sum(widths) > budget and texts:
        return _expanded(columns, texts, width, first=offset + 1) + footer + "\n"
    if not texts:
        return "\n".join(textwrap.wrap(" | ".join(columns), width)) + "\n" + footer + "\n"

    def fit(text: str, w: int) -> str:
        return text if len(text) <= w else text[: w - 1] + "…"

    lines = [" | ".join(fit(c, w).ljust(w) for c, w in zip(columns, widths, strict=True)).rstrip()]
    lines.append("-+-".join("-" * w for w in widths))
    lines += [" | ".join(fit(t, w).ljust(w) for t, w in zip(row, widths, strict=True)).rstrip() for row in texts]
    lines.append(footer)
    return "\n".join(lines) + "\n"


def _expanded(columns: tuple[str, ...], texts: list[list[str]], width: int, first: int = 1) -> str:
    """One block per row, one ``column: value`` line per field, wrapped to ``width``; rows numbered from ``first``."""
    label = max(len(c) for c in columns)
    out: list[str] = []
    for number, row in enumerate(texts, first):
        out.append(f"-[ row {number} ]".ljust(min(width, label + 20), "-"))
        for column, value in zip(columns, row, strict=True):
            wrapped = textwrap.wrap(value, max(width - label - 3, 10)) or [""]
            out.append(f"{column.rjust(label)} | {wrapped[0]}")
            out += [f"{'':>{label}} | {more}" for more in wrapped[1:]]
    return "\n".join(out) + "\n"


__all__ = ["DENSITY", "ENGINES", "OUTPUT_FORMATS", "OXIGRAPH_FROM_BYTES", "Param", "QueryInfo", "cell", "select_rows",
           "format_rows", "list_queries", "load_graph", "query_info", "resolve_entity", "run_query"]
