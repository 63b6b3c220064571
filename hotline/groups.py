"""The "Hotline operators" group: the only non-superusers who see callback requests.

Used by the data migration and by ``seed_demo`` (a flushed database loses
what migrations created). Takes an app registry so migrations can pass theirs.
"""

GROUP_NAME = "Hotline operators"
ACTIONS = ("view", "change", "delete")


def ensure_operators_group(apps=None):
    if apps is None:
        from django.apps import apps
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    ContentType = apps.get_model("contenttypes", "ContentType")

    group, _created = Group.objects.get_or_create(name=GROUP_NAME)
    request_type, _created = ContentType.objects.get_or_create(app_label="hotline", model="callbackrequest")
    permissions = []
    for action in ACTIONS:
        permission, _created = Permission.objects.get_or_create(
            content_type=request_type,
            codename=f"{action}_callbackrequest",
            defaults={"name": f"Can {action} callback request"},
        )
        permissions.append(permission)
    admin_type, _created = ContentType.objects.get_or_create(app_label="wagtailadmin", model="admin")
    access, _created = Permission.objects.get_or_create(
        content_type=admin_type, codename="access_admin", defaults={"name": "Can access Wagtail admin"}
    )
    permissions.append(access)
    group.permissions.add(*permissions)
    return group
