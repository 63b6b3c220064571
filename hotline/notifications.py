"""The e-mail that tells operators about a new request.

It carries the reference, whether the request is urgent and a link to the
admin, and nothing else: no name, number, country or message. E-mail is not
a safe place for personal data, and the operators read it in the admin.
"""

from django.conf import settings
from django.core.mail import send_mail
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _


def admin_url(callback):
    path = reverse("callbackrequest:inspect", args=[callback.pk])
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + path


def build_message(callback):
    with translation.override(settings.LANGUAGE_CODE):
        if callback.urgent:
            subject = _("URGENT callback request %(reference)s") % {"reference": callback.display_reference}
        else:
            subject = _("New callback request %(reference)s") % {"reference": callback.display_reference}
        lines = [
            _("A new callback request has arrived."),
            "",
            _("Reference: %(reference)s") % {"reference": callback.display_reference},
            _("Urgent: %(urgent)s") % {"urgent": _("yes") if callback.urgent else _("no")},
            "",
            _("Open it in the admin: %(url)s") % {"url": admin_url(callback)},
        ]
    return subject, "\n".join(lines)


def send_notification(callback, recipients):
    subject, body = build_message(callback)
    send_mail(subject, body, settings.DEFAULT_FROM_EMAIL, recipients, fail_silently=False)
