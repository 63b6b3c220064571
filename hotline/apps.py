from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class HotlineConfig(AppConfig):
    """The hotline: numbers on every page, callback requests and their handling."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "hotline"
    verbose_name = _("Hotline")

    def ready(self):
        from . import signals  # noqa: F401
