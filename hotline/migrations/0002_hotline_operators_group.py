"""Create the "Hotline operators" group with the callback-request permissions and admin access."""

from django.db import migrations

from hotline.groups import ensure_operators_group


def create_group(apps, schema_editor):
    ensure_operators_group(apps)


class Migration(migrations.Migration):
    dependencies = [
        ("hotline", "0001_initial"),
        ("wagtailadmin", "0001_create_admin_access_permissions"),
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    # The group is kept on the way back: core's migration may have made it too, and
    # deleting a group would silently drop its members' access.
    operations = [migrations.RunPython(create_group, migrations.RunPython.noop)]
