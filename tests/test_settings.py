"""Each setting of `accords.settings` changes what the command that reads it does."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app
from accords.ingest.limits import megabytes

SEED = Path(__file__).parent / "gold" / "articles" / "seed_000.txt"
runner = CliRunner()


def _ingest(tmp_path: Path, env: dict[str, str], *files: Path):
    return runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'a.db'}", "ingest", "-q", "--no-extract", *map(str, files)],
                         env=env)


def _copy_and_variant(tmp_path: Path) -> tuple[Path, Path]:
    """The seed and a copy whose last sentence differs (MinHash Jaccard about .95)."""
    text = SEED.read_text(encoding="utf-8").rstrip()
    first, second = tmp_path / "a.txt", tmp_path / "b.txt"
    first.write_text(text + "\n", encoding="utf-8")
    second.write_text(text + "\n\nThe ministry added that further talks would follow in the autumn.\n", encoding="utf-8")
    return first, second


@pytest.mark.parametrize(
    ("threshold", "expected"),
    [(None, "new 1, duplicate 0, near-duplicate 1"), ("0.99", "new 2, duplicate 0, near-duplicate 0")],
    ids=["default-0.8", "env-0.99"],
)
def test_near_duplicate_threshold_is_read_by_ingest(tmp_path, threshold, expected):
    env = {"ACCORDS_NEAR_DUPLICATE_THRESHOLD": threshold} if threshold else {}
    result = _ingest(tmp_path, env, *_copy_and_variant(tmp_path))
    assert result.exit_code == 0, result.output
    assert expected in result.stdout


@pytest.mark.parametrize("limit", [None, "1000"], ids=["default-64MB", "env-1000-bytes"])
def test_max_file_bytes_is_read_by_ingest(tmp_path, limit):
    result = _ingest(tmp_path, {"ACCORDS_MAX_FILE_BYTES": limit} if limit else {}, SEED)
    if limit is None:
        assert result.exit_code == 0, result.output
        assert "new 1" in result.stdout
    else:
        assert result.exit_code == 2
        flat = " ".join(result.output.split())  # the console wraps long lines
        assert f"rejected {SEED}: file is {megabytes(SEED.stat().st_size)}, over the 1.0 KB limit" in flat


@pytest.mark.slow
@pytest.mark.parametrize(("mode", "stage"), [("veto", "eventcheck.v1"), ("score", "eventscore.v1")], ids=["veto", "score"])
def test_event_classifier_is_read_by_ingest(tmp_path, mode, stage):
    """The setting adds the classifier's stage to what `accords ingest` runs (off: the default
    pipeline); the stored extraction records it."""
    db = f"sqlite:///{tmp_path / 'a.db'}"
    result = runner.invoke(app, ["--db", db, "ingest", "-q", str(SEED)], env={"ACCORDS_EVENT_CLASSIFIER": mode})
    assert result.exit_code == 0, result.output
    from accords.store import Store

    with Store.open(db) as store:
        (article_id,) = [a.id for a in store.articles()]
        assert store.extraction(article_id).pipeline[-1] == stage


def test_event_classifier_bad_value_names_the_allowed_ones(tmp_path):
    result = runner.invoke(app, ["--db", f"sqlite:///{tmp_path / 'a.db'}", "eval", str(SEED.parents[1] / "seeds")],
                           env={"ACCORDS_EVENT_CLASSIFIER": "on"})
    assert result.exit_code == 1
    assert "event_classifier='on': expected one of 'off', 'veto', 'score'" in result.output
