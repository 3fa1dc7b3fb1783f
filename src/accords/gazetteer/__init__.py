"""Gazetteers: countries (`countries`), international organisations (`organisations`),
regions, cities, projects and recurring events (`places`), and the states of the United States
(`us_states`).

The tables are plain data in those modules; each is turned into lookup structures on first
use (`functools.cache`), never at import time.
"""
