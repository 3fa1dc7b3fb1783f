""""Indian" for the first peoples of the Americas, not India's people: US federal texts name tribes,
their lands and the offices that serve them with the word ("the Bureau of Indian Affairs", "Indian
Country", "the Indian Health Service", "the Gila River Indian Community", "the Eastern Band of
Cherokee Indians", "American Indian and Alaska Native communities"). There India is not named.
"""

from __future__ import annotations

import re

#: After "American" or "Band/Tribe/Nation/Pueblo of ...": "American Indian", "the Viejas Band of Kumeyaay Indians".
_BEFORE = re.compile(
    r"(?:\bAmerican\s+|\b(?:Band|Tribe|Nation|Tribes|Pueblo)\s+of\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){0,3})$")
#: Before a word US law and the tribes name themselves with: "Indian Affairs", "Indian tribes", "Indian reservations".
_AFTER = re.compile(
    r"\s+(?:Affairs|Housing|Country|Health\s+Service|Community|Communities|Nations|Reservations?|Lands|"
    r"Education|Home\s+Loan|Reorganization|(?i:tribes?|tribal|reservations?))\b")


def names_first_peoples(text: str, start: int, end: int) -> bool:
    """Whether "Indian(s)" at text[start:end] names the first peoples of the Americas (see the module),
    not India: the country is not named."""
    if text[start:end] not in ("Indian", "Indians"):
        return False
    return bool(_BEFORE.search(text, max(0, start - 60), start)) or _AFTER.match(text, end) is not None


#: After a country's adjective, Americans of that origin: "Palestinian American community leaders", "Cuban
#: American leaders", "Iranian-American journalist", "Korean-Americans". Not a pair of countries ("Turkish-American
#: relations", "the German American Chamber of Commerce", "German-American Day"): only "Americans" or a word for people.
_US_PEOPLE_AFTER = re.compile(
    r"[ -]Americans\b|[ -]American\s+(?i:communit(?:y|ies)|leaders?|famil(?:y|ies)|voters?|activists?|journalists?|"
    r"students?|youths?|women|men|groups|organizations|heritage|descent|immigrants?|citizens?|advocates?)\b")


def names_us_people(text: str, start: int, end: int) -> bool:
    """Whether a country's adjective at text[start:end] names Americans of that origin (`_US_PEOPLE_AFTER`):
    the country is not named ("met with Palestinian American community leaders from across the United States")."""
    return text[start:end] not in ("American", "Americans") and _US_PEOPLE_AFTER.match(text, end) is not None
