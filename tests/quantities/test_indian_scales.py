"""The Indian scale words and the rupee sign of Indian English: "50 lakh masks" are five million
masks, "Rs 100 crore" a billion rupees, "Rs. 25 lakh" 2.5 million rupees; a person's own spending
("he has spent Rs 24 lakh") is no figure.

Texts: sentences written for these tests in the register of Indian news pages. Each expected
quantity is (text, value, unit).
"""

from __future__ import annotations

import pytest

from accords.quantities.extract import find_quantities
from tests.indicators.figures import figures

CASES = [
    pytest.param("We have started distributing 50 lakh masks in schools.", [("50 lakh", 5e6, "count")], id="lakh-count"),
    pytest.param("The ministry allocated Rs 100 crore for the port.", [("Rs 100 crore", 1e9, "INR")], id="crore-rupees"),
    pytest.param("The family paid Rs. 25 lakh to the agent.", [("Rs. 25 lakh", 2.5e6, "INR")], id="rupees-with-a-point"),
    pytest.param("About 2 lakhs of farmers joined the scheme.", [("About 2 lakhs", 2e5, "count")], id="lakhs-plural"),
]


@pytest.mark.parametrize(("text", "wanted"), CASES)
def test_indian_scales(text: str, wanted: list[tuple]) -> None:
    assert [(q.text, q.value, q.unit) for q in find_quantities(text)] == wanted


def test_lakh_masks_are_counted_as_masks() -> None:
    assert [(m, v) for m, _, v, *_ in figures("Delhi's government started distributing 50 lakh masks in India today.")] \
        == [("masks", 5e6)]


def test_one_person_s_spending_is_no_figure() -> None:
    assert figures("He said he has spent Rs 24 lakh on the journey from India.") == []
