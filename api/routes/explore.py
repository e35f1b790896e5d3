"""/explore: the graph explorer, a page of our own HTML, CSS and JavaScript (no third-party code, no CDN).

It talks only to this service: /entities to search and show details, /export?format=cytoscape for
neighbourhoods, /export?format=geojson for the map, POST /export to download the current view.
"""
from __future__ import annotations

from pathlib import Path

from fastapi import APIRouter, HTTPException
from fastapi.responses import FileResponse

router = APIRouter(tags=["explore"])

STATIC = Path(__file__).resolve().parents[1] / "static" / "explore"
#: the files the page may load, and nothing else from that folder
ASSETS = {"explore.js": "text/javascript", "explore.css": "text/css", "graph.js": "text/javascript",
          "map.js": "text/javascript"}


@router.get("/explore", include_in_schema=False)
def explore() -> FileResponse:
    return FileResponse(STATIC / "index.html", media_type="text/html; charset=utf-8",
                        headers={"Cache-Control": "no-cache"})


@router.get("/explore/assets/{name}", include_in_schema=False)
def asset(name: str) -> FileResponse:
    if name not in ASSETS:
        raise HTTPException(404, f"no explorer asset {name!r}")
    return FileResponse(STATIC / name, media_type=ASSETS[name] + "; charset=utf-8", headers={"Cache-Control": "no-cache"})


@router.get("/explore/config", include_in_schema=False)
def config() -> dict:
    """What the page needs to know that the library decides: colours by type, and the export formats."""
    from kg.export import FORMATS
    from kg.export.style import TYPE_COLOURS

    return {"types": TYPE_COLOURS, "formats": {name: f.tool for name, f in FORMATS.items()}}
