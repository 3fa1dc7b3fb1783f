"""Polling feeds: what is new since the last poll, without fetching or ingesting twice.

Each watched feed has a `FeedState`: the ETag and Last-Modified of the last answer (sent
back as a conditional request, so an unchanged feed costs one 304 and no parsing) and the
ids of the items already handled (so an item is turned into an article once, even when
the feed changes around it). The states live in a small JSON file next to the database
(`default_state_path`), written atomically after each poll.

`poll_feed` does one poll of one feed and returns the new items' articles (or
rejections) and the new state; the caller stores the articles (`service.ingest_items`)
and then saves the state.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from dataclasses import dataclass, field
from pathlib import Path

from accords.errors import IngestError
from accords.ingest.readers import Rejected
from accords.model import Article
from accords.web.feeds import parse_feed
from accords.web.fetch import Fetcher, FetchError
from accords.web.sources import feed_articles, is_url

STATE_SCHEMA = "accords.watch/1"
#: Item ids remembered per feed; older ones are forgotten (feeds keep far fewer items).
MAX_SEEN = 5000

_DURATION = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*$", re.IGNORECASE)
_UNIT_SECONDS = {"": 1, "s": 1, "m": 60, "h": 3600, "d": 86400}


@dataclass(frozen=True)
class FeedState:
    """What the last poll of one feed left: validators for a conditional request, seen ids."""

    etag: str | None = None
    last_modified: str | None = None
    seen: tuple[str, ...] = ()


@dataclass(frozen=True)
class PollResult:
    """One poll: whether the feed was unchanged (304), the new items as articles, new state."""

    feed: str
    not_modified: bool
    items: tuple[Article | Rejected, ...] = ()
    state: FeedState = field(default_factory=FeedState)


def parse_duration(text: str) -> float:
    """Seconds in ``90``, ``30s``, ``15m``, ``2h`` or ``1d``; `ValueError` otherwise."""
    match = _DURATION.match(text)
    if not match or float(match.group(1)) <= 0:
        raise ValueError(f"not a duration: {text!r} (expected e.g. 30s, 15m, 2h)")
    return float(match.group(1)) * _UNIT_SECONDS[match.group(2).lower()]


def default_state_path(db_url: str) -> Path:
    """``<db file>.watch.json`` for a SQLite file database, else ``accords-watch.json`` here."""
    prefix = "sqlite:///"
    if db_url.startswith(prefix) and db_url[len(prefix):] not in ("", ":memory:"):
        return Path(db_url[len(prefix):] + ".watch.json")
    return Path("accords-watch.json")


def load_states(path: Path) -> dict[str, FeedState]:
    """The saved feed states (empty when the file does not exist yet)."""
    if not path.exists():
        return {}
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError) as exc:
        raise IngestError(str(path), f"cannot read watch state: {exc}") from exc
    if not isinstance(data, dict) or data.get("schema") != STATE_SCHEMA:
        raise IngestError(str(path), f"not a watch state file (expected schema {STATE_SCHEMA!r})")
    return {
        feed: FeedState(etag=value.get("etag"), last_modified=value.get("last_modified"),
                        seen=tuple(value.get("seen", ())))
        for feed, value in data.get("feeds", {}).items()
    }


def save_states(path: Path, states: dict[str, FeedState]) -> None:
    """Write the states atomically (a crash leaves the old file, never half a file)."""
    payload = {
        "schema": STATE_SCHEMA,
        "feeds": {feed: {"etag": s.etag, "last_modified": s.last_modified, "seen": list(s.seen)}
                  for feed, s in sorted(states.items())},
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=path.name, suffix=".tmp")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        json.dump(payload, out, ensure_ascii=False, indent=1)
    os.replace(tmp, path)


def poll_feed(feed: str, state: FeedState, *, fetcher: Fetcher, fetch: bool = False) -> PollResult:
    """Poll `feed` (an http(s) URL or a file path) once and return what is new.

    A URL is requested conditionally with the state's ETag / Last-Modified; a 304 answer
    returns ``not_modified=True`` and the state unchanged. Items whose id is in
    ``state.seen`` are skipped; the others become articles (the linked page with
    `fetch`) and join the seen ids, whether they became articles or were rejected.
    """
    etag, last_modified = state.etag, state.last_modified
    try:
        if is_url(feed):
            answer = fetcher.fetch(feed, etag=state.etag, last_modified=state.last_modified)
            if answer.not_modified:
                return PollResult(feed, True, (), state)
            data, url = answer.body, answer.final_url
            etag, last_modified = answer.etag, answer.last_modified
        else:
            data, url = Path(feed).read_bytes(), None
        parsed = parse_feed(data, url=url, origin=feed)
    except FetchError as exc:
        return PollResult(feed, False, (Rejected(feed, exc.reason),), state)
    except IngestError as exc:
        return PollResult(feed, False, (Rejected(exc.source, exc.reason),), state)
    except OSError as exc:
        return PollResult(feed, False, (Rejected(feed, f"cannot read file: {exc.strerror or exc}"),), state)
    seen = set(state.seen)
    items = tuple(feed_articles(parsed, origin=feed, fetcher=fetcher if fetch else None, skip=seen))
    new_ids = [item.id for item in parsed.items if item.id not in seen]
    remembered = (tuple(state.seen) + tuple(new_ids))[-MAX_SEEN:]
    return PollResult(feed, False, items, FeedState(etag=etag, last_modified=last_modified, seen=remembered))
