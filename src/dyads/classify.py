"""PentaClass for a sentence: how cooperative or conflictual it is, from its words alone.

The rules in ``dyads.events`` know verbs; this linear model knows the whole sentence, so the
two together pick the main event class and its confidence. It runs on numpy alone (the
artefact ``data/pentaclass.npz`` holds vocabulary, idf and weights); scikit-learn is needed
only to train (``train_classifier``, ``scripts/train_pentaclass.py``), and is imported lazily.

Classes (CAMEO roots): 0 neutral (01-02, or no event), 1 verbal cooperation (03-05),
2 material cooperation (06-08), 3 verbal conflict (09-13, 16), 4 material conflict
(14-15, 17-20).
"""

from __future__ import annotations

import hashlib
import json
import math
import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

import numpy as np

if TYPE_CHECKING:
    from .model import Event

__all__ = [
    "ARTEFACT_PATH",
    "PENTACLASS_NAMES",
    "SentenceClassifier",
    "default_classifier",
    "export_sklearn",
    "fit_sklearn",
    "pentaclass_of_cameo",
    "pentaclass_of_event",
    "pentaclass_of_plover",
    "sentence_features",
    "text_hash",
    "train_classifier",
    "use_classifier",
]

ARTEFACT_PATH = Path(__file__).parent / "data" / "pentaclass.npz"

PENTACLASS_NAMES = (
    "neutral",
    "verbal cooperation",
    "material cooperation",
    "verbal conflict",
    "material conflict",
)

_ROOT_CLASS = {1: 0, 2: 0, 3: 1, 4: 1, 5: 1, 6: 2, 7: 2, 8: 2, 9: 3, 10: 3, 11: 3, 12: 3, 13: 3, 16: 3}
_ROOT_CLASS.update({r: 4 for r in (14, 15, 17, 18, 19, 20)})

# PLOVER type -> PentaClass via the CAMEO roots it comes from (ontology/cameo_to_plover.txt).
# REQUEST also absorbs CAMEO 02 (appeal, class 0); its usual root is 10 (demand), class 3.
_PLOVER_CLASS = {
    "AGREE": 1, "CONSULT": 1, "SUPPORT": 1,
    "COOPERATE": 2, "AID": 2, "CONCEDE": 2, "RETREAT": 2,
    "ACCUSE": 3, "REQUEST": 3, "REJECT": 3, "THREATEN": 3, "SANCTION": 3,
    "PROTEST": 4, "MOBILIZE": 4, "COERCE": 4, "ASSAULT": 4,
}  # fmt: skip


_ALNUM = re.compile(r"[^\W_]+")


def text_hash(text: str) -> int:
    """A 63-bit hash of a sentence's lower-cased, accent-folded words alone: to recognise
    training data even when it comes back re-tokenised ("government ’s" vs "governmentʼs")."""
    folded = unicodedata.normalize("NFKD", text.translate(_QUOTES).lower())
    key = " ".join(_ALNUM.findall("".join(c for c in folded if not unicodedata.combining(c))))
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=8).digest()
    return int.from_bytes(digest, "little") >> 1


def pentaclass_of_cameo(code: str | None) -> int | None:
    """The PentaClass of a CAMEO code ("0311", "19", "190"), None if it is not one."""
    if not code or len(code) < 2 or not code[:2].isdigit():
        return None
    return _ROOT_CLASS.get(int(code[:2]))


def pentaclass_of_plover(event_type: str | None) -> int | None:
    """The PentaClass of a PLOVER type, for events that carry no CAMEO code."""
    return _PLOVER_CLASS.get((event_type or "").upper())


def pentaclass_of_event(event: Event | None) -> int:
    """PentaClass of an event from its CAMEO root, else its PLOVER type; 0 for no event."""
    if event is None:
        return 0
    cls = pentaclass_of_cameo(event.cameo)
    if cls is None:
        cls = pentaclass_of_plover(event.type)
    return 0 if cls is None else cls


# ---------------------------------------------------------------- features
# One definition of the features, used by training (as sklearn analyzers) and at run time,
# so the exported model sees exactly what it was trained on.

_QUOTES = str.maketrans({"\u2019": "'", "\u2018": "'", "\u02bc": "'", "`": "'", "\u201c": '"', "\u201d": '"'})
_DIGITS = re.compile(r"\d")
_WORD = re.compile(r"[a-z0]+(?=n't)|n't|[a-z0]+(?:'[a-z]+)?|[\"?!]")
_NEGATION = frozenset({"not", "n't", "no", "never", "without", "neither", "nor", "refused", "denied"})
_FUTURE = frozenset({"will", "would", "shall", "plans", "plan", "planned", "intends", "vowed", "threatened", "could", "might", "may"})  # fmt: skip
_SPEECH = frozenset({"said", "says", "told", "stated", "announced", "according", "statement", "added"})


def _normalise(text: str) -> str:
    return _DIGITS.sub("0", text.translate(_QUOTES).lower())


def _words(norm: str) -> list[str]:
    return _WORD.findall(norm)


def word_ngrams(text: str, low: int = 1, high: int = 2) -> list[str]:
    """Lower-cased word n-grams, digits folded to 0."""
    words = _words(_normalise(text))
    grams: list[str] = []
    for n in range(low, high + 1):
        grams.extend(" ".join(words[i : i + n]) for i in range(len(words) - n + 1))
    return grams


def char_ngrams(text: str, low: int = 2, high: int = 5) -> list[str]:
    """Character n-grams inside space-padded words: robust to inflection without a lemmatizer."""
    grams: list[str] = []
    for word in _normalise(text).split():
        grams += word_char_ngrams(word, low, high)
    return grams


def word_char_ngrams(word: str, low: int = 2, high: int = 5) -> list[str]:
    """The character n-grams of one normalised word, space-padded: :func:`char_ngrams` is these,
    word after word, so a scorer may look each word's n-grams up once and keep them."""
    padded = f" {word} "
    grams: list[str] = []
    for n in range(low, min(high, len(padded)) + 1):
        grams += [padded[i : i + n] for i in range(len(padded) - n + 1)]  # (a list, not a generator: faster)
    return grams


def cue_features(text: str) -> list[str]:
    """Negation, future/modal, reported speech and quotation: what n-grams see only diffusely."""
    words = set(_words(_normalise(text)))
    cues = []
    if words & _NEGATION:
        cues.append("cue:negation")
    if words & _FUTURE:
        cues.append("cue:future")
    if words & _SPEECH:
        cues.append("cue:speech")
    if '"' in words:
        cues.append("cue:quote")
    return cues or ["cue:none"]


_ANALYZERS: dict[str, Callable[..., list[str]]] = {
    "word": word_ngrams,
    "char": char_ngrams,
    "cue": cue_features,
}


def sentence_features(block: dict[str, Any]) -> Callable[[str], list[str]]:
    """The analyzer of one feature block described as ``{"kind": "word", "ngram": [1, 2]}``."""
    kind = block["kind"]
    if kind not in _ANALYZERS:
        raise ValueError(f"unknown feature block kind {kind!r} (expected one of {sorted(_ANALYZERS)})")
    fn = _ANALYZERS[kind]
    if "ngram" in block:
        low, high = block["ngram"]
        return partial(fn, low=low, high=high)
    return fn


# ---------------------------------------------------------------- runtime model


@dataclass
class _Block:
    spec: dict[str, Any]
    vocab: dict[str, int]
    idf: np.ndarray
    offset: int
    analyzer: Callable[[str], list[str]] = field(repr=False)
    # the idf as Python floats: scoring reads one per term, and a numpy scalar read is slow
    idf_values: list[float] = field(default_factory=list, repr=False)
    # char n-gram blocks: each word's in-vocabulary ids, looked up at the word's first sight
    word_ids: dict[str, list[int]] | None = field(default=None, repr=False)

    def term_ids(self, text: str) -> list[int]:
        """The vocabulary ids of the text's features in the analyzer's order, the features the
        vocabulary lacks left out. Why: char n-grams (most of the features) never cross a word,
        and news repeats its words, so a char block maps each word to its ids once; n-grams
        that are not features are then never built, counted or looked up again."""
        get = self.vocab.get
        if self.word_ids is None:
            return [i for i in map(get, self.analyzer(text)) if i is not None]
        low, high = self.spec.get("ngram", (2, 5))  # (char_ngrams' own defaults)
        cache, ids = self.word_ids, []
        for word in _normalise(text).split():
            found = cache.get(word)
            if found is None:
                if len(cache) >= _WORD_CACHE_SIZE:
                    cache.clear()  # (a bound for long runs: words come back at once)
                found = cache[word] = [i for i in map(get, word_char_ngrams(word, low, high)) if i is not None]
            ids += found
        return ids


_WORD_CACHE_SIZE = 200_000
_SEEN_SIZE = 20_000  # texts whose probabilities ``predict_proba`` keeps


def _term_frequencies(counts: np.ndarray) -> np.ndarray:
    """The sublinear tf ``1 + log(count)`` of each count (1 for a single sighting), read from a
    table of ``math.log`` values: the same bits as computing it term by term with ``math.log``
    (numpy's own log may round differently)."""
    global _TF
    top = int(counts.max())
    if top >= len(_TF):
        _TF = np.array([0.0, 1.0] + [1.0 + math.log(c) for c in range(2, 2 * top)])
    return _TF[counts]


_TF = np.array([0.0, 1.0] + [1.0 + math.log(c) for c in range(2, 256)])


class SentenceClassifier:
    """A linear PentaClass model exported to numpy: tf-idf blocks, weights, calibration.

    ``coef`` has shape (members, 5, features); each member's scores are calibrated
    (``softmax`` for logistic regression, per-class ``sigmoid`` for calibrated SVMs) and the
    members' probabilities averaged, as scikit-learn's CalibratedClassifierCV does.
    """

    def __init__(
        self,
        blocks: list[dict[str, Any]],
        vocabularies: list[list[str]],
        idfs: list[np.ndarray],
        coef: np.ndarray,
        intercept: np.ndarray,
        calibration: str = "softmax",
        sigmoid_a: np.ndarray | None = None,
        sigmoid_b: np.ndarray | None = None,
        meta: dict[str, Any] | None = None,
        train_hashes: np.ndarray | None = None,
    ) -> None:
        self.meta = dict(meta or {})
        self.train_hashes = None if train_hashes is None else np.unique(np.asarray(train_hashes, dtype=np.int64))
        self.blocks: list[_Block] = []
        offset = 0
        for spec, vocab, idf in zip(blocks, vocabularies, idfs, strict=True):
            index = {term: i for i, term in enumerate(vocab)}
            idf_array = np.asarray(idf, dtype=np.float64)
            self.blocks.append(_Block(dict(spec), index, idf_array, offset, sentence_features(spec),
                                      idf_array.tolist(), {} if spec["kind"] == "char" else None))
            offset += len(vocab)
        coef = np.asarray(coef, dtype=np.float64)
        if coef.ndim == 2:
            coef = coef[None]
        if coef.shape[2] != offset:
            raise ValueError(f"pentaclass model: weights cover {coef.shape[2]} features but the vocabulary has {offset}")
        self.n_members, self.n_classes, self.n_features = coef.shape
        self._weights = coef.transpose(2, 0, 1).reshape(offset, -1)  # (features, members*classes)
        self.intercept = np.asarray(intercept, dtype=np.float64).reshape(self.n_members, self.n_classes)
        if calibration not in ("softmax", "sigmoid"):
            raise ValueError(f"pentaclass model: unknown calibration {calibration!r} (softmax or sigmoid)")
        self.calibration = calibration
        shape = (self.n_members, self.n_classes)
        self.sigmoid_a = np.zeros(shape) if sigmoid_a is None else np.asarray(sigmoid_a, dtype=np.float64).reshape(shape)
        self.sigmoid_b = np.zeros(shape) if sigmoid_b is None else np.asarray(sigmoid_b, dtype=np.float64).reshape(shape)
        self._seen: dict[str, np.ndarray] = {}  # each text's probabilities, see ``predict_proba``

    @property
    def coef(self) -> np.ndarray:
        """Weights as (members, classes, features)."""
        return self._weights.reshape(self.n_features, self.n_members, self.n_classes).transpose(1, 2, 0)

    def _vectorise(self, texts: Sequence[str]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        rows: list[np.ndarray] = []
        cols: list[np.ndarray] = []
        vals: list[np.ndarray] = []
        for r, text in enumerate(texts):
            for block in self.blocks:
                # tf-idf of the features in first-seen order, read as arrays: the idf in one
                # gather, the log term only for the few features seen more than once
                counts = Counter(block.term_ids(text))
                if not counts:
                    continue
                idx = np.fromiter(counts, dtype=np.intp, count=len(counts))
                seen = np.fromiter(counts.values(), dtype=np.intp, count=len(counts))
                w = _term_frequencies(seen) * block.idf[idx]
                w *= block.spec.get("weight", 1.0) / math.sqrt(float(w @ w))
                rows.append(np.full(len(idx), r, dtype=np.intp))
                cols.append(idx + block.offset)
                vals.append(w)
        if not rows:
            return np.zeros(0, dtype=np.intp), np.zeros(0, dtype=np.intp), np.zeros(0)
        return np.concatenate(rows), np.concatenate(cols), np.concatenate(vals)

    def decision_function(self, texts: Sequence[str]) -> np.ndarray:
        """Raw linear scores, shape (n, members, classes)."""
        n = len(texts)
        rows, cols, vals = self._vectorise(texts)
        contrib = self._weights[cols] * vals[:, None]
        flat = np.stack(
            [np.bincount(rows, weights=contrib[:, j], minlength=n) for j in range(contrib.shape[1])], axis=1
        ) if n else np.zeros((0, self._weights.shape[1]))
        return flat.reshape(n, self.n_members, self.n_classes) + self.intercept

    def predict_proba(self, texts: Sequence[str]) -> np.ndarray:
        """Class probabilities, shape (n, 5), rows summing to 1.

        Why the memo: the event coder asks about a sentence whose candidates differ in class and the
        classifier stage asks again about every event sentence; a text's row does not depend on
        the other texts of its batch, so each text is scored once and its row kept (a bounded memo,
        emptied when full)."""
        texts = list(texts)
        if not texts:
            return self._predict_proba(texts)
        seen = self._seen
        new = [t for t in dict.fromkeys(texts) if t not in seen]
        if new:
            if len(seen) + len(new) > _SEEN_SIZE:
                seen.clear()  # (and the batch's texts seen before are scored again: all are needed below)
                new = list(dict.fromkeys(texts))
            for text, row in zip(new, self._predict_proba(new)):
                seen[text] = row
        return np.array([seen[t] for t in texts])

    def _predict_proba(self, texts: list[str]) -> np.ndarray:
        scores = self.decision_function(texts)
        if self.calibration == "softmax":
            z = scores - scores.max(axis=2, keepdims=True)
            p = np.exp(z)
            p /= p.sum(axis=2, keepdims=True)
        else:
            p = 1.0 / (1.0 + np.exp(np.clip(self.sigmoid_a * scores + self.sigmoid_b, -500, 500)))
            total = p.sum(axis=2, keepdims=True)
            p = np.divide(p, total, out=np.full_like(p, 1.0 / self.n_classes), where=total != 0)
        return p.mean(axis=1)

    def seen_in_training(self, texts: Sequence[str]) -> np.ndarray | None:
        """Which texts were training sentences (None when the model does not know its data)."""
        if self.train_hashes is None:
            return None
        hashes = np.fromiter((text_hash(t) for t in texts), dtype=np.int64, count=len(texts))
        return np.isin(hashes, self.train_hashes)

    def predict(self, texts: Sequence[str]) -> np.ndarray:
        """The most probable class of each text."""
        return self.predict_proba(texts).argmax(axis=1)

    # ------------------------------------------------------------ persistence

    def save(self, path: str | Path) -> None:
        """Write the model as one compressed .npz (numpy only to read it back)."""
        arrays: dict[str, np.ndarray] = {}
        meta = dict(self.meta)
        meta.update(
            {
                "format": "dyads-pentaclass/1",
                "blocks": [b.spec for b in self.blocks],
                "calibration": self.calibration,
                "classes": list(PENTACLASS_NAMES),
            }
        )
        arrays["meta"] = np.frombuffer(json.dumps(meta, indent=1).encode("utf-8"), dtype=np.uint8)
        for k, block in enumerate(self.blocks):
            terms = sorted(block.vocab, key=block.vocab.__getitem__)
            arrays[f"vocab{k}"] = np.frombuffer("\n".join(terms).encode("utf-8"), dtype=np.uint8)
            arrays[f"idf{k}"] = block.idf.astype(np.float32)
        arrays["coef"] = self.coef.astype(np.float32)
        arrays["intercept"] = self.intercept.astype(np.float32)
        arrays["sigmoid_a"] = self.sigmoid_a.astype(np.float32)
        arrays["sigmoid_b"] = self.sigmoid_b.astype(np.float32)
        if self.train_hashes is not None:
            arrays["train_hashes"] = self.train_hashes
        np.savez_compressed(path, **arrays)

    @classmethod
    def load(cls, path: str | Path) -> SentenceClassifier:
        """Read a model written by :meth:`save`."""
        with np.load(path, allow_pickle=False) as data:
            meta = json.loads(bytes(data["meta"]).decode("utf-8"))
            if meta.get("format") != "dyads-pentaclass/1":
                raise ValueError(f"{path}: not a dyads PentaClass model (retrain it with scripts/train_pentaclass.py)")
            blocks = meta["blocks"]
            vocabs = []
            for k in range(len(blocks)):
                raw = bytes(data[f"vocab{k}"]).decode("utf-8")
                vocabs.append(raw.split("\n") if raw else [])
            idfs = [data[f"idf{k}"] for k in range(len(blocks))]
            return cls(
                blocks,
                vocabs,
                idfs,
                data["coef"],
                data["intercept"],
                calibration=meta["calibration"],
                sigmoid_a=data["sigmoid_a"],
                sigmoid_b=data["sigmoid_b"],
                meta=meta,
                train_hashes=data["train_hashes"] if "train_hashes" in data.files else None,
            )


_override: list[SentenceClassifier | None] = []
_bundled: dict[str, SentenceClassifier | None] = {}


def default_classifier() -> SentenceClassifier | None:
    """The bundled model (loaded once), or the one set by :func:`use_classifier`; None if absent."""
    if _override:
        return _override[-1]
    if "model" not in _bundled:
        _bundled["model"] = SentenceClassifier.load(ARTEFACT_PATH) if ARTEFACT_PATH.exists() else None
    return _bundled["model"]


@contextmanager
def use_classifier(clf: SentenceClassifier | None) -> Iterator[SentenceClassifier | None]:
    """Make :func:`default_classifier` return ``clf`` inside the block (cross-validation folds)."""
    _override.append(clf)
    try:
        yield clf
    finally:
        _override.pop()


# ---------------------------------------------------------------- training (scikit-learn)

DEFAULT_PARAMS: dict[str, Any] = {
    "model": "logreg",
    "C": 10.0,
    "word_ngram": (1, 2),
    "char_ngram": (2, 5),
    "word_weight": 1.0,
    "char_weight": 1.0,
    "cue_weight": 0.3,
    "min_df": 2,
}


def _block_specs(params: dict[str, Any]) -> list[dict[str, Any]]:
    specs = [
        {"kind": "word", "ngram": list(params["word_ngram"]), "weight": float(params["word_weight"])},
        {"kind": "char", "ngram": list(params["char_ngram"]), "weight": float(params["char_weight"])},
    ]
    if params.get("cue_weight"):
        specs.append({"kind": "cue", "weight": float(params["cue_weight"])})
    return specs


def fit_sklearn(texts: Sequence[str], labels: Sequence[int], **params: Any) -> Any:
    """Fit the scikit-learn pipeline (tf-idf blocks + linear model); needs the dev dependencies."""
    try:
        from sklearn.calibration import CalibratedClassifierCV
        from sklearn.feature_extraction.text import TfidfVectorizer
        from sklearn.linear_model import LogisticRegression
        from sklearn.pipeline import FeatureUnion, Pipeline
        from sklearn.svm import LinearSVC
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise RuntimeError(
            "training the sentence classifier needs scikit-learn: pip install -e '.[dev]'"
        ) from exc
    p = {**DEFAULT_PARAMS, **params}
    specs = _block_specs(p)
    union = FeatureUnion(
        [
            (f"{s['kind']}", TfidfVectorizer(analyzer=sentence_features(s), sublinear_tf=True, min_df=1 if s["kind"] == "cue" else p["min_df"], lowercase=False))
            for s in specs
        ],
        transformer_weights={s["kind"]: s["weight"] for s in specs},
    )
    if p["model"] == "logreg":
        model: Any = LogisticRegression(C=p["C"], max_iter=3000)
    elif p["model"] == "svm":
        # ensemble=False: one SVM on all data, Platt-calibrated on cross-validated scores, so the
        # runtime computes one set of scores instead of one per calibration fold
        model = CalibratedClassifierCV(
            LinearSVC(C=p["C"]), method="sigmoid", cv=p.get("calibration_cv", 5), ensemble=False
        )
    else:
        raise ValueError(f"unknown model {p['model']!r} (logreg or svm)")
    pipe = Pipeline([("features", union), ("model", model)])
    pipe.fit(list(texts), np.asarray(labels))
    pipe.dyads_params = p
    pipe.dyads_train_hashes = np.array([text_hash(t) for t in texts], dtype=np.int64)
    return pipe


def export_sklearn(pipe: Any, meta: dict[str, Any] | None = None) -> SentenceClassifier:
    """Turn a pipeline from :func:`fit_sklearn` into a numpy :class:`SentenceClassifier`."""
    p = pipe.dyads_params
    specs = _block_specs(p)
    vocabs, idfs = [], []
    for name, vec in pipe.named_steps["features"].transformer_list:
        terms = vec.get_feature_names_out().tolist()
        vocabs.append(terms)
        idfs.append(vec.idf_)
    model = pipe.named_steps["model"]
    if list(model.classes_) != list(range(5)):
        raise ValueError(f"pentaclass training data must contain all five classes 0-4, got {list(model.classes_)}")
    info = {"params": {k: (list(v) if isinstance(v, tuple) else v) for k, v in p.items()}, **(meta or {})}
    hashes = getattr(pipe, "dyads_train_hashes", None)
    if p["model"] == "logreg":
        return SentenceClassifier(
            specs, vocabs, idfs, model.coef_, model.intercept_, "softmax", meta=info, train_hashes=hashes
        )
    members = model.calibrated_classifiers_
    coef = np.stack([m.estimator.coef_ for m in members])
    intercept = np.stack([m.estimator.intercept_ for m in members])
    a = np.array([[c.a_ for c in m.calibrators] for m in members])
    b = np.array([[c.b_ for c in m.calibrators] for m in members])
    return SentenceClassifier(specs, vocabs, idfs, coef, intercept, "sigmoid", a, b, meta=info, train_hashes=hashes)


def train_classifier(texts: Sequence[str], labels: Sequence[int], **params: Any) -> SentenceClassifier:
    """Train a PentaClass model on labelled sentences (scikit-learn is imported only here)."""
    return export_sklearn(fit_sklearn(texts, labels, **params))
