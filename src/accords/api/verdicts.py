"""The review routes of the JSON API (under ``/api/v1``): give verdicts on facts, merge or
split entities (writes: behind the bearer token, like every write), and read the verdict
log. Each route makes one call to `accords.service.review` (docs/review.md)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, Path, Query
from pydantic import BaseModel, ConfigDict, Field

from accords.api import schemas
from accords.api.routes import Limit, require_token
from accords.appstate import StoreDep
from accords.model import to_dict
from accords.service import review

router = APIRouter(tags=["review"])

_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"},
    403: {"model": schemas.ErrorBody, "description": "Writes are disabled on this server"},
    404: {"model": schemas.ErrorBody, "description": "No such fact or entity"},
    422: {"model": schemas.ErrorBody, "description": "A bad action, field or value"},
}
Who = Annotated[str, Field(min_length=1, max_length=100, description="Who gives the verdict (a name)")]
Note = Annotated[str | None, Field(None, max_length=2000, description="Why: kept in the log")]


class VerdictRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    action: Literal["confirm", "reject", "correct"]
    by: Who
    note: Note = None
    changes: dict[str, Any] | None = Field(
        None, description="correct only: field -> new value (docs/review.md lists the fields of each kind)"
    )


class MergeRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    key: str = Field(min_length=3, max_length=300, description="The entity to merge: TYPE:id or TYPE:name")
    into: str = Field(min_length=3, max_length=300, description="The entity it is: TYPE:id or TYPE:name")
    by: Who
    note: Note = None
    articles: list[Annotated[str, Field(max_length=64)]] | None = Field(
        None, max_length=1000, description="Given: a split, in these articles only"
    )


class VerdictOut(BaseModel):
    id: int
    kind: str = Field(description="event, indicator, quote or entity")
    action: str = Field(description="confirm, reject, correct, merge or split")
    by: str
    at: str
    article_id: str | None
    fact_id: str | None
    span: list[int] | None = Field(description="The fact's first evidence span when judged")
    before: dict[str, Any]
    after: dict[str, Any]
    articles: list[str]
    note: str | None
    held: bool | None = Field(description="Whether the article's last save found the fact (null for merges)")


class VerdictLog(BaseModel):
    items: list[VerdictOut]
    total: int
    limit: int
    offset: int


@router.post(
    "/facts/{fact_id}/verdicts",
    response_model=VerdictOut,
    status_code=201,
    dependencies=[Depends(require_token)],
    responses=_WRITE_ERRORS,
)
def judge(
    store: StoreDep, fact_id: Annotated[str, Path(max_length=200)], body: VerdictRequest
) -> dict[str, Any]:
    """Confirm, reject or correct an event, indicator, quote or entity (by its id). Rejected
    facts leave every list until `include_rejected`; the verdict holds across
    re-extraction. Needs the bearer token."""
    verdict = review.judge(store, fact_id, body.action, by=body.by, changes=body.changes, note=body.note)
    return to_dict(verdict)


@router.post(
    "/entities/merges",
    response_model=VerdictOut,
    status_code=201,
    dependencies=[Depends(require_token)],
    responses=_WRITE_ERRORS,
)
def merge(store: StoreDep, body: MergeRequest) -> dict[str, Any]:
    """Merge the entity `key` into `into` in every article, or in `articles` only (a
    split). Events, pairs and the graph follow. Needs the bearer token."""
    action = "split" if body.articles else "merge"
    verdict = review.relabel(store, action, body.key, body.into, by=body.by, articles=body.articles or (), note=body.note)
    return to_dict(verdict)


@router.get("/verdicts", response_model=VerdictLog)
def verdict_log(
    store: StoreDep,
    article: Annotated[str | None, Query(max_length=64, description="Only verdicts on this article's facts")] = None,
    fact: Annotated[str | None, Query(max_length=200, description="Only verdicts on this fact")] = None,
    by: Annotated[str | None, Query(max_length=100, description="Only this reviewer's verdicts")] = None,
    action: Literal["confirm", "reject", "correct", "merge", "split"] | None = None,
    lost: Annotated[bool, Query(description="Only verdicts whose fact the last extraction no longer has")] = False,
    limit: Limit = 100,
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,
) -> dict[str, Any]:
    """The verdict log, newest first: who judged what, when, what it was and what it became."""
    found, total = review.log(
        store, article_id=article, fact_id=fact, by=by, action=action, lost=lost, limit=limit, offset=offset
    )
    return {"items": [to_dict(v) for v in found], "total": total, "limit": limit, "offset": offset}
