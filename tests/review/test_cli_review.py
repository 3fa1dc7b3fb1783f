"""`accords review ...` end to end on a real article: verdicts from the command line hide,
mark and correct facts in `accords events`, the log lists them, and the reviewed article
exported as gold is scored by `accords eval` (files and --reviews) as analysts left it."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords import pipeline
from accords.cli import app
from accords.evaluation.runner import read_article
from accords.store import Store

GOLD = Path(__file__).resolve().parents[1] / "gold" / "articles"
ROADMAP = "af5c75576abee15f:event:9c3263e1ec"  # SUPPORT sign AZE+TUR, 2021-09-14: "signed a roadmap"
MEETING = "af5c75576abee15f:event:45333fca7c"  # CONSULT visit AZE+TUR, 2021-09-14
ELEVEN = "af5c75576abee15f:event:9776ea5adc"  # SUPPORT sign AZE+TUR, 2021-02-18: "Eleven agreements"

runner = CliRunner()


@pytest.fixture(scope="module")
def seed():
    article = read_article(GOLD / "seed_000.txt")
    return article, pipeline.run(article)


@pytest.fixture
def db(tmp_path, seed) -> str:
    url = f"sqlite:///{tmp_path / 'accords.db'}"
    with Store.open(url) as store:
        store.add_article(seed[0])
        store.save_extraction(seed[1])
    return url


def accords(db: str, *args: str):
    result = runner.invoke(app, ["--db", db, *args])
    return result


def _events(db: str, *options: str) -> dict[str, str]:
    """Fact id -> the line `accords events --between AZE TUR` prints for it."""
    result = accords(db, "events", "--between", "AZE", "TUR", *options)
    assert result.exit_code == 0, result.output
    return {line.split("[")[-1].split("]")[0]: line for line in result.stdout.splitlines() if "[" in line}


def test_review_help_lists_the_commands():
    result = runner.invoke(app, ["review", "--help"])
    assert result.exit_code == 0
    for command in ("confirm", "reject", "correct", "merge", "split", "log", "export"):
        assert command in result.output


def test_reject_hides_the_event_from_accords_events_and_confirm_marks_one(db):
    assert MEETING in _events(db)
    result = accords(db, "review", "reject", MEETING, "--by", "ana", "--note", "a working-group meeting")
    assert result.exit_code == 0, result.output
    assert result.stdout.startswith("#1 ") and f"ana: reject {MEETING} (CONSULT AZE+TUR)  # a working-group meeting" in result.stdout
    assert accords(db, "review", "confirm", ROADMAP, "--by", "bo").exit_code == 0
    shown = _events(db)
    assert MEETING not in shown
    # the line ends with the event's confidence, its id and the verdict
    assert re.search(rf" (0\.\d\d|1\.00) \[{re.escape(ROADMAP)}\] confirmed$", shown[ROADMAP]), shown[ROADMAP]
    assert _events(db, "--include-rejected")[MEETING].endswith(f"[{MEETING}] rejected")


def test_correct_changes_the_listed_event_and_refuses_unknown_fields(db):
    result = accords(db, "review", "correct", ELEVEN, "--set", "date=2021-02-18..2021-02-19", "--set", "status=planned",
                     "--by", "ana")
    assert result.exit_code == 0, result.output
    assert 'date: "2021-02-18" -> ["2021-02-18", "2021-02-19"], status: "occurred" -> "planned"' in result.stdout
    line = _events(db)[ELEVEN]
    assert line.startswith("2021-02-18..2021-02-19  SUPPORT    sign     AZE+TUR          planned") and line.endswith("corrected")
    bad = accords(db, "review", "correct", ELEVEN, "--set", "sides=AZE", "--by", "ana")
    assert bad.exit_code == 1
    assert bad.stderr.strip() == ("error: event field 'sides' cannot be corrected; fields: type, mode, actor_countries, "
                                  "recipient_countries, date, status, location, object")


def test_the_log_lists_verdicts_newest_first_and_filters(db):
    accords(db, "review", "reject", MEETING, "--by", "ana")
    accords(db, "review", "merge", "ORG:Digital Transformation Office", "ORG:DTO", "--by", "bo")
    result = accords(db, "review", "log", "--json")
    log = json.loads(result.stdout)
    assert log["total"] == 2
    assert [(v["action"], v["by"], v["fact_id"]) for v in log["items"]] == [("merge", "bo", None), ("reject", "ana", MEETING)]
    only = accords(db, "review", "log", "--by", "bo")
    assert only.stdout.splitlines()[0].endswith("bo: merge ORG:Digital Transformation Office -> ORG:DTO")
    assert len(only.stdout.splitlines()) == 1


def test_reviewed_articles_exported_as_gold_are_scored_by_eval(db, tmp_path):
    """The loop end to end: reject a wrong event, correct one, confirm one; export; the
    current pipeline, which still finds the rejected event and the uncorrected date, is
    scored against what the analysts left."""
    for args in (("reject", MEETING), ("confirm", ROADMAP), ("correct", ELEVEN, "--set", "date=2021-03")):
        assert accords(db, "review", *args, "--by", "ana").exit_code == 0
    out = tmp_path / "reviewed"
    exported = accords(db, "review", "export", str(out))
    assert exported.exit_code == 0, exported.output
    gold_file = out / "af5c75576abee15f.json"
    assert exported.stdout.split() == [str(gold_file)]
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    assert gold["article"]["file"] == "articles/af5c75576abee15f.json"
    assert [(e["type"], e["date"]) for e in gold["events"] if e["required"]] == [("SUPPORT", "2021-09-14"), ("SUPPORT", "2021-03")]
    assert "CONSULT" not in {e["type"] for e in gold["events"] if e["date"] == "2021-09-14"}

    scored = accords(db, "eval", str(gold_file), "--root", str(out), "--json")
    assert scored.exit_code == 0, scored.output
    events = next(k for k in json.loads(scored.stdout)["totals"] if k["kind"] == "events")
    # both checked events found (tp 2), the rejected meeting still extracted (fp 1), the
    # eleven agreements dated 2021-02-18 by the pipeline, not in March as corrected
    assert (events["tp"], events["fp"], events["fn"]) == (2, 1, 0)
    assert events["accuracies"]["date"] == {"correct": 1, "total": 2, "value": 0.5}
    from_store = accords(db, "eval", "--reviews", "--json")
    assert json.loads(from_store.stdout)["totals"] == json.loads(scored.stdout)["totals"]


def test_eval_wants_gold_files_or_reviews():
    result = runner.invoke(app, ["eval"])
    assert result.exit_code == 2
    assert "give GOLD files or --reviews, not both or neither" in result.output


@pytest.mark.parametrize(("options", "shown"), [((), False), (("--include-rejected",), True)], ids=["default", "include"])
def test_exports_leave_rejected_facts_out_unless_asked(db, tmp_path, options, shown):
    assert accords(db, "review", "reject", MEETING, "--by", "ana").exit_code == 0
    for kind in ("events", "extractions"):
        out = tmp_path / f"{kind}.jsonl"
        result = accords(db, "export", "--format", "jsonl", "--kind", kind, "--out", str(out), *options)
        assert result.exit_code == 0, result.output
        assert (MEETING in out.read_text(encoding="utf-8")) is shown, kind
