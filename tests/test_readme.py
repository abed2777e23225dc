"""The README's console examples are what the commands print on the seeds.

Each ```console block is a list of ``$ kg …`` commands, each followed by its output. The
commands run in order, through click's CliRunner, in a directory holding a copy of
``seeds/`` (so ``out/`` paths resolve as they do for a user after ``make run``). A block
with no ``…`` must match exactly; in an abridged one, ``…`` lines stand for lines left out
and a ``…`` inside a line for text left out, and every other line must appear, in order.
"""

from __future__ import annotations

import re
import shlex
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from tests.conftest import ROOT, SEEDS

BLOCK = re.compile(r"```console\n(.*?)```", re.S)


def examples() -> list[tuple[str, list[str]]]:
    """(command, expected output lines) in README order."""
    found: list[tuple[str, list[str]]] = []
    for block in BLOCK.findall((ROOT / "README.md").read_text(encoding="utf-8")):
        for chunk in re.split(r"^\$ ", block, flags=re.M)[1:]:
            command, _, output = chunk.partition("\n")
            found.append((command, output.rstrip("\n").split("\n") if output.strip() else []))
    return found


def matches(expected: list[str], actual: list[str]) -> bool:
    """``expected`` (with ``…`` elisions) is ``actual``; exact when nothing is elided."""
    if not any("…" in line for line in expected):
        return expected == actual
    at = 0
    for line in expected:
        if line.strip() == "…":
            continue
        pattern = re.compile(".*?".join(re.escape(part) for part in line.split("…")) + r"\Z")
        while at < len(actual) and not pattern.match(actual[at]):
            at += 1
        if at == len(actual):
            return False
        at += 1
    return True


EXAMPLES = examples()


def test_readme_has_the_tour() -> None:
    commands = [command.split()[:2] for command, _ in EXAMPLES]
    assert commands[0] == ["kg", "build"]
    assert ["kg", "query"] in commands and ["kg", "paths"] in commands and ["kg", "viz"] in commands


@pytest.fixture(scope="module")
def workdir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of seeds/ and the graph built from it, as after ``make run``: any example runs alone."""
    home = tmp_path_factory.mktemp("readme")
    shutil.copytree(SEEDS, home / "seeds")
    result = CliRunner().invoke(main, ["build", str(home / "seeds"), "-o", str(home / "out" / "graph.ttl")])
    assert result.exit_code == 0, result.output
    return home


@pytest.mark.parametrize("command, expected", EXAMPLES, ids=[c for c, _ in EXAMPLES])
def test_readme_example(command: str, expected: list[str], workdir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(workdir)
    argv = shlex.split(command)
    assert argv[0] == "kg", command
    result = CliRunner().invoke(main, argv[1:])
    assert result.exit_code == 0, result.output
    actual = result.output.rstrip("\n").split("\n")
    assert matches(expected, actual), "\n".join(["README says:", *expected, "", "the command printed:", *actual])


def test_elisions_still_check_what_is_shown() -> None:
    assert matches(["a", "…", "c"], ["a", "b", "c"])
    assert not matches(["a", "…", "d"], ["a", "b", "c"])
    assert matches(["x … z"], ["x y z"])
    assert not matches(["a", "b"], ["a", "b", "c"])       # nothing elided: exact
