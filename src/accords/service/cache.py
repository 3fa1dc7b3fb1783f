"""Answers to store-wide questions kept while the store is unchanged.

The corpus summary, the relationship graph and the entity lists group every row of a
table: about a second each on a 10,000-article store, for an answer that changes only when
something is written. `remember` keeps the answer of such a query, per store and per
arguments, together with the store's generation (`accords.store.generation`, raised by
every committed write of any process); a later call with the same arguments reads the
generation (one row) and reuses the answer while it is the same, else computes it again.

Each store has its own small LRU table (`MAX_ANSWERS`), held in a `WeakKeyDictionary` so a
closed and dropped store takes its answers with it. Answers are handed out as deep copies:
a caller that changes what it got cannot change what the next caller gets.
"""

from __future__ import annotations

import copy
import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable
from typing import Any, TypeVar
from weakref import WeakKeyDictionary

from accords.store import Store

#: Answers kept per store (the least recently used goes first).
MAX_ANSWERS = 256
T = TypeVar("T")

_answers: WeakKeyDictionary[Store, OrderedDict[Hashable, tuple[int, Any]]] = WeakKeyDictionary()
_lock = threading.Lock()


def remember(store: Store, question: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`'s answer to `question` (a hashable key naming the query and its
    arguments), reused while `store`'s generation is unchanged."""
    generation = store.generation
    with _lock:
        table = _answers.setdefault(store, OrderedDict())
        kept = table.get(question)
        if kept is not None and kept[0] == generation:
            table.move_to_end(question)
            return copy.deepcopy(kept[1])
    answer = compute()  # outside the lock: a slow query must not hold up the other questions
    with _lock:
        table[question] = (generation, answer)
        table.move_to_end(question)
        while len(table) > MAX_ANSWERS:
            table.popitem(last=False)
    return copy.deepcopy(answer)
