"""Build and translate small page trees through wagtail-localize, as editors do."""

from django.test import TestCase

from wagtail.models import Locale, Site

from wagtail_localize.models import Translation, TranslationSource

from home.models import StandardPage


def ru_home():
    return Site.objects.get(is_default_site=True).root_page.specific


def make_page(title, slug, intro="Вступление", parent=None):
    parent = parent or ru_home()
    page = parent.add_child(instance=StandardPage(title=title, slug=slug, intro=intro, locale=Locale.get_default()))
    page.save_revision().publish()
    return page


def translate(instance, language_code, fill=lambda msgid: f"[{msgid}]", only=None):
    """Translate ``instance`` into ``language_code``: export PO, fill every entry (or those in ``only``),
    import, and publish the target. Returns the Translation."""
    locale = Locale.objects.get(language_code=language_code)
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    po = translation.export_po()
    for entry in po:
        if only is None or entry.msgid in only:
            entry.msgstr = entry.msgid if (entry.msgctxt or "").endswith("slug") else fill(entry.msgid)
    translation.import_po(po, tool_name="tests")
    with TestCase.captureOnCommitCallbacks(execute=True):
        translation.save_target(publish=True)
    return translation


def sync(instance):
    """What wagtail-localize's "Sync translated pages" does: re-extract the source, rewrite each target."""
    source = TranslationSource.objects.get(object_id=instance.translation_key)
    source.update_from_db()
    with TestCase.captureOnCommitCallbacks(execute=True):
        for translation in source.translations.all():
            translation.save_target(publish=True)


def edit_and_publish(page, **changes):
    page = page.specific.__class__.objects.get(pk=page.pk)
    for key, value in changes.items():
        setattr(page, key, value)
    with TestCase.captureOnCommitCallbacks(execute=True):
        page.save_revision().publish()
    return page
