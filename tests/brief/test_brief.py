"""`accords brief`: a brief on a pair over a period, built from the store of two seed
articles (real pipeline, real text), rendered as Markdown, HTML and PDF (read back)."""

from __future__ import annotations

import io

import pytest
from typer.testing import CliRunner

from accords.brief import BriefError, build
from accords.brief.render import html, markdown
from accords.cli import app
from accords.service import queries
from accords.store import Store

runner = CliRunner()


def _signings(seeds_store):
    """The AZE-TUR signings as the agreements register lists them: (date, kind, article:span)."""
    page, _ = queries.agreements(seeds_store, pair=("AZE", "TUR"), limit=50)
    return [(e.date, e.document_kind, f"{e.evidence[0].article_id}:{e.evidence[0].start}-{e.evidence[0].end}")
            for e in page.items]


@pytest.mark.slow
@pytest.mark.parametrize(
    ("since", "until", "kinds"),
    [(None, None, ["roadmap", "declaration", "agreement"]), ("2021-06", None, ["roadmap", "declaration"]),
     (None, "2021-03", ["agreement"]), ("2022", None, [])],
    ids=["all", "since-june", "until-march", "after-all"],
)
def test_signings_of_the_period_with_dates_and_evidence(seeds_store, since, until, kinds):
    brief = build(seeds_store, "Azerbaijan", "Turkey", since=since, until=until)
    registered = {kind: (date, ref) for date, kind, ref in _signings(seeds_store)}
    assert [line.text.split(": ")[1].split(" ")[0] for line in brief.signings] == kinds
    for line, kind in zip(brief.signings, kinds):
        assert (line.when, line.source.ref) == registered[kind]


@pytest.mark.slow
def test_undated_events_are_placed_by_their_article_day(seeds_store):
    brief = build(seeds_store, "AZE", "TUR", since="2021-09-15", until="2021-09-15")
    assert brief.events and all(line.when == "2021-09-15 (reported)" for line in brief.events)
    assert brief.signings == ()
    assert brief.changes[0].endswith(f"{len(brief.events)} dated by their article's publication day (reported).")


@pytest.mark.slow
def test_every_line_cites_a_span_of_its_article(seeds_store):
    # the Azerbaijan-Turkey seed has the targets; the seeds' quotes are in the Iran-Azerbaijan seed
    # (the Azerbaijan-Turkey seed's "It should be noted that ..." is the outlet's own voice, no quote)
    brief, quoted = build(seeds_store, "AZE", "TUR"), build(seeds_store, "AZE", "IRN")
    lines = [*brief.events, *brief.signings, *brief.targets, *brief.quotes_a, *brief.quotes_b, *brief.people,
             *brief.projects, *quoted.quotes_a, *quoted.quotes_b]
    assert brief.targets and quoted.quotes_a and brief.people and brief.projects
    cited = set()
    for line in lines:
        text = seeds_store.article(line.source.article_id).text
        assert 0 <= line.source.start < line.source.end <= len(text)
        cited.add(line.source.article_id)
    assert {s.id for s in brief.sources} >= {line.source.article_id for line in (*brief.events, *brief.signings)}
    target = brief.targets[0].text
    assert target.startswith("trade_turnover: target 15bn USD by 2023-12-31; latest actual ")


@pytest.mark.slow
def test_markdown_and_html_carry_every_line_and_its_evidence(seeds_store):
    brief = build(seeds_store, "AZE", "TUR")
    md, page = markdown(brief), html(brief)
    headings = [line for line in md.splitlines() if line.startswith("## ")]
    assert headings == ["## What changed", "## Key events", "## Signings", "## Targets against latest actuals",
                        "## Quotes: Azerbaijan", "## Quotes: Turkey", "## People named", "## Projects named",
                        "## Sources"]
    for line in (*brief.events, *brief.signings, *brief.quotes_a):
        assert f"[{line.source.ref}]" in md
        s = line.source
        assert f'href="/article/{s.article_id}#{s.start}-{s.end}"' in page
    quoted = build(seeds_store, "AZE", "IRN")  # the seeds' quotes (see above)
    md, page = markdown(quoted), html(quoted)
    assert quoted.quotes_a
    for line in quoted.quotes_a:
        assert f"[{line.source.ref}]" in md and f'href="/article/{line.source.article_id}#' in page


@pytest.mark.slow
def test_pdf_renders_and_reads_back(seeds_db, seeds_store, tmp_path):
    from pypdf import PdfReader

    out = tmp_path / "brief.pdf"
    result = runner.invoke(app, ["--db", seeds_db, "brief", "AZE", "TUR", "--format", "pdf", "--out", str(out)])
    assert result.exit_code == 0, result.output
    text = " ".join(page.extract_text() for page in PdfReader(io.BytesIO(out.read_bytes())).pages)
    flat = " ".join(text.split())
    assert "Brief: Azerbaijan - Turkey" in flat
    for _date, _kind, ref in _signings(seeds_store):
        assert ref in flat.replace(" ", "")
    assert "Targets against latest actuals" in flat
    chart = build(seeds_store, "AZE", "TUR").target_charts[0]
    assert [b.label for b in chart.bars] == ["target 2023", "2020", "2021-01-01 – 2021-07-31"]
    assert "trade_turnover AZE–TUR: target against actuals" in flat
    assert "target 2023" in flat and "15bn USD" in flat and "2021-01-01 – 2021-07-31 (partial)" in flat
    assert "Warning: The 2021-01-01 – 2021-07-31 actual covers 212 days, the target 365" in flat


@pytest.mark.slow
def test_cli_markdown_is_the_library_rendering(seeds_db, seeds_store):
    result = runner.invoke(app, ["--db", seeds_db, "brief", "Azerbaijan", "TUR", "--since", "2021"])
    assert result.exit_code == 0, result.output
    assert result.stdout == markdown(build(seeds_store, "AZE", "TUR", since="2021"))


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["AZE", "Mordor"], "error: SECOND: 'Mordor' is not a country or organisation the gazetteer knows; give an "
                            "ISO 3166-1 alpha-3 code (AZE), a country's name (Azerbaijan) or an acronym (EU)"),
        (["AZE", "TUR", "--format", "docx"], "error: --format: 'docx' is not one of md, html, pdf"),
        (["AZE", "TUR", "--format", "pdf"], "error: --out: a PDF needs an output file"),
        (["AZE", "TUR", "--since", "last month"],
         "error: --since: 'last month' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn"),
    ],
    ids=["country", "format", "pdf-without-out", "since"],
)
def test_cli_errors(tmp_path, args, message):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'a.db'}", "brief", *args])
    assert result.exit_code == 2
    assert result.stderr.strip() == message


def test_library_errors_name_the_input(tmp_path):
    with Store.open(f"sqlite:///{tmp_path / 'a.db'}") as empty, pytest.raises(BriefError) as caught:
        build(empty, "AZE", "TUR", since="soon")
    assert str(caught.value) == "'soon' is not a date; use YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Qn or YYYY-Hn"


@pytest.mark.slow
@pytest.mark.parametrize(
    ("path", "status", "present", "absent"),
    [
        ("/brief/AZE/TUR", 200, ("Brief: Azerbaijan - Turkey", "roadmap", "declaration", "agreement x11",
                                 'class="target-chart"', "⚠ The 2021-01-01 – 2021-07-31 actual covers 212 days"), ()),
        ("/brief/AZE/TUR?since=2021-06", 200, ("Brief: Azerbaijan - Turkey, since 2021-06", "roadmap", "declaration"),
         ("agreement x11",)),
        ("/brief/Azerbaijan/Turkey", 200, ("Brief: Azerbaijan - Turkey",), ()),
        ("/brief/AZE/Mordor", 404, ("&#39;Mordor&#39; is not a country or organisation the gazetteer knows",), ()),
        ("/brief/AZE/TUR?since=yesterday", 422, (), ()),
    ],
    ids=["pair", "since", "names", "unknown-country", "bad-date"],
)
def test_dashboard_brief_page(seeds_db, seeds_store, path, status, present, absent):
    from fastapi.testclient import TestClient

    from accords.server import create_app

    with TestClient(create_app(seeds_db)) as client:
        page = client.get(path)
    assert page.status_code == status, page.text[:500]
    for text in present:
        assert text in page.text
    for text in absent:
        assert text not in page.text
    if status == 200:
        brief = build(seeds_store, "AZE", "TUR", since="2021-06" if "since" in path else None)
        for line in brief.signings:
            s = line.source
            assert f'href="/article/{s.article_id}#{s.start}-{s.end}">[{s.ref}]</a>' in page.text


def _fonts():
    """The fonts a PDF brief can be set in: the system's DejaVu Sans (skipped where it is
    not installed, except in CI, which installs fonts-dejavu-core) and the pinned package's
    Source Sans Pro (always there: a dependency)."""
    import os

    from accords.brief.fonts import DEJAVU, BriefFont, _packaged

    packaged = _packaged()
    assert packaged is not None, "font-source-sans-pro is a dependency of accords"
    dejavu = BriefFont("DejaVuSans", *DEJAVU) if all(p.is_file() for p in DEJAVU) else None
    if dejavu is None and os.environ.get("CI") == "true":
        pytest.fail("fonts-dejavu-core must be installed in CI (.ci/run)")
    return [
        pytest.param(dejavu, id="dejavu", marks=[pytest.mark.skipif(dejavu is None, reason="no DejaVu Sans here")]),
        pytest.param(BriefFont("SourceSansPro", *packaged), id="source-sans-pro"),
    ]


UNICODE_LINES = ["Ilham Aliyev received the delegation in Şuşa", "the Baku–Ankara flights resume", "Türkiye, Azərbaycan"]


@pytest.mark.slow
@pytest.mark.parametrize("font", _fonts())
def test_pdf_keeps_characters_outside_latin1(seeds_store, font, monkeypatch):
    """Names outside Latin-1 read back from the PDF as written (they printed as '?')."""
    from dataclasses import replace

    from pypdf import PdfReader

    import accords.brief.pdf as pdf_module
    from accords.brief import Line

    monkeypatch.setattr(pdf_module, "brief_font", lambda: font)
    brief = build(seeds_store, "AZE", "TUR")
    source = brief.signings[0].source
    brief = replace(brief, b_name="Türkiye", events=tuple(Line(t, "2021-09-14", source) for t in UNICODE_LINES))
    document = PdfReader(io.BytesIO(pdf_module.pdf(brief)))
    flat = " ".join(" ".join(page.extract_text() for page in document.pages).split())
    assert "Brief: Azerbaijan - Türkiye" in flat
    for text in UNICODE_LINES:
        assert text in flat, text
    embedded = {f["/BaseFont"] for page in document.pages for f in page["/Resources"]["/Font"].values()}
    assert any(font.family in str(name) for name in embedded), embedded
