"""Dependencies, declared once as ``Annotated`` aliases.

They are ``async def`` because they only read app state: FastAPI runs a plain ``def`` dependency in its thread pool,
a thread hop per dependency per request.
"""
from __future__ import annotations

from typing import Annotated

from fastapi import Depends, Request

from kg.config import Settings
from kg.resolve import Resolver
from kg.store import Store


async def get_store(request: Request) -> Store:
    return request.app.state.store


async def get_resolver(request: Request) -> Resolver:
    return request.app.state.resolver


async def get_settings(request: Request) -> Settings:
    return request.app.state.settings


StoreDep = Annotated[Store, Depends(get_store)]
ResolverDep = Annotated[Resolver, Depends(get_resolver)]
SettingsDep = Annotated[Settings, Depends(get_settings)]
