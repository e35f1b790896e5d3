"""Bearer-token auth for every write path (SPARQL Update, Graph Store writes, document upload/delete).

No token configured (``KG_TOKEN`` unset) means writes are refused, never open. Tokens are compared in
constant time and never logged.
"""
from __future__ import annotations

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request


def require_token(request: Request) -> None:
    expected = request.app.state.settings.token
    if not expected:
        raise HTTPException(status_code=403, detail="writes are disabled: the server has no KG_TOKEN configured")
    header = request.headers.get("authorization", "")
    scheme, _, given = header.partition(" ")
    if scheme.lower() != "bearer" or not given:
        raise HTTPException(status_code=401, detail="missing bearer token", headers={"WWW-Authenticate": "Bearer"})
    if not hmac.compare_digest(given.strip().encode(), expected.encode()):
        raise HTTPException(status_code=403, detail="invalid bearer token")


WriteAccess = Annotated[None, Depends(require_token)]
