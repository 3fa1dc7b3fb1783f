"""Figure confidence against gold: per outlet and per kind, how many figures and the share right.

    .venv/bin/python bench/figure_calibration.py [--part dev]

Runs the pipeline on the articles of the gold part (default: dev, every outlet; a folder path
is read as a part) and labels each figure the way `accords eval` scores it: right when matched
to a gold figure (subjects, unit, value within 1 %), wrong when matched to none. Prints, per
outlet and over all, the figures and share right at each confidence, then per kind: the table
`accords.indicators.confidence` is set from (docs/confidence.md, "Figures"); last, per outlet
the expected calibration error and Brier score, as `bench/calibration.py` computes them.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, outlet_summaries  # noqa: E402


def labelled(part: Path, root: Path) -> list[tuple[str, float, str, bool]]:
    """(outlet, confidence, kind, right) of every figure extracted from the gold files of `part`."""
    import accords
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import figure_verdicts

    rows = []
    for path in gold_files([part]):
        gold = read_gold(path)
        if "indicators" not in gold:
            continue  # not annotated for figures
        article = read_article(find_article(path, gold["article"]["file"], root=root))
        outlet = outlet_of(path.name).key
        for indicator, right in figure_verdicts(gold["indicators"], article, accords.extract_article(article)):
            rows.append((outlet, indicator.confidence, indicator.kind, right))
    return rows


def report(rows: list[tuple[str, float, str, bool]]) -> list[str]:
    lines = []
    for label, index in (("confidence", 1), ("kind", 2)):
        counts: dict[tuple[str, object], list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            for outlet in (row[0], "all"):
                counts[(outlet, row[index])][0] += 1
                counts[(outlet, row[index])][1] += row[3]
        lines.append(f"by {label}:  outlet  {label}  figures  right  share")
        for (outlet, key), (count, right) in sorted(counts.items(), key=lambda item: (item[0][0], str(item[0][1]))):
            lines.append(f"  {outlet:6} {key!s:>10} {count:8d} {right:6d}  {right / count:.3f}")
    return lines + outlet_summaries([(outlet, confidence, right) for outlet, confidence, _kind, right in rows], "figures")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="dev", help="gold part (dev, test, seeds) or a folder of gold files")
    parser.add_argument("--root", type=Path, default=ROOT / "tests" / "gold", help="where the article records are")
    args = parser.parse_args(argv)
    part = Path(args.part) if Path(args.part).is_dir() else args.root / args.part
    print("\n".join(report(labelled(part, args.root))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
