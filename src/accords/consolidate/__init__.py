"""Consolidation across articles: one canonical entity per real-world thing.

Modules: `names` (pure: name folding, match forms and canonical keys), `registry` (pure:
what one article contributes to the registry, and how short forms resolve to fuller ones).
The tables and their upkeep live in `accords.store.registry`.
"""
