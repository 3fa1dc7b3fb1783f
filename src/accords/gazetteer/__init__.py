"""Gazetteers: countries (`countries`), international organisations (`organisations`), and
regions, cities, projects and recurring events (`places`).

The tables are plain data in those modules; each is turned into lookup structures on first
use (`functools.cache`), never at import time.
"""
