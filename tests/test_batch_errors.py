"""`accords ingest` on each case of the malformed-input corpus (tests/malformed.py): the bad
record is rejected with its origin and reason, every good record beside it is stored with
its facts, and the command exits 2."""

from __future__ import annotations

import pytest
from malformed import CASES, write_case
from typer.testing import CliRunner

from accords.cli import app
from accords.store import Store

pytestmark = pytest.mark.slow


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_one_bad_record_never_stops_the_batch(case, tmp_path):
    folder = write_case(case, tmp_path / "in")
    db = f"sqlite:///{tmp_path / 'a.db'}"
    result = CliRunner().invoke(app, ["--db", db, "ingest", "-q", str(folder)])
    output = "".join(result.output.split())  # rich wraps long lines, even inside a word

    def squeezed(text: str) -> str:
        return "".join(text.split())

    assert result.exit_code == 2, result.output
    assert squeezed(f"rejected {folder}/{case.origin}: {case.reason}") in output
    assert squeezed(f"new {case.good}, duplicate 0, near-duplicate 0, extracted {case.good}, rejected 1") in output
    with Store.open(db) as store:
        stored = store.articles(limit=100)
        assert sorted(a.title for a in stored) == [f"Talks {n}" for n in range(case.good)]
        for article in stored:
            facts = store.extraction(article.id)
            assert facts.entities and facts.events, article.title
