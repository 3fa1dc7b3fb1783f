"""The words of an organisation's voice in a reporting clause's subject: whose role it is ("A
Freedom Mobile spokesperson", "a spokesperson for Toronto Mayor John Tory"), the organisation's
name as the article writes it in full, and a subject phrase read as a name. Text only: no parse,
no entities (`accords.quotes.sources` resolves the speaker with them).
"""

from __future__ import annotations

import re

from accords.quotes.names import CAPITALISED
from accords.quotes.persons import ORGANISATION_NOUNS

DETERMINER = re.compile(r"^(?:the|a|an|this|that|these|those)\s+", re.IGNORECASE)
POSSESSIVE = re.compile(r"['’]s?$")


def may_be(noun_phrase: str, name: str) -> bool:
    """Whether "the ministry" may be the organisation `name`: its name holds that noun, or no
    organisation noun at all ("the union" for "UFCW Local 832"; never "the ministry" for the
    "European Commission")."""
    noun = noun_phrase.split()[-1].lower()
    nouns = {w.lower() for w in re.findall(r"[\w'’-]+", name)} & set(ORGANISATION_NOUNS)
    return not nouns or noun in nouns


def speaks_for(text: str, start: int, name_at: int, head: str) -> bool:
    """ "A spokesperson for Toronto Mayor John Tory": a person's own spokesperson, the name (and
    its titles) right after "for"; not "officials in Trump's administration"."""
    if head not in ("spokesperson", "spokesman", "spokeswoman"):
        return False
    return re.search(r"\bfor\s+(?:[A-Z][\w.'’-]*\s+){0,3}$", text[start:name_at]) is not None


def owner_words(phrase: str, head: str) -> str:
    """The organisation words of a role phrase: the capitalised words other than the role."""
    words = [m.group(0) for m in CAPITALISED.finditer(phrase)]
    words = [POSSESSIVE.sub("", DETERMINER.sub("", w)) for w in words if w.lower() != head]
    words = [w for w in words if w and w.lower() not in ("the", "a", "an") and not w.lower().startswith(head)]
    return max(words, key=len) if words else ""


def fullest_organisation(text: str, name: str) -> str:
    """An organisation's name as the article writes it in full, where the entity stage cut it
    ("Customs" of "Customs and Border Protection"): the longest "<name> and/of/for <Capitalised
    words>" the text holds at least twice, else the name."""
    found = re.findall(rf"\b{re.escape(name)}\s+(?:and|of|for|&)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)*", text)
    repeated = [f for f in set(found) if found.count(f) >= 2]
    return max(repeated, key=len) if repeated else name


def role_name(owner: str, role: str) -> str:
    """A role as shown: its organisation's words and the role word ("Freedom Mobile spokesperson")."""
    return f"{owner} {role}" if role else owner


def singular_role(head: str) -> str:
    """The role word of a plural head ("officials" → "official")."""
    return {"spokespeople": "spokesperson", "spokespersons": "spokesperson", "officials": "official",
            "representatives": "representative", "sources": "source"}.get(head, head)


def phrase_name(phrase: str) -> str:
    """The phrase as a name: no leading determiner or lower-case modifiers ("the 14th-ranked
    Schwartzman" → "Schwartzman"), no trailing possessive."""
    name = DETERMINER.sub("", phrase.strip())
    words = name.split()
    while len(words) > 1 and not words[0][:1].isupper() and any(w[:1].isupper() for w in words[1:]):
        words = words[1:]
    return POSSESSIVE.sub("", " ".join(words))


def bare_noun(phrase: str) -> bool:
    """Whether an organisation noun stands alone or after capitalised words only ("the union",
    "the Turkish company"), not after a common noun that makes it another one ("the utilities
    commission", "the production company")."""
    words = phrase.split()[1:-1]  # between the article and the noun
    return all(w[:1].isupper() for w in words)
