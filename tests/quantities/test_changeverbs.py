"""`quantities.changeverbs`: one table of the verbs that say a figure moved, and the patterns that read it
(leads taken from tests/gold/articles tt texts)."""

from __future__ import annotations

import pytest

from accords.indicators import changes, clauses, named
from accords.quantities.changeverbs import CHANGE_VERBS, CHANGED, FORMS, change_words
from accords.quantities.extract import MOVED_BEFORE


def test_every_verb_has_every_form():
    assert all(tuple(forms) == FORMS for forms in CHANGE_VERBS.values())


WORDS = [
    pytest.param("rise fall", ("past",), "rose|fell", id="past-forms"),
    pytest.param("grow", FORMS, "grow|grows|grew|grown|growing", id="every-form"),
    pytest.param("increase", ("past", "participle"), "increased", id="one-word-once"),
    pytest.param("shed", FORMS, "shed|sheds|shedding", id="shed-once"),
]


@pytest.mark.parametrize("verbs, forms, expected", WORDS)
def test_change_words(verbs, forms, expected):
    assert change_words(verbs, forms) == expected


def test_changed_is_past_of_growth_and_fall():
    assert set(CHANGED.split("|")) == {"grew", "grown", "increased", "rose", "risen", "jumped", "surged", "soared",
                                       "climbed", "expanded", "fell", "fallen", "declined", "decreased", "dropped",
                                       "shrank", "shrunk", "plunged"}


LEADS = [
    pytest.param(MOVED_BEFORE, "Iranian exports to Armenia rose by ", True, id="moved-rose-by"),
    pytest.param(MOVED_BEFORE, "the volume of trade between the two countries fell ", True, id="moved-fell"),
    pytest.param(MOVED_BEFORE, "the volume of trade between the two countries ", False, id="moved-no-verb"),
    pytest.param(clauses.GROWTH_BEFORE, "The number of Iranian nationals visiting Azerbaijan dropped by ", True,
                 id="growth-dropped-by"),
    pytest.param(clauses.GROWTH_BEFORE, "Kazakhstan and Iran increased by ", True, id="growth-increased-by"),
    pytest.param(clauses.GROWTH_BEFORE, "the number of Iranian travelers to Azerbaijan has risen by nearly ", True,
                 id="growth-risen-by"),  # tt 418519; read since indnews50 (measured: metric accuracy up, no pair lost)
    pytest.param(clauses.GROWTH_IN_LEAD, "the country's trade with Turkey in the first half has risen ", True,
                 id="growth-risen-in-lead"),
    pytest.param(changes._CHANGED_BY, "the value of trade between Iran and Kazakhstan increased by ", True,
                 id="changed-by-increased"),
    pytest.param(changes._CHANGED_BY, "Iranian exports to Armenia rose ", False, id="changed-by-needs-by"),
    pytest.param(named.CHANGED_BY, "the volume of trade between the two countries fell by ", True, id="named-fell-by"),
]


@pytest.mark.parametrize("pattern, lead, expected", LEADS)
def test_change_before_a_figure(pattern, lead, expected):
    assert (pattern.search(lead) is not None) is expected


FALLS = [
    pytest.param("dropped", True, id="dropped"),
    pytest.param("fell", True, id="fell"),
    pytest.param("shrank", True, id="shrank"),
    pytest.param("increased", False, id="increased"),
]


@pytest.mark.parametrize("word, expected", FALLS)
def test_fall_words(word, expected):
    assert (clauses.FALL.fullmatch(word) is not None) is expected


# The lists that read the table since indtt48: a listed company's move (`markets._LISTED_MOVED`), a currency's move
# and the economy's growth (`lexicon` rules `exchange_rate`, `gdp_growth`); the same words as the lists they replace.
OWNERS = [
    pytest.param("listed", "Apple Inc. (NASDAQ: AAPL) fell", True, id="listed-past"),
    pytest.param("listed", "Apple Inc. (NASDAQ: AAPL) slides", True, id="listed-s-form"),
    pytest.param("listed", "Apple Inc. (NASDAQ: AAPL) was trading", True, id="listed-trading"),
    pytest.param("listed", "Apple Inc. (NASDAQ: AAPL) sinks", False, id="listed-sinks-not-before-either"),
    pytest.param("exchange_rate", "The Japanese yen slipped 0.13% versus the greenback", True, id="currency-slipped"),
    pytest.param("exchange_rate", "The Iranian rial declines in value", False, id="currency-declines-not-before-either"),
    pytest.param("gdp_growth", "Azerbaijan's economy to grow by 2.7 percent", True, id="economy-to-grow"),
    pytest.param("gdp_growth", "The economy shrank 3 percent", True, id="economy-shrank"),
    pytest.param("gdp_growth", "The economy grown by", False, id="economy-grown-not-before-either"),
]


@pytest.mark.parametrize("owner, text, expected", OWNERS)
def test_lists_read_from_the_table(owner, text, expected):
    import re

    from accords.indicators import lexicon, markets

    if owner == "listed":
        pattern = re.compile(markets._LISTED_MOVED, re.IGNORECASE)
    else:
        pattern = next(rule.pattern for rule in lexicon.METRIC_RULES if rule.metric == owner)
    assert (pattern.search(text) is not None) == expected
