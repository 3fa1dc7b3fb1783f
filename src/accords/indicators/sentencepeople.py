"""The country of the people a figure's own sentence names, for a count in a sentence that names no
country: "Sondland's appearance ..., and his closeness to Trump, is of particular concern to the White
House ..., with nine witnesses testifying over three days" is the United States' count, though the sentence
before spoke of Ukraine; "Police arrested six people" names nobody and is left to the text.

A sentence that names no country but names people of one country (`ArticleCountries.people`) is about that
country's affairs: its counts of people and things (a bare count, `is_count`) are that country's where the
countries the sentences before it name leave it out (`owners._named_subjects`). Organisations are left out:
a maker, a seller or a news agency owns no count it is named with. People cited as the source or the speaker
("according to", ", Smith said.", "The Vice President emphasized ..., noting that ... more than 100 hostages")
tell where the figure comes from, not whose it is, and are passed over; so is a sentence naming people of two
countries. Money, shares and flows keep the topic of the text.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators import clauses
from accords.model import Segment

#: A mention right before which the sentence cites a source: "according to", "reported by", "told".
_CITED_BEFORE = re.compile(r"\b(?:according\s+to|reported\s+by|cited\s+by|quoted\s+by|told)\s+(?:the\s+)?$",
                           re.IGNORECASE)
#: A mention right after which it reports: "reports that", "said on Monday that", "reported" (matched at the
#: mention's end: no "^", which `Pattern.match` with a position would never let match there).
_REPORTS_AFTER = re.compile(r"(?:['’]s?)?\s*,?\s*(?:\w+\s+){0,2}?(?:reports?|reported|says|said|told|writes|wrote|"
                            r"estimates?|estimated|not(?:ed|ing)|emphasi[sz](?:ed|ing)|stress(?:ed|ing)|add(?:ed|ing)|"
                            r"stat(?:ed|ing)|warn(?:ed|ing)|explain(?:ed|ing)|underlin(?:ed|ing)|highlight(?:ed|ing))\b")


#: The text of a count: qualifiers and a number, in digits or words, with no unit ("nine", "At least 40", "5,100",
#: "200 million"); money, percentages and measures end on their unit or carry a symbol.
_COUNT_TEXT = re.compile(
    r"^(?:[A-Za-z]+\s+){0,3}?(?:\d[\d,.]*|(?:[a-z]+-)?(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
    r"[a-z]+teen|[a-z]+ty|hundred|dozen))(?:\s+(?:hundred|thousand|million|billion))?$", re.IGNORECASE)


def is_count(figure: str) -> bool:
    """Whether a figure's text is a bare count (`_COUNT_TEXT`)."""
    return bool(_COUNT_TEXT.match(figure.strip()))


def sentence_country(text: str, sentence: Segment, mentions: Sequence[tuple[int, int, str]]) -> str | None:
    """The one country of the people (`mentions`: (start, end, ISO3)) that `sentence`
    names other than as a source, or None where it names none or several."""
    end = clauses.attribution_start(text, sentence.start, sentence.end)
    found = {iso for start, stop, iso in mentions if sentence.start <= start < end
             and not _CITED_BEFORE.search(text, max(sentence.start, start - 20), start)
             and not _REPORTS_AFTER.match(text, stop, min(end, stop + 40))}
    return found.pop() if len(found) == 1 else None
