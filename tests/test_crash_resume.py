"""A real ingest killed with SIGKILL mid-batch loses no facts: the rerun (or `--resume`)
extracts every article the killed run stored without its facts, and the store ends equal to
a clean run's."""

from __future__ import annotations

import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords import service
from accords.cli import app
from accords.store import Store

pytestmark = pytest.mark.slow

GOLD = Path(__file__).parent / "gold" / "articles"
SRC = Path(__file__).resolve().parents[1] / "src"


def _corpus(folder: Path, count: int) -> Path:
    folder.mkdir()
    for path in sorted(GOLD.glob("*.json"))[:count]:
        shutil.copy(path, folder / path.name)
    return folder


def _facts(url: str) -> dict[str, dict]:
    with Store.open(url) as store:
        ids = [a.id for a in store.articles(limit=1000)]
        return {i: store.extraction(i).to_dict() for i in ids if store.has_extraction(i)}


def _kill_mid_batch(db: Path, folder: Path) -> int:
    """Start `accords ingest` on `folder`, SIGKILL it once it has stored articles whose facts
    are not saved yet; return how many articles were waiting for their facts."""
    env = {**os.environ, "PYTHONPATH": f"{SRC}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    command = [sys.executable, "-c", "from accords.cli import main; main()",
               "--db", f"sqlite:///{db}", "ingest", "-q", str(folder)]
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 300
        while time.monotonic() < deadline and process.poll() is None:
            waiting = _waiting(db)
            if waiting:
                process.send_signal(signal.SIGKILL)
                process.wait()
                return waiting
            time.sleep(0.02)
    finally:
        if process.poll() is None:
            process.kill()
            process.wait()
    raise AssertionError("the ingest ended before it could be killed mid-batch")


def _waiting(db: Path) -> int:
    if not db.exists():
        return 0
    try:
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True, timeout=1) as conn:
            (stored,) = conn.execute("SELECT count(*) FROM articles WHERE duplicate_of IS NULL").fetchone()
            (extracted,) = conn.execute("SELECT count(*) FROM extractions").fetchone()
    except sqlite3.OperationalError:  # tables not made yet, or locked for a moment
        return 0
    return stored - extracted


def test_sigkill_mid_batch_then_rerun_equals_a_clean_run(tmp_path):
    folder = _corpus(tmp_path / "in", 40)
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    with Store.open(clean_url) as store:
        service.ingest(store, [folder])
    killed = tmp_path / "killed.db"
    waiting = _kill_mid_batch(killed, folder)
    assert waiting > 0
    with Store.open(f"sqlite:///{killed}") as store:
        assert len(store.pending()) >= waiting
        report = service.ingest(store, [folder])
        assert store.pending() == []
    assert report.resumed >= waiting
    clean = _facts(clean_url)
    assert len(clean) == 40
    assert _facts(f"sqlite:///{killed}") == clean


def test_resume_extracts_what_no_extract_stored(tmp_path):
    folder = _corpus(tmp_path / "in", 3)
    db = f"sqlite:///{tmp_path / 'a.db'}"
    runner = CliRunner()
    stored = runner.invoke(app, ["--db", db, "ingest", "-q", "--no-extract", str(folder)])
    assert stored.exit_code == 0, stored.output
    with Store.open(db) as store:
        assert len(store.pending()) == 3
    resumed = runner.invoke(app, ["--db", db, "ingest", "-q", "--resume"])
    assert resumed.exit_code == 0, resumed.output
    lines = resumed.output.splitlines()
    assert (lines[0], lines[-1]) == ("read 3, new 0, duplicate 3, near-duplicate 0, extracted 3, rejected 0",
                                     "resumed 3: stored before without their facts, extracted now")
    with Store.open(db) as store:
        assert store.pending() == []
    nothing = runner.invoke(app, ["--db", db, "ingest", "-q"])
    assert nothing.exit_code == 2
