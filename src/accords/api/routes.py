"""The routes of the JSON API (mounted under ``/api/v1``): each parses its parameters,
makes one call to the query layer (`accords.service.queries`) and returns the result. No SQL here.

Lists answer a page: ``{"items": [...], "total": n, "limit": l, "offset": o, "next": c}``.
`next` is an opaque cursor (null on the last page): pass it as ``cursor`` with the same
filters for the page after this one. ``offset`` still works but reads every row it skips;
cursor and offset together are a 400 (docs/api.md). Ids are stable: articles by content
id, facts by the id the pipeline gave them, entities across articles by
``TYPE:canonical id`` or ``TYPE:name``.
"""

from __future__ import annotations

import datetime
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Depends, HTTPException, Path, Query, Request
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from accords.api import schemas
from accords.api.guards import token_problem
from accords.appstate import CODE, CodePath, StoreDep
from accords.service import ingestion
from accords.service import fact_search, queries
from accords.service.fact_search import FACT_KINDS
from accords.model import ENTITY_TYPES, EVENT_STATUSES, EVENT_TYPES, INDICATOR_KINDS, SECTORS, to_dict

_ERRORS: dict[int | str, dict[str, Any]] = {
    status: {"model": schemas.ErrorBody, "description": description}
    for status, description in (
        (404, "Not found"),
        (422, "Invalid parameters"),
        (500, "Server error"),
    )
}

router = APIRouter(responses=_ERRORS)
#: the answer of the lists that take a cursor to an unusable one (`accords.service.cursors`)
_CURSOR_ERRORS: dict[int | str, dict[str, Any]] = {
    400: {"model": schemas.ErrorBody, "description": "Unusable cursor, or cursor given with offset"}
}
_bearer = HTTPBearer(auto_error=False, description="The token given to `accords serve --token`")

Limit = Annotated[int, Query(ge=1, le=500, description="Page size")]
Offset = Annotated[
    int | None,
    Query(ge=0, le=10_000_000, description="Results skipped (default 0). Deep offsets are slow: prefer `cursor`"),
]
Cursor = Annotated[
    str | None,
    Query(description="The `next` of the previous page, to continue after it (same filters; not with `offset`)"),
]
Code = Annotated[str | None, Query(pattern=f"^{CODE}$", description="ISO 3166 alpha-3 or IGO code")]
Pair = Annotated[
    str | None,
    Query(pattern=f"^{CODE},{CODE}$", description="Two codes: AZE,TUR"),
]
IsoDate = Annotated[str | None, Query(pattern=r"^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?$", description="ISO date at any precision")]
MinConfidence = Annotated[
    float | None, Query(ge=0.0, le=1.0, description="Only facts whose confidence is at least this")
]
IncludeRejected = Annotated[
    bool, Query(description="Also the facts analysts rejected (their `review` is 'rejected'); hidden by default")
]
EventType = Literal[EVENT_TYPES]  # type: ignore[valid-type]
Sector = Literal[SECTORS]  # type: ignore[valid-type]


def require_token(request: Request, credentials: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)]) -> None:
    """Writes need the server's bearer token. No bearer credentials: 401. Credentials on a
    server started without a token: 403, writes are off. A wrong token: 401."""
    header = f"{credentials.scheme} {credentials.credentials}" if credentials is not None else None
    problem = token_problem(header, request.app.state.token)
    if problem is not None:  # `Guards` answers before the body is read; this keeps the rule in the schema
        status, message = problem
        raise HTTPException(status, message, headers={"WWW-Authenticate": "Bearer"} if status == 401 else None)


def _pair(value: str | None) -> tuple[str, str] | None:
    if value is None:
        return None
    a, b = value.upper().split(",")
    return a, b


def calendar_day(value: str | None) -> datetime.date | None:
    """The `today` query value as a date (None when absent); 422 naming it when it is no date."""
    if value is None:
        return None
    try:
        return datetime.date.fromisoformat(value)
    except ValueError as exc:
        raise HTTPException(422, f"query.today: {value!r} is not a calendar date") from exc


def _upper(value: str | None) -> str | None:
    return value.upper() if value is not None else None


def _page(page: Any) -> dict[str, Any]:
    return {"items": list(page.items), "total": page.total, "limit": page.limit, "offset": page.offset, "next": page.next}


# --- corpus and articles ----------------------------------------------------------------


@router.get("/summary", response_model=schemas.Summary, tags=["corpus"])
def summary(store: StoreDep) -> dict[str, Any]:
    """Counts of articles and facts, events by type, most named entities and countries."""
    return queries.corpus_summary(store)


@router.get("/articles", response_model=schemas.Page[schemas.ArticleSummary], tags=["articles"], responses=_CURSOR_ERRORS)
def list_articles(
    store: StoreDep,
    q: Annotated[str | None, Query(max_length=500, description="Full-text search (every word must occur)")] = None,
    source: Annotated[str | None, Query(max_length=200)] = None,
    since: IsoDate = None,
    until: IsoDate = None,
    limit: Limit = 50,
    offset: Offset = None,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Articles, newest first (best match first when searching; search results page by
    offset only)."""
    page = queries.articles(
        store, search=q, source=source, since=since, until=until, limit=limit, offset=offset, cursor=cursor
    )
    return {**_page(page), "items": [queries.article_summary(a) for a in page.items]}


@router.get("/articles/{article_id}", response_model=schemas.ArticleDetail, tags=["articles"])
def get_article(
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=64)],
    include_rejected: IncludeRejected = False,
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    """One article (by id or a unique id prefix of 6+ characters), its text and its facts."""
    article, extraction = queries.article_detail(
        store, article_id, include_rejected=include_rejected, min_confidence=min_confidence
    )
    facts = None
    if extraction is not None:
        data = extraction.to_dict()
        facts = {name: data[name] for name in schemas.Facts.model_fields}
    return {**queries.article_summary(article), "text": article.text, "facts": facts}


@router.post(
    "/articles",
    response_model=schemas.IngestResult,
    status_code=201,
    tags=["articles"],
    dependencies=[Depends(require_token)],
    responses={
        400: {"model": schemas.ErrorBody, "description": "The body is not JSON"},
        401: {"model": schemas.ErrorBody, "description": "Missing or wrong bearer token"},
        403: {"model": schemas.ErrorBody, "description": "Writes are disabled on this server"},
        413: {"model": schemas.ErrorBody, "description": "The request body is over the size limit"},
        502: {"model": schemas.ErrorBody, "description": "The URL could not be fetched"},
    },
)
def ingest_article(store: StoreDep, body: schemas.IngestRequest) -> dict[str, Any]:
    """Ingest one article, given as `text` or as a `url` to fetch, and extract its facts.
    Needs the bearer token."""
    return ingestion.ingest_article(
        store, text=body.text, url=body.url, title=body.title, published=body.published, source=body.source
    )


# --- entities ---------------------------------------------------------------------------


@router.get("/entities", response_model=schemas.Page[schemas.EntitySummary], tags=["entities"])
def list_entities(
    store: StoreDep,
    type: Literal[ENTITY_TYPES] | None = None,  # type: ignore[valid-type]  # noqa: A002
    q: Annotated[str | None, Query(max_length=200, description="Part of a name or alias, or a canonical id")] = None,
    min_confidence: MinConfidence = None,
    include_rejected: IncludeRejected = False,
    limit: Limit = 50,
    offset: Annotated[int, Query(ge=0, le=10_000_000, description="Results skipped")] = 0,
) -> dict[str, Any]:
    """Entities merged across articles by key, most articles first."""
    return _page(queries.entities(
        store, type=type, search=q, min_confidence=min_confidence, include_rejected=include_rejected, limit=limit,
        offset=offset,
    ))


@router.get("/entities/{key}", response_model=schemas.EntityDetail, tags=["entities"])
def get_entity(store: StoreDep, key: Annotated[str, Path(max_length=300, description="TYPE:id, e.g. COUNTRY:AZE")]) -> dict[str, Any]:
    """One entity across articles: roles, mentions by month, events, quotes, articles."""
    detail = queries.entity_detail(store, key, context=True)
    return {
        **detail,
        "roles": [to_dict(r) for r in detail["roles"]],
        "source_articles": [queries.article_summary(a) for a in detail["source_articles"]],
    }


# --- events and agreements --------------------------------------------------------------


@router.get("/events", response_model=schemas.Page[schemas.EventItem], tags=["events"], responses=_CURSOR_ERRORS)
def list_events(
    store: StoreDep,
    type: EventType | None = None,  # noqa: A002
    country: Code = None,
    pair: Pair = None,
    since: IsoDate = None,
    until: IsoDate = None,
    sector: Sector | None = None,
    status: Literal[EVENT_STATUSES] | None = None,  # type: ignore[valid-type]
    min_confidence: MinConfidence = None,
    include_rejected: IncludeRejected = False,
    limit: Limit = 50,
    offset: Offset = None,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Events, latest first (undated last, then by article and position). `pair` keeps
    events involving both countries (either side)."""
    page = queries.events(
        store, type=type, country=_upper(country), pair=_pair(pair), since=since, until=until,
        sector=sector, status=status, limit=limit, offset=offset, cursor=cursor, min_confidence=min_confidence,
        include_rejected=include_rejected, context=True,
    )
    return _page(page)


@router.get("/events/{event_id}", response_model=schemas.EventItem, tags=["events"])
def get_event(store: StoreDep, event_id: Annotated[str, Path(max_length=200)]) -> dict[str, Any]:
    """One event by its stable id, with its evidence sentence, article and sides' names."""
    return queries.fact(store, "event", event_id, context=True)


@router.get("/agreements", response_model=schemas.AgreementPage, tags=["events"], responses=_CURSOR_ERRORS)
def list_agreements(
    store: StoreDep,
    country: Code = None,
    pair: Pair = None,
    kind: Annotated[str | None, Query(max_length=50, description="Document kind: agreement, memorandum, roadmap, ...")] = None,
    since: IsoDate = None,
    until: IsoDate = None,
    min_confidence: MinConfidence = None,
    include_rejected: IncludeRejected = False,
    limit: Limit = 50,
    offset: Offset = None,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Signed documents (SUPPORT events of mode sign), latest first, and counts by kind."""
    page, by_kind = queries.agreements(
        store, country=_upper(country), pair=_pair(pair), document_kind=kind, since=since, until=until,
        limit=limit, offset=offset, cursor=cursor, min_confidence=min_confidence, include_rejected=include_rejected,
        context=True,
    )
    return {**_page(page), "documents_by_kind": by_kind}


# --- figures, commitments, quotes -------------------------------------------------------


@router.get("/indicators", response_model=schemas.Page[schemas.IndicatorItem], tags=["figures"], responses=_CURSOR_ERRORS)
def list_indicators(
    store: StoreDep,
    country: Code = None,
    pair: Pair = None,
    metric: Annotated[str | None, Query(max_length=100)] = None,
    kind: Literal[INDICATOR_KINDS] | None = None,  # type: ignore[valid-type]
    min_confidence: MinConfidence = None,
    include_rejected: IncludeRejected = False,
    limit: Limit = 50,
    offset: Offset = None,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Figures (actuals, targets, forecasts), latest period first (undated last)."""
    page = queries.indicators(
        store, country=_upper(country), pair=_pair(pair), metric=metric, kind=kind, limit=limit, offset=offset,
        cursor=cursor, min_confidence=min_confidence, include_rejected=include_rejected, context=True,
    )
    return _page(page)


@router.get("/commitments", response_model=schemas.CommitmentList, tags=["figures"])
def list_commitments(
    store: StoreDep,
    country: Code = None,
    today: Annotated[
        str | None, Query(
            pattern=r"^\d{4}-\d{2}-\d{2}$",
            json_schema_extra={"format": "date"},
            description="Judge deadlines as of this date (default: today)",
        )
    ] = None,
) -> dict[str, Any]:
    """Targets with deadlines, the actuals reported against them and a status: met,
    missed, on_track, behind, pending or unknown."""
    found = queries.commitments(store, country=_upper(country), today=calendar_day(today))
    return {"items": found, "total": len(found)}


@router.get("/quotes", response_model=schemas.Page[schemas.QuoteItem], tags=["quotes"], responses=_CURSOR_ERRORS)
def list_quotes(
    store: StoreDep,
    speaker: Annotated[str | None, Query(max_length=200, description="Speaker entity id or part of the name")] = None,
    country: Code = None,
    pair: Pair = None,
    article: Annotated[str | None, Query(max_length=64, description="Article id")] = None,
    min_confidence: MinConfidence = None,
    include_rejected: IncludeRejected = False,
    limit: Limit = 50,
    offset: Offset = None,
    cursor: Cursor = None,
) -> dict[str, Any]:
    """Quotes in article order."""
    page = queries.quotes(
        store, speaker=speaker, country=_upper(country), pair=_pair(pair), article_id=article, limit=limit,
        offset=offset, cursor=cursor, min_confidence=min_confidence, include_rejected=include_rejected, context=True,
    )
    return _page(page)


@router.get("/facts/search", response_model=schemas.FactHits, tags=["facts"])
def search_facts(
    store: StoreDep,
    q: Annotated[str, Query(min_length=1, max_length=500, description="Words that must all occur in the evidence")],
    kind: Annotated[list[Literal[FACT_KINDS]] | None, Query(description="events, quotes, indicators (default all)")] = None,  # type: ignore[valid-type]
    limit: Limit = 50,
) -> dict[str, Any]:
    """Events, quotes and figures whose evidence sentences hold every word of `q`, each with
    its article and sentence; articles by relevance."""
    return fact_search.answer(store, q, kinds=tuple(kind) if kind else fact_search.FACT_KINDS, limit=limit)


# --- relationships ----------------------------------------------------------------------


@router.get("/pairs", response_model=list[schemas.PairSummary], tags=["relationships"])
def list_pairs(store: StoreDep, limit: Limit = 20) -> list[dict[str, Any]]:
    """Country pairs by number of events between them, most first."""
    return queries.pairs(store, limit=limit)


@router.get("/pairs/{a}/{b}", response_model=schemas.PairDetail, tags=["relationships"])
def get_pair(
    store: StoreDep,
    a: CodePath,
    b: CodePath,
    min_confidence: MinConfidence = None,
) -> dict[str, Any]:
    """A relationship: events by type and month, sectors, agreements, figures, quotes,
    source articles. Unknown codes give empty counts, not an error."""
    return queries.pair_answer(store, a, b, min_confidence=min_confidence)


@router.get("/graph", response_model=schemas.Graph, tags=["relationships"])
def get_graph(
    store: StoreDep,
    min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1,
) -> dict[str, Any]:
    """Countries and organisations, edges weighted by the events between them."""
    return queries.graph(store, min_weight=min_weight)

