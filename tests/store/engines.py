"""SPARQL engines for the remote-store tests, started on 127.0.0.1 and stopped by PID.

Each engine is installed by ``scripts/services`` when missing; ``Unavailable`` says why one cannot run here.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import time
from contextlib import contextmanager
from pathlib import Path

import httpx

from tests.live import free_port

ROOT = Path(__file__).resolve().parents[2]
VENV_BIN = ROOT / ".venv" / "bin"


class Unavailable(Exception):
    """The engine cannot be installed or started on this machine."""


def install(engine: str) -> None:
    r = subprocess.run([str(ROOT / "scripts" / "services"), "install", engine], capture_output=True, text=True)
    if r.returncode != 0:
        raise Unavailable(f"{engine} cannot be installed here: {(r.stderr or r.stdout).strip()[-300:]}")


def _wait(url: str, proc: subprocess.Popen, timeout: float, what: str) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise Unavailable(f"{what} exited with {proc.returncode} before answering")
        try:
            r = httpx.post(url, data={"query": "ASK { ?s ?p ?o }"}, headers={"Accept": "application/sparql-results+json"},
                           timeout=2)
            if r.status_code == 200:
                return
        except httpx.HTTPError:
            pass
        time.sleep(0.2)
    raise Unavailable(f"{what} did not answer within {timeout:g} s")


def _stop(proc: subprocess.Popen) -> None:
    proc.terminate()
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()


@contextmanager
def oxigraph_server(workdir: Path, location: Path | None = None):
    """``oxigraph serve`` with the union default graph; yields the kg store URL."""
    install("oxigraph")
    port = free_port()
    args = [str(VENV_BIN / "oxigraph"), "serve", "--bind", f"127.0.0.1:{port}", "--union-default-graph"]
    if location is not None:
        args += ["--location", str(location)]
    log = open(workdir / "oxigraph.log", "wb")
    proc = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{port}/query", proc, 60, "oxigraph serve")
        yield f"sparql+http://127.0.0.1:{port}/query"
    finally:
        _stop(proc)
        log.close()


VIRTUOSO_INI = """[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
MaxCheckpointRemap = 2000
Striping = 0
TempStorage = TempDatabase
[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
MaxCheckpointRemap = 2000
Striping = 0
[Parameters]
ServerPort = 127.0.0.1:{sql}
DisableUnixSocket = 1
MaxClientConnections = 10
CheckpointInterval = 60
CaseMode = 2
DirsAllowed = ., {d}
NumberOfBuffers = 20000
MaxDirtyBuffers = 15000
ThreadsPerQuery = 2
[HTTPServer]
ServerPort = 127.0.0.1:{http}
ServerRoot = /var/lib/virtuoso-opensource-7/vsp
MaxClientConnections = 10
ServerThreads = 10
Charset = UTF-8
[SPARQL]
ResultSetMaxRows = 10000
MaxQueryCostEstimationTime = 400
MaxQueryExecutionTime = 60
"""


@contextmanager
def virtuoso_server(workdir: Path):
    """Debian's Virtuoso in ``workdir`` with the default 10,000-row cap, SPARQL updates allowed on loopback."""
    install("virtuoso")
    binary = shutil.which("virtuoso-t")
    isql = shutil.which("isql-vt")
    if not binary or not isql:
        raise Unavailable("virtuoso-t or isql-vt not on PATH after installing virtuoso-opensource")
    sql, http = free_port(), free_port()
    d = workdir / "virtuoso"
    d.mkdir(parents=True, exist_ok=True)
    (d / "virtuoso.ini").write_text(VIRTUOSO_INI.format(d=d, sql=sql, http=http))
    log = open(workdir / "virtuoso.out", "wb")
    proc = subprocess.Popen([binary, "+foreground", "+configfile", str(d / "virtuoso.ini")], cwd=d, stdout=log,
                            stderr=subprocess.STDOUT)
    try:
        _wait(f"http://127.0.0.1:{http}/sparql", proc, 120, "virtuoso-t")
        # the anonymous SPARQL user may update, and write every graph (a test server on loopback only)
        grants = ('GRANT SPARQL_UPDATE TO "SPARQL";\nDB.DBA.RDF_DEFAULT_USER_PERMS_SET (\'nobody\', 7);\n')
        r = subprocess.run([isql, f"127.0.0.1:{sql}", "dba", "dba"], input=grants, capture_output=True, text=True,
                           timeout=60, env=dict(os.environ))
        if r.returncode != 0:
            raise Unavailable(f"isql-vt could not grant SPARQL_UPDATE: {r.stdout[-300:]} {r.stderr[-300:]}")
        yield f"sparql+http://127.0.0.1:{http}/sparql"
    finally:
        _stop(proc)
        log.close()
