"""A Redis cache that steps aside at once when Redis fails, instead of making every page wait.

django-redis with ``IGNORE_EXCEPTIONS`` turns an unreachable Redis into cache
misses, but each operation still waits for its socket timeout (a second)
before giving up. A page reads the cache several times, so with Redis hung
(a stalled host, a full network buffer, a paused container) every page takes
many seconds, gunicorn's threads fill up and the site goes down with Redis.

``ResilientRedisCache`` adds a circuit breaker, one per process and Redis
server: the first operation that fails with a connection error or a timeout
marks Redis as down for ``DOWN_SECONDS`` (an ``OPTIONS`` key, default 15).
Until then every operation is answered at once as a miss (or "not stored"),
without touching the network. After that, the next operation tries Redis
again; success closes the breaker. One warning is logged when Redis is marked
down and one line when it is back, instead of a traceback per operation.

Everything else is django-redis: configure it as usual (``settings/base.py``).
"""

import functools
import logging
import socket
import threading
import time

from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import TimeoutError as RedisTimeoutError

logger = logging.getLogger(__name__)

DEFAULT_DOWN_SECONDS = 15
# Failures that say "Redis cannot be reached"; a bad command is not one of them.
OUTAGE_ERRORS = (RedisConnectionError, RedisTimeoutError, socket.timeout, OSError)
# Client methods that never touch the network.
LOCAL_METHODS = frozenset({"close", "make_key", "make_pattern", "encode", "decode", "get_client", "connect"})


class RedisMarkedDown(Exception):
    """Redis failed moments ago; not asked again yet."""


class Breaker:
    """Whether a Redis server is usable, shared by the threads of one process."""

    _breakers = {}
    _registry_lock = threading.Lock()

    def __init__(self, down_seconds):
        self.down_seconds = down_seconds
        self.down_until = 0.0
        self.lock = threading.Lock()

    @classmethod
    def for_server(cls, server, down_seconds):
        with cls._registry_lock:
            breaker = cls._breakers.get((server, down_seconds))
            if breaker is None:
                breaker = cls._breakers[(server, down_seconds)] = cls(down_seconds)
            return breaker

    def is_open(self):
        return time.monotonic() < self.down_until

    def trip(self, error):
        with self.lock:
            was_down = self.down_until > 0
            self.down_until = time.monotonic() + self.down_seconds
        if not was_down:
            logger.warning(
                "cache: Redis unavailable (%s); serving without it for %s s at a time",
                type(error).__name__,
                self.down_seconds,
            )

    def close(self):
        if self.down_until:
            with self.lock:
                self.down_until = 0.0
            logger.warning("cache: Redis answers again")


class GuardedClient:
    """Wraps a django-redis client: refuses at once while the breaker is open, trips it on an outage."""

    def __init__(self, client, breaker):
        self._client = client
        self._breaker = breaker

    def __getattr__(self, name):
        attribute = getattr(self._client, name)
        if name in LOCAL_METHODS or name.startswith("_") or not callable(attribute):
            return attribute
        breaker = self._breaker

        @functools.wraps(attribute)
        def guarded(*args, **kwargs):
            if breaker.is_open():
                raise ConnectionInterrupted(connection=None) from RedisMarkedDown()
            try:
                result = attribute(*args, **kwargs)
            except ConnectionInterrupted as error:
                if isinstance(error.__cause__, OUTAGE_ERRORS):
                    breaker.trip(error.__cause__)
                raise
            if breaker.down_until:
                breaker.close()
            return result

        return guarded


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        options = dict(params.get("OPTIONS", {}))
        down_seconds = float(options.pop("DOWN_SECONDS", DEFAULT_DOWN_SECONDS))
        super().__init__(server, {**params, "OPTIONS": options})
        # Failures are ignored (cache misses); the breaker logs them, once per outage.
        self._ignore_exceptions = True
        self._log_ignored_exceptions = False
        self._breaker = Breaker.for_server(server, down_seconds)

    @property
    def client(self):
        if self._client is None:
            self._client = GuardedClient(self._client_cls(self._server, self._params, self), self._breaker)
        return self._client
