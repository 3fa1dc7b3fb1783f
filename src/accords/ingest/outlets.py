"""The outlet a URL belongs to, for records and pages that name no source.

A record from a scraper often carries the article's link but not the outlet's name; an
analyst still wants "Azernews", not null. Known outlets are looked up by registered domain
(subdomains such as www. or en. included); unknown domains give None rather than a guess.
"""

from __future__ import annotations

from urllib.parse import urlsplit

#: Registered domain -> the outlet's name as it writes it.
OUTLETS = {
    "azernews.az": "Azernews", "trend.az": "Trend", "apa.az": "APA", "report.az": "Report",
    "azertag.az": "AZERTAC", "news.az": "News.az", "caliber.az": "Caliber",
    "tehrantimes.com": "Tehran Times", "irna.ir": "IRNA", "mehrnews.com": "Mehr News Agency",
    "tasnimnews.com": "Tasnim News Agency", "presstv.ir": "Press TV", "isna.ir": "ISNA",
    "farsnews.ir": "Fars News Agency", "ifpnews.com": "IFP News", "irandaily.ir": "Iran Daily",
    "dailysabah.com": "Daily Sabah", "hurriyetdailynews.com": "Hürriyet Daily News",
    "aa.com.tr": "Anadolu Agency", "trtworld.com": "TRT World",
    "tass.com": "TASS", "ria.ru": "RIA Novosti", "interfax.com": "Interfax",
    "akorda.kz": "Akorda", "inform.kz": "Kazinform", "astanatimes.com": "The Astana Times",
    "kabar.kg": "Kabar", "uza.uz": "UzA", "gazeta.uz": "Gazeta.uz", "khovar.tj": "Khovar",
    "tdh.gov.tm": "TDH", "turkmenistan.gov.tm": "Turkmenistan Today",
    "armenpress.am": "Armenpress", "civil.ge": "Civil Georgia", "agenda.ge": "Agenda.ge",
    "xinhuanet.com": "Xinhua", "news.cn": "Xinhua", "globaltimes.cn": "Global Times",
    "reuters.com": "Reuters", "apnews.com": "AP", "bbc.co.uk": "BBC", "bbc.com": "BBC",
    "aljazeera.com": "Al Jazeera", "euronews.com": "Euronews", "dw.com": "DW",
    "france24.com": "France 24", "cnn.com": "CNN", "nytimes.com": "The New York Times",
    "theguardian.com": "The Guardian", "ft.com": "Financial Times", "bloomberg.com": "Bloomberg",
    "eurasianet.org": "Eurasianet", "rferl.org": "RFE/RL",
}


def outlet_from_url(url: str | None) -> str | None:
    """The outlet of a known news site from its URL (``https://www.azernews.az/...`` -> Azernews)."""
    if not url:
        return None
    host = (urlsplit(url.strip()).hostname or "").lower().rstrip(".")
    labels = host.split(".")
    for start in range(len(labels) - 1):
        name = OUTLETS.get(".".join(labels[start:]))
        if name is not None:
            return name
    return None
