"""The review operations: what the CLI (`accords review ...`), the API and the dashboard call.

Each operation builds a `Verdict` from the fact as stored now and hands it to
`Store.add_verdict`, which logs it and applies it in one transaction. Who gave a verdict
is a name the analyst gives (``--by``, the dashboard's login); it is required, since a
verdict nobody owns cannot be discussed later.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from accords.review.verdicts import (
    ENTITY_ACTIONS,
    FACT_ACTIONS,
    ReviewError,
    Verdict,
    kind_of,
    parse_changes,
    snapshot,
    split_key,
)
from accords.store import Store, views


def _who(by: str | None) -> str:
    name = (by or "").strip()
    if not name:
        raise ReviewError("say who gives the verdict (--by NAME, or the name given at login)")
    if len(name) > 100:
        raise ReviewError("a reviewer's name is at most 100 characters")
    return name


def judge(
    store: Store,
    fact_id: str,
    action: str,
    *,
    by: str,
    changes: Mapping[str, Any] | None = None,
    note: str | None = None,
) -> Verdict:
    """Confirm, reject or correct the stored fact with this id; the verdict as logged.

    `changes` (correct only): field → new value, as `accords.review.verdicts.parse_changes`
    reads them. Raises `ReviewError` for a bad action, field or value, `NotFoundError` when
    no such fact is stored."""
    if action not in FACT_ACTIONS:
        raise ReviewError(f"unknown action {action!r}; actions on facts: {', '.join(FACT_ACTIONS)}")
    kind = kind_of(fact_id)
    after: dict[str, Any] = {}
    if action == "correct":
        after = parse_changes(kind, changes or {})
    elif changes:
        raise ReviewError(f"{action} takes no field=value changes; use correct")
    with views.read(store) as conn:
        fact = views.fact_by_id(conn, kind, fact_id)
    before = snapshot(kind, fact)
    if action == "correct":
        after = {name: value for name, value in after.items() if before.get(name) != value}
        if not after:
            raise ReviewError(f"the correction changes nothing: {fact_id} already has those values")
    span = (fact.evidence[0].start, fact.evidence[0].end) if fact.evidence else None
    verdict = Verdict(
        kind=kind,
        action=action,
        by=_who(by),
        article_id=fact_id.split(":")[0],
        fact_id=fact_id,
        span=span,
        before=before,
        after=after,
        note=note,
    )
    return store.add_verdict(verdict)


def confirm(store: Store, fact_id: str, *, by: str, note: str | None = None) -> Verdict:
    """Mark a fact as checked and right."""
    return judge(store, fact_id, "confirm", by=by, note=note)


def reject(store: Store, fact_id: str, *, by: str, note: str | None = None) -> Verdict:
    """Mark a fact as wrong: it leaves every list, count, pair page, graph and export."""
    return judge(store, fact_id, "reject", by=by, note=note)


def correct(store: Store, fact_id: str, changes: Mapping[str, Any], *, by: str, note: str | None = None) -> Verdict:
    """Replace some fields of a fact (`accords.review.verdicts.CORRECTABLE`)."""
    return judge(store, fact_id, "correct", by=by, changes=changes, note=note)


def relabel(
    store: Store,
    action: str,
    key: str,
    into: str,
    *,
    by: str,
    articles: Sequence[str] = (),
    note: str | None = None,
) -> Verdict:
    """Merge (every article) or split (the `articles` named) the entities of `key` into `into`.

    Both are cross-article keys ``TYPE:ident`` (`accords.store.views.entity_key`). Raises
    `ReviewError` for malformed keys, a split without articles, or `NotFoundError` when no
    stored entity has `key`."""
    if action not in ENTITY_ACTIONS:
        raise ReviewError(f"unknown action {action!r}; actions on entities: {', '.join(ENTITY_ACTIONS)}")
    split_key(key)
    split_key(into)
    if key == into:
        raise ReviewError(f"{key!r} cannot be merged into itself")
    if action == "split" and not articles:
        raise ReviewError("a split names the articles whose entity is the other one (--article ID)")
    with views.read(store) as conn:
        views.entity_mentions(conn, key, limit=1)  # NotFoundError when nothing has the key
    verdict = Verdict(
        kind="entity",
        action=action,
        by=_who(by),
        before={"key": key},
        after={"key": into},
        articles=tuple(dict.fromkeys(articles)),
        note=note,
    )
    return store.add_verdict(verdict)


def merge(store: Store, key: str, into: str, *, by: str, note: str | None = None) -> Verdict:
    """Make the entities of `key` the entity `into` in every article (EU / European Union)."""
    return relabel(store, "merge", key, into, by=by, note=note)


def split(store: Store, key: str, into: str, articles: Sequence[str], *, by: str, note: str | None = None) -> Verdict:
    """Make the entities of `key` the entity `into` in the `articles` named only
    (Brussels the city / Brussels for the EU); undoes a merge there."""
    return relabel(store, "split", key, into, by=by, articles=articles, note=note)


def log(store: Store, **filters: Any) -> tuple[list[Verdict], int]:
    """The verdict log, newest first (filters of `accords.store.verdicts.log`), and its size."""
    return store.verdicts(**filters)
