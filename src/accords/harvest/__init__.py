"""Office holders grown from the corpora: who held which office of which country, and when.

`sightings` finds "Prime Minister Fumio Kishida of Japan", "Iranian President Hassan
Rouhani", "Ilham Aliyev, the President of Azerbaijan" in plain text; `table` groups them
into rows (person, office, country, first and last day seen, documents, confidence, one
sentence), keeps the rows with enough evidence and leaves the people of the curated table
to it; `corpora` reads the shared corpora the project may quote. `harvest` runs the three;
`accords knowledge harvest` writes the result to `accords/knowledge/office_holders_corpus.tsv`,
the versioned table the entities stage reads (never the corpora themselves).
"""

from __future__ import annotations

from collections.abc import Iterable

from accords import knowledge
from accords.harvest.corpora import Document
from accords.harvest.sightings import Sighting, sightings
from accords.harvest.table import Row, rows


def document_sightings(doc: Document) -> list[Sighting]:
    """The sightings of one document: its readout title (if a readout) and its body."""
    found = []
    if doc.readout and doc.title:
        found += sightings(doc.title, corpus=doc.corpus, doc_id=doc.doc_id, published=doc.published, in_title=True)
    found += sightings(doc.text, corpus=doc.corpus, doc_id=doc.doc_id, published=doc.published)
    return found


def harvest(documents: Iterable[Document], *, min_documents: int | None = None) -> list[Row]:
    """The harvested rows of `documents`, the curated table winning where both speak."""
    found = [s for doc in documents for s in document_sightings(doc)]
    curated = [term for term in knowledge.terms() if term.origin == "curated"]
    if min_documents is None:
        return rows(found, curated=curated)
    return rows(found, curated=curated, min_documents=min_documents)
