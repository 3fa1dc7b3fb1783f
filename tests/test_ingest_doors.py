"""Every door into the store stores the same facts for the same articles.

The same real articles (three Tehran Times articles of the gold set, one seed, and a
football report the relevance gate turns away) go in through `accords ingest`, through
``POST /api/v1/articles``, through `accords watch --once` on a feed file, and through
`accords extract --out` then `accords load`. Each door fills its own store; the stored
articles and extractions must be equal, article by article. Before the one ingest routine,
the API ran every stage on the football report (no gate) and this test failed there.
"""

from __future__ import annotations

import json
import warnings
from pathlib import Path
from xml.sax.saxutils import escape

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.store import Store

GOLD = Path(__file__).parent / "gold" / "articles"
SOURCE = "Accords Test Wire"
TOKEN = "doors-token"
SPORT = (
    "The local football club won its match on Saturday. The coach said the players worked hard all "
    "week and the fans were happy with the result.\n\nThe next game is at home on Sunday."
)


def _records() -> list[dict]:
    """Article records with a title, a date and paragraphs, as each door can carry them."""
    records = []
    for name in ("tt_402494.json", "tt_405057.json", "tt_409405.json"):
        record = json.loads((GOLD / name).read_text(encoding="utf-8"))
        records.append({"id": record["id"], "title": record["title"], "text": record["text"]})
    seed = (GOLD / "seed_000.txt").read_text(encoding="utf-8")
    records.append({"id": "seed_000", "title": None, "text": seed})
    records.append({"id": "sport", "title": "Club wins at home", "text": SPORT})
    for record in records:
        record.update(published="2021-09-15", source=SOURCE)
    return records


def _stored(url: str) -> dict[str, tuple]:
    """Each stored article's text, title, date and language, with its extraction."""
    with Store.open(url) as store:
        return {
            a.id: ((a.text, a.title, a.published, a.language, a.duplicate_of), store.extraction(a.id))
            for a in store.articles()
        }


def _by_cli(tmp: Path, records: list[dict]) -> str:
    jsonl = tmp / "articles.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    url = f"sqlite:///{tmp / 'cli.db'}"
    result = CliRunner().invoke(app, ["--db", url, "ingest", "-q", str(jsonl)])
    assert result.exit_code == 0, result.output
    return url


def _by_api(tmp: Path, records: list[dict]) -> str:
    warnings.filterwarnings("ignore", message=".*httpx.*")
    from fastapi.testclient import TestClient

    from accords.server import create_app

    url = f"sqlite:///{tmp / 'api.db'}"
    with TestClient(create_app(url, token=TOKEN)) as client:
        for record in records:
            body = {k: record[k] for k in ("text", "title", "published", "source") if record[k] is not None}
            answer = client.post("/api/v1/articles", json=body, headers={"Authorization": f"Bearer {TOKEN}"})
            assert answer.status_code == 201, answer.text
    return url


def _by_watch(tmp: Path, records: list[dict]) -> str:
    items = "".join(
        f"<item><guid isPermaLink=\"false\">{r['id']}</guid>{_title(r['title'])}<pubDate>{r['published']}</pubDate>"
        f"<content:encoded>{escape(_html(r['text']))}</content:encoded></item>"
        for r in records
    )
    feed = tmp / "feed.xml"
    feed.write_text(f'<?xml version="1.0"?><rss version="2.0" '
                    f'xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>{SOURCE}</title>'
                    f"<link>https://example.org/</link>{items}</channel></rss>", encoding="utf-8")
    url = f"sqlite:///{tmp / 'watch.db'}"
    result = CliRunner().invoke(app, ["--db", url, "watch", str(feed), "--once", "--state", str(tmp / "w.json")])
    assert result.exit_code == 0, result.output
    assert "new 5" in result.output, result.output
    return url


def _title(title: str | None) -> str:
    return f"<title>{escape(title)}</title>" if title else ""


def _html(text: str) -> str:
    return "".join(f"<p>{escape(p)}</p>" for p in text.splitlines() if p.strip())


def _by_load(tmp: Path, records: list[dict]) -> str:
    jsonl = tmp / "scale.jsonl"
    jsonl.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    runner = CliRunner()
    extracted = runner.invoke(app, ["extract", str(jsonl), "--out", str(tmp / "shards"), "--engine", "local"])
    assert extracted.exit_code == 0, extracted.output
    url = f"sqlite:///{tmp / 'load.db'}"
    loaded = runner.invoke(app, ["--db", url, "load", str(tmp / "shards")])
    assert loaded.exit_code == 0, loaded.output
    return url


@pytest.fixture(scope="module")
def through_cli(tmp_path_factory) -> dict[str, tuple]:
    return _stored(_by_cli(tmp_path_factory.mktemp("cli"), _records()))


@pytest.mark.slow
@pytest.mark.parametrize("door", [_by_api, _by_watch, _by_load], ids=["api", "watch", "extract-and-load"])
def test_each_door_stores_the_same_facts_as_accords_ingest(door, tmp_path, through_cli):
    stored = _stored(door(tmp_path, _records()))
    assert sorted(stored) == sorted(through_cli)
    for article_id, (article, extraction) in through_cli.items():
        assert stored[article_id][0] == article, article_id
        assert stored[article_id][1] == extraction, article_id


@pytest.mark.slow
def test_the_football_report_is_gated_at_every_door(through_cli):
    """The gate's note is on the football report's extraction (so the API gates too), and
    the cooperation articles went through every stage."""
    from accords.gate import GATE

    gated = {aid for aid, (_a, extraction) in through_cli.items() if any(n.startswith(GATE) for n in extraction.notes)}
    texts = {aid: article[0] for aid, (article, _e) in through_cli.items()}
    assert [texts[aid][:30] for aid in gated] == [SPORT[:30]]
    assert len(through_cli) == 5
