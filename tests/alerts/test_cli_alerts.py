"""`accords watchlist add|list|remove`, `accords alerts` and `accords watch` with watchlists:
bad input names the option and what it accepts (exit 2); alerts print what is new and
--mark-seen moves the cursor; a watch with a failing webhook goes on."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from accords.cli import app

SEEDS = Path(__file__).resolve().parents[1] / "gold" / "articles"


def run(url: str, *args: str):
    return CliRunner().invoke(app, ["--db", url, *args])


BAD = [
    ("type", ["--type", "FOO"], "error: --type: 'FOO' is not one of CONSULT, SUPPORT, AGREE"),
    ("country", ["--country", "Narnia"], "error: --country: 'Narnia' is not a country or organisation"),
    ("between", ["--between", "AZE", "XXQ"], "error: --between: 'XXQ' is not a country or organisation"),
    ("kind", ["--kind", "tweets"], "error: --kind: 'tweets' is not one of events, quotes, indicators, commitments"),
    ("kind-vs-type", ["--type", "AGREE", "--kind", "indicators"],
     "error: --kind: indicators cannot be narrowed by type; type applies to events"),
    ("person", ["--person", " "], "error: --person: ' ' is not a name to look for"),
    ("webhook", ["--webhook", "ftp://example.org/x"], "error: --webhook: not a webhook URL: ftp://example.org/x: scheme 'ftp'"),
    ("secret", ["--webhook", "https://example.org/x", "--secret", "short"],
     "error: --secret: the webhook secret must be at least 16 characters"),
]


@pytest.mark.parametrize("args,message", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_watchlist_add_refuses_bad_input_naming_the_option(tmp_path, args, message):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    result = run(url, "watchlist", "add", "w", *args)
    assert result.exit_code == 2, result.output
    assert result.output.startswith(message)
    assert run(url, "watchlist", "list").output == "(0 watchlists)\n"


@pytest.mark.parametrize("args,message", [
    (["alerts", "--format", "xml"], "error: --format: 'xml' is not one of text, json"),
    (["watchlist", "add", "no/slash"], "error: NAME: 'no/slash' is not a watchlist name"),
], ids=["format", "name"])
def test_other_bad_input_exits_2(tmp_path, args, message):
    result = run(f"sqlite:///{tmp_path / 'a.db'}", *args)
    assert result.exit_code == 2 and result.output.startswith(message)


@pytest.mark.slow
def test_add_look_mark_seen_list_remove(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    added = run(url, "watchlist", "add", "aze-tur", "--between", "Azerbaijan", "Turkey", "--type", "support")
    assert added.exit_code == 0, added.output
    assert added.output == "watchlist aze-tur: pair AZE-TUR, type SUPPORT; events; new from save-log id 1\n"
    assert run(url, "ingest", "-q", str(SEEDS / "seed_000.txt")).exit_code == 0
    shown = run(url, "alerts", "aze-tur")
    assert shown.exit_code == 0
    lines = shown.stdout.splitlines()
    assert lines[0] == "== aze-tur: 3 new"
    assert lines[1].startswith("2021-09-14 SUPPORT sign AZE+TUR: a roadmap for the Azerbaijani-Turkish working group")
    assert lines[2].startswith("    \u201cAzerbaijan\u2019s Transport, Communications and High Technologies Ministry")
    assert lines[3].endswith("(2021-09-15) /article/af5c75576abee15f#s0")
    as_json = json.loads(run(url, "alerts", "--format", "json").stdout)
    assert [b["watchlist"] for b in as_json] == ["aze-tur"] and len(as_json[0]["alerts"]) == 3
    assert "(not marked seen: run again with --mark-seen" in shown.stderr
    seen = run(url, "alerts", "aze-tur", "--mark-seen")
    assert seen.exit_code == 0 and seen.stderr == "(marked seen: the next look starts after these)\n"
    assert run(url, "alerts", "aze-tur").stdout == "== aze-tur: 0 new\n"
    listed = run(url, "watchlist", "list")
    assert listed.stdout == "aze-tur              pair AZE-TUR, type SUPPORT; events  (seen to 1)\n"
    again = run(url, "watchlist", "add", "aze-tur", "--country", "AZE")
    assert again.exit_code == 1 and "a watchlist named 'aze-tur' exists" in again.output
    assert run(url, "watchlist", "remove", "aze-tur").stdout == "removed watchlist aze-tur\n"
    gone = run(url, "alerts", "aze-tur")
    assert gone.exit_code == 1 and "no watchlist named 'aze-tur'; there are none" in gone.output


@pytest.mark.slow
def test_watch_goes_on_past_a_failing_webhook(tmp_path):
    url = f"sqlite:///{tmp_path / 'a.db'}"
    text = (SEEDS / "seed_000.txt").read_text(encoding="utf-8")
    feed = tmp_path / "feed.xml"
    feed.write_text(
        '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title><link>https://example.org/</link>'
        "<item><guid>one</guid><title>Roadmap</title><link>https://example.org/one</link>"
        f"<pubDate>Wed, 15 Sep 2021 10:00:00 GMT</pubDate><description><![CDATA[{text}]]></description></item>"
        "</channel></rss>",
        encoding="utf-8",
    )
    added = run(url, "watchlist", "add", "hook", "--between", "AZE", "TUR", "--webhook", "http://127.0.0.1:9/hook",
                "--secret", "s" * 20)
    assert added.exit_code == 0, added.output
    env = {"ACCORDS_WEBHOOK_ATTEMPTS": "2", "ACCORDS_WEBHOOK_BACKOFF": "0.05"}
    watched = CliRunner().invoke(app, ["--db", url, "watch", "--once", "--allow-private", "--state",
                                       str(tmp_path / "state.json"), str(feed)], env=env)
    assert watched.exit_code == 0, watched.output
    assert f"{feed}: new 1, duplicate 0" in watched.stdout
    line = next(x for x in watched.stdout.splitlines() if x.startswith("watchlist hook:"))
    assert " new, webhook failed (2 attempts): " in line
    assert json.loads(run(url, "watchlist", "list", "--json").stdout)[0]["cursor"] == 0


def test_the_webhook_settings_default_to_the_library_defaults():
    from accords import settings
    from accords.alerts import webhook

    defaults = {s.name: s.default for s in settings.SETTINGS}
    assert (defaults["webhook_attempts"], defaults["webhook_backoff"]) == (webhook.ATTEMPTS, webhook.BACKOFF)


@pytest.mark.slow
def test_alerts_send_posts_to_the_webhook_and_marks_delivered_batches_seen(tmp_path):
    from receiver import SECRET, receiving

    url = f"sqlite:///{tmp_path / 'a.db'}"
    with receiving([200]) as receiver:
        added = run(url, "watchlist", "add", "hook", "--between", "AZE", "TUR", "--type", "SUPPORT", "--webhook",
                    receiver.url, "--secret", SECRET)
        assert added.exit_code == 0, added.output
        assert run(url, "ingest", "-q", str(SEEDS / "seed_000.txt")).exit_code == 0
        refused = run(url, "alerts", "--send")
        assert refused.stdout.splitlines()[-1].startswith("webhook failed: host '127.0.0.1' resolves to a non-public")
        sent = run(url, "alerts", "--send", "--allow-private")
        assert sent.exit_code == 0 and sent.stdout.splitlines()[-1] == "webhook delivered (1 attempt)"
    assert [json.loads(body)["watchlist"] for _h, body, valid in receiver.posts if valid] == ["hook"]
    assert run(url, "alerts").stdout == "== hook: 0 new\n"
