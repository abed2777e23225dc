"""The HTML view in a real headless browser: Debian's chromium driven by chromedriver (selenium).

Without a browser these tests skip, saying how to install one; with KG_REQUIRE_BROWSER=1
(set by .ci/run) a missing browser fails them. Screenshots are kept in
out/test-artifacts/ for a person to look at.
"""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from rdflib import Graph

from kg.landscape import Edge, EvidenceView, Landscape, Node, landscape
from kg.viz import render_html
from tests.conftest import ROOT

CHROMIUM, CHROMEDRIVER = "/usr/bin/chromium", "/usr/bin/chromedriver"
ARTIFACTS = ROOT / "out" / "test-artifacts"
SEED_NODES = ["CHEBI:45783", "kgr:mutation-KIT-exon9-mutation", "HGNC:6342", "MONDO:0011719"]
INSTALL = ("apt-get install chromium chromium-driver (Debian's browser and driver) and "
           "pip install selenium (the test extra)")


def _missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed"
    for path in (CHROMIUM, CHROMEDRIVER):
        if not (shutil.which(path) or Path(path).exists()):
            return f"{path} not found"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _missing()
    if missing:
        if os.environ.get("KG_REQUIRE_BROWSER") == "1":
            pytest.fail(f"{missing}; KG_REQUIRE_BROWSER=1 makes a missing browser a failure ({INSTALL})")
        pytest.skip(f"{missing}: {INSTALL}")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    # Offline machine: no background connections, no first-run, no sandbox (CI runs as root).
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1400,900"):
        options.add_argument(arg)
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="module")
def page(graph: Graph, tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("viz") / "drug_mutation.html"
    path.write_text(render_html(landscape(graph)), encoding="utf-8")
    return path


def _open(browser: Any, path: Path) -> None:
    browser.get(path.as_uri())
    from selenium.webdriver.support.ui import WebDriverWait

    WebDriverWait(browser, 20).until(lambda d: d.execute_script("return window.kgView && window.kgView.ready"))


def _errors(browser: Any) -> list[str]:
    logged = [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]
    return logged + list(browser.execute_script("return window.kgErrors"))


def _click_edge(browser: Any, edge: str) -> None:
    """A real mouse click where the page draws ``edge``."""
    from selenium.webdriver.common.actions.action_builder import ActionBuilder

    point = browser.execute_script("return window.kgView.edgePoint(arguments[0])", edge)
    actions = ActionBuilder(browser)
    actions.pointer_action.move_to_location(int(point["x"]), int(point["y"]))
    actions.pointer_action.click()
    actions.perform()


def _shot(browser: Any, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    assert browser.save_screenshot(str(path))
    assert path.read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    return path


def test_page_loads_from_a_file_url_without_errors_and_shows_the_seeds(browser: Any, page: Path) -> None:
    _open(browser, page)
    assert _errors(browser) == []
    shown = browser.execute_script("return window.kgView.shown")
    assert shown["nodes"] == SEED_NODES
    assert len(shown["edges"]) == 8
    # vis-network drew the nodes: it reports a position for each.
    positions = browser.execute_script("return window.kgView.positions()")
    assert sorted(positions) == sorted(SEED_NODES)
    _shot(browser, "landscape-seeds.png")


def test_clicking_an_edge_shows_its_evidence_with_the_mentions_highlighted(browser: Any, page: Path,
                                                                          graph: Graph) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, page)
    [edge] = [e for e in landscape(graph).edges if e.direction == "sensitivity"]
    _click_edge(browser, edge.id)
    panel = browser.find_element(By.ID, "evidence")
    assert panel.get_attribute("data-edge") == edge.id
    assert panel.find_element(By.TAG_NAME, "h2").text == "KIT exon 9 mutation —confersSensitivityTo→ imatinib"
    marks = [(m.text, m.get_attribute("class")) for m in panel.find_elements(By.TAG_NAME, "mark")]
    assert marks == [("Imatinib", "object"), ("exon 9 mutation", "subject")]
    assert edge.evidence[0].text in panel.text
    assert "hedged: may" in panel.text
    link = panel.find_element(By.TAG_NAME, "a")
    assert (link.text, link.get_attribute("href")) == (
        "DOI:10.2165/00003495-200767050-00012", "https://doi.org/10.2165/00003495-200767050-00012")
    assert _errors(browser) == []
    _shot(browser, "landscape-evidence.png")


def test_filters_by_confidence_and_drug(browser: Any, page: Path, graph: Graph) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import Select

    _open(browser, page)
    view = landscape(graph)
    slider = browser.find_element(By.ID, "filter-confidence")
    browser.execute_script("arguments[0].value = '0.5'; arguments[0].dispatchEvent(new Event('input'))", slider)
    shown = browser.execute_script("return window.kgView.shown")
    assert shown["edges"] == [e.id for e in view.edges if e.confidence >= 0.5]
    assert browser.find_element(By.ID, "confidence-value").text == "0.50"
    browser.execute_script("arguments[0].value = '0'; arguments[0].dispatchEvent(new Event('input'))", slider)
    Select(browser.find_element(By.ID, "filter-Target")).select_by_visible_text("KIT")
    shown = browser.execute_script("return window.kgView.shown")
    # KIT and what it touches: imatinib (inhibits), the exon 9 mutation (mutationOf), GIST (associatedWith).
    assert sorted(shown["nodes"]) == sorted(SEED_NODES)
    Select(browser.find_element(By.ID, "filter-Target")).select_by_visible_text("all")
    Select(browser.find_element(By.ID, "filter-Drug")).select_by_visible_text("imatinib")
    browser.find_element(By.ID, "filter-context").click()          # response edges only
    shown = browser.execute_script("return window.kgView.shown")
    [sensitivity] = [e.id for e in view.edges if e.direction == "sensitivity"]
    assert shown == {"nodes": ["CHEBI:45783", "kgr:mutation-KIT-exon9-mutation"], "edges": [sensitivity]}
    assert _errors(browser) == []


def test_matrix_cell_shows_the_drug_mutation_evidence(browser: Any, page: Path) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, page)
    browser.find_element(By.ID, "tab-matrix").click()
    table = browser.find_element(By.CSS_SELECTOR, "table.matrix")
    assert [th.text for th in table.find_elements(By.CSS_SELECTOR, "thead th")] == ["drug \\ mutation",
                                                                                   "KIT exon 9 mutation"]
    assert [th.text for th in table.find_elements(By.CSS_SELECTOR, "tbody th")] == ["imatinib"]
    [cell] = table.find_elements(By.CSS_SELECTOR, "td.filled")
    assert (cell.text, cell.get_attribute("class")) == ("1", "filled sensitivity")
    cell.click()
    panel = browser.find_element(By.ID, "evidence")
    assert "KIT exon 9 mutation —confersSensitivityTo→ imatinib" in panel.text
    _shot(browser, "matrix-seeds.png")
    assert _errors(browser) == []


def test_script_in_document_text_is_shown_never_run(browser: Any, tmp_path: Path) -> None:
    from selenium.webdriver.common.by import By

    attack = "BRAF V600E <script>window.kgPwned = 1</script> confers resistance <img src=x onerror='window.kgPwned=2'>"
    label = "</script><script>window.kgPwned = 3</script>"
    nodes = (Node("d", label, "Drug", 1), Node("m", "BRAF V600E", "Mutation", 1))
    evidence = EvidenceView(attack, "PMID:1", "https://pubmed.ncbi.nlm.nih.gov/1/", False, False, False, "",
                            ((0, 10, "subject"),))
    edge = Edge("e0", "m", "d", "confersResistanceTo", "resistance", 0.9, False, False, False, True, ("PMID:1",),
                (evidence,))
    path = tmp_path / "attack.html"
    path.write_text(render_html(Landscape(nodes, (edge,)), title="<script>window.kgPwned = 4</script>"))
    _open(browser, path)
    _click_edge(browser, "e0")
    panel = browser.find_element(By.ID, "evidence")
    assert attack[10:] in panel.text                                   # shown as text …
    assert panel.find_element(By.TAG_NAME, "h2").text == f"BRAF V600E —confersResistanceTo→ {label}"
    assert panel.find_elements(By.TAG_NAME, "img") == [] and panel.find_elements(By.TAG_NAME, "script") == []
    assert browser.execute_script("return window.kgPwned === undefined")  # … never run
    assert browser.title == "<script>window.kgPwned = 4</script>"
    assert _errors(browser) == []


def test_a_claim_stated_only_as_negated_is_drawn_grey_and_dotted(browser: Any, tmp_path: Path) -> None:
    """Found by a new user: a negated sensitivity drawn in green dashes read as a weak one."""
    ev = EvidenceView("s", "PMID:1", "", True, False, False, "no", ())
    nodes = (Node("d", "sotorasib", "Drug", 1), Node("m", "KRAS G12D", "Mutation", 1), Node("n", "KRAS G12C", "Mutation", 1))
    edges = (Edge("neg", "m", "d", "confersSensitivityTo", "sensitivity", 0.0, False, False, False, False, ("PMID:1",), (ev,)),
             Edge("pos", "n", "d", "confersSensitivityTo", "sensitivity", 0.6, False, False, False, True, ("PMID:1",), (ev,)))
    path = tmp_path / "negated.html"
    path.write_text(render_html(Landscape(nodes, edges)), encoding="utf-8")
    _open(browser, path)
    assert _errors(browser) == []
    styles = {e: browser.execute_script("return window.kgView.edgeStyle(arguments[0])", e) for e in ("neg", "pos")}
    assert styles == {"neg": {"color": "#b0b0b0", "dashes": [2, 5]}, "pos": {"color": "#1a9850", "dashes": False}}
