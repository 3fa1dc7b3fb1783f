"""How sure an entity is: the share of entities like it that are right on text no rule was written on.

An entity is right when `accords eval` finds it in the gold: a country by its code, anything
else by its type and a shared name or alias. What tells apart how often an entity is right is
its type, whether the text names it more than once (a name written twice is seldom a parsing
accident), and for organisations and places whether the entity stage tied it to a country or a
code ("the Communications Agency of Turkmenistan", "NATO"; an organisation named once and tied
to nothing is right less than half the time: a department's generic name, a product, a heading
fragment).

The table is set on honest labels (seventeenth session, `bench/entity_calibration.py --fresh`):
the dev files each session added before writing its rules, run with the code of that session's
start, which never saw them (eleven sessions, sixth to sixteenth, 1,676 entities). Each value is
the group's share right, shrunk towards its type's share by five pseudo-entities:

| type       | named once            | named more than once  |
|------------|-----------------------|-----------------------|
| COUNTRY    | .97 (236)             | .99 (274)             |
| PERSON     | .88 (206)             | .95 (169)             |
| PLACE      | tied .98 (88), not .72 (112) | tied .96 (51), not .91 (33) |
| ORG        | tied .83 (118), not .47 (193) | tied .89 (37), not .69 (45) |
| DOCUMENT   | .73 (26)              | 7 of 7                |
| EVENT_NAME | .69 (39)              | .69 (13)              |
| PROJECT    | .52 (21)              | 5 of 8                |
"""

from __future__ import annotations

#: (type, named more than once) -> confidence, for types where a tie to a country does not matter.
BY_TYPE: dict[tuple[str, bool], float] = {
    ("COUNTRY", False): 0.97, ("COUNTRY", True): 0.99,
    ("PERSON", False): 0.88, ("PERSON", True): 0.95,
    ("DOCUMENT", False): 0.74, ("DOCUMENT", True): 0.91,
    ("EVENT_NAME", False): 0.69, ("EVENT_NAME", True): 0.69,
    ("PROJECT", False): 0.53, ("PROJECT", True): 0.6,
}
#: (type, named more than once, tied to a country or a code) -> confidence, for organisations and places.
TIED: dict[tuple[str, bool, bool], float] = {
    ("ORG", False, False): 0.47, ("ORG", False, True): 0.82, ("ORG", True, False): 0.68, ("ORG", True, True): 0.86,
    ("PLACE", False, False): 0.73, ("PLACE", False, True): 0.97, ("PLACE", True, False): 0.9, ("PLACE", True, True): 0.95,
}
#: A type the table does not know (none today).
DEFAULT = 0.7


def entity_confidence(kind: str, mentions: int, *, tied: bool = False) -> float:
    """The confidence of an entity of type `kind` named `mentions` times in its article, `tied` to a
    country or a code (organisations and places; see the module's table)."""
    repeated = mentions > 1
    if kind in ("ORG", "PLACE"):
        return TIED[(kind, repeated, tied)]
    return BY_TYPE.get((kind, repeated), DEFAULT)
