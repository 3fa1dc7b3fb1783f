"""GraphML export of the relationship graph: countries and organisations linked by events.

Nodes are ``COUNTRY:<code>`` and ``ORG:<acronym or name>``; an undirected edge joins every
two distinct sides of an event (the countries of its actors and recipients, and the
organisations among them), as `accords.store.pairs.relationship_graph` draws it for the
dashboard, but over every event the filters select. Edge ``weight`` is the number of events,
and ``events_<TYPE>`` the number of each PLOVER type. Node and edge attributes are declared
as GraphML ``<key>``s, so networkx, Gephi, yEd and igraph read them typed. Only counts are
kept while events stream in; the document is written at the end.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import IO
from xml.etree import ElementTree as ET

from accords.export import Exporter
from accords.export.source import ExportRecord
from accords.model import EVENT_TYPES, Event

GRAPHML_NS = "http://graphml.graphdrawing.org/xmlns"
_XSI = "http://www.w3.org/2001/XMLSchema-instance"
_SCHEMA = "http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd"

#: (id, for, attr.name, attr.type) of every key the document declares.
NODE_KEYS = (("d_type", "node", "type", "string"), ("d_label", "node", "label", "string"),
             ("d_events", "node", "events", "int"))
EDGE_KEYS = (("d_weight", "edge", "weight", "int"),
             *((f"d_{t.lower()}", "edge", f"events_{t}", "int") for t in EVENT_TYPES))


class _Graph:
    """Counts of events per node and per node pair, by type."""

    def __init__(self) -> None:
        self.labels: dict[str, tuple[str, str]] = {}
        self.node_events: Counter[str] = Counter()
        self.edges: dict[tuple[str, str], Counter[str]] = {}

    def add(self, event: Event, record: ExportRecord) -> None:
        known = record.context.entities
        names = {e.canonical_id: e.name for e in known.values() if e.type == "COUNTRY" and e.canonical_id}
        sides: set[str] = set()
        for code in (*event.actor_countries, *event.recipient_countries):
            key = f"COUNTRY:{code}"
            sides.add(key)
            current = self.labels.get(key)
            if current is None or (current[1] == code and code in names):  # a name beats a bare code
                self.labels[key] = ("COUNTRY", names.get(code, code))
        for entity_id in (*event.actors, *event.recipients):
            entity = known.get(entity_id)
            if entity is not None and entity.type == "ORG":
                key = f"ORG:{entity.canonical_id or entity.name}"
                sides.add(key)
                self.labels.setdefault(key, ("ORG", entity.name))
        self.node_events.update(sides)
        ordered = sorted(sides)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1 :]:
                self.edges.setdefault((a, b), Counter())[event.type] += 1


def document(graph: _Graph) -> ET.ElementTree:
    """The GraphML document of a graph: keys, then nodes by key, then edges by weight."""
    ET.register_namespace("", GRAPHML_NS)
    ET.register_namespace("xsi", _XSI)
    q = lambda tag: f"{{{GRAPHML_NS}}}{tag}"  # noqa: E731
    root = ET.Element(q("graphml"), {f"{{{_XSI}}}schemaLocation": _SCHEMA})
    for key_id, domain, name, type_ in (*NODE_KEYS, *EDGE_KEYS):
        key = ET.SubElement(root, q("key"), {"id": key_id, "for": domain, "attr.name": name, "attr.type": type_})
        if type_ == "int" and domain == "edge" and key_id != "d_weight":
            ET.SubElement(key, q("default")).text = "0"
    g = ET.SubElement(root, q("graph"), {"id": "accords", "edgedefault": "undirected"})
    for node_key in sorted(graph.node_events):
        node = ET.SubElement(g, q("node"), {"id": node_key})
        kind, label = graph.labels[node_key]
        for key_id, value in (("d_type", kind), ("d_label", label), ("d_events", graph.node_events[node_key])):
            ET.SubElement(node, q("data"), {"key": key_id}).text = str(value)
    ranked = sorted(graph.edges.items(), key=lambda item: (-sum(item[1].values()), item[0]))
    for n, ((a, b), by_type) in enumerate(ranked):
        edge = ET.SubElement(g, q("edge"), {"id": f"e{n}", "source": a, "target": b})
        ET.SubElement(edge, q("data"), {"key": "d_weight"}).text = str(sum(by_type.values()))
        for event_type in EVENT_TYPES:
            if by_type[event_type]:
                ET.SubElement(edge, q("data"), {"key": f"d_{event_type.lower()}"}).text = str(by_type[event_type])
    ET.indent(root)
    return ET.ElementTree(root)


def write(records: Iterable[ExportRecord], out: IO[str], *, kind: str) -> int:
    """Count the events into a graph and write it as GraphML; return the number of events."""
    graph = _Graph()
    n = 0
    for record in records:
        graph.add(record.item, record)
        n += 1
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n')
    document(graph).write(out, encoding="unicode")
    out.write("\n")
    return n


EXPORTER = Exporter(
    name="graphml",
    suffix=".graphml",
    help="GraphML relationship graph: countries and organisations, edges weighted by events (by type).",
    write=write,
    kinds=("events",),
)
