"""The dashboard: server-rendered pages over the same store as the API.

Routes are thin: one call to the query layer (`accords.service.queries`) and a Jinja2 template from
``templates/``. The environment autoescapes every value, so text from articles (titles,
quotes, names) is always shown as text; charts are SVG built by `accords.dashboard.charts`,
which escapes what it draws. Static files (CSS, a few lines of JavaScript for the article
page) are served from ``static/`` by the same process; nothing comes from a CDN.
"""

from __future__ import annotations

from functools import lru_cache
from importlib.resources import files
from typing import Annotated, Any
from urllib.parse import quote

import jinja2
from fastapi import APIRouter, Path, Query, Request
from fastapi.responses import HTMLResponse, Response
from fastapi.templating import Jinja2Templates

from accords.appstate import CodePath, StoreDep
from accords.dashboard import charts, highlight
from accords.review.verdicts import CORRECTABLE
from accords.service import queries
from accords.urls import is_http_url

router = APIRouter(include_in_schema=False, default_response_class=HTMLResponse)
#: a confidence floor from a form: empty means none
MinConfidence = Annotated[str | None, Query(pattern=r"^(|0(\.\d{1,3})?|1(\.0{1,3})?)$")]
BriefDate = Annotated[str | None, Query(pattern=r"^(|\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-H[12])?)$")]


def _floor(value: str | None) -> float | None:
    return float(value) if value else None


def entity_url(key: str) -> str:
    return "/entity/" + quote(key, safe=":")


def article_url(article_id: str) -> str:
    return "/article/" + quote(article_id, safe="")


def pair_url(a: str, b: str) -> str:
    return f"/pair/{quote(a, safe='')}/{quote(b, safe='')}"


def fact_article(fact: Any) -> str | None:
    """The article a fact came from (its first evidence span's)."""
    return fact.evidence[0].article_id if getattr(fact, "evidence", None) else None


@lru_cache(maxsize=1)
def templates() -> Jinja2Templates:
    """The template environment, built on first use (autoescaping on for every template)."""
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(files("accords.dashboard") / "templates")),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
    )
    found = Jinja2Templates(env=env)
    found.env.globals.update(
        entity_url=entity_url, article_url=article_url, pair_url=pair_url, fact_article=fact_article,
        colour=charts.colour, charts=charts,
        is_http_url=is_http_url,  # only http(s) URLs become links (rows stored before accords.urls)
        correctable=CORRECTABLE,  # the fields each kind's correct form offers
    )
    return found


def render(request: Request, template: str, context: dict[str, Any], *, status: int = 200) -> Response:
    return templates().TemplateResponse(request, template, context, status_code=status)


def error_page(request: Request, status: int, message: str) -> Response:
    """The dashboard's answer to an error: an HTML page with the message."""
    return render(request, "error.html", {"status_code": status, "message": message}, status=status)


@router.get("/")
def home(request: Request, store: StoreDep) -> Response:
    data = queries.home(store)
    return render(request, "home.html", data)


@router.get("/search")
def search(
    request: Request,
    store: StoreDep,
    q: Annotated[str, Query(max_length=500)] = "",
    offset: Annotated[int, Query(ge=0, le=10_000_000)] = 0,  # a bigger one overflows the database's integers
) -> Response:
    """Articles, entities and facts (events, quotes, figures whose evidence holds every
    word: `accords.service.fact_search`, the API's /facts/search) matching `q`."""
    from accords.service.fact_search import search_facts

    found = queries.articles(store, search=q, limit=50, offset=offset) if q.strip() else None
    entities = queries.entities(store, search=q, limit=20) if q.strip() else None
    facts = search_facts(store, q, limit=30) if q.strip() and offset == 0 else []
    return render(request, "search.html", {"q": q, "found": found, "entities": entities, "facts": facts})


@router.get("/pair/{a}/{b}")
def pair(
    request: Request,
    store: StoreDep,
    a: CodePath,
    b: CodePath,
    min_confidence: MinConfidence = None,
) -> Response:
    data = queries.pair_page(store, a, b, min_confidence=_floor(min_confidence))
    charted = {
        "timeline_svg": charts.timeline(data["timeline"], data["timeline_reported"], data["timeline_unplaced"]),
        "figures_svg": charts.figures(data["indicators"]),
        "sectors_svg": charts.bars(list(data["sectors"].items())),
    }
    return render(request, "pair.html", {**data, **charted, "min_confidence": _floor(min_confidence)})


@router.get("/brief/{a}/{b}")
def brief(
    request: Request,
    store: StoreDep,
    a: CodePath,
    b: CodePath,
    since: BriefDate = None,
    until: BriefDate = None,
) -> Response:
    """`accords brief A B --format html` as a dashboard page (`accords.brief`)."""
    from accords.brief import BriefError, build
    from accords.brief.render import sections

    try:
        found = build(store, a, b, since=since or None, until=until or None)
    except BriefError as exc:
        return error_page(request, 404, str(exc))
    return render(request, "brief.html", {"brief": found, "sections": sections(found), "since": since, "until": until})


@router.get("/entity/{key:path}")
def entity(request: Request, store: StoreDep, key: str) -> Response:
    data = queries.entity_detail(store, key)
    mentions = [(row["month"], row["count"]) for row in data["mentions_by_month"]]
    return render(request, "entity.html", {**data, "mentions_svg": charts.bars(mentions)})


@router.get("/article/{article_id}")
def article(
    request: Request,
    store: StoreDep,
    article_id: Annotated[str, Path(max_length=64)],
    include_rejected: bool = False,
    min_confidence: MinConfidence = None,
) -> Response:
    found, extraction = queries.article_detail(
        store, article_id, include_rejected=include_rejected, min_confidence=_floor(min_confidence)
    )
    blocks, facts = highlight.layout(found.text, extraction)
    counts = {kind: sum(1 for f in facts if f.kind == kind) for kind in highlight.KINDS}
    context = {
        "article": found, "blocks": blocks, "facts": facts, "counts": counts, "kinds": highlight.KINDS,
        "include_rejected": include_rejected,
        # each sentence's span, so a link to #START-END (a brief's evidence) finds its sentences
        "sentence_spans": [(s.start, s.end) for s in extraction.sentences] if extraction is not None else [],
    }
    return render(request, "article.html", context)


@router.get("/commitments")
def commitments(request: Request, store: StoreDep) -> Response:
    return render(request, "commitments.html", {"items": queries.commitments(store)})


@router.get("/graph")
def graph(request: Request, store: StoreDep, min_weight: Annotated[int, Query(ge=1, le=1_000_000)] = 1) -> Response:
    data = queries.graph(store, min_weight=min_weight)
    return render(request, "graph.html", {**data, "graph_svg": charts.graph(data["nodes"], data["edges"])})
