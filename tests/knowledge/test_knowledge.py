"""accords.knowledge: office holders with terms, and the home country of outlets."""

from __future__ import annotations

import pytest

from accords import knowledge


@pytest.mark.parametrize(("names", "title", "date", "country"), [
    (["Biden"], "President", "2023-05-01", "USA"),
    (["Pashinyan"], "Prime Minister", None, "ARM"),  # title fits the office: no date needed
    (["Mohammad Javad Zarif"], None, None, "IRN"),  # a full name needs neither
    (["Zarif"], None, None, None),  # a surname alone, no title, no date: too common a form
    (["Zarif"], None, "2019-03-01", "IRN"),  # ... but the date falls in his term
    (["Netanyahu"], "Prime Minister", "2022-08-01", "ISR"),  # between terms: the title still fits
    (["Ursula von der Leyen"], "European Commission President", "2023-01-10", "EU"),
    (["Rutte"], None, "2024-12-01", "NATO"),  # the term covering the date wins over the earlier office
    (["Rutte"], None, "2019-01-01", "NLD"),
    (["Harris"], "Vice President", "2022-03-01", "USA"),
    (["Smith"], "President", "2022-03-01", None),
    (["Pope Francis"], None, "2024-06-14", "VAT"),
    (["Pope Leo XIV"], None, "2025-06-01", "VAT"),
], ids=["biden-2023", "pashinyan-title", "zarif-full", "zarif-bare", "zarif-dated", "netanyahu-gap", "von-der-leyen",
        "rutte-nato", "rutte-nld", "harris-vp", "unknown", "pope-francis", "pope-leo"])
def test_country_of_person(names, title, date, country):
    assert knowledge.country_of_person(names, title, date) == country


@pytest.mark.parametrize(("country", "title", "date", "name"), [
    ("USA", "President", "2023-02-01", "Joseph R. Biden"),
    ("USA", "President", "2025-06-01", "Donald J. Trump"),  # offices change: the date decides
    ("USA", "President", "2019-06-01", "Donald J. Trump"),
    ("USA", "Vice President", "2022-01-01", "Kamala D. Harris"),
    ("USA", "Secretary of State", "2025-03-01", "Marco Rubio"),
    ("IRN", "President", "2022-01-01", "Ebrahim Raisi"),
    ("USA", "President", None, None),  # no date: no holder
    ("USA", "Prime Minister", "2022-01-01", None),  # no such office
], ids=["biden", "trump-2025", "trump-2019", "harris", "rubio", "raisi", "no-date", "no-office"])
def test_holder(country, title, date, name):
    term = knowledge.holder(country, title, date)
    assert (term.name if term else None) == name


@pytest.mark.parametrize(("title", "kind"), [
    ("President", "state"), ("Vice President", "vice"), ("Prime Minister", "government"), ("Chancellor", "government"),
    ("Minister of Foreign Affairs", "foreign"), ("Secretary of State", "foreign"), ("former President", None),
    ("Deputy Prime Minister", None), ("Minister of Roads", None), (None, None), ("Vice Premier", None),
    ("Minister of Industry, Mine and Trade", "trade"), ("Economy Minister", "economy"), ("Finance Minister", "finance"),
], ids=lambda v: str(v))
def test_office_kind(title, kind):
    assert knowledge.office_kind(title) == kind


@pytest.mark.parametrize(("source", "url", "country"), [
    ("The White House", None, "USA"),
    (None, "https://bidenwhitehouse.archives.gov/briefing-room/statements-releases/2022/01/01/x/", "USA"),
    (None, "https://www.tehrantimes.com/news/409405/x", "IRN"),
    ("Azernews", None, "AZE"),
    ("BBC News", "https://www.bbc.com/news/x", None),
], ids=["wh-name", "wh-archive-url", "tt-url", "azernews", "unknown"])
def test_home_country(source, url, country):
    assert knowledge.home_country(source, url) == country


def test_every_row_cites_a_source_and_valid_dates():
    for term in knowledge.terms():
        assert term.source.strip(), term
        if term.origin == "curated":  # a curated term starts on a known day and ends after it
            assert term.start is not None, term
            assert term.end is None or term.end > term.start, term
        else:  # a harvested row spans the days it was seen (none for undated corpora)
            assert (term.start is None) == (term.end is None), term
            assert term.start is None or term.end >= term.start, term


@pytest.mark.parametrize(("country", "title", "date", "name"), [
    ("FRA", "Prime Minister", "2024-10-01", "Michel Barnier"),
    ("FRA", "Prime Minister", "2025-03-01", "François Bayrou"),
    ("GBR", "Prime Minister", "2025-01-01", "Keir Starmer"),  # the Chancellor of the Exchequer heads no government
    ("GBR", "Foreign Secretary", "2024-09-01", "David Lammy"),
    ("GBR", "Chancellor of the Exchequer", "2025-01-01", "Rachel Reeves"),
    ("DEU", "Foreign Minister", "2024-06-01", "Annalena Baerbock"),
    ("DEU", "Foreign Minister", "2025-06-01", "Johann Wadephul"),
    ("TUR", "Trade Minister", "2025-02-01", "Ömer Bolat"),
    ("TUR", "Energy Minister", "2020-02-01", "Fatih Dönmez"),
    ("TUR", "Minister of Energy and Natural Resources", "2025-02-01", "Alparslan Bayraktar"),
    ("RUS", "Minister of Economic Development", "2025-02-01", "Maxim Reshetnikov"),
    ("IRN", "Oil Minister", "2025-02-01", "Mohsen Paknejad"),  # oil and energy are two ministries in Iran
    ("IRN", "Energy Minister", "2025-02-01", "Abbas Aliabadi"),
    ("IRN", "Economy Minister", "2024-12-01", "Abdolnaser Hemmati"),
    ("AZE", "Finance Minister", "2025-02-01", "Samir Sharifov"),
    ("KAZ", "Prime Minister", "2025-02-01", "Olzhas Bektenov"),
    ("KAZ", "Prime Minister", "2023-02-01", "Alikhan Smailov"),
    ("UKR", "Prime Minister", "2025-08-01", "Yulia Svyrydenko"),
    ("USA", "Secretary of Energy", "2025-06-01", "Chris Wright"),
    ("USA", "Secretary of Energy", "2023-06-01", "Jennifer M. Granholm"),
    ("CAN", "Foreign Minister", "2025-07-01", "Anita Anand"),
    ("JPN", "Foreign Minister", "2025-03-01", "Takeshi Iwaya"),
    ("PAK", "President", "2025-03-01", "Asif Ali Zardari"),
    ("HUN", "Foreign Minister", "2025-03-01", "Péter Szijjártó"),
    ("OSCE", "Secretary General", "2025-03-01", "Feridun Sinirlioğlu"),
    ("WTO", "Director-General", "2025-03-01", "Ngozi Okonjo-Iweala"),
    ("SCO", "Secretary-General", "2025-03-01", "Nurlan Yermekbayev"),
    ("KAZ", "Foreign Minister", "2024-06-01", "Murat Nurtleu"),
    ("KAZ", "Foreign Minister", "2025-11-01", "Yermek Kosherbayev"),
    ("UZB", "Foreign Minister", "2025-03-01", "Bakhtiyor Saidov"),
    ("GEO", "Foreign Minister", "2025-03-01", "Maka Botchorishvili"),
    ("IRN", "Economy Minister", "2025-07-01", "Ali Madanizadeh"),
    ("IRN", "Economy Minister", "2025-04-01", None),  # between the impeachment and the successor's vote
    ("KOR", "Foreign Minister", "2025-09-01", "Cho Hyun"),
    ("JPN", "Finance Minister", "2025-11-01", "Satsuki Katayama"),
    ("CHN", "Premier", "2025-05-01", "Li Qiang"),  # a vice premier is no premier
], ids=["fra-pm-2024", "fra-pm-2025", "gbr-pm-not-chancellor", "gbr-fs-2024", "gbr-exchequer", "deu-fm-2024",
        "deu-fm-2025", "tur-trade", "tur-energy-2020", "tur-energy-portfolio", "rus-economy", "irn-oil", "irn-energy",
        "irn-economy", "aze-finance", "kaz-pm-2025", "kaz-pm-2023", "ukr-pm-2025", "usa-energy-2025", "usa-energy-2023",
        "can-fm-2025", "jpn-fm-2025", "pak-president", "hun-fm", "osce-sg", "wto-dg", "sco-sg",
        "kaz-fm-2024", "kaz-fm-2025", "uzb-fm", "geo-fm", "irn-economy-2025", "irn-economy-vacant", "kor-fm",
        "jpn-finance", "chn-premier-not-vice"])
def test_holder_of_partners_by_date(country, title, date, name):
    term = knowledge.holder(country, title, date)
    assert (term.name if term else None) == name


@pytest.mark.parametrize(("names", "title", "date", "country"), [
    (["Mike Waltz"], "Ambassador to the United Nations", "2025-10-01", "USA"),
    (["Hegseth"], "Secretary of War", "2025-10-01", "USA"),
    (["Denys Shmyhal"], "Defence Minister", "2025-09-01", "UKR"),
    (["Rustem Umerov"], None, "2025-09-01", "UKR"),
    (["Ali Larijani"], None, "2025-09-01", "IRN"),
    (["Sayyid Badr bin Hamad bin Hamood Albusaidi"], None, "2023-03-11", "OMN"),
    (["Tom Barrack"], "Special Envoy for Syria", "2025-07-01", "USA"),
    (["He Lifeng"], "Vice Premier", "2025-05-10", "CHN"),
], ids=["waltz-un", "hegseth-war", "shmyhal-defence", "umerov-nsdc", "larijani-snsc", "albusaidi-full", "barrack",
        "he-lifeng"])
def test_country_of_people_of_2025(names, title, date, country):
    """Holders a White House, Azernews or Tehran Times text of 2025-2026 names by full name or title."""
    assert knowledge.country_of_person(names, title, date) == country


def test_curated_holders_do_not_overlap():
    """Every curated term of a known kind is the one holder of that office on its first, middle
    and last days (two rows of one kind may not claim one office at once), except where the
    office is shared by design (the EU's several presidents)."""
    import datetime as dt

    for term in knowledge.terms():
        if term.origin != "curated" or knowledge.office_kind(term.office) is None or term.country == "EU":
            continue
        end = term.end or dt.date(2026, 12, 1)
        for day in (term.start + dt.timedelta(days=1), term.start + (end - term.start) / 2, end - dt.timedelta(days=1)):
            found = knowledge.holder(term.country, term.office, day.isoformat())
            assert found is not None and found.name == term.name, (term, day)


@pytest.mark.parametrize(("title", "kind"), [
    ("Chancellor of the Exchequer", "finance"), ("Secretary of State for Business and Trade", "trade"),
    ("Secretary of State for Energy Security and Net Zero", "energy"), ("Minister of Economic Development", "economy"),
    ("Minister of Treasury and Finance", "finance"), ("Oil Minister", "oil"), ("Secretary of Energy", "energy"),
], ids=lambda v: str(v))
def test_office_kind_of_portfolios(title, kind):
    assert knowledge.office_kind(title) == kind


@pytest.mark.parametrize(("country", "title", "date", "name"), [
    ("AFG", "Foreign Minister", "2025-10-01", "Amir Khan Muttaqi"),
    ("AFG", "Prime Minister", "2025-10-01", "Mohammad Hassan Akhund"),
    ("AFG", "Supreme Leader", "2025-10-01", "Hibatullah Akhundzada"),
    ("IRQ", "Foreign Minister", "2025-03-01", "Fuad Hussein"),
    ("TJK", "Foreign Minister", "2025-03-01", "Sirojiddin Muhriddin"),
    ("BHR", "Prime Minister", "2025-03-01", "Salman bin Hamad Al Khalifa"),
    ("KWT", "Prime Minister", "2025-03-01", "Ahmad Abdullah Al-Ahmad Al-Sabah"),
    ("IRN", "Supreme Leader", "2025-03-01", "Ali Khamenei"),  # Afghanistan's leader is not Iran's
], ids=["afg-fm", "afg-pm", "afg-leader", "irq-fm", "tjk-fm", "bhr-pm", "kwt-pm", "irn-leader-unchanged"])
def test_holders_of_irans_neighbours(country, title, date, name):
    """Fourteenth session: the neighbours of Iran and Azerbaijan a Tehran Times or Azernews text of
    2025-2026 names by title ("Afghan Foreign Minister", "the Tajik foreign minister")."""
    term = knowledge.holder(country, title, date)
    assert (term.name if term else None) == name
