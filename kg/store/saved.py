"""Indexes derived from a store, saved beside it and read back at the next start instead of rebuilt.

One mechanism for every index object: ``read_or_build(store, name, cls, build)`` reads ``<store>.saved.<name>`` if
it was saved at the store's current write stamp (``Store.stamp``, kg/store/stamp.py), else calls ``build()`` and
saves the result in the background. An index class opts in by being a dataclass that derives from ``Saveable``
(its fields are saved, but ``TRANSIENT`` ones) or by defining ``__getstate__``/``__setstate__``; ``SAVED_FORMAT``
names the layout, and a dataclass's field names are part of it, so a file of an older layout is never read into a
newer class. A store with no stamp (in memory, remote, read-only) always builds, as before.

A file is ``MAGIC | header (JSON, padded to HEADER_BYTES) | payload``; the header names the index, its layout, the
stamp, and the payload's length and CRC-32. A file written whole then renamed into place is never half there; a
truncated or corrupt one (a disk fault, a copy) fails the length or checksum test, is logged as a warning and
rebuilt.

The payload is a pickle. Unpickling runs code named in the file, which is acceptable only because the file is
written by this service, beside its own store, in a place no one else writes: never read one from elsewhere.
Pickle is also the fastest to read here: the large indexes are a few arrays and strings, copied rather than parsed.
"""
from __future__ import annotations

import dataclasses
import gc
import json
import logging
import mmap
import os
import pickle
import threading
import time
import zlib
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar, TypeVar

from kg.store.base import Store

log = logging.getLogger("kg.store.saved")

MAGIC = b"KGSAVED1"
HEADER_BYTES = 4096
T = TypeVar("T")
_writing = threading.Lock()  # one save at a time: saves are background work and each holds its index's memory


class Saveable:
    """A dataclass mixin: saved as its fields except ``TRANSIENT`` ones (locks, caches, references to the store),
    which come back as their defaults."""

    TRANSIENT: ClassVar[tuple[str, ...]] = ()
    SAVED_FORMAT: ClassVar[int] = 1

    def __getstate__(self) -> dict[str, Any]:
        return {f.name: getattr(self, f.name) for f in dataclasses.fields(self) if f.name not in self.TRANSIENT}

    def __setstate__(self, state: dict[str, Any]) -> None:
        for f in dataclasses.fields(self):
            if f.name in state:
                value = state[f.name]
            elif f.default_factory is not dataclasses.MISSING:
                value = f.default_factory()
            else:
                value = None if f.default is dataclasses.MISSING else f.default
            object.__setattr__(self, f.name, value)


def layout(cls: type) -> str:
    """What a saved file must have been written by: the class, its ``SAVED_FORMAT`` and its saved fields."""
    names = [f.name for f in dataclasses.fields(cls) if f.name not in getattr(cls, "TRANSIENT", ())] \
        if dataclasses.is_dataclass(cls) else list(getattr(cls, "__slots__", ()))
    return f"{cls.__module__}.{cls.__qualname__}/{getattr(cls, 'SAVED_FORMAT', 1)}/{','.join(names)}"


def path_of(store: Store, name: str) -> Path | None:
    return store.sidecar(f"saved.{name}")


def write(store: Store, name: str, obj: Any, stamp: str) -> bool:
    """Save ``obj`` as ``name`` at ``stamp`` (temporary file, then renamed). False, logged, if it cannot be written
    or the store moved meanwhile (it would never be read)."""
    path = path_of(store, name)
    if path is None:
        return False
    tmp = path.with_name(f"{path.name}.tmp{os.getpid()}")
    t = time.perf_counter()
    with _writing:
        try:
            with open(tmp, "wb") as f:
                f.write(b"\0" * (len(MAGIC) + HEADER_BYTES))
                crc = _Crc(f)
                pickle.dump(obj, crc, protocol=5)
                header = json.dumps({"name": name, "layout": layout(type(obj)), "stamp": stamp,
                                     "length": crc.length, "crc32": crc.crc}).encode()
                if len(header) > HEADER_BYTES:
                    raise ValueError(f"header of {len(header)} bytes")
                f.seek(0)
                f.write(MAGIC + header.ljust(HEADER_BYTES, b" "))
            if store.stamp() != stamp:
                tmp.unlink()
                log.info("not saving %s: the store was written while it was built", path.name)
                return False
            os.replace(tmp, path)
        except Exception as e:  # noqa: BLE001 - the index in memory is right without its file
            log.warning("cannot save %s (%s: %s)", path, type(e).__name__, e)
            tmp.unlink(missing_ok=True)
            return False
    log.info("saved %s (%.1f MB in %.1f s)", path.name, path.stat().st_size / 1e6, time.perf_counter() - t)
    return True


class _Crc:
    """A file that counts and checksums what is written through it."""

    def __init__(self, f) -> None:
        self.f, self.crc, self.length = f, 0, 0

    def write(self, data) -> int:
        self.crc = zlib.crc32(data, self.crc)
        self.length += len(data)
        return self.f.write(data)


def _header(f) -> tuple[bytes, dict[str, Any]]:
    head = f.read(len(MAGIC) + HEADER_BYTES)
    if len(head) < len(MAGIC) + HEADER_BYTES or not head.startswith(MAGIC):
        raise ValueError("no header")
    return head, json.loads(head[len(MAGIC):])


def current(store: Store, name: str, cls: type) -> bool:
    """Whether ``name`` was saved at the store's stamp by this layout of ``cls`` (its header only: cheap). The
    payload may still prove damaged when read."""
    path, stamp = path_of(store, name), store.stamp()
    if path is None or stamp is None:
        return False
    try:
        with open(path, "rb") as f:
            _head, header = _header(f)
    except (OSError, ValueError):
        return False
    return header.get("name") == name and header.get("layout") == layout(cls) and header.get("stamp") == stamp


def read(store: Store, name: str, cls: type[T], stamp: str) -> T | None:
    """The index saved as ``name`` if it was saved at ``stamp`` by this layout of ``cls``, else None (a damaged file is
    logged as a warning; a missing or older one is not an error)."""
    path = path_of(store, name)
    if path is None:
        return None
    t = time.perf_counter()
    try:
        with open(path, "rb") as f:
            head, header = _header(f)
            if header.get("name") != name or header.get("layout") != layout(cls):
                log.info("%s was saved by another version: rebuilding", path.name)
                return None
            if header.get("stamp") != stamp:
                log.info("%s was saved before the store's last write: rebuilding", path.name)
                return None
            size = os.fstat(f.fileno()).st_size - len(head)
            if size != header["length"] or size == 0:
                raise ValueError(f"{size} bytes of payload, the header says {header['length']}")
            with mmap.mmap(f.fileno(), 0, access=mmap.ACCESS_READ) as m:
                view = memoryview(m)[len(head):]
                try:
                    if zlib.crc32(view) != header["crc32"]:
                        raise ValueError("checksum mismatch")
                    # no cyclic collection while millions of containers are made: it would walk them again and
                    # again (twice as fast for the name index)
                    collecting = gc.isenabled()
                    gc.disable()
                    try:
                        obj = pickle.loads(view)
                    finally:
                        if collecting:
                            gc.enable()
                finally:
                    view.release()
    except FileNotFoundError:
        return None
    except Exception as e:  # noqa: BLE001 - any damage means: rebuild, never crash, never a wrong answer
        log.warning("ignoring the saved index %s (%s: %s): rebuilding", path, type(e).__name__, e)
        return None
    if not isinstance(obj, cls):
        log.warning("ignoring the saved index %s: it holds a %s: rebuilding", path, type(obj).__name__)
        return None
    log.info("read %s (%.1f MB in %.2f s)", path.name, (size + len(head)) / 1e6, time.perf_counter() - t)
    return obj


def read_or_build(store: Store, name: str, cls: type[T], build: Callable[[], T], *, background: bool = True) -> T:
    """The index ``name`` read from its saved file if that was saved at the store's stamp, else ``build()`` and saved
    (in a thread if ``background``, so that the caller does not wait for the disk).

    The stamp is read before building: a write during the build moves it, and the file saved under the old stamp is
    never read.
    """
    stamp = store.stamp()
    if stamp is not None:
        found = read(store, name, cls, stamp)
        if found is not None:
            return found
    obj = build()
    if stamp is not None:
        if background:
            threading.Thread(target=write, args=(store, name, obj, stamp), name=f"kg-save-{name}", daemon=True).start()
        else:
            write(store, name, obj, stamp)
    return obj


__all__ = ["Saveable", "read", "write", "read_or_build", "current", "layout"]
