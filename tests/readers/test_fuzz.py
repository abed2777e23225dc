"""Property-based tests: random and mutated input gives Documents or our own error, never anything else.

Deadlines are generous (5 s for inputs of a few kilobytes) so a loaded machine does not
flake, yet a reader that hangs or backtracks catastrophically still fails. Examples are
derandomised so CI runs the same cases every time.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.errors import ReaderError
from kg.model import Document
from kg.readers import READERS, decode, read_text
from tests.conftest import SEEDS

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"
FIXTURES = sorted(SHAPES.iterdir()) + sorted(SEEDS.iterdir())
FUZZ = settings(max_examples=120, deadline=5000, derandomize=True,
                suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])


def _accepts(result: object) -> None:
    assert isinstance(result, list) and all(isinstance(d, Document) for d in result)
    for doc in result:
        for section in doc.sections:
            assert 0 <= section.start <= section.end <= len(doc.text)


@pytest.mark.parametrize("name", list(READERS))
@FUZZ
@given(text=st.text(max_size=2000))
def test_each_reader_on_random_text(name: str, text: str) -> None:
    try:
        _accepts(READERS[name].read(text, "fuzz"))
    except ReaderError:
        pass


@FUZZ
@given(data=st.binary(max_size=2000))
def test_decode_and_read_random_bytes(data: bytes) -> None:
    try:
        _accepts(read_text(decode(data, "fuzz"), "fuzz"))
    except ReaderError:
        pass


@st.composite
def mutated(draw: st.DrawFn) -> str:
    """A fixture cut, spliced, duplicated or sprinkled with structural characters."""
    text = FIXTURES[draw(st.integers(0, len(FIXTURES) - 1))].read_text(encoding="utf-8")
    for _ in range(draw(st.integers(1, 4))):
        start = draw(st.integers(0, len(text)))
        end = draw(st.integers(start, min(len(text), start + 400)))
        action = draw(st.sampled_from(["cut", "duplicate", "insert", "truncate"]))
        if action == "cut":
            text = text[:start] + text[end:]
        elif action == "duplicate":
            text = text[:end] + text[start:end] + text[end:]
        elif action == "insert":
            text = text[:start] + draw(st.sampled_from(["<", ">", "|", "\t", "\n\n", "---\n", "&lol;", "{", "]",
                                                         "PMID- ", "|t|", "\x00", "\ufeff"])) + text[start:]
        else:
            text = text[:start]
    return text


@FUZZ
@given(text=mutated())
def test_mutated_fixtures(text: str) -> None:
    try:
        _accepts(read_text(text, "fuzz"))
    except ReaderError:
        pass
