"""Local development: DEBUG on, console e-mail, SQLite unless DATABASE_URL is set."""

import os

from .base import *  # noqa: F403
from .base import env_list

DEBUG = True
# Only for a local run; production.py has no default and refuses to start.
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "localhost,127.0.0.1,[::1]")

# Serve unhashed static files straight from the apps while developing.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
}
