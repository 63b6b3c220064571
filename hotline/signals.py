"""Clear the cached hotline facts whenever their sources change."""

from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished

from . import info
from .models import CallbackPage, HotlineSettings, HotlineText, OpeningHours


@receiver(post_save, sender=HotlineSettings)
@receiver(post_delete, sender=HotlineSettings)
@receiver(post_save, sender=OpeningHours)
@receiver(post_delete, sender=OpeningHours)
@receiver(post_save, sender=HotlineText)
@receiver(post_delete, sender=HotlineText)
@receiver(page_published, sender=CallbackPage)
@receiver(page_unpublished, sender=CallbackPage)
@receiver(post_delete, sender=CallbackPage)
def clear_hotline_info(sender, **kwargs):
    info.invalidate()
