"""Office holders from the cross-article registry (`accords consolidate`): the same rows as
the corpus harvest, from people's roles as stored articles reported them.

Pure: `sightings_of` turns one canonical person (name and roles: title, country, as-of
date, article) into sightings; the store reads the registry (`accords.store.registry`) and
`accords knowledge registry` writes the rows to `accords/knowledge/office_holders_registry.tsv`,
the snapshot the entities stage reads (a stage never reads the live store). A role counts
when its title is one office of `accords.harvest.sightings.OFFICES` and it names the country
or organisation the office fits; the evidence rule is the harvest's (two articles).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from accords.harvest.sightings import Sighting, fits_office, clean_name, office_of_title

CORPUS = "registry"


@dataclass(frozen=True)
class RoleSeen:
    """One role of a canonical person as one stored article reported it."""

    title: str
    country: str | None
    as_of: str | None
    article_id: str


def sightings_of(name: str, roles: Iterable[RoleSeen]) -> list[Sighting]:
    """The sightings one canonical person's roles give (see the module docstring)."""
    person = clean_name(name)
    if person is None:
        return []
    found = []
    for role in roles:
        office = office_of_title(role.title)
        if office is None or role.country is None or not fits_office(office[0], office[1], role.country):
            continue
        found.append(Sighting(person, office[0], role.country, CORPUS, role.article_id[:16], (role.as_of or "")[:10] or None,
                              f"{role.title} ({role.country}), article {role.article_id[:16]}", in_title=False))
    return found
