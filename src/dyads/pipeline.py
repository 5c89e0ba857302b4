"""Runs the stages over articles: spaCy once per article, then actors, quotes, events, figures, tone.

``annotate`` is pure and picklable, so a process pool (``process_articles``) or a distributed
engine (see ``dyads.distributed``) runs it unchanged.
"""

from __future__ import annotations

import math
import multiprocessing
import os
from contextlib import contextmanager
from collections.abc import Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from itertools import chain, islice

from spacy.tokens import Doc

from . import actors as actors_stage
from . import events as events_stage
from . import figures as figures_stage
from . import quotes as quotes_stage
from . import tone as tone_stage
from .argument_tagger import refine_arguments
from .arguments import add_argument_spans
from .event_confidence import reweigh_events
from .event_trust import score_trust
from .kb import set_default_kb
from .model import Actor, Article, Event, Sentence
from .nlp import load_nlp, sentence_lookups, sentences
from .statements import settle_after_classifier, tidy_statement_spans, unevented_statements
from .tagged_parties import fill_parties

__all__ = ["REWEIGH", "VETO", "annotate", "annotate_doc", "configure", "default_workers", "finish_statements",
           "process_articles", "vetoes"]

REWEIGH = True
# Whether the sentence classifier may drop the rules' events in a sentence it rates neutral.
# Off only to score sets where every sentence is known to hold an event (``dyads eval --no-veto``).
VETO = True


def annotate_doc(article: Article, doc: Doc, reweigh: bool | None = None) -> Article:
    """Fill ``article`` from its parsed ``doc``: the per-article work after spaCy.

    ``reweigh`` lets the sentence classifier drop or promote rule events (see
    :mod:`dyads.event_confidence`); default :data:`REWEIGH`.
    """
    with sentence_lookups(doc):
        return _annotate_doc(article, doc, reweigh)


def _annotate_doc(article: Article, doc: Doc, reweigh: bool | None) -> Article:
    """``annotate_doc`` with the document's sentence lookups in place."""
    sents = sentences(doc)
    article.sentences = [Sentence(s.start_char, s.end_char) for s in sents]
    article.actors = actors_stage.find_actors(doc, article)
    article.quotes = quotes_stage.find_quotes(doc, article.actors)
    article.events, statements = events_stage.find_events_and_statements(
        doc, article.actors, article.quotes, article.date)
    coded = article.events
    if REWEIGH if reweigh is None else reweigh:
        article.events = reweigh_events(doc, article.events, **({} if VETO else {"drop_neutral": math.inf}))
    add_argument_spans(doc, article.events)
    refine_arguments(doc, article.events)
    fill_parties(doc, article.events, article.actors)
    article.statements = finish_statements(doc, statements, coded, article.events, article.actors)
    article.figures = figures_stage.find_figures(doc, article.actors, article.events)
    article.tone, sentence_tones = tone_stage.score_tone(article.text, article.sentences)
    for sentence, tone in zip(article.sentences, sentence_tones):
        sentence.tone = tone
    score_trust(doc, article)
    for i, event in enumerate(article.events):
        event.id = f"{article.id}-e{i}"
    for i, statement in enumerate(article.statements):
        statement.id = f"{article.id}-s{i}"
    for i, quote in enumerate(article.quotes):
        quote.id = f"{article.id}-q{i}"
    for i, figure in enumerate(article.figures):
        figure.id = f"{article.id}-f{i}"
        # find_figures links by position ("e3") because ids do not exist yet then.
        if figure.event and figure.event.startswith("e") and figure.event[1:].isdigit():
            k = int(figure.event[1:])
            figure.event = article.events[k].id if k < len(article.events) else None
    return article


def finish_statements(doc: Doc, statements: list[Event], coded: list[Event], events: list[Event],
                      actors: list[Actor]) -> list[Event]:
    """The CAMEO 01 statements that stand, with their phrases and parties, once the events are done.

    They get the rules' phrases apart from the events, so that they never change which event
    leads a sentence or its parties; the phrase tagger, trained on event sentences only, is not
    asked; ``coded`` are the events before the classifier, ``events`` after it (see
    :func:`dyads.statements.settle_after_classifier`); the fills see only statements of
    sentences without an event."""
    add_argument_spans(doc, statements)
    tidy_statement_spans(statements)
    statements = settle_after_classifier(doc, statements, coded, events)
    fill_parties(doc, unevented_statements(events, statements), actors)
    return statements


def annotate(article: Article) -> Article:
    """Parse and annotate one article in this process."""
    return annotate_doc(article, load_nlp()(article.text))


def _annotate_batch(batch: list[Article]) -> list[Article]:
    nlp = load_nlp()
    docs = nlp.pipe([a.text for a in batch], batch_size=16)
    return [annotate_doc(article, doc) for article, doc in zip(batch, docs)]


@contextmanager
def vetoes(allowed: bool) -> Iterator[None]:
    """Within the block, whether the classifier may drop events in this process (see VETO)."""
    global VETO
    saved, VETO = VETO, allowed
    try:
        yield
    finally:
        VETO = saved


def configure(actor_files: Iterable[str] = ()) -> None:
    """Per-process set-up: the model, and the user's extra actor knowledge-base files."""
    load_nlp()
    files = list(actor_files)
    if files:
        set_default_kb(files)


def _configure_worker(actor_files: tuple[str, ...], veto: bool) -> None:
    """A pool worker's set-up: ``configure`` plus the parent's VETO, which spawned processes
    do not inherit."""
    global VETO
    VETO = veto
    configure(actor_files)


def default_workers() -> int:
    """Both cores by default; ``DYADS_WORKERS`` overrides."""
    env = os.environ.get("DYADS_WORKERS")
    if env:
        return max(1, int(env))
    return max(1, min(os.cpu_count() or 1, 8))


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(items)
    while batch := list(islice(it, size)):
        yield batch


def process_articles(
    articles: Iterable[Article],
    workers: int | None = None,
    batch_size: int = 8,
    actor_files: Iterable[str] = (),
    veto: bool = True,
) -> Iterator[Article]:
    """Annotate articles in order, across ``workers`` processes (one model load each)."""
    workers = workers or default_workers()
    files = tuple(actor_files)
    it = iter(articles)
    head = list(islice(it, batch_size * workers))
    if workers <= 1 or len(head) <= batch_size:
        # Too little work to pay for starting processes.
        with vetoes(veto):
            configure(files)
            for batch in _batches(chain(head, it), batch_size):
                yield from _annotate_batch(batch)
        return
    # spawn, not fork: the parent may hold DuckDB threads, which fork does not copy safely.
    ctx = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=ctx, initializer=_configure_worker, initargs=(files, veto)
    ) as pool:
        pending = []
        for batch in _batches(chain(head, it), batch_size):
            pending.append(pool.submit(_annotate_batch, batch))
            while len(pending) > workers * 2:
                yield from pending.pop(0).result()
        for future in pending:
            yield from future.result()
