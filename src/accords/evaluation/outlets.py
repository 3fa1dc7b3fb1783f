"""Which outlet a gold file belongs to: the one table of gold file-name prefixes.

The developer gold mixes outlets (tests/gold/README.md); scores are reported per outlet as
well as in total, and the quality gate pins floors per outlet, so that a gain on one outlet
cannot hide a loss on another. The outlet is read from the gold file's name, never from
its text.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Outlet:
    """An outlet of the gold: its short key (floors.toml, JSON), file-name prefix and name."""

    key: str
    prefix: str
    name: str


#: Gold file-name prefix -> outlet, in report order. The one place the mapping lives.
OUTLETS = (
    Outlet("tt", "tt_", "Tehran Times"),
    Outlet("wh", "wh_", "White House"),
    Outlet("news", "news_", "web news (article-extraction-benchmark)"),
    Outlet("seeds", "seed_", "seeds"),
)

#: Gold files whose name has none of the prefixes above.
OTHER = Outlet("other", "", "other")


def outlet_of(file_name: str) -> Outlet:
    """The outlet of a gold file, from its base name (`OTHER` when no prefix matches)."""
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    for outlet in OUTLETS:
        if base.startswith(outlet.prefix):
            return outlet
    return OTHER


def outlet_order(key: str) -> int:
    """Where an outlet key sits in reports: table order, `OTHER` last."""
    keys = [outlet.key for outlet in OUTLETS]
    return keys.index(key) if key in keys else len(keys)


def outlet_named(key: str) -> Outlet:
    """The outlet with this key (`OTHER` for an unknown one)."""
    return next((outlet for outlet in OUTLETS if outlet.key == key), OTHER)
