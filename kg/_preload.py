"""Imported once by the forkserver of ``kg.workers``: every extraction worker forked from it starts warm."""
from kg.loader import warm_up

warm_up()
