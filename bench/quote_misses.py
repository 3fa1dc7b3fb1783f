"""Which kinds of GGT quotes accords does not find at all, by construction type (issue 14).

    PYTHONPATH=src .venv/bin/python bench/quote_misses.py [--limit N] [--data DIR]

Blind like `bench/ggt_blind.py`: it runs the pipeline on every article of the Gender Gap
Tracker evaluation set and prints counts only, never a text, a quote or a per-article line.
A gold quote is *unfound* when no predicted quote overlaps its words by .3, whoever the speaker
(`text-only@0.3` of `bench/ggt_blind.py`). The annotators' offsets are often shifted from the
body text, so each quote and verb is placed at the occurrence of its words nearest them. Each
unfound quote is counted under the constructions its annotation shows:

- direct (a quotation mark in the quote) or reported speech;
- where the annotated reporting verb sits (before the quote, after it, none annotated; in the
  quote's own sentence or not), what stands between verb and quote, and the verb's word;
- whether the quote runs over several sentences, follows a colon, holds unbalanced marks, and
  (direct quotes) whether the quotation-mark reader sees it at all;
- how much of it the predicted quotes cover (none, part, most: "most" is a span matched to
  another gold quote or too long for the overlap);
- for one no prediction touches: what the parse makes of its annotated verb (no speech verb,
  no clause, a clause with or without content and with which kind of subject), and, where no
  verb is annotated or the mark reader missed it, where it sits in its paragraph.

A label's words after "=" (a verb, a subject's head) are printed only where two or more
unfound quotes share them. The last table counts predicted quotes that match no gold quote's
words, by direct or reported and by cue word, each over all predicted quotes of that cue:
spans no annotator took for speech.

What the stage itself did with an unfound quote no prediction touches ("stage declined"): the
quotes stage's `_direct`, `reported_quotes` and `_attributions` are wrapped while the set runs
(`_trace_declined`), so each quoted span the stage declined is labelled with the conditions
that decided it (a fragment, a title, a reporting clause in its own or the next sentence and
whether its subject resolved, standing alone, how far back the last speaker spoke), each
reported clause it kept no quote of with why (speaker unresolved, by the subject's word class:
pronoun, people, organisation, document, title...; nested; naming; a view), and a quote the
stage never weighed with what its own parse made of the annotated verb. Counts only, as above.

Run on main 58a6510 (ninth session): 303 unfound, 107 direct and 196 reported; 253 touched by
no prediction, most of them with a reporting clause the parse found whose subject names no
one the stage records (a pronoun not resolved, a group or a private person: "experts",
"residents"), and 73 with no verb annotated (most of the reported ones beside "according to").
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from ggt_blind import _MARKS, add_ggt_arguments, ggt_rows, gold_quotes  # noqa: E402

_INDEX = re.compile(r"\((\d+),(\d+)\)")
_SENTENCE_BREAK = re.compile(r"[.!?][\"”’]?\s+[\"“]?[A-Z]")


def _offsets(value: object) -> tuple[int, int] | None:
    match = _INDEX.fullmatch(str(value or "").replace(" ", ""))
    return (int(match.group(1)), int(match.group(2))) if match else None


def _place(text: str, item: dict) -> None:
    """Set the quote's and the verb's offsets where their words are in `text`: the annotators'
    offsets are often shifted from the body text, so each is placed at the occurrence of its
    words nearest the offset given (the verb shifted as the quote was)."""
    shift = 0
    for key, words in (("quote_index", "quote"), ("verb_index", "verb")):
        given, needle = _offsets(item.get(key)), str(item.get(words) or "")
        if given is None or not needle.strip():
            continue
        hint = given[0] + shift
        places = [m.start() for m in re.finditer(re.escape(needle), text)]
        if not places:
            item[key] = ""
            continue
        best = min(places, key=lambda p: abs(p - hint))
        if key == "quote_index":
            shift = best - given[0]
        item[key] = f"({best},{best + len(needle)})"


def _features(text: str, item: dict, seen_by_marks: bool | None) -> list[str]:
    """The construction labels of one gold quote (see the module docstring)."""
    labels = []
    quote = str(item.get("quote") or "")
    direct = any(m in quote for m in _MARKS)
    kind = "direct" if direct else "reported"
    labels.append(kind)
    span = _offsets(item.get("quote_index"))
    verb = _offsets(item.get("verb_index"))
    word = str(item.get("verb") or "").strip().lower()
    if verb is None or not word:
        labels.append(f"{kind}:verb none")
    elif span is not None:
        where = "before" if verb[1] <= span[0] else "after" if verb[0] >= span[1] else "inside"
        between = text[min(verb[1], span[1]):max(verb[0], span[0])] if where != "inside" else ""
        same = not re.search(r"[.!?][\"”’]?\s+[\"“]?[A-Z]|\n", between)
        labels.append(f"{kind}:verb {where}, {'same' if same else 'other'} sentence")
        labels.append(f"{kind}:verb word={word}")
        if where == "before":
            tail = text[verb[1]:span[0]].strip().lower()
            between = "that" if tail.endswith("that") else "nothing" if not tail else \
                "comma/colon" if tail in (",", ":") else "words"
            labels.append(f"{kind}:between verb and quote: {between}")
    if span is not None:
        body = text[span[0]:span[1]]
        sentences = len(_SENTENCE_BREAK.findall(body)) + 1
        labels.append(f"{kind}:sentences {'1' if sentences == 1 else '2' if sentences == 2 else '3+'}")
        if "\n" in body.strip():
            labels.append(f"{kind}:over paragraphs")
        if text[max(0, span[0] - 3):span[0]].rstrip().endswith(":"):
            labels.append(f"{kind}:after a colon")
        opened = sum(body.count(m) for m in "“") - sum(body.count(m) for m in "”")
        if opened or body.count('"') % 2:
            labels.append(f"{kind}:unbalanced marks")
    if direct and seen_by_marks is not None:
        labels.append(f"direct:{'seen' if seen_by_marks else 'not seen'} by the mark reader")
    return labels


def _located(text: str, quote: str) -> list[tuple[int, int]]:
    """Where a predicted quote's words are in the article text (each occurrence; none if not found)."""
    needle = quote.strip()
    found, start = [], text.find(needle)
    while needle and start >= 0:
        found.append((start, start + len(needle)))
        start = text.find(needle, start + 1)
    return found


def _covering(text: str, item: dict, predicted: list[dict], pairs: list[tuple[int, int]]) -> str:
    """What the predicted quote covering most of an unfound gold quote is: direct or reported,
    whether it holds quotation marks (a partial quote given as its whole reported clause),
    how much longer it is, and whether it was matched to another gold quote."""
    span = _offsets(item.get("quote_index"))
    used = {p for _, p in pairs}
    for number, quote in enumerate(predicted):
        for start, end in _located(text, str(quote.get("text") or "")):
            if span is not None and start <= span[0] + 2 and span[1] - 2 <= end:
                kind = "direct" if quote.get("direct", True) is not False else "reported"
                marks = "with marks" if any(m in str(quote.get("text")) for m in '"“”') else "no marks"
                ratio = (end - start) / max(1, span[1] - span[0])
                size = "same" if ratio < 1.5 else "up to 3x" if ratio < 3 else "over 3x"
                return f"{kind}, {marks}, {size}, {'matched elsewhere' if number in used else 'unmatched'}"
    return "several predictions"


def _covered(item: dict, spans: list[tuple[int, int]]) -> str:
    """How much of a gold quote's characters the predicted spans cover: none, part, most."""
    span = _offsets(item.get("quote_index"))
    if span is None or span[1] <= span[0]:
        return "unknown"
    inside = sum(1 for i in range(span[0], span[1]) if any(s <= i < e for s, e in spans))
    share = inside / (span[1] - span[0])
    return "none" if share == 0 else "part (<.5)" if share < .5 else "most"


def _clause_reason(text: str, item: dict) -> str:
    """What the parse makes of the annotated reporting verb of a quote no span covers."""
    from accords.nlp import parse_sentence
    from accords.quotes.syntax import attributions
    from accords.quotes.verbs import SPEECH_LEMMAS

    verb = _offsets(item.get("verb_index"))
    if verb is None or not str(item.get("verb") or "").strip():
        return "no verb annotated"
    start = max(text.rfind("\n", 0, verb[0]) + 1, 0)
    end = text.find("\n", verb[1])
    end = len(text) if end < 0 else end
    doc = parse_sentence(text[start:end])
    token = next((t for t in doc if start + t.idx <= verb[0] < start + t.idx + len(t.text)), None)
    if token is None:
        return "verb not a token"
    if token.lemma_.lower() not in SPEECH_LEMMAS and token.lower_ != "according":
        return f"not a speech verb, {token.pos_}" + (f" lemma={token.lemma_.lower()}" if token.pos_ == "VERB" else "")
    found = [a for a in attributions(doc, start) if a.cue[0] <= verb[0] < a.cue[1] or (
        a.according and a.cue[0] - 12 <= verb[0] <= a.cue[1])]
    if not found:
        return "speech verb, no clause"
    att = found[0]
    head = "pronoun" if att.head in ("he", "she", "they", "it", "i", "we") else "proper" if att.proper else \
        "none" if not att.head else "common"
    described = f"clause, content {'yes' if att.content else 'no'}, view {att.view}, subject {head}"
    return described + (f" {_head_class(att.head)} head={att.head}" if head == "common" else "")


def _head_class(head: str) -> str:
    """A common-noun subject's head as a word class: people, an organisation, a document or
    medium, else other."""
    from accords.quotes.groups import NOT_PEOPLE, is_people_noun
    from accords.quotes.sources import MEDIA_NOUNS, ORGANISATION_HEADS

    head = head.lower()
    if is_people_noun(head):
        return "(people)"
    if head in ORGANISATION_HEADS or head.rstrip("s") in ORGANISATION_HEADS:
        return "(organisation)"
    if head in NOT_PEOPLE or head in MEDIA_NOUNS:
        return "(document)"
    from accords.quotes.titles import TITLE_HEADS
    if head in TITLE_HEADS:
        return "(title)"
    if head.endswith("old") or head.isdigit():
        return "(age)"
    if head in ("who", "which", "that", "some", "one", "many", "others", "both", "all", "most", "this", "those", "these"):
        return "(pronominal)"
    if head.endswith("s"):
        return "(other plural)"
    return "(other)"


_FRAMES = re.compile(r"\b(?:according|statement|view|message|opinion|argument|claim|position|believes?|thinks?|"
                     r"feels?|hopes?|wants?|says|said|told|noted|added|asked|explained|wrote|:|;)")


def _shape(word: str) -> str:
    """A preceding token as a construction class: punctuation as itself, a function word as
    itself, else its shape (Xx, x, d)."""
    if not word[0].isalnum() or word.lower() in ("that", "said", "says", "to", "and", "but", "as", "if", "because"):
        return word.lower()
    return "Xx" if word[0].isupper() else "d" if word[0].isdigit() else "x"


def _layout(text: str, item: dict, predicted: list[tuple[int, int]],
            marked: list[tuple[tuple[int, int], ...]]) -> list[str]:
    """Where a quote no span covers sits: in its paragraph, after the last predicted quote, and
    against the spans between quotation marks."""
    span = _offsets(item.get("quote_index"))
    if span is None:
        return ["unplaced"]
    start = text.rfind("\n", 0, span[0]) + 1
    end = text.find("\n", span[1])
    end = len(text) if end < 0 else end
    labels = []
    before = text[start:span[0]].strip()
    after = text[span[1]:end].strip()
    labels.append("opens its paragraph" if len(before) <= 1 else "mid paragraph")
    labels.append("ends its paragraph" if len(after) <= 2 else "words after it")
    prior = [e for s, e in predicted if e <= span[0]]
    if not prior:
        labels.append("no predicted quote before")
    else:
        gap = text.count("\n\n", max(prior), span[0]) + text.count("\n", max(prior), span[0]) - 2 * text.count("\n\n", max(prior), span[0])
        labels.append(f"paragraphs since the last predicted quote: {min(gap, 4)}")
    inside = sum(1 for i in range(span[0], span[1]) if any(s <= i < e for pieces in marked for s, e in pieces))
    share = inside / max(1, span[1] - span[0])
    labels.append(f"share in marked spans: {'none' if share == 0 else 'under half' if share < .5 else 'half or more'}")
    labels.append("sentence has: " + ",".join(sorted({w for w in _FRAMES.findall(text[start:end].lower())})))
    previous = re.findall(r"[\w'’]+|[^\w\s]", text[start:span[0]])
    labels.append("before it: " + (_shape(previous[-1]) if previous else "(paragraph start)"))
    body = text[span[0]:span[1]]
    labels.append("marks: " + "".join(sorted({c for c in body if c in '"“”‘’«»'})))
    return labels


#: The quoted spans the quotes stage declined in the article being run, with why (`_trace_declined`).
_DECLINED: list[tuple[str, str]] = []


def _trace_declined() -> None:
    """Wrap the quotes stage's `_direct` so that each quoted span it declines is recorded in
    `_DECLINED` with the conditions that decided it (fragment, title, a clause in its own or the
    next sentence, standing alone, how far back the last speaker spoke): counts only, printed as
    labels of the unfound direct quotes those spans are."""
    import accords.stages.quotes as stage
    from accords.quotes.layout import free_standing, is_title
    from accords.quotes.marks import is_fragment

    original = stage._direct

    def traced(article, text, people, span, index, sentences, clauses, resolved, paragraph_of, last, **kw):  # type: ignore[no-untyped-def]
        quote = original(article, text, people, span, index, sentences, clauses, resolved, paragraph_of, last, **kw)
        if quote is not None:
            return quote
        closing = next((j for j in range(index, len(sentences)) if sentences[j].start <= span.end < sentences[j].end + 1), index)
        own = any(clauses[j] for j in range(index, closing + 1))
        following = closing + 1
        nxt = following < len(sentences) and paragraph_of[following] == paragraph_of[closing] and bool(clauses[following])
        colon = index > 0 and text[sentences[index - 1].start:sentences[index - 1].end].rstrip().endswith(":")
        if last is None:
            carry = "no last speaker"
        else:
            carry = f"last speaker {min(paragraph_of[index] - last.paragraph, 3)} paragraphs back"
        same = index > 0 and paragraph_of[index - 1] == paragraph_of[index]
        extra = []
        clause = min((a for j in range(index, min(closing + 1, len(resolved))) for a, _ in resolved[j]),
                     key=lambda a: min(abs(a.cue[0] - span.end), abs(span.start - a.cue[1])), default=None)
        if clause is not None:
            who = next((sp for j in range(index, min(closing + 1, len(resolved))) for a, sp in resolved[j] if a == clause), None)
            head = "pronoun" if clause.head in ("he", "she", "they", "it", "i", "we") else "proper" if clause.proper \
                else "none" if not clause.head else "common"
            side = "after" if clause.cue[0] >= span.end else "before"
            extra.append(f"clause {side}, subject {head}{' ' + _head_class(clause.head) if head == 'common' else ''}, "
                         f"{'resolved' if who is not None else 'unresolved'}"
                         + (f", cue {clause.cue_word.lower()}" if clause.cue_word.lower() in ("said", "says", "told") else ""))
        before = text[sentences[index].start:span.start].strip(" \"'“”‘’\n")
        after = text[span.end:sentences[closing].end].strip(" \"'“”‘’\n.,!?;:…")
        extra.append(f"before in sentence: {_shape(before.split()[-1]) if before.split() else '-'}"
                     f" ({min(len(before.split()), 9)} words); after: {min(len(after.split()), 9)} words")
        reason = ", ".join(extra) + " | " + ", ".join(label for label, on in (
            ("fragment", is_fragment(text, span)), ("title", is_title(text, span)),
            ("own clause", own), ("next clause", nxt), ("colon before", colon),
            ("free-standing", free_standing(text, span, sentences, index, closing)),
            ("sentence before in paragraph", same), (carry, True)) if on)
        _DECLINED.append((" ".join(text[s:e] for s, e in span.pieces), reason))
        return None

    stage._direct = traced  # type: ignore[assignment]
    reported = stage.reported_quotes

    def traced_reported(article, text, here, spans, *, stage):  # type: ignore[no-untyped-def]
        found = reported(article, text, here, spans, stage=stage)
        for att, speaker in here:
            if att.content is None:
                continue
            head = "pronoun" if att.head in ("he", "she", "they", "it", "i", "we") else "proper" if att.proper \
                else "none" if not att.head else "common " + _head_class(att.head)
            why = ("nested" if att.nested else "naming" if att.naming else "view" if att.view
                   else f"speaker unresolved, subject {head}" if speaker is None
                   else f"speaker {speaker.kind}, quote not kept: " + _not_kept(text, att.content, spans, found))
            if speaker is None and head == "pronoun":
                why += f" ({att.head})"
            _DECLINED.append((text[att.content[0]:att.content[1]], "reported: " + why))
        return found

    stage.reported_quotes = traced_reported  # type: ignore[assignment]
    attributions_of = stage._attributions

    def traced_attributions(doc, text, sentences, spans):  # type: ignore[no-untyped-def]
        result = attributions_of(doc, text, sentences, spans)
        _CLAUSES[:] = [(text, sentence, atts) for sentence, atts in zip(sentences, result)]
        return result

    stage._attributions = traced_attributions  # type: ignore[assignment]


#: The stage's sentences and their reporting clauses in the article being run (`_trace_declined`).
_CLAUSES: list = []


def _stage_clause(text: str, item: dict) -> str:
    """What the stage's own parse made of the annotated verb: no sentence chosen for a parse,
    a clause at the verb with or without content, or none."""
    from accords.nlp import normalise_for_nlp

    verb = _offsets(item.get("verb_index"))
    if verb is None or not _CLAUSES:
        return "no verb"
    stage_text = _CLAUSES[0][0]
    base = normalise_for_nlp(text).find(stage_text[:200])
    if base < 0:
        return "text moved"
    at = verb[0] - base
    for _, sentence, atts in _CLAUSES:
        if sentence.start <= at < sentence.end:
            clause = next((a for a in atts if a.cue[0] <= at < a.cue[1] + 1 or (a.according and a.cue[0] - 12 <= at <= a.cue[1])), None)
            if clause is None:
                return f"stage: {'no clause at verb' if atts else 'no clause in sentence'}"
            return f"stage: clause at verb, content {'yes' if clause.content else 'no'}, nested {clause.nested}"
    return "stage: verb in no sentence"


def _not_kept(text: str, content: tuple[int, int], spans, found) -> str:  # type: ignore[no-untyped-def]
    """Why `reported_quotes` kept no quote of a resolved clause's content."""
    start, end = content
    if any(min(e.end for e in q.evidence) > start and max(e.start for e in q.evidence) < end for q in found):
        return "kept (another extent)"
    inside = [sp for sp in spans if sp.start - 1 <= end and start <= sp.end + 1]
    if inside:
        share = sum(min(e, end) - max(s, start) for sp in inside for s, e in sp.pieces) / max(1, end - start)
        return f"quoted words inside ({'most' if share > .5 else 'part'})"
    if len(text[start:end].split()) < 5:
        return "short"
    return "other"


def _declined_reason(text: str, item: dict) -> str | None:
    """Why the stage declined the quoted span that is this gold quote (see `_trace_declined`),
    or None where it declined none of its words."""
    from accords.nlp import normalise_for_nlp

    span = _offsets(item.get("quote_index"))
    if span is None:
        return None
    text = normalise_for_nlp(text)  # the stage reads the text with straight marks: same offsets
    for words, reason in _DECLINED:
        first = words.split("\n")[0][:60]
        for start, _ in _located(text, first):
            if start < span[1] and span[0] < start + len(words):
                return reason
    return None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    add_ggt_arguments(parser)
    args = parser.parse_args(argv)

    from accords.evaluation.ggt import match_quotes
    from accords.evaluation.runner import pipeline_predictor
    from accords.ingest.article import make_article
    from accords.quotes.marks import quoted_spans
    from accords.stages.segment import paragraphs

    _trace_declined()
    rows = ggt_rows(args.data, args.limit)
    unfound: Counter[str] = Counter()
    totals: Counter[str] = Counter()
    unmatched: Counter[str] = Counter()
    matched: Counter[str] = Counter()  # every predicted quote, by cue: the denominator of `unmatched`
    failed = 0
    for row in rows:
        items = [dict(q) for q in row.get("quotations") or [] if isinstance(q, dict) and str(q.get("quote") or "").strip()] \
            if isinstance(row.get("quotations"), list) else []
        gold = gold_quotes({"quotations": items})
        text = str(row.get("articleBodyText") or "")
        _DECLINED.clear()
        try:
            article = make_article(text, origin="ggt")
            predicted = pipeline_predictor(article).get("quotes") or []
        except Exception:  # noqa: BLE001 - a blind run reports counts only, never which article
            failed += 1
            continue
        anyone = [{**q, "speaker": "x"} for q in predicted]
        pairs = match_quotes([{**q, "speaker": "x"} for q in gold], anyone, 0.3)
        found = {g for g, _ in pairs}
        used = {p for _, p in pairs}
        spans = [span for q in predicted for span in _located(text, str(q.get("text") or ""))]
        marked_spans = [span.pieces for span in quoted_spans(text, paragraphs(text))]
        marked = [{"speaker": "x", "text": " ".join(article.text[a:b] for a, b in span.pieces)}
                  for span in quoted_spans(article.text, paragraphs(article.text))]
        for item in items:
            _place(text, item)
        for number, (item, quote) in enumerate(zip(items, gold)):
            seen = bool(match_quotes([{**quote, "speaker": "x"}], marked, 0.3)) if quote["direct"] else None
            labels = _features(text, item, seen)
            totals.update(labels)
            if number not in found:
                cover = _covered(item, spans)
                labels.append(f"{labels[0]}:covered by predicted spans {cover}")
                if cover == "most":
                    labels.append(f"{labels[0]}:covered most by " + _covering(text, item, predicted, pairs))
                if cover == "none":
                    reason = _clause_reason(text, item)
                    unfound[f"{labels[0]}: no span: {reason}"] += 1
                    declined = _declined_reason(text, item)
                    if declined is None:
                        gold_span = _offsets(item.get("quote_index"))
                        marked_share = "?" if gold_span is None else "in marks" if any(
                            s < gold_span[1] and gold_span[0] < e for pieces in marked_spans for s, e in pieces) else "outside marks"
                        declined = f"(not declined) {marked_share}; {reason}; {_stage_clause(text, item)}"
                    unfound[f"{labels[0]}: no span, stage declined: {declined}"] += 1
                    if reason == "no verb annotated" or "not seen" in " ".join(labels):
                        for label in _layout(text, item, spans, marked_spans):
                            why = "no verb" if reason == "no verb annotated" else "unseen"
                            unfound[f"{labels[0]}: no span, {why}: {label}"] += 1
                unfound.update(labels)
        for number, quote in enumerate(predicted):
            kind = "direct" if quote.get("direct", True) is not False else "reported"
            cue = str(quote.get('cue') or '').lower() or '(none)'
            matched[f"{kind}:cue={cue}"] += 1
            if number not in used:
                unmatched[kind] += 1
                unmatched[f"{kind}:cue={cue}"] += 1
    print(f"{len(rows) - failed} articles ({failed} failed); unfound / all gold quotes of each construction")
    print("(a label's words after '=' are kept where two or more unfound quotes share them, else counted as '(rare)')")
    shown: Counter[str] = Counter()
    shown_all: Counter[str] = Counter()
    for label in set(totals) | set(unfound):
        name = label if "=" not in label or unfound[label] >= 2 else label.split("=")[0] + "=(rare)"
        shown[name] += unfound[label]
        shown_all[name] += totals[label]
    for label in sorted(shown, key=lambda lab: (lab.split(":")[0], -shown[lab], lab)):
        print(f"  {label:60} {shown[label]:5d} / {shown_all[label]:5d}")
    print("predicted quotes that match no gold quote's words (top cue words)")
    for label, count in sorted(unmatched.items(), key=lambda kv: -kv[1])[:24]:
        print(f"  {label:44} {count:5d} / {matched[label] if ':' in label else '':>5}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
