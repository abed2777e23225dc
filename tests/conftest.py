"""Shared fixtures: the seeds' build, its graph as a user gets it, and ../shared."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from rdflib import Graph, Literal

import kg
from kg.iris import NAMESPACES

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
SEED_000 = "https://identifiers.org/pubmed:12181401"
SEED_003 = "https://doi.org/10.2165/00003495-200767050-00012"
PREFIXES = "".join(f"PREFIX {p}: <{iri}>\n" for p, iri in NAMESPACES.items()) + (
    "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
    "PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>\n"
)


def shared_dir() -> Path:
    """The team's shared folder (``KG_SHARED``, default ``../shared`` beside the checkout)."""
    return Path(os.environ.get("KG_SHARED", ROOT.parent / "shared"))


@pytest.fixture(scope="session")
def shared() -> Path:
    """``../shared``; skips when absent, fails instead when ``KG_REQUIRE_SHARED=1``."""
    path = shared_dir()
    if not path.is_dir():
        reason = f"shared folder not found at {path} (set KG_SHARED to its location)"
        if os.environ.get("KG_REQUIRE_SHARED") == "1":
            pytest.fail(reason + "; KG_REQUIRE_SHARED=1 makes this a failure")
        pytest.skip(reason)
    return path


@pytest.fixture(scope="session")
def seed_build() -> kg.BuildResult:
    """The seeds built in this process."""
    return kg.build([SEEDS])


@pytest.fixture(scope="session")
def graph(seed_build: kg.BuildResult, tmp_path_factory: pytest.TempPathFactory) -> Graph:
    """The seeds' Turtle, written and parsed back: the graph exactly as a user gets it."""
    path = kg.write_graph(seed_build.dataset, tmp_path_factory.mktemp("build") / "graph.ttl")
    parsed = Graph()
    parsed.parse(path, format="turtle")
    return parsed


def select(graph: Graph, query: str, **bindings: object) -> list[tuple[object, ...]]:
    """Run a SELECT with the project's prefixes; rows as Python values where possible."""
    rows = graph.query(PREFIXES + query, initBindings=bindings)
    return [tuple(v.toPython() if isinstance(v, Literal) else v for v in row) for row in rows]


def ask(graph: Graph, query: str, **bindings: object) -> bool:
    """Run an ASK with the project's prefixes."""
    return bool(graph.query(PREFIXES + query, initBindings=bindings).askAnswer)
