"""Learned boundaries for the main event's argument phrases, on top of the rules.

``dyads.arguments`` finds each event's source and target phrases from the parse. Where a
phrase starts and ends is a convention ("the Croatian government" or "the Croatian government in
Zagreb"?), and annotators follow it only statistically. This stage learns those conventions: a
first-order structured perceptron tags the tokens of a sentence B/I/O with roles S, T, R, using
the rules' own tags as its strongest features, plus words, parse labels, entities and the
position relative to the trigger. It only redraws the phrases of each sentence's main event;
which actors take part (``source``/``target``) and whether the event is reciprocal stay the
rules' decision, and each tagged run is given the edges a phrase always has (:func:`tidy_runs`).

The artefact ``data/arguments_tagger.npz`` holds the feature names, the averaged weights and
the hashes of its training sentences (so ``dyads eval`` can warn when it scores them). It runs
on numpy alone; ``scripts/train_arguments.py`` trains it on ``cameo_actors_train.txt``.
"""

from __future__ import annotations

import random
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from itertools import chain
from pathlib import Path

from typing import TYPE_CHECKING

import numpy as np

from .classify import text_hash
from .model import Event

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = [
    "ARTEFACT_PATH",
    "TAGS",
    "ArgumentTagger",
    "bio_runs",
    "default_tagger",
    "in_description",
    "keep_rule_tails",
    "keep_sites",
    "refine_arguments",
    "rejoin_runs",
    "rule_tags",
    "sentence_features",
    "spans_of_tags",
    "train_tagger",
    "trim_seat_tails",
    "use_tagger",
]

ARTEFACT_PATH = Path(__file__).parent / "data" / "arguments_tagger.npz"
TAGS = ("O", "B-S", "I-S", "B-T", "I-T", "B-R", "I-R")
_INDEX = {t: k for k, t in enumerate(TAGS)}
# an I- tag must continue a span of its own role
_ALLOWED = np.array([[not (y.startswith("I-") and yp[2:] != y[2:]) for y in TAGS] for yp in TAGS])
_START_ALLOWED = np.array([not y.startswith("I-") for y in TAGS])
_IMPOSSIBLE = -1e9


def rule_tags(sent: Span, spans: Sequence[tuple[str, int, int]]) -> list[str]:
    """BIO tags of a sentence's tokens from (role, start, end) character spans."""
    tags = ["O"] * len(sent)
    for role, start, end in spans:
        first = True
        for k, tok in enumerate(sent):
            if tok.idx < end and start < tok.idx + len(tok.text):
                tags[k] = ("B-" if first else "I-") + role
                first = False
    return tags


def bio_runs(tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(role, first token, end token) of each run of a BIO tag sequence; a stray I- starts one."""
    out, i = [], 0
    while i < len(tags):
        if tags[i] == "O":
            i += 1
            continue
        role, j = tags[i][2:], i + 1
        while j < len(tags) and tags[j] == f"I-{role}":
            j += 1
        out.append((role, i, j))
        i = j
    return out


def spans_of_tags(sent: Span, tags: Sequence[str]) -> list[tuple[str, int, int]]:
    """(role, start, end) character spans of a BIO tag sequence."""
    return [(role, sent[i].idx, sent[j - 1].idx + len(sent[j - 1].text)) for role, i, j in bio_runs(tags)]


def sentence_features(sent: Span, rules: Sequence[str], trigger: Token | None) -> list[list[str]]:
    """The feature names of each token: the rules' tag (its own, its neighbours' and its syntactic
    head's: a word inside a phrase hangs off one), the word, its parse and its place.

    Each token's attributes are read once into lists (:class:`_Columns`): spaCy builds a new Token
    object and looks its strings up on every access, and a token is seen here by itself, its
    neighbours, its dependents and the path walks below it."""
    feats = []
    n = len(sent)
    c = _Columns(sent)
    low, tag, dep, head = c.lower, c.tag, c.dep, c.head
    start = sent.start
    trig_i = trigger.i if trigger is not None else -1
    for k, t in enumerate(c.tokens):
        r = rules[k]
        d = dep[k]
        h_i = head[k]
        h = h_i - start
        inside = 0 <= h < n
        f = ["b", "r=" + r, "rr=" + r[:1], "w=" + low[k], "p=" + tag[k], "d=" + d,
             "e=" + c.ent[k], "hp=" + (tag[h] if inside else t.head.tag_) + "|" + d, "sh=" + c.shape[k],
             "rp=" + r + "|" + tag[k], "rd=" + r + "|" + d]
        if k > 0:
            f += ["r-1=" + rules[k - 1], "w-1=" + low[k - 1], "p-1=" + tag[k - 1], "r0r-1=" + r + rules[k - 1]]
        else:
            f.append("edge-1")
        if k + 1 < n:
            f += ["r1=" + rules[k + 1], "w1=" + low[k + 1], "p1=" + tag[k + 1], "r0r1=" + r + rules[k + 1]]
        else:
            f.append("edge1")
        hr = rules[h] if inside else "X"
        f += ["hr=" + hr + "|" + r, "hrd=" + hr + "|" + d, "hw=" + (low[h] if inside else t.head.lower_) + "|" + d,
              "l=" + c.lemma[k]]
        f.append("r-2=" + (rules[k - 2] if k >= 2 else "edge"))
        f.append("r2=" + (rules[k + 2] if k + 2 < n else "edge"))
        if trigger is not None:
            i = start + k
            rel = "trig" if i == trig_i else "before" if i < trig_i else "after"
            f += ["rel=" + rel, "reld=" + rel + "|" + d,
                  "under=" + str(trigger.is_ancestor(t)) + "|" + d,
                  "hd=" + ("trig" if h_i == trig_i else "x") + "|" + d,
                  "relr=" + rel + "|" + r]
        else:
            f.append("notrig|" + r)
        f += _path_features(k, r, c)
        feats.append(f)
    return feats


class _Columns:
    """One sentence's token attributes as lists, read once (``head``: document indices)."""

    def __init__(self, sent: Span) -> None:
        self.sent = sent
        self.tokens = list(sent)
        toks = self.tokens
        self.lower = [t.lower_ for t in toks]
        self.tag = [t.tag_ for t in toks]
        self.dep = [t.dep_ for t in toks]
        self.head = [t.head.i for t in toks]
        self.ent = [t.ent_iob_ + t.ent_type_ for t in toks]
        self.shape = [t.shape_[:4] for t in toks]
        self.lemma = [t.lemma_.lower() for t in toks]


_CLAUSES = frozenset({"relcl", "acl", "advcl", "appos", "conj", "ccomp", "xcomp"})


def _path_features(k: int, r: str, c: _Columns) -> list[str]:
    """Where token ``k`` of the sentence hangs inside its phrase: the dependency path up to three
    steps, the nearest governing preposition (with the part of speech it hangs on), the nearest
    clause or apposition above it, and for a preposition the lemma it hangs on ("ceasefire" + "in"
    vs "base" + "in").

    Why: the gold's boundary conventions are about constructions, not words ("in <place>" after an
    act goes out, after a site stays in; a relative clause goes out); the rules' tag says where
    the rules drew the line, these say which construction the token sits in.
    """
    start, n = c.sent.start, len(c.tokens)
    dep, head = c.dep, c.head
    path, prep, clause = [], "none", "none"
    cur = k
    for _ in range(6):
        h = head[cur] - start  # the walk stays inside the sentence, so ``cur`` always indexes it
        if h == cur or not 0 <= h < n:
            break
        if len(path) < 3:
            path.append(dep[cur])
        if prep == "none" and dep[cur] == "pobj" and dep[h] == "prep":
            prep = c.lower[h] + "|" + c.sent.doc[head[h]].pos_
        if clause == "none" and dep[cur] in _CLAUSES:
            clause = dep[cur]
        cur = h
    rr = r[:1]
    if dep[k] == "prep":
        h = head[k] - start
        governor = c.lemma[h] if 0 <= h < n else c.tokens[k].head.lemma_.lower()
    else:
        governor = "-"
    return ["path=" + "/".join(path) + "|" + rr, "pp=" + prep + "|" + rr, "cl=" + clause + "|" + rr,
            "pph=" + prep + "|" + governor]


class ArgumentTagger:
    """Feature weights per tag and tag-to-tag transitions; Viterbi decoding with numpy."""

    def __init__(self, features: Sequence[str], weights: np.ndarray, transitions: np.ndarray,
                 start: np.ndarray, train_hashes: np.ndarray | None = None) -> None:
        self.index = {f: k for k, f in enumerate(features)}
        self.features = list(features)
        self.weights = weights  # (n_features, n_tags)
        self.transitions = np.where(_ALLOWED, transitions, _IMPOSSIBLE)
        self.start = np.where(_START_ALLOWED, start, _IMPOSSIBLE)
        self.train_hashes = train_hashes

    def tag(self, feats: Sequence[Sequence[str]]) -> list[str]:
        if not feats:
            return []
        return [TAGS[i] for i in _viterbi(self.emissions(feats), self.transitions, self.start)]

    def emissions(self, feats: Sequence[Sequence[str]]) -> np.ndarray:
        """Each token's summed feature weights per tag, one row per token (float32).

        The known features of all tokens are gathered into one index array and added into their
        token's row with one ``np.add.at`` (unbuffered, in feature order: the same additions in
        the same order as a ``sum`` per token, so the scores are the same to the bit; a
        ``reduceat`` would sum pairwise and round differently) instead of one numpy call per token."""
        get = self.index.get
        ids = [[i for i in map(get, names) if i is not None] for names in feats]
        flat = list(chain.from_iterable(ids))
        total = np.zeros((len(feats), len(TAGS)), dtype=self.weights.dtype)
        if flat:
            np.add.at(total, np.repeat(np.arange(len(ids)), list(map(len, ids))), self.weights[flat])
        return total.astype(np.float32, copy=False)

    def seen_in_training(self, texts: Sequence[str]) -> np.ndarray | None:
        if self.train_hashes is None:
            return None
        return np.isin(np.fromiter((text_hash(t) for t in texts), dtype=np.int64, count=len(texts)),
                       self.train_hashes)

    def save(self, path: Path) -> None:
        np.savez_compressed(path, features=np.array(self.features), weights=self.weights.astype(np.float16),
                            transitions=np.where(_ALLOWED, self.transitions, 0.0).astype(np.float32),
                            start=np.where(_START_ALLOWED, self.start, 0.0).astype(np.float32),
                            train_hashes=self.train_hashes if self.train_hashes is not None else np.zeros(0, np.int64))

    @classmethod
    def load(cls, path: Path) -> ArgumentTagger:
        with np.load(path, allow_pickle=False) as z:
            hashes = z["train_hashes"]
            return cls([str(f) for f in z["features"]], z["weights"].astype(np.float32), z["transitions"],
                       z["start"], hashes if len(hashes) else None)


def train_tagger(examples: Sequence[tuple[list[list[str]], list[str]]], epochs: int = 5, seed: int = 0,
                 texts: Sequence[str] = (), min_weight: float = 1e-3) -> ArgumentTagger:
    """Averaged structured perceptron over (features, gold tags) examples.

    Five epochs by default: the gold's conventions are noisy, and more passes fit that noise (the
    cross-validated span F1 on the development half falls from 8 epochs on).

    Features are numbered once and the weights kept in one matrix, so an epoch is a few numpy
    sums per sentence; the average uses the usual trick of also summing each update times the
    clock (average = weights - that sum / clock) instead of touching every weight each step."""
    n_tags = len(TAGS)
    vocab: dict[str, int] = {}
    encoded = []
    for feats, gold in examples:
        ids = [np.array([vocab.setdefault(f, len(vocab)) for f in fs], dtype=np.int64) for fs in feats]
        encoded.append((ids, [_INDEX[g] for g in gold]))
    weights, stamped = np.zeros((len(vocab), n_tags)), np.zeros((len(vocab), n_tags))
    trans, trans_st = np.zeros((n_tags, n_tags)), np.zeros((n_tags, n_tags))
    start, start_st = np.zeros(n_tags), np.zeros(n_tags)
    order = list(range(len(encoded)))
    rng = random.Random(seed)
    clock = 0
    for _ in range(epochs):
        rng.shuffle(order)
        for i in order:
            ids, gold = encoded[i]
            clock += 1
            if not ids:
                continue
            emissions = np.stack([weights[x].sum(axis=0) for x in ids])
            pred = _viterbi(emissions, np.where(_ALLOWED, trans, _IMPOSSIBLE), np.where(_START_ALLOWED, start, _IMPOSSIBLE))
            if pred == gold:
                continue
            for k, (g, p) in enumerate(zip(gold, pred)):
                if g != p:
                    for tag, by in ((g, 1.0), (p, -1.0)):
                        np.add.at(weights[:, tag], ids[k], by)
                        np.add.at(stamped[:, tag], ids[k], by * clock)
            for tags, by in ((gold, 1.0), (pred, -1.0)):
                start[tags[0]] += by
                start_st[tags[0]] += by * clock
                for a, b in zip(tags, tags[1:]):
                    trans[a, b] += by
                    trans_st[a, b] += by * clock
    clock = max(clock, 1)
    avg = weights - stamped / clock
    keep = np.abs(avg).max(axis=1) >= min_weight if len(vocab) else np.zeros(0, bool)
    names = [f for f, k in vocab.items() if keep[k]]
    matrix = avg[keep].astype(np.float32) if len(vocab) else np.zeros((0, n_tags), np.float32)
    hashes = np.array(sorted({text_hash(t) for t in texts}), dtype=np.int64) if texts else None
    return ArgumentTagger(names, matrix, trans - trans_st / clock, start - start_st / clock, hashes)


def _viterbi(emissions: np.ndarray, transitions: np.ndarray, start: np.ndarray) -> list[int]:
    """The best tag index sequence under first-order transitions (illegal moves pre-masked)."""
    score = start + emissions[0]
    back = np.zeros(emissions.shape, dtype=np.int64)
    for k in range(1, len(emissions)):
        cand = score[:, None] + transitions
        back[k] = cand.argmax(axis=0)
        score = cand.max(axis=0) + emissions[k]
    best = [int(score.argmax())]
    for k in range(len(emissions) - 1, 0, -1):
        best.append(int(back[k, best[-1]]))
    return best[::-1]


# ---------------------------------------------------------------- the pipeline stage

_bundled: dict[str, ArgumentTagger | None] = {}
_override: list[ArgumentTagger | None] = []


def default_tagger() -> ArgumentTagger | None:
    """The bundled tagger (loaded once), or the one set by :func:`use_tagger`; None if absent."""
    if _override:
        return _override[-1]
    if "model" not in _bundled:
        _bundled["model"] = ArgumentTagger.load(ARTEFACT_PATH) if ARTEFACT_PATH.exists() else None
    return _bundled["model"]


@contextmanager
def use_tagger(tagger: ArgumentTagger | None) -> Iterator[ArgumentTagger | None]:
    """Make :func:`default_tagger` return ``tagger`` inside the block (None: rules only)."""
    _override.append(tagger)
    try:
        yield tagger
    finally:
        _override.pop()


def main_events(events: Sequence[Event]) -> dict[int, Event]:
    """Each sentence's main event: the most confident, the earliest on ties."""
    best: dict[int, Event] = {}
    for e in events:
        cur = best.get(e.sentence)
        if cur is None or (e.confidence, -e.start) > (cur.confidence, -cur.start):
            best[e.sentence] = e
    return best


def tagging_inputs(doc: Doc, event: Event) -> tuple[Span, list[list[str]]] | None:
    """The sentence of ``event`` and its token features (the rules' phrases as tags)."""
    inputs = _tagging_inputs(doc, event)
    return None if inputs is None else (inputs[0], inputs[2])


def _tagging_inputs(doc: Doc, event: Event) -> tuple[Span, list[str], list[list[str]], int] | None:
    """The sentence, the rules' tags, the token features and the trigger's head index, worked out
    once per event (``refine_arguments`` needs all four)."""
    from .arguments import participant_spans

    trig = doc.char_span(event.start, event.end, alignment_mode="expand")
    if trig is None:
        return None
    sent = trig.root.sent
    tags = rule_tags(sent, participant_spans([event]))
    return sent, tags, sentence_features(sent, tags, trig.root), trig.root.i


def training_example(doc: Doc, events: Sequence[Event],
                     gold: Sequence[tuple[int, int, str]]) -> tuple[list[list[str]], list[str]] | None:
    """(features, gold tags) for the sentence of the main event of a one-sentence gold article;
    None when the rules find no event (the tagger only ever redraws an event's phrases)."""
    best = main_events(events)
    if not best:
        return None
    event = max(best.values(), key=lambda e: (e.confidence, -e.start))
    inputs = tagging_inputs(doc, event)
    if inputs is None:
        return None
    sent, feats = inputs
    return feats, rule_tags(sent, [(role, start, end) for start, end, role in gold])


_REL_WORDS = frozenset({"who", "which", "that", "whom", "whose"})
_ARTICLES = frozenset({"the", "a", "an", "this", "that", "these", "those"})
# words that stand before the noun they modify: a run holds the noun with them ("humanitarian aid workers")
_PREMODIFIERS = frozenset({"amod", "compound", "nummod", "nmod", "poss", "quantmod"})


def tidy_runs(sent: Span, runs: Sequence[tuple[str, int, int]], trigger: int = -1) -> list[tuple[str, int, int]]:
    """Tagged runs with the edges no phrase has: never a hyphenated word cut in two ("95-year-old
    man" tagged from "old"), never a trailing relative pronoun, conjunction or comma ("displaced
    Afghans who"), never a leading one; the article, possessive or modifier before a noun of the run
    is kept ("their counterparts", "humanitarian aid workers"; the development half of the gold keeps
    the article for 321 of 336 phrases that have one), and a run of several words that stops on a
    modifier goes on to its noun ("the powerful Hezbollah militant group"; a lone adjective can be
    a party: "the Iraqi | and Turkish demands"), unless that noun is the trigger (``trigger``:
    its index in the document).

    Why: the tagger decides token by token, so a run can stop anywhere; these edges are conventions
    the rules always follow and the gold almost always does. On cross-validation inside the
    development half the tagger's boundary changes were wrong 24 times in 25 before this.
    """
    from .nlp import joined_by_hyphen  # (spaCy's side, imported when a sentence is tidied)

    out: list[tuple[str, int, int]] = []
    for role, i, j in runs:
        while i >= 2 and joined_by_hyphen(sent, i - 1, ("-", "\u2013")):
            i -= 2
        while j + 1 < len(sent) and joined_by_hyphen(sent, j, ("-", "\u2013")):
            j += 2
        while j > i + 1 and ((sent[j - 1].lower_ in _REL_WORDS and sent[j - 1].tag_ in ("WDT", "WP", "WP$"))
                             or (sent[j - 1].dep_ in ("cc", "punct") and sent[j - 1].text not in (")", "."))):
            j -= 1
        while j > i + 1 and sent[i].dep_ in ("cc", "punct") and sent[i].text != "(":
            i += 1
        while i >= 1 and (sent[i - 1].lower_ in _ARTICLES or sent[i - 1].tag_ == "PRP$" or
                          sent[i - 1].dep_ in _PREMODIFIERS) and i <= sent[i - 1].head.i - sent.start < j:
            i -= 1
        while j - i > 1 and j < len(sent) and sent[j - 1].dep_ in _PREMODIFIERS and sent[j - 1].head.i != trigger \
                and j <= sent[j - 1].head.i - sent.start < len(sent):
            j = sent[j - 1].head.i - sent.start + 1  # "the powerful Hezbollah [militant group]"
        j = _run_on_to_holder_or_conjunct(sent, i, j)
        if out and out[-1][2] > i:
            continue  # widened into the previous run: keep that one
        out.append((role, i, j))
    return out


def _bare_noun(tok: Token) -> bool:
    """A common noun with no word of its own before it ("nurse" in "a Cuban physician and nurse")."""
    return tok.pos_ == "NOUN" and not any(c.i < tok.i for c in tok.children)


def _run_on_to_holder_or_conjunct(sent: Span, i: int, j: int) -> int:
    """The end of run ``[i, j)`` carried over what the gold never cuts off a phrase: the named
    holder of an office set off by a comma ("the Turkish head of the rights group, Ayla Demir";
    9 of 9 such phrases on the development half keep the name), and a bare noun coordinated with a
    modified noun of the run, which shares its modifiers ("a Cuban physician and nurse", "the
    Palestinian people and organizations"; the development half joins such pairs 9 times in 11,
    and one of the two it splits, "prisoners and detainees", shares no modifier).

    Why: the tagger decides token by token and often stops at the comma or the "and"; the rules
    keep both (``dyads.arguments``: an office and its holder are one party, groups listed with a
    shared modifier are one).
    """
    n, start = len(sent), sent.start
    if j >= n or j <= i:
        return j
    nxt = sent[j]
    for tok in sent[i:j]:
        for m in tok.rights:
            if m.i - start < j:
                continue
            if nxt.text == "," and (m.dep_ == "appos" or _holder_as_conjunct(tok, m)) and \
                    m.ent_type_ == "PERSON" and m.left_edge.i - start == j + 1 and tok.ent_type_ != "PERSON":
                end = m.i - start + 1
                while end < n and sent[end].ent_iob_ == "I" and sent[end].ent_type_ == "PERSON":
                    end += 1  # the whole name, and no more ("..., Ayla Demir, and other activists")
                return end
            if m.dep_ == "conj" and tok.i - start == j - 1 and tok.pos_ == "NOUN" and not _bare_noun(tok) \
                    and _bare_noun(m) and m.i - start == j + 1 and nxt.dep_ == "cc":
                return m.i - start + 1
    return j


def _holder_as_conjunct(tok: Token, name: Token) -> bool:
    """Whether ``name``, hung by the parser as a conjunct of ``tok``, is the holder of the office
    whose "of" phrase ``tok`` ends ("the Kenya head of aid group Oxfam International, Ayla Demir":
    the parser makes "Demir" a second "of" object, beside "Oxfam International").

    Why: an office noun, its "of" phrase and the named holder after the comma are one party, as
    when the parser gets the apposition right; an organisation does not coordinate with a person.
    """
    office = tok.head.head
    return (name.dep_ == "conj" and tok.dep_ == "pobj" and tok.head.lower_ == "of"
            and office.pos_ == "NOUN" and office.ent_type_ != "PERSON" and tok.ent_type_ in ("ORG", ""))


def rejoin_runs(runs: Sequence[tuple[str, int, int]],
                rule_runs: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """Tagged runs of one role that lie inside one phrase the rules drew for that role, joined
    back into one ("any military solution | to | the North Korean crisis", "camps in the area of
    Parcha | and | Lalpura"): the tagger split a phrase, it did not find two parties.

    Why: on cross-validation inside the development half every such split (4 of 4) was wrong
    where the rules' phrase was right or no worse; the tagger may still cut or redraw a phrase.
    """
    out: list[tuple[str, int, int]] = []
    for role, i, j in runs:
        if out and out[-1][0] == role and any(
                r == role and a <= out[-1][1] and j <= b for r, a, b in rule_runs):
            out[-1] = (role, out[-1][1], j)
            continue
        out.append((role, i, j))
    return out


# prepositions that say where a site is ("the base IN X", "positions NEAR X", "a zone ALONG the border")
_PLACE_PREPS = frozenset({"in", "near", "along", "inside", "outside"})


def keep_rule_tails(sent: Span, runs: Sequence[tuple[str, int, int]],
                    rule_runs: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run that stops before a tail the gold keeps, where the rules' phrase of that role holds
    it, runs on over that tail as far as the rules' phrase goes:
    - the "of" phrase of a noun of the run ("China's expansion | of reefs", "dozens | of
      peacekeepers", "a state | of emergency"): the development half of the gold keeps it 89
      times in 91;
    - the place of a site ("the last rebel bastion | in the country", "militia positions | in the
      city", "a buffer zone | along the border"; :func:`dyads.arguments._site_in_place`): kept for
      a base, camp, position or target 12 times in 15.

    Why: the tagger decides token by token and stops at the preposition; on cross-validation
    inside the development half its cuts there were right once in seven.
    """
    from .arguments import SITE_NOUNS

    out: list[tuple[str, int, int]] = []
    n, start = len(sent), sent.start
    for role, i, j in runs:
        if j < n and sent[j].dep_ == "prep" and any(c.dep_ == "pobj" for c in sent[j].children):
            prep, noun = sent[j], sent[j].head
            kept = prep.lower_ == "of" and noun.pos_ in ("NOUN", "PROPN", "NUM") or \
                prep.lower_ in _PLACE_PREPS and noun.pos_ == "NOUN" and noun.lemma_.lower() in SITE_NOUNS
            if kept and i <= noun.i - start < j:
                stop = prep.right_edge.i - start + 1
                ends = [b for r, a, b in rule_runs if r == role and a <= i and b > j]
                if ends:
                    j = min(stop, ends[0])
        out.append((role, i, j))
    return out


def keep_sites(sent: Span, runs: Sequence[tuple[str, int, int]],
               rule_runs: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run that is only the place a site of the rules' phrase is in gives way to that phrase
    ("a military base in the state village of X" tagged as "X", "students at a university in
    Y town" tagged as "Y town"): a site is never given up for where it is.

    Why: the events stage takes the named place for the party, and the tagger learnt to look
    through to it after acts ("reform in X": X); a site, unlike an act, is what was hit, and the
    gold keeps it with its place (:func:`keep_rule_tails`).
    """
    from .arguments import SITE_NOUNS

    out: list[tuple[str, int, int]] = []
    start = sent.start
    for role, i, j in runs:
        root = sent[i:j].root
        prep = root.head
        if root.dep_ == "pobj" and prep.lower_ in _PLACE_PREPS | {"of", "at"} and \
                prep.head.lemma_.lower() in SITE_NOUNS and prep.head.pos_ == "NOUN":
            whole = [(r, a, b) for r, a, b in rule_runs if r == role and a <= prep.head.i - start < i and j <= b]
            if whole and not (out and out[-1][2] > whole[0][1]):
                out.append(whole[0])
                continue
        out.append((role, i, j))
    return out


def trim_seat_tails(sent: Span, runs: Sequence[tuple[str, int, int]],
                    rule_runs: Sequence[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """A run that goes past the end of the rules' phrase of its role only by "in/at" a capital or
    seat of power ends where the rules' phrase ends ("Germany's envoy | in Warsaw", "the Egyptian
    ambassador | in Berlin"; :func:`dyads.argument_phrases.seat_tail`).

    Why: the city a diplomat or minister stands in says where the act happened, not who did it;
    the rules leave it out (after an organisation it names the office and stays: "the U.S.
    Embassy in Athens"), and the tagger, reading words, runs on over it.
    """
    from .argument_phrases import seat_tail

    out: list[tuple[str, int, int]] = []
    start = sent.start
    for role, i, j in runs:
        for r, a, b in rule_runs:
            if r == role and a == i and i < b < j and seat_tail(sent[b]) and sent[b].head.i - start < b \
                    and sent[b].right_edge.i - start == j - 1:
                j = b
                break
        out.append((role, i, j))
    return out


def in_description(sent: Span, run: tuple[str, int, int], rule_runs: Sequence[tuple[str, int, int]]) -> bool:
    """Whether ``run`` lies in a described apposition the rules cut off a party's phrase ("Northern
    Europe" in "Estonia, a small country in Northern Europe, has launched attacks on X").

    Why: a place or body named to describe a party ("a country IN Northern Europe", "a group
    BACKED by Y") is neither that party nor the other side; the rules leave the description out
    of the phrase (``dyads.argument_phrases``: an apposition with "a/an" after anything but a
    person), and the tagger, reading words, tags the name in it as a party of its own.
    """
    start = sent.start
    _, i, j = run
    if any(a < j and i < b for _, a, b in rule_runs):
        return False
    tok = sent[i:j].root
    for _ in range(6):
        if tok.dep_ == "appos":
            return any(c.dep_ == "det" and c.lower_ in ("a", "an") for c in tok.children) and \
                any(a <= tok.head.i - start < b for _, a, b in rule_runs)
        if tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


# (session 32) prepositions of likeness: "Iraq, like Syria and Algeria, has cut the internet"
_LIKENESS = frozenset({"like", "unlike"})


def in_comparison(tok: Token) -> bool:
    """Whether ``tok`` stands in a phrase of likeness hung on a verb or a name ("Iraq, like Syria
    and Algeria, has cut the internet", "unlike Kenya, Uganda closed its border").

    Why: the states a doer is likened to did not take part in the act, nor were they its aim;
    the tagger, reading words, tags them as parties. A group noun's "like" lists its members
    ("countries like Syria"), who are parties, so it stays.
    """
    for _ in range(6):
        if tok.dep_ not in ("pobj", "conj", "appos", "compound", "amod", "det", "poss", "nmod", "cc") \
                or tok.head.i == tok.i:
            return False
        tok = tok.head
        if tok.dep_ == "prep" and tok.lower_ in _LIKENESS:
            return tok.head.pos_ in ("VERB", "AUX", "PROPN")
    return False


def refine_arguments(doc: Doc, events: Sequence[Event]) -> None:
    """Redraw the phrases of each sentence's main event with the tagger (no tagger: keep the rules').

    Whether an event is reciprocal (role R) stays the rules' reading of its trigger ("talks",
    "a deal"): the tagger sees the words, not the event, and on cross-validation over the
    development half letting it turn R into S/T (or back) cost 0.006 exact F1.
    """
    from .arguments import is_reciprocal

    tagger = default_tagger()
    if tagger is None:
        return
    for event in main_events(events).values():
        inputs = _tagging_inputs(doc, event)
        if inputs is None:
            continue
        sent, tags, feats, trigger = inputs
        runs = [r for r in tidy_runs(sent, bio_runs(tagger.tag(feats)), trigger) if not in_comparison(sent[r[1]])]
        rule_runs = bio_runs(tags)
        runs = keep_sites(sent, keep_rule_tails(sent, rejoin_runs(runs, rule_runs), rule_runs), rule_runs)
        runs = [r for r in trim_seat_tails(sent, runs, rule_runs) if not in_description(sent, r, rule_runs)]
        spans = [(role, sent[i].idx, sent[j - 1].idx + len(sent[j - 1].text)) for role, i, j in runs]
        if is_reciprocal(event):
            both = [[s, e] for _, s, e in spans]
            if both:
                event.source_spans, event.target_spans = both, [list(r) for r in both]
            continue
        both = [[s, e] for role, s, e in spans if role == "R"]
        source = [[s, e] for role, s, e in spans if role == "S"] + both
        target = [[s, e] for role, s, e in spans if role == "T"] + [list(r) for r in both]
        # a side the tagger leaves empty keeps the rules' phrases: the event still has its actors
        if source or not event.source_spans:
            event.source_spans = source
        if target or not event.target_spans:
            event.target_spans = target
