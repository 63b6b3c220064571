from django.apps import AppConfig


class TranslationsConfig(AppConfig):
    """Translation workflow: status of every translation, notices and notifications."""

    default_auto_field = "django.db.models.BigAutoField"
    name = "translations"

    def ready(self):
        from . import signals  # noqa: F401
