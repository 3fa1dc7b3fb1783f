"""The extraction pipeline: an ordered list of named, versioned, pure stages.

Running a pipeline on an article:

1. parse the text once with the shared spaCy model (`accords.nlp.parse`), unless no stage
   needs it or the article is not in English;
2. call each stage in order with the article, the parse and the extraction so far; a stage
   returns a new `Extraction` with its facts added and never does I/O;
3. record the stage names on the extraction (`Extraction.pipeline`).

With the relevance gate on (`run_many` turns it on by default; `accords.gate`), an article
the gate finds unrelated to international cooperation is not parsed: only the stages that
are not `GATED_STAGES` run (without a parse), and a note says why the rest did not.

A stage that raises does not lose the article: the runner logs the reason, records it in
`Extraction.notes` and goes on with the next stage.

Cost is bounded per article: a text over `parts.PART_CHARS` is analysed in parts of whole
paragraphs and the parts' facts merged (`accords.pipeline.parts`), so time and memory grow
linearly with length; and each article has a time budget (`TIME_BUDGET_S`): past it, no
further stage or part starts, and the extraction keeps what was found with a note starting
with `TIMED_OUT`, which the ingest report counts. Never silently.

Stages register themselves with `@stage("name.vN")`, the built-in ones exactly as a
third-party module would (`DEFAULT_STAGE_MODULES`, and the `accords.stages` entry point
group). A released name is never changed: new behaviour gets a new version.
"""

from __future__ import annotations

import dataclasses
import importlib
import logging
import time
from types import EllipsisType
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from importlib.metadata import entry_points

from spacy.tokens import Doc

from accords.errors import StageError
from accords.model import Article, Extraction
from accords.pipeline import parts

log = logging.getLogger(__name__)

StageFunc = Callable[[Article, Doc | None, Extraction], Extraction]

#: Modules whose import registers the built-in stages (loaded like plugins).
DEFAULT_STAGE_MODULES = (
    "accords.stages.segment",
    "accords.stages.entities",
    "accords.stages.times",
    "accords.stages.quantities",
    "accords.stages.events",
    "accords.stages.quotes",
    "accords.stages.indicators",
    "accords.stages.eventcheck",  # optional: not in DEFAULT_PIPELINE
)

#: The default pipeline, in order.
DEFAULT_PIPELINE = (
    "segment.v2",
    "entities.v2",
    "times.v2",
    "quantities.v1",
    "events.v2",
    "quotes.v2",  # before indicators: a first-person figure in a quote takes the speaker's country
    "indicators.v2",
)

#: The optional event classifier after the rules (`accords.stages.eventcheck`), by the value of
#: the ``event_classifier`` setting: "veto" drops the events it doubts, "score" lowers their
#: confidence. Off by default: it did not beat the rules on every outlet's test part.
EVENT_CLASSIFIER_STAGES = {"veto": "eventcheck.v1", "score": "eventscore.v1"}


def with_event_classifier(mode: str) -> tuple[str, ...] | None:
    """The pipeline for the ``event_classifier`` setting: None (the default pipeline) when
    `mode` is empty or "off", else `DEFAULT_PIPELINE` and the classifier's stage."""
    if mode in ("", "off"):
        return None
    if mode not in EVENT_CLASSIFIER_STAGES:
        raise StageError(f"event_classifier={mode!r}: expected one of 'off', {', '.join(map(repr, EVENT_CLASSIFIER_STAGES))}")
    return (*DEFAULT_PIPELINE, EVENT_CLASSIFIER_STAGES[mode])


#: Released stage names whose behaviour was replaced, and the name that replaced them. A
#: released name never changes behaviour (facts record the stage that made them), so a
#: replaced one is withdrawn: asking for it is an error that names its successor.
WITHDRAWN_STAGES = {
    "segment.v1": "segment.v2",  # 0.2.0: a sub-heading glued to the next sentence is its own sentence
    "entities.v1": "entities.v2",  # 0.2.0: regions inside country names, gazetteer rows, junk NER (unseen-article review)
    "times.v1": "times.v2",  # 0.2.0: a month name never starts inside a word
    "events.v1": "events.v2",  # 0.2.0: sides, habits and wishes, statuses, retellings (unseen-article review)
    "indicators.v1": "indicators.v2",  # 0.2.0: subjects, ranges, restatements (unseen-article review)
    "quotes.v1": "quotes.v2",  # 0.2.0: reporting clauses from the parse, roles of organisations, reported speech, carry-over limits
}

#: Stage families the relevance gate skips on irrelevant articles (name before the version).
#: The gate is consulted only when the pipeline includes one of them.
GATED_STAGES = ("entities", "times", "quantities", "events", "quotes", "indicators")

#: Languages the English stages handle; other articles are stored but not analysed.
ANALYSED_LANGUAGES = (None, "en")

#: Seconds one article may take; past them no further stage or part starts (see above).
TIME_BUDGET_S = 300.0
#: How the note of an extraction stopped by the time budget begins.
TIMED_OUT = "extraction timed out"


@dataclass(frozen=True)
class Stage:
    """A registered stage: its versioned name, the function, and whether it reads the parse."""

    name: str
    func: StageFunc
    needs_doc: bool = True


_REGISTRY: dict[str, Stage] = {}
_loaded = False


def stage(name: str, *, needs_doc: bool = True) -> Callable[[StageFunc], StageFunc]:
    """Register a stage function under a versioned name such as ``"events.v2"``."""
    if "." not in name or not name.rsplit(".", 1)[1].startswith("v"):
        raise StageError(f"stage name {name!r} must end in a version, like 'events.v2'")

    def register(func: StageFunc) -> StageFunc:
        existing = _REGISTRY.get(name)
        if existing is not None and existing.func is not func:
            raise StageError(f"stage {name!r} is already registered by {existing.func.__module__}")
        _REGISTRY[name] = Stage(name=name, func=func, needs_doc=needs_doc)
        return func

    return register


def _load_stage_modules() -> None:
    global _loaded
    if _loaded:
        return
    for module in DEFAULT_STAGE_MODULES:
        importlib.import_module(module)
    for entry in entry_points(group="accords.stages"):
        entry.load()
    _loaded = True


def registered_stages() -> dict[str, Stage]:
    """Every registered stage by name (loads the built-in and plugin stage modules)."""
    _load_stage_modules()
    return dict(_REGISTRY)


def resolve(names: Sequence[str] | None = None) -> tuple[Stage, ...]:
    """The stages for `names` (default: `DEFAULT_PIPELINE`), in order."""
    stages = registered_stages()
    wanted = DEFAULT_PIPELINE if names is None else tuple(names)
    withdrawn = [name for name in wanted if name in WITHDRAWN_STAGES and name not in stages]
    if withdrawn:
        raise StageError("; ".join(
            f"stage {name!r} was withdrawn (its behaviour changed): use {WITHDRAWN_STAGES[name]!r}" for name in withdrawn
        ))
    missing = [name for name in wanted if name not in stages]
    if missing:
        raise StageError(f"unknown stages {missing}; registered: {sorted(stages)}")
    return tuple(stages[name] for name in wanted)


def run(
    article: Article, *, stages: Sequence[str] | None = None, doc: Doc | None = None, gate: bool = False,
    time_budget: float | EllipsisType | None = ...,
) -> Extraction:
    """Run the pipeline on one article and return its `Extraction`.

    With `gate`, an article `accords.gate.relevance` rejects skips the parse and the
    `GATED_STAGES`, with a note giving the gate's reason. `time_budget` (seconds, None for
    none, by default `TIME_BUDGET_S` as it is at the call) bounds the article's time, as
    the module docstring says.
    """
    chosen = resolve(stages)
    return _run(article, chosen, doc=doc, skipped=_gate(article, chosen) if gate else None,
                budget=_Budget(time_budget))


@dataclass(frozen=True)
class _Budget:
    """The time budget of one article: `seconds` from the moment it is made (None: none;
    ``...``: `TIME_BUDGET_S`, read then, so that a setting or a test can change it)."""

    seconds: float | EllipsisType | None
    started: float = dataclasses.field(default_factory=time.monotonic)

    def __post_init__(self) -> None:
        if self.seconds is Ellipsis:
            object.__setattr__(self, "seconds", TIME_BUDGET_S)

    def spent(self) -> bool:
        seconds = self.seconds  # a number or None once made (`__post_init__` replaced ``...``)
        return isinstance(seconds, int | float) and time.monotonic() - self.started > seconds

    def note(self, what: str) -> str:
        return f"{TIMED_OUT} after {time.monotonic() - self.started:.0f} s (budget {self.seconds:g} s): {what}"


def _run(
    article: Article,
    chosen: tuple[Stage, ...],
    *,
    doc: Doc | None,
    skipped: tuple[tuple[Stage, ...], str] | None,
    budget: _Budget,
    whole: bool = True,
) -> Extraction:
    """`run` on resolved stages, given the gate's answer (`_gate`; None without the gate).

    The caller asks the gate, so `run_many` asks it once per article, both to choose what to
    parse and to choose the stages. A text over `parts.PART_CHARS` goes part by part
    (`whole` is false for a part)."""
    if whole and doc is None and len(article.text) > parts.PART_CHARS:
        return _run_parts(article, chosen, skipped=skipped, budget=budget)
    extraction = Extraction(article_id=article.id, pipeline=tuple(s.name for s in chosen))
    if article.language not in ANALYSED_LANGUAGES:
        return dataclasses.replace(
            extraction, notes=(f"language {article.language!r} is not analysed; no stage ran",)
        )
    if skipped is not None:
        chosen, note = skipped
        extraction = dataclasses.replace(extraction, notes=(note,))
        doc = None
    if doc is None and skipped is None and any(s.needs_doc for s in chosen) and article.text.strip():
        from accords.nlp import parse

        doc = parse(article.text)
    for number, current in enumerate(chosen):
        if budget.spent():
            left = ", ".join(s.name for s in chosen[number:])
            return dataclasses.replace(extraction, notes=extraction.notes + (budget.note(f"{left} not run"),))
        try:
            extraction = current.func(article, doc, extraction)
        except Exception as exc:  # a stage must never lose the article: record and go on
            log.warning("stage %s failed on article %s: %s", current.name, article.id, exc, exc_info=True)
            extraction = dataclasses.replace(
                extraction, notes=extraction.notes + (f"{current.name} failed: {type(exc).__name__}: {exc}",)
            )
    return extraction


def _run_parts(
    article: Article,
    chosen: tuple[Stage, ...],
    *,
    skipped: tuple[tuple[Stage, ...], str] | None,
    budget: _Budget,
) -> Extraction:
    """`_run` on each part of a long article (`parts.split`), merged (`parts.merge`); the
    parts left when the budget is spent are not analysed, and a note says so."""
    spans = parts.split(article.text)
    done: list[tuple[int, Extraction]] = []
    timed_out = None
    for number, (start, end) in enumerate(spans, start=1):
        if budget.spent():
            timed_out = budget.note(f"parts {number}-{len(spans)} of {len(spans)} not analysed "
                                    f"(characters {start} to {len(article.text)})")
            break
        part = dataclasses.replace(article, text=article.text[start:end])
        done.append((start, _run(part, chosen, doc=None, skipped=skipped, budget=budget, whole=False)))
    merged = parts.merge(article.id, tuple(s.name for s in chosen), done)
    notes = (f"long text: analysed in {len(spans)} parts of at most {parts.PART_CHARS} characters",
             *merged.notes, *((timed_out,) if timed_out else ()))
    return dataclasses.replace(merged, notes=notes)


def run_many(
    articles: Iterable[Article], *, stages: Sequence[str] | None = None, batch_size: int = 16, gate: bool = True,
    time_budget: float | EllipsisType | None = ...,
) -> Iterator[Extraction]:
    """Run the pipeline over many articles, in order, parsing them in batches with `nlp.pipe`.

    The relevance gate is on by default (see `run`): in a batch of general news most
    articles are then neither parsed nor analysed. `gate=False` analyses every article.
    Each article gets its own `time_budget` (seconds, None for none), counted from the
    moment its stages start (the batch's shared parse is not counted).
    """
    from accords.nlp import parse_many

    chosen = resolve(stages)
    needs_doc = any(s.needs_doc for s in chosen)
    for batch in _batches(articles, batch_size):
        # the gate's answer, asked once per article: it chooses what to parse and what runs
        skips = [_gate(a, chosen) if gate else None for a in batch]
        pipe = [
            a for a, skipped in zip(batch, skips)
            if skipped is None and needs_doc and a.language in ANALYSED_LANGUAGES and a.text.strip()
            and len(a.text) <= parts.PART_CHARS  # longer ones go part by part
        ]
        docs = dict(zip(map(id, pipe), parse_many((a.text for a in pipe), batch_size=batch_size)))
        for article, skipped in zip(batch, skips):
            yield _run(article, chosen, doc=docs.get(id(article)), skipped=skipped, budget=_Budget(time_budget))


def _gate(article: Article, chosen: Sequence[Stage]) -> tuple[tuple[Stage, ...], str] | None:
    """None when the article goes through every stage; else the stages left and the note why.

    The gate is consulted only when `chosen` includes a `GATED_STAGES` stage, and the
    stages left run without a parse.
    """
    if not any(s.name.rsplit(".", 1)[0] in GATED_STAGES for s in chosen):
        return None
    from accords.gate import GATE, relevance

    decision = relevance(article)
    if decision.relevant:
        return None
    kept = tuple(s for s in chosen if s.name.rsplit(".", 1)[0] not in GATED_STAGES)
    return kept, f"{GATE}: skipped {', '.join(s.name for s in chosen if s not in kept)}: {decision.reason}"


def _batches(items: Iterable[Article], size: int) -> Iterator[list[Article]]:
    batch: list[Article] = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
