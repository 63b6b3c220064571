"""A hung or dead Redis costs one timeout, not one per cache read (core/cache_backend.py).

Runs against a private redis-server process that the test pauses (it then
accepts connections and never answers, like a stalled host) and kills.
"""

import logging
import time

from django.core.cache import cache
from django.test import override_settings

import pytest

from hotline import antiabuse
from tests.outages import RedisServer, redis_cache_settings

DOWN_SECONDS = 2


@pytest.fixture
def redis(tmp_path):
    server = RedisServer(tmp_path)
    with override_settings(CACHES=redis_cache_settings(server.url, down_seconds=DOWN_SECONDS)):
        yield server
    server.kill()


def timed(function, *args):
    start = time.monotonic()
    result = function(*args)
    return result, time.monotonic() - start


def test_a_hung_redis_is_skipped_after_the_first_timeout_and_used_again_when_it_answers(redis, caplog):
    cache.set("greeting", "hello", 60)
    assert cache.get("greeting") == "hello"

    redis.hang()
    with caplog.at_level(logging.WARNING, logger="core.cache_backend"):
        first, first_took = timed(cache.get, "greeting")
        assert first is None
        assert 0.5 < first_took < 2.5  # one socket timeout (1 s)

        # Every further read and write answers at once, as a miss, for DOWN_SECONDS.
        start = time.monotonic()
        for number in range(50):
            assert cache.get(f"key-{number}") is None
            cache.set(f"key-{number}", number, 60)
        assert cache.get_many(["greeting", "other"]) == {}
        assert not cache.add("new", 1)
        # The callback form's rate limits fail open instead of refusing people.
        assert antiabuse.hit("addr", "203.0.113.7", limit=1, window=60)
        assert time.monotonic() - start < 0.5
    # One warning for the outage, not a traceback per operation.
    warnings = [record for record in caplog.records if record.name == "core.cache_backend"]
    assert len(warnings) == 1
    assert "Redis unavailable" in warnings[0].getMessage()

    redis.resume()
    time.sleep(DOWN_SECONDS + 0.2)
    assert cache.get("greeting") == "hello"  # tried again, and Redis kept its data
    cache.set("after", "back", 60)
    assert cache.get("after") == "back"


def test_a_dead_redis_gives_misses_at_once(redis):
    cache.set("greeting", "hello", 60)
    redis.kill()
    start = time.monotonic()
    for number in range(50):
        assert cache.get("greeting") is None
        cache.set(f"key-{number}", number, 60)
    assert time.monotonic() - start < 1.5
