"""Countries: ISO 3166-1 alpha-3 codes with names, old and new names, demonyms and capitals.

The table below is our own (written for accords, not copied from a library): every UN member
state, the two observer states and a few other territories news often treats as countries (the Pacific
Islands Forum's members Cook Islands, Niue and New Caledonia among them).
Each line is ``ISO3 | names | demonyms and adjectives | capitals``, with ``;`` between
variants; the first name is the one an entity is shown with. Matching is case-sensitive, so
"US" is the United States and "us" is a pronoun.

Left out because they mostly mean something else: the capitals "Male" and "Victoria",
"Persian" (Persian Gulf, the language), "Arab", "Korean" alone, "Latin"; "America" is kept but the regions gazetteer
(`accords.gazetteer.places`) has "Latin America" etc., and the longer match wins. "Congolese" is the
Democratic Republic of the Congo's: the Congo news tells of ("Congolese President Tshisekedi").
"Dominican" is the Dominican Republic's ("the Dominican government", "Dominican clinics"), not
Dominica's.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

#: The five Caspian littoral states (a fixed set: "the Caspian states", "the littoral states"), for the events'
#: groups (`accords.events.groups`) and the figures' subjects (`accords.indicators.subjects`).
CASPIAN_STATES = ("AZE", "IRN", "KAZ", "RUS", "TKM")
#: The three states of northern Central America ("the Northern Triangle"), for the figures' subjects
#: (`accords.indicators.subjects`): Guatemala, Honduras and El Salvador.
NORTHERN_CENTRAL_AMERICA = ("GTM", "HND", "SLV")

_TABLE = """
AFG|Afghanistan;Islamic Republic of Afghanistan;Islamic Emirate of Afghanistan|Afghan;Afghans;Afghani|Kabul
ALB|Albania;Republic of Albania|Albanian;Albanians|Tirana
DZA|Algeria;People's Democratic Republic of Algeria|Algerian;Algerians|Algiers
AND|Andorra|Andorran|Andorra la Vella
AGO|Angola;Republic of Angola|Angolan;Angolans|Luanda
ATG|Antigua and Barbuda|Antiguan|Saint John's
ARG|Argentina;Argentine Republic|Argentine;Argentinian;Argentines;Argentinians|Buenos Aires
ARM|Armenia;Republic of Armenia|Armenian;Armenians|Yerevan
AUS|Australia;Commonwealth of Australia|Australian;Australians|Canberra
AUT|Austria;Republic of Austria|Austrian;Austrians|Vienna
AZE|Azerbaijan;Republic of Azerbaijan;Azerbaijan Republic;Azerbaijani Republic|Azerbaijani;Azerbaijanis;Azeri;Azeris;Azerbaijanian|Baku
BHS|Bahamas;The Bahamas;Commonwealth of the Bahamas|Bahamian|Nassau
BHR|Bahrain;Kingdom of Bahrain|Bahraini;Bahrainis|Manama
BGD|Bangladesh;People's Republic of Bangladesh|Bangladeshi;Bangladeshis|Dhaka
BRB|Barbados|Barbadian|Bridgetown
BLR|Belarus;Republic of Belarus;Byelorussia|Belarusian;Belarusians;Belarussian|Minsk
BEL|Belgium;Kingdom of Belgium|Belgian;Belgians|Brussels
BLZ|Belize|Belizean|Belmopan
BEN|Benin;Republic of Benin|Beninese|Porto-Novo
BTN|Bhutan;Kingdom of Bhutan|Bhutanese|Thimphu
BOL|Bolivia;Plurinational State of Bolivia|Bolivian;Bolivians|Sucre;La Paz
BIH|Bosnia and Herzegovina;Bosnia-Herzegovina;Bosnia|Bosnian;Bosnians|Sarajevo
BWA|Botswana;Republic of Botswana|Botswanan;Motswana|Gaborone
BRA|Brazil;Federative Republic of Brazil|Brazilian;Brazilians|Brasilia;Brasília
BRN|Brunei;Brunei Darussalam|Bruneian|Bandar Seri Begawan
BGR|Bulgaria;Republic of Bulgaria|Bulgarian;Bulgarians|Sofia
BFA|Burkina Faso|Burkinabe;Burkinabè|Ouagadougou
BDI|Burundi;Republic of Burundi|Burundian|Gitega
CPV|Cabo Verde;Cape Verde|Cape Verdean;Cabo Verdean|Praia
KHM|Cambodia;Kingdom of Cambodia|Cambodian;Cambodians|Phnom Penh
CMR|Cameroon;Republic of Cameroon|Cameroonian;Cameroonians|Yaounde;Yaoundé
CAN|Canada|Canadian;Canadians|Ottawa
CAF|Central African Republic|Central African|Bangui
TCD|Chad;Republic of Chad|Chadian;Chadians|N'Djamena
CHL|Chile;Republic of Chile|Chilean;Chileans|Santiago
CHN|China;People's Republic of China;PRC;Mainland China|Chinese|Beijing
COL|Colombia;Republic of Colombia|Colombian;Colombians|Bogota;Bogotá
COM|Comoros;Union of the Comoros|Comorian|Moroni
COG|Congo;Republic of the Congo;Congo-Brazzaville||Brazzaville
COD|Democratic Republic of the Congo;Democratic Republic of Congo;DR Congo;DRC;Congo-Kinshasa|Congolese|Kinshasa
CRI|Costa Rica;Republic of Costa Rica|Costa Rican;Costa Ricans|San Jose;San José
CIV|Cote d'Ivoire;Côte d'Ivoire;Ivory Coast|Ivorian;Ivorians|Yamoussoukro
HRV|Croatia;Republic of Croatia|Croatian;Croatians;Croat;Croats|Zagreb
CUB|Cuba;Republic of Cuba|Cuban;Cubans|Havana
CYP|Cyprus;Republic of Cyprus|Cypriot;Cypriots|Nicosia
CZE|Czechia;Czech Republic|Czech;Czechs|Prague
DNK|Denmark;Kingdom of Denmark|Danish;Danes|Copenhagen
DJI|Djibouti;Republic of Djibouti|Djiboutian|
DMA|Dominica;Commonwealth of Dominica||Roseau
DOM|Dominican Republic|Dominican;Dominicans|Santo Domingo
ECU|Ecuador;Republic of Ecuador|Ecuadorian;Ecuadorians|Quito
EGY|Egypt;Arab Republic of Egypt|Egyptian;Egyptians|Cairo
SLV|El Salvador;Republic of El Salvador|Salvadoran;Salvadorans|San Salvador
GNQ|Equatorial Guinea|Equatoguinean|Malabo
ERI|Eritrea;State of Eritrea|Eritrean;Eritreans|Asmara
EST|Estonia;Republic of Estonia|Estonian;Estonians|Tallinn
SWZ|Eswatini;Swaziland;Kingdom of Eswatini|Swazi;Emaswati|Mbabane
ETH|Ethiopia;Federal Democratic Republic of Ethiopia|Ethiopian;Ethiopians|Addis Ababa
FJI|Fiji;Republic of Fiji|Fijian;Fijians|Suva
FIN|Finland;Republic of Finland|Finnish;Finns|Helsinki
FRA|France;French Republic|French|Paris
GAB|Gabon;Gabonese Republic|Gabonese|Libreville
GMB|Gambia;The Gambia;Republic of the Gambia|Gambian;Gambians|Banjul
GEO|Georgia|Georgian;Georgians|Tbilisi
DEU|Germany;Federal Republic of Germany|German;Germans|Berlin
GHA|Ghana;Republic of Ghana|Ghanaian;Ghanaians|Accra
GRC|Greece;Hellenic Republic|Greek;Greeks|Athens
GRD|Grenada|Grenadian|Saint George's
GTM|Guatemala;Republic of Guatemala|Guatemalan;Guatemalans|Guatemala City
GIN|Guinea;Republic of Guinea|Guinean;Guineans|Conakry
GNB|Guinea-Bissau;Republic of Guinea-Bissau|Bissau-Guinean|Bissau
GUY|Guyana;Co-operative Republic of Guyana|Guyanese|Georgetown
HTI|Haiti;Republic of Haiti|Haitian;Haitians|Port-au-Prince
HND|Honduras;Republic of Honduras|Honduran;Hondurans|Tegucigalpa
HUN|Hungary|Hungarian;Hungarians|Budapest
ISL|Iceland|Icelandic;Icelanders|Reykjavik;Reykjavík
IND|India;Republic of India|Indian;Indians|New Delhi
IDN|Indonesia;Republic of Indonesia|Indonesian;Indonesians|Jakarta
IRN|Iran;Islamic Republic of Iran;Islamic Republic;I.R. Iran;IR Iran|Iranian;Iranians|Tehran;Teheran
IRQ|Iraq;Republic of Iraq|Iraqi;Iraqis|Baghdad
IRL|Ireland;Republic of Ireland|Irish|Dublin
ISR|Israel;State of Israel;Zionist regime|Israeli;Israelis|Tel Aviv
ITA|Italy;Italian Republic|Italian;Italians|Rome
JAM|Jamaica|Jamaican;Jamaicans|Kingston
JPN|Japan|Japanese|Tokyo
JOR|Jordan;Hashemite Kingdom of Jordan|Jordanian;Jordanians|Amman
KAZ|Kazakhstan;Republic of Kazakhstan;Qazaqstan|Kazakh;Kazakhs;Kazakhstani;Kazakhstanis|Astana;Nur-Sultan
KEN|Kenya;Republic of Kenya|Kenyan;Kenyans|Nairobi
KIR|Kiribati|I-Kiribati|Tarawa
PRK|North Korea;Democratic People's Republic of Korea;DPRK|North Korean;North Koreans|Pyongyang
KOR|South Korea;Republic of Korea;Korea;ROK|South Korean;South Koreans|Seoul
KWT|Kuwait;State of Kuwait|Kuwaiti;Kuwaitis|Kuwait City
KGZ|Kyrgyzstan;Kyrgyz Republic;Kirghizia|Kyrgyz;Kyrgyzstani;Kirghiz|Bishkek
LAO|Laos;Lao People's Democratic Republic;Lao PDR|Lao;Laotian;Laotians|Vientiane
LVA|Latvia;Republic of Latvia|Latvian;Latvians|Riga
LBN|Lebanon;Lebanese Republic|Lebanese|Beirut
LSO|Lesotho;Kingdom of Lesotho|Basotho;Mosotho|Maseru
LBR|Liberia;Republic of Liberia|Liberian;Liberians|Monrovia
LBY|Libya;State of Libya|Libyan;Libyans|Tripoli
LIE|Liechtenstein|Liechtensteiner|Vaduz
LTU|Lithuania;Republic of Lithuania|Lithuanian;Lithuanians|Vilnius
LUX|Luxembourg;Grand Duchy of Luxembourg|Luxembourgish;Luxembourger|
MDG|Madagascar;Republic of Madagascar|Malagasy|Antananarivo
MWI|Malawi;Republic of Malawi|Malawian;Malawians|Lilongwe
MYS|Malaysia|Malaysian;Malaysians|Kuala Lumpur;Putrajaya
MDV|Maldives;Republic of Maldives|Maldivian;Maldivians|
MLI|Mali;Republic of Mali|Malian;Malians|Bamako
MLT|Malta;Republic of Malta|Maltese|Valletta
MHL|Marshall Islands;Republic of the Marshall Islands|Marshallese|Majuro
MRT|Mauritania;Islamic Republic of Mauritania|Mauritanian;Mauritanians|Nouakchott
MUS|Mauritius;Republic of Mauritius|Mauritian;Mauritians|Port Louis
MEX|Mexico;United Mexican States|Mexican;Mexicans|Mexico City
FSM|Micronesia;Federated States of Micronesia|Micronesian|Palikir
MDA|Moldova;Republic of Moldova|Moldovan;Moldovans|Chisinau;Chișinău
MCO|Monaco;Principality of Monaco|Monegasque|
MNG|Mongolia|Mongolian;Mongolians|Ulaanbaatar;Ulan Bator
MNE|Montenegro|Montenegrin;Montenegrins|Podgorica
MAR|Morocco;Kingdom of Morocco|Moroccan;Moroccans|Rabat
MOZ|Mozambique;Republic of Mozambique|Mozambican;Mozambicans|Maputo
MMR|Myanmar;Burma;Republic of the Union of Myanmar|Myanmar;Burmese|Naypyidaw;Nay Pyi Taw
NAM|Namibia;Republic of Namibia|Namibian;Namibians|Windhoek
NRU|Nauru;Republic of Nauru|Nauruan|Yaren
NPL|Nepal|Nepali;Nepalese|Kathmandu
NLD|Netherlands;The Netherlands;Kingdom of the Netherlands;Holland|Dutch|Amsterdam;The Hague
NZL|New Zealand|New Zealander;New Zealanders|Wellington
NIC|Nicaragua;Republic of Nicaragua|Nicaraguan;Nicaraguans|Managua
NER|Niger;Republic of the Niger|Nigerien;Nigeriens|Niamey
NGA|Nigeria;Federal Republic of Nigeria|Nigerian;Nigerians|Abuja
MKD|North Macedonia;Republic of North Macedonia;Macedonia|Macedonian;Macedonians|Skopje
NOR|Norway;Kingdom of Norway|Norwegian;Norwegians|Oslo
OMN|Oman;Sultanate of Oman|Omani;Omanis|Muscat
PAK|Pakistan;Islamic Republic of Pakistan|Pakistani;Pakistanis|Islamabad
PLW|Palau;Republic of Palau|Palauan|Ngerulmud
PAN|Panama;Republic of Panama|Panamanian;Panamanians|Panama City
PNG|Papua New Guinea;PNG|Papua New Guinean|Port Moresby
PRY|Paraguay;Republic of Paraguay|Paraguayan;Paraguayans|Asuncion;Asunción
PER|Peru;Republic of Peru|Peruvian;Peruvians|Lima
PHL|Philippines;The Philippines;Republic of the Philippines|Filipino;Filipinos;Philippine|Manila
POL|Poland;Republic of Poland|Polish;Poles|Warsaw
PRT|Portugal;Portuguese Republic|Portuguese|Lisbon
QAT|Qatar;State of Qatar|Qatari;Qataris|Doha
ROU|Romania|Romanian;Romanians|Bucharest
RUS|Russia;Russian Federation|Russian;Russians|Moscow
RWA|Rwanda;Republic of Rwanda|Rwandan;Rwandans|Kigali
KNA|Saint Kitts and Nevis;St Kitts and Nevis|Kittitian|Basseterre
LCA|Saint Lucia;St Lucia|Saint Lucian|Castries
VCT|Saint Vincent and the Grenadines;St Vincent and the Grenadines|Vincentian|Kingstown
WSM|Samoa;Independent State of Samoa|Samoan;Samoans|Apia
SMR|San Marino;Republic of San Marino|Sammarinese|
STP|Sao Tome and Principe;São Tomé and Príncipe|Santomean|Sao Tome;São Tomé
SAU|Saudi Arabia;Kingdom of Saudi Arabia;KSA|Saudi;Saudis;Saudi Arabian|Riyadh
SEN|Senegal;Republic of Senegal|Senegalese|Dakar
SRB|Serbia;Republic of Serbia|Serbian;Serbians;Serb;Serbs|Belgrade
SYC|Seychelles;Republic of Seychelles|Seychellois|
SLE|Sierra Leone;Republic of Sierra Leone|Sierra Leonean|Freetown
SGP|Singapore;Republic of Singapore|Singaporean;Singaporeans|
SVK|Slovakia;Slovak Republic|Slovak;Slovaks|Bratislava
SVN|Slovenia;Republic of Slovenia|Slovenian;Slovene;Slovenians|Ljubljana
SLB|Solomon Islands|Solomon Islander|Honiara
SOM|Somalia;Federal Republic of Somalia|Somali;Somalis|Mogadishu
ZAF|South Africa;Republic of South Africa|South African;South Africans|Pretoria;Cape Town
SSD|South Sudan;Republic of South Sudan|South Sudanese|Juba
ESP|Spain;Kingdom of Spain|Spanish;Spaniards|Madrid
LKA|Sri Lanka;Democratic Socialist Republic of Sri Lanka|Sri Lankan;Sri Lankans|Colombo;Sri Jayawardenepura Kotte
SDN|Sudan;Republic of the Sudan|Sudanese|Khartoum
SUR|Suriname;Republic of Suriname|Surinamese|Paramaribo
SWE|Sweden;Kingdom of Sweden|Swedish;Swedes|Stockholm
CHE|Switzerland;Swiss Confederation|Swiss|Bern;Berne
SYR|Syria;Syrian Arab Republic|Syrian;Syrians|Damascus
TJK|Tajikistan;Republic of Tajikistan|Tajik;Tajiks;Tajikistani|Dushanbe
TZA|Tanzania;United Republic of Tanzania|Tanzanian;Tanzanians|Dodoma
THA|Thailand;Kingdom of Thailand|Thai|Bangkok
TLS|Timor-Leste;East Timor|Timorese|Dili
TGO|Togo;Togolese Republic|Togolese|Lome;Lomé
TON|Tonga;Kingdom of Tonga|Tongan|Nuku'alofa
TTO|Trinidad and Tobago|Trinidadian;Tobagonian|Port of Spain
TUN|Tunisia;Republic of Tunisia|Tunisian;Tunisians|Tunis
TUR|Turkey;Türkiye;Turkiye;Republic of Turkey;Republic of Türkiye|Turkish;Turks|Ankara
TKM|Turkmenistan|Turkmen;Turkmens;Turkmenistani|Ashgabat;Ashkhabad
TUV|Tuvalu|Tuvaluan|Funafuti
UGA|Uganda;Republic of Uganda|Ugandan;Ugandans|Kampala
UKR|Ukraine|Ukrainian;Ukrainians|Kyiv;Kiev
ARE|United Arab Emirates;UAE;U.A.E.;Emirates|Emirati;Emiratis|Abu Dhabi
GBR|United Kingdom;UK;U.K.;Britain;Great Britain;United Kingdom of Great Britain and Northern Ireland|British;Briton;Britons|London
USA|United States;US;U.S.;USA;U.S.A.;United States of America;America|American;Americans|Washington;Washington, D.C.;Washington DC
URY|Uruguay;Oriental Republic of Uruguay|Uruguayan;Uruguayans|Montevideo
UZB|Uzbekistan;Republic of Uzbekistan|Uzbek;Uzbeks;Uzbekistani|Tashkent
VUT|Vanuatu;Republic of Vanuatu|Ni-Vanuatu|Port Vila
VEN|Venezuela;Bolivarian Republic of Venezuela|Venezuelan;Venezuelans|Caracas
VNM|Vietnam;Viet Nam;Socialist Republic of Vietnam|Vietnamese|Hanoi
YEM|Yemen;Republic of Yemen|Yemeni;Yemenis|Sanaa;Sana'a
ZMB|Zambia;Republic of Zambia|Zambian;Zambians|Lusaka
ZWE|Zimbabwe;Republic of Zimbabwe|Zimbabwean;Zimbabweans|Harare
VAT|Vatican;Holy See;Vatican City|Vatican|
PSE|Palestine;State of Palestine;Palestinian Territories|Palestinian;Palestinians|Ramallah
TWN|Taiwan;Republic of China|Taiwanese|Taipei
HKG|Hong Kong||
XKX|Kosovo;Republic of Kosovo|Kosovar;Kosovars|Pristina
COK|Cook Islands|Cook Islander;Cook Islanders|Avarua
NIU|Niue|Niuean;Niueans|Alofi
NCL|New Caledonia|New Caledonian;New Caledonians|Noumea;Nouméa
"""


@dataclass(frozen=True)
class Country:
    """One country: its ISO 3166-1 alpha-3 code and every way the text may name it."""

    iso3: str
    name: str
    names: tuple[str, ...]
    demonyms: tuple[str, ...]
    capitals: tuple[str, ...]


def _split(field: str) -> tuple[str, ...]:
    return tuple(part.strip() for part in field.split(";") if part.strip())


@functools.cache
def countries() -> tuple[Country, ...]:
    """Every country of the table, parsed once."""
    rows = []
    for line in _TABLE.strip().splitlines():
        iso3, names, demonyms, capitals = line.split("|")
        parsed = _split(names)
        rows.append(Country(iso3, parsed[0], parsed, _split(demonyms), _split(capitals)))
    return tuple(rows)


@functools.cache
def _by_iso3() -> dict[str, Country]:
    return {country.iso3: country for country in countries()}


@functools.cache
def _aliases() -> dict[str, tuple[str, str]]:
    """Alias (exact case) -> (ISO3, kind), kind one of name, demonym, capital."""
    table: dict[str, tuple[str, str]] = {}
    for country in countries():
        for kind, values in (("capital", country.capitals), ("demonym", country.demonyms), ("name", country.names)):
            for value in values:
                table[value] = (country.iso3, kind)  # names win over a demonym spelled alike
                if value.startswith("The "):
                    table["the" + value[3:]] = (country.iso3, kind)
    return table


def country_by_iso3(iso3: str) -> Country | None:
    """The country with this ISO 3166-1 alpha-3 code, or None."""
    return _by_iso3().get(iso3.upper())


def country_by_alias(alias: str) -> tuple[str, str] | None:
    """(ISO3, kind) for a name, demonym or capital exactly as written; kind is name/demonym/capital.

    Typographic apostrophes are straightened first, so "People’s Republic of China" works.
    """
    return _aliases().get(alias.replace("\u2019", "'").strip())


def all_aliases() -> dict[str, tuple[str, str]]:
    """A copy of the alias table (for building matchers)."""
    return dict(_aliases())
