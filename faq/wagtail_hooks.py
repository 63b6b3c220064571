from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from .models import FAQItem


class FAQItemViewSet(SnippetViewSet):
    model = FAQItem
    icon = "help"
    menu_label = _("FAQ")
    menu_order = 200
    add_to_admin_menu = True
    list_display = ["question", "topic", "countries", "featured", "sort_order", "locale"]
    list_filter = ["locale", "topic", "featured"]
    list_export = ["question", "topic", "countries", "featured", "sort_order", "anchor", "locale"]
    search_fields = ["question"]
    ordering = ["sort_order", "id"]


register_snippet(FAQItemViewSet)
