"""Known names that are not countries or organisations: regions, cities, projects, recurring events.

These are general knowledge about the region accords is first used on (the Caucasus, Central
Asia, Iran, Turkey and their partners), not wording taken from any one article:
- regions and seas (PLACE, no country): "Middle East", "South Caucasus", "Caspian Sea";
- cities that are not capitals, with their country (capitals live in `countries`);
- well-known projects written without a cue word ("TANAP", "Nord Stream"), and programmes of the US
  government its texts name again and again ("Medicare", "PEPFAR", "Indo-Pacific Economic Framework");
- well-known documents news names without a cue word ("JCPOA");
- recurring named events written without a cue word ("Bakutel", "Caspian Oil and Gas");
- state companies and funds of the region written by their short names ("SOCAR", "AZAL",
  "NIOC", "Gazprom"): their full names ("State Oil Company of Azerbaijan Republic") are found by
  the head-noun and acronym patterns, which keep the country named inside them; a listed full
  name would hide it;
- national parliaments written by their own one-word names, with no head word to go by ("Milli Majlis",
  "Majlis", "the Dáil"), with their country (a parliament whose name other bodies' names hold, "the State Duma
  Committee for Foreign Affairs", is left to the head-noun patterns: a listed name would cut the committee's);
- organisations that are not states' bodies but news often names: armed groups, news agencies,
  newspapers, broadcasters and online platforms, aid agencies and vaccine alliances written by their short names
  ("USAID", "NASA", "COVAX", "Gavi": their names rarely carry a head word spaCy's model could go by),
  and US federal agencies whose names join two heads with "and" ("Customs and Border
  Protection", "Health and Human Services"), which the head-noun patterns split in two.

Each line is ``TYPE | name; aliases | ISO3 or empty``.

`SEATS` are places that also stand for the government that sits there: "welcomed him to the
White House" is the building (PLACE), "the White House said" the administration (ORG).

The states of the United States, and whether a text's "Georgia" is the US state or the country,
are in `accords.gazetteer.us_states`.
"""

from __future__ import annotations

import re

import functools
from dataclasses import dataclass

from accords.gazetteer.natives import names_first_peoples, names_us_people

#: Places whose name also stands for the government seated there (see the module docstring).
SEATS = frozenset({"White House", "Kremlin", "Oval Office"})

_TABLE = """
PLACE|Middle East|
PLACE|Near East|
PLACE|Far East|
PLACE|Caucasus|
PLACE|South Caucasus;Southern Caucasus;Transcaucasia|
PLACE|North Caucasus;Northern Caucasus|RUS
PLACE|Inner Mongolia;Inner Mongolia Autonomous Region|CHN
PLACE|Central Asia|
PLACE|South Asia|
PLACE|Southeast Asia;South-East Asia|
PLACE|East Asia|
PLACE|West Asia;Western Asia|
PLACE|Eurasia|
PLACE|Indo-Pacific;Indo Pacific|
PLACE|White House|USA
PLACE|Oval Office|USA
PLACE|Kremlin|RUS
PLACE|Europe|
PLACE|Eastern Europe|
PLACE|Western Europe|
PLACE|Asia|
PLACE|Africa|
PLACE|North Africa|
PLACE|Latin America|
PLACE|South America|
PLACE|North America|
PLACE|Central America|
PLACE|Persian Gulf|
PLACE|Caspian Sea|
PLACE|Black Sea|
PLACE|Mediterranean;Mediterranean Sea|
PLACE|Red Sea|
PLACE|Sea of Oman;Gulf of Oman;Oman Sea|
PLACE|Strait of Hormuz|
PLACE|Balkans|
PLACE|Western Balkans|
PLACE|Sahel|
PLACE|Horn of Africa|
PLACE|Sub-Saharan Africa;sub-Saharan Africa|
PLACE|Mekong sub-region;Mekong subregion;Mekong region|
PLACE|Arctic|
PLACE|Baltic Sea|
PLACE|South China Sea|
PLACE|East China Sea|
PLACE|Taiwan Strait|
PLACE|Gulf of Guinea|
PLACE|Gulf of Aden|
PLACE|Gulf of Mexico;Gulf of America|
PLACE|Gulf of Thailand|
PLACE|Donbas;Donbass|UKR
PLACE|Levant|
PLACE|Karabakh;Nagorno-Karabakh;Nagorno Karabakh|AZE
PLACE|Nakhchivan;Nakhichevan;Nakhcivan;Nakhchivan Autonomous Republic|AZE
PLACE|Aghdam|AZE
PLACE|Fuzuli|AZE
PLACE|Lachin|AZE
PLACE|Jabrayil|AZE
PLACE|Zangilan|AZE
PLACE|Kalbajar|AZE
PLACE|Khankendi|AZE
PLACE|Gabala;Qabala|AZE
PLACE|Shusha;Shushi|AZE
PLACE|Ganja|AZE
PLACE|Sumgait;Sumqayit|AZE
PLACE|Lankaran|AZE
PLACE|East Zangezur;East Zangazur|AZE
PLACE|Absheron;Absheron Peninsula|AZE
PLACE|Alat|AZE
PLACE|Mingachevir|AZE
PLACE|Shamakhi|AZE
PLACE|Sheki|AZE
PLACE|Guba;Quba|AZE
PLACE|Tovuz|AZE
PLACE|Dashkasan|AZE
PLACE|Khoda Afarin;Khodaafarin;Khudafarin|
PLACE|Qiz Qalasi|
PLACE|Gazakh;Qazax|AZE
PLACE|Zangezur|
PLACE|Astara|
PLACE|Aras;Araz;Aras River;Araz River;Aras river;Araz river|
PLACE|Kura;Kura River;Kura river|
PLACE|Astarachay;Astarachay River|
PLACE|Amu Darya;Amu Darya River|
PLACE|Syr Darya;Syr Darya River|
PLACE|Volga;Volga River|RUS
PLACE|Khojaly|AZE
PLACE|Khojavend|AZE
PLACE|Gubadli|AZE
PLACE|Barda|AZE
PLACE|Naftalan|AZE
PLACE|Yevlakh|AZE
PLACE|Goychay|AZE
PLACE|Zagatala|AZE
PLACE|Balakan|AZE
PLACE|Ismayilli|AZE
PLACE|Khachmaz|AZE
PLACE|Salyan|AZE
PLACE|Neftchala|AZE
PLACE|Masalli|AZE
PLACE|Jalilabad|AZE
PLACE|Horadiz|AZE
PLACE|Julfa|AZE
PLACE|Ordubad|AZE
PLACE|Sadarak|AZE
PLACE|Sangachal;Sangachal terminal|AZE
PLACE|Hajigabul|AZE
PLACE|Shamkir|AZE
PLACE|Aghstafa;Agstafa|AZE
PLACE|Sabirabad|AZE
PLACE|Imishli|AZE
PLACE|Beylagan|AZE
PLACE|Khiva|UZB
PLACE|Namangan|UZB
PLACE|Nukus|UZB
PLACE|Navoi;Navoiy|UZB
PLACE|Aktobe|KAZ
PLACE|Khorgos|KAZ
PLACE|Balkanabat|TKM
PLACE|Dashoguz|TKM
PLACE|Jalal-Abad|KGZ
PLACE|Anaklia|GEO
PLACE|Novorossiysk|RUS
PLACE|Samsun|TUR
PLACE|Istanbul|TUR
PLACE|Izmir|TUR
PLACE|Antalya|TUR
PLACE|Kars|TUR
PLACE|Ceyhan|TUR
PLACE|Erzurum|TUR
PLACE|Mashhad|IRN
PLACE|Isfahan|IRN
PLACE|Tabriz|IRN
PLACE|Shiraz|IRN
PLACE|Rasht|IRN
PLACE|Qazvin|IRN
PLACE|Qom|IRN
PLACE|Ahvaz|IRN
PLACE|Bandar Abbas|IRN
PLACE|Chabahar|IRN
PLACE|Ardabil;Ardebil|IRN
PLACE|Urmia;Orumiyeh;Urumieh|IRN
PLACE|Kermanshah|IRN
PLACE|Kerman|IRN
PLACE|Yazd|IRN
PLACE|Zanjan|IRN
PLACE|Hamedan;Hamadan|IRN
PLACE|Karaj|IRN
PLACE|Gorgan|IRN
PLACE|Zahedan|IRN
PLACE|Bushehr|IRN
PLACE|Qeshm;Qeshm Island|IRN
PLACE|Bandar Anzali;Anzali|IRN
PLACE|Jolfa|IRN
PLACE|Sarakhs|IRN
PLACE|East Azarbaijan;East Azerbaijan;East Azerbaijan province;East Azerbaijan Province;East Azarbaijan Province|IRN
PLACE|West Azarbaijan;West Azerbaijan;West Azerbaijan province;West Azerbaijan Province;West Azarbaijan Province|IRN
PLACE|Khuzestan;Khuzestan province|IRN
PLACE|Gilan;Gilan province|IRN
PLACE|Mazandaran;Mazandaran province|IRN
PLACE|Golestan;Golestan province|IRN
PLACE|Hormozgan;Hormozgan province|IRN
PLACE|Sistan and Baluchestan;Sistan-Baluchestan|IRN
PLACE|Khorasan Razavi;Razavi Khorasan|IRN
PLACE|North Khorasan|IRN
PLACE|South Khorasan|IRN
PLACE|Kish Island;Kish|IRN
PLACE|Saint Petersburg;St. Petersburg|RUS
PLACE|Kazan|RUS
PLACE|Sochi|RUS
PLACE|Astrakhan|RUS
PLACE|Makhachkala|RUS
PLACE|Crimea|UKR
PLACE|Northern Ireland|GBR
PLACE|Almaty|KAZ
PLACE|Aktau|KAZ
PLACE|Shymkent|KAZ
PLACE|Atyrau|KAZ
PLACE|Karaganda|KAZ
PLACE|Khujand|TJK
PLACE|Osh|KGZ
PLACE|Turkmenabat|TKM
PLACE|Avaza|TKM
PLACE|Termez|UZB
PLACE|Andijan|UZB
PLACE|Gyumri|ARM
PLACE|Meghri|ARM
PLACE|Syunik|ARM
PLACE|Kutaisi|GEO
PLACE|Gaziantep|TUR
PLACE|Trabzon|TUR
PLACE|Mersin|TUR
PLACE|Bursa|TUR
PLACE|Diyarbakir|TUR
PLACE|Igdir;Iğdır|TUR
PLACE|Derbent|RUS
PLACE|Volgograd|RUS
PLACE|Mazar-i-Sharif;Mazar-e Sharif|AFG
PLACE|Quetta|PAK
PLACE|Peshawar|PAK
PLACE|Samarkand|UZB
PLACE|Bukhara|UZB
PLACE|Turkmenbashi|TKM
PLACE|Batumi|GEO
PLACE|Poti|GEO
PLACE|Dubai|ARE
PLACE|Jeddah|SAU
PLACE|Mecca|SAU
PLACE|Karachi|PAK
PLACE|Lahore|PAK
PLACE|Gwadar|PAK
PLACE|Mumbai|IND
PLACE|Shanghai|CHN
PLACE|Aleppo|SYR
PLACE|Idlib|SYR
PLACE|Afrin|SYR
PLACE|Raqqa|SYR
PLACE|Deir ez-Zor;Deir Ezzor|SYR
PLACE|Homs|SYR
PLACE|Latakia|SYR
PLACE|Manbij|SYR
PLACE|Basra|IRQ
PLACE|Erbil;Arbil;Irbil|IRQ
PLACE|Sulaymaniyah;Sulaimaniyah;Sulaimani;Suleimaniyah|IRQ
PLACE|Dohuk;Duhok;Dahuk|IRQ
PLACE|Zakho|IRQ
PLACE|Fallujah|IRQ
PLACE|Tikrit|IRQ
PLACE|Mosul|IRQ
PLACE|Kirkuk|IRQ
PLACE|Najaf|IRQ
PLACE|Karbala|IRQ
PLACE|Herat|AFG
PLACE|Kandahar|AFG
PLACE|Gaza;Gaza Strip|PSE
PLACE|West Bank|PSE
PLACE|Jerusalem;al-Quds;Al-Quds|
PLACE|New York|USA
PLACE|New York City|USA
PLACE|Wall Street|USA
PLACE|Silicon Valley|USA
PLACE|Geneva|CHE
PLACE|Rio de Janeiro|BRA
PLACE|Sao Paulo;São Paulo|BRA
PLACE|Davos|CHE
PLACE|Hamburg|DEU
PLACE|Rotterdam|NLD
PLACE|Kharkiv;Kharkov|UKR
PLACE|Odesa;Odessa|UKR
PLACE|Lviv|UKR
PLACE|Dnipro|UKR
PLACE|Zaporizhzhia|UKR
PLACE|Kherson|UKR
PLACE|Mariupol|UKR
PLACE|Donetsk;Donetsk People's Republic;Donetsk People’s Republic;DNR|UKR
PLACE|Luhansk;Luhansk People's Republic;Luhansk People’s Republic;LNR;Lugansk|UKR
PLACE|Bakhmut|UKR
PLACE|Bandar Abbas|IRN
PLACE|St. Petersburg;Saint Petersburg|RUS
PLACE|Vladivostok|RUS
PLACE|Guangzhou|CHN
PLACE|Xinjiang|CHN
PLACE|Munich|DEU
PLACE|Strasbourg|FRA
PLACE|Rafah|PSE
PLACE|Khan Younis|PSE
PLACE|Haifa|ISR
PLACE|Kerem Shalom|ISR
ORG|Daesh;ISIS;ISIL;Islamic State|
ORG|Nusra Front;al-Nusra Front;Al-Nusra Front;Jabhat al-Nusra;Jabhat Fateh al-Sham|
ORG|Hayat Tahrir al-Sham;Tahrir al-Sham|
ORG|Taliban|AFG
ORG|Hezbollah|LBN
ORG|Hamas|PSE
ORG|Houthis;Houthi;Ansarullah;Ansar Allah|YEM
ORG|Kurdistan Workers' Party;Kurdistan Workers Party;PKK|
ORG|Islamic Republic News Agency;IRNA|IRN
ORG|Mehr News Agency;Mehr|IRN
ORG|Tasnim News Agency;Tasnim|IRN
ORG|Fars News Agency;Fars news agency;Fars News|IRN
ORG|U.S. Agency for International Development;United States Agency for International Development;USAID|USA
ORG|National Aeronautics and Space Administration;NASA|USA
ORG|COVAX|
ORG|AUKUS|
ORG|Gavi, the Vaccine Alliance;Gavi|
ORG|ISNA|IRN
ORG|Islamic Consultative Assembly News Agency;ICANA|IRN
ORG|Press TV|IRN
ORG|Al Alam;Al-Alam|IRN
ORG|Tehran Times|IRN
ORG|Anadolu Agency|TUR
ORG|Trend News Agency;Trend|AZE
ORG|Azertac;AZERTAC|AZE
ORG|APA|AZE
ORG|TASS|RUS
ORG|Sputnik|RUS
ORG|Xinhua|CHN
ORG|Reuters|
ORG|Al Jazeera|QAT
ORG|Agence France-Presse;AFP|FRA
ORG|Associated Press;AP|USA
ORG|France 24|FRA
ORG|BBC|GBR
ORG|CNN|USA
ORG|Bloomberg;Bloomberg News|USA
ORG|The Washington Post;Washington Post|USA
ORG|The New York Times;New York Times|USA
ORG|Al Arabiya|SAU
ORG|RIA Novosti|RUS
ORG|Interfax|RUS
ORG|Daily Sabah|TUR
ORG|Hurriyet;Hürriyet|TUR
ORG|Milliyet|TUR
ORG|IRIB;Islamic Republic of Iran Broadcasting|IRN
ORG|Shana|IRN
ORG|ILNA|IRN
ORG|Kazinform|KAZ
ORG|Report News Agency;Report news agency|AZE
ORG|Turan News Agency;Turan news agency;Turan Information Agency|AZE
ORG|Armenpress|ARM
ORG|AKIpress|KGZ
ORG|Kun.uz|UZB
ORG|Yonhap;Yonhap News Agency|KOR
ORG|Kyodo News;Kyodo|JPN
ORG|Global Times|CHN
ORG|CGTN|CHN
ORG|China Daily|CHN
ORG|CNBC|USA
ORG|MSNBC|USA
ORG|NBC News|USA
ORG|CBS News|USA
ORG|ABC News|USA
ORG|Fox News|USA
ORG|The Wall Street Journal;Wall Street Journal|USA
ORG|Financial Times|GBR
ORG|Deutsche Welle|DEU
ORG|Euronews|
ORG|Facebook|USA
ORG|Instagram|USA
ORG|YouTube|USA
ORG|Netflix|USA
ORG|SpaceX|USA
ORG|Twitter|
ORG|Islamic Revolutionary Guard Corps;Islamic Revolutionary Guards Corps;Islamic Revolution Guards Corps;Islamic Revolution Guard Corps;IRGC|IRN
ORG|PJAK|
ORG|People's Protection Units;YPG|
ORG|Syrian Democratic Forces;SDF|
ORG|Muslim Brotherhood|
ORG|Bucharest Nine;B9|
ORG|Visegrad Group;Visegrad Four;V4|
ORG|Three Seas Initiative|
ORG|Weimar Triangle|
ORG|SOCAR|AZE
ORG|SOFAZ|AZE
ORG|AZAL|AZE
ORG|Milli Majlis|AZE
ORG|Majlis|IRN
ORG|Dáil;Dáil Éireann;Dail Eireann|IRL
ORG|AZPROMO|AZE
ORG|Azercosmos|AZE
ORG|Azerenerji;Azerenergy|AZE
ORG|Azerishig;Azerishiq|AZE
ORG|AzerGold;Azergold|AZE
ORG|Azercell|AZE
ORG|PASHA Holding|AZE
ORG|Azernews;AzerNews|AZE
ORG|KazMunayGas;KazMunayGaz|KAZ
ORG|AZCON Holding;AZCON|AZE
ORG|ADA University|AZE
ORG|Azersu|AZE
ORG|AzerTelecom|AZE
ORG|Kapital Bank|AZE
ORG|ANAMA|AZE
ORG|Karabakh Revival Fund|AZE
ORG|KTZ|KAZ
ORG|Samruk-Kazyna|KAZ
ORG|Uzbekneftegaz|UZB
ORG|Turkmengaz|TKM
ORG|BOTAŞ;BOTAS|TUR
ORG|TPAO|TUR
ORG|Gazprom|RUS
ORG|Rosatom|RUS
ORG|Rosneft|RUS
ORG|Lukoil;LUKOIL|RUS
ORG|NIOC|IRN
ORG|NIGC|IRN
ORG|Masdar|ARE
ORG|ACWA Power|SAU
ORG|TotalEnergies|FRA
ORG|Equinor|NOR
ORG|ExxonMobil;Exxon Mobil|USA
ORG|bp|GBR
ORG|CNPC|CHN
ORG|Customs and Border Protection;CBP|USA
ORG|Immigration and Customs Enforcement|USA
ORG|Citizenship and Immigration Services;USCIS|USA
ORG|Department of Health and Human Services;Health and Human Services;HHS|USA
ORG|Centers for Disease Control and Prevention;Centers for Disease Control;CDC|USA
ORG|Federal Emergency Management Agency;FEMA|USA
ORG|Drug Enforcement Administration;DEA|USA
ORG|Federal Bureau of Investigation;FBI|USA
ORG|Central Intelligence Agency;CIA|USA
ORG|U.S. International Development Finance Corporation;International Development Finance Corporation;Development Finance Corporation;DFC|USA
ORG|Environmental Protection Agency;EPA|USA
ORG|Food and Drug Administration;FDA|USA
PROJECT|Trans-Anatolian Natural Gas Pipeline;TANAP;Trans-Anatolian Pipeline|
PROJECT|Trans Adriatic Pipeline;Trans-Adriatic Pipeline;TAP|
PROJECT|Southern Gas Corridor|
PROJECT|Baku-Tbilisi-Ceyhan;Baku-Tbilisi-Ceyhan pipeline;BTC pipeline|
PROJECT|Baku-Tbilisi-Kars;Baku-Tbilisi-Kars railway|
PROJECT|Baku-Tbilisi-Erzurum;South Caucasus Pipeline|
PROJECT|Nord Stream;Nord Stream 2|
PROJECT|TurkStream;Turkish Stream|
PROJECT|Power of Siberia|
PROJECT|North-South Transport Corridor;International North-South Transport Corridor;INSTC;North-South Corridor|
PROJECT|Middle Corridor;Trans-Caspian International Transport Route;TITR|
PROJECT|Lapis Lazuli Corridor;Lapis Lazuli|
PROJECT|Belt and Road Initiative;BRI;One Belt, One Road;Belt and Road|
PROJECT|China-Pakistan Economic Corridor;CPEC|
PROJECT|TAPI;Turkmenistan-Afghanistan-Pakistan-India pipeline|
PROJECT|Zangezur corridor|
PROJECT|Shah Deniz|
PROJECT|Trump Route for International Peace and Prosperity;TRIPP|
PROJECT|Azeri-Chirag-Deepwater Gunashli;Azeri-Chirag-Gunashli;ACG|AZE
PROJECT|Bushehr nuclear power plant;Bushehr power plant|IRN
PROJECT|President's Emergency Plan for AIDS Relief;President’s Emergency Plan for AIDS Relief;PEPFAR|USA
PROJECT|Medicare|USA
PROJECT|Medicaid|USA
PROJECT|Indo-Pacific Economic Framework for Prosperity;Indo-Pacific Economic Framework;IPEF|
DOCUMENT|Joint Comprehensive Plan of Action;JCPOA|
DOCUMENT|Paris Agreement|
DOCUMENT|Treaty on the Non-Proliferation of Nuclear Weapons;Non-Proliferation Treaty;NPT|
DOCUMENT|Convention on the Legal Status of the Caspian Sea|
EVENT_NAME|Bakutel|AZE
EVENT_NAME|Caspian Oil and Gas|AZE
EVENT_NAME|Baku Energy Week|AZE
EVENT_NAME|Baku Energy Forum|AZE
EVENT_NAME|GITEX|ARE
EVENT_NAME|Expo 2020|ARE
EVENT_NAME|World Economic Forum;WEF|
EVENT_NAME|Munich Security Conference|DEU
EVENT_NAME|Summit of the Americas|
EVENT_NAME|Valdai Discussion Club;Valdai Forum|RUS
EVENT_NAME|St. Petersburg International Economic Forum;SPIEF|RUS
EVENT_NAME|Astana Process;Astana process;Astana peace process;Astana talks;Astana peace talks;Astana negotiations;Astana format;Astana Format|
EVENT_NAME|COP26;COP 26;COP-26|
EVENT_NAME|COP29;COP 29;COP-29|AZE
EVENT_NAME|COP27;COP 27;COP-27|EGY
EVENT_NAME|COP28;COP 28;COP-28|ARE
EVENT_NAME|COP30;COP 30;COP-30|BRA
EVENT_NAME|Global Baku Forum;Baku Global Forum|AZE
EVENT_NAME|Shusha Global Media Forum|AZE
"""


@dataclass(frozen=True)
class KnownName:
    """A known non-country name: its type, fullest form, other forms and country (ISO3)."""

    type: str
    name: str
    aliases: tuple[str, ...]
    country: str | None


@functools.cache
def known_names() -> tuple[KnownName, ...]:
    """Every row of the table, parsed once."""
    rows = []
    for line in _TABLE.strip().splitlines():
        kind, names, country = line.split("|")
        parts = tuple(part.strip() for part in names.split(";") if part.strip())
        rows.append(KnownName(kind, parts[0], parts[1:], country.strip() or None))
    return tuple(rows)


@functools.cache
def _by_alias() -> dict[str, KnownName]:
    table: dict[str, KnownName] = {}
    for row in known_names():
        for alias in (row.name, *row.aliases):
            table[alias] = row
    return table


def known_by_alias(alias: str) -> KnownName | None:
    """The known name written exactly `alias`, or None."""
    return _by_alias().get(alias.strip())


def place_country(name: str) -> str | None:
    """The country (ISO3) of a place the gazetteers know: a capital or a listed city."""
    from accords.gazetteer.countries import country_by_alias

    found = country_by_alias(name)
    if found is not None and found[1] == "capital":
        return found[0]
    row = known_by_alias(name)
    return row.country if row is not None and row.type == "PLACE" else None


def all_aliases() -> dict[str, KnownName]:
    """A copy of alias -> row (for building matchers)."""
    return dict(_by_alias())


#: "the Gulf of Guinea", "the Sea of Japan", "the Straits of Florida": what a body of water is called
#: right before "of <country>" ...
_WATER_OF_BEFORE = re.compile(r"\b(?:Gulf|Sea|Bay|Strait|Straits|Bight)\s+of\s+$")
#: ... and right after a country's name or adjective: "the Indian Ocean", "the Philippine Sea", "the
#: Persian Gulf" (capitalised, as a name).
WATER_AFTER = re.compile(r"\s+(?:Ocean|Sea|Gulf|oceans)\b")  # "the Pacific and Indian oceans"


def names_water(text: str, start: int, end: int) -> bool:
    """Whether the country's name or adjective at text[start:end] is part of the name of a sea, gulf
    or ocean ("the Gulf of Mexico", "the Gulf of Finland", "the Indian Ocean"): the water is a PLACE of
    its own, and the country is not named (a lease sale in the Gulf of Mexico is no act of Mexico's).
    The places table lists the common ones as PLACEs; this holds for every such name."""
    return bool(_WATER_OF_BEFORE.search(text, max(0, start - 20), start)) or WATER_AFTER.match(text, end) is not None


#: A street, square or road named after a country ("Congo Square", "Israel Street"): a capitalised head noun
#: right after the name that ends the name (no capitalised word, nor "and" and one, goes on: "Iran Road
#: Maintenance and Transportation Organization", "China Road and Bridge Corporation" keep their country).
_SITE_AFTER = re.compile(r" (?:Square|Street|Avenue|Road|Boulevard|Lane|Plaza)\b(?!-| +[A-Z]| +(?:and|&) +[A-Z])")


def names_a_site(text: str, start: int, end: int) -> bool:
    """Whether the country's name at text[start:end] is part of the name of a street, square or road
    (`_SITE_AFTER`): "Congo Square" in New Orleans names no Congo. Asked of names only: a capital's
    "Baku Boulevard" still lies in Baku."""
    return _SITE_AFTER.match(text, end) is not None


def not_the_country(text: str, start: int, end: int) -> bool:
    """Whether the country's name or adjective at text[start:end] is part of a water's name
    (`names_water`), stands for the first peoples of the Americas ("the Bureau of Indian Affairs":
    `natives.names_first_peoples`) or names a US town with its state ("East Palestine, Ohio":
    `us_states.names_us_town`) or a US state ("New Mexico": `us_states.names_us_state`), or Americans of
    its origin ("Palestinian American leaders": `natives.names_us_people`): the country is not named."""
    from accords.gazetteer.us_states import names_us_state, names_us_town  # us_states reads this module's table

    return (names_water(text, start, end) or names_first_peoples(text, start, end) or names_us_town(text, start, end)
            or names_us_state(text, start, end) or names_us_people(text, start, end))
