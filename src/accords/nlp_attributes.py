"""Token attributes (POS, morphology, lemma) from the model's own rules, computed per distinct token.

The model's `attribute_ruler` runs a `Matcher` over every token of every article and its
`lemmatizer` creates a Python `Token` per token; together they were a quarter of the base
parse on news text. `TokenAttributes` gives the same attributes at a fraction of the cost:

- the ruler's one-token patterns only read a token's TAG, LOWER, DEP and IS_SPACE, so the
  rules that match are looked up once per distinct combination of those (with the ruler's
  own `Matcher`, on the first token that has it) and remembered;
- its few multi-token patterns ("gon na", "let 's") still run as a `Matcher` over the doc;
- the matched rules are applied in the ruler's order (a later rule wins), and lemmas come
  from the lemmatizer's `lemmatize`, remembered per (word, POS, morphology);
- everything is read and written as whole-document arrays (`Doc.to_array`/`from_array`).

The result is the same as running the two components (tests/test_nlp.py compares them).
When the ruler has a pattern on another attribute, `TokenAttributes.supports` says no and
the original components stay in place.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any, cast

import numpy
from spacy.attrs import DEP, IS_SPACE, LEMMA, LOWER, MORPH, ORTH, POS, TAG
from spacy.matcher import Matcher
from spacy.pipeline import AttributeRuler, Lemmatizer
from spacy.tokens import Doc
from thinc.types import Ints2d

#: Token attributes the one-token patterns may read for the per-combination cache to be exact.
_KEY_ATTRS = ("TAG", "LOWER", "DEP", "IS_SPACE")
#: Attributes the ruler may write (as whole-document arrays).
_WRITTEN = (POS, MORPH, LEMMA, TAG, DEP)
#: Cached entries before a cache is emptied (bounds memory on endless streams).
_CACHE_LIMIT = 200_000


#: One token's pattern (attribute -> value or operator table), as the ruler stores it.
TokenPattern = dict[str, Any]


def _pattern_lists(ruler: AttributeRuler) -> list[list[list[TokenPattern]]]:
    """Each rule's patterns (lists of token patterns), in the ruler's order.

    spaCy types a rule's "patterns" as a union with its other keys' values; every rule the
    ruler holds has a list of token-pattern lists there.
    """
    return [cast(list[list[TokenPattern]], pattern_set["patterns"]) for pattern_set in ruler.patterns]


def _lower_values(ruler: AttributeRuler) -> tuple[frozenset[int], tuple[re.Pattern, ...]]:
    """The LOWER values the ruler's first-token and one-token patterns compare with, and their regexes."""
    literals: set[int] = set()
    patterns: list[re.Pattern] = []
    for rule_patterns in _pattern_lists(ruler):
        for pattern in rule_patterns:
            spec = pattern[0].get("LOWER")
            if spec is None:
                continue
            values = spec.items() if isinstance(spec, dict) else [("==", spec)]
            for operator, value in values:
                if operator == "REGEX":
                    patterns.append(re.compile(value))
                else:
                    literals.update(ruler.vocab.strings.add(v) for v in (value if isinstance(value, list) else [value]))
    return frozenset(literals), tuple(patterns)


def _index_as_sets(lemmatizer: Lemmatizer) -> None:
    """Make the rule lemmatizer's word index (lists of up to 57,000 words, which it only tests
    with ``in``) frozensets: the same answers without a linear scan per candidate form."""
    if "lemma_index" not in lemmatizer.lookups.tables:
        return
    table = lemmatizer.lookups.get_table("lemma_index")
    for key, words in list(table.items()):
        if isinstance(words, list):
            table[key] = frozenset(words)


class TokenAttributes:
    """A pipeline component equal to `attribute_ruler` followed by `lemmatizer`, but cheaper."""

    def __init__(self, ruler: AttributeRuler, lemmatizer: Lemmatizer) -> None:
        self._vocab = ruler.vocab
        self._attrs = [dict(attrs) for attrs in ruler.attrs]
        self._indices = list(ruler.indices)
        self._single = Matcher(ruler.vocab)
        self._multi = Matcher(ruler.vocab)
        self._first = Matcher(ruler.vocab)
        self._longest = 0
        for rule, patterns in enumerate(_pattern_lists(ruler)):
            singles = [p for p in patterns if len(p) == 1]
            multis = [p for p in patterns if len(p) != 1]
            if singles:
                self._single.add(str(rule), singles)
            if multis:
                self._multi.add(str(rule), multis)
                self._first.add(str(rule), [p[:1] for p in multis])
                self._longest = max(self._longest, *map(len, multis))
        self._lower_literals, self._lower_patterns = _lower_values(ruler)
        self._lower_relevant: dict[int, bool] = {}
        _index_as_sets(lemmatizer)
        self._lemmatize: Callable = lemmatizer.lemmatize
        self._overwrite_lemmas = bool(lemmatizer.overwrite)
        self._rules: dict[tuple[int, int, int, int], tuple[tuple[int, ...], bool]] = {}
        self._lemmas: dict[tuple[int, int, int], int] = {}

    @staticmethod
    def supports(ruler: AttributeRuler) -> bool:
        """Whether every one-token pattern of `ruler` reads only TAG, LOWER, DEP and IS_SPACE."""
        for patterns in _pattern_lists(ruler):
            for pattern in patterns:
                if any(key not in _KEY_ATTRS for key in pattern[0]):
                    return False  # the first token decides whether the pattern is tried
                lower = pattern[0].get("LOWER")
                if isinstance(lower, dict) and not set(lower) <= {"IN", "NOT_IN", "REGEX"}:
                    return False
                if len(pattern) > 1 and any("OP" in token for token in pattern):
                    return False  # a fixed length bounds the window a multi-token match needs
        return all(set(attrs) <= set(_WRITTEN) for attrs in ruler.attrs)

    def __call__(self, doc: Doc) -> Doc:
        if len(doc) == 0:
            return doc
        keys = doc.to_array([TAG, LOWER, DEP, IS_SPACE]).tolist()
        written = doc.to_array(list(_WRITTEN))
        rules_cache = self._rules
        if len(rules_cache) > _CACHE_LIMIT:
            rules_cache.clear()
        found: list[tuple[int, ...]] = []
        starts: list[int] = []
        relevant = self._lower_relevant
        for i, (tag, lower, dep, space) in enumerate(keys):
            seen = relevant.get(lower)
            if seen is None:
                seen = relevant[lower] = self._lower_matters(lower)
            key = (tag, lower if seen else 0, dep, space)
            entry = rules_cache.get(key)
            if entry is None:
                entry = rules_cache[key] = self._single_rules(doc, i)
            found.append(entry[0])
            if entry[1]:
                starts.append(i)
        extra = self._multi_rules(doc, starts)
        changed = False
        for i, rules in enumerate(found):
            if i in extra:
                rules = tuple(sorted(set(rules).union(extra[i])))
            if rules:
                row = written[i]
                for rule in rules:
                    for attr, value in self._attrs[rule].items():
                        row[_WRITTEN.index(attr)] = value
                changed = True
        if changed:
            doc.from_array(list(_WRITTEN), cast(Ints2d, written))
        self._set_lemmas(doc)
        return doc

    def _lower_matters(self, lower: int) -> bool:
        """Whether a pattern names this lower-case form (any other form behaves like no form)."""
        if len(self._lower_relevant) > _CACHE_LIMIT:
            self._lower_relevant.clear()
        if lower in self._lower_literals:
            return True
        text = self._vocab.strings[lower]
        return any(pattern.search(text) for pattern in self._lower_patterns)

    def _single_rules(self, doc: Doc, i: int) -> tuple[tuple[int, ...], bool]:
        """The rules whose one-token patterns match token `i` (in the ruler's order), and
        whether a multi-token pattern may start at it."""
        token = doc[i:i + 1]
        matches = self._single(token, allow_missing=True)
        rules = tuple(sorted({int(self._vocab.strings[match_id]) for match_id, _s, _e in matches}))
        return rules, bool(self._first(token, allow_missing=True))

    def _multi_rules(self, doc: Doc, starts: list[int]) -> dict[int, list[int]]:
        """Token -> rules of the multi-token patterns that match from one of `starts` and target it."""
        extra: dict[int, list[int]] = {}
        for start in starts:
            window = doc[start:start + self._longest]
            for match_id, begin, end in self._multi(window, allow_missing=True):
                if begin != 0:
                    continue  # found again from its own start
                rule = int(self._vocab.strings[match_id])
                index = self._indices[rule]
                target = start + (index if index >= 0 else end + index)
                if not start <= target < start + end:
                    raise ValueError(f"attribute rule {rule}: index {index} outside its match")
                extra.setdefault(target, []).append(rule)
        return extra

    def _set_lemmas(self, doc: Doc) -> None:
        """What the lemmatizer does: a lemma for every token that has none (or all, with overwrite)."""
        table = doc.to_array([ORTH, POS, MORPH, LEMMA])
        cache = self._lemmas
        if len(cache) > _CACHE_LIMIT:
            cache.clear()
        strings = self._vocab.strings
        lemmas = table[:, 3].copy()
        for i, (orth, pos, morph, lemma) in enumerate(table.tolist()):
            if lemma and not self._overwrite_lemmas:
                continue
            key = (orth, pos, morph)
            value = cache.get(key)
            if value is None:
                value = cache[key] = strings.add(self._lemmatize(doc[i])[0])
            lemmas[i] = value
        doc.from_array([LEMMA], cast(Ints2d, lemmas.reshape(-1, 1).astype(numpy.uint64)))

