"""The callback page: the form at the page's address, the thank-you under ``thanks/``.

Post/redirect/get: a valid request is stored, then the browser is sent to
``thanks/``. The reference travels in the visitor's session, never in the
address, so a shared or logged link reveals nothing.

Sending is idempotent: each rendered form carries a random submission key
(inside its signed ``rendered_at`` token), stored with the request. The same
form sent again, say a retry after the response was lost, gets the thank-you
redirect and no second request. The thank-you page then shows the reference
only to the browser session that already holds it: the repeated form reveals
nothing that it did not carry itself.
"""

import logging

from django.conf import settings
from django.db import models, transaction
from django.http import HttpResponseNotAllowed, HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.debug import sensitive_post_parameters, sensitive_variables

from wagtail.admin.panels import FieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import RichTextField
from wagtail.models import Page, Site

from .. import antiabuse
from .requests import CallbackRequest, DuplicateSubmission

logger = logging.getLogger(__name__)

SESSION_KEY = "hotline_callback"
# How long the thank-you page keeps showing the reference in this browser.
SESSION_TTL_SECONDS = 60 * 60

SENSITIVE_FIELDS = ("name", "phone", "message", "country_now", "destination_country", "topic")


class CallbackPage(RoutablePageMixin, Page):
    """Ask the hotline to call you back."""

    intro = models.TextField(_("introduction"), blank=True)
    privacy_text = RichTextField(
        _("privacy notice"),
        blank=True,
        features=["bold", "italic", "link"],
        help_text=_("Shown next to the consent box: what we keep, why, and for how long."),
    )
    privacy_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("The full privacy notice, linked from the consent box."),
    )
    thank_you_text = RichTextField(_("thank-you text"), blank=True, features=["bold", "italic", "link", "ul"])

    content_panels = Page.content_panels + [
        FieldPanel("intro"),
        FieldPanel("privacy_text"),
        PageChooserPanel("privacy_page"),
        FieldPanel("thank_you_text"),
    ]

    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    class Meta:
        verbose_name = _("callback page")
        verbose_name_plural = _("callback pages")

    # -- helpers ---------------------------------------------------------

    def consent_version(self):
        """Which consent wording the visitor saw: the form text version and this page's revision."""
        return f"{settings.HOTLINE_CONSENT_VERSION}/page-{self.pk}-rev-{self.live_revision_id or 0}"

    def hotline_settings(self, request):
        from .settings import HotlineSettings

        return HotlineSettings.for_request(request)

    def render_form(self, request, form, status=200, problem=None):
        context = self.get_context(request)
        context.update({"form": form, "problem": problem})
        response = TemplateResponse(request, "hotline/callback_page.html", context, status=status)
        return response

    # -- routes ----------------------------------------------------------

    @path("")
    @method_decorator(never_cache)
    @method_decorator(sensitive_post_parameters(*SENSITIVE_FIELDS))
    def form_view(self, request):
        from ..forms import CallbackForm

        if request.method not in ("GET", "HEAD", "POST"):
            return HttpResponseNotAllowed(["GET", "HEAD", "POST"])
        hotline = self.hotline_settings(request)
        if not hotline.callback_enabled:
            status = 503 if request.method == "POST" else 200
            return self.render_form(request, None, status=status, problem="disabled")
        if request.method != "POST":
            # Query parameters are ignored: nothing is ever submitted by GET.
            return self.render_form(request, CallbackForm())
        return self.submit(request, CallbackForm(request.POST))

    def thanks_redirect(self, request):
        return HttpResponseRedirect(self.get_url(request) + self.reverse_subpage("thanks"), status=303)

    @sensitive_variables("form")
    def already_received(self, request, form, key):
        """The form with submission key ``key`` was stored before: thank, do not store again."""
        stored = request.session.get(SESSION_KEY)
        if not (isinstance(stored, dict) and stored.get("key") == key):
            # Urgency from this form's own answers; nothing read from the stored request.
            probe = CallbackRequest(topic=form.data.get("topic"), safe_to_call=form.data.get("safe_to_call") != "no")
            request.session[SESSION_KEY] = {
                "reference": None,
                "urgent": probe.compute_urgency(),
                "at": timezone.now().timestamp(),
                "key": key,
            }
        logger.info("hotline: a callback form was sent again; already stored")
        return self.thanks_redirect(request)

    @sensitive_variables("form", "callback")
    def submit(self, request, form):
        key = form.submission_key
        if key and CallbackRequest.objects.filter(submission_key=key).exists():
            return self.already_received(request, form, key)
        refused = antiabuse.screen(request, form)
        if refused:
            form.fresh_timestamp()
            status, problem = refused
            return self.render_form(request, form, status=status, problem=problem)
        callback = form.build_request(self.consent_version())
        site = Site.find_for_request(request)
        site_id = site.pk if site else None
        try:
            with transaction.atomic():
                callback.save_with_new_reference()
                transaction.on_commit(lambda: enqueue_notification(callback.pk, site_id))
        except DuplicateSubmission:  # the same form, stored meanwhile by a concurrent request
            return self.already_received(request, form, key)
        logger.info("hotline: callback request %s received (urgent: %s)", callback.reference, callback.urgent)
        request.session[SESSION_KEY] = {
            "reference": callback.display_reference,
            "urgent": callback.urgent,
            "at": timezone.now().timestamp(),
            "key": key,
        }
        return self.thanks_redirect(request)

    @path("thanks/", name="thanks")
    @method_decorator(never_cache)
    def thanks_view(self, request):
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        stored = request.session.get(SESSION_KEY) if hasattr(request, "session") else None
        if stored and timezone.now().timestamp() - stored.get("at", 0) > SESSION_TTL_SECONDS:
            stored = None
        context = self.get_context(request)
        context.update(
            {
                "reference": stored and stored.get("reference"),
                "urgent": bool(stored and stored.get("urgent")),
            }
        )
        return TemplateResponse(request, "hotline/callback_thanks.html", context)


def enqueue_notification(request_id, site_id):
    """Queue the e-mail to the operators; a failure to queue must not lose the request."""
    from ..tasks import notify_operators

    try:
        notify_operators.enqueue(request_id, site_id)
    except Exception:  # the retry command picks it up later
        logger.warning("hotline: could not queue the notification for request id %s", request_id, exc_info=True)
