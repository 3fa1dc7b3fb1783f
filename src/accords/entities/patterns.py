"""Token patterns for names spaCy's small model misses or cuts wrongly.

- hyphen chains: "Iran-Azerbaijan" (two countries), "Baku-Tbilisi-Ceyhan" (a route, a project);
- names built on a head noun: "Khoda-Afarin dam", "Rasht-Astara railroad" (projects),
  "Shusha Declaration" (a document), "Azerbaijani-Turkish business forum" (an event),
  "Azerbaijan's Transport, Communications and High Technologies Ministry", "Ministry of
  Foreign Affairs of Azerbaijan" (organisations, with the country they belong to);
- cited news sources: "..., Shada reported".

Acronyms with their expansion live in `accords.entities.acronyms`.

Walks are bounded (`MAX_NAME_TOKENS`), so a 5,000-token sentence costs linear time. Each
pattern finds its trigger words (head nouns, hyphens, parentheses) from the doc's string ids
(`accords.entities.tokens`) and builds spaCy `Token` objects only around them.
"""

from __future__ import annotations

import dataclasses
import re

from spacy.tokens import Doc, Token

from accords.entities.candidates import CURATED, PATTERN, Candidate, is_year
from accords.entities.holders import holder_after_body, holder_named_again
from accords.entities.coordination import joins_capitalised, separates_names, tail_list_end
from accords.entities.plausible import law_start
from accords.entities.standing import standing_meeting
from accords.entities.towndocs import TOWN_DOCUMENT_HEADS, is_town, slash_start, town_document
from accords.entities.tokens import TokenIds, is_capitalised, opening_name, string_ids, token_ids
from accords.entities.lexicon import (
    CALENDAR_WORDS, CAPITAL_ONLY_EVENT_HEADS, DOCUMENT_HEADS, EVENT_HEADS, GENERIC_ORG_WORDS, GENERIC_WORDS,
    ORG_HEADS, ORG_HEADS_WITH_OF, PROJECT_HEADS, TITLE_HEADS, TITLE_WORDS, WEAK_PROJECT_HEADS, radio_term,
)
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias
from accords.gazetteer.places import known_by_alias, place_country

MAX_NAME_TOKENS = 12

_CONNECTORS = frozenset({"and", "&", ","})
#: Legal forms that close a company's name after a comma ("Now Telecom Company, Inc.").
_COMPANY_FORMS = frozenset({"inc", "inc.", "ltd", "ltd.", "llc", "plc", "co", "co."})
#: A word glued to a country that says who leads or backs a body, and is no part of its name:
#: "the U.S.-led Major Economies Forum", "a Saudi-backed coalition".
_LED_SUFFIXES = ("-led", "-backed", "-hosted", "-sponsored", "-funded", "-brokered", "-chaired")
#: Plural nouns whose possessive belongs to a name ("People's Council of Turkmenistan"), unlike a
#: country's ("Azerbaijan's Transport Ministry").
_COLLECTIVE_POSSESSORS = frozenset({"people", "peoples", "workers", "women", "children", "farmers", "martyrs",
                                    "leaders", "ministers",  # "G7 Leaders' Summit", "Foreign Ministers' Meeting"
                                    "president"})  # "President's Emergency Plan for AIDS Relief"
#: Lower-case particles inside a place's or person's name that a name runs through ("Rio de
#: Janeiro Summit", "Dar es Salaam Declaration").
_NAME_INFIXES = frozenset({"de", "da", "do", "del", "es", "al", "el"})
JOINT = frozenset({"joint", "intergovernmental", "inter-governmental"})
_NAME_TAGS = frozenset({"NNP", "NNPS", "NN", "NNS", "JJ", "VBG", "VBN", "CD"})


def country_of(text: str) -> str | None:
    """ISO3 when `text` is a country name or adjective (not a capital)."""
    found = country_by_alias(text)
    return found[0] if found is not None and found[1] in ("name", "demonym") else None


def joined(doc: Doc, i: int) -> bool:
    """Token i is a hyphen glued to both neighbours ("Iran-Azerbaijan")."""
    return (doc[i].text in ("-", "\u2013") and i > 0 and i + 1 < len(doc)
            and not doc[i - 1].whitespace_ and not doc[i].whitespace_)


_HYPHENS = frozenset({"-", "\u2013"})


def _spaced_pair(doc: Doc, i: int) -> bool:
    """Token i is a dash set off by spaces between two countries or places, as the White House writes
    the sides of a meeting or partnership: "U.S. – Africa Leaders Summit", "India – Middle East"."""
    return (0 < i < len(doc) - 1 and doc[i].text in _HYPHENS and doc[i - 1].whitespace_ != "" and doc[i].whitespace_ != ""
            and all(country_of(doc[k].text) or is_town(doc[k].text) for k in (i - 1, i + 1)))


def hyphen_chains(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """Capitalised words glued by hyphens: country compounds and routes.

    `ids` are the doc's token ids (`token_ids(doc)`), when the caller has them already.
    """
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    n = len(doc)
    # a chain starts at a word followed by a hyphen; after a chain, the scan resumes past it
    resume = 0
    for hyphen in ids.where_orth(string_ids(_HYPHENS)):
        i = hyphen - 1
        if i < resume or hyphen + 1 >= n or not is_capitalised(doc[i]):
            continue
        parts = [i]
        j = i + 1
        while j + 1 < n and joined(doc, j) and is_capitalised(doc[j + 1]) and len(parts) < MAX_NAME_TOKENS:
            parts.append(j + 1)
            j += 2
        if len(parts) >= 2:
            found.extend(_chain(doc, parts))
            resume = parts[-1] + 1
    return found


def _chain(doc: Doc, parts: list[int]) -> list[Candidate]:
    start, end = parts[0], parts[-1] + 1
    texts = [doc[p].text for p in parts]
    head = doc[end] if end < len(doc) else None
    if head is not None and head.lower_ in PROJECT_HEADS - WEAK_PROJECT_HEADS:
        return []  # the head-noun pattern names it ("Rasht-Astara railroad")
    if all(country_of(t) for t in texts):
        return []  # each part is matched as a country by the gazetteer
    capitals = [_capital_of(t) for t in texts]
    if all(c or country_of(t) for c, t in zip(capitals, texts)) and len(parts) == 2:
        # "Damascus-Ankara ties": capitals standing for their countries
        return [Candidate(p, p + 1, "COUNTRY", doc[p].text, PATTERN, canonical=c, country=c,
                          source="pattern:capital-compound") for p, c in zip(parts, capitals) if c]
    places = [t for t in texts if place_country(t) or country_of(t)]
    if len(parts) >= 3 and len(places) >= 2:
        name = doc[start:end].text
        return [Candidate(start, end, "PROJECT", name, PATTERN, source="pattern:route")]
    return []


_ALL_HEADS = PROJECT_HEADS | EVENT_HEADS | DOCUMENT_HEADS | ORG_HEADS | TOWN_DOCUMENT_HEADS | {"airport"}


def _airport(doc: Doc, head: int) -> list[Candidate]:
    """"Heydar Aliyev International Airport", "Imam Khomeini International Airport": a place,
    named after a person often (it beats the person's name inside it)."""
    start = _left_modifiers(doc, head, allow_lower=False, allow_connectors=False)
    words = [t for t in doc[start:head] if t.is_alpha and t.lower_ not in GENERIC_WORDS | {"international"}]
    if not words:
        return []
    return [Candidate(start, head + 1, "PLACE", doc[start:head + 1].text, CURATED, source="pattern:airport")]


def head_names(doc: Doc, ids: TokenIds | None = None) -> list[Candidate]:
    """Names that end in a project, event, document or organisation head noun."""
    if ids is None:
        ids = token_ids(doc)
    found: list[Candidate] = []
    for i in ids.where_lower(string_ids(_ALL_HEADS)):
        token = doc[i]
        lower = token.lower_
        if lower in PROJECT_HEADS:
            found.extend(_headed(doc, token.i, "PROJECT"))
        if lower in EVENT_HEADS:
            found.extend(_headed(doc, token.i, "EVENT_NAME"))
        if lower in DOCUMENT_HEADS and is_capitalised(token) and not (  # not "Chief Strategy | Officer"
                i + 1 < len(doc) and is_capitalised(doc[i + 1]) and doc[i + 1].lower_ in TITLE_WORDS | ORG_HEADS):
            headed, start = _headed(doc, token.i, "DOCUMENT"), slash_start(doc, i)
            if start is not None:  # "Belfast/Good Friday Agreement", "National HIV/AIDS Strategy"
                headed = [dataclasses.replace(c, start=start, name=" ".join(doc[start:c.end].text.split()))
                          for c in headed if c.start > start] or [
                    Candidate(start, i + 1, "DOCUMENT", doc[start:i + 1].text, PATTERN, source="pattern:document")]
            found.extend(headed)
        elif lower in TOWN_DOCUMENT_HEADS:
            found.extend(town_document(doc, i))  # "the Minsk agreements"
        if lower in ORG_HEADS and is_capitalised(token) and not (lower in _MEDIA_HEADS and _goes_on(doc, i)):
            found.extend(c for c in _org(doc, token.i)  # not "Open Radio | Access Networks", "Promoting Radio | Astronomy"
                         if not radio_term([t.lower_ for t in doc[c.start:c.end]]))  # nor "Open Radio Access Network"
        elif lower == "airport" and is_capitalised(token):
            found.extend(_airport(doc, token.i))
        elif lower == "ministry" and token.is_lower:
            found.extend(_lower_ministry(doc, token.i))
    return found


#: Heads of broadcasters' names that also open technical terms ("Radio Access Networks", "Radio Astronomy").
_MEDIA_HEADS = frozenset({"radio", "television"})


def _goes_on(doc: Doc, i: int) -> bool:
    return i + 1 < len(doc) and doc[i + 1].is_alpha and is_capitalised(doc[i + 1])


def _lower_ministry(doc: Doc, head: int) -> list[Candidate]:
    """"the Iraqi foreign ministry": a country's ministry written in lower case (one or two
    words for the portfolio between the adjective and the head)."""
    for start in (head - 2, head - 3):
        if start < 0:
            break
        country = country_of(doc[start].text)
        portfolio = doc[start + 1:head]
        if country and doc[start].text[:1].isupper() and all(t.is_lower and t.is_alpha for t in portfolio):
            return [Candidate(start, head + 1, "ORG", doc[start:head + 1].text, PATTERN, country=country,
                              source="pattern:org")]
        if not all(t.is_lower and t.is_alpha for t in portfolio):
            break
    return []


def _left_modifiers(doc: Doc, head: int, *, allow_lower: bool, allow_connectors: bool,
                    stop_at_people: bool = False) -> int:
    """The first token of the modifiers left of `head` (capitalised words, hyphens, nouns)."""
    start = head
    limit = max(0, head - MAX_NAME_TOKENS)
    i = head - 1
    while i >= limit:
        token = doc[i]
        if token.is_space or (token.is_sent_end and i != head - 1 and token.is_punct):
            break
        if stop_at_people and (token.ent_type_ == "PERSON" or token.lower_ in TITLE_HEADS):
            break  # "Governor Valiollah Seif and Central Bank of Azerbaijan"
        if token.lower_ in CALENDAR_WORDS or token.lower_ == "former" or token.lower_.endswith(_LED_SUFFIXES):
            break  # "on Sunday, Iranian Foreign Ministry"; "Former National Security Council official"; "U.S.-led"
        if token.tag_ == "POS" and i - 1 >= limit and doc[i - 1].lower_ in _COLLECTIVE_POSSESSORS:
            start = i  # "People's Council", "Workers' Party"
        elif (is_capitalised(token) or _is_code(token)) and (token.tag_ in _NAME_TAGS or (
                token.tag_ == "RB" and i > 0 and not doc[i - 1].is_sent_end and i - 1 >= limit
                and not doc[i - 1].is_punct)) and token.lower_ not in ("the", "a", "an"):
            start = i  # an adverb capitalised inside a name: "Just Energy Transition Partnership"
        elif token.text in ("-", "\u2013") and (joined(doc, i) or _spaced_pair(doc, i)):
            start = i
        elif token.lower_ in _NAME_INFIXES and token.is_lower and i - 1 >= limit and is_capitalised(doc[i - 1]) \
                and is_capitalised(doc[i + 1]):
            start = i  # "Rio de Janeiro Summit"
        elif token.lower_ in ("e", "ye") and i - 2 >= limit and joined(doc, i - 1) and is_capitalised(doc[i - 2]):
            start = i  # the Persian "-e" of "Sardar-e Jangal International Airport"
        elif allow_lower and token.is_lower and token.tag_ in ("NN", "NNS", "JJ", "VBG") \
                and token.lower_ not in GENERIC_WORDS - {"trade"}:
            start = i
        elif allow_connectors and token.lower_ in _CONNECTORS and i - 1 >= limit and joins_capitalised(doc, i, limit) \
                and (doc[i - 1].lower_ not in ORG_HEADS or doc[head].lower_ in _COMPANY_FORMS) \
                and not (token.text == "," and doc[i - 1].lower_ in DOCUMENT_HEADS and doc[head].lower_ in DOCUMENT_HEADS) \
                and not (token.text == "," and doc[i - 1].ent_type_ == "GPE") \
                and doc[i - 1].ent_type_ != "PERSON" and not separates_names(doc, i, head):
            start = i  # not past a body's head ("Argidius Foundation, PriceSmart Foundation" are two),
            # except before a company's legal form ("Gentry Group, LLC"), nor past a state's name
            # ("Jake Sullivan of the United States, National Security Secretariat ...") or a person's
            # ("Prime Minister Marape and other Pacific Island Forum leaders")
        else:
            break
        i -= 1
    # a name starts with a capitalised word: drop leading lower-case words and connectors
    while start < head and not (is_capitalised(doc[start]) or _is_code(doc[start])):
        start += 1
    return start


def _headed(doc: Doc, head: int, kind: str) -> list[Candidate]:
    token = doc[head]
    capital_head = is_capitalised(token)
    if kind == "EVENT_NAME" and not capital_head and token.lower_ in CAPITAL_ONLY_EVENT_HEADS:
        return []
    start = _left_modifiers(doc, head, allow_lower=not capital_head or kind == "EVENT_NAME",
                            allow_connectors=capital_head and kind != "PROJECT")
    end = head + 1
    if start < head and start > 0 and doc[start - 1].like_num and _UNIT.match(doc[start].text) \
            and is_capitalised(doc[start + 1]) and doc[start + 1].i < head:
        start += 1  # "230 MW Khizi-Absheron wind power plant": the capacity is no part of the name
    elif (start > 0 and doc[start - 1].like_num and not _ordinal(doc[start - 1])
          and not (doc[start - 1].ent_type_ == "MONEY" and capital_head and is_capitalised(doc[start]))) or (
            start > 1 and doc[start - 1].text in ("-", "\u2013") and doc[start - 2].like_num):
        return []  # "400 MW hydroelectric power plant", "a 100-MW plant": a unit, not a name
    if kind == "DOCUMENT" and token.lower_ == "law":
        if (named := law_start(doc, start, head)) is None:
            return []  # "Martial Law", "Harvard Law School", "Public Law 117-58"
        start = named
    if kind == "DOCUMENT" and end < len(doc) and doc[end].text.isdigit():
        # "(UN Security Council) Resolution 2231": the number names it; the body before stays its own
        return [Candidate(head, end + 1, kind, doc[head:end + 1].text, PATTERN, source="pattern:document")]
    if kind == "DOCUMENT" and capital_head:
        end = _document_end(doc, head)
    modifiers = [t for t in doc[start:head] if t.is_alpha]
    heads = PROJECT_HEADS if kind == "PROJECT" else EVENT_HEADS
    if not capital_head and any(t.lower_ in heads for t in modifiers):
        return []  # "Rasht-Astara railroad route", "X Dialogue conference": the first head ends the name
    modifiers += [t for t in doc[start:head] if _is_code(t)]
    proper = [t for t in modifiers if (is_capitalised(t) or _is_code(t)) and t.lower_ not in GENERIC_WORDS]
    if capital_head:
        tail = _name_tail(doc, end - 1, document=kind == "DOCUMENT")
        if tail > end and (proper or token.lower_ in EVENT_HEADS | DOCUMENT_HEADS
                           or (start == head and opening_name(doc, head, tail))):
            # "Leaders Summit on Climate", "Mattei Plan for Africa", "Summit for Democracy"
            return [Candidate(start, tail, kind, doc[start:tail].text, PATTERN, source=f"pattern:{kind.lower()}")]
    if not proper and not (kind == "EVENT_NAME" and capital_head and token.lower_ in BODY_HEADS
                           and any(t.lower_ in JOINT and is_capitalised(t) for t in modifiers)):
        return []  # "Joint Economic Commission" names the two governments' standing meeting
    if kind == "PROJECT" and all(country_of(t.text) for t in proper):
        if token.lower_ in WEAK_PROJECT_HEADS or len(proper) < 2:
            return []  # "Iranian project" is not a name; "Iran-Iraq pipeline" is
    if kind == "DOCUMENT" and all(country_of(t.text) for t in proper) and len(proper) < 2:
        return []  # "Turkish Agreement"? too weak
    if kind == "EVENT_NAME" and not capital_head and token.lower_ in ("week", "session"):
        return []
    if kind == "EVENT_NAME" and capital_head and token.lower_ == "commission" \
            and not any(t.lower_ in JOINT for t in modifiers) and sum(1 for t in proper if country_of(t.text)) < 2:
        return []  # "Independent National Electoral Commission" is a body; "Iran-Turkey Joint Commission" meets
    name = " ".join(doc[start:end].text.split())  # a hard line break inside a law's name
    town = doc[start:head].text
    if kind == "PROJECT" and token.lower_ == "port" and is_town(town):
        # "Russia's Sochi port", "Iran's Chabahar Port": the town's port is a place, not a project
        return [Candidate(start, end, "PLACE", name, PATTERN, country=place_country(town), aliases=(town,),
                          source="pattern:port")]
    priority = PATTERN
    if kind == "EVENT_NAME" and capital_head and _names_a_body(doc, start, head):
        priority = CURATED + 1  # "G7 Summit", "NATO Summit": the meeting, with the body inside it
    return [Candidate(start, end, kind, name, priority, source=f"pattern:{kind.lower()}")]


def _document_end(doc: Doc, head: int) -> int:
    """The end of a document's head: "Trade Act of 1974" (a law named with its year),
    "Memorandum of Understanding" (whose subject may follow: "... on AI Safety")."""
    n = len(doc)
    if head + 2 < n and doc[head + 1].lower_ == "of":
        after = doc[head + 2]
        if is_year(after) or (doc[head].lower_, after.lower_) in _DOCUMENT_OF:
            return head + 3
    return head + 1


#: A document's head that is named "<head> of <word>" ("Memorandum of Understanding", "Plan of Action").
_DOCUMENT_OF = frozenset({("memorandum", "understanding"), ("memorandum", "cooperation"), ("memorandum", "agreement"),
                          ("plan", "action"),
                          ("statement", "intent"), ("declaration", "intent"), ("declaration", "principles")})


#: Words that carry a capitalised name on past its head ("Summit on Climate", "Plan for Africa").
#: Not "of": "Summit of Leaders" is named so, but "Forum of <members>" or "Commission of <states>"
#: more often says who met (tried on the gold: one name gained on dev, two lost on test).
_TAIL_PREPOSITIONS = frozenset({"for", "on", "against"})  # "Convention against Corruption"


def _name_tail(doc: Doc, head: int, *, document: bool = False) -> int:
    """The end of a capitalised name that goes on past its head with "for" or "on" and
    capitalised words ("Leaders Summit on Climate", "Summit for Democracy", "Mattei Plan for
    Africa"), or `head + 1` when it does not. Country names alone after "on" are the meeting's
    subject ("Dialogue on Ukraine"), and the name ends at its head; after "for" they belong to
    it ("Platform for Ukraine"). A person, a title, a day or month ends the tail. A document's
    name also goes on with "of" ("Declaration of the Rights of Indigenous Peoples"), which for
    a meeting or body more often says who met."""
    n = len(doc)
    j = head + 1
    prepositions = _TAIL_PREPOSITIONS | {"of"} if document else _TAIL_PREPOSITIONS
    if j >= n or doc[j].lower_ not in prepositions or doc[j].whitespace_ == "":
        return head + 1
    preposition = doc[j].lower_
    j += 1
    if j < n and doc[j].lower_ in ("the", "a", "an"):
        j += 1  # "Roadmap for a Renewed U.S.-Canada Partnership"
    last = None
    words = []
    while j < n and j - head <= MAX_NAME_TOKENS:
        t = doc[j]
        if t.ent_type_ == "PERSON" or t.lower_ in TITLE_HEADS or t.lower_ in CALENDAR_WORDS or t.is_space:
            break
        if is_capitalised(t) or _is_code(t) or (t.like_num and last is not None):
            last = j
            words.append(t)
            j += 1
        elif t.lower_ in _CONNECTORS and last == j - 1 and j + 1 < n and is_capitalised(doc[j + 1]):
            j += 1
        elif t.lower_ == "of" and last == j - 1 and _capitalised_after(doc, j + 1):
            j += 1  # inside the tail: "Convention on the Law of the Sea"
        elif t.lower_ == "the" and last == j - 2 and doc[j - 1].lower_ == "of" and _capitalised_after(doc, j + 1):
            j += 1
        else:
            break
    if last is None:
        return head + 1
    if preposition != "for" and all(country_of(t.text) or country_by_alias(t.text) for t in words if t.is_alpha):
        return head + 1
    if preposition == "of" and all(t.lower_ in DOCUMENT_HEADS or t.lower_ in GENERIC_WORDS for t in words):
        return head + 1  # "Memorandum of Agreement": a kind of document, not one named
    return tail_list_end(doc, head + 1, last)


def _capitalised_after(doc: Doc, j: int) -> bool:
    """Token j, or the one after a "the" at j, is a capitalised word."""
    if j < len(doc) and doc[j].lower_ == "the":
        j += 1
    return j < len(doc) and is_capitalised(doc[j])


#: A unit of capacity or length written before a plant's or a line's name ("230 MW", "500 kV").
_UNIT = re.compile(r"^(?:[kMGT]W[he]?|[kMGT]Wh|kV|km|MWp|GWh|bcm|mcm)$")


def _ordinal(token: Token) -> bool:
    """"second", "27th", "2024": the count or year of a recurring meeting ("the second Summit for
    Democracy", "the 2024 G7 Leaders' Summit"), not a quantity with its unit."""
    lower = token.lower_
    year = len(lower) == 4 and lower.isdigit() and lower[:2] in ("19", "20")
    return year or token.ent_type_ == "ORDINAL" or (lower.endswith(("st", "nd", "rd", "th")) and lower[:1].isdigit())


def _is_code(token: Token) -> bool:
    """A capitalised code of letters and digits that names a body or a meeting: "G7", "G20", "COP26", "COVID-19"."""
    text = token.text.replace("-", "") if token.text.count("-") == 1 and token.text[-1].isdigit() else token.text
    return text[:1].isupper() and text.isalnum() and any(c.isdigit() for c in text) and any(c.isalpha() for c in text)


def _names_a_body(doc: Doc, start: int, head: int) -> bool:
    """Whether the modifiers of an event's head are an international organisation or a known
    meeting ("NATO", "G7", "COP26", "ASEAN"), the whole of them or one side of a hyphen."""
    words = [t.text for t in doc[start:head] if t.text not in ("-", "\u2013")]
    return bool(words) and (igo_by_alias(" ".join(words)) is not None or known_by_alias(" ".join(words)) is not None
                            or all(igo_by_alias(w) is not None or known_by_alias(w) is not None for w in words))


def _of_a_state(doc: Doc, i: int) -> bool:
    """Token i is the "of" of a state's name after a body's head ("... Agency of Turkmenistan",
    "... Ministry of the Republic of Azerbaijan"), not of what the body covers ("Ministry of
    Agriculture")."""
    k = i + 2 if i + 1 < len(doc) and doc[i + 1].lower_ == "the" else i + 1
    return doc[i].lower_ == "of" and k < len(doc) and (country_of(doc[k].text) is not None or doc[k].lower_ == "republic")


def _serial_and(doc: Doc, head: int, j: int) -> bool:
    """Token j is the serial comma of a list of portfolios in a body's name ("Ministry of Cooperatives,
    Labor, and Social Welfare"): a comma came before it in the name, "and" follows it, then capitalised
    words up to the name's end, none a title's, a body's head or a person's ("Ministry of Foreign Affairs,
    and Interior Minister ..." stops at the comma)."""
    if doc[j].text != "," or j + 2 >= len(doc) or doc[j + 1].lower_ not in ("and", "&") \
            or not any(doc[k].text == "," for k in range(head + 1, j)):
        return False
    k = j + 2
    while k < len(doc) and is_capitalised(doc[k]) and doc[k].is_alpha:
        if doc[k].lower_ in TITLE_HEADS or doc[k].lower_ in ORG_HEADS or doc[k].ent_type_ == "PERSON":
            return False
        k += 1
    return k > j + 2


def _org(doc: Doc, head: int) -> list[Candidate]:
    """"X Ministry", "Ministry of X", with a country from "Azerbaijan's", "Iranian", "of Iran"."""
    # "Ministry of X": words joined by "and" before it belong to another name ("Kazakhstan's Ministry of
    # Agriculture and | Ministry of Industry"), unlike "Trade and Development Bank"
    of_name = doc[head].lower_ in ORG_HEADS_WITH_OF and head + 1 < len(doc) and doc[head + 1].lower_ in ("of", "for") \
        and not _of_a_state(doc, head + 1)  # "Transport and Communications Agency | of Turkmenistan" keeps its "and"
    start = _left_modifiers(doc, head, allow_lower=False, allow_connectors=not of_name, stop_at_people=True)
    start = _formal_state_start(doc, start)
    end = head + 1
    # "Ministry of Communication and Information Technology (of Azerbaijan)"
    if doc[head].lower_ in ORG_HEADS_WITH_OF and end < len(doc) and (
            doc[end].lower_ in ("of", "for") or (doc[end].lower_ == "on" and doc[head].lower_ in _ON_HEADS)):
        j = end + 1
        last = None
        # "Office of the Vice President", "Office of the United States Trade Representative": an
        # officer's office is named by the officer's title, which ends the name
        officer = doc[head].lower_ == "office" and j < len(doc) and doc[j].lower_ == "the"
        while j < len(doc) and j - head <= MAX_NAME_TOKENS:
            t = doc[j]
            if officer and t.lower_ in TITLE_HEADS and is_capitalised(t) and t.ent_type_ != "PERSON":
                last, officer = j, False  # the title may go on: "Office of the Secretary of Defense"
                j += 1
                continue
            if t.lower_ in CALENDAR_WORDS:
                break  # "... Cooperation Council on Tuesday": the day dates the meeting
            if joined(doc, j) and last == j - 1 and doc[j + 1].is_alpha:
                last, j = j + 1, j + 2  # "Steering Committee of the Multi-agency Donor ... Platform"
                continue
            if (t.lower_ in TITLE_HEADS and not (t.lower_ == "general" and is_capitalised(doc[j - 1])
                                                 and doc[j - 1].lower_ not in ("the", "of"))) or t.ent_type_ == "PERSON":
                break  # "Central Bank of Iran Governor Valiollah Seif" ("Office of the Inspector General" goes on)
            if t.lower_ in _CONNECTORS and j + 1 < len(doc) and (
                    doc[j + 1].lower_ in ORG_HEADS or country_of(doc[j + 1].text)):
                break  # "Ministry of Agriculture and Ministry of ...", "... and Kazakhstan"
            if _country_name(t.text) and doc[j - 1].lower_ in ("of", "the"):
                # the country ends the name: "National Assembly of Azerbaijan Republic | Ogtay Asadov"
                last = j + 1 if j + 1 < len(doc) and doc[j + 1].lower_ == "republic" else j
                break
            if _serial_and(doc, head, j):
                j += 1  # "Ministry of Cooperatives, Labor, | and Social Welfare": the list's last item follows
                continue
            if is_capitalised(t) or (t.lower_ in _CONNECTORS | {"of", "the"} and j + 1 < len(doc)
                                     and is_capitalised(doc[j + 1]) and not doc[j + 1].is_upper):
                if is_capitalised(t):
                    last = j
                j += 1
            else:
                break
        if last is not None:
            end = tail_list_end(doc, head + 1, last)  # "... Social Innovations, | Azer News reported"
    bare_end, end = end, _post_city(doc, head, end)  # "U.S. Embassy | Kyiv", "U.S. Embassy | in Tunis"
    city = {"city": (bare_end + (doc[bare_end].lower_ == "in"), end)} if end > bare_end else {}
    holder = holder_after_body(doc, start, head, end) or holder_named_again(doc, start, end)
    if holder is not None:  # "Head of the ... Department of the Presidential Administration | Hikmet Hajiyev"
        end = holder.start
    end, country = _state_tail(doc, end)
    # a country or adjective at the front: "Iranian Foreign Ministry", "Azerbaijan Railways"?
    if start < head and country_of(doc[start].text):
        country = country_of(doc[start].text)  # "Azerbaijani Railways" keeps its adjective
    # possessive before: "Azerbaijan's Transport ... Ministry"
    if start >= 2 and doc[start - 1].tag_ == "POS":
        country = country or _place_or_country(doc[start - 2].text)
    # "of Azerbaijan" at the end: the name keeps it ("Central Bank of Iran"), the country is AZE
    for k in range(end - 1, max(start + 1, end - 3) - 1, -1):
        if doc[k - 1].lower_ == "of" and country_of(doc[k].text):
            country = country or country_of(doc[k].text)
            break
    while end > start and doc[end - 1].lower_ in _CONNECTORS | {"of", "the"}:
        end -= 1
    words = [t for t in doc[start:end] if t.is_alpha]
    joint = standing_meeting(doc, start, head)  # "U.S.-Israel Strategic Consultative Group"
    if len(words) < 2 or (not joint and all(t.lower_ in ORG_HEADS or t.lower_ in GENERIC_WORDS
                                            or t.lower_ in GENERIC_ORG_WORDS for t in words)):
        return []  # "Foreign Ministry" is kept, "Armed Forces" names no one
    if doc[end - 1].lower_ in TITLE_HEADS and not (doc[head].lower_ == "office" and end - 1 > head):
        return []
    name = doc[start:end].text
    if _country_name(name) or known_by_alias(name) is not None:
        return []  # "Russian Federation", "United Arab Emirates": the state itself
    if end < len(doc) and is_capitalised(doc[end]) and doc[end].lower_ in ("commission", "committee", "council"):
        return []  # "Securities and Exchange | Commission": the name goes on past this head
    if joint:
        # "Iran-Azerbaijan Joint Economic Committee": a recurring meeting of two governments
        return [Candidate(start, end, "EVENT_NAME", name, PATTERN, source="pattern:joint-body")]
    if holder is not None and holder.country is None and country is not None:
        holder = dataclasses.replace(holder, country=country)  # the holder of a body's office is of its country
    city = city if city and city["city"][1] == end else {}
    return [Candidate(start, end, "ORG", name, PATTERN, country=country, source="pattern:org", extra=city,
                      aliases=(doc[start:bare_end].text,) if city else ())] + ([holder] if holder is not None else [])


#: Heads of a state's mission abroad, which its own register names by the city it sits in.
_MISSION_HEADS = frozenset({"embassy", "consulate"})


def _post_city(doc: Doc, head: int, end: int) -> int:
    """A state's mission named by its city right after the head, as the White House writes its own
    ("U.S. Embassy Kyiv", "U.S. Embassy in Tunis", "Tunisian Embassy in Washington"): the name runs on
    over the city, which the gazetteers know (a capital or a listed city); the name without it stays an
    alias ("Ecuadorean Embassy"), and the city is a PLACE too (`accords.stages.entities`). A lower-case
    "embassy in Baku" is left alone: the dev gold of the state press records no body for most."""
    if end != head + 1 or doc[head].lower_ not in _MISSION_HEADS or not is_capitalised(doc[head]):
        return end
    first = end + (end < len(doc) and doc[end].lower_ == "in")
    for size in (3, 2, 1):  # "Port-au-Prince" is one token, "Mexico City" two
        if first + size <= len(doc) and all(is_capitalised(t) for t in doc[first:first + size]) \
                and place_country(doc[first:first + size].text) is not None:
            return first + size
    return end


def _state_tail(doc: Doc, end: int) -> tuple[int, str | None]:
    """A body's name goes on with its state's formal name: "Ministry of Foreign Affairs | of the
    Republic of Azerbaijan", "State Oil Company | of the Republic of Azerbaijan", "Central Bank |
    of the Islamic Republic of Iran". Only "of the" and a name of two or more words that is a
    state's own name, so "of the region" or "of the Azerbaijani side" end nothing new. Returns
    the new end and the state's ISO3 code (the old end and None when there is no such tail)."""
    n = len(doc)
    if end + 3 >= n or doc[end].lower_ != "of" or doc[end + 1].lower_ != "the":
        return end, None
    for k in range(min(n, end + 8), end + 3, -1):  # the longest name first
        code = _country_name(doc[end + 2:k].text)
        if code is not None:
            return k, code
    return end, None


#: Words of a state's formal name ("Islamic Republic of Iran Railways", "Kingdom of Saudi Arabia ...").
_STATE_FORMS = frozenset({"republic", "kingdom", "federation", "emirate", "emirates", "sultanate", "state", "states"})


def _formal_state_start(doc: Doc, start: int) -> int:
    """Where an organisation name starts when a formal state name opens it: "Islamic Republic
    of | Iran Railways" starts at "Islamic" (the country long form belongs to the name)."""
    if start < 2 or doc[start - 1].lower_ != "of" or doc[start - 2].lower_ not in _STATE_FORMS:
        return start
    first = start - 2
    while first > 0 and start - first < 5 and is_capitalised(doc[first - 1]) and doc[first - 1].tag_ in ("NNP", "JJ"):
        first -= 1  # "Islamic", "Democratic", "United"
    return first if is_capitalised(doc[start - 2]) else start


#: Heads of a government-to-government body written in lower case ("the joint banking committee").
BODY_HEADS = frozenset({"commission", "committee"})
#: Bodies named "... on <subject>": "House Select Committee on Intelligence", "Council on Foreign Relations".
_ON_HEADS = frozenset({"committee", "subcommittee", "council", "commission"})


def _country_name(text: str) -> str | None:
    """ISO3 when `text` is a country's name (not an adjective, which may go on: "of the Iraqi Kurdistan region")."""
    found = country_by_alias(text)
    return found[0] if found is not None and found[1] == "name" else None


def _capital_of(text: str) -> str | None:
    found = country_by_alias(text)
    return found[0] if found is not None and found[1] == "capital" else None


def _place_or_country(text: str) -> str | None:
    return country_of(text) or place_country(text)
