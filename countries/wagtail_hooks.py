from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from .views import ReviewDueReportView


class ReviewDueMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.has_perm("wagtailcore.access_admin")


@hooks.register("register_reports_menu_item")
def register_review_due_menu_item():
    return ReviewDueMenuItem(_("Review due"), reverse("countries_review_due"), icon_name="date", order=700)


@hooks.register("register_admin_urls")
def register_review_due_url():
    return [
        path("reports/review-due/", ReviewDueReportView.as_view(), name="countries_review_due"),
        path(
            "reports/review-due/results/",
            ReviewDueReportView.as_view(results_only=True),
            name="countries_review_due_results",
        ),
    ]
