"""How each entity type looks, in every format that has colour (GEXF, DOT, Cytoscape JSON, the explorer).

Colours are Okabe–Ito-like hues that stay distinguishable for colour-blind readers.
"""
from __future__ import annotations

TYPE_COLOURS = {
    "Firm": "#0072B2",
    "Region": "#009E73",
    "Organization": "#CC79A7",
    "Policy": "#D55E00",
    "Industry": "#E69F00",
    "Cluster": "#56B4E9",
    "Designation": "#8C6BB1",
}
OTHER_COLOUR = "#999999"


def colour(type_: str) -> str:
    """The hex colour of an entity type.

    >>> colour("Firm"), colour("Unknown")
    ('#0072B2', '#999999')
    """
    return TYPE_COLOURS.get(type_, OTHER_COLOUR)


def rgb(type_: str) -> tuple[int, int, int]:
    """The colour as 0–255 channels.

    >>> rgb("Region")
    (0, 158, 115)
    """
    h = colour(type_).lstrip("#")
    return int(h[0:2], 16), int(h[2:4], 16), int(h[4:6], 16)


def one_line(text: str) -> str:
    """Text as an XML token: no line breaks, no runs of spaces (GEXF labels are ``xsd:token``)."""
    return " ".join(str(text).split())
