"""The watchlist routes of the JSON API (under ``/api/v1``): the watchlists, what is new for
one, its Atom feed (reads, open as every read) and marking it seen (a write: the bearer
token). Watchlists are made with ``accords watchlist add``. Each route makes one call to
`accords.alerts`."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ConfigDict, Field

from accords import alerts
from accords.alerts import atom
from accords.api import schemas
from accords.api.routes import calendar_day, require_token
from accords.appstate import StoreDep

router = APIRouter(tags=["watchlists"])

Name = Annotated[str, Path(pattern=alerts.NAME.pattern, description="The watchlist's name")]
_NOT_FOUND: dict[int | str, dict[str, Any]] = {404: {"model": schemas.ErrorBody, "description": "No such watchlist"}}


class WatchlistOut(BaseModel):
    name: str
    query: dict[str, Any] = Field(description="pair, country, person, project, type, kinds")
    cursor: int = Field(description="The last save-log id seen: facts stored after it are new")
    webhook_url: str | None
    created_at: str
    seen_at: str | None


class WatchlistList(BaseModel):
    items: list[WatchlistOut]
    total: int


class SeenRequest(BaseModel):
    model_config = ConfigDict(extra="forbid")

    cursor: int = Field(ge=0, le=2**62, description="The `cursor` of the alerts read: the next look starts after it")


class AlertOut(BaseModel):
    kind: str = Field(description="event, quote or indicator")
    id: str
    headline: str
    article_id: str
    title: str | None
    url: str | None
    published: str | None
    stored_at: str = Field(description="When the article's facts were first stored")
    evidence_text: str = Field(description="The sentence(s) of the fact's evidence")
    path: str = Field(description="The evidence on the dashboard: /article/{id}#s{sentence}")
    fact: dict[str, Any]


class CommitmentChangeOut(BaseModel):
    kind: str
    id: str
    headline: str
    before: str | None = Field(description="The status last seen; null for a commitment not seen before")
    after: str
    metric: str
    subjects: list[str]
    value: float
    unit: str
    deadline: str | None
    articles: list[str]


class AlertBatchOut(BaseModel):
    watchlist: str
    alerts: list[AlertOut]
    commitments: list[CommitmentChangeOut]
    cursor: int = Field(description="The save-log id read up to")
    more: bool = Field(description="More stored articles wait beyond this batch")


@router.get("/watchlists", response_model=WatchlistList)
def list_watchlists(store: StoreDep) -> dict[str, Any]:
    """The saved watchlists (webhook secrets are never shown)."""
    found = [alerts.without_secret(w) for w in alerts.watchlists(store)]
    return {"items": found, "total": len(found)}


@router.get("/watchlists/{name}/alerts", response_model=AlertBatchOut, responses=_NOT_FOUND)
def watchlist_alerts(
    store: StoreDep,
    name: Name,
    today: Annotated[
        str | None,
        Query(pattern=r"^\d{4}-\d{2}-\d{2}$", json_schema_extra={"format": "date"},
              description="Judge commitment deadlines as of this date (default: today)"),
    ] = None,
) -> dict[str, Any]:
    """What is new for the watchlist since its cursor: matching facts stored since, and
    commitment status changes. Reading does not move the cursor (``accords alerts NAME
    --mark-seen`` and webhook deliveries do)."""
    return alerts.batch_dict(alerts.new_alerts(store, name, today=calendar_day(today)))


@router.get(
    "/watchlists/{name}.atom",
    response_class=Response,
    responses={**_NOT_FOUND, 200: {"content": {atom.MEDIA_TYPE: {}}, "description": "An Atom feed"}},
)
def watchlist_feed(request: Request, store: StoreDep, name: Name) -> Response:
    """The watchlist as an Atom feed: its latest 50 matching facts, latest stored first,
    each linked to its evidence on the dashboard."""
    found, entries = alerts.recent(store, name)
    base = str(request.base_url).rstrip("/")
    body = atom.feed(found, entries, base_url=base, self_url=str(request.url))
    return Response(body, media_type=f"{atom.MEDIA_TYPE}; charset=utf-8")


_WRITE_ERRORS: dict[int | str, dict[str, Any]] = {
    **_NOT_FOUND,
    401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"},
    403: {"model": schemas.ErrorBody, "description": "Writes are disabled on this server"},
}


@router.post(
    "/watchlists/{name}/seen", response_model=WatchlistOut, dependencies=[Depends(require_token)],
    responses=_WRITE_ERRORS,
)
def mark_seen(store: StoreDep, name: Name, body: SeenRequest) -> dict[str, Any]:
    """Mark the watchlist seen up to `cursor` (from its alerts) and its commitments as they
    stand: the next ``/alerts`` starts after them. Needs the bearer token."""
    return alerts.without_secret(alerts.mark_seen_to(store, name, body.cursor))
