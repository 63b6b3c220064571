"""Real failures for the failure tests: a Redis server that can hang or die, a
database connection that cannot be made, a network path to PostgreSQL that
can be cut.

Nothing here imitates a component: the site talks to a real redis-server
process (paused with SIGSTOP it accepts connections and never answers, as a
stalled host does), to a database address where nothing answers, or to
PostgreSQL through a TCP relay that drops every connection on demand.
"""

import contextlib
import os
import selectors
import shutil
import signal
import socket
import subprocess
import threading
import time

from django.db import connection

import pytest

REDIS_SERVER = shutil.which("redis-server")


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port, timeout=10):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.05)
    raise AssertionError(f"nothing listens on port {port}")


class RedisServer:
    """A private redis-server on a free port, for one test: no persistence, nobody else's data."""

    def __init__(self, workdir):
        if REDIS_SERVER is None:
            pytest.skip("redis-server is not installed")
        self.port = free_port()
        self.process = subprocess.Popen(
            [REDIS_SERVER, "--port", str(self.port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"],
            cwd=workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        wait_for_port(self.port)

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def hang(self):
        """Stop the process: the kernel still accepts connections, nothing ever answers."""
        os.kill(self.process.pid, signal.SIGSTOP)

    def resume(self):
        os.kill(self.process.pid, signal.SIGCONT)

    def kill(self):
        if self.process.poll() is None:
            self.resume()
            self.process.kill()
            self.process.wait(timeout=10)


def redis_cache_settings(url, down_seconds=15):
    """The production cache configuration (settings/base.py), pointed at ``url``."""
    return {
        "default": {
            "BACKEND": "core.cache_backend.ResilientRedisCache",
            "LOCATION": url,
            "KEY_PREFIX": "failures-test",
            "OPTIONS": {
                "CLIENT_CLASS": "django_redis.client.DefaultClient",
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
                "IGNORE_EXCEPTIONS": True,
                "DOWN_SECONDS": down_seconds,
            },
        },
        "axes": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "axes"},
    }


@contextlib.contextmanager
def database_unreachable():
    """Every new database connection of this process fails, as when the server is down.

    The open connection is closed and its address replaced by one where
    nothing answers: a port nobody listens on (PostgreSQL) or a file in a
    folder that does not exist (SQLite). The driver's own error comes back.
    Use with ``transactional_db``: a test transaction cannot outlive its connection.
    """
    saved = dict(connection.settings_dict)
    connection.close()
    if connection.vendor == "sqlite":
        connection.settings_dict["NAME"] = "/nonexistent-folder/database-is-down.sqlite3"
    else:
        connection.settings_dict.update({"HOST": "127.0.0.1", "PORT": str(free_port())})
    try:
        yield
    finally:
        connection.close()
        connection.settings_dict.clear()
        connection.settings_dict.update(saved)


class TcpRelay:
    """A TCP relay to ``target`` that can be cut (every connection dropped, new ones refused) and restored."""

    def __init__(self, target_host, target_port):
        self.target = (target_host, target_port)
        self.port = free_port()
        self.pairs = []
        self.lock = threading.Lock()
        self.listener = None
        self.restore()

    def restore(self):
        listener = socket.socket()
        listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        listener.bind(("127.0.0.1", self.port))
        listener.listen(64)
        self.listener = listener
        threading.Thread(target=self._accept, args=(listener,), daemon=True).start()

    def _accept(self, listener):
        while True:
            try:
                client, _address = listener.accept()
            except OSError:
                return  # cut
            try:
                upstream = socket.create_connection(self.target, timeout=5)
            except OSError:
                client.close()
                continue
            with self.lock:
                if self.listener is not listener:  # accepted while being cut: refused like the rest
                    client.close()
                    upstream.close()
                    return
                self.pairs.append((client, upstream))
            threading.Thread(target=self._pump, args=(client, upstream), daemon=True).start()

    @staticmethod
    def _pump(client, upstream):
        selector = selectors.DefaultSelector()
        selector.register(client, selectors.EVENT_READ, upstream)
        selector.register(upstream, selectors.EVENT_READ, client)
        try:
            while True:
                for key, _mask in selector.select():
                    data = key.fileobj.recv(65536)
                    if not data:
                        return
                    key.data.sendall(data)
        except OSError:
            return
        finally:
            selector.close()
            for sock in (client, upstream):
                with contextlib.suppress(OSError):
                    sock.close()

    def cut(self):
        with self.lock:
            listener, self.listener = self.listener, None
            pairs, self.pairs = self.pairs, []
        if listener is not None:
            # shutdown wakes the thread blocked in accept(); close alone would leave it accepting.
            with contextlib.suppress(OSError):
                listener.shutdown(socket.SHUT_RDWR)
            listener.close()
        for pair in pairs:
            for sock in pair:
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                with contextlib.suppress(OSError):
                    sock.close()

    def close(self):
        self.cut()
