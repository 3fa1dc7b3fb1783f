"""What a request of the web application reads from the application it came to: the store.

`accords.server.create_app` opens the store once and keeps it on ``app.state``; the API
routes and the dashboard pages both take it through `StoreDep`, and the code of a country in
their paths through `CodePath`. Neither imports the other.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Path, Request

from accords.store import Store


def get_store(request: Request) -> Store:
    """The store the application opened (FastAPI dependency)."""
    store: Store = request.app.state.store
    return store


StoreDep = Annotated[Store, Depends(get_store)]

#: A country (ISO 3166 alpha-3) or organisation code as the routes accept it ("AZE", "EAEU").
CODE = r"[A-Za-z][A-Za-z0-9_-]{1,15}"
#: A code as a path segment (``/pair/{a}/{b}``, ``/api/v1/pairs/{a}/{b}``, ``/brief/{a}/{b}``).
CodePath = Annotated[str, Path(pattern=f"^{CODE}$")]
