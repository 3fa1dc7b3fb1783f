"""HTML pages to articles: real pages (newspaper4k tests, article-extraction-benchmark).

Expected values come from the pages' own metadata files where they state the fact
(date, outlet, URL) and from the pages themselves otherwise (trafilatura reads the
``og:title``, which differs from newspaper4k's ``<title>`` on the TIME page).
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from pathlib import Path

import pytest

from accords.errors import IngestError
from accords.ingest import Rejected, make_article
from accords.readers import read_path
from accords.web.html import article_from_html, fragment_text

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "web"
NEWSPAPER = FIXTURES / "newspaper4k"
AEB = FIXTURES / "aeb"


def token_f1(predicted: str, expected: str) -> float:
    pred, true = Counter(re.findall(r"\w+", predicted)), Counter(re.findall(r"\w+", expected))
    overlap = sum((pred & true).values())
    precision, recall = overlap / sum(pred.values()), overlap / sum(true.values())
    return 2 * precision * recall / (precision + recall)


NEWSPAPER_CASES = [
    ("cnn_article", "After storm, forecasters see smooth sailing for Thanksgiving",
     "Dana A Ford; James S A Corey; Chien-Ming Wang; Tom Watkins; CNN", "CNN",
     "http://www.cnn.com/2013/11/27/travel/weather-thanksgiving/index.html"),
    ("time_001", "We Need Geoengineering to Stop Out of Control Warming Says James Hansen",
     "Alejandro de la Garza", "Time",
     "https://time.com/6330957/james-hansen-climate-warning-geoengineering-study/"),
    ("fox13now_001", "New Year, new laws: Obamacare, pot, guns and drones", "CNN Wire", "FOX 13 News Utah (KSTU)",
     "https://www.fox13now.com/2013/12/30/new-year-new-laws-obamacare-pot-guns-and-drones"),
    ("cleveland.com1", "Let me Google that for you: 2014's most popular food-related searches",
     "National Desk", "cleveland.com",
     "http://www.cleveland.com/food/index.ssf/2014/12/let_me_google_that_for_you_201.html"),
]


@pytest.mark.parametrize(("name", "title", "author", "source", "url"), NEWSPAPER_CASES,
                         ids=[case[0] for case in NEWSPAPER_CASES])
def test_newspaper4k_pages(name, title, author, source, url):
    expected = json.loads((NEWSPAPER / f"{name}.json").read_text(encoding="utf-8"))
    [article] = list(read_path(NEWSPAPER / f"{name}.html.gz"))
    assert (article.title, article.author, article.source, article.url) == (title, author, source, url)
    assert article.published == expected["publish_date"][:10]
    assert article.language == "en"
    assert article.origin == str(NEWSPAPER / f"{name}.html.gz")
    # Paragraphs are separated by one blank line, as for text files.
    assert "\n\n" in article.text and "\n\n\n" not in article.text
    first_paragraph = next(p for p in expected["text"].split("\n\n") if len(p.split()) > 12)
    assert first_paragraph in article.text
    assert token_f1(article.text, expected["text"]) >= 0.94


def test_same_article_from_html_and_read_path():
    page = gzip.decompress((NEWSPAPER / "cnn_article.html.gz").read_bytes())
    direct = article_from_html(page, origin=str(NEWSPAPER / "cnn_article.html.gz"))
    assert list(read_path(NEWSPAPER / "cnn_article.html.gz")) == [direct]


def test_id_and_cleaning_match_make_article():
    page = gzip.decompress((NEWSPAPER / "time_001.html.gz").read_bytes())
    article = article_from_html(page)
    again = make_article(article.text, title=article.title)
    assert (again.id, again.text) == (article.id, article.text)


AEB_TRUTH = json.loads((AEB / "ground-truth.json").read_text(encoding="utf-8"))
AEB_CASES = [
    ("c00962aa", "Seeking a bigger role for a big rocket", "2019-11-18", "en"),
    ("359fee22", "The First Map of Saturn's Moon Titan Just Revealed Some Tantalising Features", "2019-11-19", "en"),
    ("14cc2a0c", "NASA Just Confirmed There Are Water Plumes Above The Surface of Jupiter's Moon Europa",
     "2019-11-18", "en"),
    ("ba07d1e6", "Take C.A.R.E. - comwrap auf der DMEXCO 2018", "2018-07-30", "de"),
]


@pytest.mark.parametrize(("prefix", "title", "published", "language"), AEB_CASES, ids=[c[0] for c in AEB_CASES])
def test_benchmark_pages_against_ground_truth(prefix, title, published, language):
    key = next(k for k in AEB_TRUTH if k.startswith(prefix))
    [article] = list(read_path(AEB / f"{key}.html.gz"))
    assert (article.title, article.published, article.language) == (title, published, language)
    assert token_f1(article.text, AEB_TRUTH[key]["articleBody"]) >= 0.97


@pytest.mark.parametrize(("page", "reason"), [
    (b"", "empty HTML page"),
    (b"   \n", "empty HTML page"),
    (b"<html><head><title>x</title></head><body></body></html>", "no article text found in the HTML page"),
], ids=["empty", "blank", "no-body-text"])
def test_pages_without_text_are_rejected(page, reason):
    with pytest.raises(IngestError) as caught:
        article_from_html(page, origin="page.html")
    assert (caught.value.source, caught.value.reason) == ("page.html", reason)


def test_bad_html_files_rejected_by_read_path(tmp_path):
    (tmp_path / "empty.html").write_bytes(b"")
    (tmp_path / "broken.html.gz").write_bytes(b"not gzip at all")
    results = list(read_path(tmp_path))
    assert [type(r) for r in results] == [Rejected, Rejected]
    assert results[0].origin == str(tmp_path / "broken.html.gz")
    assert results[0].reason.startswith("not a valid gzip file")
    assert results[1] == Rejected(str(tmp_path / "empty.html"), "empty HTML page")


def test_gzip_bomb_capped(tmp_path):
    path = tmp_path / "bomb.html.gz"
    path.write_bytes(gzip.compress(b"<p>" + b"a" * 5_000_000 + b"</p>"))
    [result] = list(read_path(path, max_bytes=1024 * 1024))
    assert result == Rejected(str(path), "decompressed page is over the 1.0 MB limit")


@pytest.mark.parametrize(("fragment", "text"), [
    ("<p>One.</p><p>Two <b>bold</b>.</p>", "One.\n\nTwo bold."),
    ("Plain text, no tags.", "Plain text, no tags."),
    ("<div>A<br>B</div><ul><li>x</li><li>y</li></ul>", "A B\n\nx\n\ny"),
    ("<p>Kept</p><script>alert(1)</script><style>p{}</style>", "Kept"),
], ids=["paragraphs", "plain", "br-and-list", "script-dropped"])
def test_fragment_text(fragment, text):
    assert fragment_text(fragment) == text
