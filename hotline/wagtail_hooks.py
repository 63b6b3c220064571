"""The operators' side in the Wagtail admin.

"Callback requests" is visible only to users with the model's permissions:
the "Hotline operators" group (created by a data migration) and superusers.
Editors and translators see no menu item and get 403 from its addresses.
Every view, change and export of a request is written to Wagtail's audit log.
"""

import datetime
import functools

from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import PermissionDenied
from django.db.models import Case, Count, IntegerField, Q, Value, When
from django.urls import path, reverse
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.html import format_html
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from django.views.defaults import permission_denied

from wagtail import hooks
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, ObjectList
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, DateColumn, TitleColumn
from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.admin.widgets import HeaderButton
from wagtail.log_actions import LogFormatter
from wagtail.log_actions import log as log_action
from wagtail.models import ModelLogEntry, Site
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns

import django_filters
import phonenumbers

from core.countries import country_choices, country_name

from . import views
from .forms import REQUEST_FIELDS
from .models import OPEN_STATUSES, CallbackRequest, HotlineSettings, HotlineText, Status

OPERATORS_GROUP = "Hotline operators"
UNSAFE_SPREADSHEET_START = ("=", "+", "-", "@", "\t", "\r")


def promise_hours():
    site = Site.objects.filter(is_default_site=True).first()
    hotline = HotlineSettings.objects.filter(site=site).first() if site else None
    return hotline.callback_promise_hours if hotline else 24


def overdue_q(hours, now=None):
    now = now or timezone.now()
    return Q(
        status__in=OPEN_STATUSES,
        first_call_at__isnull=True,
        created_at__lt=now - datetime.timedelta(hours=hours),
    )


def forbidden_without_permission(view):
    """Answer 403, not Wagtail's usual redirect to the dashboard, to users without permission."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        try:
            return view(request, *args, **kwargs)
        except PermissionDenied as exception:
            return permission_denied(request, exception)

    return wrapper


# -- listing -----------------------------------------------------------------


class CallbackRequestFilterSet(WagtailFilterSet):
    country_now = django_filters.ChoiceFilter(label=_("country now"), choices=lambda: country_choices())
    created_at = django_filters.DateFromToRangeFilter(label=_("received"), widget=DateRangePickerWidget)

    class Meta:
        model = CallbackRequest
        fields = ["status", "urgent", "topic", "country_now", "language", "created_at"]


def flags(instance):
    badges = []
    if instance.urgent and instance.is_open:
        badges.append(format_html('<span class="w-status w-status--label">{}</span>', _("Urgent")))
    if getattr(instance, "is_overdue", 0):
        badges.append(format_html('<span class="w-status">{}</span>', _("Overdue")))
    return format_html(" ".join(["{}"] * len(badges)), *badges) if badges else ""


class CallbackIndexView(generic.IndexView):
    def get_base_queryset(self):
        hours = promise_hours()
        return (
            super()
            .get_base_queryset()
            .select_related("assigned_to")
            .annotate(
                is_overdue=Case(When(overdue_q(hours), then=Value(1)), default=Value(0), output_field=IntegerField()),
                urgent_open=Case(
                    When(urgent=True, status__in=OPEN_STATUSES, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                still_open=Case(
                    When(status__in=OPEN_STATUSES, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
            )
        )

    def order_queryset(self, queryset):
        if self.is_explicitly_ordered:
            return super().order_queryset(queryset)
        # Urgent open requests first, then overdue ones, then the rest of the open ones, oldest first.
        return queryset.order_by("-urgent_open", "-is_overdue", "-still_open", "created_at")

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        query = self.search_query.strip()
        compact = "".join(query.split()).replace("-", "").upper()
        condition = Q(reference__icontains=compact)
        try:
            number = phonenumbers.parse(query, "BY")
            condition |= Q(phone=phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))
        except phonenumbers.NumberParseException:
            pass
        digits = "".join(ch for ch in query if ch.isdigit())
        if len(digits) >= 4:
            condition |= Q(phone__contains=digits)
        return queryset.filter(condition)

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        # Text typed by the public must not become a spreadsheet formula.
        if (
            field in ("name", "message", "notes")
            and isinstance(value, str)
            and value.startswith(UNSAFE_SPREADSHEET_START)
        ):
            return "'" + value
        return value

    def render_to_response(self, context, **response_kwargs):
        if self.is_export:
            items = list(context["object_list"])
            content_type = ContentType.objects.get_for_model(CallbackRequest)
            now = timezone.now()
            ModelLogEntry.objects.bulk_create(
                [
                    ModelLogEntry(
                        content_type=content_type,
                        object_id=str(item.pk),
                        label=str(item),
                        action="hotline.callback.export",
                        data={"format": self.request.GET.get("export")},
                        timestamp=now,
                        user=self.request.user,
                    )
                    for item in items
                ]
            )
        return super().render_to_response(context, **response_kwargs)

    @cached_property
    def header_buttons(self):
        buttons = list(super().header_buttons)
        buttons.append(HeaderButton(_("Monthly report"), url=reverse("hotline_report"), icon_name="table"))
        return buttons


class CallbackInspectView(generic.InspectView):
    template_name = "hotline/admin/inspect.html"

    def get(self, request, *args, **kwargs):
        log_action(instance=self.object, action="hotline.callback.view", user=request.user)
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["status_changes"] = self.object.status_changes.select_related("changed_by")
        return context

    def get_field_display_value(self, field_name, field):
        value = super().get_field_display_value(field_name, field)
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if value is None or value == "":
            return "—"
        return value

    def get_reference_display_value(self):
        return self.object.display_reference

    def get_country_now_display_value(self):
        return self.object.country_now_name

    def get_destination_country_display_value(self):
        return self.object.destination_country_name or "—"


class CallbackAdminForm(WagtailAdminModelForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "assigned_to" in self.fields:
            self.fields["assigned_to"].queryset = (
                get_user_model()
                .objects.filter(is_active=True)
                .filter(Q(is_superuser=True) | Q(groups__name=OPERATORS_GROUP))
                .distinct()
                .order_by("first_name", "last_name", "username")
            )


class CallbackEditView(generic.EditView):
    def get(self, request, *args, **kwargs):
        response = super().get(request, *args, **kwargs)
        log_action(instance=self.object, action="hotline.callback.view", user=request.user)
        return response

    def save_instance(self):
        previous = CallbackRequest.objects.filter(pk=self.object.pk).values_list("status", flat=True).first()
        instance = super().save_instance()  # saves and logs "wagtail.edit"
        if previous is not None and previous != instance.status:
            instance.record_status(instance.status, user=self.request.user, previous=previous)
            instance.save(update_fields=["first_call_at", "closed_at"])
            log_action(
                instance=instance,
                action="hotline.callback.status",
                user=self.request.user,
                data={"from": previous, "to": instance.status},
            )
        return instance


class ReadOnlyPanel(FieldPanel):
    """A request detail the operator sees but cannot change, shown in words."""

    def __init__(self, field_name, **kwargs):
        kwargs["read_only"] = True
        super().__init__(field_name, **kwargs)

    def format_value_for_display(self, value):
        if isinstance(value, bool):
            return _("yes") if value else _("no")
        if self.field_name in ("country_now", "destination_country"):
            return country_name(value) if value else "—"
        if value in (None, ""):
            return "—"
        return super().format_value_for_display(value)


def read_only(name):
    return ReadOnlyPanel(name)


class CallbackRequestViewSet(ModelViewSet):
    model = CallbackRequest
    icon = "mobile-alt"
    menu_label = _("Callback requests")
    menu_order = 150
    add_to_admin_menu = True
    inspect_view_enabled = True
    copy_view_enabled = False
    index_view_class = CallbackIndexView
    inspect_view_class = CallbackInspectView
    edit_view_class = CallbackEditView
    filterset_class = CallbackRequestFilterSet
    search_fields = ["reference", "phone"]
    search_backend_name = None
    list_per_page = 50
    list_display = [
        TitleColumn(
            "reference",
            label=capfirst(_("reference")),
            accessor="display_reference",
            url_name="callbackrequest:inspect",
        ),
        DateColumn("created_at", label=capfirst(_("received"))),
        Column("flags", label=capfirst(_("attention")), accessor=flags),
        Column("status", label=capfirst(_("status")), accessor="get_status_display"),
        Column("topic", label=capfirst(_("topic")), accessor="get_topic_display"),
        Column("country_now", label=capfirst(_("country now")), accessor="country_now_name"),
        Column("language", label=capfirst(_("language")), accessor="get_language_display"),
        Column("assigned_to", label=capfirst(_("assigned operator"))),
    ]
    list_export = [
        "display_reference",
        "created_at",
        "language",
        "get_status_display",
        "urgent",
        "get_topic_display",
        "name",
        "phone",
        "get_channel_display",
        "safe_to_call",
        "may_leave_message",
        "get_time_window_display",
        "country_now",
        "destination_country",
        "message",
        "assigned_to",
        "notes",
        "first_call_at",
        "closed_at",
    ]
    export_headings = {
        "display_reference": _("reference"),
        "get_status_display": _("status"),
        "get_topic_display": _("topic"),
        "get_channel_display": _("preferred channel"),
        "get_time_window_display": _("time window"),
    }
    export_filename = "callback-requests"
    inspect_view_fields = [
        "reference",
        "created_at",
        "urgent",
        "status",
        "assigned_to",
        "language",
        *REQUEST_FIELDS,
        "notes",
        "consent_at",
        "consent_version",
        "first_call_at",
        "closed_at",
        "notified_at",
    ]
    edit_handler = ObjectList(
        [
            MultiFieldPanel(
                [read_only("created_at"), read_only("urgent"), read_only("topic"), read_only("language")],
                heading=_("Request"),
            ),
            MultiFieldPanel(
                [
                    read_only("name"),
                    read_only("phone"),
                    read_only("channel"),
                    read_only("safe_to_call"),
                    read_only("may_leave_message"),
                    read_only("time_window"),
                    read_only("country_now"),
                    read_only("destination_country"),
                    read_only("message"),
                ],
                heading=_("How to call back"),
            ),
            MultiFieldPanel(
                [FieldPanel("status"), FieldPanel("assigned_to"), FieldPanel("notes")],
                heading=_("Handling"),
            ),
        ],
        base_form_class=CallbackAdminForm,
    )

    def get_common_view_kwargs(self, **kwargs):
        return super().get_common_view_kwargs(**{"add_url_name": None, **kwargs})

    def get_urlpatterns(self):
        # Requests come only from the public form: no "add" view.
        patterns = [pattern for pattern in super().get_urlpatterns() if getattr(pattern, "name", "") != "add"]
        return decorate_urlpatterns(patterns, forbidden_without_permission)


callback_viewset = CallbackRequestViewSet("callbackrequest")


@hooks.register("register_admin_viewset")
def register_callback_viewset():
    return callback_viewset


class HotlineTextViewSet(SnippetViewSet):
    model = HotlineText
    icon = "mobile-alt"
    menu_label = _("Hotline wording")
    add_to_admin_menu = False
    list_display = ["__str__", "callback_promise"]


register_snippet(HotlineTextViewSet)


@hooks.register("register_admin_urls")
def register_report_url():
    return [path("hotline/report/", forbidden_without_permission(views.monthly_report), name="hotline_report")]


# -- dashboard ---------------------------------------------------------------


class CallbackDashboardPanel(Component):
    name = "hotline_callbacks"
    order = 50
    template_name = "hotline/admin/dashboard_panel.html"

    def get_context_data(self, parent_context):
        counts = CallbackRequest.objects.aggregate(
            new=Count("pk", filter=Q(status=Status.NEW)),
            urgent=Count("pk", filter=Q(urgent=True, status__in=OPEN_STATUSES)),
            overdue=Count("pk", filter=overdue_q(promise_hours())),
        )
        return {
            **counts,
            "index_url": reverse("callbackrequest:index"),
            "report_url": reverse("hotline_report"),
        }


@hooks.register("construct_homepage_panels")
def add_callback_panel(request, panels):
    if request.user.has_perm("hotline.view_callbackrequest") or request.user.has_perm("hotline.change_callbackrequest"):
        panels.append(CallbackDashboardPanel())


# -- audit log ---------------------------------------------------------------


@hooks.register("register_log_actions")
def register_hotline_log_actions(actions):
    actions.register_action("hotline.callback.view", _("View callback request"), _("Viewed"))
    actions.register_action("hotline.callback.export", _("Export callback requests"), _("Exported"))

    @actions.register_action("hotline.callback.status")
    class StatusChangeFormatter(LogFormatter):
        label = _("Change callback status")

        def format_message(self, log_entry):
            data = log_entry.data or {}
            try:
                return _("Status changed from “%(from)s” to “%(to)s”") % {
                    "from": Status(data.get("from")).label,
                    "to": Status(data.get("to")).label,
                }
            except ValueError:
                return _("Status changed")
