"""Peak memory while streaming a large WARC file through `accords.web.warc.read_warc`.

    .venv/bin/python bench/warc_memory.py [--size 1GB] [--html-every 1MB] [--gzip] [--path /tmp/x.warc]

Writes a synthetic WARC of about `--size` bytes: binary (image) responses of random bytes
with, every `--html-every` bytes, one HTML response built from a real page (the CNN test
fixture, its text varied so every article is distinct), plus requests and a few HTML
records over the per-record size cap. Then, in a fresh child process, streams it through
`read_warc` and prints records seen, articles, rejections, time, and the resident memory
(VmRSS) sampled every 25 items with its peak (ru_maxrss). Flat memory means the peak does
not grow with the file size: run it with --size 100MB and --size 1GB and compare.
Not a test; writes the file to /tmp unless --path says otherwise, and deletes it after.
"""

from __future__ import annotations

import argparse
import gzip
import io
import os
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAGE = ROOT / "tests" / "fixtures" / "web" / "newspaper4k" / "cnn_article.html.gz"
_UNITS = {"KB": 1024, "MB": 1024**2, "GB": 1024**3, "B": 1}


def size_arg(text: str) -> int:
    text = text.strip().upper()
    for unit, factor in _UNITS.items():
        if text.endswith(unit):
            return int(float(text[: -len(unit)]) * factor)
    return int(text)


def write_warc(path: Path, *, size: int, html_every: int, compress: bool) -> dict[str, int]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    page = gzip.decompress(PAGE.read_bytes())
    marker = b"The Pennsylvania official"
    blob = os.urandom(256 * 1024)
    counts = {"html": 0, "binary": 0, "oversize": 0}
    with path.open("wb") as out:
        writer = WARCWriter(out, gzip=compress)
        since_html = html_every
        while out.tell() < size:
            if since_html >= html_every:
                n = counts["html"] + counts["oversize"]
                body = page.replace(marker, f"Record {n}: the Pennsylvania official".encode(), 1)
                kind, ctype = "text/html; charset=utf-8", "html"
                if n % 500 == 499:  # now and then a page over the 16 MB per-record cap
                    body, ctype = body + b"<!--" + b"x" * (17 * 1024 * 1024) + b"-->", "oversize"
                since_html = 0
            else:
                body, kind, ctype = blob, "image/jpeg", "binary"
            uri = f"https://synthetic.example/{ctype}/{sum(counts.values())}"
            http = StatusAndHeaders("200 OK", [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body), http_headers=http))
            counts[ctype] += 1
            since_html += len(body)
    return counts


def stream(path: Path) -> None:
    """Run in the child: stream the file, sampling memory."""
    from accords.ingest import Rejected
    from accords.web.warc import read_warc

    def rss_mb() -> float:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
        return float("nan")

    start, samples, articles, rejected = time.perf_counter(), [], 0, 0
    for index, item in enumerate(read_warc(path), start=1):
        if isinstance(item, Rejected):
            rejected += 1
        else:
            articles += 1
        if index % 25 == 0:
            samples.append(rss_mb())
    seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"streamed in {seconds:.1f} s: {articles} articles, {rejected} rejected")
    if samples:
        print(f"VmRSS every 25 items (MB): first {samples[0]:.0f}, min {min(samples):.0f}, "
              f"max {max(samples):.0f}, last {samples[-1]:.0f} ({len(samples)} samples)")
        print("  " + " ".join(f"{mb:.0f}" for mb in samples))
    print(f"peak RSS (ru_maxrss): {peak:.0f} MB")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--size", type=size_arg, default=size_arg("1GB"))
    parser.add_argument("--html-every", type=size_arg, default=size_arg("1MB"))
    parser.add_argument("--gzip", action="store_true", help="write a .warc.gz (per-record gzip)")
    parser.add_argument("--path", type=Path)
    parser.add_argument("--keep", action="store_true", help="keep the file")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        stream(args.child)
        return
    path = args.path or Path("/tmp") / ("accords-bench.warc.gz" if args.gzip else "accords-bench.warc")
    start = time.perf_counter()
    counts = write_warc(path, size=args.size, html_every=args.html_every, compress=args.gzip)
    print(f"wrote {path}: {path.stat().st_size / 1024**2:.0f} MB in {time.perf_counter() - start:.1f} s, "
          f"{counts['html']} HTML pages ({counts['oversize']} over the record cap), {counts['binary']} binary records")
    try:
        subprocess.run([sys.executable, __file__, "--child", str(path)], check=True)
    finally:
        if not args.keep:
            path.unlink(missing_ok=True)


if __name__ == "__main__":
    main()
