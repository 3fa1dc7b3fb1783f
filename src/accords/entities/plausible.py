"""Whether a span spaCy's small model tagged is plausibly the organisation or person it says:
the checks `accords.entities.candidates.spacy_candidates` keeps or drops its spans by (a body's
head word, Title Case phrases of common words, a title's portfolio, particles inside names).
"""

from __future__ import annotations

import re

from spacy.lang.en.stop_words import STOP_WORDS
from spacy.tokens import Doc, Span, Token

from accords.entities.placecues import FEATURE_HEADS, SETTLEMENT_HEADS
from accords.entities.lexicon import (
    COMPANY_SUFFIXES, DOCUMENT_HEADS, EVENT_HEADS, GENERIC_ORG_WORDS, NAME_PARTICLES, radio_term, NOT_PERSONS, ORG_HEADS, TITLE_HEADS, TITLE_WORDS,
)
from accords.gazetteer import countries as country_table
from accords.gazetteer import places as place_table
from accords.gazetteer.media import MEDIA_NAME
from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.nlp import doc_text


def _opens_a_title(span: Span) -> bool:
    """Whether the span runs on into a title: capitalised words, commas and "and" up to a
    capitalised "Minister" ("Iranian Industry, Mining and Trade Minister")."""
    doc = span.doc
    for token in doc[span.end:min(len(doc), span.end + 6)]:
        if token.lower_ == "minister" and token.text[:1].isupper():
            return True
        if not (token.text in (",", "&") or token.lower_ == "and" or (token.is_alpha and token.text[:1].isupper())):
            return False
    return False


def _office_in_name(span: Span, token: Token) -> bool:
    """"General" ending an office inside an organisation's name: "Office of the Inspector
    General", "Attorney General's Office" (a capitalised word before it, an organisation head
    in the span)."""
    return (token.lower_ == "general" and token.i > span.start and span.doc[token.i - 1].text[:1].isupper()
            and any(t.lower_ in ORG_HEADS for t in span))


def _portfolio_of_title(span: Span, words: list[Token]) -> bool:
    """What an office covers, after its title and "of" or "for" (and "the"): one word
    ("Minister of Labor", "Secretary of State", "Secretary of the Treasury"), or portfolio words
    only ("Commissioner for | International Partnerships", "Commissioner for | Neighbourhood and
    Enlargement"). No body of its own."""
    doc, i = span.doc, span.start - 1
    article = i >= 0 and doc[i].lower_ == "the"  # "Speaker of the Senate": the body itself
    if article:
        i -= 1
    portfolio = all(t.lower_ in PORTFOLIO_WORDS for t in words if t.is_alpha)
    if (words[-1].text == "Affairs" or (span.end < len(doc) and doc[span.end].text == "Affairs")) \
            and not any(t.lower_ in ORG_HEADS for t in words):  # "Director of the Office of Intergovernmental Affairs"
        # "Assistant Secretary for | Western Hemisphere (Affairs)", "Deputy Foreign Minister for Asia, the
        # Pacific, and | Commonwealth Affairs": the area an office covers, back over the series before it
        k = span.start - 1
        while k > span.start - 12 and k >= 0 and (doc[k].text in (",", "&") or doc[k].lower_ in ("and", "the")
                                                   or (doc[k].is_alpha and doc[k].text[:1].isupper())):
            k -= 1
        if k >= 1 and doc[k].lower_ in ("of", "for") and doc[k - 1].lower_ in TITLE_WORDS:
            return True
    return (i >= 1 and doc[i].lower_ in ("of", "for") and doc[i - 1].lower_ in TITLE_WORDS
            and (portfolio or (len(words) == 1 and not article)))


#: Words of a company's or a bank's governing bodies (`GENERIC_ORG_WORDS` holds them too).
_GOVERNING = frozenset({"management", "supervisory", "executive", "directors", "trustees"})


def plausible_org(span: Span, text: str) -> bool:
    """spaCy ORGs are kept when they have an organisation head word, or look like a proper name.

    Bare all-capital acronyms ("ICT") and Title Case phrases of common words ("Digital
    Economy", "ICT Cooperation") are dropped: the small model tags them ORG far too often.
    """
    # "Macy's": the name's own "'s" at its end (`accords.entities.candidates`) is no word of it
    words = [t for t in span if not t.is_punct and not (t.tag_ == "POS" and t.i == span.end - 1)]
    if not words or "/" in text or text.islower() or text.startswith("@"):
        return False  # "EF/MA": editors' initials at the end of an article; "multilateral development bank"; a handle
    if all(country_table.country_by_alias(part) is not None for part in text.replace("\u2013", "-").split("-")):
        return False  # "Armenia-Azerbaijan (borders)": the countries, matched on their own; "Azeris"
    if any(t.lower_ in TITLE_WORDS and t.lower_ not in ORG_HEADS and not _office_in_name(span, t) for t in words):
        return False  # "Rear Admiral Khanzadi"
    if words[0].lower_.endswith("s") and words[0].lower_[:-1] in TITLE_HEADS:
        return False  # "Heads of Government of India", "Ministers of ...": people by their office
    if all(t.lower_ in GENERIC_ORG_WORDS for t in words):
        return False  # "Armed Forces", "Navy", "Islam"
    if any(t.lower_ in _GOVERNING for t in words) and all(
            t.lower_ in _GOVERNING or t.lower_ in ORG_HEADS or t.lower_ in ("of", "the") for t in words):
        return False  # "the Board of Directors", "Management Board": a body inside a member's title
    if len(words) == 1 and words[0].lower_ in _BARE_NOUNS:
        return False  # "the Alliance", "the Summit": a noun that refers back to a body or meeting
    end = span.end
    if len(words) == 1 and end < len(span.doc) and span.doc[end].lower_ in TITLE_HEADS \
            and span.doc[end].text[:1].isupper():
        return False  # "Commerce | Secretary Gina Raimondo", "National | Leader": part of a title
    if _portfolio_of_title(span, words):
        return False  # "Minister of Labor", "Secretary of State", "Commissioner for Neighbourhood and Enlargement"
    if words[-1].lower_ in ("index", "average"):
        return False  # "Hang Seng Index", "Dow Jones Industrial Average": a market's measure, no body
    if words[-1].lower_ in ("delegation", "delegations"):
        return False  # "the U.S. Presidential Delegation": people sent on one trip, no body (no dev gold records one)
    if bare_head(words):
        return False  # "the Administration", "the Court": a head noun alone names no body
    if radio_term([t.lower_ for t in span.doc[span.start:min(len(span.doc), span.end + 1)]]):
        return False  # "Radio Frequency (RF) components", "Open Radio Access Network": a technology's name
    if any(t.lower_ in ORG_HEADS for t in words):
        return True
    if len(words) >= 2 and _written_lower(span.doc, text):
        return False  # "advanced Artificial Intelligence (AI) systems" beside "for artificial intelligence"
    if _opens_a_title(span):
        return False  # "Iranian Industry | , Mining and Trade Minister": the portfolio of a title
    if len(words) == 1 and words[0].text.isupper():
        return False
    if any(t.tag_ not in ("NNP", "NNPS") for t in words):
        return False
    return all(not t.is_lower for t in words) and not any(t.lower_ in _COMMON_TITLE_WORDS for t in words)


def glued_at_comma(span: Span) -> bool:
    """Whether a comma inside the span joins words that make no one name: a name runs on past a
    comma only in a series that "and" closes ("Ministry of Industry, Mining and Trade", "Iran
    Chamber of Commerce, Industries, Mines and Agriculture"), before "the" ("Gavi, the Vaccine
    Alliance") or a company's suffix ("Lockheed Martin, Inc."). Else the model ran two names, a
    list of words or a sentence's opening word into one ("Department of Home Affairs, National
    Cyber Security"; "Determined, Resilient, Empowered"; "Today, Senior Biden-Harris Administration")."""
    commas = [t.i for t in span if t.text == ","]
    if not commas:
        return False
    if listed_names(span):
        return True
    doc = span.doc
    after = doc[commas[-1] + 1:span.end]
    if not len(after) or after[0].lower_ in COMPANY_SUFFIXES or after[0].lower_ == "the":
        return False
    # the series goes on past the span's end ("Ministry of Education, Culture, Research | , and Technology")
    closed = any(t.lower_ in ("and", "&") for t in doc[span.end:span.end + 2])
    return not closed and not any(t.lower_ in ("and", "&") for t in after)


#: Head nouns that end a body's name in a list of bodies: an organisation's, and a civic group's.
_LIST_HEADS = ORG_HEADS | frozenset({"coalition", "league", "alliance", "society", "trust", "club", "caucus", "commission"})


def listed_names(span: Span) -> list[tuple[int, int]]:
    """The token ranges of the names a span runs together at commas when each piece is a body's
    name of its own: two words at least, the last an organisation's head noun ("Sikh Coalition,
    Southern Poverty Law Center" from a list that "and" closes). A series of one-word portfolios
    ("Ministry of Education, Culture, Research") is one name; [] then."""
    pieces, start = [], span.start
    for token in [*(t for t in span if t.text == ","), None]:
        end = span.end if token is None else token.i
        words = [t for t in span.doc[start:end] if not t.is_space]
        if len(words) < 2 or not words[-1].text[:1].isupper() or words[-1].lower_ not in _LIST_HEADS:
            return []
        pieces.append((words[0].i, words[-1].i + 1))
        start = end + 1
    return pieces


def _written_lower(doc: Doc, text: str) -> bool:
    """Whether the text also writes the phrase in lower case, word for word ("artificial
    intelligence", "critical minerals"): a common noun phrase set in Title Case (a heading, a
    defined acronym's words), no name. A name is never written so ("Hamas", "Daily Sabah")."""
    lower = text.lower()
    return lower != text and re.search(rf"(?<![\w-]){re.escape(lower)}(?![\w-])", doc_text(doc)) is not None


#: Nouns a text uses alone for a body it named before ("the Alliance" for NATO, "the Coalition").
_BARE_NOUNS = frozenset({"alliance", "coalition", "partnership", "initiative", "partners", "allies", "summit",
                         "forum", "conference", "dialogue"})


def bare_head(words: list[Token]) -> bool:
    """One word that is an organisation's, a document's or a meeting's head noun ("Administration",
    "Secretariat", "Court", "Treaty", "Agreement", "Summit"): it refers back to a body, a text or a
    meeting, or is what is left of a longer name ("Columbia River | Treaty"); it names none.
    "Majlis" and "Congress" are parliaments' own names."""
    return (len(words) == 1 and words[0].lower_ in ORG_HEADS | DOCUMENT_HEADS | EVENT_HEADS
            and words[0].lower_ not in _OWN_NAMES)


#: Head nouns that alone are a body's own name: the Iranian and the US parliaments.
_OWN_NAMES = frozenset({"majlis", "congress"})



_COMMON_TITLE_WORDS = frozenset({"cooperation", "economy", "digital", "technology", "development",
                                 "transformation", "security", "energy", "trade", "investment"})


#: Tags of words that never sit inside a personal name past its first word (prepositions,
#: conjunctions, determiners, pronouns); name particles ("al", "bin", "de") are allowed.
_FUNCTION_TAGS = frozenset({"IN", "CC", "DT", "TO", "PRP", "PRP$", "WDT", "WP"})


def plural_people(word: str) -> bool:
    """"Turkmens", "Afghans": the plural of a country's demonym names a people, no person."""
    if not word.endswith("s"):
        return False
    found = country_table.country_by_alias(word[:-1])
    return found is not None and found[1] == "demonym"


def people_word(doc: Doc, word: str) -> bool:
    """"Uyghurs" beside "Uyghur workers", "Uyghur" beside "Uyghurs": a single word the text also writes
    with and without a plural "s" names a people (its members, its adjective), no place or body. Names
    the gazetteers know ("Houthis" and "Houthi", the armed group) are left alone, and a form written
    only inside a capitalised name counts for nothing ("Time" beside "Tehran Times": `_written_alone`)."""
    if " " in word or len(word) < 4 or not word[:1].isupper() or not word.isalpha():
        return False
    single, plural = (word[:-1], word) if word.endswith("s") else (word, word + "s")
    if any(place_table.known_by_alias(w) is not None or country_table.country_by_alias(w) is not None
           for w in (single, plural)):
        return False
    text = doc_text(doc)
    return _written_alone(text, single) and _written_alone(text, plural)


#: A capitalised word and spaces right before a word: the word goes on a name ("Tehran | Times").
_NAME_WORD_BEFORE = re.compile(r"([A-Z][\w.'\u2019&-]*)[ \t]+$")


def _written_alone(text: str, word: str) -> bool:
    """Whether `text` writes `word`; a word that ends names of news media ("Times", "Post") only where
    it stands outside a capitalised name, with no capitalised word right before it but a function
    word: "Times" of "Tehran Times" is a word of the newspaper's name, no plural of the magazine
    "Time" (while "Nations" of "United Nations" still makes "Nation" a people's word)."""
    if MEDIA_NAME.fullmatch(word) is None:
        return re.search(rf"\b{word}\b", text) is not None
    for match in re.finditer(rf"\b{word}\b", text):
        before = _NAME_WORD_BEFORE.search(text, max(0, match.start() - 40), match.start())
        if before is None or before.group(1).lower() in STOP_WORDS:  # "The Uyghurs", "Many Uyghurs"
            return True
    return False


#: Nouns of meetings and the office noun "head" that end no person's name (surnames "Fair", "King" are left out).
_NO_SURNAMES = frozenset({"summit", "conference", "forum", "meeting", "cup", "expo", "exhibition", "symposium",
                          "olympiad", "head"})


def plausible_person(span: Span, text: str) -> bool:
    # "Macy's": the name's own "'s" at its end (`accords.entities.candidates`) is no word of it
    words = [t for t in span if not t.is_punct and not (t.tag_ == "POS" and t.i == span.end - 1)]
    if not words or "/" in text or any(t.is_digit or t.like_num for t in words):
        return False
    if len(words) == 1 and (words[0].lower_ in NOT_PERSONS or plural_people(words[0].text)
                            or (len(text) >= 3 and text.isupper())):
        return False  # "Sender"; "Turkmens" (a people); "JUMPP" (an acronym)
    if any(t.tag_ in _FUNCTION_TAGS and t.lower_ not in NAME_PARTICLES for t in words[1:]):
        return False  # "Accessibility Across", "Ministry of Energy"
    if len(words) >= 2 and words[-1].tag_ == "NNPS" and words[-1].lemma_.lower() != words[-1].lower_:
        return False  # "Tribal Lands", "Medium Enterprises": a plural common noun ends no name
    if len(words) >= 2 and (words[-1].lower_ in ORG_HEADS or words[-1].lower_.removesuffix("s") in ORG_HEADS):
        return False  # "Appropriations Committees", "Security Council": a body's head noun ends no name
    if len(words) >= 2 and words[-1].lower_ in SETTLEMENT_HEADS | FEATURE_HEADS and words[-1].text[:1].isupper():
        return False  # "Charmshahr Industrial Town", "Sioux Falls": a settlement's noun ends no person's name
    if len(words) >= 2 and words[-1].lower_ in _NO_SURNAMES and words[-1].text[:1].isupper():
        return False  # "Davis Cup", "Principal Meeting", "TCCIMA Head": a meeting's or an office's noun ends no name
    # particles may sit inside a name, never at its ends: "Bashar al-Assad"
    return all(t.text[:1].isupper() or (t.lower_ in NAME_PARTICLES and 0 < k < len(words) - 1)
               for k, t in enumerate(words))


#: Words that make "<word> Law" a branch or a state of law, no law with a name ("Martial Law", "Federal Law").
_LEGAL_ADJECTIVES = frozenset({"martial", "federal", "public", "state", "international", "common", "civil", "criminal",
                               "sharia", "islamic", "basic", "constitutional", "case", "family", "natural",
                               "national", "humanitarian", "customary", "this", "that", "the", "new"})


def law_start(doc: Doc, start: int, head: int) -> int | None:
    """The first token of the law named "<words> Law" with `head` its "Law" and `start` the first
    modifier the head-noun pattern found, or None where the words name no law.

    "the Bipartisan Infrastructure Law" (the adjective the small model may tag JJ is taken in),
    "the Anti-Corruption Law"; not a branch of law ("Martial Law"), a law school ("Harvard Law
    School"), a law cited by its number ("Public Law 117-58") or a person ("David Law"); a list
    ("Julie Mao, Just Futures Law") keeps only its last name."""
    after = doc[head + 1] if head + 1 < len(doc) else None
    if after is not None and (after.text[:1].isupper() or after.like_num):
        return None
    while start > 0 and not doc[start - 1].is_sent_start:
        before = doc[start - 1]
        if before.tag_ == "JJ" and before.text[:1].isupper():
            start -= 1  # "Bipartisan" tagged as an adjective
        elif before.is_space and "\n\n" not in before.text and start > 1 and doc[start - 2].text[:1].isupper() \
                and doc[start - 2].is_alpha and doc[start - 2].tag_ in ("NNP", "JJ"):
            start -= 2  # a hard line break inside the name ("Bipartisan\n    Infrastructure Law")
        else:
            break
    commas = [i for i in range(start, head) if doc[i].text == ","]
    if commas:
        start = commas[-1] + 1
    words = [t for t in doc[start:head] if t.is_alpha]
    if not words or all(t.lower_ in _LEGAL_ADJECTIVES for t in words) or any(t.ent_type_ == "PERSON" for t in words):
        return None
    return start
