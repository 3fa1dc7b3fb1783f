"""Helpers of the quotes stage: quotation marks, cue verbs and speaker resolution.

The stage itself lives in `accords.stages.quotes`; these modules are pure functions over the
article text and the entities found so far.
"""
