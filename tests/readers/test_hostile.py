"""Hostile and broken XML next to good files: the good ones build, each bad one is named."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from kg.cli import main
from kg.errors import ReaderError
from kg.readers import read_file
from tests.conftest import SEEDS

SHAPES = Path(__file__).resolve().parents[1] / "data" / "shapes"

BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE PubmedArticleSet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article>
<ArticleTitle>&lol3;</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>
"""
EXTERNAL_ENTITY = b"""<?xml version="1.0"?>
<!DOCTYPE collection [<!ENTITY secret SYSTEM "file:///etc/passwd">]>
<collection><source>x</source><document><id>1</id><passage><offset>0</offset><text>&secret;</text></passage></document></collection>
"""
BAD = {
    "laughs.xml": (BILLION_LAUGHS, "XML refused for safety: EntitiesForbidden"),
    "external.xml": (EXTERNAL_ENTITY, "XML refused for safety: EntitiesForbidden"),
    "junk.bin": (bytes(range(256)) * 4, "binary file"),
    "truncated.xml": ((SHAPES / "pubmed.xml").read_bytes()[:1500], "malformed XML: no element found: line"),
    "empty.xml": (b"", "empty file"),
    "truncated.xml.gz": (b"\x1f\x8b\x08\x00\x00\x00\x00\x00\x00\x03\xcb\x48", "broken gzip file"),
    "bad.json": (b'{"documents": [ {"id": "1", "passages": [ }', "malformed JSON at line 1"),
    "latin1.nbib": ("PMID- 1\nTI  - Caf\xe9 au lait spots.\nAB  - Many caf\xe9 au lait spots were seen.\n"
                    .encode("latin-1"), "it looks like Latin-1 or Windows-1252: re-save it as UTF-8"),
    # A UTF-16 byte-order mark, then an odd number of bytes: no UTF-16 text (was called Latin-1).
    "odd.nbib": (b"\xff\xfePMID- 12\n", "not UTF-16 text, though it starts with a UTF-16 byte-order mark"),
}


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_hostile_file_is_refused_with_its_reason(tmp_path: Path, name: str) -> None:
    data, reason = BAD[name]
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(ReaderError) as error:
        read_file(path)
    assert str(error.value).startswith(f"{path}: ") and reason in str(error.value), str(error.value)


def test_doctype_lines_are_allowed(tmp_path: Path) -> None:
    """Real PubMed and BioC files carry a DOCTYPE: only entities are forbidden."""
    assert read_file(SHAPES / "pubmed.xml")[0].pmid == "12181401"
    assert read_file(SHAPES / "corpus.bioc.xml")[0].pmid == "12181401"


def test_latin1_xml_with_its_declaration_reads(tmp_path: Path) -> None:
    text = (SHAPES / "pubmed.xml").read_text().replace('<?xml version="1.0" ?>', '<?xml version="1.0" encoding="ISO-8859-1"?>')
    text = text.replace("Adjuvant <i>imatinib</i>", "Adjuvant <i>imatinib</i> café")
    path = tmp_path / "latin1.xml"
    path.write_bytes(text.encode("latin-1"))
    assert read_file(path)[1].title == "Adjuvant imatinib café for KIT-mutant GIST: a randomized trial."


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be"])
def test_utf16_text_with_its_byte_order_mark_reads(tmp_path: Path, codec: str) -> None:
    # What Windows editors save as "Unicode" text: once refused as binary (its NUL bytes).
    text = "PMID- 1\r\nTI  - Caf\xe9 au lait spots with imatinib.\r\nAB  - Many caf\xe9 au lait spots were seen.\r\n"
    path = tmp_path / "note.nbib"
    path.write_bytes(("\ufeff" + text).encode(codec) if codec == "utf-16-be" else text.encode(codec))
    [document] = read_file(path)
    assert document.pmid == "1" and document.title == "Caf\xe9 au lait spots with imatinib."


def test_mixed_directory_builds_the_good_files_and_names_the_bad(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    shutil.copytree(SEEDS, folder / "seeds")
    shutil.copy(SHAPES / "medline.nbib", folder / "good.nbib")
    for name, (data, _) in BAD.items():
        (folder / name).write_bytes(data)
    out = tmp_path / "graph.ttl"
    result = CliRunner().invoke(main, ["build", str(folder), "-o", str(out)])
    assert result.exit_code == 1
    assert "built 3 document(s)" in result.output  # two seeds and a MEDLINE letter (its other record is seed 000)
    for name, (_, reason) in BAD.items():
        assert f"error: {folder / name}: " in result.output and reason in result.output, name
    assert f"{len(BAD)} error(s) in {len(BAD)} input(s); the rest was built." in result.output
    assert out.exists()
