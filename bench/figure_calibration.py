"""Figure confidence against gold: per outlet and per kind, how many figures and the share right.

    .venv/bin/python bench/figure_calibration.py [--part dev]
    .venv/bin/python bench/figure_calibration.py --fresh

Runs the pipeline on the articles of the gold part (default: dev, every outlet; a folder path
is read as a part) and labels each figure the way `accords eval` scores it: right when matched
to a gold figure (subjects, unit, value within 1 %), wrong when matched to none. Prints, per
outlet and over all, the figures and share right at each confidence, per kind, then per group of
the table `accords.indicators.confidence` is set from (docs/confidence.md, "Figures": a
government's own text or not, how many subjects, whether the figure's own sentence names every
one of them, alone or beside other countries); last, per outlet the expected calibration error
and Brier score, as `bench/calibration.py` computes them.

`--fresh` labels figures honestly: for each session of `bench/confidence_labels.py` SESSIONS, the
dev files it added (annotated before its rules), run with the code of its start, which never saw
them. It prints the share right per group of `accords.indicators.confidence` (a government's own
text or not, how many subjects, how they are named), and the ECE and Brier score of today's
table on those labels. Sessions whose start code cannot label figures (no
`accords.evaluation.scorer.figure_verdicts`, before the ninth session) are skipped and named.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, outlet_summaries  # noqa: E402


#: One labelled figure: outlet, confidence, kind, right, number of subjects, and where its subjects are named
#: (`accords.indicators.confidence.ALONE`, `AMONG` or `CARRIED`).
Figure = tuple[str, float, str, bool, int, int]


def labelled(part: Path, root: Path) -> list[Figure]:
    """Every figure extracted from the gold files of `part`, labelled (`Figure`)."""
    import accords
    from accords import knowledge
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import figure_verdicts
    from accords.indicators.subjects import country_spans
    from accords.nlp import normalise_for_nlp

    rows = []
    for path in gold_files([part]):
        gold = read_gold(path)
        if "indicators" not in gold:
            continue  # not annotated for figures
        article = read_article(find_article(path, gold["article"]["file"], root=root))
        outlet = outlet_of(path.name).key
        extraction = accords.extract_article(article)
        home = knowledge.home_country(article.source, article.url) \
            if knowledge.government_outlet(article.source, article.url) else None
        try:
            spans = country_spans(normalise_for_nlp(article.text), extraction, official=home)
        except TypeError:  # the code of a session's start before `official`
            spans = country_spans(normalise_for_nlp(article.text), extraction)  # type: ignore[call-arg]
        named = [(span.start, span.iso3) for span in spans]
        for indicator, right in figure_verdicts(gold["indicators"], article, extraction):
            here = {code for offset, code in named if indicator.evidence[0].start <= offset < indicator.evidence[0].end}
            rows.append((outlet, indicator.confidence, indicator.kind, right, len(indicator.subjects),
                         _place(indicator.subjects, here)))
    return rows


def _place(subjects: tuple[str, ...], here: set[str]) -> int:
    """`accords.indicators.confidence.place`, as today's code reads it also under a session's start's code."""
    if not set(subjects) <= here:
        return 2  # CARRIED
    return 0 if here <= set(subjects) else 1  # ALONE, AMONG


#: How a row's subjects are named, by `accords.indicators.confidence.place`.
PLACES = ("alone", "among", "carried")


def report(rows: list[Figure]) -> list[str]:
    lines = []
    keys = (("confidence", lambda row: row[1]), ("kind", lambda row: row[2]),
            ("group", lambda row: group(row[0], row[4], row[5])))
    for label, key in keys:
        counts: dict[tuple[str, object], list[int]] = defaultdict(lambda: [0, 0])
        for row in rows:
            for outlet in (row[0], "all"):
                counts[(outlet, key(row))][0] += 1
                counts[(outlet, key(row))][1] += row[3]
        lines.append(f"by {label}:  outlet  {label}  figures  right  share")
        for (outlet, name), (count, right) in sorted(counts.items(), key=lambda item: (item[0][0], str(item[0][1]))):
            lines.append(f"  {outlet:6} {name!s:>28} {count:8d} {right:6d}  {right / count:.3f}")
    return lines + outlet_summaries([(outlet, confidence, right) for outlet, confidence, _kind, right, _n, _named in rows], "figures")


def group(outlet: str, subjects: int, named: int) -> str:
    """The group of `accords.indicators.confidence` a figure falls in: a government's own text or not
    (every White House gold file is one, and no other outlet's is), how many subjects, how they are
    named (`PLACES`)."""
    if not subjects:
        return "no subject"
    return f"{'official ' if outlet == 'wh' else ''}{min(subjects, 3)}{'+' if subjects >= 3 else ''} subjects, {PLACES[named]}"


def fresh_report() -> list[str]:
    """The share right per confidence group on each session's fresh dev figures, labelled by the code
    of its start, and today's table measured on them."""
    from confidence_labels import fresh_emitted

    from accords.indicators.confidence import table_value

    found, lines = fresh_emitted("indicators", ("figure", "figures"), Path(__file__), needs="def figure_verdicts")
    rows = [(d["session"], d["outlet"], d["right"], d["subjects"], d["named"]) for d in found]
    counts: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0])
    for _name, outlet, right, subjects, named in rows:
        for key in ((outlet, group(outlet, subjects, named)), ("all", group(outlet, subjects, named))):
            counts[key][0] += 1
            counts[key][1] += right
    lines.append("fresh figures:  outlet  group  figures  right  share")
    for (outlet, name), (count, right) in sorted(counts.items()):
        lines.append(f"  {outlet:6} {name:32} {count:5d} {right:5d}  {right / count:.3f}")
    scored = [(outlet, table_value(subjects, official=outlet == "wh", named=named), right)
              for _name, outlet, right, subjects, named in rows]
    return (lines + ["today's table on the fresh figures:"] + outlet_summaries(scored, "figures")
            + ["each session given its groups' share right on the other sessions (rounded to 0.05):"]
            + outlet_summaries(_left_out(rows), "figures"))


def _left_out(rows: list[tuple[str, str, bool, int, int]]) -> list[tuple[str, float, bool]]:
    """(outlet, confidence, right) of each fresh figure, its confidence the share right of its group
    on the other sessions' figures: how a table set this way does on a session it never saw."""
    scored = []
    for session in sorted({row[0] for row in rows}):
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for name, outlet, right, subjects, named in rows:
            if name != session:
                counts[group(outlet, subjects, named)][0] += 1
                counts[group(outlet, subjects, named)][1] += right
        for name, outlet, right, subjects, named in rows:
            if name == session:
                count, good = counts[group(outlet, subjects, named)]
                scored.append((outlet, round(20 * good / count) / 20 if count else 0.5, right))
    return scored


def _emit(part: Path, root: Path) -> None:
    """Print the labelled figures of `part` as JSON lines (run under the code being labelled)."""
    for outlet, confidence, kind, right, subjects, named in labelled(part, root):
        print(json.dumps({"outlet": outlet, "confidence": confidence, "kind": kind, "right": right, "subjects": subjects,
                          "named": named}))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="dev", help="gold part (dev, test, seeds) or a folder of gold files")
    parser.add_argument("--root", type=Path, default=ROOT / "tests" / "gold", help="where the article records are")
    parser.add_argument("--fresh", action="store_true", help="label each session's fresh dev figures with its start's code")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        _emit(args.emit, args.root)
        return 0
    if args.fresh:
        print("\n".join(fresh_report()))
        return 0
    part = Path(args.part) if Path(args.part).is_dir() else args.root / args.part
    print("\n".join(report(labelled(part, args.root))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
