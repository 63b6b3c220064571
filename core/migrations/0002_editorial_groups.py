"""Groups of the editorial team, with the permissions each role needs.

Wagtail creates "Editors" and "Moderators" and a "Moderators approval"
workflow on the root page (editors submit, moderators approve and publish).
This adds "Translators" and "Hotline operators" and gives the editorial
groups rights on our snippets. Hotline operators get no page rights; the
hotline app grants them its own model permissions.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

SNIPPETS = [("core", "topic"), ("faq", "faqitem")]


def make_groups(apps, schema_editor):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None

    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    Collection = apps.get_model("wagtailcore", "Collection")

    def perm(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    access_admin = perm("wagtailadmin", "access_admin")
    root = Page.objects.filter(depth=1).first()
    root_collection = Collection.objects.filter(depth=1).first()

    snippet_rights = {
        "Editors": ["add", "change"],
        "Moderators": ["add", "change", "delete"],
        "Translators": ["change"],
    }
    for name, actions in snippet_rights.items():
        group, _created = Group.objects.get_or_create(name=name)
        group.permissions.add(access_admin)
        for app_label, model in SNIPPETS:
            for action in actions:
                group.permissions.add(perm(app_label, f"{action}_{model}"))

    translators = Group.objects.get(name="Translators")
    translators.permissions.add(perm("wagtail_localize", "submit_translation"))
    if root is not None:
        for codename in ("add_page", "change_page"):
            GroupPagePermission.objects.get_or_create(
                group=translators, page=root, permission=perm("wagtailcore", codename)
            )
    if root_collection is not None:
        for app_label, codename in (("wagtailimages", "choose_image"), ("wagtaildocs", "choose_document")):
            GroupCollectionPermission.objects.get_or_create(
                group=translators, collection=root_collection, permission=perm(app_label, codename)
            )

    operators, _created = Group.objects.get_or_create(name="Hotline operators")
    operators.permissions.add(access_admin)


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name="Translators").delete()


class Migration(migrations.Migration):
    dependencies = [
        ("core", "0001_initial"),
        ("faq", "0001_initial"),
        ("wagtailcore", "0098_apitoken"),
        ("wagtailadmin", "0005_editingsession_is_editing"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtail_localize", "0016_rename_page_revision_translationlog_revision"),
    ]

    operations = [migrations.RunPython(make_groups, remove_groups)]
