"""kg serve and kg push against a real Oxigraph server on loopback."""

from __future__ import annotations

import base64
import contextlib
import http.server
import json
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KGError
from kg.serve import oxigraph_binary, push, start_server
from tests.conftest import SEEDS

COUNT_ASSERTIONS = "PREFIX kg: <https://w3id.org/kg-builder/onto#> SELECT (COUNT(?a) AS ?n) WHERE { ?a a kg:Assertion }"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _select(url: str, query: str) -> list[dict[str, str]]:
    request = urllib.request.Request(f"{url}/query?{urllib.parse.urlencode({'query': query})}",
                                     headers={"Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=10) as response:
        data = json.load(response)
    return [{k: v["value"] for k, v in row.items()} for row in data["results"]["bindings"]]


@pytest.fixture(scope="module")
def graph(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("serve") / "graph.nq"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)]).exit_code == 0
    return out


@pytest.fixture
def writable_server(tmp_path: Path) -> Iterator[str]:
    """A read-write Oxigraph server (the target of kg push), stopped after the test."""
    port = _free_port()
    process = subprocess.Popen([oxigraph_binary(), "serve", "--location", str(tmp_path / "target"),
                                "--bind", f"127.0.0.1:{port}", "--union-default-graph"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    url = f"http://127.0.0.1:{port}"
    for _ in range(200):
        try:
            _select(url, "SELECT * WHERE { } LIMIT 1")
            break
        except (urllib.error.URLError, ConnectionError):
            time.sleep(0.05)
    yield url
    process.terminate()
    process.wait(timeout=10)


def test_serve_answers_queries_and_refuses_updates(graph: Path) -> None:
    server = start_server(graph, port=_free_port())
    try:
        assert server.url.startswith("http://127.0.0.1:")
        assert _select(server.url, COUNT_ASSERTIONS) == [{"n": "12"}]
        labels = _select(server.url, "PREFIX kg: <https://w3id.org/kg-builder/onto#> PREFIX rdfs: "
                         "<http://www.w3.org/2000/01/rdf-schema#> SELECT DISTINCT ?t WHERE { ?d rdfs:label 'imatinib' ; "
                         "kg:inhibits ?x . ?x rdfs:label ?t }")
        assert labels == [{"t": "KIT"}]
        # The default graph is the union of the named graphs, where nothing is said twice:
        # imatinib's label comes once although both seeds name it (no DISTINCT needed).
        once = _select(server.url, "SELECT ?l WHERE { <http://purl.obolibrary.org/obo/CHEBI_45783> "
                       "<http://www.w3.org/2000/01/rdf-schema#label> ?l }")
        assert once == [{"l": "imatinib"}]
        update = urllib.request.Request(f"{server.url}/update", data=b"update=CLEAR ALL", method="POST",
                                        headers={"Content-Type": "application/x-www-form-urlencoded"})
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(update, timeout=10)
        assert refused.value.code >= 400
        assert _select(server.url, COUNT_ASSERTIONS) == [{"n": "12"}]  # still there
    finally:
        server.stop()
    assert server.process.poll() is not None


def test_push_loads_every_named_graph(graph: Path, writable_server: str) -> None:
    result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", f"{writable_server}/store"])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("pushed 5 graph(s), ")   # one line, not one per document
    verbose = CliRunner().invoke(main, ["push", "-v", "-g", str(graph), "--to", f"{writable_server}/store"])
    assert "triples → https://identifiers.org/pubmed:12181401\n" in verbose.output
    assert _select(writable_server, COUNT_ASSERTIONS) == [{"n": "12"}]
    graphs = _select(writable_server, "SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } } ORDER BY ?g")
    assert [g["g"] for g in graphs] == [
        "https://doi.org/10.2165/00003495-200767050-00012", "https://identifiers.org/pubmed:12181401",
        "https://w3id.org/kg-builder/id/graph/assembly", "https://w3id.org/kg-builder/id/graph/build",
        "https://w3id.org/kg-builder/id/graph/entities"]
    # Pushing again replaces, never duplicates.
    assert CliRunner().invoke(main, ["push", "-g", str(graph), "--to", f"{writable_server}/store"]).exit_code == 0
    assert _select(writable_server, COUNT_ASSERTIONS) == [{"n": "12"}]


def test_push_to_nothing_names_the_endpoint(graph: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # Checked before a file is loaded into a temporary store (a user waited 8 s for it).
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", f"http://127.0.0.1:{_free_port()}/store"])
    assert result.exit_code == 1 and "cannot reach http://127.0.0.1:" in result.output
    assert list(tmp_path.iterdir()) == []


def test_serve_a_missing_graph_says_how_to_build_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["serve", "-g", str(tmp_path / "none.nq")])
    assert result.exit_code == 1 and "build one first" in result.output


def test_serve_and_push_default_to_the_graph_the_readme_builds(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a new user: after the README's `kg build seeds -o out/graph.ttl` a bare
    `kg serve` said "no graph at out/graph.nq"; N-Quads win when both are built."""
    from kg.cli import _named_graphs_default

    monkeypatch.chdir(tmp_path)
    assert _named_graphs_default() == Path("out/graph.nq")          # nothing built: the error names .nq
    (tmp_path / "out").mkdir()
    (tmp_path / "out" / "graph.ttl").write_text("not turtle\n")
    assert _named_graphs_default() == Path("out/graph.ttl")
    result = CliRunner().invoke(main, ["serve", "--port", str(_free_port())])     # read, so refused as bad Turtle
    assert result.exit_code == 1 and "out/graph.ttl" in result.output and "graph.nq" not in result.output
    (tmp_path / "out" / "graph.nq").write_text("")
    assert _named_graphs_default() == Path("out/graph.nq")


def test_serve_refuses_a_port_something_listens_on(graph: Path) -> None:
    # Another server on the port would answer the readiness check and pass for ours.
    with socket.socket() as other:
        other.bind(("127.0.0.1", 0))
        other.listen()
        port = other.getsockname()[1]
        with pytest.raises(KGError, match=rf"cannot serve on 127.0.0.1:{port}: .*choose another with --port"):
            start_server(graph, port=port)
        result = CliRunner().invoke(main, ["serve", "-g", str(graph), "--port", str(port)])
        assert result.exit_code == 1 and f"cannot serve on 127.0.0.1:{port}" in result.output


def test_kill_stops_kg_serve_and_its_server(graph: Path) -> None:
    port = _free_port()
    serving = subprocess.Popen([sys.executable, "-m", "kg", "serve", "-g", str(graph), "--port", str(port)],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert serving.stdout is not None and b"serving" in serving.stdout.readline()
        assert _select(f"http://127.0.0.1:{port}", COUNT_ASSERTIONS) == [{"n": "12"}]
        serving.terminate()                     # SIGTERM, as `kill PID` sends
        assert serving.wait(timeout=20) == 0
        # The Oxigraph server went with it: nothing listens on the port (a closed connection
        # may linger in TIME_WAIT, which SO_REUSEADDR lets a new server bind over).
        with socket.socket() as probe:
            probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            probe.bind(("127.0.0.1", port))
    finally:
        if serving.poll() is None:
            serving.kill()


@pytest.mark.parametrize("stopped_in", ["load", "wait"])
def test_a_start_stopped_part_way_leaves_no_server_and_no_store(
        graph: Path, stopped_in: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found by a new user: `kg serve … & kill $!` during the start left the Oxigraph server
    answering and its temporary store behind. Ctrl-C (KeyboardInterrupt, as kg raises SIGTERM
    too) arrives here while the file loads, or while the started server is awaited."""
    import kg.serve

    started: list[subprocess.Popen[bytes]] = []
    popen = subprocess.Popen

    def recording(*args: object, **kwargs: object) -> subprocess.Popen[bytes]:
        started.append(popen(*args, **kwargs))  # type: ignore[call-overload]
        return started[-1]

    def interrupt(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.serve.subprocess, "Popen", recording)
    monkeypatch.setattr(kg.serve, "_load_file" if stopped_in == "load" else "_wait_until_answering", interrupt)
    monkeypatch.setattr(tempfile, "tempdir", str(scratch := Path(tempfile.mkdtemp())))
    with pytest.raises(KeyboardInterrupt):
        start_server(graph, port=_free_port())
    assert [p.poll() is not None for p in started] == ([] if stopped_in == "load" else [True])
    assert list(scratch.iterdir()) == []


def test_a_kill_just_after_serving_is_printed_stops_the_server(
        graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Found under load: a `kill` that landed between "serving …" and the wait ended kg with
    143 and left the Oxigraph child answering. The signal is raised here as kg raises it
    (a KeyboardInterrupt), as the line is printed."""
    import click

    import kg.serve

    started = []
    real_start, real_echo = kg.serve.start_server, click.echo

    def recording(*args: object, **kwargs: object) -> kg.serve.Server:
        started.append(real_start(*args, **kwargs))  # type: ignore[arg-type]
        return started[-1]

    def killed_while_printing(message: object = None, *args: object, **kwargs: object) -> None:
        if str(message).startswith("serving "):
            raise KeyboardInterrupt
        real_echo(message, *args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(kg.serve, "start_server", recording)
    monkeypatch.setattr(click, "echo", killed_while_printing)
    result = CliRunner().invoke(main, ["serve", "-g", str(graph), "--port", str(_free_port())])
    assert result.exit_code == 0, result.output
    [server] = started
    assert server.process.poll() is not None


def _rows(url: str, query: str) -> tuple[tuple[str, ...], list[tuple[object, ...]]]:
    """A SELECT's columns and rows over HTTP, as rdflib terms (what kg query formats)."""
    from rdflib import Literal, URIRef

    request = urllib.request.Request(f"{url}/query", data=query.encode("utf-8"), method="POST",
                                     headers={"Content-Type": "application/sparql-query",
                                              "Accept": "application/sparql-results+json"})
    with urllib.request.urlopen(request, timeout=30) as response:
        data = json.load(response)
    columns = tuple(data["head"]["vars"])

    def term(cell: dict[str, str] | None) -> object:
        if cell is None:
            return None
        if cell["type"] == "uri":
            return URIRef(cell["value"])
        return Literal(cell["value"], lang=cell.get("xml:lang"), datatype=cell.get("datatype"))

    return columns, [tuple(term(row.get(c)) for c in columns) for row in data["results"]["bindings"]]


@pytest.mark.parametrize(("name", "params"), [
    ("drug_targets", []), ("evidence", ["subject=imatinib", "object=KIT"]), ("outcomes", ["drug=imatinib"]),
    ("entities", ["type=Drug"]), ("studies", []), ("groundings", ["entity=imatinib"]),
])
def test_a_named_query_printed_with_sparql_gives_its_rows_on_any_server(
        name: str, params: list[str], graph: Path, writable_server: str, tmp_path: Path) -> None:
    # Found by a user: after kg push, the shipped .rq files ran on no server (no PREFIX lines,
    # parameters unbound). kg query --sparql prints them as any SPARQL 1.1 endpoint runs them.
    from rdflib.plugins.sparql import prepareQuery

    from kg.query import format_rows, list_columns, sorted_lists

    assert CliRunner().invoke(main, ["push", "-g", str(graph), "--to", f"{writable_server}/store"]).exit_code == 0
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    flags = [item for value in params for item in ("--param", value)]
    printed = CliRunner().invoke(main, ["query", name, "-g", str(graph), "--sparql", *flags])
    assert printed.exit_code == 0, printed.output
    text = printed.output
    assert text.startswith("# ") and "LATERAL" not in text   # SPARQL 1.1, not Oxigraph's extension
    prepareQuery(text)                                        # rdflib parses it with no namespaces given
    columns, rows = _rows(writable_server, text)
    expected = CliRunner().invoke(main, ["query", name, "-g", str(store), "--format", "csv", *flags])
    assert expected.exit_code == 0 and expected.output.count("\n") > 1
    assert format_rows(columns, sorted_lists(columns, rows, list_columns(text)), "csv") == expected.output


def test_push_reads_a_store_or_any_graph_file(graph: Path, writable_server: str, tmp_path: Path) -> None:
    # Pushed from a store (one graph at a time, whatever its size), and from a Turtle file,
    # which has one graph: the server's default graph.
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    result = CliRunner().invoke(main, ["push", "-v", "-g", str(store), "--to", f"{writable_server}/store"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1].startswith("pushed 5 graph(s), 1949 triple(s)")
    assert _select(writable_server, COUNT_ASSERTIONS) == [{"n": "12"}]
    turtle = tmp_path / "g.ttl"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(turtle)]).exit_code == 0
    result = CliRunner().invoke(main, ["push", "-v", "-g", str(turtle), "--to", f"{writable_server}/store"])
    assert result.exit_code == 0, result.output
    assert "    1908 triples → default\n" in result.output and "pushed 1 graph(s), 1908 triple(s)" in result.output
    request = urllib.request.Request(f"{writable_server}/store?default", headers={"Accept": "application/n-triples"})
    with urllib.request.urlopen(request, timeout=10) as response:
        assert len(response.read().decode("utf-8").splitlines()) == 1908
    assert _select(writable_server, "SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }") == [{"n": "1949"}]


class _Recorder(http.server.BaseHTTPRequestHandler):
    """A Graph Store endpoint that keeps what it is sent: (client port, graph, N-Triples lines).

    It refuses the graph named by ``refuse`` with HTTP 500 and, with ``drop`` set, closes
    each connection after answering without saying so (as servers do to idle ones).
    """

    protocol_version = "HTTP/1.1"       # kept-alive connections, as real servers offer
    received: list[tuple[int, str, int]]
    seen: list[tuple[str, str | None]]     # each request's target and Authorization header
    refuse = ""
    drop = False

    def do_PUT(self) -> None:   # noqa: N802 - http.server's name
        body = self.rfile.read(int(self.headers["Content-Length"]))
        self.seen.append((self.path, self.headers.get("Authorization")))
        query = urllib.parse.urlsplit(self.path).query
        name = "default" if query == "default" else urllib.parse.parse_qs(query)["graph"][0]
        self.received.append((self.client_address[1], name, len(body.splitlines())))
        status = 500 if name == self.refuse else 204
        self.send_response(status)
        self.send_header("Content-Length", "0")
        self.end_headers()
        self.close_connection = self.drop

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - quiet in tests
        pass


@contextlib.contextmanager
def _recording_server(refuse: str = "", drop: bool = False) -> Iterator[tuple[str, list[tuple[int, str, int]]]]:
    received: list[tuple[int, str, int]] = []
    handler = type("Handler", (_Recorder,), {"received": received, "refuse": refuse, "drop": drop, "seen": []})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    _Recorder.last = handler         # type: ignore[attr-defined]  # for a test to read what it saw
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/store", received
    finally:
        server.shutdown()
        server.server_close()


def test_push_reuses_its_connections_and_reports_in_graph_order(graph: Path) -> None:
    calls: list[tuple[int, int]] = []
    with _recording_server() as (endpoint, received):
        sent = push(graph, endpoint, connections=2, progress=lambda done, total: calls.append((done, total)))
    assert [name for name, _ in sent] == [
        "https://doi.org/10.2165/00003495-200767050-00012", "https://identifiers.org/pubmed:12181401",
        "https://w3id.org/kg-builder/id/graph/assembly", "https://w3id.org/kg-builder/id/graph/build",
        "https://w3id.org/kg-builder/id/graph/entities"]
    assert sum(count for _, count in sent) == 1949
    assert sorted((name, lines) for _, name, lines in received) == sorted(sent)
    # Five graphs over at most two connections (one per graph before: a TCP handshake each).
    assert len({port for port, _, _ in received}) <= 2
    assert calls == [(0, 5), (1, 5), (2, 5), (3, 5), (4, 5), (5, 5)]   # the empty default graph is not counted


def test_push_sends_again_on_a_connection_the_server_closed(graph: Path) -> None:
    with _recording_server(drop=True) as (endpoint, received):
        sent = push(graph, endpoint, connections=1)
    assert len(sent) == 5 and len({name for _, name, _ in received}) == 5


def test_push_names_the_graph_a_server_refuses(graph: Path) -> None:
    with _recording_server(refuse="https://identifiers.org/pubmed:12181401") as (endpoint, _):
        result = CliRunner().invoke(main, ["push", "-v", "-g", str(graph), "--to", endpoint, "--connections", "1"])
    assert result.exit_code == 1
    assert (f"{endpoint} refused graph https://identifiers.org/pubmed:12181401: HTTP 500 Internal Server Error (1 of 5 graphs sent "
            f"before; pushing again replaces them)") in result.output
    # -v lists each graph as it is stored, so a push stopped part-way says what went.
    assert result.stdout.startswith("     576 triples → https://doi.org/10.2165/00003495-200767050-00012\n")


def test_push_needs_an_http_url(graph: Path) -> None:
    result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", "127.0.0.1:7878/store"])
    assert result.exit_code == 1 and "not an http:// or https:// URL" in result.output


def test_push_progress_counts_graphs_on_stderr(graph: Path) -> None:
    with _recording_server() as (endpoint, _):
        result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", endpoint, "--progress"])
    assert result.exit_code == 0, result.output
    assert "pushing" in result.stderr and "5/5" in result.stderr and "graphs/s" in result.stderr
    assert result.stdout == f"pushed 5 graph(s), 1949 triple(s) to {endpoint}\n"


def test_serve_and_query_name_a_directory_that_is_not_a_store(tmp_path: Path) -> None:
    # Found by a user: kg serve said "port taken?" with a Rust backtrace.
    (tmp_path / "notes.txt").write_text("not a store\n")
    for command in (["serve", "-g", str(tmp_path)], ["query", "entities", "-g", str(tmp_path)]):
        result = CliRunner().invoke(main, command)
        assert result.exit_code == 1
        assert f"{tmp_path} is not an Oxigraph store; build one: kg build seeds --store {tmp_path}" in result.output


def test_push_sends_credentials_and_hides_the_password(graph: Path) -> None:
    with _recording_server() as (endpoint, _):
        secret = endpoint.replace("http://", "http://curator:pa%20ss@")
        result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", secret])
        seen = _Recorder.last.seen   # type: ignore[attr-defined]
    assert result.exit_code == 0, result.output
    token = base64.b64encode(b"curator:pa ss").decode()
    assert {auth for _, auth in seen} == {f"Basic {token}"}
    assert "pa%20ss" not in result.output and "curator:***@127.0.0.1" in result.output


def test_push_goes_through_the_proxy_the_environment_names(graph: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # As urllib did before push kept its connections alive: http_proxy is honoured. The
    # recording server is the proxy; the target host is never looked up.
    with _recording_server() as (proxy, _):
        for name in ("no_proxy", "NO_PROXY"):
            monkeypatch.delenv(name, raising=False)
        monkeypatch.setenv("http_proxy", proxy.removesuffix("/store"))
        sent = push(graph, "http://kg-target.invalid:7878/store", connections=2)
        seen = _Recorder.last.seen   # type: ignore[attr-defined]
    assert len(sent) == 5
    assert sorted(target for target, _ in seen)[0] == (
        "http://kg-target.invalid:7878/store?graph=https%3A%2F%2Fdoi.org%2F10.2165%2F00003495-200767050-00012")


@pytest.mark.parametrize("url", ["http://127.0.0.1:abc/store", "http://127.0.0.1:99999/store", "http://[::1/store"])
def test_push_names_a_malformed_url(graph: Path, url: str) -> None:
    result = CliRunner().invoke(main, ["push", "-g", str(graph), "--to", url])
    assert result.exit_code == 1 and f"cannot push to {url!r}: " in result.output, result.output


def test_push_stops_at_once_on_sigterm_while_a_server_hangs(graph: Path) -> None:
    # Found in review: requests waiting on a server that never answers held the push for
    # their whole timeout (60 s) after Ctrl-C or SIGTERM.
    with socket.socket() as hung:
        hung.bind(("127.0.0.1", 0))
        hung.listen(8)
        process = subprocess.Popen([sys.executable, "-m", "kg", "push", "-g", str(graph), "--to",
                                    f"http://127.0.0.1:{hung.getsockname()[1]}/store"],
                                   stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        hung.settimeout(60)
        accepted, _ = hung.accept()          # a request is on its way, and will get no answer
        try:
            time.sleep(0.5)
            process.send_signal(signal.SIGTERM)
            _, err = process.communicate(timeout=20)   # not the 60 s a request may wait
        finally:
            process.kill()
            accepted.close()
    assert process.returncode == 143 and "terminated" in err
