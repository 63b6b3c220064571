"""Shared helpers for the hotline tests."""

import time

from conftest import seed
from hotline.antiabuse import signed_timestamp


def form_data(**overrides):
    """A valid callback form submission, rendered a minute ago."""
    data = {
        "name": "Ольга",
        "phone": "8 029 123-45-67",
        "channel": "phone",
        "safe_to_call": "yes",
        "may_leave_message": "no",
        "time_window": "any",
        "country_now": "PL",
        "destination_country": "PL",
        "topic": "working",
        "message": "Работодатель задерживает зарплату.",
        "consent": "on",
        "website": "",
        "rendered_at": signed_timestamp(time.time() - 60),
    }
    data.update(overrides)
    return {key: value for key, value in data.items() if value is not None}


def seed_without_editorial_content():
    """The demo site with its languages, home pages and hotline, minus the guides,
    news and FAQs, which the form tests do not need (a much faster seed).
    The page tests use the full seed."""
    return seed("--no-admin", "--no-content")


def ensure_root_collection():
    """Wagtail's migrations make the root collection; an earlier transactional test flushed it."""
    from wagtail.models import Collection

    if not Collection.objects.exists():
        Collection.add_root(name="Root")
