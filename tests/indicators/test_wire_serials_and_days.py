"""Numbers of a wire written in lower case that are no figures (`indicators.labels.is_label`, indtt46).

A 2000s IRNA wire appended to a Tehran Times report in lower case (tt_84077) opens "thr 025
e.azarbaijan-azerbaijan-mou /gnr/ ... baku, july 12, irna --" and says the governor "arrived here on july 9 on a
three-day visit": the serial 025 was read as 25 agreements signed (the MOU after it) and "july 9" as nine visits (the
times rules read capitalised months only). A number written with a leading zero is a serial, and one of 31 or less
right after a month's name, in any case but "may" and "march" (verbs as often), is a day. Counts after a capitalised
month name are left to the times rules, and an amount before a lower-case month stays.

Texts: the IRNA wire of tt_84077 (tests/gold/articles, Tehran Times, CC BY 4.0); the negative row our own. Each
expected record is (metric, subjects, value).
"""

from __future__ import annotations

import pytest

from tests.indicators.figures import figures


def _figures(text: str) -> list[tuple]:
    return [(metric, subjects, value) for metric, subjects, value, *_ in figures(text, published=None, source="Tehran Times")]


CASES = [
    pytest.param(
        "thr 025 e.azarbaijan-azerbaijan-mou     /gnr/ iran's e.azarbaijan, azerbaijan ink mou baku, july 12, irna -- "
        "iran's east azarbaijan province and azerbaijan here on thursday signed a memorandum of understanding (mou) to "
        "expand economic, cultural, technical and scientific cooperation.",
        [],
        id="wire-serial-with-leading-zero-is-no-count-of-agreements",
    ),
    pytest.param(
        "sobhanollahi, heading a 15-member delegation, arrived here on july 9 on a three-day visit to the neighboring "
        "azerbaijan republic.",
        ["delegation_members"],  # its sides are another matter: lower-case "azerbaijan" is no country to the gazetteer
        id="lower-case-month-day-is-no-count-of-visits",
    ),
    pytest.param(
        "Iran exported 25 tons of saffron to Azerbaijan in june 2019.",
        [("exports", ("AZE", "IRN"), 25.0)],
        id="an-amount-before-a-lower-case-month-stays",
    ),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_wire_serials_and_days(text: str, expected: list) -> None:
    found = _figures(text)
    assert (found if not expected or isinstance(expected[0], tuple) else [metric for metric, *_ in found]) == expected
