"""Admin menu item, URL and translators' dashboard panel of the translation workflow."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component

from . import views
from .status import MISSING, OUTDATED, PARTIAL, compute, source_rows, target_locales


@hooks.register("register_admin_urls")
def register_translations_url():
    return [path("translations/", views.status_view, name="translations_status")]


class TranslationsMenuItem(MenuItem):
    def is_shown(self, request):
        return views.can_view(request.user)


@hooks.register("register_admin_menu_item")
def register_translations_menu_item():
    return TranslationsMenuItem(
        _("Translations"), reverse("translations_status"), icon_name="wagtail-localize-language", order=250
    )


class TranslatorDashboardPanel(Component):
    """What is waiting for a translator: counts per state in their language (or every target language)."""

    name = "translations_waiting"
    order = 60
    template_name = "translations/admin/dashboard_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context):
        locales = target_locales()
        mine = views.translator_locale(self.user, locales)
        shown = [mine] if mine else locales
        rows = compute(source_rows(), shown)
        languages = []
        for locale in shown:
            counts = {MISSING: 0, OUTDATED: 0, PARTIAL: 0}
            for row in rows:
                cell = row.cell(locale.language_code)
                if cell.state in counts:
                    counts[cell.state] += 1
            languages.append({"locale": locale, **counts})
        return {"languages": languages, "index_url": reverse("translations_status")}


@hooks.register("construct_homepage_panels")
def add_translator_panel(request, panels):
    if request.user.groups.filter(name="Translators").exists():
        panels.append(TranslatorDashboardPanel(request.user))
