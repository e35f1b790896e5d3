"""The bench's load generator reads each answer to its end however the server frames it, and counts what it got."""
from __future__ import annotations

import socket
import threading

import pytest

from bench.load import hammer

ANSWERS = {
    "length": b"HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello",
    "chunked": b"HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n3;ext=1\r\nhel\r\n2\r\nlo\r\n0\r\nX-Trailer: 1\r\n\r\n",
    "close": b"HTTP/1.1 200 OK\r\nConnection: close\r\nContent-Length: 2\r\n\r\nok",
    "unframed": b"HTTP/1.0 200 OK\r\n\r\nread to the end",
    "missing": b"HTTP/1.1 404 Not Found\r\ncontent-length: 0\r\n\r\n",
}


@pytest.fixture
def server():
    """A server that answers every request on a connection with the answer its path names, one byte at a time
    for the first answer (so framing across reads is exercised), and counts the requests it read."""
    listener = socket.create_server(("127.0.0.1", 0))
    served = {"requests": 0}

    def serve(conn: socket.socket) -> None:
        first = True
        with conn:
            data = b""
            while True:
                while b"\r\n\r\n" not in data:
                    more = conn.recv(4096)
                    if not more:
                        return
                    data += more
                head, data = data.split(b"\r\n\r\n", 1)
                served["requests"] += 1
                answer = ANSWERS[head.split(b" ")[1].decode().lstrip("/")]
                if first:
                    for i in range(len(answer)):
                        conn.sendall(answer[i:i + 1])
                    first = False
                else:
                    conn.sendall(answer)
                if b"close" in answer.lower() or answer.startswith(b"HTTP/1.0"):
                    return

    def accept() -> None:
        while True:
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=serve, args=(conn,), daemon=True).start()

    threading.Thread(target=accept, daemon=True).start()
    yield f"http://127.0.0.1:{listener.getsockname()[1]}", served
    listener.close()


@pytest.mark.parametrize("kind", ["length", "chunked", "close", "unframed"])
def test_every_answer_is_read_whole_and_counted(server, kind):
    base, served = server
    result = hammer("GET", f"{base}/{kind}", connections=2, duration=0.2)
    assert result.requests > 2 and result.errors == 0
    # each connection's warm-up request is served but not counted
    assert served["requests"] == result.requests + 2


def test_an_answer_other_than_200_is_an_error(server):
    base, _ = server
    result = hammer("GET", f"{base}/missing", connections=1, duration=0.1)
    assert result.requests > 0 and result.errors == result.requests
