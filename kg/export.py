"""Write a loaded or built graph to a file, deterministically: RDF here, networks via kg.network and kg.kgx.

Turtle and N-Triples hold one graph, so they get the union of the document and
assembly graphs; N-Quads, TriG and JSON-LD keep every named graph, the build graph
included. N-Triples and N-Quads are written line-sorted, so two builds of the same
input give the same bytes. JSON-LD is compacted with :data:`JSONLD_CONTEXT`, so its
keys read ``kg:confidence``, not full IRIs.

:func:`export_graph` is ``kg export``: any graph ``kg.query.load_graph`` returns (a
file's Graph or Dataset, or an Oxigraph store) → one of :data:`EXPORT_FORMATS`.
"""

from __future__ import annotations

import functools
import heapq
import json
import os
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from rdflib import RDF, RDFS, XSD, Dataset, Graph, Literal
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID

from kg.errors import KGError
from kg.iris import NAMESPACES
from kg.rdf import BUILD_GRAPH

#: File extension → rdflib format name.
FORMATS = {".ttl": "turtle", ".nt": "nt", ".nq": "nquads", ".trig": "trig", ".jsonld": "json-ld"}
#: ``kg export`` RDF format name → rdflib format name (one per :data:`FORMATS` entry).
RDF_EXPORTS = {"turtle": "turtle", "ntriples": "nt", "nquads": "nquads", "trig": "trig", "jsonld": "json-ld"}
#: Every ``kg export`` format → what its output path names: a ``file`` or a ``directory``.
EXPORT_FORMATS: dict[str, str] = {
    **dict.fromkeys(RDF_EXPORTS, "file"), "graphml": "file", "cytoscape": "file", "kgx": "directory",
}
#: The JSON-LD ``@context``: the project's prefixes, plus rdf/rdfs/xsd so ``rdfs:label``
#: keys and ``xsd:decimal`` types are compact too.
JSONLD_CONTEXT: dict[str, str] = {**NAMESPACES, "rdf": str(RDF), "rdfs": str(RDFS), "xsd": str(XSD)}


def format_for(path: Path) -> str:
    """The rdflib format for a file name.

    :raises KGError: For an extension kg does not write, naming the valid ones.

    >>> format_for(Path("out/graph.nq"))
    'nquads'
    """
    try:
        return FORMATS[path.suffix.lower()]
    except KeyError:
        if path.is_dir():
            raise KGError(f"cannot write {path}: it is a directory; give a file such as {path / 'graph.nq'} "
                          f"(or --store {path} for an Oxigraph store)") from None
        raise KGError(
            f"cannot write {path}: unknown extension {path.suffix!r}; use one of {', '.join(FORMATS)}"
        ) from None


def union_graph(dataset: Dataset, *, with_build: bool = False) -> Graph:
    """One Graph with the triples of every named graph (the build graph only if asked)."""
    graph = Graph()
    for prefix, iri in NAMESPACES.items():
        graph.bind(prefix, iri)
    for context in dataset.graphs():
        if context.identifier == BUILD_GRAPH and not with_build:
            continue
        for triple in context:
            graph.add(triple)
    return graph


def written_count(dataset: Dataset, fmt: str) -> tuple[int, str]:
    """How many statements a file of ``fmt`` holds, and what they are (``"quad"`` or ``"triple"``).

    Turtle and N-Triples hold the union of the graphs without the build graph (and a
    triple in two graphs once); the quad formats hold every graph.
    """
    if fmt in ("turtle", "nt"):
        return len({t for g in dataset.graphs() if g.identifier != BUILD_GRAPH for t in g}), "triple"
    return len(dataset), "quad"


def serialize(dataset: Dataset, fmt: str) -> str:
    """Serialise a dataset in one of the :data:`FORMATS` values."""
    if fmt == "turtle":
        return union_graph(dataset).serialize(format="turtle")
    if fmt == "nt":
        return _sorted_lines(union_graph(dataset).serialize(format="nt"))
    if fmt == "nquads":
        return _sorted_lines(dataset.serialize(format="nquads"))
    if fmt == "json-ld":
        data = json.loads(dataset.serialize(format="json-ld", context=dict(JSONLD_CONTEXT)))
        return json.dumps(_sorted_json(data), indent=1, sort_keys=True, ensure_ascii=False) + "\n"
    if fmt == "trig":
        return _trig(dataset)
    raise KGError(f"unknown format {fmt!r}; valid: {', '.join(FORMATS.values())}")


def write_graph(dataset: Dataset, path: str | Path, *, fmt: str | None = None) -> Path:
    """Write ``dataset`` to ``path``; parents are created.

    :param fmt: One of the :data:`FORMATS` values; by default the one ``path``'s extension names.
    :raises KGError: For an unknown extension or format, or a path that cannot be written.
    """
    path = Path(path)
    fmt = fmt or format_for(path)
    check_output(path)
    text = serialize(dataset, fmt)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    return path


def export_graph(graph: Graph, fmt: str, output: str | Path) -> list[Path]:
    """Write a loaded graph in one of the :data:`EXPORT_FORMATS` (``kg export``).

    RDF formats are written by :func:`write_graph`; ``graphml`` and ``cytoscape`` project
    the entity network (:func:`kg.network.to_networkx`, negated assertions kept and
    flagged); ``kgx`` writes ``nodes.tsv`` and ``edges.tsv`` into a directory.

    :param graph: What :func:`kg.query.load_graph` returns: a Graph, a Dataset, or an
        Oxigraph store's Dataset.
    :param output: A file, or a directory for ``kgx``; missing parents are created.
    :returns: The files written.
    :raises KGError: For an unknown format, or an output that is the wrong kind of path
        or cannot be written; the message names the path.
    """
    output = Path(output)
    if fmt not in EXPORT_FORMATS:
        raise KGError(f"unknown export format {fmt!r}; valid: {', '.join(EXPORT_FORMATS)}")
    check_output(output, directory=EXPORT_FORMATS[fmt] == "directory")
    if fmt in RDF_EXPORTS:
        from kg.query import oxigraph_store

        store = oxigraph_store(graph)
        if store is not None and RDF_EXPORTS[fmt] in STREAMED:
            return [write_store(store, output, RDF_EXPORTS[fmt])]
        return [write_graph(copy_dataset(graph), output, fmt=RDF_EXPORTS[fmt])]
    # Imported here: networkx is slow to import and ``import kg`` loads this module.
    from kg.kgx import write_kgx
    from kg.network import write_cytoscape, write_graphml

    try:
        if fmt == "kgx":
            return list(write_kgx(graph, output))
        return [(write_graphml if fmt == "graphml" else write_cytoscape)(graph, output)]
    except OSError as exc:
        raise KGError(f"cannot write {output}: {exc.strerror or exc}") from None


#: rdflib format names :func:`write_store` writes straight from an Oxigraph store (JSON-LD
#: is compacted by rdflib, so a store's JSON-LD is copied into memory first).
STREAMED = ("nquads", "nt", "turtle", "trig")
#: Bytes of lines :func:`sorted_runs` sorts in memory at a time (≈ 2.5× that in Python objects).
SORT_CHUNK = 64 << 20
#: Sorted runs merged in one pass, each an open file (:func:`sorted_runs`): 128 runs of
#: 64 MB are 8 GB, two passes 1 TB, three 128 TB, with at most ≈ 130 files open per pass.
MERGE_FAN_IN = 128


def write_store(store: Any, path: Path, fmt: str) -> Path:
    """Write a pyoxigraph Store as a file, streamed: memory stays flat whatever the store holds.

    The file holds what :func:`write_graph` writes for the same graphs: N-Quads every
    graph and N-Triples the union without the build graph, both line-sorted and unique
    (:func:`sorted_runs`, :func:`merge_runs`); Turtle that union too, graph after graph
    with the prefixes declared once (Turtle lets a subject recur; a triple in two graphs
    is one triple; Oxigraph's blank node labels are store-wide, so a node shared by two
    graphs stays one); TriG every graph. Oxigraph writes ``xsd:string`` literals plain and
    decimals in canonical form (``0.3`` for ``0.300``), as :func:`copy_dataset` reads them.

    The file is written beside ``path`` (beside its target, for a symbolic link) and
    renamed at the end, so a failure leaves any old file as it was. Temporary files go
    there too: for N-Quads and N-Triples, the unsorted dump and then the sorted runs (a
    large store's are gigabytes; at most twice the output at once), for Turtle one graph.

    :param fmt: One of :data:`STREAMED`.
    :raises KGError: When ``path`` cannot be written, naming it.
    """
    import pyoxigraph

    check_output(path)
    if fmt not in STREAMED:
        raise KGError(f"cannot stream format {fmt!r} from a store; valid: {', '.join(STREAMED)}")
    target = path.resolve() if path.is_symlink() else path
    prefixes = dict(JSONLD_CONTEXT)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        handle, name = tempfile.mkstemp(prefix=f".{target.name}.", dir=target.parent)
    except OSError as exc:
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    partial, scratch = Path(name), target.parent
    try:
        with os.fdopen(handle, "wb") as out:
            if fmt == "trig":
                store.dump(out, pyoxigraph.RdfFormat.TRIG, prefixes=prefixes)
            elif fmt == "turtle":
                out.write("".join(f"@prefix {p}: <{iri}> .\n" for p, iri in sorted(prefixes.items())).encode())
                for graph in _union_graphs(store):
                    with tempfile.TemporaryFile(dir=scratch) as one:
                        store.dump(one, pyoxigraph.RdfFormat.TURTLE, from_graph=graph, prefixes=prefixes)
                        _copy_without_prefixes(one, out)
            else:
                with tempfile.TemporaryFile(dir=scratch) as unsorted:
                    if fmt == "nquads":
                        store.dump(unsorted, pyoxigraph.RdfFormat.N_QUADS)
                    for graph in _union_graphs(store) if fmt == "nt" else ():
                        store.dump(unsorted, pyoxigraph.RdfFormat.N_TRIPLES, from_graph=graph)
                    unsorted.seek(0)
                    runs = sorted_runs(unsorted, scratch=scratch)
                # The unsorted dump is gone before the merge writes the output.
                merge_runs(runs, out)
        # mkstemp makes the file private (0600); the output gets the mode any new file gets here.
        os.chmod(partial, 0o666 & ~current_umask())
        partial.replace(target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise KGError(f"cannot write {path}: {exc.strerror or exc}") from None
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return path


def _union_graphs(store: Any) -> list[Any]:
    """The default graph, then every other graph but the build graph, named ones in IRI order."""
    import pyoxigraph

    graphs = sorted(store.named_graphs(), key=lambda g: (isinstance(g, pyoxigraph.BlankNode), g.value))
    return [pyoxigraph.DefaultGraph(), *(g for g in graphs if g.value != str(BUILD_GRAPH))]


def _copy_without_prefixes(source: IO[bytes], out: IO[bytes]) -> None:
    """Copy one graph's Turtle after the file's own prefix lines (it declares them once, first)."""
    source.seek(0)
    line = source.readline()
    while line.startswith(b"@prefix "):
        line = source.readline()
    if line:                                # an empty graph has its prefixes only
        out.write(b"\n" + line)
        shutil.copyfileobj(source, out)


@functools.lru_cache(maxsize=1)
def current_umask() -> int:
    """The process's umask: what a new file's mode leaves out."""
    # Read once: os.umask can only be read by setting it, for the whole process a moment.
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def sorted_runs(source: IO[bytes], *, scratch: Path, chunk: int | None = None,
                fan_in: int = MERGE_FAN_IN) -> list[IO[bytes]]:
    """The lines of ``source`` in sorted runs without repeats, each in a temporary file in ``scratch``.

    The first half of an external merge sort (:func:`merge_runs` is the second): about
    ``chunk`` bytes (:data:`SORT_CHUNK`) are sorted in memory at a time, so memory stays
    bounded whatever ``source`` holds. Each run is an open file, and a process may hold
    only so many (often 1,024: 64 GB of runs, less than a tenth of PubMed's N-Quads):
    whenever ``fan_in`` runs of one size are made they are merged into one, so at most
    ``fan_in`` runs of each size are open, a few sizes in all. A last line without a
    newline gets one.
    """
    levels: list[list[IO[bytes]]] = [[]]   # levels[k]: runs made of fan_in ** k chunks
    try:
        while lines := source.readlines(chunk or SORT_CHUNK):
            run: IO[bytes] = tempfile.TemporaryFile(dir=scratch)
            levels[0].append(run)
            if not lines[-1].endswith(b"\n"):       # the source's last line
                lines[-1] += b"\n"
            run.writelines(sorted(set(lines)))
            run.seek(0)
            level = 0
            while len(levels[level]) >= max(fan_in, 2):
                if level + 1 == len(levels):
                    levels.append([])
                merged: IO[bytes] = tempfile.TemporaryFile(dir=scratch)
                levels[level + 1].append(merged)
                full, levels[level] = levels[level], []
                merge_runs(full, merged)     # closes (and so deletes) the runs it merged
                merged.seek(0)
                level += 1
    except BaseException:
        for opened in (run for level in levels for run in level):
            opened.close()
        raise
    return [run for level in reversed(levels) for run in level]


def merge_runs(runs: list[IO[bytes]], out: IO[bytes]) -> int:
    """Write the distinct lines of sorted ``runs`` to ``out`` in byte order, and close the runs.

    Byte order of UTF-8 is code point order, so the lines come out as ``sorted()`` orders
    the text. Every run is open at once (:func:`sorted_runs` keeps them few).

    :returns: How many lines were written.
    """
    try:
        written, previous = 0, None
        for line in heapq.merge(*runs):
            if line != previous and line.strip():
                out.write(line)
                written, previous = written + 1, line
        return written
    finally:
        for opened in runs:
            opened.close()


def sorted_unique_lines(source: IO[bytes], out: IO[bytes], *, scratch: Path, chunk: int | None = None,
                        fan_in: int = MERGE_FAN_IN) -> int:
    r"""Write the distinct lines of ``source`` to ``out`` in byte order; memory bounded by ``chunk``.

    :func:`sorted_runs` then :func:`merge_runs`.

    :returns: How many lines were written.

    >>> import io, tempfile
    >>> out = io.BytesIO()
    >>> sorted_unique_lines(io.BytesIO(b"b .\na .\nb .\n"), out, scratch=Path(tempfile.gettempdir()), chunk=4)
    2
    >>> out.getvalue()
    b'a .\nb .\n'
    """
    return merge_runs(sorted_runs(source, scratch=scratch, chunk=chunk, fan_in=fan_in), out)


def check_output(path: Path, *, directory: bool = False) -> None:
    """Refuse an output path that cannot be written as a file (or, if asked, a directory).

    Checked before the work is done, so a long export does not fail at its last step.

    :raises KGError: Naming ``path`` and what is in the way.
    """
    if directory and path.exists() and not path.is_dir():
        raise KGError(f"cannot write to {path}: it is a file, and this format writes a directory")
    if not directory and path.is_dir():
        raise KGError(f"cannot write {path}: it is a directory; give a file name such as {path / 'graph'}.<ext>")
    for parent in path.parents:
        if parent.exists():
            if not parent.is_dir():
                raise KGError(f"cannot write {path}: {parent} is a file, not a directory")
            break


def copy_dataset(graph: Graph) -> Dataset:
    """Copy a loaded graph into an in-memory Dataset, named graphs kept.

    A plain Graph (a ``.ttl`` or ``.nt`` file) goes into the default graph. Literals typed
    ``xsd:string`` are made plain: Oxigraph returns every plain literal typed, which RDF
    1.1 makes the same and rdflib does not, so without this a store's export would read
    ``"imatinib"^^xsd:string`` where its file's reads ``"imatinib"``. (Decimals from a
    store stay in Oxigraph's canonical form, ``0.3`` for ``0.300``: equal by value; the
    store no longer holds the written form.)
    """
    dataset = Dataset()
    for prefix, iri in NAMESPACES.items():
        dataset.bind(prefix, iri)
    contexts: Iterable[Graph] = graph.graphs() if isinstance(graph, Dataset) else [graph]
    for context in contexts:
        name = context.identifier if isinstance(graph, Dataset) else DATASET_DEFAULT_GRAPH_ID
        target = dataset.graph(name)
        for s, p, o in context:
            if isinstance(o, Literal) and o.datatype == XSD.string and o.language is None:
                o = Literal(str(o))
            target.add((s, p, o))
    return dataset


def _trig(dataset: Dataset) -> str:
    """TriG with the named graphs in IRI order (rdflib's own order follows hashing)."""
    parts: list[str] = []
    prefixes: set[str] = set()
    for context in sorted(dataset.graphs(), key=lambda g: str(g.identifier)):
        if len(context) == 0:
            continue
        graph = Graph()
        for prefix, iri in NAMESPACES.items():
            graph.bind(prefix, iri)
        for triple in context:
            graph.add(triple)
        lines = graph.serialize(format="turtle").split("\n")
        prefixes.update(line for line in lines if line.startswith("@prefix"))
        body = "\n".join(_indented(line for line in lines if not line.startswith("@prefix"))).strip("\n")
        # The default graph (triples of a Turtle input) is TriG's unnamed block.
        name = "" if context.identifier == DATASET_DEFAULT_GRAPH_ID else f"<{context.identifier}> "
        parts.append(f"{name}{{\n{body}\n}}\n")
    return "\n".join(sorted(prefixes)) + "\n\n" + "\n".join(parts)


def _indented(lines: Iterable[str]) -> Iterator[str]:
    r'''Turtle lines indented for a TriG graph block, but for the inside of a long string
    (between triple quotes), whose every character is its value (found by a review: an
    author "Line\nBreak" read back as "Line\n    Break").

    >>> list(_indented(['<a> <b> """x', 'y""" ;', '    <c> 1 .']))
    ['    <a> <b> """x', 'y""" ;', '        <c> 1 .']
    '''
    inside = False
    for line in lines:
        yield line if inside or not line else "    " + line
        inside ^= line.count('"""') % 2 == 1


def _sorted_json(value: object) -> object:
    """JSON-LD with every list of nodes sorted by ``@id`` (and values by their text)."""
    if isinstance(value, dict):
        return {k: _sorted_json(v) for k, v in value.items()}
    if isinstance(value, list):
        items = [_sorted_json(v) for v in value]
        return sorted(items, key=lambda v: json.dumps(v, sort_keys=True, ensure_ascii=False))
    return value


def _sorted_lines(text: str) -> str:
    # Only "\n" ends an N-Quads line: splitlines() also splits at U+2028, U+0085 … which a
    # literal may hold as they are.
    lines = sorted({line for line in text.split("\n") if line.strip()})
    return "\n".join(lines) + "\n"
