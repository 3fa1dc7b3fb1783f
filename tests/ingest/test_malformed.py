"""The readers on the malformed-input corpus and on fuzzed input: a bad record is a
`Rejected` with its origin and reason, never an exception, and the good records around it
are read."""

from __future__ import annotations

import json

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from malformed import CASES, good_record, write_case

from accords.ingest import Rejected
from accords.readers import read_path
from accords.model import Article


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_a_bad_record_is_rejected_and_the_rest_read(case, tmp_path):
    folder = write_case(case, tmp_path / "in")
    items = list(read_path(folder))
    rejected = [(r.origin.removeprefix(f"{folder}/"), r.reason) for r in items if isinstance(r, Rejected)]
    assert rejected == [(case.origin, case.reason)]
    assert sorted(a.title for a in items if isinstance(a, Article)) == [f"Talks {n}" for n in range(case.good)]


# --- fuzzed variants -----------------------------------------------------------------------

#: Any JSON value, with strings that may hold lone surrogates and integers of any size.
SCALARS = (
    st.none() | st.booleans() | st.floats(allow_nan=False) | st.integers()
    | st.text(st.characters(codec=None, categories=None), max_size=40)
)
JSON_VALUES = st.recursive(
    SCALARS, lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4),
    max_leaves=20,
)
FIELDS = st.sampled_from(["text", "title", "url", "link", "published", "source", "author", "id", "content"])
RECORDS = st.dictionaries(FIELDS, JSON_VALUES | st.text(max_size=60), max_size=6)
URLS = st.sampled_from([
    "http://[::1/page", "http://[::1]:99999/", "javascript:alert(1)", "data:text/html,<b>x</b>",
    "http://exa mple.org/", "https://news.example/ok", "//news.example/x", "http://", "",
])


def _raw_line(value) -> str:
    """JSON for a fuzzed value; lone surrogates survive as ``\\udXXX`` escapes."""
    return json.dumps(value, ensure_ascii=True)


def _lines_around(bad: list[str]) -> str:
    good = [json.dumps(good_record(n)) for n in range(2)]
    return "\n".join([good[0], *bad, good[1]]) + "\n"


def _only_items(items) -> None:
    assert all(isinstance(i, (Article, Rejected)) for i in items)
    for item in items:
        if isinstance(item, Rejected):
            assert item.origin and item.reason


# no deadline and no too_slow health check: on a loaded machine the generation of the first examples
# can be slow, which says nothing about the readers under test (it failed once so, twenty-second session)
fuzz = settings(max_examples=60, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])


@fuzz
@given(records=st.lists(RECORDS | JSON_VALUES, min_size=1, max_size=4), url=URLS)
def test_fuzzed_jsonl_records_never_stop_the_file(records, url, tmp_path_factory):
    bad = [_raw_line(r) for r in records] + [_raw_line({"text": "Iran and Armenia met in Yerevan.", "url": url})]
    path = tmp_path_factory.mktemp("fuzz") / "batch.jsonl"
    path.write_text(_lines_around(bad), encoding="utf-8")
    items = list(read_path(path))
    _only_items(items)
    titles = [i.title for i in items if isinstance(i, Article)]
    assert titles[0] == "Talks 0" and titles[-1] == "Talks 1"


@fuzz
@given(data=st.binary(max_size=300), depth=st.integers(0, 3000), suffix=st.sampled_from([".json", ".jsonl", ".txt", ".warc",
                                                                                           ".html", ".xml"]))
def test_fuzzed_bytes_in_any_reader_never_raise(data, depth, suffix, tmp_path_factory):
    folder = tmp_path_factory.mktemp("fuzz")
    (folder / "a.json").write_text(json.dumps(good_record(0)), encoding="utf-8")
    (folder / f"b{suffix}").write_bytes(b"[" * depth + data + b"]" * depth)
    (folder / "c.json").write_text(json.dumps(good_record(1)), encoding="utf-8")
    items = list(read_path(folder))
    _only_items(items)
    titles = [i.title for i in items if isinstance(i, Article)]
    assert titles[0] == "Talks 0" and titles[-1] == "Talks 1"


# --- smaller cases: folder walks, stray bytes, empty archives -------------------------------


def test_symbolic_links_to_a_parent_folder_do_not_make_the_walk_endless(tmp_path):
    folder = tmp_path / "in"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.json").write_text(json.dumps(good_record(0)), encoding="utf-8")
    (folder / "sub" / "b.json").write_text(json.dumps(good_record(1)), encoding="utf-8")
    (folder / "sub" / "up").symlink_to(folder, target_is_directory=True)
    (folder / "sub" / "up2").symlink_to(folder, target_is_directory=True)
    items = list(read_path(folder))
    assert sorted(i.title for i in items) == ["Talks 0", "Talks 1"]


def test_one_stray_byte_in_a_utf8_file_does_not_turn_it_into_mojibake(tmp_path, caplog):
    text = "Çavuşoğlu and Bayramov met in Baku. " * 40 + "They signed a memorandum on energy."
    path = tmp_path / "stray.txt"
    path.write_bytes(text.encode("utf-8").replace(b"met in", b"met\xff in", 1))
    [article] = read_path(path)
    assert "Çavuşoğlu" in article.text and "met\ufffd in" in article.text
    assert "1 byte sequence(s) not valid UTF-8, replaced by U+FFFD" in caplog.text


def test_a_legacy_encoded_file_is_still_read_as_such(tmp_path):
    path = tmp_path / "latin.txt"
    path.write_bytes("The café in Baku hosted the talks on Monday, officials said.".encode("cp1252"))
    [article] = read_path(path)
    assert "café" in article.text


def test_an_empty_warc_file_is_rejected(tmp_path):
    path = tmp_path / "crawl.warc"
    path.write_bytes(b"")
    assert list(read_path(path)) == [Rejected(str(path), "empty file")]


@fuzz
@given(link=st.text(max_size=40) | URLS, title=st.text(max_size=20))
def test_fuzzed_feed_links_and_titles_never_raise(link, title, tmp_path_factory):
    from xml.sax.saxutils import escape

    text = "Azerbaijan and Turkey signed three agreements in Ankara on Monday, the ministry said in a statement. " * 5
    items = "".join(
        f"<item><title>{escape(t)}</title><link>{escape(li)}</link><guid>{n}</guid><description>{text} {n}"
        f"</description></item>" for n, (t, li) in enumerate([("Talks", "https://news.example/0"), (title, link)])
    )
    path = tmp_path_factory.mktemp("fuzz") / "feed.xml"
    path.write_text(f"<?xml version='1.0'?><rss version='2.0'><channel><title>T</title>{items}</channel></rss>",
                    encoding="utf-8", errors="surrogatepass")
    items = list(read_path(path))
    _only_items(items)
    assert isinstance(items[0], Article) and items[0].url == "https://news.example/0"
