"""People placed by the office-holder tables (`accords.knowledge`), and unqualified titles.

- A person the text ties to no country gets the country of the office the tables say they
  held: "President Biden" in 2023 -> USA, "Prime Minister Pashinyan" -> ARM.
- An unqualified title ("The President", "the Vice President") names the holder of that
  office in the outlet's home country on the article's day ("the President" in a White House
  text of 2023 is Joseph R. Biden), else the one person of the article with that kind of
  title ("the Prime Minister" after "Prime Minister Justin Trudeau of Canada"). The title
  becomes a mention of that person when the article names them; it is never a new person.

Pure: the tables are part of the stage's input (`accords.knowledge.VERSION`).
"""

from __future__ import annotations

import dataclasses
import functools
import re

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc

from accords import knowledge
from accords.entities.candidates import PATTERN, Candidate
from accords.entities.lexicon import DOCUMENT_HEADS, EVENT_HEADS, ORG_HEADS, PROJECT_HEADS, TITLE_HEADS
from accords.entities.linking import Cluster
from accords.entities.namebounds import generation_end
from accords.entities.people import refine_person
from accords.gazetteer.countries import country_by_alias
from accords.gazetteer.places import known_by_alias
from accords.gazetteer.portfolios import PORTFOLIO_WORDS
from accords.model import Article

#: The titles an unqualified mention may use, longest first (matched on the words after "the").
_TITLES = (
    ("vice", "president"), ("prime", "minister"), ("foreign", "minister"), ("secretary", "of", "state"),
    ("secretary", "-", "general"), ("secretary", "general"), ("crown", "prince"), ("president",), ("chancellor",),
    ("premier",), ("taoiseach",), ("emir",), ("amir",), ("king",), ("sultan",),
)
#: Words after the title that make it qualified or a different office ("the President of
#: Azerbaijan", "the President-elect", "the President's Special Envoy" stays the President).
_QUALIFIED_NEXT = frozenset({"of", "-", "–", "elect"})


@functools.cache
def _holder_matcher() -> PhraseMatcher:
    """The office holders' names of two words or more ("Ursula von der Leyen"), built once."""
    from accords.nlp import get_nlp

    nlp = get_nlp()
    matcher = PhraseMatcher(nlp.vocab, attr="ORTH")
    names = {form for term in knowledge.terms() for form in (term.name, *term.aliases) if " " in form.strip()}
    # a hyphenated name written with a spaced dash ("El-Sisi" as "El – Sisi"), which the model takes for a body
    names |= {form.replace("-", dash) for term in knowledge.terms() for form in (term.name, *term.aliases)
              if " " not in form.strip() and form.count("-") == 1 and form[:1].isupper()
              and form.split("-")[1][:1].isupper() for dash in (" – ", " — ")}
    matcher.add("HOLDER", [nlp.make_doc(name) for name in sorted(names)])
    return matcher


@functools.cache
def _title_names() -> frozenset[str]:
    """The tables' own names (not aliases) of holders whose name starts with a word of a title,
    folded: "Sheikh Hasina" is her name, where "Ayatollah Ali Khamenei" is an alias of "Ali Khamenei"."""
    return frozenset(knowledge.fold(term.name) for term in knowledge.terms()
                     if term.name.split()[0].lower() in TITLE_HEADS)


_SUFFIX = re.compile(r",?\s+(?:Jr|Sr|III|II)\.?$")


@functools.cache
def _surnames() -> dict[str, tuple[knowledge.Term, ...]]:
    """The one-word forms the office-holder tables give ("Giammattei", "Scholz"), with their terms."""
    table: dict[str, list[knowledge.Term]] = {}
    for term in knowledge.terms():
        for form in term.aliases:
            if " " not in form.strip() and "-" not in form:
                table.setdefault(form, []).append(term)
    return {form: tuple(found) for form, found in table.items()}


def is_family(cand: Candidate, surnames: frozenset[str] = frozenset()) -> bool:
    """"the Bidens": a known holder's surname in the plural names the family, no place or body; so
    does the plural of `surnames`, those of the people the article names ("the Reeds" after "Tom Reed")."""
    name = cand.name.strip()
    return (cand.type in ("ORG", "PLACE") and " " not in name and name.endswith("s")
            and (name[:-1] in _surnames() or (name[:-1] in surnames and known_by_alias(name) is None
                                              and country_by_alias(name[:-1]) is None)))


def people_surnames(candidates: list[Candidate]) -> frozenset[str]:
    """The last words of the names of two words or more that candidates give to people."""
    return frozenset(c.name.split()[-1] for c in candidates if c.type == "PERSON" and len(c.name.split()) >= 2)


def is_state_government(cand: Candidate) -> bool:
    """"the Government of Nigeria", "the U.S. Government", "the Iranian government": a state's
    government named by its country is that state (its COUNTRY mention, inside the name, stands
    for it), no organisation of its own, as an administration named after its leaders
    (`is_administration`; tests/gold/README.md, "Governments and administrations").
    "Government of National Unity" names a coalition, not a country: kept."""
    if cand.type != "ORG":
        return False
    words = cand.name.split()
    if len(words) >= 3 and words[0].lower() == "government" and words[1].lower() == "of":
        rest = words[3:] if words[2].lower() == "the" else words[2:]
    elif len(words) >= 2 and words[-1].lower() == "government":
        rest = words[:-1]
    else:
        return False
    return bool(rest) and country_by_alias(" ".join(rest)) is not None


#: Ranks before "Administration" that name its officials, not a body ("Senior Administration officials").
_RANKS = frozenset({"senior", "top", "former"})


def is_administration(cand: Candidate) -> bool:
    """"Biden Administration", "Biden-Harris Administration", "Trump Administration": a
    government named after the leaders the tables know, not an organisation of its own; and
    "Biden-Harris" alone (as in "the Biden-Harris team"), which spaCy tags a place or body; and a rank
    before it ("Senior Administration officials")."""
    words = cand.name.replace("\u2013", "-").split()
    if cand.type in ("ORG", "PLACE") and len(words) == 1 and words[0].count("-") == 1:
        words = [words[0], "administration"]  # "Biden-Harris": two leaders' names, no place
    if cand.type not in ("ORG", "PLACE") or len(words) < 2 or words[-1].lower() != "administration":
        return False
    if all(w.lower() in _RANKS for w in words[:-1]):
        return True  # "Senior Administration officials": the administration's people, no body of its own
    names = [part for word in words[:-1] for part in word.split("-")]
    surnames = _surnames()
    return all(any(knowledge.office_kind(t.office) in ("state", "government", "vice") for t in surnames.get(n, ()))
               for n in names)


#: Nouns after a leader's surname that name the government he leads ("the Raisi administration").
_GOVERNMENT_NOUNS = frozenset({"administration", "government", "cabinet", "regime"})


def administration_leader(doc: Doc, cand: Candidate) -> Candidate:
    """"the Raisi administration": the model read the surname alone as a place or a body; a surname the
    tables give a head of state or government, before a government's noun, names that person (the
    government itself is the state, `is_administration`). Other candidates are returned as they are."""
    if cand.type not in ("ORG", "PLACE") or cand.source != "spacy" or cand.end - cand.start != 1 \
            or cand.end >= len(doc) or doc[cand.end].lower_ not in _GOVERNMENT_NOUNS:
        return cand
    if not any(knowledge.office_kind(t.office) in ("state", "government") for t in _surnames().get(cand.name, ())):
        return cand
    return dataclasses.replace(cand, type="PERSON", canonical=None, country=None)


def _titled_surnames(doc: Doc) -> list[Candidate]:
    """A known holder's surname right after a title of that office ("Guatemalan President
    Giammattei", which the small model leaves untagged): a person, with the title's country."""
    found = []
    surnames = _surnames()
    for token in doc[1:]:
        terms = surnames.get(token.text)
        before = doc[token.i - 1]
        if terms and _word_beside(doc, token.i, -1) == "the" and _word_beside(doc, token.i, 1) == "regime" and any(
                knowledge.office_kind(t.office) in ("state", "government") for t in terms):
            # "the Lukashenka regime", which the small model leaves untagged: the leader whose government it is
            found.append(Candidate(token.i, token.i + 1, "PERSON", token.text, PATTERN + 1, source="knowledge:surname"))
            continue
        if not terms or not (_title_end(doc, token.i - 1) and before.text[:1].isupper()):
            continue
        after = doc[token.i + 1] if token.i + 1 < len(doc) else None
        if after is not None and after.text[:1].isupper() and after.is_alpha:
            continue  # a longer name ("President Biden Harris"?): the model's span decides
        refined = refine_person(doc, Candidate(token.i, token.i + 1, "PERSON", token.text, PATTERN + 1,
                                               source="knowledge:surname"))
        kind = knowledge.office_kind(refined.title if refined else None)
        if refined is not None and kind is not None and any(knowledge.office_kind(t.office) == kind for t in terms):
            found.append(refined)
    return found


def _word_beside(doc: Doc, i: int, step: int) -> str | None:
    """The lower-case word next to token `i` in the direction `step`, past line breaks ("the\nLukashenka regime")."""
    i += step
    while 0 <= i < len(doc) and doc[i].is_space:
        i += step
    return doc[i].lower_ if 0 <= i < len(doc) else None


def _title_end(doc: Doc, i: int) -> bool:
    """Whether token `i` ends a title of office: a title head ("President"), or a one-word
    portfolio after "<Head> of" ("Secretary of State", "Minister of Energy")."""
    if doc[i].lower_ in TITLE_HEADS:
        return True
    return i >= 2 and doc[i].lower_ in PORTFOLIO_WORDS and doc[i - 1].lower_ == "of" \
        and doc[i - 2].lower_ in TITLE_HEADS and doc[i - 2].text[:1].isupper()


#: Capitalised words after a person's name that make it the name of a thing named after them.
_NAMED_AFTER = frozenset({"international", "national", "airport", "street", "avenue", "square", "park", "prize",
                          "award", "stadium", "palace", "museum", "mosque", "school", "hall", "boulevard"})


def _names_a_thing(doc: Doc, end: int) -> bool:
    """Whether the name ending at `end` goes on into the name of a body, place or project
    named after the person ("Heydar Aliyev Foundation", "Heydar Aliyev Center", "... International
    Airport"): a capitalised head noun of a name follows."""
    if end >= len(doc):
        return False
    after = doc[end]
    lower = after.lower_
    return after.text[:1].isupper() and (lower in _NAMED_AFTER or lower in ORG_HEADS or lower in PROJECT_HEADS
                                         or lower in EVENT_HEADS or lower in DOCUMENT_HEADS)


#: The Persian and Arabic "Seyed" (a descendant of the Prophet) written before a given name: part of
#: the name the gold records ("Seyed Ebrahim Raisi"), not a title.
_SEYED = frozenset({"seyed", "seyyed", "sayyid", "sayed", "syed", "seyyid"})


def holder_candidates(doc: Doc) -> list[Candidate]:
    """People the office-holder tables name, found by their full names, or by a surname after
    the title of their office: the small NER misses some ("European Commission President Ursula
    von der Leyen" gives it "Leyen", a place; "Guatemalan President Giammattei" nothing).
    Titles and countries come from the context as for any person (`refine_person`)."""
    from accords.nlp import get_nlp

    if doc.vocab is not get_nlp().vocab:
        return []
    found = _titled_surnames(doc)
    own_names = _title_names()
    for _match, start, end in _holder_matcher()(doc):
        if _names_a_thing(doc, end):
            continue  # "Heydar Aliyev Foundation", "Heydar Aliyev International Airport": named after the holder
        bare = doc[start:end].text
        if start > 0 and doc[start - 1].lower_ in _SEYED and doc[start - 1].text[:1].isupper():
            start -= 1  # "Seyed Abbas Araghchi": the Persian "Seyed" is part of the name as the text writes it
        cand = Candidate(start, end, "PERSON", doc[start:end].text, PATTERN + 1, source="knowledge:holder")
        refined = refine_person(doc, cand)  # honorifics and titles off: "Ayatollah Ali Khamenei" is "Ali Khamenei"
        if refined is not None and refined.start > start and knowledge.fold(cand.name) in own_names:
            # a title word that is part of the holder's own name: "Sheikh Hasina" stays whole
            refined = dataclasses.replace(refined, start=start, name=cand.name)
        if refined is not None:
            # "Joseph R. Biden, Jr." is "Biden" further on: link on the name without its suffix
            name = _SUFFIX.sub("", refined.name)
            # the suffix written after the matched name is an alias, the mention keeps its span: "Joseph R.
            # Biden Jr." (the small model ends the name before "Jr.")
            suffixed = generation_end(doc, refined.end)
            written = (doc[refined.start:suffixed].text,) if suffixed > refined.end else ()
            aliases = tuple(dict.fromkeys(a for a in (*refined.aliases, refined.name, bare, *written) if a != name))
            found.append(dataclasses.replace(refined, name=name, aliases=aliases, priority=PATTERN + 1,
                                             source="knowledge:holder"))
    return found


def _forms_and_title(cluster: Cluster) -> tuple[list[str], str | None]:
    names = [form for m in cluster.members for form in (m.name, *m.aliases)]
    titles = [m.title for m in cluster.members if m.title]
    return names, (max(titles, key=len) if titles else None)


def merge_known_people(clusters: list[Cluster], article: Article) -> int:
    """One person for the forms the office-holder tables give to one holder: "Zelensky" (the
    President) and "Volodymyr Zelenskiy", "Mr. Xi" and "Xi Jinping" (a surname first) are
    one person, which linking by last word cannot see. The fullest name's cluster takes the
    others' mentions; how many clusters were merged away."""
    by_person: dict[str, list[Cluster]] = {}
    for cluster in clusters:
        if cluster.type == "PERSON":
            names, title = _forms_and_title(cluster)
            who = knowledge.person_of(names, title, article.published)
            if who is not None:
                by_person.setdefault(who, []).append(cluster)
    merged = 0
    for group in by_person.values():
        if len(group) < 2:
            continue
        keep = max(group, key=lambda c: (len(c.fullest().split()), len(c.members)))
        for other in group:
            if other is not keep:
                keep.members.extend(other.members)
                clusters.remove(other)
                merged += 1
        keep.members.sort(key=lambda m: (m.start, m.end))
        if keep.members[0].country is None:  # the first member carries what the others knew
            known = next((m for m in keep.members if m.country), None)
            if known is not None:
                keep.members[0] = dataclasses.replace(keep.members[0], country=known.country)
    return merged


def place_people(clusters: list[Cluster], article: Article) -> int:
    """Give people without a country the one the office-holder tables give; how many were placed.

    A bare surname (no title, no honorific: placed by the article's date only) is placed only
    when the article names that country too: "Moon" in a story on a moon landing in 2019 is no
    Moon Jae-in of Korea; "Mr. Trump" is placed."""
    named = {c.canonical for c in clusters if c.type == "COUNTRY" and c.canonical}
    placed = 0
    for cluster in clusters:
        if cluster.type != "PERSON" or any(m.country for m in cluster.members):
            continue
        names, title = _forms_and_title(cluster)
        country = knowledge.country_of_person(names, title, article.published)
        if country is None:
            continue
        if all(m.extra.get("weak") for m in cluster.members) and country not in named:
            continue  # a bare surname (no title, no honorific), placed by the date alone
        cluster.members[0] = dataclasses.replace(cluster.members[0], country=country)
        placed += 1
    return placed


def title_mentions(doc: Doc, clusters: list[Cluster], article: Article) -> int:
    """Add "the President" and the like to the person they name (see the module docstring);
    how many were added."""
    taken = {i for cluster in clusters for m in cluster.members for i in range(m.start, m.end)}
    home = knowledge.home_country(article.source, article.url)
    added = 0
    i = 0
    while i < len(doc) - 1:
        if doc[i].lower_ != "the":
            i += 1
            continue
        words = _title_at(doc, i + 1)
        if words is None or any(j in taken for j in range(i + 1, i + 1 + words)):
            i += 1
            continue
        start = i + 1
        while words is not None:  # "The President and Prime Minister underscored"
            end = start + words
            target = _person_for(doc[start:end].text, clusters, home, article.published)
            if target is not None:
                target.members.append(dataclasses.replace(
                    target.members[0], start=start, end=end, name=target.members[0].name, aliases=(), extra={}))
                taken.update(range(start, end))
                added += 1
            i = end
            words = None
            if end + 1 < len(doc) and doc[end].lower_ == "and":
                start = end + 2 if doc[end + 1].lower_ == "the" else end + 1
                words = _title_at(doc, start) if not any(j in taken for j in range(start, start + 1)) else None
    return added


def _title_at(doc: Doc, i: int) -> int | None:
    """The number of tokens of a capitalised unqualified title starting at token i, or None."""
    for title in _TITLES:
        end = i + len(title)
        if end > len(doc):
            continue
        tokens = doc[i:end]
        if [t.lower_ for t in tokens] != list(title) or not all(t.text[:1].isupper() for t in tokens if t.is_alpha
                                                                and t.lower_ != "of"):
            continue
        following = doc[end] if end < len(doc) else None
        if following is not None and (following.lower_ in _QUALIFIED_NEXT or (following.text[:1].isupper()
                                                                               and following.is_alpha)):
            return None  # "the President of Iran", "the President-elect", "the President Joe Biden"
        return len(title)
    return None


def _person_for(title: str, clusters: list[Cluster], home: str | None, published: str | None) -> Cluster | None:
    kind = knowledge.office_kind(title)
    people = [c for c in clusters if c.type == "PERSON"]
    if home is not None:
        term = knowledge.holder(home, title, published)
        if term is not None:  # the home office holder, named in the article or no one
            forms = {knowledge.fold(f) for f in (term.name, *term.aliases)}
            named = [c for c in people if any(knowledge.fold(f) in forms for m in c.members for f in (m.name, *m.aliases))]
            return named[0] if len(named) == 1 else None
    titled = [c for c in people if any(knowledge.office_kind(m.title) == kind for m in c.members if m.title)]
    titled = [c for c in titled if any(m.country for m in c.members)]
    return titled[0] if len(titled) == 1 else None

