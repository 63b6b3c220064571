from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .admin_views import SearchQueryReportView, promotion_permission_policy


class SearchReportMenuItem(MenuItem):
    def is_shown(self, request):
        return promotion_permission_policy.user_has_any_permission(request.user, ["add", "change", "delete"])


@hooks.register("register_reports_menu_item")
def register_search_report_menu_item():
    return SearchReportMenuItem(_("Site searches"), reverse("search_query_report"), icon_name="search", order=710)


@hooks.register("register_admin_urls")
def register_search_report_urls():
    return [
        path("reports/searches/", SearchQueryReportView.as_view(), name="search_query_report"),
        path(
            "reports/searches/results/",
            SearchQueryReportView.as_view(results_only=True),
            name="search_query_report_results",
        ),
    ]
