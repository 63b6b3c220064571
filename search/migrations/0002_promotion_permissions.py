"""Editors and moderators manage promoted search results (and so see the query report)."""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RIGHTS = {"Editors": ["add", "change", "delete"], "Moderators": ["add", "change", "delete"]}


def grant(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for name, actions in RIGHTS.items():
        group = Group.objects.filter(name=name).first()
        if group is None:
            continue
        for action in actions:
            group.permissions.add(
                Permission.objects.get(
                    content_type__app_label="wagtailsearchpromotions", codename=f"{action}_searchpromotion"
                )
            )


class Migration(migrations.Migration):
    dependencies = [
        ("search", "0001_initial"),
        ("core", "0002_editorial_groups"),
        ("wagtailsearchpromotions", "0008_query_verbose_name"),
    ]

    operations = [migrations.RunPython(grant, migrations.RunPython.noop)]
