"""GET /export: the graph, or a subgraph, in any export format; POST /export: exactly the given nodes
(what the explorer shows)."""
from __future__ import annotations

from typing import Annotated
from urllib.parse import quote

from fastapi import APIRouter, HTTPException, Query
from fastapi.responses import Response
from pydantic import BaseModel, Field

from api.deps import ResolverDep, StoreDep
from kg import export as exporter
from kg.export.dot import RenderError
from kg.export.projection import MAX_DEPTH
from kg.vocab import ENTITY_TYPES, RELATION_PREDICATES

router = APIRouter(tags=["export"])

FormatParam = Annotated[str, Query(pattern="^(" + "|".join(exporter.FORMATS) + ")$",
                                   description="; ".join(f"`{k}`: {f.tool}" for k, f in exporter.FORMATS.items()))]
_TYPES = "^(" + "|".join(ENTITY_TYPES) + ")(,(" + "|".join(ENTITY_TYPES) + "))*$"
_PREDICATES = "^(" + "|".join(RELATION_PREDICATES) + ")(,(" + "|".join(RELATION_PREDICATES) + "))*$"
_RESPONSES = {200: {"content": {f.media_type: {} for f in exporter.FORMATS.values()}},
              503: {"description": "Graphviz or a CJK font is missing (svg, png)"}}


class ExportView(BaseModel):
    """A view to export: these entities (short ids or IRIs) and the relations among them."""

    format: str = Field(pattern="^(" + "|".join(exporter.FORMATS) + ")$", examples=["gexf"])
    nodes: list[str] = Field(min_length=1, max_length=5000, examples=[["firm/吉利", "region/330522"]])
    types: list[str] = Field(default_factory=list, examples=[["Firm", "Region"]])
    predicates: list[str] = Field(default_factory=list, examples=[["locatedIn"]])


def _response(store, format: str, selection, name: str) -> Response:
    try:
        body = exporter.export(store, format, selection)
    except RenderError as e:
        raise HTTPException(503, str(e)) from e
    filename = f"{name}{exporter.FORMATS[format].extension}"
    return Response(body, media_type=exporter.FORMATS[format].media_type,
                    headers={"Content-Disposition": f"attachment; filename=\"kg{exporter.FORMATS[format].extension}\"; "
                                                    f"filename*=UTF-8''{quote(filename)}"})


@router.get("/export", summary="The graph, or the neighbourhood of one entity, for visualisation and RDF tools",
            responses=_RESPONSES)
def export(
    store: StoreDep,
    resolver: ResolverDep,
    format: FormatParam = "graphml",
    focus: Annotated[str | None, Query(max_length=500, description="an entity by any name form", examples=["长兴"])] = None,
    depth: Annotated[int, Query(ge=0, le=MAX_DEPTH, description="hops around `focus`")] = 1,
    types: Annotated[str | None, Query(pattern=_TYPES, description="comma-separated entity types", examples=["Firm,Region"])] = None,
    predicates: Annotated[str | None, Query(pattern=_PREDICATES, description="comma-separated relations", examples=["locatedIn"])] = None,
) -> Response:
    sel = exporter.selection(store, focus, depth, types, predicates, resolver=resolver)
    return _response(store, format, sel, "kg" if sel.focus is None else "kg-" + sel.focus.rsplit("/", 1)[-1])


@router.post("/export", summary="Exactly these entities and the relations among them (the explorer's current view)",
             responses=_RESPONSES)
def export_view(store: StoreDep, view: ExportView) -> Response:
    sel = exporter.selection(store, types=",".join(view.types) or None, predicates=",".join(view.predicates) or None,
                             nodes=view.nodes)
    return _response(store, view.format, sel, "kg-view")
