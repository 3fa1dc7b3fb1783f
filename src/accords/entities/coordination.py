"""Where a coordination joins two names rather than sitting inside one.

The head-noun patterns read a name leftwards from its head across capitalised words, commas
and "and", so that "Trade and Development Bank" or "Gentry Group, LLC" stay whole. The same
walk glues two companies listed side by side into one ("Blue Origin, Sierra Nevada
Corporation", "Ceres Robotics and Tyvak Nano-Satellite Systems Inc", "SBI and ICICI Bank").
spaCy's NER, which sees the whole sentence, marks such a list as separate entities, while it
tags a name with "and" inside as one ("Food and Drug Administration"): a connector between the
end of one named entity and the start of the next is a boundary between two names.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.tokens import is_capitalised
from accords.gazetteer.portfolios import PORTFOLIO_WORDS

#: Entity kinds of spaCy that are names of their own. Not NORP: "Iranian and Turkish (Chambers)"
#: share a head noun.
_NAME_KINDS = frozenset({"ORG", "PERSON", "GPE", "LOC", "FAC", "LAW", "PRODUCT", "EVENT", "WORK_OF_ART"})


def separates_names(doc: Doc, i: int, head: int) -> bool:
    """Whether the connector at token `i` (a comma, "and", "&") stands between two of spaCy's
    named entities of one kind: one ending right before it, another starting right after it, with a word of
    its own before the `head` noun ("Development Plan and | Roadmap" share their modifiers).
    A portfolio word before the connector lists the fields of one body, which the model splits
    too ("Transport, Communications and High Technologies Ministry")."""
    if i == 0 or i + 1 >= head or doc[i].ent_iob_ != "O" or doc[i - 1].lower_ in PORTFOLIO_WORDS:
        return False
    # a serial comma is part of the connector: "Google, Amazon, | and Microsoft Corporation"
    left = i - 2 if doc[i].lower_ in ("and", "&") and doc[i - 1].text == "," and i >= 2 else i - 1
    right = i + 2 if doc[i].text == "," and doc[i + 1].lower_ in ("and", "&") else i + 1
    if right >= head or doc[left].lower_ in PORTFOLIO_WORDS:
        return False
    before, after = doc[left], doc[right]
    # of one kind: a list names like things; "Tropical Forest (ORG) and Coral Conservation Act (LAW)"
    # is one law the model cut in two
    return (before.ent_iob_ in ("B", "I") and before.ent_type_ in _NAME_KINDS
            and after.ent_iob_ == "B" and after.ent_type_ == before.ent_type_)


def joins_capitalised(doc: Doc, i: int, limit: int) -> bool:
    """Whether the connector at token `i` joins a capitalised word on its left, directly or past
    the comma of a serial list of three or more ("Cultural Heritage, Tourism, and Handicrafts
    Organization", "Industry, Mining, and Trade Ministry"): the walk goes on leftwards from it,
    down to `limit`. One comma before "and" is no list inside a name ("the Department of Homeland
    Security, and National Security Council" are two bodies)."""
    if is_capitalised(doc[i - 1]):
        return True
    if not (doc[i].lower_ in ("and", "&") and doc[i - 1].text == "," and i - 2 >= limit):
        return False
    j = i - 2
    while j >= limit and is_capitalised(doc[j]):
        j -= 1  # the item before the serial comma; a list has one more comma before it
    return j < i - 2 and j - 1 >= limit and doc[j].text == "," and is_capitalised(doc[j - 1])


def tail_list_end(doc: Doc, start: int, last: int) -> int:
    """The end of a name's tail read rightwards from `start` to token `last`: a comma inside it must
    begin a list closed by "and" ("Commission for Science, Technology and Innovation"); a comma with
    no "and" after it, where the walk ended at a word or a stop, ends the name before it ("State
    Agency for Public Service and Social Innovations, Azer News reported": the news agency is a name
    of its own). Where an "and", a serial comma or a line break ended the walk, the list went on
    ("Chamber of Commerce, Industries, Mines and Agriculture") and the name stays as read."""
    after = doc[last + 1] if last + 1 < len(doc) else None
    if after is not None and (after.is_space or after.lower_ in ("and", "&") or "\n" in doc[last].whitespace_
                              or (after.text == "," and last + 2 < len(doc) and doc[last + 2].lower_ in ("and", "&"))):
        return last + 1
    commas = [k for k in range(start, last) if doc[k].text == ","]
    if commas and not any(doc[k].lower_ in ("and", "&") for k in range(commas[-1], last)):
        return commas[-1]
    return last + 1


#: Nouns after a name that make it a company's ("Jefferies analyst", "WeWork spokesperson",
#: "Burisma's shares"), where spaCy read the unknown name as a place.
_COMPANY_CUES = frozenset({"analyst", "analysts", "spokesperson", "spokesman", "spokeswoman", "shares",
                           "shareholders", "employees", "ceo", "founder", "co-founder"})


def company_cue(doc: Doc, end: int) -> bool:
    """Whether a company's noun follows the name ending at token `end`, directly or after a
    possessive: the text's own words say the name is a company's."""
    if end < len(doc) and doc[end].tag_ == "POS":
        end += 1
    return end < len(doc) and doc[end].lower_ in _COMPANY_CUES
