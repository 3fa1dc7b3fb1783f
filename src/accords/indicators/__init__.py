"""The rules of the indicators stage, one owner each: `lexicon` (metrics), `kinds` (actual,
target, forecast, estimate; deadlines), `changes` (percent changes), `referents` (figures that
lean on an earlier one), `clauses` (clauses, lists, ranges, restatements, claims), `subjects`
(where countries are named, the article's pair) and `owners` (a figure's subjects), `periods`.

The stage itself lives in `accords.stages.indicators`; these modules are pure functions over
strings and fact records so they can be tested on single sentences.
"""
