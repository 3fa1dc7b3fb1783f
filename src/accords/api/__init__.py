"""The REST API of accords: a FastAPI application over the store (`create_app`).

`app` builds the application, `routes` holds the thin routes under ``/api/v1``,
`schemas` the request and response shapes, `service` the store calls shared with the
dashboard.
"""

from accords.api.app import create_app

__all__ = ["create_app"]
