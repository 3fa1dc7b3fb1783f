"""Goods sent along a route named by its countries ("sent two cargoes to Kyrgyzstan through the
Kyrgyzstan-Tajikistan-Afghanistan-Iran corridor"): the words `accords.events.works` reads and
the cheap scan (`accords.events.triggers.may_trigger`) looks for. One owner for both.
"""

from __future__ import annotations

#: Verbs of moving goods (lemmas).
SHIPPING_VERBS = frozenset({"send", "ship", "transport", "transit", "dispatch", "carry", "move"})
#: What is moved (word forms).
SHIPMENTS = frozenset(
    """cargo cargoes consignment consignments shipment shipments truck trucks lorry lorries train trains
    wagon wagons container containers goods""".split()
)
#: Routes goods are sent through.
ROUTES = frozenset({"corridor", "route", "railway", "railroad"})
