"""Score predicted gold-shaped facts against gold facts, with the rules of docs/gold-format.md.

Everything here is pure: plain dicts in (the shape of `accords.gold.to_gold`, which is the
shape of the gold files), frozen results out. Reading files and running the pipeline live
in `accords.evaluation.runner`.

Each fact kind is matched one to one with a greedy pass over the compatible (gold,
prediction) pairs, best pairs first (see each ``_match_*`` for what "best" means). Greedy is
exact wherever compatibility is an equivalence (events: type and actor set; countries: id)
and close enough elsewhere for articles with tens of facts.

Per article the result lists the gold facts missed and the predictions that matched nothing,
for error analysis (``accords eval --details``). Over many articles the counts are summed
(micro average) before precision, recall and F1 are computed.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from typing import Any

from accords.entities.lexicon import GENERATIONS
from accords.evaluation.dates import date_within, same_value
from accords.gold import gold_shape_events, gold_shape_indicators, to_gold
from accords.model import Article, Event, Extraction, Indicator
from accords.quantities.units import common_unit

#: The fact kinds of a gold file, in table order.
KINDS = ("entities", "events", "indicators", "quotes", "times")

#: Quote text overlap thresholds: the first is the headline one, the others are reported too.
QUOTE_THRESHOLDS = (0.5, 0.3, 0.8)

#: Relative tolerance on indicator values (docs/gold-format.md: "value within 1 %").
VALUE_TOLERANCE = 0.01

#: Share of the gold time expression's tokens a prediction must overlap.
TIME_OVERLAP = 0.5

Fact = dict[str, Any]


@dataclass(frozen=True)
class Accuracy:
    """An attribute checked over matched pairs: `correct` of `total` agree."""

    name: str
    correct: int
    total: int

    @property
    def value(self) -> float | None:
        """correct / total, or None when no matched pair had the attribute to check."""
        return self.correct / self.total if self.total else None


@dataclass(frozen=True)
class KindScore:
    """Counts of one fact kind (``"quotes@0.3"`` for a quote threshold other than 0.5)."""

    kind: str
    tp: int = 0
    fp: int = 0
    fn: int = 0
    accuracies: tuple[Accuracy, ...] = ()

    @property
    def precision(self) -> float:
        """tp / (tp + fp); 1.0 when nothing was predicted (no false claim was made)."""
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        """tp / (tp + fn); 1.0 when the gold has nothing of this kind."""
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        """Harmonic mean of precision and recall (0.0 when both are 0)."""
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def __add__(self, other: KindScore) -> KindScore:
        if other.kind != self.kind:
            raise ValueError(f"cannot add scores of {self.kind!r} and {other.kind!r}")
        accuracies = {a.name: a for a in self.accuracies}
        for acc in other.accuracies:
            mine = accuracies.get(acc.name, Accuracy(acc.name, 0, 0))
            accuracies[acc.name] = Accuracy(acc.name, mine.correct + acc.correct, mine.total + acc.total)
        return KindScore(
            kind=self.kind, tp=self.tp + other.tp, fp=self.fp + other.fp, fn=self.fn + other.fn,
            accuracies=tuple(accuracies.values()),
        )

    def as_dict(self) -> dict[str, Any]:
        """The JSON form: counts, rates and accuracies (value None when nothing was checked)."""
        return {
            "kind": self.kind, "tp": self.tp, "fp": self.fp, "fn": self.fn,
            "precision": self.precision, "recall": self.recall, "f1": self.f1,
            "accuracies": {a.name: {"correct": a.correct, "total": a.total, "value": a.value}
                           for a in self.accuracies},
        }


@dataclass(frozen=True)
class ArticleScore:
    """The scores of one article plus what was missed and what was wrongly found, per kind.

    `outlet` is the key of the gold file's outlet (`accords.evaluation.outlets`); the runner
    fills it in, since only it knows the gold file's name.
    """

    article: str
    scores: tuple[KindScore, ...]
    misses: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    false_positives: dict[str, tuple[Fact, ...]] = field(default_factory=dict)
    outlet: str = ""

    def score(self, kind: str) -> KindScore:
        """The score of one kind (``"events"``, ``"quotes@0.8"``, ...)."""
        for item in self.scores:
            if item.kind == kind:
                return item
        raise KeyError(kind)


@dataclass(frozen=True)
class _Matching:
    """The outcome of matching one kind: index pairs, and gold items that count for nothing."""

    pairs: tuple[tuple[int, int], ...]
    ignored_gold: frozenset[int] = frozenset()  # required: false, whether matched or not


# ---------------------------------------------------------------------------- normalising

_APOSTROPHES = str.maketrans({c: "'" for c in "\u2018\u2019\u201a\u201b\u2032\u02bc\u00b4`"})
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"})
_SPACES = re.compile(r"\s+")
_TOKEN = re.compile(r"\w+", re.UNICODE)


def fold(text: str) -> str:
    """Case-fold, accent-fold (NFKD without combining marks), unify apostrophes and dashes."""
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c))
    unified = stripped.translate(_APOSTROPHES).translate(_DASHES)
    return _SPACES.sub(" ", unified).strip().casefold()


def name_key(text: str) -> str:
    """The form names are compared in: `fold`, then a leading "the" removed."""
    folded = fold(text)
    return folded[4:] if folded.startswith("the ") else folded


def tokens(text: str) -> list[str]:
    """Word tokens of a text, folded (punctuation dropped)."""
    return _TOKEN.findall(fold(text))


def token_overlap(predicted: str, gold: str) -> float:
    """Share of the gold text's tokens (as a multiset) that the predicted text contains."""
    want = Counter(tokens(gold))
    if not want:
        return 0.0
    have = Counter(tokens(predicted))
    return sum((want & have).values()) / sum(want.values())


# ---------------------------------------------------------------------------- matching


def greedy_pairs(
    n_gold: int, n_pred: int, rank: Callable[[int, int], tuple | None]
) -> list[tuple[int, int]]:
    """One-to-one pairs, best-ranked first: `rank(g, p)` is a sort key, or None if incompatible."""
    candidates = []
    for g in range(n_gold):
        for p in range(n_pred):
            key = rank(g, p)
            if key is not None:
                candidates.append((key, g, p))
    candidates.sort(key=lambda item: (item[0], item[1], item[2]))
    used_gold: set[int] = set()
    used_pred: set[int] = set()
    pairs = []
    for _, g, p in candidates:
        if g not in used_gold and p not in used_pred:
            used_gold.add(g)
            used_pred.add(p)
            pairs.append((g, p))
    return sorted(pairs)


def _keys(entity: Fact) -> set[str]:
    names = [entity.get("name"), entity.get("id"), *(entity.get("aliases") or ())]
    return {name_key(str(n)) for n in names if n}


def _match_entities(gold: Sequence[Fact], pred: Sequence[Fact]) -> _Matching:
    """Countries on `id`; others on type plus any shared name/alias/id. Exact names first."""
    gold_keys = [_keys(g) for g in gold]
    pred_keys = [_keys(p) for p in pred]

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        if (want.get("type") or "").upper() != (have.get("type") or "").upper():
            return None
        if (want.get("type") or "").upper() == "COUNTRY":
            ok = bool(want.get("id")) and name_key(str(want["id"])) == name_key(str(have.get("id") or ""))
            return (0,) if ok else None
        if not gold_keys[g] & pred_keys[p]:
            return None
        same_name = name_key(str(want.get("name") or "")) == name_key(str(have.get("name") or ""))
        return (0 if same_name else 1,)

    return _Matching(tuple(greedy_pairs(len(gold), len(pred), rank)))


def _actor_set(fact: Fact, key: str) -> frozenset[str]:
    return frozenset(str(a).upper() for a in (fact.get(key) or ()))


def _match_events(gold: Sequence[Fact], pred: Sequence[Fact]) -> _Matching:
    """Type and actor set. Required gold first, then date-agreeing predictions first."""

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        if (want.get("type") or "").upper() != (have.get("type") or "").upper():
            return None
        if _actor_set(want, "actors") != _actor_set(have, "actors"):
            return None
        optional = want.get("required", True) is False
        dates_agree = want.get("date") is not None and date_within(have.get("date"), want["date"])
        return (optional, not dates_agree)

    ignored = frozenset(i for i, g in enumerate(gold) if g.get("required", True) is False)
    return _Matching(tuple(greedy_pairs(len(gold), len(pred), rank)), ignored)


@dataclass(frozen=True)
class EventVerdict:
    """One event of an extraction judged against an article's gold events: the event, its
    gold-shape fact (`accords.gold.to_gold`) and whether the scorer matches it to a gold event."""

    event: Event
    fact: Fact
    right: bool


def event_verdicts(gold_events: Sequence[Fact], article: Article, extraction: Extraction) -> list[EventVerdict]:
    """Each gold-shape event of `extraction`, right when the scorer's matching pairs it with a
    gold event, wrong when with none; those paired with optional gold (``required: false``)
    count for nothing and are left out, as in the scores. What the calibration and the event
    classifier's benches and training label events with."""
    events = gold_shape_events(extraction)
    predicted = to_gold(article, extraction)["events"]
    matching = _match_events(gold_events, predicted)
    matched = {p: g for g, p in matching.pairs}
    return [
        EventVerdict(event, fact, index in matched)
        for index, (event, fact) in enumerate(zip(events, predicted, strict=True))
        if not (index in matched and matched[index] in matching.ignored_gold)
    ]


def figure_verdicts(gold_indicators: Sequence[Fact], article: Article,
                    extraction: Extraction) -> list[tuple[Indicator, bool]]:
    """Each figure of `extraction`, in `to_gold` order, with whether the scorer's matching pairs
    it with a gold figure. What the figures' confidence table is measured with
    (`bench/figure_calibration.py`)."""
    indicators = gold_shape_indicators(extraction)
    predicted = to_gold(article, extraction)["indicators"]
    matched = {p for _g, p in _match_indicators(gold_indicators, predicted).pairs}
    return [(indicator, index in matched) for index, indicator in enumerate(indicators)]


def _value_close(predicted: Any, gold: Any) -> bool:
    if not isinstance(predicted, (int, float)) or not isinstance(gold, (int, float)):
        return False
    if gold == 0:
        return predicted == 0
    return abs(predicted - gold) <= VALUE_TOLERANCE * abs(gold)


def _period(value: Any) -> Any:
    return tuple(value) if isinstance(value, (list, tuple)) else value


def _same_period(predicted: Any, gold: Any) -> bool:
    if predicted is None or gold is None:
        return predicted is None and gold is None
    return same_value(_period(predicted), _period(gold))


def _quantity(fact: Fact) -> tuple[Any, str]:
    """An indicator's value and unit in the common unit of its dimension ("8.69 GW" and "8690
    MW" are one quantity: gold may write either); other units compared case-folded."""
    value, unit = fact.get("value"), str(fact.get("unit") or "")
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        value, unit = common_unit(float(value), unit)
    return value, fold(unit)


def _match_indicators(gold: Sequence[Fact], pred: Sequence[Fact]) -> _Matching:
    """Subject set, unit and value within 1 %, compared in a common unit (`_quantity`). Pairs agreeing on metric, period and kind first,
    then the closest values."""

    wanted, had = [_quantity(f) for f in gold], [_quantity(f) for f in pred]

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        if _actor_set(want, "subjects") != _actor_set(have, "subjects"):
            return None
        (want_value, want_unit), (have_value, have_unit) = wanted[g], had[p]
        if want_unit != have_unit or not _value_close(have_value, want_value):
            return None
        disagreements = (
            want.get("metric") != have.get("metric"),
            not _same_period(have.get("period"), want.get("period")),
            want.get("kind") != have.get("kind"),
        )
        error = abs(have_value - want_value) / abs(want_value) if want_value else 0.0
        return (sum(disagreements), error)

    return _Matching(tuple(greedy_pairs(len(gold), len(pred), rank)))


def speaker_matches(predicted: str | None, gold: str | None) -> bool:
    """The predicted speaker is the gold speaker's full name or its surname alone.

    "Surname" is the last word; a longer tail of the name also counts ("Azari Jahromi" for
    "Mohammad-Javad Azari Jahromi"), since surnames are often compound.
    """
    if not predicted or not gold:
        return False
    have, want = _generation(name_key(predicted).split()), _generation(name_key(gold).split())
    if bool(have) and len(have) <= len(want) and want[-len(have):] == have:
        return True
    # unnamed people described ("experts on jail suicide", "Experts", "senior health officials",
    # "officials"): the same speakers when the descriptions' heads are the same noun
    head_have, head_want = _description_head(predicted), _description_head(gold)
    if head_have is not None and head_have == head_want:
        return True
    # an organisation speaks through its people: "Freedom Mobile spokesperson", "NASA scientists"
    # and "Freedom Mobile", "NASA" name the same source (the role word dropped on either side)
    short_have, short_want = _organisation(have), _organisation(want)
    if short_have and short_want and short_have == short_want:
        return True
    # an acronym for the name written out ("DEA", "Drug Enforcement Administration"), either way
    # round, with or without the role word ("UFCW spokesperson"; "Workers" ends the full name)
    return any(_abbreviates(a, b) or _abbreviates(b, a)
               for a in (short_have, have) for b in (short_want, want) if a and b)


#: Words that end a description's head and start what modifies it ("experts | on jail suicide",
#: "people | familiar with the matter", "representatives | of the family", "officials | who ...").
_POST_MODIFIERS = frozenset(
    "of on for with at in from to about by familiar close who that which whose involved working based".split())


def _description_head(speaker: str) -> str | None:
    """The head noun of a speaker written as a description of unnamed people (tests/gold/README.md,
    "Unnamed speakers": lower case, "at its fullest"): the last word before its post-modifiers
    ("experts on jail suicide" → experts, "senior health officials" → officials, "Experts" →
    experts). None for a name: a capitalised word after the first ("Toronto police", "Bank of
    Canada"), or a first word that is no noun of a description (a one-word name like "Trudeau"
    is capitalised but has no lower-case sibling; only descriptions written in lower case, or
    one capitalised common word opening a sentence, take part)."""
    words = fold(speaker).split() if speaker else []
    written = speaker.split() if speaker else []
    if not words or any(w[:1].isupper() for w in written[1:]):
        return None
    if written[0][:1].isupper() and len(written) == 1 and not written[0].lower().endswith("s"):
        return None  # "Trudeau": a name; "Experts", "Officials" (a plural opening a sentence) are descriptions
    if words[0] in ("a", "an", "the", "some", "several", "many", "one", "two", "three", "other", "another"):
        words = words[1:]
    head: list[str] = []
    for word in words:
        if word in _POST_MODIFIERS and head:
            break
        head.append(word)
    return head[-1] if head else None


#: Words an acronym skips ("Drug Enforcement Administration" = DEA, "Bank of Canada" = BOC is not).
_ACRONYM_SKIPS = frozenset("of for and the on in to &".split())


def _generation(words: list[str]) -> list[str]:
    """A name without a trailing generational suffix (after a comma or not)."""
    words = [w.rstrip(",") for w in words]
    while len(words) > 1 and words[-1] in GENERATIONS:
        words = words[:-1]
    return words


def _abbreviates(short: list[str], full: list[str]) -> bool:
    """Whether `short` is one word, the acronym of the several words of `full` ("dea" for "drug
    enforcement administration", "ufcw" for "united food and commercial workers"): the same
    source written either way. Symmetric in use: the scorer asks it both ways round."""
    if len(short) != 1 or len(full) < 2 or not 2 <= len(short[0]) <= 8 or not short[0].isalpha():
        return False
    initials = "".join(w[0] for w in full if w not in _ACRONYM_SKIPS)
    return initials == short[0]


def _organisation(words: list[str]) -> list[str]:
    """A speaker name without a leading article or a trailing role word ("spokesperson")."""
    from accords.quotes.sources import role_words  # one owner for the role words

    roles = role_words()
    words = [w for w in words if w not in ("a", "an")] if words and words[0] in ("a", "an") else list(words)
    while words and words[-1] in roles:
        words = words[:-1]
    if words and words[-1] in ("s", "'s"):
        words = words[:-1]
    return words


def _indirect(quote: Fact) -> bool:
    """A quote marked ``"direct": false``: reported speech ("X said that ..."), not words in
    quote marks. Gold files record it; the quotes rows score direct quotes."""
    return quote.get("direct", True) is False


def _match_quotes(gold: Sequence[Fact], pred: Sequence[Fact], threshold: float) -> _Matching:
    """Speaker (full name or surname) and text overlap of at least `threshold` of the gold
    tokens. Direct gold quotes pair first, then the largest overlaps. Indirect gold quotes
    (``direct: false``) are optional, like ``required: false`` events: finding one is no hit,
    missing one is no error."""

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        if not speaker_matches(have.get("speaker"), want.get("speaker")):
            return None
        overlap = token_overlap(str(have.get("text") or ""), str(want.get("text") or ""))
        return (_indirect(want), -overlap) if overlap >= threshold else None

    ignored = frozenset(i for i, g in enumerate(gold) if _indirect(g))
    return _Matching(tuple(greedy_pairs(len(gold), len(pred), rank)), ignored)


def _match_times(gold: Sequence[Fact], pred: Sequence[Fact]) -> _Matching:
    """Text overlap of at least half of the gold tokens. Largest overlaps first, then agreeing
    values."""

    def rank(g: int, p: int) -> tuple | None:
        want, have = gold[g], pred[p]
        overlap = token_overlap(str(have.get("text") or ""), str(want.get("text") or ""))
        if overlap < TIME_OVERLAP:
            return None
        return (-overlap, not same_value(have.get("value"), want.get("value")))

    return _Matching(tuple(greedy_pairs(len(gold), len(pred), rank)))


def _distinct_times(pred: Sequence[Fact]) -> list[Fact]:
    """Time expressions are scored as distinct (text, value) pairs per article: gold files
    mostly list a repeated expression once, so repeats, gold or predicted, count once."""
    seen: set[tuple[str, str]] = set()
    distinct = []
    for item in pred:
        key = (fold(str(item.get("text") or "")), repr(_period(item.get("value"))))
        if key not in seen:
            seen.add(key)
            distinct.append(item)
    return distinct


# ---------------------------------------------------------------------------- scoring


def _accuracy(name: str, pairs: Iterable[tuple[Fact, Fact]], agree: Callable[[Fact, Fact], bool]) -> Accuracy:
    checked = list(pairs)
    return Accuracy(name, sum(1 for g, p in checked if agree(g, p)), len(checked))


def _score_kind(
    kind: str, gold: Sequence[Fact], pred: Sequence[Fact], matching: _Matching,
    accuracies: Callable[[list[tuple[Fact, Fact]]], tuple[Accuracy, ...]] = lambda pairs: (),
) -> tuple[KindScore, tuple[Fact, ...], tuple[Fact, ...]]:
    """Counts, plus the missed gold facts and the unmatched predictions."""
    matched_gold = {g for g, _ in matching.pairs}
    matched_pred = {p for _, p in matching.pairs}
    hits = [(gold[g], pred[p]) for g, p in matching.pairs if g not in matching.ignored_gold]
    misses = tuple(g for i, g in enumerate(gold) if i not in matched_gold and i not in matching.ignored_gold)
    false_positives = tuple(p for i, p in enumerate(pred) if i not in matched_pred)
    score = KindScore(kind, tp=len(hits), fp=len(false_positives), fn=len(misses), accuracies=accuracies(hits))
    return score, misses, false_positives


def _event_accuracies(pairs: list[tuple[Fact, Fact]]) -> tuple[Accuracy, ...]:
    dated = [(g, p) for g, p in pairs if g.get("date") is not None]
    return (_accuracy("date", dated, lambda g, p: date_within(p.get("date"), g["date"])),)


def _indicator_accuracies(pairs: list[tuple[Fact, Fact]]) -> tuple[Accuracy, ...]:
    return (
        _accuracy("metric", pairs, lambda g, p: g.get("metric") == p.get("metric")),
        _accuracy("period", pairs, lambda g, p: _same_period(p.get("period"), g.get("period"))),
        _accuracy("kind", pairs, lambda g, p: g.get("kind") == p.get("kind")),
    )


def _time_accuracies(pairs: list[tuple[Fact, Fact]]) -> tuple[Accuracy, ...]:
    return (_accuracy("value", pairs, lambda g, p: same_value(p.get("value"), g.get("value"))),)


def article_name(gold: Fact) -> str:
    """How an article is named in reports: its file, else its id or url."""
    article = gold.get("article") or {}
    return str(article.get("file") or article.get("id") or article.get("url") or "?")


def score_article(gold: Fact, predicted: Fact) -> ArticleScore:
    """Score one article's predicted facts (gold-shaped dict) against its gold dict."""
    scores: list[KindScore] = []
    misses: dict[str, tuple[Fact, ...]] = {}
    false_positives: dict[str, tuple[Fact, ...]] = {}

    def add(kind: str, result: tuple[KindScore, tuple[Fact, ...], tuple[Fact, ...]]) -> None:
        scores.append(result[0])
        misses[kind], false_positives[kind] = result[1], result[2]

    # a kind the gold file does not hold (no key at all, not an empty list) was not annotated
    # there: a file of quotes only ("quotes" and "article") is scored on its quotes alone
    if "entities" in gold:
        entities_g, entities_p = gold["entities"] or [], predicted.get("entities") or []
        add("entities", _score_kind("entities", entities_g, entities_p, _match_entities(entities_g, entities_p)))
    if "events" in gold:
        events_g, events_p = gold["events"] or [], predicted.get("events") or []
        add("events", _score_kind("events", events_g, events_p, _match_events(events_g, events_p), _event_accuracies))
    if "indicators" in gold:
        indicators_g, indicators_p = gold["indicators"] or [], predicted.get("indicators") or []
        add("indicators", _score_kind("indicators", indicators_g, indicators_p,
                                      _match_indicators(indicators_g, indicators_p), _indicator_accuracies))
    # the quotes rows score direct quotes: predicted reported speech (`direct: false`, as in the
    # JSON form) is left out, and indirect gold quotes are optional (see _match_quotes)
    if "quotes" in gold:
        quotes_g = gold["quotes"] or []
        quotes_p = [q for q in predicted.get("quotes") or [] if not _indirect(q)]
        for threshold in QUOTE_THRESHOLDS:
            kind = "quotes" if threshold == QUOTE_THRESHOLDS[0] else f"quotes@{threshold}"
            result = _score_kind(kind, quotes_g, quotes_p, _match_quotes(quotes_g, quotes_p, threshold))
            if kind == "quotes":
                add(kind, result)
            else:
                scores.append(result[0])
    if "times" in gold:
        times_g, times_p = _distinct_times(gold["times"] or []), _distinct_times(predicted.get("times") or [])
        add("times", _score_kind("times", times_g, times_p, _match_times(times_g, times_p), _time_accuracies))
    return ArticleScore(article_name(gold), tuple(scores), misses, false_positives)


def aggregate(articles: Sequence[ArticleScore]) -> tuple[KindScore, ...]:
    """Micro-averaged scores over articles: counts summed per kind, in table order."""
    totals: dict[str, KindScore] = {}
    for article in articles:
        for score in article.scores:
            totals[score.kind] = totals[score.kind] + score if score.kind in totals else score
    return tuple(totals.values())
