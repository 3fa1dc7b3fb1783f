"""Counts of sanctions: people and bodies sanctioned, visa restrictions imposed, export-control listings.

Official texts count the measures a government takes against another's people and firms: "Treasury
sanctioned 32 entities and individuals", "imposing visa restrictions on more than 500 Nicaraguan
individuals", "New Zealand has imposed sanctions on more than 1,700 individuals and entities", "over
1,200 targeted sanctions", "the over 1,000 already sanctioned", "more than 375 export control Entity
Listings". The gold records each as a count between the side imposing it and the side it targets
(tests/gold/README.md: "sanctions imposed are counted (`sanctions`, donor and target country)").

The rules read the figure's own clause, never one text's wording:

- `sanction_metric`: the count is the object of a sanctioning verb or noun ("sanctioned", "sanctions
  on", "visa restrictions on", "designated") and counts persons or bodies (`_TARGETS`), or its own noun
  is the measure ("1,200 targeted sanctions", "375 Entity Listings"), or it is "already sanctioned";
- `sides`: the side imposing and the side hit, not a country named among the reasons ("in response to
  their efforts to undermine ... Ukraine"); in a government's own text a count of its sanctions has its
  home country as the imposing side, as a tariff does (`pledges.with_levier`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from accords.indicators.subjects import CountrySpan
from accords.quantities.extract import qualifier_group

#: The metrics a count of sanctions takes.
SANCTIONS = "sanctions"
VISA_RESTRICTIONS = "visa_restrictions"
ENTITY_LISTINGS = "entity_listings"
METRICS = frozenset({SANCTIONS, VISA_RESTRICTIONS, ENTITY_LISTINGS})

_BOUND = qualifier_group(r"an?\s+(?:additional|further)", r"additional", r"another")
#: A sanctioning verb or noun right before the count: "sanctioned 32", "sanctions on more than 1,700",
#: "visa restrictions on approximately 500", "designated 26".
_BEFORE = re.compile(
    r"\b(?:(?P<visa>visa\s+restrictions\s+(?:on|against))|(?P<listed>(?:to\s+)?the\s+Entity\s+List)|"
    r"(?P<designated>designat(?:ed|es|ing))|sanction(?:ed|s|ing)?(?:\s+(?:on|against))?)\s+" + _BOUND + r"$",
    re.IGNORECASE,
)
#: Persons and bodies a sanction lists, right after the count (a demonym or a name may come first:
#: "24 Belarusian individuals", "19 Russian oligarchs").
_TARGETS = re.compile(
    r"^\s+(?:[a-z][\w-]*\s+and\s+)?(?:(?!(?:of|the|and|or|in|to|for|from|with|by|at|on|as|who|which|that)\s)[\w.’'-]+\s+){0,4}?"
    r"(?P<noun>individuals|entities|persons|people|officials?|companies|firms|oligarchs|targets|vessels|aircraft|banks|"
    r"elites|actors|networks|organi[sz]ations|family\s+members|subsidiaries|institutions|enterprises|"
    r"leaders|members|militias|commanders)\b"
)
#: The counts before this one in a list after a sanctioning verb: "sanctioning two significant Belarusian
#: state-owned banks, nine defense firms, and seven regime-connected officials": each item counts what is sanctioned.
_LISTED_BEFORE = re.compile(
    r"\bsanction(?:ed|s|ing)?(?:\s+(?:on|against))?(?:\s+" + _BOUND + r"(?:\d[\d,.]*|[a-z]+(?:-[a-z]+)?)"
    r"(?:\s+(?!(?:of|the|and|or|in|to|for|from|with|by|at|on)\s)[\w.’'-]+){0,4}?\s+(?:individuals|entities|persons|people|"
    r"officials?|companies|firms|oligarchs|targets|vessels|aircraft|banks|elites|actors|networks|organi[sz]ations|"
    r"subsidiaries|institutions|enterprises),)+(?:\s+and)?\s+" + _BOUND + r"$",
    re.IGNORECASE,
)
#: "including 20 subsidiaries", "and 34 subsidiaries": the parts of a sanctioned bank or firm, sanctioned with it.
_SUBSIDIARIES = re.compile(r"^\s+(?:[a-z][\w-]*\s+){0,2}?(?:subsidiaries|affiliates)\b")
#: Nouns a designation is kept for: "designated 26 individuals", not "designated 3 sites".
_DESIGNATED = frozenset({"individuals", "entities", "persons", "people", "companies", "firms", "vessels", "banks"})
#: People and groups a designation names by their role ("Designated four leaders of gangs", "designated five government
#: and military officials", "two Syria-based armed militias"): kept only where the sentence speaks of sanctions or the
#: designation opens an item of a list of them ("Sanctions issued ... include: ... *Iraq*. Designated two ISIS leaders"),
#: not "the leaders designated two officials to lead the working group".
_DESIGNATED_ROLES = frozenset({"officials", "leaders", "members", "militias", "commanders"})
_DESIGNATION_ITEM = re.compile(r"(?:^|[.:*•-]\s*)Designated\s+" + _BOUND + r"$")
_SANCTION_WORD = re.compile(r"\bsanction", re.IGNORECASE)
#: The count's own noun is the measure: "1,200 targeted sanctions", "2,600 visa restrictions", "375 export
#: control Entity Listings", "2,000 sanctions listings" (not "two sanctions regimes").
_MEASURE_AFTER = re.compile(
    r"^\s+(?:(?:additional|new|further|targeted|financial|economic|blocking)\s+)?"
    r"(?:(?P<visa>visa\s+restrictions)|(?P<listed>(?:export[\s-]control\s+)?Entity\s+Listings?)|"
    r"sanctions(?!\s+(?:regimes?|packages?|rounds?|committees?|programs?|authorit)))\b",
    re.IGNORECASE,
)
#: "the over 1,000 already sanctioned": the count of those sanctioned so far.
_SANCTIONED_AFTER = re.compile(r"^\s+(?:already|previously|now)\s+sanctioned\b", re.IGNORECASE)


def sanction_metric(lead: str, tail: str, *, sentence: tuple[str, str] = ("", "")) -> str | None:
    """The metric of a count of sanctions given its clause before (`lead`) and after (`tail`) it,
    or None when the count is no such measure. `sentence` is the sentence before and after the count:
    it holds the sanctioning verb of a list the count ends (", and seven regime-connected officials")
    and the sanctions whose target's subsidiaries the count adds ("sanctions on ... VTB Bank, including 20
    subsidiaries")."""
    sentence_lead, sentence_tail = sentence
    if _SUBSIDIARIES.match(tail) and (_IMPOSING.search(sentence_lead) or _IMPOSING.search(sentence_tail)):
        return SANCTIONS
    own = _MEASURE_AFTER.match(tail)
    if own is not None:
        return VISA_RESTRICTIONS if own.group("visa") else ENTITY_LISTINGS if own.group("listed") else SANCTIONS
    if _SANCTIONED_AFTER.match(tail):
        return SANCTIONS
    verb, target = _BEFORE.search(lead) or _LISTED_BEFORE.search(sentence_lead or lead), _TARGETS.match(tail)
    if verb is None or target is None:
        return None
    if verb.re is _LISTED_BEFORE:
        return SANCTIONS
    noun = target.group("noun").lower()
    if verb.group("designated") and noun in _DESIGNATED_ROLES:
        if not (_DESIGNATION_ITEM.search(sentence_lead or lead) or _SANCTION_WORD.search(f"{sentence_lead} {sentence_tail}")):
            return None
    elif verb.group("designated") and noun not in _DESIGNATED:
        return None
    return VISA_RESTRICTIONS if verb.group("visa") else ENTITY_LISTINGS if verb.group("listed") else SANCTIONS


#: What comes right before a country the sanctions hit or a place they are in: "sanctions on Russia",
#: "officials in Nicaragua", "imposed against Belarus" (not "imposed by Japan", "Australia has imposed").
_TARGET_BEFORE = re.compile(r"\b(?:on|against|in|to|from|of|for|with|at|across|inside|target(?:s|ed|ing)|"
                            r"sanction(?:s|ed|ing))\s+(?:the\s+)?$", re.IGNORECASE)
#: Where what a sanction count names ends and its reasons begin: "... on Russian and Belarusian officials in
#: response to their efforts to undermine the sovereignty ... of Ukraine", "... on 500 officials for
#: threatening Ukraine's sovereignty": countries named after it are no side of the count.
_REASON = re.compile(r"[;(]|\b(?:in\s+response|for|because|due\s+to|over\s+(?:their|its|his|her)|who|which|that|"
                     r"undermin\w*|threaten\w*)\b", re.IGNORECASE)


#: A reason before the count: "Costs on Belarus for supporting a further invasion of Ukraine by sanctioning 24
#: Belarusian individuals": a country named from it to the next sanctioning word is no side.
_REASON_BEFORE = re.compile(r"\b(?:for\s+(?:supporting|enabling|backing|aiding|facilitating|its|their|his|her)|"
                            r"in\s+response\s+to|because\s+of|due\s+to)\b", re.IGNORECASE)
#: The words that impose a sanction: what comes before the last of them may name the side imposing it.
_IMPOSING = re.compile(r"\b(?:sanction(?:s|ed|ing)?|impos(?:e|es|ed|ing)|designat(?:e|es|ed|ing)|target(?:s|ed|ing)|"
                       r"visa\s+restrictions)\b", re.IGNORECASE)


def sides(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str,
    home: str | None, countries: Sequence[CountrySpan], actor: str | None = None,
) -> tuple[str, ...]:
    """The sides of a count of sanctions: the one imposing them and the one they hit.

    A country the sentence names only after the count's reasons begin (`_REASON`) is no side. In a
    government's own text its home country imposes the sanctions, unless the sentence names another
    country as the one imposing them before the figure ("New Zealand has imposed sanctions on more
    than 1,700 individuals": NZL's, not the home country's), and but for the partner whose section the
    sentence stands under (`actor`, `sections.section_actor`: "the Government has imposed ... over 1,200
    targeted sanctions" under "*Australia*")."""
    if metric not in METRICS:
        return subjects
    reason = _REASON.search(text, figure[1], sentence[1])
    cut = reason.start() if reason is not None else sentence[1]
    verbs = list(_IMPOSING.finditer(text, sentence[0], figure[0]))
    reasons = [(r.start(), next((v.start() for v in verbs if v.start() > r.start()), figure[0]))
               for r in _REASON_BEFORE.finditer(text, sentence[0], figure[0])]
    named = {c.iso3 for c in countries if sentence[0] <= c.start < sentence[1]}
    kept = {c.iso3 for c in countries if sentence[0] <= c.start < cut and not any(a <= c.start < b for a, b in reasons)}
    subjects = tuple(s for s in subjects if s in kept or s not in named or s == home)
    if home is None or home in subjects:
        return subjects
    # the side imposing them is named before the first sanctioning word ("New Zealand has imposed sanctions on"); a
    # country after it is one they hit ("sanctioning 24 Belarusian individuals ..., two ... state-owned banks")
    imposing_end = verbs[0].start() if verbs else figure[0]
    if any(sentence[0] <= c.start < imposing_end and c.iso3 in subjects and c.iso3 != home
           and not _TARGET_BEFORE.search(text, max(sentence[0], c.start - 12), c.start) for c in countries):
        return subjects
    return tuple(sorted({*subjects, actor or home}))
