"""Helpers of the indicators stage: metric lexicon, periods and subjects of quantitative claims.

The stage itself lives in `accords.stages.indicators`; these modules are pure functions over
strings and fact records so they can be tested on single sentences.
"""
