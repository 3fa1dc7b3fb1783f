"""Documents named after a town, and documents whose name joins two names with a slash.

- "the Minsk agreements", "the Ashgabat agreement", "the Sochi accord": a town the gazetteers know
  and an agreement's head written in lower case, after "the", name one document (the gold's
  DOCUMENT "Minsk agreements"); the town inside it is no place of its own there (it stays one
  where the text names it elsewhere). An agreement, accord or deal of one town is one document
  however the text calls it ("the Sochi agreement" ... "the Sochi accord" ... "the Sochi deal": one
  DOCUMENT, the other names its aliases); a town's declaration or protocol is another.
- "the Belfast/Good Friday Agreement", "the National HIV/AIDS Strategy": a capitalised document whose
  name joins two names with a slash is one document, both names in it ("Good Friday" alone is no
  name the patterns read: a day's word ends a name's modifiers).

`accords.entities.patterns.head_names` calls both for the document heads it visits.
"""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.tokens import is_capitalised
from accords.gazetteer.places import known_by_alias, place_country

#: Lower-case heads that make "the <town> <head>" a named document ("the Minsk agreements"), with the
#: head of the document they name: a town's agreement, accord and deal are one.
_TOWN_DOCUMENTS = {"agreement": "agreement", "agreements": "agreement", "accord": "agreement", "accords": "agreement",
                   "deal": "agreement", "deals": "agreement", "declaration": "declaration", "protocol": "protocol"}
TOWN_DOCUMENT_HEADS = frozenset(_TOWN_DOCUMENTS)

#: Words of a slash-joined name before the head, at most ("Belfast/Good Friday Agreement": 3).
_MAX_SLASH_WORDS = 4


def is_town(text: str) -> bool:
    """A town or region the gazetteers know as a place ("Sochi", "Bandar Abbas", "Astara")."""
    known = known_by_alias(text)
    return place_country(text) is not None or (known is not None and known.type == "PLACE")


def town_document(doc: Doc, head: int) -> list[Candidate]:
    """"the Minsk agreements": "the", a capitalised town and a lower-case agreement's head."""
    token = doc[head]
    if token.lower_ not in TOWN_DOCUMENT_HEADS or not token.is_lower or head < 2:
        return []
    town, the = doc[head - 1], doc[head - 2]
    if the.lower_ != "the" or not is_capitalised(town) or not town.is_alpha or not is_town(town.text):
        return []
    return [Candidate(head - 1, head + 1, "DOCUMENT", doc[head - 1:head + 1].text, PATTERN,
                      canonical=f"{town.text} {_TOWN_DOCUMENTS[token.lower_]}", source="pattern:town-document")]


def slash_start(doc: Doc, head: int) -> int | None:
    """The first token of a document's name that joins two names with a slash
    ("Belfast/Good Friday Agreement" from its head "Agreement"); None when there is none."""
    i = head - 1
    while i >= 0 and head - i <= _MAX_SLASH_WORDS and doc[i].is_alpha and is_capitalised(doc[i]):
        i -= 1
    if i == head - 1 or i < 1 or doc[i].text != "/":
        return None
    before = doc[i - 1]
    if before.whitespace_ or doc[i].whitespace_ or not before.is_alpha or not is_capitalised(before):
        return None
    start = i - 1
    while start > 0 and i - start < _MAX_SLASH_WORDS and doc[start - 1].is_alpha and is_capitalised(doc[start - 1]) \
            and doc[start - 1].lower_ != "the" and not doc[start - 1].is_sent_start:
        start -= 1  # "National HIV/AIDS Strategy"
    return start
