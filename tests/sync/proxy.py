"""A small TCP proxy for the sync tests: throttles, delays, and cuts connections (mid-response too)."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable


class Proxy:
    def __init__(self, upstream_port: int, rate: float | None = None, delay: float = 0.0) -> None:
        self.upstream_port = upstream_port
        self.rate = rate  # bytes per second each way, None: unlimited
        self.delay = delay
        self.cut_response_after: int | None = None  # cut the next connection after this many response bytes
        #: called when the Nth response (counted from 1) starts; that connection is then cut
        self.hook: tuple[int, Callable[[], None]] | None = None
        self.responses = 0
        self.bytes_up = 0
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.connections: list[socket.socket] = []
        self.lock = threading.Lock()
        self.running = True
        threading.Thread(target=self._accept, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while self.running:
            try:
                client, _ = self.listener.accept()
            except OSError:
                return
            try:
                upstream = socket.create_connection(("127.0.0.1", self.upstream_port))
            except OSError:
                client.close()
                continue
            with self.lock:
                self.connections += [client, upstream]
            threading.Thread(target=self._pump, args=(client, upstream, True), daemon=True).start()
            threading.Thread(target=self._pump, args=(upstream, client, False), daemon=True).start()

    def _pump(self, source: socket.socket, target: socket.socket, upward: bool) -> None:
        sent = 0
        started = False
        try:
            while True:
                data = source.recv(4096 if self.rate is None else max(256, int(self.rate // 8)))
                if not data:
                    break
                if not upward and not started:
                    started = True
                    with self.lock:
                        self.responses += 1
                        fire = self.hook is not None and self.hook[0] == self.responses
                    if fire and self.hook is not None:
                        self.hook[1]()
                        raise OSError("cut by the test")
                if self.delay and sent == 0:
                    time.sleep(self.delay)  # latency: once per message, not per packet
                if self.rate:
                    time.sleep(len(data) / self.rate)
                limit = self.cut_response_after
                if not upward and limit is not None and sent + len(data) > limit:
                    self.cut_response_after = None
                    target.sendall(data[: max(0, limit - sent)])
                    raise OSError("cut by the test")
                target.sendall(data)
                sent += len(data)
                if upward:
                    self.bytes_up += len(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.shutdown(socket.SHUT_RDWR)
                except OSError:
                    pass
                sock.close()

    def cut_all(self) -> None:
        with self.lock:
            connections, self.connections = self.connections, []
        for sock in connections:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass

    def close(self) -> None:
        self.running = False
        self.listener.close()
        self.cut_all()
