"""The drug–mutation landscape as a self-contained HTML page (network and matrix views).

The page works offline from a ``file://`` URL: vis-network's JavaScript is inlined from
the ``pyvis`` package (no CDN), and the landscape is embedded as JSON that the page reads
with ``JSON.parse`` and writes into the DOM as text only, so a ``<script>`` in a
document's text is shown, never run.

    >>> from kg.landscape import Landscape
    >>> page = render_html(Landscape((), ()), title="empty")
    >>> page.startswith("<!DOCTYPE html>") and "cdn" not in page.lower().split("<script>")[0]
    True
"""

from __future__ import annotations

import html
import json
import re
from importlib import resources
from pathlib import Path

from rdflib import Graph

from kg.errors import KGError
from kg.landscape import Landscape, landscape

#: The views :func:`render_html` can open on.
VIEWS = ("network", "matrix")
_TEMPLATE = "landscape.html"


def vis_javascript() -> str:
    """vis-network's minified JavaScript, read from the installed ``pyvis`` package.

    :raises KGError: When pyvis is not installed (it is a dependency of kg).
    """
    try:
        root = resources.files("pyvis") / "lib"
    except ModuleNotFoundError:
        raise KGError("kg viz needs the pyvis package for vis-network's JavaScript: pip install pyvis") from None
    versions = sorted((p for p in root.iterdir() if p.name.startswith("vis-")),
                      key=lambda p: tuple(int(x) for x in re.findall(r"\d+", p.name)))
    if not versions:
        raise KGError(f"no vis-network bundle in {root}; reinstall pyvis")
    return (versions[-1] / "vis-network.min.js").read_text(encoding="utf-8")


def _json_for_html(value: object) -> str:
    """JSON that is safe inside a ``<script>`` element: no ``<``, ``>`` or ``&`` left to end it.

    >>> _json_for_html({"text": "</script><script>alert(1)</script>"})
    '{"text": "\\\\u003c/script\\\\u003e\\\\u003cscript\\\\u003ealert(1)\\\\u003c/script\\\\u003e"}'
    """
    text = json.dumps(value, ensure_ascii=False, sort_keys=True)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


def render_html(view: Landscape, *, title: str = "kg: drug–mutation landscape", start: str = "network") -> str:
    """The landscape as one HTML page; ``start`` is the view shown first (``network`` or ``matrix``)."""
    if start not in VIEWS:
        raise KGError(f"unknown view {start!r}; valid: {', '.join(VIEWS)}")
    template = (resources.files("kg") / "view" / _TEMPLATE).read_text(encoding="utf-8")
    data = view.to_json() | {"view": start}
    values = {"TITLE": html.escape(title), "VIS_JS": vis_javascript(), "DATA": _json_for_html(data)}
    # One pass, so nothing inserted (the JavaScript, document text) is searched for placeholders again.
    return re.sub(r"__(TITLE|VIS_JS|DATA)__", lambda m: values[m.group(1)], template)


def write_views(graph: Graph, directory: str | Path, *, max_nodes: int = 300,
                title: str = "kg: drug–mutation landscape") -> list[Path]:
    """Write the landscape of ``graph`` into ``directory``: the page, the matrix page, PNG and SVG.

    :returns: The paths written: ``drug_mutation.html``, ``matrix.html``,
        ``drug_mutation.png``, ``drug_mutation.svg``.
    """
    from kg.figure import draw

    out = Path(directory)
    if out.exists() and not out.is_dir():
        raise KGError(f"{out} is a file; kg viz writes several files into a directory")
    out.mkdir(parents=True, exist_ok=True)
    view = landscape(graph, max_nodes=max_nodes)
    written = []
    for name, start in (("drug_mutation.html", "network"), ("matrix.html", "matrix")):
        path = out / name
        path.write_text(render_html(view, title=title, start=start), encoding="utf-8")
        written.append(path)
    written += draw(view, out / "drug_mutation.png", out / "drug_mutation.svg")
    return written


__all__ = ["VIEWS", "render_html", "vis_javascript", "write_views"]
