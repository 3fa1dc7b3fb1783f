"""Currencies and physical units: the words that name them and their base units.

Every quantity is stored in the base unit of its unit code (docs/design.md: "value in base
units"): money in the currency's own unit (ISO 4217), energy capacity in MW ("5 GW" is
5000 MW), mass in tonnes ("500 kg" is 0.5 t), gas volume in billion cubic metres ("10 bcm"
is 10, "300 million cubic metres" is 0.3; gas a day in cubic metres a day, "m3/d"), length in km ("5 miles" is 8.05 km, metres stay
"m"), electricity in MWh, oil in barrels ("bbl", "bbl/d" per day), area in hectares, temperature
in degrees Celsius ("degC": "1.5°C", "1.5 degrees Celsius").
Tomans are converted to Iranian rials (one toman is ten rials) so one Iranian figure has
one unit.
"""

from __future__ import annotations

import re

#: Currency symbols and codes written before the number: symbol or code -> (ISO code, factor).
CURRENCY_PREFIXES = {
    "$": "USD", "us$": "USD", "usd": "USD", "u.s.$": "USD", "€": "EUR", "eur": "EUR",
    "£": "GBP", "gbp": "GBP", "¥": "JPY", "jpy": "JPY", "₼": "AZN", "azn": "AZN",
    "₽": "RUB", "rub": "RUB", "₺": "TRY", "try": "TRY", "irr": "IRR", "rls": "IRR",
    "cny": "CNY", "rmb": "CNY", "chf": "CHF", "₹": "INR", "inr": "INR", "kzt": "KZT",
    "gel": "GEL", "amd": "AMD", "aed": "AED", "sar": "SAR", "c$": "CAD", "cad": "CAD",
    "a$": "AUD", "aud": "AUD", "hk$": "HKD", "s$": "SGD", "uzs": "UZS", "tmt": "TMT",
    "tjs": "TJS", "kgs": "KGS", "pkr": "PKR", "iqd": "IQD", "₩": "KRW", "krw": "KRW",
    # the wire abbreviation of dollars, written before the amount in older agency copy ("dlrs 8 billion")
    "dlrs": "USD",
    # rupees in Indian English, written before the amount ("Rs 100 crore", "Rs. 500")
    "rs": "INR", "rs.": "INR",
    # an ISO code written before the dollar sign, as Canadian and US fact sheets write it ("CAD $1.5 billion",
    # "USD $7.5 billion"): the code names the dollar
    "cad$": "CAD", "usd$": "USD", "aud$": "AUD", "nzd$": "NZD", "nz$": "NZD", "sgd$": "SGD", "hkd$": "HKD",
}
#: Codes that are also English words are only read as currency when written in capitals.
UPPERCASE_ONLY = {"try", "gel", "amd", "sar", "cad", "aud", "eur", "rub", "chf", "inr",
                  "cad$", "usd$", "aud$", "nzd$", "nz$", "sgd$", "hkd$"}

#: Currency names written after the number: lower-case name -> (ISO code, factor to base).
CURRENCY_NAMES: dict[str, tuple[str, float]] = {}


def _names(code: str, factor: float, *names: str) -> None:
    for name in names:
        CURRENCY_NAMES[name] = (code, factor)


_names("USD", 1, "dollars", "dollar", "us dollars", "us dollar", "u.s. dollars", "american dollars",
       "usd", "bucks", "dlrs")
_names("EUR", 1, "euros", "euro", "eur")
# cents of a dollar ("15 cents per hour", "75 cents"); euro cents are named as such
_names("USD", 0.01, "cents", "cent")
_names("EUR", 0.01, "euro cents", "eurocents")
_names("GBP", 1, "pounds", "pound", "pounds sterling", "british pounds", "sterling", "gbp")
_names("AZN", 1, "manats", "manat", "azerbaijani manats", "azerbaijani manat", "azerbaijan manats", "azn")
_names("TMT", 1, "turkmen manats", "turkmen manat")
_names("IRR", 1, "rials", "rial", "iranian rials", "iranian rial", "irr", "rls")
_names("IRR", 10, "tomans", "toman", "iranian tomans")
_names("RUB", 1, "roubles", "rouble", "rubles", "ruble", "russian rubles", "russian roubles", "rub")
_names("CNY", 1, "yuan", "renminbi", "chinese yuan", "cny", "rmb")
_names("TRY", 1, "lira", "liras", "lire", "turkish lira", "turkish liras", "turkish lire", "try")
_names("JPY", 1, "yen", "japanese yen", "jpy")
_names("INR", 1, "rupees", "rupee", "indian rupees", "inr")
_names("KZT", 1, "tenge", "kazakh tenge", "kzt")
_names("GEL", 1, "lari", "georgian lari", "gel")
_names("AMD", 1, "drams", "dram", "armenian drams", "amd")
_names("AED", 1, "dirhams", "dirham", "uae dirhams", "aed")
_names("SAR", 1, "riyals", "riyal", "saudi riyals", "sar")
_names("CAD", 1, "canadian dollars", "cad")
_names("AUD", 1, "australian dollars", "aud")
_names("CHF", 1, "swiss francs", "francs", "franc", "chf")
_names("UZS", 1, "soums", "sums", "uzbek soums", "uzbek sums", "uzs")
_names("TJS", 1, "somoni", "somonis", "tajik somoni", "tajik somonis", "tjs")
_names("KGS", 1, "kyrgyz som", "kyrgyz soms", "kgs")
_names("PKR", 1, "pakistani rupees", "pkr")
_names("IQD", 1, "iraqi dinars", "dinars", "iqd")
_names("COP", 1, "colombian pesos", "cop")
_names("KRW", 1, "won", "korean won", "krw")
_names("HKD", 1, "hong kong dollars", "hkd")
# Symbols written after the number, as in much of Europe and the Caucasus ("10 €", "100 ₼").
_names("EUR", 1, "€")
_names("AZN", 1, "₼")
_names("RUB", 1, "₽")
_names("TRY", 1, "₺")
_names("GEL", 1, "₾")
_names("USD", 1, "$")

#: Physical units: lower-case spelling -> (unit code, factor to the base unit of that code).
PHYSICAL_UNITS: dict[str, tuple[str, float]] = {}


def _units(code: str, factor: float, *names: str) -> None:
    for name in names:
        PHYSICAL_UNITS[name] = (code, factor)


_units("t", 1, "tons", "ton", "tonnes", "tonne", "metric tons", "metric tonnes", "t", "mt")
_units("t", 1e-3, "kilograms", "kilogram", "kg", "kilos")
_units("bcm", 1, "bcm", "billion cubic meters", "billion cubic metres", "bcm/y", "bcma")
_units("bcm", 1e-3, "mcm", "million cubic meters", "million cubic metres", "mln cubic meters")
_units("bcm", 1e-9, "cubic meters", "cubic metres", "m3", "cu. m", "cu.m", "cu. meters", "cu. metres")
_units("bcm", 1, "cubic kilometers", "cubic kilometres", "km3")  # a cubic kilometre is a billion cubic metres
_units("km", 1, "kilometers", "kilometres", "kilometer", "kilometre", "km")
_units("km", 1.609344, "miles", "mile")
_units("m", 1, "meters", "metres", "meter", "metre")
_units("MW", 1, "megawatts", "megawatt", "mw")
_units("MW", 1e3, "gigawatts", "gigawatt", "gw")
_units("MW", 1e-3, "kilowatts", "kilowatt", "kw")
_units("MWh", 1, "megawatt hours", "megawatt-hours", "mwh")
_units("MWh", 1e3, "gigawatt hours", "gigawatt-hours", "gwh")
_units("MWh", 1e6, "terawatt hours", "terawatt-hours", "twh")
_units("MWh", 1e-3, "kilowatt hours", "kilowatt-hours", "kwh")
_units("bbl/d", 1, "barrels per day", "barrels a day", "bpd", "b/d")
# gas a day ("m3/day" and "m3/d" are one unit); "10 million cubic meters of gas per day": `extract._PER_DAY`
_units("m3/d", 1, "m3/d", "m3/day", "cubic meters per day", "cubic metres per day", "cubic meters a day", "cubic metres a day")
_units("m3/d", 1e6, "mcm/d", "mcmd", "million cubic meters per day", "million cubic metres per day", "million cubic meters a day",
       "million cubic metres a day")
_units("bbl", 1, "barrels", "barrel", "bbl")
_units("ha", 1, "hectares", "hectare", "ha")
_units("ha", 100, "square kilometers", "square kilometres", "sq km", "km2")
_units("ha", 258.998811, "square miles", "square mile", "sq mi")
_units("ha", 0.40468564, "acres", "acre")
_units("t", 1e-6, "grams", "gram")
_units("TEU", 1, "teu", "teus")
_units("degC", 1, "degrees celsius", "degree celsius", "°c", "° c", "ºc")

UNIT_CASE_SENSITIVE = {"t", "mt", "m3", "ha", "mw", "gw", "kw"}


def _alternation(words: list[str]) -> str:
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(word).replace(r"\ ", r"\s+") for word in ordered)


#: Regular expression of every currency name (case-insensitive use).
CURRENCY_NAME_RE = _alternation(list(CURRENCY_NAMES))


def _spaced_dollar(key: str) -> bool:
    """Whether a prefix is a letter group of two or more and "$", which may stand apart ("HK $", "US $")."""
    return key.endswith("$") and len(key) > 2 and key[:-1].isalpha()


def _prefix_alternation() -> str:
    """Symbols and codes; a letter group of two or more may stand apart from "$" (`_spaced_dollar`)."""
    parts = []
    for key in sorted(CURRENCY_PREFIXES, key=len, reverse=True):
        pattern = re.escape(key)
        if _spaced_dollar(key):
            pattern = re.escape(key[:-1]) + r"\s?\$"
        parts.append(pattern)
    return "|".join(parts)


#: Regular expression of every currency prefix (symbols and codes).
CURRENCY_PREFIX_RE = _prefix_alternation()
#: What a currency prefix begins with, in lower case (`accords.scan.starts`): the whole
#: symbol or code, only the letters of one that may stand apart from its "$".
CURRENCY_PREFIX_HEADS = tuple(key[:-1] if _spaced_dollar(key) else key for key in CURRENCY_PREFIXES)
#: Regular expression of every physical unit spelling.
PHYSICAL_UNIT_RE = _alternation(list(PHYSICAL_UNITS))
#: Percent signs and words.
PERCENT_RE = r"%|percent(?:age\s+points?|ages?|s)?|per\s+cent|pct|percentage\s+points?"


def currency_name(text: str) -> tuple[str, float] | None:
    """(ISO code, factor) for a currency name after a number, e.g. "tomans" -> ("IRR", 10)."""
    return CURRENCY_NAMES.get(re.sub(r"\s+", " ", text.strip().lower()))


def currency_prefix(text: str) -> str | None:
    """The ISO code for a symbol or code before a number ("$", "AZN"), or None."""
    clean = re.sub(r"\s+", "", text)
    lower = clean.lower()
    if (lower in UPPERCASE_ONLY or (len(lower) == 2 and lower.endswith("$"))) and clean != clean.upper():
        return None  # "C$" is Canadian, "c$" is noise; "TRY" is lira, "try" a verb
    return CURRENCY_PREFIXES.get(lower)


def physical_unit(text: str) -> tuple[str, float] | None:
    """(unit code, factor to base) for a unit spelling, e.g. "GW" -> ("MW", 1000)."""
    return PHYSICAL_UNITS.get(re.sub(r"\s+", " ", text.strip().lower()))


#: Units stored apart but measuring the same dimension as another base unit: metres are kept as
#: "m" (a bridge, a border wall) but compare with kilometres.
_SAME_DIMENSION = {"m": ("km", 1e-3)}
#: Unit codes a figure may carry that no text spelling maps to (the text's "miles" is stored in km):
#: "mi" (a length written in miles, kept so) compares as kilometres, "lb" (a weight in pounds) as tonnes.
_CODES = {"mi": ("km", 1.609344), "lb": ("t", 0.00045359237)}
#: The base unit codes themselves (what `physical_unit` returns), which keep their own case.
BASE_UNITS = frozenset(code for code, _ in PHYSICAL_UNITS.values())


def common_unit(value: float, unit: str) -> tuple[float, str]:
    """The quantity `value` `unit` in the base unit of its dimension, for comparing figures
    written in different units: (8.69, "GW") -> (8690.0, "MW"), (500, "m") -> (0.5, "km"), (2, "mi") -> (3.22, "km").
    Money, counts, percentages, units not known here and compound units ("USD/W") come back
    as they are: no exchange rates, no guessing."""
    if unit in BASE_UNITS:
        code, factor = unit, 1.0
    elif unit in _CODES:
        code, factor = _CODES[unit]
    else:
        known = physical_unit(unit)
        if known is None:
            return value, unit
        code, factor = known
    if code in _SAME_DIMENSION:
        code, extra = _SAME_DIMENSION[code]
        factor *= extra
    return value * factor, code


#: Every currency code a quantity may carry.
CURRENCY_CODES = frozenset({*CURRENCY_PREFIXES.values(), *(code for code, _ in CURRENCY_NAMES.values())})


def is_money(unit: str) -> bool:
    """Whether a quantity's unit code is a currency ("USD", "IRR"), not a count or physical unit."""
    return unit in CURRENCY_CODES
