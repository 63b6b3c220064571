from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Building blocks shared by every app: template tags, health, demo content, the page cache."""

    name = "core"
    verbose_name = "Core"

    def ready(self):
        from . import signals

        signals.connect()
