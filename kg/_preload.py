"""Imported once by the forkserver of ``kg.workers``: every extraction worker forked from it starts warm."""
import gc

from kg.loader import warm_up

warm_up()
# the warm tables are shared copy-on-write with every worker: keep the collector from touching (copying) them
gc.freeze()
