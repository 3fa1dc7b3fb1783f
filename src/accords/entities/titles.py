"""Bodies named only inside a person's title: part of the title, no organisation of their own.

The gold's convention (docs/gold-format.md, "entities", settled in the thirtieth session): a state's
own office, ministry, department, council, committee, commission, secretariat, party or armed forces
named only inside a named person's title is part of the title, not an ORG. Three shapes carry it:

- a title, then the body after "of|for|at|to [the]", then the name: "U.S. Secretary of the
  Department of Health and Human Services, Xavier Becerra", "Director of the Office of the
  Foreign Affairs Commission, and Foreign Minister Wang Yi";
- the body, then a capitalised title, then the name: "Supreme National Security Council Secretary Ali
  Shamkhani", "National Security Council Senior Director for ... Juan Gonzalez";
- the name, a comma, then the title with the body, capitalised or not, closed by a comma or the
  sentence's end: "Blas Nunez-Neto, Assistant Secretary for Border and Immigration Policy at the
  Department of Homeland Security", "Nasser Kanaani, the spokesperson for the Iranian Foreign Ministry,",
  "Hassan Hemmati, who is a member of the Iranian Parliament's National Security ... Committee,".

Intergovernmental organisations and their organs, legislatures named whole, banks, agencies,
companies, associations and chambers named in a title stay organisations ("Secretary General of
CARICOM", "African Union Commission Chairperson", "Turkey's new Central Bank Governor", "Speaker of the
Iranian Parliament"); only names with an office word (`_OFFICE_WORDS`) and no canonical id are dropped.
A body is dropped only when every mention of it is inside a title: one named on its own elsewhere
("the White House hosted ...") stays an organisation.

In the White House's own texts, the White House before a staff title is the exception to the
body-before-title rule: "White House Domestic Policy Advisor Neera Tanden", "White House Coordinator for
the Middle East and North Africa Brett McGurk", "White House Social Secretary, Carlos Elizondo" are the
publisher's own staff, and the gold lists no White House for a White House text that names it only so
(seventeenth session: four files of the dev gold); named acting or as a place ("the White House
hosted", "at the White House") it stays (`staff_title_front`). In other outlets' texts the White House
is a third party, and the web news gold lists it wherever its press secretary is named.
"""

from __future__ import annotations

from collections.abc import Sequence

from spacy.tokens import Doc

from accords.entities.lexicon import TITLE_HEADS
from accords.gazetteer.organisations import igo_by_alias

#: Title nouns besides `TITLE_HEADS` that end a title before its body ("Politburo Member").
_MORE_TITLE_HEADS = frozenset({"member", "administrator", "secretary", "spokesman", "spokeswoman", "staffer",
                               "aide", "chairman", "co-chair", "undersecretary", "under-secretary"})
_HEADS = TITLE_HEADS | _MORE_TITLE_HEADS
#: Small words inside a title phrase ("Chair of the ...", "Assistant to the President and ...").
_GLUE = frozenset({"of", "for", "at", "to", "the", "and", "&", "on", "-", "’s", "'s"})
#: The words of a relative clause that puts a title after a name ("Hassan Hemmati, who is a member of ...").
_CLAUSE = frozenset({"who", "is", "was", "serves", "served", "as", "a", "an", "also"})
#: The prepositions that put a body after a title.
_LINKS = frozenset({"of", "for", "at", "to"})
#: Words that make a body an office of a government, legislature or party: only these are read as part
#: of a title. Companies, associations, agencies, chambers, banks and international organisations named
#: in a title stay organisations (the gold lists them: "Chairman of the Azerbaijan Tourism Association",
#: "Secretary General of CARICOM", "the president of the Federal Reserve Bank of New York").
_OFFICE_WORDS = frozenset({"department", "office", "administration", "caucus", "command", "commission",
                           "secretariat", "party", "committee", "council", "house", "ministry", "forces"})
#: First words of the organs of supranational unions, which stay organisations inside a title.
_SUPRANATIONAL = frozenset({"european", "eurasian"})
#: How far a title phrase may run from the body to the name.
_REACH = 24


#: The President's office, whose name opens the titles of his staff ("White House Press Secretary").
_STAFF_OFFICES = frozenset({"white house"})
#: Title nouns of a staff title after the office ("... Senior Advisor", "... Counsel").
_STAFF_HEADS = _HEADS | {"counsel", "adviser", "advisor", "coordinator", "czar"}


def published_by_white_house(source: str | None, url: str | None) -> bool:
    """Whether a text is the White House's own (its briefing room, by name or web domain)."""
    return bool((source and "white house" in source.lower()) or (url and "whitehouse" in url.lower()))


def staff_title_front(doc: Doc, name: str, end: int) -> bool:
    """Whether the office `name`, ending at token `end`, opens a staff title: "White House
    Domestic Policy Advisor", "White House Coordinator for ...": capitalised words (with "and",
    "of", "for", "the" between them) right after it, one of them a title noun. The caller asks
    only of the office's own texts (`published_by_white_house`)."""
    if " ".join(name.lower().split()).removeprefix("the ") not in _STAFF_OFFICES:
        return False
    i = end
    while i < len(doc) and doc[i].is_space and "\n\n" not in doc[i].text:
        i += 1
    k = i
    while k < len(doc) and k - i < 8 and (doc[k].text[:1].isupper() or doc[k].is_space
                                           or (doc[k].lower_ in ("and", "of", "for", "the") and k > i)):
        if doc[k].lower_ in _STAFF_HEADS and doc[k].text[:1].isupper():
            return True
        k += 1
    return False


def _title_word(doc: Doc, i: int) -> bool:
    """A token a title phrase may be made of: a capitalised word, a title noun, glue or a comma."""
    token = doc[i]
    if "\n\n" in token.text_with_ws:
        return False  # a paragraph ends the phrase
    if token.is_space or token.text == "," or token.lower_ in _GLUE or token.lower_ in _HEADS or token.lower_ in _CLAUSE:
        return True
    return token.text[:1].isupper() or token.like_num or token.lower_.endswith(("st", "nd", "rd", "th"))


def _has_head(doc: Doc, start: int, end: int, *, capitalised: bool) -> bool:
    """A title noun in [start, end), capitalised where asked: "Assistant Secretary", not "official" or
    "founder"; after a name and a comma the title may be lower case ("spokesman for ...")."""
    return any(doc[i].lower_ in _HEADS and (doc[i].text[:1].isupper() or not capitalised) for i in range(start, end))


def is_office(name: str) -> bool:
    """A government body's name of the kind titles carry ("Department of Homeland Security",
    "Small Business Administration", "U.S. Southern Command", "Chinese Communist Party"); an organ of an
    intergovernmental or supranational body is none ("African Union Commission", "Eurasian Economic
    Commission"): the gold records those in titles too."""
    words = name.replace(",", " ").split()
    if words and (words[0].lower() in _SUPRANATIONAL
                  or any(igo_by_alias(" ".join(words[:k])) for k in range(1, len(words)))):
        return False
    return any(word.lower() in _OFFICE_WORDS for word in words)


def in_title(doc: Doc, start: int, end: int, people: Sequence[tuple[int, int]]) -> bool:
    """Whether the body on tokens [start, end) sits inside the title of one of `people` (token spans):
    after a title head and before the name ("Senior Director ... at the National Security Council Juan
    González"), before a title head and the name ("Supreme National Security Council Secretary Ali
    Shamkhani"), or in a title after the name and a comma ("Leonid Slutsky, chairman of the Russian State
    Duma Committee for Foreign Affairs", "Hassan Hemmati, who is a member of the Iranian Parliament's ...")."""
    starts = {s for s, _ in people}
    ends = {e for _, e in people}
    # the title phrase around the body: title words on both sides, within one sentence
    left = start
    while left > 0 and start - left < _REACH and left not in ends and _title_word(doc, left - 1) \
            and not doc[left - 1].is_sent_end:
        left -= 1
    right = end
    while right < len(doc) and right - end < _REACH and right not in starts and _title_word(doc, right):
        right += 1
    appositive = left in ends and doc[left].text == ","  # "<name>, <title with the body>"
    if right in starts and " ".join(doc[start:end].text.lower().split()).removeprefix("the ") not in _STAFF_OFFICES \
            and _has_head(doc, end, right, capitalised=True):
        return True  # "<body> <title> <name>": "National Security Secretariat Secretary General Shigeru Kitamura"
    i = _link_before(doc, start, left)
    if i is None or not (doc[i].lower_ in _LINKS or (appositive and doc[i].text == ",")):
        return False
    if right in starts:  # "<title> of <body> <name>"
        return _has_head(doc, left, i, capitalised=True)
    # "<name>, <title> of|at <body>,", the title capitalised or not ("spokesman for the Iranian Foreign Ministry"),
    # closed by a comma or the sentence's end: not "President Rouhani, secretary of the ... Council and other officials"
    return appositive and _has_head(doc, left, i, capitalised=False) and _closed(doc, end)


def _closed(doc: Doc, end: int) -> bool:
    """Whether the title phrase closes after the body ending at token `end`: past a body it holds
    ("Parliament's National Security ... Committee"), a comma, a full stop, a semicolon or a paragraph."""
    k = end
    while k < len(doc) and ((doc[k].is_space and "\n\n" not in doc[k].text) or doc[k].lower_ in ("’s", "'s", "for", "of", "and", "the")
                            or doc[k].text[:1].isupper()):
        k += 1
    return k >= len(doc) or doc[k].text in (",", ".", ";", ")") or "\n\n" in doc[k].text


def _link_before(doc: Doc, start: int, left: int) -> int | None:
    """The token that links the body starting at `start` to the title before it, past "the" and a body
    that holds it ("of the Iranian Parliament's | National Security ... Committee"); None past `left`."""
    i = start - 1
    while i >= left and doc[i].lower_ == "the":
        i -= 1
    if i >= left and doc[i].lower_ in ("’s", "'s"):
        i -= 1
        while i >= left and (doc[i].text[:1].isupper() or doc[i].is_space):
            i -= 1
        while i >= left and doc[i].lower_ == "the":
            i -= 1
    return i if i >= left else None
