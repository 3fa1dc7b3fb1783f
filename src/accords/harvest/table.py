"""From sightings to rows of the office-holder table: grouping, evidence rule, conflicts.

Pure functions. A row is one person in one office of one country, with the days it was seen
(first and last publication date of the documents that say so), how many documents say so,
a confidence and where it comes from (corpus, document ids, one sentence).

- **Grouping.** Sightings group by folded name, office and country. A one-word name
  ("Kishida", from "Prime Minister Kishida of Japan") joins the one fuller name of the same
  office and country that ends with it ("Fumio Kishida"); it stays apart when there is none
  or several.
- **Evidence rule** (`MIN_DOCUMENTS`): a row needs two documents, or one readout title
  (a readout's title names its call's partner with care).
- **Conflicts.** A name seen with two countries keeps the one with at least three times the
  documents of all others together, else no row at all; the same for two offices of one
  kind: a person is not two countries' president.
- **Curated wins.** A person the curated table knows (any of its names) gets no harvested
  row: `accords.knowledge` drops them too, so the curated table can change without a rebuild.
- **Confidence**: 1 - prod(1 - c) over documents, c = 0.9 for a readout title, 0.7 for a
  body sentence with an "of <country>" or a country before the title, capped at 0.99.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from accords import knowledge
from accords.harvest.sightings import Sighting

MIN_DOCUMENTS = 2
_TITLE_CONFIDENCE = 0.9
_BODY_CONFIDENCE = 0.7
_MAX_CONFIDENCE = 0.99
_DOMINANCE = 3  # a name's main country needs this many times the documents of the others
_MAX_DOCS_LISTED = 5

#: The header of the harvested table; `accords.knowledge` reads the first seven columns as
#: any term (start, end = first and last day seen) and the rest as its evidence.
HEADER = ("name", "aliases", "office", "country", "start", "end", "source", "documents", "confidence", "evidence")


@dataclass(frozen=True)
class Row:
    """One harvested term."""

    name: str
    aliases: tuple[str, ...]
    office: str
    country: str
    first_seen: str | None
    last_seen: str | None
    sources: tuple[str, ...]  # corpora
    documents: tuple[str, ...]  # "corpus/doc_id", sorted
    confidence: float
    sentence: str  # one sentence that says so (from the earliest document)

    def line(self) -> str:
        """The row as a tab-separated line (`HEADER`)."""
        evidence = f"{' '.join(self.documents[:_MAX_DOCS_LISTED])} :: {self.sentence}"
        source = "registry" if self.sources == ("registry",) else "corpus:" + "+".join(self.sources)
        cells = (self.name, ";".join(self.aliases), self.office, self.country, self.first_seen or "",
                 self.last_seen or "", source, str(len(self.documents)),
                 f"{self.confidence:.2f}", evidence)
        return "\t".join(" ".join(cell.replace("\t", " ").split()) for cell in cells)


def _kind(office: str) -> str:
    return knowledge.office_kind(office) or office.lower()


def _ends_with(short: str, full: str) -> bool:
    a, b = short.split(), full.split()
    return len(a) < len(b) and b[-len(a):] == a


def _merge_surnames(groups: dict[tuple[str, str, str], list[Sighting]]) -> dict[tuple[str, str, str], list[Sighting]]:
    """A shorter name joins the fuller name of the same office and country that it ends
    ("Kishida", "Irfaan Ali" -> "Mohamed Irfaan Ali") when all such fuller names are forms of
    the longest one; it stays apart when two fuller names compete."""
    merged: dict[tuple[str, str, str], list[Sighting]] = {}
    for key in sorted(groups, key=lambda k: -len(k[0].split())):
        name, office, country = key
        fuller = [k for k in merged if k[1] == office and k[2] == country and _ends_with(name, k[0])]
        longest = max(fuller, key=lambda k: len(k[0].split()), default=None)
        if longest is not None and all(k == longest or _ends_with(k[0], longest[0]) for k in fuller):
            merged[longest].extend(groups[key])
        else:
            merged[key] = list(groups[key])
    return merged


def _confidence(found: list[Sighting]) -> float:
    per_doc: dict[str, float] = {}
    for s in found:
        c = _TITLE_CONFIDENCE if s.in_title else _BODY_CONFIDENCE
        per_doc[f"{s.corpus}/{s.doc_id}"] = max(per_doc.get(f"{s.corpus}/{s.doc_id}", 0.0), c)
    missing = 1.0
    for c in per_doc.values():
        missing *= 1 - c
    return min(_MAX_CONFIDENCE, 1 - missing)


def _documents(found: list[Sighting]) -> set[str]:
    return {f"{s.corpus}/{s.doc_id}" for s in found}


def _resolve_conflicts(groups: dict[tuple[str, str, str], list[Sighting]]) -> dict[tuple[str, str, str], list[Sighting]]:
    """Keep, for each name and kind of office, the one dominant country (see the module docstring)."""
    by_person: dict[tuple[str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in groups:
        by_person[(knowledge.fold(key[0]), _kind(key[1]))].append(key)
    # the same name in two countries, whatever the offices: one person, one country
    by_name: dict[str, set[str]] = defaultdict(set)
    for key in groups:
        by_name[knowledge.fold(key[0])].add(key[2])
    kept: dict[tuple[str, str, str], list[Sighting]] = {}
    for name, countries in by_name.items():
        keys = [k for k in groups if knowledge.fold(k[0]) == name]
        counts = {c: len(set().union(*(_documents(groups[k]) for k in keys if k[2] == c))) for c in countries}
        best = max(counts, key=lambda c: (counts[c], c))
        others = sum(n for c, n in counts.items() if c != best)
        if others and counts[best] < _DOMINANCE * others:
            continue
        for key in keys:
            if key[2] == best:
                kept[key] = groups[key]
    # one country's two offices of one kind ("President" and "Premier" of the state): the dominant one
    final: dict[tuple[str, str, str], list[Sighting]] = {}
    by_kind: dict[tuple[str, str, str], list[tuple[str, str, str]]] = defaultdict(list)
    for key in kept:
        by_kind[(knowledge.fold(key[0]), key[2], _kind(key[1]))].append(key)
    for keys in by_kind.values():
        best_key = max(keys, key=lambda k: (len(_documents(kept[k])), k[1]))
        final[best_key] = [s for k in keys for s in kept[k]]
    return final


def rows(sightings: Iterable[Sighting], *, curated: Iterable[knowledge.Term] = (),
         min_documents: int = MIN_DOCUMENTS) -> list[Row]:
    """The harvested table from sightings (see the module docstring), sorted by country,
    office and name so a rebuild on the same corpora gives the same file."""
    curated = tuple(curated)
    groups: dict[tuple[str, str, str], list[Sighting]] = defaultdict(list)
    spellings: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for s in sightings:
        key = knowledge.fold(s.name)
        spellings[key][s.name] += 1
        groups[(key, s.office, s.country)].append(s)
    made = []
    for (_key, office, country), found in _resolve_conflicts(_merge_surnames(groups)).items():
        documents = _documents(found)
        if len(documents) < min_documents and not any(s.in_title for s in found):
            continue
        forms = sorted({form for s in found for form in spellings[knowledge.fold(s.name)]},
                       key=lambda f: (-len(f.split()), -spellings[knowledge.fold(f)][f], f))
        name = forms[0]
        dates = sorted(s.published for s in found if s.published)
        first = min(found, key=lambda s: (s.published or "9999", s.in_title, s.corpus, s.doc_id))
        names = {s.name for s in found}
        probe = knowledge.Term(name, tuple(sorted(names - {name})), office, country, None, None, "", "corpus")
        if any(knowledge.same_person(term, probe) for term in curated):
            continue  # the curated table speaks for this person
        made.append(Row(
            name=name, aliases=tuple(f for f in forms[1:] if f != name), office=office, country=country,
            first_seen=dates[0] if dates else None, last_seen=dates[-1] if dates else None,
            sources=tuple(sorted({s.corpus for s in found})), documents=tuple(sorted(documents)),
            confidence=_confidence(found), sentence=first.sentence,
        ))
    made.sort(key=lambda r: (r.country, r.office, knowledge.fold(r.name)))
    return made


def render(made: Iterable[Row], *, preamble: Iterable[str] = ()) -> str:
    """The table as the text of `office_holders_corpus.tsv`: comment lines, header, rows."""
    lines = [f"# {line}" for line in preamble]
    lines.append("\t".join(HEADER))
    lines.extend(row.line() for row in made)
    return "\n".join(lines) + "\n"
