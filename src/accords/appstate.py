"""What a request of the web application reads from the application it came to: the store.

`accords.server.create_app` opens the store once and keeps it on ``app.state``; the API
routes and the dashboard pages both take it through `StoreDep`. Neither imports the other.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from accords.store import Store


def get_store(request: Request) -> Store:
    """The store the application opened (FastAPI dependency)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]
