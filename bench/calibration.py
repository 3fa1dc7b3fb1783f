"""Event confidence against gold: the reliability table per outlet (issue 13).

    .venv/bin/python bench/calibration.py [--part dev] [--details]

Runs the pipeline on the articles of the gold part (default: dev, every outlet) and labels
each predicted event the way `accords eval` scores it: right when matched to a required gold
event (type and sides), wrong when matched to none, left out when matched to an optional one.
Prints, for every outlet and for all of them together, per confidence band how many events,
their mean confidence and the share right; the share right among the events at confidence
>= 0.8 (the promise of DESIGN.md: at least 80 %) and how many reach it; and two summaries:
the expected calibration error (ECE: the bands' |mean confidence - share right|, weighted by
their events) and the Brier score (mean squared gap between confidence and 1/0).
`--details` lists every event with its confidence, label, outlet and sentence.

`labelled` also returns what each event's confidence was read from (its
`accords.events.confidence.Signals`): `bench/fit_confidence.py` fits the table on them.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))
HIGH = 0.8


@dataclass(frozen=True)
class Row:
    """One predicted event of the gold part, labelled."""

    confidence: float
    right: bool
    outlet: str
    article: str  # the gold file's name
    text: str
    signals: object  # accords.events.confidence.Signals
    sentence: str = ""  # the text of the event's evidence, whole (what the event classifier reads)


def labelled(part: Path, root: Path) -> list[Row]:
    """Every predicted event of the gold files of `part` matched to a required gold event
    (right) or to none (wrong), with its confidence and the signals it was read from."""
    import accords
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import event_verdicts
    from accords.events import confidence
    from accords.events.scorer import event_sentence

    seen: dict[str, object] = {}
    original: Callable = confidence.confident

    def recording(event, signals):
        seen[event.id] = signals
        return original(event, signals)

    rows = []
    confidence.confident = recording  # the stage calls it through the module: record each event's signals
    try:
        for path in gold_files([part]):
            gold = read_gold(path)
            if "events" not in gold:
                continue  # a file of another kind only (quotes): not annotated for events, as `accords eval` reads it
            article = read_article(find_article(path, gold["article"]["file"], root=root))
            outlet = outlet_of(path.name).key
            seen.clear()
            for verdict in event_verdicts(gold["events"], article, accords.extract_article(article)):
                event, fact = verdict.event, verdict.fact
                text = fact["evidence"].replace("\n", " ")[:110]
                rows.append(Row(event.confidence, verdict.right, outlet, path.name,
                                f"{event.type} {'+'.join(fact['actors'])} [{event.trigger}] {text}",
                                seen.get(event.id), event_sentence(article, event)))
    finally:
        confidence.confident = original
    return rows


def _share(right: int, count: int) -> str:
    return f"{right / count:.3f}" if count else "-"


def expected_calibration_error(pairs: Sequence[tuple[float, bool]]) -> float:
    """The bands' |mean confidence - share right|, weighted by their share of the events."""
    total = 0.0
    for low, high in BANDS:
        band = [(c, r) for c, r in pairs if low <= c < high]
        if band:
            total += abs(sum(c for c, _ in band) / len(band) - sum(r for _, r in band) / len(band)) * len(band)
    return total / len(pairs) if pairs else 0.0


def brier(pairs: Sequence[tuple[float, bool]]) -> float:
    return sum((c - r) ** 2 for c, r in pairs) / len(pairs) if pairs else 0.0


def outlet_summaries(rows: Sequence[tuple[str, float, bool]], noun: str) -> list[str]:
    """"outlet: ECE e, Brier b (n <noun>)" for each outlet of (outlet, confidence, right) rows,
    then for all of them (the closing lines of the figure and quote benches)."""
    lines = []
    for outlet in sorted({row[0] for row in rows}) + ["all"]:
        pairs = [(c, r) for o, c, r in rows if outlet in (o, "all")]
        lines.append(f"{outlet}: ECE {expected_calibration_error(pairs):.3f}, Brier {brier(pairs):.3f} ({len(pairs)} {noun})")
    return lines


def table(pairs: Sequence[tuple[float, bool]]) -> list[str]:
    """The reliability lines of one group of (confidence, right) pairs."""
    lines = ["  confidence   events  right  mean conf  share right"]
    for low, high in BANDS:
        band = [(c, r) for c, r in pairs if low <= c < high]
        right = sum(r for _, r in band)
        mean = f"{sum(c for c, _ in band) / len(band):.3f}" if band else "-"
        lines.append(f"  [{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}  {len(band):7d} {right:6d}"
                     f"  {mean:>9}  {_share(right, len(band)):>11}")
    high = [r for c, r in pairs if c >= HIGH]
    lines.append(f"  at confidence >= {HIGH}: {sum(high)}/{len(high)} right = {_share(sum(high), len(high))}"
                 f" (goal >= 0.80); {len(high)} of {len(pairs)} events reach it")
    lines.append(f"  ECE {expected_calibration_error(pairs):.3f}, Brier {brier(pairs):.3f},"
                 f" share right {_share(sum(r for _, r in pairs), len(pairs))}")
    return lines


def report(rows: Sequence[Row], part: str) -> list[str]:
    lines = [f"events of tests/gold/{part} (matched to optional gold left out): {len(rows)}"]
    for outlet in [*sorted({r.outlet for r in rows}), "all"]:
        pairs = [(r.confidence, r.right) for r in rows if outlet in ("all", r.outlet)]
        lines.append(f"{outlet} ({len(pairs)} events)")
        lines.extend(table(pairs))
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", default="dev", help="gold part under tests/gold (dev, test, seeds)")
    parser.add_argument("--details", action="store_true", help="one line per event")
    args = parser.parse_args()
    part = ROOT / "tests" / "gold" / args.part
    if not part.exists():
        sys.exit(f"{part} not found")
    rows = labelled(part, ROOT / "tests" / "gold")
    if args.details:
        for row in sorted(rows, key=lambda r: (-r.confidence, r.outlet)):
            print(f"{row.confidence:.2f} {'RIGHT' if row.right else 'wrong'} {row.outlet:5} {row.text}")
    print("\n".join(report(rows, args.part)))


if __name__ == "__main__":
    main()
