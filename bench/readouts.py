"""The readout check: White House readouts whose title names a consultation, found in the body.

    .venv/bin/python bench/readouts.py [--limit N] [--seed 13] [--details] [--corpus PATH]

(the corpus is looked for under ../shared/corpora, or $ACCORDS_CORPORA)

A readout titled "Readout of President Biden's Call with Prime Minister Kishida of Japan"
(or "...'s Meeting with ...", the Vice President's readouts likewise) reports one
consultation: CONSULT between the United States and the counterpart's country or
international organisation (through the project's gazetteers: "of Japan", "European
Commission President ..." -> EU, "NATO Secretary General ..." -> NATO). Its day is the one
the body's opening sentence gives ("spoke today", "On Tuesday, ... met", "yesterday", "on
March 3"), else the publication date. The title and metadata give the expected event; only
the body goes through the pipeline (title withheld, so the title cannot give the answer).

Prints the share of readouts whose extraction has a CONSULT event with exactly those sides
(actors and recipients together), and the share where that event also has the expected
day. `--details` lists every readout with what was expected and found.

Readouts are 2021-2024 only (later White House texts are held out) and serve as dev data.
Titles whose counterpart is a group ("G7 Leaders", "Quad and Ukrainian Counterparts") or
names no country or organisation are left out, and counted.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
CORPORA = Path(os.environ.get("ACCORDS_CORPORA", ROOT.parent / "shared" / "corpora"))
CORPUS = CORPORA / "whitehouse-briefings" / "whitehouse_2021_2024.jsonl"

_TITLE = re.compile(
    r"^Readout of (?:the )?(?P<who>(?:Vice )?President [^’']+?)(?:[’']s?)? "
    r"(?P<kind>(?:(?:Virtual|Bilateral|Phone|Video|Secure Video|Trilateral|Introductory)\s+)?"
    r"(?:Call|Meeting|Phone Call|Video Call|Videoconference|Pull[- ]Aside|Conversation)s?) [Ww]ith (?P<rest>.+)$"
)
#: A counterpart that is a group, not one leader, or people of no state ("Activist Nazanin Boniadi on Iran
#: Protests": no consultation between states, tests/gold/dev/wh_20221014-harris-boniadi): the sides are not the
#: title's to give. Nor is an opposition leader's ("Opposition Leader Svyatlana Tsikhanouskaya of Belarus": a
#: democratic opposition leader in exile, tests/gold/dev/wh_20210720-sullivan-tsikhanouskaya).
_GROUP = re.compile(r"\b(?:Leaders|Counterparts|Members|Delegations?|Governors|CEOs|Heads of State|Executives|Officials|Ministers|"
                    r"Representatives|Business|Advocates|Activists?|Journalists?|Students|Experts|Opposition)\b")
_USA = "USA"
_WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")
_TODAY = re.compile(r"\b(?:today|this (?:morning|afternoon|evening)|tonight)\b", re.I)
_YESTERDAY = re.compile(r"\b(?:yesterday|last night)\b", re.I)
_WEEKDAY = re.compile(r"\b(" + "|".join(_WEEKDAYS) + r")\b", re.I)
_MONTH_DAY = re.compile(r"\b(" + "|".join(_MONTHS) + r")\s+(\d{1,2})\b", re.I)
_SENTENCE = re.compile(r"(?<=[.!?])\s+")


@dataclass(frozen=True)
class Readout:
    """One readout: its record, the sides and day the title and metadata give."""

    record: dict
    sides: frozenset[str]
    day: str


def counterparts(rest: str) -> list[str]:
    """Countries (ISO3) and organisations (side code) the title's counterpart phrase names,
    by the project's gazetteers, longest name first (a region of several words, "Northern
    Ireland", is its country's); the United States left out."""
    from accords.gazetteer.organisations import side_of as organisation_side
    from accords.gazetteer.countries import country_by_alias
    from accords.gazetteer.organisations import igo_by_alias
    from accords.gazetteer.places import known_by_alias

    words = re.findall(r"[\w.'’-]+", rest.replace("’", "'"))
    found: list[str] = []
    i = 0
    while i < len(words):
        for n in range(min(7, len(words) - i), 0, -1):
            phrase = " ".join(words[i:i + n]).rstrip(",")
            country = country_by_alias(phrase)
            code = country[0] if country and country[1] in ("name", "demonym") else None
            if code is None:
                igo = igo_by_alias(phrase)
                code = organisation_side(igo.acronym) if igo is not None else None
            if code is None and n > 1:  # a region of a country ("First Minister of Northern Ireland")
                place = known_by_alias(phrase)
                code = place.country if place is not None and place.type == "PLACE" else None
            if code is not None:
                if code != _USA and code not in found:
                    found.append(code)
                i += n
                break
        else:
            i += 1
    return found


def expected_day(body: str, published: dt.date, who: str) -> str:
    """The day the opening sentence that names the principal gives, else the publication day."""
    surname = who.split()[-1].rstrip(",")
    opening = next((s for s in _SENTENCE.split(body.strip())[:4] if surname in s or "President" in s), "")
    if _TODAY.search(opening):
        return published.isoformat()
    if _YESTERDAY.search(opening):
        return (published - dt.timedelta(days=1)).isoformat()
    month_day = _MONTH_DAY.search(opening)
    if month_day:
        month = _MONTHS.index(month_day.group(1).lower()) + 1
        year = published.year - (1 if month > published.month else 0)
        try:
            return dt.date(year, month, int(month_day.group(2))).isoformat()
        except ValueError:
            pass
    weekday = _WEEKDAY.search(opening)
    if weekday:
        back = (published.weekday() - _WEEKDAYS.index(weekday.group(1).lower())) % 7
        return (published - dt.timedelta(days=back)).isoformat()
    return published.isoformat()


def readouts(path: Path) -> tuple[list[Readout], int]:
    """The readouts of the corpus whose title gives a consultation's sides, and how many
    readout titles of that shape were left out (group or no country named)."""
    found, skipped = [], 0
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            record = json.loads(line)
            match = _TITLE.match(record["title"].replace("\u00a0", " ").strip())
            if not match or record["published"][:4] not in ("2021", "2022", "2023", "2024"):
                continue
            rest = match.group("rest")
            sides = counterparts(rest)
            if not sides or _GROUP.search(rest):
                skipped += 1
                continue
            published = dt.date.fromisoformat(record["published"][:10])
            day = expected_day(record["text"], published, match.group("who"))
            found.append(Readout(record, frozenset({_USA, *sides}), day))
    return found, skipped


def _day_ok(date, day: str) -> bool:
    if date is None:
        return False
    if isinstance(date, (list, tuple)):
        return str(date[0]) <= day <= str(date[1])
    return day.startswith(str(date)) and len(str(date)) == 10


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--limit", type=int, default=0, help="readouts to check (a random sample of that many); 0 = all")
    parser.add_argument("--seed", type=int, default=13, help="seed of the sample")
    parser.add_argument("--details", action="store_true", help="one line per readout")
    parser.add_argument("--corpus", type=Path, default=CORPUS, help="the White House 2021-2024 JSONL file")
    args = parser.parse_args()
    if not args.corpus.exists():
        sys.exit(f"{args.corpus} not found: the readout check reads ../shared/corpora/whitehouse-briefings "
                 "(give another place with --corpus or $ACCORDS_CORPORA)")

    from accords import pipeline
    from accords.ingest.records import article_from_record

    chosen, skipped = readouts(args.corpus)
    total = len(chosen)
    if args.limit and args.limit < total:
        chosen = random.Random(args.seed).sample(chosen, args.limit)
    articles = []
    for item in chosen:
        record = dict(item.record)
        record.pop("title")  # the body alone: the title is the answer
        articles.append(article_from_record(record, origin=item.record["id"]))
    sides_hits = day_hits = 0
    for item, extraction in zip(chosen, pipeline.run_many(articles, gate=False)):
        consults = [e for e in extraction.events if e.type == "CONSULT"]
        same = [e for e in consults if set(e.actor_countries) | set(e.recipient_countries) == item.sides]
        day = any(_day_ok(e.date, item.day) for e in same)
        sides_hits += bool(same)
        day_hits += day
        if args.details:
            mark = "OK " if same and day else "ok-" if same else "-- "
            got = "; ".join(f"{e.type} {'+'.join(sorted(set(e.actor_countries) | set(e.recipient_countries)))} "
                            f"{e.date}" for e in extraction.events) or "no events"
            print(f"{mark} {item.record['published'][:10]} {'+'.join(sorted(item.sides))} {item.day} | "
                  f"{item.record['title'][:90]} | {got}")
    n = len(chosen)
    print(f"White House readouts 2021-2024: {total} titled consultations ({skipped} left out: a group or no "
          f"country in the title); checked {n} (seed {args.seed})")
    print(f"CONSULT with the title's sides: {sides_hits}/{n} = {sides_hits / max(n, 1):.3f}")
    print(f"  ... and the right day:        {day_hits}/{n} = {day_hits / max(n, 1):.3f}")


if __name__ == "__main__":
    main()
