"""The FastAPI application: the store is opened in the lifespan and filled from seeds/ on first start."""
from __future__ import annotations

import logging
import threading
from contextlib import asynccontextmanager
from pathlib import Path

from fastapi import FastAPI
from fastapi.openapi.docs import get_swagger_ui_html
from fastapi.staticfiles import StaticFiles
from swagger_ui_bundle import swagger_ui_path

from api import errors, observability
from api.limits import LimitsMiddleware
from api.routing import include
from api.routes import entities, export, firms, graph_store, sparql, update, void
from api.routes import clusters, designations, documents, industries, linked, observations, paths, policies, regions
from api.routes import analytics, explore
from fastapi.middleware.cors import CORSMiddleware
from kg import __version__, indexes
from kg.config import Settings
from kg.loader import ensure_reference, has_documents, load_paths
from kg.resolve import Resolver
from kg.store import Store, open_store

log = logging.getLogger("kg.api")


def bootstrap(store: Store, settings: Settings) -> None:
    """Reference data always; the seed articles when the store holds no document yet."""
    ensure_reference(store)
    if settings.seeds and Path(settings.seeds).is_dir() and not has_documents(store):
        results, failures = load_paths(store, [settings.seeds])
        log.info("loaded %d seed documents (%d failed) from %s", len(results), len(failures), settings.seeds)


def warm(store: Store, resolver: Resolver) -> None:
    try:
        resolver.warm()
        indexes.warm(store)
    except Exception:  # the questions build what they need: a failure here only costs time
        log.exception("reading the saved indexes failed")


def create_app(settings: Settings | None = None, store: Store | None = None) -> FastAPI:
    settings = settings or Settings()

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        owned = store is None
        app.state.store = store if store is not None else open_store(settings.store)
        app.state.settings = settings
        bootstrap(app.state.store, settings)
        app.state.resolver = Resolver(app.state.store, pinyin_memo=app.state.store.sidecar("pinyin.json"))
        # indexes saved by the last run at the store's current stamp are read now, in the background: a restart
        # answers its first question from memory (kg/store/saved.py); nothing is built here
        threading.Thread(target=warm, args=(app.state.store, app.state.resolver), name="kg-warm", daemon=True).start()
        try:
            yield
        finally:
            sparql.close_pool(app)
            if owned:
                app.state.store.close()

    app = FastAPI(title="kg: Chinese industrial policy knowledge graph", version=__version__,
                  docs_url=None, redoc_url=None, lifespan=lifespan,
                  description="Firms, regions, industries, clusters, policies and designations, every fact traced to "
                              "the sentence it came from. SPARQL 1.1 at /sparql.")
    errors.register(app)
    for module in (firms, entities, sparql, update, graph_store, void, export):
        include(app, module.router)
    for module in (regions, industries, policies, clusters, designations, observations, paths, documents, linked):
        include(app, module.router)
    for module in (explore, analytics):
        include(app, module.router)
    if settings.cors_origins:  # closed unless KG_CORS_ORIGINS names the origins
        app.add_middleware(CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST", "DELETE"],
                           allow_headers=["Authorization", "Content-Type", "Accept"], expose_headers=["Location"])
    app.mount("/static/swagger", StaticFiles(directory=str(swagger_ui_path)), name="swagger")

    @app.get("/docs", include_in_schema=False)
    def docs():
        return get_swagger_ui_html(openapi_url="/openapi.json", title=app.title,
                                   swagger_js_url="/static/swagger/swagger-ui-bundle.js",
                                   swagger_css_url="/static/swagger/swagger-ui.css",
                                   swagger_favicon_url="/static/swagger/favicon-32x32.png")

    app.add_middleware(LimitsMiddleware, max_body_bytes=settings.max_body_bytes,
                       max_concurrent_per_client=settings.max_concurrent_per_client)
    errors.document_common_errors(app)
    observability.install(app)
    include(app, observability.router)
    return app


app = create_app()
