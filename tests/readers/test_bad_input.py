"""Bad input: a clear error naming the file; the rest of the batch is still built."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import KGWarning, ReaderError
from kg.readers import iter_files, read_file, read_paths
from tests.conftest import SEEDS

BAD = {
    "junk.bin": (b"\x00\x01\x02\xff\xfe binary", "binary file"),
    "empty.txt": (b"  \n\n", "empty file"),
    "notes.txt": (b"Just some notes about nothing in particular.\n", "unrecognised document shape"),
    "latin1.txt": ("Caf\xe9 notes".encode("latin-1"), "not UTF-8 text: byte 0xe9 at offset 3"),
    "broken.md": (b"---\ntitle: [unclosed\n---\nbody\n", "front matter is not valid YAML"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_names_itself_and_the_problem(tmp_path: Path, name: str) -> None:
    data, reason = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError) as error:
        read_file(path)
    assert str(error.value).startswith(f"{path}: ")
    assert reason in str(error.value)


@pytest.fixture
def mixed(tmp_path: Path) -> Path:
    folder = tmp_path / "batch"
    shutil.copytree(SEEDS, folder / "good")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    return folder


def test_read_paths_keeps_the_good_documents(mixed: Path) -> None:
    with pytest.warns(KGWarning) as warned:
        result = read_paths([mixed])
    assert sorted(d.curie for d in result.documents) == ["DOI:10.2165/00003495-200767050-00012", "PMID:12181401"]
    assert sorted(Path(f.path).name for f in result.failures) == sorted(BAD)
    assert len(warned) == len(BAD)


def test_cli_build_reports_failures_and_exits_non_zero(mixed: Path, tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(mixed), "-o", str(out)])
    assert result.exit_code == 1
    assert "built 2 document(s)" in result.output
    for name, (_, reason) in BAD.items():
        assert f"error: {mixed / name}: " in result.output and reason in result.output
    assert "5 error(s) in 5 input(s); the rest was built." in result.output
    assert "imatinib" in out.read_text()


def test_cli_build_counts_errors_and_the_inputs_they_are_in(tmp_path: Path) -> None:
    """Found by a new user: two bad documents of one PubTator file and a bad JSON file were
    "3 input(s) failed"; they are three errors in two inputs."""
    (tmp_path / "multi.pubtator").write_text(
        "1|t|A broken document about imatinib\n1|x|this line is wrong\n\n"
        "2|t|Nilotinib in CML.\n2|a|Nilotinib induced responses in patients with chronic myeloid leukemia.\n\n"
        "3|t|Cut short\n")
    (tmp_path / "other.json").write_text('{"what": "not a document"}')
    result = CliRunner().invoke(main, ["build", str(tmp_path), "-o", str(tmp_path / "graph.ttl")])
    assert result.exit_code == 1
    assert "built 1 document(s)" in result.output
    assert result.output.count(f"error: {tmp_path / 'multi.pubtator'}: ") == 2
    assert "3 error(s) in 2 input(s); the rest was built." in result.output


def test_cli_build_keeps_the_previous_graph_when_nothing_can_be_read(tmp_path: Path) -> None:
    out = tmp_path / "graph.ttl"
    out.write_text("# an earlier build\n")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = CliRunner().invoke(main, ["build", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == 1 and "empty file" in result.output
    assert out.read_text() == "# an earlier build\n"


def test_missing_path_is_an_input_failure(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), str(tmp_path / "nope.txt"), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert f"{tmp_path / 'nope.txt'}: no such file or directory" in result.output
    assert "built 2 document(s)" in result.output


def test_unknown_output_extension_is_refused(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path / "g.xlsx")])
    assert result.exit_code == 1
    assert f"cannot write {tmp_path / 'g.xlsx'}: unknown extension '.xlsx'; use one of .ttl, .nt, .nq, .trig, .jsonld" \
        in result.output
    # Found by a user: -o DIR said "cannot write 'o'", neither the path nor what to give.
    into = CliRunner().invoke(main, ["build", str(SEEDS), "-o", str(tmp_path)])
    assert into.exit_code == 1
    assert (f"cannot write {tmp_path}: it is a directory; give a file such as {tmp_path / 'graph.nq'} "
            f"(or --store {tmp_path} for an Oxigraph store)") in into.output


def test_empty_directory_is_an_input_failure(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    empty.mkdir()
    result = CliRunner().invoke(main, ["build", str(empty), "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 1
    assert f"error: {empty}: directory holds no files to read" in result.output
    assert "nothing was built: no document could be read" in result.output
    assert not (tmp_path / "g.ttl").exists()


def test_the_same_article_twice_is_built_once_with_a_note(tmp_path: Path) -> None:
    (tmp_path / "a.md").write_bytes((SEEDS / "000_ab544946733a2db7.txt").read_bytes())
    changed = (SEEDS / "000_ab544946733a2db7.txt").read_text().replace("147 patients", "148 patients")
    (tmp_path / "b.md").write_text(changed)
    result = CliRunner().invoke(main, ["build", str(tmp_path / "a.md"), str(tmp_path / "b.md"),
                                       "-o", str(tmp_path / "g.ttl")])
    assert result.exit_code == 0
    assert (f"note: PMID:12181401 is in both {tmp_path / 'a.md'} and {tmp_path / 'b.md'} "
            f"(with a different text; kept {tmp_path / 'a.md'})") in result.output
    assert "built 1 document(s)" in result.output


def test_library_accepts_string_paths(tmp_path: Path) -> None:
    import kg

    result = kg.build([str(SEEDS)])
    written = kg.write_graph(result.dataset, str(tmp_path / "g.nq"))
    assert len(kg.load_graph(str(written))) == len(result.dataset)


def test_a_pubtator_file_with_one_broken_document_keeps_the_others(tmp_path: Path) -> None:
    # Found by a user: one truncated last line lost every document of the file.
    good = (Path(__file__).resolve().parents[1] / "data" / "shapes" / "corpus.pubtator").read_text()
    broken = tmp_path / "cut.pubtator"
    broken.write_text(good.rstrip("\n") + "\n\n55550001|t|A third title.\n55550001|a|Imatinib inhibits KIT.\n55550001\t0\t8")
    with pytest.warns(KGWarning, match="cut.pubtator: line 17: neither a mention nor a relation line"):
        result = read_paths([broken])
    assert [d.pmid for d in result.documents] == ["12181401", "99000103"]
    [failure] = result.failures
    assert failure.path == str(broken)
    assert failure.reason == ("line 17: neither a mention nor a relation line: '55550001\\t0\\t8' "
                              "(that document left out; the file's other 2 read)")
    # A caller reading whole files still sees the file fail, naming the document.
    with pytest.raises(ReaderError, match=r"1 of its 3 documents could not be read: line 17: "):
        read_file(broken)
    built = CliRunner().invoke(main, ["build", str(broken), "-o", str(tmp_path / "g.nq")])
    assert built.exit_code == 1 and "built 2 document(s)" in built.output
    assert f"error: {broken}: line 17: neither a mention nor a relation line" in built.output


@pytest.mark.parametrize(("line", "reason"), [
    # Found by a new user: a line of prose was read as a line of a document whose id is the
    # whole line ("line for 'this line is garbage' inside document …").
    ("this line is garbage", "line 3: neither a mention nor a relation line: 'this line is garbage'"),
    ("55550009\t0\t8\tImatinib\tChemical", "line 3: line for '55550009' inside document '55550001'"),
])
def test_a_stray_line_in_a_pubtator_document_is_named_for_what_it_is(tmp_path: Path, line: str, reason: str) -> None:
    path = tmp_path / "stray.pubtator"
    path.write_text(f"55550001|t|A title.\n55550001|a|Imatinib inhibits KIT.\n{line}\n")
    with pytest.raises(ReaderError) as error:
        read_file(path)
    assert str(error.value) == f"{path}: {reason}"


@pytest.mark.parametrize("tail", ["55550001|t|A novel mutation at", "55550001|t|"])
def test_a_pubtator_file_cut_after_a_title_reports_that_document(tmp_path: Path, tail: str) -> None:
    # Found by a user: a file cut after a title line built the article with half a title
    # (or none), silently, and a store then kept the cut text for good.
    good = (Path(__file__).resolve().parents[1] / "data" / "shapes" / "corpus.pubtator").read_text()
    cut = tmp_path / "cut.pubtator"
    cut.write_text(good.rstrip("\n") + "\n\n" + tail)
    with pytest.warns(KGWarning, match="has no abstract line"):
        result = read_paths([cut])
    assert [d.pmid for d in result.documents] == ["12181401", "99000103"]
    [failure] = result.failures
    assert failure.reason == ("line 15: document '55550001' has no abstract line ('55550001|a|…', empty if the "
                              "article has none): cut short? (that document left out; the file's other 2 read)")


def test_a_title_only_document_without_a_blank_line_costs_only_itself(tmp_path: Path) -> None:
    # Found by a user: a cut document followed straight by the next one lost both, and
    # the message named only the first.
    mixed = tmp_path / "mid.pubtator"
    mixed.write_text("55550005|t|First title.\n55550005|a|Imatinib inhibits KIT.\n\n"
                     "55550006|t|A cut\n"
                     "55550007|t|Third title.\n55550007|a|Sunitinib inhibits KIT.\n55550007\t0\t5\tThird\tChemical\t-\n\n"
                     "55550008|t|Fourth title.\n55550008|a|Nilotinib.\n")
    with pytest.warns(KGWarning):
        result = read_paths([mixed])
    assert [d.pmid for d in result.documents] == ["55550005", "55550007", "55550008"]
    assert result.documents[1].text == "Third title. Sunitinib inhibits KIT."
    assert [a.text for a in result.documents[1].annotations] == ["Third"]
    [failure] = result.failures
    assert failure.reason.startswith("line 4: document '55550006' has no abstract line")


def test_files_are_walked_in_path_order(tmp_path: Path) -> None:
    for name in ("b.txt", "a.txt", "a/x.txt", "a/.hidden.txt", ".git/config"):
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text("text\n")
    # As sorted(Path.rglob()) had them: which copy of an article is kept depends on it.
    assert [p.relative_to(tmp_path).as_posix() for p in iter_files([tmp_path])] == ["a/x.txt", "a.txt", "b.txt"]


def test_an_unreadable_folder_in_the_input_is_named_and_the_rest_builds(tmp_path: Path) -> None:
    # Found in review: a folder this user cannot read (lost+found on a mounted volume) gave
    # a traceback, where it used to be passed over. For real: root reads any folder, so as
    # root the build runs without that power (setpriv, from util-linux).
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    locked = corpus / "lost+found"
    locked.mkdir()
    locked.chmod(0o000)
    drop = ["setpriv", "--inh-caps=-all", "--bounding-set=-all"] if os.geteuid() == 0 else []
    try:
        result = subprocess.run([*drop, sys.executable, "-m", "kg", "build", str(corpus), "-o", str(tmp_path / "g.nq"),
                                 "--rules-only"], capture_output=True, text=True, timeout=300)
    finally:
        locked.chmod(0o700)     # for pytest to remove it
    assert result.returncode == 0, result.stderr
    assert f"note: {locked}: cannot be read: Permission denied: skipped" in result.stderr
    assert result.stdout.startswith("built 2 document(s)")
