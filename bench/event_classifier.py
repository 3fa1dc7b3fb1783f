"""Rules alone vs rules + the event classifier, on every gold part and outlet (issue 13).

    .venv/bin/python bench/event_classifier.py [--parts test dev seeds]

Runs the default pipeline once per gold article, then scores three versions of its events
with `accords eval`'s scorer: the rules alone; ``eventcheck.v1`` (veto: events the
classifier doubts are dropped); ``eventscore.v1`` (score: their confidence falls to 0.3).
Prints events P/R/F1 per part and outlet, and the calibration promise of DESIGN.md (of
the events at confidence >= 0.8, the share right; labels as `bench/calibration.py`: matched
to a required gold event = right, to none = wrong, to an optional one = left out), and the
time the classifier took per article next to the pipeline's.
"""

from __future__ import annotations

import argparse
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
MODES = ("rules", "veto", "score")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--parts", nargs="+", default=["test", "dev", "seeds"])
    args = parser.parse_args()

    import accords
    from accords.evaluation.runner import evaluate, find_article, gold_files, read_article, read_gold
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.scorer import event_verdicts
    from accords.gold import to_gold
    from accords.stages.eventcheck import score, veto

    root = ROOT / "tests" / "gold"
    pipeline_s = classifier_s = 0.0
    articles = 0
    for part in args.parts:
        extractions = {}
        for path in gold_files([root / part]):
            gold = read_gold(path)
            if "events" not in gold:
                continue  # a file annotated for quotes only: no event gold, as `accords eval` reads it
            article = read_article(find_article(path, gold["article"]["file"], root=root))
            started = time.perf_counter()
            rules = accords.extract_article(article)
            middle = time.perf_counter()
            extractions[article.id] = {"rules": rules, "veto": veto(article, None, rules),
                                       "score": score(article, None, rules)}
            pipeline_s += middle - started
            classifier_s += (time.perf_counter() - middle) / 2
            articles += 1
            extractions[article.id]["gold"] = (gold, article, path)
        print(f"== tests/gold/{part}")
        high: dict[str, dict[str, list[bool]]] = {m: defaultdict(list) for m in MODES}
        for mode in MODES:
            report = evaluate([root / part], root=root,
                              predict=lambda a, m=mode, x=extractions: to_gold(a, x[a.id][m], indirect=True))
            cells = []
            for outlet in report.by_outlet():
                s = outlet.total("events")
                cells.append(f"{outlet.outlet.key} P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
            s = report.total("events")
            cells.append(f"all P {s.precision:.3f} R {s.recall:.3f} F1 {s.f1:.3f}")
            print(f"  events {mode:5}: " + " | ".join(cells))
            for gold, article, path in (e["gold"] for e in extractions.values()):
                for verdict in event_verdicts(gold["events"], article, extractions[article.id][mode]):
                    if verdict.event.confidence >= 0.8:
                        high[mode][outlet_of(path.name).key].append(verdict.right)
        for mode in MODES:
            every = [r for rows in high[mode].values() for r in rows]
            share = f"{sum(every) / len(every):.3f}" if every else "-"
            print(f"  confidence >= 0.8 {mode:5}: {sum(every)}/{len(every)} = {share}; "
                  + ", ".join(f"{o} {sum(v)}/{len(v)}" for o, v in sorted(high[mode].items())))
    print(f"time per article ({articles}): pipeline {1000 * pipeline_s / articles:.0f} ms, "
          f"classifier {1000 * classifier_s / articles:.0f} ms (model load included in the first)")


if __name__ == "__main__":
    main()
