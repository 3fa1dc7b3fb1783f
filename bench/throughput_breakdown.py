"""Where the time goes: bare spaCy's components and accords' parse and stages, on the same articles, in one run.

    .venv/bin/python bench/throughput_breakdown.py [--n 300] [--corpus tehrantimes|mixed|bbc|samples]

Prints milliseconds per article for each component of bare spaCy `nlp.pipe` (the baseline of
bench/throughput.py), for each component of accords' base parse (`accords.nlp.get_nlp`), for
the dependency parse of candidate sentences (`accords.nlp.parse_spans`, inside the events stage) and
for each stage's own Python work. Every article is analysed (no relevance gate), so the
numbers are per relevant article. The last lines give the model-only floor: the ratio
bare spaCy / accords would reach if the stages cost nothing.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from throughput import load_texts  # noqa: E402


def _per_article(seconds: float, count: int) -> float:
    return seconds / count * 1000


def _component_times(nlp, texts: list[str], batch_size: int) -> tuple[dict[str, float], list]:
    """Seconds per component of `nlp` over `texts` (tokenizer first), and the finished Docs."""
    times: dict[str, float] = {}
    start = time.perf_counter()
    docs = [nlp.make_doc(text) for text in texts]
    times["tokenizer"] = time.perf_counter() - start
    for name, component in nlp.pipeline:
        start = time.perf_counter()
        if hasattr(component, "pipe"):
            docs = list(component.pipe(docs, batch_size=batch_size))
        else:
            docs = [component(doc) for doc in docs]
        times[name] = time.perf_counter() - start
    return times, docs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--corpus", default="tehrantimes", choices=["tehrantimes", "bbc", "mixed", "samples"])
    parser.add_argument("--batch-size", type=int, default=16)
    args = parser.parse_args()

    import spacy

    from accords import nlp as accords_nlp
    from accords import pipeline
    from accords.ids import content_id
    from accords.model import Article, Extraction

    texts = load_texts(args.corpus, args.n)
    count = len(texts)
    print(f"corpus {args.corpus}: {count} articles, every one analysed (no gate)")

    bare = spacy.load(accords_nlp.MODEL)
    _component_times(bare, texts[:5], args.batch_size)  # warm up
    bare_times, _ = _component_times(bare, texts, args.batch_size)
    bare_total = sum(bare_times.values())
    print("bare spaCy, ms/article: " + ", ".join(f"{k} {_per_article(v, count):.2f}" for k, v in bare_times.items())
          + f"; total {_per_article(bare_total, count):.2f}")

    ours = accords_nlp.get_nlp()
    clean = [accords_nlp.normalise_for_nlp(t) for t in texts]
    _component_times(ours, clean[:5], args.batch_size)
    base_times, docs = _component_times(ours, clean, args.batch_size)
    base_total = sum(base_times.values())
    print("accords base parse, ms/article: " + ", ".join(f"{k} {_per_article(v, count):.2f}" for k, v in base_times.items())
          + f"; total {_per_article(base_total, count):.2f}")

    parse_seconds = 0.0
    original_parse_spans = accords_nlp.parse_spans

    def timed_parse_spans(spans):
        nonlocal parse_seconds
        start = time.perf_counter()
        result = original_parse_spans(spans)
        parse_seconds += time.perf_counter() - start
        return result

    import accords.stages.events as events_stage

    events_stage.parse_spans = timed_parse_spans
    try:
        stages = pipeline.resolve()
        stage_times = {s.name: 0.0 for s in stages}
        for text, doc in zip(texts, docs):
            article = Article(id=content_id(text), text=text, language="en")
            extraction = Extraction(article_id=article.id, pipeline=())
            for current in stages:
                start = time.perf_counter()
                extraction = current.func(article, doc, extraction)
                stage_times[current.name] += time.perf_counter() - start
    finally:
        events_stage.parse_spans = original_parse_spans
    stage_times[events_stage.STAGE] -= parse_seconds
    print(f"dependency parse of candidate sentences (in the events stage): {_per_article(parse_seconds, count):.2f} ms/article")
    print("stages' own work, ms/article: " + ", ".join(f"{k} {_per_article(v, count):.2f}" for k, v in stage_times.items())
          + f"; total {_per_article(sum(stage_times.values()), count):.2f}")
    models = base_total + parse_seconds
    total = models + sum(stage_times.values())
    print(f"accords total {_per_article(total, count):.2f} ms/article: ratio bare / accords {bare_total / total:.2f}x "
          f"(model work alone {_per_article(models, count):.2f} ms: floor {bare_total / models:.2f}x with free stages)")


if __name__ == "__main__":
    main()
