"""Names listed before a plural class noun take their type from it.

"Floods hit Gilan, Mazandaran and Golestan provinces": every name of the list is a province, a
PLACE, whatever the small model guessed (it takes a county "Van Buren" for a person). "... briefed
on the Orumset, Sahand and Spota satellites": the names are products, no entity at all (the gold
lists no weapon systems, satellites or products), however the model tagged them. The list needs
two names at least, the last after "and" or "or": one name before a plural noun is often a
modifier of another kind ("the Gulf states").

Names that are or hold a country's name or adjective are left alone ("Iranian and Turkish drones"
still name the two countries), and so are regional adjectives ("the Eurasian and Caucasus regions").
"""

from __future__ import annotations

from spacy.tokens import Doc

from accords.entities.candidates import PATTERN, Candidate
from accords.entities.patterns import country_of, is_capitalised
from accords.entities.tokens import TokenIds, string_ids

#: Plural nouns of places: the names listed before them are places.
PLACE_CLASSES = frozenset({
    "counties", "provinces", "districts", "regions", "cities", "towns", "villages", "islands", "oblasts",
    "governorates", "prefectures", "municipalities", "cantons", "rivers", "valleys", "mountains",
})
#: Plural nouns of products and hardware: the names listed before them are no entities. Not "fighters"
#: ("the Euphrates Shield or Kurdish fighters": armed men, of a group with a name).
PRODUCT_CLASSES = frozenset({
    "satellites", "missiles", "drones", "aircraft", "jets", "helicopters", "tanks", "rockets",
    "vessels", "submarines", "warships", "launchers", "smartphones", "phones", "consoles", "laptops",
})
#: The type of the candidates that stand for "no entity here": they win the overlap and are dropped after it.
NOTHING = "NOTHING"
#: Words a listed name may be made of besides capitalised ones ("St. Joseph", "Van Buren").
_MAX_WORDS = 3
_SEPARATORS = frozenset({",", "and", "&", "or"})


def _name_before(doc: Doc, end: int) -> int | None:
    """The start of a capitalised name of one to `_MAX_WORDS` words ending at token `end` (exclusive)."""
    start = end
    while start > 0 and end - start < _MAX_WORDS and is_capitalised(doc[start - 1]):
        start -= 1
        if doc[start].is_sent_start:
            break  # a list may open its sentence, not go on before it
    while start < end and doc[start].lower_ in ("the", "a", "an"):
        start += 1  # "The Iranian and Turkish drones"
    return start if start < end else None


def _adjective(word: str) -> bool:
    """A regional adjective, no name of a place: "the Eurasian and Caucasus regions", "Northern"."""
    return word.lower().endswith(("ian", "ean", "ern", "ese", "ic"))


def _listed(doc: Doc, noun: int) -> list[tuple[int, int]]:
    """The (start, end) of the names coordinated right before the class noun at `noun`."""
    names: list[tuple[int, int]] = []
    end = noun
    while True:
        start = _name_before(doc, end)
        if start is None:
            break
        names.append((start, end))
        i = start - 1
        seps = 0
        while i >= 0 and doc[i].lower_ in _SEPARATORS and seps < 2:
            i -= 1
            seps += 1
        if seps == 0:
            break
        end = i + 1
    if len(names) < 2 or not any(doc[s - 1].lower_ in ("and", "&", "or") for s, _ in names[:1] if s > 0):
        return []  # "A, B and C <noun>": the last name comes after "and"
    return names[::-1]


def listed_kinds(doc: Doc, ids: TokenIds) -> list[Candidate]:
    """PLACE candidates for the names listed before a plural noun of places, NOTHING candidates
    for those listed before a plural noun of products (see the module docstring)."""
    found: list[Candidate] = []
    for noun in ids.where_lower(string_ids(PLACE_CLASSES | PRODUCT_CLASSES)):
        if not doc[noun].is_lower:
            continue  # "Northern Regions" is a name of its own
        kind = "PLACE" if doc[noun].lower_ in PLACE_CLASSES else NOTHING
        for start, end in _listed(doc, noun):
            text = doc[start:end].text
            if country_of(text) or any(country_of(t.text) for t in doc[start:end]) or _adjective(doc[end - 1].text):
                continue
            found.append(Candidate(start, end, kind, text, PATTERN, source=f"pattern:listed-{kind.lower()}"))
    return found
