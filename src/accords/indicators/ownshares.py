"""A percentage of a whole that no other rule names, named from its own words (issue 14: "every figure an
analyst records ... with a metric named from its own words"): "Al-Raqqah, alone, has 70 percent of Syria’s water
resources" is `water_resources_share`, "over 95 percent of the Miankaleh wetland is drained" `wetland_share`,
"entitled to 17 percent of the maritime expanse of the Caspian Sea" `maritime_expanse_share`.

The whole is the first run of plain words after "of" and its determiners; the holder before it (a capitalised
name, a possessive: "Syria’s", "the city’s", "the U.S.") is no part of its name, and the run ends at a verb ("the
deposit is", "the population constitutes", a word before a determiner: "plays a"), a participle ("the goods passing through"), a preposition or a
number. A whole that only points at a figure ("of the total", "of the amount", "of it") names nothing: the
referring rules (`referents`) own those. `lexicon.figure_metric` asks this last, for a percentage nothing else
named; who holds the share is the subjects rules' (`owners`).
"""

from __future__ import annotations

import re

from accords.indicators.counted import POLL_VERBS
from accords.indicators.named import SHARED_WHOLES, STOP_WORDS, name_of
from accords.indicators.worldshares import OF_THE_WORLD

#: "percent of": the figure is a share of what follows.
_OF = re.compile(r"^\s+of\s+")
#: An initialism ("U.S."), a word, a possessive ("Syria’s", "city's"), or one mark of punctuation.
_TOKEN = re.compile(r"[A-Z](?:\.[A-Z])+\.?|[A-Za-z][\w-]*(?:['’]s?)?|\S")
#: Determiners before the whole, or its holder's words in lower case ("the world's").
_DETERMINERS = frozenset("the all a an its their his her our this that these those entire".split())
#: Verbs that end the whole's phrase ("of the deposit is thought", "of the U.S population constitutes millionaires").
_VERBS = frozenset("""
is are was were be been being has have had do does did will would can could may might must should shall
constitute constitutes constituted comprise comprises make makes made come comes came remain remains remained
live lives lived go goes went belong belongs originate originates originated say says said think thinks want wants
need needs use uses used hold holds held own owns owned account accounts accounted lie lies lay get gets got
""".split())
#: Wholes that only point at a figure, or at a time: no share of anything an analyst names.
_POINTING = frozenset("rest remainder whole sum cost costs case cases time times".split())
#: A verb that takes the part away: "would be losing as much as 10 percent of its water resources".
_CUT_BEFORE = re.compile(r"\b(?:los(?:e|es|ing|t)|cut(?:s|ting)?|reduc(?:e|es|ed|ing)|slash(?:es|ed|ing)?)\s+"
                         r"(?:by\s+)?(?:[a-z]+\s+){0,3}$", re.IGNORECASE)
#: A whole of the world, told around the figure: a fallback names no world figure (`places.world_figure` owns those).
_WORLDWIDE = re.compile(r"\b(?:globally|worldwide|around\s+the\s+(?:world|globe|planet)|across\s+the\s+(?:world|globe))\b",
                        re.IGNORECASE)
_WORLD_REACH = 60
#: At most this many words name the whole ("sand and dust storms", "motivated hate crimes"); a longer run is read to
#: its end and named by its last words.
_MAX_WORDS = 3
_MAX_RUN = 6
#: Adverbs inside the whole's phrase name nothing ("religiously motivated hate crimes").
_ADVERB = re.compile(r"[a-z]+(?:ously|ally|ively|ately|ently|antly|ibly|ably|fully)")
#: Those a poll or an election counts ("5.3 percent of Turkish voters were registered abroad": `counted._ELECTORAL`
#: keeps such shares out), and a share of the vote (`elections` owns it: "is expected to gain about 52 percent of
#: the votes" is no result).
_POLLED = frozenset("voters respondents electors vote votes ballots".split())
#: A poll's verb right after the whole: "Some 60 percent of Russian citizens support the plan" (`counted.POLL_VERBS`).
_POLL_AFTER = re.compile(r"\s+(?:(?:do|does|did|would)\s+(?:not\s+)?)?" + POLL_VERBS + r"\b", re.IGNORECASE)
_PLAIN = re.compile(r"[a-z][a-z-]*")


def share_of_whole(after: str, lead: str = "") -> str | None:
    """`<whole>_share` for a percentage right before `after` ("... of Syria’s water resources" →
    `water_resources_share`), or None where no plain whole follows "of" or the words before it (`lead`)
    lose or cut that part (a change of the whole, no share of it)."""
    of = _OF.match(after)
    if of is None or _CUT_BEFORE.search(lead) or OF_THE_WORLD.match(after) or _WORLDWIDE.search(lead) \
            or _WORLDWIDE.search(after[:_WORLD_REACH]):
        return None  # "Globally, eight to ten percent of greenhouse gas emissions", "80% of smartphones around the planet"
    words: list[str] = []
    found = list(_TOKEN.finditer(after, of.end(), of.end() + 160))
    tokens = [match.group(0) for match in found]
    whole_end = of.end()
    for index, token in enumerate(tokens):
        lower = token.lower()
        following = tokens[index + 1].lower() if index + 1 < len(tokens) else ""
        if not words and (lower in _DETERMINERS or token[0].isupper() or token.endswith(("'s", "’s", "'", "’"))):
            continue  # the holder and the determiners before the whole: "the", "Syria’s", "the U.S.", "city’s"
        if words and (following in _DETERMINERS or following == "not"):
            break  # "of Syria’s fertile land and plays a big role", "households report not having": a verb
        if words and lower == "and":
            words.append(lower)  # "sand and dust storms": one whole of two nouns
            continue
        if words and token[0].isupper():
            return None  # "one-third of the entire active Qatari military": the words so far are no head
        if not _PLAIN.fullmatch(token) or lower in STOP_WORDS or lower in _VERBS:
            break
        if _ADVERB.fullmatch(lower):
            continue
        if words and lower.endswith(("ing", "ed")) and not _content(following):
            break  # "of the goods passing through Habur"; "reported religiously motivated hate crimes" goes on
        words.append(lower)
        whole_end = found[index].end()
        if len(words) >= _MAX_RUN:
            break
    named = [w for w in words if w != "and"][-_MAX_WORDS:]
    if not named or named[-1] in _POINTING or named[-1] in _POLLED or named[-1] in SHARED_WHOLES or len(named[-1]) < 3 \
            or _POLL_AFTER.match(after, whole_end):
        return None  # a share of arrivals or sales is `named`'s to name ("accounted for 24.6 percent of arrivals")
    return f"{name_of(named)}_share"


def _content(word: str) -> bool:
    """Whether `word` (lower case) may go on a whole's phrase: a plain word, no stop word or verb."""
    return bool(_PLAIN.fullmatch(word)) and word not in STOP_WORDS and word not in _VERBS
