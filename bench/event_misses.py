"""Why each missed gold event is missed: how far its sentence got in the events stage (issue 13).

    PYTHONPATH=src .venv/bin/python bench/event_misses.py tests/gold/test [--root tests/gold]
    PYTHONPATH=src .venv/bin/python bench/event_misses.py tests/gold/dev --sentences

Runs the default pipeline on the articles of the gold files, as `accords eval` does, with the
events stage's `sentence_triggers` (`accords.events.sentencetriggers`), `_event` and `deduplicate` wrapped (`_Trace`), so that each gold
event `accords eval` counts as missed is labelled with the furthest step its sentence reached
(the sentence: the article's sentence whose words overlap the gold evidence most, over half):

- ``no trigger``: no trigger of the lexicon fired in the sentence;
- ``trigger dropped (same type|other types)``: triggers fired, `_event` made no event of them
  (a trigger of the gold type among them, or not);
- ``made other type (T, ...)``: events were made there, none of the gold type;
- ``made T wrong sides``: an event of the gold type was made there, with other sides;
- ``merged away``: an event with the gold type and sides was made but the merging of reports
  (`accords.events.dedup`) folded it into another;
- ``dropped after merging``: kept by the merging, dropped later (the relation and anchoring
  filters of the stage);
- ``in the output``: an event with the gold type and sides is in the output for that sentence;
  the scorer paired it with another gold event (two gold events of one type and sides).

Counts per outlet and stage, then per gold type. `--sentences` also prints each miss with its
sentence and what fired there: use it on dev parts only. On test parts read the counts, never
the sentences: rules are written on dev (tests/gold/README.md).
"""

from __future__ import annotations

import argparse
import collections
import contextlib
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import accords
from accords.evaluation.runner import evaluate
from accords.gold import to_gold
from accords.model import Article, Event
from accords.stages import events as stage

ROOT = Path(__file__).resolve().parents[1]
#: Share of a gold evidence's words (of the shorter side) a sentence must hold to be its sentence.
OVERLAP = 0.5


@dataclass
class _Trace:
    """What the wrapped steps of the events stage did in one article, by sentence start."""

    triggers: dict[int, list[str]] = field(default_factory=lambda: collections.defaultdict(list))
    made: dict[int, list[Event]] = field(default_factory=lambda: collections.defaultdict(list))
    before_merge: list[Event] = field(default_factory=list)
    after_merge: list[Event] = field(default_factory=list)
    sentences: list[tuple[int, int, str]] = field(default_factory=list)
    output: tuple[Event, ...] = ()


@contextlib.contextmanager
def _traced(trace: _Trace) -> Iterator[None]:
    """Wrap the stage's steps for the time of one article; the originals come back after."""
    triggers, event, deduplicate = stage.sentence_triggers, stage._event, stage.deduplicate

    def traced_triggers(parsed: Any, offset: int, *args: Any, **kwargs: Any) -> Any:
        found = triggers(parsed, offset, *args, **kwargs)
        trace.triggers[offset].extend(f"{t.token.text}:{t.spec.type}" for t in found)
        return found

    def traced_event(article: Article, trigger: Any, sentence: Any, *args: Any, **kwargs: Any) -> Any:
        made = event(article, trigger, sentence, *args, **kwargs)
        trace.triggers.setdefault(sentence.start, [])
        if made is not None:
            trace.made[sentence.start].append(made)
        return made

    def traced_deduplicate(found: Any) -> Any:
        merged = deduplicate(found)
        trace.before_merge = [item.event for item in found]
        trace.after_merge = [item.event for item in merged]
        return merged

    wrapped = {"sentence_triggers": traced_triggers, "_event": traced_event, "deduplicate": traced_deduplicate}
    originals = {name: getattr(stage, name) for name in wrapped}
    for name, function in wrapped.items():
        setattr(stage, name, function)
    try:
        yield
    finally:
        for name, function in originals.items():
            setattr(stage, name, function)


def _words(text: str) -> set[str]:
    return set(text.lower().split())


def _overlap(a: str, b: str) -> float:
    first, second = _words(a), _words(b)
    return len(first & second) / max(1, min(len(first), len(second)))


def _sides(event: Event) -> list[str]:
    return sorted(set(event.actor_countries + event.recipient_countries))


def why(gold: dict[str, Any], trace: _Trace) -> str:
    """The label of one missed gold event (module docstring)."""
    evidence = gold.get("evidence") or ""
    best = max(trace.sentences, key=lambda s: _overlap(evidence, s[2]), default=None)
    if best is None or _overlap(evidence, best[2]) <= OVERLAP:
        return "gold sentence not found"
    start, end, _ = best
    want, sides = (gold.get("type") or "").upper(), sorted(str(a).upper() for a in gold.get("actors") or ())

    def here(event: Event) -> bool:
        return bool(event.evidence) and start <= event.evidence[0].start < end

    def right(event: Event) -> bool:
        return event.type == want and _sides(event) == sides

    fired = trace.triggers.get(start, [])
    made = trace.made.get(start, [])
    if not fired:
        return "no trigger"
    if not made:
        same = any(label.endswith(":" + want) for label in fired)
        return f"trigger dropped ({'same type' if same else 'other types'})"
    of_type = [e for e in made if e.type == want]
    if not of_type:
        return "made other type (" + ", ".join(sorted({e.type for e in made})) + ")"
    if not any(right(e) for e in of_type):
        return f"made {want} wrong sides"
    if not any(right(e) for e in trace.after_merge if here(e)):
        return "merged away"
    if not any(right(e) for e in trace.output if here(e)):
        return "dropped after merging"
    return "in the output"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("gold", nargs="+", help="gold files or folders (e.g. tests/gold/dev)")
    parser.add_argument("--root", default=str(ROOT / "tests" / "gold"), help="where the gold's article files are")
    parser.add_argument("--sentences", action="store_true", help="print each miss's sentence (dev parts only)")
    args = parser.parse_args(argv)
    traces: list[_Trace] = []  # one per scored article, in the runner's order

    def predict(article: Article) -> dict[str, Any]:
        """The runner's default predictor (`pipeline_predictor`), traced."""
        trace = _Trace()
        with _traced(trace):
            extraction = accords.extract_article(article)
        text = article.text
        trace.sentences = [(s.start, s.end, text[s.start:s.end]) for s in extraction.sentences]
        trace.output = extraction.events
        traces.append(trace)
        return to_gold(article, extraction, indirect=True)

    report = evaluate(args.gold, root=args.root, predict=predict)
    by_stage: collections.Counter[tuple[str, str]] = collections.Counter()
    by_type: collections.Counter[tuple[str, str, str]] = collections.Counter()
    for scored, trace in zip(report.articles, traces, strict=True):
        for gold in scored.misses.get("events", ()):
            label = why(gold, trace)
            by_stage[(scored.outlet, label)] += 1
            by_type[(scored.outlet, (gold.get("type") or "").upper(), label)] += 1
            if args.sentences:
                start = next((s for s in trace.sentences if _overlap(gold.get("evidence") or "", s[2]) > OVERLAP), None)
                print(f"{scored.article}\t{gold.get('type')} {gold.get('actors')}\t{label}\t"
                      f"{trace.triggers.get(start[0], []) if start else []}\t{(start[2] if start else '')[:300]}")
    for problem in report.problems:
        print("problem:", problem, file=sys.stderr)
    print("outlet  misses  why")
    for (outlet, label), count in sorted(by_stage.items()):
        print(f"{outlet:7} {count:6}  {label}")
    print("\noutlet  type        misses  why")
    for (outlet, type_, label), count in sorted(by_type.items()):
        print(f"{outlet:7} {type_:11} {count:6}  {label}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
