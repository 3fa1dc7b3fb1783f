"""Several processes or threads opening the same new SQLite store at once all open it (issue:
a clean-clone CI run failed once with "database is locked" when four loaders started together:
SQLite answers BUSY at once, not after its busy timeout, to connections that ask for WAL mode
while another turns the new file to WAL; `accords.store.store._write_ahead_log` waits and asks
again). Each round is a new database file and six openers released together by a barrier."""

from __future__ import annotations

import threading

import pytest

from accords.store import Store

ROUNDS = 20
OPENERS = 6


@pytest.mark.parametrize("round_", range(ROUNDS), ids=lambda n: f"round-{n}")
def test_openers_of_a_new_sqlite_store_all_open_it(tmp_path, round_):
    url = f"sqlite:///{tmp_path / 'new.db'}"
    start = threading.Barrier(OPENERS, timeout=60)
    errors: list[BaseException] = []
    versions: list[int] = []

    def opener() -> None:
        start.wait()
        try:
            with Store.open(url) as store:
                versions.append(store.schema_version)
        except Exception as exc:  # noqa: BLE001 - reported by the assertion below
            errors.append(exc)

    threads = [threading.Thread(target=opener) for _ in range(OPENERS)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=120)
    assert errors == []
    assert len(versions) == OPENERS and len(set(versions)) == 1
