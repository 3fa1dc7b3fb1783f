"""`accords consolidate` (rebuild the entity registry) and `accords person NAME` (one
person across articles: name, country, name variants and roles with their dates)."""

from __future__ import annotations

import json

import typer

from accords.cli import app, call, open_store


@app.command()
def consolidate() -> None:
    """Rebuild the cross-article entity registry from the stored entities: canonical
    entities, name variants and people's roles. Saving an extraction keeps it up to date;
    run this for a store written before the registry existed."""
    from accords.store import registry

    with open_store() as store:
        count = call(lambda: registry.consolidate(store))
    typer.echo(f"{count} canonical entities")


@app.command()
def person(
    name: str = typer.Argument(..., help="Any spelling of the name: 'Mevlut Cavusoglu', 'Rouhani', 'Mr. Koç'."),
    as_json: bool = typer.Option(False, "--json", help="Print the record as JSON."),
) -> None:
    """One person across the stored articles: the canonical name, country, the name variants
    used (with mention counts) and the roles reported, by as-of date."""
    from dataclasses import asdict

    from accords.store import registry

    with open_store() as store:
        found = call(lambda: registry.person(store, name))
    if as_json:
        typer.echo(json.dumps(asdict(found), ensure_ascii=False, indent=2))
        return
    typer.echo(f"{found.name} [{found.key}]  country {found.country or '-'}  "
               f"{found.articles} articles, {found.mentions} mentions, "
               f"seen {found.first_seen or '?'} .. {found.last_seen or '?'}")
    typer.echo("variants: " + ", ".join(f"{variant} ({count})" for variant, count in found.variants))
    for role in found.roles:
        where = ", ".join(part for part in (role.organisation, role.country) if part)
        typer.echo(f"  {role.as_of or 'undated':10}  {role.title}" + (f" ({where})" if where else "")
                   + f"  [{role.article_id[:12]}]")
