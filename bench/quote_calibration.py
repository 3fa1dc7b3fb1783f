"""Quote confidence against gold: how often a quote at each confidence has the right speaker.

    .venv/bin/python bench/quote_calibration.py [--part dev] [--ggt]

A quote's confidence says how sure accords is of who said the words (`accords.quotes.sources`:
a speaker named in the sentence, an organisation, a title or a pronoun, a speaker carried from
an earlier sentence, none). This bench runs the pipeline on the articles of a gold part (default:
dev, every outlet; a folder path is read as a part) and labels each direct quote the way
`accords eval` scores the GGT rows: right when matched to a gold quote with the same speaker and a
token overlap of at least .3, wrong when matched to none. It prints, per outlet and over all,
the quotes and share right at each confidence, then the expected calibration error and Brier
score as `bench/calibration.py` computes them.

`--ggt` scores the Gender Gap Tracker evaluation set instead (all quotes, reported speech
included, as `bench/ggt_blind.py` reads it). That set is blind: only the aggregate table is
printed, never a text, a quote or an article, and nothing here may be fitted on it.
"""

from __future__ import annotations

import argparse
import sys
from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, outlet_summaries  # noqa: E402

#: Token overlap at which a predicted quote's words count as the gold quote's (the GGT rows' .3).
OVERLAP = 0.3


def verdicts(gold: list[dict], quotes: Iterable) -> list[tuple[float, bool]]:
    """(confidence, right) of each predicted quote (`accords.model.Quote`) against the gold
    quotes of its article (dicts with ``speaker`` and ``text``)."""
    from accords.evaluation.ggt import match_quotes

    quotes = list(quotes)
    predicted = [{"speaker": q.speaker_name, "text": q.text} for q in quotes]
    matched = {p for _g, p in match_quotes(gold, predicted, OVERLAP)}
    return [(q.confidence, i in matched) for i, q in enumerate(quotes)]


def from_part(part: Path, root: Path) -> list[tuple[str, float, bool]]:
    """(outlet, confidence, right) of every direct quote extracted from the gold files of `part`
    that annotate quotes."""
    import accords
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold

    rows = []
    for path in gold_files([part]):
        gold = read_gold(path)
        if "quotes" not in gold:
            continue  # not annotated for quotes
        article = read_article(find_article(path, gold["article"]["file"], root=root))
        outlet = outlet_of(path.name).key
        direct = [q for q in accords.extract_article(article).quotes if q.direct]
        rows.extend((outlet, c, r) for c, r in verdicts(gold["quotes"], direct))
    return rows


def from_ggt(data: Path) -> list[tuple[str, float, bool]]:
    """(\"ggt\", confidence, right) of every quote, reported speech included, extracted from the
    GGT set; articles that fail are skipped (counted by `bench/ggt_blind.py`)."""
    import accords
    from accords.ingest.article import make_article
    from ggt_blind import ggt_rows, gold_quotes

    rows = []
    for row in ggt_rows(data):
        try:
            article = make_article(str(row.get("articleBodyText") or ""), origin="ggt")
            quotes = accords.extract_article(article).quotes
        except Exception:  # noqa: BLE001 - a blind run reports counts only, never which article
            continue
        rows.extend(("ggt", c, r) for c, r in verdicts(gold_quotes(row), quotes))
    return rows


def report(rows: list[tuple[str, float, bool]]) -> list[str]:
    counts: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for outlet, confidence, right in rows:
        for key in (outlet, "all"):
            counts[(key, round(confidence, 2))][0] += 1
            counts[(key, round(confidence, 2))][1] += right
    lines = ["outlet  confidence  quotes  right  share"]
    for (outlet, confidence), (count, right) in sorted(counts.items()):
        lines.append(f"  {outlet:6} {confidence:10.2f} {count:7d} {right:6d}  {right / count:.3f}")
    return lines + outlet_summaries(rows, "quotes")


def main(argv: list[str] | None = None) -> int:
    from ggt_blind import GGT_DATA

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="dev", help="gold part (dev, test, seeds) or a folder of gold files")
    parser.add_argument("--root", type=Path, default=ROOT / "tests" / "gold", help="where the article records are")
    parser.add_argument("--ggt", action="store_true", help="score the blind GGT set instead (aggregates only)")
    parser.add_argument("--data", type=Path, default=GGT_DATA, help="the GGT set (with --ggt)")
    args = parser.parse_args(argv)
    if args.ggt:
        rows = from_ggt(args.data)
    else:
        part = Path(args.part) if Path(args.part).is_dir() else args.root / args.part
        rows = from_part(part, args.root)
    print("\n".join(report(rows)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
