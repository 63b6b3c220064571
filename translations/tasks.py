"""E-mail to the Translators group when a source text changed (django-tasks).

The message names the page or snippet and links to the translation editor of
each language; it carries no personal data.
"""

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import translation

from django_tasks import task


@task()
def notify_translators(content_type_id, object_id):
    from .status import Row, compute, target_locales

    model = ContentType.objects.get_for_id(content_type_id).model_class()
    instance = model.objects.filter(pk=object_id).first()
    if instance is None:
        return "gone"
    instance = getattr(instance, "specific", instance)
    recipients = list(
        get_user_model()
        .objects.filter(groups__name=getattr(settings, "TRANSLATIONS_NOTIFY_GROUP", "Translators"), is_active=True)
        .exclude(email="")
        .values_list("email", flat=True)
        .distinct()
    )
    if not recipients:
        return "no recipients"
    row = Row(
        "page" if hasattr(instance, "path") else "snippet", "", str(instance), instance.translation_key, None, "", ""
    )
    if row.kind == "snippet":
        from .status import _snippet_urls

        row.translate_url = _snippet_urls(model, instance.pk)[1]
    compute([row], target_locales())
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    links = [
        {"language": cell.locale.get_display_name(), "url": base + cell.edit_url} for cell in row.cells if cell.edit_url
    ]
    with translation.override(settings.LANGUAGE_CODE):
        context = {"title": str(instance), "links": links}
        subject = render_to_string("translations/email/source_changed_subject.txt", context).strip()
        body = render_to_string("translations/email/source_changed.txt", context)
    send_mail(subject, body, None, recipients)
    return "sent"
