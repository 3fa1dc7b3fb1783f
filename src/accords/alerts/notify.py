"""What `accords watch` does after each poll: look at every watchlist and tell its webhook.

For each watchlist, `after_poll` reads what is new (`accords.alerts.new_alerts`). A watchlist
with a webhook and something new gets the batch (`accords.alerts.webhook.deliver`); once it
is delivered the cursor moves past it, and a delivery that failed leaves the cursor where it
was, so the next poll sends the batch again. A watchlist without a webhook is only counted
(its reader runs ``accords alerts NAME --mark-seen``). A webhook's cursor also moves past
articles that matched nothing. One watchlist's failure, a webhook
down or a bad query, never stops the others or the watch loop: it comes back as a `Notice`
with its error.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass

from accords import alerts
from accords.alerts import webhook
from accords.errors import AccordsError
from accords.store import Store

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Notice:
    """One watchlist after a poll: how many alerts were new, and its webhook delivery (None
    when it has no webhook or nothing was new); `error` when reading it failed."""

    watchlist: str
    new: int
    delivery: webhook.Delivery | None = None
    error: str | None = None

    @property
    def line(self) -> str:
        """``watchlist aze-tur: 3 new, webhook delivered (1 attempt)``."""
        if self.error is not None:
            return f"watchlist {self.watchlist}: error: {self.error}"
        text = f"watchlist {self.watchlist}: {self.new} new"
        if self.delivery is None:
            return text
        tries = f"{self.delivery.attempts} attempt{'s' if self.delivery.attempts != 1 else ''}"
        if self.delivery.delivered:
            return f"{text}, webhook delivered ({tries})"
        return f"{text}, webhook failed ({tries}): {self.delivery.error}"


def deliver_batch(
    store: Store,
    found: alerts.Watchlist,
    batch: alerts.AlertBatch,
    *,
    allow_private: bool = False,
    attempts: int = webhook.ATTEMPTS,
    backoff: float = webhook.BACKOFF,
) -> webhook.Delivery:
    """Send `batch` to the watchlist's webhook (`attempts` and `backoff` as
    `accords.alerts.webhook.deliver` takes them) and, once delivered, mark it seen."""
    if found.webhook_url is None or found.webhook_secret is None:
        raise alerts.WatchlistError(f"watchlist {found.name!r} has no webhook", field="webhook")
    body = webhook.encode(alerts.batch_dict(batch))
    delivery = webhook.deliver(found.webhook_url, body, found.webhook_secret, allow_private=allow_private,
                               attempts=attempts, backoff=backoff)
    if delivery.delivered:
        alerts.mark_seen(store, batch)
    return delivery


def after_poll(
    store: Store,
    *,
    allow_private: bool = False,
    today: dt.date | None = None,
    attempts: int = webhook.ATTEMPTS,
    backoff: float = webhook.BACKOFF,
) -> list[Notice]:
    """Every watchlist's `Notice` after a poll (see the module docstring)."""
    notices = []
    for found in alerts.watchlists(store):
        try:
            batch = alerts.new_alerts(store, found.name, today=today)
            delivery = None
            if found.webhook_url is not None and len(batch):
                delivery = deliver_batch(store, found, batch, allow_private=allow_private, attempts=attempts,
                                         backoff=backoff)
            elif found.webhook_url is not None:  # nothing for the webhook: no need to read these again
                alerts.mark_seen(store, batch)
            notices.append(Notice(found.name, len(batch), delivery))
        except AccordsError as exc:
            log.warning("watchlist %s: %s", found.name, exc)
            notices.append(Notice(found.name, 0, error=str(exc)))
    return notices
