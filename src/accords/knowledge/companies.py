"""The home country of well-known companies (`companies.tsv`), for the figures of a text that
names a company without its country: "Samsung's profit fell 20 percent" in a US page is Korea's,
"TSMC ... increasing its total investment in Arizona to $65 billion" is Taiwan's and the host's.

Each row cites the page that gives the company's headquarters. The countries are read by the
figures stage only (`indicators.mentioncountries.organisation_countries`): the entity stage keeps its own
rules for an organisation's country, so events do not change with it. The entity stage reads the
names (`company_names`): a listed company written in capitals ("TSMC", "CATL") is an
organisation, which the spaCy checks would drop as a bare acronym.

A form is matched whole, case-sensitively, after dropping a trailing legal suffix ("Inc.", "Co.",
"Corp."); a form written with a trailing "*" also matches a longer name that begins with it
("Samsung*": "Samsung Electronics", "Samsung SDI").
"""

from __future__ import annotations

import functools
import re
from importlib import resources

#: Names the table data, recorded by what reads it.
VERSION = "companies.1"
_SUFFIX = re.compile(r"[,\s]+(?:Inc|Co|Corp|Corporation|Ltd|Limited|LLC|PLC|plc|AG|SE|S\.A|N\.V)\.?$")


@functools.cache
def _forms() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """(whole forms -> country, (prefix, country) pairs) of the table."""
    whole: dict[str, str] = {}
    prefixes: list[tuple[str, str]] = []
    text = resources.files(__package__).joinpath("companies.tsv").read_text(encoding="utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        name, aliases, country, _source = line.split("\t")
        for form in (name, *[a for a in aliases.split(";") if a]):
            if form.endswith("*"):
                whole[form[:-1]] = country
                prefixes.append((form[:-1] + " ", country))
            else:
                whole[form] = country
    return whole, tuple(prefixes)


def company_country(name: str) -> str | None:
    """The ISO3 code of the country where the company named `name` has its headquarters, or
    None when the table does not know it."""
    whole, prefixes = _forms()
    bare = _SUFFIX.sub("", name.strip())
    found = whole.get(bare)
    if found is not None:
        return found
    return next((country for prefix, country in prefixes if bare.startswith(prefix)), None)


def company_names() -> tuple[str, ...]:
    """Every whole form of the table ("TSMC", "Taiwan Semiconductor Manufacturing Company",
    "Samsung"): the names the entity stage may take for companies as written."""
    return tuple(_forms()[0])
