"""JSON records (one object from a .json or .jsonl file) to `Article`.

Field names differ between scrapers and APIs; each article field is looked up under the
names below, first one present wins. Pure: takes a parsed dict (`parse_json` parses one
without letting a hostile document raise anything but `IngestError`).
"""

from __future__ import annotations

import json
import re
import sys
from typing import Any

from accords.errors import IngestError
from accords.ingest.article import make_article
from accords.model import Article

TEXT_FIELDS = ("text", "content", "body")
TITLE_FIELDS = ("title", "headline")
URL_FIELDS = ("url", "link")
DATE_FIELDS = ("published", "publish_date", "date", "pubDate", "published_at", "datePublished")
SOURCE_FIELDS = ("source", "outlet")
AUTHOR_FIELDS = ("author", "authors")
ID_FIELDS = ("id", "news_id")


def parse_json(text: str, *, origin: str, one_line: bool = False) -> Any:
    """The value of a JSON document, or `IngestError(origin, reason)` for any bad one.

    Beyond syntax errors, `json.loads` raises `RecursionError` on arrays or objects nested
    thousands deep and `ValueError` on an integer of more than `sys.get_int_max_str_digits()`
    digits; both are refusals of this one document, not crashes of the run. `one_line`
    (a JSONL line) leaves the line number out of the position.
    """
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        where = f"column {exc.colno}" if one_line else f"line {exc.lineno}, column {exc.colno}"
        reason = f"invalid JSON: {exc.msg} ({where})"
    except RecursionError:
        reason = "invalid JSON: arrays or objects nested too deeply"
    except ValueError as exc:  # "Exceeds the limit (4300 digits) for integer string conversion ..."
        digits = re.search(r"value has (\d+) digits", str(exc))
        reason = (f"invalid JSON: a number of {digits.group(1) if digits else 'too many'} digits "
                  f"(at most {sys.get_int_max_str_digits()} are read)")
    raise IngestError(origin, reason)


def article_from_record(record: Any, *, origin: str) -> Article:
    """The article a JSON record describes; `IngestError(origin, reason)` if it has none."""
    if not isinstance(record, dict):
        raise IngestError(origin, f"expected a JSON object, got {_json_type(record)}")
    text = _text(record, origin)
    return make_article(
        text,
        title=_string(record, TITLE_FIELDS, origin),
        url=_string(record, URL_FIELDS, origin),
        source=_source(record, origin),
        author=_authors(record, origin),
        published=_string(record, DATE_FIELDS, origin),
        origin=origin,
        record_id=_string(record, ID_FIELDS, origin),
    )


def _first(record: dict[str, Any], names: tuple[str, ...]) -> tuple[str, Any] | None:
    for name in names:
        value = record.get(name)
        if value is not None and value != "" and value != []:
            return name, value
    return None


def _text(record: dict[str, Any], origin: str) -> str:
    found = _first(record, TEXT_FIELDS)
    if found is None:
        raise IngestError(origin, f"record has no text field (looked for {', '.join(TEXT_FIELDS)})")
    name, value = found
    if isinstance(value, str):
        return value
    if isinstance(value, list) and all(isinstance(item, str) for item in value):
        return "\n\n".join(value)
    raise IngestError(origin, f"field {name!r} must be a string or a list of strings, got {_json_type(value)}")


def _string(record: dict[str, Any], names: tuple[str, ...], origin: str) -> str | None:
    found = _first(record, names)
    if found is None:
        return None
    name, value = found
    if isinstance(value, bool) or not isinstance(value, (str, int, float)):
        raise IngestError(origin, f"field {name!r} must be a string, got {_json_type(value)}")
    return str(value)


def _source(record: dict[str, Any], origin: str) -> str | None:
    found = _first(record, SOURCE_FIELDS)
    if found is not None and isinstance(found[1], dict):  # NewsAPI style: {"id": ..., "name": ...}
        name = found[1].get("name")
        return name if isinstance(name, str) else None
    return _string(record, SOURCE_FIELDS, origin)


def _authors(record: dict[str, Any], origin: str) -> str | None:
    found = _first(record, AUTHOR_FIELDS)
    if found is not None and isinstance(found[1], list):
        names = [str(item).strip() for item in found[1] if isinstance(item, str) and item.strip()]
        return ", ".join(names) or None
    return _string(record, AUTHOR_FIELDS, origin)


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {dict: "object", list: "array", str: "string", bool: "boolean", int: "number", float: "number"}.get(
        type(value), type(value).__name__
    )
