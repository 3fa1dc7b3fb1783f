"""A species of the Caspian Sea counted: the five littoral states' figure, named by the species (indtt44).

"According to the latest census conducted in 2016, the population of Caspian seals has reached less than 70,000",
"Caspian seal ... declined by more than 90 percent": the gold (tests/gold/README.md, indtt43: "a figure of the Caspian
Sea as a whole (its area, volume, seal population) is the five littoral states'") gives such a count or its change all
five states (`gazetteer.countries.CASPIAN_STATES`) and names it by the species (`seal_population`,
`seal_population_change`), never Iran's alone though a Tehran Times text is about Iran.
"""

from __future__ import annotations

import re

from accords.gazetteer.countries import CASPIAN_STATES
from accords.indicators import clauses
from accords.quantities.extract import qualifier_group

#: A species named as the Caspian Sea's: "Caspian seal(s)", "Caspian sturgeon".
_SPECIES = re.compile(r"\bCaspian\s+(?P<species>seal|sturgeon)s?\b", re.IGNORECASE)
#: A count of animals: "the population of"; its fall ("has declined by", "a 90 percent decline") is `clauses.FALL`.
_POPULATION = re.compile(r"\bpopulation\b", re.IGNORECASE)


#: A population told with "their" for the species an earlier sentence names ("Caspian seal ... Unfortunately, their
#: population which stood at about one million"), or the level it fell or grew to ("... shrank to less than 100,000").
_THEIR_POPULATION = re.compile(r"\btheir\s+population\s+(?:(?:which|that|once)\s+){0,2}(?:stood\s+at|was|numbered|reached)\s+"
                               + qualifier_group() + "$", re.IGNORECASE)
_POPULATION_MOVED_TO = re.compile(r"\bpopulation\b[^.;]*\b(?:shrank|shrunk|fell|dropped|declined|decreased|plunged|rose|grew|"
                                  r"increased)\s+to\s+" + qualifier_group() + "$", re.IGNORECASE)
#: How far before its sentence a species named frames "their population" (about five sentences).
_SPECIES_REACH = 1000


def species_population(text: str, start: int, sentence_start: int) -> str | None:
    """`seal_population` (`sturgeon_population`) for a count at `start` of a Caspian species the sentence names or an
    earlier one did, where the sentence tells "their population which stood at" it or the level a population "shrank
    to" (see `_THEIR_POPULATION`); None otherwise."""
    if not (_THEIR_POPULATION.search(text, sentence_start, start) or _POPULATION_MOVED_TO.search(text, sentence_start, start)):
        return None
    species = list(_SPECIES.finditer(text, max(0, sentence_start - _SPECIES_REACH), start))
    return f"{species[-1].group('species').lower()}_population" if species else None


def species_figure(sentence: str, lead: str, metric: str, unit: str, subjects: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """(metric, subjects) of a figure in `sentence` (`lead`: the sentence up to it): a population of a Caspian species
    ("population" counts) or its change (a percent the text names a fall or growth of), the five littoral states';
    other figures as they are."""
    if unit == "count" and metric in ("seal_population", "sturgeon_population"):
        return metric, CASPIAN_STATES  # `species_population`
    species = _SPECIES.search(sentence)
    if species is None or not (_POPULATION.search(lead) or clauses.FALL.search(lead)):
        return metric, subjects
    name = species.group("species").lower()
    if unit == "count" and metric == "population":
        return f"{name}_population", CASPIAN_STATES
    if unit == "percent" and metric.endswith(("_growth", "_change")):
        return f"{name}_population_change", CASPIAN_STATES
    return metric, subjects
