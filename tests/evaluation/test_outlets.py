"""Scores per outlet: the outlet table, the report's per-outlet totals and the eval output."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.evaluation.outlets import OTHER, OUTLETS, outlet_of
from accords.evaluation.runner import Report, evaluate
from accords.evaluation.scorer import KINDS, ArticleScore, KindScore, aggregate
from accords.evaluation.tables import format_report
from accords.ids import content_id
from accords.model import Article

TINY = Path(__file__).parent.parent / "fixtures" / "evaluation" / "tiny"
runner = CliRunner()


@pytest.mark.parametrize(
    ("name", "key"),
    [("tt_402494.json", "tt"), ("wh_readout-scholz.json", "wh"), ("news_0123.json", "news"),
     ("seed_000.json", "seeds"), ("tests/gold/test/wh_a.json", "wh"), ("C:\\gold\\tt_1.json", "tt"),
     ("tiny.json", "other"), ("twh_1.json", "other"), ("articles/tt_1.json/other.json", "other")],
    ids=["tehran-times", "white-house", "web-news", "seeds", "path", "windows-path", "no-prefix",
         "prefix-not-at-start", "only-base-name-counts"],
)
def test_outlet_of_reads_the_file_name_prefix(name, key):
    assert outlet_of(name).key == key


def test_outlet_keys_and_prefixes_are_unique():
    assert len({o.key for o in OUTLETS} | {OTHER.key}) == len(OUTLETS) + 1
    assert len({o.prefix for o in OUTLETS}) == len(OUTLETS)


def article(name: str, outlet: str, **counts: tuple[int, int, int]) -> ArticleScore:
    scores = tuple(KindScore(kind, *counts.get(kind, (0, 0, 0))) for kind in KINDS)
    return ArticleScore(name, scores, outlet=outlet)


def make_report(*articles: ArticleScore) -> Report:
    return Report(totals=aggregate(articles), articles=articles)


REPORT = make_report(
    article("wh_1", "wh", events=(1, 1, 0)),
    article("tt_1", "tt", events=(3, 0, 1), entities=(2, 0, 0)),
    article("tt_2", "tt", events=(1, 2, 1)),
    article("x", "", events=(0, 0, 5)),
)


@pytest.mark.parametrize(
    ("outlet", "articles", "events"),
    [("tt", 2, (4, 2, 2)), ("wh", 1, (1, 1, 0)), ("other", 1, (0, 0, 5))],
    ids=["tt-summed-over-its-articles", "wh-alone", "no-prefix-is-other"],
)
def test_report_sums_counts_per_outlet(outlet, articles, events):
    report = REPORT.outlet(outlet)
    assert report.articles == articles
    score = report.total("events")
    assert (score.tp, score.fp, score.fn) == events


def test_outlets_come_in_table_order_other_last_and_totals_stay_overall():
    assert [o.outlet.key for o in REPORT.by_outlet()] == ["tt", "wh", "other"]
    total = REPORT.total("events")
    assert (total.tp, total.fp, total.fn) == (5, 3, 7)
    with pytest.raises(KeyError):
        REPORT.outlet("news")


def test_a_gain_on_one_outlet_does_not_show_as_a_loss_elsewhere():
    """The point of per-outlet scores: the total can rise while one outlet falls."""
    before = make_report(article("tt_1", "tt", events=(5, 5, 5)), article("wh_1", "wh", events=(4, 1, 1)))
    after = make_report(article("tt_1", "tt", events=(9, 1, 1)), article("wh_1", "wh", events=(2, 3, 3)))
    assert after.total("events").f1 > before.total("events").f1
    assert after.outlet("wh").total("events").f1 < before.outlet("wh").total("events").f1


def test_text_report_has_totals_an_outlet_summary_and_a_table_per_outlet():
    lines = format_report(REPORT).splitlines()
    assert lines[0] == "4 articles scored"
    summary = lines.index("F1 per outlet")
    assert lines[summary + 1].split() == ["outlet", "articles", *KINDS]
    rows = {line.split()[0]: line.split()[1:] for line in lines[summary + 2:summary + 6]}
    assert rows["tt"][:3] == ["2", "1.000", "0.667"]
    assert rows["all"][0] == "4"
    assert "== tt: Tehran Times (2 articles)" in lines
    assert "== wh: White House (1 articles)" in lines
    assert "== other: other (1 articles)" in lines


def test_json_report_lists_outlets_with_their_totals():
    data = REPORT.as_dict()
    assert [(o["outlet"], o["name"], o["articles"]) for o in data["outlets"]] == [
        ("tt", "Tehran Times", 2), ("wh", "White House", 1), ("other", "other", 1)]
    events = next(t for t in data["outlets"][0]["totals"] if t["kind"] == "events")
    assert (events["tp"], events["fp"], events["fn"]) == (4, 2, 2)


def read_plain(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return Article(id=content_id(text), text=text, origin=str(path))


def perfect(article: Article) -> dict:
    return json.loads((TINY / "gold" / "tiny.json").read_text(encoding="utf-8"))


def test_evaluate_tags_each_article_with_its_gold_file_outlet(tmp_path):
    for name in ("tt_a.json", "wh_b.json", "wh_c.json"):
        shutil.copy(TINY / "gold" / "tiny.json", tmp_path / name)
    report = evaluate([tmp_path], root=TINY, predict=perfect, read=read_plain)
    assert [a.outlet for a in report.articles] == ["tt", "wh", "wh"]
    assert [(o.outlet.key, o.articles, o.total("entities").tp) for o in report.by_outlet()] == [
        ("tt", 1, 3), ("wh", 2, 6)]


@pytest.mark.slow
def test_eval_command_prints_outlets_in_text_and_json(tmp_path):
    shutil.copy(TINY / "gold" / "tiny.json", tmp_path / "wh_tiny.json")
    text = runner.invoke(app, ["eval", str(tmp_path), "--root", str(TINY)])
    assert text.exit_code == 0, text.output
    assert "== wh: White House (1 articles)" in text.stdout.splitlines()
    as_json = runner.invoke(app, ["eval", str(tmp_path), "--root", str(TINY), "--json"])
    assert [o["outlet"] for o in json.loads(as_json.stdout)["outlets"]] == ["wh"]
