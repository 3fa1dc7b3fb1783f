"""Entity confidence against gold: how many entities of each group and the share right.

    .venv/bin/python bench/entity_calibration.py [--part test]
    .venv/bin/python bench/entity_calibration.py --fresh

Runs the pipeline on the articles of the gold part (default: test, every outlet; a folder path
is read as a part) and labels each entity the way `accords eval` scores it: right when matched
to a gold entity (countries on their code, others on type and a shared name or alias), wrong
when matched to none. Prints per outlet the entities and share right at each confidence, and
the expected calibration error and Brier score, as `bench/calibration.py` computes them.

`--fresh` labels entities honestly: for each session of `bench/confidence_labels.py` SESSIONS,
the dev files it added (annotated before its rules), run with the code of its start, which
never saw them. It prints the share right per group of `accords.entities.confidence` (type, and
whether the text names the thing more than once), today's table measured on those labels, and
each session given its groups' share right on the other sessions (how a table set this way does
on text it never saw).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, outlet_summaries  # noqa: E402


def labelled(part: Path, root: Path) -> list[dict]:
    """Every entity extracted from the articles of the gold files of `part` that hold entity gold:
    its outlet, type, confidence, number of mentions, and whether `accords eval` counts it right."""
    import accords
    from accords.evaluation.outlets import outlet_of
    from accords.evaluation.runner import find_article, gold_files, read_article, read_gold
    from accords.evaluation.scorer import _match_entities
    from accords.gold import _first_offset, to_gold

    rows = []
    for path in gold_files([part]):
        gold = read_gold(path)
        if "entities" not in gold:
            continue  # not annotated for entities
        article = read_article(find_article(path, gold["article"]["file"], root=root))
        extraction = accords.extract_article(article)
        # to_gold lists the entities in this order, one dict each
        ordered = sorted(extraction.entities, key=lambda entity: _first_offset(entity.evidence))
        predicted = to_gold(article, extraction)["entities"]
        matched = {p for _, p in _match_entities(gold["entities"] or [], predicted).pairs}
        for index, entity in enumerate(ordered):
            rows.append({"outlet": outlet_of(path.name).key, "type": entity.type, "confidence": entity.confidence,
                         "mentions": len(entity.evidence), "right": index in matched, "article": path.name,
                         "name": entity.name, "canonical": bool(entity.canonical_id), "country": bool(entity.country)})
    return rows


def group(row: dict) -> tuple[str, bool, bool | None]:
    """The group of `accords.entities.confidence` an entity falls in: its type, whether the text
    names it more than once, and for organisations and places whether it is tied to a country or
    a code."""
    tied = row["canonical"] or row["country"] if row["type"] in ("ORG", "PLACE") else None
    return row["type"], row["mentions"] > 1, tied


def fresh_rows() -> tuple[list[dict], list[str]]:
    """Each session's fresh dev entities, labelled by the code of its start."""
    from confidence_labels import fresh_emitted

    return fresh_emitted("entities", ("entity", "entities"), Path(__file__))


def shares(rows: list[dict]) -> dict[tuple[str, bool, bool | None], tuple[int, int]]:
    counts: dict[tuple[str, bool, bool | None], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        counts[group(row)][0] += 1
        counts[group(row)][1] += row["right"]
    return {key: (n, right) for key, (n, right) in counts.items()}


def _confidence(row: dict) -> float:
    from accords.entities.confidence import entity_confidence

    return entity_confidence(row["type"], row["mentions"], tied=bool(row["canonical"] or row["country"]))


def _name(key: tuple[str, bool, bool | None]) -> str:
    kind, repeated, tied = key
    return f"{kind:11} {'named more than once' if repeated else 'named once':21} {'' if tied is None else 'tied' if tied else 'not tied':8}"


def fresh_report(dump: Path | None = None) -> list[str]:
    rows, lines = fresh_rows()
    if dump is not None:
        dump.write_text("".join(json.dumps(row) + "\n" for row in rows), encoding="utf-8")
    example = {group(row): row for row in rows}
    for outlet in ("all", *sorted({row["outlet"] for row in rows})):
        lines.append(f"fresh entities, {outlet}:  group  entities  right  share  (today's confidence)")
        for key, (count, right) in sorted(shares([r for r in rows if outlet in ("all", r["outlet"])]).items(),
                                          key=lambda item: str(item[0])):
            lines.append(f"  {_name(key)} {count:6d} {right:6d}  {right / count:.3f}  ({_confidence(example[key]):.2f})")
    scored = [(row["outlet"], _confidence(row), row["right"]) for row in rows]
    return (lines + ["today's table on the fresh entities:"] + outlet_summaries(scored, "entities")
            + ["each session given its groups' share right on the other sessions (rounded to 0.05):"]
            + outlet_summaries(_left_out(rows), "entities"))


def _left_out(rows: list[dict]) -> list[tuple[str, float, bool]]:
    scored = []
    for session in sorted({row["session"] for row in rows}):
        table = shares([row for row in rows if row["session"] != session])
        for row in rows:
            if row["session"] == session:
                count, right = table.get(group(row), (0, 0))
                scored.append((row["outlet"], round(20 * right / count) / 20 if count else 0.5, row["right"]))
    return scored


def report(rows: list[dict]) -> list[str]:
    counts: dict[tuple[str, float], list[int]] = defaultdict(lambda: [0, 0])
    for row in rows:
        for outlet in (row["outlet"], "all"):
            counts[(outlet, row["confidence"])][0] += 1
            counts[(outlet, row["confidence"])][1] += row["right"]
    lines = ["outlet  confidence  entities  right  share"]
    for (outlet, confidence), (count, right) in sorted(counts.items()):
        lines.append(f"  {outlet:6} {confidence:10.2f} {count:8d} {right:6d}  {right / count:.3f}")
    return lines + outlet_summaries([(r["outlet"], r["confidence"], r["right"]) for r in rows], "entities")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--part", default="test", help="gold part (dev, test, seeds) or a folder of gold files")
    parser.add_argument("--root", type=Path, default=ROOT / "tests" / "gold", help="where the article records are")
    parser.add_argument("--fresh", action="store_true", help="label each session's fresh dev entities with its start's code")
    parser.add_argument("--dump", type=Path, help="with --fresh: write the labelled entities to this file (JSON lines)")
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.emit:
        for row in labelled(args.emit, args.root):
            print(json.dumps(row))
        return 0
    if args.fresh:
        print("\n".join(fresh_report(args.dump)))
        return 0
    part = Path(args.part) if Path(args.part).is_dir() else args.root / args.part
    print("\n".join(report(labelled(part, args.root))))
    return 0


if __name__ == "__main__":
    sys.exit(main())
