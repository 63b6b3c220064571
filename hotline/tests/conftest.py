"""Fixtures for the hotline tests: a clean cache and a seeded site with its callback pages."""

from django.core.cache import cache

import pytest


@pytest.fixture(autouse=True)
def clean_cache():
    """Rate-limit counters and cached hotline facts must not leak between tests."""
    cache.clear()
    yield
    cache.clear()


@pytest.fixture
def callback_pages(demo_site):
    from hotline.models import CallbackPage

    return {page.locale.language_code: page for page in CallbackPage.objects.live().select_related("locale")}
