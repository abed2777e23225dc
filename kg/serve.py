"""SPARQL over HTTP: serve a built graph read-only (the Oxigraph server), push one to any server.

- :func:`start_server` runs ``oxigraph serve-read-only`` (the ``oxigraph`` package from
  PyPI) on a store: the one ``kg build --store`` wrote, or a temporary one loaded from a
  graph file. It binds to 127.0.0.1 unless told otherwise; the default graph is the union
  of the named graphs, as for ``kg query``. Updates are refused by the server itself.
- :func:`push` sends each named graph of a graph file to a SPARQL 1.1 Graph Store Protocol
  endpoint (``PUT ?graph=IRI``, N-Triples), which Oxigraph, Fuseki, GraphDB and Virtuoso
  all accept; a file without named graphs goes to the default graph.
"""

from __future__ import annotations

import base64
import collections
import concurrent.futures
import http.client
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kg.errors import KGError


@dataclass
class Server:
    """A running read-only SPARQL server: its query URL and process (stop with :meth:`stop`)."""

    url: str
    process: subprocess.Popen[bytes]
    _tmp: tempfile.TemporaryDirectory[str] | None = None

    @property
    def query_url(self) -> str:
        """The SPARQL 1.1 query endpoint."""
        return f"{self.url}/query"

    def stop(self) -> None:
        """Stop the server and remove its temporary store, if any."""
        self.process.terminate()
        try:
            self.process.wait(timeout=10)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        if self._tmp is not None:
            self._tmp.cleanup()


def oxigraph_binary() -> str:
    """The ``oxigraph`` server command (next to this Python, or on PATH).

    :raises KGError: When it is not installed, saying how to install it.
    """
    beside = Path(sys.executable).parent / "oxigraph"
    found = str(beside) if beside.exists() else shutil.which("oxigraph")
    if found is None:
        raise KGError("the Oxigraph server is not installed: pip install oxigraph")
    return found


def start_server(graph: Path, *, host: str = "127.0.0.1", port: int = 7878, wait: float = 20.0) -> Server:
    """Serve a graph read-only over SPARQL 1.1 and wait until it answers.

    :param graph: A store directory (``kg build --store``) or a graph file of any format
        ``kg build`` writes (loaded into a temporary store first).
    :raises KGError: When the graph is missing, the server cannot start, or the port is taken.
    """
    if not graph.exists():
        from kg.query import missing_graph

        raise missing_graph(graph)
    _check_port_free(host, port)
    tmp: tempfile.TemporaryDirectory[str] | None = None
    server: Server | None = None
    # Whatever stops the start (a KGError, Ctrl-C, or `kill` while a file loads or the server
    # comes up) stops the child server and removes the temporary store: found by a new user,
    # `kg serve … & kill $!` left `oxigraph serve-read-only` answering and /tmp/kg-serve-* behind.
    try:
        location = graph
        if graph.is_dir():
            from kg.readers import is_store
            from kg.stream import warn_unfinished

            if not is_store(graph):
                raise KGError(f"{graph} is not an Oxigraph store; build one: kg build seeds --store {graph}")
            warn_unfinished(graph)
        else:
            tmp = tempfile.TemporaryDirectory(prefix="kg-serve-")
            location = Path(tmp.name) / "store"
            _load_file(graph, location)
        process = subprocess.Popen(
            [oxigraph_binary(), "serve-read-only", "--location", str(location), "--bind", f"{host}:{port}",
             "--union-default-graph"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        server = Server(f"http://{host}:{port}", process, tmp)
        _wait_until_answering(server, port, wait)
        return server
    except BaseException:
        if server is not None:
            server.stop()
        elif tmp is not None:
            tmp.cleanup()
        raise


def _wait_until_answering(server: Server, port: int, wait: float) -> None:
    """Return once the server answers ``ASK {}``; raise KGError if it stops or stays silent."""
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if server.process.poll() is not None:
            stderr = server.process.stderr
            error = stderr.read().decode(errors="replace").strip() if stderr else ""
            raise KGError(f"the Oxigraph server stopped at once (port {port} taken?): {error}")
        try:
            ask = urllib.parse.urlencode({"query": "ASK {}"})
            with urllib.request.urlopen(f"{server.query_url}?{ask}", timeout=1):
                return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            time.sleep(0.1)
    raise KGError(f"the Oxigraph server did not answer on {server.url} within {wait:.0f} s")


def _check_port_free(host: str, port: int) -> None:
    """Refuse a port something already listens on: its answers would pass for ours."""
    with socket.socket(socket.AF_INET6 if ":" in host else socket.AF_INET) as probe:
        # As the server binds (Linux: a closed connection's TIME_WAIT does not block it; a listener does).
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        try:
            probe.bind((host, port))
        except OSError as exc:
            raise KGError(f"cannot serve on {host}:{port}: {exc.strerror or exc} (another kg serve or server "
                          f"listens there?); choose another with --port") from None


def _load_file(graph: Path, location: Path, *, action: str = "serve") -> None:
    import pyoxigraph

    from kg.export import FORMATS
    from kg.query import oxigraph_format

    fmt = oxigraph_format(graph)
    if fmt is None:
        raise KGError(f"cannot {action} {graph.name!r}: unknown extension; use a store or one of {', '.join(FORMATS)}")
    store = pyoxigraph.Store(str(location))
    try:
        store.bulk_load(path=str(graph), format=fmt)
    except (SyntaxError, ValueError, OSError) as exc:
        raise KGError(f"{graph}: cannot load: {exc}") from None
    store.flush()
    store.optimize()   # compacted, as kg build leaves a store: the server opens it read-only
    del store


def push(graph: Path, endpoint: str, *, timeout: float = 60.0, connections: int = 4,
         progress: Callable[[int, int], None] | None = None,
         on_sent: Callable[[str, int], None] | None = None) -> list[tuple[str, int]]:
    """Send every named graph of a built graph to a Graph Store Protocol endpoint (replacing each).

    One ``PUT`` of N-Triples per graph, read from an Oxigraph store (a file is bulk-loaded
    into a temporary one first), over ``connections`` kept-alive HTTP connections at once:
    the next graphs are read while the server stores the last ones. Memory holds a few
    graphs at a time, whatever the build's size.

    :param graph: A store directory (``kg build --store``) or a graph file ``kg build`` writes.
    :param endpoint: The store endpoint, e.g. ``http://127.0.0.1:7878/store``.
    :param connections: Requests in flight at once (1: one after the other).
    :param progress: Called with ``(graphs sent, graphs in all)``, first with ``(0, total)``.
    :param on_sent: Called with ``(graph IRI or "default", triples)`` as each graph is stored.
    :returns: ``(graph IRI or "default", triples sent)`` per graph, the default graph first
        (when it has triples).
    :raises KGError: When the server cannot be reached (checked before a file is loaded),
        the graph cannot be read, or the server refuses a graph; the message says how many
        graphs were sent before (they stay: sending again replaces them).
    """
    import pyoxigraph

    from kg.query import missing_graph, oxigraph_store
    from kg.stream import load_store

    if connections < 1:
        raise KGError(f"connections must be at least 1, not {connections}")
    if not graph.exists():
        raise missing_graph(graph)
    target = _Target(endpoint, timeout)
    target.reachable()          # before a large file is loaded for nothing
    with tempfile.TemporaryDirectory(prefix="kg-push-") as tmp:
        location = graph
        if not graph.is_dir():
            location = Path(tmp) / "store"
            _load_file(graph, location, action="push")
        store = oxigraph_store(load_store(location))
        names = sorted(g.value for g in store.named_graphs() if isinstance(g, pyoxigraph.NamedNode))
        nodes: list[tuple[str, Any]] = [(n, pyoxigraph.NamedNode(n)) for n in names]
        if next(iter(store.quads_for_pattern(None, None, None, pyoxigraph.DefaultGraph())), None) is not None:
            nodes.insert(0, ("default", pyoxigraph.DefaultGraph()))     # a Turtle file's triples
        sent: list[tuple[str, int]] = []
        if progress is not None:
            progress(0, len(nodes))
        # Futures in graph order, a bounded number ahead: the report keeps the order and a
        # refusal stops the push at the first graph refused. An empty graph (a file's default
        # graph, usually) is counted done and not sent.
        pending: collections.deque[tuple[str, int, concurrent.futures.Future[None] | None]] = collections.deque()
        done = 0

        def settle(ahead: int) -> None:
            nonlocal done
            while pending and (len(pending) > ahead or pending[0][2] is None or pending[0][2].done()):
                name, count, future = pending.popleft()
                if future is not None:
                    try:
                        future.result()         # the KGError of a refused graph, raised here
                    except KGError as exc:
                        raise KGError(f"{exc} ({len(sent)} of {len(nodes)} graphs sent before; pushing again "
                                      f"replaces them)") from None
                    sent.append((name, count))
                    if on_sent is not None:
                        on_sent(name, count)
                done += 1
                if progress is not None:
                    progress(done, len(nodes))

        pool = concurrent.futures.ThreadPoolExecutor(connections, thread_name_prefix="kg-push")
        try:
            for name, node in nodes:
                triples = [quad.triple for quad in store.quads_for_pattern(None, None, None, node)]
                body = pyoxigraph.serialize(triples, format=pyoxigraph.RdfFormat.N_TRIPLES) if triples else None
                pending.append((name, len(triples), pool.submit(target.put, name, body) if body else None))
                settle(2 * connections)
            settle(0)
        finally:
            # On a refusal, Ctrl-C or SIGTERM: nothing more is sent, and requests waiting on
            # a slow server are cut off (their sockets shut down) rather than waited for.
            target.close()
            pool.shutdown(wait=True, cancel_futures=True)
        del store           # released before the temporary directory goes
    return sent


def redacted(url: str) -> str:
    """``url`` with the password of its user part hidden, for messages.

    >>> redacted("http://admin:secret@host:3030/kg/data")
    'http://admin:***@host:3030/kg/data'
    """
    try:
        parts = urllib.parse.urlsplit(url)
    except ValueError:      # malformed: reported as such by whoever parses it
        return url
    if parts.password is None:
        return url
    netloc = f"{parts.username}:***@{parts.netloc.rpartition('@')[2]}"
    return urllib.parse.urlunsplit(parts._replace(netloc=netloc))


def _basic(user: str | None, password: str | None) -> str:
    token = f"{urllib.parse.unquote(user or '')}:{urllib.parse.unquote(password or '')}"
    return "Basic " + base64.b64encode(token.encode("utf-8")).decode("ascii")


class _Target:
    """PUTs to one Graph Store Protocol endpoint, each thread over its own kept-alive connection.

    A user part of the URL (``http://user:password@host/…``) is sent as HTTP Basic
    authentication; the ``http_proxy``/``https_proxy``/``no_proxy`` variables are honoured
    as urllib honours them.
    """

    def __init__(self, endpoint: str, timeout: float) -> None:
        self.shown = redacted(endpoint)
        try:
            url = urllib.parse.urlsplit(endpoint)
            port = url.port
        except ValueError as exc:
            raise KGError(f"cannot push to {self.shown!r}: {exc}") from None
        if url.scheme not in ("http", "https") or not url.hostname:
            raise KGError(f"cannot push to {self.shown!r}: not an http:// or https:// URL")
        self.url, self.timeout = url, timeout
        self.headers = {"Content-Type": "application/n-triples"}
        if url.username is not None:
            self.headers["Authorization"] = _basic(url.username, url.password)
        host = url.hostname
        self.address: tuple[str, int | None] = (host, port)
        self.tunnel: tuple[str, int | None, dict[str, str]] | None = None
        self.absolute = False           # the request line names the whole URL (to an http proxy)
        proxy = urllib.request.getproxies().get(url.scheme)
        if proxy and not urllib.request.proxy_bypass(host):
            via = urllib.parse.urlsplit(proxy if "://" in proxy else f"http://{proxy}")
            auth = {"Proxy-Authorization": _basic(via.username, via.password)} if via.username else {}
            self.address = (via.hostname or "", via.port)
            if url.scheme == "https":
                self.tunnel = (host, port, auth)
            else:
                self.absolute = True
                self.headers.update(auth)
        self._local = threading.local()
        self._opened: list[http.client.HTTPConnection] = []
        self._lock = threading.Lock()
        self._closed = False

    def _connection(self, fresh: bool = False) -> http.client.HTTPConnection:
        connection: http.client.HTTPConnection | None = getattr(self._local, "connection", None)
        if connection is not None and fresh:
            connection.close()
            connection = None
        if connection is None:
            kind = http.client.HTTPSConnection if self.url.scheme == "https" else http.client.HTTPConnection
            connection = kind(*self.address, timeout=self.timeout)
            if self.tunnel is not None:
                connection.set_tunnel(self.tunnel[0], self.tunnel[1], headers=self.tunnel[2])
            with self._lock:
                if self._closed:
                    raise KGError("push stopped")
                self._opened.append(connection)
            self._local.connection = connection
        return connection

    def put(self, name: str, body: bytes) -> None:
        """Replace graph ``name`` ("default": the default graph) with the N-Triples ``body``."""
        query = "default" if name == "default" else urllib.parse.urlencode({"graph": name})
        path = f"{self.url.path or '/'}?{self.url.query + '&' if self.url.query else ''}{query}"
        if self.absolute:
            netloc = self.url.netloc.rpartition("@")[2]
            path = f"{self.url.scheme}://{netloc}{path}"
        for attempt in (1, 2):
            try:
                connection = self._connection(fresh=attempt == 2)
                connection.request("PUT", path, body=body, headers=self.headers)
                response = connection.getresponse()
                response.read()
                break
            except (http.client.RemoteDisconnected, BrokenPipeError, ConnectionResetError) as exc:
                # A server may close a kept-alive connection between two requests; a PUT
                # replaces, so sending it again on a new connection is safe. Once.
                if attempt == 2 or self._closed:
                    raise KGError(f"cannot reach {self.shown}: {exc}") from None
            except OSError as exc:
                raise KGError(f"cannot reach {self.shown}: {exc.strerror or exc}") from None
            except http.client.HTTPException as exc:
                raise KGError(f"{self.shown} answered graph {name} with no HTTP response: {exc!r}") from None
        if response.status >= 300:
            raise KGError(f"{self.shown} refused graph {name}: HTTP {response.status} {response.reason}")

    def reachable(self) -> None:
        """:raises KGError: When nothing answers at the endpoint's address (or its proxy's)."""
        host, port = self.address
        try:
            socket.create_connection((host, port or (443 if self.url.scheme == "https" else 80)),
                                     timeout=self.timeout).close()
        except OSError as exc:
            raise KGError(f"cannot reach {self.shown}: {exc.strerror or exc}") from None

    def close(self) -> None:
        """Open no more connections, and cut those open: a request waiting on its answer ends at once."""
        with self._lock:
            self._closed = True
            for connection in self._opened:
                connection.auto_open = 0        # a request after this must not reconnect
                if connection.sock is not None:
                    try:
                        connection.sock.shutdown(socket.SHUT_RDWR)   # wakes a thread blocked reading it
                    except OSError:
                        pass    # not connected yet, or already closed by the server
                connection.close()


__all__ = ["Server", "oxigraph_binary", "push", "redacted", "start_server"]
