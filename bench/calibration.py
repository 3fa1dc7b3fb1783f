"""Event confidence against gold: the reliability table (issue 13).

    .venv/bin/python bench/calibration.py [--part dev] [--details]

Runs the pipeline on the articles of the gold part (default: dev, every outlet) and labels
each predicted event the way `accords eval` scores it: right when matched to a required gold
event (type and sides), wrong when matched to none, left out when matched to an optional one.
Prints, per confidence band, how many events and the share right, and the share right among
the events at confidence >= 0.8 (the promise of DESIGN.md: at least 80 %). `--details` lists
every event with its confidence, label, outlet and sentence.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BANDS = ((0.0, 0.2), (0.2, 0.4), (0.4, 0.6), (0.6, 0.8), (0.8, 0.9), (0.9, 1.01))


def labelled(part: Path, root: Path) -> list[tuple[float, bool, str, str]]:
    """(confidence, right, outlet, description) of every predicted event matched to a required
    gold event (right) or to none (wrong), over the gold files of `part`."""
    import accords
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import event_verdicts

    rows = []
    for path in gold_files([part]):
        gold = read_gold(path)
        article = read_article(find_article(path, gold["article"]["file"], root=root))
        outlet = outlet_of(path.name).key
        for verdict in event_verdicts(gold["events"], article, accords.extract_article(article)):
            event, fact = verdict.event, verdict.fact
            text = fact["evidence"].replace("\n", " ")[:110]
            rows.append((event.confidence, verdict.right, outlet,
                         f"{event.type} {'+'.join(fact['actors'])} [{event.trigger}] {text}"))
    return rows


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
        for confidence, right, outlet, text in sorted(rows, key=lambda r: (-r[0], r[2])):
            print(f"{confidence:.2f} {'RIGHT' if right else 'wrong'} {outlet:5} {text}")
    print(f"events of tests/gold/{args.part} (matched to optional gold left out): {len(rows)}")
    print("confidence      events  right  share right")
    for low, high in BANDS:
        band = [r for r in rows if low <= r[0] < high]
        right = sum(r[1] for r in band)
        share = f"{right / len(band):.3f}" if band else "-"
        print(f"[{low:.1f}, {min(high, 1.0):.1f}{']' if high > 1 else ')'}  {len(band):8d} {right:6d}  {share:>11}")
    by_outlet: dict[str, list[bool]] = defaultdict(list)
    for confidence, right, outlet, _text in rows:
        if confidence >= 0.8:
            by_outlet[outlet].append(right)
    high = [r[1] for r in rows if r[0] >= 0.8]
    share = f"{sum(high) / len(high):.3f}" if high else "-"
    print(f"at confidence >= 0.8: {sum(high)}/{len(high)} right = {share} (goal >= 0.80); per outlet: "
          + ", ".join(f"{o} {sum(v)}/{len(v)}" for o, v in sorted(by_outlet.items())))


if __name__ == "__main__":
    main()
