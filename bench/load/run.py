#!/usr/bin/env python3
"""Load: the real gunicorn with production settings on PostgreSQL and Redis, under wrk.

Usage (from the project root, after `make install-dev`; PostgreSQL and Redis running):
    bench/load/run              # installs wrk with apt-get if missing, then runs this script
    .venv/bin/python bench/load/run.py [--quick] [options]

Steps:
 1. (Re)creates the database (default postgres://$USER@127.0.0.1:5432/campaign_bench), migrates,
    seeds the full demo content, compiles the catalogs and collects static files into a temporary
    directory, exactly as the container does.
 2. For each mode, starts gunicorn with the container's command and production settings
    (uncached: PAGE_CACHE_SECONDS=0; cached: the production default), empties its Redis
    database (default redis://127.0.0.1:6379/10) first, and waits for /healthz/.
 3. For each URL (Russian home page, a country guide, an article, the FAQ, the news feed and the
    hashed site CSS that production serves), warms up, then runs wrk and prints requests per
    second, p50/p99 latency, errors, and the ratio of the page's rate to the static file's rate
    measured in the same mode (the static file runs first and last; the ratio uses the mean).
 4. Endurance: 64 connections for 60 s over a mix of all those URLs, page cache on.
 5. Reliability: tests/test_reliability.py (if present) at full size, on PostgreSQL.

Requests go straight to gunicorn (no proxy) with `X-Forwarded-Proto: https`, as from the
TLS-terminating proxy, and `Accept-Encoding: gzip, br`, as from a browser.

Exits 1 and names the target when one is missed:
    every page, page cache on, is a cache hit and serves at least 50 % of the static file's requests per second;
    no error (connect, read, write, timeout, non-2xx/3xx status) in the endurance run;
    the reliability test passes.
Results are also written as JSON to bench/results/load-<time>.json; media, collected static files,
gunicorn logs and the reliability test's output stay in bench/results/load/ (gitignored).
"""

import argparse
import contextlib
import getpass
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
HERE = Path(__file__).resolve().parent
VENV_BIN = ROOT / ".venv" / "bin"
PYTHON = str(VENV_BIN / "python") if (VENV_BIN / "python").exists() else sys.executable
LUA = HERE / "report.lua"
WORK = ROOT / "bench" / "results" / "load"  # gitignored: media, collected static files, gunicorn logs
HEADERS = {"X-Forwarded-Proto": "https", "Accept-Encoding": "gzip, br"}

LIST_URLS = """
import json
from django.contrib.staticfiles.storage import staticfiles_storage
from articles.models import ArticlePage
from countries.models import CountryGuidePage
from faq.models import FAQIndexPage
from home.models import HomePage
def first(model):
    page = model.objects.live().filter(locale__language_code="ru").order_by("path").first()
    if page is None:
        raise SystemExit(f"no live Russian {model.__name__}: is the demo content seeded?")
    return page.url
print(json.dumps({
    "home": first(HomePage),
    "guide": first(CountryGuidePage),
    "article": first(ArticlePage),
    "faq": first(FAQIndexPage),
    "feed": "/ru/feeds/news.rss",
    "static": staticfiles_storage.url("css/site.css"),
}))
"""


class Failure(Exception):
    pass


START = time.monotonic()


def log(message):
    """Progress on stderr, with the seconds since the start."""
    print(f"{time.monotonic() - START:6.0f}s  {message.lstrip()}", file=sys.stderr, flush=True)


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def base_env(args, workdir):
    """The environment of a production container: nothing inherited that could change the settings."""
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("DJANGO_", "PYTEST", "PAGE_CACHE", "GUNICORN_", "WEB_CONCURRENCY", "RELIABILITY_"))
        and key not in ("DATABASE_URL", "REDIS_URL", "STATIC_ROOT", "MEDIA_ROOT", "SECURE_SSL_REDIRECT")
    }
    env.update(
        DJANGO_SETTINGS_MODULE="campaign_site.settings.production",
        SECRET_KEY="bench-load-" + secrets.token_urlsafe(40),
        ALLOWED_HOSTS="127.0.0.1",
        DATABASE_URL=args.database_url,
        REDIS_URL=args.redis_url,
        STATIC_ROOT=str(workdir / "static"),
        MEDIA_ROOT=str(workdir / "media"),
        PATH=f"{VENV_BIN}:{os.environ.get('PATH', '')}",
    )
    return env


def manage(env, *args, capture=True):
    result = subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, text=True, capture_output=capture)
    if result.returncode != 0:
        raise Failure(f"manage.py {' '.join(args)} failed:\n{result.stdout}\n{result.stderr}")
    return result.stdout


def _on_maintenance_database(database_url, *statements):
    """Run DROP/CREATE DATABASE statements (with the database's name) on the server's `postgres` database."""
    import psycopg2
    from psycopg2 import sql

    url = urllib.parse.urlsplit(database_url)
    connection = psycopg2.connect(
        host=url.hostname or "127.0.0.1",
        port=url.port or 5432,
        user=urllib.parse.unquote(url.username or getpass.getuser()),
        password=urllib.parse.unquote(url.password or "") or None,
        dbname="postgres",
        connect_timeout=5,
    )
    connection.autocommit = True
    try:
        with connection.cursor() as cursor:
            for statement in statements:
                cursor.execute(sql.SQL(statement).format(sql.Identifier(url.path.lstrip("/"))))
    finally:
        connection.close()


def recreate_database(database_url):
    _on_maintenance_database(database_url, "DROP DATABASE IF EXISTS {} WITH (FORCE)", "CREATE DATABASE {}")


def drop_database(database_url):
    _on_maintenance_database(database_url, "DROP DATABASE IF EXISTS {} WITH (FORCE)")


def flush_redis(redis_url):
    import redis

    client = redis.Redis.from_url(redis_url, socket_connect_timeout=2)
    client.flushdb()
    client.close()


def container_command():
    """The CMD of the Dockerfile, so the benchmark runs exactly what the image runs."""
    for line in (ROOT / "Dockerfile").read_text().splitlines():
        if line.startswith("CMD "):
            return json.loads(line[4:])
    raise Failure("Dockerfile has no CMD")


def get(base, path, timeout=15):
    request = urllib.request.Request(base + path, headers=HEADERS)
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            return response.status, dict(response.headers), response.read()
    except urllib.error.HTTPError as error:
        return error.code, dict(error.headers), error.read()


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


class Gunicorn:
    def __init__(self, env, args, workdir, mode, page_cache_seconds):
        self.port = free_port()
        self.base = f"http://127.0.0.1:{self.port}"
        self.log_path = workdir / f"gunicorn-{mode}.log"
        env = dict(
            env,
            HOST="127.0.0.1",
            PORT=str(self.port),
            WEB_CONCURRENCY=str(args.workers),
            GUNICORN_THREADS=str(args.gunicorn_threads),
            GUNICORN_ACCESS_LOG="0",
        )
        if page_cache_seconds is not None:
            env["PAGE_CACHE_SECONDS"] = str(page_cache_seconds)
        self.log_file = self.log_path.open("w")
        self.process = subprocess.Popen(
            container_command(),
            cwd=ROOT,
            env=env,
            stdout=self.log_file,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        self.wait_healthy()

    def wait_healthy(self, timeout=60):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.process.poll() is not None:
                raise Failure(f"gunicorn exited:\n{self.log_tail()}")
            try:
                status, _headers, _body = get(self.base, "/healthz/", timeout=2)
                if status == 200:
                    return
            except OSError:
                pass
            time.sleep(0.3)
        raise Failure(f"gunicorn did not answer /healthz/ within {timeout}s:\n{self.log_tail()}")

    def log_tail(self, lines=40):
        self.log_file.flush()
        return "\n".join(self.log_path.read_text(errors="replace").splitlines()[-lines:])

    def problems(self):
        """Lines of the server log that show trouble (tracebacks, worker timeouts, errors)."""
        self.log_file.flush()
        markers = ("Traceback", "WORKER TIMEOUT", "[ERROR]", "[CRITICAL]", "Error", "Killed")
        return [
            line for line in self.log_path.read_text(errors="replace").splitlines() if any(m in line for m in markers)
        ]

    def stop(self):
        if self.process.poll() is None:
            os.killpg(self.process.pid, signal.SIGTERM)
            try:
                self.process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(self.process.pid, signal.SIGKILL)
                self.process.wait()
        self.log_file.close()


def check_url(base, name, path):
    """Each URL answers 200 directly (no redirect); returns its X-Page-Cache header (hit, miss or -)."""
    opener = urllib.request.build_opener(NoRedirect)
    request = urllib.request.Request(base + path, headers=HEADERS)
    try:
        with opener.open(request, timeout=60) as response:
            status, page_cache = response.status, response.headers.get("X-Page-Cache", "-")
            response.read()
    except urllib.error.HTTPError as error:
        status, page_cache = error.code, "-"
    if status != 200:
        raise Failure(f"{name} {path} answered {status}, not 200")
    return page_cache


def settle(base, timeout=60):
    """Wait until the server has worked off what the last run left queued: /healthz/ answers fast 3 times."""
    deadline = time.monotonic() + timeout
    fast = 0
    while fast < 3 and time.monotonic() < deadline:
        started = time.monotonic()
        with contextlib.suppress(OSError):
            get(base, "/healthz/", timeout=timeout)
        fast = fast + 1 if time.monotonic() - started < 0.25 else 0


def wrk(base, paths, connections, threads, duration, timeout):
    """Run wrk; paths[0] is the URL, and with more than one path the Lua script cycles through them."""
    command = [
        "wrk",
        f"--connections={connections}",
        f"--threads={min(threads, connections)}",
        f"--duration={duration}s",
        f"--timeout={timeout}s",
        f"--script={LUA}",
    ]
    for name, value in HEADERS.items():
        command += ["--header", f"{name}: {value}"]
    command.append(base + paths[0])
    if len(paths) > 1:
        command += ["--", *paths]
    result = subprocess.run(command, capture_output=True, text=True, timeout=duration + timeout + 60)
    for line in result.stdout.splitlines():
        if line.startswith("WRK_JSON "):
            data = json.loads(line[len("WRK_JSON ") :])
            data["error_count"] = sum(data["errors"].values())
            return data
    raise Failure(f"wrk gave no result (exit {result.returncode}):\n{result.stdout}\n{result.stderr}")


def describe_errors(errors):
    return ", ".join(f"{kind} {count}" for kind, count in errors.items() if count) or "0"


def print_table(rows):
    header = (
        f"{'mode':<9} {'page':<8} {'path':<42} {'cache':>5} {'requests':>8} {'rps':>8} "
        f"{'p50 ms':>8} {'p99 ms':>8} {'errors':>6} {'KB':>6} {'/static':>7}"
    )
    print(header)
    print("-" * len(header))
    for row in rows:
        ratio = f"{row['ratio']:.2f}" if row.get("ratio") is not None else "-"
        path = row["path"] if len(row["path"]) <= 42 else row["path"][:39] + "..."
        size = f"{row['bytes'] / row['requests'] / 1024:.1f}" if row["requests"] else "-"  # per response, on the wire
        latency = f"{row['p50_ms']:>8.1f} {row['p99_ms']:>8.1f}" if row["requests"] else f"{'-':>8} {'-':>8}"
        print(
            f"{row['mode']:<9} {row['page']:<8} {path:<42} {row['page_cache']:>5} {row['requests']:>8} "
            f"{row['rps']:>8.1f} {latency} {row['error_count']:>6} {size:>6} {ratio:>7}"
        )
    sys.stdout.flush()


def run_reliability(args, env):
    test = ROOT / "tests" / "test_reliability.py"
    if not test.exists():
        log("reliability: tests/test_reliability.py not found; skipped")
        return None
    env = {key: value for key, value in env.items() if not key.startswith("DJANGO_")}
    env.update(RELIABILITY_SUBMISSIONS=str(args.reliability_submissions))
    command = [str(VENV_BIN / "pytest"), "tests/test_reliability.py", "-p", "no:cacheprovider", "-q", "-s"]
    log(f"reliability: RELIABILITY_SUBMISSIONS={args.reliability_submissions} {' '.join(command[1:])} …")
    started = time.monotonic()
    log_path = WORK / "reliability.log"
    with log_path.open("w") as output:
        process = subprocess.Popen(
            command, cwd=ROOT, env=env, stdout=output, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            returncode = process.wait(timeout=args.reliability_timeout)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGTERM)  # pytest and the gunicorn it started
            try:
                process.wait(timeout=30)
            except subprocess.TimeoutExpired:
                os.killpg(process.pid, signal.SIGKILL)
                process.wait()
            returncode = None
    lines = log_path.read_text(errors="replace").strip().splitlines()
    print("\n".join(line for line in lines if " submissions: " in line))
    print("\n".join(lines[-8:]))
    summary = lines[-1] if lines else ""
    if returncode is None:
        summary = f"no result within {args.reliability_timeout}s (killed); {summary}"
    return {
        # A skipped test measured nothing: the full-size run must really run.
        "passed": returncode == 0 and "skipped" not in summary,
        "returncode": returncode,
        "submissions": args.reliability_submissions,
        "seconds": round(time.monotonic() - started, 1),
        "log": str(log_path.relative_to(ROOT)),
        "summary": summary,
    }


def parse_args():
    user = getpass.getuser()
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument(
        "--quick",
        action="store_true",
        help="smoke run: 3 s per URL, 1 s warm-up, 5 s endurance; the ratio target is shown, not judged",
    )
    parser.add_argument("--duration", type=int, default=15, help="seconds of load per URL (default 15)")
    parser.add_argument("--warmup", type=int, default=3, help="seconds of load per URL before measuring (default 3)")
    parser.add_argument("--connections", type=int, default=32, help="wrk connections per URL (default 32)")
    parser.add_argument("--threads", type=int, default=2, help="wrk threads (default 2)")
    parser.add_argument("--timeout", type=int, default=10, help="wrk: seconds before a request is a timeout (10)")
    parser.add_argument("--endurance-duration", type=int, default=60, help="seconds (default 60; 0 skips)")
    parser.add_argument("--endurance-connections", type=int, default=64, help="connections (default 64)")
    parser.add_argument(
        "--workers", type=int, default=(os.cpu_count() or 1) + 1, help="gunicorn workers, WEB_CONCURRENCY (cores+1)"
    )
    parser.add_argument("--gunicorn-threads", type=int, default=2, help="GUNICORN_THREADS (default 2)")
    parser.add_argument(
        "--page-cache-seconds",
        type=int,
        default=None,
        help="PAGE_CACHE_SECONDS of the cached mode (default: unset, the production default)",
    )
    parser.add_argument(
        "--modes", default="uncached,cached", help="comma-separated, of: uncached, cached (default both)"
    )
    parser.add_argument("--pages", default="", help="comma-separated subset of: home,guide,article,faq,feed")
    parser.add_argument("--min-ratio", type=float, default=0.5, help="cached page rps / static rps target (0.5)")
    parser.add_argument(
        "--database-url",
        default=os.environ.get("BENCH_DATABASE_URL", f"postgres://{user}@127.0.0.1:5432/campaign_bench"),
        help="PostgreSQL database to drop and recreate (BENCH_DATABASE_URL; default campaign_bench)",
    )
    parser.add_argument(
        "--redis-url",
        default=os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/10"),
        help="Redis database the benchmark empties and uses (BENCH_REDIS_URL; default db 10)",
    )
    parser.add_argument(
        "--reuse-database",
        action="store_true",
        help="keep the seeded database: skip recreate and seed (still migrates)",
    )
    parser.add_argument("--drop-database", action="store_true", help="drop the database at the end")
    parser.add_argument("--reliability-submissions", type=int, default=None, help="default 600 (60 with --quick)")
    parser.add_argument(
        "--reliability-timeout", type=int, default=1800, help="seconds before the reliability test is stopped (1800)"
    )
    parser.add_argument("--skip-reliability", action="store_true", help="do not run tests/test_reliability.py")
    args = parser.parse_args()
    if args.quick:
        args.duration, args.warmup = min(args.duration, 3), min(args.warmup, 1)
        args.endurance_duration = min(args.endurance_duration, 5)
    if args.reliability_submissions is None:
        args.reliability_submissions = 60 if args.quick else 600
    args.modes = [mode.strip() for mode in args.modes.split(",") if mode.strip()]
    if not set(args.modes) <= {"cached", "uncached"}:
        parser.error("--modes takes cached and/or uncached")
    return args


def main():
    args = parse_args()
    if shutil.which("wrk") is None:
        raise Failure("wrk is not installed: run bench/load/run (installs it), or apt-get install wrk")
    started = datetime.now(UTC)
    results = {
        "started": started.isoformat(timespec="seconds"),
        "machine": {"cores": os.cpu_count()},
        "settings": vars(args),
        "runs": [],
    }
    failures, warnings = [], []
    workdir = WORK
    workdir.mkdir(parents=True, exist_ok=True)
    env = base_env(args, workdir)

    flush_redis(args.redis_url)
    if not args.reuse_database:
        log(f"database: recreating {args.database_url} …")
        recreate_database(args.database_url)
        shutil.rmtree(workdir / "media", ignore_errors=True)  # the new database has no images yet
    log("migrate …")
    manage(env, "migrate", "--no-input")
    if not args.reuse_database:
        log("seed_demo (full demo content) …")
        manage(env, "seed_demo", "--no-admin")
    log("compile_catalogs, collectstatic …")
    manage(env, "compile_catalogs")
    manage(env, "collectstatic", "--no-input", "--verbosity", "0")
    urls = json.loads(manage(env, "shell", "-c", LIST_URLS).strip().splitlines()[-1])
    if args.pages:
        wanted = [name.strip() for name in args.pages.split(",")]
        urls = {name: path for name, path in urls.items() if name in wanted or name == "static"}
    results["urls"] = urls
    log("URLs: " + ", ".join(f"{name} {path}" for name, path in urls.items()))

    server = None
    try:
        for mode in args.modes:
            page_cache = 0 if mode == "uncached" else args.page_cache_seconds
            flush_redis(args.redis_url)
            log(
                f"[{mode}] gunicorn: {args.workers} workers × {args.gunicorn_threads} threads, "
                f"PAGE_CACHE_SECONDS={'(default)' if page_cache is None else page_cache}"
            )
            server = Gunicorn(env, args, workdir, mode, page_cache)
            for name, path in urls.items():
                check_url(server.base, name, path)  # first renders, image renditions
            rows = []
            # The static file before and after the pages: the machine's speed drifts (other work, CPU
            # frequency), and each page is compared with the mean of the two static rates around it.
            pages = [(name, path) for name, path in urls.items() if name != "static"]
            sequence = [("static", urls["static"]), *pages, ("static", urls["static"])]
            for name, path in sequence:
                if args.warmup:
                    wrk(server.base, [path], args.connections, args.threads, args.warmup, args.timeout)
                    settle(server.base)
                page_cache = check_url(server.base, name, path)
                log(f"[{mode}] {name}: {args.connections} connections, {args.duration}s, X-Page-Cache {page_cache}")
                data = wrk(server.base, [path], args.connections, args.threads, args.duration, args.timeout)
                rows.append(dict(data, mode=mode, page=name, path=path, page_cache=page_cache))
                settle(server.base)
            static_rates = [row["rps"] for row in rows if row["page"] == "static"]
            static_rps = sum(static_rates) / len(static_rates)
            for row in rows:
                row["ratio"] = row["rps"] / static_rps if static_rps else None
                if row["error_count"]:
                    log(f"[{mode}] {row['page']}: errors {describe_errors(row['errors'])}")
            results["runs"].extend(rows)
            problems = server.problems()
            if problems:
                log(f"[{mode}] gunicorn log shows {len(problems)} problem line(s), e.g.:\n  " + problems[0])
            results.setdefault("server_problems", {})[mode] = problems[:20]

            if mode == "cached" and args.endurance_duration:
                paths = list(urls.values())
                log(
                    f"[endurance] {args.endurance_connections} connections, {args.endurance_duration}s, "
                    f"mix of {len(paths)} URLs, page cache on …"
                )
                data = wrk(
                    server.base,
                    paths,
                    args.endurance_connections,
                    args.threads,
                    args.endurance_duration,
                    args.timeout,
                )
                results["endurance"] = dict(data, connections=args.endurance_connections, paths=paths)
                if data["error_count"]:
                    failures.append(
                        f"endurance: {data['error_count']} errors ({describe_errors(data['errors'])}) "
                        f"at {args.endurance_connections} connections over {args.endurance_duration}s"
                    )
                results["server_problems"]["endurance"] = server.problems()[len(problems) :][:20]
            server.stop()
            server = None
    except Failure:
        if server is not None:
            log(f"gunicorn log ({server.log_path.name}), last lines:\n{server.log_tail()}")
        raise
    finally:
        if server is not None:
            server.stop()

    print()
    print(
        f"load: wrk {args.connections} connections, {args.threads} threads, {args.duration}s per URL "
        f"(+{args.warmup}s warm-up); gunicorn {args.workers} workers × {args.gunicorn_threads} threads; "
        f"{os.cpu_count()} cores, wrk on the same machine"
    )
    print_table(results["runs"])
    if "cached" in args.modes and not any(
        row["rps"] for row in results["runs"] if row["mode"] == "cached" and row["page"] == "static"
    ):
        failures.append("cached static: no request completed, so no rate to compare the pages with")
    for row in results["runs"]:
        if row["mode"] == "cached" and row["page"] != "static" and row["page_cache"] != "hit":
            failures.append(f"cached {row['page']} ({row['path']}): X-Page-Cache {row['page_cache']}, not hit")
        measured = row["mode"] == "cached" and row["page"] != "static" and row["ratio"] is not None
        if measured and row["ratio"] < args.min_ratio:
            (warnings if args.quick else failures).append(
                f"cached {row['page']} ({row['path']}): {row['rps']:.0f} rps is {row['ratio']:.0%} "
                f"of the static file's {row['rps'] / row['ratio']:.0f} rps, mean of the two static runs "
                f"(target ≥ {args.min_ratio:.0%})"
            )
    endurance = results.get("endurance")
    if endurance:
        print(
            f"\nendurance (page cache on, mix of {len(endurance['paths'])} URLs): "
            f"{endurance['connections']} connections, {endurance['duration_s']:.0f}s, "
            f"{endurance['requests']} requests, {endurance['rps']:.1f} rps, p50 {endurance['p50_ms']:.1f} ms, "
            f"p99 {endurance['p99_ms']:.1f} ms, errors {describe_errors(endurance['errors'])}"
        )

    if not args.skip_reliability:
        reliability = run_reliability(args, env)
        results["reliability"] = reliability
        if reliability is not None:
            print(f"\nreliability ({args.reliability_submissions} submissions): {reliability['summary']}")
            if not reliability["passed"]:
                failures.append(f"reliability: tests/test_reliability.py failed ({reliability['summary']})")

    if args.drop_database:
        drop_database(args.database_url)
    results["failures"] = failures
    results["warnings"] = warnings
    out_dir = ROOT / "bench" / "results"
    out_dir.mkdir(exist_ok=True)
    out = out_dir / f"load-{started.strftime('%Y%m%dT%H%M%SZ')}.json"
    out.write_text(json.dumps(results, indent=2, default=str) + "\n")
    print(f"\nresults: {out.relative_to(ROOT)}")
    if warnings:
        print("\nnot judged in a --quick run (a few seconds of load are too short to compare rates):")
        for warning in warnings:
            print(f"  - {warning}")
    if failures:
        print("\nTARGETS MISSED:")
        for failure in failures:
            print(f"  - {failure}")
        return 1
    if args.quick:
        reliability = "skipped" if args.skip_reliability else f"{args.reliability_submissions} submissions"
        print(f"\nsmoke run passed (endurance without errors, pages from the page cache; reliability: {reliability})")
    else:
        print(f"\nall targets met (cached pages ≥ {args.min_ratio:.0%} of static; no endurance errors; reliability)")
    return 0


if __name__ == "__main__":
    try:
        sys.exit(main())
    except Failure as error:
        log(f"bench/load: {error}")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.exit(130)
