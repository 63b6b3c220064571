"""Admin report: country guides whose review is due."""

from django.utils.translation import gettext_lazy as _

from wagtail.admin.views.reports import ReportView

from .models import CountryGuidePage, review_due_before


class ReviewDueReportView(ReportView):
    page_title = _("Country guides due for review")
    header_icon = "date"
    index_url_name = "countries_review_due"
    index_results_url_name = "countries_review_due_results"
    results_template_name = "countries/admin/review_due_results.html"
    list_export = ["title", "country_code", "locale", "last_reviewed"]
    export_headings = {"title": _("Title"), "country_code": _("Country"), "last_reviewed": _("Last reviewed")}

    def get_queryset(self):
        return (
            CountryGuidePage.objects.filter(last_reviewed__lt=review_due_before())
            .select_related("locale")
            .order_by("last_reviewed", "title")
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["due_before"] = review_due_before()
        return context
