"""People named right after the body that ends their title, inside one capitalised run that the
organisation pattern of `accords.entities.patterns` reads as the body's name.

- "Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmet Hajiyev":
  a second body head after "of", then two or three name words (`holder_after_body`);
- "the chairman of Turkmenistan's Union of Industrialists and Entrepreneurs Dovran Khudayberdiev ...
  Khudayberdiev, for his part, noted": a title right before the body, and the last two words a
  given name and a surname the text uses again alone (`holder_named_again`).
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import GENERIC_WORDS, ORG_HEADS, TITLE_HEADS
from accords.entities.tokens import is_capitalised
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import known_by_alias, place_country
from accords.gazetteer.portfolios import PORTFOLIO_WORDS

#: How many tokens before a body its holder's title head may stand ("chairman of Turkmenistan's | Union").
_TITLE_REACH = 5


def _country_of(text: str) -> str | None:
    found = country_by_alias(text)
    return found[0] if found is not None and found[1] in ("name", "demonym") else None


def holder_after_body(doc: Doc, start: int, head: int, end: int) -> Candidate | None:
    """The person whose long title ends in a body nested in another, written right after it:
    "Head of the Foreign Policy Affairs Department of the Presidential Administration Hikmet
    Hajiyev". The body's name must stand in a title ("Head of the ..."), a second body head must
    follow the first after "of", and two or three capitalised proper nouns that are no head,
    portfolio, country or known place must end the walk; they are the holder's name."""
    if start < 2 or doc[start - 1].lower_ not in ("of", "the") or not any(
            doc[k].lower_ in TITLE_HEADS for k in range(max(0, start - 3), start)):
        return None
    heads = [k for k in range(head + 1, end) if doc[k].lower_ in ORG_HEADS and is_capitalised(doc[k])]
    if not heads or not 2 <= end - heads[-1] - 1 <= 3:
        return None
    words = doc[heads[-1] + 1:end]
    if any(not (t.is_alpha and is_capitalised(t) and t.tag_ == "NNP") or t.lower_ in ORG_HEADS
           or t.lower_ in PORTFOLIO_WORDS or t.lower_ in GENERIC_WORDS or _country_of(t.text)
           or known_by_alias(t.text) is not None for t in words):
        return None
    return Candidate(words.start, end, "PERSON", words.text, PATTERN, source="pattern:holder-after-body")


def holder_named_again(doc: Doc, start: int, end: int) -> Candidate | None:
    """The person whose title ends in the body `doc[start:end]`, written right after it, when the
    text names that person again by the surname alone: a title head stands within a few tokens
    before the body ("Director-General of RMTP Office of ...", "the chairman of Turkmenistan's
    Union of ..."), and the last two words of the run are proper nouns that are no body, portfolio,
    country or place word, the last of them written again elsewhere in the text. The surname told
    again is what tells a person from the last words of a body's name."""
    heads = [k for k in range(max(0, start - _TITLE_REACH), start) if doc[k].lower_ in TITLE_HEADS]
    if end - start < 4 or not heads:
        return None
    given, surname = doc[end - 2], doc[end - 1]
    if not (_name_word(given) and _name_word(surname)) or not is_capitalised(doc[end - 3]):
        return None
    if not any(t.text == surname.text and not start <= t.i < end for t in doc):
        return None
    first = heads[0]
    while first > 0 and (is_capitalised(doc[first - 1]) or doc[first - 1].text == "-") and doc[first - 1].tag_ not in ("POS", "DT"):
        first -= 1  # "Deputy Chairman", "Director-General"
    title = " ".join(doc[first:end - 2].text.split())
    return Candidate(end - 2, end, "PERSON", doc[end - 2:end].text, PATTERN, title=title,
                     source="pattern:holder-named-again")


def _name_word(t: Token) -> bool:
    lower = t.lower_
    return (t.is_alpha and is_capitalised(t) and t.tag_ == "NNP" and lower not in ORG_HEADS and lower not in PORTFOLIO_WORDS
            and lower not in GENERIC_WORDS and lower not in TITLE_HEADS and _country_of(t.text) is None
            and place_country(t.text) is None and known_by_alias(t.text) is None)
