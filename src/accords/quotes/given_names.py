"""The gender a given name usually has, for "he" and "she" (quotes: whose words a pronoun means).

"“…,” she said" after "Jennifer Ramsay ... Paul Tremblay" means Jennifer Ramsay. The article
often tells a person's gender (an honorific, the pronouns after the name: `People.gender`);
where it does not, a common given name does. The table is the US Census Bureau's 1990
frequency lists of first names (public domain), as shipped in the `names` package (MIT
licence, pinned in pyproject.toml): `dist.female.first` (4,275 names) and `dist.male.first`
(1,219 names), each line "NAME  frequency%  cumulative%  rank".

A name counts as one gender's only when that gender's frequency is at least `RATIO` times the
other's ("Mary" f, "James" m; "Jordan", "Jean", "Kim" neither), so an unusual or shared name
gives no answer and the pronoun agrees with anyone, as before. The male list stops at names of
0.004%, the female one at 0.001%: a name missing from one list counts only when it is at least
as frequent in the other as the missing list's rarest name, since a rarer one ("Ara", 0.001%
of women, an Armenian man's name in Tehran Times copy) may be as frequent among the other sex
and still unlisted.
"""

from __future__ import annotations

import functools
import unicodedata
from importlib import resources

#: How many times more frequent in one list than in the other a name must be to count.
RATIO = 10.0


@functools.cache
def _lists() -> tuple[dict[str, float], dict[str, float]] | None:
    """The female and the male list's frequencies by lower-case name, read once; None without the lists."""
    try:
        root = resources.files("names")
        return (_frequencies(root.joinpath("dist.female.first").read_text(encoding="ascii")),
                _frequencies(root.joinpath("dist.male.first").read_text(encoding="ascii")))
    except (ModuleNotFoundError, FileNotFoundError):  # the lists are an aid: without them, no answer
        return None


@functools.cache
def _table() -> dict[str, str]:
    lists = _lists()
    if lists is None:
        return {}
    female, male = lists
    table = {}
    female_floor, male_floor = min(female.values()), min(male.values())
    for name in female.keys() | male.keys():
        f, m = female.get(name, 0.0), male.get(name, 0.0)
        if (f == 0.0 and m < female_floor) or (m == 0.0 and f < male_floor):
            continue  # absent from one list and rarer in the other than that list's rarest name
        if f >= RATIO * m:
            table[name] = "f"
        elif m >= RATIO * f:
            table[name] = "m"
    return table


@functools.cache
def _listed() -> frozenset[str]:
    """Every name of either list, shared or rare ones included ("Jean", "Marie", "Ali")."""
    lists = _lists()
    return frozenset(lists[0].keys() | lists[1].keys()) if lists is not None else frozenset()


def is_given_name(name: str) -> bool:
    """Whether a word is a given name of either list, accents folded ("Hélène", "Jean"), whatever its
    gender; the first of a hyphened given name ("Marie-Claude") is a given name too."""
    return _key(name) in _listed()


def _frequencies(text: str) -> dict[str, float]:
    found = {}
    for line in text.splitlines():
        parts = line.split()
        if len(parts) >= 2:
            # the lists round rare names to 0.000: count them as just above nothing
            found[parts[0].lower()] = max(float(parts[1]), 0.0005)
    return found


def gender_of_given_name(name: str) -> str | None:
    """ "f" or "m" for a given name that is nearly always one gender's, else None; a hyphened
    given name has its first name's ("Marie-Claude" f, "Louis-Philippe" m, "Jean-Marie" none), and
    accents are folded, as the lists write none ("Geneviève", "Mélanie" f; "Jérôme", "José" m)."""
    return _table().get(_key(name))


def _key(name: str) -> str:
    """How the lists write a given name: its first part if hyphened, without dots or accents, in lower case."""
    return _folded(name.strip(".").split("-")[0])


def _folded(word: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c)).lower()
