"""International (intergovernmental) organisations: acronym, full names and other aliases.

An IGO becomes an ORG entity whose `canonical_id` is its acronym and which has no country
(it speaks for its members, not for one of them). Each line is
``ACRONYM | full name; other names | other acronyms``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

_TABLE = """
UN|United Nations;United Nations Organization|U.N.;UNO
UNSC|United Nations Security Council;UN Security Council;U.N. Security Council|
UNGA|United Nations General Assembly;UN General Assembly;U.N. General Assembly|
UNESCO|United Nations Educational, Scientific and Cultural Organization|
UNICEF|United Nations Children's Fund|
UNDP|United Nations Development Programme;United Nations Development Program|
UNCTAD|United Nations Conference on Trade and Development|
UNHCR|United Nations High Commissioner for Refugees;UN Refugee Agency|
WFP|World Food Programme|
FAO|Food and Agriculture Organization|
WHO|World Health Organization|
ILO|International Labour Organization;International Labor Organization|
ITU|International Telecommunication Union|
UPU|Universal Postal Union|
IMO|International Maritime Organization|
ICAO|International Civil Aviation Organization|
UNIDO|United Nations Industrial Development Organization|
UNWTO|World Tourism Organization;UN Tourism|
WIPO|World Intellectual Property Organization|
IAEA|International Atomic Energy Agency|
OPCW|Organisation for the Prohibition of Chemical Weapons;Organization for the Prohibition of Chemical Weapons|
ICJ|International Court of Justice|
ICC|International Criminal Court|
WTO|World Trade Organization|
IMF|International Monetary Fund|
World Bank|World Bank;World Bank Group|
IBRD|International Bank for Reconstruction and Development|
EBRD|European Bank for Reconstruction and Development|
EIB|European Investment Bank|
ADB|Asian Development Bank|
AIIB|Asian Infrastructure Investment Bank|
IsDB|Islamic Development Bank|IDB
IDB|Inter-American Development Bank;Inter-American Development Bank Group|IADB
NDB|New Development Bank;BRICS Bank|
EU|European Union|E.U.
EC|European Commission|
EUCO|European Council|
EP|European Parliament|
ECB|European Central Bank|
CoE|Council of Europe|
OSCE|Organization for Security and Co-operation in Europe;Organization for Security and Cooperation in Europe|
NATO|North Atlantic Treaty Organization|
OIC|Organisation of Islamic Cooperation;Organization of Islamic Cooperation;Organization of the Islamic Conference|
ICESCO|Islamic World Educational, Scientific and Cultural Organization;Islamic Educational, Scientific and Cultural Organization|
SCO|Shanghai Cooperation Organisation;Shanghai Cooperation Organization|
ECO|Economic Cooperation Organization;Economic Cooperation Organisation|
EAEU|Eurasian Economic Union|EEU
Eurasian Intergovernmental Council|Eurasian Intergovernmental Council|
EDB|Eurasian Development Bank|
CIS|Commonwealth of Independent States|
CSTO|Collective Security Treaty Organization|
OTS|Organization of Turkic States;Organisation of Turkic States;Turkic Council;Cooperation Council of Turkic Speaking States|
TURKSOY|International Organization of Turkic Culture|
GUAM|Organization for Democracy and Economic Development|
BSEC|Organization of the Black Sea Economic Cooperation;Black Sea Economic Cooperation|
OPEC|Organization of the Petroleum Exporting Countries|
OPEC+|OPEC Plus|
GECF|Gas Exporting Countries Forum|
IEA|International Energy Agency|
IRENA|International Renewable Energy Agency|
BRICS|BRICS|
G7|Group of Seven|G-7
G20|Group of Twenty|G-20
D-8|Developing-8;Developing Eight;D-8 Organization for Economic Cooperation|D8
ASEAN|Association of Southeast Asian Nations|
APEC|Asia-Pacific Economic Cooperation|
SAARC|South Asian Association for Regional Cooperation|
GCC|Gulf Cooperation Council;Cooperation Council for the Arab States of the Gulf|
LAS|Arab League;League of Arab States|
AU|African Union|
OAS|Organization of American States|
CARICOM|Caribbean Community;Caribbean Community and Common Market|
CICA|Conference on Interaction and Confidence-Building Measures in Asia;Conference on Interaction and Confidence Building Measures in Asia|
NAM|Non-Aligned Movement|
OECD|Organisation for Economic Co-operation and Development;Organization for Economic Cooperation and Development|
INTERPOL|International Criminal Police Organization;Interpol|
FATF|Financial Action Task Force|
ACD|Asia Cooperation Dialogue|
IORA|Indian Ocean Rim Association|
PIF|Pacific Islands Forum;Pacific Island Forum|
"""


@dataclass(frozen=True)
class Igo:
    """One intergovernmental organisation: canonical acronym, full names, other acronyms."""

    acronym: str
    names: tuple[str, ...]
    acronyms: tuple[str, ...]

    @property
    def name(self) -> str:
        """The fullest name (the first full name)."""
        return self.names[0] if self.names else self.acronym


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


@functools.cache
def igos() -> tuple[Igo, ...]:
    """Every organisation of the table, parsed once."""
    rows = []
    for line in _TABLE.strip().splitlines():
        acronym, names, others = line.split("|")
        rows.append(Igo(acronym, _split(names), _split(others)))
    return tuple(rows)


@functools.cache
def _aliases() -> dict[str, str]:
    """Alias -> acronym; an alias two organisations share ("IDB") goes to the first row listing it."""
    table: dict[str, str] = {}
    for igo in igos():
        for alias in (igo.acronym, *igo.acronyms, *igo.names):
            table.setdefault(alias, igo.acronym)
    return table


@functools.cache
def _shared() -> dict[str, tuple[Igo, ...]]:
    """Acronyms more than one organisation goes by, with those organisations in table order:
    "IDB" is the Islamic Development Bank's other acronym and the Inter-American Development Bank's own."""
    rows: dict[str, list[Igo]] = {}
    for igo in igos():
        for alias in dict.fromkeys((igo.acronym, *igo.acronyms)):
            rows.setdefault(alias, []).append(igo)
    return {alias: tuple(found) for alias, found in rows.items() if len(found) > 1}


def igo_by_alias(alias: str, text: str | None = None) -> Igo | None:
    """The organisation named exactly `alias` (acronym or full name, case-sensitive), or None.

    An acronym two organisations share stands for the one whose full name `text` (the whole
    article) spells, the one the writer expanded; the table's first where it spells neither or both.
    """
    key = alias.strip()
    acronym = _aliases().get(key)
    if acronym is None:
        return None
    if text is not None and key in _shared():
        flat = " ".join(text.split())  # "Inter-American\n    Development Bank" across a line break
        spelled = [igo for igo in _shared()[key] if any(name in flat for name in igo.names)]
        if len(spelled) == 1:
            return spelled[0]
    return next(igo for igo in igos() if igo.acronym == acronym)


#: Organs that act for a larger organisation: an event with the European Commission, the
#: European Council, the European Parliament or the Security Council is an event with the EU or the UN (the
#: Eurasian Intergovernmental Council, the EAEU's council of heads of government, with the EAEU), as
#: GOLD_FORMAT.md gives the sides ("an international organisation ... uses its acronym").
_ACTS_FOR = {"Eurasian Intergovernmental Council": "EAEU", "EC": "EU", "EUCO": "EU", "EP": "EU", "ECB": "EU", "UNSC": "UN", "UNGA": "UN"}


def side_of(acronym: str) -> str:
    """The acronym an organisation takes as a side of an event (EC -> EU, UNSC -> UN; most are their own)."""
    return _ACTS_FOR.get(acronym, acronym)


def all_aliases() -> dict[str, str]:
    """A copy of alias -> canonical acronym (for building matchers)."""
    return dict(_aliases())
