"""The REST API of accords under ``/api/v1``: thin routes over the query layer.

`routes` holds the routes, each one call to `accords.service.queries` (or the ingest
routine, `accords.service.ingestion`); `schemas` the request and response shapes; `guards`
the checks made before a request body is read. The application that mounts the API next
to the dashboard is `accords.server.create_app`.
"""
