"""Who speaks: the subject of an attribution clause, resolved to a person or organisation.

A clause refers to people by name (a PERSON mention of the entity stage), by pronoun ("He"),
by title ("the minister", "ICT Minister", "The Azeri President", "The President of Azerbaijan
Republic") or names an organisation ("the ministry said"). The speaker is the first reference
that is not the object of a preposition ("in his meeting with the President of ..." is not the
speaker). Pronouns take the most recent subject of the sentences before; titles are matched
against the titles of the article's people (head word, then country, then shared words, then
recency), and when no person carries the title, against the titles written next to their
names in the text, and finally the next named subject of the article. What a title is (its
head words, its pattern, the office it names) is `accords.quotes.titles`' job; which country
a title's words name is `accords.quotes.country_words`'.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from accords.model import Entity, Extraction
from accords.quotes.counterparts import borrowed_titles, counterpart_of, is_counterpart_title
from accords.quotes.country_words import country_in, country_owner, country_words, demonyms
from accords.quotes.genders import article_genders
from accords.quotes.given_names import gender_of_given_name
from accords.quotes.governed import PREPOSITIONS, governed, modifies_a_noun, modifies_an_office
from accords.quotes.layout import TITLE_ABBREVIATIONS
from accords.quotes.persons import (
    ORGANISATION_NAME,
    ORGANISATION_NOUNS,
    honorific_organisations,
    organisations_called_who,
    people_typed_as_organisations,
)
from accords.quotes.phrases import POSSESSIVE_WORD
from accords.quotes.titled import appositive_titles, name_after_title
from accords.quotes.titles import (
    HEAD_WORD,
    STOP_WORDS,
    TITLE,
    TITLE_AT_END,
    TITLE_PREFIXES,
    diplomatic_office,
    office_phrase,
    other_office,
    portfolio_clash,
    same_presiding_seat,
    title_head,
    title_words,
)
from accords.quotes.victims import killed_people

_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he)\b")
_ORG_NOUN = re.compile(
    r"\b[Tt]he\s+(?:[A-Z][\w'’-]*\s+){0,3}(?:" + "|".join(ORGANISATION_NOUNS) + r")\b",
    re.IGNORECASE,
)
#: A dateline opening an article ("TEHRAN –", "MOSCOW (Xinhua) --", "TEHRAN, Nov. 3 (MNA) –"): not part
#: of what was said, nor its subject's name (`accords.quotes.clauses`, `accords.quotes.reported`).
DATELINE = re.compile(r"[A-Z][A-Z .'-]{2,}(?:,\s*[A-Z][\w.]*(?:\s+[\w.]+)?)?(?:\s*\([^)]{1,30}\))?\s*(?:-{1,2}|–|—|:)\s*")
_LEADING_PHRASE = re.compile(
    r"\s*(?:[A-Z][a-z]+ing|In|At|On|During|After|Before|Following|Upon|Within|Amid|Despite"
    # a question put to the subject: "Asked if the minister could return, he replied: …" (the
    # person asked about is no subject; "he" is the one asked)
    r"|Asked|Pressed|Questioned"
    # a subordinate clause or a time phrase before the subject: "One year after Donald Trump
    # pulled the U.S. out of the nuclear agreement …, Iran decided …", "When X arrived, Y said"
    r"|When|While|Although|Though|Because|Since|Once|Unless|If"
    # the same after a conjunction: "But asked about the remarks of councillor Dan Cole, she said"
    r"|(?:And|But|Yet|So)\s+(?:[a-z]+ing|asked|pressed|questioned|in|at|on|during|after|before|following|upon|within|amid|despite"
    r"|when|while|although|though|because|since|once|unless|if)"
    r"|[A-Z][a-z]+(?:\s+[a-z]+)?\s+(?:after|before|since))\b[^,;:\"]*,"
)
_NAME = r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,3})"
_UNLINKED_SUBJECT = re.compile(
    rf"[\s,]*{_NAME}\s+(?:(?:was|is)\s+quoted|sa(?:id|ys)|added|stated|noted|stressed|told|explained|emphasi[sz]ed)\b"
)
#: Two or three capitalised words opening a sentence as its subject: a comma or a verb after them;
#: or one word set off before "who" ("Tommy — who only goes by his first name online — retired").
_OPENING_NAME = re.compile(
    r"\s*(?P<name>[A-Z][a-z][\w'’-]*(?:(?:\s+[A-Z][a-z][\w'’-]*){1,2}(?=,\s|\s+(?:is|was|has|had|who|works|worked|"
    r"runs|ran|lives|lived|owns|owned|said|says|told|added|agreed|noted|explained)\b)|(?=\s*[,—–]\s*who\s)))")
#: The rest of an office after its title words, up to the comma before the holder's name
#: ("Deputy| Foreign Minister, |Khalaf Khalafov").
_TITLE_REST = re.compile(r"(?:\s+(?:[A-Z][\w.'’-]*|of|for|the|and|to))*,\s+(?:(?:" + TITLE_ABBREVIATIONS + r")\.\s+)?")
#: A title with an indefinite determiner: someone unnamed ("A senior official", "an adviser").
_UNNAMED_TITLE = re.compile(r"(?i)(?:an?|another|one|some|several)\s")
#: The same determiner before a title phrase, past lower-case modifiers the title leaves out
#: ("A senior | government official", "an unnamed | White House official").
_UNNAMED_BEFORE = re.compile(r"(?<![\w'’-])(?:[Aa]n?|[Aa]nother|[Oo]ne|[Ss]ome|[Ss]everal)\s+(?:[a-z][\w-]*\s+){0,2}$")
#: A possessive right before a title ("the company's chief | executive"; one inside it: `POSSESSIVE_WORD`).
_POSSESSED_BEFORE = re.compile(r"\w['’]s?\s+(?:[a-z-]+\s+){0,2}$")
#: Capitalised words that open a sentence without naming anyone ("Last Friday, …", "But Labour …").
_OPENERS = frozenset(
    "last next early late but and or so yet then still also meanwhile however earlier later since while when if "
    "as after before although though because".split())
_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december christmas easter".split())
_QUOTED_AS = re.compile(rf"\bquot(?:ed|es|ing)\s+{_NAME}\s+as\s+saying\b")
#: Capitalised words that start a subject but are no name ("The minister said").
_NOT_NAMES = frozenset(
    "the a an he she it they we i this that these those his her its their our mr mrs ms dr".split()
)
#: A capitalised word right before a surname: its given name, when it is no title.
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-z][\w'’-]*)\s+$")
_MID_SENTENCE = re.compile(r"[\w,;)]\s+$")
#: A surname written with the Arabic article ("al-Mekdad", "el-Sisi"), which copy often drops.
_ARTICLE_SURNAME = re.compile(r"(?:[Aa]l|[Ee]l)-([A-Z][a-z][\w'’-]+)")
#: Characters that may not touch a bare surname (`_surnames`): it must stand as a whole word.
_BEFORE_SURNAME = re.compile(r"[\w'’-]")
_AFTER_SURNAME = re.compile(r"[\w-]")


@dataclass(frozen=True)
class Reference:
    """A stretch text[start:end] that may name the speaker; `entity` when it is a linked name."""

    start: int
    end: int
    kind: str  # name, pronoun, title, org
    entity: str | None = None


#: How soon after a title a person may be named and still be whom the title means, once other
#: people were spoken of: about two sentences ("the minister said … | Minister Ann Ho added …").
_SOON = 250


class People:
    """The article's people and organisations with where they are named, for resolution."""

    def __init__(self, text: str, extraction: Extraction):
        self.text = text
        self.entities = {e.id: e for e in extraction.entities}
        same = people_typed_as_organisations(self.entities)
        for person_id, full in same.items():
            self.entities[full.id] = full
            self.entities.pop(person_id, None)
        for entity_id in organisations_called_who(text, self.entities, extraction):
            self.entities[entity_id] = replace(self.entities[entity_id], type="PERSON")
        honorific = honorific_organisations(self.entities)  # "Mr Balls" typed ORG beside "Ed Balls"
        for org_id, person_id in honorific.items():
            if org_id == person_id:
                self.entities[org_id] = replace(self.entities[org_id], type="PERSON")
            else:
                self.entities.pop(org_id, None)
        self.names: list[Reference] = []
        for mention in extraction.mentions:
            entity_id = honorific.get(mention.entity_id or "", mention.entity_id or "")
            entity = self.entities.get(same[entity_id].id if entity_id in same else entity_id)
            if entity is None or entity.type not in ("PERSON", "ORG"):
                continue
            kind = "name" if entity.type == "PERSON" else "org"
            for ev in mention.evidence:
                self.names.append(Reference(ev.start, ev.end, kind, entity.id))
        self.names.extend(self._surnames())
        self.names.sort(key=lambda r: (r.start, r.end))
        self.killed = killed_people(text, [(r.start, r.end, r.entity or "") for r in self.names if r.kind == "name"])
        self._name_starts = [r.start for r in self.names]
        self._first_named: dict[str, int] = {}  # where the text first names each entity
        for ref in self.names:
            self._first_named.setdefault(ref.entity or "", ref.start)
        # Stretches are asked for again and again (a sentence's subject, then its free person),
        # and a person's titles once per title phrase: both depend only on text and names.
        self._references: dict[tuple[int, int], tuple[Reference, ...]] = {}
        self._titles_of: dict[str, list[str]] = {}
        self._genders: dict[str, str] | None = None
        self.countries = {e.id: e.country or self._context_country(e.id) for e in self.entities.values() if e.type == "PERSON"}

    def _surnames(self) -> list[Reference]:
        """Bare surnames the entity stage left unlinked ("..., Ardakanian said"): the last word of a
        person's name, or a one-word alias, wherever no mention covers it. A surname two people
        share is left out, since it names neither for sure."""
        owners: dict[str, set[str]] = {}
        for entity in self.entities.values():
            if entity.type != "PERSON":
                continue
            for name in (entity.name, *entity.aliases):
                words = name.split()
                if words and len(words[-1]) > 2 and words[-1][:1].isupper():
                    owners.setdefault(words[-1], set()).add(entity.id)
                article = _ARTICLE_SURNAME.fullmatch(words[-1]) if words else None
                if article is not None:  # "Faisal al-Mekdad", then "Mekdad said"
                    owners.setdefault(article.group(1), set()).add(entity.id)
        found = []
        covered = _Cover([(r.start, r.end) for r in self.names])
        for surname, ids in owners.items():
            if len(ids) != 1:
                continue
            (entity_id,) = ids
            given = {w for name in (self.entities[entity_id].name, *self.entities[entity_id].aliases) for w in name.split()}
            for start in _whole_word_finds(self.text, surname):
                before = _GIVEN_BEFORE.search(self.text, max(0, start - 30), start)
                if (before is not None and before.group(1) not in given and before.group(1).lower() not in TITLE_PREFIXES
                        and _MID_SENTENCE.search(self.text, max(0, before.start(1) - 3), before.start(1))):
                    continue  # "Deputy Minister of Economy Elnur Aliyev" is not Ilham Aliyev: another
                    # given name (not a capitalised word opening the sentence: "Meanwhile Aliyev said")
                if not covered.covers(start):
                    found.append(Reference(start, start + len(surname), "name", entity_id))
        return found

    def _context_country(self, entity_id: str) -> str | None:
        """The country a person's name is introduced with ("Azerbaijani Minister of Economy
        Shahin Mustafayev"): the first demonym in the words before a mention, back to the
        previous name, the sentence start or a quotation mark (not "Turkish" of `“Turkish people's
        brave defense …,” Zarif wrote`: the quoted words are no one's introduction)."""
        table = demonyms()
        for ref in self.names:
            if ref.entity != entity_id:
                continue
            floor = max([0, *(r.end for r in self.names if r.end <= ref.start)])
            before = self.text[max(floor, ref.start - 150):ref.start]
            before = re.split(r"[.!?\n]\s|[\"“”]", before)[-1]
            for word in re.findall(r"[A-Z][\w'’-]*", before):
                if word in table:
                    return table[word]
        return None

    def references(self, start: int, end: int) -> tuple[Reference, ...]:
        """Every reference inside text[start:end], in order, a name winning over an overlapping title."""
        key = (start, end)
        cached = self._references.get(key)
        if cached is None:
            cached = self._references[key] = self._find_references(start, end)
        return cached

    def _find_references(self, start: int, end: int) -> tuple[Reference, ...]:
        found = []
        for ref in self.names[bisect.bisect_left(self._name_starts, start):]:
            if ref.start > end:
                break  # names are sorted by start
            if ref.end <= end:
                found.append(ref)
        taken = [(r.start, r.end) for r in found]
        segment = self.text[start:end]
        for pattern, kind in ((TITLE, "title"), (_ORG_NOUN, "org"), (_PRONOUN, "pronoun")):
            if pattern is TITLE and HEAD_WORD.search(segment) is None:
                continue
            for match in pattern.finditer(segment):
                s, e = start + match.start(), start + match.end()
                if any(s < te and ts < e for ts, te in taken) or _touches_name(self.text, s, e, taken):
                    continue
                found.append(Reference(s, e, kind))
                taken.append((s, e))
        return tuple(sorted(found, key=lambda r: r.start))

    def names_starting(self, start: int, end: int) -> list[Reference]:
        """The linked names and surnames that start in text[start:end] (they may run past it)."""
        first, last = bisect.bisect_left(self._name_starts, start), bisect.bisect_left(self._name_starts, end)
        return self.names[first:last]

    def subject(self, start: int, end: int) -> Reference | None:
        """The first reference of text[start:end] not governed by a preposition, after any
        leading participle or prepositional phrase ("Underscoring the dates for the joint
        commission, he said"), and after a dateline ("TEHRAN, Nov. 3 (MNA) – An expert says …")."""
        if (dateline := DATELINE.match(self.text, start, end)) is not None:
            start = dateline.end()
        lead = _LEADING_PHRASE.match(self.text, start, end)
        if lead is not None:
            found = self._first_free(lead.end(), end)
            if found is not None:
                return found
        return self._first_free(start, end)

    def in_leading_phrase(self, start: int, end: int, ref: Reference) -> bool:
        """Whether a reference lies in the phrase or clause that opens text[start:end] before
        its subject ("One year after Donald Trump pulled the U.S. out …, Iran decided …")."""
        lead = _LEADING_PHRASE.match(self.text, start, end)
        return lead is not None and ref.start < lead.end()

    def _first_free(self, start: int, end: int) -> Reference | None:
        refs = self.references(start, end)
        for index, ref in enumerate(refs):
            if governed(self.text, start, ref.start) or (ref.kind == "name" and modifies_a_noun(self.text, ref.start, ref.end)) or (
                    ref.kind == "org" and modifies_an_office(self.text, ref.start, ref.end)):
                continue  # "the Brampton resident said": the town names no one
            if ref.kind == "org" and (holder := self._holder_after(ref, refs[index + 1:])) is not None:
                return holder  # "Home Affairs spokesman Mark Oaten": the organisation qualifies his office
            if ref.kind == "title" and (named := name_after_title(self.text, ref.end, end)) is not None:
                # "Chief Secretary to the Cabinet Alan Morven criticised …": the holder the office's
                # words end with, linked or not, never someone else who holds a like title
                return next((r for r in refs[index + 1:] if r.kind == "name" and r.start == named[0]),
                            Reference(named[0], named[1], "name"))
            if ref.kind == "title" and (holder := self._appositive_holder(ref, refs[index + 1:])) is not None:
                return holder  # "Azerbaijan's Deputy Foreign Minister, Khalaf Khalafov, said": the holder
                # set off by commas, never the country's person named later
            if ref.kind == "name" and self.text[ref.end:ref.end + 2] in ("'s", "’s") and any(
                    r.kind == "name" and r.entity != ref.entity and r.start - ref.end < 60 for r in refs[index + 1:]):
                continue  # "Steenburgen’s son, filmmaker Charlie McDowell, …": the son is named; but
                # "Mr. Trump’s theatrical embrace is …" is still about Trump
            return ref
        return None

    def _holder_after(self, org: Reference, following: Sequence[Reference]) -> Reference | None:
        """The person named right after an organisation and an office of it ("Home Affairs |
        spokesman | Mark Oaten", "Health Canada chief medical officer Jane Ross"): the words
        between are the office alone, no verb or punctuation."""
        name = next(iter(following), None)
        if name is None or name.kind != "name" or not _is_person_entity(self, name.entity):
            return None
        between = self.text[org.end:name.start]
        if len(between) > 60 or not re.fullmatch(r"\s+[\w.'’-]+(?:\s+[\w.'’-]+){0,4}\s+", between):
            return None
        return name if TITLE_AT_END.search(between.rstrip() + " ") else None

    def _appositive_holder(self, title: Reference, following: Sequence[Reference]) -> Reference | None:
        """The person named between commas right after a title ("the Uzbek acting foreign minister,
        | Vladimir Norov, | said"): the words between are the rest of the office, then a comma."""
        name = next((r for r in following if r.kind != "title"), None)
        if name is None or name.kind != "name" or not _is_person_entity(self, name.entity):
            return None
        between = self.text[title.end:name.start]
        if len(between) > 60 or not _TITLE_REST.fullmatch(between) or self.text[name.end:name.end + 1] != ",":
            return None
        return name

    def free_person(self, start: int, end: int) -> str | None:
        """The first person named in text[start:end] who is not the object of a preposition."""
        for ref in self.references(start, end):
            if ref.kind != "name":
                continue
            if not governed(self.text, start, ref.start):
                return ref.entity
        return None

    def unlinked_name(self, start: int, end: int) -> str | None:
        """A name the entity stage did not link, written as the subject of an attribution after a
        quote (`," Gakharia was quoted saying`, `Tasnim quoted Gakharia as saying`): its
        fullest form in the article ("Giorgi Gakharia"), or None."""
        match = _UNLINKED_SUBJECT.match(self.text, start, end) or _QUOTED_AS.search(self.text, start, end)
        if match is None:
            return None
        name = match.group("name")
        if name.split()[0].lower() in _NOT_NAMES:
            return None
        surname = re.escape(name.split()[-1])
        longer = re.findall(rf"\b([A-Z][\w'’-]+\s+{surname})\b", self.text)  # given name + surname
        fullest = max([name, *(n for n in longer if n.split()[0].lower() not in _NOT_NAMES)], key=len)
        return fullest

    def introduced_name(self, start: int, end: int, *, pronoun_next: bool = False) -> str | None:
        """A person's name the entity stage did not know, opening text[start:end] as its subject
        ("Nadia Jamil, 34, …", "Joan Bailey is a union steward on the picket line …"):
        two or three capitalised words followed by a comma or a verb, no organisation noun, no
        known entity in it, and the first word a known given name, or any capitalised word
        when the next sentence opens with "He" or "She" (`pronoun_next`), whose antecedent is
        the subject before it. None otherwise."""
        match = _OPENING_NAME.match(self.text, start, end)
        if match is None:
            return None
        name = match.group("name")
        words = name.lower().split()
        if (ORGANISATION_NAME.search(name) or words[0] in _NOT_NAMES | TITLE_PREFIXES | PREPOSITIONS | _OPENERS
                or any(w in _CALENDAR for w in words)):
            return None
        if gender_of_given_name(name.split()[0]) is None and not pronoun_next:
            return None
        first = bisect.bisect_left(self._name_starts, match.start("name") - 200)
        if any(r.start < match.end("name") and match.start("name") < r.end for r in self.names[first:]
               if r.start < match.end("name")):
            return None  # a name the entity stage knows: the linked subject speaks for it
        return name

    def gender(self, entity_id: str) -> str | None:
        """ "m" or "f" where the article tells (an honorific before a mention, or the pronoun that
        first follows most mentions: "Omar ... her office"), else None; what "he" and "she" check."""
        if self._genders is None:
            self._genders = article_genders(self.text, self.names, self.entities)
        return self._genders.get(entity_id)

    def agrees(self, entity_id: str, pronoun: str) -> bool:
        """Whether "he" or "she" can mean the person (unknown gender agrees with both)."""
        wanted = {"he": "m", "him": "m", "his": "m", "she": "f", "her": "f"}.get(pronoun.lower())
        gender = self.gender(entity_id)
        return wanted is None or gender is None or gender == wanted

    def pronoun_person(self, pronoun: str, recent: Sequence[str]) -> str | None:
        """The person "he", "she" (or "his", "her") means: the most recent person it agrees
        with; but a one-word name of unknown gender ("Universal", a studio the entity stage
        took for a person) yields to a person of the pronoun's gender among the next few."""
        agreeing = [e for e in recent if (p := self.person(e)) is not None and p.type == "PERSON"
                    and self.agrees(e, pronoun)]
        if not agreeing:
            return None
        first = self.entities[agreeing[0]]
        if self.gender(first.id) is None and " " not in first.name.strip():
            wanted = {"he": "m", "his": "m", "him": "m", "she": "f", "her": "f"}.get(pronoun.lower())
            sure = next((e for e in agreeing[1:3] if self.gender(e) == wanted), None)
            if sure is not None:
                return sure
        return agreeing[0]

    def person(self, entity_id: str | None) -> Entity | None:
        return self.entities.get(entity_id or "")

    def person_names(self) -> list[str]:
        """Every name and alias of the article's people."""
        return [n for e in self.entities.values() if e.type == "PERSON" for n in (e.name, *e.aliases)]

    def by_title(self, ref: Reference, *, recent: Sequence[str], later: Sequence[str],
                 source: str | None = None) -> str | None:
        """The entity a title reference means, or None (see the module docstring). `source` is
        the person who spoke last: when no one holds the title, "the MP remarked" is that
        source before any other person spoken of since ("One year after Donald Trump pulled the
        U.S. out …" between the MP's words and "the MP remarked")."""
        phrase = office_phrase(self.text, ref.start, ref.end)
        head = title_head(phrase)
        if head is None:
            return None
        if re.search(rf"(?i)\b{re.escape(head.split()[-1])}s\b", phrase):
            return None  # "Officials", "the ministers": people of an office, no one of them
        unnamed = _UNNAMED_TITLE.match(phrase) is not None or _UNNAMED_BEFORE.search(
            self.text, max(0, ref.start - 40), ref.start) is not None  # "A California transit chief says …"
        wanted_country = country_in(phrase)
        phrase_words = title_words(phrase)
        head_word = re.compile(rf"\b{re.escape(head.split()[-1])}s?\b")
        scored = []
        spoken_of = bool(recent) or source is not None
        for entity in self.entities.values():
            if entity.type != "PERSON" or (unnamed and any(
                    r.entity == entity.id and r.start < ref.start for r in self.names)):
                continue  # someone new ("a minister") is none of the people named before; an AP lede
                # names them after ("… Interim BART Police Chief Ed Alvarez told reporters")
            if spoken_of and not unnamed and not self._named_before(entity.id, ref.start + _SOON):
                continue  # "the foreign minister said" once people were spoken of means one of them,
                # never another country's foreign minister the text names only paragraphs later
            if self._other_bench(entity, phrase) or entity.id in self.killed:
                continue  # "Shadow home secretary David Davis" (also written "secretary") is not "the home secretary";
                # nor is one the article reports killed "the commander" who speaks (`accords.quotes.victims`)
            titles = [t for t in self.titles(entity) if not portfolio_clash(phrase, t)]
            exact = [t for t in titles if title_head(t) == head]
            loose = [t for t in titles if head_word.search(t.lower()) or same_presiding_seat(phrase, t)
                     or (not unnamed and diplomatic_office(phrase, t))]
            country = self.countries.get(entity.id)
            if wanted_country and country and country != wanted_country:
                continue
            if not (exact or loose or (wanted_country and country == wanted_country
                                       and (not self.titles(entity) or head == "official"))):
                continue  # a country's person of another office ("President Aliyev") holds none of its
                # other titles ("Azerbaijan's Deputy Foreign Minister"); but "the Turkish official"
                # is any office's holder ("Turkish Deputy Prime Minister Veysi Kaynak")
            overlap = max((len(phrase_words & title_words(t)) for t in exact or loose), default=0)
            recency = recent.index(entity.id) if entity.id in recent else len(recent)
            same_country = bool(wanted_country) and country == wanted_country
            scored.append((-bool(exact or loose), -same_country, -bool(exact), -overlap, recency, entity.id))
        if scored:
            return min(scored)[-1]
        if unnamed:
            return None
        owner = POSSESSIVE_WORD.search(phrase) or _POSSESSED_BEFORE.search(self.text, max(0, ref.start - 40), ref.start)
        if owner is not None and not country_owner(
                phrase if POSSESSIVE_WORD.search(phrase) else self.text[max(0, ref.start - 40):ref.start]):
            return None  # "New York's chief medical examiner": someone new, tied to another; never
            # the last person spoken of (but "Iran's Foreign Minister" is the country's own)
        # no person holds the title: "the official said" after a quote means the last source,
        # else the last person spoken of, else the next one named
        # (never one whose own title is of the other bench: "the shadow chancellor said" is not the
        # chancellor who spoke last, nor "the home secretary" the shadow home secretary; a portfolio
        # written otherwise, "ICT Minister" for the "Minister of Communication and Information
        # Technology", is no other office for sure)
        person = next(
            (e for e in ([source] if source is not None else []) + list(recent)
             if (p := self.person(e)) is not None and p.type == "PERSON"
             and not (wanted_country and self.countries.get(e) not in (None, wanted_country))
             and not self._other_bench(p, phrase) and e not in self.killed),
            None,
        )
        if person is not None:
            return person
        if ref.kind == "title" and later and not self._other_bench(self.person(later[0]), phrase) and not (
                wanted_country and self.countries.get(later[0]) not in (None, wanted_country)):
            return later[0]  # never another country's person ("Iran's chief diplomat" is no Turk named next)
        return None

    def _named_before(self, entity_id: str, position: int) -> bool:
        """Whether the text names the entity before `position`."""
        return self._first_named.get(entity_id, position) < position

    def _other_bench(self, entity: Entity | None, phrase: str) -> bool:
        """Whether one of a person's titles is a shadow office and the title phrase is not, or the other way
        round (the government's office and the opposition's are never the same person's), or the person's titles
        are all offices of another kind (`other_office`: a minister is no "chief public health officer")."""
        shadow = "shadow" in title_words(phrase)
        return entity is not None and (any(("shadow" in title_words(t)) != shadow for t in self.titles(entity))
                                       or other_office(phrase, list(self.titles(entity))))

    def by_org(self, ref: Reference, *, recent: Sequence[str], named: bool = False) -> str | None:
        """The organisation "the ministry" means: an ORG entity whose name has that noun,
        the most recently named one first. With `named`, the phrase must say more than the
        noun, and its other words must all be in the name ("the utilities commission", "the
        International Energy Agency"): a bare "the company" is left to the organisation that
        spoke last (blind GGT: bare nouns read this way gave 2 right speakers and 9 wrong)."""
        words = re.findall(r"[\w'-]+", self.text[ref.start:ref.end].lower())
        noun = words[-1]
        others = {w for w in words[:-1] if w not in STOP_WORDS}
        if named and not others:
            return None
        candidates = [
            e.id for e in self.entities.values()
            if e.type == "ORG" and noun in e.name.lower() and any(r.entity == e.id and r.start < ref.start for r in self.names)
            and not (named and others - set(re.findall(r"[\w'-]+", e.name.lower())))
        ]
        if not candidates:
            return None
        last_named = {r.entity: r.start for r in self.names if r.start < ref.start}
        return max(candidates, key=lambda e: last_named.get(e, -1))

    def organisation_named_by(self, name: str) -> Entity | None:
        """The one organisation of the article that `name` is a short form of: its first words
        ("Loblaw" for "Loblaw Companies Ltd.", "Alberta Health" for "Alberta Health Services"),
        as news names a company or agency after writing its name in full once. None when the
        name is a country's, a person's name holds it, or two organisations start with it."""
        words = name.lower().split()
        if not words or name.split()[0] in country_words():
            return None
        if any(e.type == "PERSON" and set(words) & set(e.name.lower().split()) for e in self.entities.values()):
            return None  # "Smith said": a person's name, whatever company bears it too
        found = [e for e in self.entities.values() if e.type == "ORG" and any(
            len(form.split()) > len(words) and form.lower().split()[:len(words)] == words
            for form in (e.name, *e.aliases))]
        return found[0] if len(found) == 1 else None

    def titles(self, entity: Entity) -> list[str]:
        """The titles the article gives a person (its own, its roles', those written beside its name)."""
        titles = self._titles_of.get(entity.id)
        if titles is None:
            titles = [entity.title] if entity.title else []
            titles += [role.title for role in entity.roles]
            titles += appositive_titles(self.text, [(r.start, r.end) for r in self.names if r.entity == entity.id])
            if any(is_counterpart_title(t) for t in titles):  # "his Azerbaijani counterpart Ilham Aliyev"
                self._titles_of[entity.id] = titles  # (no loop through two counterparts)
                titles = [t for t in titles if not is_counterpart_title(t)] + [
                    t for other in counterpart_of(self.text, self.names, entity.id, lambda e: _is_person_entity(self, e))
                    if (held := self.person(other)) is not None for t in borrowed_titles(self.titles(held), country_words())]
            self._titles_of[entity.id] = titles
        return titles


class _Cover:
    """Whether a position lies inside any of a set of (possibly overlapping) spans, by bisection."""

    def __init__(self, spans: Sequence[tuple[int, int]]):
        ordered = sorted(spans)
        self._starts = [s for s, _ in ordered]
        self._reach: list[int] = []  # the furthest end among the spans up to each one
        for _, end in ordered:
            self._reach.append(max(end, self._reach[-1]) if self._reach else end)

    def covers(self, position: int) -> bool:
        index = bisect.bisect_right(self._starts, position)
        return index > 0 and self._reach[index - 1] > position


def _is_person_entity(people: People, entity_id: str | None) -> bool:
    entity = people.person(entity_id)
    return entity is not None and entity.type == "PERSON"


def _whole_word_finds(text: str, word: str) -> list[int]:
    """Where `word` stands in `text` as a whole word (no letter, digit, apostrophe or hyphen
    touching it): the non-overlapping matches of `(?<![\\w'’-])word(?![\\w-])`, found with
    `str.find` rather than a regex compiled per word."""
    found = []
    index = text.find(word)
    while index >= 0:
        after = index + len(word)
        if (index == 0 or not _BEFORE_SURNAME.match(text, index - 1)) and (
            after >= len(text) or not _AFTER_SURNAME.match(text, after)
        ):
            found.append(index)
            index = text.find(word, after)
        else:
            index = text.find(word, index + 1)
    return found


def _touches_name(text: str, start: int, end: int, names: Sequence[tuple[int, int]]) -> bool:
    """A title written right before or after a name is part of that name ("President Rouhani")."""
    for s, e in names:
        if 0 <= s - end <= 1 or (text[e:start].strip() in (",",) and 0 <= start - e <= 6):
            return True
    return False
