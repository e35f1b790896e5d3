"""The write stamp of an on-disk store: a token, in a file in the store's folder, that changes around every write.

Indexes saved beside the store (``kg.store.saved``) carry the stamp they were built at and are read back only if
the store's stamp is still that one. For that to make staleness impossible:

- every write through ``OxigraphStore``, from any process (``kg serve``, ``kg load``, ``kg restore``), calls
  ``begin()`` before it touches the store and ``end()`` after: each writes a new random token, so no token is ever
  seen twice;
- ``begin()`` writes a *dirty* token and is on disk (fsync of the file and its folder) before the write starts. A
  crash between the two leaves the dirty token, which ``current()`` never returns: nothing saved can match it, and
  the next read-write open replaces it by a fresh clean token (the saved indexes stay unmatched);
- the file is in the store's folder (RocksDB leaves files it did not write alone), so a copy of the folder carries
  its stamp: an older copy restored in place does not match the indexes saved beside the newer store; and the
  token is prefixed by the RocksDB ``IDENTITY`` of the folder (unique per database created), so another store put
  in place of the folder does not match them either.

Writes made by other tools than kg (the ``oxigraph`` CLI on the same folder) do not move the stamp: delete the
``<store>.saved.*`` files after them.

>>> import tempfile, pathlib
>>> folder = pathlib.Path(tempfile.mkdtemp())
>>> stamp = WriteStamp(folder / "store.stamp", folder / "store")
>>> stamp.open()
>>> before = stamp.current()
>>> stamp.begin(); stamp.current() is None
True
>>> stamp.end(); stamp.current() not in (None, before)
True
"""
from __future__ import annotations

import logging
import os
import threading
import uuid
from pathlib import Path

log = logging.getLogger("kg.store")

_DIRTY = "writing "


def _fsync_dir(folder: Path) -> None:
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


class WriteStamp:
    """The stamp file ``path`` of the store folder ``store``."""

    def __init__(self, path: Path, store: Path) -> None:
        self.path = path
        self.store = store
        # writes under way in this process: the stamp turns clean again only when the last one ends, or an index
        # built while another thread still writes could be saved under a clean stamp that a crash leaves in place
        self._writers = 0
        self._lock = threading.Lock()

    def _identity(self) -> str:
        try:
            return (self.store / "IDENTITY").read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return "-"

    def _write(self, token: str, durable: bool) -> None:
        tmp = self.path.with_name(self.path.name + f".tmp{os.getpid()}")
        with open(tmp, "w", encoding="ascii") as f:
            f.write(token)
            if durable:
                f.flush()
                os.fsync(f.fileno())
        os.replace(tmp, self.path)
        if durable:
            _fsync_dir(self.path.parent)

    def open(self) -> None:
        """At a read-write open: a missing stamp, or one left dirty by a write that crashed, becomes a clean one."""
        if self.current() is None:
            self._write(uuid.uuid4().hex, durable=False)

    def begin(self) -> None:
        """Before a write: a dirty token, on disk before the write starts."""
        with self._lock:
            self._writers += 1
            if self._writers == 1:
                self._write(_DIRTY + uuid.uuid4().hex, durable=True)

    def end(self) -> None:
        """After a write (done or failed): a new clean token once no other write is under way. Not synced: if it is
        lost, the dirty one stays."""
        with self._lock:
            self._writers -= 1
            if self._writers == 0:
                self._write(uuid.uuid4().hex, durable=False)

    def current(self) -> str | None:
        """The store's stamp (``IDENTITY:token``), or None while a write is under way or after one crashed."""
        try:
            token = self.path.read_text(encoding="ascii").strip()
        except (OSError, ValueError):
            return None
        if not token or token.startswith(_DIRTY.strip()):
            return None
        return f"{self._identity()}:{token}"
