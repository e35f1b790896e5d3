from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Query
from fastapi.responses import Response

from api.deps import StoreDep
from kg import export as exporter

router = APIRouter(tags=["export"])


@router.get("/export", summary="The graph for visualisation tools (GraphML for Gephi, Cytoscape, yEd)",
            responses={200: {"content": {"application/graphml+xml": {}}}})
def export(store: StoreDep, format: Annotated[str, Query(pattern="^(" + "|".join(exporter.FORMATS) + ")$")] = "graphml") -> Response:
    body = exporter.export(store, format)
    return Response(body, media_type=exporter.MEDIA_TYPES[format],
                    headers={"Content-Disposition": f'attachment; filename="kg{exporter.EXTENSIONS[format]}"'})
