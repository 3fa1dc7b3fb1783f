"""`accords knowledge harvest|registry`: regenerate the versioned office-holder tables that
the entities stage reads (`accords.knowledge`), from the shared corpora or from the
cross-article registry of a store."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import typer

from accords.cli import app, call, open_store

knowledge_app = typer.Typer(help="Rebuild the office-holder tables (who held which office, when).", no_args_is_help=True)
app.add_typer(knowledge_app, name="knowledge")

_PACKAGE = Path(__file__).resolve().parent.parent / "knowledge"


@knowledge_app.command()
def harvest(
    corpora: Path = typer.Option(None, "--corpora", help="The shared corpora folder (default $ACCORDS_CORPORA or ../shared/corpora)."),
    out: Path = typer.Option(_PACKAGE / "office_holders_corpus.tsv", "--out", help="Where to write the table."),
    gold: list[Path] = typer.Option([Path("tests/gold/articles")], "--exclude-gold",
                                    help="Folders of gold article records left out (their URLs)."),
) -> None:
    """Harvest office holders from the corpora (titles and appositions; two documents or a
    readout title each) and write the table with each row's documents and one sentence."""
    from accords.evaluation.yardsticks import corpora_dir
    from accords.harvest import corpora as sources
    from accords.harvest import harvest as run
    from accords.harvest.table import render

    root = call(lambda: corpora_dir(corpora))
    exclude = sources.gold_urls([g for g in gold if g.is_dir()])
    documents = list(call(lambda: list(sources.documents(root, exclude=exclude))))
    made = run(documents)
    preamble = (
        "Office holders harvested from the shared corpora by `accords knowledge harvest` (accords.harvest).",
        f"{len(documents)} documents: {', '.join(sorted({d.corpus for d in documents}))}; White House texts 2021-2024 only;",
        f"{len(exclude)} gold articles left out. start/end = first/last publication day seen (empty: undated corpus).",
        "source = the corpora; evidence = documents (corpus/id) :: one sentence that says so. Curated rows win.",
    )
    out.write_text(render(made, preamble=preamble), encoding="utf-8")
    typer.echo(f"{len(made)} office holders from {len(documents)} documents -> {out}")


@knowledge_app.command()
def registry(
    out: Path = typer.Option(_PACKAGE / "office_holders_registry.tsv", "--out", help="Where to write the snapshot."),
) -> None:
    """Write the office holders the store's entity registry knows (people's roles across
    articles, `accords consolidate`) as a snapshot table the entities stage can read."""
    from accords.harvest.registry import CORPUS
    from accords.harvest.table import render, rows
    from accords.knowledge import terms
    from accords.store import registry as store_registry

    with open_store() as store:
        found = call(lambda: store_registry.office_sightings(store))
    made = rows(found, curated=[t for t in terms() if t.origin == "curated"])
    preamble = (
        f"Office holders from the entity registry of a store (`accords knowledge registry`, {dt.date.today().isoformat()}).",
        f"{len({s.doc_id for s in found})} articles with roles; rows need two articles. source = {CORPUS};",
        "evidence = article ids :: the role as stored. Curated and corpus rows win.",
    )
    out.write_text(render(made, preamble=preamble), encoding="utf-8")
    typer.echo(f"{len(made)} office holders from the registry -> {out}")
