"""Event labels made by the code of a given commit: what calibrating on unseen text needs (issue 13).

    PYTHONPATH=src .venv/bin/python bench/confidence_labels.py [--sessions]

An event's confidence should say how often events like it are right on text no rule was
written on. Dev labels made by the code of today are optimistic: the rules were written while
looking at the dev files. Labels made by the code of a session's *start* on the dev files that
session added ("fresh dev": annotated before that session's rules) are honest: that code never
saw them. This module makes both kinds:

- `labels_at(commit, files)`: every event the code of `commit` finds in the articles of the
  gold `files` (the gold as it is in this checkout), labelled as `accords eval` scores it
  (`bench/calibration.py`), with the `Signals` its confidence is read from. The code is
  `git archive`d into a temporary folder and run in a subprocess with that `src` on the path;
  `commit=None` runs this checkout's code.
- `fresh_labels()`: for every session of `SESSIONS`, the dev files added between its start
  and end commits, labelled by the start's code. The last session has no end: the files added
  to the dev gold since its start, up to this checkout (rerun at the end of a session to
  include its fresh files).

`--sessions` prints, per session, how many fresh files and events there are and the share right.
"""

from __future__ import annotations

import argparse
import dataclasses
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from calibration import ROOT, Row  # noqa: E402

GOLD = ROOT / "tests" / "gold"
DEV = "tests/gold/dev"
#: Sessions whose dev additions were annotated before that session's rules: (name, start, end).
#: The start's code has the confidence signals (`accords.events.confidence.Signals`).
SESSIONS: tuple[tuple[str, str, str | None], ...] = (
    ("sixth", "7b02014", "fc7e38f"),
    ("seventh", "fc7e38f", "bff4436"),
    ("eighth", "bff4436", "58a6510"),
    ("ninth", "58a6510", "6240d91"),
    ("tenth", "6240d91", "0dea649"),
    ("eleventh", "0dea649", "70a291f"),
    ("twelfth", "70a291f", "f58a20c"),
    ("thirteenth", "f58a20c", "13ed8d7"),
    ("fourteenth", "13ed8d7", "eca8d74"),
    ("fifteenth", "eca8d74", "0bc6f72"),
    ("sixteenth", "0bc6f72", "7c476ed"),
    ("seventeenth", "7c476ed", "6f07bac"),
    ("eighteenth", "6f07bac", "e002afb"),
    ("nineteenth", "e002afb", "a3a9a8e"),
    ("twentieth", "a3a9a8e", "1a891f5"),
    ("twenty-first", "1a891f5", "10723e0"),
    ("twenty-second", "10723e0", "a91535e"),
    ("twenty-third", "a91535e", "6976bee"),
    ("twenty-fourth", "6976bee", "2e9aecc"),
    ("twenty-fifth", "2e9aecc", "7293bdb"),
    ("twenty-sixth", "7293bdb", "cc810f4"),
    ("twenty-seventh", "cc810f4", "379d9c05"),
    ("twenty-eighth", "379d9c05", "5c741fde"),
    ("twenty-ninth", "5c741fde", "bb884b3f"),
    ("thirtieth", "bb884b3f", "3d05308a"),
    ("thirty-first", "3d05308a", "18137455"),
    ("thirty-second", "18137455", "310d6920"),
    ("thirty-third", "310d6920", None),
)


def _git(*args: str) -> str:
    return subprocess.run(["git", "-C", str(ROOT), *args], check=True, capture_output=True, text=True).stdout


def dev_files_at(commit: str) -> list[Path]:
    """The dev gold files that existed at `commit`, as they are in this checkout (gone ones skipped)."""
    names = _git("ls-tree", "--name-only", commit, f"{DEV}/").split()
    return sorted(ROOT / n for n in names if n.endswith(".json") and (ROOT / n).exists())


def added_dev_files(start: str, end: str | None) -> list[Path]:
    """Dev gold files added after `start` up to `end` (None: this checkout, committed or not)."""
    names = set(_git("log", "--format=", "--diff-filter=A", "--name-only", f"{start}..{end or 'HEAD'}", "--", DEV).split())
    if end is None:  # and what is not committed yet
        names |= set(_git("ls-files", "--others", "--exclude-standard", "--", DEV).split())
        names |= {n for n in _git("diff", "--name-only", "--diff-filter=A", "HEAD", "--", DEV).split()}
    return sorted(ROOT / n for n in names if n.endswith(".json") and (ROOT / n).exists())


def _row(data: dict) -> Row:
    from accords.events.confidence import Signals

    known = {f.name for f in dataclasses.fields(Signals)}
    signals = Signals(**{k: v for k, v in data["signals"].items() if k in known})
    return Row(data["confidence"], data["right"], data["outlet"], data["article"], data["text"], signals,
               data.get("sentence", ""))


def emitted_at(commit: str | None, files: list[Path], script: Path = Path(__file__)) -> list[dict]:
    """What `script --emit PART` prints as JSON lines when run with the code of `commit` (None:
    this checkout's) on a part made of the gold `files`: the one way the benches label a past
    commit's output."""
    if not files:
        return []
    with tempfile.TemporaryDirectory(prefix="accords-labels-") as tmp:
        part = Path(tmp) / "part" / "dev"
        part.mkdir(parents=True)
        for path in files:
            shutil.copy(path, part / path.name)
        src = ROOT / "src"
        if commit is not None:
            archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit, "src"], capture_output=True)
            if archive.returncode:
                sys.exit(f"git archive {commit} src failed ({archive.stderr.decode().strip()}): labelling with the code "
                         "of a past commit needs the project's git history (a full clone)")
            subprocess.run(["tar", "-x", "-C", tmp], input=archive.stdout, check=True)
            src = Path(tmp) / "src"
        env = {**os.environ, "PYTHONPATH": str(src), "OPENBLAS_NUM_THREADS": "1"}
        out = subprocess.run([sys.executable, str(script), "--emit", str(part)], env=env, check=True,
                             capture_output=True, text=True).stdout
    return [json.loads(line) for line in out.splitlines() if line.startswith("{")]


def fresh_emitted(kind: str, nouns: tuple[str, str], script: Path, *,
                  needs: str | None = None) -> tuple[list[dict], list[str]]:
    """Each session's fresh dev files that annotate `kind` ("entities", "indicators", "quotes"), run
    with the code of that session's start through `script --emit`: the rows it emitted, each with
    its "session", and one line per session ("sixth (code 7b02014): 28 fresh entity files, 325
    entities, 282 right"; `nouns`: the singular and plural the line names the facts by).
    `needs`: what the start's `accords.evaluation.scorer` must define to label this kind; a session
    whose code lacks it is skipped, and its line says so."""
    noun, plural = nouns
    rows: list[dict] = []
    lines = []
    for name, start, end in SESSIONS:
        files = [f for f in added_dev_files(start, end) if kind in json.loads(f.read_text(encoding="utf-8"))]
        if needs is not None:
            try:
                _git("grep", "-q", needs, start, "--", "src/accords/evaluation/scorer.py")
            except subprocess.CalledProcessError:
                lines.append(f"{name} (code {start}): skipped, its code cannot label {plural} ({len(files)} files)")
                continue
        found = emitted_at(start, files, script)
        rows += [{**data, "session": name} for data in found]
        lines.append(f"{name} (code {start}): {len(files)} fresh {noun} files, {len(found)} {plural}, "
                     f"{sum(data['right'] for data in found)} right")
    return rows, lines


def labels_at(commit: str | None, files: list[Path]) -> list[Row]:
    """The events the code of `commit` (None: this checkout's) finds in the articles of the gold
    `files`, labelled right or wrong against that gold."""
    return [_row(data) for data in emitted_at(commit, files)]


@dataclasses.dataclass(frozen=True)
class Session:
    """One session's fresh dev files and their events labelled by the code of its start."""

    name: str
    start: str
    files: tuple[Path, ...]
    rows: tuple[Row, ...]


def fresh_labels(closed_only: bool = False) -> list[Session]:
    """Every session's fresh files and labels; `closed_only`: only sessions with an end commit (an
    open session's files are still being added, so a fit on them could not be rebuilt)."""
    sessions = []
    for name, start, end in SESSIONS:
        if closed_only and end is None:
            continue
        files = added_dev_files(start, end)
        sessions.append(Session(name, start, tuple(files), tuple(labels_at(start, files))))
    return sessions


def _emit(part: Path) -> None:
    """Print the labelled events of `part` as JSON lines (run under the code being labelled)."""
    from calibration import labelled

    for row in labelled(part, GOLD):
        print(json.dumps({"confidence": row.confidence, "right": row.right, "outlet": row.outlet,
                          "article": row.article, "text": row.text, "sentence": row.sentence,
                          "signals": dataclasses.asdict(row.signals)}))  # type: ignore[call-overload]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--emit", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--sessions", action="store_true", help="count each session's fresh files and events")
    args = parser.parse_args()
    if args.emit:
        _emit(args.emit)
        return
    for session in fresh_labels():
        right = sum(r.right for r in session.rows)
        print(f"{session.name} (code {session.start}): {len(session.files)} fresh dev files, "
              f"{len(session.rows)} events, {right} right")


if __name__ == "__main__":
    main()
