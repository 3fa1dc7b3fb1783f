"""A name that opens a sentence with its role in apposition after it: a person.

News introduces a source so: "Eswar Prasad, a trade professor at Cornell, said ...", "Jane Roe, the company's
chief economist, told ...". The small model often leaves such a name untagged where it opens a paragraph, or
takes an unfamiliar one for an organisation; the lower-case noun of a person's role after the comma ("professor",
"economist", "spokeswoman") says it is a person. The name is two or three capitalised words at a sentence's
start, none of them a country's name or adjective, an organisation's head or a title word; the role is a noun
of `PERSONAL_ROLES` within five words of the comma, before "at", "of", "for", "with", "who", "in" or a comma.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import ORG_HEADS, TITLE_WORDS
from accords.entities.patterns import country_of
from accords.gazetteer.places import known_by_alias
from accords.quotes.titles import TITLE_HEADS

#: Lower-case nouns of a person's role in news: the titles of office, and the trades of sources.
PERSONAL_ROLES = frozenset(w for head in TITLE_HEADS for w in head.split() if w not in ("prime", "foreign", "vice")) | {
    "economist", "analyst", "strategist", "researcher", "scientist", "lawyer", "attorney", "partner", "consultant",
    "fellow", "historian", "physician", "doctor", "author", "editor", "reporter", "journalist", "owner", "investor",
    "expert", "lecturer", "co-founder", "cofounder", "activist", "executive", "spokesperson",
    "correspondent", "columnist", "instructor", "teacher", "nurse", "surgeon", "psychologist", "engineer",
}
#: Words after the role that close its phrase: "professor | at Cornell", "economist | who".
_AFTER_ROLE = frozenset({"at", "of", "for", "with", "who", "in", "from", "on", ",", "and"})
_DETERMINERS = frozenset({"a", "an", "the"})


def _name_word(token: Token) -> bool:
    text = token.text
    return (token.tag_ == "NNP" and text[:1].isupper() and text[1:].replace("-", "").replace("'", "").islower()
            and len(text) > 1 and not country_of(text) and token.lower_ not in ORG_HEADS
            and token.lower_ not in TITLE_WORDS)


def appositive_people(doc: Doc) -> list[Candidate]:
    """PERSON candidates for names at a sentence's start with a person's role in apposition (module docstring)."""
    found = []
    for comma in (t for t in doc if t.text == ","):
        for size in (3, 2):
            start = comma.i - size
            if start < 0 or not all(_name_word(t) for t in doc[start:comma.i]):
                continue
            if not (doc[start].is_sent_start or (start > 0 and doc[start - 1].is_space)):
                continue
            name = doc[start:comma.i].text
            if all(t.ent_type_ == "PERSON" for t in doc[start:comma.i]):
                break  # the small model's own person, refined as such (`accords.entities.people`)
            if known_by_alias(name) is not None or not _role_follows(doc, comma.i + 1):
                continue
            found.append(Candidate(start, comma.i, "PERSON", name, PATTERN, source="pattern:apposition"))
            break
    return found


def _role_follows(doc: Doc, j: int) -> bool:
    """Whether a person's role follows, lower case, within five words: "a trade professor at"."""
    if j < len(doc) and doc[j].lower_ in _DETERMINERS:
        j += 1
    for k in range(j, min(len(doc) - 1, j + 5)):
        token = doc[k]
        if token.lower_ in PERSONAL_ROLES and token.is_lower and doc[k + 1].lower_ in _AFTER_ROLE:
            return True
        if token.is_punct and token.tag_ != "POS":
            return False
    return False
