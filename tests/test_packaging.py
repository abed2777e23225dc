"""An installed wheel carries the ontology, lexicon and queries, and loads them from outside the tree."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

CHECK = """
import kg, kg.resources as r
from pathlib import Path
assert Path(kg.__file__).resolve().is_relative_to(Path(r'{site}').resolve()), kg.__file__
assert "kg/_data" in str(r.data_dir("ontology")).replace("\\\\", "/"), r.data_dir("ontology")
from rdflib import Graph
g = Graph().parse(data=r.load_ontology(), format="turtle")
names = r.list_queries()
for name in names:
    r.load_query(name)
lexicon = kg.load_lexicon()
print(len(g), len(names), len(lexicon))
"""


def test_wheel_installs_data_and_loads_it_outside_the_source_tree(tmp_path: Path) -> None:
    wheels = tmp_path / "wheels"
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(wheels), str(ROOT)], check=True, capture_output=True)
    [wheel] = wheels.glob("kg-*.whl")
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "--no-deps", "-q", "--target", str(site), str(wheel)],
                   check=True, capture_output=True)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {**os.environ, "PYTHONPATH": str(site)}
    result = subprocess.run([sys.executable, "-c", CHECK.format(site=site)], cwd=elsewhere, env=env,
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    triples, queries, entities = map(int, result.stdout.split())
    assert triples > 500 and queries == len(list((ROOT / "queries").glob("*.rq"))) and entities >= 30
