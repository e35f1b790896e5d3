"""The web layer: FastAPI app over the kg library. It imports kg's public names; kg never imports it."""
