"""Meeting series named by their format: "the Negev format", "this important Aqaba/Sharm format", "the
Normandy format".

A series of meetings of the same states is named after the place it first met at and the word
"format" ("convening a meeting soon in this important Aqaba/Sharm format"): the name is an EVENT_NAME
(tests/gold/README.md, twenty-seventh session), and the place inside it is no place of its own there
(it stays one where the text names it elsewhere), as the towns of `accords.entities.towndocs` are.
The words before "format" must be capitalised names joined by a slash or a hyphen at most, one of them
a place the gazetteers or the model know, after a determiner and lower-case adjectives: "a virtual
format", "the 3+3 format", "the B9 format" and "the Strategic Consultative Group format" name none.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.towndocs import is_town

#: Words that open the phrase: "in the Negev format", "in this important Aqaba/Sharm format".
_DETERMINERS = frozenset({"the", "this", "that", "its", "their"})
#: Joiners of two places' names inside one format's name: "Aqaba/Sharm", "Aqaba-Sharm".
_JOINERS = frozenset({"/", "-", "\u2013"})
#: How many place names a format joins, at most.
_MAX_PLACES = 3
#: The model's labels of a place (or of a place it took for a body: "the Negev" tagged ORG).
_PLACE_LABELS = frozenset({"GPE", "LOC", "FAC", "ORG"})


def _place_word(token: Token) -> bool:
    return token.is_alpha and token.is_title and token.tag_ == "NNP"


def meeting_formats(doc: Doc) -> list[Candidate]:
    """EVENT_NAME candidates for meeting series named "<place> format" (see the module docstring)."""
    found = []
    for head in doc:
        if head.lower_ != "format" or not head.is_lower or head.i == 0:
            continue
        start, places = head.i, 0
        i = head.i - 1
        while i > 0 and doc[i].is_space and "\n\n" not in doc[i].text:
            i -= 1  # "the Negev\nformat": a hard line break
        while i >= 0 and _place_word(doc[i]) and places < _MAX_PLACES:
            start, places = i, places + 1
            joiner = doc[i - 1] if i >= 2 else None
            if joiner is None or joiner.text not in _JOINERS or joiner.whitespace_ or doc[i - 2].whitespace_:
                break
            i -= 2
        words = [t for t in doc[start:head.i] if t.is_alpha]
        if not words or not any(t.ent_type_ in _PLACE_LABELS or is_town(t.text) for t in words):
            continue
        j = start - 1
        while j >= 0 and (doc[j].is_space or (doc[j].is_lower and doc[j].tag_ == "JJ")):
            j -= 1
        if j < 0 or doc[j].lower_ not in _DETERMINERS:
            continue
        name = " ".join(doc[start:head.i + 1].text.split())  # "the Negev\nformat": a hard line break inside
        found.append(Candidate(start, head.i + 1, "EVENT_NAME", name, PATTERN, source="pattern:format"))
    return found
