"""Fit the quote confidence table on dev gold labels (issue 14) and write it.

    PYTHONPATH=src .venv/bin/python bench/fit_quote_confidence.py [--part dev] [--write] [--check]

Runs the pipeline with the fitted table emptied (each quote keeps the hand value of the
construction that found its speaker: `accords.quotes.confidence`) on the gold files of a part
(default dev, every outlet; never test, never the held-out articles) that annotate quotes, and
labels every predicted quote, direct and reported, as `accords eval` scores the GGT rows: right
when matched to a gold quote of the same article with the same speaker and a token overlap of at
least .3 (`bench/quote_calibration.py`); reported speech only in files that record it (the
Tehran Times and White House gold record direct quotes only, so a reported quote there is
neither right nor wrong). Per construction (direct or reported, hand value) it
prints the quotes, the share right and the fitted value:

    fitted = (right + PRIOR_WEIGHT * share of its kind) / (quotes + PRIOR_WEIGHT)

(its kind: all direct, or all reported quotes), rounded to two decimals; the unnamed
speakers' construction (`UNNAMED_CONFIDENCE`) is then kept at least `MARGIN` below every named
one, as the gold convention asks (tests/gold/README.md, "Unnamed speakers"). `--write` rewrites
the table in src/accords/quotes/confidence.py; `--check` (writes nothing) exits 1 when the
shipped table is not the fit of these labels. The same labels give the same table.

`--fresh` labels quotes honestly instead: for each session of `bench/confidence_labels.py`
SESSIONS, the quote files it added to dev (annotated before its rules), run with the code of its
start, which never saw them (hand values as that code set them). It prints the fit of those
labels, the shipped table and that fit measured on them with each session given the fit of the
other sessions, and with `--write` writes the fit of all fresh labels.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT  # noqa: E402

#: Pseudo-quotes of a construction's kind that its own share is shrunk towards.
PRIOR_WEIGHT = 5
#: How far below the least sure named construction the unnamed speakers stay.
MARGIN = 0.05
TABLE = ROOT / "src" / "accords" / "quotes" / "confidence.py"
_BLOCK = re.compile(r"(# fitted table: begin[^\n]*\n)(.*?)(# fitted table: end)", re.DOTALL)

Key = tuple[bool, float]


def labels(part: Path, root: Path) -> list[tuple[Key, bool]]:
    """((direct, hand value), right) of every quote extracted from the part's quote gold files,
    with the fitted table emptied."""
    import accords
    from accords.evaluation.ggt import match_quotes
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold

    try:
        from accords.quotes import confidence
    except ImportError:  # the code of a session before the table: hand values only
        confidence = None  # type: ignore[assignment]
    if confidence is not None:
        shipped, confidence.FITTED = confidence.FITTED, {}
    try:
        rows = []
        for path in gold_files([part]):
            gold = read_gold(path)
            if "quotes" not in gold:
                continue
            article = read_article(find_article(path, gold["article"]["file"], root=root))
            quotes = accords.extract_article(article).quotes
            predicted = [{"speaker": q.speaker_name, "text": q.text} for q in quotes]
            matched = {p for _g, p in match_quotes(gold["quotes"], predicted, 0.3)}
            reported = any(g.get("direct", True) is False for g in gold["quotes"])
            rows.extend(((q.direct, round(q.confidence, 2)), i in matched) for i, q in enumerate(quotes)
                        if q.direct or reported)
        return rows
    finally:
        if confidence is not None:
            confidence.FITTED = shipped


def fresh_rows() -> list[tuple[str, Key, bool]]:
    """(session, (direct, hand value), right) of each session's fresh dev quotes, labelled by the
    code of its start (the quotes files it added to dev; `bench/confidence_labels.py`)."""
    from confidence_labels import fresh_emitted

    found, lines = fresh_emitted("quotes", ("quote", "quotes"), Path(__file__))
    print("\n".join(lines))
    return [(d["session"], (d["direct"], d["hand"]), d["right"]) for d in found]


def fresh_report(rows: list[tuple[str, Key, bool]]) -> list[str]:
    """The shipped table and a fit of the fresh labels, each session scored by the fit of the others."""
    sys.path.insert(0, str(ROOT / "bench"))
    from calibration import brier, expected_calibration_error

    from accords.quotes.confidence import FITTED

    def scored(table_of) -> str:
        pairs = [(table_of(session).get(key, key[1]), right) for session, key, right in rows]
        return f"ECE {expected_calibration_error(pairs):.3f}, Brier {brier(pairs):.3f} ({len(pairs)} quotes)"

    def left_out(session: str) -> dict[Key, float]:
        return fit([(key, right) for other, key, right in rows if other != session])[0]

    return ["shipped table on the fresh quotes: " + scored(lambda _s: FITTED),
            "each session given the fit of the other sessions' fresh quotes: " + scored(left_out)]


def fit(rows: list[tuple[Key, bool]]) -> tuple[dict[Key, float], list[str]]:
    """The fitted table and the lines that show it (see the module docstring)."""
    from accords.quotes.groups import UNNAMED_CONFIDENCE

    counts: dict[Key, list[int]] = defaultdict(lambda: [0, 0])
    kinds: dict[bool, list[int]] = defaultdict(lambda: [0, 0])
    for key, right in rows:
        counts[key][0] += 1
        counts[key][1] += right
        kinds[key[0]][0] += 1
        kinds[key[0]][1] += right
    table: dict[Key, float] = {}
    for key, (n, right) in counts.items():
        prior = kinds[key[0]][1] / kinds[key[0]][0]
        table[key] = round((right + PRIOR_WEIGHT * prior) / (n + PRIOR_WEIGHT), 2)
    named = [v for (_d, hand), v in table.items() if hand > UNNAMED_CONFIDENCE]
    for key in [k for k in table if k[1] <= UNNAMED_CONFIDENCE]:
        if named:
            table[key] = min(table[key], round(min(named) - MARGIN, 2))
    lines = ["kind      hand  quotes  right  share  fitted"]
    for key in sorted(counts):
        n, right = counts[key]
        lines.append(f"{'direct' if key[0] else 'reported':8} {key[1]:5.2f} {n:7d} {right:6d}  {right / n:.3f}  {table[key]:.2f}")
    for direct, (n, right) in sorted(kinds.items()):
        lines.append(f"all {'direct' if direct else 'reported'}: {n} quotes, {right / n:.3f} right")
    return table, lines


def render(table: dict[Key, float]) -> str:
    items = "".join(f"    ({direct}, {hand}): {value},\n" for (direct, hand), value in sorted(table.items()))
    return f"FITTED: dict[tuple[bool, float], float] = {{\n{items}}}\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="dev", help="gold part (default dev) or a folder of gold files")
    parser.add_argument("--root", type=Path, default=ROOT / "tests" / "gold", help="where the article records are")
    parser.add_argument("--write", action="store_true", help="rewrite the table in accords/quotes/confidence.py")
    parser.add_argument("--check", action="store_true", help="exit 1 when the shipped table is not this fit")
    parser.add_argument("--fresh", action="store_true", help="fit each session's fresh dev quotes, labelled by its start's code")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        for (direct, hand), right in labels(args.emit, args.root):
            print(json.dumps({"direct": direct, "hand": hand, "right": right}))
        return 0
    if args.fresh:
        rows = fresh_rows()
        table, lines = fit([(key, right) for _s, key, right in rows])
        print("\n".join(lines + fresh_report(rows)))
    else:
        part = Path(args.part) if Path(args.part).is_dir() else args.root / args.part
        table, lines = fit(labels(part, args.root))
        print("\n".join(lines))
    source = TABLE.read_text(encoding="utf-8")
    match = _BLOCK.search(source)
    if match is None:
        print(f"{TABLE}: no fitted-table block", file=sys.stderr)
        return 2
    if args.check:
        same = match.group(2) == render(table)
        print("shipped table is this fit" if same else "shipped table differs from this fit")
        return 0 if same else 1
    if args.write:
        TABLE.write_text(source[:match.start(2)] + render(table) + source[match.end(2):], encoding="utf-8")
        print(f"wrote {TABLE}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
