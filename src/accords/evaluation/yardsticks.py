"""External yardsticks: scores on data we did not write (docs/yardsticks.md says why these).

- `plover`: event-type accuracy on the PLOVER gold-standard records
  (corpora/plover-gsr/PLOVER_GSR_CAMEO.json). Each record's text goes through
  `accords.extract`; the predicted type is that of the most confident event (the first on
  ties), or ``NONE`` when no event was found.
- `recognizers`: pass rate on the English number, percent, currency and date cases of the
  Microsoft Recognizers-Text specs (corpora/recognizers-text-specs-en). A case passes when
  every result the spec expects is among what `accords.extract(input, published=reference)`
  found (`expected_values` and `case_passes` define "among" exactly).

Loading reads files; the comparisons are pure functions of the loaded records and the
extractions, so tests can feed them small hand-made cases.
"""

from __future__ import annotations

import datetime as dt
import json
import os
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from accords.errors import SchemaError
from accords.evaluation.dates import same_value
from accords.model import COOPERATIVE_TYPES, Extraction

#: Where the shared corpora are looked for, first match wins (ACCORDS_CORPORA overrides).
CORPORA_CANDIDATES = ("../shared/corpora", "/work/shared/corpora")

PLOVER_FILE = "plover-gsr/PLOVER_GSR_CAMEO.json"

#: The recognizers spec files used, and what each one's cases are compared as.
RECOGNIZER_SPECS = (
    ("Number/English/NumberModel.json", "number"),
    ("Number/English/PercentModel.json", "percent"),
    ("NumberWithUnit/English/CurrencyModel.json", "currency"),
    ("DateTime/English/DateParser.json", "date"),
    ("DateTime/English/DatePeriodParser.json", "period"),
)
RECOGNIZERS_DIR = "recognizers-text-specs-en/Specs"

#: Currency unit names the specs give without an ISO code, read as a news text would read them.
CURRENCY_DEFAULTS = {"Dollar": "USD", "Pound": "GBP"}

Extract = Callable[..., Extraction]


def corpora_dir(explicit: str | Path | None = None) -> Path:
    """The corpora folder: `explicit`, else $ACCORDS_CORPORA, else the first existing candidate."""
    if explicit:
        options = [str(explicit)]
    elif os.environ.get("ACCORDS_CORPORA"):
        options = [os.environ["ACCORDS_CORPORA"]]
    else:
        options = list(CORPORA_CANDIDATES)
    for option in options:
        if Path(option).is_dir():
            return Path(option)
    raise SchemaError(f"corpora folder not found (looked in {', '.join(map(str, options))}); pass --corpora")


def _default_extract() -> Extract:
    import accords

    return accords.extract


# ---------------------------------------------------------------------------- PLOVER


@dataclass(frozen=True)
class PloverResult:
    """Event-type accuracy: `confusion` counts (gold type, predicted type) pairs."""

    confusion: Counter = field(default_factory=Counter)

    def accuracy(self, types: Iterable[str] | None = None) -> tuple[int, int]:
        """(correct, total) over records whose gold type is in `types` (all when None)."""
        wanted = None if types is None else set(types)
        pairs = [(g, p, n) for (g, p), n in self.confusion.items() if wanted is None or g in wanted]
        return sum(n for g, p, n in pairs if g == p), sum(n for _, _, n in pairs)


#: PLOVER 2018 type names and the POLECAT names that replaced them (docs/gold-format.md uses these).
POLECAT_NAMES = {"DISAPPROVE": "ACCUSE", "DEMAND": "REQUEST"}


def load_plover(path: Path) -> list[dict[str, Any]]:
    """The PLOVER gold records with a text and an event type (the DOCUMENT header dropped)."""
    if not path.is_file():
        raise SchemaError(f"PLOVER gold records not found at {path}")
    records = json.loads(path.read_text(encoding="utf-8-sig"))
    return [r for r in records if r.get("event") and r["event"] != "DOCUMENT" and r.get("text")]


def predicted_event_type(extraction: Extraction) -> str:
    """The type of the most confident event (first on ties), or ``NONE``."""
    if not extraction.events:
        return "NONE"
    return max(extraction.events, key=lambda event: event.confidence).type


def score_plover(records: Sequence[dict[str, Any]], *, extract: Extract | None = None) -> PloverResult:
    """Run `extract` on each record's text (published = the record's date) and count types.

    The gold records use PLOVER 2018 names; DISAPPROVE and DEMAND are scored as the POLECAT
    names accords emits (ACCUSE, REQUEST), as docs/gold-format.md has them.
    """
    extract = extract or _default_extract()
    confusion: Counter = Counter()
    for record in records:
        extraction = extract(record["text"], published=record.get("date"))
        gold = POLECAT_NAMES.get(record["event"], record["event"])
        confusion[(gold, predicted_event_type(extraction))] += 1
    return PloverResult(confusion)


def format_plover(result: PloverResult) -> str:
    """Accuracy overall and on the cooperative types, then a confusion table by gold type."""
    correct, total = result.accuracy()
    coop_correct, coop_total = result.accuracy(COOPERATIVE_TYPES)
    lines = [
        f"PLOVER event type accuracy: overall {correct}/{total} = {correct / total if total else 0:.3f}; "
        f"cooperative ({', '.join(COOPERATIVE_TYPES)}) {coop_correct}/{coop_total} = "
        f"{coop_correct / coop_total if coop_total else 0:.3f}",
        f"{'gold type':<12} {'n':>4} {'correct':>7}  predicted as",
    ]
    gold_types = sorted({g for g, _ in result.confusion}, key=lambda t: (t not in COOPERATIVE_TYPES, t))
    for gold in gold_types:
        row = Counter({p: n for (g, p), n in result.confusion.items() if g == gold})
        spread = ", ".join(f"{p} {n}" for p, n in row.most_common())
        lines.append(f"{gold:<12} {sum(row.values()):>4} {row.get(gold, 0):>7}  {spread}")
    return "\n".join(lines)


# ---------------------------------------------------------------------------- recognizers


@dataclass(frozen=True)
class SpecCase:
    """One spec case: its input, reference date, kind and the values each result must have.

    `expected` holds one entry per expected result: the set of acceptable values (for dates,
    several readings are acceptable: see `expected_values`).
    """

    file: str
    kind: str
    input: str
    reference: str | None
    expected: tuple[tuple[Any, ...], ...]


def _period_readings(start: str, end: str, *, read_aloud: bool) -> list[list[str]]:
    """Recognizers periods end on the day after; the inclusive form, plus that exclusive end
    itself for ranges read aloud ("from 4 to 22": a reader takes the 22nd as included)."""
    try:
        last = (dt.date.fromisoformat(end) - dt.timedelta(days=1)).isoformat()
    except ValueError:
        return [[start, end]]
    return [[start, last], [start, end]] if read_aloud else [[start, last]]


def expected_values(kind: str, result: dict[str, Any]) -> tuple[Any, ...] | None:
    """The acceptable values for one expected result, or None when it is out of scope.

    - number: the resolved number (unit not compared); percent: the number, unit ``percent``;
    - currency: (value, ISO 4217 code) from ``isoCurrency``, or `CURRENCY_DEFAULTS` for the
      bare "Dollar" and "Pound"; other units (cents, bitcoin, franc, ...) are out of scope;
    - date: the fully specified TIMEX value, or the future or past resolution (news resolve
      "Oct. 2" against the publication date either way);
    - period: the TIMEX value when fully specified (``2016-11``), else the future or past
      resolution as an inclusive [start, end] (the spec's end is exclusive; for explicit
      ranges, TIMEX ``(start,end,duration)`` as in "from 4 to 22", the spec's end day itself
      is accepted too).
    """
    resolution = result.get("Resolution") or result.get("Value") or {}
    try:
        if kind == "number":
            return (float(resolution["value"]),)
        if kind == "percent":
            return ((float(str(resolution["value"]).rstrip("%").strip()), "percent"),)
        if kind == "currency":
            code = resolution.get("isoCurrency") or CURRENCY_DEFAULTS.get(resolution.get("unit", ""))
            return ((float(resolution["value"]), code),) if code else None
    except (KeyError, TypeError, ValueError):  # a null or non-numeric resolved value
        return None
    timex = str(resolution.get("Timex") or "")
    values: list[Any] = []
    if timex and "X" not in timex and not timex.startswith("("):
        values.append(timex)
    for side in ("FutureResolution", "PastResolution"):
        reading = resolution.get(side) or {}
        if kind == "date" and reading.get("date"):
            values.append(reading["date"])
        elif kind == "period" and reading.get("startDate") and reading.get("endDate"):
            values.extend(_period_readings(reading["startDate"], reading["endDate"],
                                           read_aloud=timex.startswith("(")))
    unique = []
    for value in values:
        if value not in unique:
            unique.append(value)
    return tuple(unique) or None


def load_recognizer_cases(specs_dir: Path) -> tuple[list[SpecCase], Counter]:
    """The in-scope cases of `RECOGNIZER_SPECS`, and per file how many were left out.

    Left out: cases with no expected result (they test what must not be found, which depends
    on each recognizer's scope), cases marked ``NotSupportedByDesign``, and cases with a
    result `expected_values` puts out of scope.
    """
    cases: list[SpecCase] = []
    excluded: Counter = Counter()
    for name, kind in RECOGNIZER_SPECS:
        path = specs_dir / name
        if not path.is_file():
            raise SchemaError(f"recognizers spec file not found at {path}")
        for raw in json.loads(path.read_text(encoding="utf-8-sig")):
            results = raw.get("Results") or []
            expected = [expected_values(kind, r) for r in results]
            if not results or "NotSupportedByDesign" in raw or any(e is None for e in expected):
                excluded[name] += 1
                continue
            reference = (raw.get("Context") or {}).get("ReferenceDateTime")
            cases.append(SpecCase(name, kind, raw["Input"], reference[:10] if reference else None,
                                  tuple(tuple(e) for e in expected if e is not None)))
    return cases, excluded


def _close(a: float, b: float) -> bool:
    return abs(a - b) <= 1e-9 * max(1.0, abs(b))


def _found(kind: str, acceptable: tuple[Any, ...], extraction: Extraction) -> bool:
    if kind in ("date", "period"):
        return any(same_value(_as_value(t.value), want) for t in extraction.times for want in acceptable)
    for quantity in extraction.quantities:
        for want in acceptable:
            if kind == "number" and _close(quantity.value, want):
                return True
            if kind != "number" and _close(quantity.value, want[0]) and quantity.unit == want[1]:
                return True
    return False


def _as_value(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def case_passes(case: SpecCase, extraction: Extraction) -> bool:
    """Every expected result has an acceptable value among the extraction's times (dates and
    periods, compared with `same_value`) or quantities (value equal up to 1e-9 relative; unit
    equal for percent and currency). Extra findings do not fail a case."""
    return all(_found(case.kind, acceptable, extraction) for acceptable in case.expected)


@dataclass(frozen=True)
class RecognizerResult:
    """Passed and scored cases per spec file, and how many cases each file left out."""

    passed: Counter
    scored: Counter
    excluded: Counter


def score_recognizers(cases: Sequence[SpecCase], excluded: Counter, *, extract: Extract | None = None) -> RecognizerResult:
    """Run `extract(input, published=reference)` on each case and count the passes."""
    extract = extract or _default_extract()
    passed: Counter = Counter()
    scored: Counter = Counter()
    for case in cases:
        scored[case.file] += 1
        if case_passes(case, extract(case.input, published=case.reference)):
            passed[case.file] += 1
    return RecognizerResult(passed, scored, excluded)


def format_recognizers(result: RecognizerResult) -> str:
    """Pass rate per spec file and overall."""
    lines = [f"{'spec file':<45} {'passed':>6} {'scored':>6} {'rate':>6} {'left out':>8}"]
    for name, _ in RECOGNIZER_SPECS:
        scored, passed = result.scored[name], result.passed[name]
        lines.append(f"{name:<45} {passed:>6} {scored:>6} {passed / scored if scored else 0:>6.3f} {result.excluded[name]:>8}")
    total, passed = sum(result.scored.values()), sum(result.passed.values())
    lines.append(f"{'all':<45} {passed:>6} {total:>6} {passed / total if total else 0:>6.3f} {sum(result.excluded.values()):>8}")
    return "\n".join(lines)
