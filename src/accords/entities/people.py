"""People: spaCy's PERSON spans cleaned of honorifics, with titles and countries from context.

- pre-nominal titles: "Turkey's Digital Transformation Office President Ali Taha Koch" gives
  the title "Digital Transformation Office President" and the country TUR; "Iranian President
  Hassan Rouhani" gives "President" and IRN;
- appositions: "Ilham Aliyev, the President of Azerbaijan Republic," gives "President of
  Azerbaijan Republic" and AZE;
- honorifics: "Mr. Eng. Azari Jahromi" is "Azari Jahromi".

A one-word name with neither title nor honorific is marked `weak`: the linker keeps it only
when it is the surname of a fuller name in the article or recurs (spaCy's small model tags
many stray capitalised words PERSON).
"""

from __future__ import annotations

import dataclasses

from spacy.tokens import Doc, Span, Token

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.namebounds import particle_goes_on, portfolio_closer, question_auxiliary, title_opening, title_tail
from accords.entities.namebounds import capitalised_word, titled_surname, wrapped_given_name
from accords.entities.lexicon import (
    DOCUMENT_HEADS, EVENT_HEADS, HONORIFICS, NAME_PARTICLES, NOT_NAME_ENDS, ORG_HEADS, POLITY_WORDS, PROJECT_HEADS,
    SHORT_TITLES, TITLE_HEADS, TITLE_WORDS,
)
from accords.entities.patterns import MAX_NAME_TOKENS, country_of, is_capitalised
from accords.entities.postnominal import possessive_country, tail_country
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.organisations import igo_by_alias
from accords.gazetteer.places import place_country
from accords.gazetteer.us_states import is_us_georgia
from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.quotes.given_names import gender_of_given_name


def _is_honorific(doc: Doc, i: int) -> bool:
    return doc[i].lower_.rstrip(".") in HONORIFICS or doc[i].lower_ in HONORIFICS


def _title_head(token: Token) -> bool:
    """Whether `token` is a title's head: "President", "minister", a short title ("PM Khan"), "Crown Prince"."""
    return token.lower_ in TITLE_HEADS or token.text in SHORT_TITLES or " ".join(
        t.lower_ for t in token.doc[max(token.i - 1, 0):token.i + 2] if not t.is_space).find("crown prince") >= 0


def refine_person(doc: Doc, cand: Candidate) -> Candidate | None:
    """The person candidate with honorifics off, title and country found, or None if not a person."""
    start, end = cand.start, cand.end
    honorific = False
    title_tokens: tuple[int, int] | None = None
    # honorifics and titles spaCy put inside the span: "Mr. Rouhani", "President Rouhani"
    while start < end - 1 and (_is_honorific(doc, start) or doc[start].text == "."
                               or _title_head(doc[start])):
        if _title_head(doc[start]):
            title_tokens = (start, start + 1)
        else:
            honorific = True
        start += 1
    while end > start and (doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct):
        end -= 1
    if end - start >= 2 and question_auxiliary(doc, start):
        start += 1  # "Will Warren continue to face the heat?": the question's verb, not a given name
    while end - start >= 3 and title_tail(doc, start):
        start += 1  # "(Senior Advisor ... for International Climate) Policy John Podesta"
    if not honorific and title_tokens is None:  # given names the model left out, or one across a wrapped line
        start = _given_names(doc, start) if end - start == 1 else wrapped_given_name(doc, start)
    end = _family_name(doc, start, end)
    lead_country = None
    while end - start > 2 and country_of(doc[start].text):
        lead_country = country_of(doc[start].text)  # "(Prime Minister of) Georgia Giorgi Kvirikashvili"
        start += 1
    if end <= start or (end - start == 1 and (_is_honorific(doc, start) or _title_head(doc[start]))):
        return None
    if end - start >= 2 and doc[end - 1].lower_.removesuffix("s") in NOT_NAME_ENDS:
        return None  # "Policy Advisor", "Implementation Team", "Tribal Lands": a role or a thing, no surname
    if _is_byline(doc, start):
        return None
    i = start - 1
    # "Mr. Rouhani" ("Mr" "." as two tokens); a sentence's full stop before a name is none
    while i >= 0 and (_is_honorific(doc, i) or (doc[i].text == "." and i > 0 and _is_honorific(doc, i - 1))):
        honorific = True
        i -= 1
    country = None
    title = None
    if title_tokens is None and i >= 0 and _title_head(doc[i]):
        t_start, country = _title_left(doc, i)
        title_tokens = (t_start, i + 1)
    elif title_tokens is None and i >= 2 and doc[i - 1].lower_ in ("to", "in") and doc[i - 2].lower_ in TITLE_HEADS \
            and _is_place(doc[i].text):
        # "Kazakh Ambassador to Tehran Askhat Orazbay": the title names where the post is
        t_start, country = _title_left(doc, i - 2)
        title_tokens = (t_start, i + 1)
    elif title_tokens is None and i >= 2 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in TITLE_HEADS \
            and is_capitalised(doc[i - 2]) and is_capitalised(doc[i]) and doc[i].lower_ in PORTFOLIO_WORDS:
        # "Secretary of State Blinken", "Minister of Economy Jabbarov": a one-word portfolio after "of"
        t_start, country = _title_left(doc, i - 2)
        title_tokens = (t_start, i + 1)
    if title_tokens is not None:
        title = " ".join(doc[title_tokens[0]:title_tokens[1]].text.split())
        if country is None and title_tokens[0] > 0:
            country = _country_ending_at(doc, title_tokens[0] - 1)
    if title is None:
        title, apposition_country = _apposition(doc, end)
        country = country or apposition_country
    country = country or lead_country or _principal_country(doc, end) or _country_after(doc, end)
    name = " ".join(Span(doc, start, end).text.split())  # one space across a wrapped line
    weak = (end - start == 1 and title is None and not honorific)
    return dataclasses.replace(cand, start=start, end=end, name=name, title=title, country=country,
                               extra={"weak": weak})


#: Title heads a name may follow directly ("Trade Minister Mohammadreza Ne'matzadeh", "Taoiseach Leo Varadkar",
#: "Brazilian Presidential Advisor Celso Amorim").
_NAMING_HEADS = frozenset({"minister", "president", "premier", "ambassador", "envoy", "secretary", "chairman", "advisor", "adviser",
                           "chairwoman", "chairperson", "governor", "speaker", "general", "director-general", "secretary-general",
                           "chancellor", "king", "emir", "sultan", "prince", "mayor", "administrator",
                           "commissioner", "taoiseach", "tánaiste", "tanaiste"})


def titled_people(doc: Doc) -> list[Candidate]:
    """A name of two to four capitalised words right after a title, which the small model
    leaves untagged or tags as an organisation: "Trade Minister Mohammadreza Ne'matzadeh",
    "Minister of Industry, Mining and Trade Mohammad Reza Nematzadeh" (a portfolio of
    `PORTFOLIO_WORDS` after "of" ends where the name starts). The name must end the
    capitalised run (a following capitalised word makes it something else)."""
    found = []
    n = len(doc)
    for head in doc:
        if head.lower_ in _POSTED_HEADS:
            posted = _posted_person(doc, head.i)
            if posted is not None:  # "the Azerbaijani ambassador to Tehran Bunyad Hasanov"
                found.append(posted)
                continue
        if head.lower_ not in _NAMING_HEADS or not head.text[:1].isupper():
            continue
        j, office_country = _country_phrase(doc, head.i + 1)  # "President of the Republic of Azerbaijan Ilham Aliyev"
        if office_country is None and j < n and doc[j].lower_ in ("of", "for"):
            k = j + 1
            if k < n and doc[k].lower_ == "the":
                k += 1
            portfolio = k
            while k < n and ((doc[k].is_space and "\n\n" not in doc[k].text) or (doc[k].lower_ in PORTFOLIO_WORDS and (
                    doc[k].is_punct or doc[k].is_lower is False or doc[k].lower_ in ("and", "&")))):
                k += 1  # a wrapped line inside a long portfolio ("Environment, Forest\n    and Climate Change")
            if k == portfolio or not any(doc[x].is_alpha and doc[x].lower_ not in ("and",) for x in range(portfolio, k)):
                continue
            j, office_country = _country_phrase(doc, k)  # "Minister of Foreign Affairs of Uzbekistan Bakhtiyor Saidov"
        start = j
        words = 0
        while j < n and words < 4 and _name_word(doc[j]):
            j += 1
            words += 1
            if _glued_hyphen(doc, j):
                j += 2  # "Abdolhashem Hassan-Nia": the hyphenated surname is one word
            j = particle_goes_on(doc, j, _name_word)  # "Luis Miguel de Camps"
        if words == 1 and _portfolio_surname(doc, j):
            j, words = j + 1, 2  # "USAID Administrator Samantha Power"
        if portfolio_closer(doc, start, words):
            start, words = start + 1, words - 1  # "Minister of Justice and Law | Nestor Ivan Osuna"
        if not (2 <= words <= 4 or titled_surname(doc, head, start, j)) or (j < n and capitalised_word(doc[j])):
            continue
        cand = Candidate(start, j, "PERSON", doc[start:j].text, PATTERN, source="pattern:titled-person")
        refined = refine_person(doc, cand)
        if refined is None:
            continue
        if office_country is not None and refined.country is None:
            refined = dataclasses.replace(refined, country=office_country)
        if refined.title is None or refined.country is None:  # "Iranian Minister of Industry, ... Trade"
            t_start, country = _title_left(doc, head.i)
            refined = dataclasses.replace(refined, title=refined.title or " ".join(doc[t_start:start].text.split()),
                                          country=refined.country or country)
        found.append(dataclasses.replace(refined, priority=PATTERN, source="pattern:titled-person", extra={"weak": False}))
    return found


def _portfolio_surname(doc: Doc, j: int) -> bool:
    """Token j, a portfolio word after a common given name ending the capitalised run, is a surname: "Samantha Power"."""
    return (j < len(doc) and doc[j].lower_ in PORTFOLIO_WORDS and doc[j].is_title and doc[j].tag_ == "NNP"
            and not (j + 1 < len(doc) and doc[j + 1].text[:1].isupper()) and gender_of_given_name(doc[j - 1].text) is not None)


def _glued_hyphen(doc: Doc, j: int) -> bool:
    """Token j is a hyphen written without spaces between two name words ("Hassan-Nia"), or before the
    lower-case second syllable of a Korean given name ("Cho Tae-yong", "Moon Jae-in")."""
    return (0 < j < len(doc) - 1 and doc[j].text == "-" and not doc[j - 1].whitespace_ and not doc[j].whitespace_
            and (_name_word(doc[j + 1]) or _given_syllable(doc[j + 1])))


#: Lower-case words a hyphen glues to a name that make a compound, no given name ("Xi-led", "Biden-era").
_COMPOUND_ENDS = frozenset({"led", "era", "run", "born", "up", "like", "type", "made", "ist", "ism"})


def _given_syllable(token: Token) -> bool:
    """A short lower-case word after a glued hyphen: the second syllable of a given name ("yong", "in")."""
    return token.is_alpha and token.is_lower and 2 <= len(token.text) <= 4 and token.lower_ not in _COMPOUND_ENDS


#: Titles of an envoy posted to a state, a capital or a body, written in lower case as often as
#: not ("Iran's ambassador to Baku Abbas Mousavi", "UN mediator for Syria Staffan de Mistura", "attaché to Yerevan ...").
_POSTED_HEADS = frozenset({"ambassador", "envoy", "mediator", "representative", "consul", "consul-general", "attaché"})


def _posted_person(doc: Doc, head: int) -> Candidate | None:
    """The name right after "<envoy title> to|for|in <state, capital or international body>":
    two to four proper nouns (a particle inside: "Staffan de Mistura") that end the capitalised
    run, none of them a place, title or body word. The model glues the posting to the name
    ("Baku Abbas Mousavi" PERSON, "Syria Staffan de Mistura" ORG) or leaves it untagged.
    The person's country is the one before the title ("Azerbaijani ambassador", "Iran's
    envoy"), never the posting's."""
    n = len(doc)
    i = head + 1
    if i >= n or doc[i].lower_ not in ("to", "for", "in"):
        return None
    i += 1
    if i < n and doc[i].lower_ == "the":
        i += 1
    post = next((k for k in range(min(n, i + 4), i, -1) if _posting(doc[i:k].text)), None)
    if post is None:
        return None
    start = end = post
    while end < n and end - start < 7 and (_name_word(doc[end]) or (
            end > start and end + 1 < n and _name_word(doc[end + 1]) and (
                doc[end].lower_ in NAME_PARTICLES  # "Staffan de Mistura"
                or (doc[end].text == "-" and not doc[end - 1].whitespace_ and not doc[end].whitespace_)))):
        end += 1  # "Javad Qavam-Shahidi"
    words = [t for t in doc[start:end] if t.lower_ not in NAME_PARTICLES and t.text != "-"]
    if not 2 <= len(words) <= 4 or (end < n and doc[end].text[:1].isupper() and doc[end].is_alpha):
        return None
    cand = Candidate(start, end, "PERSON", doc[start:end].text, PATTERN, source="pattern:posted-person")
    refined = refine_person(doc, cand)
    if refined is None:
        return None
    t_start, country = _title_left(doc, head)
    title = " ".join(doc[t_start:start].text.split())
    return dataclasses.replace(refined, title=refined.title or title, country=refined.country or country,
                               priority=PATTERN, source="pattern:posted-person")


def _posting(text: str) -> bool:
    """A state, a capital, a known city or an international body ("Baku", "the UN", "SCO")."""
    return country_by_alias(text) is not None or place_country(text) is not None or igo_by_alias(text) is not None


def _country_phrase(doc: Doc, i: int) -> tuple[int, str | None]:
    """"of Uzbekistan", "of the Republic of Azerbaijan" starting at `i`, between a title and a
    name: the index after it and the country's code; (`i`, None) when no country phrase starts there."""
    # never past a line break: "Former President of Chile \n Juan Manuel Santos" is two lines
    found = _of_country(doc, i, longest=4, one_line=True)
    if found is None:
        return i, None
    span, country = found
    end = span.end
    while end < len(doc) and doc[end].lower_ in POLITY_WORDS and doc[end].text[:1].isupper():
        end += 1  # "of Iran Islamic Republic Ibrahim Raisi": the formal name goes on
    return end, country


def _of_country(doc: Doc, i: int, *, longest: int, one_line: bool = False) -> tuple[Span, str] | None:
    """The country named in "of [the] <name of up to `longest` words>" when token `i` is that
    "of": the longest such name's span and its code (with `one_line`, a name never spans a line
    break); None when there is none."""
    n = len(doc)
    if i + 1 >= n or doc[i].lower_ != "of":
        return None
    first = i + 2 if doc[i + 1].lower_ == "the" else i + 1  # "of the United States"
    for size in range(longest, 0, -1):
        if first + size <= n and not (one_line and any(t.is_space for t in doc[first:first + size])):
            span = Span(doc, first, first + size)
            country = country_of(span.text)
            if country is not None:
                return span, country
    return None


def _name_word(token: Token) -> bool:
    lower = token.lower_
    return (token.text[:1].isupper() and token.tag_ in ("NNP", "NNPS") and not token.is_punct
            and lower not in TITLE_WORDS and lower not in ORG_HEADS and lower not in PORTFOLIO_WORDS
            and lower not in HONORIFICS and lower not in POLITY_WORDS and not _is_place(token.text)
            and token.ent_type_ not in ("GPE", "DATE", "CARDINAL", "MONEY", "PERCENT")
            and (token.ent_type_ != "NORP" or country_by_alias(token.text) is None))  # "Vardanyan" tagged NORP


def _country_after(doc: Doc, end: int) -> str | None:
    """"President Hassan Rouhani *of Iran*": the country named right after the name (a country
    name, up to three words, or the first words of an organisation such as "of Azerbaijan Railways");
    "Governor Brian Kemp of Georgia", where Georgia is the US state (`is_us_georgia`), is the USA."""
    found = _of_country(doc, end, longest=3)
    if found is None:
        return None
    span, country = found
    if country == "GEO" and is_us_georgia(doc.text, span.start_char, span.end_char):
        return "USA"  # "Governor Brian Kemp of Georgia": an official of the US state
    return country


def _is_place(text: str) -> bool:
    return country_by_alias(text) is not None or place_country(text) is not None


_NOT_GIVEN_NAMES = TITLE_WORDS | ORG_HEADS | EVENT_HEADS | PROJECT_HEADS | DOCUMENT_HEADS


def _given_names(doc: Doc, start: int) -> int:
    """Extend a one-word name left over given names the small model left out ("Tehran [Askhat]
    Orazbay"): at most two capitalised proper nouns outside any entity, not titles, head nouns
    of names ("Committee"), honorifics or places."""
    i = start
    while i > 0 and start - i < 2:
        t = doc[i - 1]
        if not (is_capitalised(t) and t.tag_ == "NNP" and not t.ent_type_ and t.lower_ not in _NOT_GIVEN_NAMES
                and not _is_honorific(doc, i - 1) and not _is_place(t.text)
                and not (i - 1 == 0 or doc[i - 2].is_sent_end or doc[i - 2].is_space)):
            break
        i -= 1
    return i


#: Words of Azerbaijani, Turkic and Central Asian patronymics, written lower-case between the given
#: name and the father's name or surname ("Khalaf Aly oghlu Khalafov", "Aysel Vagif qizi").
PATRONYMIC_WORDS = frozenset({"oglu", "oğlu", "oghlu", "ogly", "oglı", "qizi", "qızı", "gizi", "kyzy", "kizi", "uly",
                              "ugli", "o'g'li", "qiziy"})


def _family_name(doc: Doc, start: int, end: int) -> int:
    """Extend a name of two or more words right over the one surname the small model left out
    ("Mohammad Baqer [Qalibaf]'s visit"): a capitalised proper noun outside any entity, not a title,
    head noun or place, followed by a possessive or punctuation."""
    if end + 1 < len(doc) and doc[end].lower_ in PATRONYMIC_WORDS and is_capitalised(doc[end + 1]) \
            and doc[end + 1].tag_ in ("NNP", "NNPS") and not _is_place(doc[end + 1].text):
        return end + 2  # "Khalaf Aly [oghlu Khalafov]": a patronymic before the surname
    if end - start < 2 or end + 1 >= len(doc):
        return end
    t, after = doc[end], doc[end + 1]
    if (is_capitalised(t) and t.tag_ == "NNP" and not t.ent_type_ and t.lower_ not in _NOT_GIVEN_NAMES
            and not _is_honorific(doc, end) and not _is_place(t.text) and (after.tag_ == "POS" or after.is_punct)):
        return end + 1
    return end


def person_after_title(doc: Doc, cand: Candidate) -> Candidate | None:
    """A spaCy ORG or place right after a title of office, or before one in apposition, is a person
    the model mislabelled ("President Kassym-Jomart Tokayev" tagged ORG, "Mir-Massoud Hosseinian,
    Director General of ..." tagged FAC); None when it does not look like one."""
    if cand.start == 0 or cand.type not in ("ORG", "PLACE"):
        return None
    if cand.end - cand.start >= 3 and _is_place(doc[cand.start].text) and cand.start >= 2 \
            and doc[cand.start - 1].lower_ in ("to", "in") and doc[cand.start - 2].lower_ in TITLE_HEADS:
        # "Iranian Ambassador to | Turkmenistan Mohammadreza Forqani" (one ORG span): the post's place, then the person
        cand = dataclasses.replace(cand, start=cand.start + 1, name=Span(doc, cand.start + 1, cand.end).text)
        return _titled_span(doc, cand)
    before = doc[cand.start - 1]
    if before.lower_ not in TITLE_HEADS or not is_capitalised(before):
        # or a title in apposition: "Mir-Massoud Hosseinian, Director General of ..." (tagged FAC)
        if not (cand.end < len(doc) and doc[cand.end].text == "," and 2 <= cand.end - cand.start <= 5
                and _apposition(doc, cand.end)[0] is not None) and not _lower_title_before(doc, cand):
            return None
    return _titled_span(doc, cand)


#: Lower-case nouns of office or kin that name the person right after them ("his Iranian counterpart
#: Farhad Dejpasand", "the deputy director of public prosecutions, Eva-Marie Persson,", "her husband Kambiz Foroohar").
_PERSONAL_NOUNS = frozenset({
    "counterpart", "president", "minister", "premier", "envoy", "ambassador", "spokesman", "spokeswoman", "husband",
    "spokesperson", "director", "chairman", "chairwoman", "governor", "mayor", "secretary", "adviser", "wife",
    "advisor", "ceo", "founder", "co-founder", "commander", "senator", "lawmaker", "chancellor", "consul", "widow",
    "prosecutor", "prosecutions", "executive", "officer", "head", "chief", "chair", "chairperson", "co-chair",
})


def _lower_title_before(doc: Doc, cand: Candidate) -> bool:
    """A name of two to four words (a spaCy ORG or place) after a lower-case noun of office,
    straight after it ("counterpart Farhad Dejpasand") or in commas after its phrase ("the
    deputy director of public prosecutions, Eva-Marie Persson, said"). The small model takes
    an unfamiliar name for a body or a place; the noun before says it is a person."""
    if not 2 <= sum(1 for t in Span(doc, cand.start, cand.end) if not t.is_punct) <= 4:
        return False
    before = doc[cand.start - 1]
    if before.is_lower and before.lower_ in _PERSONAL_NOUNS and before.tag_.startswith("NN"):
        return True
    if before.text != "," or cand.end >= len(doc) or doc[cand.end].text != ",":
        return False
    # the phrase before the comma: lower-case words of one noun phrase ("deputy director of
    # public prosecutions"), its head among the first nouns
    for k in range(cand.start - 2, max(-1, cand.start - 8), -1):
        token = doc[k]
        if token.is_lower and token.lower_ in _PERSONAL_NOUNS and token.tag_.startswith("NN"):
            return True
        if not (token.is_lower and token.tag_ in ("NN", "NNS", "JJ", "IN", "DT")):
            return False
    return False


def _titled_span(doc: Doc, cand: Candidate) -> Candidate | None:
    """The span as a person when its one to four words look like a name (capitalised, no head
    noun of a body, no title, no place)."""
    words = [t for t in Span(doc, cand.start, cand.end) if not t.is_punct]
    if not 1 <= len(words) <= 4:
        return None
    if any(t.lower_ in ORG_HEADS or t.lower_ in TITLE_WORDS or not is_capitalised(t) for t in words):
        return None
    if _is_place(cand.name) or any(_is_place(t.text) for t in words):
        return None
    return refine_person(doc, dataclasses.replace(cand, type="PERSON", source="spacy:after-title"))


def person_after_org(doc: Doc, cand: Candidate) -> Candidate | None:
    """The person spaCy ran into the end of an organisation's name, after the country that ends
    the name: "Speaker of the National Assembly of Azerbaijan Republic Ogtay Asadov" (one ORG
    span in the small model) holds "Ogtay Asadov"; None when the span ends otherwise."""
    if cand.type != "ORG" or cand.source != "spacy" or cand.end - cand.start < 3:
        return None
    for k in range(cand.end - 3, cand.start, -1) if cand.end - cand.start >= 4 else ():
        if country_of(doc[k].text) is None or doc[k - 1].lower_ != "of":
            continue
        first = k + 2 if doc[k + 1].lower_ == "republic" else k + 1
        words = Span(doc, first, cand.end)
        if not 2 <= len(words) <= 3 or any(
                not is_capitalised(t) or t.tag_ != "NNP" or t.lower_ in _NOT_GIVEN_NAMES or _is_place(t.text)
                for t in words):
            return None
        return refine_person(doc, dataclasses.replace(cand, start=first, type="PERSON", name=words.text,
                                                      source="spacy:after-org"))
    return _person_after_body(doc, cand)


def _person_after_body(doc: Doc, cand: Candidate) -> Candidate | None:
    """"(the President of) the National Assembly Alen Simonyan", "Head of Cabinet Bjoern Seibert",
    "spokesman for the ministry Huseyin Muftuoglu": a body that is the end of a title, then two or
    three name words in the same ORG span; the name words are the person."""
    i = cand.start - 1
    while i >= 0 and doc[i].lower_ in ("the", "of", "for"):
        i -= 1
    if i < 0 or i == cand.start - 1 or doc[i].lower_ not in TITLE_HEADS:
        return None
    heads = [k for k in range(cand.start, cand.end) if doc[k].lower_ in ORG_HEADS]
    if not heads:
        return None
    words = Span(doc, heads[-1] + 1, cand.end)
    if not 2 <= len(words) <= 3 or any(
            not is_capitalised(t) or t.tag_ != "NNP" or t.lower_ in _NOT_GIVEN_NAMES or _is_place(t.text) for t in words):
        return None
    return refine_person(doc, dataclasses.replace(cand, start=words.start, type="PERSON", name=words.text,
                                                  source="spacy:after-org"))


def _is_byline(doc: Doc, start: int) -> bool:
    """'By Ayya Lmahamad' on a line of its own names the author, not an actor of the story."""
    if start == 0 or doc[start - 1].lower_ != "by":
        return False
    return start - 1 == 0 or "\n" in doc[start - 2].text or "\n" in doc[start - 2].whitespace_


def _country_ending_at(doc: Doc, i: int) -> str | None:
    """The country whose name ends at token `i`, the longest name first: "*Papua New Guinea* Deputy
    Prime Minister John Rosso" is of Papua New Guinea, not of Guinea; "*South Sudan*'s President" of
    South Sudan; "*People’s Republic of China* Executive Vice Minister" of China, not of the "Republic of
    China" inside it (six tokens: "Democratic People's Republic of Korea"); "*Georgia* Governor Brian Kemp" of the USA."""
    for start in range(max(0, i - 5), i + 1):
        found = country_of(doc[start:i + 1].text)
        if found is not None:  # the US state's governor (`is_us_georgia`)
            return "USA" if found == "GEO" and is_us_georgia(doc.text, doc[start].idx, doc[i].idx + len(doc[i])) else found
    return None


def _title_left(doc: Doc, head: int) -> tuple[int, str | None]:
    """The start of a pre-nominal title ending at `head`, and the country it names."""
    start = head
    country = None
    i = head - 1
    limit = max(0, head - MAX_NAME_TOKENS)
    while i >= limit:
        t = doc[i]
        if t.tag_ == "POS" and i > 0:
            country = _country_ending_at(doc, i - 1)
            break
        if country_of(t.text):
            country = _country_ending_at(doc, i)
            break
        if t.text == ")" and i >= 3 and doc[i - 2].text == "(" and doc[i - 1].text.isupper():
            # "the Republic of Korea (ROK) National Security Advisor Suh Hoon": the country before its acronym
            country = _country_ending_at(doc, i - 3)
            break
        if is_capitalised(t) and t.lower_ not in ("the", "a", "an", "by", "said", "says") \
                and t.tag_ in ("NNP", "NNPS", "NN", "JJ"):
            start = i
        elif t.lower_ in TITLE_WORDS or (t.text in ("-",) and i > 0 and is_capitalised(doc[i - 1])):
            start = i
        elif t.lower_ in _TITLE_GLUE and (t.lower_ != "and" or _ends_a_body(doc, i - 1)) and _title_goes_on(doc, i - 1, limit):
            start = i  # "Turkmenistan's Deputy Chairman of the Cabinet of Ministers and | Foreign Minister"
        else:
            break
        i -= 1
    while start < head and _is_honorific(doc, start):
        start += 1
    return title_opening(doc, start, head), country


#: Small words inside a title of two offices or of an office's body ("... of the Cabinet of Ministers and ...").
_TITLE_GLUE = frozenset({"and", "of", "the"})


def _title_goes_on(doc: Doc, i: int, limit: int) -> bool:
    """The capitalised run ending at token i (across "of", "the", "and") holds a title head: a title of two
    offices goes on ("Deputy Chairman of the Cabinet of Ministers and Foreign Minister"), "Iran and" does not."""
    while i >= limit and (is_capitalised(doc[i]) or doc[i].lower_ in _TITLE_GLUE) and doc[i].tag_ != "POS":
        if doc[i].ent_type_ == "PERSON":
            return False  # "Prime Minister Benjamin Netanyahu and | Crown Prince ...": two people
        if doc[i].lower_ in TITLE_HEADS and is_capitalised(doc[i]):
            return True
        if country_of(doc[i].text):
            return False
        i -= 1
    return False


def _ends_a_body(doc: Doc, i: int) -> bool:
    """Token i ends a body's name, so an "and" after it joins a second office of one person ("Chairman of the
    Cabinet of Ministers and | Foreign Minister"); after a title or name it joins two ("the Vice President and")."""
    return i > 0 and is_capitalised(doc[i]) and (doc[i].lower_ in ORG_HEADS or (
        doc[i].lower_.endswith("s") and doc[i].tag_ in ("NNP", "NNPS") and doc[i - 1].lower_ == "of"))


_APPOSITION_ADJECTIVES = frozenset({"first", "former", "ex", "new", "current", "acting", "then", "late",
                                    "incumbent", "outgoing", "top"})


def _apposition(doc: Doc, end: int) -> tuple[str | None, str | None]:
    """", the President of Azerbaijan Republic," after a name: (title, country)."""
    n = len(doc)
    if end >= n or doc[end].text != ",":
        return None, None
    j = end + 1
    if j < n and doc[j].lower_ in ("the", "a", "an"):
        j += 1
    j, country = possessive_country(doc, j)  # "Iran's", "Sri Lanka's"
    while j < n and (doc[j].lower_ in _APPOSITION_ADJECTIVES or (doc[j].text == "-" and doc[j - 1].lower_ == "ex")):
        j += 1  # "the former ...", "Iran's ex-ambassador to Baku"
    if country is None and j < n and country_of(doc[j].text):
        country = country_of(doc[j].text)
        j += 1
    t_start = j
    head = None
    while j < n and j - t_start < 8 and (doc[j].lower_ in TITLE_WORDS or is_capitalised(doc[j])
                                          or (head is not None and (doc[j].tag_ in ("POS", "JJ")))):
        if doc[j].lower_ in TITLE_HEADS:
            head = j
        elif country is None and country_of(doc[j].text):
            country = country_of(doc[j].text)
        j += 1
    if head is None:
        return None, None
    t_end = head + 1
    if t_end < n and doc[t_end].lower_ in ("of", "for") and t_end + 1 < n:
        k = t_end + 1
        if doc[k].lower_ == "the":
            k += 1
        last = None
        while k < n and k - t_end < 8 and (is_capitalised(doc[k]) or doc[k].lower_ in ("and", "of")):
            if is_capitalised(doc[k]):
                last = k
                country = country or country_of(doc[k].text)
            k += 1
        if last is not None:
            t_end = last + 1
    if _clause_subject(doc, t_end):
        return None, None
    return doc[t_start:t_end].text, country or tail_country(doc, t_end)


#: Those who serve a principal: "an advisor to the Iranian foreign minister" is Iran's.
_AIDES = frozenset({"advisor", "adviser", "aide", "assistant"})


def _principal_country(doc: Doc, end: int) -> str | None:
    """The country of the principal a name's apposition says it serves: ", a senior advisor to the
    Iranian foreign minister", ", an assistant to the Azerbaijani president" (the demonym of the
    principal's office, not a country named as a host: "Ambassador to Russia" is no aide's)."""
    n = len(doc)
    if end >= n or doc[end].text != ",":
        return None
    j = end + 1
    while j < n and j - end <= 5 and doc[j].lower_ not in _AIDES and doc[j].is_lower and doc[j].pos_ in ("DET", "ADJ", "NOUN"):
        j += 1
    if not (j + 4 < n and doc[j].lower_ in _AIDES and doc[j + 1].lower_ == "to" and doc[j + 2].lower_ == "the"):
        return None
    demonym = doc[j + 3]
    return country_of(demonym.text) if demonym.pos_ in ("ADJ", "PROPN") and doc[j + 4].is_alpha else None


def _clause_subject(doc: Doc, end: int) -> bool:
    """Whether a title phrase after a comma is the subject of the verb right after it (an adverb
    between allowed): "… after the talks with Biden, the official said" is the official's
    clause, not Biden's apposition ("Ilham Aliyev, the President of Azerbaijan, said" closes
    the apposition with a comma)."""
    while end < len(doc) and doc[end].tag_ == "RB":
        end += 1
    return end < len(doc) and doc[end].tag_ in ("VBD", "VBZ", "VBP", "MD")
