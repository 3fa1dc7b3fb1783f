"""GGT-style quote scores on the Gender Gap Tracker evaluation set, as a whole (issue 14).

    PYTHONPATH=src .venv/bin/python bench/ggt_blind.py [--limit N] [--data DIR]

(the set is looked for under ../shared/heldout/ggt-quotes-en, or $ACCORDS_HELDOUT/ggt-quotes-en)

The set is blind: this script runs the pipeline on every article and prints aggregate scores
only, never a text, a quote or a per-article line, so nothing in it can be used to write rules.

Each annotated quotation becomes a gold quote: its speaker is the annotators' resolved name
(``reference``), else the speaker words; its text is the annotated quote; it is *direct* when
the quote holds a quotation mark (words in marks), else reported speech. The pipeline's quotes
in the gold shape, reported speech included (`accords.evaluation.runner.pipeline_predictor`),
are scored with `accords.evaluation.ggt.ggt_scores`: all quotes and direct quotes only, at token
overlaps .3 and .5, the speaker matched as `accords.evaluation.scorer.speaker_matches` matches
it. The last rows, ``text-only@0.3`` (all), ``text-direct@0.3`` and ``text-reported@0.3``, match
the quote words alone (any speaker, against every prediction): how many quotes are found at
all, whoever they are given to (their precision means nothing); ``marks-direct@0.3`` matches
the direct gold quotes against every span in quotation marks (`accords.quotes.marks`), speech
or not: how many direct quotes the mark reader sees at all. ``--why`` adds one line of counts
of the direct quotes found with a wrong speaker, by kind (`wrong_speaker_kinds`): where the
right speaker's name stands, whether the wrong one had a reporting clause; counts only.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
#: ../shared/heldout beside the checkout (a helper's worktree sits one level deeper: ../../shared)
HELDOUT = Path(os.environ.get("ACCORDS_HELDOUT", next(
    (p / "shared" / "heldout" for p in ROOT.parents if (p / "shared" / "heldout").is_dir()), ROOT.parent / "shared" / "heldout")))
#: The GGT evaluation set (annotations.jsonl) that the GGT benches read by default.
GGT_DATA = HELDOUT / "ggt-quotes-en"
_MARKS = "\"\u201c\u201d\u00ab\u00bb"


def add_ggt_arguments(parser: argparse.ArgumentParser) -> None:
    """`--data` (the GGT set, `GGT_DATA` by default) and `--limit`, as every GGT bench takes them."""
    parser.add_argument("--data", type=Path, default=GGT_DATA)
    parser.add_argument("--limit", type=int, default=0, help="score only the first N articles (0: all)")
    parser.add_argument("--why", action="store_true", help="also count the direct quotes found with a wrong "
                        "speaker by kind of miss (totals only, `wrong_speaker_kinds`)")


def gold_quotes(row: dict) -> list[dict]:
    """The gold quotes of one annotation row (see the module docstring); none where the row's
    ``quotations`` is not a list."""
    items = row.get("quotations")
    found: list[dict] = []
    for item in items if isinstance(items, list) else []:
        if not isinstance(item, dict):
            continue
        text = str(item.get("quote") or "").strip()
        speaker = str(item.get("reference") or "").strip() or str(item.get("speaker") or "").strip()
        if not text:
            continue
        found.append({"speaker": speaker or None, "text": text, "direct": any(m in text for m in _MARKS)})
    return found


def ggt_rows(data: Path, limit: int = 0) -> list[dict]:
    """The annotation rows of the GGT set in `data` (``annotations.jsonl``), the first `limit`
    when it is not 0."""
    rows = [json.loads(line) for line in (data / "annotations.jsonl").read_text(encoding="utf-8").splitlines()
            if line.strip()]
    return rows[:limit] if limit else rows


def wrong_speaker_kinds(text: str, gold: list[dict], predicted: list[dict]) -> dict[str, int]:
    """Counts (never texts) of the direct gold quotes whose words were found but given to the
    wrong speaker, by kind: no gold speaker; the gold speaker's last word nowhere in the text;
    it in the quote's paragraph or not; the predicted speaker's there or not; the prediction
    carried over (no cue); the two names sharing a word (a form of the same name)."""
    from accords.evaluation.ggt import match_quotes

    direct = [q for q in gold if q["direct"]]
    right = {g for g, _ in match_quotes(direct, predicted, 0.3)}
    found = match_quotes([{**q, "speaker": "x"} for q in direct], [{**q, "speaker": "x"} for q in predicted], 0.3)
    counts: dict[str, int] = {}

    def add(key: str) -> None:
        counts[key] = counts.get(key, 0) + 1

    for g, p in found:
        if g in right:
            continue
        add("wrong")
        want, have = direct[g].get("speaker") or "", predicted[p].get("speaker") or ""
        if not want:
            add("gold-none")
            continue
        at = text.find(predicted[p]["text"][:40])
        start, end = text.rfind("\n", 0, max(at, 0)) + 1, text.find("\n", max(at, 0))
        paragraph = text[start:end if end >= 0 else len(text)] if at >= 0 else ""
        last = want.split()[-1]
        add("gold-in-text" if last in text else "gold-not-in-text")
        add("gold-in-paragraph" if last in paragraph else "gold-not-in-paragraph")
        add("gold-before-quote" if 0 <= text.find(last) < max(at, 0) else "gold-first-after-quote")
        add("pred-in-paragraph" if have and have.split()[-1] in paragraph else "pred-not-in-paragraph")
        add("pred-no-cue" if not predicted[p].get("cue") else "pred-cue")
        add("pred-lowercase" if have[:1].islower() else "pred-capitalised")
        add("gold-one-word" if len(want.split()) == 1 else "gold-words")
        if {w.lower() for w in want.split()} & {w.lower() for w in have.split()}:
            add("names-share-a-word" + ("-pred-longer" if len(have.split()) > len(want.split()) else ""))
        if at >= 0:
            quote_end = at + len(predicted[p]["text"])
            after, before = text[quote_end:quote_end + 80], text[max(0, at - 150):at]
            add("gold-right-after" if last in after else "gold-not-right-after")
            add("pred-right-after" if have and have.split()[-1] in after else "pred-not-right-after")
            if re.search(r"\b(?:he|she|they)\b", after):
                add("pronoun-right-after")
            add("gold-just-before" if last in before else "gold-not-just-before")
    return counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_ggt_arguments(parser)
    args = parser.parse_args(argv)

    from accords.evaluation.ggt import ggt_scores, match_quotes
    from accords.evaluation.runner import pipeline_predictor
    from accords.evaluation.scorer import KindScore
    from accords.ingest.article import make_article
    from accords.quotes.marks import quoted_spans
    from accords.stages.segment import paragraphs

    rows = ggt_rows(args.data, args.limit)
    totals: dict[str, list[int]] = {}
    why: dict[str, int] = {}
    articles = failed = gold_count = direct_count = 0
    started = time.perf_counter()
    for row in rows:
        gold = gold_quotes(row)
        try:
            article = make_article(str(row.get("articleBodyText") or ""), origin="ggt")
            predicted = pipeline_predictor(article).get("quotes") or []
        except Exception:  # noqa: BLE001 - a blind run reports counts only, never which article
            failed += 1
            continue
        articles += 1
        gold_count += len(gold)
        direct_count += sum(q["direct"] for q in gold)
        rows_scored = list(ggt_scores(gold, predicted))
        if args.why:
            for key, count in wrong_speaker_kinds(article.text, gold, predicted).items():
                why[key] = why.get(key, 0) + count
        anyone = [{**q, "speaker": "x"} for q in predicted]
        marked = [{"speaker": "x", "text": " ".join(article.text[a:b] for a, b in span.pieces)}
                  for span in quoted_spans(article.text, paragraphs(article.text))]
        want = [{**q, "speaker": "x"} for q in gold if q["direct"]]
        hits = len(match_quotes(want, marked, 0.3))
        rows_scored.append(KindScore("marks-direct@0.3", tp=hits, fp=len(marked) - hits, fn=len(want) - hits))
        for kind, want in (("text-only@0.3", gold), ("text-direct@0.3", [q for q in gold if q["direct"]]),
                           ("text-reported@0.3", [q for q in gold if not q["direct"]])):
            hits = len(match_quotes([{**q, "speaker": "x"} for q in want], anyone, 0.3))
            rows_scored.append(KindScore(kind, tp=hits, fp=len(predicted) - hits, fn=len(want) - hits))
        for score in rows_scored:
            tally = totals.setdefault(score.kind, [0, 0, 0])
            tally[0] += score.tp
            tally[1] += score.fp
            tally[2] += score.fn
    seconds = time.perf_counter() - started
    print(f"{articles} articles scored ({failed} failed), {gold_count} gold quotes ({direct_count} direct), "
          f"{seconds:.0f} s")
    print(f"{'row':16} {'P':>6} {'R':>6} {'F1':>6} {'tp':>6} {'fp':>6} {'fn':>6}")
    for kind, (tp, fp, fn) in totals.items():
        p = tp / (tp + fp) if tp + fp else 1.0
        r = tp / (tp + fn) if tp + fn else 1.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{kind:16} {p:6.3f} {r:6.3f} {f:6.3f} {tp:6d} {fp:6d} {fn:6d}")
    if args.why:
        print("direct quotes found with a wrong speaker, by kind: "
              + ", ".join(f"{key} {count}" for key, count in sorted(why.items())))
    return 0


if __name__ == "__main__":
    sys.exit(main())
