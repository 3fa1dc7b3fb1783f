"""The eval runner (finding articles, reporting problems) and the eval/extract/bench commands."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.evaluation.runner import evaluate
from accords.ids import content_id
from accords.model import Article

TINY = Path(__file__).parent.parent / "fixtures" / "evaluation" / "tiny"
runner = CliRunner()


def read_plain(path: Path) -> Article:
    text = path.read_text(encoding="utf-8")
    return Article(id=content_id(text), text=text, origin=str(path))


def gold_predictor(article: Article) -> dict:
    """Predicts exactly the tiny gold, minus its one time expression."""
    gold = json.loads((TINY / "gold" / "tiny.json").read_text(encoding="utf-8"))
    gold["times"] = []
    return gold


@pytest.mark.parametrize("root", [None, TINY], ids=["found-from-gold-parents", "explicit-root"])
def test_evaluate_finds_the_article_and_scores(root):
    report = evaluate([TINY / "gold"], root=root, predict=gold_predictor, read=read_plain)
    assert report.problems == ()
    assert [a.article for a in report.articles] == ["articles/tiny.txt"]
    scores = {s.kind: (s.tp, s.fp, s.fn) for s in report.totals}
    assert scores == {"entities": (3, 0, 0), "events": (1, 0, 0), "indicators": (0, 0, 0), "quotes": (0, 0, 0),
                      "quotes@0.3": (0, 0, 0), "quotes@0.8": (0, 0, 0), "times": (0, 0, 1),
                      "ggt-all@0.3": (0, 0, 0), "ggt-all@0.5": (0, 0, 0), "ggt-direct@0.3": (0, 0, 0),
                      "ggt-direct@0.5": (0, 0, 0)}


@pytest.mark.parametrize("holds_quotes,ggt_fp", [(True, 1), (False, None)], ids=["quotes-annotated", "events-only-file"])
def test_ggt_rows_only_for_files_that_annotate_quotes(tmp_path, holds_quotes, ggt_fp):
    # a file without a "quotes" key (events or figures only) did not annotate quotes: a quote the
    # pipeline finds there is no false positive of the GGT rows, as it is none of the quotes rows
    gold = json.loads((TINY / "gold" / "tiny.json").read_text(encoding="utf-8"))
    if not holds_quotes:
        del gold["quotes"]
    (tmp_path / "gold").mkdir()
    (tmp_path / "gold" / "tiny.json").write_text(json.dumps(gold), encoding="utf-8")

    def predict(article: Article) -> dict:
        return {**gold_predictor(article), "quotes": [{"speaker": "Ali Taha Koch", "text": "We signed it."}]}

    report = evaluate([tmp_path / "gold"], root=TINY, predict=predict, read=read_plain)
    scores = {s.kind: s.fp for s in report.totals}
    assert scores.get("ggt-all@0.3") == ggt_fp
    assert scores.get("quotes") == ggt_fp


def test_evaluate_reports_a_missing_article_and_goes_on():
    report = evaluate([TINY / "broken", TINY / "gold" / "tiny.json"], root=TINY, predict=gold_predictor, read=read_plain)
    assert len(report.articles) == 1
    assert len(report.problems) == 1
    assert "article file 'articles/no-such-article.txt' not found" in report.problems[0]


def test_eval_command_says_when_the_article_is_missing():
    result = runner.invoke(app, ["eval", str(TINY / "broken")])
    assert result.exit_code == 2
    assert "article file 'articles/no-such-article.txt' not found" in result.stderr
    assert "0 articles scored" in result.stdout


def test_eval_command_rejects_a_missing_gold_path():
    result = runner.invoke(app, ["eval", str(TINY / "nowhere")])
    assert result.exit_code == 1
    assert "no such gold file or folder" in result.stderr


@pytest.mark.slow
def test_eval_command_prints_the_table_on_a_real_run():
    result = runner.invoke(app, ["eval", str(TINY / "gold"), "--root", str(TINY)])
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0] == "1 articles scored"
    assert lines[1].split()[:7] == ["kind", "P", "R", "F1", "tp", "fp", "fn"]
    assert [line.split()[0] for line in lines[2:13]] == [
        "entities", "events", "indicators", "quotes", "quotes@0.3", "quotes@0.8", "times",
        "ggt-all@0.3", "ggt-all@0.5", "ggt-direct@0.3", "ggt-direct@0.5"]
    assert lines[13:15] == ["", "F1 per outlet"]


@pytest.mark.slow
def test_eval_command_json_with_details():
    result = runner.invoke(app, ["eval", str(TINY / "gold"), "--json", "--details"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert report["articles"] == 1
    assert [t["kind"] for t in report["totals"]][:2] == ["entities", "events"]
    assert set(report["details"][0]) == {"article", "outlet", "scores", "misses", "false_positives"}


@pytest.mark.slow
def test_extract_command_prints_the_gold_shape():
    result = runner.invoke(app, ["extract", str(TINY / "articles" / "tiny.txt"), "--format", "gold"])
    assert result.exit_code == 0, result.output
    gold = json.loads(result.stdout)
    assert list(gold) == ["article", "entities", "events", "indicators", "quotes", "times"]
    assert gold["article"]["file"] == str(TINY / "articles" / "tiny.txt")


@pytest.mark.slow
def test_extract_command_jsonl_gives_one_line_per_record(tmp_path):
    records = tmp_path / "two.jsonl"
    records.write_text(
        json.dumps({"id": "r1", "url": "https://example.test/1", "text": "Azerbaijan and Turkey met in Baku."}) + "\n"
        + json.dumps({"id": "r2", "url": "https://example.test/2", "text": "Iran and Azerbaijan signed a memorandum."}) + "\n",
        encoding="utf-8",
    )
    result = runner.invoke(app, ["extract", str(records), "--format", "gold"])
    assert result.exit_code == 0, result.output
    lines = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(line["article"]["id"], line["article"]["url"]) for line in lines] == [
        ("r1", "https://example.test/1"), ("r2", "https://example.test/2")]
