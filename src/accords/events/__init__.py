"""Helpers of the events stage: trigger lexicon, actors, status, sectors, deduplication."""
