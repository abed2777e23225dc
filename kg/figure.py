"""The drug–mutation landscape as a static picture (PNG and SVG, with matplotlib).

Entities stand in four columns — drugs, mutations, genes and targets, diseases — one row
each, so labels cannot overlap however many there are: the figure grows taller instead.
Within a column, entities are ordered by where their neighbours in the previous column
stand (one barycentre pass), which keeps most edges short and uncrossed. Edges are
coloured by response direction, dashed when hedged, inferred, conflicting or negated,
and thicker with more papers, as in the HTML view (:mod:`kg.viz`).
"""

from __future__ import annotations

import math
from collections import defaultdict
from pathlib import Path
from typing import Any

from kg.landscape import CLASSES, Edge, Landscape

#: Colours shared with the HTML view.
EDGE_COLORS = {"sensitivity": "#1a9850", "resistance": "#d73027", "response": "#7570b3", "context": "#8c8c8c"}
#: A claim only negated evidence states, whatever its direction.
NEGATED_COLOR = "#b0b0b0"
NODE_COLORS = {"Drug": "#4e79a7", "Mutation": "#f28e2b", "Target": "#b07aa1", "Disease": "#59a14f"}
COLUMN_TITLES = {"Drug": "drugs", "Mutation": "mutations", "Target": "genes / targets", "Disease": "diseases"}
ROW = 0.34           # inches per entity row: more than a 9 pt label in its box
COLUMN = 3.4         # inches between columns: room for a label of LABEL_CHARS characters
LABEL_CHARS = 34


def layout(view: Landscape) -> dict[str, tuple[int, int]]:
    """``(column, row)`` of every node: the column by class, rows by a barycentre pass.

    >>> from kg.landscape import Node
    >>> layout(Landscape((Node("d", "drug", "Drug", 1), Node("m", "mut", "Mutation", 1)), ()))
    {'d': (0, 0), 'm': (1, 0)}
    """
    columns: dict[str, list[str]] = defaultdict(list)
    for node in view.nodes:
        columns[node.category].append(node.id)
    neighbours: dict[str, set[str]] = defaultdict(set)
    for edge in view.edges:
        neighbours[edge.source].add(edge.target)
        neighbours[edge.target].add(edge.source)
    labels = {n.id: n.label.casefold() for n in view.nodes}
    placed: dict[str, tuple[int, int]] = {}
    for index, cls in enumerate(CLASSES):
        ids = columns.get(cls, [])

        def centre(node: str) -> float:
            rows = [placed[n][1] for n in neighbours[node] if n in placed]
            return sum(rows) / len(rows) if rows else float("inf")

        if index:
            ordered = sorted(ids, key=lambda n: (centre(n), labels[n], n))
        else:
            ordered = sorted(ids, key=lambda n: (labels[n], n))
        for row, entity in enumerate(ordered):
            placed[entity] = (index, row)
    return {n.id: placed[n.id] for n in view.nodes}


def _short(text: str) -> str:
    return text if len(text) <= LABEL_CHARS else text[: LABEL_CHARS - 1] + "…"


def figure(view: Landscape) -> Any:
    """A matplotlib Figure of the landscape (not yet saved); node labels are its ``kg-node`` texts."""
    import matplotlib

    matplotlib.use("Agg")  # files only: never a window
    import matplotlib.pyplot as plt
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyArrowPatch, Patch

    places = layout(view)
    counts = [sum(1 for c, _ in places.values() if c == i) for i in range(len(CLASSES))]
    # At least a few rows: edges that skip a column arc over the ones between.
    tallest = max(counts + [6])
    height = tallest * ROW + 2.2
    width = COLUMN * len(CLASSES) + 0.6
    fig = plt.figure(figsize=(width, height))
    ax = fig.add_axes((0, 1.3 / height, 1, (height - 1.8) / height))
    ax.set_xlim(-0.55, len(CLASSES) - 0.45)
    ax.set_ylim(tallest - 0.5, -0.9)
    ax.axis("off")

    def y(node: str) -> float:
        column, row = places[node]
        return row + (tallest - counts[column]) / 2   # columns centred vertically

    boxes = {}
    for node in view.nodes:
        column, _ = places[node.id]
        text = ax.text(column, y(node.id), _short(node.label), ha="center", va="center", fontsize=9, zorder=3,
                       color="white" if node.category in ("Drug", "Target") else "#111", gid=f"node-{node.id}",
                       bbox={"boxstyle": "round,pad=0.3", "facecolor": NODE_COLORS[node.category], "edgecolor": "#333",
                             "linewidth": 0.6})
        text.set_label("kg-node")
        boxes[node.id] = text
    for index, cls in enumerate(CLASSES):
        ax.text(index, -0.75, COLUMN_TITLES[cls], ha="center", va="center", fontsize=10, fontweight="bold",
                color="#333")
    fig.canvas.draw()   # the label boxes must exist before arrows can stop at them
    # The plot's bottom and top on the screen (pixels, y up): the first row's top and the last row's bottom.
    floor, ceiling = (float(v) for v in ax.transData.transform([(0, tallest - 0.5), (0, -0.5)])[:, 1])
    parallel: dict[tuple[str, str], int] = defaultdict(int)
    for edge in view.edges:
        pair = (min(edge.source, edge.target), max(edge.source, edge.target))
        parallel[pair] += 1
        k = parallel[pair]
        span = abs(places[edge.source][0] - places[edge.target][0])
        # Neighbouring columns: straight; farther: an arc clear of the boxes between;
        # parallel edges (two predicates for one pair) fan out. An arc bows towards the
        # middle row: one bowing away from a bottom row left the plot and was cut off
        # (found by a new user). arc3 moves its control point by rad × (dy, −dx) on the
        # screen, whose y runs up where the rows run down.
        bend = (0.0 if span <= 1 else 0.5 / span) + 0.12 * (k - 1)
        (x1, y1), (x2, y2) = ax.transData.transform(
            [(places[edge.source][0], y(edge.source)), (places[edge.target][0], y(edge.target))])
        upwards = (y1 + y2) / 2 < (floor + ceiling) / 2    # in the lower half of the screen
        # The arc's sag is half the control point's offset, rad × length: kept inside the plot.
        room = (ceiling - (y1 + y2) / 2) if upwards else ((y1 + y2) / 2 - floor)
        bend = min(bend, 1.8 * max(room, 0.0) / max(math.hypot(x2 - x1, y2 - y1), 1.0))
        bend *= -1 if upwards == (x2 >= x1) else 1
        ax.add_patch(FancyArrowPatch(
            (places[edge.source][0], y(edge.source)), (places[edge.target][0], y(edge.target)),
            patchA=boxes[edge.source].get_bbox_patch(), patchB=boxes[edge.target].get_bbox_patch(),
            connectionstyle=f"arc3,rad={bend}", arrowstyle="-|>", mutation_scale=10, zorder=2,
            color=EDGE_COLORS[edge.direction] if edge.holds else NEGATED_COLOR,
            linewidth=min(0.8 + 1.2 * len(edge.papers), 6),
            linestyle=_style(edge), alpha=0.9, gid=f"edge-{edge.id}"))
    handles: list[Any] = [Line2D([], [], color=EDGE_COLORS["sensitivity"], lw=2.5, label="confers sensitivity"),
               Line2D([], [], color=EDGE_COLORS["resistance"], lw=2.5, label="confers resistance"),
               Line2D([], [], color=EDGE_COLORS["response"], lw=2.5, label="affects response"),
               Line2D([], [], color=EDGE_COLORS["context"], lw=2.5, label="context edge"),
               Line2D([], [], color="#555", lw=2, ls="--", label="hedged / inferred / conflicting"),
               Line2D([], [], color=NEGATED_COLOR, lw=2, ls=":", label="stated only as negated"),
               Line2D([], [], color="#555", lw=5, label="thicker: more papers")]
    handles += [Patch(facecolor=NODE_COLORS[c], edgecolor="#333", label=COLUMN_TITLES[c].rstrip("s").replace(
        "genes / target", "gene / target")) for c in CLASSES]
    fig.legend(handles=handles, loc="lower center", ncol=5, fontsize=8.5, frameon=False)
    if not view.nodes:
        ax.text(1.5, tallest / 2 - 0.5, "no drug–mutation links in this graph", ha="center", fontsize=11,
                color="#777")
    return fig


def _flagged(edge: Edge) -> bool:
    return edge.hedged or edge.inferred or edge.conflict or not edge.holds


def _style(edge: Edge) -> str:
    """Dotted for a claim only negated evidence states, dashed for a flagged one, else solid.

    A negated sensitivity drawn in green dashes read as a weak sensitivity (found by a new
    user): it is grey and dotted, whatever its direction.
    """
    return ":" if not edge.holds else "--" if _flagged(edge) else "-"


def draw(view: Landscape, png: str | Path, svg: str | Path) -> list[Path]:
    """Save the landscape as a PNG (150 dpi) and an SVG whose labels stay text (searchable)."""
    import matplotlib
    import matplotlib.pyplot as plt

    fig = figure(view)
    paths = [Path(png), Path(svg)]
    for path in paths:
        path.parent.mkdir(parents=True, exist_ok=True)
    with matplotlib.rc_context({"svg.fonttype": "none", "svg.hashsalt": "kg"}):
        fig.savefig(paths[0], dpi=150, metadata={"Software": None})
        fig.savefig(paths[1], metadata={"Date": None, "Creator": None})
    plt.close(fig)
    return paths


__all__ = ["EDGE_COLORS", "NODE_COLORS", "draw", "figure", "layout"]
