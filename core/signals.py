"""Start a new content version (``core.pagecache``) whenever published content changes.

What counts as content: every page (publish, unpublish, move, delete, and the
saves wagtail-localize makes when it creates or syncs a translation), every
snippet and setting, images and documents, sites, locales and privacy rules,
and any other model of the content apps. Operational records (callback
requests, search statistics, sessions, renditions, revisions, tasks, log
entries, users) change nothing a visitor sees and never invalidate.

The bump happens at once and again when the transaction commits, so a page
rendered from the old data while the transaction was still open is never kept
under the new version.
"""

from functools import cache

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save

from modelcluster.fields import ParentalKey
from wagtail.contrib.settings.models import BaseGenericSetting, BaseSiteSetting
from wagtail.documents.models import AbstractDocument
from wagtail.images.models import AbstractImage
from wagtail.models import CollectionViewRestriction, Locale, Page, PageViewRestriction, Site
from wagtail.signals import page_published, page_unpublished, post_page_move
from wagtail.snippets.models import get_snippet_models

from . import pagecache

CONTENT_APPS = {"core", "home", "countries", "faq", "articles"}
CONTENT_BASES = (
    Page,
    AbstractImage,
    AbstractDocument,
    BaseSiteSetting,
    BaseGenericSetting,
    Site,
    Locale,
    PageViewRestriction,
    CollectionViewRestriction,
)


@cache
def is_content_model(model):
    if model._meta.app_label in CONTENT_APPS or issubclass(model, CONTENT_BASES):
        return True
    if model in get_snippet_models():
        return True
    # Inline children of a setting or snippet (e.g. the hotline's opening hours).
    return any(
        isinstance(field, ParentalKey) and is_content_model(field.related_model)
        for field in model._meta.get_fields()
        if field.concrete
    )


def content_changed():
    pagecache.bump()
    transaction.on_commit(pagecache.bump)


def on_model_change(sender, **kwargs):
    if kwargs.get("raw"):  # loading fixtures
        return
    if is_content_model(sender):
        content_changed()


def on_page_event(sender, **kwargs):
    content_changed()


def connect():
    post_save.connect(on_model_change, dispatch_uid="core.pagecache.post_save")
    post_delete.connect(on_model_change, dispatch_uid="core.pagecache.post_delete")
    m2m_changed.connect(on_model_change, dispatch_uid="core.pagecache.m2m_changed")
    page_published.connect(on_page_event, dispatch_uid="core.pagecache.page_published")
    page_unpublished.connect(on_page_event, dispatch_uid="core.pagecache.page_unpublished")
    post_page_move.connect(on_page_event, dispatch_uid="core.pagecache.post_page_move")
