"""read_path: files, JSON records, JSONL lines, directories, and every kind of bad input."""

import json
import random
from pathlib import Path

import pytest

from accords.ingest import Rejected
from accords.readers import read_path
from accords.model import Article

FIXTURES = Path(__file__).parent.parent / "fixtures" / "ingest"

BODY = "Iran and Armenia agreed on Tuesday to build a third power line between the two countries."


def _write(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, str):
        path.write_text(content, encoding="utf-8")
    else:
        path.write_bytes(content)
    return path


EVERY_KIND = (
    "text (.txt, .text, .md), JSON (.json), JSONL (.jsonl, .ndjson), HTML (.html, .htm, .xhtml, .html.gz, .htm.gz), "
    "feed (.rss, .atom, .xml), WARC (.warc, .warc.gz)"
)

BAD_FILES = [
    ("empty.txt", b"", "empty file"),
    ("blank.txt", b"  \n\t\n  \n", "empty file (only whitespace)"),
    ("nul.txt", b"Iran and\x00Turkey\x00\x01\x02 signed", "binary file (NUL bytes)"),
    ("noise.txt", random.Random(7).randbytes(2000).replace(b"\x00", b"\x01"),
     "binary file (not UTF-8, and no known text encoding fits)"),
    ("control.txt", bytes(range(1, 9)) * 40 + b"text", "binary file (320 control characters)"),
    ("image.png", b"\x89PNG\r\n", f"unsupported file type '.png' (expected {EVERY_KIND})"),
    ("noext", b"text", f"unsupported file type '(no extension)' (expected {EVERY_KIND})"),
    ("junk.txt", b"Share on Facebook\nComment is required\n", "no article text left after cleaning"),
    ("broken.json", b'{"text": "unterminated', "invalid JSON: Unterminated string starting at (line 1, column 10)"),
    ("notext.json", b'{"title": "A title", "url": "https://example.org/a"}',
     "record has no text field (looked for text, content, body)"),
    ("number.json", b"42", "expected a JSON object, got number"),
    ("badtext.json", b'{"text": {"p": 1}}', "field 'text' must be a string or a list of strings, got object"),
    ("badtitle.json", b'{"text": "Some text here.", "title": ["a"]}', "field 'title' must be a string, got array"),
]


@pytest.mark.parametrize(("name", "content", "reason"), BAD_FILES, ids=[case[0] for case in BAD_FILES])
def test_bad_files_are_rejected_with_a_reason(tmp_path, name, content, reason):
    path = _write(tmp_path, name, content)
    assert list(read_path(path)) == [Rejected(str(path), reason)]


def test_missing_path(tmp_path):
    assert list(read_path(tmp_path / "nope.txt")) == [Rejected(str(tmp_path / "nope.txt"), "no such file or directory")]


def test_file_over_the_size_limit_is_rejected_without_reading(tmp_path, monkeypatch):
    path = tmp_path / "big.txt"
    with path.open("wb") as handle:  # sparse: 52.4 MB on paper, nothing written
        handle.truncate(int(52.4 * 1024 * 1024))

    def fail(*args, **kwargs):
        raise AssertionError("the file was read")

    monkeypatch.setattr(Path, "read_bytes", fail)
    assert list(read_path(path, max_bytes=50 * 1024 * 1024)) == [
        Rejected(str(path), "file is 52.4 MB, over the 50.0 MB limit")
    ]


NON_UTF8 = [
    ("cp1252 accents and quotes", "José Müller said “we agree” – Señor Núñez nodded. The café in Zürich was full.", "cp1252"),
    ("latin-1 accents", "François Hollande and Ilham Aliyev met in Genève on Monday to discuss energy.", "latin-1"),
    ("cp1251 Russian", "Россия и Азербайджан подписали соглашение о сотрудничестве в энергетике.", "cp1251"),
]


@pytest.mark.parametrize(("why", "text", "encoding"), NON_UTF8, ids=[case[0] for case in NON_UTF8])
def test_non_utf8_text_is_detected_and_decoded(tmp_path, why, text, encoding):
    path = _write(tmp_path, "legacy.txt", text.encode(encoding))
    [article] = read_path(path)
    assert isinstance(article, Article)
    assert article.text == text


def test_utf16_with_bom_is_decoded(tmp_path):
    path = _write(tmp_path, "wide.txt", BODY.encode("utf-16"))
    [article] = read_path(path)
    assert article.text == BODY


def test_jsonl_with_a_broken_line_goes_on(tmp_path):
    lines = [
        json.dumps({"news_id": 1, "text": "First article about gas exports to Turkey.", "url": "https://e.org/1"}),
        json.dumps({"id": "b2", "content": ["Second article.", "Its second paragraph."], "title": "Second"}),
        '{"text": "broken line", ',
        "",
        json.dumps({"title": "no text here"}),
        "[1, 2]",
        json.dumps({"body": "Fifth article on transit via Azerbaijan.", "pubDate": "Tue, 15 Sep 2021 10:30:00 +0000"}),
    ]
    path = _write(tmp_path, "feed.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [type(item).__name__ for item in items] == ["Article", "Article", "Rejected", "Rejected", "Rejected", "Article"]
    first, second, broken, notext, array, fifth = items
    assert (first.origin, first.url, first.text) == (f"{path}:1#1", "https://e.org/1", "First article about gas exports to Turkey.")
    assert (second.origin, second.title, second.text) == (f"{path}:2#b2", "Second", "Second article.\n\nIts second paragraph.")
    assert broken == Rejected(f"{path}:3", "line 3: invalid JSON: Expecting property name enclosed in double quotes (column 25)")
    assert notext == Rejected(f"{path}:5", "record has no text field (looked for text, content, body)")
    assert array == Rejected(f"{path}:6", "expected a JSON object, got array")
    assert (fifth.origin, fifth.published) == (f"{path}:7", "2021-09-15T10:30+00:00")


RECORD_FIELDS = [
    (
        "aliases",
        {"content": "Text of the article.", "link": "https://e.org/x", "publish_date": "September 15, 2021",
         "outlet": "Azernews", "authors": ["Ayya Lmahamad", "Jane Doe"], "headline": "A headline"},
        dict(url="https://e.org/x", published="2021-09-15", source="Azernews", author="Ayya Lmahamad, Jane Doe",
             title="A headline"),
    ),
    (
        "date field with offset",
        {"text": "Text of the article.", "date": "2025-07-21T14:35:00+04:00", "source": {"id": "x", "name": "Trend"}},
        dict(published="2025-07-21T14:35+04:00", source="Trend"),
    ),
    (
        "record metadata wins over header lines",
        {"text": "By Ayya Lmahamad\n\nText of the article.", "author": "Someone Else"},
        dict(author="Someone Else"),
    ),
    (
        "header lines fill what the record lacks",
        {"text": " date 2021-09-15 By Azernews\n\nText of the article."},
        dict(published="2021-09-15", source="Azernews"),
    ),
]


@pytest.mark.parametrize(("why", "record", "expected"), RECORD_FIELDS, ids=[case[0] for case in RECORD_FIELDS])
def test_json_record_fields(tmp_path, why, record, expected):
    path = _write(tmp_path, "record.json", json.dumps(record))
    [article] = read_path(path)
    assert {key: getattr(article, key) for key in expected} == expected
    assert article.text == "Text of the article."
    assert article.origin == str(path)


def test_json_list_of_records(tmp_path):
    path = _write(tmp_path, "list.json", json.dumps([{"text": "One article."}, {"id": 7, "text": "Another one."}, {}]))
    items = list(read_path(path))
    assert [item.origin for item in items] == [f"{path}[0]", f"{path}[1]#7", f"{path}[2]"]
    assert items[2] == Rejected(f"{path}[2]", "record has no text field (looked for text, content, body)")


def test_directory_is_read_recursively_in_sorted_order_skipping_hidden(tmp_path):
    _write(tmp_path, "b.txt", "Article B about Baku.")
    _write(tmp_path, "a/z.md", "Article Z about Ankara.")
    _write(tmp_path, "a/y.text", "Article Y about Yerevan.")
    _write(tmp_path, ".hidden.txt", "Hidden.")
    _write(tmp_path, ".git/config.txt", "Hidden too.")
    _write(tmp_path, "c.pdf", b"%PDF-1.4")
    _write(tmp_path, "d.txt", b"")
    items = list(read_path(tmp_path))
    assert [(Path(item.origin).relative_to(tmp_path).as_posix(), type(item).__name__) for item in items] == [
        ("a/y.text", "Article"), ("a/z.md", "Article"), ("b.txt", "Article"), ("c.pdf", "Rejected"), ("d.txt", "Rejected"),
    ]


def test_seed_files_read_from_a_directory(tmp_path):
    for name in ("seed_000.txt", "seed_004.txt"):
        _write(tmp_path, name, (FIXTURES / name).read_bytes())
    first, second = read_path(str(tmp_path))
    assert (first.published, first.source, first.author) == ("2021-09-15", "Azernews", "Ayya Lmahamad")
    assert (second.published, second.title) == ("2017-12-05T21:27", "Iran, Azerbaijan aim for ICT Cooperation")


def test_reading_twice_gives_the_same_articles(tmp_path):
    _write(tmp_path, "seed.txt", (FIXTURES / "seed_000.txt").read_bytes())
    assert list(read_path(tmp_path)) == list(read_path(tmp_path))


def test_a_text_file_too_big_for_one_article_is_refused_unread(tmp_path):
    from accords.ingest.limits import MAX_ARTICLE_BYTES

    path = tmp_path / "dump.txt"
    with path.open("wb") as handle:  # sparse: nothing written, the reader must not read it
        handle.truncate(50 * 1024 * 1024)
    assert MAX_ARTICLE_BYTES < 50 * 1024 * 1024
    assert list(read_path(path)) == [Rejected(str(path), "file is 50.0 MB, over the 4.0 MB limit for one article")]


def test_jsonl_is_streamed_and_an_oversized_line_is_skipped(tmp_path, monkeypatch):
    from accords.ingest import readers

    monkeypatch.setattr(readers, "MAX_ARTICLE_BYTES", 200)
    lines = [
        json.dumps({"text": "Iran and Armenia signed a memorandum on energy."}),
        json.dumps({"text": "x " * 200}),
        json.dumps({"text": "Kazakhstan exported wheat to Iran."}),
    ]
    path = _write(tmp_path, "big.jsonl", "\n".join(lines) + "\n")
    items = list(read_path(path))
    assert [type(i).__name__ for i in items] == ["Article", "Rejected", "Article"]
    assert items[1] == Rejected(f"{path}:2", "line 2: 0.4 KB, over the 0.2 KB limit for one record")


FILE_KINDS = [
    ("story.txt", b"Iran and Armenia met.", "text"),
    ("STORY.MD", b"Iran and Armenia met.", "text"),
    ("records.ndjson", b"{}", "JSONL"),
    ("page.htm.gz", b"\x1f\x8b", "HTML"),
    ("crawl.warc.gz", b"\x1f\x8b", "WARC"),
    ("news.xml", b"<rss/>", "feed"),
    ("page.dat", b"\n  <!DOCTYPE html><html><body><p>Text</p></body></html>", "HTML"),
    ("saved-page", b"<html lang='en'><head><title>T</title></head></html>", "HTML"),
    ("feed", b'<?xml version="1.0"?>\n<rss version="2.0"><channel></channel></rss>', "feed"),
    ("atom.out", b'<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"></feed>', "feed"),
    ("crawl.bin", b"WARC/1.0\r\nWARC-Type: warcinfo\r\n", "WARC"),
    ("notes", b"Iran and Armenia met.", None),
    ("data.csv", b'{"text": "JSON without its suffix is not guessed"}', None),
]


@pytest.mark.parametrize(("name", "head", "kind"), FILE_KINDS, ids=[case[0] for case in FILE_KINDS])
def test_the_registry_picks_a_reader_by_suffix_then_by_content(tmp_path, name, head, kind):
    from accords.readers import reader_for

    path = _write(tmp_path, name, head)
    found = reader_for(path)
    assert (None if isinstance(found, Rejected) else found.kind) == kind


def test_an_html_page_without_its_suffix_is_read_as_html(tmp_path):
    path = _write(tmp_path, "saved", b"<!doctype html><html><head><title>Talks in Baku</title></head><body><article>"
                  b"<p>Azerbaijan and Iran signed a memorandum on customs cooperation in Baku on Friday, the ministry "
                  b"said. The two countries agreed to expand transit trade along the North-South corridor.</p>"
                  b"</article></body></html>")
    [article] = read_path(path)
    assert "memorandum on customs cooperation" in article.text
