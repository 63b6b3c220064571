"""Container health check of a web replica: GET /healthz/ on the local gunicorn.

Used by the Dockerfile HEALTHCHECK and docker-compose.yml. It sends a Host
header the production settings accept (the first ALLOWED_HOSTS entry), since
Django answers 400 to any other host. Exit status 0 when /healthz/ says 200
(the database answers), 1 otherwise. Standard library only.
"""

import os
import sys
import urllib.request


def allowed_host():
    for host in os.environ.get("ALLOWED_HOSTS", "").split(","):
        host = host.strip().lstrip(".")  # ".example.org" allows example.org and its subdomains
        if host and host != "*":
            return host
    return "localhost"


def main():
    url = f"http://127.0.0.1:{os.environ.get('PORT', '8000')}/healthz/"
    request = urllib.request.Request(url, headers={"Host": allowed_host()})
    try:
        # bandit: the URL is fixed to http://127.0.0.1, no other scheme can reach it.
        with urllib.request.urlopen(request, timeout=4) as response:  # nosec B310
            return 0 if response.status == 200 else 1
    except OSError as error:
        print(f"unhealthy: {error}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
