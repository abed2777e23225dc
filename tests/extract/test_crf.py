"""The fast CRF scorer: exact weights from the model file, and the labels of tagging with feature strings."""

from __future__ import annotations

import struct
from pathlib import Path

import numpy
import pytest

from kg.extract import crf as crf_module
from kg.extract import load_lexicon, load_tagger, rule_mentions
from kg.extract.crf import ModelFormatError, Weights, viterbi
from kg.extract.tagger import _crf, _scorer, hint_tags, tokens
from kg.model import Document
from kg.readers import read_paths
from tests.conftest import SEEDS


def _labels_both_ways(paths: list[Path]) -> tuple[int, list[str]]:
    """How many documents were tagged, and those whose labels differ between the scorer and feature strings."""
    lexicon, tagger = load_lexicon(), load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None, "the shipped models must be readable by kg.extract.crf"
    differ, inputs, expected = [], [], []
    for document in read_paths(paths).documents:
        toks = tokens(document.text)
        if not toks:
            continue
        tags = hint_tags(toks, rule_mentions(document, lexicon)[0])
        inputs.append((toks, tags))
        expected.append(tagger.labels(document.text, toks, tags))
        if scorer.tag(toks, tags) != expected[-1]:
            differ.append(document.curie)
    # Decoded together by numpy (kg.extract.crf.viterbi), each sequence as CRFsuite decodes it alone.
    together = scorer.tag_many(inputs)
    differ += [f"{i} (decoded together)" for i, (got, want) in enumerate(zip(together, expected, strict=True))
               if got != want]
    return len(inputs), differ


def test_scorer_labels_the_seeds_as_feature_strings_do() -> None:
    count, differ = _labels_both_ways([SEEDS])
    assert count == 2 and differ == []


def test_scorer_labels_biored_dev_as_feature_strings_do(shared: Path) -> None:
    # 100 real abstracts, ~27,000 tokens, two models: one wrong offset or weight changes labels.
    count, differ = _labels_both_ways([shared / "corpora" / "BioRED" / "Dev.PubTator"])
    assert count == 100 and differ == []


def test_scorer_scores_are_crfsuites_sums_of_feature_weights() -> None:
    tagger = load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    text = "Imatinib inhibits KIT D816V in mastocytosis."
    toks = tokens(text)
    tags = ["B-Chemical", "O", "B-Gene", "B-Variant", "O", "B-Disease", "O"]
    from kg.extract.tagger import features

    scores = scorer.scores(toks, tags)
    for block, weights in zip(scorer._blocks, scorer.weights, strict=True):
        for i, names in enumerate(features(text, toks, tags)):
            rows = [weights.attributes[n] for n in names if n in weights.attributes]
            assert scores[i, block] == pytest.approx(weights.state[rows].sum(axis=0), abs=1e-9)


def test_weights_are_the_model_files_exact_ones() -> None:
    tagger = load_tagger()
    assert tagger is not None
    for path, _ in tagger.models:
        weights = Weights(path)
        info = _crf(str(path)).info()
        assert weights.labels == sorted(info.labels, key=lambda name: int(info.labels[name]))
        assert len(weights.attributes) == len(info.attributes) > 8000
        # The text dump rounds to 6 decimals; the file holds doubles.
        for (attribute, label), value in info.state_features.items():
            exact = weights.state[weights.attributes[attribute], weights.labels.index(label)]
            assert abs(exact - value) <= 5e-7
        for (source, target), value in info.transitions.items():
            assert abs(weights.transitions[weights.labels.index(source), weights.labels.index(target)] - value) <= 5e-7
        assert (weights.state != 0).sum() == len(info.state_features)
        names, inverse = weights.basis()
        matrix = weights.state[[weights.attributes[n] for n in names]]
        assert len(set(names)) == len(weights.labels)
        assert abs(matrix @ inverse - numpy.eye(len(names))).max() < 1e-9


def test_weights_are_read_without_pycrfsuite_s_dump(monkeypatch: pytest.MonkeyPatch) -> None:
    """info() dumps the model into a temporary file: a worker killed while loading left it behind."""
    import tempfile

    tagger = load_tagger()
    assert tagger is not None

    def refused(*args: object, **kwargs: object) -> None:
        raise AssertionError("a temporary file was made")

    for name in ("NamedTemporaryFile", "TemporaryFile", "mkstemp", "mkdtemp"):
        monkeypatch.setattr(tempfile, name, refused)
    with pytest.raises(AssertionError, match="a temporary file was made"):
        _crf.__wrapped__(str(tagger.models[0][0])).info()  # what the weights were read with before
    for path, _ in tagger.models:
        weights = Weights(path)
        assert len(weights.labels) == 5 and "O" in weights.labels and len(weights.attributes) > 8000


def test_a_damaged_dictionary_is_named(tmp_path: Path) -> None:
    tagger = load_tagger()
    assert tagger is not None
    path = tagger.models[0][0]
    original = path.read_bytes()
    labels = struct.unpack_from("<I", original, 32)[0]      # the header's offset of the label dictionary
    backward = struct.unpack_from("<I", original, labels + 20)[0]
    record = struct.unpack_from("<I", original, labels + backward)[0]
    damaged = tmp_path / path.name
    # Label 0's record: none; its key running into the next record (its size one too large).
    for where, value in ((labels + backward, 0), (labels + record + 4, struct.unpack_from("<I", original, labels + record + 4)[0] + 1)):
        data = bytearray(original)
        struct.pack_into("<I", data, where, value)
        damaged.write_bytes(bytes(data))
        with pytest.raises(ModelFormatError, match=f"{damaged}: dictionary entry 0 is damaged"):
            Weights(damaged)


def test_weights_refuse_a_file_that_is_not_a_crfsuite_model(tmp_path: Path) -> None:
    bogus = tmp_path / "genes-variants.crfsuite"
    bogus.write_bytes(b"not a model at all, but long enough for a header......")
    with pytest.raises(ModelFormatError, match="genes-variants.crfsuite: not a CRFsuite crf1d model"):
        Weights(bogus)
    with pytest.raises(ModelFormatError, match="too short"):
        (tmp_path / "short.crfsuite").write_bytes(b"lCRF")
        Weights(tmp_path / "short.crfsuite")


def test_scorer_word_cache_starts_over_between_documents(monkeypatch: pytest.MonkeyPatch) -> None:
    tagger = load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    text = "Imatinib inhibits KIT D816V in mastocytosis."
    toks, tags = tokens(text), ["O"] * 7
    expected = tagger.labels(text, toks, tags)
    monkeypatch.setattr(crf_module, "_MAX_WORDS", len(scorer._words.index) + 3)   # full before this sentence
    assert scorer.tag(toks, tags) == expected
    assert len(scorer._words.index) == 7       # started over, then held this sentence's words
    assert scorer.tag(toks, tags) == expected


def test_scorer_gives_each_thread_its_own_labels(shared: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # A Dask worker runs several threads in one process; they share the scorer's word rows,
    # and a small word cache makes them start over often, mid-way through another's call.
    import sys
    import threading

    lexicon, tagger = load_lexicon(), load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    inputs = []
    for document in read_paths([shared / "corpora" / "BioRED" / "Dev.PubTator"]).documents[:40]:
        toks = tokens(document.text)
        tags = hint_tags(toks, rule_mentions(document, lexicon)[0])
        inputs.append((toks, tags, tagger.labels(document.text, toks, tags)))
    monkeypatch.setattr(crf_module, "_MAX_WORDS", 600)
    interval = sys.getswitchinterval()
    sys.setswitchinterval(1e-6)
    wrong: list[int] = []
    try:
        def run(order: list[int]) -> None:
            for i in order:
                toks, tags, expected = inputs[i]
                if scorer.tag(toks, tags) != expected:
                    wrong.append(i)
        threads = [threading.Thread(target=run, args=(list(range(40))[::step],)) for step in (1, -1, 1, -1)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        sys.setswitchinterval(interval)
    assert wrong == []


def test_a_model_the_scorer_cannot_read_is_tagged_the_slower_way(tmp_path: Path) -> None:

    from kg.errors import KGWarning
    from kg.extract.tagger import Tagger

    tagger = load_tagger()
    assert tagger is not None
    path, types = tagger.models[1]
    data = bytearray(path.read_bytes())
    offset = struct.unpack_from("<I", data, 28)[0]            # the FEAT chunk: its record count follows
    struct.pack_into("<I", data, offset + 8, 10_000_000)     # CRFsuite does not read it; kg.extract.crf does
    broken = tmp_path / path.name
    broken.write_bytes(bytes(data))
    with pytest.warns(KGWarning, match=f"tagging without the fast scorer \\({broken}: ModelFormatError: {broken}: a damaged"):
        assert _scorer(((broken, types),)) is None
    text = "Sotorasib blocks KRAS G12C in colon cancer."
    hints = rule_mentions(Document("t", "", text), load_lexicon())[0]
    slow = Tagger(((broken, types),)).tag(text, hints)
    assert slow == Tagger(((path, types),)).tag(text, hints) == [(17, 26, "Gene")]   # "KRAS G12C", genes model alone


def test_scorer_leaves_the_feature_string_cache_alone() -> None:
    from kg.extract.tagger import _word

    tagger = load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    before = _word.cache_info().currsize
    toks = tokens("Zyxwvutase1 and Qwertykinase2 bind Plokmijnase3.")
    scorer.tag(toks, ["O"] * len(toks))
    assert _word.cache_info().currsize == before


def _best_by_enumeration(scores: numpy.ndarray, transitions: numpy.ndarray) -> list[int]:
    """The best path by scoring every path, ties to the path whose labels come first, as CRFsuite breaks them."""
    import itertools

    labels = range(scores.shape[1])
    best: tuple[float, list[int]] | None = None
    for path in itertools.product(labels, repeat=len(scores)):
        total = scores[0, path[0]] + sum(transitions[a, b] + scores[t + 1, b]
                                         for t, (a, b) in enumerate(itertools.pairwise(path)))
        if best is None or total > best[0] + 1e-12:
            best = (total, list(path))
    assert best is not None
    return best[1]


def test_viterbi_finds_the_best_path_of_every_sequence_at_once() -> None:
    rng = numpy.random.default_rng(7)
    # Sequences of different lengths in one batch: the shorter ones end while others go on
    # (and must not take another step). Transitions as strong as the state scores.
    lengths = [int(n) for n in rng.integers(1, 7, size=60)]
    for _ in range(3):
        transitions = rng.normal(size=(3, 3)) * 2
        sequences = [rng.normal(size=(n, 3)) for n in lengths]
        paths = viterbi(sequences, transitions)
        assert [len(p) for p in paths] == lengths
        for scores, path in zip(sequences, paths, strict=True):
            assert path[:, 0].tolist() == _best_by_enumeration(scores, transitions)


def test_viterbi_decodes_each_model_block_on_its_own_and_breaks_ties_to_the_first_label() -> None:
    # Two models of two labels each; -inf keeps a path inside its model's block.
    transitions = numpy.full((4, 4), -numpy.inf)
    transitions[:2, :2] = [[0.0, 5.0], [0.0, 0.0]]
    transitions[2:, 2:] = 0.0
    scores = numpy.array([[1.0, 0.0, 0.0, 0.0],      # second model: every label ties
                          [0.0, 0.0, 0.0, 0.0],
                          [0.0, 0.0, 0.0, 0.0]])
    [path] = viterbi([scores], transitions, [slice(0, 2), slice(2, 4)])
    # First model: 0 then 1 (the 5.0 move), then 0 and 1 tie on the last step (0 + 0): the first label.
    assert path[:, 0].tolist() == [0, 1, 0]
    assert path[:, 1].tolist() == [2, 2, 2]


def test_tagger_tags_a_batch_as_it_tags_each_text() -> None:
    from kg.extract import tagger as tagger_module

    lexicon, tagger = load_lexicon(), load_tagger()
    assert tagger is not None
    documents = read_paths([SEEDS]).documents
    # Enough texts for numpy's decoding (tagger._TOGETHER), an empty one among them.
    inputs = [(d.text, rule_mentions(d, lexicon)[0]) for d in documents] * 4 + [("", [])]
    assert len(inputs) >= tagger_module._TOGETHER
    one_by_one = [tagger.tag(text, hints) for text, hints in inputs]
    assert tagger.tag_many(inputs) == one_by_one
    assert one_by_one[-1] == [] and all(len(spans) > 20 for spans in one_by_one[:-1])


def test_decoding_groups_bound_their_size_and_a_longer_text_goes_to_crfsuite(monkeypatch: pytest.MonkeyPatch) -> None:
    # A batch's arrays are as long as its longest text: a full text among abstracts would
    # cost hundreds of MB (found in review). Small bounds here make every path run.
    lexicon, tagger = load_lexicon(), load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    inputs = []
    for document in read_paths([SEEDS]).documents:
        toks = tokens(document.text)
        tags = hint_tags(toks, rule_mentions(document, lexicon)[0])
        for n in (40, 120, 200, len(toks)):          # sequences of several lengths
            inputs.append((toks[:n], tags[:n]))
    expected = [scorer.tag(toks, tags) for toks, tags in inputs]
    longest = max(len(toks) for toks, _ in inputs)
    monkeypatch.setattr(crf_module, "_SLOTS", 250)     # the seeds' full texts are longer: CRFsuite's
    assert longest > 250
    decoded: list[int] = []
    real = crf_module.viterbi

    def counted(scores, *args):  # type: ignore[no-untyped-def]
        decoded.append(len(scores))
        assert len(scores) * max(len(s) for s in scores) <= 250
        return real(scores, *args)

    monkeypatch.setattr(crf_module, "viterbi", counted)
    assert scorer.tag_many(inputs) == expected
    assert sum(decoded) == sum(len(toks) <= 250 for toks, _ in inputs) == 6 and len(decoded) > 1


def test_a_word_whose_row_fails_is_not_left_half_known(monkeypatch: pytest.MonkeyPatch) -> None:
    # Found in review: the word was registered before its row was computed, so after a
    # failure the retry tagged with a row of zeros, silently.
    tagger = load_tagger()
    assert tagger is not None
    scorer = _scorer(tagger.models)
    assert scorer is not None
    text = "Zqxwvimab inhibits KIT in gastrointestinal stromal tumours."   # a word never seen
    toks = tokens(text)
    tags = ["B-Chemical"] + ["O"] * (len(toks) - 1)
    expected = tagger.labels(text, toks, tags)

    def failing(groups):  # type: ignore[no-untyped-def]
        raise MemoryError("simulated")

    monkeypatch.setattr(scorer._words, "summed", failing)
    with pytest.raises(MemoryError):
        scorer.tag(toks, tags)
    monkeypatch.undo()
    assert "Zqxwvimab" not in scorer._words.index
    assert scorer.tag(toks, tags) == expected
