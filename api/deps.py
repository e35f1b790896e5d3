"""Dependencies, declared once as ``Annotated`` aliases."""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg.config import Settings
from kg.resolve import Resolver
from kg.store import Store


def get_store(request: Request) -> Store:
    return request.app.state.store


def get_resolver(request: Request) -> Resolver:
    return request.app.state.resolver


def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
ResolverDep = Annotated[Resolver, Depends(get_resolver)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
