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

#: A species named as the Caspian Sea's: "Caspian seal(s)", "Caspian sturgeon".
_SPECIES = re.compile(r"\bCaspian\s+(?P<species>seal|sturgeon)s?\b", re.IGNORECASE)
#: A count of animals: "the population of"; its fall ("has declined by", "a 90 percent decline") is `clauses.FALL`.
_POPULATION = re.compile(r"\bpopulation\b", re.IGNORECASE)


def species_figure(sentence: str, lead: str, metric: str, unit: str, subjects: tuple[str, ...]) -> tuple[str, tuple[str, ...]]:
    """(metric, subjects) of a figure in `sentence` (`lead`: the sentence up to it): a population of a Caspian species
    ("population" counts) or its change (a percent the text names a fall or growth of), the five littoral states';
    other figures as they are."""
    species = _SPECIES.search(sentence)
    if species is None or not (_POPULATION.search(lead) or clauses.FALL.search(lead)):
        return metric, subjects
    name = species.group("species").lower()
    if unit == "count" and metric == "population":
        return f"{name}_population", CASPIAN_STATES
    if unit == "percent" and metric.endswith(("_growth", "_change")):
        return f"{name}_population_change", CASPIAN_STATES
    return metric, subjects
