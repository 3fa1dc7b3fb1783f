"""What a poll found: a share in a sentence naming a poll or its respondents ("by a margin of 48% to 38%, according
to a NBC News/Wall Street Journal survey"), or right before an opinion in a sentence after one naming the poll ("A
2015 survey by U.S. think tank German Marshall Fund, three-quarters of respondents in Turkey do not want ..." then
"Furthermore, 83% do not want their daughter to marry ..."); and whose opinion it is: the country the respondents
are "in", not the pollster's ("U.S. think tank")."""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan

METRIC = "poll_share"
#: A poll's words: a share in a sentence naming a poll or its respondents is what the poll found.
_POLL = re.compile(r"\b(?:polls?|polled|pollsters?|surveys?|surveyed|respondents)\b(?!\s+(?:of|and)\s+[A-Z])")
#: The opinion a share of those polled holds, right after it: "83% do not want their daughter to marry", "41.6% opposed
#: it", "78% reject the idea".
_OPINION_AFTER = re.compile(
    r"\s+(?:of\s+(?:them|those\s+(?:polled|surveyed|asked))\s+)?(?:(?:do|did|would)\s+not\s+|don['’]t\s+)?"
    r"(?:want(?:ed|s)?|back(?:ed|s)?|support(?:ed|s)?|oppose[ds]?|reject(?:ed|s)?|favou?r(?:ed|s)?|approve[ds]?|"
    r"disapprove[ds]?|believe[ds]?|think|thought)\b")
#: How far before a sentence a poll named there still frames its shares (about two sentences, within the paragraph).
_POLL_REACH = 300
#: Those polled and where they live, right after the share: "of respondents in", "of participants in the".
_POLLED_IN = re.compile(r"\s+of\s+(?:the\s+)?(?:respondents|participants|those\s+(?:polled|surveyed|asked)|people\s+polled)"
                        r"\s+in\s+(?:the\s+)?$")


#: Those polled and where they live, earlier in the text: "three-quarters of respondents in Turkey".
_POLLED_IN_EARLIER = re.compile(r"\b(?:respondents|participants|those\s+(?:polled|surveyed|asked)|people\s+polled)"
                                r"\s+in\s+(?:the\s+)?")


def _reach(text: str, start: int) -> int:
    """Where the text before `start` that a poll named there frames begins (`_POLL_REACH`, within the paragraph)."""
    low = max(0, start - _POLL_REACH)
    return max(low, text.rfind("\n", low, start) + 1)


def is_poll_share(text: str, sentence: tuple[int, int], end: int) -> bool:
    """Whether the percent ending at `end` in `sentence` is what a poll found (see the module)."""
    if _POLL.search(text, sentence[0], sentence[1]):
        return True
    return _OPINION_AFTER.match(text, end) is not None and _POLL.search(text, _reach(text, sentence[0]), sentence[0]) is not None


def polled_country(text: str, figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str,
                   sentence: tuple[int, int], countries: Sequence[CountrySpan]) -> tuple[str, ...]:
    """A poll's share of "respondents in Turkey" is Turkey's opinion alone; in a sentence naming no country, that of
    the respondents an earlier sentence placed ("... respondents in Turkey ..." then "Furthermore, 83% do not want");
    other subjects as they are."""
    if metric != METRIC:
        return subjects
    for country in countries:
        if country.start > figure[1] and _POLLED_IN.fullmatch(text, figure[1], country.start):
            return (country.iso3,)
    if any(sentence[0] <= c.start < sentence[1] for c in countries):
        return subjects
    low = _reach(text, sentence[0])
    starts = {m.end() for m in _POLLED_IN_EARLIER.finditer(text, low, sentence[0])}
    placed = [c.iso3 for c in countries if c.start in starts]
    return (placed[-1],) if placed else subjects
