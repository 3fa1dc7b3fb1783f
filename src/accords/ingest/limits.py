"""The size caps on input, in one place: every reader and the fetcher take theirs from here.

A cap refuses an input from its size before it is parsed, with a reason that names the
input and the limit, so a stray dump or a hostile download costs a `Rejected`, not an hour
of parsing or the process's memory.
"""

MIB = 1024 * 1024

#: The largest input file read (`accords.readers.read_path` hands it to every reader). A
#: WARC archive is streamed and may be larger; the cap then applies to each record.
DEFAULT_MAX_BYTES = 64 * MIB

#: The most text one article may have (UTF-8 bytes): far beyond any news story (a long
#: feature is under 100 KB), small enough that a stray dump or log file is refused instead of
#: parsed for an hour. Every reader and the API go through `make_article`, so one cap holds;
#: text files and JSONL lines over it are refused from their size, unread.
MAX_ARTICLE_BYTES = 4 * MIB

#: The largest WARC record read (`accords.web.warc`).
MAX_WARC_RECORD_BYTES = 16 * MIB

#: The largest HTTP answer downloaded (`accords.web.fetch.Fetcher`), and robots.txt's.
MAX_DOWNLOAD_BYTES = 16 * MIB
MAX_ROBOTS_BYTES = 512 * 1024


def megabytes(size: int) -> str:
    """A size for messages: ``512.0 KB`` under one MiB, else ``12.3 MB``."""
    if size < MIB:
        return f"{size / 1024:.1f} KB"
    return f"{size / MIB:.1f} MB"
