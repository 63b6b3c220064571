"""Record source changes and tell the translators.

When a page in the default language is published, or a snippet in the default
language saved, and its translatable text differs from what wagtail-localize
last extracted, the change time is stored (its translations become out of
date, see ``status.py``) and the Translators group is e-mailed through the
task queue once the transaction commits.
"""

import logging
from functools import partial

from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import transaction
from django.db.models.signals import post_save
from django.utils import timezone

from wagtail.models import Locale, Page
from wagtail.signals import page_published

from wagtail_localize.models import TranslationSource
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments

from .models import SourceChange
from .notices import CACHE_SECONDS, LATEST_CHANGE_KEY

logger = logging.getLogger(__name__)


def _strings(instance):
    return sorted(
        (segment.path, segment.string.data)
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    )


def text_changed(instance, source):
    """Whether ``instance`` has other translatable strings than ``source`` (a TranslationSource)."""
    try:
        return _strings(instance) != _strings(source.as_instance())
    except Exception:  # an old source whose schema no longer matches: treat as changed
        logger.info("translations: could not compare %s with its source; treating it as changed", instance)
        return True


def record_change(instance):
    """Store the change time when ``instance`` (a source object) has new text. Returns True if so."""
    if instance.locale_id != Locale.get_default().pk:
        return False
    source = TranslationSource.objects.filter(object_id=instance.translation_key).first()
    if source is None:
        return False  # never translated: nothing can be out of date
    if not instance.get_translations().exists():
        return False
    if not text_changed(instance, source):
        return False
    content_type = ContentType.objects.get_for_model(instance.get_translation_model())
    now = timezone.now()
    SourceChange.objects.update_or_create(
        content_type=content_type, translation_key=instance.translation_key, defaults={"changed_at": now}
    )
    transaction.on_commit(lambda: cache.set(LATEST_CHANGE_KEY, now, CACHE_SECONDS))
    cache.delete(LATEST_CHANGE_KEY)
    return True


def _notify(content_type_id, object_id):
    from .tasks import notify_translators

    notify_translators.enqueue(content_type_id, object_id)


def on_page_published(sender, instance, **kwargs):
    if record_change(instance):
        content_type = ContentType.objects.get_for_model(Page)
        transaction.on_commit(partial(_notify, content_type.pk, instance.pk))


def on_snippet_saved(sender, instance, created, raw=False, **kwargs):
    if raw or created:
        return
    from .status import translatable_snippet_models

    if sender not in translatable_snippet_models():
        return
    if record_change(instance):
        content_type = ContentType.objects.get_for_model(sender)
        transaction.on_commit(partial(_notify, content_type.pk, instance.pk))


page_published.connect(on_page_published, dispatch_uid="translations_page_published")
post_save.connect(on_snippet_saved, dispatch_uid="translations_snippet_saved")
