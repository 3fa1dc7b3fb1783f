"""`accords extract PAGE.html --format text` prints the article body as extracted (issue 7)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app

FIXTURES = Path(__file__).parents[1] / "fixtures" / "web" / "aeb"
GROUND_TRUTH = json.loads((FIXTURES / "ground-truth.json").read_text(encoding="utf-8"))
PAGES = sorted(FIXTURES.glob("*.html.gz"))


@pytest.mark.parametrize("page", PAGES, ids=[p.name[:12] for p in PAGES])
def test_text_format_prints_the_body_of_the_page(page):
    result = CliRunner().invoke(app, ["extract", str(page), "--format", "text"])
    assert result.exit_code == 0, result.output
    truth = GROUND_TRUTH[page.name.split(".")[0]]["articleBody"]
    body_words = set(result.output.split())
    truth_words = truth.split()
    covered = sum(word in body_words for word in truth_words) / len(truth_words)
    assert covered >= 0.9, f"only {covered:.0%} of the ground-truth body words printed"
    assert len(result.output.split()) <= 1.5 * len(truth_words)
