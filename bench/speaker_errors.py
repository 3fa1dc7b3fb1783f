"""Which GGT quotes accords finds but gives the wrong speaker, by construction (issue 14).

    PYTHONPATH=src .venv/bin/python bench/speaker_errors.py [--limit N] [--data DIR]

Blind like `bench/ggt_blind.py`: it runs the pipeline on every article of the Gender Gap
Tracker evaluation set and prints counts only, never a text, a quote, a name or a per-article
line. Each article's gold quotes are first paired with predictions whose speaker matches and
whose words overlap by .3 (the ``ggt-all@0.3`` row: *right*); the gold quotes left over are
then paired, on the words alone, with the predictions left over (*wrong speaker*). Each wrong
pair is counted under:

- the construction that gave the predicted speaker: its hand-set confidence before the fitted
  table (`accords.quotes.confidence`), which names it (0.9 a person named in the clause, 0.7 a
  title, pronoun or organisation noun, 0.5 carried on or a description, 0.3 unnamed people ...);
- the gold speaker as the annotators wrote it: a pronoun, a lower-case description ("the
  company", "a spokesperson"), a capitalised name, or none; whether they resolved it to a name;
- where the gold speaker's words are (placed as `bench/quote_misses.py` places quote and verb):
  in the quote's own sentence before or after it, the next sentence, earlier in the paragraph,
  an earlier paragraph, further on, nowhere;
- what the predicted speaker is: nobody (no speaker), another source of the article (the gold
  speaker of some other quote), the speaker of the gold quote just before (carried over), a
  name sharing a word with the gold name (a form the scorer does not equate), or no source;
- for a lower-case gold speaker, its head word where two or more wrong pairs share it.

The right pairs are counted by construction too, so each construction's share right shows.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ggt_blind import add_ggt_arguments, ggt_rows, gold_quotes  # noqa: E402
from quote_misses import _offsets, _place  # noqa: E402

#: A construction by its hand-set confidence (`accords.quotes.confidence` names them).
CONSTRUCTIONS = {
    0.9: "person named in clause", 0.85: "holder named after office", 0.8: "organisation or its role",
    0.7: "title/pronoun/org noun", 0.6: "described voice/unlinked", 0.5: "carried 1 / description/introduced",
    0.4: "carried 2 back", 0.3: "unnamed people",
}
_PRONOUNS = frozenset("he she they it i we you him her them".split())
_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")


def _construction(quote) -> str:
    hand = round(float(quote.confidence), 2)
    kind = "direct" if quote.direct else "reported"
    return f"{kind} {hand:.2f} {CONSTRUCTIONS.get(hand, 'other')}"


def _speaker_form(item: dict) -> str:
    words = str(item.get("speaker") or "").strip()
    resolved = "resolved" if str(item.get("reference") or "").strip() else "unresolved"
    if not words:
        return f"none ({resolved})"
    if words.lower() in _PRONOUNS:
        return f"pronoun ({resolved})"
    if words[0].islower() or words.split()[0].lower() in ("the", "a", "an"):
        return f"lower-case description ({resolved})"
    return f"capitalised ({resolved})"


def _place_of(text: str, paragraph_starts: list[int], quote: tuple[int, int] | None,
              speaker: tuple[int, int] | None) -> str:
    if quote is None or speaker is None:
        return "nowhere"

    def paragraph(at: int) -> int:
        return sum(1 for s in paragraph_starts if s <= at)

    if quote[0] <= speaker[0] < quote[1]:
        return "inside the quote span"
    before = speaker[1] <= quote[0]
    gap = text[speaker[1]:quote[0]] if before else text[quote[1]:speaker[0]]
    pq, ps = paragraph(quote[0] if before else quote[1]), paragraph(speaker[0])
    if pq != ps:
        return ("earlier paragraph" + (" (1 back)" if pq - ps == 1 else " (2+ back)")) if before else "later paragraph"
    breaks = len(_BREAK.findall(gap))
    if breaks == 0:
        return "own sentence, " + ("before" if before else "after")
    if before:
        return "earlier sentence, same paragraph"
    return "next sentence" if breaks == 1 else "later sentence, same paragraph"


def _words(name: str) -> set[str]:
    return {w for w in re.findall(r"[a-z]+", name.lower()) if len(w) > 2 and w not in ("the", "and")}


def _places() -> frozenset[str]:
    from accords.gazetteer.countries import countries

    words = {w for c in countries() for n in (*c.names, *c.demonyms) for w in n.split()}
    return frozenset(words | set("Alberta Ontario Quebec Manitoba Saskatchewan Toronto Vancouver Montreal Ottawa Calgary "
                                 "Edmonton Winnipeg Canadian Canada Liberal Conservative NDP Tory Green".split()))


def _word_shapes(name: str) -> str:
    """A name as word classes, no words: T a title word, G a known given name, S a role or
    group word, P a possessive, A an acronym, D a country, demonym, province, city or party,
    C another capitalised word, p a preposition or article, l another lower-case word."""
    from accords.quotes.given_names import gender_of_given_name
    from accords.quotes.sources import role_words
    from accords.quotes.titles import TITLE_PREFIXES

    shapes = []
    for word in re.findall(r"[\w'’.-]+", name):
        low = word.lower().rstrip(".")
        if low in TITLE_PREFIXES:
            shapes.append("T")
        elif low in role_words():
            shapes.append("S")
        elif low in ("of", "for", "the", "a", "an", "and", "on", "at", "in", "with", "to"):
            shapes.append("p")
        elif word[:1].isupper() and gender_of_given_name(word) is not None:
            shapes.append("G")
        elif word.endswith(("'s", "’s", "s'", "s’")):
            shapes.append("P")
        elif word.isupper() and len(word) > 1:
            shapes.append("A")
        elif word in _places():
            shapes.append("D")
        else:
            shapes.append("C" if word[:1].isupper() else "l")
    return "".join(shapes)


def _sharing(predicted: str, gold: str) -> str:
    """How a predicted name that shares a word with the gold name differs from it, by shape only."""
    have = re.findall(r"[\w'’-]+", predicted.lower())
    want = re.findall(r"[\w'’-]+", gold.lower())
    shape = "lower" if predicted[:1].islower() else "capitalised"
    gold_shape = "lower" if gold[:1].islower() else "capitalised"
    if set(have) < set(want):
        where = "prefix" if want[:len(have)] == have else "inside"
        return f"predicted a part ({where}) of gold, {shape}/{gold_shape}, {len(have)}/{len(want)} words"
    if set(want) < set(have):
        where = "gold first" if have[:len(want)] == want else "gold last" if have[-len(want):] == want else "gold inside"
        return f"predicted longer ({where}), {shape}/{gold_shape}, {len(have)}/{len(want)} words"
    if set(want) == set(have):
        return f"same words otherwise written, {shape}/{gold_shape}"
    last = "same last word" if have and want and have[-1] == want[-1] else "other last word"
    return f"each has other words ({last}), {shape}/{gold_shape}"


def _predicted_relation(predicted: str | None, gold_item: dict, previous: dict | None, others: list[dict]) -> str:
    from accords.evaluation.scorer import speaker_matches

    if not predicted:
        return "no speaker"
    gold_name = str(gold_item.get("reference") or "").strip() or str(gold_item.get("speaker") or "").strip()
    if previous is not None and speaker_matches(predicted, str(previous.get("reference") or previous.get("speaker") or "")):
        return "speaker of the gold quote before (carried over)"
    if any(speaker_matches(predicted, str(o.get("reference") or o.get("speaker") or "")) for o in others):
        return "another source of the article"
    if _words(predicted) & _words(gold_name):
        return (f"shares a word with the gold name: {_sharing(predicted, gold_name)}; "
                f"shapes {_word_shapes(predicted)} vs {_word_shapes(gold_name)}")
    return "no source of the article"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_ggt_arguments(parser)
    args = parser.parse_args(argv)

    import accords
    from accords.evaluation.ggt import match_quotes
    from accords.ingest.article import make_article
    from accords.quotes import confidence
    from accords.stages.segment import paragraphs

    from accords.quotes import reported

    confidence.FITTED.clear()  # the hand values name the constructions
    capped = reported.quote_at
    # reported speech is capped at 0.6, which hides its construction: lift the cap here only
    reported.quote_at = lambda *a, **k: capped(*a, **{**k, "ceiling": 1.0})  # type: ignore[assignment]
    rows = ggt_rows(args.data, args.limit)
    wrong: Counter[str] = Counter()
    right: Counter[str] = Counter()
    heads: Counter[str] = Counter()
    failed = pairs_wrong = pairs_right = 0
    for row in rows:
        items = [dict(q) for q in row.get("quotations") or [] if isinstance(q, dict) and str(q.get("quote") or "").strip()] \
            if isinstance(row.get("quotations"), list) else []
        gold = gold_quotes({"quotations": items})
        try:
            article = make_article(str(row.get("articleBodyText") or ""), origin="ggt")
            quotes = list(accords.extract_article(article).quotes)
        except Exception:  # noqa: BLE001 - a blind run reports counts only, never which article
            failed += 1
            continue
        text = article.text
        for item in items:
            original = _offsets(item.get("quote_index"))
            _place(text, item)
            placed = _offsets(item.get("quote_index"))
            shift = placed[0] - original[0] if placed is not None and original is not None else 0
            speaker_words = str(item.get("speaker") or "")
            given = _offsets(item.get("speaker_index"))
            if given is not None and speaker_words.strip():
                places = [m.start() for m in re.finditer(re.escape(speaker_words), text)]
                hint = given[0] + shift
                item["speaker_at"] = None if not places else (
                    lambda p: (p, p + len(speaker_words)))(min(places, key=lambda p: abs(p - hint)))
        starts = [p.start for p in paragraphs(text)]
        predicted = [{"speaker": q.speaker_name, "text": q.text} for q in quotes]
        good = match_quotes(gold, predicted, 0.3)
        for _g, p in good:
            right[_construction(quotes[p])] += 1
            pairs_right += 1
        left_gold = [g for g in range(len(gold)) if g not in {a for a, _ in good}]
        left_pred = [p for p in range(len(predicted)) if p not in {b for _, b in good}]
        loose = match_quotes([{**gold[g], "speaker": "x"} for g in left_gold],
                             [{**predicted[p], "speaker": "x"} for p in left_pred], 0.3)
        for a, b in loose:
            g, p = left_gold[a], left_pred[b]
            item, quote = items[g], quotes[p]
            pairs_wrong += 1
            previous = items[g - 1] if g > 0 else None
            others = [o for k, o in enumerate(items) if k != g]
            labels = [
                "construction: " + _construction(quote),
                "gold speaker: " + _speaker_form(item),
                "gold speaker at: " + _place_of(text, starts, _offsets(item.get("quote_index")), item.get("speaker_at")),
                "predicted: " + _predicted_relation(quote.speaker_name, item, previous, others),
                "gold quote: " + ("direct" if gold[g]["direct"] else "reported"),
            ]
            form = labels[1].split(": ", 1)[1]
            labels.append(f"construction x gold form: {labels[0].split(': ', 1)[1]} | {form.split(' (')[0]}")
            labels.append(f"gold at x predicted: {labels[2].split(': ', 1)[1]} | {labels[3].split(': ', 1)[1]}")
            if form.startswith("lower-case") or form.startswith("capitalised"):
                relation = labels[3].split(": ", 1)[1].split(":")[0]
                shape = "lower" if (quote.speaker_name or "")[:1].islower() else "capitalised"
                gold_ref = str(item.get("reference") or "")
                ref_shape = "lower" if gold_ref[:1].islower() else "capitalised"
                labels.append(f"{form.split(' (')[0]} detail: {labels[0].split(': ', 1)[1][:13]}; predicted {shape}, "
                              f"gold reference {ref_shape} {_word_shapes(gold_ref)}; {relation}")
            if form.startswith("pronoun") or form.startswith("none"):
                from accords.quotes.genders import given_name_gender

                gold_name = str(item.get("reference") or item.get("speaker") or "")
                pronoun = str(item.get("speaker") or "").strip().lower() or "-"
                relation = labels[3].split(": ", 1)[1].split(":")[0]
                labels.append(f"{form.split(' (')[0]} detail: {pronoun} {labels[0].split(': ', 1)[1][:13]}; gender "
                              f"predicted {given_name_gender(quote.speaker_name or '') or '?'} gold "
                              f"{given_name_gender(gold_name) or '?'}; {relation}")
            wrong.update(labels)
            if form.startswith("lower-case"):
                words = re.findall(r"[a-z]+", str(item.get("speaker") or "").lower())
                if words:
                    heads[words[-1]] += 1
    print(f"{len(rows) - failed} articles ({failed} failed); {pairs_right} right pairs, {pairs_wrong} found with a wrong speaker")
    print("right pairs by construction (share right = right / (right + wrong) of that construction)")
    for label in sorted(set(right) | {k.split(": ", 1)[1] for k in wrong if k.startswith("construction: ")}):
        bad = wrong.get("construction: " + label, 0)
        print(f"  {label:52} right {right[label]:4d}  wrong {bad:4d}  share {right[label] / max(1, right[label] + bad):.2f}")
    print("wrong-speaker pairs")
    for label in sorted(wrong, key=lambda lab: (lab.split(":")[0], -wrong[lab], lab)):
        if label.startswith("construction: "):
            continue
        print(f"  {label:100} {wrong[label]:4d}")
    print("lower-case gold speakers' head words (two or more)")
    rare = sum(c for c in heads.values() if c < 2)
    for word, count in heads.most_common():
        if count >= 2:
            print(f"  {word:20} {count:4d}")
    print(f"  {'(rare)':20} {rare:4d}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
