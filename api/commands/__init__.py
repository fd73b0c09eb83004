"""`itt` sub-commands of the service: `serve`, `keys`, `audit`. Registered in `api.cli`."""

from __future__ import annotations

from assistant.errors import ITTError
from assistant.settings import Settings


def load_settings() -> Settings:
    from pydantic import ValidationError

    try:
        return Settings()
    except ValidationError as e:
        raise ITTError(f"Invalid configuration: {e.errors()[0]['msg']}") from e
