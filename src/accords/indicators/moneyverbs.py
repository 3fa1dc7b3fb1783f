"""Money named by the verb of its own clause where the figure lexicon has no keyword for it.

"about €370 million has been spent by the National Development Fund" is `spending` (a word later in the
sentence, "the annual credit is declining", names no loan; money "spent for tools" with no spender named is
left to the lexicon); "Iran earned $5.2 billion from exports to Iraq"
and "$584 million was gained from the exports" are `exports` (`non_oil_exports` for non-oil ones), "Turkey gains
some $8 billion through tourism industry annually" is `tourism_revenue`;
"contracts with Armenia amounted to $120 million" is `contract_value`; "Russia owes $670-billion (U.S.) to
foreigners" is `debt`; money a bill or budget includes, sets aside or gives ("The bill includes $3.828 billion for
space operations"), or that a program receives in a sentence about a bill, budget or request ("The Orion spacecraft
will get $1.194 billion, an increase of $141.2 million over the request"), is `funding` (`funded_metric`, asked
after every word of the lexicon). Money spent on aid, loans or an
investment is left to the words that name it ("$40 million was spent by Iran as aid" stays aid).
The figures stage asks `money_verb_metric` before the lexicon's nearest keyword (`lexicon.figure_metric`).
Money paid "to settle" that no keyword of its clause names is `settlement` ("paid $1.1 billion to settle
charges": `settled_metric`, asked after the clause's lexicon); money raised or paid that no keyword of its
sentence names (`paid_metric`, asked last) is `funding_raised` ("has raised more than $80 million") or `payments`
("paid a Minnesota ad agency just short of $449,000", "would have to pay $250,000").
"""

from __future__ import annotations

import re

from accords.quantities.extract import QUALIFIER
from accords.quantities.units import is_money

#: "has been spent by the National Development Fund", "was already spent by the ministry": money spent, said
#: after it with its spender ("was spent for tools ... to Turkey" names no spender: left to the lexicon).
_SPENT_AFTER = re.compile(
    r"\s*(?:(?:has|have|had|was|were|is|are|will|would)\s+)(?:been\s+|be\s+)?(?:so\s+far\s+|already\s+|reportedly\s+)?"
    r"spent\s+by\b(?P<rest>(?:\s+[\w’'-]+){0,6})",
    re.IGNORECASE,
)
#: What names money spent better than "spending": "spent on humanitarian aid", "spent as loans".
_GIVEN_WORDS = re.compile(r"\b(?:aid|assistance|grants?|loans?|credits?|invest\w*|donations?)\b", re.IGNORECASE)
#: "earned $5.2 billion from exports", "gained ... through its non-oil exports": the lead's earning verb.
_EARNED_BEFORE = re.compile(r"\b(?:earned|earns|earn|earning|gained|gains|generated|generates|fetched)\s+" + QUALIFIER + "$",
                            re.IGNORECASE)
#: "was earned from the exports", "has been gained through exporting": earned, said after the money.
_EARNED_AFTER = re.compile(
    r"^\s*(?:(?:has|have|had|was|were|is|are|will|would)\s+)(?:been\s+|be\s+)?(?:earned|gained|generated|obtained|fetched)\b",
    re.IGNORECASE,
)
#: "from exports to Iraq", "from its non-oil exports", "through exporting goods": where the money came from.
_FROM_EXPORTS = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:from|through|via|by)\s+(?:the\s+|its\s+|their\s+|his\s+|her\s+)?"
    r"(?P<kind>(?:[\w’'-]+\s+){0,2}?)(?:exports?|exporting)\b",
    re.IGNORECASE,
)
#: "gains some $8 billion through tourism industry annually", "earn $7 billion in medical and health tourism": money a
#: country earns from visitors.
_FROM_TOURISM = re.compile(
    r"(?:\s+[\w’'-]+){0,3}?\s+(?:from|through|via|in)\s+(?:the\s+|its\s+|their\s+)?(?:[\w’'-]+\s+){0,3}?tourism\b",
    re.IGNORECASE,
)
#: "contracts with Armenia amounted to", "the contracts signed ... totaled": the value of contracts, said of them
#: (no other money word between: "contracts were signed and trade amounted to" is trade).
_CONTRACTS_AMOUNTED = re.compile(
    r"\bcontracts\b(?P<gap>(?:\s+(?!(?:and|but|while|whereas|trade|exports?|imports?|investments?)\b)[\w’'-]+){0,8}?)"
    r"\s+(?:amounted|amounting|totall?ed|totall?ing|stood|reached|were\s+worth|are\s+worth|were\s+valued)"
    r"(?:\s+(?:to|at|in))?\s+" + QUALIFIER + "$",
    re.IGNORECASE,
)

#: "Russia owes $670-billion (U.S.) to foreigners": money owed, to someone or with nothing after it, is a debt ("owed
#: some $2bn in unpaid duties" is left to the word after it).
_OWED_BEFORE = re.compile(r"\bow(?:es|ed|ing)\s+" + QUALIFIER + "$", re.IGNORECASE)
_OWED_TO_AFTER = re.compile(r"^(?:\s*\([^()]{1,12}\))?\s*(?:to\b|[.;]|$)")


def money_verb_metric(lead: str, after: str, *, unit: str) -> str | None:
    """The metric of money (`unit`) its clause's verb names: `spending`, `exports`, `non_oil_exports`,
    `contract_value` or `debt`; None where the verb says nothing or another word names the money better.
    `lead` is the clause up to the figure, `after` from the figure to the clause's end."""
    if not is_money(unit):
        return None
    if (spent := _SPENT_AFTER.match(after)) is not None:
        return None if _GIVEN_WORDS.search(spent.group("rest")) else "spending"
    earned = _EARNED_AFTER.match(after)
    if earned is not None or _EARNED_BEFORE.search(lead):
        source = _FROM_EXPORTS.match(after, earned.end() if earned is not None else 0)
        if source is not None:
            return "non_oil_exports" if re.search(r"\bnon-oil\b", source.group("kind"), re.IGNORECASE) else "exports"
        return "tourism_revenue" if _FROM_TOURISM.match(after, earned.end() if earned is not None else 0) else None
    if _CONTRACTS_AMOUNTED.search(lead):
        return "contract_value"
    if _OWED_BEFORE.search(lead) and _OWED_TO_AFTER.match(after):
        return "debt"
    return None


#: Amounts listed before the figure, each with what it is for: "$3.828 billion for space operations; ".
_ITEMS = r"(?:[$€£][\d.,]+(?:\s*(?:million|billion|trillion))?\s+(?:for|to|toward|towards)\b[^;$€£.]{1,120}?(?:[;,]\s+(?:and\s+)?|\s+and\s+))*"
#: "The bill includes", "the President's Budget sets aside", "the act gives the agency": a law or budget that
#: funds, said right before the money or before a list of amounts, each for its purpose (up to six words between
#: the noun and its verb): "The bill includes $3.828 billion for space operations; $2.759 billion for safety".
_LAW_FUNDS_BEFORE = re.compile(
    r"\b(?:bill|budget|appropriations?|act|legislation|omnibus|package)\b(?:\s+(?!(?:and|but|while)\b)[\w’'-]+){0,6}?"
    r"\s+(?:includes?|included|sets?\s+aside|gives?|gave|allocates?|allocated|earmarks?|earmarked|devotes?|devoted)"
    r"\s+(?:(?:the|an?|its)\s+[\w’'-]+\s+)?" + _ITEMS + QUALIFIER + "$",
    re.IGNORECASE,
)
#: "will receive", "received", "will get": money a program or agency is given, said right before it.
_RECEIVED_BEFORE = re.compile(r"\b(?:(?:will|would)\s+)?(?:receives?|received|gets?|got)\s+" + QUALIFIER + "$",
                              re.IGNORECASE)
#: What makes money received a budget's: the sentence speaks of a bill, a budget, an appropriation or a request.
_BUDGET_WORDS = re.compile(r"\b(?:bill|budget|appropriations?|omnibus|request(?:ed)?)\b", re.IGNORECASE)


def funded_metric(lead: str, sentence: str, *, unit: str) -> str | None:
    """`funding` for money a bill or budget includes or gives, or that its receiver gets in a
    sentence about a bill, budget or request; None otherwise. `lead` is the sentence up to the figure."""
    if not is_money(unit):
        return None
    if _LAW_FUNDS_BEFORE.search(lead):
        return "funding"  # "The bill includes $3.828 billion for space operations"
    if _RECEIVED_BEFORE.search(lead) and _BUDGET_WORDS.search(sentence):
        return "funding"  # "NASA's commercial crew program received $805 million in the bill"
    return None


#: "paid $1.1 billion to settle charges", "agreed to pay $35 million to settle": money paid to end a case.
_SETTLE_AFTER = re.compile(r"^\s+(?:[\w’'-]+\s+){0,2}?to\s+settle\b", re.IGNORECASE)
#: "has raised more than $80 million", "raising $2 billion": money a company or a campaign raised (the money right
#: after the verb: "raised the price to $5" is a price).
_RAISED_BEFORE = re.compile(r"\b(?:raised|raises|raising)\s+(?:a\s+total\s+of\s+)?" + QUALIFIER + "$", re.IGNORECASE)
#: "paid the agency nearly $449,000", "would have to pay $250,000", "pays its staff $5 million": money paid, up to five
#: lower-case words (whom it is paid to) between the verb and the money.
_PAID_BEFORE = re.compile(r"\b(?:paid|pays|pay|paying)\s+(?:(?:[a-z][\w’'-]*|[A-Z][\w.’'-]*)\s+){0,5}?" + QUALIFIER + "$")


def settled_metric(after: str, *, unit: str) -> str | None:
    """`settlement` for money (`unit`) paid "to settle" right after it (`after`: the clause from the figure's end):
    "paid $1.1 billion to settle charges"; asked where no word of the clause's lexicon names the money."""
    return "settlement" if is_money(unit) and _SETTLE_AFTER.match(after) else None


def paid_metric(lead: str, *, unit: str) -> str | None:
    """`funding_raised` or `payments` for money (`unit`) its clause raises or pays (`lead`: the clause up to the
    figure); None otherwise. Asked only where no word of the lexicon names the money in its whole sentence ("paid
    $2 million in fines" is a fine; "promised to pay $400 as his monthly salary, but paid only 400 Turkish Lira"
    is a salary twice)."""
    if not is_money(unit):
        return None
    if _RAISED_BEFORE.search(lead):
        return "funding_raised"
    return "payments" if _PAID_BEFORE.search(lead) else None
