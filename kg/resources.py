"""The only code that opens kg's package data: the ontology, the lexicon and the queries.

In a source checkout they live at the repository root (``ontology/``, ``queries/``, as
the design card requires); an installed wheel carries them in ``kg/_data/``. This
module looks in the wheel's copy first, then in the source tree.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

from kg.errors import KGError, QueryNotFoundError

_SOURCE_ROOT = Path(__file__).resolve().parent.parent


def data_dir(name: str) -> Traversable:
    """The directory ``name`` (``"ontology"`` or ``"queries"``) of the package data.

    :raises KGError: When neither the installed nor the source copy exists.
    """
    packaged = resources.files("kg") / "_data" / name
    if packaged.is_dir():
        return packaged
    source = _SOURCE_ROOT / name
    if source.is_dir():
        return source
    raise KGError(f"package data {name!r} is missing: neither kg/_data/{name} nor {source} exists")


def load_ontology(name: str = "kg.ttl") -> str:
    """The text of an ontology file (``kg.ttl`` or ``shapes.ttl``)."""
    return (data_dir("ontology") / name).read_text(encoding="utf-8")


def load_lexicon_files() -> dict[str, str]:
    """Every curated lexicon file: name → YAML text."""
    folder = data_dir("ontology") / "lexicon"
    return {
        entry.name: entry.read_text(encoding="utf-8")
        for entry in sorted(folder.iterdir(), key=lambda e: e.name)
        if entry.name.endswith(".yaml")
    }


#: The generated lexicon's file name in ``ontology/lexicon/``.
GENERATED_LEXICON = "generated.tsv.gz"


def load_generated_lexicon() -> bytes | None:
    """The generated lexicon (gzip TSV), or ``None`` when the package has none."""
    entry = data_dir("ontology") / "lexicon" / GENERATED_LEXICON
    return entry.read_bytes() if entry.is_file() else None


def list_queries() -> list[str]:
    """The names of the shipped SPARQL queries, sorted.

    >>> "drug_targets" in list_queries()
    True
    """
    return sorted(e.name[:-3] for e in data_dir("queries").iterdir() if e.name.endswith(".rq"))


def load_query(name: str) -> str:
    """The SPARQL text of a named query.

    :raises QueryNotFoundError: Naming the valid queries.
    """
    names = list_queries()
    if name not in names:
        from difflib import get_close_matches

        close = get_close_matches(name, names, n=1)
        hint = f" (did you mean {close[0]!r}?)" if close else ""
        raise QueryNotFoundError(f"unknown query {name!r}{hint}; available: {', '.join(names)}")
    return (data_dir("queries") / f"{name}.rq").read_text(encoding="utf-8")
