"""Admin report: what people searched for, per language, and what found nothing."""

import datetime

from django.conf import settings
from django.db.models import Max, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.views.reports import ReportView
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.permission_policies import ModelPermissionPolicy

import django_filters

from .models import SearchQueryStat


class SearchQueryFilterSet(WagtailFilterSet):
    language = django_filters.ChoiceFilter(label=_("Language"), choices=settings.LANGUAGES)
    zero_results = django_filters.BooleanFilter(
        label=_("Found nothing"), method="filter_zero_results", widget=django_filters.widgets.BooleanWidget()
    )

    class Meta:
        model = SearchQueryStat
        fields = ["language"]

    def filter_zero_results(self, queryset, name, value):
        if value is True:
            return queryset.filter(zero_results__gt=0)
        if value is False:
            return queryset.filter(zero_results=0)
        return queryset


# Those who can act on the report (promote results for a query) may read it.
promotion_permission_policy = ModelPermissionPolicy(SearchPromotion)


class SearchQueryReportView(ReportView):
    permission_policy = promotion_permission_policy
    any_permission_required = ["add", "change", "delete"]
    page_title = _("Site searches")
    header_icon = "search"
    index_url_name = "search_query_report"
    index_results_url_name = "search_query_report_results"
    results_template_name = "search/admin/query_report_results.html"
    filterset_class = SearchQueryFilterSet
    paginate_by = 100

    def since(self):
        return timezone.localdate() - datetime.timedelta(days=settings.SEARCH_REPORT_DAYS)

    def get_queryset(self):
        return (
            SearchQueryStat.objects.filter(date__gte=self.since())
            .values("language", "query")
            .annotate(searches=Sum("hits"), zero_results=Sum("zero_result_hits"), last_searched=Max("date"))
            .order_by("-searches", "query")
        )

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["days"] = settings.SEARCH_REPORT_DAYS
        context["languages"] = dict(settings.LANGUAGES)
        return context
