"""Background work for the hotline (django-tasks).

``notify_operators`` runs after a request is committed. If sending fails the
request stays saved with ``notified_at`` empty, and ``manage.py
retry_callback_notifications`` (scheduled every few minutes, see
docs/operations.md) queues it again.
"""

import logging

from django.db.models import F
from django.utils import timezone

from django_tasks import task

logger = logging.getLogger(__name__)


@task()
def notify_operators(request_id, site_id=None):
    from wagtail.models import Site

    from .models import CallbackRequest, HotlineSettings
    from .notifications import send_notification

    callback = CallbackRequest.objects.filter(pk=request_id, notified_at__isnull=True).first()
    if callback is None:
        return "nothing to do"
    site = Site.objects.filter(pk=site_id).first() if site_id else None
    site = site or Site.objects.filter(is_default_site=True).first()
    hotline = HotlineSettings.objects.filter(site=site).first() if site else None
    recipients = hotline.notification_recipients if hotline else []
    if not recipients:
        logger.warning("hotline: no notification addresses set; request %s not announced", callback.reference)
        return "no recipients"
    CallbackRequest.objects.filter(pk=callback.pk).update(notify_attempts=F("notify_attempts") + 1)
    try:
        send_notification(callback, recipients)
    except Exception:
        # Only the reference is logged: the message itself holds no personal data either.
        logger.warning("hotline: notification for request %s failed; it will be retried", callback.reference)
        raise
    CallbackRequest.objects.filter(pk=callback.pk).update(notified_at=timezone.now())
    return "sent"
