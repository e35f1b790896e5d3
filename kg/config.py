"""Settings: one typed class, read once from the environment (prefix ``KG_``), overridable in tests."""
from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

#: the repository root when running from a checkout (seeds/ lives there)
REPO_ROOT = Path(__file__).resolve().parents[1]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="KG_", extra="ignore")

    store: str = Field(default="data/store", description="store directory, or ':memory:'")
    seeds: str = Field(default=str(REPO_ROOT / "seeds"), description="articles loaded into an empty store on first start")
    token: str | None = Field(default=None, description="bearer token for writes; unset means writes are refused")
    query_timeout_s: float = Field(default=30.0, gt=0)
    query_max_rows: int = Field(default=100_000, gt=0, description="SPARQL results past this many rows are refused")
    query_workers: int = Field(default=2, ge=1, le=64, description="worker processes answering /sparql")
    federation_allow: list[str] = Field(default_factory=list, description="IRI prefixes SERVICE and LOAD may "
                                        "fetch from; empty means the server never fetches anything")
    max_body_bytes: int = Field(default=5_000_000, gt=0)
    max_concurrent_per_client: int = Field(default=16, gt=0, description="requests in flight per client address (429 beyond)")
    max_upload_bytes: int = Field(default=2_000_000, gt=0, description="largest article POST /documents accepts (413 beyond)")
    cors_origins: list[str] = Field(default_factory=list)

    @field_validator("token")
    @classmethod
    def _token_strong_enough(cls, v: str | None) -> str | None:
        if v is not None and len(v) < 8:
            raise ValueError("KG_TOKEN must be at least 8 characters")
        return v or None


def get_settings() -> Settings:
    return Settings()
