"""Goods sent along a route named by its countries ("sent two cargoes to Kyrgyzstan through the
Kyrgyzstan-Tajikistan-Afghanistan-Iran corridor"), and joint works carried out ("the
implementation of the project of third Iran-Armenia power transmission line", "we are pursuing a
joint dam construction project"): the words `accords.events.works` reads and the cheap scan
(`accords.events.triggers.may_trigger`) looks for. One owner for both.
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

#: Joint works whose start, opening or operation is cooperation carried out.
WORKS = frozenset(
    """project projects corridor railway railroad line pipeline bridge plant factory terminal port
    road highway dam park zone centre center venture company enterprise""".split()
)
#: Words that name a work as the sides' together ("a joint dam construction project").
JOINT_WORDS = frozenset({"joint", "bilateral", "trilateral", "common"})
#: Verbs that found a joint body or working together ("established a joint venture", "cooperation was
#: established with ...": `accords.events.works`), and what is founded as working together itself.
FOUNDING_VERBS = frozenset({"establish", "set", "form", "create", "found", "launch"})
FOUNDED_COOPERATION = frozenset({"cooperation", "collaboration"})
#: Verbs of carrying a work out ("are pursuing", "have implemented", "are building", "have already
#: conducted joint projects", "have completed a joint bridge", "are running a joint venture").
PURSUING_VERBS = frozenset(
    {"pursue", "implement", "execute", "build", "construct", "carry", "develop", "conduct", "undertake", "complete",
     "operate", "run"}
)
#: Nouns of a work being carried out ("the implementation of", "the construction of").
CARRYING_NOUNS = frozenset({"implementation", "construction", "execution"})

#: Goods that sides swap, supply or trade (word forms and lemmas; "exchanged fire" swaps none).
GOODS = frozenset(
    """gas electricity power energy oil crude fuel fuels petroleum goods good products product commodities
    commodity cargo cargoes water wheat grain food currency currencies lng diesel gasoline""".split()
)
#: Verbs of goods supplied or traded along an arrangement in operation ("Iran is currently swapping
#: Turkmen gas to Azerbaijan", `accords.events.supplies`).
SUPPLY_VERBS = frozenset({"swap", "supply", "export", "import", "transit", "send", "deliver", "ship", "sell", "buy",
                          "purchase", "pump", "transfer"})
#: Verbs of a service or a flow started again ("have resumed a train service", "restarted oil swaps").
RESUMING_VERBS = frozenset({"resume", "restart"})
