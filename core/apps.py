from django.apps import AppConfig


class CoreConfig(AppConfig):
    """Building blocks shared by every app: template tags, health, demo content."""

    name = "core"
    verbose_name = "Core"
