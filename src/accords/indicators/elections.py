"""A candidate's or party's share of an election's votes, as the text reports the result: "Recep Tayyip Erdogan won 52
percent of the vote", "Mr Erdogan got nearly 53% with almost all votes counted" (`vote_share`). A past verb of winning
comes right before the share, and "of the vote" right after it or the counting of the votes later in its clause, or the
result is told as a victory ("a narrow 51%-to-49% victory for Erdogan", "the referendum's slim 51 percent victory"); a share
a candidate "will gain" or "is expected to gain" (a forecast no analyst keeps), a threshold ("the 10 percent threshold of
votes needed to enter parliament") and a poll (`polls`) are none."""

from __future__ import annotations

import re
from collections.abc import Sequence

METRIC = "vote_share"
#: A past verb of winning right before the share (its bound words aside): "won 52", "got nearly 53", "secured over 50".
_WON_BEFORE = re.compile(
    r"\b(?:won|got|gained|secured|received|garnered|took|obtained|captured|polled)\s+(?:only\s+|just\s+)?"
    r"(?:(?:nearly|almost|about|around|some|roughly|approximately|over|more\s+than|less\s+than|under|just\s+over|"
    r"just\s+under|close\s+to)\s+)?$", re.IGNORECASE)
#: The votes the share is of, right after it: "of the vote", "of the popular vote", "of votes cast".
_OF_VOTES = re.compile(r"\s+of\s+(?:the\s+)?(?:(?:popular|nationwide|national|total|valid)\s+)?(?:votes?|ballots)\b",
                       re.IGNORECASE)
#: The counting of the votes later in the clause: "with almost all votes counted", "after all ballots were counted".
_COUNTED_AFTER = re.compile(r"^[^.;]{0,60}?\b(?:votes|ballots)\s+(?:(?:had\s+been|have\s+been|were|was)\s+)?counted\b",
                            re.IGNORECASE)


#: A result told as a victory right after the share, or after the loser's share that follows it: "51%-to-49% victory",
#: "51 percent victory", "a 52-percent win".
_VICTORY_AFTER = re.compile(r"(?:\s*-?\s*to\s*-?\s*\d[\d.]*\s*(?:%|percent|per\s+cent))?[\s-]+(?:(?:election|electoral|"
                            r"referendum|landslide)\s+)?(?:victory|win)\b", re.IGNORECASE)
#: The two shares of a result: the winner's before "to" ("51%-to-") and after the share ("51%-to-49%").
_SPLIT_BEFORE = re.compile(r"\d[\d.]*\s*(?:%|percent|per\s+cent)\s*-?\s*to\s*-?\s*$", re.IGNORECASE)
_SPLIT_AFTER = re.compile(r"\s*-?\s*to\s*-?\s*\d", re.IGNORECASE)
#: A word of the margin right before a share told as a victory: "the referendum's slim 51 percent victory".
_SIZE_BEFORE = re.compile(r"\b(?:narrow|slim|thin|bare|comfortable|clear|decisive|resounding|landslide|razor-thin|"
                          r"overwhelming)\s+$", re.IGNORECASE)


def vote_share(text: str, start: int, end: int, *, lead_start: int) -> str | None:
    """`vote_share` for the percent at `start`-`end` a candidate or party won (see the module), else None; `lead_start`:
    where the text before the figure that may hold its verb begins (its sentence)."""
    if _VICTORY_AFTER.match(text, end) and (_SPLIT_BEFORE.search(text, lead_start, start) or _SPLIT_AFTER.match(text, end)
                                            or _SIZE_BEFORE.search(text, lead_start, start)):
        return METRIC  # "a narrow 51%-to-49% victory for Erdogan", "the referendum's slim 51 percent victory"
    if _WON_BEFORE.search(text, lead_start, start) is None:
        return None
    if _OF_VOTES.match(text, end) or _COUNTED_AFTER.match(text[end:end + 120]):
        return METRIC
    return None


#: How far before a share the candidate it is of may be named ("Erdogan won a new five-year term ... He got nearly 53%").
_CANDIDATE_REACH = 300


def candidate_country(start: int, people: Sequence[tuple[int, int, str]], subjects: tuple[str, ...]) -> tuple[str, ...]:
    """A vote share is one country's, the country of the candidate named last before it (`people`: (start, end, ISO3)
    of each person named with a country): "Rouhani congratulated ... Erdogan ... He got nearly 53%" is Turkey's alone,
    not Iran's; with no such person in reach, `subjects` as they are."""
    named = [country for first, _end, country in people if start - _CANDIDATE_REACH <= first < start]
    return (named[-1],) if named else subjects
