"""Every offset in the graph gives back its text from the Publication's kg:sourceText."""

from __future__ import annotations

from rdflib import Graph

from tests.conftest import select


def test_every_evidence_span_is_its_sentence(graph: Graph) -> None:
    rows = select(graph, """
        SELECT ?e ?source ?start ?end ?text WHERE {
          ?e a kg:Evidence ; kg:fromPublication ?pub ; kg:start ?start ; kg:end ?end ; kg:text ?text .
          ?pub kg:sourceText ?source }""")
    assert len(rows) >= 30
    for node, source, start, end, text in rows:
        assert source[start:end] == text, node


def test_every_mention_span_is_its_text(graph: Graph) -> None:
    rows = select(graph, """
        SELECT ?m ?source ?start ?end ?text WHERE {
          ?m a kg:Mention ; kg:fromPublication ?pub ; kg:mentionStart ?start ; kg:mentionEnd ?end ;
             kg:mentionText ?text .
          ?pub kg:sourceText ?source }""")
    assert len(rows) >= 60
    for node, source, start, end, text in rows:
        assert 0 <= start < end <= len(source)
        assert source[start:end] == text, node


def test_assertion_spans_name_the_asserted_entities(graph: Graph) -> None:
    """The subject and object spans of each evidence denote the assertion's subject and object."""
    rows = select(graph, """
        SELECT ?a ?s ?o ?sd ?od ?sStart ?oStart ?start ?end ?inferred WHERE {
          ?a a kg:Assertion ; kg:assertedSubject ?s ; kg:assertedObject ?o ; kg:evidence ?e .
          ?e kg:subjectSpan ?ss ; kg:objectSpan ?os ; kg:start ?start ; kg:end ?end ; kg:inferred ?inferred .
          ?ss kg:denotes ?sd ; kg:mentionStart ?sStart . ?os kg:denotes ?od ; kg:mentionStart ?oStart }""")
    assert len(rows) >= 17
    for a, s, o, sd, od, s_start, o_start, start, end, inferred in rows:
        assert (sd, od) == (s, o), a
        inside = [start <= s_start < end, start <= o_start < end]
        # A stated link has both mentions in its sentence; an inferred one may reach outside.
        assert all(inside) or inferred, a


def test_seed000_text_is_title_space_abstract(graph: Graph) -> None:
    [(text,)] = select(graph, "SELECT ?t WHERE { ?p bibo:pmid '12181401' ; kg:sourceText ?t }")
    assert text.startswith("Efficacy and safety of imatinib mesylate in advanced gastrointestinal stromal tumors. "
                           "BACKGROUND: Constitutive activation of KIT")
    assert text.endswith("which resist conventional chemotherapy.")
    assert "\n" not in text and "  " not in text and "Comment in" not in text
