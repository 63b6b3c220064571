"""Let moderators edit the hotline wording and translators translate it.

The wording (callback promise, hours note, emergency lines) is one snippet per
language, made by translating the Russian one; wagtail-localize lets only
users who may change a snippet translate it. Editors still cannot change it:
what the hotline promises is checked by a moderator.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

RIGHTS = {"Moderators": "change_hotlinetext", "Translators": "change_hotlinetext"}


def grant(apps, schema_editor):
    app_config = apps.get_app_config("hotline")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codename in RIGHTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.add(Permission.objects.get(content_type__app_label="hotline", codename=codename))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group_name, codename in RIGHTS.items():
        group = Group.objects.filter(name=group_name).first()
        if group is not None:
            group.permissions.remove(*Permission.objects.filter(content_type__app_label="hotline", codename=codename))


class Migration(migrations.Migration):
    dependencies = [
        ("hotline", "0003_callbackrequest_submission_key"),
        ("core", "0002_editorial_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
