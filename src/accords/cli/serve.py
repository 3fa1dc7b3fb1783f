"""`accords serve`: the REST API and the dashboard in one process."""

from __future__ import annotations

import typer

from accords.cli import app, call, db_url


@app.command()
def serve(
    db: str = typer.Option(None, "--db", help="Database URL (default: the global --db, ACCORDS_DB, sqlite:///accords.db)."),
    host: str = typer.Option("127.0.0.1", "--host", help="Address to listen on."),
    port: int = typer.Option(8000, "--port", min=1, max=65535, help="Port to listen on."),
    token: str = typer.Option(
        None, "--token", envvar="ACCORDS_TOKEN", show_envvar=True,
        help="Bearer token that enables the write endpoints; without it the API is read-only.",
    ),
) -> None:
    """Serve the JSON API (/api/v1, docs at /docs) and the dashboard (/)."""
    import uvicorn

    from accords.server import create_app

    web_app = call(lambda: create_app(db or db_url(), token=token))
    typer.echo(f"serving on http://{host}:{port}/ (API docs at /docs; writes {'on' if token else 'off'})")
    uvicorn.run(web_app, host=host, port=port, log_level="info")
