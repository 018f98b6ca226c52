"""A scripted HTTP/1.1 server on 127.0.0.1 for tests that need answers the sandbox never gives.

``handler(request)`` returns ``(status, headers, body)``, or None to cut the connection without
answering (a lost answer); it may await (an event, to hold an answer back).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any

Answer = tuple[int, dict[str, str], bytes] | None


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


Handler = Callable[[Request], Awaitable[Answer]]


def envelope(data: Any, **headers: str) -> Answer:
    """A success envelope answer."""
    body = json.dumps({"code": "0", "data": data, "requestId": "r" * 32}).encode()
    return 200, {"Content-Type": "application/json", **headers}, body


def login(expires: str = "2999-01-01T00:00:00.000Z", **headers: str) -> Answer:
    """A login answer."""
    return envelope({"token": "T" * 66, "dtsExpireAt": expires}, **headers)


@dataclass
class RawServer:
    handler: Handler
    requests: list[Request] = field(default_factory=list)
    base_url: str = ""
    connections: int = 0
    _server: asyncio.Server | None = None
    _writers: set[asyncio.StreamWriter] = field(default_factory=set)

    async def __aenter__(self) -> RawServer:
        self._server = await asyncio.start_server(self._serve, "127.0.0.1", 0)
        port = self._server.sockets[0].getsockname()[1]
        self.base_url = f"http://127.0.0.1:{port}"
        return self

    async def __aexit__(self, *exc: object) -> None:
        assert self._server is not None
        self._server.close()
        for writer in list(self._writers):
            writer.close()

    def paths(self) -> list[str]:
        return [r.path for r in self.requests]

    async def _serve(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        self._writers.add(writer)
        self.connections += 1
        try:
            while True:
                head = await reader.readuntil(b"\r\n\r\n")
                lines = head.decode("latin-1").split("\r\n")
                method, path, _ = lines[0].split(" ", 2)
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        name, value = line.split(":", 1)
                        headers[name.strip().lower()] = value.strip()
                body = await reader.readexactly(int(headers.get("content-length", "0")))
                request = Request(method, path, headers, body)
                self.requests.append(request)
                answer = await self.handler(request)
                if answer is None:
                    return  # cut: the request arrived, its answer is lost
                status, answer_headers, payload = answer
                out = [f"HTTP/1.1 {status} X"]
                out += [f"{k}: {v}" for k, v in answer_headers.items()]
                out.append(f"Content-Length: {len(payload)}")
                writer.write(("\r\n".join(out) + "\r\n\r\n").encode("latin-1") + payload)
                await writer.drain()
        except (asyncio.IncompleteReadError, ConnectionError, asyncio.CancelledError):
            return
        finally:
            self._writers.discard(writer)
            writer.close()
