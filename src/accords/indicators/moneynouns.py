"""Money named by the noun it is, right after it, where the keyword lexicon has no word for it.

"a $3 billion tender offer" is `tender_offer`, "a $3 billion buyout" `buyout`, "a $2.5 billion net worth"
`net_worth`, "$35 million in a settlement with regulators" `settlement`, "$11 billion in stock repurchases"
`stock_repurchases`, "$7.9 million dollars of unpaid royalties" `unpaid_royalties` (issue 14: a figure with
no lexicon metric is named from its own words). Only the head nouns of `MONEY_HEADS` name money so; a
phrase whose words the lexicon knows keeps the lexicon's name, and a capitalised word (a name) or a stop
word ends the phrase ("$50 million in the market" names nothing). Verbs of paying and raising that name
money live in `accords.indicators.moneyverbs`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from accords.indicators.named import STOP_WORDS, name_of

#: Head nouns that say what an amount of money is and that no lexicon keyword covers: a sum paid to end a
#: case, to buy a company out or back, owed on rights, saved or gained ("net worth" is read as one noun).
MONEY_HEADS = frozenset("""
settlement settlements buyout buyouts takeover offer offers royalties synergies repurchases buybacks
gains bonus bonuses ransom bribes refund refunds severance payout payouts windfall jackpot net-worth
""".split())
#: What may stand between the money and its noun phrase: "dollars", "in", "of", "as", an article, a quote mark.
_LINK_AFTER = re.compile(r"^\s*(?:(?:U\.S\.\s+)?dollars?\s+)?(?:(?:in|of|as)\s+(?:an?\s+|the\s+)?)?[“\"‘']?")
#: The words of the noun phrase: lower-case words, "net worth" read as one.
_NP_WORD = re.compile(r"\s*(net\s+worth|[a-z][\w'’-]*)[”\"’']?(?=\s|[,.;:)]|$)")
#: How many words the noun phrase may hold before its head ("$11 billion in stock repurchases").
_NP_WORDS = 3


def money_noun_metric(tail: str, *, lexicon: Callable[[str], str | None]) -> str | None:
    """The metric of an amount of money the noun right after it names (`tail`: its clause from the figure's
    end), from that noun phrase's own words; None when no head of `MONEY_HEADS` ends it within `_NP_WORDS`
    words, or the lexicon names the phrase."""
    position = _LINK_AFTER.match(tail).end()  # type: ignore[union-attr]  # every part is optional
    words: list[str] = []
    while len(words) < _NP_WORDS and (word := _NP_WORD.match(tail, position)) is not None:
        position = word.end()
        head = re.sub(r"\s+", "-", word.group(1).lower())
        if head in MONEY_HEADS:
            return None if lexicon(" ".join([*words, head])) is not None else name_of([*words, head])
        if head in STOP_WORDS:
            return None  # "$2 million for the offer", "$5 million and a settlement": the money's own phrase has ended
        words.append(head)
    return None
