"""The kg command line, through click's CliRunner."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pyoxigraph
import pytest
from click.testing import CliRunner
from rdflib import RDF, Dataset, Graph

from kg.cli import main
from kg.iris import KG
from kg.resources import list_queries
from tests.conftest import SEEDS


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("cli") / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert result.output.startswith("built 2 document(s), 12 assertion(s), ")
    return out


@pytest.mark.parametrize("command", [[], ["build"], ["query"], ["queries"], ["paths"], ["neighbors"], ["stats"]])
def test_help_explains_with_an_example(command: list[str]) -> None:
    result = CliRunner().invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output


@pytest.mark.parametrize("suffix", [".ttl", ".nt", ".nq", ".trig", ".jsonld"])
def test_build_writes_each_format(tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"graph{suffix}"
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 0, result.output
    assert "imatinib" in out.read_text()
    # The summary counts what the file holds: Turtle and N-Triples hold triples (the build
    # graph left out), the others quads (found by a user: a Turtle build said "1910 quad(s)").
    kind = "triple" if suffix in (".ttl", ".nt") else "quad"
    if suffix in (".ttl", ".nt"):
        written = len(Graph().parse(out))
    elif suffix == ".jsonld":
        written = len(Dataset().parse(out, format="json-ld"))
    else:
        written = len(Dataset().parse(out))
    assert f"{written} {kind}(s) → {out}" in result.output


def test_nquads_output_streams_and_a_large_input_is_refused_in_memory(tmp_path: Path,
                                                                      monkeypatch: pytest.MonkeyPatch) -> None:
    import kg.cli

    monkeypatch.setattr(kg.cli, "AUTO_STREAM_BYTES", 1000)      # the seeds are over 1 kB
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")       # the build graph's times, for a byte comparison
    auto = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "auto.nq")])
    assert auto.exit_code == 0, auto.output
    assert auto.output == f"built 2 document(s), 12 assertion(s), 1949 quad(s) → {tmp_path / 'auto.nq'}\n"
    streamed = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "stream.nq"), "--stream"])
    assert streamed.exit_code == 0
    assert (tmp_path / "auto.nq").read_bytes() == (tmp_path / "stream.nq").read_bytes()
    # In memory on request: the same quads, sorted as one file rather than graph by graph.
    memory = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "memory.nq"), "--in-memory"])
    assert memory.exit_code == 0, memory.output
    in_memory = (tmp_path / "memory.nq").read_text().splitlines()
    assert in_memory == sorted(in_memory) and sorted((tmp_path / "auto.nq").read_text().splitlines()) == in_memory
    refused = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "big.ttl")])
    assert refused.exit_code == 1 and not (tmp_path / "big.ttl").exists()
    assert "of input is too much to build in memory as big.ttl" in refused.output
    assert f"-o {tmp_path / 'big.nq'}" in refused.output and "--in-memory" in refused.output
    forced = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "big.ttl"), "--in-memory"])
    assert forced.exit_code == 0 and (tmp_path / "big.ttl").exists()


def test_input_size_counts_gzip_at_its_expansion(tmp_path: Path) -> None:
    from kg.readers import GZIP_EXPANSION, input_size

    (tmp_path / "a.txt").write_bytes(b"x" * 100)
    (tmp_path / "b.xml.gz").write_bytes(b"y" * 10)
    (tmp_path / ".hidden").write_bytes(b"z" * 1000)              # skipped, as the readers skip it
    assert input_size([tmp_path, tmp_path / "missing.txt", "-"]) == 100 + 10 * GZIP_EXPANSION


def test_query_csv(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "adverse_events", "-g", str(built), "--format", "csv"])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[0] == "drug,drugLabel,event,eventLabel,confidence,inferred,evidence,papers"
    assert "CHEBI:45783,imatinib,kgr:ae-edema,edema,0.420,true,1,PMID:12181401" in result.output.splitlines()


def test_query_pages_follow_the_query_order(built: Path) -> None:
    def run(*extra: str) -> list[str]:
        result = CliRunner().invoke(main, ["query", "outcomes", "-g", str(built), "--format", "csv", *extra])
        assert result.exit_code == 0, result.output
        return result.output.splitlines()

    header, *every = run()
    assert len(every) == 15
    assert run("--limit", "4") == [header, *every[:4]]
    assert run("--limit", "4", "--offset", "12") == [header, *every[12:]]      # the last page is short
    assert run("--offset", "15") == [header]                                   # past the end: no rows
    table = CliRunner().invoke(main, ["query", "outcomes", "-g", str(built), "--limit", "4", "--offset", "4"]).output
    assert table.rstrip().splitlines()[-1] == "(rows 5–8 of 15)"
    past = CliRunner().invoke(main, ["query", "outcomes", "-g", str(built), "--offset", "20"]).output
    assert past.rstrip().splitlines()[-1] == "(no rows: --offset 20 is past the 15 rows)"
    bad = CliRunner().invoke(main, ["query", "outcomes", "-g", str(built), "--limit", "0"])
    assert bad.exit_code == 2 and "--limit" in bad.output


def test_an_empty_super_property_query_points_at_its_sub_property(built: Path) -> None:
    # The seeds' imatinib→KIT kg:targets edge is written for the kg:inhibits claim; asking
    # for targets' evidence finds no claim, and kg says where its evidence is.
    empty = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--param", "predicate=targets"])
    assert empty.exit_code == 0 and empty.stdout.rstrip().endswith("(0 rows)")
    assert empty.stderr == ("hint: kg also writes a kg:targets edge for each kg:inhibits claim, whose evidence is "
                            "listed under it: try --param predicate=inhibits\n")
    found = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--param", "predicate=inhibits",
                                      "--format", "csv"])
    assert found.exit_code == 0 and found.stderr == "" and len(found.stdout.splitlines()) > 1
    assert {line.split(",")[1] for line in found.stdout.splitlines()[1:]} == {"kg:inhibits"}


def test_an_empty_answer_about_known_entities_says_where_to_look(built: Path) -> None:
    """Found by a haematology user: "0 rows" about a mutation the graph has read as "no
    evidence"; kg says the entities are there and how to list their edges."""
    empty = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--param", "subject=KIT",
                                      "--param", "object=chronic myeloid leukemia"])
    assert empty.exit_code == 0 and empty.stdout.rstrip().endswith("(0 rows)")
    assert empty.stderr == ("hint: 'KIT' and 'chronic myeloid leukemia' are in the graph, but no row of evidence "
                            "joins them: kg neighbors 'KIT' -g GRAPH lists every edge of it\n")


def test_an_edge_the_other_way_round_says_to_swap(built: Path) -> None:
    """Found by a new user: the README's own example (imatinib → KIT exon 9 mutation) is empty
    because the sensitivity edge runs from the mutation; kg says so, and how to ask."""
    empty = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--param", "subject=imatinib",
                                      "--param", "object=KIT exon 9 mutation"])
    assert empty.exit_code == 0 and empty.stdout.rstrip().endswith("(0 rows)")
    assert empty.stderr == ("hint: 'KIT exon 9 mutation' kg:affectsResponseTo and kg:confersSensitivityTo "
                            "'imatinib': the edge runs the other way; try --param subject='KIT exon 9 mutation' "
                            "--param object='imatinib'\n")
    swapped = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--param",
                                        "subject=KIT exon 9 mutation", "--param", "object=imatinib", "--format", "csv"])
    assert swapped.exit_code == 0 and "kg:confersSensitivityTo" in swapped.stdout


def test_groundings_on_a_graph_without_summaries_says_to_rebuild(built: Path, tmp_path: Path) -> None:
    graph = Graph()
    graph.parse(built)
    summaries = set(graph.subjects(RDF.type, KG.GroundingSummary))
    assert len(summaries) == 23
    for node in summaries:
        graph.remove((node, None, None))
    old = tmp_path / "old.ttl"
    graph.serialize(old, format="turtle")
    result = CliRunner().invoke(main, ["query", "groundings", "-g", str(old)])
    assert result.exit_code == 0 and result.stdout.rstrip().endswith("(0 rows)")
    assert result.stderr.startswith("hint: this graph has grounded mentions but no grounding summaries")
    assert CliRunner().invoke(main, ["query", "groundings", "-g", str(built)]).stderr == ""


def test_query_all_as_json_is_one_document(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--all", "-g", str(built), "--format", "json", "--limit", "2"])
    assert result.exit_code == 0, result.output
    every = json.loads(result.output)
    assert sorted(every) == sorted(list_queries())
    assert every["drug_targets"] == [{"drug": "CHEBI:45783", "drugLabel": "imatinib", "predicate": "kg:inhibits",
                                      "target": "HGNC:6342", "targetLabel": "KIT", "confidence": "0.542",
                                      "inferred": "true", "evidence": "2", "papers": "PMID:12181401"}]
    assert all(len(rows) <= 2 for rows in every.values())


def test_query_all_refuses_parameters(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--all", "-g", str(built), "--param", "drug=imatinib"])
    assert result.exit_code == 2 and "--all runs every query without parameters" in result.output


def test_a_paged_record_table_numbers_rows_from_the_offset(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "--offset", "1", "--limit", "1"],
                                terminal_width=80)
    lines = result.output.splitlines()
    assert lines[0].startswith("-[ row 2 ]") and lines[-1] == "(row 2 of 21)"


def test_query_json_with_params(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "evidence", "-g", str(built), "-p", "subject=STI571",
                                       "-p", "object=CD117", "--format", "json"])
    assert result.exit_code == 0, result.output
    records = json.loads(result.output)
    # Two stated inhibitions (seed 000) and the review's document-level link (seed 003).
    assert [(r["predicate"], r["start"]) for r in records] == [
        ("kg:inhibits", "98"), ("kg:inhibits", "1791"), ("kg:interactsWith", "390")]


def test_query_all_prints_every_query(built: Path) -> None:
    result = CliRunner().invoke(main, ["query", "--all", "-g", str(built)])
    assert result.exit_code == 0, result.output
    from kg.resources import list_queries

    assert result.output.count("\n== ") == len(list_queries()) >= 11
    assert "== outcomes: Outcome measurements ==" in result.output


def test_queries_lists_names_and_params() -> None:
    result = CliRunner().invoke(main, ["queries"])
    assert "evidence: Evidence behind an edge" in result.output
    assert "--param subject=…  (entity, optional)" in result.output
    assert "--param drug=…  (entity Drug, optional)" in result.output
    assert "    e.g. kg query drug_targets --param drug=…" in result.output


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["query", "drug_target"], "unknown query 'drug_target' (did you mean 'drug_targets'?)"),
        (["query", "drug_mutatoin"], "unknown query 'drug_mutatoin' (did you mean 'drug_mutation'?); available: "),
        (["query", "zzz"], "unknown query 'zzz'; available: adverse_events, conflicts, drug_disease, drug_mutation"),
        (["query", "drug_targets", "-p", "gene=KIT"], "has no parameter 'gene'; valid: drug"),
        (["query", "drug_targets", "-p", "drug"], "'drug' is not KEY=VALUE"),
        (["query"], "name a query"),
        (["query", "drug_targets", "--all"], "pass a query name or --all, not both"),
        (["query", "drug_targets", "-p", "drug=a", "-p", "drug=b"], "'drug' given twice ('a' and 'b')"),
        (["query", "--all", "--sparql"], "--sparql prints one query: name it instead of --all"),
        (["query", "evidence", "-p", "subject=nosuchdrug", "--sparql"], "no entity named 'nosuchdrug' in the graph"),
    ],
)
def test_user_mistakes_are_clean_errors(built: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(main, [*args, "-g", str(built)])
    usage = ("KEY=VALUE", "name a query", "not both", "given twice", "prints one query")
    assert result.exit_code == (2 if any(u in message for u in usage) else 1)
    assert message in result.output
    assert "Traceback" not in result.output


@pytest.mark.parametrize("command", [["paths", "osimertinib", "KIT"], ["neighbors", "osimertinib"],
                                     ["query", "drug_targets", "-p", "drug=osimertinib"]])
def test_a_name_not_found_names_the_graph_searched(built: Path, command: list[str]) -> None:
    """Found by a new user: without -g, "no entity named 'osimertinib' in the graph" did not
    say the graph was the seeds' default, not the one they had built."""
    result = CliRunner().invoke(main, [*command, "-g", str(built)])
    assert result.exit_code == 1
    assert f"Error: no entity named 'osimertinib' in the graph {built}" in result.output


def test_missing_graph_says_how_to_build_one(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["query", "drug_targets", "-g", str(tmp_path / "none.ttl")])
    assert result.exit_code == 1
    assert f"no graph at {tmp_path / 'none.ttl'}; build one first: kg build seeds -o {tmp_path / 'none.ttl'}\n" \
        in result.output
    # A path without a graph file's extension is a store to build (kg build refuses -o there).
    for command in (["query", "drug_targets"], ["serve"]):
        result = CliRunner().invoke(main, [*command, "-g", str(tmp_path / "store")])
        assert result.exit_code == 1
        assert f"build one first: kg build seeds --store {tmp_path / 'store'}\n" in result.output


def test_a_build_given_both_a_file_and_a_store_says_not_both(tmp_path: Path) -> None:
    # Found by a user: "use -o x.nq (or --store DIR)" though --store was given.
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "x.ttl"), "--store",
                                       str(tmp_path / "s")])
    assert result.exit_code == 1 and "give -o FILE.nq or --store DIR, not both" in result.output
    assert list(tmp_path.iterdir()) == []


def test_an_unknown_command_lists_the_commands() -> None:
    # Found by a new user: `kg nosuchcmd` named no valid command.
    result = CliRunner().invoke(main, ["nosuchcmd"])
    assert result.exit_code == 2
    assert ("Error: No such command 'nosuchcmd'; kg's commands: annotate, build, evaluate, export, lexicon, "
            "neighbors, paths, push, queries, query, serve, stats, train, validate, viz\n") in result.output
    close = CliRunner().invoke(main, ["quer"])
    assert "Error: No such command 'quer' (did you mean 'query' or 'queries'?); kg's commands: annotate," in close.output


def test_python_dash_m(built: Path) -> None:
    import subprocess
    import sys

    result = subprocess.run([sys.executable, "-m", "kg", "query", "drug_targets", "-g", str(built), "--format", "csv"],
                            capture_output=True, text=True, check=True)
    assert "CHEBI:45783,imatinib,kg:inhibits,HGNC:6342,KIT" in result.stdout
    assert isinstance(Graph().parse(built), Graph)


def test_validate_conforming_graph(built: Path) -> None:
    result = CliRunner().invoke(main, ["validate", str(built)])
    assert result.exit_code == 0, result.output
    assert result.output == f"{built}: conforms to the kg shapes\n"


def test_validate_takes_the_graph_as_the_other_commands_do(built: Path) -> None:
    """Found by a new user: `kg validate -g graph.ttl` was "No such option '-g'"."""
    result = CliRunner().invoke(main, ["validate", "-g", str(built)])
    assert (result.exit_code, result.output) == (0, f"{built}: conforms to the kg shapes\n")
    result = CliRunner().invoke(main, ["validate", str(built), "-g", "other.ttl"])
    assert result.exit_code == 2
    assert f"two graphs given ({built} and -g other.ttl): give one" in result.output


def test_validate_a_store_as_its_file(tmp_path: Path) -> None:
    """Found by a new user: a store of the seeds gave 83 ``kg:groundedBy`` violations its
    file does not (Oxigraph types plain strings xsd:string, the shapes' sh:in lists do not)."""
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    result = CliRunner().invoke(main, ["validate", "-g", str(store)])
    assert (result.exit_code, result.output) == (0, f"{store}: conforms to the kg shapes\n")


def test_validate_names_node_path_and_constraint(built: Path, tmp_path: Path) -> None:
    broken = tmp_path / "broken.ttl"
    text = built.read_text()
    # Give the trial's Study a second sample size: a cardinality violation.
    graph = Graph().parse(data=text, format="turtle")
    from rdflib import Literal

    from kg.iris import KG
    [study] = graph.subjects(KG.sampleSize, None)
    graph.add((study, KG.sampleSize, Literal(148)))
    graph.serialize(broken, format="turtle")
    result = CliRunner().invoke(main, ["validate", str(broken)])
    assert result.exit_code == 1
    [line] = [line for line in result.output.splitlines() if line.startswith("Violation")]
    assert line.startswith(f"Violation: {kg_curie(study)} kg:sampleSize: ")
    assert line.endswith("[sh:MaxCountConstraintComponent]")
    assert f"{broken}: 1 problem(s)" in result.output


def kg_curie(node: object) -> str:
    from kg.iris import compress

    return compress(str(node))


def test_an_nquads_build_names_each_unreadable_file_when_nothing_is_built(tmp_path: Path) -> None:
    bad = tmp_path / "scan.pdf"
    bad.write_bytes(b"%PDF\x00\x01")
    (tmp_path / "out.nq").write_text("old graph\n")
    result = CliRunner().invoke(main, ["build", str(bad), "-o", str(tmp_path / "out.nq")])
    assert result.exit_code == 1
    assert "nothing was built: no document could be read or extracted:" in result.output
    assert f"{bad}: binary file (contains NUL bytes), not a text document" in result.output
    assert (tmp_path / "out.nq").read_text() == "old graph\n"          # left as it was


def test_an_nquads_build_into_a_directory_is_refused_before_any_work(tmp_path: Path) -> None:
    (tmp_path / "graph.nq").mkdir()
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "graph.nq")])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)    # a message, not a traceback
    assert f"cannot write {tmp_path / 'graph.nq'}: it is a directory" in result.output
    assert list((tmp_path / "graph.nq").iterdir()) == [] and sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq"]


def test_an_nquads_build_where_no_file_can_be_made_says_so(tmp_path: Path) -> None:
    # Found by a user: mkstemp's error came out as a traceback (/proc takes no new files, even as root).
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", "/proc/kg-graph.nq"])
    assert result.exit_code == 1 and isinstance(result.exception, SystemExit)
    assert "cannot write /proc/kg-graph.nq: " in result.output


def test_nquads_output_gets_the_mode_of_any_new_file(tmp_path: Path) -> None:
    # Found by a user: the temporary file's private mode (0600) survived the rename.
    import stat

    out = tmp_path / "graph.nq"
    old = os.umask(0o022)
    try:
        assert CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)]).exit_code == 0
        (tmp_path / "plain.txt").write_text("x")
    finally:
        os.umask(old)
    assert stat.S_IMODE(out.stat().st_mode) == stat.S_IMODE((tmp_path / "plain.txt").stat().st_mode) == 0o644


def test_ctrl_c_ends_a_build_with_status_130_and_keeps_the_old_output(tmp_path: Path,
                                                                     monkeypatch: pytest.MonkeyPatch) -> None:
    # Found by a user: Ctrl-C gave status 1, which scripts read as a failed build.
    import kg.stream

    out = tmp_path / "graph.nq"
    out.write_text("old\n")
    real = kg.stream.render_many

    def interrupted(work):  # type: ignore[no-untyped-def]
        real(work)
        raise KeyboardInterrupt   # as Python raises it on SIGINT, mid-build

    monkeypatch.setattr(kg.stream, "render_many", interrupted)
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(out)])
    assert result.exit_code == 130 and "interrupted" in result.output
    assert out.read_text() == "old\n" and [p.name for p in tmp_path.iterdir()] == ["graph.nq"]


def test_stdin_builds_to_nquads_in_memory_and_is_refused_for_a_stream(tmp_path: Path) -> None:
    # A streaming build reads its inputs twice; standard input can be read once.
    seed = sorted(SEEDS.iterdir())[0]
    built = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path / "stdin.nq")], input=seed.read_text())
    assert built.exit_code == 0, built.output
    assert built.output.startswith("built 1 document(s), 7 assertion(s), 1170 quad(s)")
    streamed = CliRunner().invoke(main, ["build", "-", "-o", str(tmp_path / "s.nq"), "--stream"],
                                  input=seed.read_text())
    assert streamed.exit_code == 1 and not (tmp_path / "s.nq").exists()
    assert "a streaming build reads its inputs twice, and - can be read once: save it to a file" in streamed.output


def test_progress_goes_to_stderr_for_every_kind_of_build(tmp_path: Path) -> None:
    # Found by a user: --progress did nothing for a Turtle (in-memory) build.
    for name in ("g.ttl", "g.nq"):
        result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / name), "--progress"])
        assert result.exit_code == 0, result.output
        assert "extracting" in result.stderr and "2/2" in result.stderr
        assert result.stdout.startswith("built 2 document(s)") and "extracting" not in result.stdout


@pytest.mark.parametrize("output", ["graph.nq", "graph.ttl", "store"])
def test_a_build_does_not_read_its_own_output_back(tmp_path: Path, output: str) -> None:
    # Found by a user: `kg build proj -o proj/graph.nq` run twice read the first graph as a
    # third document (its title an N-Quads line), and a store's RocksDB log as a fourth.
    project = tmp_path / "proj"
    shutil.copytree(SEEDS, project)
    target = ["--store", str(project / output)] if output == "store" else ["-o", str(project / output)]
    first = CliRunner().invoke(main, ["build", str(project), *target])
    assert first.exit_code == 0, first.output
    again = CliRunner().invoke(main, ["build", str(project), *target])
    assert again.exit_code == 0, again.output
    summary = "built 0 document(s), 2 already in the store" if output == "store" else "built 2 document(s), 12 assertion"
    assert again.stdout.startswith(summary), again.stdout
    kind = "an Oxigraph store, not documents" if output == "store" else "a graph kg writes, not a document"
    assert f"note: {project / output}: {kind}: skipped\n" in again.stderr
    (project / "later").mkdir()      # and an empty folder is named too (it was silent)
    third = CliRunner().invoke(main, ["build", str(project), *target])
    assert f"note: {project / 'later'}: an empty directory: nothing to read\n" in third.stderr
    assert third.exit_code == 0
    # Given by name, a graph file is refused as input, with what to do instead.
    if output != "store":
        named = CliRunner().invoke(main, ["build", str(project / output), "-o", str(tmp_path / "x.nq")])
        assert named.exit_code == 1
        assert f"{project / output}: a graph ({Path(output).suffix}), not a document" in named.output
        assert f"kg query -g {project / output}" in named.output


def test_a_store_is_not_written_among_other_files(tmp_path: Path) -> None:
    (tmp_path / "mine").mkdir()
    (tmp_path / "mine" / "notes.txt").write_text("keep me\n")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "mine")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'mine'} holds files and is not an Oxigraph store" in result.output
    assert sorted(p.name for p in (tmp_path / "mine").iterdir()) == ["notes.txt"]


def test_an_engine_given_for_a_store_is_noted(tmp_path: Path) -> None:
    """Found by a new user: `--engine rdflib` on a store was silently ignored."""
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    asked = CliRunner().invoke(main, ["query", "drug_targets", "-g", str(store), "--engine", "rdflib",
                                      "--format", "csv"])
    assert asked.exit_code == 0 and "CHEBI:45783,imatinib,kg:inhibits,HGNC:6342,KIT" in asked.stdout
    assert asked.stderr == (f"note: --engine rdflib is for a graph file; the store {store} is always queried "
                            f"in Oxigraph\n")
    default = CliRunner().invoke(main, ["query", "drug_targets", "-g", str(store), "--format", "csv"])
    assert (default.exit_code, default.stderr, default.stdout) == (0, "", asked.stdout)


def test_a_store_another_process_writes_is_named_as_such(tmp_path: Path) -> None:
    store = tmp_path / "store"
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)]).exit_code == 0
    held = pyoxigraph.Store(str(store))           # open for writing, as a running build has it
    try:
        result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(store)])
    finally:
        del held
    assert result.exit_code == 1
    assert "another process (a build?) has it open for writing; wait for it to finish" in result.output


@pytest.mark.parametrize(("extra", "group"), [([], False), (["--workers", "2"], False), (["--workers", "2"], True)])
def test_sigterm_ends_a_build_with_status_143_and_leaves_no_temporary_file(tmp_path: Path, extra: list[str],
                                                                          group: bool) -> None:
    # Found by a user: `kill` (or `timeout`, a scheduler) left a hidden partial output and
    # the evidence table behind; Ctrl-C cleaned up. A real signal, mid-build; to the whole
    # process group (`kill -TERM -PGID`, a batch scheduler), the pool's workers get it too.
    out, tmp = tmp_path / "graph.nq", tmp_path / "tmp"
    out.write_text("old\n")
    tmp.mkdir()
    process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), *extra],
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env={**os.environ, "TMPDIR": str(tmp)}, start_new_session=group)
    deadline = time.monotonic() + 60
    while not any(p.name.startswith(".graph.nq.") for p in tmp_path.iterdir()):   # the build has begun
        assert time.monotonic() < deadline and process.poll() is None, process.communicate()
        time.sleep(0.01)
    if group:
        os.killpg(process.pid, signal.SIGTERM)
    else:
        process.send_signal(signal.SIGTERM)
    _, err = process.communicate(timeout=60)
    assert process.returncode == 143, err
    assert err.strip().endswith("terminated") and "Traceback" not in err and "leaked" not in err
    assert out.read_text() == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["graph.nq", "tmp"]
    assert list(tmp.iterdir()) == []


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGTERM])
def test_a_stop_after_a_build_s_summary_is_ignored(tmp_path: Path, stop: int) -> None:
    # Found by a user: Ctrl-C in the half second after the summary (Python's teardown)
    # printed tracebacks or ended with 130 though the output was complete.
    out = tmp_path / "graph.nq"
    for _ in range(2):
        process = subprocess.Popen([sys.executable, "-m", "kg", "build", str(SEEDS), "-o", str(out), "--stream",
                                    "--no-progress"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert process.stdout is not None
        summary = process.stdout.readline()
        process.send_signal(stop)
        _, err = process.communicate(timeout=60)
        assert summary.startswith("built 2 document(s)") and (process.returncode, err) == (0, "")
        assert out.read_text(encoding="utf-8").count("\n") == 1949


def test_store_errors_say_what_happened(tmp_path: Path) -> None:
    # Found in review: any error under a path holding "lock" (blocks/, clock) was called a held lock.
    (tmp_path / "blocks").mkdir()
    (tmp_path / "blocks" / "afile").write_text("a file\n")
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "blocks" / "afile" / "store")])
    assert result.exit_code == 1 and "open for writing" not in result.output
    assert "cannot open the Oxigraph store at" in result.output
    # A directory with only hidden files (.gitkeep) is as good as empty.
    (tmp_path / "kept").mkdir()
    (tmp_path / "kept" / ".gitkeep").write_text("")
    assert CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "kept")]).exit_code == 0


def test_a_build_skips_the_views_and_exports_kg_wrote_into_its_input(tmp_path: Path) -> None:
    # Found by a user: kg viz's page in the input folder was read as the paper itself (its
    # text replaced by the HTML), its PNG and the GraphML failed the build.
    project = tmp_path / "proj"
    shutil.copytree(SEEDS, project)
    graph = tmp_path / "g.nq"
    assert CliRunner().invoke(main, ["build", str(project), "-o", str(graph)]).exit_code == 0
    assert CliRunner().invoke(main, ["viz", "-g", str(graph), "-o", str(project / "views")]).exit_code == 0
    for fmt, name in (("graphml", "g.graphml"), ("cytoscape", "g.cyjs"), ("kgx", "kgx")):
        assert CliRunner().invoke(main, ["export", "-g", str(graph), "--format", fmt, "-o", str(project / name)]
                                  ).exit_code == 0
    again = CliRunner().invoke(main, ["build", str(project), "-o", str(tmp_path / "again.nq")])
    assert again.exit_code == 0, again.output
    assert again.stdout.startswith("built 2 document(s), 12 assertion(s), 1949 quad(s)")
    skipped = sorted(line.split(": ")[1] for line in again.stderr.splitlines() if line.startswith("note: "))
    assert [Path(p).relative_to(project).as_posix() for p in skipped] == [
        "g.cyjs", "g.graphml", "kgx/edges.tsv", "kgx/nodes.tsv", "views/drug_mutation.html",
        "views/drug_mutation.png", "views/drug_mutation.svg", "views/matrix.html"]


def test_a_store_is_made_under_folders_that_do_not_exist_yet(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "--store", str(tmp_path / "out" / "stores" / "s")])
    assert result.exit_code == 0, result.output


@pytest.mark.parametrize("where", ["file", "store"])
def test_a_stop_before_the_build_begins_leaves_no_temporary_output(tmp_path: Path, where: str,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    # Found in CI on a busy machine: SIGTERM that landed after the output's temporary file
    # was made but before the build began (in its imports) left the file behind.
    import kg.cli

    def stopped(paths: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(kg.cli, "_skipped_notes", stopped)
    target = ["-o", str(tmp_path / "graph.nq")] if where == "file" else ["--store", str(tmp_path / "store")]
    result = CliRunner().invoke(main, ["build", str(SEEDS), *target])
    assert result.exit_code == 130 and "interrupted" in result.output
    assert list(tmp_path.iterdir()) == []
