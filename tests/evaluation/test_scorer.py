"""The scorer: 1.0 for a perfect extraction, exact lower numbers for planted errors."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest

from accords.evaluation.dates import date_within, same_value
from accords.evaluation.scorer import aggregate, name_key, score_article, speaker_matches, token_overlap

SEEDS = Path(__file__).parent.parent / "fixtures" / "evaluation" / "seeds"
SEED_A = "000_5ffc16503ce88b6a.json"  # Azerbaijan-Turkey roadmap: events, indicators, times
SEED_B = "004_82117ad858bdb3d8.json"  # Iran-Azerbaijan ICT meeting: 18 quotes, interval date


def load(name: str) -> dict:
    return json.loads((SEEDS / name).read_text(encoding="utf-8"))


def counts(result, kind: str) -> tuple[int, int, int]:
    score = result.score(kind)
    return score.tp, score.fp, score.fn


@pytest.mark.parametrize("name", [SEED_A, SEED_B])
def test_gold_as_prediction_scores_one(name):
    gold = load(name)
    result = score_article(gold, copy.deepcopy(gold))
    for score in result.scores:
        assert (score.kind, score.precision, score.recall, score.f1, score.fp, score.fn) == (
            score.kind, 1.0, 1.0, 1.0, 0, 0)
        for accuracy in score.accuracies:
            assert accuracy.value in (1.0, None), (score.kind, accuracy)
    assert all(not misses for misses in result.misses.values())


def drop(kind: str, index: int):
    def mutate(pred):
        del pred[kind][index]
    return mutate


def setfield(kind: str, index: int, key: str, value):
    def mutate(pred):
        pred[kind][index][key] = value
    return mutate


def add(kind: str, fact: dict):
    def mutate(pred):
        pred[kind].append(fact)
    return mutate


# (seed, mutation, kind, (tp, fp, fn), {accuracy: (correct, total)})
PLANTED = [
    pytest.param(SEED_A, drop("indicators", 0), "indicators", (3, 0, 1),
                 {"metric": (3, 3), "period": (3, 3), "kind": (3, 3)}, id="missed-indicator"),
    pytest.param(SEED_A, drop("entities", 5), "entities", (11, 0, 1), {}, id="missed-person"),
    pytest.param(SEED_A, setfield("events", 0, "actors", ["AZE", "IRN"]), "events", (7, 1, 1),
                 {"date": (4, 4)}, id="wrong-actor"),
    pytest.param(SEED_A, setfield("events", 0, "type", "CONSULT"), "events", (7, 1, 1),
                 {"date": (4, 4)}, id="wrong-type"),
    pytest.param(SEED_A, setfield("indicators", 0, "value", 2.6e9), "indicators", (3, 1, 1),
                 {"metric": (3, 3), "period": (3, 3), "kind": (3, 3)}, id="value-off-by-4-percent"),
    pytest.param(SEED_A, setfield("indicators", 0, "value", 2.52e9), "indicators", (4, 0, 0),
                 {"metric": (4, 4), "period": (4, 4), "kind": (4, 4)}, id="value-within-1-percent"),
    pytest.param(SEED_A, setfield("indicators", 0, "unit", "EUR"), "indicators", (3, 1, 1),
                 {"metric": (3, 3), "period": (3, 3), "kind": (3, 3)}, id="wrong-unit"),
    pytest.param(SEED_A, setfield("indicators", 0, "unit", "usd"), "indicators", (4, 0, 0),
                 {"metric": (4, 4), "period": (4, 4), "kind": (4, 4)}, id="unit-case-folded"),
    pytest.param(SEED_A, setfield("indicators", 2, "kind", "actual"), "indicators", (4, 0, 0),
                 {"metric": (4, 4), "period": (4, 4), "kind": (3, 4)}, id="wrong-indicator-kind"),
    pytest.param(SEED_A, setfield("indicators", 1, "period", ["2020-01", "2020-12"]), "indicators", (4, 0, 0),
                 {"metric": (4, 4), "period": (4, 4), "kind": (4, 4)}, id="same-period-other-precision"),
    pytest.param(SEED_B, setfield("quotes", 0, "speaker", "Ilham Aliyev"), "quotes", (17, 1, 1), {},
                 id="wrong-speaker"),
    pytest.param(SEED_B, setfield("quotes", 0, "speaker", "Jahromi"), "quotes", (18, 0, 0), {},
                 id="surname-only-speaker"),
    pytest.param(SEED_B, setfield("quotes", 0, "speaker", "Azari"), "quotes", (17, 1, 1), {},
                 id="first-name-only-speaker"),
    pytest.param(SEED_B, setfield("quotes", 2, "text", "There is a strong will"), "quotes", (17, 1, 1), {},
                 id="quote-text-under-half"),
    pytest.param(SEED_B, setfield("quotes", 2, "text", "There is a strong will"), "quotes@0.3", (18, 0, 0), {},
                 id="quote-text-over-0.3"),
    pytest.param(SEED_B, setfield("quotes", 2, "text", "There is a strong will to strengthen relations"),
                 "quotes@0.8", (17, 1, 1), {}, id="quote-text-under-0.8"),
    pytest.param(SEED_A, drop("events", 3), "events", (8, 0, 0), {"date": (5, 5)},
                 id="optional-event-missed-is-no-error"),
    pytest.param(SEED_B, drop("events", 10), "events", (9, 0, 0), {"date": (1, 1)},
                 id="optional-event-found-is-no-hit"),
    pytest.param(SEED_B, add("events", {"type": "AGREE", "actors": ["AZE"], "date": None}), "events", (9, 1, 0),
                 {"date": (1, 1)}, id="second-prediction-of-optional-event-is-fp"),
    pytest.param(SEED_B, setfield("events", 1, "date", "2017-12-26"), "events", (9, 0, 0), {"date": (1, 1)},
                 id="date-inside-interval-gold"),
    pytest.param(SEED_B, setfield("events", 1, "date", "2017-12"), "events", (9, 0, 0), {"date": (0, 1)},
                 id="coarser-date-than-interval-gold"),
    pytest.param(SEED_B, setfield("events", 1, "date", "2017-12-28"), "events", (9, 0, 0), {"date": (0, 1)},
                 id="date-outside-interval-gold"),
    pytest.param(SEED_A, setfield("events", 0, "date", "2021-09"), "events", (8, 0, 0), {"date": (4, 5)},
                 id="coarser-date-than-day-gold"),
    pytest.param(SEED_A, setfield("times", 4, "text", "first seven months"), "times", (7, 0, 0), {"value": (7, 7)},
                 id="time-overlapping-half-the-gold-tokens"),
    pytest.param(SEED_A, setfield("times", 4, "text", "seven months"), "times", (6, 1, 1), {"value": (6, 6)},
                 id="time-overlapping-too-little"),
    pytest.param(SEED_A, setfield("times", 4, "value", ["2021-01", "2021-07"]), "times", (7, 0, 0),
                 {"value": (7, 7)}, id="time-same-interval-other-precision"),
    pytest.param(SEED_A, setfield("times", 0, "value", "2021-09-15"), "times", (7, 0, 0), {"value": (6, 7)},
                 id="time-wrong-value"),
    pytest.param(SEED_A, add("times", {"text": "September 14", "value": "2021-09-14"}), "times", (7, 0, 0),
                 {"value": (7, 7)}, id="repeated-time-counted-once"),
    pytest.param(SEED_A, setfield("entities", 5, "name", "ali taha koç"), "entities", (12, 0, 0), {},
                 id="entity-name-case-and-accent"),
    pytest.param(SEED_A, setfield("entities", 5, "type", "ORG"), "entities", (11, 1, 1), {},
                 id="entity-wrong-type"),
    pytest.param(SEED_A, setfield("entities", 0, "id", "ARM"), "entities", (11, 1, 1), {},
                 id="country-wrong-id"),
]


@pytest.mark.parametrize("seed, mutate, kind, expected, accuracies", PLANTED)
def test_planted_errors(seed, mutate, kind, expected, accuracies):
    gold = load(seed)
    predicted = copy.deepcopy(gold)
    for event in predicted["events"]:
        event.pop("required", None)
    mutate(predicted)
    result = score_article(gold, predicted)
    assert counts(result, kind) == expected
    got = {a.name: (a.correct, a.total) for a in result.score(kind).accuracies}
    assert {name: got[name] for name in accuracies} == accuracies


def test_rates_and_micro_average():
    gold_a, gold_b = load(SEED_A), load(SEED_B)
    pred_a = copy.deepcopy(gold_a)
    del pred_a["indicators"][0]  # 3 of 4
    pred_b = copy.deepcopy(gold_b)
    pred_b["indicators"][0]["value"] = 90  # 3 of 4, plus one false positive
    total = dict((s.kind, s) for s in aggregate([score_article(gold_a, pred_a), score_article(gold_b, pred_b)]))
    indicators = total["indicators"]
    assert (indicators.tp, indicators.fp, indicators.fn) == (6, 1, 2)
    assert (indicators.precision, indicators.recall) == (6 / 7, 6 / 8)
    assert indicators.f1 == pytest.approx(2 * (6 / 7) * (6 / 8) / (6 / 7 + 6 / 8))


def test_misses_and_false_positives_are_listed():
    gold = load(SEED_A)
    predicted = copy.deepcopy(gold)
    predicted["indicators"][0]["value"] = 2.6e9
    result = score_article(gold, predicted)
    assert [m["value"] for m in result.misses["indicators"]] == [2.5e9]
    assert [m["value"] for m in result.false_positives["indicators"]] == [2.6e9]
    assert result.article == "seeds/000_5ffc16503ce88b6a.txt"


def test_empty_prediction():
    gold = load(SEED_A)
    result = score_article(gold, {"article": gold["article"]})
    events = result.score("events")
    assert (events.tp, events.fp, events.fn, events.precision, events.recall, events.f1) == (0, 0, 8, 1.0, 0.0, 0.0)


def test_a_gold_file_of_quotes_only_is_scored_on_its_quotes():
    # a page annotated for who-said-what only (tests/gold/dev/news_098bb3e96c.json) holds no
    # "entities" key: the article's entities are no false positives, an empty list would make them so
    gold = load(SEED_A)
    quotes_only = {"article": gold["article"], "quotes": gold["quotes"]}
    result = score_article(quotes_only, copy.deepcopy(gold))
    assert [s.kind for s in result.scores if not s.kind.startswith("quotes@")] == ["quotes"]
    assert result.score("quotes").f1 == 1.0
    emptied = score_article({**quotes_only, "entities": []}, copy.deepcopy(gold)).score("entities")
    assert (emptied.tp, emptied.fp) == (0, len(gold["entities"]))


@pytest.mark.parametrize("text, key", [
    ("The Shusha Declaration", "shusha declaration"),
    ("Ali Taha Koç", "ali taha koc"),
    ("Baku–Tbilisi—Kars", "baku-tbilisi-kars"),
    ("Azerbaijan’s  Ministry", "azerbaijan's ministry"),
    ("Theatre", "theatre"),
], ids=["leading-the", "accent", "dashes", "apostrophe-and-spaces", "the-inside-a-word"])
def test_name_key(text, key):
    assert name_key(text) == key


@pytest.mark.parametrize("predicted, gold, expected", [
    ("Azari Jahromi", "Azari Jahromi", True),
    ("Jahromi", "Azari Jahromi", True),
    ("Azari Jahromi", "Mohammad-Javad Azari Jahromi", True),
    ("Azari", "Azari Jahromi", False),
    ("Mohammad Azari Jahromi", "Azari Jahromi", False),
    (None, "Azari Jahromi", False),
    ("Freedom Mobile spokesperson", "Freedom Mobile", True),
    ("NASA", "NASA scientists", True),
    ("British Foreign Office spokesperson", "A British Foreign Office spokesperson", True),
    ("Customs spokesperson", "Customs and Border Protection", False),
    ("spokesperson", "Freedom Mobile", False),
    ("Joseph R. Biden", "Joseph R. Biden Jr.", True),
    ("Joseph R. Biden Jr.", "Joseph R. Biden", True),
    ("Biden", "Joseph R. Biden, Jr.", True),
    ("Jr.", "Joseph R. Biden Jr.", False),
    ("DEA", "Drug Enforcement Administration", True),
    ("Drug Enforcement Administration", "DEA", True),
    ("UFCW spokesperson", "United Food and Commercial Workers", True),
    ("NATO", "North Atlantic Treaty Organization", True),
    ("NATO", "National Energy Agency", False),
    ("EU", "European Commission", False),
    ("DEA", "Drug Enforcement", False),
    ("experts", "experts on jail suicide", True),
    ("experts on jail suicide", "Experts", True),
    ("senior health officials", "officials", True),
    ("people familiar with the matter", "people", True),
    ("residents", "experts", False),
    ("officials", "Bank of Canada", False),
    ("insider", "Williams", False),
], ids=["full", "surname", "compound-surname", "first-name", "longer-than-gold", "none",
        "organisation-for-its-spokesperson", "organisation-for-its-scientists", "article-dropped",
        "other-organisation", "bare-role", "generation-left-out", "generation-written", "surname-of-jr-comma",
        "suffix-alone", "acronym-for-name", "name-for-acronym", "acronym-role-for-name", "acronym-skips-of",
        "other-initials", "eu-is-not-ec", "initials-of-part", "description-without-its-modifier",
        "description-with-its-modifier-for-a-capitalised-head", "description-with-modifiers-before-its-head",
        "description-head-before-a-participle", "other-description", "description-is-no-named-organisation",
        "description-is-no-name"])
def test_speaker_matches(predicted, gold, expected):
    assert speaker_matches(predicted, gold) is expected


def test_token_overlap_is_share_of_gold_tokens():
    assert token_overlap("a strong will", "There is a strong will to strengthen relations") == 3 / 8


@pytest.mark.parametrize("predicted, gold, expected", [
    ("2021-02-14", "2021-02", True),
    ("2021-02", "2021-02-14", False),
    ("2017-12-27", ["2017-12-26", "2017-12-27"], True),
    (["2017-12-26", "2017-12-27"], ["2017-12-26", "2017-12-27"], True),
    (["2017-12-25", "2017-12-27"], ["2017-12-26", "2017-12-27"], False),
    ("2021-08", "2021-Q3", True),
    ("2021-10", "2021-Q3", False),
    ("2021-06-30", "2021-H1", True),
    ("2021-01-06", "2021-W01", True),
    ("2017-12-05T21:27", "2017-12-05", True),
    (None, "2021", False),
    ("soon", "2021", False),
], ids=["day-in-month", "month-for-day", "day-in-interval", "same-interval", "wider-interval",
        "month-in-quarter", "month-outside-quarter", "day-in-half", "day-in-week", "datetime", "null", "garbage"])
def test_date_within(predicted, gold, expected):
    assert date_within(predicted, gold) is expected


@pytest.mark.parametrize("predicted, gold, expected", [
    ("2021-02", "2021-02", True),
    (["2021-02-01", "2021-02-28"], "2021-02", True),
    ("2021-02-01", "2021-02", False),
    (["2021-01", "2021-07"], ["2021-01-01", "2021-07-31"], True),
], ids=["same-string", "month-as-interval", "day-for-month", "interval-other-precision"])
def test_same_value(predicted, gold, expected):
    assert same_value(predicted, gold) is expected


GOLD_SET = Path(__file__).parent.parent / "gold"


GOLD_FILES = sorted(p for part in ("seeds", "dev", "test") for p in (GOLD_SET / part).glob("*.json"))


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: f"{p.parent.name}/{p.name}")
def test_every_developer_gold_file_scores_one_against_itself(path):
    gold = json.loads(path.read_text(encoding="utf-8"))
    result = score_article(gold, copy.deepcopy(gold))
    assert [(s.kind, s.fp, s.fn) for s in result.scores if s.fp or s.fn] == []
    assert [(s.kind, a.name) for s in result.scores for a in s.accuracies if a.value not in (1.0, None)] == []


def test_repeated_gold_time_counts_once():
    gold = {"article": {"file": "a.txt"}, "times": [{"text": "2017", "value": "2017"}] * 2}
    result = score_article(gold, {"times": [{"text": "2017", "value": "2017"}]})
    assert counts(result, "times") == (1, 0, 0)


def _indirect_first(gold: dict) -> dict:
    gold = copy.deepcopy(gold)
    gold["quotes"][0]["direct"] = False
    return gold


# (mutation of the prediction, (tp, fp, fn) of the quotes row) with gold quote 0 marked
# "direct": false: reported speech is optional in the quotes rows, like required: false events
INDIRECT = [
    pytest.param(lambda pred: None, (17, 0, 0), id="indirect-gold-found-is-no-hit"),
    pytest.param(drop("quotes", 0), (17, 0, 0), id="indirect-gold-missed-is-no-error"),
    pytest.param(setfield("quotes", 0, "direct", False), (17, 0, 0), id="predicted-indirect-left-out"),
    pytest.param(add("quotes", {"speaker": "Azari Jahromi", "text": "an invented indirect claim", "direct": False}),
                 (17, 0, 0), id="unmatched-predicted-indirect-is-no-fp"),
    pytest.param(add("quotes", {"speaker": "Azari Jahromi", "text": "an invented direct claim"}),
                 (17, 1, 0), id="unmatched-predicted-direct-is-fp"),
]


@pytest.mark.parametrize("mutate, expected", INDIRECT)
def test_indirect_gold_quotes_are_optional(mutate, expected):
    gold = _indirect_first(load(SEED_B))
    predicted = copy.deepcopy(load(SEED_B))
    mutate(predicted)
    for kind in ("quotes", "quotes@0.3", "quotes@0.8"):
        assert counts(score_article(gold, predicted), kind) == expected


# gold and prediction in different units of one dimension: (gold value, gold unit, predicted value, predicted unit, tp)
UNIT_PAIRS = [
    pytest.param(1.64, "GW", 1640.0, "MW", 1, id="gold-in-GW-prediction-in-MW"),
    pytest.param(1640.0, "MW", 1.64, "GW", 1, id="gold-in-MW-prediction-in-GW"),
    pytest.param(1.64, "GW", 1.64, "MW", 0, id="same-number-other-magnitude"),
    pytest.param(32, "km", 32000, "m", 1, id="kilometres-and-metres"),
    pytest.param(300, "mcm", 0.3, "bcm", 1, id="mcm-and-bcm"),
    pytest.param(1954, "mi", 3144.66, "km", 1, id="gold-in-miles-prediction-in-km"),
    pytest.param(1.64e9, "USD", 1.64e9, "EUR", 0, id="currencies-never-converted"),
]


@pytest.mark.parametrize("gold_value, gold_unit, value, unit, tp", UNIT_PAIRS)
def test_indicator_units_compared_in_a_common_unit(gold_value, gold_unit, value, unit, tp):
    """GOLD_FORMAT: match on subject set, unit and value within 1 %; "1.64 GW" and "1640 MW"
    are the same quantity, so the scorer compares both in the dimension's base unit."""
    figure = {"metric": "installed_capacity", "subjects": ["KOR"], "period": None, "kind": "actual"}
    gold = {"indicators": [{**figure, "value": gold_value, "unit": gold_unit}]}
    predicted = {"indicators": [{**figure, "metric": "capacity", "value": value, "unit": unit}]}
    assert counts(score_article(gold, predicted), "indicators") == (tp, 1 - tp, 1 - tp)


@pytest.mark.parametrize("name", ["seed_000.json", "seed_004.json"])
def test_event_verdicts_agree_with_the_events_score(name):
    """`event_verdicts` labels the pipeline's events as the scorer counts them: the right ones
    are its true positives, the wrong ones its false positives (optional gold left out)."""
    import accords
    from accords.evaluation.runner import find_article, read_article, read_gold
    from accords.evaluation.scorer import event_verdicts
    from accords.gold import to_gold

    gold_root = Path(__file__).parents[1] / "gold"
    path = gold_root / "seeds" / name
    gold = read_gold(path)
    article = read_article(find_article(path, gold["article"]["file"], root=gold_root))
    extraction = accords.extract_article(article)
    verdicts = event_verdicts(gold["events"], article, extraction)
    counts = score_article(gold, to_gold(article, extraction)).score("events")
    assert (sum(v.right for v in verdicts), sum(not v.right for v in verdicts)) == (counts.tp, counts.fp)
    assert sum(v.right for v in verdicts) > 0
    assert all(v.fact["type"] == v.event.type for v in verdicts)


@pytest.mark.parametrize("part, name", [("seeds", "seed_000.json"), ("seeds", "seed_004.json"),
                                        ("dev", "news_f8ff621a0b.json")])
def test_figure_verdicts_agree_with_the_indicators_score(part, name):
    """`figure_verdicts` labels the pipeline's figures as the scorer counts them (what the
    figures' confidence table is measured with): right ones are its true positives, wrong
    ones its false positives, and each verdict's figure is the one `to_gold` lists there."""
    import accords
    from accords.evaluation.runner import find_article, read_article, read_gold
    from accords.evaluation.scorer import figure_verdicts
    from accords.gold import to_gold

    gold_root = Path(__file__).parents[1] / "gold"
    path = gold_root / part / name
    gold = read_gold(path)
    article = read_article(find_article(path, gold["article"]["file"], root=gold_root))
    extraction = accords.extract_article(article)
    verdicts = figure_verdicts(gold["indicators"], article, extraction)
    shaped = to_gold(article, extraction)
    counts = score_article(gold, shaped).score("indicators")
    assert (sum(right for _, right in verdicts), sum(not right for _, right in verdicts)) == (counts.tp, counts.fp)
    assert counts.tp > 0
    assert [(i.metric, i.value) for i, _ in verdicts] == [(f["metric"], f["value"]) for f in shaped["indicators"]]
