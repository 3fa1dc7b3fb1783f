"""Pledges, commitments and agreed rates, above all in official texts: who pledges and who receives.

A government's own texts (White House fact sheets and joint statements, the State Department,
president.az, the Kremlin: `knowledge.government_outlet`) speak for their home country. In them
a pledge is often stated without naming the pledger, because the text is the pledger's:
"Today, I am also announcing an additional $225 million in humanitarian assistance to help
people inside Ukraine", "We are providing $5 million to strengthen the police in Haiti", "The
President is imposing a 25 percent additional tariff on imports from Canada and Mexico". The
gold records money given between the giver and the receivers, and a tariff between the side
levying it and the side it hits, so these figures need the home country as well.

The rules, each a pattern of the clause and not of one text:

- `with_giver`: money given, lent or contributed (`GIVING` metrics), or invested by the verb right
  before it ("the DFC will invest $30 million ... in Brazil"), in a government's text whose
  named countries are all receivers (after "to", "for", "in", "inside", ...) and none the giver
  (a country before the giving verb, "Japan will provide", or after "from") is the home
  country's, unless the money is in a currency neither the home's nor the dollar ("The £1.5 billion
  Help to Heat programme" in a White House text);
- `with_partner`: money the home country gives in its text about one partner, in a sentence
  naming no receiver, goes to that partner;
- `with_pair_programme`: money the home country alone gives for a programme named for itself and a
  partner ("through the U.S.-ASEAN Health Futures initiative") goes to that partner;
- `funds.with_fund` (a module of its own): money given "to" a named fund or programme ("has contributed
  $150 million to the Global Agriculture and Food Security Program") has the fund as a side, by the
  acronym or short name the text gives it in brackets (`GAFSP`), else by its name;
- `with_institution`: money or doses given "to", "through" or "for" an institution named by its
  acronym ("contributed two billion dollars to COVAX", "assistance to UNRWA") have it as a side, with
  the home country (`institution_mentions`: acronyms of stateless organisations, and acronyms the
  text defines in brackets after a fund's or agency's name);
- `with_levier`: a tariff in a government's text is levied by or on its home country;
- `without_venues`: a country named only as the place of a meeting ("at the G7 Leaders' Summit
  in Germany, Leaders ... announced their intention to mobilize $600 billion") is no side of
  the figure, when the figure has another;
- `with_pledger`: a target announced or pledged by a person of a country ("President Biden also
  announced, with the EU, a Global Methane Pledge that aims to cut ...") is that country's too;
- `owned_goal`: a goal named through its initiative after a possessive ("the G7’s Partnership
  for Global Infrastructure and Investment (PGII) topline goal of mobilizing $600 billion") is
  the possessor's;
- `national_share`: a share of GDP is a country's, not that of the organisation its clause names;
- `worldshares.world_share_holders` (moved there): a share of a world whole is its named holder's;
- `allies`: "Allies" pledging in a text that names NATO are NATO ("Allies agreed to spend 5
  percent of GDP on defense by 2035");
- `money_metric`: an amount given by a verb of giving the lexicon has no word for ("is
  contributing more than $12 million", "mobilize $600 billion") is a contribution, financing
  or funding;
- `continued`: a part of a pledge (", including $150 billion in shipbuilding") is the pledge's,
  and a second pledge joined by "and invest" has the first one's pledger;
- `set_rate_kind`: a tariff rate a government's text says will be set, raised or paid is a target
  (what a tariff's words make of a figure read as a price: `accords.indicators.tariffs`).
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence

from accords.commitments import GIVING
from accords.indicators import funds, privategivers, worth
from accords.indicators.subjects import CountrySpan, is_country
from accords.model import Extraction, Indicator
from accords.quantities.units import is_money
from accords.quantities.extract import QUALIFIER, qualifier_group

#: What comes right before a receiver: "to Ukraine", "for El Salvador", "people inside Ukraine",
#: "in Costa Rica", "across Africa".
_RECEIVER_BEFORE = re.compile(
    r"\b(?:to|for|in|into|inside|within|across|throughout|toward|towards|with|of|on|at|among)\s+"
    r"(?:the\s+)?(?:(?:people|government|governments|citizens|communities|partners)\s+(?:of|in)\s+(?:the\s+)?)?$",
    re.IGNORECASE,
)
#: What comes right before a giver named after the money: "$1.5 million from Microsoft", "from Japan".
_GIVER_BEFORE = re.compile(r"\b(?:from|by)\s+(?:the\s+)?(?:government\s+of\s+(?:the\s+)?)?$", re.IGNORECASE)
#: A giving verb right after a country that gives: "Japan will provide", "Australia will contribute",
#: "the EU has pledged", "Korea's $10 million grant", "Australia’s largest single military support package of $250
#: million" (a possessive before the money), "The UAE – home to the
#: International Renewable Energy Agency (IRENA) and host of COP28 in 2023 – will invest" (an aside in dashes).
_GIVES_AFTER = re.compile(
    r"(?:['’]s?\s+(?:(?:[\w-]+\s+){0,3}?|(?:[\w-]+\s+){0,4}?(?:packages?|commitments?|contributions?|pledges?|grants?|"
    r"loans?|assistance|aid|support|funding)\s+of\s+)(?=[$€£¥]|US\$|USD|\d)|\s*(?:,[^,]{0,60},\s*|[–—]\s*[^–—]{0,90}?[–—]\s*)?(?:\w+\s+){0,3}?"
    r"(?:will|would|has|have|had|is|are|was|were|plans?|intends?|announc\w*|pledg\w*|commit\w*|provid\w*|"
    r"contribut\w*|offer\w*|allocat\w*|approv\w*|agreed|donat\w*|grant\w*|lend\w*|lent|extend\w*|disburs\w*|"
    r"mobili[sz]\w*|give[sn]?|gave|send\w*|sent|deliver\w*)\b)",
    re.IGNORECASE,
)
#: A meeting's place: "the G7 Leaders' Summit in Germany", "talks held in Qatar", "a meeting in Baku".
_VENUE_BEFORE = re.compile(
    r"\b(?:summit|meeting|conference|forum|talks|session|ministerial|dialogue|convening|gathering|"
    r"held|hosted|convened|met)\s+(?:[\w’'-]+\s+){0,3}?in\s+(?:the\s+)?$",
    re.IGNORECASE,
)
#: A person pledging: "President Biden also announced", "Prime Minister Kishida committed".
_PLEDGES_AFTER = re.compile(
    r"\W{0,3}(?:\s*(?:also|today|has|have|will|further|jointly)\b)*\s*(?:announc\w*|committ?\w*|pledg\w*|launch\w*|"
    r"unveil\w*|set\b|sets\b|intends?\b|vow\w*|promis\w*)",
    re.IGNORECASE,
)
#: "Allies" pledging (NATO's word for its members), not "allies and partners" in general.
_ALLIES = re.compile(r"\b(?:NATO\s+)?Allies\b(?!\s+and\s+partners)")


#: Verbs that give money, for an amount the lexicon has no word for: "is contributing more than $12
#: million", "mobilize $600 billion", "unlock $25 billion", "marshal more than $32 million", "dedicates $50
#: million of CHIPS funding", "supported with $649 million from the United States", "Congress appropriated over $3
#: billion", "MEPPA authorizes up to $250 million", "has requested over $3.3 billion".
_MONEY_VERBS = (
    ("contribution", re.compile(r"\bcontribut(?:e|es|ed|ing|ion|ions)\b", re.IGNORECASE)),
    ("financing", re.compile(r"\b(?:mobili[sz](?:e|es|ed|ing|ation)|catalys(?:e|es|ed|ing)|catalyz(?:e|es|ed|ing)|"
                             r"unlock(?:s|ed|ing)?|leverag(?:e|es|ed|ing)|marshal(?:s|l?ed|l?ing)?)\b", re.IGNORECASE)),
    ("funding", re.compile(r"\b(?:provid(?:e|es|ed|ing)|dedicat(?:e|es|ed|ing)|commit(?:s|ting)?|supported\s+with|"
                           r"announc(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|releas(?:e|es|ed|ing)|disburs(?:e|es|ed|ing)|"
                           r"allocat(?:e|es|ed|ing)|appropriat(?:e|es|ed|ing)|(?:re)?authori[sz](?:e|es|ed|ing)|(?:packages?|commitments?)\s+of|"
                           r"request(?:s|ed|ing)?)\b", re.IGNORECASE)),
)
#: What money is for, right after it: "$20 million to support Ecuador", "$5 million to help farmers",
#: "a $50 million initiative", "$13.2 million provided by the Buffett Foundation", "half a billion dollars the United
#: States has provided to the Palestinian people", "make CAD $1.5 billion available to support", "CAD $1.2 billion to
#: build a network": money given.
_GIVEN_AFTER = re.compile(
    r"\s*(?:(?:to\s+(?:support|help|assist|strengthen|fund|finance|bolster|expand|improve|advance|promote|build|develop|"
    r"deploy|construct)|available\s+(?:to|for|through|under|in)|"
    r"(?:(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2}\s+(?:has|have|had)\s+)?"
    r"(?:provided|given|granted|donated|disbursed|allocated|delivered)\s+(?:[a-z]+ly\s+)?(?:by|to|for|through))\b|"
    r"(?:[\w-]+\s+){0,2}?(?:initiatives?|programs?|programmes?|packages?)\b)"
)


#: An amount per month or per head ("provides eligible households up to $30/month"), or one that is a
#: price or a discount ("a one-time $100 discount on a connected device"): no sum given.
_RATE_AFTER = re.compile(r"\s*(?:(?:/|per\s+|a\s+)(?:month|week|day|household|person|family|student|beneficiary)\b|"
                         r"(?:[\w-]+\s+)?(?:discounts?|rebates?|fees?|prices?|payments?|stipends?|bonus(?:es)?)\b)",
                         re.IGNORECASE)


#: The least amount of money an analyst records as given, funded or financed: "$13 for every $1 available", "$100 Million"
#: (read as $100) are no sums given.
MIN_GIVEN = 1_000
#: "for every $1", "per each $10": an amount that is a rate of another.
_RATE_BEFORE = re.compile(r"\b(?:for|per)\s+(?:every|each)\s+$", re.IGNORECASE)


def _no_sum_given(lead: str, value: float | None) -> bool:
    """Whether an amount is a rate of another ("for every $1") or under `MIN_GIVEN`."""
    return bool(_RATE_BEFORE.search(lead)) or (value is not None and abs(value) < MIN_GIVEN)


def money_metric(lead: str, tail: str = "", *, value: float | None = None) -> str | None:
    """The metric of an amount of money named by the giving verb nearest before it in its clause
    (`lead`: "announced", "pledged", "releasing"), or by the purpose or the programme right after it
    (`tail`: "to support", "provided by", "initiative"), for amounts the lexicon names no metric
    for; None when neither is there, when the words around it make it a rate (per month, per head, "for
    every $1"), and for less than `MIN_GIVEN` (`value`)."""
    if _RATE_AFTER.match(tail) or _no_sum_given(lead, value):
        return None
    best: tuple[int, str] | None = None
    for metric, pattern in _MONEY_VERBS:
        for match in pattern.finditer(lead):
            if best is None or match.end() > best[0]:
                best = (match.end(), metric)
    if best is None and _GIVEN_AFTER.match(tail):
        return "funding"  # "announced $20 million to support Ecuador", "CASC—a $50 million initiative"
    return best[1] if best is not None else None


#: What the money itself is, named right after it by a word the lexicon has none for: "$60 billion in
#: funding to support Ukraine", "$274 million in long-term financing", "$8 billion in private sector
#: commitments", "a $698 million MCC Compact", "this $100 million, three-year pilot program", "$50 million for
#: the Central America Youth Empowerment Program" (the words between may name it instead: "a $10 million aid
#: package" is aid, "$2 billion in investment commitments" investment, read by `lexicon`); not money given "to
#: this program" or "for the new program", which the verb before names.
_NAMED_MONEY_AFTER = re.compile(
    r"(?i:^\s+(?:in|of)\s+(?P<np>(?:[\w.-]+\s+){0,2}?)(?P<head>funding|financing|commitments|resources|authority)\b)"
    r"|(?i:^\s*,?\s*(?!(?:to|for|in|of|on|at|by|from|with|under|through|the|this|that|these|its|their|a|an)\b)"
    r"(?P<words>(?:[\w.*-]+,?\s+){0,3}?)\*{0,2}(?:compacts?|programs?|programmes?|initiatives?|packages?|commitments?|pledges?)\b)"
    r"|^\s+(?:to|for)\s+(?:the\s+)?(?:[A-Z][\w’'-]*\s+){1,6}?(?:Program|Programme|Fund|Initiative|Facility|Compact)\b",
)
#: What the money is called by the head word of the words after it ("commitments": commitments given or raised).
_HEAD_METRICS = {"funding": "funding", "financing": "financing", "commitments": "commitments", "resources": "funding",
                 "authority": "funding"}


def named_money(lead: str, tail: str, *, unit: str, lexicon: Callable[[str], str | None], value: float | None = None) -> str | None:
    """`funding` or `financing` for an amount of money its own words right after it call so, or
    call a compact, programme, initiative or package ("a $698 million MCC Compact" is funding);
    the lexicon's metric where the words between name one ("a $5 million investment
    program"); None for anything else, for an amount per month or per head, and for a programme's
    money a word of the lexicon in its clause before it (`lead`) names ("allocated $5 million for the
    program": budget). Money "in funding" is funding whatever verb comes before it, as "$500 million in
    humanitarian assistance" is aid (`named.own_metric`)."""
    if not is_money(unit) or _RATE_AFTER.match(tail) or (named := _NAMED_MONEY_AFTER.match(tail)) is None:
        return None
    if _no_sum_given(lead, value):
        return None
    if named.group("head"):  # "stands to generate at least $180 million in funding": the money's own words decide
        return lexicon(named.group("np")) or _HEAD_METRICS[named.group("head").lower()]
    if lexicon(lead) is not None:
        return None
    # "a total Canadian contribution of $16 million to the Grant Facility": the giving word before names it
    return lexicon(named.group("words") or "") or money_metric(lead) or "funding"


#: A part of the pledge before it: ", including $150 billion in shipbuilding", "of which".
_PART_AFTER_PLEDGE = re.compile(r"[^;:]{0,80}?,\s*(?:including|of\s+which)\s+" + QUALIFIER + "$", re.IGNORECASE)
#: The money that pays for the amount before it: "a $698 million MCC Compact, supported with $649 million from the United States".
_FUNDED_WITH = re.compile(r"[^;:$]{0,40}?,?\s+(?:supported|funded|financed|backed|paid\s+for)\s+(?:with|by)\s+"
                          + QUALIFIER + r"\**", re.IGNORECASE)
#: A second pledge of the same pledger: "... and invest $600 billion", "and to provide".
_AND_PLEDGES = re.compile(
    r"[^;:]{0,80}?\s+and\s+(?:(?:will|to|also|further)\s+)*(?:invest|purchase|buy|provide|spend|contribute|"
    r"mobili[sz]e|allocate|commit|deliver|import|give|donate|lend|finance|fund)\b[^;:]{0,40}?$",
    re.IGNORECASE,
)


def continued(
    text: str, sentence_start: int, previous_span: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...],
    kind: str, *, previous: Indicator, countries: Sequence[CountrySpan], unit: str = "USD",
) -> tuple[tuple[str, ...], str]:
    """The subjects and kind of a money figure that continues a pledge of the same sentence (the
    pledge `previous` at `previous_span`): a part of it (", including $150 billion in
    shipbuilding") is the pledge's, and so is the money that pays for an amount (", supported with $649
    million from the United States": the compact's sides too, whatever its kind); a second pledge joined by "and <verb>" ("agreed to purchase
    $750 billion of U.S. energy and invest $600 billion in the United States") has the same
    pledger: the countries named before the first amount join its own."""
    between = text[previous_span[1]:figure[0]]
    if (valued := worth.count_value(between, previous, unit)) is not None:
        return valued  # "two credit lines in South Korea's Exim Bank and a bank in Turkey ..., worth €175 million"
    if is_money(previous.unit) and _FUNDED_WITH.fullmatch(between):
        return tuple(sorted({*subjects, *previous.subjects})), kind  # "a $698 million MCC Compact, supported with $649 million"
    if previous.kind != "target" or not is_money(previous.unit):
        return subjects, kind
    if _PART_AFTER_PLEDGE.fullmatch(between):
        return previous.subjects, "target"
    if _AND_PLEDGES.fullmatch(between):
        pledgers = {c.iso3 for c in countries if sentence_start <= c.start < previous_span[0] and c.iso3 in previous.subjects}
        return tuple(sorted({*subjects, *pledgers})), "target"
    return subjects, kind


#: The currency of each government outlet's home country (`knowledge.GOVERNMENT_OUTLETS`); any may give dollars.
_HOME_CURRENCIES = {"USA": "USD", "AZE": "AZN", "RUS": "RUB"}


def with_giver(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str,
    money: bool, countries: Sequence[CountrySpan], home: str | None, unit: str = "USD", actor: str | None = None,
) -> tuple[str, ...]:
    """The subjects of money given (`GIVING`) in a government's text (`home` its country, None for
    any other text) with a giver added when every country of the sentence that is a subject
    receives it and none gives it: the nearest other country the sentence names before the money
    as a giver ("The ROK provided $100 million ... and has pledged $150 million", "New Zealand's
    total $79.5 million ... includes ... $19.5 million in humanitarian assistance to Ukrainian
    communities"), else the partner whose section the sentence stands under (`actor`,
    `sections.section_actor`: "*New Zealand*" then "Defense Minister Judith Collins KC announced $344
    million"), else the home country. A partner's gift is never the home country's, nor is a private giver's
    (`privategivers.private_giver`), nor is it where the home is named only as the body it works through
    (`privategivers.without_channel_home`)."""
    if home is not None and money and home in subjects:
        return privategivers.without_channel_home(text, sentence, figure, subjects, home=home, countries=countries)
    if home is None or not money or home in subjects or not subjects or unit not in ("USD", _HOME_CURRENCIES.get(home, "USD")):
        return subjects  # "The £1.5 billion Help to Heat programme" in a White House text: the UK's money, not a US gift
    if not GIVING.search(metric) and not (metric == "investment" and _INVESTS_BEFORE.search(text, sentence[0], figure[0])):
        return subjects
    if (by := _NAMED_GIVER_AFTER.match(text, figure[1])) is not None and not any(c.start == by.end() for c in countries):
        return subjects  # "$13.2 million provided exclusively by the Buffett Foundation": a giver of its own
    if privategivers.private_giver(text, sentence, figure):
        return subjects  # "Heifer International committed $1 million ... in Guatemala": a company's or a charity's
    named = [c for c in countries if sentence[0] <= c.start < sentence[1] and c.iso3 in subjects]
    if any(_gives(text, c, figure, sentence[0]) for c in named):
        return subjects
    givers = [c for c in countries if sentence[0] <= c.start < figure[0] and c.iso3 not in subjects
              and c.iso3 != home and _gives(text, c, figure, sentence[0])]
    return tuple(sorted({*subjects, givers[-1].iso3 if givers else actor or home}))


#: An investing verb right before the money, the way an agency of the home country invests abroad in its text:
#: "the DFC will invest $30 million of equity in TechMet ... in Brazil", "is currently investing over $15 million".
_INVESTS_BEFORE = re.compile(r"\binvest(?:s|ed|ing)?\s+"
                             + qualifier_group(r"an?\s+(?:additional|further|initial)", r"another") + r"(?:\*\*)?$", re.IGNORECASE)
#: Goods given, in the clause before their count: "donation of", "has donated", "will provide", "delivered".
_GOODS_GIVEN = re.compile(r"\b(?:donat\w*|provid\w*|deliver\w*|ship(?:s|ped|ping)?|sen[dt]\w*|gift\w*)\b", re.IGNORECASE)
#: A giver named right after the money: "$13.2 million provided exclusively by the Buffett Foundation".
_NAMED_GIVER_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+){0,2}?(?:provided|given|granted|donated|pledged|contributed|committed)\s+(?:[a-z]+ly\s+)?"
    r"by\s+(?:the\s+)?(?=[A-Z])")


def _gives(text: str, country: CountrySpan, figure: tuple[int, int], sentence_start: int) -> bool:
    """Whether a country named in the sentence is the giver of the figure's money: named after
    "from"/"by", or named before the money and followed by a giving verb, not after a receiver's
    preposition."""
    before = text[max(sentence_start, country.start - 40):country.start]
    if _GIVER_BEFORE.search(before):
        return True
    if _RECEIVER_BEFORE.search(before) or country.start > figure[0]:
        return False
    return bool(_GIVES_AFTER.match(text, country.end, figure[0] + 1))


def with_partner(
    text: str, figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str, money: bool, home: str | None,
    partner: str | None, unit: str = "", lead: str = "",
) -> tuple[str, ...]:
    """Money the home country gives in its own text about one partner (`partner`: the other side of
    a text about a pair, None elsewhere), in a sentence naming no receiver, is given to that partner:
    "The United States will contribute $3 million to this program" and "the U.S. Government intends
    to provide approximately $17 million over the next three years" in a fact sheet on Zambia are
    ZMB-USA; so are goods it counts as given (`lead`, the clause before the count: "the United States
    donation of 3.9 million vaccines" in a readout of a meeting with Honduras's president). Not where
    a named receiver follows the money ("$2 billion contribution to Gavi")."""
    if home is None or partner is None or subjects != (home,) or (money and unit not in ("USD", _HOME_CURRENCIES.get(home, "USD"))):
        return subjects  # "(C$1.08 billion)" after a US amount: a conversion, no gift to Canada
    if not (money and GIVING.search(metric)) and not (unit == "count" and _GOODS_GIVEN.search(lead)):
        return subjects
    if funds.receiver_named_after(text, figure[1]):
        return subjects
    return tuple(sorted((home, partner)))


#: A hyphen or a dash joining two names into one word: "U.S.-ASEAN", "US–India".
_PAIR_JOIN = re.compile(r"\s*[-\u2010\u2013]\s*")
#: The home country's name joined to another's: "U.S.-ASEAN", "United States–EU".
_HOME_JOINED = re.compile(r"(?:[A-Z][\w.]*\s?){1,3}?[-\u2010\u2013](?P<other>[A-Z][A-Za-z0-9]+)\b")


def with_pair_programme(
    text: str, sentence: tuple[int, int], figure: tuple[int, int], subjects: tuple[str, ...], *, metric: str,
    money: bool, home: str | None, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """Money the home country alone gives in its own text for a programme or cooperation named for
    itself and a partner after the amount ("up to $40 million in new efforts ... through the U.S.-ASEAN
    Health Futures initiative", "$10 million in new loans ... to support U.S.-ASEAN cooperation") is
    given to that partner too, as money for a fund or programme named for the receiver is
    (tests/gold/README.md)."""
    if home is None or not money or subjects != (home,) or not GIVING.search(metric):
        return subjects
    after = [c for c in countries if figure[1] <= c.start < sentence[1]]
    for first, second in itertools.pairwise(after):
        if first.iso3 != second.iso3 and home in (first.iso3, second.iso3) \
                and _PAIR_JOIN.fullmatch(text[first.end:second.start]):
            return tuple(sorted((first.iso3, second.iso3)))
    for country in after:  # "U.S.-ASEAN": one span of the home country, joined to a group of states
        joined = _HOME_JOINED.match(text, country.start, sentence[1])
        if country.iso3 == home and joined is not None and joined.group("other").upper() in _GROUPS:
            return tuple(sorted((home, _GROUPS[joined.group("other").upper()])))
    return subjects


def with_levier(subjects: tuple[str, ...], *, metric: str, home: str | None) -> tuple[str, ...]:
    """A tariff in a government's text is levied by its home country or falls on it: the home
    country is a side of it ("The President is imposing a 25 percent additional tariff on imports
    from Canada and Mexico": CAN-MEX-USA)."""
    if home is None or not subjects or home in subjects or metric not in ("tariff_rate", "tariffed_imports"):
        return subjects
    return tuple(sorted({*subjects, home}))


def without_venues(
    text: str, window: tuple[int, int], subjects: tuple[str, ...], countries: Sequence[CountrySpan]
) -> tuple[str, ...]:
    """The subjects less the countries the figure's sentence (`window`) names only as a meeting's place ("at
    the G7 Leaders' Summit in Germany"), when another subject remains, or when the meeting is a
    group's ("G7 Leaders' Summit", "G20 summit"): then the group is the side."""
    in_window = [c for c in countries if window[0] <= c.start < window[1] and c.iso3 in subjects]
    venues = {c.iso3 for c in in_window if _VENUE_BEFORE.search(text, max(window[0], c.start - 60), c.start)}
    venues -= {c.iso3 for c in in_window if not _VENUE_BEFORE.search(text, max(window[0], c.start - 60), c.start)}
    if not venues:
        return subjects
    kept = tuple(s for s in subjects if s not in venues)
    if kept:
        return kept
    group = _GROUP_MEETING.search(text, window[0], window[1])
    return (_GROUPS[group.group("group").upper().replace("-", "")],) if group is not None else subjects


#: Groups of states that meet as leaders and pledge as one, by how texts write them.
_GROUPS = {"G7": "G7", "G20": "G20", "NATO": "NATO", "ASEAN": "ASEAN", "APEC": "APEC", "BRICS": "BRICS", "EU": "EU",
           "SCO": "SCO", "GCC": "GCC", "OTS": "OTS", "CIS": "CIS", "EAEU": "EAEU"}
#: A group's meeting: "the June G7 Leaders’ Summit", "the G20 summit", "the NATO Summit".
_GROUP_MEETING = re.compile(
    r"\b(?P<group>G-?7|G-?20|NATO|ASEAN|APEC|BRICS|EU|SCO|GCC|OTS|CIS|EAEU)\+?\s+(?:[A-Z][\w’'-]*\s+){0,2}?"
    r"(?:[Ss]ummit|[Mm]eeting|[Mm]inisterial)\b"
)


def with_pledger(
    text: str, sentence_start: int, figure_start: int, subjects: tuple[str, ...], *, kind: str,
    people: Sequence[tuple[int, int, str]],
) -> tuple[str, ...]:
    """A target's subjects with the country of the person who announces or pledges it in the same
    sentence, before it ("President Biden also announced, with the EU, a Global Methane Pledge
    that aims to cut ...": EU-USA)."""
    if kind != "target" or not subjects:
        return subjects
    pledgers = {iso for start, end, iso in people
                if sentence_start <= start and end <= figure_start and _PLEDGES_AFTER.match(text, end, figure_start)}
    if len(pledgers) != 1 or pledgers <= set(subjects):
        return subjects
    return tuple(sorted({*subjects, *pledgers}))


#: "Allies for" right before a span: the span of an alliance (`accords.indicators.tenures`), no figure of the Allies.
_ALLIES_FOR = re.compile(r"\ballies\s+for\s+(?:more\s+than\s+|over\s+|nearly\s+|almost\s+)?$", re.IGNORECASE)


def allies(
    lead: str, subjects: tuple[str, ...], *, kind: str, home: str | None, countries: Sequence[CountrySpan],
    sentence: tuple[int, int] = (0, 0), figure: tuple[int, int] = (0, 0),
) -> tuple[str, ...]:
    """NATO for a figure of "Allies" (`lead`: the clause before the figure) in a text that names NATO,
    where the figure would otherwise be the text's home country's, no one's, or the topic's of the
    sentences before (a country its own `sentence` does not name: "only nine Allies met the Vilnius
    defense investment commitments to spend at least two percent of GDP" after a section on Ukraine), with
    the receivers its sentence names after the figure ("Allies will announce their intention to provide a
    minimum baseline funding of €40 billion ... for Ukraine": NATO-UKR). A target keeps the old reading."""
    if not _ALLIES.search(lead) or not any(c.iso3 == "NATO" for c in countries) or _ALLIES_FOR.search(lead):
        return subjects  # "As NATO Allies for 40 years, Spain and the United States": how long, not what the Allies do
    if kind == "target" and not set(subjects) - {home} - {None}:
        return ("NATO",)
    said = figure[0] - len(lead) + list(_ALLIES.finditer(lead))[-1].end()  # the Allies act unless another is named after
    if any(said <= c.start < figure[0] and c.iso3 != "NATO" for c in countries):
        return subjects  # "to ensure the defense of our Allies, the United States deployed ... over 20,000": the U.S.'
    before = {c.iso3 for c in countries if sentence[0] <= c.start < figure[0] and c.iso3 != home}
    if before & set(subjects) - {"NATO"}:
        return subjects  # a side named before the figure ("Poland and the Baltic Allies spend ...") stays
    after = {c.iso3 for c in countries if figure[1] <= c.start < sentence[1]}
    kept = {s for s in subjects if s in after and s != home}
    return tuple(sorted({"NATO", *kept}))


#: A goal owned through a named initiative: "the G7’s Partnership for Global Infrastructure and
#: Investment (PGII) topline goal of mobilizing $600 billion".
_OWNED_GOAL_AFTER = re.compile(
    r"['’]s\s+(?:[A-Z][\w’'&-]*\s+|(?:for|and|of|on|the)\s+|\([A-Z]+\)\s+){1,10}?(?:[a-z][\w-]*\s+){0,2}?"
    r"(?:goals?|targets?|pledges?|commitments?|ambitions?|objectives?)\b"
)


def owned_goal(
    text: str, sentence_start: int, figure_start: int, subjects: tuple[str, ...], *, home: str | None,
    countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """The owner of a goal named through its initiative before the figure ("the G7’s Partnership
    for Global Infrastructure and Investment (PGII) topline goal of mobilizing $600 billion": G7,
    not the U.S. investors the sentence names after it), for a figure whose other subjects are the
    text's home country or countries named after the figure."""
    before = [c for c in countries if sentence_start <= c.start and c.end <= figure_start]
    owner = next((c for c in reversed(before) if _OWNED_GOAL_AFTER.match(text, c.end, figure_start)), None)
    if owner is None or (owner.iso3 not in subjects and set(subjects) - {home}):
        return subjects
    if {c.iso3 for c in before if c.start > owner.start} & set(subjects):
        return subjects  # another side named between the goal and the figure
    return (owner.iso3,)


def national_share(
    subjects: tuple[str, ...], *, metric: str, sentence_start: int, figure_start: int, countries: Sequence[CountrySpan],
) -> tuple[str, ...]:
    """A share of GDP is one country's: when the figure's clause named only an organisation ("25
    years in NATO and on the recent passage of legislation requiring it to spend at least 2 percent
    of its GDP on defense"), the country its sentence names before it (the Czech Republic), if one;
    "NATO Allies made commitments to spend at least two percent of GDP" stays NATO's."""
    if not metric.endswith("share_of_gdp") or not subjects or any(is_country(s) for s in subjects):
        return subjects
    named = list(dict.fromkeys(c.iso3 for c in countries
                               if sentence_start <= c.start < figure_start and is_country(c.iso3)))
    return (named[0],) if len(named) == 1 else subjects


#: A rate a government sets: "will increase from 25% to", "will rise to", "will pay a", "will face a
#: tariff of", "will impose a", "will be subject to"; a decimal point ("from 7.5% to") ends nothing.
_SETS_RATE = re.compile(
    r"\bwill\s+(?:(?:increase|rise|go\s+up|decrease|fall|be\s+(?:raised|reduced|lowered|set|increased))\b(?:[^.;]|\.(?=\d))*?\bto|"
    r"(?:pay|face|impose|levy|apply|be\s+subject\s+to)\b(?:[^.;]|\.(?=\d))*?)\s*$",
    re.IGNORECASE,
)


def set_rate_kind(lead: str, kind: str, *, metric: str, official: str | None) -> str:
    """A tariff rate a government's own text says will be set, raised or paid ("The tariff rate on
    semiconductors will increase from 25% to 50% by 2025", "Indonesia will pay a 19 percent
    tariff") is a target: the policy announced, not a forecast of what may happen."""
    if official is None or metric not in ("tariff_rate",) or kind == "target":
        return kind
    return "target" if _SETS_RATE.search(lead) and not _FROM_END.search(lead) else kind


#: The starting level of a change ("will increase from"): what the rate is now.
_FROM_END = re.compile(r"\bfrom\s+$", re.IGNORECASE)


#: An institution's acronym as written: "COVAX", "UNRWA", "GAFSP", "UNICEF" (capitals, three or more).
_ACRONYM = re.compile(r"[A-Z][A-Z0-9]{2,9}")
#: What comes right before an institution that receives money or goods: "to COVAX", "through COVAX",
#: "for the COVAX Advance Market Commitment".
_TO_INSTITUTION = re.compile(r"\b(?:to|through|for|toward|towards)\s+(?:the\s+)?$")
#: A figure between an institution and the amount: the institution is that other figure's.
_DIGIT = re.compile(r"\d")


#: A fund's or agency's name with its acronym in brackets: "the UN Relief and Works Agency for Palestine
#: Refugees (UNRWA)", "the Global Agriculture and Food Security Program (GAFSP)".
_DEFINED = re.compile(r"(?P<name>(?:[A-Z][\w’'.-]*\s+(?:(?:and|for|of|on|to|the)\s+){0,2}){1,9})\((?P<short>[A-Z][A-Z0-9]{2,9})\)")
#: A national body's name: "U.S. Agency for International Development (USAID)", "Export-Import Bank of the United States".
_NATIONAL_NAME = re.compile(r"\b(?:U\.S\.|United\s+States|American|National|Federal)\b")


def institution_mentions(text: str, extraction: Extraction, countries: Sequence[CountrySpan]) -> list[tuple[int, int, str]]:
    """(start, end, acronym) of each mention of an institution that may receive money or goods as one of
    its own (`with_institution`): an organisation with no country the entity stage found, written as an
    acronym ("COVAX"), and an acronym the text defines in brackets after a fund's or agency's name
    (`_DEFINED` with a head word of `_FUND_HEADS`: "UNRWA", "GAFSP"), not a national body's
    (`_NATIONAL_NAME`: "USAID"); never where the text names a country or a group of states ("ASEAN", "EU")."""
    stateless = {e.id for e in extraction.entities if e.type == "ORG" and not e.country}
    taken = {(c.start, c.end) for c in countries}
    found = [(ev.start, ev.end, m.text) for m in extraction.mentions if m.entity_id in stateless
             and _ACRONYM.fullmatch(m.text) for ev in m.evidence if (ev.start, ev.end) not in taken]
    defined = {m.group("short") for m in _DEFINED.finditer(text)
               if funds.FUND_HEADS & set(m.group("name").split()) and not _NATIONAL_NAME.search(m.group("name"))}
    for short in defined:
        found += [(m.start(), m.end(), short) for m in re.finditer(rf"\b{short}\b", text)
                  if (m.start(), m.end()) not in taken]
    return sorted(set(found))


def with_institution(
    text: str, figure: tuple[int, int], subjects: tuple[str, ...], *, given: bool, home: str | None,
    sentence: tuple[int, int], institutions: Sequence[tuple[int, int, str]], countries: Sequence[CountrySpan] = (),
) -> tuple[str, ...]:
    """Money or goods (`given`) a government's text gives to or through an institution named by its
    acronym in the same sentence ("has contributed two billion dollars to COVAX", "Nearly 19 million
    will be shared through COVAX", "total United States assistance to UNRWA ... to more than $618
    million") are the home country's and that institution's, when no other figure stands between the
    institution and the amount in their sentence, and the figure
    has no other side than the home country but the countries named after it, whom the institution
    serves ("Approximately 6 million for South and Central America to the following countries: Brazil,
    ..."). Doses "through COVAX" to one named country stay that country's."""
    if home is None or not given:
        return subjects
    receiver = next((name for start, _end, name in institutions if sentence[0] <= start < sentence[1]
                     and _TO_INSTITUTION.search(text, max(sentence[0], start - 12), start)
                     and not _DIGIT.search(text, *((figure[1], start) if start >= figure[1] else (sentence[0], figure[0])))),
                    None)
    if receiver is None or receiver in subjects:
        return subjects
    served = {c.iso3 for c in countries if figure[1] <= c.start < sentence[1]} - {
        c.iso3 for c in countries if sentence[0] <= c.start < figure[0]}
    if any(s != home for s in subjects if s not in served):
        return subjects  # "donation of 3.9 million vaccines through COVAX" to Honduras: the named receiver's
    return tuple(sorted((home, receiver)))
