"""Where a personal name starts and ends beside a title (`accords.entities.people`).

- a sentence-opening adverb or a date word opens no title: "Today President Joseph R. Biden Jr.
  participated ..." has the title "President", not "Today President" (`title_opening`);
- a lower-case particle between capitalised name words is the name's: "Labor Minister Luis Miguel
  de Camps", "Mahmoud al-Zahar" (`particle_goes_on`);
- the word after the "and" of a portfolio ends the title, not opens the name: "Minister of Justice
  and Law Nestor Ivan Osuna" (`portfolio_closer`);
- a question's auxiliary and a capitalised portfolio's last word are no given names ("Will Warren
  continue ...?", "... for International Climate Policy John Podesta");
- a known given name the model left out before a name of two words is the name's first word: "Administrator
  of the Small Business Administration, Isabel | Casillas Guzman", a wrapped line (`wrapped_given_name`);
- a hyphened given name and a surname the model took for a body or a work is a person's name: "Marie-Claude
  Tremblay", "Marie-Hélène Bélanger" (`hyphened_given_name`);
- a bare surname after a capitalised title in mid-sentence is a name: "Speaker Pelosi", "FEMA Administrator
  Criswell" (`titled_surname`).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Span, Token

from accords.entities.lexicon import CALENDAR_WORDS, GENERATIONS, NAME_PARTICLES, ORG_HEADS, TITLE_WORDS
from accords.entities.tokens import is_capitalised
from accords.gazetteer.places import place_country
from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.quotes.given_names import gender_of_given_name, is_given_name
from accords.quotes.names import QUESTION_AUXILIARIES

#: Adverbs of time and sequence that open a sentence before a titled name ("Today President ...",
#: "Earlier Secretary ..."); the tagger calls some of them nouns, so they are listed.
_OPENING_ADVERBS = frozenset({"today", "yesterday", "tonight", "tomorrow", "earlier", "later", "meanwhile", "also",
                              "again", "then", "now", "here", "there", "recently", "afterwards", "subsequently",
                              "separately", "additionally", "finally", "previously"})


def title_tail(doc: Doc, i: int) -> bool:
    """Token i ends a capitalised title's portfolio that the small model ran into the name after it:
    "for International Climate Policy John Podesta" (a portfolio word after a capitalised word or
    "for", "of", "and")."""
    word = doc[i].lower_
    return (word in PORTFOLIO_WORDS or word == "policy") and doc[i].is_alpha and i > 0 and (
        is_capitalised(doc[i - 1]) or doc[i - 1].lower_ in ("for", "of", "and"))


def question_auxiliary(doc: Doc, i: int) -> bool:
    """Token i opens a question with an auxiliary: its sentence starts there (or after an
    interview's "Q:") and ends with "?"."""
    labelled = i >= 2 and doc[i - 1].text == ":" and doc[i - 2].text in ("Q", "Question") and doc[i - 2].is_sent_start
    if doc[i].lower_ not in QUESTION_AUXILIARIES or not (doc[i].is_sent_start or labelled):
        return False
    last = [t for t in doc[i].sent if not (t.is_space or t.is_quote)]
    return bool(last) and last[-1].text == "?"


def _no_title_word(token: Token) -> bool:
    """A word that opens no title: a date word ("Monday", "Today") or an adverb that opens the sentence."""
    lower = token.lower_
    if lower in TITLE_WORDS:
        return False
    return (lower in CALENDAR_WORDS or token.ent_type_ in ("DATE", "TIME")
            or ((token.is_sent_start or token.i == 0) and lower in _OPENING_ADVERBS))


def title_opening(doc: Doc, start: int, head: int) -> int:
    """The first token of a title found to start at `start` and end at the head `head`, past the
    date words and sentence-opening adverbs its left edge took in ("Today | President")."""
    while start < head and _no_title_word(doc[start]):
        start += 1
    return start


def particle_goes_on(doc: Doc, j: int, name_word: Callable[[Token], bool]) -> int:
    """Past a particle written in lower case at token j that a name word follows ("Luis Miguel
    | de Camps", "Mahmoud | al-Zahar"): the index of that name word; `j` when no particle is there."""
    n = len(doc)
    if j + 1 >= n or doc[j].lower_ not in NAME_PARTICLES or not doc[j].text.islower():
        return j
    if name_word(doc[j + 1]):
        return j + 1
    if (j + 2 < n and doc[j + 1].text == "-" and not doc[j].whitespace_ and not doc[j + 1].whitespace_
            and name_word(doc[j + 2])):
        return j + 2
    return j


def portfolio_closer(doc: Doc, start: int, words: int) -> bool:
    """The first of `words` (three or more) name words at `start` closes a portfolio joined by "and"
    ("Minister of Justice and | Law Nestor Ivan Osuna"): it follows "and" and is no given name."""
    return (words >= 3 and start > 0 and doc[start - 1].lower_ in ("and", "&")
            and gender_of_given_name(doc[start].text) is None)




def generation_end(doc: Doc, end: int) -> int:
    """The end of a name ending at `end` past a generational suffix written right after it, with or
    without a comma ("Joseph R. Biden | Jr.", "Surangel Whipps | , Jr."); `end` when there is none."""
    n = len(doc)
    i = end + 1 if end < n and doc[end].text == "," else end
    if i >= n or doc[i].lower_ not in GENERATIONS or not doc[i].text[:1].isupper():
        return end
    if doc[i].lower_ in ("jr", "sr") and i + 1 < n and doc[i + 1].text == ".":
        return i + 2
    return i + 1


def wrapped_given_name(doc: Doc, start: int) -> int:
    """The start of a name of two words or more starting at `start`, moved back over a known given name
    (`gender_of_given_name`) right before it that the model left outside any entity: "Isabel | Casillas
    Guzman", the given name ending a wrapped line (the parse has the line break as a space)."""
    i = start - 2 if start >= 2 and doc[start - 1].is_space else start - 1
    if i < 0:
        return start
    given = doc[i]
    gap = doc.text[given.idx + len(given.text):doc[start].idx]
    if gap.count("\n\n") or gap.strip() or given.ent_type_ or not (given.is_alpha and is_capitalised(given)) \
            or given.lower_ in TITLE_WORDS or gender_of_given_name(given.text) is None:
        return start  # a title before the name ("Her Majesty Queen | Rania Al Abdullah") is no given name
    return i


def hyphened_given_name(ent: Span) -> bool:
    """An ORG or WORK_OF_ART span of the model that is a hyphened given name and one or two surname
    words: "Marie-Claude Tremblay", "Anne-Marie Leclair", "Frank-Walter Steinmeier" (the small model
    calls a third of such names a body). Both given names are listed ones (`is_given_name`: not
    "Jean-François", whose "François" the lists lack), every word is capitalised and none is a body's
    head ("... Motor Company") or a country or place ("... Canada")."""
    words = list(ent)
    if ent.label_ not in ("ORG", "WORK_OF_ART") or not 4 <= len(words) <= 5 or words[1].text != "-":
        return False
    if words[0].whitespace_ or words[1].whitespace_ or words[0].lower_ == words[2].lower_ \
            or not (is_given_name(words[0].text) and is_given_name(words[2].text)):
        return False  # "Mai-Mai Yakutumba" (a militia), "Asia-Pacific Community", "Al-Aqsa Mosque"
    rest = [words[0], *words[2:]]
    return all(t.is_alpha and t.text[:1].isupper() and not t.text.isupper() and t.lower_ not in ORG_HEADS
               and t.lower_ not in TITLE_WORDS and place_country(t.text) is None for t in rest)


#: Heads of a title that also open a body's or a thing's name ("General Motors", "Premier League",
#: "Prince Edward"): no bare surname after them.
_NOT_SURNAME_HEADS = frozenset({"general", "premier", "prince", "king", "sultan", "emir"})
#: Endings of abstract nouns, no surname's: "Deputy Assistant to the President for Infrastructure Implementation".
_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ship", "ism", "ity", "ology")


def titled_surname(doc: Doc, head: Token, start: int, end: int) -> bool:
    """A bare surname right after a capitalised title in mid-sentence, which the small model leaves
    untagged: "the President and Speaker Pelosi spoke", "from FEMA Administrator Criswell", "from Under
    Secretary of Defense McCord". The word is a proper noun of three letters or more in title case
    (not an acronym) with no ending of an abstract noun ("for Infrastructure Implementation"), written
    nowhere in the text in lower case, with a word of the sentence before the title (a heading's
    "Secretary General" or a list's "Governor Walz" may open a line)."""
    if end != start + 1 or (end < len(doc) and doc[end].text in ("]", ")")):
        return False  # "[U.S. President Donald] Trump": an editor's bracket cuts the name
    token = doc[start]
    return (head.lower_ not in _NOT_SURNAME_HEADS and head.i > token.sent.start and len(token) >= 3
            and token.is_alpha and token.text[:1].isupper() and not token.text.isupper()
            and token.text[1:2].islower() and not token.lower_.endswith(_NOUN_ENDINGS)
            and not any(t.text == token.lower_ for t in doc))


def capitalised_word(token: Token) -> bool:
    """A capitalised word (letters only): after a run of name words it carries the run on, no name ends there."""
    return token.text[:1].isupper() and token.is_alpha
