"""Tagging with a CRFsuite model at a fraction of the cost: scores from cached weights, decoding by CRFsuite.

CRFsuite scores label ``y`` at a token as the sum of the weights ``w(a, y)`` of the
token's attributes — 26 strings per token here, each converted and looked up in the
model's dictionary on every call, which costs more than the decoding itself. But every
feature of a token (:func:`kg.extract.tagger.features`) is a function of one word (the
token's own, or a neighbour's at a fixed offset) or of one hint tag, so a token's score
vector is a sum of vectors that can be computed once per distinct word and hint. This
module does that with numpy and hands CRFsuite only what its Viterbi needs: for each
token, ``L`` *basis* attributes of the model (``L`` = its number of labels) whose weight
vectors are linearly independent, with the values that make their weighted sum equal
the token's score vector. CRFsuite then decodes with the model's own transitions, in C.

The labels are the same as tagging with the feature strings (the scores differ by
floating-point rounding, ~1e-13): ``tests/extract/test_crf.py`` compares both on the
seeds and BioRED's development abstracts. The weights are read from the model file itself
(CRFsuite's ``crf1d`` format: a ``FEAT`` chunk of ``(type, source, target, weight)``
records), since the text dump of :meth:`pycrfsuite.Tagger.info` rounds them to 6 digits.
"""

from __future__ import annotations

import operator
import struct
import threading
from collections.abc import Sequence
from pathlib import Path
from typing import Any, cast

import numpy as np

#: The ``crf1d`` file header: magic, size, type, version, counts and chunk offsets.
_HEADER = struct.Struct("<4sI4sIIIIIIIII")
#: Distinct words whose rows are kept (≈ 55 MB with two 5-label models, the dictionary included)
#: before the cache starts over.
_MAX_WORDS = 131072
#: Sequences :meth:`Scorer.tag_many` decodes in one pass, at most; and token positions
#: (sequences × the longest one's length: its arrays' size, ≈ 10 MB for two 5-label models).
_DECODED_TOGETHER = 256
_SLOTS = 65536
#: One feature record of the ``FEAT`` chunk: 0 = state (attribute → label), 1 = transition.
_FEATURE = np.dtype([("type", "<u4"), ("source", "<u4"), ("target", "<u4"), ("weight", "<f8")])


#: CQDB's byte-order mark, as a little-endian machine writes it.
_CQDB_ORDER = 0x62445371


class ModelFormatError(ValueError):
    """A model file that is not a CRFsuite ``crf1d`` model this module can read."""


def _strings(path: Path, data: bytes, offset: int) -> list[str]:
    """The strings of the CQDB dictionary chunk at ``offset``, in id order.

    CQDB (CRFsuite's constant quark database): a header (``"CQDB"``, size, flag, byte
    order, number of ids, offset of the backward array), then hash tables that this does
    not need; the backward array gives, for each id, the offset of its record: the id,
    the key's size with its closing NUL, the key.
    """
    chunk, chunk_size, _, order, count, backward = struct.unpack_from("<4sIIIII", data, offset)
    if chunk != b"CQDB" or order != _CQDB_ORDER:
        raise ModelFormatError(f"{path}: no CQDB dictionary at offset {offset}")
    end = offset + chunk_size
    if end > len(data) or backward + 4 * count > chunk_size:
        raise ModelFormatError(f"{path}: the dictionary at offset {offset} runs past its chunk or the file")
    out = []
    for ident, record in enumerate(struct.unpack_from(f"<{count}I", data, offset + backward)):
        stored, size = struct.unpack_from("<II", data, offset + record)
        start = offset + record + 8
        # A key ends with its one NUL, inside the chunk.
        if (record == 0 or stored != ident or size == 0 or start + size > end or data[start + size - 1] != 0
                or 0 in data[start:start + size - 1]):
            raise ModelFormatError(f"{path}: dictionary entry {ident} is damaged")
        out.append(data[start:start + size - 1].decode("utf-8"))
    return out


class Weights:
    """A CRFsuite model's exact weights.

    :ivar labels: Label names, in the model's label order.
    :ivar attributes: Attribute name → row of :attr:`state`.
    :ivar state: ``(attributes, labels)`` state-feature weights (0 where the model has none).
    :ivar transitions: ``(labels, labels)`` transition weights.
    """

    def __init__(self, path: Path) -> None:
        data = path.read_bytes()
        if len(data) < _HEADER.size:
            raise ModelFormatError(f"{path}: too short for a CRFsuite model")
        magic, _, kind, _, _, n_labels, n_attrs, off_features, off_labels, off_attrs, *_ = _HEADER.unpack_from(data, 0)
        if magic != b"lCRF" or kind != b"FOMC":
            raise ModelFormatError(f"{path}: not a CRFsuite crf1d model (header {magic!r} {kind!r})")
        try:
            chunk, _, count = struct.unpack_from("<4sII", data, off_features)
            if chunk != b"FEAT":
                raise ModelFormatError(f"{path}: no FEAT chunk at offset {off_features}")
            records = np.frombuffer(data, dtype=_FEATURE, count=count, offset=off_features + 12)
            # The names come from the file's own dictionaries, not from pycrfsuite's info(),
            # which dumps the model into a temporary file (left behind when a worker loading
            # it is killed) and parses its text.
            self.labels = _strings(path, data, off_labels)
            self.attributes = {name: i for i, name in enumerate(_strings(path, data, off_attrs))}
        except (struct.error, ValueError, UnicodeDecodeError) as exc:
            if isinstance(exc, ModelFormatError):
                raise
            raise ModelFormatError(f"{path}: a damaged CRFsuite model ({exc})") from None
        if len(self.labels) != n_labels or len(self.attributes) != n_attrs:
            raise ModelFormatError(f"{path}: {n_labels} labels and {n_attrs} attributes in the header, "
                                   f"{len(self.labels)} and {len(self.attributes)} in the dictionaries")
        state = records[records["type"] == 0]
        moves = records[records["type"] == 1]
        self.state = np.zeros((n_attrs, n_labels))
        self.state[state["source"], state["target"]] = state["weight"]
        self.transitions = np.zeros((n_labels, n_labels))
        self.transitions[moves["source"], moves["target"]] = moves["weight"]

    def basis(self) -> tuple[list[str], np.ndarray]:
        """``L`` attributes with linearly independent weight vectors, and the inverse of their matrix.

        Picked greedily for conditioning: each next attribute is the one whose weights lie
        farthest from the span of those already picked.

        :returns: ``(names, inverse)``: values ``scores @ inverse`` on these attributes make
            CRFsuite score each label exactly as ``scores``.
        """
        names = sorted(self.attributes)        # a fixed order, so ties pick the same attribute
        rows = self.state[[self.attributes[n] for n in names]]
        picked: list[int] = []
        residual = rows.copy()
        for _ in self.labels:
            best = int(np.argmax(np.einsum("ij,ij->i", residual, residual)))
            picked.append(best)
            direction = residual[best] / np.linalg.norm(residual[best])
            residual -= np.outer(residual @ direction, direction)
        matrix = rows[picked]
        condition = np.linalg.cond(matrix)
        if not condition < 1e8:   # NaN included: a model whose weights span fewer dimensions than its labels
            raise ModelFormatError(f"no well-conditioned basis among the attributes (condition number {condition:.3g})")
        return [names[i] for i in picked], np.linalg.inv(matrix)


class Scorer:
    """Per-token label scores of one or more CRFsuite models, for :func:`kg.extract.tagger.features`' features.

    :param models: ``(model file, opened pycrfsuite.Tagger)`` pairs.
    :param word: ``word -> (own features, ((word, shape) feature of it at each offset), …)``
        (:func:`kg.extract.tagger._word`).
    :param hint: ``hint tag -> (own features, (feature of it at each offset), …)``.
    :param offsets: The window's offsets, in the order ``word`` and ``hint`` give them.
    :param constant: Feature names of a token's position: ``(glued_left False/True,
        glued_right False/True, edge feature per offset)``.
    """

    def __init__(self, models: Sequence[tuple[Path, Any]], word: Any, hint: Any, offsets: Sequence[int],
                 constant: tuple[Sequence[str], Sequence[str], Sequence[str]]) -> None:
        self.weights = [Weights(path) for path, _ in models]
        self.taggers = [tagger for _, tagger in models]
        # One column block per model, so one row per feature scores every model at once.
        self._blocks: list[slice] = []
        start = 0
        for w in self.weights:
            self._blocks.append(slice(start, start + len(w.labels)))
            start += len(w.labels)
        self._width = start
        # Every model's attributes in one matrix (row 0: zeros, for names no model knows).
        self._rows: dict[str, int] = {}
        for w in self.weights:
            for name in w.attributes:
                self._rows.setdefault(name, len(self._rows) + 1)
        self._matrix = np.zeros((len(self._rows) + 1, self._width))
        for w, block in zip(self.weights, self._blocks, strict=True):
            self._matrix[[self._rows[n] for n in w.attributes], block] = w.state[list(w.attributes.values())]
        self._bases = [w.basis() for w in self.weights]
        self._offsets = tuple(offsets)
        glued_left, glued_right, edges = constant
        self._glued_left = self._summed([(f,) for f in glued_left])
        self._glued_right = self._summed([(f,) for f in glued_right])
        self._edges = self._summed([(f,) for f in edges])
        # Rows per distinct word and hint: [own, at offset 0, at offset 1, …], summed when met.
        def word_groups(key: str) -> tuple[Sequence[str], ...]:
            own, window = word(key)
            return own, *window

        def hint_groups(key: str) -> tuple[Sequence[str], ...]:
            own, window = hint(key)
            return own, *((name,) for name in window)

        shape = (1 + len(self._offsets), self._width)
        self._words = _Rows(word_groups, self._summed, shape, 4096)
        self._hints = _Rows(hint_groups, self._summed, shape, 64)
        self._lock = threading.Lock()
        # Every model's transitions on the diagonal of one matrix, -inf between models: a
        # best path never crosses from one model's labels to another's, so one pass of
        # viterbi() decodes every model (a path per model block).
        self._transitions = np.full((self._width, self._width), -np.inf)
        for w, block in zip(self.weights, self._blocks, strict=True):
            self._transitions[block, block] = w.transitions
        self._labels = [np.array(w.labels, dtype=object) for w in self.weights]

    def _summed(self, groups: Sequence[Sequence[str]]) -> np.ndarray:
        """The summed weights of each group of features, every model's labels side by side, in one pass."""
        names = [name for group in groups for name in group]
        bounds = np.cumsum([0, *(len(group) for group in groups[:-1])])   # every group has a name
        summed: np.ndarray = np.add.reduceat(self._matrix[[self._rows.get(n, 0) for n in names]], bounds)
        return summed

    def scores(self, toks: Sequence[tuple[int, int, str]], hints: Sequence[str]) -> np.ndarray:
        """``(tokens, labels of every model)`` scores: what CRFsuite sums from the feature strings."""
        n = len(toks)
        if len(self._words.index) + n > _MAX_WORDS:
            # Bounded memory on a long build: start over (between documents, never inside one).
            self._words.index.clear()
        words = self._words.rows([t[2] for t in toks])
        marks = self._hints.rows(hints)
        parts = self._words.table[words] + self._hints.table[marks]
        # Token i is glued to token i + 1 where its end is the next one's start.
        starts = np.fromiter(map(operator.itemgetter(0), toks), dtype=np.intp, count=n)
        ends = np.fromiter(map(operator.itemgetter(1), toks), dtype=np.intp, count=n)
        glued = ends[:-1] == starts[1:]
        scores: np.ndarray = (parts[:, 0] + self._glued_left[np.concatenate(([False], glued)).astype(np.intp)]
                  + self._glued_right[np.concatenate((glued, [False])).astype(np.intp)])
        for k, offset in enumerate(self._offsets):
            # Token i gets its neighbour i + offset's features, or the edge feature.
            inside = max(n - abs(offset), 0)
            if offset < 0:
                scores[-offset:] += parts[:inside, 1 + k]
                scores[:min(-offset, n)] += self._edges[k]
            else:
                scores[:inside] += parts[offset:, 1 + k]
                scores[inside:] += self._edges[k]
        return scores

    def tag(self, toks: Sequence[tuple[int, int, str]], hints: Sequence[str]) -> list[list[str]]:
        """Each model's label sequence, decoded by CRFsuite from the basis attributes.

        One call at a time per scorer: the word rows are shared state (a Dask worker runs
        several threads in one process), and numpy lets other threads run mid-call.
        """
        import pycrfsuite

        with self._lock:
            scores = self.scores(toks, hints)
            out = []
            for tagger, block, (names, inverse) in zip(self.taggers, self._blocks, self._bases, strict=True):
                values = (scores[:, block] @ inverse).tolist()
                items = pycrfsuite.ItemSequence([dict(zip(names, row, strict=True)) for row in values])
                out.append(tagger.tag(items))
            return out

    def tag_many(self, inputs: Sequence[tuple[Sequence[tuple[int, int, str]], Sequence[str]]]) -> list[list[list[str]]]:
        """:meth:`tag` for many token sequences at once, decoded by :func:`viterbi` over all of them.

        CRFsuite decodes one sequence per call, and handing it the basis attributes costs
        more than its Viterbi; numpy decodes a batch of sequences for about what CRFsuite
        takes for one, token step by token step.
        """
        out: list[list[list[str]]] = [[] for _ in inputs]
        # Longest first, in groups of at most _SLOTS token positions (the arrays are as long
        # as a group's longest sequence); a sequence longer than that alone is CRFsuite's.
        order = sorted(range(len(inputs)), key=lambda i: -len(inputs[i][0]))
        start = 0
        while start < len(order):
            longest = len(inputs[order[start]][0])
            if longest > _SLOTS:
                out[order[start]] = self.tag(*inputs[order[start]])
                start += 1
                continue
            group = order[start:start + min(_DECODED_TOGETHER, _SLOTS // max(longest, 1))]
            start += len(group)
            with self._lock:
                scores = [self.scores(*inputs[i]) for i in group]
            for i, path in zip(group, viterbi(scores, self._transitions, self._blocks), strict=True):
                out[i] = [names[path[:, k] - block.start].tolist()
                          for k, (block, names) in enumerate(zip(self._blocks, self._labels, strict=True))]
        return out


def viterbi(scores: Sequence[np.ndarray], transitions: np.ndarray,
            blocks: Sequence[slice] | None = None) -> list[np.ndarray]:
    """The best label path of each sequence, as CRFsuite's Viterbi finds it, all sequences at once.

    :param scores: One ``(tokens, labels)`` array of state scores per sequence (≥ 1 token).
    :param transitions: ``(labels, labels)`` scores of moving from label ``i`` to ``j``.
    :param blocks: Label blocks decoded as separate models (``transitions`` must be ``-inf``
        between them); one block of every label when omitted.
    :returns: Per sequence, a ``(tokens, blocks)`` array of label indices.

    The same sums in the same order as CRFsuite's ``crf1d`` Viterbi (``prev[i] + trans[i][j]``,
    then the state score), and ties go to the lowest label index, as there.

    >>> viterbi([np.array([[1.0, 0.0], [0.0, 2.0]])], np.zeros((2, 2)))[0][:, 0].tolist()
    [0, 1]
    """
    blocks = blocks or [slice(0, transitions.shape[0])]
    lengths = [len(s) for s in scores]
    # Longest first: the sequences still going at step t are then a prefix of the batch.
    order = sorted(range(len(scores)), key=lambda b: -lengths[b])
    longest = lengths[order[0]] if order else 0
    state = np.zeros((longest, len(scores), transitions.shape[0]))
    for position, b in enumerate(order):
        state[:lengths[b], position] = scores[b]
    going = np.searchsorted(-np.array([lengths[b] for b in order]), -np.arange(longest), side="left")
    back = np.zeros((longest, len(scores), transitions.shape[0]), dtype=np.intp)
    best = state[0].copy()               # a finished sequence's row keeps its final scores
    for t in range(1, longest):
        n = going[t]
        moves = best[:n, :, None] + transitions
        back[t, :n] = moves.argmax(axis=1)
        best[:n] = moves.max(axis=1) + state[t, :n]
    label = np.stack([best[:, block].argmax(axis=1) + block.start for block in blocks], axis=1)
    paths = np.empty((longest, len(scores), len(blocks)), dtype=np.intp)
    for t in range(longest - 1, 0, -1):
        n = going[t]
        paths[t, :n] = label[:n]
        label[:n] = np.take_along_axis(back[t, :n], label[:n], axis=1)
    paths[0] = label
    out: list[np.ndarray] = [np.empty(0)] * len(scores)
    for position, b in enumerate(order):
        out[b] = paths[:lengths[b], position]
    return out


class _Rows:
    """Summed weight rows per distinct key (a word or a hint tag), computed when the key is first met.

    :param groups: ``key -> feature-name groups`` (own features, then one group per offset).
    :param summed: Sums each group (:meth:`Scorer._summed`).
    :param shape: ``(groups, labels)`` of one row; ``size``: rows allocated at first (doubled when full).
    """

    def __init__(self, groups: Any, summed: Any, shape: tuple[int, int], size: int) -> None:
        self.groups, self.summed = groups, summed
        self.index: dict[str, int] = {}
        self.table = np.zeros((size, *shape))

    def rows(self, keys: Sequence[str]) -> list[int]:
        """:meth:`row` of each key (most of them known: those are looked up without a call per key)."""
        found = list(map(self.index.get, keys))
        if None in found:
            return [self.row(key) if row is None else row for key, row in zip(keys, found, strict=True)]
        return cast(list[int], found)

    def row(self, key: str) -> int:
        row = self.index.get(key)
        if row is None:
            values = self.summed(self.groups(key))   # before the key is known: a failure leaves no row
            row = len(self.index)
            if row == len(self.table):
                self.table = np.concatenate([self.table, np.zeros_like(self.table)])
            self.table[row] = values
            self.index[key] = row
        return row


__all__ = ["ModelFormatError", "Scorer", "Weights"]
